"""The sandbox's first data: accounts, zones, media with real audio, and numbers.

The numbers come from `random.Random(2021)`, so every new database holds the same ones (ids,
numeros, configurations); only password salts and the media URLs' random parts differ.
"""

from __future__ import annotations

import random
import secrets
import sqlite3
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.paths import RESOURCES_DIR

from ._auth import hash_password
from ._rules import DAYS, fold
from ._store import SEED_COLUMNS, insert_numbers, meta, seed_row, set_meta

#: Where the committed audio files are (made by resources/audio/make_audio.sh).
AUDIO_DIR = RESOURCES_DIR / "audio"

CLIQUEO, AUTREBOITE = 6, 9
COMPANIES = ((CLIQUEO, "cliqueo"), (AUTREBOITE, "autreboite"))

#: (login, password, company id, active): the accounts the contract names.
ACCOUNTS = (
    ("test0123", "test0123", CLIQUEO, True),
    ("demo0456", "demo0456", AUTREBOITE, True),
    ("inactif01", "inactif01", CLIQUEO, False),
)
#: (login, password, company name, active), for the CLI and the application's login hints.
DEMO_ACCOUNTS = tuple(
    (login, pwd, dict(COMPANIES)[company], active) for login, pwd, company, active in ACCOUNTS
)

ZONES = (
    (1, "fr_01", "Île-de-France", "01"),
    (2, "fr_02", "Nord-Ouest", "02"),
    (3, "fr_03", "Nord-Est", "03"),
    (4, "fr_04", "Sud-Est", "04"),
    (5, "fr_05", "Sud-Ouest", "05"),
)

#: (id, company, nom, type, audio file, active, info, listed with backslashes). The first ids are the
#: reference's own example (228, 230, "CliQéo").
MEDIA = (
    (228, CLIQUEO, "Message introduction CliQéo", "MI", "intro_cliqueo.mp3", True, None, True),
    (229, CLIQUEO, "Répondeur CliQéo", "R", "repondeur_cliqueo.mp3", True, "Répondeur principal", False),
    (230, CLIQUEO, "Message enregistrement CliQéo", "ME", "enregistrement_cliqueo.wav", True, None, True),
    (231, CLIQUEO, "Musique d'attente Douceur", "MA", "attente_douceur.mp3", True, None, False),
    (232, CLIQUEO, "Playback horaires d'ouverture", "PB", "playback_horaires.wav", True, None, True),
    (233, CLIQUEO, "Répondeur fermeture", "R", "repondeur_fermeture.wav", True, "Soirs et week-ends", False),
    (234, CLIQUEO, "Musique d'attente Jazz", "MA", "attente_jazz.mp3", False, "Ancienne musique", False),
    (235, CLIQUEO, "Message introduction Soldes", "MI", "intro_soldes.mp3", False, "Soldes 2021", True),
    (236, CLIQUEO, "Playback promotion", "PB", "playback_promo.mp3", True, None, False),
    (240, AUTREBOITE, "Accueil Autre Boîte", "MI", "intro_autreboite.mp3", True, None, False),
    (241, AUTREBOITE, "Répondeur Autre Boîte", "R", "repondeur_autreboite.wav", True, None, True),
    (242, AUTREBOITE, "Enregistrement Autre Boîte", "ME", "enregistrement_autreboite.mp3", True, None, False),
    (243, AUTREBOITE, "Attente Autre Boîte", "MA", "attente_autreboite.wav", True, None, False),
    (244, AUTREBOITE, "Playback Autre Boîte", "PB", "playback_autreboite.mp3", False, "Retiré", False),
)
_MIME = {".mp3": "audio/mpeg", ".wav": "audio/wav"}


@dataclass(frozen=True)
class _Profile:
    """What one company's numbers look like."""

    company_id: int
    count: int
    zone_weights: tuple[int, ...]
    campaigns: tuple[str, ...]
    carriers: tuple[str, ...]
    email_domain: str
    infos: tuple[str, ...]


PROFILES = (
    _Profile(
        CLIQUEO,
        300,
        (30, 20, 15, 20, 15),
        (
            "Soldes Hiver",
            "Salon Pro",
            "Rentrée 2021",
            "Black Friday",
            "Printemps Déco",
            "Fête des Mères",
            "Noël Magique",
            "Offre Fibre",
        ),
        (
            "Jean Dupont",
            "Marie Martin",
            "Hélène Lefèvre",
            "Nicolas Bernard",
            "Sophie Moreau",
            "Julien Laurent",
            "Camille Girard",
            "Élodie Rousseau",
            "Thomas Petit",
            "Céline Fournier",
            "François Garçon",
        ),
        "cliqueo.fr",
        (
            "Standard accueil",
            "Service client",
            "Ligne SAV",
            "Fax comptabilité",
            "Agence Lyon",
            "Agence Lille",
            "Boutique Bordeaux",
            "Numéro affiché sur le site",
            "Campagne radio",
            "Support technique",
            "Commandes professionnelles",
            "Relation presse",
        ),
    ),
    _Profile(
        AUTREBOITE,
        40,
        (20, 20, 20, 20, 20),
        ("Portes Ouvertes", "Lancement Été", "Fidélité"),
        ("Paul Mercier", "Isabelle Roux", "Antoine Blanc"),
        "autreboite.fr",
        ("Accueil", "Dépannage", "Fax direction"),
    ),
)

_SEED = 2021
_HOURS = (
    ("08:00:00", "18:00:00"),
    ("09:00:00", "17:30:00"),
    ("08:30:00", "12:30:00"),
    ("14:00:00", "19:00:00"),
)
_WEEK = ",".join(DAYS[:5])
_JOURS = (_WEEK, _WEEK, "All", ",".join(DAYS[:6]), "Sa,Di", "Lu,Me,Ve")
_DATES = (("2021-01-06", "2021-02-16"), ("2021-06-01", "2021-08-31"), ("2021-11-15", "2021-12-31"))
#: How many extra-number configurations to draw once and reuse (load tests need volume, not variety).
_TEMPLATES = 1000


def seed(conn: sqlite3.Connection, audio_dir: Path = AUDIO_DIR) -> None:
    """Fills a new database (inside the caller's transaction)."""
    conn.executemany("INSERT INTO company (id, name) VALUES (?, ?)", COMPANIES)
    conn.executemany(
        "INSERT INTO account (login, pwd_hash, company_id, active) VALUES (?, ?, ?, ?)",
        [(login, hash_password(pwd), company, int(active)) for login, pwd, company, active in ACCOUNTS],
    )
    conn.executemany(
        "INSERT INTO zone (id, code, pays, nom, prefix, type, active) VALUES (?, ?, 'France', ?, ?, 'Géographique', 1)",
        ZONES,
    )
    for file_name in sorted({row[4] for row in MEDIA}):
        path = audio_dir / file_name
        conn.execute(
            "INSERT INTO audio (name, mime, data) VALUES (?, ?, ?)",
            (file_name, _MIME[path.suffix], path.read_bytes()),
        )
    conn.executemany(
        "INSERT INTO media (id, company_id, nom, nom_fold, type, info, active, url_key, audio_name, backslashes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                media_id,
                company,
                nom,
                fold(nom),
                kind,
                info,
                int(active),
                secrets.token_hex(16),
                file_name,
                int(backslashes),
            )
            for media_id, company, nom, kind, file_name, active, info, backslashes in MEDIA
        ],
    )
    rng = random.Random(_SEED)
    used: set[str] = set()
    rows: list[dict[str, Any]] = []
    for profile in PROFILES:
        for _ in range(profile.count):
            zone = rng.choices(range(1, 6), profile.zone_weights)[0]
            rows.append(_number(rng, profile, zone, _new_numero(rng, zone, used)))
    # Ids from 101, so that they look like the reference's ("147") rather than like row counters.
    for number_id, row in enumerate(rows, start=101):
        row["id"] = number_id
    insert_numbers(conn, [seed_row(row) for row in rows])
    set_meta(conn, "seeded_at", time.strftime("%Y-%m-%d %H:%M:%S"))
    set_meta(conn, "extra_numbers", "0")


def add_extra_numbers(conn: sqlite3.Connection, wanted: int) -> int:
    """Brings the extra load-test numbers of cliqueo up to `wanted` (never removes any); returns how
    many were added. Inside the caller's transaction.

    Extra numbers are ``33Z9NNNNNNN`` (zone Z, sequence N): the base seed never puts a 9 after the zone
    digit, so they cannot collide with it; one a user already added is skipped.
    """
    have = int(meta(conn, "extra_numbers") or 0)
    if wanted <= have:
        return 0
    rng = random.Random(_SEED + have)
    # Rows are built as lists from ready-made templates: at 100,000 numbers, per-row dicts and
    # random draws would cost more than SQLite's inserts.
    templates = [seed_row({**_number(rng, PROFILES[0], 1, ""), "id": None}) for _ in range(_TEMPLATES)]
    numero_at, zone_at = SEED_COLUMNS.index("numero"), SEED_COLUMNS.index("zone_code")

    def rows() -> Iterator[list[Any]]:
        for sequence in range(have, wanted):
            zone = sequence % 5 + 1
            row = templates[sequence % _TEMPLATES].copy()
            row[numero_at] = f"33{zone}9{sequence:07d}"
            row[zone_at] = f"fr_0{zone}"
            yield row

    insert_numbers(conn, rows())
    set_meta(conn, "extra_numbers", str(wanted))
    return wanted - have


def _new_numero(rng: random.Random, zone: int, used: set[str]) -> str:
    while True:
        if rng.random() < 0.1:
            numero = f"33{rng.choice('67')}{rng.randrange(10**8):08d}"  # a mobile line, kept in a zone
        else:
            numero = f"33{zone}{rng.randint(1, 8)}{rng.randrange(10**7):07d}"
        if numero not in used:
            used.add(numero)
            return numero


def _media_ids(company_id: int) -> dict[str, list[int]]:
    ids: dict[str, list[int]] = {}
    for media_id, company, _nom, kind, _file, active, _info, _bs in MEDIA:
        if company == company_id and active:
            ids.setdefault(kind, []).append(media_id)
    return ids


def _number(rng: random.Random, profile: _Profile, zone: int, numero: str) -> dict[str, Any]:
    """One realistic number: a fax has no call configuration; a telephone forwards (Ren), answers
    (Rep) or has no mode yet, and its media slots name active media of its company."""
    media = _media_ids(profile.company_id)
    fax = not numero.startswith(("336", "337")) and rng.random() < 0.1
    carrier = rng.choice(profile.carriers) if rng.random() < 0.8 else None
    email = None
    if carrier and rng.random() < 0.7:
        first, _, last = carrier.partition(" ")
        email = f"{_ascii(first)}.{_ascii(last)}@{profile.email_domain}"
    row: dict[str, Any] = {
        "company_id": profile.company_id,
        "numero": numero,
        "zone_code": f"fr_0{zone}",
        "kind": 2 if fax else 1,
        "active": rng.random() < 0.75,
        "info": rng.choice(profile.infos) if rng.random() < 0.6 else None,
        "nom_porteur": carrier,
        "email_porteur": email,
        "compagne": rng.choice(profile.campaigns) if rng.random() < 0.7 else None,
        "mode": None,
        "type_renvoi": None,
        "num_renvoi": None,
        "sonnerie": None,
        "hour_debut": None,
        "hour_fin": None,
        "jours": None,
        "date_debut": None,
        "date_fin": None,
        "appel_entrant": True,
        "appel_sortant": not fax,
        "enregistrement": False,
        "notification_email": bool(email) and rng.random() < 0.5,
        "message_introduction": None,
        "message_enregistrement": None,
        "music_attente": None,
        "playback": None,
        "repondeur": None,
    }
    if fax:
        return row
    mode = rng.choices(("Ren", "Rep", None), (45, 35, 20))[0]
    row["mode"] = mode
    row["appel_sortant"] = rng.random() < 0.7
    if mode is None:
        return row
    if mode == "Ren":
        row["type_renvoi"] = rng.choice(("Par", "Seq"))
        row["num_renvoi"] = f"33{rng.choice('67')}{rng.randrange(10**8):08d}"
        row["sonnerie"] = rng.choice((15, 20, 25, 30, 45, 60))
        if rng.random() < 0.5:
            row["music_attente"] = _pick(rng, media, "MA")
    else:
        row["repondeur"] = _pick(rng, media, "R")
    if rng.random() < 0.6:
        row["hour_debut"], row["hour_fin"] = rng.choice(_HOURS)
        row["jours"] = rng.choice(_JOURS)
    if rng.random() < 0.25:
        row["date_debut"], row["date_fin"] = rng.choice(_DATES)
    if rng.random() < 0.5:
        row["message_introduction"] = _pick(rng, media, "MI")
    if rng.random() < 0.3:
        row["enregistrement"] = True
        row["message_enregistrement"] = _pick(rng, media, "ME")
    if rng.random() < 0.2:
        row["playback"] = _pick(rng, media, "PB")
    return row


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


def _pick(rng: random.Random, media: dict[str, list[int]], kind: str) -> int | None:
    """An active media of type `kind`, or None when the company has none (autreboite has no PB)."""
    choices = media.get(kind)
    return rng.choice(choices) if choices else None
