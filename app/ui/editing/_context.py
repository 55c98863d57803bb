"""What the editing screens share: the service, the journal, the company's media and zones, and how
to push re-read numbers back into the window's table."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app import changes as ch
from app.ui import _settings
from app.ui._service import ApiService, ReloginCancelled

log = logging.getLogger(__name__)

_journals: dict[Path, ch.Journal] = {}


def shared_journal(path: Path | None = None) -> ch.Journal:
    """One `Journal` per file for the whole process (its writer thread serialises the writes)."""
    path = Path(path) if path else ch._journal.default_path()
    journal = _journals.get(path)
    if journal is None:
        journal = _journals[path] = ch.Journal(path)
    return journal


def server_key(service: ApiService) -> str:
    """Which server a journal entry belongs to. The embedded demo gets a new port at each start,
    so it is named, not addressed: its runs must still be found after a restart."""
    return "demo" if service.is_demo else service.base_url


class EditingContext(QObject):
    """Shared by the form, the bulk runner dialog, the history and the import."""

    numbersUpdated = Signal(list)  # numbers re-read from the server after a change

    def __init__(self, service: ApiService, window: Any = None, *, journal: ch.Journal | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else service)
        self.service = service
        self.window = window
        self._journal = journal
        self._media: list[Any] | None = None
        self._zones: list[Any] | None = None
        self.active_runs: list[Any] = []  # run dialogs in progress (a close guard asks about them)

    @property
    def journal(self) -> ch.Journal:
        if self._journal is None:
            self._journal = shared_journal()
        return self._journal

    @property
    def server(self) -> str:
        return server_key(self.service)

    @property
    def user(self) -> str:
        return self.service.login_name or ""

    def parent_widget(self) -> QWidget | None:
        return self.window if isinstance(self.window, QWidget) else None

    def concurrency(self) -> int:
        value = _settings.value(_settings.BULK_CONCURRENCY, 8, int)
        try:
            return max(1, min(32, int(value)))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return 8

    async def media(self, *, reload: bool = False) -> list[Any]:
        if self._media is None or reload:
            self._media = list(await self.service.call(lambda c: c.media()))
        return self._media

    async def zones(self) -> list[Any]:
        if self._zones is None:
            try:
                self._zones = list(await self.service.call(lambda c: c.zones()))
            except ReloginCancelled:
                raise
            except Exception:  # the form works with the built-in zone list
                log.warning("zones could not be read", exc_info=True)
                self._zones = []
        return self._zones

    def media_names(self) -> ch.MediaNames:
        return ch.MediaNames(self._media or [])

    def runner(self, edits: Sequence[ch.PlannedEdit], *, kind: str, description: str = "",
               undo_of: int | None = None, concurrency: int | None = None) -> ch.BulkRunner:
        return ch.BulkRunner(edits, self.service.call, journal=self.journal,
                             concurrency=concurrency or self.concurrency(), kind=kind, user=self.user,
                             server=self.server, description=description, undo_of=undo_of,
                             interrupt_exceptions=(ReloginCancelled,))

    def runner_for(self, run_id: int) -> ch.BulkRunner:
        return ch.runner_from_journal(self.journal, run_id, self.service.call,
                                      concurrency=self.concurrency(),
                                      interrupt_exceptions=(ReloginCancelled,))

    async def reread(self, edits: Sequence[ch.PlannedEdit]) -> list[Any]:
        """Reads the numbers of `edits` again and pushes them into the table."""
        keys = [(e.number_id, str(e.after.get("numero") or e.numero)) for e in edits]
        if not keys:
            return []
        numbers = await ch.reread_numbers(self.service.call, keys)
        self.push_numbers(numbers)
        return numbers

    def push_numbers(self, numbers: list[Any]) -> None:
        if not numbers:
            return
        model = getattr(self.window, "numbers_model", None)
        if model is not None:
            model.update_numbers(numbers)
        self.numbersUpdated.emit(numbers)
