"""Undo: revert journaled changes by sending the old values we knew, after checking the server.

A field can be reverted only if its old value was known when the change was made (the server sent
it). Before reverting, the numbers are read again: when the server's current value of a field differs
from what we set, someone changed it since — a *conflict*, left alone unless the user confirms.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import _journal as J
from ._fields import is_known, number_value, same_value
from ._plan import OP_ADD, PlannedEdit, warnings_for
from ._runner import Call

# Reasons a change cannot be undone
ALREADY_UNDONE = "already_undone"
NOT_APPLIED = "not_applied"  # refused, failed or never sent: nothing to revert
ADDED = "added"  # the API cannot delete a number
UNKNOWN_BEFORE = "unknown_before"  # none of the old values was known
MISSING = "missing"  # the number is no longer in the company's list
NOTHING_TO_DO = "nothing_to_do"  # the server already holds the old values


@dataclass
class Conflict:
    edit: PlannedEdit
    fields: dict[str, tuple[Any, Any]]  # field -> (what we set, what the server holds now)


@dataclass
class UndoPlan:
    edits: list[PlannedEdit] = field(default_factory=list)  # safe to send
    conflicts: list[Conflict] = field(default_factory=list)  # sent only if the user confirms
    impossible: list[tuple[J.ChangeRecord, str]] = field(default_factory=list)
    partial: list[tuple[J.ChangeRecord, list[str]]] = field(default_factory=list)  # fields not revertible

    def to_send(self, *, with_conflicts: bool) -> list[PlannedEdit]:
        return self.edits + ([c.edit for c in self.conflicts] if with_conflicts else [])


def plan_undo(records: Iterable[J.ChangeRecord], current: Mapping[int, Any]) -> UndoPlan:
    """What reverting `records` would send, given `current` (number id -> Number as read now)."""
    plan = UndoPlan()
    groups: dict[int, list[J.ChangeRecord]] = {}
    for rec in records:
        if rec.status != J.DONE:
            plan.impossible.append((rec, NOT_APPLIED))
        elif rec.undone_by is not None:
            plan.impossible.append((rec, ALREADY_UNDONE))
        elif rec.op == OP_ADD:
            plan.impossible.append((rec, ADDED))
        elif rec.number_id is None:
            plan.impossible.append((rec, MISSING))
        else:
            groups.setdefault(rec.number_id, []).append(rec)
    for number_id, recs in groups.items():
        recs.sort(key=lambda r: (r.run_id, r.seq))
        revert: dict[str, Any] = {}  # field -> the oldest known value
        we_set: dict[str, Any] = {}  # field -> the newest value we sent
        for rec in recs:
            unknown = [f for f in rec.after if f not in rec.before]
            if unknown:
                plan.partial.append((rec, unknown))
            for f, value in rec.before.items():
                revert.setdefault(f, value)
            we_set.update(rec.after)
        number = current.get(number_id)
        if number is None:
            plan.impossible.extend((rec, MISSING) for rec in recs)
            continue
        if not revert:
            plan.impossible.extend((rec, UNKNOWN_BEFORE) for rec in recs)
            continue
        after: dict[str, Any] = {}
        before: dict[str, Any] = {}
        conflicts: dict[str, tuple[Any, Any]] = {}
        for f, old in revert.items():
            known = is_known(number, f)
            now = number_value(number, f)
            if known and same_value(f, now, old):
                continue  # already back to the old value
            after[f] = old
            if known:
                before[f] = now
                if f in we_set and not same_value(f, now, we_set[f]):
                    conflicts[f] = (we_set[f], now)
        if not after:
            plan.impossible.extend((rec, NOTHING_TO_DO) for rec in recs)
            continue
        edit = PlannedEdit(number_id=number_id, numero=number.numero or recs[-1].numero, after=after,
                           before=before, warnings=warnings_for(after, before, number), number=number,
                           undoes=[r.id for r in recs])
        if conflicts:
            plan.conflicts.append(Conflict(edit, conflicts))
        else:
            plan.edits.append(edit)
    return plan


async def reread_numbers(call: Call, keys: Sequence[tuple[int | None, str]], *,
                         concurrency: int = 8, one_listing_above: int = 20) -> list[Any]:
    """The numbers (id, numéro) as the server holds them now.

    A few numbers: one filtered listing each (numéro filter, then the exact id); many: one listing of
    the whole company, which is cheaper than hundreds of requests. Numbers that no longer exist are
    left out.
    """
    from app.api import NoMatchError

    ids = {i for i, _ in keys if i is not None}
    numeros = {n for i, n in keys if i is None and n}
    if not keys:
        return []
    if len(keys) > one_listing_above:
        everything = await call(lambda c: c.numbers())
        return [n for n in everything if n.id in ids or (n.id not in ids and n.numero in numeros)]
    semaphore = asyncio.Semaphore(concurrency)

    async def one(number_id: int | None, numero: str) -> Any:
        async with semaphore:
            try:
                found = await call(lambda c: c.numbers(numero=numero))
            except NoMatchError:
                return None
        for n in found:
            if (number_id is not None and n.id == number_id) or (number_id is None and n.numero == numero):
                return n
        return None

    found = await asyncio.gather(*(one(i, n) for i, n in keys))
    return [n for n in found if n is not None]


async def current_for(call: Call, records: Sequence[J.ChangeRecord]) -> dict[int, Any]:
    """number id -> Number now, for the numbers of `records` (by id, or by numéro for the new id of an add)."""
    keys: dict[int, str] = {}
    for rec in records:
        if rec.number_id is not None:
            numero = rec.after.get("numero") or rec.numero  # a renumbered number is found by its new numéro
            keys[rec.number_id] = str(numero)
    numbers = await reread_numbers(call, list(keys.items()))
    return {n.id: n for n in numbers}


def undo_description(records: Sequence[J.ChangeRecord]) -> str:
    runs = sorted({r.run_id for r in records})
    return "undo of run " + ", ".join(str(r) for r in runs)

