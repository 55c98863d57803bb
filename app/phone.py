"""Phone numbers as users type them and as the API stores them (no Qt here).

The API stores numbers as digits only, in international form without ``+`` (``33187224465``).
``to_digits`` turns what a user types into that form, ``format_number`` shows it back
(``+33 1 87 22 44 65``), ``is_valid_number`` says whether the numbering plan knows it. All three use
the ``phonenumbers`` library (Google's libphonenumber metadata), French national input by default.

The table formats up to 100,000 numbers: ``format_number`` formats the common French shape
(``33`` + a 9-digit number not starting with 8) directly — the same text phonenumbers gives, which
a test checks — and caches every other answer.
"""

from __future__ import annotations

import functools
import re

import phonenumbers

__all__ = ["format_number", "is_valid_number", "to_digits"]

DEFAULT_REGION = "FR"

# What a typed number may hold besides digits: spaces, dots, dashes, slashes, brackets, a leading +.
_TYPED = re.compile(r"\+?[0-9 .\-/()\u00a0\u202f]+")
_SEPARATORS = re.compile(r"[ .\-/()\u00a0\u202f]")
_FRENCH = re.compile(r"33[1-79][0-9]{8}")


def _parse(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def _digits_of(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164).lstrip("+")


@functools.lru_cache(maxsize=4096)
def to_digits(text: str, region: str = DEFAULT_REGION) -> str | None:
    """A typed number -> API digits (``"01 87 22 44 65"`` -> ``"33187224465"``), or None.

    Accepts national French input (``01 87 22 44 65``), ``+33 …``, ``0033 …`` and digits already in
    API form (``33187224465``). None when the text cannot be a phone number (letters, too short or
    too long for its country: phonenumbers' "possible number" test).
    """
    if not isinstance(text, str):
        return None
    stripped = text.strip()
    if not stripped or not _TYPED.fullmatch(stripped):
        return None
    compact = _SEPARATORS.sub("", stripped)
    if compact.startswith("+"):
        candidates = [(compact, None)]
    elif compact.startswith("00"):
        candidates = [("+" + compact[2:], None)]
    elif compact.startswith("0"):
        candidates = [(compact, region)]
    else:
        # Digits without a prefix: API form (country code first) before a national reading.
        candidates = [("+" + compact, None), (compact, region)]
    for candidate, candidate_region in candidates:
        number = _parse(candidate, candidate_region)
        if number is not None and phonenumbers.is_possible_number(number):
            digits = _digits_of(number)
            if 8 <= len(digits) <= 15:
                return digits
    return None


def format_number(digits: str) -> str:
    """API digits -> international display form (``"33187224465"`` -> ``"+33 1 87 22 44 65"``).

    Falls back to the digits as given when they do not parse as a number.
    """
    if len(digits) == 11 and _FRENCH.fullmatch(digits):
        return f"+33 {digits[2]} {digits[3:5]} {digits[5:7]} {digits[7:9]} {digits[9:11]}"
    return _format_other(digits)


@functools.lru_cache(maxsize=131072)
def _format_other(digits: str) -> str:
    if not digits.isdigit():
        return digits
    number = _parse("+" + digits, None)
    if number is None or not phonenumbers.is_possible_number(number):
        return digits
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


@functools.lru_cache(maxsize=131072)
def is_valid_number(digits: str) -> bool:
    """True when API digits are a valid number of its country's numbering plan (phonenumbers)."""
    if not digits.isdigit():
        return False
    number = _parse("+" + digits, None)
    return number is not None and phonenumbers.is_valid_number(number)
