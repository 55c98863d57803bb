"""The media feature inside the real MainWindow (installed through app/ui/_features.py): the dock from
Affichage and the toolbar, « Utilisé par » → the numbers table, « Écouter le parcours d'appel » from
the table's context menu, the number form's ▶ slot button, media names in the numbers table."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from app.ui import _login
from app.ui import _settings as settings
from app.ui.main_window import MainWindow
from app.ui.media import SLOT_FIELDS, MediaPanel, MediaPlayer, call_path, numbers_using


@pytest.fixture
def window(qtbot, run_async, service, monkeypatch, tmp_path):
    monkeypatch.setenv("CLIQPHONE_DESK_HOME", str(tmp_path / "home"))  # own settings and cache
    monkeypatch.setattr(_login, "keyring_available", lambda: False)
    settings.app_settings().clear()
    win = MainWindow(service)
    win.resize(1300, 800)
    win.show()
    run_async(win.start(), timeout=60)
    qtbot.waitUntil(lambda: len(win.numbers_model.all_numbers()) > 0, timeout=30000)
    yield win
    win.media_player.shutdown()
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_panel(qtbot, window) -> MediaPanel:
    panel = window.media_panel
    if not panel.loaded_once:
        with qtbot.waitSignal(panel.mediaLoaded, timeout=10000):
            window.media_panel_action.trigger()
    return panel


def test_feature_installed_in_main_window(window, qtbot):
    assert isinstance(window.media_player, MediaPlayer)
    assert isinstance(window.media_panel, MediaPanel)
    assert window.media_panel_action in window.menu_view.actions()
    assert window.media_panel_action in window.toolbar.actions()
    assert window.media_panel_action.shortcut().toString() == "Ctrl+2"
    assert window.media_call_path_action in window._context_actions
    panel = open_panel(qtbot, window)
    assert panel.isVisible() and panel.model.rowCount() > 0
    window.media_panel_action.trigger()
    assert not panel.isVisible()


def test_media_names_reach_the_numbers_table(window, qtbot):
    qtbot.waitUntil(lambda: len(window.media_panel.known_media) > 0, timeout=10000)
    ctx = window.numbers_model.display_context()
    assert ctx.media_names  # the numbers table now names media rather than showing ids
    assert set(ctx.media_names) == set(window.media_panel.known_media)


def test_used_by_selects_numbers_in_table(window, qtbot):
    panel = open_panel(qtbot, window)
    numbers = window.numbers_model.all_numbers()
    counts = {m.id: len(numbers_using(m.id, numbers)) for m in panel.model.all_media()}
    media_id = max(counts, key=counts.get)
    assert counts[media_id] > 0
    panel.select_media(media_id)
    expected = {n.id for n, _ in numbers_using(media_id, numbers)}
    assert set(panel.usage_ids()) == expected
    qtbot.mouseClick(panel.show_numbers_button, Qt.MouseButton.LeftButton)
    assert {n.id for n in window.selected_numbers()} == expected
    # double-click on one entry: that number alone
    first = panel.usage_list.item(0)
    panel.usage_list.itemDoubleClicked.emit(first)
    assert [n.id for n in window.selected_numbers()] == [first.data(Qt.ItemDataRole.UserRole)]


def test_call_path_from_table_context_action(window, qtbot):
    numbers = window.numbers_model.all_numbers()
    number = max(numbers, key=lambda n: len(call_path(n)))
    assert len(call_path(number)) >= 2, "the sandbox seeds numbers with several media"
    window.select_numbers([number.id])
    assert [n.id for n in window.selected_numbers()] == [number.id]
    started = []
    window.media_player.currentChanged.connect(lambda m: started.append(m.id))
    window.media_call_path_action.trigger()
    qtbot.waitUntil(lambda: len(started) == 1, timeout=10000)
    expected = call_path(number)
    assert started[0] == expected[0]
    assert [m.id for m in window.media_player.queue] == expected[1:]
    assert window.media_panel.isVisible()  # shown so the user sees what plays and can stop it
    qtbot.waitUntil(lambda: window.media_player.is_playing(), timeout=10000)
    assert "parcours d'appel" in window.media_panel.now_playing.text()


def test_number_form_play_button_uses_the_one_player(window, qtbot, run_async, service):
    from app.ui.editing._widgets import MediaCombo

    media = run_async(service.call(lambda c: c.media()))
    slot = "repondeur"
    combo = MediaCombo(slot, window=window)
    qtbot.addWidget(combo)
    combo.set_media(media)
    chosen = next(m for m in media if m.type == "R" and m.etat)
    combo.set_value(chosen.id)
    assert combo.play.isVisibleTo(combo)
    qtbot.mouseClick(combo.play, Qt.MouseButton.LeftButton)
    assert window.media_player.current is not None and window.media_player.current.id == chosen.id
    qtbot.waitUntil(lambda: window.media_player.is_playing() and window.media_player.position() > 0,
                    timeout=10000)
    assert slot in SLOT_FIELDS
