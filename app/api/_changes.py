"""``NumberChanges``: the fields an add or an edit sets, and only those."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from ._errors import ValidationError
from ._validation import (
    API_ALIASES,
    FIELDS,
    FIELDS_BY_NAME,
    INVALID,
    check_canonical,
    check_pair,
    normalise_value,
    rule_error,
)

if TYPE_CHECKING:
    from ._models import Number

__all__ = ["UNSET", "NumberChanges", "Unset"]


class Unset(enum.Enum):
    """The default of every ``NumberChanges`` argument: the field is left unchanged (not sent)."""

    UNSET = "UNSET"

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset.UNSET

_API_TO_NAME: Final = {rule.api: rule.name for rule in FIELDS} | dict(API_ALIASES)


class NumberChanges:
    """The fields an ``add_number`` / ``edit_number`` sets; every other field is left out.

    Each keyword has the snake_case name of the ``Number`` attribute it changes. Omitting it leaves
    the field unchanged; ``None`` (or ``""``) CLEARS it, sent as JSON ``null`` — allowed only for the
    fields the contract lets a client clear (``info``, the carrier's ``nom_porteur`` and
    ``email_porteur``, ``compagne``, ``num_renvoi``,
    ``hour_debut``/``hour_fin``, ``date_debut``/``date_fin`` and the five media slots); for any other
    field ``validate()`` refuses it with that field's code. ``type_repondeur`` travels as ``type``.

    Values are read leniently when built — ``code="FR_01"`` -> ``"fr_01"``, ``hour_debut="9:30"`` ->
    ``time(9, 30)``, ``jours="Ma,Lu"`` -> ``("Lu", "Ma")``, ``date_debut="31/12/2025"`` ->
    ``date(2025, 12, 31)``, ``etat="true"`` -> ``True`` — so ``fields`` holds canonical values. A
    value that cannot be read is kept as given: building never raises, ``validate()`` does.
    Phone numbers must already be digits only (see ``app.phone.to_digits``).
    """

    __slots__ = ("_fields",)

    def __init__(
        self,
        *,
        numero: str | Unset = UNSET,
        code: str | Unset = UNSET,
        etat: bool | Unset = UNSET,
        info: str | Unset | None = UNSET,
        nom_porteur: str | Unset | None = UNSET,
        email_porteur: str | Unset | None = UNSET,
        compagne: str | Unset | None = UNSET,
        type_repondeur: str | Unset = UNSET,
        type_renvoi: str | Unset = UNSET,
        num_renvoi: str | Unset | None = UNSET,
        sonnerie: int | Unset = UNSET,
        hour_debut: dt.time | str | Unset | None = UNSET,
        hour_fin: dt.time | str | Unset | None = UNSET,
        jours: str | Iterable[str] | Unset = UNSET,
        date_debut: dt.date | str | Unset | None = UNSET,
        date_fin: dt.date | str | Unset | None = UNSET,
        active_appel_entrant: bool | Unset = UNSET,
        active_appel_sortant: bool | Unset = UNSET,
        activer_enregistrement: bool | Unset = UNSET,
        notification_email: bool | Unset = UNSET,
        message_introduction: int | Unset | None = UNSET,
        message_enregistrement: int | Unset | None = UNSET,
        music_attente: int | Unset | None = UNSET,
        playback: int | Unset | None = UNSET,
        repondeur: int | Unset | None = UNSET,
        telephon: int | Unset = UNSET,
    ) -> None:
        given = locals()
        fields: dict[str, Any] = {}
        for rule in FIELDS:  # table order, so payloads and reprs are stable
            value = given[rule.name]
            if value is UNSET:
                continue
            canonical = normalise_value(rule, value)
            fields[rule.name] = value if canonical is INVALID else canonical
        self._fields: Mapping[str, Any] = MappingProxyType(fields)

    # --- reading

    @property
    def fields(self) -> Mapping[str, Any]:
        """The fields set, snake_case name -> canonical value (``None`` = clear), in table order."""
        return self._fields

    def __bool__(self) -> bool:
        return bool(self._fields)

    def __len__(self) -> int:
        return len(self._fields)

    def __contains__(self, name: object) -> bool:
        return name in self._fields

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, NumberChanges):
            return NotImplemented
        return dict(self._fields) == dict(other._fields)

    def __hash__(self) -> int:
        return hash(tuple(sorted((k, repr(v)) for k, v in self._fields.items())))

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={value!r}" for name, value in self._fields.items())
        return f"NumberChanges({inner})"

    def merged(self, other: NumberChanges) -> NumberChanges:
        """These changes, then ``other``'s on top (for a form that edits in several steps)."""
        result = NumberChanges()
        result._fields = MappingProxyType(dict(self._fields) | dict(other._fields))
        return result

    # --- the wire

    def to_payload(self) -> dict[str, Any]:
        """The JSON object to send: API names, ``"HH:MM"``, ``"YYYY-MM-DD"``, ``"All"``/``"Lu,Ma"``,
        JSON booleans, ``null`` for a clear. A value that could not be read is sent as given."""
        payload: dict[str, Any] = {}
        for name, value in self._fields.items():
            rule = FIELDS_BY_NAME[name]
            payload[rule.api] = None if value is None else rule.write(value)
        return payload

    @classmethod
    def from_payload(cls, payload: Mapping[str, Any]) -> NumberChanges:
        """The changes an add/edit body describes (API names; ``musicAattente`` accepted).

        An empty string means "not sent", as on the server; keys that are not add/edit fields
        (``id``, ``token``) are ignored.
        """
        kwargs: dict[str, Any] = {}
        for key, value in payload.items():
            name = _API_TO_NAME.get(key)
            if name is None or (isinstance(value, str) and value == ""):
                continue
            kwargs[name] = value
        return cls(**kwargs)

    # --- checks

    def validate(self, *, adding: bool = False, current: Number | None = None) -> None:
        """Raises the ``ValidationError`` (code, field) the server would answer, or returns.

        Fields are checked in the contract table's order and the first invalid one decides.
        ``adding``: ``numero`` is required (0305 when absent). ``current``: the number as stored,
        so that a start/end pair one half of which is sent is checked against the other half's
        stored value, as the server does (without it, only a pair sent whole is compared).
        """
        error = self.first_error(adding=adding, current=current)
        if error is not None:
            raise error

    def first_error(self, *, adding: bool = False, current: Number | None = None) -> ValidationError | None:
        """What ``validate()`` would raise, or None."""
        fields = self._fields
        for rule in FIELDS:
            if rule.name in fields:
                error = check_canonical(rule, normalise_value(rule, fields[rule.name]))
                if error is not None:
                    return error
            elif rule.name == "numero" and adding:
                return rule_error(rule)
            if rule.name in ("hour_fin", "date_fin"):
                start_rule = FIELDS_BY_NAME["hour_debut" if rule.name == "hour_fin" else "date_debut"]
                start = self._effective(start_rule.name, current)
                end = self._effective(rule.name, current)
                error = check_pair(
                    start_rule, rule, start, end, rule.name in fields, strict=rule.name == "hour_fin"
                )
                if error is not None:
                    return error
        return None

    def _effective(self, name: str, current: Number | None) -> Any:
        if name in self._fields:
            return normalise_value(FIELDS_BY_NAME[name], self._fields[name])
        return getattr(current, name, None) if current is not None else None
