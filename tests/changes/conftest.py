"""Helpers for the non-Qt tests of `app.changes`: a logged-in client on a sandbox, fresh numbers."""

from __future__ import annotations

import asyncio
import random

import pytest

from app.api import CliqphoneClient, NumberChanges


def unique_numero(rng: random.Random | None = None) -> str:
    """A French geographic number nobody holds yet (random: the session sandbox is shared)."""
    rng = rng or random.SystemRandom()
    return f"331{rng.randrange(60_000_000, 99_999_999):08d}"


async def add_numbers(client: CliqphoneClient, count: int, **fields) -> list:
    """Adds `count` numbers and returns them as the server lists them."""
    numeros = [unique_numero() for _ in range(count)]
    sem = asyncio.Semaphore(8)

    async def one(numero: str) -> None:
        async with sem:
            await client.add_number(NumberChanges(numero=numero, code="fr_01", **fields))

    await asyncio.gather(*(one(n) for n in numeros))
    everything = await client.numbers()
    wanted = set(numeros)
    found = [n for n in everything if n.numero in wanted]
    assert len(found) == count
    return sorted(found, key=lambda n: numeros.index(n.numero))


@pytest.fixture
def journal(tmp_path):
    from app.changes import Journal

    j = Journal(tmp_path / "journal.sqlite3")
    yield j
    j.close()


def raw_call(client):
    """`call` for the runner without any re-login: the function is called with the client."""

    async def call(fn):
        return await fn(client)

    return call


def relogin_call(client, login="test0123", pwd="test0123", counter=None):
    """A `call` like the UI's: on a token error, log in again once (shared), then retry."""
    from app.api import TokenError

    state = {"future": None}

    async def relogin():
        await client.login(login, pwd)
        if counter is not None:
            counter.append(1)

    async def call(fn):
        try:
            return await fn(client)
        except TokenError:
            if state["future"] is None or state["future"].done():
                state["future"] = asyncio.ensure_future(relogin())
            await asyncio.shield(state["future"])
            return await fn(client)

    return call
