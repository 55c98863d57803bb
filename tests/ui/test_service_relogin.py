"""`ApiService.call` against the real sandbox: one re-login serves every call its token failed."""

from __future__ import annotations

import asyncio

from app.api import CliqphoneClient
from app.ui._service import ApiService

DEMO = ("test0123", "test0123")


def test_a_call_refused_after_another_calls_relogin_retries_without_a_second_dialog(run_async, make_sandbox):
    server = make_sandbox()
    service = ApiService(server.base_url)
    run_async(service.login(*DEMO))
    dialogs = []

    async def relogin() -> bool:
        dialogs.append(1)
        await service.login(*DEMO)
        return True

    service.relogin_handler = relogin
    server.expire_all_tokens()
    first_done = asyncio.Event()

    async def first(client: CliqphoneClient):
        zones = await client.zones()  # refused once (expired), then answered after the re-login
        first_done.set()
        return zones

    async def late(client: CliqphoneClient):
        # sent with the old token, refused only once the first call has logged in again
        sent_with = client.token
        await first_done.wait()
        await asyncio.sleep(0.05)
        if client.token != sent_with:
            async with CliqphoneClient(server.base_url) as stale:
                stale.use_token(sent_with)
                return await stale.zones()  # the server refuses the old token (0004)
        return await client.zones()

    async def both():
        return await asyncio.gather(service.call(first), service.call(late))

    zones_a, zones_b = run_async(both(), timeout=30)
    assert len(zones_a) == len(zones_b) == 5
    assert dialogs == [1]  # one dialog for both calls
    run_async(service.aclose())
