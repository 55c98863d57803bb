"""Reading answers into models: the reference's own example bodies and every quirk of the contract."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import Any

import pytest
import respx

from app.api import CliqphoneClient, Media, Number, Session, Zone
from app.api._parse import (
    _parse_number_generic,
    normalise_media_url,
    parse_media,
    parse_number,
    parse_session,
    parse_zone,
)

pytestmark = pytest.mark.anyio

BASE = "https://api.cliqphone.com"

# The reference's example bodies, with only the PDF's line breaks and lost quotes repaired.
REF_ZONES = """[{
  "code": "fr_01",
  "pays": "France",
  "nom": "\u00cele-de-France",
  "prefix": "01"
},
{
  "code": "fr_02",
  "pays": "France",
  "nom": "Nord-Ouest",
  "prefix": "02"
}]"""

REF_NUMBERS_BY_ZONE = """[{"id": "147", "code": "fr_01", "numero": "33187224465", "type": "1","entreprise": "6",
"etat": "Inactif", "info": "", "telephon": "1", "nomPorteur": "" }, {"id": "147", "code": "fr_01",
"numero": "33187224464", "type": "1", "entreprise": "6", "etat": "Inactif", "info": "","telephon": ""}]"""

REF_NUMBERS = """[{"code":"fr_01","numero":"331872 24465","type":"1","entreprise": "cliqueo", "etat":"Inactif",
"info":null, "telephon":"1", "nomPorteur":null, "Compagne":"cliqueo" }]"""

REF_MEDIA = r"""[{"id":"228","nom":"Message introduction CliQ\u00e9o","url":"https:\\cliqphone.com\\assets\\Media_Voip\\introduction\\intro-20201001081813.mp3","type":"MI","typeName":"Message introduction","entreprise":"cliqueo","info":null,"etat":"Actif"},
{"id":"230","nom":"Message enregistrement CliQ\u00e9o","url":"https:\\cliqphone.com\\assets\\Media_Voip\\sounds\\fr\\predecroche\\Pre-20201001081953.mp3","type":"ME","typeName":"Message Enregistrement","entreprise":"cliqueo","info":null,"etat":"Actif"}]"""

REF_LOGIN = """{ "state": "ok", "codeErreur": "0000", "messageErreur": ""
  , "token": "o7ocJsY1bKl8jt5zTkDiHOG4ZuuGLTeIZEdAzJVx0lQt0RjWUNclogoAko9xM0q", "tokenExpid": "10-02-2021 10:00:00"
}"""


async def fetch(path: str, body: str, call: str, **kwargs: Any) -> Any:
    with respx.mock(base_url=BASE) as router:
        router.post(path).respond(200, content=body.encode(), headers={"Content-Type": "text/html"})
        async with CliqphoneClient(BASE) as client:
            return await getattr(client, call)(**kwargs)


async def test_reference_zones() -> None:
    zones = await fetch("/api/getallzone", REF_ZONES, "zones")
    assert zones == [
        Zone(id=None, code="fr_01", pays="France", nom="Île-de-France", prefix="01"),
        Zone(id=None, code="fr_02", pays="France", nom="Nord-Ouest", prefix="02"),
    ]


async def test_reference_zone_by_code() -> None:
    one = json.dumps([{"code": "FR_01", "pays": "France", "nom": "Île-de-France", "prefix": "01"}])
    zone = await fetch("/api/getallbyzone", one, "zone", code="fr_01")
    assert zone.code == "fr_01" and zone.nom == "Île-de-France"


async def test_reference_numbers_by_zone() -> None:
    numbers = await fetch(
        "/numeroapi/getlistnumerodispobyzone", REF_NUMBERS_BY_ZONE, "numbers_by_zone", code="fr_01"
    )
    first, second = numbers
    assert (first.id, first.code, first.numero, first.type, first.entreprise, first.etat) == (
        147,
        "fr_01",
        "33187224465",
        1,
        "6",
        False,
    )
    assert first.info == "" and first.nom_porteur == "" and first.telephon == 1
    assert second.telephon is None  # "telephon": "" reads as unknown
    assert "nom_porteur" in first.fields_sent and "nom_porteur" not in second.fields_sent
    assert "num_renvoi" not in first.fields_sent  # configuration fields absent: unknown, not empty
    assert first.num_renvoi is None and first.jours is None
    assert not first.is_fax


async def test_reference_numbers_listing() -> None:
    (number,) = await fetch("/numeroapi/getlistnumerodispo", REF_NUMBERS, "numbers")
    assert number.id is None  # the example has no id: read all the same
    assert number.numero == "33187224465"  # "331872 24465": the wrapped example
    assert number.entreprise == "cliqueo"
    assert number.compagne == "cliqueo"  # "Compagne" with its capital C
    assert number.info is None and number.nom_porteur is None
    assert number.fields_sent >= {"info", "nom_porteur", "compagne", "telephon"}


async def test_reference_media() -> None:
    first, second = await fetch("/mediapi/getlistmedia", REF_MEDIA, "media")
    assert first == Media(
        id=228,
        nom="Message introduction CliQéo",
        url="https://cliqphone.com/assets/Media_Voip/introduction/intro-20201001081813.mp3",
        type="MI",
        type_name="Message introduction",
        entreprise="cliqueo",
        info=None,
        etat=True,
    )
    assert (
        second.url == "https://cliqphone.com/assets/Media_Voip/sounds/fr/predecroche/Pre-20201001081953.mp3"
    )


async def test_reference_login() -> None:
    with respx.mock(base_url=BASE) as router:
        router.post("/api/auto").respond(200, content=REF_LOGIN.encode())
        async with CliqphoneClient(BASE) as client:
            session = await client.login("test0123", "test0123")
            assert client.token == session.token
    assert session == Session(
        token="o7ocJsY1bKl8jt5zTkDiHOG4ZuuGLTeIZEdAzJVx0lQt0RjWUNclogoAko9xM0q",
        expires_at=dt.datetime(2021, 2, 10, 10, 0, 0),
        login="test0123",
    )
    assert session.token not in repr(session)


def test_session_expiry_fallback_and_wrapped_token() -> None:
    before = dt.datetime.now()
    session = parse_session("/api/auto", {"token": "abc\n def", "tokenExpid": "bientôt"}, "x")
    assert session.token == "abcdef"
    assert before + dt.timedelta(hours=23) < session.expires_at <= dt.datetime.now() + dt.timedelta(hours=24)
    assert parse_session(
        "/api/auto", {"token": "t", "tokenExpid": "2031-02-10 10:00:00"}, "x"
    ).expires_at == dt.datetime(2031, 2, 10, 10)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("147", 147),
        (147, 147),
        (" 147 ", 147),
        (147.0, 147),
        ("", None),
        (None, None),
        ("14a", None),
        (True, None),
        ([147], None),
        ({"id": 1}, None),
    ],
)
def test_ids_as_strings_or_numbers(raw: Any, expected: int | None) -> None:
    assert parse_number({"id": raw}).id == expected
    assert parse_zone({"id": raw}).id == expected
    assert parse_media({"id": raw}, BASE).id == expected


@pytest.mark.parametrize(
    ("fields", "attribute", "expected"),
    [
        ({"type": 2}, "type", 2),
        ({"type": "2"}, "type", 2),
        ({"telephon": 0}, "telephon", 0),
        ({"telephon": "2"}, "telephon", 2),
        ({"entreprise": 6}, "entreprise", "6"),
        ({"entreprise": "cliqueo"}, "entreprise", "cliqueo"),
        ({"etat": "Actif"}, "etat", True),
        ({"etat": "inactif"}, "etat", False),
        ({"etat": " ACTIF "}, "etat", True),
        ({"etat": True}, "etat", True),
        ({"etat": "peut-être"}, "etat", None),
        ({"code": "FR_03"}, "code", "fr_03"),
        ({"numero": 33187224465}, "numero", "33187224465"),
        ({"nomPorteur": "H\u00e9l\u00e8ne"}, "nom_porteur", "Hélène"),
        ({"compagne": "Soldes"}, "compagne", "Soldes"),
        ({"typeRepondeur": "ren"}, "type_repondeur", "Ren"),
        ({"typeRenvoi": "Seq"}, "type_renvoi", "Seq"),
        ({"numRenvoi": "33612345678"}, "num_renvoi", "33612345678"),
        ({"sonnerie": "45"}, "sonnerie", 45),
        ({"hourDebut": "08:30:00"}, "hour_debut", dt.time(8, 30)),
        ({"hourFin": "18:00"}, "hour_fin", dt.time(18, 0)),
        ({"jours": "Ve,Lu"}, "jours", ("Lu", "Ve")),
        ({"jours": "All"}, "jours", ("All",)),
        ({"jours": ["Ma", "Lu"]}, "jours", ("Lu", "Ma")),
        ({"dateDebut": "2021-06-01"}, "date_debut", dt.date(2021, 6, 1)),
        ({"dateFin": "31/08/2021"}, "date_fin", dt.date(2021, 8, 31)),
        ({"dateFin": "31-08-2021"}, "date_fin", dt.date(2021, 8, 31)),
        ({"dateFin": "2021-08-31 00:00:00"}, "date_fin", dt.date(2021, 8, 31)),
        ({"activeAppelEntrant": 1}, "active_appel_entrant", True),
        ({"activeAppelSortant": "false"}, "active_appel_sortant", False),
        ({"activerEnregistrement": True}, "activer_enregistrement", True),
        ({"notificationEmail": "0"}, "notification_email", False),
        ({"messageIntroduction": "228"}, "message_introduction", 228),
        ({"messageEnregistrement": 230}, "message_enregistrement", 230),
        ({"musicAttente": 231}, "music_attente", 231),
        ({"musicAattente": 231}, "music_attente", 231),  # the reference's typo
        ({"playback": 0}, "playback", None),  # 0: no media
        ({"repondeur": "229"}, "repondeur", 229),
        ({"emailPorteur": "a@b.fr"}, "email_porteur", "a@b.fr"),
    ],
)
def test_number_quirks(fields: dict[str, Any], attribute: str, expected: Any) -> None:
    number = parse_number(fields)
    assert getattr(number, attribute) == expected
    assert attribute in number.fields_sent


def test_wrong_types_read_as_none_never_raise() -> None:
    odd = {
        "id": [1],
        "code": 5,
        "numero": {"n": 1},
        "etat": {},
        "type": "fax",
        "sonnerie": "abc",
        "hourDebut": 930,
        "hourFin": "25:00",
        "jours": "Xx",
        "dateDebut": "2021-13-45",
        "activeAppelEntrant": "oui",
        "musicAttente": "abc",
        "info": 12,  # a number where text is due: kept as its text
    }
    number = parse_number(odd)
    for name in ("id", "code", "numero", "etat", "type", "sonnerie", "hour_debut", "hour_fin", "jours"):
        assert getattr(number, name) is None, name
    assert number.date_debut is None and number.active_appel_entrant is None and number.music_attente is None
    assert number.info == "12"
    assert number.fields_sent >= {"id", "code", "etat", "sonnerie", "hour_debut", "jours", "music_attente"}


def test_nulls_and_missing_are_none_and_fields_sent_tells_them_apart() -> None:
    number = parse_number({"id": "5", "numRenvoi": None})
    assert number.num_renvoi is None and number.info is None
    assert number.fields_sent == frozenset({"id", "num_renvoi"})


def test_both_spellings_of_compagne_keep_the_value() -> None:
    assert parse_number({"Compagne": "Noël", "compagne": None}).compagne == "Noël"
    assert parse_number({"compagne": None, "Compagne": "Noël"}).compagne == "Noël"


def test_compiled_and_generic_readers_agree() -> None:
    item = {"id": "7", "code": "FR_02", "Compagne": "Noël", "hourDebut": "08:00", "extra": [1]}
    compiled = parse_number(item)
    assert compiled == parse_number(dict(item)) == _parse_number_generic(item)
    assert compiled.fields_sent == {"id", "code", "compagne", "hour_debut"}
    assert compiled.numero is None and compiled.repondeur is None  # absent slots hold their default
    assert hash(compiled) == hash(_parse_number_generic(item))


@pytest.mark.parametrize(
    ("fields", "fax"),
    [
        ({"type": 2}, True),
        ({"type": 1, "telephon": 0}, False),
        ({"telephon": 0}, True),
        ({"telephon": 2}, True),
        ({"telephon": 1}, False),
        ({}, False),
    ],
)
def test_is_fax(fields: dict[str, Any], fax: bool) -> None:
    assert parse_number(fields).is_fax is fax


def test_zone_quirks() -> None:
    zone = parse_zone({"id": "3", "code": "FR_03", "prefix": 3, "etat": "Inactif", "type": None})
    assert zone == Zone(id=3, code="fr_03", pays=None, nom=None, prefix="03", type=None, etat=False)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https:\\cliqphone.com\\assets\\a\\b.mp3", "https://cliqphone.com/assets/a/b.mp3"),
        ("https:\\\\cliqphone.com\\a.mp3", "https://cliqphone.com/a.mp3"),
        ("http:/cliqphone.com/a.mp3", "http://cliqphone.com/a.mp3"),
        ("HTTPS://cliqphone.com/a.mp3", "https://cliqphone.com/a.mp3"),
        ("https://cliqphone.com/a.mp3", "https://cliqphone.com/a.mp3"),
        ("/assets/a.mp3", "https://api.cliqphone.com/assets/a.mp3"),
        ("\\assets\\a.mp3", "https://api.cliqphone.com/assets/a.mp3"),
        ("assets/a.mp3", "https://api.cliqphone.com/assets/a.mp3"),
        ("//cdn.cliqphone.com/a.mp3", "https://cdn.cliqphone.com/a.mp3"),
        ("  https:\\cliqphone.com\\a.mp3  ", "https://cliqphone.com/a.mp3"),
    ],
)
def test_media_urls(url: str, expected: str) -> None:
    assert normalise_media_url(url, BASE) == expected
    assert parse_media({"url": url}, BASE).url == expected


def test_relative_media_url_keeps_a_base_path() -> None:
    assert (
        normalise_media_url("assets/a.mp3", "https://example.org/cliq")
        == "https://example.org/cliq/assets/a.mp3"
    )


def test_models_are_frozen_typed_and_slotted() -> None:
    for model in (Zone, Number, Media, Session):
        assert dataclasses.is_dataclass(model)
        assert hasattr(model, "__slots__")
        params = model.__dataclass_params__  # type: ignore[attr-defined]
        assert params.frozen
    number = parse_number({"id": "1"})
    with pytest.raises(dataclasses.FrozenInstanceError):
        number.id = 2  # type: ignore[misc]
    names = {f.name for f in dataclasses.fields(Number)}
    assert {
        "nom_porteur",
        "num_renvoi",
        "compagne",
        "type_repondeur",
        "email_porteur",
        "hour_debut",
        "date_debut",
        "jours",
        "active_appel_entrant",
        "active_appel_sortant",
        "activer_enregistrement",
        "notification_email",
        "message_introduction",
        "message_enregistrement",
        "music_attente",
        "playback",
        "repondeur",
        "sonnerie",
        "telephon",
        "entreprise",
        "fields_sent",
    } <= names
