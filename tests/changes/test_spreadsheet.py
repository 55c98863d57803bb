"""CSV/XLSX export and re-import of an edited file, with unknown numbers and invalid cells listed."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt

from app import changes as ch
from app.api import CliqphoneClient

from .conftest import add_numbers, raw_call

COLUMNS = [ch.Column("Numéro", "numero"), ch.Column("Zone", "code"), ch.Column("État", "etat"),
           ch.Column("Campagne", "compagne"), ch.Column("Numéro de renvoi", "num_renvoi"),
           ch.Column("Heure de début", "hour_debut"), ch.Column("Heure de fin", "hour_fin"),
           ch.Column("Jours", "jours"), ch.Column("Renvoi du", "date_debut"),
           ch.Column("Musique d'attente", "music_attente"), ch.Column("Type", None, lambda n: "Fax" if n.is_fax else "Tél")]


def test_csv_is_what_french_excel_opens(tmp_path):
    from app.api import Number

    n = Number(id=5, numero="33187224465", code="fr_01", etat=True, compagne="Été", jours=("Lu", "Ma"),
               hour_debut=dt.time(9, 0), fields_sent=frozenset({"numero", "code", "etat", "compagne", "jours",
                                                                  "hour_debut"}))
    path = tmp_path / "export.csv"
    assert ch.export_numbers(path, [n], COLUMNS) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].split(";")[:3] == ["Numéro", "Zone", "État"]
    cells = lines[1].split(";")
    assert cells[0] == "+33 1 87 22 44 65"  # stays text in Excel
    assert cells[2] == "Actif" and cells[3] == "Été" and cells[5] == "09:00" and cells[7] == "Lu,Ma"
    assert cells[6] == ""  # not sent by the server: empty, and an empty unknown cell changes nothing
    assert cells[-1] == "Tél"


def test_export_edit_reimport_round_trip(sandbox, tmp_path, journal):
    async def main():
        async with CliqphoneClient(sandbox.base_url) as client:
            await client.login("test0123", "test0123")
            media = await client.media()
            music = [m for m in media if m.type == "MA" and m.etat]
            numbers = await add_numbers(client, 6, etat=True, compagne="Printemps", hour_debut="08:00",
                                        hour_fin="18:00", jours="All")
            names = ch.MediaNames(media)
            for suffix in ("csv", "xlsx"):
                path = tmp_path / f"numeros.{suffix}"
                ch.export_numbers(path, numbers, COLUMNS, names)
                sheet = ch.read_sheet(path)
                assert len(sheet.rows) == 6
                # untouched file: nothing to change
                plan = ch.plan_import(sheet, numbers, media=names)
                assert plan.edits == [] and plan.problems == [] and len(plan.unchanged) == 6
                assert plan.ignored_columns == ["Type"]

            # a person edits the CSV in a spreadsheet (and saves it as Windows-1252, like Excel does)
            path = tmp_path / "numeros.csv"
            with open(path, encoding="utf-8-sig", newline="") as fh:
                rows = list(csv.reader(fh, delimiter=";"))
            header = rows[0]
            col = {h: i for i, h in enumerate(header)}
            rows[1][col["Campagne"]] = "Automne"
            rows[2][col["Numéro de renvoi"]] = "06 12 34 56 78"
            rows[2][col["Heure de fin"]] = "17h30"
            rows[3][col["Jours"]] = "Lu,Ma,Me"
            rows[3][col["Musique d'attente"]] = music[0].nom
            rows[3][col["État"]] = "Inactif"
            rows[4][col["Campagne"]] = ""  # cleared
            rows[5][col["Heure de début"]] = "25:00"  # invalid cell: this row is not sent
            rows[6][col["Renvoi du"]] = "31/12/2030"
            rows.append(["+33 1 99 99 99 99"] + [""] * (len(header) - 1))  # unknown number
            rows.append(list(rows[1]))  # the same number twice
            with open(path, "w", encoding="cp1252", newline="") as fh:
                csv.writer(fh, delimiter=";").writerows(rows)

            plan = ch.plan_import(ch.read_sheet(path), await client.numbers(), media=names)
            by_numero = {e.numero: e for e in plan.edits}
            assert by_numero[numbers[0].numero].after == {"compagne": "Automne"}
            assert by_numero[numbers[1].numero].after == {"num_renvoi": "33612345678",
                                                          "hour_fin": dt.time(17, 30)}
            assert by_numero[numbers[2].numero].after == {"etat": False, "jours": ("Lu", "Ma", "Me"),
                                                          "music_attente": music[0].id}
            assert ch.DEACTIVATED in [w.kind for w in by_numero[numbers[2].numero].warnings]
            assert by_numero[numbers[3].numero].after == {"compagne": None}
            assert by_numero[numbers[5].numero].after == {"date_debut": dt.date(2030, 12, 31)}
            assert numbers[4].numero not in by_numero
            kinds = sorted((p.kind, p.row) for p in plan.problems)
            assert kinds == [("duplicate", 9), ("invalid", 6), ("unknown_number", 8)]
            invalid = next(p for p in plan.problems if p.kind == "invalid")
            assert (invalid.field, invalid.value, invalid.code) == ("hour_debut", "25:00", "0325")

            runner = ch.BulkRunner(plan.edits, raw_call(client), journal=journal, kind=ch.KIND_IMPORT)
            summary = await runner.run()
            assert summary.succeeded == 5, summary
            now = {n.id: n for n in await client.numbers()}
            assert now[numbers[0].id].compagne == "Automne"
            assert now[numbers[1].id].hour_fin == dt.time(17, 30)
            assert now[numbers[2].id].music_attente == music[0].id and now[numbers[2].id].etat is False
            assert now[numbers[3].id].compagne is None
            assert now[numbers[4].id].hour_debut == dt.time(8, 0)

    asyncio.run(main())


def test_headers_are_recognised_in_many_spellings():
    fields = ch.header_fields(["N°", "numéro de renvoi", "numRenvoi", "ETAT", "id", "Colonne libre", "Heure de fin"])
    assert fields == ["numero", "num_renvoi", None, "etat", "id", None, "hour_fin"]
