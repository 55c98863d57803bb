"""Waveform peaks from PCM in plain Python, and audio sniffing."""

from __future__ import annotations

import math
import struct
from array import array

import pytest

from app.media import NotAudioError, PeakBuilder, check_audio, downsample, peaks_from_pcm, sniff_audio
from app.paths import RESOURCES_DIR


def _tone(seconds, rate, amplitude_of_second):
    """Mono int16 samples: each whole second at its own amplitude (0..1)."""
    out = array("h")
    for i in range(int(seconds * rate)):
        amp = amplitude_of_second(i // rate)
        out.append(int(amp * 32767 * math.sin(2 * math.pi * 440 * i / rate)))
    return out


def test_peaks_follow_loudness_and_duration():
    rate = 8000
    samples = _tone(4, rate, lambda s: [0.1, 0.9, 0.0, 0.5][s])
    builder = PeakBuilder(rate, 1, "int16")
    # fed in odd-sized buffers, as a decoder does
    raw = samples.tobytes()
    for start in range(0, len(raw), 1001):
        builder.add(raw[start:start + 1001])
    assert builder.duration_ms == 4000
    peaks = builder.peaks(4)
    assert peaks[0] == pytest.approx(0.1, abs=0.02)
    assert peaks[1] == pytest.approx(0.9, abs=0.02)
    assert peaks[2] == pytest.approx(0.0, abs=0.01)
    assert peaks[3] == pytest.approx(0.5, abs=0.02)


def test_stereo_float_and_uint8_formats():
    frames = [(0.25, -0.75)] * 1000
    data = b"".join(struct.pack("=ff", a, b) for a, b in frames)
    assert peaks_from_pcm(data, 1000, 2, "float", 1) == [pytest.approx(0.75)]
    u8 = bytes([128, 128, 0, 255] * 100)  # silence then full scale
    assert peaks_from_pcm(u8, 400, 1, "uint8", 1)[0] == pytest.approx(1.0)


def test_downsample_keeps_maxima_and_bounds():
    values = [0.1, 0.2, 0.9, 0.1, 0.3, 0.3, 1.5, -1]
    assert downsample(values, 4) == [0.2, 0.9, 0.3, 1.0]
    assert downsample([], 10) == []
    assert downsample([0.5], 10) == [0.5]
    assert len(downsample([0.1] * 1000, 300)) == 300


def test_bad_formats_refused():
    with pytest.raises(ValueError):
        PeakBuilder(8000, 1, "int24")
    with pytest.raises(ValueError):
        PeakBuilder(0, 1, "int16")


@pytest.mark.parametrize(
    ("data", "suffix"),
    [
        (b"RIFF\x00\x00\x00\x00WAVEfmt ", ".wav"),
        (b"ID3\x04\x00\x00\x00", ".mp3"),
        (b"\xff\xfb\x90\x64\x00", ".mp3"),
        (b"OggS\x00\x02", ".ogg"),
        (b"<!DOCTYPE html><html>", None),
        (b'{"codeErreur": "0404"}', None),
        (b"", None),
        (b"\xff\xff\xff\xff", None),
    ],
)
def test_sniff(data, suffix):
    assert sniff_audio(data) == suffix


def test_check_audio_on_real_files():
    audio = RESOURCES_DIR / "audio"
    assert check_audio((audio / "enregistrement_cliqueo.wav").read_bytes()) == ".wav"
    assert check_audio((audio / "intro_cliqueo.mp3").read_bytes()) == ".mp3"
    with pytest.raises(NotAudioError):
        check_audio(b"<html>404</html>")


def test_high_rate_stereo_read_with_stride_stays_accurate():
    rate = 44100
    frames = array("f")
    for i in range(rate):  # 1 s: left 440 Hz at 0.8, right 1 kHz at 0.3
        frames.append(0.8 * math.sin(2 * math.pi * 440 * i / rate))
        frames.append(0.3 * math.sin(2 * math.pi * 1000 * i / rate))
    builder = PeakBuilder(rate, 2, "float")
    raw = frames.tobytes()
    for start in range(0, len(raw), 4608):  # 1152-frame buffers, as an MP3 decoder gives
        builder.add(raw[start:start + 4608])
    assert builder.duration_ms == 1000
    for peak in builder.peaks(20):  # 50 ms bars
        assert peak == pytest.approx(0.8, rel=0.05)
