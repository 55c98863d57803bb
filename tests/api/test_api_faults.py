"""The client against servers that misbehave: respx mocks and a raw asyncio server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest
import respx

from app.api import (
    ApiError,
    BadAnswerError,
    BadCredentialsError,
    CliqphoneClient,
    ConnectError,
    InvalidTokenError,
    NumberChanges,
    RequestTimeout,
    ServerError,
    TokenExpiredError,
    TransportError,
    ValidationError,
)
from app.api import _client as client_module
from app.api._parse import parse_zone, paused_gc, read_large_answer

pytestmark = pytest.mark.anyio

BASE = "https://api.cliqphone.test"
TOKEN = "S3cr3tT0k3n" + "x" * 60
ZONE_BODY = [{"code": "fr_01", "pays": "France", "nom": "Île-de-France", "prefix": "01"}]
OK_WRITE = {"state": "ok", "codeErreur": "0300", "messageErreur": ""}


def ko(code: str, message: str = "msg") -> dict[str, str]:
    return {"state": "ko", "codeErreur": code, "messageErreur": message}


def fast(client: CliqphoneClient) -> CliqphoneClient:
    client.backoff_base = 0.001
    client.backoff_cap = 0.002
    return client


@asynccontextmanager
async def mocked(
    retries: int = 3, timeout: float = 10.0
) -> AsyncIterator[tuple[CliqphoneClient, respx.MockRouter]]:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        async with CliqphoneClient(BASE, retries=retries, timeout=timeout) as client:
            client.use_token(TOKEN)
            yield fast(client), router


# --- a raw server that misbehaves on purpose ---------------------------------------------------------


class RawServer:
    """Accepts HTTP requests on 127.0.0.1 and answers with whatever ``behave`` writes."""

    def __init__(self, behave: Callable[[asyncio.StreamWriter], Awaitable[None]]) -> None:
        self.behave = behave
        self.requests = 0
        self.server: asyncio.base_events.Server | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        port = self.server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                await reader.readexactly(length)
                self.requests += 1
                await self.behave(writer)
                if writer.is_closing():
                    return
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def __aenter__(self) -> RawServer:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.close()
        if hasattr(self.server, "close_clients"):  # pragma: no cover - Python 3.13+
            self.server.close_clients()


def http_answer(body: bytes, *, status: str = "200 OK", content_type: str = "application/json") -> bytes:
    return (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
        + body
    )


def answering(data: bytes, *, close: bool = False) -> Callable[[asyncio.StreamWriter], Awaitable[None]]:
    async def behave(writer: asyncio.StreamWriter) -> None:
        writer.write(data)
        await writer.drain()
        if close:
            writer.close()

    return behave


async def hang(writer: asyncio.StreamWriter) -> None:
    await asyncio.sleep(3600)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --- connection refused, timeouts, truncation: a real socket ---------------------------------------------


async def test_connection_refused_is_a_connect_error() -> None:
    async with CliqphoneClient(f"http://127.0.0.1:{free_port()}", retries=1) as client:
        fast(client).use_token(TOKEN)
        with pytest.raises(ConnectError) as caught:
            await client.zones()
    assert caught.value.code is None
    assert caught.value.endpoint == "/api/getallzone"
    assert caught.value.__cause__ is None and caught.value.__context__ is None  # no httpx request kept


async def test_timeout_is_request_timeout_and_reads_are_retried() -> None:
    async with RawServer(hang) as server, CliqphoneClient(server.url, timeout=0.2, retries=2) as client:
        fast(client)
        with pytest.raises(RequestTimeout):
            await client.zones()
        assert server.requests == 3  # the first try and two retries


async def test_timeout_on_add_number_is_never_retried() -> None:
    async with RawServer(hang) as server, CliqphoneClient(server.url, timeout=0.2, retries=3) as client:
        fast(client)
        with pytest.raises(RequestTimeout):
            await client.add_number(NumberChanges(numero="33187224465"))
        assert server.requests == 1


async def test_edit_is_retried_after_a_timeout() -> None:
    async with RawServer(hang) as server, CliqphoneClient(server.url, timeout=0.2, retries=1) as client:
        fast(client)
        with pytest.raises(RequestTimeout):
            await client.edit_number(7, NumberChanges(etat=True))
        assert server.requests == 2


async def test_body_cut_short_is_a_transport_error() -> None:
    cut = b'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n[{"code": "fr_01"'
    async with (
        RawServer(answering(cut, close=True)) as server,
        CliqphoneClient(server.url, retries=1) as client,
    ):
        fast(client)
        with pytest.raises(TransportError) as caught:
            await client.zones()
        assert server.requests == 2  # a dropped connection is worth one more try
    assert type(caught.value) is TransportError


async def test_truncated_json_in_a_complete_answer_is_a_bad_answer() -> None:
    body = json.dumps(ZONE_BODY).encode()[:-7]
    async with RawServer(answering(http_answer(body))) as server, CliqphoneClient(server.url) as client:
        with pytest.raises(BadAnswerError) as caught:
            await client.zones()
        assert server.requests == 1  # asking again would get the same
    assert caught.value.status == 200


async def test_html_content_type_with_valid_json_works() -> None:
    body = json.dumps(ZONE_BODY).encode()
    answer = http_answer(body, content_type="text/html; charset=UTF-8")
    async with RawServer(answering(answer)) as server, CliqphoneClient(server.url) as client:
        zones = await client.zones()
    assert [zone.nom for zone in zones] == ["Île-de-France"]


async def test_html_error_page_with_status_500_is_a_server_error_retried() -> None:
    page = b"<html><body><h1>500 Internal Server Error</h1></body></html>"
    answer = http_answer(page, status="500 Internal Server Error", content_type="text/html")
    async with RawServer(answering(answer)) as server, CliqphoneClient(server.url, retries=2) as client:
        fast(client)
        with pytest.raises(ServerError) as caught:
            await client.media()
        assert server.requests == 3
    assert caught.value.status == 500


# --- respx: shapes, codes, retries ---------------------------------------------------------------------------


async def test_html_page_with_status_200_is_a_bad_answer() -> None:
    async with mocked() as (client, router):
        route = router.post("/api/getallzone").respond(200, text="<!DOCTYPE html><html>Maintenance</html>")
        with pytest.raises(BadAnswerError, match="HTML"):
            await client.zones()
        assert route.call_count == 1


@pytest.mark.parametrize(
    ("body", "what"),
    [
        ({"code": "fr_01"}, "object where a list"),
        ([1, 2, 3], "non-objects"),
        ([ZONE_BODY[0], "fr_02"], "non-objects"),
        ("fr_01", "where a list"),
        (None, "where a list"),
        ([[ZONE_BODY[0]]], "non-objects"),
    ],
)
async def test_wrong_shape_for_a_read_is_a_bad_answer(body: Any, what: str) -> None:
    async with mocked() as (client, router):
        router.post("/api/getallzone").respond(200, content=json.dumps(body).encode())
        with pytest.raises(BadAnswerError, match=what):
            await client.zones()


@pytest.mark.parametrize("body", [[OK_WRITE], [], "ok", 300, None])
async def test_list_where_an_object_is_expected_is_a_bad_answer(body: Any) -> None:
    async with mocked() as (client, router):
        router.post("/numeroapi/editnumero/5").respond(200, content=json.dumps(body).encode())
        with pytest.raises(BadAnswerError):
            await client.edit_number(5, NumberChanges(etat=True))


async def test_login_list_answer_is_a_bad_answer() -> None:
    async with mocked() as (client, router):
        router.post("/api/auto").respond(200, json=[{"token": TOKEN}])
        with pytest.raises(BadAnswerError):
            await client.login("test0123", "test0123")


async def test_login_without_token_is_a_bad_answer() -> None:
    async with mocked() as (client, router):
        router.post("/api/auto").respond(200, json={"state": "ok", "codeErreur": "0000"})
        with pytest.raises(BadAnswerError, match="token"):
            await client.login("test0123", "test0123")


async def test_code_without_leading_zeros() -> None:
    async with mocked() as (client, router):
        router.post("/numeroapi/getlistnumerodispo").respond(200, json=ko("310", "invalid Zone"))
        with pytest.raises(ValidationError) as caught:
            await client.numbers(code="fr_09")
    assert (caught.value.code, caught.value.field) == ("0310", "code")


async def test_ko_body_decides_whatever_the_status() -> None:
    async with mocked() as (client, router):
        route = router.post("/api/getallzone").respond(503, json=ko("0004", "token expired"))
        with pytest.raises(TokenExpiredError):
            await client.zones()
        assert route.call_count == 1  # a business error is not retried, even with a 5xx
        router.post("/mediapi/getlistmedia").respond(401, json=ko("3", "invalid token"))
        with pytest.raises(InvalidTokenError):
            await client.media()
        router.post("/api/getallbyzone").respond(404, json=ZONE_BODY)
        assert (await client.zone("fr_01")).code == "fr_01"  # the body decides


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("slow"),
        httpx.ReadTimeout("slow"),
        httpx.RemoteProtocolError("dropped"),
        httpx.Response(500, text="oops"),
        httpx.Response(502, text=""),
    ],
    ids=["connect", "connect-timeout", "read-timeout", "dropped", "500", "502-empty"],
)
async def test_reads_and_edits_are_retried_then_succeed(failure: Any) -> None:
    async with mocked(retries=3) as (client, router):
        zones = router.post("/api/getallzone").mock(
            side_effect=[failure, failure, httpx.Response(200, json=ZONE_BODY)]
        )
        assert len(await client.zones()) == 1
        assert zones.call_count == 3
        edit = router.post("/numeroapi/editnumero/9").mock(
            side_effect=[failure, httpx.Response(200, json=OK_WRITE)]
        )
        await client.edit_number(9, NumberChanges(info="x"))
        assert edit.call_count == 2


async def test_retries_stop_after_the_configured_count() -> None:
    async with mocked(retries=2) as (client, router):
        route = router.post("/numeroapi/getlistnumerodispo").mock(side_effect=httpx.ConnectError("refused"))
        with pytest.raises(ConnectError):
            await client.numbers()
        assert route.call_count == 3
    async with mocked(retries=0) as (client, router):
        route = router.post("/numeroapi/getlistnumerodispo").mock(side_effect=httpx.ConnectError("refused"))
        with pytest.raises(ConnectError):
            await client.numbers()
        assert route.call_count == 1


@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.ReadTimeout("slow"), httpx.Response(500, text="oops")],
    ids=["connect", "timeout", "500"],
)
async def test_add_number_is_never_retried(failure: Any) -> None:
    async with mocked(retries=5) as (client, router):
        route = router.post("/numeroapi/addNumero").mock(
            side_effect=[failure, httpx.Response(200, json=OK_WRITE)]
        )
        with pytest.raises(TransportError):
            await client.add_number(NumberChanges(numero="33187224465"))
        assert route.call_count == 1


async def test_bad_answers_and_business_errors_are_not_retried() -> None:
    async with mocked(retries=3) as (client, router):
        route = router.post("/api/getallzone").respond(200, text="[{")
        with pytest.raises(BadAnswerError):
            await client.zones()
        assert route.call_count == 1
        route = router.post("/numeroapi/editnumero/3").respond(200, json=ko("0320", "invalid id"))
        with pytest.raises(ApiError):
            await client.edit_number(3, NumberChanges(etat=False))
        assert route.call_count == 1


async def test_login_is_not_retried_on_auth_errors_but_is_on_transport_errors() -> None:
    async with mocked(retries=3) as (client, router):
        route = router.post("/api/auto").respond(200, json=ko("0002", "login ou mdp invalide"))
        with pytest.raises(BadCredentialsError):
            await client.login("test0123", "wrong")
        assert route.call_count == 1
    ok = {
        "state": "ok",
        "codeErreur": "0000",
        "messageErreur": "",
        "token": TOKEN,
        "tokenExpid": "10-02-2031 10:00:00",
    }
    async with mocked(retries=3) as (client, router):
        route = router.post("/api/auto").mock(
            side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=ok)]
        )
        session = await client.login("test0123", "test0123")
        assert route.call_count == 2
    assert session.token == TOKEN


async def test_backoff_is_capped_and_jittered() -> None:
    client = CliqphoneClient(BASE)
    delays = [[client._backoff(attempt) for _ in range(200)] for attempt in range(10)]
    for attempt, values in enumerate(delays):
        ceiling = min(client.backoff_cap, client.backoff_base * 2**attempt)
        assert all(ceiling / 2 <= value <= ceiling for value in values)
        assert len(set(values)) > 100  # jittered
    assert max(delays[9]) <= client.backoff_cap
    await client.aclose()


async def test_requests_send_json_and_the_token_header() -> None:
    async with mocked() as (client, router):
        route = router.post("/numeroapi/getlistnumerodispo").respond(200, json=[])
        await client.numbers(code="FR_01", etat=False, type="TE", numero="33 18", compagne="", porteur=None)
        request = route.calls.last.request
    assert request.headers["token"] == TOKEN
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {"code": "FR_01", "etat": False, "type": "TE", "numero": "3318"}


async def test_login_sends_no_token_and_then_uses_the_new_one() -> None:
    ok = {
        "state": "ok",
        "codeErreur": "0000",
        "messageErreur": "",
        "token": TOKEN,
        "tokenExpid": "10-02-2031 10:00:00",
    }
    async with respx.mock(base_url=BASE) as router, CliqphoneClient(BASE) as client:
        login = router.post("/api/auto").respond(200, json=ok)
        zones = router.post("/api/getallzone").respond(200, json=ZONE_BODY)
        await client.login("test0123", "pwd")
        await client.zones()
        assert client.token == TOKEN
    assert "token" not in login.calls.last.request.headers
    assert json.loads(login.calls.last.request.content) == {"login": "test0123", "pwd": "pwd"}
    assert zones.calls.last.request.headers["token"] == TOKEN


async def test_download_sends_the_token_only_to_the_api_host() -> None:
    with respx.mock(assert_all_called=False) as router:
        client = fast(CliqphoneClient(BASE))
        client.use_token(TOKEN)
        own = router.get(f"{BASE}/assets/a.mp3").respond(200, content=b"ID3own")
        assert await client.download("\\assets\\a.mp3") == b"ID3own"
        assert own.calls.last.request.headers["token"] == TOKEN
        other = router.get("https://cdn.example.org/b.mp3").respond(200, content=b"ID3cdn")
        assert await client.download("https:\\cdn.example.org\\b.mp3") == b"ID3cdn"
        assert "token" not in other.calls.last.request.headers
        # a redirect from the API host to another host does not carry the token along
        router.get(f"{BASE}/assets/moved.mp3").respond(
            302, headers={"Location": "https://cdn.example.org/b.mp3"}
        )
        assert await client.download(f"{BASE}/assets/moved.mp3") == b"ID3cdn"
        assert "token" not in other.calls.last.request.headers
        router.get(f"{BASE}/assets/gone.mp3").respond(404, text="not here")
        with pytest.raises(ApiError) as caught:
            await client.download("/assets/gone.mp3")
        await client.aclose()
    assert caught.value.code == "0404"


async def test_the_token_never_appears_in_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="app.api")
    errors: list[ApiError] = []
    async with mocked(retries=1) as (client, router):
        router.post("/api/getallzone").respond(200, json=ko("0003", f"invalid token {TOKEN}"))
        router.post("/mediapi/getlistmedia").mock(side_effect=httpx.ConnectError(f"refused {TOKEN}"))
        router.post("/numeroapi/getlistnumerodispo").respond(500, text=f"<html>{TOKEN}</html>")
        router.post("/numeroapi/editnumero/1").respond(200, text=f"not json {TOKEN}")
        for call in (
            client.zones,
            client.media,
            client.numbers,
            lambda: client.edit_number(1, NumberChanges(etat=True)),
        ):
            with pytest.raises(ApiError) as caught:
                await call()
            errors.append(caught.value)
        assert repr(client).count(TOKEN) == 0
    assert caplog.records, "requests are logged"
    assert TOKEN not in caplog.text
    for error in errors:
        for text in (str(error), repr(error), *map(str, error.args), error.message, str(vars(error))):
            assert TOKEN not in text
        assert error.__cause__ is None and error.__context__ is None
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "POST /api/getallzone -> 200" in logged


async def test_large_answers_are_read_in_a_worker_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = asyncio.to_thread

    async def spy(func: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
        calls.append(getattr(func, "__name__", "?"))
        return await real(func, *args, **kwargs)

    monkeypatch.setattr(client_module.asyncio, "to_thread", spy)
    items = [
        {
            "id": str(i),
            "code": "FR_01",
            "numero": f"331{i:08d}",
            "type": "1",
            "etat": "Actif",
            "nomPorteur": "é" * 20,
        }
        for i in range(12_000)
    ]
    body = json.dumps(items).encode()
    assert len(body) > 1_000_000
    async with mocked() as (client, router):
        router.post("/numeroapi/getlistnumerodispo").respond(
            200, content=body, headers={"Content-Type": "text/html"}
        )
        numbers = await client.numbers()
        router.post("/api/getallzone").respond(200, json=ZONE_BODY)
        await client.zones()
    assert calls == ["read_large_answer"]  # the large one only
    assert len(numbers) == 12_000
    assert numbers[11_999].id == 11_999 and numbers[5].code == "fr_01" and numbers[5].numero == "33100000005"


def test_full_collections_are_held_back_while_reading_and_restored() -> None:
    saved = gc.get_threshold()
    try:
        gc.set_threshold(500, 7, 9)
        with paused_gc():
            young, middle, old = gc.get_threshold()
            assert (young, middle) == (500, 7) and old > 10**6
            with paused_gc():
                assert gc.get_threshold()[2] > 10**6
            assert gc.get_threshold()[2] > 10**6  # the outer hold still counts
        assert gc.get_threshold() == (500, 7, 9)
        with pytest.raises(BadAnswerError):
            read_large_answer("/api/getallzone", 200, b"[{]", "list", parse_zone)
        assert gc.get_threshold() == (500, 7, 9)
    finally:
        gc.set_threshold(*saved)


async def test_given_http_client_is_not_closed() -> None:
    http = httpx.AsyncClient()
    async with CliqphoneClient(BASE, http_client=http) as client:
        assert client.base_url == BASE
    assert not http.is_closed
    await http.aclose()
    owned = CliqphoneClient(BASE + "/")
    assert owned.base_url == BASE
    await owned.aclose()
    assert owned._http.is_closed


def test_base_url_must_be_http() -> None:
    with pytest.raises(ValueError):
        CliqphoneClient("ftp://example.org")
    with pytest.raises(ValueError):
        CliqphoneClient("api.cliqphone.com")


async def test_closed_while_retrying_gives_an_api_error_not_httpx_runtime_error() -> None:
    """A background read whose window closed the client during a retry's backoff ends in an ApiError."""
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        client = CliqphoneClient(BASE, retries=3)
        client.use_token(TOKEN)
        client.backoff_base = client.backoff_cap = 0.2
        route = router.post("/mediapi/getlistmedia").mock(side_effect=httpx.ConnectError("refused"))
        reading = asyncio.ensure_future(client.media())
        while route.call_count < 1:
            await asyncio.sleep(0.01)
        await client.aclose()  # during the backoff before the second attempt
        with pytest.raises(ConnectError, match="closed"):
            await reading
        assert route.call_count == 1
        with pytest.raises(ConnectError):
            await client.zones()
