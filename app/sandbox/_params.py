"""Reading a request's parameters, whatever shape they arrive in.

The contract allows three shapes (a JSON object, form fields, form fields wrapped in ``metadata[...]``)
in the body of a POST, and the same form shapes in the query string of a GET. All of them become one
flat ``dict`` of parameter name to value. Values from forms are strings; values from JSON keep their
JSON type (the rules in `_rules` decide what each field accepts).

Choices where the contract is silent:

- A body over `MAX_BODY` bytes, malformed JSON, JSON that is not an object, text that is not UTF-8
  (or holds lone surrogates, which SQLite could not store), and multipart file parts are all
  ``0400``.
- A form-typed body that starts with ``{`` or ``[`` is read as JSON: ``curl -d '{"code":"fr_01"}'``
  without a content type is the most common way to send the reference's JSON examples.
- A JSON ``metadata`` object is unwrapped like the form shape. A plain name wins over the same name
  inside ``metadata``; a repeated form name keeps its last value (as PHP does).
- Deeper brackets (``metadata[code][x]=...``, ``code[]=...``) give a non-string value that every rule
  rejects with the field's own error code.
- On a POST the query string is read too, under the body (the body wins).
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterable
from typing import Any
from urllib.parse import parse_qsl

from starlette.datastructures import Headers
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request

from ._errors import Ko

#: Largest body read; bigger ones are answered 0400 (HTTP 413) and never parsed.
MAX_BODY = 1_000_000
#: Past this, a too-big body is not even drained: the connection is dropped after the answer.
_MAX_DRAIN = 64_000_000
_MAX_FIELDS = 1000

_BRACKETS = re.compile(r"\[([^\[\]]*)\]")


def _invalid(why: str, status: int = 400) -> Ko:
    return Ko("0400", f"requête invalide: {why}", status=status)


async def read_body(request: Request) -> bytes:
    """The whole body, or `Ko` 0400 when it is larger than `MAX_BODY`."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > _MAX_DRAIN:
        raise _invalid("corps trop volumineux", 413)
    chunks: list[bytes] = []
    size = 0
    too_big = False
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            # Keep reading (and dropping) the rest so that the client gets the answer instead of a
            # broken pipe while it is still sending.
            too_big = True
            if size > _MAX_DRAIN:
                break
            continue
        chunks.append(chunk)
    if too_big:
        raise _invalid("corps trop volumineux", 413)
    return b"".join(chunks)


async def read_params(request: Request, body: bytes) -> dict[str, Any]:
    """The request's parameters: query string, then body (the body wins)."""
    params = parse_form(request.scope.get("query_string", b""))
    if request.method == "POST":
        params.update(await parse_body(request.headers, body))
    return params


async def parse_body(headers: Headers, body: bytes) -> dict[str, Any]:
    """Parameters from a body of any accepted shape; `Ko` 0400 when it is not one."""
    if not body.strip():
        return {}
    content_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type == "multipart/form-data":
        return await _parse_multipart(headers, body)
    if content_type == "application/json" or content_type.endswith("+json"):
        return parse_json(body)
    if body.lstrip()[:1] in (b"{", b"["):
        return parse_json(body)
    return parse_form(body)


def parse_json(body: bytes) -> dict[str, Any]:
    try:
        text = _utf8(body).removeprefix("\ufeff")
        data = json.loads(text)
    except (ValueError, RecursionError):
        # ValueError covers malformed JSON and integers too long to convert; RecursionError a
        # pathologically nested document.
        raise _invalid("JSON mal formé") from None
    if not isinstance(data, dict):
        raise _invalid("un objet JSON est attendu")
    _check_strings(data)
    metadata = data.pop("metadata", None)
    if isinstance(metadata, dict):
        return {**metadata, **data}
    if metadata is not None:
        data["metadata"] = metadata
    return data


def parse_form(raw: bytes) -> dict[str, Any]:
    """Form fields (``a=1&b=2``), with PHP-style brackets: ``metadata[code]`` is ``code``."""
    if not raw:
        return {}
    try:
        pairs = parse_qsl(
            _utf8(raw), keep_blank_values=True, encoding="utf-8", errors="strict", max_num_fields=_MAX_FIELDS
        )
    except ValueError:  # UnicodeDecodeError of a %-escape is a ValueError too
        raise _invalid("formulaire mal formé") from None
    params = _from_pairs(pairs)
    _check_strings(params)
    return params


async def _parse_multipart(headers: Headers, body: bytes) -> dict[str, Any]:
    # Starlette decodes invalid UTF-8 in a part as Latin-1 instead of failing; with file parts refused,
    # a valid body is text, so checking the whole of it first keeps the rule "not UTF-8 → 0400".
    _utf8(body)

    async def stream() -> AsyncIterator[bytes]:
        yield body

    try:
        form = await MultiPartParser(headers, stream(), max_files=0, max_fields=_MAX_FIELDS).parse()
    except MultiPartException:
        raise _invalid("formulaire multipart mal formé ou avec fichier") from None
    items = form.multi_items()
    if any(not isinstance(value, str) for _, value in items):
        raise _invalid("fichier refusé")
    params = _from_pairs((name, str(value)) for name, value in items)
    _check_strings(params)
    return params


def _from_pairs(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    plain: dict[str, Any] = {}
    wrapped: dict[str, Any] = {}
    for key, value in pairs:
        name, subkeys = _split_key(key)
        target = plain
        if name == "metadata" and subkeys:
            name, subkeys, target = subkeys[0], subkeys[1:], wrapped
        target[name] = {"[" + "][".join(subkeys) + "]": value} if subkeys else value
    return {**wrapped, **plain}


def _split_key(key: str) -> tuple[str, list[str]]:
    """``metadata[code][x]`` → (``metadata``, [``code``, ``x``]); a key without brackets → (key, [])."""
    start = key.find("[")
    if start <= 0 or not key.endswith("]"):
        return key, []
    rest = key[start:]
    subkeys = _BRACKETS.findall(rest)
    if "".join(f"[{s}]" for s in subkeys) != rest:
        return key, []
    return key[:start], subkeys


def _utf8(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _invalid("texte qui n'est pas de l'UTF-8") from None


def _check_strings(value: object) -> None:
    """Refuses lone surrogates (``"\\ud800"`` is valid JSON but not storable as UTF-8)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise _invalid("caractère non représentable") from None
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
