"""The audio cache: downloaded media files kept on disk, capped in size, least recently used out first.

QMediaPlayer cannot send the API token, so the UI downloads each media through the client and plays
the local copy; the second play of the same media then needs no request at all. A file is keyed by
the media's id *and* its URL: when the server gives a media a new URL (a new recording uploaded
under the same id), the old file no longer matches and `revalidate` drops it.

The file system is the index: a file is named ``<id>-<hash of url><ext>`` and its modification time
is its last use (touched on every hit). No index file can go stale or be corrupted by a crash, and
a file being written is a ``.part`` until it is complete (renamed atomically), so a reader never sees
half a file. Plain Python, no Qt: the preferences dialog and the tests use it as is.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app import paths

log = logging.getLogger(__name__)

#: The cap when the settings say nothing (``app.ui._settings.MEDIA_CACHE_MB`` has the same default).
DEFAULT_MAX_MB = 200
_PART = ".part"


def url_key(url: str) -> str:
    """A short stable digest of a URL (file-name safe)."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True)
class CacheEntry:
    media_id: int
    url_hash: str
    path: Path
    size: int
    last_used: float


class MediaCache:
    """Audio files on disk, at most `max_bytes` in all (the file just stored is always kept)."""

    def __init__(self, root: Path, max_bytes: int = DEFAULT_MAX_MB * 1024 * 1024) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.max_bytes = max(0, int(max_bytes))
        # Downloads finish on the event loop but a preferences dialog may clear from anywhere.
        self._lock = threading.RLock()

    # -- reading -----------------------------------------------------------------------------------
    def get(self, media_id: int, url: str) -> Path | None:
        """The cached file of this media at this URL, marked as just used; None if not cached."""
        prefix = f"{int(media_id)}-{url_key(url)}"
        with self._lock:
            for path in self.root.glob(prefix + ".*"):
                if path.suffix == _PART:
                    continue
                try:
                    os.utime(path)  # LRU: the modification time is the last use
                except OSError:
                    continue
                return path
        return None

    def __contains__(self, key: tuple[int, str]) -> bool:
        media_id, url = key
        prefix = f"{int(media_id)}-{url_key(url)}"
        return any(p.suffix != _PART for p in self.root.glob(prefix + ".*"))

    def entries(self) -> list[CacheEntry]:
        """Every complete file in the cache, least recently used first."""
        found = []
        for path in self.root.iterdir():
            parsed = _parse_name(path)
            if parsed is None:
                continue
            try:
                st = path.stat()
            except OSError:
                continue
            found.append(CacheEntry(parsed[0], parsed[1], path, st.st_size, st.st_mtime))
        found.sort(key=lambda e: (e.last_used, e.path.name))
        return found

    def size_bytes(self) -> int:
        """What the cache holds on disk now."""
        return sum(e.size for e in self.entries())

    # -- writing -----------------------------------------------------------------------------------
    def put(self, media_id: int, url: str, data: bytes, suffix: str = "") -> Path:
        """Stores a downloaded file (replacing any older one of the same media) and applies the cap."""
        suffix = suffix if suffix.startswith(".") or not suffix else "." + suffix
        suffix = suffix or ".bin"
        final = self.root / f"{int(media_id)}-{url_key(url)}{suffix}"
        with self._lock:
            self.forget(media_id)
            tmp = final.with_name(final.name + f".{os.getpid()}.{threading.get_ident()}{_PART}")
            tmp.write_bytes(data)
            os.replace(tmp, final)
            self.evict(keep=final)
        return final

    def forget(self, media_id: int) -> int:
        """Drops every file of one media; returns how many."""
        dropped = 0
        with self._lock:
            for entry in self.entries():
                if entry.media_id == int(media_id):
                    dropped += _unlink(entry.path)
        return dropped

    def revalidate(self, media: Iterable[object]) -> int:
        """Drops the files of media whose URL changed since they were downloaded.

        `media` is the list the server just sent (objects with ``.id`` and ``.url``). A media absent
        from it is kept: the list may be filtered, and its file is still right if it comes back.
        Returns how many files were dropped.
        """
        current = {int(m.id): url_key(str(m.url)) for m in media}  # type: ignore[attr-defined]
        dropped = 0
        with self._lock:
            for entry in self.entries():
                wanted = current.get(entry.media_id)
                if wanted is not None and wanted != entry.url_hash:
                    log.info("media %s changed URL: cached file dropped", entry.media_id)
                    dropped += _unlink(entry.path)
        return dropped

    def evict(self, keep: Path | None = None) -> int:
        """Removes least recently used files until the cache fits its cap; returns how many."""
        dropped = 0
        with self._lock:
            entries = self.entries()
            total = sum(e.size for e in entries)
            for entry in entries:
                if total <= self.max_bytes:
                    break
                if keep is not None and entry.path == keep:
                    continue
                if _unlink(entry.path):
                    total -= entry.size
                    dropped += 1
            self._sweep_parts()
        return dropped

    def clear(self) -> None:
        """Empties the cache (the preferences dialog's « Vider le cache »)."""
        with self._lock:
            for path in list(self.root.iterdir()):
                if path.is_file():
                    _unlink(path)

    def _sweep_parts(self, older_than: float = 3600.0) -> None:
        # A crash mid-write leaves a .part; one an hour old belongs to no living download.
        limit = time.time() - older_than
        for path in self.root.glob("*" + _PART):
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
            except OSError:
                pass


def _parse_name(path: Path) -> tuple[int, str] | None:
    if path.suffix == _PART or not path.is_file():
        return None
    stem = path.name.split(".", 1)[0]
    media_id, sep, url_hash = stem.partition("-")
    if not sep or not media_id.isdigit() or not url_hash:
        return None
    return int(media_id), url_hash


def _unlink(path: Path) -> int:
    try:
        path.unlink()
        return 1
    except FileNotFoundError:
        return 0
    except OSError as exc:  # a file open in a player on Windows: try again at the next eviction
        log.warning("could not remove cached media %s: %s", path.name, exc)
        return 0


_default: MediaCache | None = None


def default_cache(max_mb: int | None = None) -> MediaCache:
    """The application's cache in ``paths.cache_dir()/"media"``.

    `max_mb` (the ``MEDIA_CACHE_MB`` setting, read by the caller: this module has no Qt) sets the cap;
    None keeps the current one. The folder is looked up again on every call, so that tests which
    point ``CLIQPHONE_DESK_HOME`` elsewhere get a cache there.
    """
    global _default
    root = paths.cache_dir() / "media"
    if _default is None or _default.root != root:
        _default = MediaCache(root, (max_mb if max_mb is not None else DEFAULT_MAX_MB) * 1024 * 1024)
    elif max_mb is not None:
        _default.max_bytes = max(0, int(max_mb)) * 1024 * 1024
    return _default
