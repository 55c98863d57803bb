"""The client against the real sandbox over HTTP: every endpoint, filter and error code of the contract.

The shared `sandbox` server may hold numbers other tests added: nothing here assumes global counts.
Tests that change data add their own numbers, with numeros no seed uses (``339…``).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import random
import unicodedata
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from app.api import (
    ApiError,
    BadCredentialsError,
    CliqphoneClient,
    InactiveAccountError,
    InvalidTokenError,
    NoMatchError,
    NotFoundError,
    Number,
    NumberChanges,
    TokenExpiredError,
    ValidationError,
    error_from_answer,
)

pytestmark = pytest.mark.anyio

_rng = random.SystemRandom()
ZONES = {
    "fr_01": ("Île-de-France", "01"),
    "fr_02": ("Nord-Ouest", "02"),
    "fr_03": ("Nord-Est", "03"),
    "fr_04": ("Sud-Est", "04"),
    "fr_05": ("Sud-Ouest", "05"),
}
# Seeded media of cliqueo (the reference's ids first) and of autreboite.
MI, R, ME, MA, PB = 228, 229, 230, 231, 232
MI_INACTIVE, MA_INACTIVE, MI_OTHER_COMPANY = 235, 234, 240


def new_numero() -> str:
    return f"339{_rng.randrange(10**8):08d}"


def fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


_tokens: dict[tuple[str, str], str] = {}


async def logged_in(base_url: str, login: str = "test0123") -> CliqphoneClient:
    """A client with a session of `login` (password = login); one login per server and account,
    since a login costs the server a password hash."""
    client = CliqphoneClient(base_url, retries=0)
    token = _tokens.get((base_url, login))
    if token is None:
        token = (await client.login(login, login)).token
        _tokens[(base_url, login)] = token
    client.use_token(token)
    return client


@pytest.fixture
async def cliqueo(sandbox: Any) -> AsyncIterator[CliqphoneClient]:
    client = await logged_in(sandbox.base_url)
    yield client
    await client.aclose()


@pytest.fixture
async def demo(sandbox: Any) -> AsyncIterator[CliqphoneClient]:
    client = await logged_in(sandbox.base_url, "demo0456")
    yield client
    await client.aclose()


async def add_own(client: CliqphoneClient, **fields: Any) -> Number:
    numero = fields.pop("numero", None) or new_numero()
    new_id = await client.add_number(NumberChanges(numero=numero, **fields))
    assert isinstance(new_id, int)
    (number,) = await client.numbers(numero=numero)
    assert number.id == new_id
    return number


async def raw_post(
    http: httpx.AsyncClient, base_url: str, token: str | None, path: str, body: Any
) -> dict[str, Any]:
    headers = {"token": token} if token else {}
    response = await http.post(base_url + path, json=body, headers=headers)
    answer = response.json()
    assert isinstance(answer, dict)
    return answer


# --- login and tokens ------------------------------------------------------------------------------------


async def test_login_gives_a_session(sandbox: Any) -> None:
    async with CliqphoneClient(sandbox.base_url) as client:
        assert client.token is None
        session = await client.login("test0123", "test0123")
        assert client.token == session.token
        assert len(session.token) >= 64 and session.login == "test0123"
        expected = dt.datetime.now() + dt.timedelta(hours=24)
        assert abs((session.expires_at - expected).total_seconds()) < 120
        assert len(await client.zones()) >= 5
        other = await client.login("test0123", "test0123")
        assert other.token != session.token  # random tokens


@pytest.mark.parametrize(
    ("login", "pwd", "cls", "code"),
    [
        ("inactif01", "inactif01", InactiveAccountError, "0001"),
        ("inactif01", "wrong", BadCredentialsError, "0002"),  # the state is told only with the password
        ("test0123", "wrong", BadCredentialsError, "0002"),
        ("nobody", "test0123", BadCredentialsError, "0002"),
        ("test0123", "", BadCredentialsError, "0002"),
    ],
)
async def test_login_errors(sandbox: Any, login: str, pwd: str, cls: type[ApiError], code: str) -> None:
    async with CliqphoneClient(sandbox.base_url) as client:
        with pytest.raises(cls) as caught:
            await client.login(login, pwd)
        assert caught.value.code == code and caught.value.endpoint == "/api/auto"
        assert client.token is None


def every_call(client: CliqphoneClient) -> dict[str, Callable[[], Any]]:
    return {
        "zones": client.zones,
        "zone": lambda: client.zone("fr_01"),
        "numbers": client.numbers,
        "numbers_by_zone": lambda: client.numbers_by_zone("fr_01"),
        "add_number": lambda: client.add_number(NumberChanges(numero=new_numero())),
        "edit_number": lambda: client.edit_number(101, NumberChanges(info="x")),
        "media": client.media,
    }


async def test_every_endpoint_wants_a_valid_token(sandbox: Any) -> None:
    async with CliqphoneClient(sandbox.base_url, retries=0) as client:
        for token in (None, "not-a-token-" + "x" * 60):
            client.use_token(token)
            for name, call in every_call(client).items():
                with pytest.raises(InvalidTokenError) as caught:
                    await call()
                assert caught.value.code == "0003", name


async def test_tokens_expire(make_sandbox: Callable[..., Any]) -> None:
    server = make_sandbox(token_lifetime=1)
    async with CliqphoneClient(server.base_url, retries=0) as client:
        await client.login("test0123", "test0123")
        await client.zones()
        await asyncio.sleep(1.2)
        for name, call in every_call(client).items():
            with pytest.raises(TokenExpiredError) as caught:
                await call()
            assert caught.value.code == "0004", name
        server.token_lifetime = 3600
        await client.login("test0123", "test0123")
        assert len(await client.zones()) == 5
        server.expire_all_tokens()
        with pytest.raises(TokenExpiredError):
            await client.media()


async def test_saved_session_resumes(sandbox: Any) -> None:
    async with CliqphoneClient(sandbox.base_url) as first:
        session = await first.login("test0123", "test0123")
    async with CliqphoneClient(sandbox.base_url) as second:
        second.use_token(session.token)
        assert len(await second.media()) > 0


# --- zones ---------------------------------------------------------------------------------------------------


async def test_zones(cliqueo: CliqphoneClient) -> None:
    zones = await cliqueo.zones()
    assert {zone.code: (zone.nom, zone.prefix) for zone in zones} == ZONES
    assert all(zone.pays == "France" and isinstance(zone.id, int) and zone.etat is True for zone in zones)


@pytest.mark.parametrize("code", ["fr_03", "FR_03", " Fr_03 "])
async def test_one_zone(cliqueo: CliqphoneClient, code: str) -> None:
    zone = await cliqueo.zone(code)
    assert (zone.code, zone.nom, zone.prefix) == ("fr_03", "Nord-Est", "03")


@pytest.mark.parametrize("code", ["fr_09", "fr01", ""])
async def test_unknown_zone(cliqueo: CliqphoneClient, code: str) -> None:
    with pytest.raises(NotFoundError) as caught:
        await cliqueo.zone(code)
    assert (caught.value.code, caught.value.field) == ("0308", "code")


# --- number listings and their filters ------------------------------------------------------------------------


async def test_listing_holds_the_company_numbers_with_their_configuration(cliqueo: CliqphoneClient) -> None:
    numbers = await cliqueo.numbers()
    assert len(numbers) >= 300
    ids = [number.id for number in numbers]
    assert len(set(ids)) == len(ids) and all(isinstance(i, int) for i in ids)
    assert len({number.entreprise for number in numbers}) == 1
    assert {number.code for number in numbers} == set(ZONES)
    assert {number.etat for number in numbers} == {True, False}
    assert {number.is_fax for number in numbers} == {True, False}
    assert all(number.numero and number.numero.isdigit() for number in numbers)
    configured = [n for n in numbers if n.type_repondeur is not None]
    assert configured and any(n.jours for n in numbers) and any(n.hour_debut for n in numbers)
    assert any(n.message_introduction == MI for n in numbers)
    assert all({"num_renvoi", "hour_debut", "jours", "repondeur"} <= n.fields_sent for n in numbers)


async def test_filters_match_the_local_reading(cliqueo: CliqphoneClient) -> None:
    everything = await cliqueo.numbers()

    def ids(numbers: list[Number]) -> set[int | None]:
        return {number.id for number in numbers}

    def local(keep: Callable[[Number], bool]) -> set[int | None]:
        return {number.id for number in everything if keep(number)}

    for code in ZONES:
        assert ids(await cliqueo.numbers(code=code.upper())) == local(lambda n, c=code: n.code == c)  # type: ignore[misc]
    for etat in (True, False):
        assert ids(await cliqueo.numbers(etat=etat)) == local(lambda n, e=etat: n.etat is e)  # type: ignore[misc]
    assert ids(await cliqueo.numbers(type="TE")) == local(lambda n: not n.is_fax)
    assert ids(await cliqueo.numbers(type="FA")) == local(lambda n: n.is_fax)
    part = everything[7].numero[3:9]  # type: ignore[index]
    assert ids(await cliqueo.numbers(numero=part)) == local(lambda n: part in (n.numero or ""))
    campaign = next(n.compagne for n in everything if n.compagne)
    assert campaign is not None
    got = ids(await cliqueo.numbers(compagne=campaign.upper()))
    assert got == local(lambda n: fold(n.compagne or "") == fold(campaign)) and got
    carrier = next(n.nom_porteur for n in everything if n.nom_porteur and len(n.nom_porteur) > 6)
    assert carrier is not None
    fragment = carrier[2:6].lower()
    got = ids(await cliqueo.numbers(porteur=fragment))
    assert got == local(lambda n: fold(fragment) in fold(n.nom_porteur or "")) and got
    got = ids(await cliqueo.numbers(code="fr_01", etat=True, type="TE"))
    assert got == local(lambda n: n.code == "fr_01" and n.etat is True and not n.is_fax) and got


async def test_valid_filters_matching_nothing_give_an_empty_list(cliqueo: CliqphoneClient) -> None:
    own = await add_own(cliqueo, etat=True, code="fr_02")
    assert await cliqueo.numbers(numero=own.numero, etat=False) == []
    assert await cliqueo.numbers(numero=own.numero, code="fr_03") == []
    assert await cliqueo.numbers(numero=own.numero, type="FA") == []
    assert [n.id for n in await cliqueo.numbers(numero=own.numero, etat=True, code="fr_02", type="TE")] == [
        own.id
    ]


@pytest.mark.parametrize(
    ("filters", "cls", "code", "field"),
    [
        ({"code": "fr_09"}, ValidationError, "0310", "code"),
        ({"etat": "peut-être"}, ValidationError, "0301", "etat"),
        ({"type": "XX"}, ValidationError, "0302", "type"),
        ({"numero": "123"}, NoMatchError, "0319", "numero"),
        ({"numero": "1" * 16}, NoMatchError, "0319", "numero"),
        ({"numero": "00000000000000"}, NoMatchError, "0319", "numero"),
        ({"compagne": "x"}, NoMatchError, "0306", "compagne"),
        ({"compagne": "Campagne Inconnue"}, NoMatchError, "0306", "compagne"),
        ({"porteur": "z"}, NoMatchError, "0308", "porteur"),
        ({"porteur": "Personne Inconnue"}, NoMatchError, "0308", "porteur"),
    ],
)
async def test_filter_errors(
    cliqueo: CliqphoneClient, filters: dict[str, Any], cls: type[ApiError], code: str, field: str
) -> None:
    with pytest.raises(cls) as caught:
        await cliqueo.numbers(**filters)
    assert type(caught.value) is cls
    assert (caught.value.code, caught.value.field) == (code, field)


async def test_numbers_by_zone(cliqueo: CliqphoneClient) -> None:
    everything = await cliqueo.numbers()
    for code in ("fr_02", "FR_05"):
        got = {n.id for n in await cliqueo.numbers_by_zone(code)}
        assert got == {n.id for n in everything if n.code == code.lower()} and got
    assert {n.id for n in await cliqueo.numbers_by_zone(None)} == {n.id for n in everything}
    sample = next(n for n in everything if n.code == "fr_04")
    part = sample.numero[-6:]  # type: ignore[index]
    got = {n.id for n in await cliqueo.numbers_by_zone("fr_04", numero=part)}
    assert sample.id in got
    assert got == {n.id for n in everything if n.code == "fr_04" and part in (n.numero or "")}


@pytest.mark.parametrize(
    ("code", "numero", "cls", "error_code", "field"),
    [
        ("fr_9", None, ValidationError, "0310", "code"),
        ("fr_01", "12", NoMatchError, "0306", "numero"),
        ("fr_01", "00000000000000", NoMatchError, "0306", "numero"),
    ],
)
async def test_numbers_by_zone_errors(
    cliqueo: CliqphoneClient, code: str, numero: str | None, cls: type[ApiError], error_code: str, field: str
) -> None:
    with pytest.raises(cls) as caught:
        await cliqueo.numbers_by_zone(code, numero=numero)
    assert type(caught.value) is cls and (caught.value.code, caught.value.field) == (error_code, field)


# --- add and edit -----------------------------------------------------------------------------------------------------


FULL = {
    "code": "fr_03",
    "etat": True,
    "info": "Ligne de test « é »",
    "nom_porteur": "Hélène Lefèvre",
    "email_porteur": "helene@cliqueo.fr",
    "compagne": "Essai Client",
    "type_repondeur": "Ren",
    "type_renvoi": "Seq",
    "num_renvoi": "33612345678",
    "sonnerie": 45,
    "hour_debut": dt.time(8, 30),
    "hour_fin": dt.time(18, 0),
    "jours": ("Lu", "Ma", "Ve"),
    "date_debut": dt.date(2025, 6, 1),
    "date_fin": dt.date(2025, 8, 31),
    "active_appel_entrant": False,
    "active_appel_sortant": True,
    "activer_enregistrement": True,
    "notification_email": True,
    "message_introduction": MI,
    "message_enregistrement": ME,
    "music_attente": MA,
    "playback": PB,
    "repondeur": R,
}


async def test_add_number_with_every_field(cliqueo: CliqphoneClient) -> None:
    numero = new_numero()
    number = await add_own(cliqueo, numero=numero, **FULL)
    assert number.numero == numero
    for name, value in FULL.items():
        assert getattr(number, name) == value, name
    assert not number.is_fax
    fax = await add_own(cliqueo, telephon=2)
    assert fax.is_fax and fax.type == 2


async def test_add_number_twice_or_a_number_of_another_company(
    cliqueo: CliqphoneClient, demo: CliqphoneClient
) -> None:
    own = await add_own(cliqueo)
    theirs = (await demo.numbers())[0]
    for numero in (own.numero, theirs.numero):
        with pytest.raises(ValidationError) as caught:
            await cliqueo.add_number(NumberChanges(numero=numero))
        assert (caught.value.code, caught.value.field) == ("0304", "numero")


@pytest.mark.parametrize(
    ("field", "media_id", "code"),
    [
        ("message_introduction", R, "0328"),  # a media of another type
        ("message_introduction", MI_INACTIVE, "0328"),  # inactive
        ("message_introduction", MI_OTHER_COMPANY, "0328"),  # another company's
        ("message_introduction", 999_999, "0328"),  # no such media
        ("message_enregistrement", MI, "0329"),
        ("music_attente", MA_INACTIVE, "0317"),
        ("playback", MI, "0316"),
        ("repondeur", MI, "0315"),
    ],
)
async def test_media_slots_are_checked_by_the_server(
    cliqueo: CliqphoneClient, field: str, media_id: int, code: str
) -> None:
    changes = NumberChanges(numero=new_numero(), **{field: media_id})
    assert changes.first_error(adding=True) is None  # only the server knows the media
    with pytest.raises(ValidationError) as caught:
        await cliqueo.add_number(changes)
    assert (caught.value.code, caught.value.field) == (code, field)


PAIRS = {"0325": ("hour_debut", "hour_fin"), "0327": ("date_debut", "date_fin")}


def _json_friendly(value: Any) -> bool:
    try:
        json.dumps(value)
    except TypeError:
        return False
    return True


# Invalid values per field (JSON-friendly ones, so that they can be sent as they are).
PARITY_CASES = [
    ("numero", ["1234567", "1" * 16, "33 18 72 24 46", "+33187224465", True, 3.5]),
    ("code", ["fr_06", "fr01", None, 1]),
    ("etat", ["yes", 2, None, "Actif"]),
    ("info", ["x" * 256, 12]),
    ("nom_porteur", ["x" * 101, ["Jean"]]),
    ("email_porteur", ["a@b", "a b@c.fr", "@b.fr", "a@b.", 5]),
    ("compagne", ["a", "x" * 21, 12]),
    ("type_repondeur", ["Foo", "R", 1]),
    ("type_renvoi", ["X", "Parallele"]),
    ("num_renvoi", ["061234", "06 12 34 56 78", True]),
    ("sonnerie", [301, -1, "abc", True, 4.5]),
    ("hour_debut", ["24:00", "8h", 8, "08:60"]),
    ("hour_fin", ["25:00", "18"]),
    ("jours", ["Xx", "All,Lu", [], "Lu,,Ma", 3]),
    ("date_debut", ["2025-02-30", "tomorrow", 20250101, "2025/01/01"]),
    ("date_fin", ["31-02-2025", "2025-13-01"]),
    ("active_appel_entrant", ["oui", None, 2]),
    ("active_appel_sortant", ["non", None]),
    ("activer_enregistrement", ["peut-être", None]),
    ("notification_email", ["x", None]),
    ("message_introduction", [0, -1, "abc", True]),
    ("message_enregistrement", [0, "x"]),
    ("music_attente", [-5, 1.5]),
    ("playback", [0, "2x"]),
    ("repondeur", [0, []]),
    ("telephon", [3, "fax", None]),
]


async def test_client_validation_answers_what_the_server_answers(
    sandbox: Any, cliqueo: CliqphoneClient
) -> None:
    """For each invalid value: the client's error (before sending) == the server's for the same body."""
    own = await add_own(cliqueo)
    cases: list[NumberChanges] = [NumberChanges(code="fr_01")]  # add without numero
    for name, values in PARITY_CASES:
        cases += [NumberChanges(**{name: value}) for value in values]
    # Two invalid fields: the table's order decides on both sides.
    cases += [
        NumberChanges(repondeur=0, info="x" * 300),
        NumberChanges(telephon=9, numero="12"),
        NumberChanges(jours="Xx", hour_debut="10:00", hour_fin="09:00"),
        NumberChanges(date_debut="2025-02-02", date_fin="2025-02-01", notification_email="x"),
    ]
    checked = 0
    http = httpx.AsyncClient()
    for changes in cases:
        payload = changes.to_payload()
        assert _json_friendly(payload)
        # An add gets a fresh valid numero when the case has none (else 0305 would always decide).
        add_body = (
            payload if "numero" in payload or changes == cases[0] else {"numero": new_numero(), **payload}
        )
        attempts = [("/numeroapi/addNumero", add_body, True)]
        if changes != cases[0]:  # an edit needs no numero
            attempts.append((f"/numeroapi/editnumero/{own.id}", payload, False))
        for path, body, adding in attempts:
            mine = NumberChanges.from_payload(body).first_error(adding=adding)
            answer = await raw_post(http, sandbox.base_url, cliqueo.token, path, body)
            assert answer["state"] == "ko", (changes, path, answer)
            theirs = error_from_answer(path, answer)
            assert mine is not None, (changes, path)
            assert mine.code == theirs.code, (changes, path, answer)
            if mine.code in PAIRS:  # the server's answer cannot say which half: either names the pair
                assert {mine.field, theirs.field} <= set(PAIRS[mine.code]), (changes, path)
            else:
                assert mine.field == theirs.field, (changes, path, answer)
            checked += 1
    await http.aclose()
    assert checked == 2 * len(cases) - 1
    (after,) = await cliqueo.numbers(numero=own.numero)
    assert after == own  # no invalid edit changed anything


async def test_edit_changes_only_what_it_names(cliqueo: CliqphoneClient) -> None:
    before = await add_own(cliqueo, **FULL)
    assert before.id is not None
    await cliqueo.edit_number(before.id, NumberChanges(num_renvoi="0612345678", etat=False))
    (after,) = await cliqueo.numbers(numero=before.numero)
    assert (after.num_renvoi, after.etat) == ("0612345678", False)
    for name in FULL:
        if name not in ("num_renvoi", "etat"):
            assert getattr(after, name) == getattr(before, name), name


async def test_edit_clears_with_none(cliqueo: CliqphoneClient) -> None:
    before = await add_own(cliqueo, **FULL)
    assert before.id is not None
    cleared = [
        "info",
        "nom_porteur",
        "email_porteur",
        "compagne",
        "num_renvoi",
        "hour_debut",
        "hour_fin",
        "date_debut",
        "date_fin",
        "message_introduction",
        "message_enregistrement",
        "music_attente",
        "playback",
        "repondeur",
    ]
    changes = NumberChanges(**dict.fromkeys(cleared))
    assert all(value is None for value in changes.to_payload().values())
    await cliqueo.edit_number(before.id, changes)
    (after,) = await cliqueo.numbers(numero=before.numero)
    for name in cleared:
        assert getattr(after, name) is None, name
    assert after.sonnerie == FULL["sonnerie"] and after.jours == FULL["jours"]


async def test_edit_each_valid_value(cliqueo: CliqphoneClient) -> None:
    """What the client lets through, the server accepts, and stores as the client meant it."""
    own = await add_own(cliqueo)
    assert own.id is not None
    values: list[tuple[str, Any]] = [
        ("code", "FR_05"),
        ("etat", "true"),
        ("info", "x" * 255),
        ("nom_porteur", "x" * 100),
        ("email_porteur", "jean.dupont@cliqueo.fr"),
        ("compagne", "ab"),
        ("type_repondeur", "rep"),
        ("type_renvoi", "par"),
        ("num_renvoi", "12345678"),
        ("sonnerie", 300),
        ("sonnerie", "0"),
        ("hour_debut", "8:00"),
        ("hour_fin", "23:59:59"),
        ("hour_debut", dt.time(23, 59, 58)),
        ("jours", ["di", "Lu"]),
        ("jours", "All"),
        ("date_debut", "01/01/2025"),
        ("date_fin", "01-01-2025"),  # the same day: allowed
        ("active_appel_entrant", 0),
        ("active_appel_sortant", "1"),
        ("activer_enregistrement", " TRUE "),
        ("notification_email", False),
        ("message_introduction", "228"),
        ("message_enregistrement", ME),
        ("music_attente", MA),
        ("playback", PB),
        ("repondeur", R),
        ("telephon", 0),
    ]
    for name, value in values:
        changes = NumberChanges(**{name: value})
        assert changes.first_error() is None, (name, value)
        await cliqueo.edit_number(own.id, changes)
        (stored,) = await cliqueo.numbers(numero=own.numero)
        expected = changes.fields[name]
        if name == "telephon":
            assert stored.is_fax, "telephon 0 is a fax"
        else:
            assert getattr(stored, name) == expected, (name, value, getattr(stored, name))


async def test_edit_errors(cliqueo: CliqphoneClient, demo: CliqphoneClient) -> None:
    own = await add_own(cliqueo)
    other = await add_own(cliqueo)
    assert own.id is not None
    for unknown in (999_999_999, (await demo.numbers())[0].id):
        with pytest.raises(NotFoundError) as caught:
            await cliqueo.edit_number(unknown, NumberChanges(info="x"))  # type: ignore[arg-type]
        assert (caught.value.code, caught.value.field) == ("0320", "id")
    with pytest.raises(ValidationError) as caught:
        await cliqueo.edit_number(own.id, NumberChanges(numero=other.numero))
    assert (caught.value.code, caught.value.field) == ("0304", "numero")
    await cliqueo.edit_number(own.id, NumberChanges(numero=own.numero))  # its own numero is no conflict


async def test_pairs_are_checked_against_stored_values(cliqueo: CliqphoneClient) -> None:
    own = await add_own(
        cliqueo, hour_debut="09:00", hour_fin="17:00", date_debut="2025-06-01", date_fin="2025-06-30"
    )
    assert own.id is not None
    for changes, code, field in (
        (NumberChanges(hour_fin="08:00"), "0325", "hour_fin"),
        (NumberChanges(hour_debut="17:00"), "0325", "hour_debut"),
        (NumberChanges(date_fin="2025-05-31"), "0327", "date_fin"),
        (NumberChanges(date_debut="2025-07-01"), "0327", "date_debut"),
    ):
        assert changes.first_error() is None  # without the stored values, the client cannot tell
        with pytest.raises(ValidationError) as from_server:
            await cliqueo.edit_number(own.id, changes)
        local = changes.first_error(current=own)
        assert local is not None
        assert (from_server.value.code, from_server.value.field) == (local.code, local.field) == (code, field)
    await cliqueo.edit_number(own.id, NumberChanges(date_fin="2025-06-01"))  # same day as the start


# --- media ---------------------------------------------------------------------------------------------------------


async def test_media_and_filters(cliqueo: CliqphoneClient) -> None:
    media = await cliqueo.media()
    assert {m.type for m in media} == {"R", "ME", "PB", "MI", "MA"}
    assert {m.etat for m in media} == {True, False}
    assert all(m.url and m.url.startswith("http://127.0.0.1:") and "\\" not in m.url for m in media)
    names = {
        "R": "Repondeur",
        "ME": "Message Enregistrement",
        "PB": "play-back",
        "MI": "Message introduction",
        "MA": "Musique Attente",
    }
    assert all(m.type_name == names[m.type or ""] for m in media)
    first = next(m for m in media if m.id == MI)
    assert first.nom == "Message introduction CliQéo"
    for etat in (True, False):
        assert {m.id for m in await cliqueo.media(etat=etat)} == {m.id for m in media if m.etat is etat}
    for kind in names:
        got = {m.id for m in await cliqueo.media(type=kind)}
        assert got == {m.id for m in media if m.type == kind} and got
    got = {m.id for m in await cliqueo.media(nom="CLIQÉO")}
    assert got == {m.id for m in media if "cliqéo" in (m.nom or "").casefold()} and got
    assert await cliqueo.media(type="MA", etat=False, nom="jazz") != []


@pytest.mark.parametrize(
    ("filters", "code", "field"), [({"etat": "peut-être"}, "0201", "etat"), ({"type": "XX"}, "0202", "type")]
)
async def test_media_errors(cliqueo: CliqphoneClient, filters: dict[str, Any], code: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        await cliqueo.media(**filters)
    assert (caught.value.code, caught.value.field) == (code, field)


async def test_download_gives_real_audio(cliqueo: CliqphoneClient) -> None:
    for media in await cliqueo.media():
        assert media.url is not None
        data = await cliqueo.download(media.url)
        assert len(data) > 1000, media.nom
        is_mp3 = data[:3] == b"ID3" or (data[0] == 0xFF and data[1] & 0xE0 == 0xE0)
        is_wav = data[:4] == b"RIFF" and data[8:12] == b"WAVE"
        assert is_mp3 or is_wav, (media.nom, data[:12])
    raw = media.url.replace("://", ":\\").replace("/", "\\")  # as the reference writes URLs
    assert await cliqueo.download(raw) == data
    with pytest.raises(NotFoundError):
        await cliqueo.download(media.url + "x")


# --- two companies -------------------------------------------------------------------------------------------------


async def test_companies_see_and_change_only_their_own(
    cliqueo: CliqphoneClient, demo: CliqphoneClient
) -> None:
    ours, theirs = await cliqueo.numbers(), await demo.numbers()
    assert theirs and not {n.id for n in ours} & {n.id for n in theirs}
    assert not {n.numero for n in ours} & {n.numero for n in theirs}
    assert {n.entreprise for n in ours}.isdisjoint({n.entreprise for n in theirs})
    our_media, their_media = await cliqueo.media(), await demo.media()
    assert their_media and not {m.id for m in our_media} & {m.id for m in their_media}
    target = ours[0]
    assert target.id is not None
    with pytest.raises(NotFoundError) as caught:
        await demo.edit_number(target.id, NumberChanges(info="pris par une autre société"))
    assert caught.value.code == "0320"
    (unchanged,) = [n for n in await cliqueo.numbers(numero=target.numero) if n.id == target.id]
    assert unchanged == target
    with pytest.raises(NoMatchError):
        await demo.numbers(numero=target.numero)
    with pytest.raises(ValidationError) as media_error:
        await demo.add_number(NumberChanges(numero=new_numero(), message_introduction=MI))
    assert media_error.value.code == "0328"
    added = await add_own(demo)
    assert added.entreprise == theirs[0].entreprise
    assert added.id not in {n.id for n in await cliqueo.numbers()}


# --- a restart keeps everything ----------------------------------------------------------------------------------------


async def test_data_and_sessions_survive_a_restart(make_sandbox: Callable[..., Any], tmp_path: Any) -> None:
    db = tmp_path / "restart.sqlite3"
    first = make_sandbox(db_path=db)
    async with CliqphoneClient(first.base_url) as client:
        session = await client.login("test0123", "test0123")
        added = await add_own(client, info="avant redémarrage")
        assert added.id is not None
        await client.edit_number(added.id, NumberChanges(compagne="Persistance", etat=True))
        (before,) = await client.numbers(numero=added.numero)
        count = len(await client.numbers())
    first.stop()
    second = make_sandbox(db_path=db)
    async with CliqphoneClient(second.base_url) as client:
        client.use_token(session.token)
        (after,) = await client.numbers(numero=added.numero)
        assert after == before
        assert (after.info, after.compagne, after.etat) == ("avant redémarrage", "Persistance", True)
        assert len(await client.numbers()) == count
        await client.login("test0123", "test0123")  # the accounts too
