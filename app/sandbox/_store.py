"""The sandbox's data: one SQLite file, its schema, and every query the server makes.

Each request opens its own connection (cheap for SQLite) and closes it when answered: no connection is
shared between threads, and a long listing streams from its own connection while others write. The
file is in WAL mode so that readers never block the writer. Every query is parameterised.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Mapping, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ._rules import MediaFilter, NumberFilter, fold

SCHEMA_VERSION = "1"

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE company (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    pwd_hash TEXT NOT NULL,
    company_id INTEGER NOT NULL REFERENCES company(id),
    active INTEGER NOT NULL
);
CREATE TABLE token (
    digest TEXT PRIMARY KEY,          -- SHA-256 of the token, never the token itself
    account_id INTEGER NOT NULL REFERENCES account(id),
    expires_at REAL NOT NULL          -- Unix time
);
CREATE TABLE zone (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    pays TEXT NOT NULL,
    nom TEXT NOT NULL,
    prefix TEXT NOT NULL,
    type TEXT,
    active INTEGER NOT NULL
);
CREATE TABLE audio (name TEXT PRIMARY KEY, mime TEXT NOT NULL, data BLOB NOT NULL);
CREATE TABLE media (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES company(id),
    nom TEXT NOT NULL,
    nom_fold TEXT NOT NULL,
    type TEXT NOT NULL,
    info TEXT,
    active INTEGER NOT NULL,
    url_key TEXT NOT NULL UNIQUE,     -- the random part of the public URL
    audio_name TEXT NOT NULL REFERENCES audio(name),
    backslashes INTEGER NOT NULL      -- listed with a backslashed URL, as the reference shows
);
CREATE TABLE number (
    id INTEGER PRIMARY KEY,
    company_id INTEGER NOT NULL REFERENCES company(id),
    numero TEXT NOT NULL UNIQUE,      -- unique across companies (a number belongs to one customer)
    zone_code TEXT NOT NULL,
    kind INTEGER NOT NULL,            -- 1 telephone, 2 fax
    active INTEGER NOT NULL,
    info TEXT,
    nom_porteur TEXT,
    porteur_fold TEXT,
    email_porteur TEXT,
    compagne TEXT,
    compagne_fold TEXT,
    mode TEXT,                        -- Rep / Ren (the add/edit field `type`)
    type_renvoi TEXT,
    num_renvoi TEXT,
    sonnerie INTEGER,
    hour_debut TEXT,
    hour_fin TEXT,
    jours TEXT,
    date_debut TEXT,
    date_fin TEXT,
    appel_entrant INTEGER NOT NULL,
    appel_sortant INTEGER NOT NULL,
    enregistrement INTEGER NOT NULL,
    notification_email INTEGER NOT NULL,
    message_introduction INTEGER REFERENCES media(id),
    message_enregistrement INTEGER REFERENCES media(id),
    music_attente INTEGER REFERENCES media(id),
    playback INTEGER REFERENCES media(id),
    repondeur INTEGER REFERENCES media(id)
);
-- (company_id) alone lets a company's listing come in id order without sorting it first
CREATE INDEX number_company ON number (company_id);
CREATE INDEX number_zone ON number (company_id, zone_code);
CREATE INDEX number_compagne ON number (company_id, compagne_fold);
CREATE INDEX token_expiry ON token (expires_at);
"""

#: The columns of `number` (without the folded copies), in the order `number()` and `seed_row` use.
NUMBER_COLUMNS = (
    "id",
    "company_id",
    "numero",
    "zone_code",
    "kind",
    "active",
    "info",
    "nom_porteur",
    "email_porteur",
    "compagne",
    "mode",
    "type_renvoi",
    "num_renvoi",
    "sonnerie",
    "hour_debut",
    "hour_fin",
    "jours",
    "date_debut",
    "date_fin",
    "appel_entrant",
    "appel_sortant",
    "enregistrement",
    "notification_email",
    "message_introduction",
    "message_enregistrement",
    "music_attente",
    "playback",
    "repondeur",
)
_WRITABLE = frozenset(NUMBER_COLUMNS) - {"id", "company_id"}
_SELECT_NUMBERS = f"SELECT {', '.join(NUMBER_COLUMNS)} FROM number"


@dataclass(frozen=True)
class Caller:
    """Who a valid token belongs to."""

    account_id: int
    company_id: int
    company_name: str


class Store:
    """The SQLite file at `path`: `connect()` for a request, `create_if_new()` once at start."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def connect(self) -> sqlite3.Connection:
        # Autocommit: reads see one consistent snapshot per statement; writes open their own
        # transaction (`write`).
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")  # with WAL: durable at checkpoints, fast commits
        return conn

    @contextmanager
    def session(self) -> Any:
        with closing(self.connect()) as conn:
            yield conn

    def is_created(self) -> bool:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return False
        with self.session() as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not tables:
                return False  # an empty database (a first start that failed while seeding)
            if "meta" not in tables:
                raise RuntimeError(f"{self.path} exists but is not a Cliqphone sandbox database")
            version = meta(conn, "schema")
        if version != SCHEMA_VERSION:
            raise RuntimeError(
                f"{self.path}: sandbox schema {version!r}, this version reads {SCHEMA_VERSION}"
            )
        return True

    def create(self, conn: sqlite3.Connection) -> None:
        """Creates the schema (inside the caller's transaction)."""
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        set_meta(conn, "schema", SCHEMA_VERSION)


@contextmanager
def write(conn: sqlite3.Connection) -> Any:
    """One write transaction; IMMEDIATE so that checks and the write see the same data."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def set_meta(conn: sqlite3.Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))


# --- accounts and tokens --------------------------------------------------------------------------


def account(conn: sqlite3.Connection, login: str) -> tuple[int, str, bool] | None:
    """(id, password hash, active) of the account `login`, or None."""
    row = conn.execute("SELECT id, pwd_hash, active FROM account WHERE login = ?", (login,)).fetchone()
    return (row[0], row[1], bool(row[2])) if row else None


def add_token(conn: sqlite3.Connection, digest: str, account_id: int, expires_at: float) -> None:
    with write(conn):
        # Forget tokens that expired over a week ago: a client showing "expired" for a week is enough.
        conn.execute("DELETE FROM token WHERE expires_at < ?", (time.time() - 7 * 86400,))
        conn.execute(
            "INSERT INTO token (digest, account_id, expires_at) VALUES (?, ?, ?)",
            (digest, account_id, expires_at),
        )


def token_owner(conn: sqlite3.Connection, digest: str) -> tuple[Caller, float] | None:
    """The caller a token digest belongs to and the token's expiry, or None if unknown."""
    row = conn.execute(
        "SELECT account.id, company.id, company.name, token.expires_at, account.active"
        " FROM token JOIN account ON account.id = token.account_id"
        " JOIN company ON company.id = account.company_id WHERE token.digest = ?",
        (digest,),
    ).fetchone()
    if row is None or not row[4]:
        return None
    return Caller(row[0], row[1], row[2]), row[3]


def expire_all_tokens(conn: sqlite3.Connection) -> None:
    now = time.time()
    with write(conn):
        conn.execute("UPDATE token SET expires_at = ? WHERE expires_at > ?", (now - 1, now - 1))


# --- zones and media -------------------------------------------------------------------------------


def zones(conn: sqlite3.Connection, code: str | None = None) -> list[dict[str, Any]]:
    """Every zone, or the zone `code`, as the contract's zone objects."""
    sql = "SELECT id, code, pays, nom, prefix, type, active FROM zone"
    if code is None:
        rows = conn.execute(sql + " ORDER BY id").fetchall()
    else:
        rows = conn.execute(sql + " WHERE code = ?", (code,)).fetchall()
    return [
        {
            "id": zone_id,
            "code": zone_code,
            "pays": pays,
            "nom": nom,
            "prefix": prefix,
            "type": zone_type,
            "etat": "Actif" if active else "Inactif",
        }
        for zone_id, zone_code, pays, nom, prefix, zone_type, active in rows
    ]


def media(conn: sqlite3.Connection, company_id: int, where: MediaFilter) -> list[tuple[Any, ...]]:
    """(id, nom, type, info, active, url_key, audio_name, backslashes) of the company's media."""
    sql = [
        "SELECT id, nom, type, info, active, url_key, audio_name, backslashes FROM media WHERE company_id = ?"
    ]
    args: list[Any] = [company_id]
    if where.active is not None:
        sql.append("AND active = ?")
        args.append(int(where.active))
    if where.type is not None:
        sql.append("AND type = ?")
        args.append(where.type)
    if where.nom is not None:
        sql.append("AND instr(nom_fold, ?) > 0")
        args.append(where.nom)
    return conn.execute(" ".join(sql) + " ORDER BY id", args).fetchall()


def media_usable(conn: sqlite3.Connection, company_id: int, media_id: int, media_type: str) -> bool:
    """Whether `media_id` is an active media of the company, of type `media_type`."""
    row = conn.execute(
        "SELECT 1 FROM media WHERE id = ? AND company_id = ? AND type = ? AND active = 1",
        (media_id, company_id, media_type),
    ).fetchone()
    return row is not None


def audio(conn: sqlite3.Connection, url_key: str, file_name: str) -> tuple[str, bytes] | None:
    """(MIME type, bytes) of the audio published at ``/media/<url_key>/<file_name>``."""
    row = conn.execute(
        "SELECT audio.mime, audio.data FROM media JOIN audio ON audio.name = media.audio_name"
        " WHERE media.url_key = ? AND media.audio_name = ?",
        (url_key, file_name),
    ).fetchone()
    return (row[0], row[1]) if row else None


# --- numbers --------------------------------------------------------------------------------------


def _json_bool(column: str) -> str:
    # json('true') has constant arguments: SQLite computes it once per query, not once per row
    # (15% of a 100,000-row listing's time went to parsing 'true'/'false' four times a row).
    return f"CASE WHEN {column} THEN json('true') ELSE json('false') END"


#: A `number` row as the contract's number object, built by SQLite itself: at 100,000 rows this is
#: several times faster than Python dicts and `json.dumps`, and SQLite holds no GIL while it works.
#: Ids, `type`, `telephon` and `entreprise` are strings, as in the reference's examples ("147"); the
#: configuration fields follow under their add/edit names (the mode as `typeRepondeur`), booleans
#: as JSON booleans, media slots as integer ids or null.
NUMBER_JSON = f"""json_object(
    'id', CAST(id AS TEXT), 'code', zone_code, 'numero', numero, 'type', CAST(kind AS TEXT),
    'entreprise', CAST(company_id AS TEXT), 'etat', CASE WHEN active THEN 'Actif' ELSE 'Inactif' END,
    'info', info, 'telephon', CAST(kind AS TEXT), 'nomPorteur', nom_porteur, 'Compagne', compagne,
    'emailPorteur', email_porteur, 'typeRepondeur', mode, 'typeRenvoi', type_renvoi,
    'numRenvoi', num_renvoi, 'sonnerie', sonnerie, 'hourDebut', hour_debut, 'hourFin', hour_fin,
    'jours', jours, 'dateDebut', date_debut, 'dateFin', date_fin,
    'activeAppelEntrant', {_json_bool("appel_entrant")}, 'activeAppelSortant', {_json_bool("appel_sortant")},
    'activerEnregistrement', {_json_bool("enregistrement")},
    'notificationEmail', {_json_bool("notification_email")},
    'messageIntroduction', message_introduction, 'messageEnregistrement', message_enregistrement,
    'musicAttente', music_attente, 'playback', playback, 'repondeur', repondeur)"""


def numbers_query(company_id: int, where: NumberFilter) -> tuple[str, list[Any]]:
    """The SELECT of the company's numbers that match `where`, by id: one column, each number's
    JSON text (`NUMBER_JSON`)."""
    sql = [f"SELECT {NUMBER_JSON} FROM number WHERE company_id = ?"]
    args: list[Any] = [company_id]
    for condition, value in (
        ("zone_code = ?", where.zone),
        ("active = ?", None if where.active is None else int(where.active)),
        ("kind = ?", where.kind),
        ("instr(numero, ?) > 0", where.numero),
        ("compagne_fold = ?", where.compagne),
        ("instr(porteur_fold, ?) > 0", where.porteur),
    ):
        if value is not None:
            sql.append("AND " + condition)
            args.append(value)
    return " ".join(sql) + " ORDER BY id", args


def numbers_batch_query(company_id: int, where: NumberFilter) -> tuple[str, list[Any]]:
    """`numbers_query` a batch at a time, each batch one row: the JSON texts of the next numbers
    comma-joined, how many, and the last id. Two more arguments follow `args`: the id after which
    to start and the batch size. One row per batch rather than per number: the Python sqlite3
    module takes the GIL back after each row, and in a process whose other threads are busy (the
    application's embedded sandbox) each of those waits could last the interpreter's switch
    interval (5 ms)."""
    sql, args = numbers_query(company_id, where)
    inner = sql.replace(f"SELECT {NUMBER_JSON} FROM", f"SELECT {NUMBER_JSON} AS j, id FROM", 1)
    # group_concat keeps the order of its input, here the subquery's (by id: it has a LIMIT, so
    # SQLite runs it as a co-routine, in order).
    return f"SELECT group_concat(j, ','), count(*), max(id) FROM ({inner.replace(' ORDER BY id', '')}" \
           f" AND id > ? ORDER BY id LIMIT ?)", args


def number_exists(conn: sqlite3.Connection, company_id: int, kind: str, value: str) -> bool:
    """Whether a numero (contains), compagne (folded, exact) or porteur (folded, contains) names one
    of the company's numbers."""
    condition = {
        "numero": "instr(numero, ?) > 0",
        "compagne": "compagne_fold = ?",
        "porteur": "instr(porteur_fold, ?) > 0",
    }[kind]
    sql = f"SELECT 1 FROM number WHERE company_id = ? AND {condition} LIMIT 1"
    return conn.execute(sql, (company_id, value)).fetchone() is not None


def number(conn: sqlite3.Connection, company_id: int, number_id: int) -> dict[str, Any] | None:
    """The company's number `number_id` as ``{column: value}``, or None (unknown or not its own)."""
    row = conn.execute(
        _SELECT_NUMBERS + " WHERE id = ? AND company_id = ?", (number_id, company_id)
    ).fetchone()
    return dict(zip(NUMBER_COLUMNS, row, strict=True)) if row else None


def numero_owner(conn: sqlite3.Connection, numero: str) -> int | None:
    """The id of the number `numero`, whichever company holds it."""
    row = conn.execute("SELECT id FROM number WHERE numero = ?", (numero,)).fetchone()
    return row[0] if row else None


def insert_number(conn: sqlite3.Connection, company_id: int, values: Mapping[str, Any]) -> int:
    columns = ["company_id", *_checked(values)]
    row = [company_id, *values.values()]
    columns, row = _with_folds(columns, row)
    sql = f"INSERT INTO number ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    cursor = conn.execute(sql, row)
    assert cursor.lastrowid is not None
    return cursor.lastrowid


#: The columns of a row given to `insert_numbers`: every column of `number`, folded copies included.
SEED_COLUMNS = (*NUMBER_COLUMNS, "porteur_fold", "compagne_fold")


def seed_row(values: Mapping[str, Any]) -> list[Any]:
    """`values` (every `NUMBER_COLUMNS` entry) as a row for `insert_numbers`, folds added."""
    row = [values[column] for column in NUMBER_COLUMNS]
    for source in ("nom_porteur", "compagne"):
        row.append(fold(values[source]) if values[source] is not None else None)
    return row


def insert_numbers(conn: sqlite3.Connection, rows: Iterable[Sequence[Any]]) -> None:
    """Many numbers at once (seeding), rows made by `seed_row`; an id of None takes the next free
    one. A numero already taken is skipped."""
    sql = f"INSERT OR IGNORE INTO number ({', '.join(SEED_COLUMNS)}) VALUES ({', '.join('?' * len(SEED_COLUMNS))})"
    conn.executemany(sql, rows)


def update_number(conn: sqlite3.Connection, number_id: int, changes: Mapping[str, Any]) -> None:
    if not changes:
        return
    columns, values = _with_folds(list(_checked(changes)), list(changes.values()))
    assignments = ", ".join(f"{column} = ?" for column in columns)
    conn.execute(f"UPDATE number SET {assignments} WHERE id = ?", [*values, number_id])


def _checked(columns: Iterable[str]) -> list[str]:
    # Column names are the only text put into SQL rather than bound: only known names get there.
    names = list(columns)
    unknown = set(names) - _WRITABLE
    if unknown:
        raise ValueError(f"not a writable number column: {sorted(unknown)}")
    return names


def _with_folds(columns: list[str], values: list[Any]) -> tuple[list[str], list[Any]]:
    """Adds the folded copies of carrier and campaign names that case-insensitive filters use."""
    columns, values = list(columns), list(values)
    for source, target in (("nom_porteur", "porteur_fold"), ("compagne", "compagne_fold")):
        if source in columns:
            value = values[columns.index(source)]
            columns.append(target)
            values.append(fold(value) if value is not None else None)
    return columns, values
