"""Bulk edit figures (printed, nothing asserted about speed).

- 1,000 edits with the raw client at concurrency 8 (no journal, no UI): the ceiling;
- the same 1,000 edits through the UI runner (`RunDialog` + `ApiService.call` + the SQLite journal,
  concurrency 8, in a shown window's Qt loop): edits per second, and the longest event-loop stall
  (the biggest gap between ticks of a 5 ms QTimer; goal ≤ 50 ms).

The sandbox runs in a separate process (`cliqphone-sandbox`), as the real server is remote: in-process
it would compete with the window for the interpreter and the stall would measure the server.
"""

from __future__ import annotations

import asyncio
import os
import time

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from app import changes as ch
from app.api import CliqphoneClient, NumberChanges
from tests.benchmarks.conftest import sandbox_process

pytestmark = pytest.mark.bench

EDITS = int(os.environ.get("BENCH_BULK_EDITS", "1000"))


@pytest.fixture(scope="module")
def server_url(tmp_path_factory):
    db = tmp_path_factory.mktemp("bench-bulk") / "sandbox.sqlite3"
    with sandbox_process(db, numbers=EDITS + 200) as base_url:
        yield base_url


async def _numbers(url: str) -> list:
    async with CliqphoneClient(url) as client:
        await client.login("test0123", "test0123")
        return (await client.numbers())[:EDITS]


def test_bench_raw_client_concurrency_8(server_url):
    numbers = asyncio.run(_numbers(server_url))

    async def go():
        async with CliqphoneClient(server_url) as client:
            await client.login("test0123", "test0123")
            sem = asyncio.Semaphore(8)

            async def one(n):
                async with sem:
                    await client.edit_number(n.id, NumberChanges(info="bench brut"))

            started = time.perf_counter()
            await asyncio.gather(*(one(n) for n in numbers))
            return time.perf_counter() - started

    elapsed = asyncio.run(go())
    print(f"\n[bench bulk] raw client, concurrency 8: {len(numbers)} edits in {elapsed:.2f} s "
          f"= {len(numbers) / elapsed:.0f} edits/s")


def test_bench_ui_runner_1000_edits(server_url, qtbot, run_async, tmp_path, monkeypatch):
    monkeypatch.setenv("CLIQPHONE_DESK_HOME", str(tmp_path / "home"))
    from app.ui._service import ApiService
    from app.ui.editing import EditingContext, RunDialog

    numbers = run_async(_numbers(server_url))
    service = ApiService(server_url)
    run_async(service.login("test0123", "test0123"))
    journal = ch.Journal(tmp_path / "journal.sqlite3")
    context = EditingContext(service, None, journal=journal)
    plan = ch.plan_bulk(numbers, {"info": "bench UI", "sonnerie": 42})
    runner = context.runner(plan.edits, kind=ch.KIND_BULK, concurrency=8)
    dialog = RunDialog(context, runner)
    qtbot.addWidget(dialog)
    dialog.show()

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick():
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    # the machine's own noise first: the same timer with nothing else to do for one second
    qtbot.wait(1000)
    idle = max(gaps) if gaps else 0.0
    gaps.clear()
    last[0] = clock.nsecsElapsed()
    sent_mark: list[int] = []
    runner.on_finished = lambda _summary: sent_mark.append(len(gaps))
    started = time.perf_counter()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.summary is not None and not dialog.is_running(), timeout=300_000)
    elapsed_run = runner.summary().elapsed
    elapsed_total = time.perf_counter() - started  # with the re-read of the 1,000 numbers afterwards
    timer.stop()
    summary = dialog.summary
    gaps_sorted = sorted(gaps)
    p99 = gaps_sorted[int(len(gaps_sorted) * 0.99)] if gaps_sorted else 0.0
    print(f"\n[bench bulk] UI runner (RunDialog + ApiService.call + journal), concurrency 8: "
          f"{summary.succeeded} done, {summary.failures} failed; sending {elapsed_run:.2f} s = "
          f"{summary.succeeded / elapsed_run:.0f} edits/s; with the re-read {elapsed_total:.2f} s")
    cut = sent_mark[0] if sent_mark else len(gaps)
    sending, reread = gaps[:cut], gaps[cut:]
    print(f"[bench bulk] longest stall while sending {max(sending):.1f} ms, during the re-read of the table "
          f"{max(reread) if reread else 0:.1f} ms")
    print(f"[bench bulk] event loop: longest stall {max(gaps):.1f} ms (goal ≤ 50 ms), p99 {p99:.1f} ms, "
          f"{len(gaps)} ticks of 5 ms; idle loop before the run: longest gap {idle:.1f} ms")
    journal.close()
    run_async(service.aclose())
    assert os.environ["CLIQPHONE_DESK_HOME"]  # (the journal stayed in the test's folder)
