"""The one table of the add/edit fields, and the checks the server makes on them.

``FIELDS`` follows the contract's add table, in its order (the first invalid field decides the
answer), and says for each field its API name, its name in a listing, its error code, whether JSON
``null`` may clear it, and how its value is read and written. ``NumberChanges.validate()``,
``validate_field()``, ``NumberChanges.to_payload()``, the listing parser and ``error_from_answer``
all read this table.

Values are read leniently (``"FR_01"`` -> ``"fr_01"``, ``"09:30"`` -> ``time(9, 30)``,
``"Ma,Lu"`` -> ``("Lu", "Ma")``, ``"true"`` -> ``True``) and then checked with the contract's rules.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from ._errors import ValidationError

__all__ = [
    "DAYS",
    "FIELDS",
    "FIELDS_BY_NAME",
    "FieldRule",
    "field_for_code",
    "validate_field",
]

#: Day codes in week order.
DAYS: Final = ("Lu", "Ma", "Me", "Je", "Ve", "Sa", "Di")
ALL_DAYS: Final = "All"

ZONE_CODES: Final = ("fr_01", "fr_02", "fr_03", "fr_04", "fr_05")

_DIGITS_8_15 = re.compile(r"[0-9]{8,15}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
_DATE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DATE_FR = re.compile(r"(\d{1,2})[-/](\d{1,2})[-/](\d{4})")
_INT = re.compile(r"[+-]?\d+")

_TRUE = frozenset({"true", "1"})
_FALSE = frozenset({"false", "0"})


class Invalid:
    """Marks a value that cannot be read: the field's check fails on it."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Final = Invalid()


# --- readers: a value as a caller (or a server) gives it -> its canonical Python value, or INVALID


def read_digits(value: object) -> Any:
    if isinstance(value, bool):
        return INVALID
    if isinstance(value, int) and value >= 0:
        return str(value)
    if isinstance(value, str):
        return value.strip()
    return INVALID


def read_zone(value: object) -> Any:
    return value.strip().lower() if isinstance(value, str) else INVALID


def read_bool(value: object) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    return INVALID


def read_text(value: object) -> Any:
    return value.strip() if isinstance(value, str) else INVALID


def _choice_reader(*choices: str) -> Callable[[object], Any]:
    canonical = {choice.lower(): choice for choice in choices}

    def read_choice(value: object) -> Any:
        if isinstance(value, str):
            return canonical.get(value.strip().lower(), INVALID)
        return INVALID

    return read_choice


def read_int(value: object) -> Any:
    if isinstance(value, bool):
        return INVALID
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _INT.fullmatch(value.strip()):
        return int(value.strip())
    return INVALID


def read_time(value: object) -> Any:
    if isinstance(value, dt.datetime):
        value = value.time()
    if isinstance(value, dt.time):
        return value.replace(microsecond=0, tzinfo=None)
    if isinstance(value, str):
        match = _TIME.fullmatch(value.strip())
        if match:
            hour, minute, second = (int(part) if part else 0 for part in match.groups())
            if hour < 24 and minute < 60 and second < 60:
                return dt.time(hour, minute, second)
    return INVALID


def read_date(value: object) -> Any:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        match = _DATE_ISO.fullmatch(text)
        if match:
            year, month, day = (int(part) for part in match.groups())
        else:
            match = _DATE_FR.fullmatch(text)
            if not match:
                return INVALID
            day, month, year = (int(part) for part in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            return INVALID
    return INVALID


_DAY_INDEX = {day.lower(): index for index, day in enumerate(DAYS)}


def read_days(value: object) -> Any:
    """``"All"`` -> ``("All",)``; ``"Ma,Lu"`` or ``["ma", "Lu"]`` -> ``("Lu", "Ma")``."""
    if isinstance(value, str):
        parts: list[object] = list(value.split(","))
    elif isinstance(value, Iterable) and not isinstance(value, (bytes, Mapping)):
        parts = list(value)
    else:
        return INVALID
    indexes: set[int] = set()
    every = False
    for part in parts:
        if not isinstance(part, str):
            return INVALID
        text = part.strip().lower()
        if text == "all":
            every = True
        elif text in _DAY_INDEX:
            indexes.add(_DAY_INDEX[text])
        else:
            return INVALID
    if every and not indexes:
        return (ALL_DAYS,)
    if every or not indexes:
        return INVALID  # "All" with days, or nothing at all
    return tuple(DAYS[index] for index in sorted(indexes))


# --- writers: canonical value -> JSON value of the payload


def _same(value: Any) -> Any:
    return value


def write_time(value: Any) -> Any:
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    return value


def write_date(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def write_days(value: Any) -> Any:
    if isinstance(value, tuple) and all(isinstance(part, str) for part in value):
        return ",".join(value)
    return value


# --- checks on a canonical value (None has been handled before)


def _length(low: int, high: int) -> Callable[[Any], bool]:
    return lambda value: isinstance(value, str) and low <= len(value) <= high


def _is_digits(value: Any) -> bool:
    return isinstance(value, str) and _DIGITS_8_15.fullmatch(value) is not None


def _is_email(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= 254 and _EMAIL.fullmatch(value) is not None


def _is_media_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _is_not_invalid(value: Any) -> bool:
    return value is not INVALID


@dataclass(frozen=True, slots=True)
class FieldRule:
    """One add/edit field: names, error code and message, clearability, reading and writing."""

    name: str  # snake_case, as in Number and NumberChanges
    api: str  # name in add/edit bodies
    listing: str  # name in a listing answer
    code: str  # the contract's error code
    message: str  # the server's messageErreur for that code
    clearable: bool  # JSON null clears it (the sandbox's rule)
    read: Callable[[object], Any]
    check: Callable[[Any], bool]
    write: Callable[[Any], Any] = _same


def _rule(
    name: str,
    api: str,
    code: str,
    message: str,
    read: Callable[[object], Any],
    check: Callable[[Any], bool] = _is_not_invalid,
    *,
    clearable: bool = False,
    write: Callable[[Any], Any] = _same,
    listing: str | None = None,
) -> FieldRule:
    return FieldRule(name, api, listing or api, code, message, clearable, read, check, write)


# fmt: off
#: The contract's add table, in its order; ``telephon`` (accepted, outside the table) comes last.
FIELDS: Final[tuple[FieldRule, ...]] = (
    _rule("numero", "numero", "0305", "invalid Numero", read_digits, _is_digits),
    _rule("code", "code", "0307", "invalid zone", read_zone, lambda v: v in ZONE_CODES),
    _rule("etat", "etat", "0301", "invalid etat", read_bool),
    _rule("info", "info", "0321", "invalid info", read_text, _length(0, 255), clearable=True),
    _rule("nom_porteur", "nomPorteur", "0308", "invalid porteur", read_text, _length(0, 100), clearable=True),
    _rule("email_porteur", "emailPorteur", "0322", "invalid email porteur", read_text, _is_email, clearable=True),
    _rule("compagne", "compagne", "0306", "invalid compagne", read_text, _length(2, 20), clearable=True, listing="Compagne"),
    _rule("type_repondeur", "type", "0309", "invalid type repondeur", _choice_reader("Rep", "Ren"), listing="typeRepondeur"),
    _rule("type_renvoi", "typeRenvoi", "0313", "invalid type renvoi", _choice_reader("Par", "Seq")),
    _rule("num_renvoi", "numRenvoi", "0303", "invalid telephon", read_digits, _is_digits, clearable=True),
    _rule("sonnerie", "sonnerie", "0324", "invalid sonnerie", read_int, lambda v: isinstance(v, int) and 0 <= v <= 300),
    _rule("hour_debut", "hourDebut", "0325", "invalid horaire", read_time, clearable=True, write=write_time),
    _rule("hour_fin", "hourFin", "0325", "invalid horaire", read_time, clearable=True, write=write_time),
    _rule("jours", "jours", "0326", "invalid jours", read_days, write=write_days),
    _rule("date_debut", "dateDebut", "0327", "invalid date", read_date, clearable=True, write=write_date),
    _rule("date_fin", "dateFin", "0327", "invalid date", read_date, clearable=True, write=write_date),
    _rule("active_appel_entrant", "activeAppelEntrant", "0311", "invalid etat appel entrant", read_bool),
    _rule("active_appel_sortant", "activeAppelSortant", "0312", "invalid etat appel sortant", read_bool),
    _rule("activer_enregistrement", "activerEnregistrement", "0318", "invalid etat appel enregistrement", read_bool),
    _rule("notification_email", "notificationEmail", "0315", "invalid etat appel notif email", read_bool),
    _rule("message_introduction", "messageIntroduction", "0328", "invalid message introduction", read_int, _is_media_id, clearable=True),
    _rule("message_enregistrement", "messageEnregistrement", "0329", "invalid message enregistrement", read_int, _is_media_id, clearable=True),
    _rule("music_attente", "musicAttente", "0317", "invalid Musique Attente", read_int, _is_media_id, clearable=True),
    _rule("playback", "playback", "0316", "invalid Musique playback", read_int, _is_media_id, clearable=True),
    _rule("repondeur", "repondeur", "0315", "invalid repondeur", read_int, _is_media_id, clearable=True),
    _rule("telephon", "telephon", "0302", "invalid type", read_int, lambda v: v in (0, 1, 2)),
)
# fmt: on

FIELDS_BY_NAME: Final[Mapping[str, FieldRule]] = {rule.name: rule for rule in FIELDS}

#: Other names a server may use for a field (the reference's typos).
API_ALIASES: Final[Mapping[str, str]] = {
    "musicAattente": "music_attente",
    "activerEnregistremennt": "activer_enregistrement",
}

_FIELD_BY_CODE: dict[str, str] = {}
for _r in FIELDS:
    _FIELD_BY_CODE.setdefault(_r.code, _r.name)  # pairs (0325, 0327) name their start field
_FIELD_BY_CODE["0304"] = "numero"  # taken: not a format rule, same field


def field_for_code(code: str) -> str | None:
    """The field an add/edit error code names (0304/0305 -> numero, 0325 -> hour_debut, ...)."""
    return _FIELD_BY_CODE.get(code)


def rule_error(rule: FieldRule) -> ValidationError:
    return ValidationError(rule.message, code=rule.code, field=rule.name)


def is_blank(value: object) -> bool:
    """``""`` (or only spaces) means the same as ``None``: clear the field."""
    return isinstance(value, str) and not value.strip()


def check_canonical(rule: FieldRule, value: Any) -> ValidationError | None:
    """The error for a value already read by ``rule.read`` (``None`` = clear), or None."""
    if value is None:
        return None if rule.clearable else rule_error(rule)
    if value is INVALID or not rule.check(value):
        return rule_error(rule)
    return None


def validate_field(name: str, value: object) -> ValidationError | None:
    """Checks one field's value the way the server would; returns the error, or None when valid.

    ``name`` is the snake_case name (``"num_renvoi"``); ``value`` as a form would give it
    (``None`` or ``""`` = clear). Pair rules (start before end) need both halves: ``validate()``.
    Raises ``KeyError`` for a name that is not an add/edit field.
    """
    rule = FIELDS_BY_NAME[name]
    return check_canonical(rule, normalise_value(rule, value))


def normalise_value(rule: FieldRule, value: object) -> Any:
    """A caller's value -> canonical (None for a clear, INVALID when it cannot be read)."""
    if value is None or is_blank(value):
        return None
    return rule.read(value)


def check_pair(
    start_rule: FieldRule,
    end_rule: FieldRule,
    start: Any,
    end: Any,
    end_sent: bool,
    *,
    strict: bool,
) -> ValidationError | None:
    """Start >= end (hours, ``strict``) or start > end (dates) -> the pair's error.

    The field named is the end when it was part of the change, else the start.
    """
    if start is None or end is None or start is INVALID or end is INVALID:
        return None
    if start > end or (strict and start == end):
        return rule_error(end_rule if end_sent else start_rule)
    return None
