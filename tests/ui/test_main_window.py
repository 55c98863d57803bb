"""The main window against the real sandbox: zones, server filters, instant search, sort, status bar,
column state across a restart, token expiry mid-session, the banner when the server goes away."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from app.api import CliqphoneClient, NoMatchError
from app.ui import _login
from app.ui import _settings as settings
from app.ui._filter_bar import SEARCH_DEBOUNCE_MS, Filters, numero_digits
from app.ui._numbers_model import COLUMN_KEYS
from app.ui.main_window import MainWindow

DEMO = ("test0123", "test0123")


@pytest.fixture(autouse=True)
def clean_settings(monkeypatch):
    monkeypatch.setattr(_login, "keyring_available", lambda: False)
    settings.app_settings().clear()
    settings.app_settings().sync()
    yield
    settings.app_settings().clear()
    settings.app_settings().sync()


def open_window(qtbot, run_async, service) -> MainWindow:
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    run_async(window.start(), timeout=60)
    return window


@pytest.fixture
def window(qtbot, run_async, service):
    return open_window(qtbot, run_async, service)


def fetch(run_async, base_url: str, **filters):
    async def go():
        async with CliqphoneClient(base_url) as client:
            await client.login(*DEMO)
            try:
                return await client.numbers(**filters)
            except NoMatchError:
                return []

    return run_async(go())


def apply(qtbot, window: MainWindow, filters: Filters) -> None:
    with qtbot.waitSignal(window.numbersLoaded, timeout=30_000):
        window.apply_filters(filters)


def ids(numbers) -> set[int]:
    return {n.id for n in numbers}


def test_window_surface_and_first_load(window, sandbox, run_async):
    for name in ("menu_file", "menu_edit", "menu_view", "menu_help", "toolbar", "numbers_model", "numbers_view"):
        assert getattr(window, name) is not None
    assert [m.title().replace("&", "") for m in (window.menu_file, window.menu_edit, window.menu_view,
                                                 window.menu_help)] == ["Fichier", "Édition", "Affichage", "Aide"]
    assert window.action_refresh.shortcut().toString() == "F5"
    assert window.action_search.shortcut().toString() == "Ctrl+F"
    assert window.action_quit.shortcut().toString() == "Ctrl+Q"
    expected = fetch(run_async, sandbox.base_url)
    assert ids(window.numbers_model.all_numbers()) == ids(expected)
    # The zone browser: « Toutes les zones » + the five zones, with counts from the load.
    zones = window.zone_browser.model
    assert zones.rowCount() == 6
    assert zones.data(zones.index(0, 0)) == "Toutes les zones"
    assert zones.count_of("") == len(expected)
    assert zones.count_of("fr_01") == sum(1 for n in expected if n.code == "fr_01")
    # Status bar: count with French grouping, who is connected where until when.
    assert "numéros" in window.count_label.text()
    assert "test0123" in window.connection_label.text() and "jusqu'à" in window.connection_label.text()


def test_zone_selection_filters_the_table(qtbot, window, sandbox, run_async):
    browser = window.zone_browser
    with qtbot.waitSignal(window.numbersLoaded, timeout=30_000):
        browser.view.setCurrentIndex(browser.model.index(browser.model.row_of_code("fr_02"), 0))
    shown = window.numbers_model.all_numbers()
    assert shown and {n.code for n in shown} == {"fr_02"}
    assert ids(shown) == ids(fetch(run_async, sandbox.base_url, code="fr_02"))
    assert window.filter_bar.filters().code == "fr_02"  # the bar follows the browser
    assert browser.details.labels["code"].text() == "fr_02"
    qtbot.waitUntil(lambda: browser.details.labels["nom"].text() == "Nord-Ouest")  # getallbyzone
    with qtbot.waitSignal(window.numbersLoaded, timeout=30_000):
        browser.view.setCurrentIndex(browser.model.index(0, 0))
    assert len({n.code for n in window.numbers_model.all_numbers()}) > 1


def test_each_server_filter(qtbot, window, sandbox, run_async):
    everything = window.numbers_model.all_numbers()
    sample = next(n for n in everything if n.compagne and n.nom_porteur and n.numero)
    cases = [
        Filters(etat=True), Filters(etat=False), Filters(type="TE"), Filters(type="FA"),
        Filters(numero=sample.numero[-6:]), Filters(compagne=sample.compagne),
        Filters(porteur=sample.nom_porteur.split()[0][:5]), Filters(code="fr_03", etat=True, type="TE"),
    ]
    for filters in cases:
        apply(qtbot, window, filters)
        expected = fetch(run_async, sandbox.base_url, **filters.to_kwargs())
        assert ids(window.numbers_model.all_numbers()) == ids(expected), filters
        assert expected or window.numbers_model.empty_state_text()
    assert all(n.etat for n in fetch(run_async, sandbox.base_url, etat=True))


def test_filter_bar_widgets_send_the_filters(qtbot, window):
    bar = window.filter_bar
    with qtbot.waitSignal(window.numbersLoaded, timeout=30_000):
        bar.type_combo.setCurrentIndex(bar.type_combo.findData("FA"))
        bar.type_combo.activated.emit(bar.type_combo.currentIndex())
    assert window.numbers_model.all_numbers() and all(n.is_fax for n in window.numbers_model.all_numbers())
    assert settings.value(settings.LAST_FILTERS) and "FA" in str(settings.value(settings.LAST_FILTERS))
    bar.numero_edit.setText("12")  # too short: explained next to the field, nothing sent
    with qtbot.assertNotEmitted(window.numbersLoaded, wait=200):
        bar.numero_edit.returnPressed.emit()
    assert bar.error_label.isVisible() and "4 à 15" in bar.error_label.text()
    assert numero_digits("01 87 22") == "3318722" and numero_digits("+33 1 87") == "33187"


def test_no_match_filter_gives_an_empty_state_not_a_dialog(qtbot, window):
    apply(qtbot, window, Filters(compagne="ZzAucuneCampagne"))
    assert window.numbers_model.rowCount() == 0
    assert "campagne" in window.numbers_model.empty_state_text()
    assert not window.banner.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog" and w.isVisible()]
    apply(qtbot, window, Filters(numero="999999999999"))
    assert window.numbers_model.rowCount() == 0 and window.numbers_model.empty_state_text()


def test_instant_search_is_debounced_and_filters_visible_rows(qtbot, window):
    model = window.numbers_model
    sample = next(n for n in model.all_numbers() if n.nom_porteur)
    word = sample.nom_porteur.split()[-1]
    window.filter_bar.search_edit.setText(word.upper())
    assert model.search_text == ""  # debounced: nothing yet
    qtbot.wait(SEARCH_DEBOUNCE_MS + 100)
    visible = model.visible_numbers()
    assert sample in visible
    assert all(word.lower() in " ".join(filter(None, [n.nom_porteur, n.info, n.compagne, n.numero])).lower()
               or word.lower() in (n.email_porteur or "").lower() for n in visible)
    assert len(visible) < model.total_count()
    assert "affiché" in window.count_label.text()
    window.clear_search()
    assert model.rowCount() == model.total_count()


def test_header_click_sorts_by_digits(qtbot, window):
    model, view = window.numbers_model, window.numbers_view
    column = COLUMN_KEYS.index("numero")
    view.horizontalHeader().sectionClicked.emit(column)  # what a click does
    view.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    digits = [n.numero for n in model.visible_numbers()]
    assert digits == sorted(digits)
    view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    digits = [n.numero for n in model.visible_numbers()]
    assert digits == sorted(digits, reverse=True)
    assert model.data(model.index(0, column)).startswith("+")  # shown formatted


def test_selection_status_and_select_numbers(qtbot, window):
    model, view = window.numbers_model, window.numbers_view
    picked = [model.number_at(r).id for r in (1, 3, 4)]
    window.select_numbers(picked)
    assert [n.id for n in window.selected_numbers()] == picked
    assert "3 sélectionnés" in window.count_label.text().replace("\u202f", " ")
    # select_numbers clears an instant search that hides them
    model.set_search("zzzz-nothing")
    assert model.rowCount() == 0
    window.select_numbers(picked[:1])
    assert model.search_text == "" and [n.id for n in window.selected_numbers()] == picked[:1]
    activated = []
    window.numberActivated.connect(activated.append)
    view.rowActivated.emit(model.row_of_id(picked[0]))
    assert activated and activated[0].id == picked[0]


def test_column_state_restored_after_a_restart(qtbot, run_async, service):
    first = open_window(qtbot, run_async, service)
    view, header = first.numbers_view, first.numbers_view.horizontalHeader()
    info, porteur, renvoi = (COLUMN_KEYS.index(k) for k in ("info", "porteur", "num_renvoi"))
    assert first.numbers_model.is_column_available(renvoi)  # the sandbox sends the configuration
    assert view.isColumnHidden(renvoi)  # configuration columns hidden by default
    view.set_column_wanted("info", False)
    view.set_column_wanted("num_renvoi", True)
    header.moveSection(header.visualIndex(porteur), 0)
    header.resizeSection(COLUMN_KEYS.index("compagne"), 233)
    view.sortByColumn(COLUMN_KEYS.index("compagne"), Qt.SortOrder.DescendingOrder)
    with qtbot.waitSignal(first.numbersLoaded, timeout=30_000):
        first.apply_filters(Filters(code="fr_04", type="TE"))
    first.close()

    second = open_window(qtbot, run_async, service)
    view2, header2 = second.numbers_view, second.numbers_view.horizontalHeader()
    assert view2.isColumnHidden(info) and not view2.isColumnHidden(renvoi)
    assert header2.logicalIndex(0) == porteur
    assert header2.sectionSize(COLUMN_KEYS.index("compagne")) == 233
    assert header2.sortIndicatorSection() == COLUMN_KEYS.index("compagne")
    assert second.filters == Filters(code="fr_04", type="TE")
    assert second.filter_bar.filters().type == "TE"
    assert {n.code for n in second.numbers_model.all_numbers()} == {"fr_04"}
    assert second.zone_browser.current_code() == "fr_04"


def test_close_guard_can_refuse(qtbot, window):
    closed = []
    window.closed.connect(lambda: closed.append(1))
    window.close_guards.append(lambda: False)
    window.close()
    assert window.isVisible() and not closed
    window.close_guards.clear()
    window.close()
    assert closed


def test_token_expiry_mid_session_relogin_then_the_refresh_completes(qtbot, run_async, make_sandbox):
    from app.ui._service import ApiService

    server = make_sandbox()
    service = ApiService(server.base_url, server_label="privé")
    run_async(service.login(*DEMO))
    window = open_window(qtbot, run_async, service)
    apply(qtbot, window, Filters(type="TE"))
    model = window.numbers_model
    model.set_search("a")
    window.filter_bar.search_edit.setText("a")
    picked = [model.number_at(r).id for r in (2, 5)]
    window.select_numbers(picked)
    before = ids(model.all_numbers())

    server.expire_all_tokens()
    task = asyncio.ensure_future(window.reload_numbers())
    qtbot.waitUntil(lambda: _relogin_dialog() is not None, timeout=15_000)
    dialog = _relogin_dialog()
    assert dialog.login_edit.text() == "test0123" and not dialog.server_combo.isEnabled()
    assert not task.done()  # the refresh waits for the user
    dialog.password_edit.setText("test0123")
    dialog.submit()
    qtbot.waitUntil(task.done, timeout=30_000)
    task.result()
    assert ids(model.all_numbers()) == before  # the interrupted refresh completed
    assert window.filters == Filters(type="TE") and model.search_text == "a"
    assert [n.id for n in window.selected_numbers()] == picked
    assert not window.banner.isVisible()
    run_async(service.aclose())


def _relogin_dialog():
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "loginDialog" and widget.isVisible():
            return widget
    return None


def test_banner_when_the_server_goes_away(qtbot, run_async, make_sandbox):
    from app.ui._service import ApiService

    server = make_sandbox()
    service = ApiService(server.base_url)
    run_async(service.login(*DEMO))
    window = open_window(qtbot, run_async, service)
    loaded = window.numbers_model.total_count()
    assert loaded
    server.stop()
    run_async(window.reload_numbers(), timeout=60)
    assert window.banner.isVisible()
    assert "injoignable" in window.banner.text_label.text()
    assert window.banner.retry_button.isVisible()
    assert window.numbers_model.total_count() == loaded  # what was shown stays
    window.banner.copy_button.click()
    assert "ConnectError" in QApplication.clipboard().text()
    run_async(service.aclose())


def test_copy_selection_as_tab_separated_text(qtbot, window):
    window.select_numbers([window.numbers_model.number_at(0).id])
    window.copy_selection()
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].startswith("Numéro\t") and len(lines) == 2
    assert lines[1].split("\t")[0] == window.numbers_model.data(window.numbers_model.index(0, 0))


def test_models_have_no_children(window):
    assert window.numbers_model.rowCount(window.numbers_model.index(0, 0)) == 0
    assert window.numbers_model.rowCount(QModelIndex()) > 0


def test_session_renewed_before_it_expires_without_a_refused_call(qtbot, run_async, make_sandbox):
    """Just before the token expires, the re-login dialog comes by itself (no call has to fail first)."""
    from app.ui._service import ApiService

    server = make_sandbox(token_lifetime=6)
    service = ApiService(server.base_url, server_label="privé")
    run_async(service.login(*DEMO))
    first_expiry = service.expires_at
    window = open_window(qtbot, run_async, service)
    assert window._renew_timer.isActive()
    qtbot.waitUntil(lambda: _relogin_dialog() is not None, timeout=15_000)
    assert service.expires_at == first_expiry  # asked before expiry, not after a refusal
    dialog = _relogin_dialog()
    dialog.password_edit.setText("test0123")
    dialog.submit()
    qtbot.waitUntil(lambda: service.expires_at != first_expiry, timeout=15_000)
    assert service.expires_at > first_expiry
    assert window._renew_timer.isActive()  # the next renewal is planned
    run_async(service.aclose())
