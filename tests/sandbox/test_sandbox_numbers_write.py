"""Adding and editing numbers: every field's rule and code, the order of checks, isolation."""

from __future__ import annotations

import pytest

ADD = "/numeroapi/addNumero"


def edit_path(number_id):
    return f"/numeroapi/editnumero/{number_id}"


# One invalid value per row of the contract's add table (and `telephon`), with its code.
INVALID = [
    ("code", "fr_06", "0307"),
    ("code", 1, "0307"),
    ("etat", "oui", "0301"),
    ("etat", 2, "0301"),
    ("etat", 1.0, "0301"),
    ("info", "i" * 256, "0321"),
    ("info", 42, "0321"),
    ("nomPorteur", "n" * 101, "0308"),
    ("nomPorteur", ["Jean"], "0308"),
    ("emailPorteur", "not-an-email", "0322"),
    ("emailPorteur", "a@b", "0322"),
    ("compagne", "C", "0306"),
    ("compagne", "c" * 21, "0306"),
    ("type", "Fax", "0309"),
    ("typeRenvoi", "Random", "0313"),
    ("numRenvoi", "1234567", "0303"),
    ("numRenvoi", "06 12 34 56 78", "0303"),
    ("sonnerie", 301, "0324"),
    ("sonnerie", -1, "0324"),
    ("sonnerie", 1.5, "0324"),
    ("sonnerie", True, "0324"),
    ("sonnerie", "dix", "0324"),
    ("hourDebut", "9:00", "0325"),
    ("hourFin", "24:00", "0325"),
    ("hourFin", "12:60", "0325"),
    ("jours", "Lundi", "0326"),
    ("jours", "Lu,,Ma", "0326"),
    ("jours", ["Lu"], "0326"),
    ("dateDebut", "2021-02-30", "0327"),
    ("dateFin", "2021/01/01", "0327"),
    ("dateFin", "1-1-2021", "0327"),
    ("activeAppelEntrant", "yes", "0311"),
    ("activeAppelSortant", 5, "0312"),
    ("activerEnregistrement", "vrai", "0318"),
    ("notificationEmail", {}, "0315"),
    ("messageIntroduction", 229, "0328"),  # a media of type R
    ("messageIntroduction", 235, "0328"),  # an inactive MI
    ("messageEnregistrement", 242, "0329"),  # autreboite's ME
    ("musicAttente", 234, "0317"),  # inactive
    ("musicAattente", 243, "0317"),  # the reference's typo, with autreboite's MA
    ("musicAttente", "abc", "0317"),
    ("playback", 99999, "0316"),
    ("playback", 0, "0316"),
    ("repondeur", 228, "0315"),
    ("telephon", 3, "0302"),
    ("telephon", "fax", "0302"),
]

FULL = {
    "code": "FR_02",
    "etat": "true",
    "info": "Ligne de test ' OR 1=1; --",
    "nomPorteur": "Hélène Lefèvre",
    "emailPorteur": "helene.lefevre@cliqueo.fr",
    "compagne": "Salon Pro",
    "type": "ren",
    "typeRenvoi": "SEQ",
    "numRenvoi": "0612345678",
    "sonnerie": "25",
    "hourDebut": "09:00",
    "hourFin": "17:30:15",
    "jours": "ve,lu,Ma",
    "dateDebut": "15/03/2021",
    "dateFin": "31-03-2021",
    "activeAppelEntrant": 0,
    "activeAppelSortant": "1",
    "activerEnregistrement": True,
    "notificationEmail": "FALSE",
    "messageIntroduction": "228",
    "messageEnregistrement": 230,
    "musicAattente": 231,
    "playback": 236,
    "repondeur": 233,
    "telephon": "2",
}
FULL_LISTED = {
    "code": "fr_02",
    "etat": "Actif",
    "info": "Ligne de test ' OR 1=1; --",
    "nomPorteur": "Hélène Lefèvre",
    "emailPorteur": "helene.lefevre@cliqueo.fr",
    "Compagne": "Salon Pro",
    "typeRepondeur": "Ren",
    "typeRenvoi": "Seq",
    "numRenvoi": "0612345678",
    "sonnerie": 25,
    "hourDebut": "09:00:00",
    "hourFin": "17:30:15",
    "jours": "Lu,Ma,Ve",
    "dateDebut": "2021-03-15",
    "dateFin": "2021-03-31",
    "activeAppelEntrant": False,
    "activeAppelSortant": True,
    "activerEnregistrement": True,
    "notificationEmail": False,
    "messageIntroduction": 228,
    "messageEnregistrement": 230,
    "musicAttente": 231,
    "playback": 236,
    "repondeur": 233,
    "type": "2",
    "telephon": "2",
    "entreprise": "6",
}


def test_add_with_only_a_numero_takes_the_defaults(api, token, new_numero):
    numero = new_numero()
    new_id = api.add(token, numero=numero)
    row = api.number(token, numero)
    assert row["id"] == str(new_id)
    # An 08 number has no zone of its own: fr_01 (a listed number always has a zone).
    assert (row["etat"], row["type"], row["telephon"], row["code"]) == ("Inactif", "1", "1", "fr_01")
    assert (row["activeAppelEntrant"], row["activeAppelSortant"]) == (True, True)
    assert (row["activerEnregistrement"], row["notificationEmail"]) == (False, False)
    assert row["info"] is row["typeRepondeur"] is row["musicAttente"] is None


def test_add_derives_the_zone_of_a_geographic_number(api, token, new_numero):
    numero = new_numero("334")
    api.add(token, numero=int(numero))  # a JSON number is accepted too
    assert api.number(token, numero)["code"] == "fr_04"


def test_add_every_field(api, token, new_numero):
    numero = new_numero()
    api.add(token, numero=numero, **FULL)
    row = api.number(token, numero)
    assert {key: row[key] for key in FULL_LISTED} == FULL_LISTED


@pytest.mark.parametrize("shape", ["form", "metadata"])
def test_add_with_form_fields(api, token, shape, new_numero):
    numero = new_numero()
    fields = {"numero": numero, **{k: str(v) for k, v in FULL.items()}}
    fields["activerEnregistrement"] = "true"
    if shape == "metadata":
        fields = {f"metadata[{k}]": v for k, v in fields.items()}
    api.write(ADD, token, data=fields)
    row = api.number(token, numero)
    assert {key: row[key] for key in FULL_LISTED} == FULL_LISTED


def test_add_the_references_example_body(api, token, new_numero):
    numero = new_numero()
    body = {
        "numero": numero, "messageIntroduction": "", "messageEnregistrement": "", "musicAattente": "",
        "playback": "", "repondeur": "", "emailPorteur": "", "nomPorteur": "", "info": "", "type": "",
        "typeRenvoi": "", "hourDebut": "", "hourFin": "", "jours": "", "numRenvoi": "", "etat": True,
        "dateDebut": "", "dateFin": "", "activeAppelEntrant": True, "activeAppelSortant": True,
        "activerEnregistrement": True, "code": "fr_01", "notificationEmail": True, "": "",
    }  # fmt: skip
    api.write(ADD, token, json=body)
    row = api.number(token, numero)
    assert (row["code"], row["etat"], row["activerEnregistrement"], row["info"]) == (
        "fr_01",
        "Actif",
        True,
        None,
    )


@pytest.mark.parametrize(("field", "value", "code"), INVALID)
def test_add_rejects_each_invalid_field(api, token, field, value, code, new_numero):
    numero = new_numero()
    api.ko(ADD, token, code, json={"numero": numero, field: value})
    api.ko("/numeroapi/getlistnumerodispo", token, "0319", json={"numero": numero})  # nothing added


@pytest.mark.parametrize(
    "numero", [None, "", "1234567", "1234567890123456", "3318722446a", "+33187224465", 3.3e10, True]
)
def test_add_rejects_an_invalid_numero(api, token, numero):
    api.ko(ADD, token, "0305", json={} if numero == "" else {"numero": numero})


def test_numero_is_unique_across_companies(api, token, demo_token, new_numero):
    numero = new_numero()
    api.add(token, numero=numero)
    api.ko(ADD, token, "0304", json={"numero": numero})
    api.ko(ADD, demo_token, "0304", json={"numero": numero})  # whoever holds it
    theirs = api.rows("/numeroapi/getlistnumerodispo", demo_token)[0]["numero"]
    api.ko(ADD, token, "0304", json={"numero": theirs})


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"numero": "1", "code": "x", "etat": "x"}, "0305"),
        ({"code": "x", "etat": "x", "info": 1}, "0307"),
        ({"etat": "x", "info": 1, "nomPorteur": 1}, "0301"),
        ({"emailPorteur": "x", "compagne": "x", "type": "x"}, "0322"),
        ({"type": "x", "typeRenvoi": "x", "numRenvoi": "x"}, "0309"),
        ({"sonnerie": 999, "hourDebut": "x", "jours": "x", "dateDebut": "x"}, "0324"),
        ({"hourDebut": "18:00", "hourFin": "09:00", "jours": "x"}, "0325"),
        ({"jours": "x", "dateDebut": "x", "activeAppelEntrant": "x"}, "0326"),
        ({"dateDebut": "2021-05-02", "dateFin": "2021-05-01", "activeAppelEntrant": "x"}, "0327"),
        ({"activerEnregistrement": "x", "notificationEmail": "x", "messageIntroduction": 1}, "0318"),
        ({"messageIntroduction": 1, "messageEnregistrement": 1}, "0328"),
        ({"musicAttente": 1, "playback": 1, "repondeur": 1, "telephon": 9}, "0317"),
        ({"repondeur": 1, "telephon": 9}, "0315"),
    ],
)
def test_first_invalid_field_decides(api, token, body, code, new_numero):
    api.ko(ADD, token, code, json={"numero": new_numero(), **body})


def test_numero_taken_is_checked_before_later_fields(api, token, new_numero):
    numero = new_numero()
    api.add(token, numero=numero)
    api.ko(ADD, token, "0304", json={"numero": numero, "code": "nowhere"})


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"hourDebut": "10:00", "hourFin": "10:00"}, "0325"),
        ({"hourDebut": "10:00:01", "hourFin": "10:00"}, "0325"),
        ({"dateDebut": "2021-01-02", "dateFin": "01/01/2021"}, "0327"),
    ],
)
def test_start_must_come_before_end(api, token, fields, code, new_numero):
    api.ko(ADD, token, code, json={"numero": new_numero(), **fields})


def test_a_one_day_period_is_valid(api, token, new_numero):
    api.add(token, numero=new_numero(), dateDebut="2021-01-01", dateFin="01/01/2021")


# --- edit --------------------------------------------------------------------------------------------


@pytest.fixture
def mine(api, token, new_numero):
    """A number of cliqueo with a full configuration: (id, numero)."""
    numero = new_numero()
    return api.add(token, numero=numero, **FULL), numero


def test_edit_changes_only_what_it_names(api, token, mine):
    number_id, numero = mine
    before = api.number(token, numero)
    api.write(
        edit_path(number_id), token, json={"info": "Nouveau", "etat": False, "sonnerie": 0, "jours": "All"}
    )
    after = api.number(token, numero)
    changed = {k for k in before if before[k] != after[k]}
    assert changed == {"info", "etat", "sonnerie", "jours"}
    assert (after["info"], after["etat"], after["sonnerie"], after["jours"]) == (
        "Nouveau",
        "Inactif",
        0,
        "All",
    )


def test_edit_answers_its_id_and_accepts_every_shape(api, token, mine):
    number_id, numero = mine
    assert api.write(edit_path(number_id), token, json={"info": "json"}) == number_id
    assert api.write(edit_path(number_id) + "/", token, data={"info": "form"}) == number_id
    assert api.write(edit_path(number_id), token, data={"metadata[info]": "metadata"}) == number_id
    assert api.number(token, numero)["info"] == "metadata"
    # The id in the body, or in both places (the path wins).
    assert api.write("/numeroapi/editnumero", token, json={"id": str(number_id), "info": "body"}) == number_id
    assert api.write(edit_path(number_id), token, json={"id": 1, "info": "path"}) == number_id
    assert api.write("/NumeroApi/EditNumero/" + str(number_id), token, json={}) == number_id
    assert api.number(token, numero)["info"] == "path"


@pytest.mark.parametrize("path", ["/numeroapi/editnumero/99999999", "/numeroapi/editnumero/abc",
                                  "/numeroapi/editnumero/0", "/numeroapi/editnumero/-1",
                                  "/numeroapi/editnumero"])  # fmt: skip
def test_edit_unknown_id(api, token, path):
    api.ko(path, token, "0320", json={"numero": "x"})  # the id is checked first


def test_edit_another_companys_number(api, token, demo_token, mine):
    number_id, numero = mine
    before = api.number(token, numero)
    api.ko(edit_path(number_id), demo_token, "0320", json={"info": "piraté"})
    api.ko("/numeroapi/editnumero", demo_token, "0320", json={"id": number_id, "info": "piraté"})
    assert api.number(token, numero) == before
    theirs = api.rows("/numeroapi/getlistnumerodispo", demo_token)[0]
    api.ko(edit_path(theirs["id"]), token, "0320", json={"info": "x"})


def test_edit_numero(api, token, demo_token, mine, new_numero):
    number_id, numero = mine
    api.write(edit_path(number_id), token, json={"numero": numero})  # its own numero: fine
    other = new_numero()
    api.add(token, numero=other)
    api.ko(edit_path(number_id), token, "0304", json={"numero": other})
    theirs = api.rows("/numeroapi/getlistnumerodispo", demo_token)[0]["numero"]
    api.ko(edit_path(number_id), token, "0304", json={"numero": theirs})
    api.ko(edit_path(number_id), token, "0305", json={"numero": "123"})
    renamed = new_numero()
    api.write(edit_path(number_id), token, json={"numero": renamed})
    assert api.number(token, renamed)["id"] == str(number_id)


@pytest.mark.parametrize(("field", "value", "code"), INVALID)
def test_edit_rejects_each_invalid_field_and_changes_nothing(api, token, mine, field, value, code):
    number_id, numero = mine
    before = api.number(token, numero)
    api.ko(edit_path(number_id), token, code, json={"info": "changed?", field: value})
    assert api.number(token, numero) == before


def test_pairs_are_checked_against_the_stored_half(api, token, mine):
    number_id, numero = mine  # 09:00:00-17:30:15, 2021-03-15 to 2021-03-31
    api.ko(edit_path(number_id), token, "0325", json={"hourFin": "08:00"})
    api.ko(edit_path(number_id), token, "0325", json={"hourDebut": "17:30:15"})
    api.ko(edit_path(number_id), token, "0327", json={"dateFin": "2021-03-14"})
    api.ko(edit_path(number_id), token, "0327", json={"dateDebut": "01/04/2021"})
    api.write(edit_path(number_id), token, json={"hourDebut": "08:00"})
    api.write(edit_path(number_id), token, json={"dateFin": "2021-03-15"})
    # Both halves sent: the stored values do not matter.
    api.write(edit_path(number_id), token, json={"hourDebut": "18:00", "hourFin": "20:00"})
    row = api.number(token, numero)
    assert (row["hourDebut"], row["hourFin"], row["dateDebut"], row["dateFin"]) == (
        "18:00:00", "20:00:00", "2021-03-15", "2021-03-15",
    )  # fmt: skip
    # With one half cleared, the other is free.
    api.write(edit_path(number_id), token, json={"hourFin": None})
    api.write(edit_path(number_id), token, json={"hourDebut": "23:00"})


def test_null_clears_optional_fields(api, token, mine):
    number_id, numero = mine
    # The contract's clearable fields: media slots, forward number, dates, hours, info, carrier, campaign.
    cleared = ["info", "nomPorteur", "emailPorteur", "compagne", "numRenvoi",
               "hourDebut", "hourFin", "dateDebut", "dateFin", "messageIntroduction",
               "messageEnregistrement", "musicAttente", "playback", "repondeur"]  # fmt: skip
    api.write(edit_path(number_id), token, json=dict.fromkeys(cleared))
    row = api.number(token, numero)
    listed = {"compagne": "Compagne"}
    assert all(row[listed.get(name, name)] is None for name in cleared), row
    assert (row["etat"], row["code"], row["type"]) == ("Actif", "fr_02", "2")


@pytest.mark.parametrize(
    ("field", "code"),
    [("numero", "0305"), ("code", "0307"), ("etat", "0301"), ("activeAppelEntrant", "0311"),
     ("activeAppelSortant", "0312"), ("activerEnregistrement", "0318"), ("notificationEmail", "0315"),
     ("telephon", "0302"), ("type", "0309"), ("typeRenvoi", "0313"), ("sonnerie", "0324"), ("jours", "0326")],
)  # fmt: skip
def test_null_on_a_field_that_cannot_be_cleared(api, token, mine, field, code):
    api.ko(edit_path(mine[0]), token, code, json={field: None})


def test_empty_string_means_not_sent(api, token, mine):
    number_id, numero = mine
    before = api.number(token, numero)
    api.write(edit_path(number_id), token, json=dict.fromkeys([*FULL, "numero"], ""))
    api.write(edit_path(number_id), token, data={"metadata[info]": "", "etat": ""})
    assert api.number(token, numero) == before


@pytest.mark.parametrize(
    ("value", "expected"),
    [(True, "Actif"), (False, "Inactif"), (1, "Actif"), (0, "Inactif"), ("true", "Actif"), ("FALSE", "Inactif"),
     ("1", "Actif"), ("0", "Inactif")],
)  # fmt: skip
def test_boolean_forms(api, token, mine, value, expected):
    number_id, numero = mine
    api.write(edit_path(number_id), token, json={"etat": value})
    assert api.number(token, numero)["etat"] == expected


@pytest.mark.parametrize(
    ("field", "value", "listed"),
    [
        ("jours", "All", "All"),
        ("jours", "di,sa,ve,je,me,ma,lu", "Lu,Ma,Me,Je,Ve,Sa,Di"),
        ("jours", " Lu , Lu ", "Lu"),
        ("dateDebut", "2021-03-01", "2021-03-01"),
        ("dateDebut", "01-03-2021", "2021-03-01"),
        ("dateDebut", "01/03/2021", "2021-03-01"),
        ("hourDebut", "00:00", "00:00:00"),
        ("hourFin", "23:59:59", "23:59:59"),
        ("sonnerie", 300, 300),
        ("sonnerie", "0", 0),
        ("numRenvoi", 33612345678, "33612345678"),
        ("numRenvoi", "123456789012345", "123456789012345"),
        ("info", "i" * 255, "i" * 255),
        ("emailPorteur", "x.y+z@sous.domaine.fr", "x.y+z@sous.domaine.fr"),
        ("musicAttente", "231", 231),
        ("telephon", 0, "2"),
        ("telephon", "1", "1"),
    ],
)
def test_accepted_value_forms(api, token, mine, field, value, listed):
    number_id, numero = mine
    api.write(edit_path(number_id), token, json={field: value})
    row = api.number(token, numero)
    key = {"telephon": "type"}.get(field, field)
    assert row[key] == listed
