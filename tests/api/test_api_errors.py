"""The error hierarchy and the one function that maps a ``ko`` answer to an error."""

from __future__ import annotations

import pickle

import pytest

import app.api as api
from app.api import (
    ApiError,
    AuthError,
    BadAnswerError,
    BadCredentialsError,
    ConnectError,
    InactiveAccountError,
    InvalidTokenError,
    NoMatchError,
    NotFoundError,
    RequestTimeout,
    ServerError,
    TokenError,
    TokenExpiredError,
    TransportError,
    ValidationError,
    _errors,
    error_from_answer,
)

LOGIN = "/api/auto"
ZONES = "/api/getallzone"
ZONE = "/api/getallbyzone"
BY_ZONE = "/numeroapi/getlistnumerodispobyzone"
NUMBERS = "/numeroapi/getlistnumerodispo"
ADD = "/numeroapi/addNumero"
EDIT = "/numeroapi/editnumero/147"
MEDIA = "/mediapi/getlistmedia"


def ko(code: object, message: object = "msg") -> dict[str, object]:
    return {"state": "ko", "codeErreur": code, "messageErreur": message}


def test_hierarchy_matches_the_docstring() -> None:
    expected = {
        AuthError: ApiError,
        InactiveAccountError: AuthError,
        BadCredentialsError: AuthError,
        TokenError: ApiError,
        InvalidTokenError: TokenError,
        TokenExpiredError: TokenError,
        ValidationError: ApiError,
        NotFoundError: ApiError,
        NoMatchError: NotFoundError,
        TransportError: ApiError,
        ConnectError: TransportError,
        RequestTimeout: TransportError,
        ServerError: TransportError,
        BadAnswerError: TransportError,
    }
    doc = _errors.__doc__ or ""
    for cls, parent in expected.items():
        assert cls.__bases__ == (parent,), cls
        assert cls.__name__ in doc, f"{cls.__name__} missing from the hierarchy docstring"
        assert cls.__name__ in api.__all__
    assert not issubclass(RequestTimeout, TimeoutError)  # does not shadow the builtin


@pytest.mark.parametrize(
    ("endpoint", "code", "cls", "field"),
    [
        (LOGIN, "0001", InactiveAccountError, None),
        (LOGIN, "0002", BadCredentialsError, None),
        (ZONES, "0003", InvalidTokenError, None),
        (MEDIA, "0004", TokenExpiredError, None),
        (EDIT, "0004", TokenExpiredError, None),
        # the three meanings of 0308
        (ZONE, "0308", NotFoundError, "code"),
        (NUMBERS, "0308", NoMatchError, "porteur"),
        (ADD, "0308", ValidationError, "nom_porteur"),
        # the three meanings of 0306
        (BY_ZONE, "0306", NoMatchError, "numero"),
        (NUMBERS, "0306", NoMatchError, "compagne"),
        (EDIT, "0306", ValidationError, "compagne"),
        # 0310: a zone on listings, the forwarding type in the reference's add/edit table
        (NUMBERS, "0310", ValidationError, "code"),
        (BY_ZONE, "0310", ValidationError, "code"),
        (ADD, "0310", ValidationError, "type_renvoi"),
        (NUMBERS, "0319", NoMatchError, "numero"),
        (NUMBERS, "0302", ValidationError, "type"),
        (NUMBERS, "0301", ValidationError, "etat"),
        (MEDIA, "0201", ValidationError, "etat"),
        (MEDIA, "0202", ValidationError, "type"),
        (EDIT, "0320", NotFoundError, "id"),
        (ZONES, "0404", NotFoundError, None),
        (ADD, "0304", ValidationError, "numero"),
        (ADD, "0305", ValidationError, "numero"),
        (ADD, "0303", ValidationError, "num_renvoi"),
        (ADD, "0307", ValidationError, "code"),
        (ADD, "0309", ValidationError, "type_repondeur"),
        (ADD, "0313", ValidationError, "type_renvoi"),
        (ADD, "0314", ValidationError, "notification_email"),
        (ADD, "0318", ValidationError, "activer_enregistrement"),
        (ADD, "0323", ValidationError, "activer_enregistrement"),
        (EDIT, "0321", ValidationError, "info"),
        (EDIT, "0322", ValidationError, "email_porteur"),
        (EDIT, "0324", ValidationError, "sonnerie"),
        (EDIT, "0325", ValidationError, "hour_debut"),
        (EDIT, "0326", ValidationError, "jours"),
        (EDIT, "0327", ValidationError, "date_debut"),
        (EDIT, "0328", ValidationError, "message_introduction"),
        (EDIT, "0329", ValidationError, "message_enregistrement"),
        (EDIT, "0316", ValidationError, "playback"),
        (EDIT, "0317", ValidationError, "music_attente"),
        (EDIT, "0311", ValidationError, "active_appel_entrant"),
        (EDIT, "0312", ValidationError, "active_appel_sortant"),
        (EDIT, "0301", ValidationError, "etat"),
    ],
)
def test_code_read_with_its_endpoint(
    endpoint: str, code: str, cls: type[ApiError], field: str | None
) -> None:
    error = error_from_answer(endpoint, ko(code, "the server's words"))
    assert type(error) is cls
    assert error.code == code
    assert error.field == field
    assert error.endpoint == endpoint
    assert error.message == "the server's words"


def test_0315_is_told_apart_by_its_message() -> None:
    assert error_from_answer(ADD, ko("0315", "invalid repondeur")).field == "repondeur"
    assert error_from_answer(ADD, ko("0315", "invalid etat appel notif email")).field == "notification_email"


@pytest.mark.parametrize(
    ("raw", "code"), [("310", "0310"), (310, "0310"), (" 0004 ", "0004"), ("4", "0004"), ("0320", "0320")]
)
def test_codes_without_leading_zeros_are_padded(raw: object, code: str) -> None:
    assert error_from_answer(NUMBERS, ko(raw)).code == code


def test_unknown_code_falls_back_to_the_server_message() -> None:
    error = error_from_answer(NUMBERS, ko("0999", "quelque chose d'inédit"))
    assert type(error) is ApiError
    assert error.code == "0999"
    assert error.message == "quelque chose d'inédit"
    assert "quelque chose d'inédit" in str(error)


@pytest.mark.parametrize("raw", [None, "", "abc", "12345", True, 3.5, [], {}])
def test_missing_or_odd_code_gives_a_plain_api_error(raw: object) -> None:
    error = error_from_answer(ZONES, ko(raw, None))
    assert type(error) is ApiError
    assert error.code is None
    assert error.message  # some text, never empty


def test_unknown_code_on_a_write_is_a_plain_api_error() -> None:
    error = error_from_answer(ADD, ko("0400", "requête invalide"))
    assert type(error) is ApiError and error.field is None


def test_edit_path_with_its_id_is_read_as_the_edit_endpoint() -> None:
    assert error_from_answer("/numeroapi/editnumero/12/", ko("0306")).field == "compagne"
    assert type(error_from_answer("/numeroapi/editnumero/12", ko("0320"))) is NotFoundError


def test_errors_pickle_with_their_attributes() -> None:
    error = ValidationError("invalid telephon", code="0303", endpoint=ADD, field="num_renvoi")
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.code, copy.field, copy.endpoint, copy.message) == (
        ValidationError,
        "0303",
        "num_renvoi",
        ADD,
        "invalid telephon",
    )
    transport = pickle.loads(pickle.dumps(ServerError("boom", endpoint=ZONES, status=503)))
    assert transport.status == 503


def test_str_and_repr_name_code_field_and_endpoint() -> None:
    error = ValidationError("invalid telephon", code="0303", endpoint=ADD, field="num_renvoi")
    assert str(error) == "[0303] invalid telephon (field num_renvoi) on /numeroapi/addNumero"
    assert "0303" in repr(error) and "num_renvoi" in repr(error)
