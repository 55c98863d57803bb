"""Starting and stopping a sandbox: uvicorn in a daemon thread, on a socket bound before it starts."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import socket
import sys
import threading
import time
from pathlib import Path

import uvicorn

from . import _store as store
from ._app import SandboxApp, Settings
from ._seed import add_extra_numbers, seed
from ._store import Store

log = logging.getLogger("app.sandbox")

#: How long `start_sandbox` waits for the server to answer, and `stop` for it to finish.
_START_TIMEOUT = 15.0
_STOP_TIMEOUT = 10.0


class RunningSandbox:
    """A sandbox server running in a thread of this process. Made by `start_sandbox`."""

    def __init__(
        self, base_url: str, data: Store, app: SandboxApp, server: uvicorn.Server, thread: threading.Thread
    ):
        self._base_url = base_url
        self._store = data
        self._app = app
        self._server = server
        self._thread = thread
        self._lock = threading.Lock()
        self._stopped = False

    @property
    def base_url(self) -> str:
        """``http://HOST:PORT``, without a trailing slash."""
        return self._base_url

    @property
    def db_path(self) -> Path:
        return self._store.path

    @property
    def token_lifetime(self) -> float:
        """Seconds a token stays valid; a new value applies to tokens issued afterwards."""
        return self._app.settings.token_lifetime

    @token_lifetime.setter
    def token_lifetime(self, value: float | dt.timedelta) -> None:
        self._app.settings.token_lifetime = _seconds(value)

    def expire_all_tokens(self) -> None:
        """Makes every token issued so far expired: the next call with one answers 0004."""
        with self._store.session() as conn:
            store.expire_all_tokens(conn)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def stop(self) -> None:
        """Stops the server (requests in progress get a moment to finish) and waits for its thread.
        Calling it again does nothing."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
        self._server.should_exit = True
        self._thread.join(_STOP_TIMEOUT)
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(_STOP_TIMEOUT)

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"<RunningSandbox {self._base_url} db={str(self.db_path)!r} {state}>"


def start_sandbox(
    db_path: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    token_lifetime: float | dt.timedelta = 24 * 3600,
    extra_numbers: int = 0,
) -> RunningSandbox:
    """Starts a sandbox server on `host`:`port` (0: a free port) with its data in `db_path`.

    A new database file is created and seeded; an existing one is used as it is. `extra_numbers`
    brings cliqueo's extra load-test numbers up to that count. Returns once the server answers.
    """
    if extra_numbers < 0:
        raise ValueError("extra_numbers must be >= 0")
    data = Store(db_path)
    prepare_database(data, extra_numbers)
    app = SandboxApp(data, Settings(token_lifetime=_seconds(token_lifetime)))

    sock = _bind(host, port)
    bound_port = sock.getsockname()[1]
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=3,
        server_header=False,
    )
    server = uvicorn.Server(config)
    failure: list[BaseException] = []

    def run() -> None:
        try:
            # An event loop of this thread's own, made directly rather than by the process-wide
            # policy: a Qt application may have installed qasync's, whose loops cannot run outside
            # the main thread. uvicorn installs no signal handlers outside the main thread, so the
            # host application keeps its own.
            with asyncio.Runner(loop_factory=_new_loop) as runner:
                runner.run(server.serve(sockets=[sock]))
        except BaseException as exc:  # reported to start_sandbox's caller, not lost in the thread
            failure.append(exc)
            if server.started:
                log.exception("sandbox: the server stopped on an error")
        finally:
            sock.close()

    thread = threading.Thread(target=run, name=f"cliqphone-sandbox:{bound_port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + _START_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            thread.join(_STOP_TIMEOUT)
            sock.close()
            raise RuntimeError(f"the sandbox server did not start on {host}:{bound_port}") from (
                failure[0] if failure else None
            )
        time.sleep(0.005)
    url_host = "127.0.0.1" if host in ("", "0.0.0.0") else "[::1]" if host == "::" else host
    if ":" in url_host and not url_host.startswith("["):
        url_host = f"[{url_host}]"
    return RunningSandbox(f"http://{url_host}:{bound_port}", data, app, server, thread)


def prepare_database(data: Store, extra_numbers: int = 0) -> None:
    """Creates and seeds the database if it is new, then adds the extra numbers asked for."""
    if not data.is_created():
        data.path.parent.mkdir(parents=True, exist_ok=True)
        with data.session() as conn:
            conn.execute("PRAGMA journal_mode = WAL")  # kept in the file: readers never block the writer
            with store.write(conn):
                data.create(conn)
                seed(conn)
    if extra_numbers:
        with data.session() as conn, store.write(conn):
            add_extra_numbers(conn, extra_numbers)


def _new_loop() -> asyncio.AbstractEventLoop:
    return asyncio.ProactorEventLoop() if sys.platform == "win32" else asyncio.SelectorEventLoop()


def _bind(host: str, port: int) -> socket.socket:
    family, kind, proto, _name, address = socket.getaddrinfo(
        host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        if os.name == "posix":  # restart on the same port at once; on Windows it would allow port theft
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
        sock.setblocking(False)
    except OSError:
        sock.close()
        raise
    return sock


def _seconds(value: float | dt.timedelta) -> float:
    seconds = value.total_seconds() if isinstance(value, dt.timedelta) else float(value)
    if seconds < 0:
        raise ValueError("token_lifetime must be >= 0")
    return seconds
