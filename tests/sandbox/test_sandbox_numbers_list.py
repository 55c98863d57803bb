"""The number listings: getlistnumerodispo (filters, errors) and getlistnumerodispobyzone."""

from __future__ import annotations

import pytest

LIST = "/numeroapi/getlistnumerodispo"
BY_ZONE = "/numeroapi/getlistnumerodispobyzone"
NUMBER_KEYS = {
    "id", "code", "numero", "type", "entreprise", "etat", "info", "telephon", "nomPorteur", "Compagne",
    "emailPorteur", "typeRepondeur", "typeRenvoi", "numRenvoi", "sonnerie", "hourDebut", "hourFin", "jours",
    "dateDebut", "dateFin", "activeAppelEntrant", "activeAppelSortant", "activerEnregistrement",
    "notificationEmail", "messageIntroduction", "messageEnregistrement", "musicAttente", "playback", "repondeur",
}  # fmt: skip


@pytest.fixture(scope="module")
def everything(api, token):
    """Every number of cliqueo, unfiltered (read once per module; tests here add nothing)."""
    return api.rows(LIST, token)


def ids(rows):
    return {row["id"] for row in rows}


def test_number_objects(everything):
    assert len(everything) >= 300
    zones = {row["code"] for row in everything}
    assert zones == {"fr_01", "fr_02", "fr_03", "fr_04", "fr_05"}
    for row in everything:
        assert set(row) == NUMBER_KEYS
        assert row["entreprise"] == "6" and row["id"].isdigit() and row["numero"].isdigit()
        assert row["type"] in ("1", "2") and row["telephon"] == row["type"]
        assert row["etat"] in ("Actif", "Inactif")
        assert all(isinstance(row[k], bool) for k in ("activeAppelEntrant", "activeAppelSortant",
                                                        "activerEnregistrement", "notificationEmail"))  # fmt: skip
    seeded = [row for row in everything if int(row["id"]) <= 400]  # the seed's ids: 101-400 for cliqueo
    assert len(seeded) == 300
    # Geographic numbers agree with their zone; the seed has faxes, both states, every mode.
    for row in seeded:
        if row["numero"][2] in "12345":
            assert row["code"] == f"fr_0{row['numero'][2]}"
    assert {row["type"] for row in seeded} == {"1", "2"}
    assert {row["etat"] for row in seeded} == {"Actif", "Inactif"}
    assert {row["typeRepondeur"] for row in seeded} == {"Rep", "Ren", None}
    assert len({row["Compagne"] for row in seeded} - {None}) == 8
    assert any(row["numero"][:3] in ("336", "337") for row in seeded)
    # Media slots name active media of the right type.
    slots = {"messageIntroduction": {228}, "messageEnregistrement": {230}, "musicAttente": {231},
             "playback": {232, 236}, "repondeur": {229, 233}}  # fmt: skip
    for field, allowed in slots.items():
        used = {row[field] for row in seeded} - {None}
        assert used and used <= allowed, field


@pytest.mark.parametrize(
    ("shape", "keep"),
    [
        ({"json": {"code": "fr_02"}}, lambda r: r["code"] == "fr_02"),
        ({"json": {"code": "FR_02"}}, lambda r: r["code"] == "fr_02"),
        ({"data": {"metadata[code]": "fr_04"}}, lambda r: r["code"] == "fr_04"),
        ({"method": "GET", "params": {"metadata[code]": "fr_05"}}, lambda r: r["code"] == "fr_05"),
        ({"json": {"etat": True}}, lambda r: r["etat"] == "Actif"),
        ({"json": {"etat": 0}}, lambda r: r["etat"] == "Inactif"),
        ({"data": {"etat": "false"}}, lambda r: r["etat"] == "Inactif"),
        ({"data": {"etat": "1"}}, lambda r: r["etat"] == "Actif"),
        ({"json": {"type": "FA"}}, lambda r: r["type"] == "2"),
        ({"json": {"type": "te"}}, lambda r: r["type"] == "1"),
        (
            {"json": {"compagne": "soldes HIVER"}},
            lambda r: (r["Compagne"] or "").casefold() == "soldes hiver",
        ),
        (
            {"json": {"compagne": "Fête des mères"}},
            lambda r: (r["Compagne"] or "").casefold() == "fête des mères",
        ),
        ({"json": {"porteur": "dupont"}}, lambda r: "dupont" in (r["nomPorteur"] or "").casefold()),
        ({"json": {"porteur": "ÉLODIE"}}, lambda r: "élodie" in (r["nomPorteur"] or "").casefold()),
        ({"json": {"numero": "3314"}}, lambda r: "3314" in r["numero"]),
        ({"json": {"numero": 3325}}, lambda r: "3325" in r["numero"]),
        (
            {"json": {"code": "fr_01", "etat": True, "type": "TE", "compagne": "Salon Pro"}},
            lambda r: (
                (r["code"], r["etat"], r["type"], (r["Compagne"] or "").casefold())
                == ("fr_01", "Actif", "1", "salon pro")
            ),
        ),
        # Empty values and null are "no filter"; `client` is ignored; the caller's own company.
        ({"json": {"code": "", "etat": "", "type": "", "numero": "", "compagne": "", "porteur": ""}}, None),
        ({"json": {"etat": None, "code": None}}, None),
        ({"json": {"client": "whatever", "entreprise": 6}}, None),
        ({"json": {"entreprise": "cliqueo"}}, None),
        ({"data": {"entreprise": "CliQueo"}}, None),
        ({"data": {"entreprise": "6"}}, None),
    ],
)
def test_filters(api, token, everything, shape, keep):
    expected = ids(row for row in everything if keep is None or keep(row))
    got = api.rows(LIST, token, **shape)
    assert ids(got) == expected
    assert keep is None or 0 < len(expected) < len(everything)
    assert [int(r["id"]) for r in got] == sorted(int(r["id"]) for r in got)  # by id


@pytest.mark.parametrize("entreprise", [9, "9", "autreboite", "other", 0])
def test_other_company_gives_nothing(api, token, entreprise):
    assert api.rows(LIST, token, json={"entreprise": entreprise}) == []


def test_valid_filters_that_match_nothing_give_an_empty_list(api, token, everything):
    fr_02 = next(row for row in everything if row["code"] == "fr_02")
    assert api.rows(LIST, token, json={"code": "fr_01", "numero": fr_02["numero"]}) == []
    fax = next(row for row in everything if row["type"] == "2")
    assert api.rows(LIST, token, json={"type": "TE", "numero": fax["numero"]}) == []


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"code": "fr_9"}, "0310"),
        ({"code": 1}, "0310"),
        ({"code": ["fr_01"]}, "0310"),
        ({"etat": "oui"}, "0301"),
        ({"etat": 2}, "0301"),
        ({"etat": 1.0}, "0301"),
        ({"type": "XX"}, "0302"),
        ({"type": 1}, "0302"),
        ({"numero": "331"}, "0319"),  # 3 digits
        ({"numero": "1234567890123456"}, "0319"),  # 16 digits
        ({"numero": "33a1"}, "0319"),
        ({"numero": 3.5}, "0319"),
        ({"numero": "00000000"}, "0319"),  # the right format, but no such number
        ({"compagne": "S"}, "0306"),
        ({"compagne": "x" * 21}, "0306"),
        ({"compagne": "Soldes"}, "0306"),  # exact name only
        ({"compagne": "Portes Ouvertes"}, "0306"),  # another company's campaign
        ({"porteur": "D"}, "0308"),
        ({"porteur": "Paul Mercier"}, "0308"),  # another company's carrier
        ({"porteur": ["Jean"]}, "0308"),
        # The first invalid filter, in the order code, etat, type, numero, compagne, porteur.
        ({"porteur": "D", "compagne": "S", "numero": "1", "type": "X", "etat": "x", "code": "x"}, "0310"),
        ({"porteur": "D", "compagne": "S", "numero": "1", "type": "X", "etat": "x"}, "0301"),
        ({"porteur": "D", "compagne": "S", "numero": "1", "type": "X"}, "0302"),
        ({"porteur": "D", "compagne": "S", "numero": "1"}, "0319"),
        ({"porteur": "D", "compagne": "S"}, "0306"),
    ],
)
def test_filter_errors(api, token, params, code):
    api.ko(LIST, token, code, json=params)


def test_filter_errors_in_the_query_string(api, token):
    api.ko(LIST, token, "0310", method="GET", params={"metadata[code]": "nowhere"})
    api.ko(LIST, token, "0319", method="GET", params={"numero": "12"})


def test_each_company_sees_only_its_numbers(api, token, demo_token, everything):
    theirs = api.rows(LIST, demo_token)
    assert len(theirs) >= 40 and {row["entreprise"] for row in theirs} == {"9"}
    assert not ids(theirs) & ids(everything)
    mine = everything[0]
    api.ko(LIST, demo_token, "0319", json={"numero": mine["numero"]})
    api.ko(BY_ZONE, demo_token, "0306", json={"numero": mine["numero"]})
    api.ko(LIST, demo_token, "0306", json={"compagne": "Soldes Hiver"})
    assert api.rows(LIST, demo_token, json={"entreprise": "cliqueo"}) == []
    assert {r["Compagne"] for r in theirs} <= {"Portes Ouvertes", "Lancement Été", "Fidélité", None}


@pytest.mark.parametrize(
    "shape",
    [
        {"json": {"code": "fr_03"}},
        {"data": {"metadata[code]": "FR_03", "metadata[numero]": ""}},
        {"method": "GET", "params": {"code": "fr_03"}},
    ],
)
def test_by_zone(api, token, everything, shape):
    got = api.rows(BY_ZONE, token, **shape)
    assert ids(got) == ids(r for r in everything if r["code"] == "fr_03")
    assert all(set(row) == NUMBER_KEYS for row in got)


def test_by_zone_with_numero_and_without_parameters(api, token, everything):
    assert ids(api.rows(BY_ZONE, token)) == ids(everything)
    one = everything[5]
    assert ids(api.rows(BY_ZONE, token, json={"numero": one["numero"]})) == {one["id"]}
    same_zone = api.rows(BY_ZONE, token, json={"code": one["code"], "numero": one["numero"][-6:]})
    assert one["id"] in ids(same_zone) and all(r["code"] == one["code"] for r in same_zone)
    other_zone = "fr_01" if one["code"] != "fr_01" else "fr_02"
    assert api.rows(BY_ZONE, token, json={"code": other_zone, "numero": one["numero"]}) == []


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"code": "fr_6"}, "0310"),
        ({"code": {"a": 1}}, "0310"),
        ({"numero": "12"}, "0306"),
        ({"numero": "x" * 8}, "0306"),
        ({"numero": "99999999999"}, "0306"),  # no such number
        ({"code": "bad", "numero": "12"}, "0310"),
    ],
)
def test_by_zone_errors(api, token, params, code):
    api.ko(BY_ZONE, token, code, json=params)
