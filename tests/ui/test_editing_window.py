"""Editing inside the main window: actions, bulk edit with preview and run window (one failing row,
retry), cancel mid-run, token expiry mid-run then resume, history with undo (with and without a
conflict), export then import of an edited CSV, and crash recovery of a killed run."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys
import textwrap

import pytest
import shiboken6
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QApplication, QMessageBox
from test_editing_helpers import add_numbers, campaign, relogin_dialog, server_numbers, top_level

from app import changes as ch
from app.api import NumberChanges
from app.ui import _login
from app.ui import _settings as settings
from app.ui._filter_bar import Filters
from app.ui.editing import BulkEditDialog, PreviewDialog, RunDialog
from app.ui.editing._io import export_visible
from app.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """Each test its own settings and journal: an unfinished run never pops up in another test."""
    monkeypatch.setenv("CLIQPHONE_DESK_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(_login, "keyring_available", lambda: False)
    from app.ui.editing import _context

    monkeypatch.setattr(_context, "_journals", {})
    yield
    for journal in _context._journals.values():
        journal.close()


def open_window(qtbot, run_async, service, filters: Filters | None = None) -> MainWindow:
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.show()
    run_async(window.start(), timeout=60)
    if filters is not None:
        run_async(window.apply_filters(filters), timeout=60)
    return window


def wait_top(qtbot, cls, timeout=15_000):
    qtbot.waitUntil(lambda: top_level(cls) is not None, timeout=timeout)
    return top_level(cls)


def run_dialog_finished(qtbot, dialog: RunDialog, timeout=60_000):
    qtbot.waitUntil(lambda: dialog.summary is not None and not dialog.is_running(), timeout=timeout)
    return dialog.summary


def test_actions_are_installed(qtbot, run_async, service):
    window = open_window(qtbot, run_async, service)
    e = window.editing
    texts = [a.text() for a in window.menu_edit.actions()]
    assert texts[:3] == ["&Nouveau numéro…", "&Modifier…", "Modifier la &sélection…"]
    assert "&Historique" in texts
    assert [a.text() for a in window.menu_file.actions()][:2] == ["&Exporter…", "&Importer des modifications…"]
    assert e.action_new.shortcut().toString() == "Ctrl+N"
    assert e.action_new in window.toolbar.actions() and e.action_history in window.toolbar.actions()
    assert e.action_edit in window._context_actions and e.action_bulk in window._context_actions
    window.numbers_view.clearSelection()
    e.update_actions()
    assert not e.action_edit.isEnabled()
    # Enter / double-click: the window's numberActivated opens the form on that number
    number = window.numbers_model.number_at(0)
    window.numberActivated.emit(number)
    qtbot.waitUntil(lambda: e.last_dialog is not None and e.last_dialog.isVisible(), timeout=10_000)
    assert e.last_dialog.number == number and e.last_dialog.form.mode == "edit"
    e.last_dialog.reject()


def test_bulk_edit_50_with_one_failing_row_then_retry(qtbot, run_async, service):
    tag = campaign()
    numbers = run_async(add_numbers(service, 50, compagne=tag, hour_debut="08:00", hour_fin="19:00",
                                    active_appel_entrant=True), timeout=60)
    odd = numbers[17]
    run_async(service.call(lambda c: c.edit_number(odd.id, NumberChanges(hour_fin="21:00", hour_debut="18:00"))))
    window = open_window(qtbot, run_async, service, Filters(compagne=tag))
    assert window.numbers_model.rowCount() == 50
    window.numbers_view.selectAll()
    assert len(window.selected_numbers()) == 50
    assert window.editing.action_bulk.isEnabled()
    run_async(window.editing.edit_selection())
    dialog = window.editing.last_dialog
    assert isinstance(dialog, BulkEditDialog) and dialog.windowTitle() == "Modifier 50 numéro(s)"
    form = dialog.form
    assert form.rows["hour_fin"].hint.text() == "valeurs différentes"
    form.rows["hour_fin"].editor.choose.click()
    form.rows["hour_fin"].editor.time_edit.setTime(QTime(17, 0))
    form.rows["active_appel_entrant"].editor.setChecked(False)
    qtbot.waitUntil(lambda: form.changes() == {"hour_fin": dt.time(17), "active_appel_entrant": False})
    assert form.rows["hour_fin"].apply.isChecked()
    qtbot.waitUntil(dialog.save_button.isEnabled)
    dialog.save_button.click()
    preview = wait_top(qtbot, PreviewDialog)
    assert "50 numéro(s) seront modifiés" in preview.summary.text()
    assert preview.tree.topLevelItemCount() == 50
    odd_item = next(preview.tree.topLevelItem(i) for i in range(50)
                    if preview.tree.topLevelItem(i).text(0).replace(" ", "").endswith(odd.numero[-8:]))
    assert "Les appels entrants seront coupés." in odd_item.text(3)
    assert "heure de fin" in odd_item.text(3)
    assert preview.apply_button.text() == "Appliquer à 50 numéro(s)"
    preview.apply_button.click()
    run = wait_top(qtbot, RunDialog)
    summary = run_dialog_finished(qtbot, run)
    assert (summary.succeeded, summary.refused, summary.failed) == (49, 1, 0)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # the form closed when the run started
    assert run.retry_button.isVisible() and run.retry_button.isEnabled()
    assert "1 échec" in run.state.text()
    run.only_failures.setChecked(True)
    assert run.model.rowCount() == 1
    assert run.model.data(run.model.index(0, 1)) == "Refusé"
    assert run.model.data(run.model.index(0, 2)) == "L'heure de fin doit être après l'heure de début."
    # the table was re-read from the server
    qtbot.waitUntil(lambda: {n.id: n for n in window.numbers_model.all_numbers()}[numbers[0].id].hour_fin
                    == dt.time(17), timeout=10_000)
    by_id = {n.id: n for n in window.numbers_model.all_numbers()}
    assert by_id[odd.id].hour_fin == dt.time(21) and by_id[numbers[1].id].active_appel_entrant is False
    # fix the odd one on the server, then « Réessayer les échecs »: only that one is sent
    run_async(service.call(lambda c: c.edit_number(odd.id, NumberChanges(hour_debut="08:00"))))
    run.retry_button.click()
    summary = run_dialog_finished(qtbot, run)
    assert (summary.succeeded, summary.refused) == (50, 0)
    assert not run.retry_button.isVisible()
    records = run.context.journal.changes(run_id=run.runner.run_id)
    assert sorted(r.attempts for r in records) == [1] * 49 + [2]
    now = run_async(server_numbers(service, [odd.id]))
    assert now[odd.id].hour_fin == dt.time(17)
    qtbot.waitUntil(lambda: {n.id: n for n in window.numbers_model.all_numbers()}[odd.id].hour_fin == dt.time(17))
    run.close()


def test_cancel_mid_run(qtbot, run_async, service):
    settings.set_value(settings.BULK_CONCURRENCY, 3)
    tag = campaign()
    numbers = run_async(add_numbers(service, 60, compagne=tag), timeout=60)
    window = open_window(qtbot, run_async, service, Filters(compagne=tag))
    ctx = window.editing.context
    plan = ch.plan_bulk(numbers, {"info": "annulé à mi-course"})
    run = window.editing.flows.start_run(ctx, plan.edits, kind=ch.KIND_BULK)
    assert run.runner.concurrency == 3

    answers = []

    def click_cancel(result):
        answers.append(result)
        if len(answers) == 12:
            run.cancel_button.click()

    run.runner.on_result = click_cancel
    summary = run_dialog_finished(qtbot, run)
    assert summary.state == "cancelled"
    assert 12 <= summary.succeeded <= 14 and summary.succeeded + summary.skipped == 60
    assert "Annulé" in run.state.text() and not run.cancel_button.isVisible()
    infos = run_async(server_numbers(service, [n.id for n in numbers]))
    assert sum(1 for n in infos.values() if n.info == "annulé à mi-course") == summary.succeeded
    assert ctx.journal.run(run.runner.run_id).status == "cancelled"
    assert ctx.journal.unfinished_runs() == []
    run.close()


def test_token_expiry_mid_run_pauses_relogin_then_resumes(qtbot, run_async, make_sandbox):
    from app.ui._service import ApiService

    server = make_sandbox()
    service = ApiService(server.base_url, server_label="privé")
    run_async(service.login("test0123", "test0123"))
    window = open_window(qtbot, run_async, service)
    numbers = run_async(service.call(lambda c: c.numbers()))[:80]
    plan = ch.plan_bulk(numbers, {"info": "après reconnexion"})
    run = window.editing.flows.start_run(window.editing.context, plan.edits, kind=ch.KIND_BULK)

    answers = []

    def expire(result):
        answers.append(result)  # (results may grow by more than one between two callbacks)
        if len(answers) == 20:
            server.expire_all_tokens()

    run.runner.on_result = expire
    qtbot.waitUntil(lambda: relogin_dialog() is not None, timeout=30_000)
    assert run.runner.paused and run.runner.state == "paused"
    qtbot.waitUntil(lambda: "En pause" in run.state.text(), timeout=5_000)
    answered = len(run.runner.results)
    qtbot.wait(300)
    assert len(run.runner.results) == answered  # nothing new is sent while paused
    dialog = relogin_dialog()
    dialog.password_edit.setText("test0123")  # the user logs in again
    dialog.submit()
    summary = run_dialog_finished(qtbot, run)
    assert (summary.state, summary.succeeded, summary.refused, summary.failed) == ("finished", 80, 0, 0)
    assert run.runner.pause_count == 1  # one pause, one re-login for every edit in flight
    infos = run_async(server_numbers(service, [n.id for n in numbers]))
    assert all(n.info == "après reconnexion" for n in infos.values())
    run.close()
    run_async(service.aclose())


def test_history_and_undo_with_and_without_conflict(qtbot, run_async, service):
    tag = campaign()
    numbers = run_async(add_numbers(service, 3, compagne=tag, info="origine", sonnerie=20))
    window = open_window(qtbot, run_async, service, Filters(compagne=tag))
    ctx = window.editing.context
    plan = ch.plan_bulk(numbers, {"info": "lot", "sonnerie": 60})
    run = window.editing.flows.start_run(ctx, plan.edits, kind=ch.KIND_BULK, description="3 numéros")
    run_dialog_finished(qtbot, run)
    run.close()
    # somebody changes one number's info on the server since
    run_async(service.call(lambda c: c.edit_number(numbers[2].id, NumberChanges(info="ailleurs"))))

    history = window.editing.show_history()
    assert history.tree.topLevelItemCount() == 1
    top = history.tree.topLevelItem(0)
    assert top.text(1) == "Modification groupée" and top.text(2) == "test0123" and top.childCount() == 3
    assert "Informations : origine → lot" in top.child(0).text(3)
    history.number_filter.setText(numbers[1].numero[-6:])
    assert history.tree.topLevelItem(0).childCount() == 1
    history.number_filter.setText("")
    history.since.set_value(dt.date.today() + dt.timedelta(days=1))
    assert history.tree.topLevelItemCount() == 0 and not history.empty.isHidden()
    history.since.set_value(None)
    history.select_run(run.runner.run_id)
    assert history.undo_button.isEnabled()
    history.undo_button.click()
    preview = wait_top(qtbot, PreviewDialog)
    assert preview.tree.topLevelItemCount() == 2 and preview.conflicts_tree.topLevelItemCount() == 1
    conflict = preview.conflicts_tree.topLevelItem(0).child(0)
    assert (conflict.text(1), conflict.text(2), conflict.text(3)) == ("lot", "ailleurs", "origine")
    assert preview.apply_button.text() == "Appliquer à 2 numéro(s)"
    preview.apply_button.click()  # without confirming the conflict
    undo_run = wait_top(qtbot, RunDialog)
    run_dialog_finished(qtbot, undo_run)
    undo_run.close()
    now = run_async(server_numbers(service, [n.id for n in numbers]))
    assert [(now[n.id].info, now[n.id].sonnerie) for n in numbers] == [
        ("origine", 20), ("origine", 20), ("ailleurs", 60)]
    qtbot.waitUntil(lambda: history.tree.topLevelItemCount() == 2)
    # the undo is in the history (newest first); the undone changes are marked
    assert history.tree.topLevelItem(0).text(1) == "Annulation"
    old = history.tree.topLevelItem(1)
    assert [old.child(i).text(4).endswith("(annulée)") for i in range(3)] == [True, True, False]
    # undo the conflicting one, confirming this time
    history.select_run(run.runner.run_id, 2)
    history.undo_button.click()
    preview = wait_top(qtbot, PreviewDialog)
    assert not preview.apply_button.isEnabled()
    preview.include_conflicts_box.setChecked(True)
    assert preview.apply_button.isEnabled()
    preview.apply_button.click()
    undo_run = wait_top(qtbot, RunDialog)
    run_dialog_finished(qtbot, undo_run)
    now = run_async(server_numbers(service, [numbers[2].id]))
    assert (now[numbers[2].id].info, now[numbers[2].id].sonnerie) == ("origine", 20)
    undo_run.close()
    history.close()


def test_export_then_reimport_an_edited_csv(qtbot, run_async, service, tmp_path):
    tag = campaign()
    numbers = run_async(add_numbers(service, 5, compagne=tag, info="départ", etat=True))
    window = open_window(qtbot, run_async, service, Filters(compagne=tag))
    window.numbers_view.setColumnHidden(window.numbers_model.column_of("num_renvoi"), False)
    path = tmp_path / "export.csv"
    count = run_async(export_visible(window.editing.context, window, str(path)))
    assert count == 5
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    header = rows[0]
    assert header[0] == "Numéro" and "Info" in header and "Numéro de renvoi" in header
    col = {h: i for i, h in enumerate(header)}
    rows[1][col["Info"]] = "importé"
    rows[2][col["Numéro de renvoi"]] = "06 98 76 54 32"
    rows[3][col["Info"]] = "x" * 300  # invalid: listed, not sent
    rows.append(["+33 1 00 00 00 01"] + [""] * (len(header) - 1))
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh, delimiter=";").writerows(rows)
    window.editing.import_file(str(path))
    preview = wait_top(qtbot, PreviewDialog, timeout=30_000)
    assert preview.tree.topLevelItemCount() == 2
    assert preview.problems_tree.topLevelItemCount() == 2
    problems = {preview.problems_tree.topLevelItem(i).text(4) for i in range(2)}
    assert "Numéro inconnu : il n'est pas dans la liste de votre société." in problems
    assert any("Informations" in p for p in problems)
    preview.apply_button.click()
    run = wait_top(qtbot, RunDialog)
    summary = run_dialog_finished(qtbot, run)
    assert summary.succeeded == 2
    assert run.context.journal.run(run.runner.run_id).kind == "import"
    by_numero = {n.numero: n for n in run_async(server_numbers(service, [n.id for n in numbers])).values()}
    first = next(r for r in rows[1:] if r[col["Info"]] == "importé")[0].replace(" ", "").lstrip("+")
    assert by_numero[first].info == "importé"
    assert sum(1 for n in by_numero.values() if n.num_renvoi == "33698765432") == 1
    assert sum(1 for n in by_numero.values() if n.info == "départ") == 4  # the invalid row was not sent
    run.close()


CRASH_SCRIPT = textwrap.dedent("""
    import asyncio, json, sys
    from app import changes as ch
    from app.api import CliqphoneClient, Number

    base_url, ids = sys.argv[1], json.loads(sys.argv[2])

    async def main():
        async with CliqphoneClient(base_url) as client:
            await client.login("test0123", "test0123")
            numbers = [n for n in await client.numbers() if n.id in set(ids)]
            plan = ch.plan_bulk(numbers, {"info": "reprise après plantage"})

            async def slow_call(fn):
                await asyncio.sleep(0.05)  # slow enough to be killed in the middle
                return await fn(client)

            def on_result(_r):
                print("answered", len(runner.results), flush=True)

            runner = ch.BulkRunner(plan.edits, slow_call, journal=ch.Journal(), concurrency=2,
                                   user="test0123", server="demo", on_result=on_result)
            await runner.run()

    asyncio.run(main())
""")


def test_crash_mid_run_then_reopen_offers_to_resume(qtbot, run_async, service, sandbox, tmp_path):
    tag = campaign()
    numbers = run_async(add_numbers(service, 80, compagne=tag, info="avant"), timeout=60)
    env = dict(os.environ)
    proc = subprocess.Popen([sys.executable, "-c", CRASH_SCRIPT, sandbox.base_url,
                             json.dumps([n.id for n in numbers])], stdout=subprocess.PIPE, text=True, env=env,
                            cwd=os.getcwd())
    try:
        for line in proc.stdout:
            if line.startswith("answered") and int(line.split()[1]) >= 15:
                break
        proc.kill()  # the application dies in the middle of the run
    finally:
        proc.wait(timeout=10)
    journal = ch.Journal()
    (run,) = journal.unfinished_runs()
    assert run.status == "running" and 15 <= run.counts.get("done", 0) < 80 and run.unsent > 0
    journal.close()
    # reopen: the window offers to resume the unfinished run
    window = open_window(qtbot, run_async, service, Filters(compagne=tag))
    box = wait_top(qtbot, QMessageBox)
    assert box.windowTitle() == "Modifications non terminées"
    assert "n'ont pas été envoyées" in box.informativeText()
    next(b for b in box.buttons() if b.text() == "Reprendre").click()
    qtbot.waitUntil(lambda: isinstance(window.editing.last_dialog, RunDialog), timeout=15_000)
    resumed = window.editing.last_dialog
    summary = run_dialog_finished(qtbot, resumed)
    assert (summary.state, summary.succeeded, summary.failed, summary.refused) == ("finished", 80, 0, 0)
    infos = run_async(server_numbers(service, [n.id for n in numbers]))
    assert all(n.info == "reprise après plantage" for n in infos.values())
    assert window.editing.context.journal.unfinished_runs() == []
    qtbot.waitUntil(lambda: all(n.info == "reprise après plantage" for n in window.numbers_model.all_numbers()))
    resumed.close()


def test_close_guard_refuses_while_a_run_is_in_progress(qtbot, run_async, service):
    window = open_window(qtbot, run_async, service)
    e = window.editing

    class Busy:
        def is_running(self):
            return True

    e.context.active_runs.append(Busy())
    assert e.can_close() is False
    e.context.active_runs.clear()
    assert e.can_close() is True
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            w.close()

