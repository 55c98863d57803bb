"""The contract's validation rules: value formats, the add/edit field table, the listing filters.

Everything here is pure: what needs the database (is this numero taken? is this media usable?) comes
in as a callback, so that the order of checks is the contract's order whatever needs a lookup.

Formats (contract, "Values as they travel"):

- booleans: JSON ``true``/``false``/``0``/``1``, or the strings ``true``, ``false``, ``1``, ``0``
  (any case, surrounding blanks ignored);
- numbers made of digits: a string of ASCII digits, or a JSON integer;
- times ``HH:MM`` or ``HH:MM:SS`` (stored ``HH:MM:SS``); dates ``YYYY-MM-DD``, ``DD-MM-YYYY``,
  ``DD/MM/YYYY`` (stored ``YYYY-MM-DD``); ``jours`` ``All`` or a set of ``Lu,Ma,Me,Je,Ve,Sa,Di``
  (stored in week order);
- a JSON float is never an integer, and ``true`` is never the integer 1 except where a boolean is due.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ._errors import Ko

#: A parameter that was not sent (absent, or the empty string, which the contract reads as absent).
MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING"})()

ZONE_CODES = ("fr_01", "fr_02", "fr_03", "fr_04", "fr_05")
MEDIA_TYPES = {
    "R": "Repondeur",
    "ME": "Message Enregistrement",
    "PB": "play-back",
    "MI": "Message introduction",
    "MA": "Musique Attente",
}
DAYS = ("Lu", "Ma", "Me", "Je", "Ve", "Sa", "Di")

_DIGITS = {n: re.compile(rf"[0-9]{{{n[0]},{n[1]}}}") for n in ((8, 15), (4, 15), (1, 4), (1, 18))}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_TIME = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9]))?")
_DATE_FORMATS = (
    (re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"), "%Y-%m-%d"),
    (re.compile(r"[0-9]{2}-[0-9]{2}-[0-9]{4}"), "%d-%m-%Y"),
    (re.compile(r"[0-9]{2}/[0-9]{2}/[0-9]{4}"), "%d/%m/%Y"),
)


class Invalid(ValueError):
    """A value that does not have the expected format (the caller knows which code to answer)."""


def fold(text: str) -> str:
    """The form used for case-insensitive comparisons (also of accented letters, composed or not)."""
    return unicodedata.normalize("NFC", text).casefold()


def given(params: Mapping[str, Any], name: str) -> Any:
    """The value sent for `name`, or `MISSING` when absent or the empty string."""
    value = params.get(name, MISSING)
    return MISSING if isinstance(value, str) and value == "" else value


# --- value formats -------------------------------------------------------------------------------


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        text = value.strip().lower()
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
    raise Invalid(value)


def parse_digits(value: Any, low: int, high: int) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        value = str(value)
    if isinstance(value, str) and _DIGITS[(low, high)].fullmatch(value):
        return value
    raise Invalid(value)


def parse_id(value: Any) -> int:
    """A positive integer id: a JSON integer or a string of digits (``"147"``)."""
    number = int(parse_digits(value, 1, 18))
    if number <= 0:
        raise Invalid(value)
    return number


def parse_sonnerie(value: Any) -> int:
    seconds = int(parse_digits(value, 1, 4))
    if seconds > 300:
        raise Invalid(value)
    return seconds


def text(low: int, high: int) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        if isinstance(value, str) and low <= len(value) <= high:
            return value
        raise Invalid(value)

    return parse


def parse_email(value: Any) -> str:
    if isinstance(value, str) and len(value) <= 254 and _EMAIL.fullmatch(value):
        return value
    raise Invalid(value)


def choice(*options: str) -> Callable[[Any], str]:
    """One of `options`, compared without regard to case, answered in its canonical spelling."""
    canonical = {option.lower(): option for option in options}

    def parse(value: Any) -> str:
        if isinstance(value, str) and value.strip().lower() in canonical:
            return canonical[value.strip().lower()]
        raise Invalid(value)

    return parse


parse_zone = choice(*ZONE_CODES)
parse_mode = choice("Rep", "Ren")
parse_type_renvoi = choice("Par", "Seq")
parse_media_type = choice(*MEDIA_TYPES)
parse_number_type = choice("TE", "FA")


def parse_time(value: Any) -> str:
    match = _TIME.fullmatch(value) if isinstance(value, str) else None
    if not match:
        raise Invalid(value)
    hours, minutes, seconds = match.groups()
    return f"{hours}:{minutes}:{seconds or '00'}"


def parse_date(value: Any) -> str:
    if isinstance(value, str):
        for pattern, fmt in _DATE_FORMATS:
            if pattern.fullmatch(value):
                try:
                    return dt.datetime.strptime(value, fmt).date().isoformat()
                except ValueError:
                    break  # the right shape but no such day (31-02-2021)
    raise Invalid(value)


def parse_jours(value: Any) -> str:
    if not isinstance(value, str):
        raise Invalid(value)
    if value.strip().lower() == "all":
        return "All"
    by_name = {day.lower(): day for day in DAYS}
    chosen = set()
    for item in value.split(","):
        day = by_name.get(item.strip().lower())
        if day is None:
            raise Invalid(value)
        chosen.add(day)
    return ",".join(day for day in DAYS if day in chosen)


def parse_kind(value: Any) -> int:
    """`telephon`: 1 telephone; 2 (or 0, as the reference's listing table says) fax."""
    if isinstance(value, int) and not isinstance(value, bool) and value in (0, 1, 2):
        return 1 if value == 1 else 2
    if isinstance(value, str) and value.strip() in ("0", "1", "2"):
        return 1 if value.strip() == "1" else 2
    raise Invalid(value)


# --- add / edit a number -------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """One row of the contract's add/edit table."""

    name: str  # the API's name
    column: str  # the `number` table's column
    code: str  # the error code when invalid
    parse: Callable[[Any], Any]
    clearable: bool = True  # JSON null clears it (sandbox rule); otherwise null is invalid
    media_type: str | None = None  # media slots: the type the media must have
    aliases: tuple[str, ...] = ()
    message: str | None = None  # when the code's usual message does not fit (0315 repondeur)


def _media(name: str, column: str, code: str, media_type: str, **extra: Any) -> Field:
    return Field(name, column, code, parse_id, media_type=media_type, **extra)


#: The add/edit fields in the contract's order: the first invalid one decides the answer. `telephon`
#: is not in the contract's table; it comes last, with 0302 (type).
NUMBER_FIELDS: tuple[Field, ...] = (
    Field("numero", "numero", "0305", lambda v: parse_digits(v, 8, 15), clearable=False),
    Field("code", "zone_code", "0307", parse_zone, clearable=False),
    Field("etat", "active", "0301", parse_bool, clearable=False),
    Field("info", "info", "0321", text(1, 255)),
    Field("nomPorteur", "nom_porteur", "0308", text(1, 100)),
    Field("emailPorteur", "email_porteur", "0322", parse_email),
    Field("compagne", "compagne", "0306", text(2, 20)),
    Field("type", "mode", "0309", parse_mode, clearable=False),
    Field("typeRenvoi", "type_renvoi", "0313", parse_type_renvoi, clearable=False),
    Field("numRenvoi", "num_renvoi", "0303", lambda v: parse_digits(v, 8, 15)),
    Field("sonnerie", "sonnerie", "0324", parse_sonnerie, clearable=False),
    Field("hourDebut", "hour_debut", "0325", parse_time),
    Field("hourFin", "hour_fin", "0325", parse_time),
    Field("jours", "jours", "0326", parse_jours, clearable=False),
    Field("dateDebut", "date_debut", "0327", parse_date),
    Field("dateFin", "date_fin", "0327", parse_date),
    Field("activeAppelEntrant", "appel_entrant", "0311", parse_bool, clearable=False),
    Field("activeAppelSortant", "appel_sortant", "0312", parse_bool, clearable=False),
    Field("activerEnregistrement", "enregistrement", "0318", parse_bool, clearable=False),
    Field("notificationEmail", "notification_email", "0315", parse_bool, clearable=False),
    _media("messageIntroduction", "message_introduction", "0328", "MI"),
    _media("messageEnregistrement", "message_enregistrement", "0329", "ME"),
    _media("musicAttente", "music_attente", "0317", "MA", aliases=("musicAattente",)),
    _media("playback", "playback", "0316", "PB"),
    _media("repondeur", "repondeur", "0315", "R", message="invalid repondeur"),
    Field("telephon", "kind", "0302", parse_kind, clearable=False),
)

#: Values of a new number for the fields the request leaves out.
NUMBER_DEFAULTS: dict[str, Any] = {
    "active": False,  # the reference: "numéro téléphone de client d'état inactif"
    "kind": 1,
    "appel_entrant": True,
    "appel_sortant": True,
    "enregistrement": False,
    "notification_email": False,
}

#: Pairs checked together: (start column, end column, strictly before?, code).
_PAIRS = (("hour_debut", "hour_fin", True, "0325"), ("date_debut", "date_fin", False, "0327"))


def check_number(
    params: Mapping[str, Any],
    *,
    current: Mapping[str, Any] | None,
    numero_owner: Callable[[str], int | None],
    media_ok: Callable[[int, str], bool],
) -> dict[str, Any]:
    """The changes an add (`current` None) or an edit (`current` = the stored row) asks for.

    Returns ``{column: value}`` for every field sent (None for a cleared one); raises `Ko` with the
    code of the first invalid field, in the contract's order.
    """
    changes: dict[str, Any] = {}
    for field in NUMBER_FIELDS:
        raw = given(params, field.name)
        for alias in field.aliases:
            if raw is MISSING:
                raw = given(params, alias)
        if raw is not MISSING:
            changes[field.column] = _number_value(field, raw, current, numero_owner, media_ok)
        elif field.name == "numero" and current is None:
            raise Ko(field.code)
        for start, end, strict, code in _PAIRS:
            if field.column == end:
                _check_pair(changes, current, start, end, strict, code)
    return changes


def _number_value(
    field: Field,
    raw: Any,
    current: Mapping[str, Any] | None,
    numero_owner: Callable[[str], int | None],
    media_ok: Callable[[int, str], bool],
) -> Any:
    if raw is None:
        if not field.clearable:
            raise Ko(field.code, field.message)
        return None
    try:
        value = field.parse(raw)
    except Invalid:
        raise Ko(field.code, field.message) from None
    if field.media_type is not None and not media_ok(value, field.media_type):
        raise Ko(field.code, field.message)
    if field.name == "numero":
        owner = numero_owner(value)
        if owner is not None and (current is None or owner != current["id"]):
            raise Ko("0304")
    return value


def _check_pair(
    changes: Mapping[str, Any],
    current: Mapping[str, Any] | None,
    start: str,
    end: str,
    strict: bool,
    code: str,
) -> None:
    if start not in changes and end not in changes:
        return

    def value(column: str) -> Any:
        if column in changes:
            return changes[column]
        return current[column] if current is not None else None

    first, last = value(start), value(end)
    # Both stored forms (HH:MM:SS, YYYY-MM-DD) sort as text in time order.
    if first is not None and last is not None and (first >= last if strict else first > last):
        raise Ko(code)


# --- listing filters ------------------------------------------------------------------------------


@dataclass(frozen=True)
class NumberFilter:
    """The filters of a number listing, already checked; None means "no filter"."""

    zone: str | None = None
    active: bool | None = None
    kind: int | None = None
    numero: str | None = None
    compagne: str | None = None  # folded
    porteur: str | None = None  # folded
    other_company: bool = False  # `entreprise` names another company: the answer is []


def _filter_value(params: Mapping[str, Any], name: str) -> Any:
    """A filter's value; JSON null counts as not sent (the reference: "booléen ou null")."""
    value = given(params, name)
    return MISSING if value is None else value


def _read_filter(
    params: Mapping[str, Any], name: str, parse: Callable[[Any], Any], code: str, message: str | None = None
) -> Any:
    """A filter's parsed value, None when it was not sent; `code` when it cannot be read."""
    raw = _filter_value(params, name)
    if raw is MISSING:
        return None
    try:
        return parse(raw)
    except Invalid:
        raise Ko(code, message) from None


def number_filters(
    params: Mapping[str, Any],
    *,
    company_id: int,
    company_name: str,
    exists: Callable[[str, str], bool],
) -> NumberFilter:
    """The filters of ``getlistnumerodispo``, checked in the order of its parameter list.

    `exists(kind, value)` says whether a numero (contains), compagne (exact, folded) or porteur
    (contains, folded) names at least one number of the company.
    """
    found: dict[str, Any] = {}
    checks: tuple[tuple[str, str, Callable[[Any], Any]], ...] = (
        ("code", "0310", parse_zone),
        ("etat", "0301", parse_bool),
        ("type", "0302", lambda v: 1 if parse_number_type(v) == "TE" else 2),
        ("numero", "0319", lambda v: parse_digits(v, 4, 15)),
        ("compagne", "0306", lambda v: fold(text(2, 20)(v))),
        ("porteur", "0308", lambda v: fold(text(2, 20)(v))),
    )
    for name, code, parse in checks:
        value = _read_filter(params, name, parse, code)
        if value is None:
            continue
        if name in ("numero", "compagne", "porteur") and not exists(name, value):
            raise Ko(code)
        found[name] = value
    return NumberFilter(
        zone=found.get("code"),
        active=found.get("etat"),
        kind=found.get("type"),
        numero=found.get("numero"),
        compagne=found.get("compagne"),
        porteur=found.get("porteur"),
        other_company=_other_company(_filter_value(params, "entreprise"), company_id, company_name),
    )


def zone_filters(params: Mapping[str, Any], *, exists: Callable[[str, str], bool]) -> NumberFilter:
    """The filters of ``getlistnumerodispobyzone``: 0310 for the zone, 0306 for the numero."""
    zone = _read_filter(params, "code", parse_zone, "0310")
    numero = _read_filter(params, "numero", lambda v: parse_digits(v, 4, 15), "0306", "invalid numero")
    if numero is not None and not exists("numero", numero):
        raise Ko("0306", "invalid numero")
    return NumberFilter(zone=zone, numero=numero)


def _other_company(value: Any, company_id: int, company_name: str) -> bool:
    if value is MISSING:
        return False
    if isinstance(value, int) and not isinstance(value, bool):
        return value != company_id
    if isinstance(value, str):
        text_value = value.strip()
        return not (text_value == str(company_id) or fold(text_value) == fold(company_name))
    return True


@dataclass(frozen=True)
class MediaFilter:
    active: bool | None = None
    type: str | None = None
    nom: str | None = None  # folded


def media_filters(params: Mapping[str, Any]) -> MediaFilter:
    """The filters of ``getlistmedia``: 0201 etat, 0202 type; `nom` must be text (or a number)."""
    active = _read_filter(params, "etat", parse_bool, "0201")
    media_type = _read_filter(params, "type", parse_media_type, "0202")
    nom = None
    raw = _filter_value(params, "nom")
    if raw is not MISSING:
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            raw = str(raw)
        if not isinstance(raw, str):
            # The contract names no code for a bad `nom`: the sandbox's "invalid request".
            raise Ko("0400", "requête invalide: nom", status=400)
        nom = fold(raw)
    return MediaFilter(active=active, type=media_type, nom=nom)
