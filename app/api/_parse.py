"""From answer bytes to models or errors, without ever raising anything but ``ApiError``.

``read_answer`` is the single reader: it decodes the JSON, recognises a ``ko`` body whatever the
HTTP status (``error_from_answer``), checks the overall shape (a list of objects for a read, an
object for a write) and builds the models.

A large body is read in a worker thread (``read_large_answer``), but a thread does not keep the
GUI thread of the same process running by itself: any single long C call holds the GIL. So an
array is decoded 64 KB of objects at a time (``iter_json_array_batches``; one ``json.loads`` of
a 60 MB listing holds the GIL for about a second), while it is still arriving when the client
streams it (``BodyChunks``), and the cyclic GC's full collections are held back meanwhile
(``paused_gc``; those that 100,000 new objects set off take 100+ ms each).
"""

from __future__ import annotations

import codecs
import contextlib
import dataclasses
import datetime as dt
import gc
import json
import queue
import re
import threading
from collections.abc import Callable, Iterator, Mapping
from time import sleep
from typing import Any, Final, Literal, TypeVar, cast
from urllib.parse import urljoin

from ._errors import ApiError, BadAnswerError, ServerError, error_from_answer, normalise_code
from ._models import Media, Number, Session, Zone
from ._validation import API_ALIASES, FIELDS, INVALID, read_bool, read_date, read_days, read_time

__all__ = [
    "LARGE_BODY",
    "BodyAborted",
    "BodyChunks",
    "iter_json_array",
    "iter_json_array_batches",
    "normalise_media_url",
    "parse_media",
    "parse_number",
    "parse_session",
    "parse_zone",
    "paused_gc",
    "read_answer",
    "read_large_answer",
]

T = TypeVar("T")

#: Bodies larger than this are read in a worker thread, arrays element by element.
LARGE_BODY: Final = 1_000_000

_SUCCESS_CODES: Final = frozenset({"0000", "0200", "0300"})
_WS = re.compile(r"[ \t\n\r]*")
_WS_BYTES = re.compile(rb"[ \t\n\r]*")


# --- JSON -----------------------------------------------------------------------------------------


def _text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # PHP back ends sometimes answer in Windows-1252; latin-1 decodes any byte.
        return raw.decode("latin-1")


_CHUNK: Final = 256 * 1024


class _Slices:
    """The text of ``raw`` decoded a slice at a time: ``text[pos:]`` is what remains unread."""

    __slots__ = ("_base", "_decoder", "_offset", "_raw", "_size", "pos", "text")

    def __init__(self, raw: bytes, encoding: str, chunk_size: int) -> None:
        self._raw = memoryview(raw)
        if encoding == "utf-8" and raw.startswith(codecs.BOM_UTF8):
            self._raw = self._raw[len(codecs.BOM_UTF8) :]  # a view: no copy of a large body
        self._decoder = codecs.getincrementaldecoder(encoding)("strict")
        self._offset = 0
        self._size = self._base = max(1, chunk_size)
        self.text = ""
        self.pos = 0

    @property
    def exhausted(self) -> bool:
        return self._offset >= len(self._raw)

    def more(self, grow: bool = False) -> bool:
        """Appends the next slice (twice as large as the last one when ``grow``); False at the end."""
        if self.exhausted:
            return False
        self._size = self._size * 2 if grow else self._base
        piece = self._raw[self._offset : self._offset + self._size]
        self._offset += len(piece)
        self.text = self.text[self.pos :] + self._decoder.decode(piece, final=self.exhausted)
        self.pos = 0
        return True

    def skip_ws(self) -> str:
        """Skips blanks; the next character, or "" at the very end."""
        while True:
            match = _WS.match(self.text, self.pos)
            self.pos = match.end() if match else self.pos
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self.more():
                return ""


def iter_json_array(raw: bytes, encoding: str = "utf-8", chunk_size: int = _CHUNK) -> Iterator[Any]:
    """The elements of the JSON array in ``raw``, decoded one by one (``ValueError`` if malformed).

    Neither the bytes nor the array are decoded in one C call: the text is decoded a slice at a
    time and each element separately, so that a worker thread running this gives the GIL back to
    the GUI thread between elements. ``UnicodeDecodeError`` (a ``ValueError``) when ``raw`` is
    not in ``encoding``.
    """
    decode = json.JSONDecoder().raw_decode
    src = _Slices(raw, encoding, chunk_size)
    if src.skip_ws() != "[":
        raise ValueError("not a JSON array")
    src.pos += 1
    if src.skip_ws() == "]":
        src.pos += 1
    else:
        while True:
            grow = False
            while True:
                try:
                    value, end = decode(src.text, src.pos)
                except RecursionError as exc:
                    raise ValueError("JSON nested too deep") from exc
                except ValueError:
                    if not src.more(grow):  # cut by a slice boundary, or malformed
                        raise
                    grow = True
                    continue
                if len(src.text) - end < 64 and src.more():
                    continue  # near a slice's end a number may go on ("12" of "12e5"): decode again
                break
            src.pos = end
            yield value
            char = src.skip_ws()
            if char == ",":
                src.pos += 1
                src.skip_ws()
            elif char == "]":
                src.pos += 1
                break
            elif not char:
                raise ValueError("truncated JSON array")
            else:
                raise ValueError(f"unexpected {char!r} in a JSON array")
    if src.skip_ws():
        raise ValueError("extra data after the JSON array")


#: A place where one element of an array may end and the next begin: ``}`` ``,`` ``{``.
_CUT = re.compile(rb"\}[ \t\r\n]*,[ \t\r\n]*\{")
_BATCH: Final = 64 * 1024


def iter_json_array_batches(
    raw: bytes, encoding: str = "utf-8", batch_size: int = _BATCH
) -> Iterator[list[Any]]:
    """The elements of the JSON array in ``raw``, a list of about ``batch_size`` bytes' worth at a time.

    An array of objects is cut where one object ends and the next begins (``}`` ``,`` ``{``, found
    by a C regex) and each piece is decoded by one ``json.loads``: about a millisecond for 64 KB, so
    the GIL is handed back often, and twice as fast as decoding element by element (object keys are
    shared within a piece, and Python runs once per piece, not per element). A cut that falls
    inside a string or a nested value leaves its piece unterminated, which ``json.loads`` always
    rejects: then, or when no cut is in sight, the rest of the array is read by ``iter_json_array``
    (which rejects a malformed body exactly as before). ``ValueError`` if malformed.
    """
    view = memoryview(raw)
    start = 0
    if encoding == "utf-8" and raw.startswith(codecs.BOM_UTF8):
        start = len(codecs.BOM_UTF8)
    start = _skip_ws_bytes(raw, start)
    if raw[start : start + 1] != b"[":
        raise ValueError("not a JSON array")
    pos = _skip_ws_bytes(raw, start + 1)
    if raw[pos : pos + 1] != b"{":
        yield from _in_lists(iter_json_array(raw, encoding))  # empty, or not objects: no cutting
        return
    loads = json.loads
    total = len(raw)
    while True:
        cut = _CUT.search(raw, min(pos + batch_size, total))
        end = cut.start() + 1 if cut is not None else total
        if end - pos > 4 * batch_size:
            break  # no cut in sight: one json.loads would hold the GIL too long
        text = "[" + str(view[pos:end], encoding) + ("]" if cut is not None else "")
        try:
            items = loads(text)
        except UnicodeDecodeError:
            raise
        except ValueError:
            break  # a cut inside a string, or malformed: element by element from here
        yield items
        if cut is None:
            return
        pos = cut.end() - 1
    if pos == _skip_ws_bytes(raw, start + 1):
        yield from _in_lists(iter_json_array(raw, encoding))
    else:  # the rest of the array, after the elements already given
        yield from _in_lists(iter_json_array(b"[" + bytes(view[pos:]), encoding))


def _in_lists(items: Iterator[Any], size: int = 256) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _skip_ws_bytes(raw: bytes, pos: int) -> int:
    match = _WS_BYTES.match(raw, pos)
    return match.end() if match else pos


# --- lenient readers of answer values ---------------------------------------------------------------


def as_int(value: Any) -> int | None:
    if type(value) is int:
        return value
    if type(value) is str and value.isascii() and value.isdigit():
        return int(value)
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
    number = value if type(value) is int else as_int(value)
    return number if number is not None and number > 0 else None


def _as_choice(*choices: str) -> Callable[[Any], str | None]:
    canonical = {choice.lower(): choice for choice in choices}

    def read(value: Any) -> str | None:
        if not isinstance(value, str):
            return None
        return canonical.get(value.strip().lower(), value)

    return read


# One reader per kind of value, memoised for the values that repeat over a listing.
#: memo reader -> its cache, which compiled builders read directly (see `_compile_number_builder`).
_MEMO_CACHES: dict[Callable[[Any], Any], dict[Any, Any]] = {}


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

    _MEMO_CACHES[memo] = cache
    return memo


_as_time = _memo(as_time)
_as_date = _memo(as_date)
_as_etat = _memo(as_etat)


def _as_bool(value: Any) -> bool | None:
    return value if value is True or value is False else as_bool(value)


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
    "jours": _memo(as_days),
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
_BUILDERS: dict[tuple[str, ...], Callable[[Mapping[str, Any]], Number]] = {}
_MAX_BUILDERS: Final = 64


def parse_number(item: Mapping[str, Any]) -> Number:
    """A listing's number object -> ``Number`` (never raises on a field).

    A listing's objects all have the same keys: a builder specialised for that key order is made
    once (without it, 100,000 numbers take several seconds to read).
    """
    keys = tuple(item)
    build = _BUILDERS.get(keys)
    if build is None:
        build = _compile_number_builder(keys) if len(_BUILDERS) < _MAX_BUILDERS else None
        if build is None:
            return _parse_number_generic(item)
        _BUILDERS[keys] = build
    return build(item)


#: Strings that repeat from number to number (carrier, campaign, label…), shared within one listing:
#: each would otherwise be a separate copy per number (tens of MB over 100,000 numbers).
_STRINGS: dict[str, str] = {}
_SHARED_FIELDS: Final = frozenset({"entreprise", "info", "nom_porteur", "compagne", "email_porteur"})
_MISS: Final = object()


def _inline_read(name: str, read: Callable[[Any], Any], index: int, namespace: dict[str, Any]) -> str:
    """The expression that reads the non-null value ``v`` of field ``name`` in a compiled builder.

    The common case (the type the contract sends) is decided inline and the reader called only
    for the others, with the same result: a Python call per field was most of the build's time.
    """
    fallback = f"read{index}(v)"
    if read is as_str:
        if name in _SHARED_FIELDS:
            namespace["share"] = _STRINGS.setdefault
            return f"share(v, v) if type(v) is str else {fallback}"
        return f"v if type(v) is str else {fallback}"
    if read is as_int:
        return f"v if type(v) is int else int(v) if type(v) is str and v.isascii() and v.isdigit() else {fallback}"
    if read is _as_bool:
        return f"v if v is True or v is False else {fallback}"
    if read is as_media_id:
        return f"(v if v > 0 else None) if type(v) is int else {fallback}"
    if read is as_numero:
        return f"v if type(v) is str and v.isdigit() else {fallback}"
    if read is as_code:
        namespace["codes_get"] = _CODES.get
        return f"(r if type(v) is str and (r := codes_get(v)) is not None else {fallback})"
    cache = _MEMO_CACHES.get(read)
    if cache is not None:
        namespace[f"cached{index}"] = cache.get
        namespace["MISS"] = _MISS
        return f"(r if type(v) is str and (r := cached{index}(v, MISS)) is not MISS else {fallback})"
    return fallback


class _NumberDraft:
    """A mutable twin of ``Number`` (the same slots, in the same order), to fill a number quickly.

    A compiled builder sets the draft's slots with plain attribute stores (the interpreter's
    fastest path, a few ns each), then turns it into a ``Number`` by assigning ``__class__``,
    which Python allows between classes of identical layout. The result is a genuine, frozen
    ``Number``. Setting each of a ``Number``'s 30 slots through its descriptor instead (a frozen
    dataclass forbids plain stores) took 4-5 µs per number.
    """

    __slots__ = Number.__slots__


def _drafts_work() -> bool:
    try:
        draft = object.__new__(_NumberDraft)
        draft.__class__ = Number  # type: ignore[assignment]
    except TypeError:  # pragma: no cover - a layout Python refuses: set slots through descriptors
        return False
    return True


_DRAFTS: Final = _drafts_work()


def _parse_numbers(items: list[dict[str, Any]]) -> list[Number]:
    """``parse_number`` of each item, without looking up the builder for each one.

    The objects of one listing have the same keys: the last builder is tried first when an item
    has as many keys as it was made for and all of them are fields (then the same count and no
    ``KeyError`` mean the same keys, in any order, which is all a builder needs).
    """
    result: list[Number] = []
    append = result.append
    build: Callable[[Mapping[str, Any]], Number] | None = None
    size = -1
    for item in items:
        if len(item) == size:
            try:
                append(build(item))  # type: ignore[misc]
                continue
            except KeyError:
                pass
        append(parse_number(item))
        keys = tuple(item)
        found = _BUILDERS.get(keys)
        if found is not None and all(key in NUMBER_KEYS for key in keys):
            build, size = found, len(keys)
    return result


def _build_batch(build: Callable[[Mapping[str, Any]], T], items: list[Any]) -> list[T] | Iterator[T]:
    if build is parse_number:
        return cast(list[T], _parse_numbers(items))
    return map(build, items)


def _compile_number_builder(keys: tuple[str, ...]) -> Callable[[Mapping[str, Any]], Number] | None:
    """A function that reads an object with exactly these keys, in this order, into a ``Number``.

    It fills a `_NumberDraft` (or sets each slot through its descriptor), which is many times
    faster than the frozen dataclass's ``__init__`` (``object.__setattr__`` per field); every slot
    is set, to its default when the key is absent. Only keys of ``NUMBER_KEYS`` appear in its
    source (as literals), never a server's text. None when two keys spell one field
    (``Compagne`` and ``compagne``).
    """
    known = [(key, NUMBER_KEYS[key]) for key in keys if key in NUMBER_KEYS]
    names = [name for _key, (name, _read) in known]
    if len(set(names)) != len(names):
        return None
    namespace: dict[str, Any] = {
        "new": object.__new__,
        "Number": Number,
        "Draft": _NumberDraft,
        "sent": frozenset(names),
    }

    def store(name: str, value: str) -> str:
        if _DRAFTS:
            return f"    number.{name} = {value}"
        namespace[f"set_{name}"] = getattr(Number, name).__set__
        return f"    set_{name}(number, {value})"

    lines = ["def build(item):", "    number = new(Draft)" if _DRAFTS else "    number = new(Number)"]
    for index, (key, (name, read)) in enumerate(known):
        namespace[f"read{index}"] = read
        expression = _inline_read(name, read, index, namespace)
        lines.append(store(name, f"None if (v := item[{key!r}]) is None else {expression}"))
    for field in dataclasses.fields(Number):
        if field.name not in names:
            lines.append(store(field.name, "sent" if field.name == "fields_sent" else "None"))
    if _DRAFTS:
        lines.append("    number.__class__ = Number")
    lines.append("    return number")
    exec("\n".join(lines), namespace)
    return cast(Callable[[Mapping[str, Any]], Number], namespace["build"])


def _parse_number_generic(item: Mapping[str, Any]) -> Number:
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
    values["fields_sent"] = frozenset(values)
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


_gc_lock = threading.Lock()
_gc_holders = 0
_gc_saved_threshold: tuple[int, int, int] = (700, 10, 10)


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Holds back full collections of the cyclic GC while a large answer is read.

    Reading 100,000 numbers allocates enough containers to set off full (generation 2)
    collections, each a single C call of 100+ ms over the whole heap that holds the GIL and so
    freezes the GUI thread as well. Young collections go on as usual: they are short, whereas
    disabling the collector altogether would leave one young collection over all the new objects
    for the end (about 100 ms). Nested and concurrent holds are counted; the thresholds are
    restored when the last one ends.
    """
    global _gc_holders, _gc_saved_threshold
    with _gc_lock:
        if _gc_holders == 0:
            _gc_saved_threshold = gc.get_threshold()
            young, middle, _old = _gc_saved_threshold
            gc.set_threshold(young, middle, 1 << 30)
        _gc_holders += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_holders -= 1
            if _gc_holders == 0:
                gc.set_threshold(*_gc_saved_threshold)


class BodyChunks:
    """A body arriving in pieces: the event loop ``put``s them, a worker thread iterates over them.

    It lets a worker read a large answer while it is still being received (see
    ``read_large_answer``). ``close()`` after the last piece; ``abort()`` when the exchange fails
    (the worker then stops with ``BodyAborted``, and its result is dropped).
    """

    _END: Final = object()
    _ABORT: Final = object()

    def __init__(self) -> None:
        self._queue: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._ended = False  # the end was taken: iterating again gives nothing (no wait)

    def put(self, chunk: bytes) -> None:
        self._queue.put(chunk)

    def close(self) -> None:
        self._queue.put(self._END)

    def abort(self) -> None:
        self._queue.put(self._ABORT)

    def __iter__(self) -> Iterator[bytes]:
        while not self._ended:
            chunk = self._queue.get()
            if chunk is self._END:
                self._ended = True
                return
            if chunk is self._ABORT:
                raise BodyAborted
            yield chunk


class BodyAborted(Exception):
    """The exchange failed while a worker was reading its body (see ``BodyChunks``)."""


def read_large_answer(
    endpoint: str,
    status: int,
    raw: bytes | BodyChunks,
    expect: Literal["list", "object"],
    build: Callable[[Mapping[str, Any]], T] | None = None,
) -> list[T] | dict[str, Any]:
    """``read_answer`` for a body over ``LARGE_BODY``, to run in a worker thread.

    ``raw`` may be the body still arriving (``BodyChunks``): a list is then read batch by batch as
    its pieces come, so that reading overlaps receiving (for 60 MB, the two take about as long).
    Anything unusual (not an array of objects, a cut that does not parse, not UTF-8) sends the
    whole body, once received, through ``read_answer`` instead: same results, same errors.
    """
    with paused_gc():
        if isinstance(raw, BodyChunks):
            received: list[bytes] = []
            if expect == "list" and build is not None and 100 <= status < 500:
                try:
                    return _read_arriving_list(raw, received, build)
                except _Unusual:
                    pass
                finally:
                    _STRINGS.clear()
            received.extend(raw)  # the rest of the body
            raw = b"".join(received)
            del received
        return read_answer(endpoint, status, raw, expect, build)


class _Unusual(Exception):
    """A body that ``_read_arriving_list`` leaves to ``read_answer`` (once it is all received)."""


def _read_arriving_list(
    chunks: BodyChunks, received: list[bytes], build: Callable[[Mapping[str, Any]], T]
) -> list[T]:
    """The objects of the JSON array arriving in ``chunks``, built as they come (``_Unusual``
    for anything but an array of objects cut as ``iter_json_array_batches`` cuts it).

    Every piece is also kept in ``received``, so that an unusual body can still be read whole.
    """
    result: list[T] = []
    extend = result.extend
    loads = json.loads
    buffer = b""  # what is not read yet; from the second batch on, it starts with a "{"
    pos = -1  # where the next batch starts in buffer; -1 before the array's opening
    for chunk in chunks:
        received.append(chunk)
        buffer = buffer + chunk if buffer else chunk
        if pos < 0:
            if len(buffer) < 64:
                continue
            pos = _array_start(buffer)
        while (cut := _CUT.search(buffer, pos + _BATCH)) is not None:
            end = cut.start() + 1
            if end - pos > 4 * _BATCH:
                raise _Unusual
            items = _loads_piece(loads, buffer, pos, end)
            extend(_build_batch(build, items))
            del items
            pos = cut.end() - 1
            # Hand the GIL over now (a batch takes 1-2 ms): the event loop receiving the body and,
            # in the application, the GUI would otherwise wait for the 5 ms switch interval at
            # each of their wake-ups, which slowed receiving down to the pace of reading.
            sleep(0)
        if len(buffer) - pos > 8 * _BATCH:
            raise _Unusual  # no cut in sight: not a listing of small objects
        buffer = buffer[pos:]
        pos = 0
    if pos < 0:
        pos = _array_start(buffer)
    if len(buffer) - pos > 4 * _BATCH:
        raise _Unusual
    extend(_build_batch(build, _loads_piece(loads, buffer, pos, len(buffer))))
    return result


def _array_start(buffer: bytes) -> int:
    """Where the first object of the array in ``buffer`` starts (``_Unusual`` if it does not)."""
    start = len(codecs.BOM_UTF8) if buffer.startswith(codecs.BOM_UTF8) else 0
    start = _skip_ws_bytes(buffer, start)
    if buffer[start : start + 1] != b"[":
        raise _Unusual
    pos = _skip_ws_bytes(buffer, start + 1)
    if buffer[pos : pos + 1] != b"{":
        raise _Unusual
    return pos


def _loads_piece(loads: Callable[[str], Any], buffer: bytes, pos: int, end: int) -> list[Any]:
    """The objects of ``buffer[pos:end]`` (whole objects, comma-separated; the array's end at the
    end of the body). ``_Unusual`` if that is not what it holds."""
    closing = "]" if end < len(buffer) else ""
    try:
        items = loads("[" + str(buffer[pos:end], "utf-8") + closing)
    except (ValueError, RecursionError):
        raise _Unusual from None
    if type(items) is not list or not all(type(item) is dict for item in items):
        raise _Unusual
    return items


def _build_list(
    endpoint: str, status: int, batches: Iterator[list[Any]], build: Callable[[Mapping[str, Any]], T]
) -> list[T]:
    result: list[T] = []
    extend = result.extend
    try:
        for items in batches:
            if not all(type(item) is dict for item in items):
                raise _bad(endpoint, status, "a list of non-objects where objects were expected")
            extend(_build_batch(build, items))
            del items  # the batch's dicts go now, not after the next batch is decoded
    finally:
        _STRINGS.clear()  # the strings shared within this listing (see _compile_number_builder)
    return result


def _read_answer(
    endpoint: str,
    status: int,
    raw: bytes,
    expect: Literal["list", "object"],
    build: Callable[[Mapping[str, Any]], T] | None,
) -> list[T] | dict[str, Any]:
    head = raw[:64].lstrip(b" \t\r\n")
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :].lstrip(b" \t\r\n")
    if expect == "list" and head.startswith(b"[") and status < 500:
        if build is None:
            raise TypeError("a list needs a builder")
        try:
            try:
                return _build_list(endpoint, status, iter_json_array_batches(raw), build)
            except UnicodeDecodeError:
                return _build_list(endpoint, status, iter_json_array_batches(raw, "latin-1"), build)
        except ValueError:
            raise _bad(endpoint, status, "malformed or truncated JSON") from None
    stripped = _text(raw).lstrip(" \t\r\n")
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
