"""The numbers and zones models on their own, through `rowCount`/`data`/`headerData` and sort/search."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.api import Number, Zone
from app.ui._numbers_model import COLUMN_KEYS, NumberRole, NumbersModel, search_terms
from app.ui._zones import ZoneCodeRole, ZonesModel

BASE = frozenset({"id", "code", "numero", "type", "entreprise", "etat", "info", "telephon",
                  "nom_porteur", "compagne"})


def num(id_: int, numero: str, **kw) -> Number:
    kw.setdefault("code", "fr_01")
    kw.setdefault("type", 1)
    kw.setdefault("etat", True)
    kw.setdefault("fields_sent", BASE)
    return Number(id=id_, numero=numero, **kw)


def col(model: NumbersModel, key: str) -> int:
    return COLUMN_KEYS.index(key)


def shown(model: NumbersModel, key: str) -> list[str]:
    c = col(model, key)
    return [model.data(model.index(r, c)) for r in range(model.rowCount())]


def test_data_and_headers(qapp):
    model = NumbersModel()
    model.set_zone_names({"fr_01": "Île-de-France"})
    model.replace_numbers([
        num(1, "33187224465", compagne="Été", nom_porteur="Jean Dupont", info="Accueil"),
        num(2, "33298765432", code="fr_02", type=2, etat=False),
    ])
    assert model.rowCount() == 2
    assert model.columnCount() == len(COLUMN_KEYS)
    assert model.headerData(col(model, "numero"), Qt.Orientation.Horizontal) == "Numéro"
    assert model.headerData(col(model, "compagne"), Qt.Orientation.Horizontal) == "Campagne"
    assert shown(model, "numero") == ["+33 1 87 22 44 65", "+33 2 98 76 54 32"]
    assert shown(model, "zone") == ["Île-de-France", "fr_02"]
    assert shown(model, "type") == ["Téléphone", "Fax"]
    assert shown(model, "etat") == ["Actif", "Inactif"]
    assert shown(model, "porteur") == ["Jean Dupont", ""]
    assert model.data(model.index(1, 0), NumberRole).id == 2
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None  # inactive greyed
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children


def test_sort_by_digits_and_text_with_empties_last(qapp):
    model = NumbersModel()
    model.replace_numbers([
        num(1, "33512345678", nom_porteur="zoé"),
        num(2, "33187224465", nom_porteur=None),
        num(3, "33298765432", nom_porteur="Émile"),
        num(4, "33112345678", nom_porteur="alain"),
    ])
    model.sort(col(model, "numero"), Qt.SortOrder.AscendingOrder)
    assert [n.id for n in model.visible_numbers()] == [4, 2, 3, 1]
    model.sort(col(model, "numero"), Qt.SortOrder.DescendingOrder)
    assert [n.id for n in model.visible_numbers()] == [1, 3, 2, 4]
    model.sort(col(model, "porteur"), Qt.SortOrder.AscendingOrder)
    assert shown(model, "porteur") == ["alain", "Émile", "zoé", ""]  # accents and case ignored
    model.sort(col(model, "porteur"), Qt.SortOrder.DescendingOrder)
    assert shown(model, "porteur") == ["zoé", "Émile", "alain", ""]


def test_search_words_digits_and_national_form(qapp):
    model = NumbersModel()
    model.replace_numbers([
        num(1, "33187224465", nom_porteur="Jean Dupont", compagne="Soldes"),
        num(2, "33298765432", nom_porteur="Marie Curie", compagne="Rentrée"),
        num(3, "33187000000", nom_porteur="Jeanne Moreau", compagne="rentree"),
    ])
    model.set_search("jean")
    assert {n.id for n in model.visible_numbers()} == {1, 3}
    model.set_search("jean dup")
    assert {n.id for n in model.visible_numbers()} == {1}
    model.set_search("RENTRÉE")  # accents and case ignored both ways
    assert {n.id for n in model.visible_numbers()} == {2, 3}
    model.set_search("01 87")  # national form, with a space
    assert {n.id for n in model.visible_numbers()} == {1, 3}
    model.set_search("+33 2 98")
    assert {n.id for n in model.visible_numbers()} == {2}
    model.set_search("personne")
    assert model.rowCount() == 0
    assert "personne" in model.empty_state_text()
    model.set_search("")
    assert model.rowCount() == 3
    assert search_terms("  ") == []


def test_persistent_indexes_follow_their_numbers_through_sort_and_search(qapp):
    model = NumbersModel()
    model.replace_numbers([num(i, f"3318722{i:04d}", nom_porteur=f"p{i % 3}") for i in range(1, 11)])
    keep = QPersistentModelIndex(model.index(model.row_of_id(7), 0))
    model.sort(col(model, "numero"), Qt.SortOrder.DescendingOrder)
    assert model.data(QModelIndex(keep), NumberRole).id == 7
    model.set_search("p1")  # 7 % 3 == 1: still shown
    assert model.data(QModelIndex(keep), NumberRole).id == 7
    model.set_search("p2")  # hides it
    assert not keep.isValid()


def test_update_numbers_replaces_in_place_and_appends(qapp):
    model = NumbersModel()
    model.replace_numbers([num(1, "33187224465"), num(2, "33298765432")])
    model.sort(col(model, "numero"), Qt.SortOrder.DescendingOrder)
    changed = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    model.update_numbers([num(1, "33187224465", info="nouvelle info"), num(9, "33512345678")])
    assert model.rowCount() == 3
    assert model.number_at(model.row_of_id(1)).info == "nouvelle info"
    assert changed and changed[0][0] == model.row_of_id(1)
    assert model.number_at(2).id == 9  # appended at the end, not re-sorted under the user's eyes
    model.set_search("nouvelle")
    assert [n.id for n in model.visible_numbers()] == [1]


def test_config_columns_available_only_when_sent(qapp):
    model = NumbersModel()
    model.replace_numbers([num(1, "33187224465")])
    c = col(model, "num_renvoi")
    assert model.is_config_column(c) and not model.is_column_available(c)
    assert model.is_column_available(col(model, "numero"))
    model.replace_numbers([num(1, "33187224465", num_renvoi="33612345678", sonnerie=20,
                               hour_debut=dt.time(8), hour_fin=dt.time(18), jours=("Lu", "Ma"),
                               fields_sent=BASE | {"num_renvoi", "sonnerie", "hour_debut", "hour_fin", "jours"})])
    assert model.is_column_available(c)
    assert shown(model, "num_renvoi") == ["+33 6 12 34 56 78"]
    assert shown(model, "sonnerie") == ["20 s"]
    assert shown(model, "horaires") == ["08:00 – 18:00"]
    assert shown(model, "jours") == ["Lu, Ma"]
    model.sort(col(model, "horaires"))  # sort keys of every column are comparable
    model.sort(col(model, "jours"))


def test_large_list_sorts_and_searches(qapp):
    model = NumbersModel()
    numbers = [num(i, f"33{100000000 + i * 7919 % 899999999}", nom_porteur=f"Porteur x{i % 97}y")
               for i in range(20_000)]
    model.replace_numbers(numbers)
    model.sort(col(model, "numero"))
    digits = [n.numero for n in model.visible_numbers()]
    assert digits == sorted(digits)
    model.set_search("porteur X42Y")
    assert model.rowCount() == sum(1 for i in range(20_000) if i % 97 == 42)


def test_zones_model(qapp):
    model = ZonesModel()
    model.set_zones([Zone(id=2, code="fr_02", nom="Nord-Ouest", prefix="02", pays="France"),
                     Zone(id=1, code="fr_01", nom="Île-de-France", prefix="01", pays="France")])
    assert model.rowCount() == 3
    assert model.data(model.index(0, 0)) == "Toutes les zones"
    assert model.data(model.index(1, 0)) == "Île-de-France"
    assert model.data(model.index(1, ZonesModel.PREFIX)) == "01"
    assert model.data(model.index(2, ZonesModel.CODE)) == "fr_02"
    assert model.data(model.index(2, 0), ZoneCodeRole) == "fr_02"
    assert model.data(model.index(0, 0), ZoneCodeRole) == ""
    assert model.data(model.index(1, ZonesModel.COUNT)) == "—"
    model.set_counts({"fr_01": 1240, "fr_02": 3})
    assert model.data(model.index(1, ZonesModel.COUNT)).replace("\u202f", " ").replace("\xa0", " ") in (
        "1 240", "1,240", "1240")
    assert model.count_of("") == 1243
    assert model.headerData(ZonesModel.COUNT, Qt.Orientation.Horizontal) == "Numéros"
    assert model.row_of_code("FR_02") == 2
    assert "Nord-Ouest" in model.data(model.index(2, 0), Qt.ItemDataRole.ToolTipRole)
