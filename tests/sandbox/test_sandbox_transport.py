"""Paths, methods, body shapes and bad input of every kind: always a ko body, never a 500, never a
changed row."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

READS = ("/api/getallzone", "/api/getallbyzone", "/numeroapi/getlistnumerodispobyzone",
         "/numeroapi/getlistnumerodispo", "/mediapi/getlistmedia")  # fmt: skip
WRITES = ("/api/auto", "/numeroapi/addNumero", "/numeroapi/editnumero/101")


def fingerprint(db_path) -> str:
    """A digest of every row of the tables a request could change (tokens aside)."""
    digest = hashlib.sha256()
    with sqlite3.connect(db_path) as conn:
        for table in ("number", "media", "account", "company", "zone"):
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid"):
                digest.update(repr(row).encode())
        # The audio bytes cannot change through the API: their sizes are enough.
        digest.update(
            repr(conn.execute("SELECT name, length(data) FROM audio ORDER BY name").fetchall()).encode()
        )
    return digest.hexdigest()


@pytest.fixture
def unchanged(api):
    """Asserts that the test changed no row of the session's sandbox."""
    before = fingerprint(api.server.db_path)
    yield
    assert fingerprint(api.server.db_path) == before


@pytest.mark.parametrize(
    "path", ["/", "/api", "/api/nope", "/numeroapi/addNumero/x/y", "/favicon.ico", "/media"]
)
def test_unknown_path(api, token, path):
    api.ko(path, token, "0404", status=404)
    api.ko(path, token, "0404", method="GET", status=404)


@pytest.mark.parametrize("path", ["/API/GETALLZONE", "/api/getallzone/", "/mediapi/GetListMedia"])
def test_paths_ignore_case_and_a_trailing_slash(api, token, path):
    assert api.rows(path, token)


@pytest.mark.parametrize("path", WRITES)
def test_get_only_on_the_read_endpoints(api, token, path, unchanged):
    api.ko(path, token, "0405", method="GET", params={"numero": "33899999991"}, status=405)


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH", "OPTIONS"])
@pytest.mark.parametrize("path", READS + WRITES)
def test_other_methods(api, token, path, method):
    api.ko(path, token, "0405", method=method, status=405)


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"{not json", "application/json"),
        (b'{"code": "fr_01",}', "application/json"),
        (b"[1, 2]", "application/json"),
        (b'"fr_01"', "application/json"),
        (b"null", "application/json"),
        (b"42", "application/json"),
        (b'{"code": "\xff\xfe"}', "application/json"),  # not UTF-8
        (b'{"code": "\\ud800"}', "application/json"),  # a lone surrogate
        (b"[" * 100_000 + b"]" * 100_000, "application/json"),  # nested beyond recursion
        (b'{"n": 1' + b"0" * 5000 + b"}", "application/json"),  # an integer too long to convert
        (b"code=%ff", "application/x-www-form-urlencoded"),
        (b"code=\xff", "application/x-www-form-urlencoded"),
        (b'{"code": "fr_01"', "application/x-www-form-urlencoded"),  # a JSON-looking form is read as JSON
        (b"[]", None),
        (b"--x\r\nContent-Disposition: form-data; name=\"f\"; filename=\"a.txt\"\r\n\r\nabc\r\n--x--\r\n",
         "multipart/form-data; boundary=x"),
        (b"garbage", "multipart/form-data; boundary=x"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("path", ["/api/getallbyzone", "/numeroapi/addNumero", "/api/auto"])
def test_bodies_that_are_not_an_object_or_form(api, token, path, content, content_type, unchanged):
    headers = {"content-type": content_type} if content_type else {}
    api.ko(path, token, "0400", content=content, headers=headers, status=400)


def test_too_large_bodies(api, token, unchanged):
    huge = b'{"numero": "33899999992", "info": "' + b"x" * 1_100_000 + b'"}'
    api.ko("/numeroapi/addNumero", token, "0400", content=huge, headers={"content-type": "application/json"},
           status=413)  # fmt: skip
    api.ko("/api/getallzone", token, "0400", data={"x": "y" * 1_100_000}, status=413)
    assert api.rows("/api/getallzone", token)  # the server is fine afterwards


def test_a_body_of_other_type_is_sniffed(api, token):
    zones = api.rows(
        "/api/getallbyzone", token, content=b'{"code":"fr_02"}', headers={"content-type": "text/plain"}
    )
    assert zones[0]["code"] == "fr_02"
    zones = api.rows("/api/getallbyzone", token, content=b"code=fr_03")
    assert zones[0]["code"] == "fr_03"
    assert api.rows("/api/getallbyzone", token, content=b'{"code":"fr_04"}',
                    headers={"content-type": "application/x-www-form-urlencoded"})[0]["code"] == "fr_04"  # fmt: skip


def test_plain_names_win_over_metadata(api, token):
    assert (
        api.rows("/api/getallbyzone", token, data={"metadata[code]": "fr_01", "code": "fr_05"})[0]["code"]
        == "fr_05"
    )
    assert (
        api.rows("/api/getallbyzone", token, json={"metadata": {"code": "fr_01"}, "code": "fr_05"})[0]["code"]
        == "fr_05"
    )


@pytest.mark.parametrize(
    "body",
    [
        {"numero": ["33899999993"]},
        {"numero": {"$gt": ""}},
        {"numero": "33899999994' OR '1'='1"},
        {"numero": "33899999995; DROP TABLE number; --"},
        {"numero": 33899999996.0},
        {"numero": "33899999997", "code": ["fr_01"]},
        {"numero": "33899999998", "etat": {"a": 1}},
        {"numero": "33899999999", "sonnerie": 1e308},
        {"numero": "33899999990", "sonnerie": float("inf")},
        {"numero": "33899999989", "messageIntroduction": [228]},
        {"numero": "33899999988", "jours": "Lu' OR 1=1 --"},
        {"metadata": {"numero": "33899999987", "code": {"nested": "fr_01"}}},
    ],
)
def test_bad_values_on_add(api, token, body, unchanged):
    # Sent by json.dumps itself: httpx refuses Infinity, which Python's JSON reader accepts.
    content = json.dumps(body).encode()
    response = api.call(
        "/numeroapi/addNumero", token, content=content, headers={"content-type": "application/json"}
    )
    assert response.status_code in (200, 400)
    assert response.json()["state"] == "ko"


@pytest.mark.parametrize(
    "data",
    [
        {"metadata[numero][x]": "33899999986"},
        {"metadata[numero][]": "33899999985"},
        {"numero[]": "33899999984"},
        {"metadata[numero]": "33899999983", "metadata[code][0]": "fr_01"},
        {"metadata[numero]": "33899999982", "metadata[etat]": "true' --"},
    ],
)
def test_nested_form_fields_on_add(api, token, data, unchanged):
    assert api.call("/numeroapi/addNumero", token, data=data).json()["state"] == "ko"


def test_sql_looking_filters_are_plain_text(api, token, unchanged):
    api.ko("/numeroapi/getlistnumerodispo", token, "0308", json={"porteur": "' OR '1'='1"})
    api.ko("/numeroapi/getlistnumerodispo", token, "0306", json={"compagne": "x' OR 1=1 --"})
    assert api.rows("/mediapi/getlistmedia", token, json={"nom": "%' OR 1=1 --"}) == []
    assert api.rows("/mediapi/getlistmedia", token, json={"nom": "%"}) == []  # not a LIKE pattern
    api.ko("/mediapi/getlistmedia", token, "0400", json={"nom": ["x"]}, status=400)


def test_unknown_fields_are_ignored(api, token, new_numero):
    numero = new_numero()
    api.add(token, numero=numero, couleur="bleu", idMessage=5, extra={"a": [1, 2]})
    assert api.number(token, numero)["numero"] == numero
