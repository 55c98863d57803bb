"""`cliqphone-desk --self-test` from the source tree, in a process of its own (as a user would run it)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def english_catalogue() -> None:
    """The self-test checks the compiled English catalogue, as `make test` builds it first."""
    ts = ROOT / "resources" / "translations" / "cliqphone_en.ts"
    qm = ts.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        subprocess.run([str(Path(sys.executable).parent / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)


def run_self_test(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLIQPHONE_DESK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", "--self-test", *extra], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=90)


@pytest.mark.timeout(120)
def test_self_test_passes_end_to_end(tmp_path, english_catalogue):
    done = run_self_test(tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Cliqphone Desk ")
    oks = [line for line in lines if line.startswith("OK ")]
    assert len(oks) == 6, done.stdout
    assert "played to the end" in oks[-1]
    assert lines[-1].startswith("Auto-test réussi")
    assert "Traceback" not in done.stdout + done.stderr
    # It used a throw-away database, not the user's demo database.
    assert not list((tmp_path / "home").glob("data/*.sqlite3"))


@pytest.mark.timeout(120)
def test_self_test_says_what_failed_and_exits_non_zero(tmp_path, english_catalogue):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    done = run_self_test(tmp_path, "--server", f"http://127.0.0.1:{port}")
    assert done.returncode == 1
    failed = [line for line in done.stdout.splitlines() if line.startswith("ÉCHEC")]
    assert len(failed) == 1 and "connexion" in failed[0], done.stdout
    assert "ÉCHOUÉ" in done.stdout.splitlines()[-1]
    assert "Traceback" not in done.stdout + done.stderr
