"""Media figures (printed, nothing asserted about speed):

- click → playing for a cached file (goal ≤ 300 ms): from the ▶ click in the panel to the player in
  PlayingState, to the first position > 0 (sound actually flowing), and the cache look-up alone;
- the waveform of a 3-minute MP3 (44.1 kHz stereo 128 kbit/s, made here with sox + lame): decode +
  peaks, and the longest event-loop stall while it runs.
"""

from __future__ import annotations

import asyncio
import shutil
import statistics
import subprocess
import time

import pytest
from PySide6.QtCore import Qt

from app.media import MediaCache
from app.ui.media import MediaPanel, MediaPlayer, compute_waveform

pytestmark = pytest.mark.bench


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def test_bench_click_to_playing_cached(service, qloop, qtbot, tmp_path, run_async):
    player = MediaPlayer(service, cache=MediaCache(tmp_path / "cache"))
    panel = MediaPanel(service, player)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.mediaLoaded, timeout=10000):
        panel.start_reload()
    media = next(m for m in panel.model.all_media() if m.url.endswith("intro_cliqueo.mp3"))
    panel.select_media(media.id)
    # first play downloads into the cache
    t0 = time.perf_counter()
    qtbot.mouseClick(panel.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: player.is_playing() and player.position() > 0, timeout=10000)
    first = time.perf_counter() - t0
    state_times, sound_times, lookups = [], [], []
    for _ in range(10):
        player.stop()
        qtbot.waitUntil(lambda: not player.is_playing(), timeout=3000)
        t0 = time.perf_counter()
        player.cache().get(media.id, media.url)
        lookups.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        qtbot.mouseClick(panel.play_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(player.is_playing, timeout=3000)
        state_times.append(time.perf_counter() - t0)
        qtbot.waitUntil(lambda: player.position() > 0, timeout=3000)
        sound_times.append(time.perf_counter() - t0)
    player.shutdown()
    print(f"\n[media] first play (download + cache + start): {_ms(first)}")
    print(f"[media] cached click -> PlayingState: median {_ms(statistics.median(state_times))}, "
          f"max {_ms(max(state_times))} (10 runs)")
    print(f"[media] cached click -> first position > 0: median {_ms(statistics.median(sound_times))}, "
          f"max {_ms(max(sound_times))} (goal <= 300 ms)")
    print(f"[media] cache look-up: median {_ms(statistics.median(lookups))}")


@pytest.mark.skipif(not (shutil.which("sox") and shutil.which("lame")), reason="needs sox and lame")
def test_bench_waveform_three_minute_mp3(qloop, run_async, tmp_path):
    wav, mp3 = tmp_path / "long.wav", tmp_path / "long.mp3"
    # three minutes of a slowly swelling two-note tone, stereo 44.1 kHz, as hold music is
    subprocess.run(["sox", "-n", "-r", "44100", "-c", "2", "-b", "16", str(wav), "synth", "180",
                    "sine", "220", "sine", "330", "tremolo", "0.2", "90", "vol", "0.6"], check=True)
    subprocess.run(["lame", "--quiet", "-b", "128", str(wav), str(mp3)], check=True)
    wav.unlink()

    gaps: list[float] = []

    async def measure_loop(stop: asyncio.Event) -> None:
        last = time.perf_counter()
        while not stop.is_set():
            await asyncio.sleep(0.005)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    async def run() -> tuple[float, object]:
        stop = asyncio.Event()
        watcher = asyncio.ensure_future(measure_loop(stop))
        t0 = time.perf_counter()
        waveform = await compute_waveform(str(mp3))
        elapsed = time.perf_counter() - t0
        stop.set()
        await watcher
        return elapsed, waveform

    elapsed, waveform = run_async(run(), timeout=120)
    t0 = time.perf_counter()
    waveform.peaks(600)
    bucket = time.perf_counter() - t0
    print(f"\n[media] waveform of a 3-minute MP3 ({mp3.stat().st_size // 1024} KB, 44.1 kHz stereo): "
          f"{_ms(elapsed)} decode + peaks, {len(waveform.blocks)} blocks, duration {waveform.duration_ms} ms")
    print(f"[media] 600 bars from the blocks: {_ms(bucket)}; longest event-loop gap during the decode: "
          f"{_ms(max(gaps) - 0.005) if gaps else 'n/a'} over the 5 ms tick")
    assert abs(waveform.duration_ms - 180_000) < 200  # the figure is about the right file
