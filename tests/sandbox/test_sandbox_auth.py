"""Login, tokens, expiry and password storage."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import time

import pytest

READ_PATHS = (
    "/api/getallzone",
    "/api/getallbyzone",
    "/numeroapi/getlistnumerodispobyzone",
    "/numeroapi/getlistnumerodispo",
    "/mediapi/getlistmedia",
)
WRITE_PATHS = ("/numeroapi/addNumero", "/numeroapi/editnumero/101")


@pytest.mark.parametrize(
    "shape",
    [
        {"json": {"login": "test0123", "pwd": "test0123"}},
        {"data": {"login": "test0123", "pwd": "test0123"}},
        {"data": {"metadata[login]": "test0123", "metadata[pwd]": "test0123"}},
        {"files": {"login": (None, "test0123"), "pwd": (None, "test0123")}},  # multipart form
    ],
    ids=["json", "form", "metadata", "multipart"],
)
def test_login_accepts_every_parameter_shape(api, shape):
    before = time.time()
    response = api.call("/api/auto", **shape)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    body = response.json()
    assert set(body) == {"state", "codeErreur", "messageErreur", "token", "tokenExpid"}
    assert (body["state"], body["codeErreur"], body["messageErreur"]) == ("ok", "0000", "")
    assert len(body["token"]) >= 64 and re.fullmatch(r"[A-Za-z0-9_-]+", body["token"])
    expiry = dt.datetime.strptime(body["tokenExpid"], "%d-%m-%Y %H:%M:%S").timestamp()
    assert before + 24 * 3600 - 5 <= expiry <= time.time() + 24 * 3600 + 5  # local time, 24 h
    assert api.rows("/api/getallzone", body["token"])


def test_each_login_gets_a_new_token(api):
    assert api.login() != api.login()


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"login": "test0123", "pwd": "wrong"}, "0002"),
        ({"login": "nobody", "pwd": "test0123"}, "0002"),
        ({"login": "TEST0123", "pwd": "test0123"}, "0002"),  # logins are exact
        ({"login": "test0123"}, "0002"),
        ({"pwd": "test0123"}, "0002"),
        ({}, "0002"),
        ({"login": "test0123", "pwd": ""}, "0002"),
        ({"login": ["test0123"], "pwd": "test0123"}, "0002"),
        ({"login": "test0123", "pwd": 123}, "0002"),
        ({"login": "inactif01", "pwd": "inactif01"}, "0001"),
        # An inactive account's state is told only to whoever knows its password.
        ({"login": "inactif01", "pwd": "wrong"}, "0002"),
    ],
)
def test_login_errors(api, params, code):
    api.ko("/api/auto", None, code, json=params)


def test_login_is_post_only(api):
    api.ko(
        "/api/auto", None, "0405", method="GET", params={"login": "test0123", "pwd": "test0123"}, status=405
    )


@pytest.mark.parametrize("path", READ_PATHS + WRITE_PATHS)
def test_every_endpoint_needs_a_token(api, path):
    api.ko(path, None, "0003", json={})
    api.ko(path, "not-a-token", "0003", json={})
    api.ko(path, None, "0003", json={"token": ""})
    api.ko(path, None, "0003", json={"token": 12345})


@pytest.mark.parametrize("path", READ_PATHS)
def test_token_in_the_body_or_query_string(api, token, path):
    code = {"code": "fr_01"}  # getallbyzone needs one; the others accept it
    assert api.rows(path, None, json={"token": token, **code})
    assert api.rows(path, None, data={"token": token, **code})
    assert api.rows(path, None, data={"metadata[token]": token, "metadata[code]": "fr_01"})
    assert api.rows(path, None, method="GET", params={"token": token, **code})


def test_header_token_wins_over_body_token(api, token):
    api.rows("/api/getallzone", token, json={"token": "stale"})
    api.ko("/api/getallzone", "stale", "0003", json={"token": token})


def test_short_lifetime_expires_tokens(make_api):
    api = make_api(token_lifetime=dt.timedelta(seconds=1))
    assert api.server.token_lifetime == 1.0
    token = api.login()
    assert api.rows("/api/getallzone", token)
    time.sleep(1.2)
    api.ko("/api/getallzone", token, "0004")
    api.ko("/numeroapi/addNumero", token, "0004", json={"numero": "33899999999"})
    # A lifetime changed at run time applies to the next tokens.
    api.server.token_lifetime = 3600
    fresh = api.login()
    assert api.rows("/api/getallzone", fresh)
    assert api.rows("/api/getallzone", fresh, method="GET")


def test_expire_all_tokens(make_api):
    api = make_api()
    first, second = api.login(), api.login("demo0456")
    api.server.expire_all_tokens()
    api.ko("/api/getallzone", first, "0004")
    api.ko("/mediapi/getlistmedia", second, "0004")
    api.ko("/api/getallzone", "never-issued", "0003")
    assert api.rows("/api/getallzone", api.login())  # logging in again works


def test_passwords_and_tokens_are_not_stored_in_clear(make_api):
    api = make_api()
    token = api.login()
    with sqlite3.connect(api.server.db_path) as conn:
        hashes = [row[0] for row in conn.execute("SELECT pwd_hash FROM account")]
        digests = [row[0] for row in conn.execute("SELECT digest FROM token")]
    assert len(hashes) == 3 and len(set(hashes)) == 3
    assert all(h.startswith("scrypt$") and "test0123" not in h for h in hashes)
    salts = {h.split("$")[4] for h in hashes}
    assert len(salts) == 3  # salted: the same password would give another hash
    assert token not in digests and len(digests) == 1
