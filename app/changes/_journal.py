"""The change journal: every change the application sends, written before it is sent and after its
answer, in one SQLite file in the user's data folder.

Why SQLite: a crash (or a killed process) in the middle of a bulk run must lose nothing. Each write is
its own committed transaction in WAL mode, which survives the application dying at any instruction
(``synchronous=NORMAL`` only risks the last transactions on a power cut of the whole machine, which
the resume logic tolerates: a change without a recorded answer is simply sent again, and sending the
same values twice is harmless). A run's planned changes are all written, as ``pending``, in one
transaction before the first one is sent; each change is then marked ``sending`` before its request
and gets its result after the answer.

The connection is used from one worker thread (`Journal.run_in_thread`) so that the event loop never
waits on the disk; the synchronous methods stay usable directly (tests, the recovery prompt, the
subprocess of the crash test), guarded by a lock.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from app import paths

from ._fields import dumps_fields, loads_fields

T = TypeVar("T")

JOURNAL_FILE = "journal.sqlite3"

# Change statuses
PENDING = "pending"  # planned, not sent yet
SENDING = "sending"  # request sent, no answer recorded (after a crash: unknown; sent again on resume)
DONE = "done"
REFUSED = "refused"  # the server answered ko (validation, unknown id...)
FAILED = "failed"  # no usable answer (network, server error)
SKIPPED = "skipped"  # never sent: the run was cancelled first
CHANGE_STATUSES = (PENDING, SENDING, DONE, REFUSED, FAILED, SKIPPED)
UNSENT = (PENDING, SENDING)
FAILURES = (REFUSED, FAILED)

# Run statuses
RUNNING = "running"  # in progress, or the application died during it
INTERRUPTED = "interrupted"  # stopped before the end (re-login refused, window closed): resumable
FINISHED = "finished"
CANCELLED = "cancelled"  # the user pressed « Annuler »: what was not sent is skipped
DROPPED = "dropped"  # an interrupted run the user chose not to resume
UNFINISHED = (RUNNING, INTERRUPTED)

# Run kinds
KIND_EDIT = "edit"  # one number from the form
KIND_ADD = "add"
KIND_BULK = "bulk"
KIND_IMPORT = "import"
KIND_UNDO = "undo"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    user TEXT NOT NULL,
    server TEXT NOT NULL,
    kind TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    undo_of INTEGER REFERENCES runs(id)
);
CREATE TABLE IF NOT EXISTS changes (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    seq INTEGER NOT NULL,
    op TEXT NOT NULL,              -- 'edit' or 'add'
    number_id INTEGER,             -- NULL for an add until the server gives the id
    numero TEXT NOT NULL,
    before TEXT NOT NULL,          -- JSON: the old values that were known (fields the server sent)
    after TEXT NOT NULL,           -- JSON: the values sent (null = cleared)
    status TEXT NOT NULL,
    code TEXT, message TEXT, field TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    sent_at TEXT,
    answered_at TEXT,
    undone_by INTEGER REFERENCES runs(id)
);
CREATE INDEX IF NOT EXISTS changes_run ON changes(run_id, seq);
CREATE INDEX IF NOT EXISTS changes_number ON changes(numero);
CREATE INDEX IF NOT EXISTS runs_status ON runs(status);
"""


def now() -> str:
    """Local time with its offset, to the second: what the history shows."""
    return dt.datetime.now().astimezone().replace(microsecond=0).isoformat()


def default_path() -> Path:
    return paths.data_dir() / JOURNAL_FILE


@dataclass
class RunRecord:
    id: int
    started_at: str
    finished_at: str | None
    user: str
    server: str
    kind: str
    description: str
    status: str
    undo_of: int | None
    counts: dict[str, int] = field(default_factory=dict)  # change status -> how many

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def unsent(self) -> int:
        return sum(self.counts.get(s, 0) for s in UNSENT)

    @property
    def failures(self) -> int:
        return sum(self.counts.get(s, 0) for s in FAILURES)

    @property
    def started(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.started_at)


@dataclass
class ChangeRecord:
    id: int
    run_id: int
    seq: int
    op: str
    number_id: int | None
    numero: str
    before: dict[str, Any]
    after: dict[str, Any]
    status: str
    code: str | None
    message: str | None
    field: str | None
    attempts: int
    sent_at: str | None
    answered_at: str | None
    undone_by: int | None = None
    # from the run, for the history
    run_kind: str = ""
    run_started_at: str = ""
    user: str = ""
    server: str = ""


class Journal:
    """The journal file. One instance per file; safe to use from the loop and its worker thread."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.executescript(_SCHEMA)
        self._executor: ThreadPoolExecutor | None = None

    # -- plumbing --------------------------------------------------------------------------------
    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        with self._lock:
            self._db.close()

    async def run_in_thread(self, fn: Callable[..., T], *args: Any) -> T:
        """Runs one of the methods below in the journal's own thread (the loop never waits on disk)."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal")
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    def _write(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        with self._lock:
            return self._db.execute(sql, params)

    # -- writing ---------------------------------------------------------------------------------
    def start_run(self, *, kind: str, user: str, server: str, description: str,
                  changes: Iterable[tuple[str, int | None, str, dict[str, Any], dict[str, Any]]],
                  undo_of: int | None = None) -> tuple[int, list[int]]:
        """Writes a run and all its planned changes ``(op, number_id, numero, before, after)`` at once.

        Returns the run id and the change ids, in the order given.
        """
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                cur = self._db.execute(
                    "INSERT INTO runs(started_at, user, server, kind, description, status, undo_of)"
                    " VALUES (?,?,?,?,?,?,?)",
                    (now(), user, server, kind, description, RUNNING, undo_of))
                run_id = int(cur.lastrowid or 0)
                ids: list[int] = []
                for seq, (op, number_id, numero, before, after) in enumerate(changes):
                    cur = self._db.execute(
                        "INSERT INTO changes(run_id, seq, op, number_id, numero, before, after, status)"
                        " VALUES (?,?,?,?,?,?,?,?)",
                        (run_id, seq, op, number_id, numero, dumps_fields(before), dumps_fields(after),
                         PENDING))
                    ids.append(int(cur.lastrowid or 0))
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return run_id, ids

    def mark_sending(self, change_id: int) -> None:
        self._write("UPDATE changes SET status=?, sent_at=?, attempts=attempts+1 WHERE id=?",
                    (SENDING, now(), change_id))

    def record_result(self, change_id: int, status: str, *, code: str | None = None,
                      message: str | None = None, field: str | None = None,
                      number_id: int | None = None) -> None:
        if status not in CHANGE_STATUSES:
            raise ValueError(status)
        if number_id is not None:
            self._write("UPDATE changes SET status=?, code=?, message=?, field=?, answered_at=?,"
                        " number_id=? WHERE id=?",
                        (status, code, message, field, now(), number_id, change_id))
        else:
            self._write("UPDATE changes SET status=?, code=?, message=?, field=?, answered_at=?"
                        " WHERE id=?", (status, code, message, field, now(), change_id))

    def skip_unsent(self, run_id: int) -> None:
        """After « Annuler »: what was never sent is recorded as skipped."""
        self._write("UPDATE changes SET status=? WHERE run_id=? AND status=?", (SKIPPED, run_id, PENDING))

    def set_run_status(self, run_id: int, status: str) -> None:
        finished = None if status in UNFINISHED else now()
        self._write("UPDATE runs SET status=?, finished_at=? WHERE id=?", (status, finished, run_id))

    def mark_undone(self, change_ids: Iterable[int], undo_run_id: int) -> None:
        with self._lock:
            self._db.executemany("UPDATE changes SET undone_by=? WHERE id=?",
                                 [(undo_run_id, cid) for cid in change_ids])

    def drop_run(self, run_id: int) -> None:
        """The user chose not to resume: what was not sent is skipped, the run is closed."""
        self.skip_unsent(run_id)
        self._write("UPDATE changes SET status=? WHERE run_id=? AND status=?", (SKIPPED, run_id, SENDING))
        self.set_run_status(run_id, DROPPED)

    # -- reading ---------------------------------------------------------------------------------
    def _counts(self, run_ids: Sequence[int]) -> dict[int, dict[str, int]]:
        out: dict[int, dict[str, int]] = {rid: {} for rid in run_ids}
        if not run_ids:
            return out
        marks = ",".join("?" * len(run_ids))
        with self._lock:
            rows = self._db.execute(
                f"SELECT run_id, status, COUNT(*) FROM changes WHERE run_id IN ({marks})"
                " GROUP BY run_id, status", list(run_ids)).fetchall()
        for run_id, status, count in rows:
            out[run_id][status] = count
        return out

    def _run(self, row: sqlite3.Row, counts: dict[str, int]) -> RunRecord:
        return RunRecord(row["id"], row["started_at"], row["finished_at"], row["user"], row["server"],
                         row["kind"], row["description"], row["status"], row["undo_of"], counts)

    def run(self, run_id: int) -> RunRecord | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM runs WHERE id=?", (run_id,)).fetchone()
        return None if row is None else self._run(row, self._counts([run_id])[run_id])

    def runs(self, *, statuses: Sequence[str] | None = None, server: str | None = None,
             user: str | None = None, limit: int | None = None) -> list[RunRecord]:
        """Runs, newest first."""
        sql, params = "SELECT * FROM runs WHERE 1=1", []
        if statuses:
            sql += f" AND status IN ({','.join('?' * len(statuses))})"
            params += list(statuses)
        if server is not None:
            sql += " AND server=?"
            params.append(server)
        if user is not None:
            sql += " AND user=?"
            params.append(user)
        sql += " ORDER BY id DESC"
        if limit:
            sql += f" LIMIT {int(limit)}"
        with self._lock:
            rows = self._db.execute(sql, params).fetchall()
        counts = self._counts([r["id"] for r in rows])
        return [self._run(r, counts[r["id"]]) for r in rows]

    def unfinished_runs(self, *, server: str | None = None, user: str | None = None) -> list[RunRecord]:
        """Runs a crash or an interruption left with changes not sent: offered for resuming."""
        return [r for r in self.runs(statuses=UNFINISHED, server=server, user=user) if r.unsent]

    def changes(self, *, run_id: int | None = None, numero: str | None = None,
                since: dt.date | None = None, until: dt.date | None = None,
                statuses: Sequence[str] | None = None, server: str | None = None,
                limit: int | None = None, newest_first: bool = False) -> list[ChangeRecord]:
        """Changes with their run's when/who/where; ``numero`` matches numbers containing it."""
        sql = ("SELECT c.*, r.kind AS run_kind, r.started_at AS run_started_at, r.user, r.server"
               " FROM changes c JOIN runs r ON r.id = c.run_id WHERE 1=1")
        params: list[Any] = []
        if run_id is not None:
            sql += " AND c.run_id=?"
            params.append(run_id)
        if numero:
            sql += " AND c.numero LIKE ?"
            params.append(f"%{numero}%")
        if since is not None:
            sql += " AND substr(COALESCE(c.sent_at, r.started_at), 1, 10) >= ?"
            params.append(since.isoformat())
        if until is not None:
            sql += " AND substr(COALESCE(c.sent_at, r.started_at), 1, 10) <= ?"
            params.append(until.isoformat())
        if statuses:
            sql += f" AND c.status IN ({','.join('?' * len(statuses))})"
            params += list(statuses)
        if server is not None:
            sql += " AND r.server=?"
            params.append(server)
        sql += " ORDER BY c.run_id DESC, c.seq" if newest_first else " ORDER BY c.run_id, c.seq"
        if limit:
            sql += f" LIMIT {int(limit)}"
        with self._lock:
            rows = self._db.execute(sql, params).fetchall()
        return [ChangeRecord(
            r["id"], r["run_id"], r["seq"], r["op"], r["number_id"], r["numero"],
            loads_fields(r["before"]), loads_fields(r["after"]), r["status"], r["code"], r["message"],
            r["field"], r["attempts"], r["sent_at"], r["answered_at"], r["undone_by"],
            r["run_kind"], r["run_started_at"], r["user"], r["server"]) for r in rows]
