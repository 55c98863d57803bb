"""Words for media types, number slots and durations, in one place (translated through Qt)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Media", text)


#: Media type codes of the contract, in the order the filters list them.
TYPE_CODES = ("MI", "ME", "MA", "PB", "R")


def type_label(code: str | None) -> str:
    """« Répondeur », « Message d'enregistrement »... for a type code; the code itself if unknown."""
    labels = {
        "R": _tr("Répondeur"),
        "ME": _tr("Message d'enregistrement"),
        "PB": _tr("Play-back"),
        "MI": _tr("Message d'introduction"),
        "MA": _tr("Musique d'attente"),
    }
    return labels.get(code or "", code or "")


#: The five media slots of a number, in the order a caller hears them (see `call_path_order`):
#: the greeting first, then the legal notice that the call may be recorded (it must come before the
#: conversation), then the hold music while the call waits, then the play-back message played over
#: the wait, and last the voicemail greeting, heard only when nobody answers.
SLOT_FIELDS = ("message_introduction", "message_enregistrement", "music_attente", "playback", "repondeur")

#: The media type each slot accepts.
SLOT_TYPES = {
    "message_introduction": "MI",
    "message_enregistrement": "ME",
    "music_attente": "MA",
    "playback": "PB",
    "repondeur": "R",
}


def slot_label(field: str) -> str:
    return type_label(SLOT_TYPES.get(field))


def format_ms(ms: int | None) -> str:
    """« 1:05 » (« 1:02:03 » past an hour); « -:-- » when unknown."""
    if ms is None or ms < 0:
        return "-:--"
    seconds = int(ms) // 1000
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def format_number(digits: str | None) -> str:
    """The number as people read it (+33 1 87 22 44 65), through `app.phone` when it is there."""
    if not digits:
        return ""
    try:
        from app.phone import format_number as fmt
    except ImportError:  # app.phone is written by another issue; digits are readable meanwhile
        return "+" + digits if digits.isdigit() else digits
    try:
        return fmt(digits) or digits
    except Exception:  # a number the library cannot format is still shown
        return digits
