"""Starting, stopping, persistence, the extra load-test numbers, and the command line."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from app.sandbox import DEMO_ACCOUNTS, RunningSandbox, start_sandbox

ROOT = Path(__file__).resolve().parents[2]


def test_start_answers_at_once_on_a_free_loopback_port(make_api):
    api = make_api()
    server = api.server
    assert isinstance(server, RunningSandbox)
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", server.base_url)
    assert int(server.base_url.rsplit(":", 1)[1]) > 0
    assert server.running
    assert server.token_lifetime == 24 * 3600
    assert api.rows("/api/getallzone", api.login())


def test_stop_is_graceful_and_idempotent(tmp_path):
    server = start_sandbox(tmp_path / "db.sqlite3")
    port = int(server.base_url.rsplit(":", 1)[1])
    threads = {t.name for t in threading.enumerate()}
    assert any(name.startswith("cliqphone-sandbox") for name in threads)
    server.stop()
    server.stop()
    assert not server.running
    with pytest.raises(httpx.ConnectError):
        httpx.get(server.base_url + "/api/getallzone", timeout=2)
    # The port is free again.
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))


def test_data_survives_a_restart(tmp_path):
    db = tmp_path / "persist.sqlite3"
    with start_sandbox(db) as first:
        http = httpx.Client(base_url=first.base_url)
        token = http.post("/api/auto", json={"login": "test0123", "pwd": "test0123"}).json()["token"]
        added = http.post("/numeroapi/addNumero", headers={"token": token},
                          json={"numero": "33812345678", "info": "gardé"}).json()  # fmt: skip
        assert added["state"] == "ok"
        http.post("/numeroapi/editnumero/101", headers={"token": token}, json={"info": "modifié"})
        before = http.post("/numeroapi/getlistnumerodispo", headers={"token": token}).json()
        media_before = http.post("/mediapi/getlistmedia", headers={"token": token}).json()
        http.close()
    with start_sandbox(db) as second:
        http = httpx.Client(base_url=second.base_url)
        # The token too: a saved session resumes after a restart.
        after = http.post("/numeroapi/getlistnumerodispo", headers={"token": token}).json()
        assert after == before
        assert {row["numero"]: row["info"] for row in after}["33812345678"] == "gardé"
        assert next(row for row in after if row["id"] == "101")["info"] == "modifié"
        media_after = http.post("/mediapi/getlistmedia", headers={"token": token}).json()
        assert [m["url"].split("media")[1] for m in media_after] == [
            m["url"].split("media")[1] for m in media_before
        ]
        http.close()


def test_a_new_database_is_the_same_seed(tmp_path):
    def listing(db):
        with start_sandbox(db) as server:
            http = httpx.Client(base_url=server.base_url)
            token = http.post("/api/auto", json={"login": "test0123", "pwd": "test0123"}).json()["token"]
            rows = http.post("/numeroapi/getlistnumerodispo", headers={"token": token}).json()
            http.close()
            return rows

    assert listing(tmp_path / "a.sqlite3") == listing(tmp_path / "b.sqlite3")


def test_a_file_that_is_not_a_sandbox_database_is_refused(tmp_path):
    db = tmp_path / "other.sqlite3"
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE something (x)")
    with pytest.raises(RuntimeError, match="not a Cliqphone sandbox database"):
        start_sandbox(db)


def test_extra_numbers_are_seeded_and_streamed(make_api):
    started = time.perf_counter()
    api = make_api(extra_numbers=5000)
    seconds = time.perf_counter() - started
    token = api.login()
    response = api.call("/numeroapi/getlistnumerodispo", token)
    assert response.headers.get("transfer-encoding") == "chunked"  # sent in chunks
    rows = json.loads(response.content)
    assert len(rows) == 5300 and len({r["numero"] for r in rows}) == 5300
    extra = [r for r in rows if int(r["id"]) > 440]
    assert len(extra) == 5000
    assert all(
        re.fullmatch(r"33[1-5]9\d{7}", r["numero"]) and r["code"] == f"fr_0{r['numero'][2]}" for r in extra
    )
    assert {r["code"] for r in extra} == {"fr_01", "fr_02", "fr_03", "fr_04", "fr_05"}
    # Filters and other requests still work on the big set, and small answers are not chunked.
    fr_03 = api.rows("/numeroapi/getlistnumerodispo", token, json={"code": "fr_03", "numero": "3339"})
    assert {r["code"] for r in fr_03} == {"fr_03"}
    assert len([r for r in fr_03 if int(r["id"]) > 440]) == 1000
    small = api.call("/numeroapi/getlistnumerodispo", token, json={"numero": rows[10]["numero"]})
    assert "content-length" in small.headers and len(small.json()) == 1
    assert seconds < 30
    # Asking for more later adds only the difference; asking for fewer removes nothing.
    api.server.stop()
    with start_sandbox(api.server.db_path, extra_numbers=5100) as again:
        http = httpx.Client(base_url=again.base_url)
        token = http.post("/api/auto", json={"login": "test0123", "pwd": "test0123"}).json()["token"]
        assert len(http.post("/numeroapi/getlistnumerodispo", headers={"token": token}).json()) == 5400
        http.close()


def test_demo_accounts():
    assert [(login, company, active) for login, _pwd, company, active in DEMO_ACCOUNTS] == [
        ("test0123", "cliqueo", True),
        ("demo0456", "autreboite", True),
        ("inactif01", "cliqueo", False),
    ]


@pytest.mark.skipif(os.name != "posix", reason="sends SIGINT")
def test_command_line(tmp_path):
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "app.sandbox", "--db", str(tmp_path / "cli.sqlite3"), "--port", "0",
         "--token-lifetime", "60"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        first = process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+)", first)
        assert match, first
        lines = [process.stdout.readline() for _ in range(5)]
        assert any("test0123 / test0123" in line for line in lines)
        assert any("inactif01" in line and "0001" in line for line in lines)
        body = httpx.post(match[1] + "/api/auto", data={"login": "demo0456", "pwd": "demo0456"}).json()
        assert body["state"] == "ok"
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
        assert "Stopped" in process.stdout.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert (tmp_path / "cli.sqlite3").exists()
