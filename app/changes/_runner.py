"""The bulk runner: sends a plan's edits concurrently, with progress, cancel, pause and retry.

Shaped like Anki's ``aqt.operations``: one object per long job, started with `run()`, observed through
callbacks (`on_progress`, `on_result`, `on_paused`, `on_finished`), stopped with `cancel()`. No Qt here:
the UI passes `ApiService.call` as `call`, the benchmark and the non-Qt tests a plain
``lambda fn: fn(client)``.

Token expiry: every request goes through ``call(op)``. The UI's `call` re-logs in and retries on a
token error, and shows one dialog however many requests wait for it. The runner notices the refusal
inside `op` (it sees the TokenError on its way out), pauses (no new request starts until a request
gets an answer again), and resumes by itself once the re-login succeeded. If `call` gives up (the
user closed the re-login dialog, or there is no re-login at all), the run is *interrupted*: what was
not answered stays pending in the journal, and `resume()` continues later.

Each change is written to the journal before it is sent (``sending``) and after its answer; the
writes happen in the journal's thread so that the event loop never waits on the disk.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import _journal as J
from ._plan import OP_ADD, PlannedEdit

log = logging.getLogger(__name__)

Call = Callable[[Callable[[Any], Awaitable[Any]]], Awaitable[Any]]

# Runner states
IDLE = "idle"
RUNNING = "running"
PAUSED = "paused"  # waiting for a re-login
CANCELLING = "cancelling"  # « Annuler » pressed: the requests in flight finish
FINISHED = "finished"
CANCELLED = "cancelled"
INTERRUPTED = "interrupted"


@dataclass
class EditResult:
    edit: PlannedEdit
    status: str  # a journal change status: done / refused / failed / skipped / pending
    error: BaseException | None = None
    code: str | None = None
    message: str | None = None
    field: str | None = None
    new_id: int | None = None

    @property
    def ok(self) -> bool:
        return self.status == J.DONE


@dataclass
class RunProgress:
    total: int  # edits in this pass
    answered: int  # edits of this pass with an answer (done or not)
    succeeded: int  # whole run
    refused: int
    failed: int
    skipped: int
    in_flight: int
    state: str
    elapsed: float  # seconds of this pass, pauses excluded
    eta: float | None  # seconds left, None until it can be estimated

    @property
    def remaining(self) -> int:
        return self.total - self.answered

    @property
    def rate(self) -> float:
        return self.answered / self.elapsed if self.elapsed > 0 else 0.0


@dataclass
class RunSummary:
    run_id: int | None
    state: str
    succeeded: int
    refused: int
    failed: int
    skipped: int
    pending: int
    elapsed: float
    results: list[EditResult] = field(default_factory=list)

    @property
    def failures(self) -> int:
        return self.refused + self.failed


class BulkRunner:
    """Runs `edits` with at most `concurrency` requests in flight."""

    def __init__(self, edits: Sequence[PlannedEdit], call: Call, *, journal: J.Journal | None = None,
                 concurrency: int = 8, kind: str = J.KIND_BULK, user: str = "", server: str = "",
                 description: str = "", undo_of: int | None = None, run_id: int | None = None,
                 interrupt_exceptions: tuple[type[BaseException], ...] = (),
                 on_progress: Callable[[RunProgress], None] | None = None,
                 on_result: Callable[[EditResult], None] | None = None,
                 on_paused: Callable[[bool], None] | None = None,
                 on_finished: Callable[[RunSummary], None] | None = None,
                 initial_results: dict[int, EditResult] | None = None) -> None:
        self.edits = list(edits)
        self.call = call
        self.journal = journal
        self.concurrency = max(1, int(concurrency))
        self.kind, self.user, self.server = kind, user, server
        self.description, self.undo_of = description, undo_of
        self.run_id = run_id
        self.interrupt_exceptions = interrupt_exceptions
        self.on_progress, self.on_result = on_progress, on_result
        self.on_paused, self.on_finished = on_paused, on_finished
        #: index in `edits` -> its latest result (edits never answered have none)
        self.results: dict[int, EditResult] = dict(initial_results or {})
        self.state = IDLE
        self._queue: deque[int] = deque()
        self._resume = asyncio.Event()
        self._resume.set()
        self._cancel_requested = False
        self._interrupted = False
        self._in_flight = 0
        self._pass_total = 0
        self._pass_answered = 0
        self._active_time = 0.0
        self._active_since: float | None = None
        self._pause_count = 0

    # -- public ----------------------------------------------------------------------------------
    async def run(self) -> RunSummary:
        """Sends every edit not answered yet (all of them, the first time)."""
        todo = [i for i in range(len(self.edits)) if i not in self.results
                or self.results[i].status in J.UNSENT]
        return await self._run_pass(todo)

    async def resume(self) -> RunSummary:
        """Continues an interrupted run where it stopped."""
        return await self.run()

    async def retry_failures(self) -> RunSummary:
        """Sends again only the edits that were refused or failed."""
        todo = [i for i, r in sorted(self.results.items()) if r.status in J.FAILURES]
        return await self._run_pass(todo)

    def cancel(self) -> None:
        """Stops sending new edits; those in flight finish and get their result."""
        if self.state in (RUNNING, PAUSED):
            self._cancel_requested = True
            self.state = CANCELLING
            self._resume.set()  # paused workers wake up to leave
            self._emit_progress()

    @property
    def paused(self) -> bool:
        return not self._resume.is_set()

    @property
    def pause_count(self) -> int:
        """How many times the run paused for a re-login (tests check there was one, not one per edit)."""
        return self._pause_count

    def failed_results(self) -> list[EditResult]:
        return [r for r in self.results.values() if r.status in J.FAILURES]

    def summary(self) -> RunSummary:
        counts = self._counts()
        pending = len(self.edits) - len(self.results) + counts.get(J.PENDING, 0)
        return RunSummary(self.run_id, self.state, counts.get(J.DONE, 0), counts.get(J.REFUSED, 0),
                          counts.get(J.FAILED, 0), counts.get(J.SKIPPED, 0), pending, self._elapsed(),
                          [self.results[i] for i in sorted(self.results)])

    def progress(self) -> RunProgress:
        counts = self._counts()
        elapsed = self._elapsed()
        eta = None
        if self._pass_answered and elapsed > 0:
            eta = (self._pass_total - self._pass_answered) * elapsed / self._pass_answered
        return RunProgress(self._pass_total, self._pass_answered, counts.get(J.DONE, 0),
                           counts.get(J.REFUSED, 0), counts.get(J.FAILED, 0), counts.get(J.SKIPPED, 0),
                           self._in_flight, self.state, elapsed, eta)

    # -- the pass --------------------------------------------------------------------------------
    async def _run_pass(self, todo: list[int]) -> RunSummary:
        if self.state in (RUNNING, PAUSED, CANCELLING):
            raise RuntimeError("the run is already going")
        await self._ensure_journaled()
        self._queue = deque(todo)
        self._pass_total, self._pass_answered = len(todo), 0
        self._active_time, self._active_since = 0.0, time.monotonic()
        self._cancel_requested = self._interrupted = False
        self._resume.set()
        self.state = RUNNING
        if self.journal is not None and self.run_id is not None:
            await self.journal.run_in_thread(self.journal.set_run_status, self.run_id, J.RUNNING)
        self._emit_progress()
        workers = [asyncio.ensure_future(self._worker()) for _ in range(min(self.concurrency, len(todo)) or 1)]
        try:
            await asyncio.gather(*workers)
        except BaseException:
            for w in workers:
                w.cancel()
            raise
        self._stop_clock()
        if self._cancel_requested:
            self.state = CANCELLED
            for i in self._queue:
                self.results[i] = EditResult(self.edits[i], J.SKIPPED)
            self._queue.clear()
            final = J.CANCELLED
        elif self._interrupted:
            self.state = INTERRUPTED
            final = J.INTERRUPTED
        else:
            self.state = FINISHED
            final = J.FINISHED
        if self.journal is not None and self.run_id is not None:
            if final == J.CANCELLED:
                await self.journal.run_in_thread(self.journal.skip_unsent, self.run_id)
            await self.journal.run_in_thread(self.journal.set_run_status, self.run_id, final)
        self._emit_progress()
        summary = self.summary()
        if self.on_finished:
            self.on_finished(summary)
        return summary

    async def _ensure_journaled(self) -> None:
        if self.journal is None or self.run_id is not None:
            return
        rows = [(e.op, e.number_id, e.numero, e.before, e.after) for e in self.edits]
        self.run_id, ids = await self.journal.run_in_thread(
            lambda: self.journal.start_run(kind=self.kind, user=self.user, server=self.server,  # type: ignore[union-attr]
                                           description=self.description, changes=rows,
                                           undo_of=self.undo_of))
        for edit, change_id in zip(self.edits, ids, strict=True):
            edit.change_id = change_id

    async def _worker(self) -> None:
        while True:
            await self._resume.wait()
            if self._cancel_requested or self._interrupted or not self._queue:
                return
            index = self._queue.popleft()
            edit = self.edits[index]
            self._in_flight += 1
            try:
                if self.journal is not None and edit.change_id is not None:
                    await self.journal.run_in_thread(self.journal.mark_sending, edit.change_id)
                result = await self._send(edit)
            finally:
                self._in_flight -= 1
            if result is None:  # interrupted: not answered, back to the queue for `resume()`
                self._queue.appendleft(index)
                if self.journal is not None and edit.change_id is not None:
                    await self.journal.run_in_thread(self.journal.record_result, edit.change_id, J.PENDING)
                self.results[index] = EditResult(edit, J.PENDING)
                continue
            self.results[index] = result
            self._pass_answered += 1
            if self.journal is not None and edit.change_id is not None:
                await self.journal.run_in_thread(
                    lambda r=result, e=edit: self.journal.record_result(  # type: ignore[union-attr]
                        e.change_id, r.status, code=r.code, message=r.message, field=r.field,
                        number_id=r.new_id))
            if self.on_result:
                self.on_result(result)
            self._emit_progress()

    async def _send(self, edit: PlannedEdit) -> EditResult | None:
        from app.api import ApiError, NumberChanges, TokenError, TransportError

        async def op(client: Any) -> Any:
            try:
                changes = NumberChanges(**edit.after)
                if edit.op == OP_ADD:
                    return await client.add_number(changes)
                return await client.edit_number(edit.number_id, changes)
            except TokenError:
                self._pause()  # the caller re-logs in (once for everyone) and calls `op` again
                raise

        try:
            answer = await self.call(op)
        except (TokenError, *self.interrupt_exceptions) as exc:
            log.info("run %s interrupted: %r", self.run_id, exc)
            self._interrupt()
            return None
        except TransportError as exc:
            self._unpause()
            return EditResult(edit, J.FAILED, exc, exc.code, exc.message, exc.field)
        except ApiError as exc:
            self._unpause()
            if edit.op == OP_ADD and edit.maybe_sent and exc.code == "0304":
                # sent before a crash: the « already taken » may be our own add that went through
                existing = await self._own_number(edit.numero)
                if existing is not None:
                    edit.number_id = existing.id
                    return EditResult(edit, J.DONE, new_id=existing.id)
            return EditResult(edit, J.REFUSED, exc, exc.code, exc.message, exc.field)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug must not lose the run: recorded as a failure, logged
            log.exception("unexpected error sending change %s", edit.change_id)
            self._unpause()
            return EditResult(edit, J.FAILED, exc, None, str(exc) or type(exc).__name__, None)
        self._unpause()
        new_id = answer if edit.op == OP_ADD and isinstance(answer, int) else None
        if new_id is not None:
            edit.number_id = new_id
        return EditResult(edit, J.DONE, new_id=new_id)

    async def _own_number(self, numero: str) -> Any:
        from app.api import ApiError

        try:
            found = await self.call(lambda c: c.numbers(numero=numero))
        except ApiError:
            return None
        return next((n for n in found if n.numero == numero), None)

    # -- pause / interrupt -------------------------------------------------------------------------
    def _pause(self) -> None:
        if self._resume.is_set() and not self._cancel_requested:
            self._resume.clear()
            self._pause_count += 1
            self.state = PAUSED
            self._stop_clock()
            if self.on_paused:
                self.on_paused(True)
            self._emit_progress()

    def _unpause(self) -> None:
        if not self._resume.is_set():
            self._resume.set()
            self.state = CANCELLING if self._cancel_requested else RUNNING
            self._active_since = time.monotonic()
            if self.on_paused:
                self.on_paused(False)

    def _interrupt(self) -> None:
        self._interrupted = True
        self._resume.set()  # waiting workers wake up and leave
        if self.on_paused:
            self.on_paused(False)

    # -- helpers ---------------------------------------------------------------------------------
    def _stop_clock(self) -> None:
        if self._active_since is not None:
            self._active_time += time.monotonic() - self._active_since
            self._active_since = None

    def _elapsed(self) -> float:
        running = time.monotonic() - self._active_since if self._active_since is not None else 0.0
        return self._active_time + running

    def _counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for r in self.results.values():
            counts[r.status] = counts.get(r.status, 0) + 1
        return counts

    def _emit_progress(self) -> None:
        if self.on_progress:
            self.on_progress(self.progress())


def runner_from_journal(journal: J.Journal, run_id: int, call: Call, **kwargs: Any) -> BulkRunner:
    """A runner for a run read back from the journal (crash recovery, or « Reprendre »)."""
    from ._plan import PlannedEdit

    run = journal.run(run_id)
    if run is None:
        raise KeyError(run_id)
    edits: list[PlannedEdit] = []
    results: dict[int, EditResult] = {}
    for i, rec in enumerate(journal.changes(run_id=run_id)):
        edit = PlannedEdit(number_id=rec.number_id, numero=rec.numero, after=rec.after, before=rec.before,
                           op=rec.op, change_id=rec.id, maybe_sent=rec.status == J.SENDING)
        edits.append(edit)
        if rec.status not in J.UNSENT:
            results[i] = EditResult(edit, rec.status, None, rec.code, rec.message, rec.field,
                                    rec.number_id if rec.op == OP_ADD else None)
    kwargs.setdefault("kind", run.kind)
    kwargs.setdefault("user", run.user)
    kwargs.setdefault("server", run.server)
    kwargs.setdefault("description", run.description)
    kwargs.setdefault("undo_of", run.undo_of)
    return BulkRunner(edits, call, journal=journal, run_id=run_id, initial_results=results, **kwargs)
