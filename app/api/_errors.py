"""
Our exception hierarchy:

* ApiError                      .code (four digits, or None), .message, .endpoint, .field
  x AuthError                   login refused (/api/auto)
    + InactiveAccountError      0001 the API account is inactive
    + BadCredentialsError       0002 wrong login or password
  x TokenError                  every endpoint but login: log in again
    + InvalidTokenError         0003 missing or unknown token
    + TokenExpiredError         0004 the token's 24 hours are over
  x ValidationError             a parameter was refused; .field names it (snake_case)
                                (0301-0329 on add/edit, 0301/0302/0310 as listing filters,
                                0201/0202 on media; raised by NumberChanges.validate() too,
                                before anything is sent, with the code the server would send)
  x NotFoundError               0320 unknown number id (or another company's),
                                0308 unknown zone on getallbyzone, 0404 unknown path / asset
    + NoMatchError              « rien ne correspond »: a numero/compagne/porteur filter that
                                names nothing (0319/0306/0308 on getlistnumerodispo,
                                0306 on getlistnumerodispobyzone); not a failure
  x TransportError              no usable answer; .code is None; reads/edits are retried
    + ConnectError              connection refused, DNS failure, network down
    + RequestTimeout            no answer in time (named so as not to shadow TimeoutError)
    + ServerError               HTTP 5xx without a ``ko`` body; .status
    + BadAnswerError            not JSON, HTML, truncated, or the wrong shape; .status

An answer's HTTP status is not part of the contract: the body decides. ``error_from_answer`` is the
one place that turns a ``ko`` body into one of these, reading an ambiguous code (0306, 0308, 0310,
0315) together with the endpoint it came from. A code it does not know gives a plain ``ApiError``
carrying the server's ``messageErreur``. ``codeErreur`` without its leading zeros (``"310"``) is
padded to four digits.

No error ever carries the token: messages are the server's ``messageErreur`` or a short text of our
own, ``.endpoint`` is the path without a query, and transport errors are raised without chaining
the httpx exception (whose request holds the headers).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

__all__ = [
    "ApiError",
    "AuthError",
    "BadAnswerError",
    "BadCredentialsError",
    "ConnectError",
    "InactiveAccountError",
    "InvalidTokenError",
    "NoMatchError",
    "NotFoundError",
    "RequestTimeout",
    "ServerError",
    "TokenError",
    "TokenExpiredError",
    "TransportError",
    "ValidationError",
    "error_from_answer",
    "normalise_code",
]


class ApiError(Exception):
    """Base class: every failure of a Cliqphone call is one of these.

    ``code`` is the four-digit ``codeErreur`` (None for transport errors, which have no answer),
    ``message`` the server's ``messageErreur`` (or our own short English text), ``endpoint`` the
    path called (``/numeroapi/editnumero/147``), ``field`` the snake_case field at fault, if any.
    """

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        endpoint: str | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.endpoint = endpoint
        self.field = field

    def __str__(self) -> str:
        parts = [f"[{self.code}]"] if self.code else []
        parts.append(self.message or type(self).__name__)
        if self.field:
            parts.append(f"(field {self.field})")
        if self.endpoint:
            parts.append(f"on {self.endpoint}")
        return " ".join(parts)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(code={self.code!r}, message={self.message!r}, "
            f"endpoint={self.endpoint!r}, field={self.field!r})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only attributes survive pickling (errors may cross a thread or process boundary).
        return (_rebuild, (type(self), self.message, dict(self.__dict__)))


def _rebuild(cls: type[ApiError], message: str, state: dict[str, Any]) -> ApiError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class AuthError(ApiError):
    """Login refused."""


class InactiveAccountError(AuthError):
    """0001: the API account exists but is inactive (told only to whoever knows the password)."""


class BadCredentialsError(AuthError):
    """0002: wrong login or password."""


class TokenError(ApiError):
    """The token was refused: the user has to log in again."""


class InvalidTokenError(TokenError):
    """0003: no token, or one the server does not know."""


class TokenExpiredError(TokenError):
    """0004: the token expired (24 hours after login)."""


class ValidationError(ApiError):
    """A parameter was refused; ``field`` names it in snake_case (``num_renvoi``)."""


class NotFoundError(ApiError):
    """What was asked for does not exist (or belongs to another company)."""


class NoMatchError(NotFoundError):
    """A listing filter matches nothing: show « aucun numéro ne correspond », not a failure."""


class TransportError(ApiError):
    """No usable answer came back. ``code`` is None; ``status`` is the HTTP status if any."""

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        endpoint: str | None = None,
        field: str | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(message, code=code, endpoint=endpoint, field=field)
        self.status = status


class ConnectError(TransportError):
    """The server could not be reached (refused, DNS, network down)."""


class RequestTimeout(TransportError):
    """The server did not answer in time."""


class ServerError(TransportError):
    """HTTP 5xx without a ``ko`` body."""


class BadAnswerError(TransportError):
    """The answer is not JSON, is truncated or HTML, or has the wrong shape."""


# --- mapping an answer to an error -------------------------------------------------------------

#: Endpoint families, as ``error_from_answer`` reads them (an edit path carries its id).
LOGIN = "/api/auto"
ZONES = "/api/getallzone"
ZONE = "/api/getallbyzone"
NUMBERS_BY_ZONE = "/numeroapi/getlistnumerodispobyzone"
NUMBERS = "/numeroapi/getlistnumerodispo"
ADD_NUMBER = "/numeroapi/addNumero"
EDIT_NUMBER = "/numeroapi/editnumero"
MEDIA = "/mediapi/getlistmedia"

_WRITES = frozenset({ADD_NUMBER, EDIT_NUMBER})

# Codes whose meaning does not depend on the endpoint.
_FIXED: dict[str, tuple[type[ApiError], str | None]] = {
    "0001": (InactiveAccountError, None),
    "0002": (BadCredentialsError, None),
    "0003": (InvalidTokenError, None),
    "0004": (TokenExpiredError, None),
    "0320": (NotFoundError, "id"),
    "0404": (NotFoundError, None),
}

# (endpoint family, code) -> (class, field), for the read endpoints.
_BY_ENDPOINT: dict[tuple[str, str], tuple[type[ApiError], str | None]] = {
    (ZONE, "0308"): (NotFoundError, "code"),
    (NUMBERS_BY_ZONE, "0310"): (ValidationError, "code"),
    (NUMBERS_BY_ZONE, "0306"): (NoMatchError, "numero"),
    (NUMBERS, "0310"): (ValidationError, "code"),
    (NUMBERS, "0319"): (NoMatchError, "numero"),
    (NUMBERS, "0302"): (ValidationError, "type"),
    (NUMBERS, "0306"): (NoMatchError, "compagne"),
    (NUMBERS, "0308"): (NoMatchError, "porteur"),
    (NUMBERS, "0301"): (ValidationError, "etat"),
    (MEDIA, "0201"): (ValidationError, "etat"),
    (MEDIA, "0202"): (ValidationError, "type"),
}

# Codes the reference's tables give that the contract's add table replaced (add/edit only).
_WRITE_ALIASES: dict[str, str] = {
    "0310": "type_renvoi",  # the reference's error table: « type de renvoi invalide »
    "0314": "notification_email",  # the reference's table; the sandbox sends 0315
    "0323": "activer_enregistrement",  # the reference's add/edit description column
}

_DIGITS = re.compile(r"\d{1,4}")


def normalise_code(raw: object) -> str | None:
    """``"310"`` / ``310`` / ``" 0310 "`` -> ``"0310"``; anything else that is not 1-4 digits -> None."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        raw = str(raw)
    if not isinstance(raw, str):
        return None
    text = raw.strip()
    if not _DIGITS.fullmatch(text):
        return None
    return text.zfill(4)


def endpoint_family(endpoint: str) -> str:
    """``/numeroapi/editnumero/147`` -> ``/numeroapi/editnumero``; other paths unchanged."""
    path = endpoint.split("?", 1)[0].rstrip("/") or "/"
    if path.lower().startswith(EDIT_NUMBER.lower()):
        return EDIT_NUMBER
    for known in (LOGIN, ZONES, ZONE, NUMBERS_BY_ZONE, NUMBERS, ADD_NUMBER, MEDIA):
        if path.lower() == known.lower():
            return known
    return path


def _write_field(code: str, message: str) -> str | None:
    from ._validation import field_for_code  # the one field table lives there

    if code == "0315":
        # The sandbox sends 0315 for both the e-mail notification flag and the voicemail media.
        return "repondeur" if "repondeur" in message.lower() else "notification_email"
    return _WRITE_ALIASES.get(code) or field_for_code(code)


def error_from_answer(endpoint: str, body: Mapping[str, Any]) -> ApiError:
    """The error a ``ko`` answer means on ``endpoint`` (a path; an edit's id may be in it)."""
    raw_message = body.get("messageErreur")
    message = raw_message.strip() if isinstance(raw_message, str) else ""
    code = normalise_code(body.get("codeErreur"))
    family = endpoint_family(endpoint)
    if code is None:
        return ApiError(message or "request refused without an error code", endpoint=endpoint)
    cls: type[ApiError] = ApiError
    field: str | None = None
    if code in _FIXED:
        cls, field = _FIXED[code]
    elif (family, code) in _BY_ENDPOINT:
        cls, field = _BY_ENDPOINT[(family, code)]
    elif family in _WRITES:
        field = _write_field(code, message)
        if field is not None:
            cls = ValidationError
    return cls(message or f"error {code}", code=code, endpoint=endpoint, field=field)
