"""`ApiService`: the one object through which the UI talks to the Cliqphone API.

Widgets never call httpx nor hold the client: they ask this service, which owns the
`CliqphoneClient`, the session (who is connected, where, until when) and the re-login flow. Every API
call of the UI goes through `await service.call(lambda client: client.numbers(...))`, so that a token
that expires or is refused in the middle of anything pauses the call, shows the re-login dialog over
the current screen, and retries the call once the user is back — losing nothing.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from app.api import CliqphoneClient, Session, TokenError

log = logging.getLogger(__name__)
T = TypeVar("T")

#: A token this close to its expiry is renewed before the next call rather than after a refusal.
RENEW_BEFORE = timedelta(minutes=2)
#: The contract's token lifetime, assumed when the server's expiry cannot be trusted (see `login`).
DEFAULT_LIFETIME = timedelta(hours=24)


class ReloginCancelled(Exception):
    """The user closed the re-login dialog: the interrupted call is abandoned, silently."""


class ApiService(QObject):
    """Owns the client and the session; runs the UI's API calls with re-login on token errors."""

    sessionChanged = Signal()  # logged in, re-logged in, or logged out
    busyChanged = Signal(bool)  # True while at least one call is in flight

    def __init__(self, base_url: str, *, server_label: str = "", is_demo: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.base_url = base_url.rstrip("/")
        self.server_label = server_label or self.base_url
        self.is_demo = is_demo
        self.client = CliqphoneClient(self.base_url)
        self.session: Session | None = None
        self.login_name: str | None = None
        #: Set by the main window: shows the re-login dialog, returns True once logged in again.
        self.relogin_handler: Callable[[], Awaitable[bool]] | None = None
        self._relogin: asyncio.Future[bool] | None = None
        self._in_flight = 0
        self._local_expiry: datetime | None = None
        self._renew_margin = RENEW_BEFORE

    # -- session ---------------------------------------------------------------------------------
    async def login(self, login: str, password: str) -> Session:
        session = await self.client.login(login, password)
        self.session, self.login_name = session, login
        # `expires_at` is the server's local time: on this machine's clock the token ends after the
        # lifetime the server granted. A lifetime that makes no sense (another time zone, a wrong
        # clock) is taken as the contract's 24 hours. The margin is a tenth of a short lifetime, so
        # that a token of a few seconds (tests) is not "about to expire" from the start.
        now = datetime.now(session.expires_at.tzinfo)
        lifetime = session.expires_at - now
        if lifetime <= timedelta(0) or lifetime > 2 * DEFAULT_LIFETIME:
            lifetime = DEFAULT_LIFETIME
        self._local_expiry = now + lifetime
        self._renew_margin = min(RENEW_BEFORE, lifetime / 10)
        log.info("logged in as %s on %s until %s", login, self.base_url, session.expires_at)
        self.sessionChanged.emit()
        return session

    @property
    def expires_at(self) -> datetime | None:
        """When the token expires, on this machine's clock (the server's own time may differ)."""
        return self._local_expiry if self.session else None

    @property
    def renew_margin(self) -> timedelta:
        """How long before `expires_at` the token counts as about to expire."""
        return self._renew_margin

    def token_expires_soon(self) -> bool:
        expires = self.expires_at
        return expires is not None and datetime.now(expires.tzinfo) + self._renew_margin >= expires

    async def aclose(self) -> None:
        await self.client.aclose()

    # -- calls -----------------------------------------------------------------------------------
    async def call(self, fn: Callable[[CliqphoneClient], Awaitable[T]]) -> T:
        """Runs `fn(client)`; on an expired or refused token, re-logs in and runs it again."""
        self._busy(+1)
        try:
            if self.token_expires_soon():
                await self.ensure_logged_in()
            token = self.client.token
            try:
                return await fn(self.client)
            except TokenError as exc:
                # A call sent with the old token may be refused after another call's re-login already
                # succeeded: it then just runs again, with no second dialog.
                if self.client.token == token:
                    log.info("token refused (%s): asking the user to log in again", exc.code)
                    await self.ensure_logged_in(force=True)
                return await fn(self.client)
        finally:
            self._busy(-1)

    async def ensure_logged_in(self, *, force: bool = False) -> None:
        """Shows the re-login dialog once, however many calls are waiting for it."""
        if not force and not self.token_expires_soon():
            return
        if self._relogin is None or self._relogin.done():
            self._relogin = asyncio.ensure_future(self._ask_relogin())
        if not await asyncio.shield(self._relogin):
            raise ReloginCancelled

    async def _ask_relogin(self) -> bool:
        if self.relogin_handler is None:
            return False
        return await self.relogin_handler()

    def _busy(self, delta: int) -> None:
        before = self._in_flight
        self._in_flight += delta
        if (before == 0) != (self._in_flight == 0):
            self.busyChanged.emit(self._in_flight > 0)
