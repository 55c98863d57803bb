"""What kind of audio a downloaded file is, from its first bytes.

A media URL that leads to an HTML error page, a JSON error or an empty body must give « ce n'est pas un
fichier audio » before anything tries to play it: the player would otherwise fail later with a vaguer
message. A file that looks like audio but is damaged is caught later, by the decoder.
"""

from __future__ import annotations


class NotAudioError(ValueError):
    """The downloaded bytes are not an audio file (an HTML page, JSON, text, empty...)."""


def sniff_audio(data: bytes) -> str | None:
    """The file suffix of an audio file (``".mp3"``, ``".wav"``...) from its first bytes, else None."""
    head = bytes(data[:64])
    if len(head) < 4:
        return None
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return ".wav"
    if head[:3] == b"ID3":
        return ".mp3"
    if head[:4] == b"OggS":
        return ".ogg"
    if head[:4] == b"fLaC":
        return ".flac"
    if head[4:8] == b"ftyp":
        return ".m4a"
    if head[:4] in (b"FORM",) and head[8:12] in (b"AIFF", b"AIFC"):
        return ".aiff"
    # An MPEG audio frame sync: 11 set bits. Layer bits 01/10/11 are MP3/MP2/MP1; 00 is AAC ADTS.
    if head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        layer = (head[1] >> 1) & 0x03
        if layer == 0:
            return ".aac"
        bitrate_index = head[2] >> 4
        if bitrate_index != 0x0F and (head[2] >> 2) & 0x03 != 0x03:  # not the forbidden values
            return ".mp3"
    return None


def check_audio(data: bytes) -> str:
    """The suffix of `data` if it is audio; raises `NotAudioError` otherwise."""
    suffix = sniff_audio(data)
    if suffix is None:
        raise NotAudioError(f"not an audio file ({len(data)} bytes starting {bytes(data[:16])!r})")
    return suffix
