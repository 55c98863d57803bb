"""NumberChanges: what it sends, and the checks it makes before anything is sent."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import Any

import pytest
import respx
from hypothesis import given, settings
from hypothesis import strategies as st

from app.api import (
    DAYS,
    FIELDS,
    CliqphoneClient,
    Number,
    NumberChanges,
    ValidationError,
    validate_field,
)

BASE = "https://api.cliqphone.com"

VALID: dict[str, list[Any]] = {
    "numero": ["33187224465", "12345678", "1" * 15, 33187224465],
    "code": ["fr_01", "FR_05", " fr_03 "],
    "etat": [True, False, "true", "0", 1],
    "info": ["x" * 255, "Standard accueil", None, ""],
    "nom_porteur": ["x" * 100, "Hélène Lefèvre", None],
    "email_porteur": ["a@b.fr", "jean.dupont@cliqueo.fr", None],
    "compagne": ["ab", "x" * 20, None],
    "type_repondeur": ["Rep", "ren", "REN"],
    "type_renvoi": ["Par", "seq"],
    "num_renvoi": ["0612345678", "33612345678", None],
    "sonnerie": [0, 300, "45", 20.0],
    "hour_debut": [dt.time(8, 0), "08:00", "8:00:30", None],
    "hour_fin": [dt.time(23, 59), "18:00:00", None],
    "jours": ["All", "Lu,Ma", ["Ve", "lu"], ("All",), "di"],
    "date_debut": [dt.date(2025, 1, 1), "2025-01-01", "01/01/2025", "01-01-2025", None],
    "date_fin": [dt.datetime(2025, 12, 31, 10, 0), "2025-12-31", None],
    "active_appel_entrant": [True, "false", 0],
    "active_appel_sortant": [False, "1"],
    "activer_enregistrement": [True, " TRUE "],
    "notification_email": [False, "0"],
    "message_introduction": [228, "228", None],
    "message_enregistrement": [230, None],
    "music_attente": [231, None],
    "playback": [232, None],
    "repondeur": [229, None],
    "telephon": [1, 2, 0, "2"],
}

INVALID: dict[str, tuple[str, list[Any]]] = {
    "numero": ("0305", ["1234567", "1" * 16, "33 18 72 24 46", "+33187224465", None, "", True, 3.5]),
    "code": ("0307", ["fr_06", "fr01", None, 1]),
    "etat": ("0301", ["yes", 2, None, "Actif"]),
    "info": ("0321", ["x" * 256, 12]),
    "nom_porteur": ("0308", ["x" * 101, ["Jean"]]),
    "email_porteur": ("0322", ["a@b", "a b@c.fr", "@b.fr", "a@b.", 5]),
    "compagne": ("0306", ["a", "x" * 21, 12]),
    "type_repondeur": ("0309", ["Foo", "R", None, 1]),
    "type_renvoi": ("0313", ["X", "Parallele", None]),
    "num_renvoi": ("0303", ["061234", "06 12 34 56 78", "x" * 9, True]),
    "sonnerie": ("0324", [301, -1, "abc", True, 4.5, None]),
    "hour_debut": ("0325", ["24:00", "8h", 8, "08:60"]),
    "hour_fin": ("0325", ["25:00", "18", dt.date(2025, 1, 1)]),
    "jours": ("0326", ["Xx", "All,Lu", [], "Lu,,Ma", None, 3]),
    "date_debut": ("0327", ["2025-02-30", "tomorrow", 20250101, "2025/01/01"]),
    "date_fin": ("0327", ["31-02-2025", "2025-13-01"]),
    "active_appel_entrant": ("0311", ["oui", None, 2]),
    "active_appel_sortant": ("0312", ["non", None]),
    "activer_enregistrement": ("0318", ["peut-être", None]),
    "notification_email": ("0315", ["x", None]),
    "message_introduction": ("0328", [0, -1, "abc", True]),
    "message_enregistrement": ("0329", [0, "x"]),
    "music_attente": ("0317", [-5, 1.5]),
    "playback": ("0316", [0, "2x"]),
    "repondeur": ("0315", [0, []]),
    "telephon": ("0302", [3, "fax", None]),
}


def test_the_table_covers_every_field_in_the_contract_order() -> None:
    assert [rule.name for rule in FIELDS] == list(INVALID)
    assert list(VALID) == list(INVALID)
    assert FIELDS[7].api == "type" and FIELDS[7].name == "type_repondeur"


@pytest.mark.parametrize(
    ("name", "value"), [(name, value) for name, values in VALID.items() for value in values]
)
def test_valid_values(name: str, value: Any) -> None:
    assert validate_field(name, value) is None
    NumberChanges(**{name: value}).validate()


@pytest.mark.parametrize(
    ("name", "code", "value"),
    [(name, code, value) for name, (code, values) in INVALID.items() for value in values],
)
def test_invalid_values_get_their_code(name: str, code: str, value: Any) -> None:
    error = validate_field(name, value)
    assert isinstance(error, ValidationError)
    assert (error.code, error.field) == (code, name)
    with pytest.raises(ValidationError) as caught:
        NumberChanges(**{name: value}).validate()
    assert (caught.value.code, caught.value.field) == (code, name)


def test_validate_field_knows_only_the_table() -> None:
    with pytest.raises(KeyError):
        validate_field("porteur", "x")


def test_first_invalid_field_in_table_order_decides() -> None:
    for first, second in itertools.combinations(list(INVALID), 2):  # all 325 pairs
        # Given in reverse order: the table's order decides, not the caller's.
        changes = NumberChanges(**{second: INVALID[second][1][0], first: INVALID[first][1][0]})
        error = changes.first_error()
        assert error is not None, (first, second)
        assert (error.field, error.code) == (first, INVALID[first][0]), (first, second)


def test_start_must_be_before_end() -> None:
    for start, end in (("10:00", "09:00"), ("09:00", "09:00"), ("18:00:01", "18:00")):
        error = NumberChanges(hour_debut=start, hour_fin=end).first_error()
        assert error is not None and error.code == "0325"
    assert NumberChanges(hour_debut="08:00", hour_fin="08:01").first_error() is None
    error = NumberChanges(date_debut="2025-02-02", date_fin="2025-02-01").first_error()
    assert error is not None and (error.code, error.field) == ("0327", "date_fin")
    assert (
        NumberChanges(date_debut="2025-02-02", date_fin="02/02/2025").first_error() is None
    )  # same day is fine


def test_pair_is_checked_at_its_place_in_the_table() -> None:
    error = NumberChanges(hour_debut="10:00", hour_fin="09:00", jours="Xx").first_error()
    assert error is not None and error.code == "0325"  # hours come before jours
    error = NumberChanges(hour_debut="10:00", hour_fin="09:00", code="fr_09").first_error()
    assert error is not None and error.code == "0307"  # code comes before hours
    error = NumberChanges(date_debut="2025-02-02", date_fin="2025-02-01", sonnerie=999).first_error()
    assert error is not None and error.code == "0324"


def test_half_a_pair_is_checked_against_the_stored_half() -> None:
    stored = Number(id=1, hour_debut=dt.time(9), hour_fin=dt.time(17), date_debut=dt.date(2025, 6, 1))
    assert NumberChanges(hour_fin="08:00").first_error() is None  # nothing to compare with
    error = NumberChanges(hour_fin="08:00").first_error(current=stored)
    assert error is not None and (error.code, error.field) == ("0325", "hour_fin")
    error = NumberChanges(hour_debut="17:00").first_error(current=stored)
    assert error is not None and (error.code, error.field) == ("0325", "hour_debut")
    error = NumberChanges(date_fin="2025-05-31").first_error(current=stored)
    assert error is not None and error.code == "0327"
    assert NumberChanges(hour_debut=None).first_error(current=stored) is None  # clearing a half
    assert NumberChanges(hour_debut="08:00").first_error(current=stored) is None


def test_adding_requires_numero() -> None:
    error = NumberChanges(code="fr_01").first_error(adding=True)
    assert error is not None and (error.code, error.field) == ("0305", "numero")
    assert NumberChanges(code="fr_01").first_error() is None
    assert NumberChanges(numero="33187224465").first_error(adding=True) is None


def test_only_the_fields_set_are_held_and_sent() -> None:
    changes = NumberChanges(num_renvoi="0612345678", etat=False)
    assert dict(changes.fields) == {"etat": False, "num_renvoi": "0612345678"}
    assert changes.to_payload() == {"etat": False, "numRenvoi": "0612345678"}
    assert len(changes) == 2 and "etat" in changes and "info" not in changes
    assert not NumberChanges() and NumberChanges().to_payload() == {}


def test_payload_formats() -> None:
    changes = NumberChanges(
        numero="33187224465",
        code="FR_01",
        type_repondeur="ren",
        type_renvoi="seq",
        hour_debut=dt.time(8, 30),
        hour_fin="18:00:30",
        jours=["Ve", "lu", "Lu"],
        date_debut="31/12/2025",
        date_fin=dt.datetime(2026, 1, 2, 3, 4),
        activer_enregistrement="true",
        notification_email=0,
        music_attente="231",
        info=None,
        compagne="",
        sonnerie="30",
    )
    payload = changes.to_payload()
    assert payload == {
        "numero": "33187224465",
        "code": "fr_01",
        "info": None,
        "compagne": None,
        "type": "Ren",
        "typeRenvoi": "Seq",
        "sonnerie": 30,
        "hourDebut": "08:30",
        "hourFin": "18:00:30",
        "jours": "Lu,Ve",
        "dateDebut": "2025-12-31",
        "dateFin": "2026-01-02",
        "activerEnregistrement": True,
        "notificationEmail": False,
        "musicAttente": 231,
    }
    assert list(payload) == [r.api for r in FIELDS if r.api in payload]  # table order
    assert json.loads(json.dumps(payload))["activerEnregistrement"] is True
    assert NumberChanges(jours="All").to_payload() == {"jours": "All"}


def test_none_and_empty_string_mean_clear() -> None:
    assert NumberChanges(info="", num_renvoi=None).to_payload() == {"info": None, "numRenvoi": None}
    error = NumberChanges(type_renvoi="").first_error()
    assert error is not None and error.code == "0313"  # not a field the contract lets a client clear


def test_from_payload_reads_api_names() -> None:
    changes = NumberChanges.from_payload(
        {
            "numero": "33187224465",
            "musicAattente": "231",
            "type": "Rep",
            "info": "",
            "id": 5,
            "token": "x",
            "etat": True,
        }
    )
    assert dict(changes.fields) == {
        "numero": "33187224465",
        "etat": True,
        "type_repondeur": "Rep",
        "music_attente": 231,
    }


def test_changes_compare_merge_and_hash() -> None:
    a = NumberChanges(code="FR_01", etat=True)
    assert a == NumberChanges(etat="true", code="fr_01")
    assert hash(a) == hash(NumberChanges(etat="true", code="fr_01"))
    assert a.merged(NumberChanges(etat=False, info="x")) == NumberChanges(code="fr_01", etat=False, info="x")
    assert "code='fr_01'" in repr(a)


@pytest.mark.anyio
async def test_add_and_edit_validate_before_sending() -> None:
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        add = router.post("/numeroapi/addNumero").respond(200, json={"state": "ok", "codeErreur": "0300"})
        edit = router.post("/numeroapi/editnumero/4").respond(200, json={"state": "ok", "codeErreur": "0300"})
        async with CliqphoneClient(BASE) as client:
            with pytest.raises(ValidationError) as caught:
                await client.add_number(NumberChanges(code="fr_01"))
            assert (caught.value.code, caught.value.endpoint) == ("0305", "/numeroapi/addNumero")
            with pytest.raises(ValidationError) as caught:
                await client.edit_number(4, NumberChanges(sonnerie=301))
            assert (caught.value.code, caught.value.endpoint) == ("0324", "/numeroapi/editnumero/4")
            with pytest.raises(ValidationError):
                await client.edit_number(
                    4, NumberChanges(hour_fin="08:00"), current=Number(hour_debut=dt.time(9))
                )
            assert add.call_count == 0 and edit.call_count == 0
            assert await client.add_number(NumberChanges(numero="33187224465")) is None  # no id in the answer
            await client.edit_number(
                4, NumberChanges(hour_fin="10:00"), current=Number(hour_debut=dt.time(9))
            )
            assert json.loads(edit.calls.last.request.content) == {"hourFin": "10:00"}
            with pytest.raises(TypeError):
                await client.edit_number("4", NumberChanges(etat=True))  # type: ignore[arg-type]


# --- properties -----------------------------------------------------------------------------------

_text = (
    st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30).map(str.strip).filter(bool)
)
_digits = st.from_regex(r"[0-9]{8,15}", fullmatch=True)
_media = st.none() | st.integers(1, 10**9)
_days = st.just(("All",)) | st.sets(st.sampled_from(DAYS), min_size=1).map(
    lambda days: tuple(d for d in DAYS if d in days)
)
_times = st.none() | st.times().map(lambda t: t.replace(microsecond=0))
_dates = st.none() | st.dates()

CANONICAL: dict[str, st.SearchStrategy[Any]] = {
    "numero": _digits,
    "code": st.sampled_from(["fr_01", "fr_02", "fr_03", "fr_04", "fr_05"]),
    "etat": st.booleans(),
    "info": st.none() | _text,
    "nom_porteur": st.none() | _text,
    "email_porteur": st.none() | st.just("jean.dupont@cliqueo.fr"),
    "compagne": st.none() | _text.filter(lambda t: 2 <= len(t) <= 20),
    "type_repondeur": st.sampled_from(["Rep", "Ren"]),
    "type_renvoi": st.sampled_from(["Par", "Seq"]),
    "num_renvoi": st.none() | _digits,
    "sonnerie": st.integers(0, 300),
    "hour_debut": _times,
    "hour_fin": _times,
    "jours": _days,
    "date_debut": _dates,
    "date_fin": _dates,
    "active_appel_entrant": st.booleans(),
    "active_appel_sortant": st.booleans(),
    "activer_enregistrement": st.booleans(),
    "notification_email": st.booleans(),
    "message_introduction": _media,
    "message_enregistrement": _media,
    "music_attente": _media,
    "playback": _media,
    "repondeur": _media,
    "telephon": st.sampled_from([1, 2]),
}


@st.composite
def canonical_changes(draw: st.DrawFn) -> NumberChanges:
    names = draw(st.sets(st.sampled_from(list(CANONICAL))))
    return NumberChanges(**{name: draw(CANONICAL[name]) for name in names})


@settings(max_examples=100, deadline=None)
@given(canonical_changes())
def test_payload_round_trips(changes: NumberChanges) -> None:
    payload = changes.to_payload()
    wire = json.loads(json.dumps(payload))
    again = NumberChanges.from_payload(wire)
    assert again == changes
    assert again.to_payload() == payload
    assert set(payload) == {rule.api for rule in FIELDS if rule.name in changes.fields}
    assert again.first_error() == changes.first_error() or (
        again.first_error() is not None
        and changes.first_error() is not None
        and again.first_error().code == changes.first_error().code  # type: ignore[union-attr]
    )


_anything = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text() | st.dates() | st.times(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from([rule.name for rule in FIELDS]), _anything))
def test_any_values_never_raise_but_validation_error(values: dict[str, Any]) -> None:
    changes = NumberChanges(**values)
    try:
        changes.validate(adding=True)
    except ValidationError as error:
        assert (error.code is not None and error.field in changes.fields) or error.field == "numero"
    for name, value in values.items():
        result = validate_field(name, value)
        assert result is None or isinstance(result, ValidationError)
