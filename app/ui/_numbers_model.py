"""The numbers table's model: one `QAbstractTableModel` that owns the rows, sorts and searches them.

At 100,000 rows a `QSortFilterProxyModel` calls back into Python for every comparison and takes
seconds (shared/QT-NOTES.md). So the model keeps the loaded numbers in a list and shows a list of
indices into it (`_rows`, display order): sorting and the instant search rebuild that list in Python
from per-row values computed once per load (`NumberIndex`: sort keys and the lower-cased search
text, kept once per distinct combination of text cells), then tell the view with one `layoutChanged`. The index is plain Python with no Qt, so the
window builds it in a worker thread while the loop keeps painting.

Numbers are shown formatted (`+33 1 87 22 44 65`) but sorted and searched by their digits.
"""

from __future__ import annotations

import datetime as dt
import functools
import heapq
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import attrgetter, is_, is_not
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from app.api import Number
from app.phone import format_number

#: The Number object of a row (any column).
NumberRole = Qt.ItemDataRole.UserRole + 1
#: The id of a row's number.
NumberIdRole = Qt.ItemDataRole.UserRole + 2

_INACTIVE_COLOUR = QColor("#8a8a8a")
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_NUMBER = int(NumberRole)
_NUMBER_ID = int(NumberIdRole)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_OTHER_ROLES = frozenset({_ALIGNMENT, _TOOLTIP, _NUMBER, _NUMBER_ID})
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("NumbersModel", text)


@functools.lru_cache(maxsize=16384)
def formatted(digits: str | None) -> str:
    """`33187224465` -> `+33 1 87 22 44 65` (cached: the view asks again at every repaint)."""
    if not digits:
        return ""
    try:
        return format_number(digits) or digits
    except Exception:  # a number the library cannot read is shown as it came
        return digits


def national_digits(digits: str | None) -> str:
    """`33187224465` -> `0187224465`: what French users type when they search a number."""
    if len(digits or "") == 11 and digits.startswith("33"):  # type: ignore[union-attr]
        return "0" + digits[2:]  # type: ignore[index]
    return ""


def _accent_table() -> dict[int, str]:
    """Accented Latin letters -> plain ones (`é` -> `e`, `œ` -> `oe`), for `str.translate`."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        plain = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        if plain != char and plain:
            table[code] = plain
    table.update({ord("œ"): "oe", ord("æ"): "ae", ord("ß"): "ss", ord("ø"): "o", ord("ł"): "l"})
    return table


_PLAIN = _accent_table()


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case without accents, so that « Île » sorts with « i » and « ile » finds it.

    Cached: the index folds every cell of 100,000 rows, and cells repeat (campaigns, carriers,
    labels); `translate` costs some 40 µs on a long text.
    """
    text = text.casefold()
    if text.isascii():
        return text
    return text.translate(_PLAIN)


@dataclass
class DisplayContext:
    """What the columns need besides the number: translated words, zone and media names."""

    labels: dict[str, str]
    zone_names: dict[str, str] = field(default_factory=dict)
    media_names: dict[int, str] = field(default_factory=dict)


def make_labels() -> dict[str, str]:
    """The words the cells show, translated once (on the GUI thread) per load or language change."""
    return {
        "phone": _tr("Téléphone"),
        "fax": _tr("Fax"),
        "active": _tr("Actif"),
        "inactive": _tr("Inactif"),
        "yes": _tr("Oui"),
        "no": _tr("Non"),
        "Rep": _tr("Répondeur"),
        "Ren": _tr("Renvoi"),
        "Par": _tr("Parallèle"),
        "Seq": _tr("Séquentiel"),
        "all_days": _tr("Tous les jours"),
        "seconds": _tr("%1 s"),
        "from": _tr("à partir de %1"),
        "until": _tr("jusqu'à %1"),
        "media": _tr("média n° %1"),
    }


# -- columns ----------------------------------------------------------------------------------------

def _s(value: object) -> str:
    return "" if value is None else str(value)


def _bool(value: bool | None, ctx: DisplayContext) -> str:
    if value is None:
        return ""
    return ctx.labels["yes"] if value else ctx.labels["no"]


def _span(start: str, end: str, ctx: DisplayContext) -> str:
    if start and end:
        return f"{start} – {end}"
    if start:
        return ctx.labels["from"].replace("%1", start)
    if end:
        return ctx.labels["until"].replace("%1", end)
    return ""


def _hours(n: Number, ctx: DisplayContext) -> str:
    start = n.hour_debut.strftime("%H:%M") if n.hour_debut else ""
    end = n.hour_fin.strftime("%H:%M") if n.hour_fin else ""
    return _span(start, end, ctx)


def _dates(n: Number, ctx: DisplayContext) -> str:
    start = n.date_debut.strftime("%d/%m/%Y") if n.date_debut else ""
    end = n.date_fin.strftime("%d/%m/%Y") if n.date_fin else ""
    return _span(start, end, ctx)


def _days(n: Number, ctx: DisplayContext) -> str:
    if not n.jours:
        return ""
    if "All" in n.jours:
        return ctx.labels["all_days"]
    return ", ".join(n.jours)


def _media(media_id: int | None, ctx: DisplayContext) -> str:
    if media_id is None:
        return ""
    return ctx.media_names.get(media_id) or ctx.labels["media"].replace("%1", str(media_id))


def _zone(n: Number, ctx: DisplayContext) -> str:
    if not n.code:
        return ""
    return ctx.zone_names.get(n.code.lower(), n.code)


def _days_key(days: tuple[str, ...] | None) -> tuple[int, ...] | None:
    if not days:
        return None
    if "All" in days:
        return (-1,)
    return tuple(_DAY_ORDER.get(d, 9) for d in days)


_DAY_ORDER = {d: i for i, d in enumerate(("Lu", "Ma", "Me", "Je", "Ve", "Sa", "Di"))}


def _text_key(text: str | None) -> str | None:
    return fold(text) if text else None


@dataclass(frozen=True)
class Column:
    """One column: its key, title, the Number fields it shows, how to show, sort and search it."""

    key: str
    title: Callable[[], str]
    fields: tuple[str, ...]
    display: Callable[[Number, DisplayContext], str]
    sort_key: Callable[[Number, DisplayContext], Any]  # None sorts last; others of one type
    #: True for the configuration columns: hidden by default, offered only when the server sent them.
    config: bool = False
    #: Text the instant search looks at (None: the display text, if the column is searchable).
    search: Callable[[Number, DisplayContext], str] | None = None
    searchable: bool = True
    align_right: bool = False
    #: True when the sort key is the field's own value, None for an empty one (no call per row).
    plain_key: bool = False


def _switch_column(key: str, field: str, title: Callable[[], str]) -> Column:
    """A yes/no configuration column: « non » sorts before « oui », an unknown value last."""
    get = attrgetter(field)
    return Column(key, title, (field,), lambda n, c: _bool(get(n), c),
                  lambda n, c: None if get(n) is None else not get(n), config=True, searchable=False)


def _media_column(field: str, title: Callable[[], str]) -> Column:
    """A media slot configuration column, shown by the media's name, sorted by its id."""
    get = attrgetter(field)
    return Column(field, title, (field,), lambda n, c: _media(get(n), c), lambda n, c: get(n),
                  config=True, searchable=False)


def _numero_search(n: Number, _ctx: DisplayContext) -> str:
    return f"{n.numero or ''} {national_digits(n.numero)}"


COLUMNS: tuple[Column, ...] = (
    Column("numero", lambda: _tr("Numéro"), ("numero",), lambda n, c: formatted(n.numero),
           lambda n, c: n.numero or None, search=_numero_search, plain_key=True),
    Column("zone", lambda: _tr("Zone"), ("code",), _zone,
           lambda n, c: _text_key(_zone(n, c)), search=lambda n, c: f"{_zone(n, c)} {n.code or ''}"),
    Column("type", lambda: _tr("Type"), ("type", "telephon"),
           lambda n, c: c.labels["fax"] if n.is_fax else c.labels["phone"],
           lambda n, c: 1 if n.is_fax else 0),
    Column("etat", lambda: _tr("État"), ("etat",),
           lambda n, c: "" if n.etat is None else c.labels["active" if n.etat else "inactive"],
           lambda n, c: None if n.etat is None else (0 if n.etat else 1)),
    Column("compagne", lambda: _tr("Campagne"), ("compagne",), lambda n, c: _s(n.compagne),
           lambda n, c: _text_key(n.compagne)),
    Column("porteur", lambda: _tr("Porteur"), ("nom_porteur",), lambda n, c: _s(n.nom_porteur),
           lambda n, c: _text_key(n.nom_porteur)),
    Column("info", lambda: _tr("Info"), ("info",), lambda n, c: _s(n.info), lambda n, c: _text_key(n.info)),
    # Configuration columns: the sandbox sends them, the real service may not.
    Column("email_porteur", lambda: _tr("E-mail du porteur"), ("email_porteur",),
           lambda n, c: _s(n.email_porteur), lambda n, c: _text_key(n.email_porteur), config=True),
    Column("type_repondeur", lambda: _tr("Mode"), ("type_repondeur",),
           lambda n, c: c.labels.get(n.type_repondeur or "", _s(n.type_repondeur)),
           lambda n, c: n.type_repondeur or None, config=True),
    Column("type_renvoi", lambda: _tr("Type de renvoi"), ("type_renvoi",),
           lambda n, c: c.labels.get(n.type_renvoi or "", _s(n.type_renvoi)),
           lambda n, c: n.type_renvoi or None, config=True),
    Column("num_renvoi", lambda: _tr("Numéro de renvoi"), ("num_renvoi",),
           lambda n, c: formatted(n.num_renvoi), lambda n, c: n.num_renvoi or None, config=True,
           search=lambda n, c: f"{n.num_renvoi or ''} {national_digits(n.num_renvoi)}", plain_key=True),
    Column("sonnerie", lambda: _tr("Sonnerie"), ("sonnerie",),
           lambda n, c: "" if n.sonnerie is None else c.labels["seconds"].replace("%1", str(n.sonnerie)),
           lambda n, c: n.sonnerie, config=True, searchable=False, align_right=True),
    Column("horaires", lambda: _tr("Horaires"), ("hour_debut", "hour_fin"), _hours,
           lambda n, c: (n.hour_debut or dt.time.min, n.hour_fin or dt.time.max)
           if (n.hour_debut or n.hour_fin) else None,
           config=True, searchable=False),
    Column("jours", lambda: _tr("Jours"), ("jours",), _days,
           lambda n, c: _days_key(n.jours), config=True, searchable=False),
    Column("periode", lambda: _tr("Période de renvoi"), ("date_debut", "date_fin"), _dates,
           lambda n, c: n.date_debut or n.date_fin or None,
           config=True, searchable=False),
    _switch_column("appels_entrants", "active_appel_entrant", lambda: _tr("Appels entrants")),
    _switch_column("appels_sortants", "active_appel_sortant", lambda: _tr("Appels sortants")),
    _switch_column("enregistrement", "activer_enregistrement", lambda: _tr("Enregistrement")),
    _switch_column("notification_email", "notification_email", lambda: _tr("Notification e-mail")),
    _media_column("message_introduction", lambda: _tr("Message d'introduction")),
    _media_column("message_enregistrement", lambda: _tr("Message d'enregistrement")),
    _media_column("music_attente", lambda: _tr("Musique d'attente")),
    _media_column("playback", lambda: _tr("Playback")),
    _media_column("repondeur", lambda: _tr("Message du répondeur")),
)

COLUMN_KEYS: tuple[str, ...] = tuple(c.key for c in COLUMNS)
CONFIG_FIELDS: frozenset[str] = frozenset(f for c in COLUMNS if c.config for f in c.fields)


# -- the per-load index (no Qt: built in a worker thread) ---------------------------------------------

def _fold_cells(cells: Iterable[str]) -> str:
    # Each cell folded on its own (ASCII ones just lower-cased; others through fold's cache), joined
    # by a separator no one types (it is blank to `str.split`, so never inside a search term), so
    # that a word never spans two columns.
    return "\x1f".join([cell.lower() if cell.isascii() else fold(cell) for cell in cells])


def _group_text(n: Number, ctx: DisplayContext) -> str:
    """The searched text of a row's text columns as shown (zone, type, state, campaign, carrier…).

    These repeat from row to row: one text per distinct combination is built and searched, and
    each row points to its combination (see `NumberIndex`)."""
    labels = ctx.labels
    code = n.code or ""
    return _fold_cells((
        ctx.zone_names.get(code.lower(), code), code,
        labels["fax"] if n.is_fax else labels["phone"],
        "" if n.etat is None else labels["active" if n.etat else "inactive"],
        n.compagne or "", n.nom_porteur or "", n.info or "", n.email_porteur or "",
        labels.get(n.type_repondeur or "", n.type_repondeur or ""),
        labels.get(n.type_renvoi or "", n.type_renvoi or ""),
    ))


def _group_key(n: Number) -> tuple[Any, ...]:
    """What `_group_text` depends on, besides the load's context."""
    return (n.code, n.type, n.telephon, n.etat, n.compagne, n.nom_porteur, n.info, n.email_porteur,
            n.type_repondeur, n.type_renvoi)


def _digits_text(numero: str | None, renvoi: str | None) -> str:
    """The searched text of a row's numbers: digits, in international and national form."""
    numero = numero or ""
    renvoi = renvoi or ""
    return "\x1f".join((numero, national_digits(numero), renvoi, national_digits(renvoi)))


def sent_config_fields(numbers: Iterable[Number]) -> frozenset[str]:
    """The configuration fields that at least one number came with."""
    seen: set[str] = set()
    for n in numbers:
        missing = n.fields_sent - seen
        if missing:
            seen |= missing & CONFIG_FIELDS
            if len(seen) == len(CONFIG_FIELDS):
                break
    return frozenset(seen)


_NUMERO_AND_RENVOI = attrgetter("numero", "num_renvoi")


def _digits_texts(pairs: Iterable[tuple[str | None, str | None]]) -> list[str]:
    """`_digits_text` of each (numero, num_renvoi), written out: it runs for each of 100,000 rows."""
    texts = []
    append = texts.append
    for numero, renvoi in pairs:
        numero = numero or ""
        renvoi = renvoi or ""
        national = "0" + numero[2:] if len(numero) == 11 and numero[:2] == "33" else ""
        if renvoi:
            append("\x1f".join((numero, national, renvoi,
                                "0" + renvoi[2:] if len(renvoi) == 11 and renvoi[:2] == "33" else "")))
        else:
            append(f"{numero}\x1f{national}\x1f\x1f")
    return texts


def _sorted_in_steps(items: list[int], key: Callable[[int], Any], step: int = 16384) -> list[int]:
    """`sorted(items, key=key)` (stable) without one long C call: 100,000 distinct strings take one
    `list.sort` 60-100 ms, all that time holding the GIL, so the window froze while a worker thread
    sorted. Blocks are sorted separately (a few ms each), then merged in Python (`heapq.merge`,
    stable: on equal keys the earlier block comes first), which hands the GIL over as it goes."""
    if len(items) <= step:
        items.sort(key=key)
        return items
    blocks = [sorted(items[i : i + step], key=key) for i in range(0, len(items), step)]
    return list(heapq.merge(*blocks, key=key))


class NumberIndex:
    """Per-row search text and, per column, sort keys and the sorted order, aligned with a list of
    numbers. Plain Python: built (and `precompute`d) in worker threads.

    The search text of a row is in two parts: its numbers' digits (`digits`, one string per row)
    and the text of its other columns, which repeats from row to row, so it is kept once per
    distinct combination (`group_texts`; `groups[row]` is the row's). A search word is looked for
    once in each combination and then in each row's digits: building the index and searching both
    cost a fraction of one whole text per row, and 100,000 rows hold some 20 MB less.
    """

    def __init__(self, numbers: Sequence[Number], ctx: DisplayContext, *,
                 presort: Iterable[int] = ()) -> None:
        self.ctx = ctx
        self.group_texts: list[str] = []
        self._group_of: dict[tuple[Any, ...], int] = {}
        self.groups: list[int] = list(map(self._group, map(_group_key, numbers), numbers))
        self.digits: list[str] = _digits_texts(map(_NUMERO_AND_RENVOI, numbers))
        #: 0..n-1 once: the orders below are made of these very int objects (not 100,000 new ones each).
        self.positions: list[int] = list(range(len(numbers)))
        self.sort_keys: dict[int, list[Any]] = {}
        #: column -> (positions with a value in ascending order, positions without a value)
        self.orders: dict[int, tuple[list[int], list[int]]] = {}
        self.config_fields = sent_config_fields(numbers)
        self.version = 0  # bumped by every change, so that a worker's late result is not stored
        for column in presort:
            self.order_for(column, numbers)

    def __len__(self) -> int:
        return len(self.digits)

    def _group(self, key: tuple[Any, ...], n: Number) -> int:
        group = self._group_of.get(key)
        if group is None:
            group = self._group_of[key] = len(self.group_texts)
            self.group_texts.append(_group_text(n, self.ctx))
        return group

    def haystack(self, position: int) -> str:
        """The whole text the search looks in for this row (as `_haystack`)."""
        return self.digits[position] + "\x1f" + self.group_texts[self.groups[position]]

    def matches(self, position: int, terms: Iterable[str]) -> bool:
        group_text = self.group_texts[self.groups[position]]
        digits = self.digits[position]
        return all(term in group_text or term in digits for term in terms)

    def filter(self, rows: list[int], term: str) -> list[int]:
        """The rows (positions) whose text contains `term`, in the same order."""
        in_group = [term in text for text in self.group_texts]
        digits = self.digits
        if all(in_group):
            return rows
        if not any(in_group):
            return [i for i in rows if term in digits[i]]
        groups = self.groups
        return [i for i in rows if in_group[groups[i]] or term in digits[i]]

    def keys_for(self, column: int, numbers: Sequence[Number]) -> list[Any]:
        keys = self.sort_keys.get(column)
        if keys is None:
            col = COLUMNS[column]
            ctx = self.ctx
            # A column's sort key depends on its fields only, and those repeat: the key is computed
            # once per distinct value (a Python call per row was most of the time), the rest in C.
            values = list(map(attrgetter(*col.fields), numbers))
            if col.plain_key:
                keys = [value or None for value in values]
                self.sort_keys[column] = keys
                return keys
            distinct = dict(zip(values, numbers, strict=True))
            if len(distinct) * 2 > len(values):  # mostly distinct: no memo
                keys = [col.sort_key(n, ctx) for n in numbers]
            else:
                key_of = {value: col.sort_key(n, ctx) for value, n in distinct.items()}
                keys = list(map(key_of.__getitem__, values))
            self.sort_keys[column] = keys
        return keys

    def order_for(self, column: int, numbers: Sequence[Number]) -> tuple[list[int], list[int]]:
        """The ascending order of `column` (empty cells apart: they go last in both directions)."""
        order = self.orders.get(column)
        if order is None:
            version = self.version
            keys = self.keys_for(column, numbers)
            positions = self.positions if len(self.positions) == len(keys) else list(range(len(keys)))
            filled = list(compress(positions, map(is_not, keys, repeat(None))))
            empty = list(compress(positions, map(is_, keys, repeat(None)))) if len(filled) < len(keys) else []
            distinct = set(keys)
            distinct.discard(None)
            if len(distinct) * 2 <= len(filled):  # few distinct keys: sort by their rank (ints compare fast)
                rank = {key: i for i, key in enumerate(sorted(distinct))}
                ranks = list(map(rank.get, keys))
                filled.sort(key=ranks.__getitem__)
            else:
                filled = _sorted_in_steps(filled, keys.__getitem__)
            order = (filled, empty)
            if version == self.version:
                self.orders[column] = order
        return order

    def precompute(self, columns: Iterable[int], numbers: Sequence[Number]) -> None:
        """Sorted orders of these columns ahead of the user's click (run in a worker thread)."""
        for column in columns:
            if len(numbers) != len(self):
                return
            self.order_for(column, numbers)

    def _changed(self) -> None:
        self.version += 1
        self.orders.clear()

    def append(self, n: Number, numbers: Sequence[Number]) -> None:
        self._changed()
        self.groups.append(self._group(_group_key(n), n))
        self.digits.append(_digits_text(n.numero, n.num_renvoi))
        self.positions.append(len(self.positions))
        for column, keys in self.sort_keys.items():
            keys.append(COLUMNS[column].sort_key(n, self.ctx))
        self.config_fields |= n.fields_sent & CONFIG_FIELDS

    def replace(self, position: int, n: Number) -> None:
        self._changed()
        self.groups[position] = self._group(_group_key(n), n)
        self.digits[position] = _digits_text(n.numero, n.num_renvoi)
        for column, keys in self.sort_keys.items():
            keys[position] = COLUMNS[column].sort_key(n, self.ctx)
        self.config_fields |= n.fields_sent & CONFIG_FIELDS

    def forget_column(self, column: int) -> None:
        self._changed()
        self.sort_keys.pop(column, None)


def search_terms(text: str) -> list[str]:
    """The words of a search, folded; a phone-like word (`01 87 22`, `+33.1`) becomes its digits."""
    text = text.strip()
    if not text:
        return []
    stripped = text.replace(" ", "").replace(".", "").replace("-", "").replace("+", "")
    if stripped.isdigit():
        return [stripped]
    return [fold(word) for word in text.split()]


# -- the Qt model ---------------------------------------------------------------------------------------

class NumbersModel(QAbstractTableModel):
    """The numbers of the current server filters; `_rows` is what the instant search leaves, sorted."""

    #: The visible rows changed (load, search, sort): status bar counts, empty state.
    rowsChanged = Signal()
    #: The configuration fields the loaded numbers came with changed (columns to offer).
    availableColumnsChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[Number] = []
        self._rows: list[int] = []
        self._index: NumberIndex | None = None
        self._ctx = DisplayContext(make_labels())
        self._search = ""
        self._terms: list[str] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._position_of_id: dict[int, int] | None = None  # id -> index in _all
        self._row_of_position: list[int] | None = None  # index in _all -> visible row or -1
        self._config_fields: frozenset[str] = frozenset()
        self._rows_sorted = True  # False once `update_numbers` appended rows at the end
        #: What the table says when the server's filters give no number (set by the window).
        self.empty_message = ""

    # -- data in ----------------------------------------------------------------------------------
    def display_context(self) -> DisplayContext:
        """A context for building a `NumberIndex` off the GUI thread."""
        return DisplayContext(make_labels(), dict(self._ctx.zone_names), dict(self._ctx.media_names))

    def build_index(self, numbers: Sequence[Number], ctx: DisplayContext | None = None) -> NumberIndex:
        """The index for `numbers` (thread-safe: call it from `asyncio.to_thread`)."""
        presort = [self._sort_column] if self._sort_column >= 0 else []
        return NumberIndex(numbers, ctx or self.display_context(), presort=presort)

    def replace_numbers(self, numbers: Iterable[Number], index: NumberIndex | None = None) -> None:
        """Shows these numbers instead of the current ones (one model reset); keeps search and sort."""
        new = list(numbers)
        if index is None or len(index) != len(new):
            index = self.build_index(new)
        self.beginResetModel()
        self._all = new
        self._index = index
        self._ctx = index.ctx
        self._position_of_id = None
        self._rows = self._compute_rows()
        self._rows_sorted = True
        self._row_of_position = None
        self.endResetModel()
        self._set_config_fields(index.config_fields)
        self.rowsChanged.emit()

    def update_numbers(self, numbers: Iterable[Number]) -> None:
        """Replaces the numbers of the same id in place (rows do not move); appends new ids."""
        index = self._ensure_index()
        positions = self._positions()
        appended: list[int] = []
        changed_rows: list[int] = []
        row_of = self._row_positions()
        for n in numbers:
            pos = positions.get(n.id) if n.id is not None else None
            if pos is None:
                self._all.append(n)
                index.append(n, self._all)
                pos = len(self._all) - 1
                if n.id is not None:
                    positions[n.id] = pos
                row_of.append(-1)
                if self._matches(pos):
                    appended.append(pos)
            else:
                self._all[pos] = n
                index.replace(pos, n)
                if row_of[pos] >= 0:
                    changed_rows.append(row_of[pos])
        last_column = self.columnCount() - 1
        for row in changed_rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last_column))
        if appended:
            self._rows_sorted = False
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(appended) - 1)
            for offset, pos in enumerate(appended):
                self._rows.append(pos)
                row_of[pos] = first + offset
            self.endInsertRows()
        self._set_config_fields(index.config_fields)
        if appended or changed_rows:
            self.rowsChanged.emit()

    def set_zone_names(self, names: dict[str, str]) -> None:
        """Zone code -> name, for the « Zone » column (takes effect for display now, search at next load)."""
        self._ctx.zone_names = {code.lower(): name for code, name in names.items()}
        if self._index is not None:  # sort keys were names: recompute them at the next sort
            self._index.forget_column(self.column_of("zone"))
        self._refresh_column("zone")

    def set_media_names(self, names: dict[int, str]) -> None:
        """Media id -> name, for the media columns (the media feature feeds it)."""
        self._ctx.media_names = dict(names)
        for key in ("message_introduction", "message_enregistrement", "music_attente", "playback", "repondeur"):
            self._refresh_column(key)

    def retranslate(self) -> None:
        self._ctx.labels = make_labels()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(e)

    # -- data out ---------------------------------------------------------------------------------
    def all_numbers(self) -> list[Number]:
        return list(self._all)

    def visible_numbers(self) -> list[Number]:
        """What the table shows after the instant search, in display order."""
        numbers = self._all
        return [numbers[i] for i in self._rows]

    def number_at(self, row: int) -> Number | None:
        if 0 <= row < len(self._rows):
            return self._all[self._rows[row]]
        return None

    def total_count(self) -> int:
        return len(self._all)

    def row_of_id(self, number_id: int) -> int | None:
        """The visible row of a number id, or None if the search hides it (or it is not loaded)."""
        pos = self._positions().get(number_id)
        if pos is None:
            return None
        row = self._row_positions()[pos]
        return row if row >= 0 else None

    def is_loaded(self, number_id: int) -> bool:
        return number_id in self._positions()

    def column_of(self, key: str) -> int:
        return COLUMN_KEYS.index(key)

    def column_key(self, column: int) -> str:
        return COLUMNS[column].key

    def is_config_column(self, column: int) -> bool:
        return COLUMNS[column].config

    def is_column_available(self, column: int) -> bool:
        """Base columns always; a configuration column once the server has sent one of its fields."""
        col = COLUMNS[column]
        return not col.config or any(f in self._config_fields for f in col.fields)

    def empty_state_text(self) -> str:
        """The message the view paints when there is no row to show (empty otherwise)."""
        if self._rows:
            return ""
        if self._all and self._search:
            return _tr("Aucun numéro affiché ne correspond à « %1 ».\nEffacez la recherche (Échap).").replace(
                "%1", self._search.strip())
        return self.empty_message

    # -- instant search and sort ---------------------------------------------------------------------
    @property
    def search_text(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        """Keeps the rows whose text contains every word of `text` (accents and case ignored)."""
        if text == self._search:
            return
        old, new = self._terms, search_terms(text)
        self._search, self._terms = text, new
        # Typing on: every new word contains the old one, so the matches are among the rows shown.
        refine = bool(old) and len(new) >= len(old) and all(n.startswith(o) for o, n in zip(old, new, strict=False))
        self._relayout(refine=refine)

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column >= self.columnCount():
            return
        if column == self._sort_column and order == self._sort_order and self._rows_sorted:
            return  # QTableView.sortByColumn asks twice (once through the header's indicator)
        self._sort_column = column
        self._sort_order = order
        self._relayout()

    # -- QAbstractTableModel ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted cell: roles compared as plain ints (PySide's enum
        # comparisons cost more), the common roles first, nothing looked up for the others.
        if role == _DISPLAY:
            return COLUMNS[index.column()].display(self._all[self._rows[index.row()]], self._ctx)
        if role == _FOREGROUND:
            return _INACTIVE_COLOUR if self._all[self._rows[index.row()]].etat is False else None
        if role not in _OTHER_ROLES:
            return None
        n = self._all[self._rows[index.row()]]
        if role == _NUMBER:
            return n
        if role == _NUMBER_ID:
            return n.id
        column = COLUMNS[index.column()]
        if role == _ALIGNMENT:
            return _RIGHT if column.align_right else None
        # tooltip
        if column.key == "zone":
            return n.code
        if column.key == "numero":
            return n.numero
        text = column.display(n, self._ctx)
        return text if len(text) > 30 else None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section].title()
        if role == Qt.ItemDataRole.ToolTipRole:
            if COLUMNS[section].config:
                return _tr("%1 (configuration du numéro)").replace("%1", COLUMNS[section].title())
            return COLUMNS[section].title()
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    # -- internals -----------------------------------------------------------------------------------
    def _ensure_index(self) -> NumberIndex:
        if self._index is None or len(self._index) != len(self._all):
            self._index = self.build_index(self._all)
        return self._index

    def _positions(self) -> dict[int, int]:
        if self._position_of_id is None:
            self._position_of_id = {n.id: i for i, n in enumerate(self._all) if n.id is not None}
        return self._position_of_id

    def _row_positions(self) -> list[int]:
        if self._row_of_position is None:
            row_of = [-1] * len(self._all)
            for row, pos in enumerate(self._rows):
                row_of[pos] = row
            self._row_of_position = row_of
        return self._row_of_position

    def _matches(self, pos: int) -> bool:
        if not self._terms:
            return True
        return self._ensure_index().matches(pos, self._terms)

    def _compute_rows(self, *, refine: bool = False) -> list[int]:
        index = self._ensure_index()
        if refine:
            rows = self._rows
            for term in self._terms:
                rows = index.filter(rows, term)
            return rows if rows is not self._rows else list(rows)
        if self._sort_column >= 0:
            filled, empty = index.order_for(self._sort_column, self._all)
            descending = self._sort_order == Qt.SortOrder.DescendingOrder
            order = (filled[::-1] if descending else filled) + empty  # empty cells last either way
        else:
            order = list(index.positions)
        for term in self._terms:
            order = index.filter(order, term)
        return order

    def _relayout(self, *, refine: bool = False) -> None:
        """Recomputes the visible rows; the view's selection follows its numbers (hidden ones drop)."""
        self.layoutAboutToBeChanged.emit()
        old_rows = self._rows
        persistent = self.persistentIndexList()
        self._rows = self._compute_rows(refine=refine)
        self._rows_sorted = True
        self._row_of_position = None
        if persistent:
            new_rows = self._rows
            # A few persistent indexes (current row, a small selection): find each with C-speed
            # `list.index`; many (a big selection): one inverse map.
            row_of = self._row_positions() if len(persistent) > 64 else None
            found: dict[int, int] = {}
            new_indexes = []
            for idx in persistent:
                row = idx.row()
                pos = old_rows[row] if 0 <= row < len(old_rows) else -1
                if pos < 0:
                    new_row = -1
                elif row_of is not None:
                    new_row = row_of[pos]
                elif pos in found:
                    new_row = found[pos]
                else:
                    try:
                        new_row = new_rows.index(pos)
                    except ValueError:
                        new_row = -1
                    found[pos] = new_row
                new_indexes.append(self.index(new_row, idx.column()) if new_row >= 0 else QModelIndex())
            self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()
        self.rowsChanged.emit()

    def _refresh_column(self, key: str) -> None:
        if self._rows:
            column = self.column_of(key)
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    def _set_config_fields(self, fields: frozenset[str]) -> None:
        if fields != self._config_fields:
            self._config_fields = fields
            self.availableColumnsChanged.emit()
