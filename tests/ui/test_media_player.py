"""The one player against the real sandbox: download into the cache, play to the end, pause/seek/stop,
cache hit with no second request, French errors for a 404, a corrupt file and a non-audio answer.

Playback runs for real with no sound device (FFmpeg backend, shared/QT-NOTES.md).
"""

from __future__ import annotations

import dataclasses
import wave

import pytest

from app.api import Media
from app.media import MediaCache
from app.paths import RESOURCES_DIR
from app.ui.media import MediaPlayer

#: Durations of MP3s differ a little between FFmpeg builds (QT-NOTES): compare with a tolerance.
TOLERANCE_MS = 150


@pytest.fixture
def media_list(service, run_async) -> dict[str, Media]:
    """The demo company's media by file name (intro_soldes.mp3...)."""
    media = run_async(service.call(lambda c: c.media()))
    return {m.url.rsplit("/", 1)[-1]: m for m in media}


@pytest.fixture
def downloads(service) -> list[str]:
    """Counts the client's downloads (every request the player makes for audio)."""
    calls: list[str] = []
    real = service.client.download

    async def counting(url: str) -> bytes:
        calls.append(url)
        return await real(url)

    service.client.download = counting
    yield calls
    service.client.download = real


@pytest.fixture
def player(service, qloop, tmp_path, downloads) -> MediaPlayer:
    p = MediaPlayer(service, cache=MediaCache(tmp_path / "media-cache"))
    yield p
    p.shutdown()
    p.deleteLater()


def wait_playing(qtbot, player, timeout=10000):
    qtbot.waitUntil(lambda: player.is_playing() and player.position() > 0, timeout=timeout)


def test_play_short_file_to_the_end(qtbot, player, media_list, downloads):
    media = media_list["intro_soldes.mp3"]  # 3.6 s
    positions: list[int] = []
    player.positionChanged.connect(positions.append)
    errors = []
    player.errorOccurred.connect(lambda m, t: errors.append(t))
    player.play_media(media)
    assert player.is_loading()  # not cached yet: downloading
    wait_playing(qtbot, player)
    assert player.current is media
    assert downloads == [media.url]
    # the file on disk is the one the sandbox serves, byte for byte
    cached = player.cache().get(media.id, media.url)
    assert cached is not None
    assert cached.read_bytes() == (RESOURCES_DIR / "audio" / "intro_soldes.mp3").read_bytes()
    qtbot.waitUntil(lambda: not player.is_playing(), timeout=10000)
    assert not errors
    # position advanced through the file, in order, up to its end
    assert len(positions) >= 10
    assert positions == sorted(positions)
    # the seed is a constant 32 kbit/s MP3 (resources/audio/make_audio.sh): bytes * 8 / 32 = ms
    expected_ms = (RESOURCES_DIR / "audio" / "intro_soldes.mp3").stat().st_size * 8 / 32
    assert player.duration() == pytest.approx(expected_ms, abs=TOLERANCE_MS)
    assert positions[-1] == pytest.approx(player.duration(), abs=TOLERANCE_MS)


def test_wav_duration_matches_file_header(qtbot, player, media_list):
    media = media_list["enregistrement_cliqueo.wav"]
    durations = []
    player.durationKnown.connect(lambda m, ms: durations.append((m.id, ms)))
    player.play_media(media)
    wait_playing(qtbot, player)
    with wave.open(str(RESOURCES_DIR / "audio" / "enregistrement_cliqueo.wav")) as w:
        real_ms = w.getnframes() * 1000 / w.getframerate()
    assert player.duration() == pytest.approx(real_ms, abs=TOLERANCE_MS)
    assert durations and durations[-1][0] == media.id


def test_pause_seek_resume_stop(qtbot, player, media_list):
    media = media_list["attente_douceur.mp3"]  # about 17 s of hold music
    player.play_media(media)
    wait_playing(qtbot, player)
    qtbot.waitUntil(lambda: player.position() > 300, timeout=5000)

    player.pause()
    qtbot.waitUntil(player.is_paused, timeout=3000)
    paused_at = player.position()
    qtbot.wait(400)
    assert player.position() == pytest.approx(paused_at, abs=60)  # time does not run while paused

    player.seek(8000)
    qtbot.waitUntil(lambda: abs(player.position() - 8000) < 200, timeout=3000)
    player.toggle()  # resume
    qtbot.waitUntil(lambda: player.is_playing() and player.position() > 8200, timeout=5000)

    player.seek_by(-5000)
    qtbot.waitUntil(lambda: player.position() < 5000, timeout=3000)
    assert player.position() > 2500

    player.stop()
    qtbot.waitUntil(lambda: not player.is_playing() and not player.is_paused(), timeout=3000)
    qtbot.waitUntil(lambda: player.position() == 0, timeout=3000)


def test_second_play_hits_the_cache_without_request(qtbot, player, media_list, downloads):
    media = media_list["playback_promo.mp3"]
    player.play_media(media)
    wait_playing(qtbot, player)
    assert len(downloads) == 1
    player.stop()

    player.play_media(media)
    # cached: the source is set in the call itself, no download, no waiting
    assert not player.is_loading()
    assert player.qt_player.source().toLocalFile().endswith(".mp3")
    wait_playing(qtbot, player, timeout=3000)
    assert len(downloads) == 1


def test_starting_another_media_stops_the_first(qtbot, player, media_list):
    first, second = media_list["attente_douceur.mp3"], media_list["intro_cliqueo.mp3"]
    player.play_media(first)
    wait_playing(qtbot, player)
    player.play_media(second)
    assert player.current is second
    wait_playing(qtbot, player)
    source = player.qt_player.source().toLocalFile()
    assert source.split("/")[-1].startswith(f"{second.id}-")


def test_404_gives_french_error_and_player_stays_usable(qtbot, player, media_list, sandbox):
    good = media_list["intro_cliqueo.mp3"]
    missing = dataclasses.replace(good, id=99001, url=f"{sandbox.base_url}/media/0000/absent.mp3")
    errors = []
    player.errorOccurred.connect(lambda m, t: errors.append((m.id, t)))
    with qtbot.waitSignal(player.errorOccurred, timeout=10000):
        player.play_media(missing)
    assert errors[0][0] == 99001
    assert "404" in errors[0][1] and "télécharger" in errors[0][1]
    assert not player.is_loading() and not player.is_playing()
    # the file name alone does not open an audio: the URL's random part must be right too
    head, key, name = good.url.rsplit("/", 2)
    guessed = dataclasses.replace(good, id=99003, url=f"{head}/{'0' * len(key)}/{name}")
    with qtbot.waitSignal(player.errorOccurred, timeout=10000):
        player.play_media(guessed)
    assert errors[-1][0] == 99003 and "404" in errors[-1][1]
    player.play_media(good)
    wait_playing(qtbot, player)


def test_corrupt_file_gives_french_error(qtbot, player, media_list, service):
    media = media_list["repondeur_cliqueo.mp3"]
    real = service.client.download

    async def corrupt(url: str) -> bytes:
        data = await real(url)
        return data[:10] + bytes(range(256)) * 40  # an ID3 header followed by garbage

    service.client.download = corrupt
    errors = []
    player.errorOccurred.connect(lambda m, t: errors.append(t))
    with qtbot.waitSignal(player.errorOccurred, timeout=10000):
        player.play_media(media)
    assert "endommagé" in errors[0]
    # the damaged copy is not kept: the next play downloads again
    assert player.cache().get(media.id, media.url) is None


def test_html_answer_is_not_audio(qtbot, player, media_list, service):
    media = media_list["intro_cliqueo.mp3"]

    async def html(url: str) -> bytes:
        return b"<!DOCTYPE html><html><body>Maintenance</body></html>"

    service.client.download = html
    errors = []
    player.errorOccurred.connect(lambda m, t: errors.append(t))
    with qtbot.waitSignal(player.errorOccurred, timeout=10000):
        player.play_media(media)
    assert "n'est pas un fichier audio" in errors[0]
    assert player.cache().get(media.id, media.url) is None


def test_sequence_plays_in_order(qtbot, player, media_list):
    a, b = media_list["intro_soldes.mp3"], media_list["playback_promo.mp3"]
    started = []
    player.currentChanged.connect(lambda m: started.append(m.id))
    player.play_sequence([a, b])
    assert player.sequence_position() == (1, 2)
    qtbot.waitUntil(lambda: started == [a.id, b.id], timeout=15000)
    assert player.sequence_position() == (2, 2)
    wait_playing(qtbot, player)


def test_volume_and_mute(player):
    player.set_volume(50)
    assert player.volume() == 50
    player.change_volume(+10)
    assert player.volume() == 60
    player.change_volume(+100)
    assert player.volume() == 100
    player.toggle_mute()
    assert player.is_muted()
    player.toggle_mute()
    assert not player.is_muted()
