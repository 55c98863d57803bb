"""Client benchmarks: figures printed, not asserted (`make bench`).

- 1,000 ``edit_number`` calls at concurrency 8 against a private sandbox, through the client and
  through raw httpx with the same bodies: edits per second and the ratio client/raw (goal >= 0.8).
- Listing 100,000 numbers: request -> models in hand, seconds, peak memory, and the longest stall
  of the event loop meanwhile (a heartbeat task sleeping 5 ms), compared with ``json.loads`` of the
  whole body in a worker thread (which holds the GIL for the whole C call).
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import os
import statistics
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
import respx

from app.api import CliqphoneClient, NumberChanges
from app.api._parse import parse_number, paused_gc, read_answer

pytestmark = [pytest.mark.bench, pytest.mark.timeout(900)]

EDITS = 1_000
CONCURRENCY = 8
EXTRA_NUMBERS = 100_000


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.1f}/{five:.1f} on {os.cpu_count()} CPUs"


class Heartbeat:
    """Measures the longest gap between wake-ups of a task that sleeps ``period`` in a loop."""

    def __init__(self, period: float = 0.005) -> None:
        self.period = period
        self.gaps: list[float] = []
        self._task: asyncio.Task[None] | None = None

    async def _beat(self) -> None:
        last = time.perf_counter()
        while True:
            await asyncio.sleep(self.period)
            now = time.perf_counter()
            self.gaps.append(now - last)
            last = now

    async def __aenter__(self) -> Heartbeat:
        self._task = asyncio.create_task(self._beat())
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._task is not None
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task

    @property
    def longest_ms(self) -> float:
        return max(self.gaps, default=0.0) * 1000

    def over(self, ms: float) -> int:
        return sum(gap * 1000 > ms for gap in self.gaps)


# --- edits ---------------------------------------------------------------------------------------------


async def _run_concurrently(count: int, one: Callable[[int], Awaitable[None]]) -> float:
    limit = asyncio.Semaphore(CONCURRENCY)

    async def guarded(index: int) -> None:
        async with limit:
            await one(index)

    started = time.perf_counter()
    await asyncio.gather(*(guarded(i) for i in range(count)))
    return time.perf_counter() - started


async def _edits(base_url: str) -> None:
    async with CliqphoneClient(base_url) as client, httpx.AsyncClient(timeout=10.0) as http:
        session = await client.login("test0123", "test0123")
        ids = [n.id for n in (await client.numbers())[:200] if n.id is not None]
        changes = [
            NumberChanges(info=f"bench {i}", etat=bool(i % 2), sonnerie=i % 300, jours=("Lu", "Ve"))
            for i in range(EDITS)
        ]
        bodies = [json.dumps(c.to_payload()).encode() for c in changes]
        headers = {"token": session.token, "Content-Type": "application/json"}

        async def via_client(i: int) -> None:
            await client.edit_number(ids[i % len(ids)], changes[i])

        async def via_raw(i: int) -> None:
            url = f"{base_url}/numeroapi/editnumero/{ids[i % len(ids)]}"
            response = await http.post(url, content=bodies[i], headers=headers)
            assert response.json()["state"] == "ok"

        await _run_concurrently(50, via_client)  # warm up both connection pools
        await _run_concurrently(50, via_raw)
        timings: dict[str, list[float]] = {"client": [], "raw": []}
        for _round in range(2):  # alternated, so that drift in the machine's load hits both
            timings["raw"].append(await _run_concurrently(EDITS, via_raw))
            timings["client"].append(await _run_concurrently(EDITS, via_client))
    best = {name: EDITS / min(values) for name, values in timings.items()}
    median = {name: EDITS / statistics.median(values) for name, values in timings.items()}
    print(
        f"\n[bench] {EDITS} edit_number at concurrency {CONCURRENCY} ({load()}):"
        f"\n  raw httpx : best {best['raw']:.0f}/s, median {median['raw']:.0f}/s"
        f"\n  client    : best {best['client']:.0f}/s, median {median['client']:.0f}/s"
        f"\n  ratio client/raw: best {best['client'] / best['raw']:.2f}, median {median['client'] / median['raw']:.2f}"
    )


def test_edit_throughput(make_sandbox: Callable[..., Any]) -> None:
    server = make_sandbox()
    asyncio.run(_edits(server.base_url))


# --- listing 100,000 numbers ------------------------------------------------------------------------------


async def _listing(base_url: str) -> None:
    async with CliqphoneClient(base_url) as client:
        await client.login("test0123", "test0123")
        await client.zones()
        # 1. End to end against the sandbox (which runs in a thread of this process, as the
        #    application's embedded sandbox does, so its own work competes for the GIL).
        gc.collect()
        async with Heartbeat() as beat:
            started = time.perf_counter()
            numbers = await client.numbers()
            elapsed = time.perf_counter() - started
        count = len(numbers)
        print(
            f"\n[bench] listing {count} numbers ({load()}):"
            f"\n  end to end (in-process sandbox): {elapsed:.2f} s, longest loop stall {beat.longest_ms:.0f} ms"
            f" ({beat.over(50)} stalls > 50 ms)"
        )
        del numbers
        async with httpx.AsyncClient(timeout=60) as http:
            response = await http.post(
                f"{base_url}/numeroapi/getlistnumerodispo", json={}, headers={"token": client.token or ""}
            )
        raw = response.content
    print(f"  body: {len(raw) / 1e6:.1f} MB")

    # 2. The client alone: the same body served by respx (no server thread in the way).
    async def client_only() -> tuple[float, float, int]:
        with respx.mock(base_url=base_url) as router:
            router.post("/numeroapi/getlistnumerodispo").respond(200, content=raw)
            async with CliqphoneClient(base_url) as mocked:
                mocked.use_token("t" * 64)
                gc.collect()
                async with Heartbeat() as beat:
                    started = time.perf_counter()
                    result = await mocked.numbers()
                    took = time.perf_counter() - started
        return took, beat.longest_ms, len(result)

    took, stall, got = await client_only()
    print(f"  client only (respx), first run: {took:.2f} s, longest loop stall {stall:.0f} ms")

    took, stall, got = await client_only()
    assert got == count
    print(f"  client only (respx), second run: {took:.2f} s, longest loop stall {stall:.0f} ms")

    # 3. For comparison: one json.loads of the whole body in a worker thread (GC paused, as the
    #    client does, so that the stall is json.loads' own), and the client's reader with the GC on.
    def whole() -> list[Any]:
        with paused_gc():
            return [parse_number(item) for item in json.loads(raw)]

    def gc_on() -> Any:
        return read_answer("/numeroapi/getlistnumerodispo", 200, raw, "list", parse_number)

    for label, work in (
        ("json.loads of the whole body, GC paused", whole),
        ("incremental reader, GC on", gc_on),
    ):
        gc.collect()
        async with Heartbeat() as beat:
            started = time.perf_counter()
            await asyncio.to_thread(work)
            took_other = time.perf_counter() - started
        print(f"  for comparison, {label}: {took_other:.2f} s, longest loop stall {beat.longest_ms:.0f} ms")

    # 4. Memory: tracemalloc's peak while the client reads the body into models (respx as in 2).
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    with respx.mock(base_url=base_url) as router:
        router.post("/numeroapi/getlistnumerodispo").respond(200, content=raw)
        async with CliqphoneClient(base_url) as mocked:
            mocked.use_token("t" * 64)
            tracemalloc.reset_peak()
            kept = await mocked.numbers()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"  memory (tracemalloc, body already in memory): peak {(peak - before) / 1e6:.0f} MB while reading, "
        f"{(current - before) / 1e6:.0f} MB still held by the {len(kept)} models afterwards"
    )


def test_listing_100k(make_sandbox: Callable[..., Any]) -> None:
    started = time.perf_counter()
    server = make_sandbox(extra_numbers=EXTRA_NUMBERS)
    print(
        f"\n[bench] sandbox with {EXTRA_NUMBERS} extra numbers started in {time.perf_counter() - started:.1f} s"
    )
    asyncio.run(_listing(server.base_url))
