"""Spreadsheet round-trip: export the table to CSV/XLSX, import modifications from such a file.

CSV is written the way French Excel opens it as-is: UTF-8 with a BOM and ``;`` between cells. Phone
numbers are written formatted (``+33 1 87 22 44 65``) so that Excel keeps them as text instead of
turning them into ``3,31872E+10``. Reading accepts what Excel saves back: the BOM or not, Windows-1252
("CSV (séparateur : point-virgule)"), ``;``/``,``/tab, dates as ``31/12/2025`` or ISO, and for XLSX
typed cells (dates, times, numbers).

An import is a `Plan` like a bulk edit's: each row is matched to a number by its id column (when there
is one) or its numéro, every cell is read and checked with the client's rules
(`app.api.validate_field`), and only the cells that differ from what the server holds become changes.
Unknown numbers, duplicate rows and invalid cells are listed as `Problem`s, never sent.
An empty cell clears a field that may be cleared, and leaves any other field (or a field the server
did not send us) unchanged.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._fields import ALL_DAYS, API_NAMES, BY_NAME, MEDIA_SLOTS, is_known, number_value
from ._plan import Plan, Problem, plan_edit

ID_HEADER = "Id"
BOOL_TEXT = {True: "oui", False: "non"}
ETAT_TEXT = {True: "Actif", False: "Inactif"}
CHOICE_TEXT = {"Rep": "Répondeur", "Ren": "Renvoi", "Par": "Parallèle", "Seq": "Séquentiel"}
EVERY_DAY_TEXT = "Tous les jours"

_TRUE = {"oui", "o", "vrai", "true", "1", "x", "actif", "active", "yes", "y", "on"}
_FALSE = {"non", "n", "faux", "false", "0", "inactif", "inactive", "no", "off"}


class CellError(ValueError):
    """A cell that cannot be read; `code` is the client's error code when it has one."""

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Column:
    """An exported column: its header, the number field it holds (None: a display-only column whose
    text `text(number)` gives)."""

    header: str
    field: str | None = None
    text: Callable[[Any], str] | None = None


@dataclass
class Sheet:
    headers: list[str]
    rows: list[list[Any]]
    path: Path | None = None


# --- values <-> cells ----------------------------------------------------------------------------

def _format_phone(digits: str) -> str:
    try:
        from app.phone import format_number

        return str(format_number(digits) or digits)
    except Exception:
        return digits


class MediaNames:
    """Media ids <-> the names a person writes in a cell (a name used twice gets its id: « Nom (#12) »)."""

    def __init__(self, media: Iterable[Any] = ()) -> None:
        self.by_id: dict[int, Any] = {}
        self.by_type_name: dict[tuple[str, str], list[Any]] = {}
        for m in media:
            if m.id is None:
                continue
            self.by_id[m.id] = m
            self.by_type_name.setdefault((m.type or "", _fold(m.nom or "")), []).append(m)

    def text(self, media_id: int) -> str:
        m = self.by_id.get(media_id)
        if m is None or not m.nom:
            return str(media_id)
        if len(self.by_type_name.get((m.type or "", _fold(m.nom)), [])) > 1:
            return f"{m.nom} (#{m.id})"
        return str(m.nom)

    def parse(self, slot: str, text: str) -> int:
        text = text.strip()
        match = re.fullmatch(r".*\(#(\d+)\)", text) or re.fullmatch(r"#?(\d+)", text)
        if match:
            return int(match.group(1))
        found = self.by_type_name.get((MEDIA_SLOTS[slot], _fold(text)), [])
        if len(found) == 1:
            return int(found[0].id)
        if found:
            raise CellError("several media have this name: write « nom (#id) »")
        raise CellError("no media of this type has this name")


def format_cell(name: str, value: Any, media: MediaNames | None = None) -> str:
    """A field value as a person reads it in a spreadsheet (and `parse_cell` reads back)."""
    if value is None:
        return ""
    kind = BY_NAME[name].kind
    if kind == "digits":
        return _format_phone(str(value))
    if kind == "bool":
        return ETAT_TEXT[bool(value)] if name == "etat" else BOOL_TEXT[bool(value)]
    if kind == "choice":
        return CHOICE_TEXT.get(str(value), str(value))
    if kind == "time":
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if kind == "date":
        return value.strftime("%d/%m/%Y")
    if kind == "days":
        days = tuple(value)
        return EVERY_DAY_TEXT if days == (ALL_DAYS,) else ",".join(days)
    if kind == "media":
        return media.text(int(value)) if media else str(value)
    return str(value)


def _fold(text: str) -> str:
    """Lower case, no accents, no spaces or punctuation: « Numéro de renvoi » -> "numerode renvoi"."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", text)


def parse_cell(name: str, raw: Any, media: MediaNames | None = None) -> Any:
    """A cell -> the field's value (None for an empty cell). Raises `CellError`."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    kind = BY_NAME[name].kind
    if kind == "digits":
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        text = str(raw).strip()
        try:
            from app.phone import to_digits

            digits = to_digits(text)
        except ImportError:  # pragma: no cover
            digits = None
        if digits is None:
            digits = re.sub(r"[\s.\-/()]", "", text).lstrip("+")
            if digits.startswith("00"):
                digits = digits[2:]
        if not digits.isdigit():
            raise CellError("not a phone number", BY_NAME_CODE.get(name))
        return digits
    if kind == "bool":
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, int | float) and raw in (0, 1):
            return bool(raw)
        text = _fold(str(raw))
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise CellError("expected oui or non")
    if kind == "choice":
        folded = _fold(str(raw))
        for code in BY_NAME[name].choices:
            if folded in (_fold(code), _fold(CHOICE_TEXT[code])):
                return code
        raise CellError("unknown choice")
    if kind == "int" and isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if kind == "time":
        if isinstance(raw, dt.datetime):
            return raw.time().replace(microsecond=0)
        if isinstance(raw, dt.time):
            return raw.replace(microsecond=0)
        text = str(raw).strip().lower().replace("h", ":")
        if text.endswith(":"):
            text += "00"
        return _read_with_client(name, text)
    if kind == "date":
        if isinstance(raw, dt.datetime):
            return raw.date()
        if isinstance(raw, dt.date):
            return raw
        text = str(raw).strip()
        if " " in text:  # "2025-12-31 00:00:00" from a spreadsheet
            text = text.split(" ", 1)[0]
        return _read_with_client(name, text)
    if kind == "days":
        text = str(raw).strip()
        if _fold(text) in (_fold(EVERY_DAY_TEXT), "all", "tous"):
            return (ALL_DAYS,)
        return _read_with_client(name, text)
    if kind == "media":
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            return int(raw)
        if media is None:
            text = str(raw).strip()
            if text.isdigit():
                return int(text)
            raise CellError("expected a media id")
        return media.parse(name, str(raw))
    if kind == "int":
        return _read_with_client(name, str(raw).strip())
    return _read_with_client(name, str(raw).strip())


def _read_with_client(name: str, value: Any) -> Any:
    """Reads a value the way the client does (so an accepted cell is exactly what would be sent)."""
    from app.api import FIELDS as RULES

    rule = next(r for r in RULES if r.name == name)
    read = rule.read(value)
    if type(read).__name__ == "Invalid":
        raise CellError("cannot be read", rule.code)
    return read


def _codes() -> dict[str, str]:
    from app.api import FIELDS as RULES

    return {r.name: r.code for r in RULES}


BY_NAME_CODE = _codes()


def validate_cell(name: str, value: Any) -> str | None:
    """The client's error code for this value, or None when valid."""
    from app.api import validate_field

    error = validate_field(name, value)
    return None if error is None else (error.code or "")


# --- export --------------------------------------------------------------------------------------

def rows_for_export(numbers: Iterable[Any], columns: Sequence[Column],
                    media: MediaNames | None = None) -> list[list[str]]:
    rows: list[list[str]] = []
    for number in numbers:
        row = []
        for col in columns:
            if col.field == "id":
                row.append("" if number.id is None else str(number.id))
            elif col.field is not None:
                row.append(format_cell(col.field, number_value(number, col.field), media)
                           if is_known(number, col.field) else "")
            else:
                row.append(col.text(number) if col.text else "")
        rows.append(row)
    return rows


def export_numbers(path: Path | str, numbers: Iterable[Any], columns: Sequence[Column],
                   media: MediaNames | None = None) -> int:
    """Writes the numbers to `path` (``.xlsx`` -> Excel workbook, anything else -> CSV); returns rows.

    Written to a temporary file first and then renamed, so that a failure never leaves half a file.
    """
    path = Path(path)
    rows = rows_for_export(numbers, columns, media)
    headers = [c.header for c in columns]
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        if path.suffix.lower() == ".xlsx":
            _write_xlsx(tmp, headers, rows)
        else:
            with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
                writer.writerow(headers)
                writer.writerows(rows)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return len(rows)


def _write_xlsx(path: Path, headers: list[str], rows: list[list[str]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Numéros")
    widths = [max([len(h)] + [len(r[i]) for r in rows[:500]]) for i, h in enumerate(headers)]
    for i, width in enumerate(widths):
        ws.column_dimensions[_column_letter(i)].width = min(60, max(8, width + 2))
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for h in headers:
        cell = WriteOnlyCell(ws, value=h)
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)
    for row in rows:
        ws.append(row)  # strings stay strings: Excel shows "+33 1 87…" and "09:00" as written
    wb.save(path)


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


# --- import --------------------------------------------------------------------------------------

def read_sheet(path: Path | str) -> Sheet:
    """The header row and the data rows of a CSV or XLSX file (first sheet)."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            ws = wb.worksheets[0]
            all_rows = [list(r) for r in ws.iter_rows(values_only=True)]
        finally:
            wb.close()
    else:
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")  # what French Excel saves by default
        first = text.split("\n", 1)[0]
        delimiter = max(";,\t", key=first.count) if first else ";"
        all_rows = [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    while all_rows and all(c is None or str(c).strip() == "" for c in all_rows[-1]):
        all_rows.pop()
    if not all_rows:
        return Sheet([], [], path)
    headers = ["" if h is None else str(h).strip() for h in all_rows[0]]
    return Sheet(headers, all_rows[1:], path)


def header_fields(headers: Sequence[str], aliases: Mapping[str, str] | None = None) -> list[str | None]:
    """The field each header names ("id" for the id column), or None for a column we do not read."""
    table: dict[str, str] = {}
    for name, f in BY_NAME.items():
        table[_fold(name)] = name
        table[_fold(f.label)] = name
        if API_NAMES[name] != "type":  # « Type » is the telephone/fax column of the table
            table[_fold(API_NAMES[name])] = name
    for extra, name in {"id": "id", "identifiant": "id", "numeroid": "id", "n": "numero",
                        "numeros": "numero", "etat": "etat", "porteur": "nom_porteur",
                        "emailporteur": "email_porteur", "typerepondeur": "type_repondeur",
                        "typedappel": "type_repondeur", "zonecode": "code", "compagne": "compagne",
                        **(aliases or {})}.items():
        table[_fold(extra)] = name
    out: list[str | None] = []
    seen: set[str] = set()
    for h in headers:
        name = table.get(_fold(h)) if h else None
        if name in seen:
            name = None  # a second column for the same field is not read (it would be ambiguous)
        if name:
            seen.add(name)
        out.append(name)
    return out


def plan_import(sheet: Sheet, numbers: Iterable[Any], *, media: MediaNames | None = None,
                aliases: Mapping[str, str] | None = None) -> Plan:
    """The changes a sheet asks for, against the numbers as the server holds them."""
    fields = header_fields(sheet.headers, aliases)
    plan = Plan(ignored_columns=[h for h, f in zip(sheet.headers, fields, strict=False) if h and f is None])
    if "numero" not in fields and "id" not in fields:
        plan.problems.append(Problem(1, "", None, None, "no numéro or id column", kind="no_key"))
        return plan
    numbers = list(numbers)
    by_id = {n.id: n for n in numbers if n.id is not None}
    by_numero = {n.numero: n for n in numbers if n.numero}
    id_col = fields.index("id") if "id" in fields else None
    numero_col = fields.index("numero") if "numero" in fields else None
    matched: dict[int, int] = {}  # number id -> first row that named it
    pairs: list[tuple[Any, dict[str, Any]]] = []
    for r, row in enumerate(sheet.rows, start=2):
        if all(c is None or str(c).strip() == "" for c in row):
            continue

        def cell(i: int | None, row: list[Any] = row) -> Any:
            return row[i] if i is not None and i < len(row) else None

        number = None
        numero_text = "" if cell(numero_col) is None else str(cell(numero_col)).strip()
        numero_digits = None
        if numero_col is not None and numero_text:
            try:
                numero_digits = parse_cell("numero", cell(numero_col))
            except CellError:
                numero_digits = None
        raw_id = cell(id_col)
        if raw_id is not None and str(raw_id).strip():
            try:
                number = by_id.get(int(float(str(raw_id).strip())))
            except ValueError:
                number = None
        if number is None and numero_digits:
            number = by_numero.get(numero_digits)
        if number is None:
            plan.problems.append(Problem(r, numero_digits or numero_text or str(raw_id or ""), None,
                                         numero_text or str(raw_id or ""), "unknown number",
                                         kind="unknown_number"))
            continue
        if number.id in matched:
            plan.problems.append(Problem(r, number.numero, None, None, f"same number as row {matched[number.id]}",
                                         kind="duplicate"))
            continue
        matched[number.id] = r
        values: dict[str, Any] = {}
        bad = False
        for i, name in enumerate(fields):
            if name is None or name == "id" or i >= len(row):
                continue
            if name == "numero" and (id_col is None or by_id.get(number.id) is None
                                     or numero_digits == number.numero):
                continue  # the numéro is the key of this row, not a change
            raw = row[i]
            try:
                value = parse_cell(name, raw, media)
            except CellError as exc:
                plan.problems.append(Problem(r, number.numero, sheet.headers[i], _cell_text(raw), str(exc),
                                             kind="invalid", field=name, code=exc.code or BY_NAME_CODE.get(name)))
                bad = True
                continue
            if value is None and (not BY_NAME[name].clearable or not is_known(number, name)):
                continue  # an empty cell clears only what may be cleared and what we know
            code = validate_cell(name, value)
            if code is not None:
                plan.problems.append(Problem(r, number.numero, sheet.headers[i], _cell_text(raw), "invalid value",
                                             kind="invalid", field=name, code=code))
                bad = True
                continue
            values[name] = value
        if bad:
            continue  # a row is sent whole or not at all: half a row would surprise
        pairs.append((number, values))
    for number, values in pairs:
        edit = plan_edit(number, values)
        if edit is None:
            plan.unchanged.append(number)
        else:
            edit.row = matched[number.id]
            plan.edits.append(edit)
    return plan


def _cell_text(raw: Any) -> str:
    return "" if raw is None else str(raw)
