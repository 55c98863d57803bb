"""The audio cache: keyed by media id + url, LRU eviction under a size cap, revalidation, clear."""

from __future__ import annotations

import os
import time
from types import SimpleNamespace

from app import paths
from app.media import MediaCache, default_cache

KB = 1024


def _age(path, seconds_ago):
    t = time.time() - seconds_ago
    os.utime(path, (t, t))


def test_put_then_get_returns_same_bytes(tmp_path):
    cache = MediaCache(tmp_path)
    assert cache.get(7, "http://x/a.mp3") is None
    path = cache.put(7, "http://x/a.mp3", b"ID3abc", ".mp3")
    assert path.suffix == ".mp3"
    assert cache.get(7, "http://x/a.mp3") == path
    assert path.read_bytes() == b"ID3abc"
    assert (7, "http://x/a.mp3") in cache
    # same id, other url: not a hit
    assert cache.get(7, "http://x/b.mp3") is None
    assert cache.size_bytes() == 6


def test_new_download_of_same_media_replaces_old_file(tmp_path):
    cache = MediaCache(tmp_path)
    cache.put(7, "http://x/a.mp3", b"a" * 10, ".mp3")
    cache.put(7, "http://x/b.mp3", b"b" * 20, ".mp3")
    assert cache.get(7, "http://x/a.mp3") is None
    assert len(cache.entries()) == 1
    assert cache.size_bytes() == 20


def test_lru_eviction_under_cap(tmp_path):
    cache = MediaCache(tmp_path, max_bytes=25 * KB)
    a = cache.put(1, "u1", b"x" * 10 * KB, ".wav")
    b = cache.put(2, "u2", b"x" * 10 * KB, ".wav")
    _age(a, 30)
    _age(b, 20)
    assert cache.get(1, "u1") == a  # touched: now the most recent
    cache.put(3, "u3", b"x" * 10 * KB, ".wav")  # 30 KB > 25 KB: the least recent (2) goes
    assert cache.get(2, "u2") is None
    assert cache.get(1, "u1") is not None
    assert cache.get(3, "u3") is not None
    assert cache.size_bytes() <= 25 * KB


def test_file_bigger_than_cap_is_still_kept(tmp_path):
    cache = MediaCache(tmp_path, max_bytes=1 * KB)
    cache.put(1, "u1", b"x" * 100, ".wav")
    big = cache.put(2, "u2", b"x" * 5 * KB, ".wav")
    assert big.exists()  # the file just downloaded is about to be played
    assert cache.get(1, "u1") is None


def test_revalidate_drops_only_changed_urls(tmp_path):
    cache = MediaCache(tmp_path)
    cache.put(1, "old-url", b"ID3", ".mp3")
    cache.put(2, "same-url", b"ID3", ".mp3")
    cache.put(3, "gone-from-list", b"ID3", ".mp3")
    dropped = cache.revalidate([SimpleNamespace(id=1, url="new-url"), SimpleNamespace(id=2, url="same-url")])
    assert dropped == 1
    assert cache.get(1, "old-url") is None
    assert cache.get(2, "same-url") is not None
    assert cache.get(3, "gone-from-list") is not None  # a filtered list says nothing about it


def test_clear_and_stray_files(tmp_path):
    cache = MediaCache(tmp_path)
    cache.put(1, "u1", b"abc", ".mp3")
    (tmp_path / "notes.txt").write_text("not ours")  # not a cache name: ignored by the size
    assert cache.size_bytes() == 3
    cache.clear()
    assert cache.size_bytes() == 0
    assert cache.entries() == []


def test_default_cache_lives_in_platform_cache_folder():
    cache = default_cache(max_mb=3)
    assert cache.root == paths.cache_dir() / "media"
    assert cache.max_bytes == 3 * 1024 * 1024
    assert default_cache() is cache
    assert default_cache().max_bytes == 3 * 1024 * 1024
    cache.put(5, "u", b"ID3", ".mp3")
    assert cache.size_bytes() >= 3
    cache.clear()
    assert cache.size_bytes() == 0
