"""Property tests: no answer, however odd, makes the client raise anything but ApiError."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import datetime as dt
import functools
import json
import types
import typing
from typing import Any

import httpx
import respx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.api import ApiError, CliqphoneClient, Media, Number, TransportError, Zone
from app.api._parse import iter_json_array, parse_media, parse_number, parse_zone, read_answer

ENDPOINTS = [
    "/api/auto",
    "/api/getallzone",
    "/api/getallbyzone",
    "/numeroapi/getlistnumerodispobyzone",
    "/numeroapi/getlistnumerodispo",
    "/numeroapi/addNumero",
    "/numeroapi/editnumero/147",
    "/mediapi/getlistmedia",
]
NUMBER_KEYS = [
    "id", "code", "numero", "type", "entreprise", "etat", "info", "telephon", "nomPorteur", "Compagne",
    "compagne", "emailPorteur", "typeRepondeur", "typeRenvoi", "numRenvoi", "sonnerie", "hourDebut",
    "hourFin", "jours", "dateDebut", "dateFin", "activeAppelEntrant", "activeAppelSortant",
    "activerEnregistrement", "notificationEmail", "messageIntroduction", "messageEnregistrement",
    "musicAttente", "musicAattente", "playback", "repondeur",
]  # fmt: skip
OTHER_KEYS = [
    "state",
    "codeErreur",
    "messageErreur",
    "token",
    "tokenExpid",
    "pays",
    "nom",
    "prefix",
    "url",
    "typeName",
]

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(-(10**20), 10**20)
    | st.floats(allow_nan=False)
    | st.text(max_size=12)
    | st.sampled_from(
        [
            "",
            "147",
            "Actif",
            "Inactif",
            "fr_01",
            "FR_02",
            "08:30",
            "2021-06-01",
            "All",
            "Lu,Ma",
            "310",
            "ko",
            "ok",
        ]
    )
)
keys = st.sampled_from(NUMBER_KEYS + OTHER_KEYS) | st.text(max_size=6)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=8),
    max_leaves=8,
)
objects = st.dictionaries(keys, json_scalars | st.lists(json_scalars, max_size=3), max_size=10)


def builders() -> list[Any]:
    return [parse_number, parse_zone, lambda item: parse_media(item, "https://api.cliqphone.com")]


@functools.cache
def type_hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def check_types(model: Any) -> None:
    """Every attribute holds a value of its annotated type (or None)."""
    hints = type_hints(type(model))
    for field in dataclasses.fields(model):
        value = getattr(model, field.name)
        hint = hints[field.name]
        if typing.get_origin(hint) in (types.UnionType, typing.Union):
            allowed = tuple(
                typing.get_origin(arg) or arg for arg in typing.get_args(hint) if arg is not type(None)
            )
        else:
            allowed = (typing.get_origin(hint) or hint,)
        assert value is None or isinstance(value, allowed), (field.name, value, hint)
        if isinstance(value, int) and not isinstance(value, bool) and bool not in allowed:
            assert type(value) is int
        if field.name in ("hour_debut", "hour_fin"):
            assert value is None or type(value) is dt.time
        if field.name == "jours" and value is not None:
            assert all(isinstance(day, str) for day in value)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_values | st.lists(objects, max_size=3), st.sampled_from(ENDPOINTS), st.integers(100, 599))
def test_any_json_answer_raises_only_api_error(value: Any, endpoint: str, status: int) -> None:
    raw = json.dumps(value).encode()
    for expect in ("list", "object"):
        for build in builders():
            try:
                result = read_answer(endpoint, status, raw, expect, build)  # type: ignore[arg-type]
            except ApiError as error:
                assert error.code is None or (len(error.code) == 4 and error.code.isdigit())
                assert error.endpoint == endpoint
                continue
            if expect == "list":
                assert isinstance(result, list)
                for model in result:
                    check_types(model)
            else:
                assert isinstance(result, dict)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=200).map(str.encode), st.sampled_from(ENDPOINTS))
def test_any_bytes_raise_only_api_error(raw: bytes, endpoint: str) -> None:
    for expect in ("list", "object"):
        with contextlib.suppress(ApiError):  # anything else fails the test
            read_answer(endpoint, 200, raw, expect, parse_number)  # type: ignore[arg-type]


@settings(max_examples=50, deadline=None)
@given(
    st.fixed_dictionaries(
        {
            "state": st.sampled_from(["ko", "KO", " ko ", "ok", "", None, 1]),
            "codeErreur": json_scalars,
            "messageErreur": json_scalars,
        }
    ),
    st.sampled_from(ENDPOINTS),
)
def test_ko_like_bodies(body: dict[str, Any], endpoint: str) -> None:
    try:
        read_answer(endpoint, 200, json.dumps(body).encode(), "list", parse_zone)
    except ApiError as error:
        assert isinstance(error.message, str) and error.message
        if isinstance(body["state"], str) and body["state"].strip().lower() == "ko":
            assert not isinstance(error, TransportError)  # a ko is the server's answer, not a transport fault


@settings(max_examples=100, deadline=None)
@given(objects)
def test_models_from_any_object_are_well_typed(item: dict[str, Any]) -> None:
    number = parse_number(item)
    check_types(number)
    assert number.fields_sent <= {f.name for f in dataclasses.fields(Number)}
    check_types(parse_zone(item))
    check_types(parse_media(item, "https://api.cliqphone.com"))
    assert isinstance(parse_zone(item), Zone) and isinstance(parse_media(item, "http://x"), Media)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(json_values, max_size=5),
    st.sampled_from(["", " ", "\n", "\t\r\n  "]),
    st.sampled_from([1, 2, 3, 5, 8, 64, 256 * 1024]),
    st.booleans(),
)
def test_incremental_array_reader_agrees_with_json_loads(
    items: list[Any], space: str, chunk: int, ascii: bool
) -> None:
    text = json.dumps(items, separators=(space + "," + space, ":" + space), ensure_ascii=ascii)
    text = space + text.replace("[", "[" + space, 1) + space
    assert list(iter_json_array(text.encode(), chunk_size=chunk)) == json.loads(text)


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from('[]{},:"0123 \n.aeé-'), max_size=40), st.sampled_from([1, 3, 7, 1024]))
def test_incremental_array_reader_rejects_what_json_loads_rejects(text: str, chunk: int) -> None:
    try:
        expected = json.loads(text)
    except ValueError:
        expected = None
    try:
        got: Any = list(iter_json_array(text.encode(), chunk_size=chunk))
    except ValueError:
        got = None
    if isinstance(expected, list):
        assert got == expected
    else:
        assert got is None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_values | st.binary(max_size=100), st.integers(200, 599))
def test_client_calls_raise_only_api_error(value: Any, status: int) -> None:
    raw = value if isinstance(value, bytes) else json.dumps(value).encode()

    async def run() -> None:
        with respx.mock(base_url="https://api.test", assert_all_called=False) as router:
            router.route().mock(return_value=httpx.Response(status, content=raw))
            async with CliqphoneClient("https://api.test", retries=0) as client:
                client.use_token("t" * 64)
                calls = [
                    client.zones(),
                    client.zone("fr_01"),
                    client.numbers(),
                    client.numbers_by_zone("fr_01"),
                    client.media(),
                    client.login("a", "b"),
                ]
                for call in calls:
                    with contextlib.suppress(ApiError):
                        await call

    asyncio.run(run())
