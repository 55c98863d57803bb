"""From answer bytes to models or errors, without ever raising anything but ``ApiError``.

``read_answer`` is the single reader: it decodes the JSON, recognises a ``ko`` body whatever the
HTTP status (``error_from_answer``), checks the overall shape (a list of objects for a read, an
object for a write) and builds the models. A large array is decoded element by element
(``iter_json_array``) so that a worker thread running it lets the GUI thread take the GIL between
elements: one ``json.loads`` of 30 MB would hold it for hundreds of milliseconds.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any, Final, Literal, TypeVar
from urllib.parse import urljoin

from ._errors import ApiError, BadAnswerError, ServerError, error_from_answer, normalise_code
from ._models import Media, Number, Session, Zone
from ._validation import API_ALIASES, FIELDS, INVALID, read_bool, read_date, read_days, read_time

__all__ = [
    "LARGE_BODY",
    "decode_json",
    "iter_json_array",
    "normalise_media_url",
    "parse_media",
    "parse_number",
    "parse_session",
    "parse_zone",
    "read_answer",
]

T = TypeVar("T")

#: Bodies larger than this are read in a worker thread, arrays element by element.
LARGE_BODY: Final = 1_000_000

_SUCCESS_CODES: Final = frozenset({"0000", "0200", "0300"})
_WS = re.compile(r"[ \t\n\r]*")


# --- JSON -----------------------------------------------------------------------------------------


def _text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # PHP back ends sometimes answer in Windows-1252; latin-1 decodes any byte.
        return raw.decode("latin-1")


def decode_json(raw: bytes) -> Any:
    """The JSON value of ``raw``; ``ValueError`` when it is not JSON (or nested absurdly deep)."""
    try:
        return json.loads(_text(raw))
    except RecursionError as exc:
        raise ValueError("JSON nested too deep") from exc


def _skip_ws(text: str, index: int) -> int:
    match = _WS.match(text, index)
    return match.end() if match else index


def iter_json_array(text: str) -> Iterator[Any]:
    """The elements of the JSON array ``text``, decoded one by one (``ValueError`` if malformed)."""
    decode = json.JSONDecoder().raw_decode
    ws = _skip_ws
    end = len(text)
    index = ws(text, 0)
    if index >= end or text[index] != "[":
        raise ValueError("not a JSON array")
    index = ws(text, index + 1)
    if index < end and text[index] == "]":
        index += 1
    else:
        while True:
            try:
                value, index = decode(text, index)
            except RecursionError as exc:
                raise ValueError("JSON nested too deep") from exc
            yield value
            index = ws(text, index)
            if index >= end:
                raise ValueError("truncated JSON array")
            char = text[index]
            if char == ",":
                index = ws(text, index + 1)
            elif char == "]":
                index += 1
                break
            else:
                raise ValueError(f"unexpected {char!r} in a JSON array")
    if ws(text, index) != end:
        raise ValueError("extra data after the JSON array")


# --- lenient readers of answer values ---------------------------------------------------------------


def as_int(value: Any) -> int | None:
    if type(value) is int:
        return value
    if isinstance(value, str):
        text = value.strip()
        if text.isdigit() and text.isascii():
            return int(text)
        if text[:1] in "+-" and text[1:].isdigit() and text[1:].isascii():
            return int(text)
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def as_str(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if type(value) is int or type(value) is float:
        return str(value)
    return None


_ETAT: Final = {"actif": True, "inactif": False, "active": True, "inactive": False}


def as_etat(value: Any) -> bool | None:
    if isinstance(value, str):
        found = _ETAT.get(value.strip().lower())
        if found is not None:
            return found
    result = read_bool(value)
    return None if result is INVALID else bool(result)


def as_bool(value: Any) -> bool | None:
    result = read_bool(value)
    return None if result is INVALID else bool(result)


_CODES: dict[str, str] = {}


def as_code(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    code = _CODES.get(value)
    if code is None:
        code = value.strip().lower()
        if len(_CODES) < 1000:
            _CODES[value] = code
    return code


def as_numero(value: Any) -> str | None:
    if isinstance(value, str):
        if value.isdigit():
            return value
        return "".join(value.split())  # the reference shows "331872 24465"
    if type(value) is int and value >= 0:
        return str(value)
    return None


def as_time(value: Any) -> dt.time | None:
    if isinstance(value, str) and len(value) > 8:
        value = value.strip()[:8]  # "09:00:00.000000"
    result = read_time(value) if isinstance(value, str) else None
    return None if result is INVALID else result


def as_date(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    if len(text) > 10:
        text = text[:10]  # "2025-01-31 00:00:00"
    result = read_date(text)
    return None if result is INVALID else result


def as_days(value: Any) -> tuple[str, ...] | None:
    if not isinstance(value, (str, list)):
        return None
    result = read_days(value)
    return None if result is INVALID else result


def as_media_id(value: Any) -> int | None:
    number = as_int(value)
    return number if number is not None and number > 0 else None


def _as_choice(*choices: str) -> Callable[[Any], str | None]:
    canonical = {choice.lower(): choice for choice in choices}

    def read(value: Any) -> str | None:
        if not isinstance(value, str):
            return None
        return canonical.get(value.strip().lower(), value)

    return read


# One reader per kind of value, memoised for the values that repeat over a listing.
def _memo(read: Callable[[Any], Any]) -> Callable[[Any], Any]:
    cache: dict[Any, Any] = {}

    def memo(value: Any) -> Any:
        if type(value) is not str:
            return read(value)
        try:
            return cache[value]
        except KeyError:
            result = read(value)
            if len(cache) < 4096:
                cache[value] = result
            return result

    return memo


_as_time = _memo(as_time)
_as_date = _memo(as_date)
_as_etat = _memo(as_etat)
_as_bool = _memo(as_bool)

_READERS_BY_FIELD: Final[dict[str, Callable[[Any], Any]]] = {
    "numero": as_numero,
    "code": as_code,
    "etat": _as_etat,
    "info": as_str,
    "nom_porteur": as_str,
    "email_porteur": as_str,
    "compagne": as_str,
    "type_repondeur": _as_choice("Rep", "Ren"),
    "type_renvoi": _as_choice("Par", "Seq"),
    "num_renvoi": as_numero,
    "sonnerie": as_int,
    "hour_debut": _as_time,
    "hour_fin": _as_time,
    "jours": as_days,
    "date_debut": _as_date,
    "date_fin": _as_date,
    "active_appel_entrant": _as_bool,
    "active_appel_sortant": _as_bool,
    "activer_enregistrement": _as_bool,
    "notification_email": _as_bool,
    "message_introduction": as_media_id,
    "message_enregistrement": as_media_id,
    "music_attente": as_media_id,
    "playback": as_media_id,
    "repondeur": as_media_id,
    "telephon": as_int,
}


def _number_keys() -> dict[str, tuple[str, Callable[[Any], Any]]]:
    keys: dict[str, tuple[str, Callable[[Any], Any]]] = {}
    for rule in FIELDS:
        reader = _READERS_BY_FIELD[rule.name]
        keys[rule.listing] = (rule.name, reader)
        if rule.api != "type":  # in a listing, `type` is telephone/fax
            keys.setdefault(rule.api, (rule.name, reader))
    for alias, name in API_ALIASES.items():
        keys[alias] = (name, _READERS_BY_FIELD[name])
    keys["id"] = ("id", as_int)
    keys["type"] = ("type", as_int)
    keys["entreprise"] = ("entreprise", as_str)
    return keys


#: Listing key -> (attribute, reader).
NUMBER_KEYS: Final = _number_keys()
_FIELDS_SENT: dict[tuple[str, ...], frozenset[str]] = {}


def parse_number(item: Mapping[str, Any]) -> Number:
    """A listing's number object -> ``Number`` (never raises on a field)."""
    values: dict[str, Any] = {}
    keys = NUMBER_KEYS
    for key, raw in item.items():
        spec = keys.get(key)
        if spec is None:
            continue
        name, read = spec
        value = read(raw) if raw is not None else None
        if value is None and name in values:
            continue  # "Compagne" and "compagne", "musicAttente" and "musicAattente"
        values[name] = value
    if values.get("type") is None and "type_repondeur" not in values:
        mode = item.get("type")
        if isinstance(mode, str) and mode.strip().lower() in ("rep", "ren"):
            values["type_repondeur"] = mode.strip().capitalize()  # a listing that kept `type` as mode
    names = tuple(values)
    sent = _FIELDS_SENT.get(names)
    if sent is None:
        sent = frozenset(names)
        if len(_FIELDS_SENT) < 4096:
            _FIELDS_SENT[names] = sent
    values["fields_sent"] = sent
    return Number(**values)


def parse_zone(item: Mapping[str, Any]) -> Zone:
    prefix = item.get("prefix")
    if type(prefix) is int:
        prefix = f"{prefix:02d}"
    return Zone(
        id=as_int(item.get("id")),
        code=as_code(item.get("code")),
        pays=as_str(item.get("pays")),
        nom=as_str(item.get("nom")),
        prefix=as_str(prefix),
        type=as_str(item.get("type")),
        etat=as_etat(item.get("etat")),
    )


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):/*")


def normalise_media_url(url: str, base_url: str) -> str:
    """``https:\\cliqphone.com\\a\\b.mp3`` -> ``https://cliqphone.com/a/b.mp3``; relative -> absolute."""
    text = url.strip().replace("\\", "/")
    match = _SCHEME.match(text)
    if match and match.group(1).lower() in ("http", "https"):
        return f"{match.group(1).lower()}://{text[match.end() :]}"
    if text.startswith("//"):
        scheme = base_url.split(":", 1)[0]
        return f"{scheme}:{text}"
    return urljoin(base_url.rstrip("/") + "/", text)


def parse_media(item: Mapping[str, Any], base_url: str) -> Media:
    url = as_str(item.get("url"))
    kind = as_str(item.get("type"))
    return Media(
        id=as_int(item.get("id")),
        nom=as_str(item.get("nom")),
        url=normalise_media_url(url, base_url) if url else None,
        type=kind.strip().upper() if kind else kind,
        type_name=as_str(item.get("typeName")),
        entreprise=as_str(item.get("entreprise")),
        info=as_str(item.get("info")),
        etat=as_etat(item.get("etat")),
    )


_EXPIRY_FORMATS: Final = ("%d-%m-%Y %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M:%S", "%Y-%m-%dT%H:%M:%S")


def parse_expiry(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    for fmt in _EXPIRY_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    return None


def parse_session(endpoint: str, body: Mapping[str, Any], login: str) -> Session:
    token = body.get("token")
    if not isinstance(token, str) or not "".join(token.split()):
        raise BadAnswerError("login answer without a token", endpoint=endpoint)
    expires = parse_expiry(body.get("tokenExpid"))
    if expires is None:
        expires = dt.datetime.now().replace(microsecond=0) + dt.timedelta(hours=24)
    return Session(token="".join(token.split()), expires_at=expires, login=login)


# --- the one reader of answers ------------------------------------------------------------------------


def _ko_error(endpoint: str, body: Mapping[str, Any]) -> ApiError | None:
    """The error a body means, or None when it is not a failure."""
    state = body.get("state")
    if isinstance(state, str):
        state = state.strip().lower()
        if state == "ko":
            return error_from_answer(endpoint, body)
        if state == "ok":
            return None
    code = normalise_code(body.get("codeErreur"))
    if code is not None and code not in _SUCCESS_CODES:
        return error_from_answer(endpoint, body)
    return None


def _bad(endpoint: str, status: int, what: str) -> BadAnswerError:
    return BadAnswerError(f"{what} (HTTP {status})", endpoint=endpoint, status=status)


def _server_error(endpoint: str, status: int) -> ServerError:
    return ServerError(f"server error (HTTP {status})", endpoint=endpoint, status=status)


def read_answer(
    endpoint: str,
    status: int,
    raw: bytes,
    expect: Literal["list", "object"],
    build: Callable[[Mapping[str, Any]], T] | None = None,
) -> list[T] | dict[str, Any]:
    """Reads an answer: the built list for ``expect="list"``, the body for ``"object"``; or raises.

    Raises only ``ApiError``: the body's ``ko`` error, ``ServerError`` for a 5xx without one,
    ``BadAnswerError`` for anything not JSON or of the wrong shape.
    """
    try:
        return _read_answer(endpoint, status, raw, expect, build)
    except ApiError:
        raise
    except Exception as exc:  # a bug in a reader must not become anything but ApiError
        raise _bad(endpoint, status, f"unreadable answer: {type(exc).__name__}") from None


def _read_answer(
    endpoint: str,
    status: int,
    raw: bytes,
    expect: Literal["list", "object"],
    build: Callable[[Mapping[str, Any]], T] | None,
) -> list[T] | dict[str, Any]:
    text = _text(raw)
    stripped = text.lstrip(" \t\r\n")
    if expect == "list" and stripped.startswith("[") and status < 500:
        try:
            items = iter_json_array(stripped)
            if build is None:
                raise TypeError("a list needs a builder")
            result: list[T] = []
            append = result.append
            for item in items:
                if type(item) is not dict:
                    raise _bad(endpoint, status, "a list of non-objects where objects were expected")
                append(build(item))
            return result
        except ValueError:
            raise _bad(endpoint, status, "malformed or truncated JSON") from None
    try:
        value = json.loads(stripped)
    except (ValueError, RecursionError):
        if status >= 500:
            raise _server_error(endpoint, status) from None
        what = (
            "an HTML page"
            if stripped[:1] == "<"
            else "malformed or truncated JSON"
            if stripped
            else "an empty body"
        )
        raise _bad(endpoint, status, f"not JSON: {what}") from None
    if isinstance(value, dict):
        error = _ko_error(endpoint, value)
        if error is not None:
            raise error
    if status >= 500:
        raise _server_error(endpoint, status)
    if expect == "object":
        if not isinstance(value, dict):
            raise _bad(endpoint, status, f"a JSON {type(value).__name__} where an object was expected")
        return value
    if isinstance(value, dict):
        raise _bad(endpoint, status, "an object where a list was expected")
    raise _bad(endpoint, status, f"a JSON {type(value).__name__} where a list was expected")
