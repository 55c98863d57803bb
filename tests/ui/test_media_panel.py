"""The « Médias » dock against the real sandbox: list and filters, « Utilisé par », waveform for an MP3
and a WAV with click-to-seek, keyboard, errors in the panel, `install(window)` and the call path.

The window here is a small stand-in with the main window's documented surface (numbers_model,
select_numbers, add_table_context_action, menus, toolbar); `test_media_window.py` runs the same
feature inside the real MainWindow.
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QToolBar

from app.api import Media, Number
from app.media import MediaCache
from app.ui._numbers_model import NumbersModel
from app.ui.media import MediaPanel, MediaPlayer, call_path, install, numbers_using, play_call_path

TOLERANCE_MS = 150


class StandInWindow(QMainWindow):
    """The part of MainWindow the media feature uses (spec in team/CONVENTIONS.md)."""

    closed = Signal()

    def __init__(self, service):
        super().__init__()
        self.service = service
        self.menu_view = self.menuBar().addMenu("Affichage")
        self.toolbar = QToolBar()
        self.addToolBar(self.toolbar)
        self.numbers_model = NumbersModel(self)
        self.selected: list[Number] = []
        self.shown_ids: list[list[int]] = []
        self.context_actions = []

    def select_numbers(self, ids):
        self.shown_ids.append(list(ids))

    def selected_numbers(self):
        return list(self.selected)

    def add_table_context_action(self, action):
        self.context_actions.append(action)


@pytest.fixture
def window(service, qloop, qtbot, tmp_path, monkeypatch):
    # every test gets an empty cache of its own
    monkeypatch.setenv("CLIQPHONE_DESK_HOME", str(tmp_path / "home"))
    win = StandInWindow(service)
    install(win)
    win.resize(1000, 700)
    yield win
    win.media_player.shutdown()
    win.close()
    # the QMediaPlayer's threads must end with the window, not at interpreter exit
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def panel(window, qtbot) -> MediaPanel:
    p: MediaPanel = window.media_panel
    window.show()
    with qtbot.waitSignal(p.mediaLoaded, timeout=10000):
        p.show()  # first shown: loads the list
    return p


def names(panel: MediaPanel) -> list[str]:
    return [m.nom for m in panel.model.visible_media()]


def wait_playing(qtbot, player, timeout=10000):
    qtbot.waitUntil(lambda: player.is_playing() and player.position() > 0, timeout=timeout)


def test_install_gives_player_panel_and_actions(window):
    assert isinstance(window.media_player, MediaPlayer)
    assert isinstance(window.media_panel, MediaPanel)
    assert window.media_panel.isHidden()
    texts = [a.text() for a in window.menu_view.actions()]
    assert "Médias" in texts
    assert window.media_panel_action in window.toolbar.actions()
    assert [a.text() for a in window.context_actions] == ["Écouter le parcours d'appel"]


def test_list_shows_company_media_in_words(panel, qtbot):
    all_names = names(panel)
    assert "Répondeur CliQéo" in all_names
    assert "Accueil Autre Boîte" not in all_names  # another company's media
    model = panel.model
    row = model.row_of(next(m.id for m in model.visible_media() if m.nom == "Musique d'attente Jazz"))
    assert model.data(model.index(row, model.TYPE)) == "Musique d'attente"
    assert model.data(model.index(row, model.STATE)) == "Inactif"
    assert model.data(model.index(row, model.DURATION)) == ""  # not known before a play
    labels = {model.data(model.index(r, model.TYPE)) for r in range(model.rowCount())}
    assert labels == {"Répondeur", "Message d'enregistrement", "Play-back", "Message d'introduction",
                      "Musique d'attente"}
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == ["Nom", "Type", "État", "Durée"]


def test_server_filters_type_and_state(panel, qtbot):
    with qtbot.waitSignal(panel.mediaLoaded, timeout=10000):
        panel.type_filter.setCurrentIndex(panel.type_filter.findData("MA"))
    assert panel.server_filters() == {"type": "MA"}
    assert {m.type for m in panel.model.visible_media()} == {"MA"}
    assert len(names(panel)) >= 2
    with qtbot.waitSignal(panel.mediaLoaded, timeout=10000):
        panel.state_filter.setCurrentIndex(panel.state_filter.findData(False))
    assert names(panel) == ["Musique d'attente Jazz"]
    with qtbot.waitSignal(panel.mediaLoaded, timeout=10000):
        panel.type_filter.setCurrentIndex(0)
    assert all(m.etat is False for m in panel.model.visible_media())
    assert "Message introduction Soldes" in names(panel)


def test_instant_local_search_and_server_name_search(panel, qtbot, service):
    total = len(names(panel))
    panel.search.setText("repondeur")  # accents and case do not matter
    assert sorted(names(panel)) == ["Répondeur CliQéo", "Répondeur fermeture"]  # at once, no request
    assert "2 sur" in panel.count_label.text()
    panel.search.setText("")
    assert len(names(panel)) == total
    # Entrée asks the server with its nom filter
    panel.search.setText("attente")
    with qtbot.waitSignal(panel.mediaLoaded, timeout=10000):
        panel.search.returnPressed.emit()
    assert panel.server_filters() == {"nom": "attente"}
    assert len(panel.model.all_media()) == 2  # what the server sent, not just what is shown
    with qtbot.waitSignal(panel.mediaLoaded, timeout=10000):
        panel.search.clear()  # cleared: the whole list again
    assert len(panel.model.all_media()) == total


def test_used_by_lists_numbers_and_shows_them(panel, window, service, run_async, qtbot):
    numbers = run_async(service.call(lambda c: c.numbers(code="fr_01")))
    window.numbers_model.replace_numbers(numbers)
    media = next(m for m in panel.model.visible_media() if m.nom == "Répondeur CliQéo")
    expected = numbers_using(media.id, numbers)
    assert expected, "the sandbox seeds numbers that use its main greeting"
    panel.select_media(media.id)
    assert panel.usage_list.count() == len(expected)
    first_number = expected[0][0]
    item = panel.usage_list.item(0)
    assert item.text().startswith("+33 ")
    assert first_number.numero[2:6] in item.text().replace(" ", "")
    assert "Répondeur" in item.toolTip()
    assert str(len({n.id for n, _ in expected})) in panel.usage_label.text()
    qtbot.mouseClick(panel.show_numbers_button, Qt.MouseButton.LeftButton)
    assert window.shown_ids[-1] == [n.id for n, _ in expected]
    # a number changed in the table updates the list
    first = expected[0][0]
    window.numbers_model.update_numbers([dataclasses.replace(first, repondeur=None, message_introduction=None,
                                                             message_enregistrement=None, music_attente=None,
                                                             playback=None)])
    qtbot.waitUntil(lambda: panel.usage_list.count() == len(expected) - 1, timeout=2000)


@pytest.mark.parametrize("file_name", ["intro_cliqueo.mp3", "enregistrement_cliqueo.wav"])
def test_waveform_for_mp3_and_wav_and_click_to_seek(panel, qtbot, file_name):
    media = next(m for m in panel.model.all_media() if m.url.endswith(file_name))
    panel.select_media(media.id)
    panel.play_pause()
    qtbot.waitUntil(lambda: panel.waveform.waveform() is not None, timeout=10000)
    waveform = panel.waveform.waveform()
    player = panel.player
    wait_playing(qtbot, player)
    assert waveform.duration_ms == pytest.approx(player.duration(), abs=TOLERANCE_MS)
    assert len(waveform.blocks) == pytest.approx(waveform.duration_ms / 5, abs=3)  # 5 ms blocks
    bars = waveform.peaks(100)
    assert max(bars) > 0.3  # speech normalised to -3 dB
    assert min(bars) < 0.05  # and its pauses
    # « Durée » column filled once known
    row = panel.model.row_of(media.id)
    assert panel.model.data(panel.model.index(row, panel.model.DURATION)).startswith("0:0")
    # click in the middle of the waveform: seek to the middle
    view = panel.waveform
    player.pause()
    qtbot.waitUntil(player.is_paused, timeout=3000)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(view.width() // 2, view.height() // 2))
    qtbot.waitUntil(lambda: abs(player.position() - player.duration() / 2) < 250, timeout=3000)
    qtbot.waitUntil(lambda: abs(view.playhead_x() - view.width() / 2) < 10, timeout=3000)


def test_keyboard_when_panel_has_focus(panel, qtbot):
    media = next(m for m in panel.model.all_media() if m.url.endswith("attente_douceur.mp3"))
    panel.select_media(media.id)
    panel.table.setFocus()
    player = panel.player
    qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    wait_playing(qtbot, player)
    assert player.current.id == media.id
    qtbot.keyClick(panel.table, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: player.position() > 4500, timeout=3000)
    qtbot.keyClick(panel.table, Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: player.position() < 4000, timeout=3000)
    # in the player area ↑/↓ are the volume (in the table they move the selection)
    panel.play_button.setFocus()
    player.set_volume(50)
    qtbot.keyClick(panel.play_button, Qt.Key.Key_Up)
    assert player.volume() == 60
    assert panel.volume_slider.value() == 60
    qtbot.keyClick(panel.play_button, Qt.Key.Key_Down)
    qtbot.keyClick(panel.play_button, Qt.Key.Key_Down)
    assert player.volume() == 40
    qtbot.keyClick(panel.play_button, Qt.Key.Key_M)
    assert player.is_muted() and panel.mute_button.isChecked()
    qtbot.keyClick(panel.play_button, Qt.Key.Key_M)
    assert not player.is_muted()
    qtbot.keyClick(panel.play_button, Qt.Key.Key_Space)
    qtbot.waitUntil(player.is_paused, timeout=3000)
    # the name box keeps its keys: typing a space or an m does not touch the player
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "m ")
    assert panel.search.text() == "m "
    assert player.is_paused() and not player.is_muted()


def test_broken_media_shows_french_error_in_panel(panel, qtbot, sandbox):
    good = panel.model.all_media()[0]
    broken = dataclasses.replace(good, id=99002, nom="Fichier disparu", url=f"{sandbox.base_url}/media/x/absent.mp3")
    with qtbot.waitSignal(panel.player.errorOccurred, timeout=10000):
        panel.player.play_media(broken)
    assert "Fichier disparu" in panel.error_text() and "404" in panel.error_text()
    assert panel.waveform.message() == "Lecture impossible"
    panel.player.play_media(good)  # the panel is still usable and the error goes away
    assert panel.error_text() == ""
    wait_playing(qtbot, panel.player)


def test_call_path_order_and_context_action(window, panel, qtbot, run_async):
    by_type = {}
    for m in panel.model.all_media():
        by_type.setdefault(m.type, m)
    number = Number(id=1, numero="33187224465", repondeur=by_type["R"].id, playback=by_type["PB"].id,
                    music_attente=by_type["MA"].id, message_enregistrement=by_type["ME"].id,
                    message_introduction=by_type["MI"].id,
                    fields_sent=frozenset({"repondeur", "playback", "music_attente",
                                           "message_enregistrement", "message_introduction"}))
    order = [by_type[t].id for t in ("MI", "ME", "MA", "PB", "R")]
    assert call_path(number) == order
    assert call_path(dataclasses.replace(number, playback=None)) == [i for i in order if i != by_type["PB"].id]
    # the context menu entry plays them through the one player, in that order
    started = []
    window.media_player.currentChanged.connect(lambda m: started.append(m.id))
    window.selected = [number]
    window.context_actions[0].trigger()
    qtbot.waitUntil(lambda: window.media_player.current is not None, timeout=5000)
    assert window.media_player.sequence_position() == (1, 5)
    assert [m.id for m in window.media_player.queue] == order[1:]
    assert started[0] == order[0]


def test_call_path_fetches_unknown_media(window, service, run_async, qtbot):
    # panel never shown: the media list is not loaded, the call path asks for it
    media = run_async(service.call(lambda c: c.media(type="MI")))
    number = Number(id=2, numero="33187224466", message_introduction=media[0].id,
                    fields_sent=frozenset({"message_introduction"}))
    played = run_async(play_call_path(window, number))
    assert [m.id for m in played] == [media[0].id]
    assert not window.media_panel.isHidden()  # shown so that the sound can be stopped


def test_play_from_outside_shows_panel(window, qtbot, service, run_async):
    window.show()
    media = run_async(service.call(lambda c: c.media(type="PB")))[0]
    assert window.media_panel.isHidden()
    window.media_player.play_media(media)  # what the number form's ▶ does
    assert window.media_panel.isVisible()
    wait_playing(qtbot, window.media_player)


def test_model_sorting_and_search_fold(qapp):
    from app.ui.media import MediaModel

    model = MediaModel()
    model.set_media([Media(id=1, nom="Zèbre", type="R", etat=True), Media(id=2, nom="abeille", type="MA", etat=False),
                     Media(id=3, nom="Étoile", type="MI", etat=True)])
    assert [m.nom for m in model.visible_media()] == ["abeille", "Étoile", "Zèbre"]
    model.sort(model.NAME, Qt.SortOrder.DescendingOrder)
    assert [m.nom for m in model.visible_media()] == ["Zèbre", "Étoile", "abeille"]
    model.set_search("ETOI")
    assert [m.nom for m in model.visible_media()] == ["Étoile"]
    model.set_duration(3, 65000)
    assert model.data(model.index(0, model.DURATION)) == "1:05"


def test_cache_sized_by_setting(window, qtbot):
    from app.ui import _settings

    _settings.set_value(_settings.MEDIA_CACHE_MB, 7)
    cache = window.media_player.cache()
    assert isinstance(cache, MediaCache)
    assert cache.max_bytes == 7 * 1024 * 1024


def test_controls_use_theme_icons_that_survive_a_theme_switch(panel, qtbot, qapp):
    """Qt's stock media and title-bar icons are near-black, lost on the dark theme: the panel uses the
    palette-following SVG icons, and gives them back after the style resets the dock's buttons."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QAbstractButton

    from app.ui import _theme

    try:
        for theme in ("dark", "light", "dark"):
            _theme.apply_theme(qapp, theme)
            close = panel.findChild(QAbstractButton, "qt_dockwidget_closebutton")
            qtbot.waitUntil(lambda close=close: close.icon().name() == "close", timeout=2000)
            assert panel.play_button.icon().name() in ("play", "pause")
            assert panel.stop_button.icon().name() == "stop"
            assert panel.mute_button.icon().name() in ("volume", "mute")
            assert panel.refresh_button.icon().name() == "refresh"
            error = QColor(panel.error_label.styleSheet().split("color:")[1].strip(" ;}"))
            assert error == _theme.semantic_color("error")
    finally:
        _theme.apply_theme(qapp, "system")
