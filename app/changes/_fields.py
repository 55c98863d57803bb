"""The editable fields of a number: one table that the journal, the preview, the spreadsheet files and
the form all read, so that a field is never spelt, typed or converted two ways.

Names are the snake_case attribute names of `app.api.Number` / `NumberChanges`. Values are the Python
values those classes hold (bool, str, int, `datetime.time`, `datetime.date`, a tuple of day codes, a
media id); `None` means "no value" (and, in a change, "clear this field").
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

#: Day codes of the contract, in week order; ("All",) means every day.
DAYS: tuple[str, ...] = ("Lu", "Ma", "Me", "Je", "Ve", "Sa", "Di")
ALL_DAYS = "All"

#: Media slot field -> media type code of the contract.
MEDIA_SLOTS: dict[str, str] = {
    "message_introduction": "MI",
    "message_enregistrement": "ME",
    "music_attente": "MA",
    "playback": "PB",
    "repondeur": "R",
}


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # digits | zone | bool | text | email | choice | int | time | date | days | media
    label: str  # plain French, as in the spreadsheet headers (the UI translates its own copy)
    clearable: bool = False
    choices: tuple[str, ...] = ()


FIELDS: tuple[Field, ...] = (
    Field("numero", "digits", "Numéro"),
    Field("code", "zone", "Zone"),
    Field("etat", "bool", "Actif"),
    Field("info", "text", "Informations", clearable=True),
    Field("compagne", "text", "Campagne", clearable=True),
    Field("nom_porteur", "text", "Nom du porteur", clearable=True),
    Field("email_porteur", "email", "E-mail du porteur"),
    Field("type_repondeur", "choice", "Mode", choices=("Rep", "Ren")),
    Field("num_renvoi", "digits", "Numéro de renvoi", clearable=True),
    Field("type_renvoi", "choice", "Type de renvoi", choices=("Par", "Seq")),
    Field("sonnerie", "int", "Durée de sonnerie (s)"),
    Field("date_debut", "date", "Renvoi du", clearable=True),
    Field("date_fin", "date", "Renvoi au", clearable=True),
    Field("hour_debut", "time", "Heure de début", clearable=True),
    Field("hour_fin", "time", "Heure de fin", clearable=True),
    Field("jours", "days", "Jours"),
    Field("active_appel_entrant", "bool", "Appels entrants"),
    Field("active_appel_sortant", "bool", "Appels sortants"),
    Field("activer_enregistrement", "bool", "Enregistrement des appels"),
    Field("notification_email", "bool", "Notification par e-mail"),
    Field("message_introduction", "media", "Message d'introduction", clearable=True),
    Field("message_enregistrement", "media", "Message d'enregistrement", clearable=True),
    Field("music_attente", "media", "Musique d'attente", clearable=True),
    Field("playback", "media", "Playback", clearable=True),
    Field("repondeur", "media", "Répondeur", clearable=True),
)

def _clearable_by_client() -> None:
    """The client's rule table decides which fields JSON null may clear (one source of truth)."""
    global FIELDS
    from app.api import FIELDS as RULES

    rules = {r.name: r for r in RULES}
    FIELDS = tuple(Field(f.name, f.kind, f.label, rules[f.name].clearable, f.choices) for f in FIELDS)


_clearable_by_client()

BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}
NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)

#: The contract's request names (camelCase), accepted as spreadsheet headers too.
API_NAMES: dict[str, str] = {
    "numero": "numero", "code": "code", "etat": "etat", "info": "info", "compagne": "compagne",
    "nom_porteur": "nomPorteur", "email_porteur": "emailPorteur", "type_repondeur": "type",
    "num_renvoi": "numRenvoi", "type_renvoi": "typeRenvoi", "sonnerie": "sonnerie",
    "date_debut": "dateDebut", "date_fin": "dateFin", "hour_debut": "hourDebut", "hour_fin": "hourFin",
    "jours": "jours", "active_appel_entrant": "activeAppelEntrant",
    "active_appel_sortant": "activeAppelSortant", "activer_enregistrement": "activerEnregistrement",
    "notification_email": "notificationEmail", "message_introduction": "messageIntroduction",
    "message_enregistrement": "messageEnregistrement", "music_attente": "musicAttente",
    "playback": "playback", "repondeur": "repondeur",
}


def normalise_days(value: Any) -> tuple[str, ...] | None:
    """Any spelling of the days (tuple, list, "Lu,Ma", "All") -> a tuple in week order, or ("All",)."""
    if value is None:
        return None
    if isinstance(value, str):
        parts = [p.strip() for p in value.replace(";", ",").split(",") if p.strip()]
    else:
        parts = [str(p).strip() for p in value]
    if any(p.lower() == ALL_DAYS.lower() for p in parts):
        return (ALL_DAYS,)
    wanted = {p.capitalize() for p in parts}
    unknown = wanted - set(DAYS)
    if unknown:
        raise ValueError(f"unknown day codes: {sorted(unknown)}")
    days = tuple(d for d in DAYS if d in wanted)
    return (ALL_DAYS,) if len(days) == len(DAYS) else days


def same_value(name: str, a: Any, b: Any) -> bool:
    """Equality as the server means it (days in any order, "All" == every day, 12:00 == 12:00:00)."""
    if a is None or b is None:
        return a is None and b is None
    kind = BY_NAME[name].kind if name in BY_NAME else ""
    if kind == "days":
        try:
            return normalise_days(a) == normalise_days(b)
        except ValueError:
            return False
    if kind == "zone":
        return str(a).lower() == str(b).lower()
    if kind == "time" and isinstance(a, dt.time) and isinstance(b, dt.time):
        return a.replace(microsecond=0) == b.replace(microsecond=0)
    return bool(a == b)


# --- JSON (the journal) ------------------------------------------------------------------------

def to_json_value(name: str, value: Any) -> Any:
    """A field value as JSON can hold it (the journal stores these)."""
    if value is None:
        return None
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list | frozenset | set):
        return list(value)
    return value


def from_json_value(name: str, value: Any) -> Any:
    if value is None:
        return None
    kind = BY_NAME[name].kind if name in BY_NAME else ""
    if kind == "time":
        return dt.time.fromisoformat(value)
    if kind == "date":
        return dt.date.fromisoformat(value)
    if kind == "days":
        return tuple(value)
    return value


def dumps_fields(values: dict[str, Any]) -> str:
    return json.dumps({k: to_json_value(k, v) for k, v in values.items()}, ensure_ascii=False)


def loads_fields(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    return {k: from_json_value(k, v) for k, v in json.loads(text).items()}


def number_value(number: Any, name: str) -> Any:
    """The value of a field on a Number (None when the server sent nothing)."""
    return getattr(number, name, None)


def is_known(number: Any, name: str) -> bool:
    """Whether the server sent this field for this number (else the form shows « inchangé »)."""
    sent = getattr(number, "fields_sent", None)
    if sent is None:
        return True
    return name in sent
