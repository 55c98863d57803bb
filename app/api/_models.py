"""What the API answers, as typed immutable values.

Every attribute is the API's name in snake_case. Anything a server left out, sent as ``null`` or
sent with a type that cannot be read is ``None``: reading an answer never fails on one field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

__all__ = ["Media", "Number", "Session", "Zone"]


@dataclass(frozen=True, slots=True)
class Session:
    """A login: ``token`` (never shown by ``repr``), ``expires_at`` and the ``login`` used.

    ``expires_at`` is the server's ``tokenExpid`` as a naive datetime in the server's local time;
    when the server gives none that can be read, login time + 24 h (the contract's lifetime).
    """

    token: str = field(repr=False)
    expires_at: dt.datetime
    login: str


@dataclass(frozen=True, slots=True)
class Zone:
    """A geographic zone: ``code`` (``fr_01``, lower case), ``pays``, ``nom``, ``prefix`` (``01``)."""

    id: int | None = None
    code: str | None = None
    pays: str | None = None
    nom: str | None = None
    prefix: str | None = None
    type: str | None = None
    etat: bool | None = None  # True = Actif


@dataclass(frozen=True, slots=True)
class Number:
    """A phone number of the company, as a listing gives it.

    ``type``: 1 telephone, 2 fax; ``telephon``: 1 telephone, 0 or 2 fax (``is_fax`` reads both).
    ``type_repondeur`` is the add/edit field ``type`` (``"Rep"``/``"Ren"``). ``jours`` is
    ``("All",)`` or day codes in week order (``("Lu", "Ma")``). Media slots are media ids (a ``0``
    from the server, meaning none, reads as None).

    ``fields_sent`` holds the snake_case names of the fields the server actually sent (``null``
    included): a field not in it is unknown, not empty — show « inchangé » and never overwrite it.
    """

    id: int | None = None
    code: str | None = None
    numero: str | None = None
    type: int | None = None
    entreprise: str | None = None
    etat: bool | None = None  # True = Actif
    info: str | None = None
    telephon: int | None = None
    nom_porteur: str | None = None
    compagne: str | None = None
    email_porteur: str | None = None
    type_repondeur: str | None = None
    type_renvoi: str | None = None
    num_renvoi: str | None = None
    sonnerie: int | None = None
    hour_debut: dt.time | None = None
    hour_fin: dt.time | None = None
    jours: tuple[str, ...] | None = None
    date_debut: dt.date | None = None
    date_fin: dt.date | None = None
    active_appel_entrant: bool | None = None
    active_appel_sortant: bool | None = None
    activer_enregistrement: bool | None = None
    notification_email: bool | None = None
    message_introduction: int | None = None
    message_enregistrement: int | None = None
    music_attente: int | None = None
    playback: int | None = None
    repondeur: int | None = None
    fields_sent: frozenset[str] = field(default=frozenset(), repr=False)

    @property
    def is_fax(self) -> bool:
        """True for a fax line: ``type`` 2, or, without ``type``, ``telephon`` 0 or 2."""
        if self.type is not None:
            return self.type == 2
        return self.telephon in (0, 2)


@dataclass(frozen=True, slots=True)
class Media:
    """An audio media. ``type``: ``R``, ``ME``, ``PB``, ``MI`` or ``MA``; ``url`` well formed and
    absolute (backslashes made slashes, a relative URL resolved against the API's base URL)."""

    id: int | None = None
    nom: str | None = None
    url: str | None = None
    type: str | None = None
    type_name: str | None = None
    entreprise: str | None = None
    info: str | None = None
    etat: bool | None = None  # True = Actif
