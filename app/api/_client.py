"""``CliqphoneClient``: the async client of the Cliqphone API (httpx, no Qt)."""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import random
import ssl
import time
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, Final, Literal, TypeVar, cast
from urllib.parse import urljoin, urlsplit

import httpx

from . import _errors as e
from ._changes import NumberChanges
from ._errors import (
    ApiError,
    BadAnswerError,
    ConnectError,
    NotFoundError,
    RequestTimeout,
    ServerError,
    TransportError,
    ValidationError,
)
from ._models import Media, Number, Session, Zone
from ._parse import (
    LARGE_BODY,
    BodyChunks,
    as_int,
    normalise_media_url,
    parse_media,
    parse_number,
    parse_session,
    parse_zone,
    read_answer,
    read_large_answer,
)

__all__ = ["CliqphoneClient"]

logger = logging.getLogger("app.api")

T = TypeVar("T")

_MAX_REDIRECTS: Final = 5


class CliqphoneClient:
    """The Cliqphone API, one coroutine per endpoint.

    ``base_url`` is the service's root (``https://api.cliqphone.com``). The client owns an
    ``httpx.AsyncClient`` unless one is given (then it does not close it). ``timeout`` applies to
    every request (seconds); ``retries`` is how many times a read or an edit is tried again after
    a transport failure (connection, timeout, 5xx), with capped, jittered exponential backoff.
    ``add_number`` is never retried (it is not idempotent); login is retried on transport failures
    only. Every failure is an ``ApiError`` (see ``app.api._errors``); no error text or log line
    ever holds the token.
    """

    #: Backoff before retry n (0-based): half to all of min(cap, base * 2**n) seconds.
    backoff_base: float = 0.25
    backoff_cap: float = 4.0

    def __init__(
        self,
        base_url: str,
        *,
        http_client: httpx.AsyncClient | None = None,
        timeout: float = 10.0,
        retries: int = 3,
    ) -> None:
        parts = urlsplit(base_url.strip())
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"not an http(s) URL: {base_url!r}")
        self._base_url = base_url.strip().rstrip("/")
        self._origin = _origin(self._base_url)
        self._timeout = httpx.Timeout(timeout)
        self._retries = max(0, int(retries))
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=self._timeout, verify=_ssl_context())
        self._token: str | None = None

    # --- session

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def token(self) -> str | None:
        return self._token

    def use_token(self, token: str | None) -> None:
        """Resume a saved session (or forget it with None)."""
        self._token = "".join(token.split()) if token else None

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> CliqphoneClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        state = "with token" if self._token else "no token"
        return f"<CliqphoneClient {self._base_url} ({state})>"

    # --- endpoints

    async def login(self, login: str, pwd: str) -> Session:
        """Logs in; the client then sends the new token. ``AuthError`` when refused."""
        body = await self._object(e.LOGIN, {"login": login, "pwd": pwd}, retry=True, auth=False)
        session = parse_session(e.LOGIN, body, login)
        self._token = session.token
        return session

    async def zones(self) -> list[Zone]:
        return await self._list(e.ZONES, {}, parse_zone)

    async def zone(self, code: str) -> Zone:
        """One zone; ``NotFoundError`` (0308) when no zone has that code."""
        zones = await self._list(e.ZONE, {"code": code}, parse_zone)
        wanted = code.strip().lower()
        for zone in zones:
            if zone.code == wanted:
                return zone
        if zones:
            return zones[0]
        raise NotFoundError("invalid Zone", code="0308", endpoint=e.ZONE, field="code")

    async def numbers(
        self,
        *,
        code: str | None = None,
        etat: bool | None = None,
        type: str | None = None,
        numero: str | None = None,
        compagne: str | None = None,
        porteur: str | None = None,
    ) -> list[Number]:
        """The company's numbers matching every filter given (None or "" = no filter).

        ``type``: ``"TE"`` telephone or ``"FA"`` fax. A ``numero``/``compagne``/``porteur`` filter
        that names nothing raises ``NoMatchError`` (« rien ne correspond »), as the server answers.
        """
        params = _filters(
            code=code, etat=etat, type=type, numero=_compact(numero), compagne=compagne, porteur=porteur
        )
        return await self._list(e.NUMBERS, params, parse_number)

    async def numbers_by_zone(self, code: str | None, numero: str | None = None) -> list[Number]:
        """The company's numbers of one zone, optionally those containing ``numero``."""
        return await self._list(e.NUMBERS_BY_ZONE, _filters(code=code, numero=_compact(numero)), parse_number)

    async def add_number(self, changes: NumberChanges) -> int | None:
        """Adds a number (``numero`` required); its new id, or None when the server gives none.

        Validated first (``ValidationError`` without any request). Never retried: after a
        ``TransportError`` the number may or may not exist — list it to find out.
        """
        _validate(changes, e.ADD_NUMBER, adding=True)
        try:
            body = await self._object(e.ADD_NUMBER, changes.to_payload(), retry=False)
        except ValidationError as error:
            raise _pair_field(error, changes) from None
        return as_int(body.get("id"))

    async def edit_number(self, id: int, changes: NumberChanges, *, current: Number | None = None) -> None:
        """Changes the fields ``changes`` names, and only those. ``NotFoundError`` (0320) for an
        unknown id. ``current``, when given, is used to check start/end pairs as the server does."""
        if isinstance(id, bool) or not isinstance(id, int):
            raise TypeError(f"a number id is an int, not {type(id).__name__}")
        endpoint = f"{e.EDIT_NUMBER}/{id}"
        _validate(changes, endpoint, adding=False, current=current)
        try:
            await self._object(endpoint, changes.to_payload(), retry=True)
        except ValidationError as error:
            raise _pair_field(error, changes) from None

    async def media(
        self, *, etat: bool | None = None, type: str | None = None, nom: str | None = None
    ) -> list[Media]:
        """The company's media; ``type`` one of ``R``, ``ME``, ``PB``, ``MI``, ``MA``."""
        base = self._base_url
        return await self._list(
            e.MEDIA, _filters(etat=etat, type=type, nom=nom), lambda item: parse_media(item, base)
        )

    async def download(self, url: str) -> bytes:
        """The bytes at ``url`` (a media's audio). The token goes only to the API's own origin,
        redirects included. ``NotFoundError`` for a 404, ``TransportError`` otherwise."""
        absolute = normalise_media_url(url, self._base_url)
        path = urlsplit(absolute).path or "/"
        return cast(bytes, await self._request(path, None, "bytes", retry=True, url=absolute))

    # --- the one request path

    async def _list(
        self, endpoint: str, params: dict[str, Any], build: Callable[[Mapping[str, Any]], T]
    ) -> list[T]:
        return cast(list[T], await self._request(endpoint, params, "list", build, retry=True))

    async def _object(
        self, endpoint: str, params: dict[str, Any], *, retry: bool, auth: bool = True
    ) -> dict[str, Any]:
        return cast(
            dict[str, Any], await self._request(endpoint, params, "object", None, retry=retry, auth=auth)
        )

    async def _request(
        self,
        endpoint: str,
        params: dict[str, Any] | None,
        expect: Literal["list", "object", "bytes"],
        build: Callable[[Mapping[str, Any]], T] | None = None,
        *,
        retry: bool,
        auth: bool = True,
        url: str | None = None,
    ) -> Any:
        """Every request goes through here: JSON body, token header, timeout, logging, reading
        the answer, retries on transport failures. ``params`` None: a GET of ``url`` (download)."""
        body = (
            None if params is None else json.dumps(params, ensure_ascii=False, separators=(",", ":")).encode()
        )
        attempts = self._retries + 1 if retry else 1
        for attempt in range(attempts):
            if self._http.is_closed:
                # aclose() came first, maybe during a retry's backoff: a task that outlives its window
                # gets an ApiError like any other failure, not httpx's RuntimeError.
                raise ConnectError("the client is closed", endpoint=endpoint)
            try:
                return await self._exchange(
                    endpoint, url or self._base_url + endpoint, body, expect, build, auth
                )
            except (ConnectError, RequestTimeout, ServerError) as error:
                failure: ApiError = error
            except ApiError as error:
                if type(error) is not TransportError:  # a ko body, a bad answer: asking again won't help
                    raise self._scrub(error) from None
                failure = error  # a connection dropped mid-exchange
            if attempt >= attempts - 1:
                raise self._scrub(failure)  # outside the except clause: no httpx exception chained
            delay = self._backoff(attempt)
            logger.warning(
                "%s failed (%s); retry %d/%d in %.2f s",
                endpoint,
                type(failure).__name__,
                attempt + 1,
                attempts - 1,
                delay,
            )
            await asyncio.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _exchange(
        self,
        endpoint: str,
        url: str,
        body: bytes | None,
        expect: Literal["list", "object", "bytes"],
        build: Callable[[Mapping[str, Any]], T] | None,
        auth: bool,
    ) -> Any:
        """One attempt: the HTTP exchange (redirects followed for a download) and its reading."""
        method = "GET" if body is None else "POST"
        for _ in range(_MAX_REDIRECTS + 1):
            headers = {"Accept": "application/json"} if body is not None else {}
            if body is not None:
                headers["Content-Type"] = "application/json"
            if auth and self._token and _origin(url) == self._origin:
                headers["token"] = self._token  # never to another host, even after a redirect
            started = time.perf_counter()
            failure: TransportError | None = None
            worker: asyncio.Future[Any] | None = None
            try:
                if expect == "list":
                    response, raw, worker = await self._receive_list(endpoint, method, url, body, headers, build)
                else:
                    response = await self._http.request(
                        method, url, content=body, headers=headers, timeout=self._timeout, follow_redirects=False
                    )
                    raw = response.content
            except httpx.TimeoutException as exc:
                failure = RequestTimeout(f"no answer in time ({type(exc).__name__})", endpoint=endpoint)
            except (httpx.UnsupportedProtocol, httpx.InvalidURL):
                raise BadAnswerError("not an http(s) URL", endpoint=endpoint) from None
            except httpx.ConnectError as exc:
                failure = ConnectError(
                    f"cannot connect ({self._safe(str(exc)) or type(exc).__name__})", endpoint=endpoint
                )
            except httpx.TransportError as exc:
                failure = TransportError(f"connection failed ({type(exc).__name__})", endpoint=endpoint)
            elapsed = (time.perf_counter() - started) * 1000
            if failure is not None:
                logger.warning("%s %s failed after %.0f ms: %s", method, endpoint, elapsed, failure.message)
                raise failure
            status = response.status_code
            logger.debug("%s %s -> %d in %.0f ms (%d bytes)", method, endpoint, status, elapsed,
                         response.num_bytes_downloaded)
            if worker is not None:
                return await worker
            if expect != "bytes":
                if len(raw) > LARGE_BODY:
                    # Read in a worker thread, in short steps (see _parse).
                    return await asyncio.to_thread(read_large_answer, endpoint, status, raw, expect, build)
                return read_answer(endpoint, status, raw, expect, build)
            if response.is_redirect and "location" in response.headers:
                url = urljoin(url, response.headers["location"])
                endpoint = urlsplit(url).path or "/"
                continue
            if 200 <= status < 300:
                return raw
            raise self._download_error(endpoint, status, raw)
        raise BadAnswerError("too many redirects", endpoint=endpoint)

    async def _receive_list(
        self,
        endpoint: str,
        method: str,
        url: str,
        body: bytes | None,
        headers: dict[str, str],
        build: Callable[[Mapping[str, Any]], T] | None,
    ) -> tuple[httpx.Response, bytes, asyncio.Future[Any] | None]:
        """Sends a listing request and receives its answer: the whole body when small; for a
        large one, a worker thread reading it as it arrives (``read_large_answer`` over
        ``BodyChunks``), so that a 60 MB listing is read while it is received, not after, and its
        pieces are freed as they are read. httpx errors propagate (the caller maps them)."""
        request = self._http.build_request(method, url, content=body, headers=headers, timeout=self._timeout)
        response = await self._http.send(request, stream=True, follow_redirects=False)
        chunks: BodyChunks | None = None
        worker: asyncio.Future[Any] | None = None
        parts: list[bytes] = []
        size = 0
        try:
            async for chunk in response.aiter_bytes():
                if chunks is not None:
                    chunks.put(chunk)
                    continue
                parts.append(chunk)
                size += len(chunk)
                if size > LARGE_BODY:
                    chunks = BodyChunks()
                    for part in parts:
                        chunks.put(part)
                    parts = []
                    worker = asyncio.ensure_future(
                        asyncio.to_thread(read_large_answer, endpoint, response.status_code, chunks, "list", build)
                    )
            if chunks is not None:
                chunks.close()
                chunks = None
        finally:
            if chunks is not None:  # the exchange failed or was cancelled mid-body: stop the worker
                chunks.abort()
                assert worker is not None
                worker.add_done_callback(_forget_result)
            await response.aclose()
        return response, b"".join(parts), worker

    def _download_error(self, path: str, status: int, raw: bytes) -> ApiError:
        try:
            read_answer(path, status, raw, "object")
        except ApiError as error:
            if error.code is not None or status >= 500:
                return error
        if status == 404:
            return NotFoundError("no such file", code="0404", endpoint=path)
        if status >= 500:
            return ServerError(f"server error (HTTP {status})", endpoint=path, status=status)
        return BadAnswerError(f"download refused (HTTP {status})", endpoint=path, status=status)

    def _backoff(self, attempt: int) -> float:
        ceiling = min(self.backoff_cap, self.backoff_base * 2.0**attempt)
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    def _safe(self, text: str) -> str:
        token = self._token
        return text.replace(token, "***") if token and token in text else text

    def _scrub(self, error: ApiError) -> ApiError:
        """The error without the token in its text (a server could echo it), and without the
        exception it was raised from (a JSONDecodeError holds the whole body)."""
        error.__cause__ = error.__context__ = None
        token = self._token
        if token:
            if token in error.message:
                error.message = error.message.replace(token, "***")
                error.args = (error.message,)
            if error.endpoint and token in error.endpoint:
                error.endpoint = error.endpoint.replace(token, "***")
        return error


_PAIRS: Final = {"0325": ("hour_debut", "hour_fin"), "0327": ("date_debut", "date_fin")}


def _pair_field(error: ValidationError, changes: NumberChanges) -> ValidationError:
    """A server's 0325/0327 cannot say which half of the pair is at fault: name the half the
    change sent (the end when both were), as ``NumberChanges.validate()`` does."""
    pair = _PAIRS.get(error.code or "")
    if pair is not None:
        start, end = pair
        if end in changes.fields:
            error.field = end
        elif start in changes.fields:
            error.field = start
    return error


def _validate(changes: NumberChanges, endpoint: str, *, adding: bool, current: Number | None = None) -> None:
    if not isinstance(changes, NumberChanges):
        raise TypeError(f"expected NumberChanges, not {type(changes).__name__}")
    error = changes.first_error(adding=adding, current=current)
    if error is not None:
        error.endpoint = endpoint
        raise error


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """One verifying TLS context for every client: loading the CA bundle takes ~0.15 s."""
    return httpx.create_ssl_context()


def _forget_result(future: asyncio.Future[Any]) -> None:
    """Retrieves an abandoned worker's outcome (``BodyAborted``), so that asyncio does not log it."""
    if not future.cancelled():
        future.exception()


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or {"http": 80, "https": 443}.get(scheme)
    except ValueError:
        port = None
    return scheme, (parts.hostname or "").lower(), port


def _compact(numero: str | None) -> str | None:
    return "".join(numero.split()) if isinstance(numero, str) else numero


def _filters(**filters: Any) -> dict[str, Any]:
    """The filters given; None and "" mean no filter and are left out."""
    return {key: value for key, value in filters.items() if value is not None and value != ""}
