"""Shared helpers of the editing UI tests (not a test module)."""

from __future__ import annotations

import random

from PySide6.QtWidgets import QApplication


def unique_numero() -> str:
    return f"331{random.SystemRandom().randrange(60_000_000, 99_999_999):08d}"


async def add_numbers(service, count: int, **fields) -> list:
    import asyncio

    from app.api import NumberChanges

    numeros = [unique_numero() for _ in range(count)]
    sem = asyncio.Semaphore(8)

    async def one(numero):
        async with sem:
            await service.call(lambda c: c.add_number(NumberChanges(numero=numero, code="fr_01", **fields)))

    await asyncio.gather(*(one(n) for n in numeros))
    wanted = set(numeros)
    found = [n for n in await service.call(lambda c: c.numbers()) if n.numero in wanted]
    return sorted(found, key=lambda n: numeros.index(n.numero))


async def server_numbers(service, ids) -> dict:
    ids = set(ids)
    return {n.id: n for n in await service.call(lambda c: c.numbers()) if n.id in ids}


def top_level(cls, *, visible: bool = True):
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, cls) and (widget.isVisible() or not visible):
            return widget
    return None


def relogin_dialog():
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "loginDialog" and widget.isVisible():
            return widget
    return None


def campaign() -> str:
    """A campaign name nobody else uses: filtering on it shows exactly a test's numbers."""
    return f"t{random.SystemRandom().randrange(10**8, 10**9)}"
