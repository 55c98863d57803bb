"""The number form and dialog against the sandbox: validation of every field rule as the user types,
a server refusal shown at its field, add and edit round-trips, « inchangé » for fields not sent."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication
from test_editing_helpers import add_numbers, server_numbers, unique_numero

from app import changes as ch
from app.api import CliqphoneClient, Number
from app.ui.editing import ADD, BULK, EDIT, EditingContext, NumberDialog, NumberForm


@pytest.fixture
def ctx(service, tmp_path):
    journal = ch.Journal(tmp_path / "journal.sqlite3")
    yield EditingContext(service, None, journal=journal)
    journal.close()


@pytest.fixture
def media(run_async, ctx):
    return run_async(ctx.media())


def settle(qtbot):
    qtbot.wait(5)


def test_each_field_rule_is_checked_as_the_user_types(qtbot, qloop, media):
    form = NumberForm(ADD, media=media)
    qtbot.addWidget(form)
    rows = form.rows
    # numéro: required for a new number, then 8 to 15 digits
    assert "numero" in form.errors()
    assert "Numéro" in form.blocking_reason()
    qtbot.keyClicks(rows["numero"].editor, "12 34")
    settle(qtbot)
    assert form.errors()["numero"] == "Un numéro compte de 8 à 15 chiffres."
    assert not rows["numero"].error.isHidden()
    rows["numero"].editor.setText("01 87 22 44 65")
    settle(qtbot)
    assert "numero" not in form.errors() and rows["numero"].error.isHidden()
    assert form.changes()["numero"] == "33187224465"
    assert form.changes()["code"] == "fr_01"  # zone follows the prefix of a new number
    # texts with a length rule
    cases = [("info", "x" * 256, "x" * 255), ("compagne", "A", "Été 2025"), ("compagne", "A" * 21, "AB"),
             ("nom_porteur", "n" * 101, "Service client"),
             ("email_porteur", "pas-une-adresse", "marie.dupont@cliqueo.fr"),
             ("num_renvoi", "12345", "06 12 34 56 78")]
    for name, bad, good in cases:
        rows[name].editor.setText(bad)
        settle(qtbot)
        assert name in form.errors(), name
        assert form.save_button_reason() if hasattr(form, "save_button_reason") else form.blocking_reason()
        rows[name].editor.setText(good)
        settle(qtbot)
        assert name not in form.errors(), (name, form.errors())
    assert form.changes()["num_renvoi"] == "33612345678"
    # a forward number that is well formed but not in the numbering plan: a warning, not an error
    rows["num_renvoi"].editor.setText("33000000000")
    settle(qtbot)
    assert "num_renvoi" not in form.errors() and not rows["num_renvoi"].warning.isHidden()
    # sonnerie: the spin box holds 0..300
    rows["sonnerie"].editor.setValue(301)
    assert rows["sonnerie"].editor.value() == 300
    # hours: start before end
    start, end = rows["hour_debut"].editor, rows["hour_fin"].editor
    start.choose.click()
    start.time_edit.setTime(QTime(10, 0))
    end.choose.click()
    end.time_edit.setTime(QTime(9, 0))
    settle(qtbot)
    assert form.errors().get("hour_fin") == "L'heure de fin doit être après l'heure de début."
    end.time_edit.setTime(QTime(10, 0))
    settle(qtbot)
    assert "hour_fin" in form.errors()  # equal is refused too
    end.time_edit.setTime(QTime(18, 30))
    settle(qtbot)
    assert "hour_fin" not in form.errors()
    assert (form.changes()["hour_debut"], form.changes()["hour_fin"]) == (dt.time(10), dt.time(18, 30))
    # dates: start not after end
    ds, de = rows["date_debut"].editor, rows["date_fin"].editor
    ds.choose.click()
    ds.date_edit.setDate(QDate(2030, 5, 2))
    de.choose.click()
    de.date_edit.setDate(QDate(2030, 5, 1))
    settle(qtbot)
    assert form.errors().get("date_fin") == "La date de fin ne peut pas précéder la date de début."
    de.date_edit.setDate(QDate(2030, 5, 2))
    settle(qtbot)
    assert "date_fin" not in form.errors()
    de.clear_button.click()
    settle(qtbot)
    assert "date_fin" not in form.changes()
    # days: at least one; all seven = « Tous les jours »
    days = rows["jours"].editor
    days.every.setChecked(False)
    settle(qtbot)
    assert form.errors().get("jours") == "Cochez au moins un jour."
    days.boxes["Lu"].setChecked(True)
    days.boxes["Ve"].setChecked(True)
    settle(qtbot)
    assert form.changes()["jours"] == ("Lu", "Ve") and "jours" not in form.errors()
    for box in days.boxes.values():
        box.setChecked(True)
    assert days.every.isChecked() and form.changes()["jours"] == ("All",)
    # media slots: the company's active media of the slot's type only, and « aucun »
    for slot, kind in ch.MEDIA_SLOTS.items():
        combo = rows[slot].editor.combo
        listed = {combo.itemData(i) for i in range(1, combo.count())}
        assert combo.itemText(0) == "aucun"
        assert listed == {m.id for m in media if m.type == kind and m.etat}, slot
    assert any(not m.etat for m in media)  # the sandbox has inactive media: they are not offered
    assert form.blocking_reason() is None


def test_edit_mode_cannot_clear_a_required_field_and_the_save_button_says_why(qtbot, qloop, run_async, ctx,
                                                                            service, media):
    (number,) = run_async(add_numbers(service, 1, email_porteur="a.b@cliqueo.fr", sonnerie=20))
    dialog = NumberDialog(ctx, number, media=media)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled()
    assert dialog.save_button.toolTip() == "Aucune modification à enregistrer."
    dialog.form.rows["numero"].editor.setText("")
    settle(qtbot)
    assert dialog.form.errors()["numero"] == "Ce champ ne peut pas être vidé."
    assert not dialog.save_button.isEnabled()
    assert "Numéro" in dialog.save_button.toolTip() and "vidé" in dialog.status.text()
    dialog.form.rows["numero"].editor.setText(number.numero)
    dialog.form.rows["email_porteur"].editor.setText("c.d@cliqueo")
    settle(qtbot)
    assert not dialog.save_button.isEnabled() and "e-mail" in dialog.status.text().lower()
    dialog.form.rows["email_porteur"].editor.setText("c.d@cliqueo.fr")
    settle(qtbot)
    assert dialog.save_button.isEnabled()
    assert dialog.form.changes() == {"email_porteur": "c.d@cliqueo.fr"}


def test_server_refusal_goes_back_to_its_field(qtbot, qloop, run_async, ctx, service, sandbox, media):
    """0304: the numéro belongs to another company — only the server can know that."""
    async def other_company_numero():
        async with CliqphoneClient(sandbox.base_url) as client:
            await client.login("demo0456", "demo0456")
            return (await client.numbers())[0].numero

    taken = run_async(other_company_numero())
    (number,) = run_async(add_numbers(service, 1))
    dialog = NumberDialog(ctx, number, media=media)
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.form.rows["numero"]
    row.editor.setText(taken)
    dialog.form.rows["info"].editor.setText("changé")
    settle(qtbot)
    assert dialog.form.blocking_reason() is None  # the client cannot see any problem
    ok = run_async(dialog.save_async())
    assert ok is False and dialog.isVisible()
    assert not row.error.isHidden()
    assert row.error.text() == "Ce numéro existe déjà (il appartient à un autre numéro ou à un autre client)."
    assert row.editor.property("invalid") is True
    assert "Numéro" in dialog.status.text()
    assert dialog.last_error.code == "0304"
    # nothing changed on the server, the journal says refused
    now = run_async(server_numbers(service, [number.id]))[number.id]
    assert now.numero == number.numero and now.info == number.info
    (rec,) = ctx.journal.changes(numero=number.numero)
    assert (rec.status, rec.code, rec.field) == ("refused", "0304", "numero")
    # editing the field clears the server's error
    row.editor.setText(unique_numero())
    settle(qtbot)
    assert row.error.isHidden()


def test_add_round_trip(qtbot, qloop, run_async, ctx, service, media):
    dialog = NumberDialog(ctx, None, media=media)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Nouveau numéro"
    assert not dialog.save_button.isEnabled() and "Numéro" in dialog.save_button.toolTip()
    numero = unique_numero()
    rows = dialog.form.rows
    qtbot.keyClicks(rows["numero"].editor, "0" + numero[2:])  # typed the French way
    rows["info"].editor.setText("Accueil agence")
    rows["type_repondeur"].editor.setCurrentIndex(rows["type_repondeur"].editor.findData("Ren"))
    rows["num_renvoi"].editor.setText("06 12 34 56 78")
    music = next(m for m in media if m.type == "MA" and m.etat)
    combo = rows["music_attente"].editor.combo
    combo.setCurrentIndex(combo.findData(music.id))
    settle(qtbot)
    assert dialog.save_button.isEnabled(), dialog.save_button.toolTip()
    saved = []
    dialog.saved.connect(saved.append)
    assert run_async(dialog.save_async()) is True
    new = saved[0]
    assert new.numero == numero and new.info == "Accueil agence" and new.type_repondeur == "Ren"
    assert new.num_renvoi == "33612345678" and new.music_attente == music.id and new.etat is True
    assert new.jours == ("All",) and new.sonnerie == 20
    (rec,) = ctx.journal.changes(numero=numero)
    assert (rec.op, rec.status, rec.number_id) == ("add", "done", new.id)


def test_edit_round_trip_sends_only_changed_fields(qtbot, qloop, run_async, ctx, service, media):
    (number,) = run_async(add_numbers(service, 1, sonnerie=20, jours="All", info="avant", hour_debut="09:00",
                                      hour_fin="18:00"))
    dialog = NumberDialog(ctx, number, media=media)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = dialog.form.rows
    rows["sonnerie"].editor.setValue(45)
    rows["jours"].editor.every.setChecked(False)
    for day in ("Lu", "Ma", "Me"):
        rows["jours"].editor.boxes[day].setChecked(True)
    rows["hour_fin"].editor.time_edit.setTime(QTime(17, 0))
    settle(qtbot)
    assert dialog.form.changes() == {"sonnerie": 45, "hour_fin": dt.time(17, 0), "jours": ("Lu", "Ma", "Me")}
    assert run_async(dialog.save_async()) is True
    now = run_async(server_numbers(service, [number.id]))[number.id]
    assert (now.sonnerie, now.jours, now.hour_fin, now.info, now.hour_debut) == (
        45, ("Lu", "Ma", "Me"), dt.time(17), "avant", dt.time(9))
    (rec,) = ctx.journal.changes(numero=number.numero)
    assert set(rec.after) == {"sonnerie", "hour_fin", "jours"}
    assert rec.before == {"sonnerie": 20, "hour_fin": dt.time(18), "jours": ("All",)}


def test_fields_the_server_did_not_send_show_unchanged_and_are_never_sent(qtbot, qloop, media):
    number = Number(id=1, numero="33187224465", code="fr_01", etat=True, info="x",
                    fields_sent=frozenset({"id", "numero", "code", "etat", "info"}))
    form = NumberForm(EDIT, [number], media=media)
    qtbot.addWidget(form)
    row = form.rows["sonnerie"]
    assert row.apply is not None and not row.apply.isChecked()
    assert row.hint.text() == "inchangé"
    assert form.rows["info"].apply is None  # a known field has no « Modifier » box
    assert form.changes() == {}
    row.editor.setValue(30)  # editing it means changing it
    settle(qtbot)
    assert row.apply.isChecked() and form.changes() == {"sonnerie": 30}
    row.apply.setChecked(False)
    settle(qtbot)
    assert form.changes() == {}


def test_bulk_form_starts_as_do_not_change_and_shows_differing_values(qtbot, qloop, media):
    a = Number(id=1, numero="33187224465", info="même", sonnerie=20, fields_sent=frozenset({"info", "sonnerie"}))
    b = Number(id=2, numero="33187224466", info="même", sonnerie=40, fields_sent=frozenset({"info", "sonnerie"}))
    form = NumberForm(BULK, [a, b], media=media)
    qtbot.addWidget(form)
    assert "numero" not in form.rows
    assert form.rows["info"].hint.text() == "ne pas modifier" and form.rows["info"].editor.text() == "même"
    assert form.rows["sonnerie"].hint.text() == "valeurs différentes"
    assert form.changes() == {} and form.blocking_reason() == "Aucune modification à enregistrer."
    form.rows["info"].editor.setText("")  # clearing is a change where clearing is allowed
    settle(qtbot)
    assert form.changes() == {"info": None} and form.blocking_reason() is None
    form.rows["etat"].apply.setChecked(True)
    settle(qtbot)
    assert form.changes() == {"info": None, "etat": False}


def test_escape_asks_before_losing_changes(qtbot, qloop, ctx, media):
    from PySide6.QtWidgets import QMessageBox

    dialog = NumberDialog(ctx, None, media=media)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()  # nothing typed: closes at once
    dialog = NumberDialog(ctx, None, media=media)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.rows["info"].editor.setText("brouillon")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and isinstance(dialog._confirm, QMessageBox)
    keep = next(b for b in dialog._confirm.buttons() if b.text() == "Continuer la saisie")
    keep.click()
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    discard = next(b for b in dialog._confirm.buttons() if b.text() == "Fermer sans enregistrer")
    discard.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_play_button_calls_the_media_player_when_there_is_one(qtbot, qloop, media):
    class Player:
        def __init__(self):
            self.played = []

        def play_media(self, m):
            self.played.append(m)

    class Window:
        media_player = Player()

    form = NumberForm(ADD, media=media, window=Window())
    qtbot.addWidget(form)
    form.show()
    slot = form.rows["music_attente"].editor
    assert slot.play.isVisible() and not slot.play.isEnabled()  # « aucun »: nothing to play
    music = next(m for m in media if m.type == "MA" and m.etat)
    slot.combo.setCurrentIndex(slot.combo.findData(music.id))
    assert slot.play.isEnabled() and slot.play.accessibleName() == "Écouter « Musique d'attente »"  # names its slot
    slot.play.click()
    assert Window.media_player.played == [music]
    plain = NumberForm(ADD, media=media)  # no player: no button
    qtbot.addWidget(plain)
    plain.show()
    assert not plain.rows["music_attente"].editor.play.isVisible()


def test_ctrl_s_saves(qtbot, qloop, run_async, ctx, service, media):
    (number,) = run_async(add_numbers(service, 1, info="avant"))
    dialog = NumberDialog(ctx, number, media=media)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # shortcuts go to the active window
    dialog.form.rows["info"].editor.setText("par Ctrl+S")
    qtbot.waitUntil(dialog.save_button.isEnabled)
    qtbot.keyClick(dialog.form.rows["info"].editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    assert run_async(server_numbers(service, [number.id]))[number.id].info == "par Ctrl+S"
