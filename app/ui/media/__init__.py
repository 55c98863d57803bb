"""The media feature: the « Médias » dock, the one audio player, and « Écouter le parcours d'appel ».

`install(window)` (listed in `app/ui/_features.py`) gives the main window:
- `window.media_player`: the ONE `MediaPlayer` of the application (`play_media(media)`,
  `play_sequence(list_of_media)`); the number form's ▶ buttons call it too;
- `window.media_panel`: the dock, shown from Affichage ▸ Médias and the toolbar (Ctrl+2);
- a context-menu entry of the numbers table that plays the selected number's media in the order a
  caller hears them (`call_path`).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from app.api import Media, Number
from app.ui._async import spawn
from app.ui._theme import action_icon
from app.ui.media._labels import SLOT_FIELDS, format_ms, slot_label, type_label
from app.ui.media._model import MediaModel
from app.ui.media._panel import MediaPanel, numbers_using
from app.ui.media._player import MediaPlayer, UndecodableError, media_error_text
from app.ui.media._waveform import Waveform, WaveformError, WaveformView, compute_waveform

__all__ = [
    "SLOT_FIELDS",
    "MediaModel",
    "MediaPanel",
    "MediaPlayer",
    "UndecodableError",
    "Waveform",
    "WaveformError",
    "WaveformView",
    "call_path",
    "compute_waveform",
    "format_ms",
    "install",
    "media_error_text",
    "numbers_using",
    "play_call_path",
    "slot_label",
    "type_label",
]

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("MediaFeature", text)


def call_path(number: Number) -> list[int]:
    """The media ids of a number in the order a caller hears them (empty slots skipped).

    Message d'introduction → message d'enregistrement → musique d'attente → play-back → répondeur:
    the greeting, the legal recording notice (before any conversation), the hold music while the
    call waits, the play-back message over the wait, and the voicemail greeting when nobody answers.
    """
    return [mid for field in SLOT_FIELDS if (mid := getattr(number, field, None))]


async def play_call_path(window: Any, number: Number) -> list[Media]:
    """Plays a number's call path through the window's player; returns the media it queued."""
    panel: MediaPanel = window.media_panel
    ids = call_path(number)
    known = await panel.media_by_ids(ids)
    sequence = [known[i] for i in ids if i in known]
    if not sequence:
        panel.show()
        panel.raise_()
        panel._show_error(_tr("Ce numéro n'a aucun média à écouter."))
        return []
    window.media_player.play_sequence(sequence)
    return sequence


def install(window: Any) -> None:
    player = MediaPlayer(window.service, window)
    window.media_player = player
    panel = MediaPanel(window.service, player, window=window)
    window.media_panel = panel
    # Below the table by default: beside it, the numbers table's filter bar leaves a 1,400-pixel
    # screen too little room. The user may move it to a side (the panel re-arranges itself) and the
    # window's saved state keeps that choice.
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, panel)
    panel.hide()

    show = panel.toggleViewAction()
    show.setText(_tr("Médias"))
    show.setToolTip(_tr("Afficher ou masquer le panneau des médias (Ctrl+2)"))
    show.setShortcut(QKeySequence("Ctrl+2"))
    show.setIcon(action_icon("media"))
    window.menu_view.addAction(show)
    window.toolbar.addAction(show)
    window.media_panel_action = show

    # Playing from elsewhere (the number form's ▶, the call path) shows the controls to stop it.
    def reveal(_media: object) -> None:
        if not panel.isVisible():
            panel.show()
        panel.raise_()

    player.started.connect(reveal)

    listen = QAction(_tr("Écouter le parcours d'appel"), window)
    listen.setToolTip(_tr("Écouter les médias du numéro dans l'ordre où l'appelant les entend"))
    listen.setIcon(action_icon("play"))

    def on_listen() -> None:
        numbers = window.selected_numbers()
        if numbers:
            spawn(play_call_path(window, numbers[0]), name="call-path")

    listen.triggered.connect(on_listen)
    window.add_table_context_action(listen)
    window.media_call_path_action = listen

    # Once numbers are shown, their media columns get names (one request, first load only).
    loaded = getattr(window, "numbersLoaded", None)
    if loaded is not None:
        def names_once() -> None:
            loaded.disconnect(names_once)
            spawn(panel.load_names(), name="media-names")

        loaded.connect(names_once)

    closed = getattr(window, "closed", None)
    if closed is not None:
        closed.connect(player.shutdown)
