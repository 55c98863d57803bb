"""Waveform peaks from decoded PCM, in plain Python (no numpy, no Qt).

The decoder hands over thousands of small buffers (6,900 for a 3-minute MP3). Each one is folded at
once into "blocks" of a few milliseconds, keeping only the block's loudest sample, so memory stays
small whatever the length (a 3-minute file: 36,000 floats instead of 16 million samples). At the end
`peaks(n)` groups the blocks into the n bars the widget draws. `max()`/`min()` over an `array` slice
run in C, which keeps the per-buffer cost to tens of microseconds.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

#: Sample formats as the decoder names them, with the array type code and the full-scale value.
FORMATS: dict[str, tuple[str, float, float]] = {
    # name: (array typecode, full scale, offset of silence)
    "uint8": ("B", 128.0, 128.0),
    "int16": ("h", 32768.0, 0.0),
    "int32": ("i", 2147483648.0, 0.0),
    "float": ("f", 1.0, 0.0),
}

#: One block is this long; the widget never draws more than a few hundred bars, so 5 ms is plenty.
BLOCK_SECONDS = 0.005
#: Samples per second actually looked at. `max()` over an array boxes every element (about 100 ns
#: each: 1.6 s for a 3-minute 44.1 kHz stereo file when all are read), so a high-rate file is read
#: with a stride, which is C-fast slicing. Phone audio (8 kHz mono) is read whole; at 44.1 kHz stereo
#: one sample in 11 is read, alternating channels. A bar of the drawing spans many blocks, so its
#: peak comes out within a few percent (tests/media/test_waveform.py checks it).
SAMPLES_READ_PER_SECOND = 8000


class PeakBuilder:
    """Folds interleaved PCM buffers into per-block peaks (0..1), then into `peaks(n)` buckets."""

    def __init__(self, sample_rate: int, channels: int, sample_format: str) -> None:
        if sample_format not in FORMATS:
            raise ValueError(f"unsupported sample format {sample_format!r}")
        if sample_rate <= 0 or channels <= 0:
            raise ValueError("sample rate and channel count must be positive")
        self.sample_rate = int(sample_rate)
        self.channels = int(channels)
        self.sample_format = sample_format
        self._typecode, self._scale, self._offset = FORMATS[sample_format]
        self._item = array(self._typecode).itemsize
        self._block_samples = max(1, round(self.sample_rate * BLOCK_SECONDS)) * self.channels
        stride = max(1, round(self.sample_rate * self.channels / SAMPLES_READ_PER_SECOND))
        if self.channels > 1 and stride % self.channels == 0:
            stride += 1  # so that successive reads fall on different channels
        self._stride = stride
        self._blocks = array("f")
        self._pending = array(self._typecode)  # samples not yet filling a block
        self._leftover = b""  # bytes not yet making a whole sample
        self.frames = 0

    def add(self, data: bytes | memoryview) -> None:
        """Adds one buffer of interleaved samples (native byte order)."""
        if self._leftover:  # a sample split across two buffers
            data = self._leftover + bytes(data)
        usable = len(data) - len(data) % self._item
        self._leftover = bytes(data[usable:])
        samples = array(self._typecode)
        samples.frombytes(data[:usable] if usable != len(data) else data)
        self.frames += len(samples) // self.channels
        if self._pending:
            samples = self._pending + samples
        size = self._block_samples
        full = len(samples) - len(samples) % size
        blocks = self._blocks
        offset, scale, stride = self._offset, self._scale, self._stride
        for start in range(0, full, size):
            chunk = samples[start:start + size:stride]
            hi = max(chunk) - offset
            lo = offset - min(chunk)
            blocks.append((hi if hi > lo else lo) / scale)
        self._pending = samples[full:]

    @property
    def duration_ms(self) -> int:
        return round(self.frames * 1000 / self.sample_rate)

    def block_peaks(self) -> array:
        """Every block's peak so far, the unfinished last block included."""
        blocks = array("f", self._blocks)
        if self._pending:
            hi = max(self._pending) - self._offset
            lo = self._offset - min(self._pending)
            blocks.append(max(hi, lo) / self._scale)
        return blocks

    def peaks(self, buckets: int) -> list[float]:
        return downsample(self.block_peaks(), buckets)


def downsample(values: Sequence[float], buckets: int) -> list[float]:
    """The maximum of `values` over `buckets` equal spans, each clipped to 0..1.

    Fewer values than buckets gives one bucket per value (the widget stretches them).
    """
    n = len(values)
    if n == 0 or buckets <= 0:
        return []
    if n <= buckets:
        return [min(1.0, max(0.0, float(v))) for v in values]
    out = []
    for i in range(buckets):
        start = i * n // buckets
        end = max(start + 1, (i + 1) * n // buckets)
        out.append(min(1.0, max(0.0, float(max(values[start:end])))))
    return out


def peaks_from_pcm(data: bytes, sample_rate: int, channels: int, sample_format: str,
                   buckets: int) -> list[float]:
    """Peaks of one whole PCM buffer (a convenience for tests and small files)."""
    builder = PeakBuilder(sample_rate, channels, sample_format)
    builder.add(data)
    return builder.peaks(buckets)
