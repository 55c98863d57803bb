"""What a change will do, computed before anything is sent: per number and field, before → after,
with warnings on the risky ones. Bulk edit, spreadsheet import and undo all produce a `Plan`; the
preview shows it and the runner sends it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._fields import BY_NAME, is_known, number_value, same_value

# Warning kinds (the UI words them)
DEACTIVATED = "deactivated"  # the number stops answering
INBOUND_OFF = "inbound_off"  # inbound calls switched off
INVALID_FORWARD = "invalid_forward"  # forwarding to a number that is not a valid phone number
FORWARD_WITHOUT_NUMBER = "forward_without_number"  # mode « renvoi » with no number to forward to
HOURS_ORDER = "hours_order"  # the start hour would not be before the end hour (server refuses)
DATES_ORDER = "dates_order"  # the period would start after it ends (server refuses)
UNKNOWN_BEFORE = "unknown_before"  # the server did not send the old value: undo cannot restore it

OP_EDIT = "edit"
OP_ADD = "add"


@dataclass(frozen=True)
class PlanWarning:
    kind: str
    field: str
    value: Any = None


@dataclass
class PlannedEdit:
    """One request: an edit of one number (or an add), with the values it sends."""

    number_id: int | None
    numero: str
    after: dict[str, Any]  # fields sent; None = clear
    before: dict[str, Any] = field(default_factory=dict)  # old values that were known
    warnings: list[PlanWarning] = field(default_factory=list)
    op: str = OP_EDIT
    number: Any = None  # the Number as it was read, if any
    change_id: int | None = None  # the journal row, once written
    row: int | None = None  # the spreadsheet row it came from (imports)
    undoes: list[int] = field(default_factory=list)  # journal change ids this edit reverts (undo)
    maybe_sent: bool = False  # sent before a crash, answer unknown (an add may already exist)

    @property
    def fields(self) -> list[str]:
        return list(self.after)

    def before_text_known(self, name: str) -> bool:
        return name in self.before


@dataclass
class Problem:
    """A row of an import (or a number of a bulk edit) that cannot be sent, and why."""

    row: int | None  # spreadsheet row (1 = header), if any
    numero: str
    column: str | None
    value: str | None
    message: str  # a short English note for the log; the UI words the problem from kind/field/code
    kind: str = "invalid"  # invalid | unknown_number | duplicate | no_key
    field: str | None = None
    code: str | None = None  # the client's error code for an invalid cell


@dataclass
class Plan:
    edits: list[PlannedEdit] = field(default_factory=list)
    unchanged: list[Any] = field(default_factory=list)  # numbers that already hold the values
    problems: list[Problem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def warning_count(self) -> int:
        return sum(len(e.warnings) for e in self.edits)

    def field_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for edit in self.edits:
            for name in edit.after:
                counts[name] = counts.get(name, 0) + 1
        return counts


def _valid_number(digits: str) -> bool:
    from app.phone import is_valid_number

    try:
        return bool(is_valid_number(digits))
    except Exception:  # a phone library hiccup must not break the preview
        return False


def warnings_for(after: Mapping[str, Any], before: Mapping[str, Any], number: Any = None) -> list[PlanWarning]:
    """The risky parts of setting `after` on a number whose current values are `before`/`number`."""
    out: list[PlanWarning] = []

    def current(name: str) -> Any:
        if name in after:
            return after[name]
        if name in before:
            return before[name]
        return number_value(number, name) if number is not None else None

    if "etat" in after and after["etat"] is False and before.get("etat") is not False:
        out.append(PlanWarning(DEACTIVATED, "etat"))
    if ("active_appel_entrant" in after and after["active_appel_entrant"] is False
            and before.get("active_appel_entrant") is not False):
        out.append(PlanWarning(INBOUND_OFF, "active_appel_entrant"))
    forward = after.get("num_renvoi")
    if forward and not _valid_number(str(forward)):
        out.append(PlanWarning(INVALID_FORWARD, "num_renvoi", forward))
    if ("type_repondeur" in after or "num_renvoi" in after) and current("type_repondeur") == "Ren" \
            and not current("num_renvoi"):
        out.append(PlanWarning(FORWARD_WITHOUT_NUMBER, "num_renvoi"))
    if "hour_debut" in after or "hour_fin" in after:
        start, end = current("hour_debut"), current("hour_fin")
        if isinstance(start, dt.time) and isinstance(end, dt.time) and start >= end:
            out.append(PlanWarning(HOURS_ORDER, "hour_fin" if "hour_fin" in after else "hour_debut"))
    if "date_debut" in after or "date_fin" in after:
        start, end = current("date_debut"), current("date_fin")
        if isinstance(start, dt.date) and isinstance(end, dt.date) and start > end:
            out.append(PlanWarning(DATES_ORDER, "date_fin" if "date_fin" in after else "date_debut"))
    return out


def canonical(values: Mapping[str, Any]) -> dict[str, Any]:
    """Values read the way the client reads them ("9:30" -> time(9, 30), "FR_01" -> "fr_01")."""
    from app.api import NumberChanges

    unknown = [k for k in values if k not in BY_NAME]
    if unknown:
        raise KeyError(unknown[0])
    return dict(NumberChanges(**values).fields)


def plan_edit(number: Any, values: Mapping[str, Any]) -> PlannedEdit | None:
    """The edit that sets `values` on `number`, keeping only the fields that really change.

    A field the server did not send for this number is always sent (we cannot know it is the same).
    None when nothing changes.
    """
    after: dict[str, Any] = {}
    before: dict[str, Any] = {}
    for name, new in canonical(values).items():
        if name not in BY_NAME:
            raise KeyError(name)
        known = is_known(number, name)
        old = number_value(number, name)
        if known and same_value(name, old, new):
            continue
        after[name] = new
        if known:
            before[name] = old
    if not after:
        return None
    return PlannedEdit(number_id=number.id, numero=number.numero, after=after, before=before,
                       warnings=warnings_for(after, before, number), number=number)


def plan_bulk(numbers: Iterable[Any], values: Mapping[str, Any]) -> Plan:
    """The same values for every number (bulk edit)."""
    return plan_per_number((n, values) for n in numbers)


def plan_per_number(pairs: Iterable[tuple[Any, Mapping[str, Any]]]) -> Plan:
    plan = Plan()
    for number, values in pairs:
        edit = plan_edit(number, values)
        if edit is None:
            plan.unchanged.append(number)
        else:
            plan.edits.append(edit)
    return plan


def plan_add(values: Mapping[str, Any]) -> PlannedEdit:
    values = {k: v for k, v in values.items() if k == "telephon" or k in BY_NAME}
    after = {k: v for k, v in values.items() if k != "numero"}
    numero = str(values["numero"])
    return PlannedEdit(number_id=None, numero=numero, after={"numero": numero, **after}, op=OP_ADD,
                       warnings=warnings_for(after, {}))
