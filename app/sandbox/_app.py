"""The sandbox's HTTP application: routes, authentication, and the answer of each endpoint.

One dispatcher rather than Starlette's router, because every failure must be the contract's ``ko``
body, including unknown paths (0404) and wrong methods (0405), and because paths are matched without
regard to case or a trailing slash (the reference spells them ``addNumero`` and ``editnumero``).

Database work runs on the server's event loop thread: each query takes well under a millisecond at
this size (SQLite releases the GIL while it scans), and one thread means no connection is shared.
The two slow things are kept off it or cut up: password hashing runs in a worker thread, and a long
number listing is sent `CHUNK_ROWS` rows at a time, each row's JSON made by SQLite (which works
without the GIL), so that the GUI thread of the process hosting the server never waits long for the
GIL, and other requests are served in between. The listing is never one giant `json.dumps`.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import json
import logging
import re
import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response, StreamingResponse
from starlette.types import Receive, Scope, Send

from . import _store as store
from ._auth import DUMMY_HASH, new_token, token_digest, verify_password
from ._errors import Ko
from ._params import read_body, read_params
from ._rules import (
    MEDIA_TYPES,
    NUMBER_DEFAULTS,
    Invalid,
    check_number,
    given,
    media_filters,
    number_filters,
    parse_id,
    parse_zone,
    zone_filters,
)
from ._store import Caller, Store

log = logging.getLogger("app.sandbox")

JSON_TYPE = "application/json; charset=utf-8"
#: Rows encoded and sent at a time in a number listing.
CHUNK_ROWS = 1000

_READ = frozenset({"GET", "POST"})
_WRITE = frozenset({"POST"})
_GEOGRAPHIC = re.compile(r"(?:33|0)([1-5])[0-9]{8}")


@dataclass
class Settings:
    """What can change while the server runs."""

    token_lifetime: float  # seconds, for tokens issued from now on


def dumps(value: Any) -> bytes:
    # ASCII escapes (\u00e9) as PHP's json_encode writes them, which is what the reference shows.
    return json.dumps(value, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def json_response(value: Any, status: int = 200) -> Response:
    return Response(dumps(value), status_code=status, media_type=JSON_TYPE)


def ko_response(ko: Ko) -> Response:
    return json_response(ko.body(), ko.status)


def ok_write(number_id: int) -> Response:
    return json_response({"state": "ok", "codeErreur": "0300", "messageErreur": "", "id": number_id})


class _Listing(StreamingResponse):
    """A streamed number listing; it owns its database connection and closes it when done."""


Handler = Callable[["_Call"], Awaitable[Response]]


@dataclass
class _Call:
    """One API request being answered."""

    request: Request
    params: dict[str, Any]
    conn: sqlite3.Connection
    caller: Caller | None
    path_id: str | None  # the {id} of /numeroapi/editnumero/{id}

    @property
    def company(self) -> int:
        assert self.caller is not None
        return self.caller.company_id


class SandboxApp:
    """The ASGI application of one sandbox: `store` holds the data, `settings` the token lifetime."""

    def __init__(self, data: Store, settings: Settings) -> None:
        self.store = data
        self.settings = settings
        # path (lower case, no trailing slash) → (handler, methods, needs a token)
        self.routes: dict[str, tuple[Handler, frozenset[str], bool]] = {
            "/api/auto": (self.login, _WRITE, False),
            "/api/getallzone": (self.all_zones, _READ, True),
            "/api/getallbyzone": (self.one_zone, _READ, True),
            "/numeroapi/getlistnumerodispobyzone": (self.numbers_by_zone, _READ, True),
            "/numeroapi/getlistnumerodispo": (self.numbers, _READ, True),
            "/numeroapi/addnumero": (self.add_number, _WRITE, True),
            "/numeroapi/editnumero": (self.edit_number, _WRITE, True),
            "/mediapi/getlistmedia": (self.media, _READ, True),
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        try:
            response = await self._answer(request)
        except ClientDisconnect:
            return
        except Ko as ko:
            response = ko_response(ko)
        except Exception:
            # A bug: logged with its traceback, answered as a ko body all the same.
            log.exception("sandbox: unexpected error on %s %s", request.method, request.url.path)
            response = ko_response(Ko("0500", status=500))
        with contextlib.suppress(OSError, ClientDisconnect):  # the client went away during the answer
            await response(scope, receive, send)

    async def _answer(self, request: Request) -> Response:
        path = request.url.path
        if path.startswith("/media/"):
            return self._media_file(request, path)
        key = path.rstrip("/").lower()
        path_id = None
        if key.startswith("/numeroapi/editnumero/"):
            path_id = path.rstrip("/")[len("/numeroapi/editnumero/") :]
            key = "/numeroapi/editnumero"
        route = self.routes.get(key)
        if route is None:
            raise Ko("0404", status=404)
        handler, methods, needs_token = route
        if request.method not in methods:
            raise Ko("0405", status=405)
        body = await read_body(request)
        params = await read_params(request, body)
        conn = self.store.connect()
        keep_open = False
        try:
            caller = self._authenticate(conn, request, params) if needs_token else None
            response = await handler(_Call(request, params, conn, caller, path_id))
            keep_open = isinstance(response, _Listing)
            return response
        finally:
            if not keep_open:
                conn.close()

    def _authenticate(self, conn: sqlite3.Connection, request: Request, params: dict[str, Any]) -> Caller:
        token: Any = request.headers.get("token", "").strip() or params.get("token")
        if not isinstance(token, str) or not token.strip():
            raise Ko("0003")
        found = store.token_owner(conn, token_digest(token.strip()))
        if found is None:
            raise Ko("0003")
        caller, expires_at = found
        if expires_at <= time.time():
            raise Ko("0004")
        return caller

    # --- endpoints -------------------------------------------------------------------------------

    async def login(self, call: _Call) -> Response:
        login, pwd = call.params.get("login"), call.params.get("pwd")
        if not (isinstance(login, str) and isinstance(pwd, str) and login and pwd):
            raise Ko("0002")
        found = store.account(call.conn, login)
        # Hashing takes ~80 ms of CPU: in a worker thread, not on the event loop. An unknown login
        # is hashed too, so that timing does not tell which logins exist.
        matches = await run_in_threadpool(verify_password, pwd, found[1] if found else DUMMY_HASH)
        if found is None or not matches:
            raise Ko("0002")
        account_id, _hash, active = found
        if not active:
            raise Ko("0001")  # told only to whoever knows the password
        token = new_token()
        expires_at = time.time() + self.settings.token_lifetime
        store.add_token(call.conn, token_digest(token), account_id, expires_at)
        expiry = dt.datetime.fromtimestamp(expires_at).strftime("%d-%m-%Y %H:%M:%S")
        return json_response(
            {"state": "ok", "codeErreur": "0000", "messageErreur": "", "token": token, "tokenExpid": expiry}
        )

    async def all_zones(self, call: _Call) -> Response:
        return json_response(store.zones(call.conn))

    async def one_zone(self, call: _Call) -> Response:
        try:
            code = parse_zone(given(call.params, "code"))
        except Invalid:
            raise Ko("0308", "invalid Zone") from None
        return json_response(store.zones(call.conn, code))

    async def numbers_by_zone(self, call: _Call) -> Response:
        where = zone_filters(call.params, exists=self._exists(call))
        return self._listing(call, where)

    async def numbers(self, call: _Call) -> Response:
        assert call.caller is not None
        where = number_filters(
            call.params,
            company_id=call.caller.company_id,
            company_name=call.caller.company_name,
            exists=self._exists(call),
        )
        if where.other_company:
            return json_response([])
        return self._listing(call, where)

    async def add_number(self, call: _Call) -> Response:
        with store.write(call.conn):
            changes = self._check(call, current=None)
            values = {**NUMBER_DEFAULTS, **changes}
            if values.get("zone_code") is None:
                values["zone_code"] = _zone_of(values["numero"])
            try:
                number_id = store.insert_number(call.conn, call.company, values)
            except sqlite3.IntegrityError:
                raise Ko("0304") from None  # taken meanwhile by another process on the same file
        return ok_write(number_id)

    async def edit_number(self, call: _Call) -> Response:
        raw_id = call.path_id if call.path_id is not None else given(call.params, "id")
        try:
            number_id = parse_id(raw_id)
        except Invalid:
            raise Ko("0320") from None
        with store.write(call.conn):
            current = store.number(call.conn, call.company, number_id)
            if current is None:
                raise Ko("0320")
            changes = self._check(call, current=current)
            try:
                store.update_number(call.conn, number_id, changes)
            except sqlite3.IntegrityError:
                raise Ko("0304") from None
        return ok_write(number_id)

    async def media(self, call: _Call) -> Response:
        where = media_filters(call.params)
        base = str(call.request.base_url).rstrip("/")
        company = str(call.company)
        answer = []
        for media_id, nom, kind, info, active, url_key, audio_name, backslashes in store.media(
            call.conn, call.company, where
        ):
            url = f"{base}/media/{url_key}/{audio_name}"
            if backslashes:
                # As the reference writes it: "https:\cliqphone.com\assets\...". Clients repair it.
                url = url.replace("://", ":\\").replace("/", "\\")
            answer.append(
                {
                    "id": str(media_id),
                    "nom": nom,
                    "url": url,
                    "type": kind,
                    "typeName": MEDIA_TYPES[kind],
                    "entreprise": company,
                    "info": info,
                    "etat": "Actif" if active else "Inactif",
                }
            )
        return json_response(answer)

    # --- helpers ---------------------------------------------------------------------------------

    def _check(self, call: _Call, current: dict[str, Any] | None) -> dict[str, Any]:
        conn, company = call.conn, call.company
        return check_number(
            call.params,
            current=current,
            numero_owner=lambda numero: store.numero_owner(conn, numero),
            media_ok=lambda media_id, kind: store.media_usable(conn, company, media_id, kind),
        )

    def _exists(self, call: _Call) -> Callable[[str, str], bool]:
        conn, company = call.conn, call.company
        return lambda kind, value: store.number_exists(conn, company, kind, value)

    def _listing(self, call: _Call, where: Any) -> Response:
        sql, args = store.numbers_batch_query(call.company, where)
        # One read transaction for all the batches: the listing is one snapshot, as one cursor's was.
        call.conn.execute("BEGIN")
        text, count, last_id = call.conn.execute(sql, [*args, _BEFORE_ANY_ID, CHUNK_ROWS]).fetchone()
        if count < CHUNK_ROWS:
            return Response(b"[" + (text or "").encode("utf-8") + b"]", media_type=JSON_TYPE)
        return _Listing(_stream_batches(call.conn, sql, args, text, last_id), media_type=JSON_TYPE)

    def _media_file(self, request: Request, path: str) -> Response:
        parts = path.split("/")
        if len(parts) != 4 or not parts[2] or not parts[3]:
            raise Ko("0404", status=404)
        if request.method not in ("GET", "HEAD"):
            raise Ko("0405", status=405)
        with self.store.session() as conn:
            found = store.audio(conn, parts[2], parts[3])
        if found is None:
            raise Ko("0404", status=404)
        return audio_response(request, *found)


_BEFORE_ANY_ID = -(2**63)


async def _stream_batches(
    conn: sqlite3.Connection, sql: str, args: list[Any], first: str, last_id: int
) -> AsyncIterator[bytes]:
    """The listing's JSON array, `CHUNK_ROWS` numbers at a time (`store.numbers_batch_query`)."""
    try:
        yield b"[" + first.encode("utf-8")
        while True:
            await asyncio.sleep(0)  # let other requests in between chunks
            text, count, last_id = conn.execute(sql, [*args, last_id, CHUNK_ROWS]).fetchone()
            if count:
                yield b"," + text.encode("utf-8")
            if count < CHUNK_ROWS:
                break
        yield b"]"
    finally:
        conn.close()


def audio_response(request: Request, mime: str, data: bytes) -> Response:
    """The audio bytes, with single-range support so that players can seek and resume."""
    size = len(data)
    headers = {"accept-ranges": "bytes", "cache-control": "public, max-age=86400"}
    match = re.fullmatch(r"bytes=([0-9]*)-([0-9]*)", request.headers.get("range", "").strip())
    if match and (match[1] or match[2]):
        if match[1]:
            start = int(match[1])
            end = min(int(match[2]), size - 1) if match[2] else size - 1
        else:  # "bytes=-N": the last N bytes
            start, end = max(size - int(match[2]), 0), size - 1
        if start >= size or start > end:
            headers["content-range"] = f"bytes */{size}"
            return Response(b"", status_code=416, headers=headers)
        headers["content-range"] = f"bytes {start}-{end}/{size}"
        return Response(data[start : end + 1], status_code=206, headers=headers, media_type=mime)
    return Response(data, headers=headers, media_type=mime)


def _zone_of(numero: str) -> str:
    """The zone of a number added without one: its geographic prefix's (``331…``/``01…`` → fr_01),
    or fr_01 for a number that has none (mobile, 08, 09): a listed number always has a zone, which
    the reference marks as required in its answer."""
    match = _GEOGRAPHIC.fullmatch(numero)
    return f"fr_0{match[1]}" if match else "fr_01"


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
