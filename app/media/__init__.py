"""Audio media without Qt: the on-disk cache of downloaded files, audio sniffing, waveform peaks.

The Qt side (player, panel, waveform widget) lives in `app.ui.media`.
"""

from app.media._audio import NotAudioError, check_audio, sniff_audio
from app.media._cache import DEFAULT_MAX_MB, CacheEntry, MediaCache, default_cache, url_key
from app.media._waveform import PeakBuilder, downsample, peaks_from_pcm

__all__ = [
    "DEFAULT_MAX_MB",
    "CacheEntry",
    "MediaCache",
    "NotAudioError",
    "PeakBuilder",
    "check_audio",
    "default_cache",
    "downsample",
    "peaks_from_pcm",
    "sniff_audio",
    "url_key",
]
