"""Fixtures of the sandbox tests: raw HTTP (httpx, never the client module) to a running sandbox.

Most tests use the session's `sandbox` (tests/conftest.py); they add their own numbers with unique
numeros and never rely on counts that others may change. Tests that expire tokens or need a known
state use a private server (`make_api`).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

KO_KEYS = {"state", "codeErreur", "messageErreur"}


class Api:
    """Raw HTTP calls to one sandbox, with the assertions every test needs."""

    def __init__(self, server: Any) -> None:
        self.server = server
        self.http = httpx.Client(base_url=server.base_url, timeout=30)

    def close(self) -> None:
        self.http.close()

    def call(
        self, path: str, token: str | None = None, *, method: str = "POST", **kwargs: Any
    ) -> httpx.Response:
        headers = dict(kwargs.pop("headers", None) or {})
        if token is not None:
            headers["token"] = token
        return self.http.request(method, path, headers=headers, **kwargs)

    def login(self, login: str = "test0123", pwd: str | None = None) -> str:
        body = self.call("/api/auto", json={"login": login, "pwd": pwd or login}).json()
        assert body["state"] == "ok", body
        return body["token"]

    def rows(self, path: str, token: str | None, **kwargs: Any) -> list[dict[str, Any]]:
        """A read that must succeed: a bare JSON array."""
        response = self.call(path, token, **kwargs)
        assert response.status_code == 200, response.text
        body = response.json()
        assert isinstance(body, list), body
        return body

    def ko(
        self, path: str, token: str | None, code: str, *, status: int = 200, **kwargs: Any
    ) -> dict[str, Any]:
        """A call that must fail with `code`."""
        response = self.call(path, token, **kwargs)
        body = response.json()
        assert isinstance(body, dict) and body.get("codeErreur") == code, (code, response.status_code, body)
        assert set(body) == KO_KEYS and body["state"] == "ko" and body["messageErreur"]
        assert response.status_code == status
        return body

    def write(self, path: str, token: str, **kwargs: Any) -> int:
        """An add/edit that must succeed; returns the id answered."""
        response = self.call(path, token, **kwargs)
        body = response.json()
        assert response.status_code == 200 and body.get("state") == "ok", body
        assert body["codeErreur"] == "0300" and body["messageErreur"] == ""
        return int(body["id"])

    def add(self, token: str, **fields: Any) -> int:
        return self.write("/numeroapi/addNumero", token, json=fields)

    def number(self, token: str, numero: str) -> dict[str, Any]:
        """The listed number whose numero is `numero` (exactly one must match)."""
        rows = [row for row in self.rows("/numeroapi/getlistnumerodispo", token, json={"numero": numero})
                if row["numero"] == numero]  # fmt: skip
        assert len(rows) == 1, rows
        return rows[0]


@pytest.fixture(scope="session")
def api(sandbox: Any) -> Iterator[Api]:
    client = Api(sandbox)
    yield client
    client.close()


@pytest.fixture(scope="session")
def token(api: Api) -> str:
    """A token of test0123 (company cliqueo) on the session's sandbox."""
    return api.login()


@pytest.fixture(scope="session")
def demo_token(api: Api) -> str:
    """A token of demo0456 (company autreboite) on the session's sandbox."""
    return api.login("demo0456")


@pytest.fixture
def make_api(make_sandbox: Callable[..., Any]) -> Iterator[Callable[..., Api]]:
    """An `Api` on a private sandbox of its own (options as for start_sandbox)."""
    made: list[Api] = []

    def make(**options: Any) -> Api:
        client = Api(make_sandbox(**options))
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def fresh_numero(prefix: str = "338") -> str:
    """A numero no other test uses: 11 digits, random (08 numbers are in no zone)."""
    return prefix + f"{secrets.randbelow(10**8):08d}"


@pytest.fixture(scope="session")
def new_numero() -> Callable[..., str]:
    """`fresh_numero`, for tests (conftest modules are not imported by name)."""
    return fresh_numero
