"""app.phone: typed numbers to API digits and back, with phonenumbers."""

from __future__ import annotations

import time

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.phone import format_number, is_valid_number, to_digits


@pytest.mark.parametrize(
    "text",
    [
        "01 87 22 44 65",
        "0187224465",
        "01.87.22.44.65",
        "01-87-22-44-65",
        "+33 1 87 22 44 65",
        "+33 (0)1 87 22 44 65",
        "+33187224465",
        "0033187224465",
        "00 33 1 87 22 44 65",
        "33187224465",
        " 33 1 87 22 44 65 ",
        "187224465",
    ],
)
def test_to_digits_reads_every_usual_form(text: str) -> None:
    assert to_digits(text) == "33187224465"


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("06 12 34 56 78", "33612345678"),
        ("+44 20 7946 0958", "442079460958"),
        ("+39 06 1234 5678", "390612345678"),
    ],
)
def test_to_digits_other_numbers(text: str, digits: str) -> None:
    assert to_digits(text) == digits


@pytest.mark.parametrize(
    "text", ["", "   ", "abc", "01 87 22 44 6x", "12", "+33 1", "0187", "++33187224465", "1-800-FLOWERS"]
)
def test_to_digits_refuses_what_cannot_be_a_number(text: str) -> None:
    assert to_digits(text) is None


def test_format_number() -> None:
    assert format_number("33187224465") == "+33 1 87 22 44 65"
    assert format_number("33612345678") == "+33 6 12 34 56 78"
    assert format_number("33800123456") == "+33 800 12 34 56"  # not the common shape: phonenumbers decides
    assert format_number("441632960961") == "+44 1632 960961"
    assert format_number("12") == "12"  # not a number: the digits as given
    assert format_number("abc") == "abc"
    assert format_number("") == ""


@settings(max_examples=100, deadline=None)
@given(st.from_regex(r"33[1-79][0-9]{8}", fullmatch=True))
def test_fast_french_path_is_what_phonenumbers_says(digits: str) -> None:
    number = phonenumbers.parse("+" + digits)
    assert format_number(digits) == phonenumbers.format_number(
        number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )


@settings(max_examples=80, deadline=None)
@given(st.from_regex(r"33[1-9][0-9]{8}", fullmatch=True))
def test_format_then_read_back(digits: str) -> None:
    assert to_digits(format_number(digits)) == digits


def test_is_valid_number() -> None:
    assert is_valid_number("33187224465")
    assert is_valid_number("33612345678")
    assert not is_valid_number("33712345678")  # 07 12 is not allocated
    assert not is_valid_number("3318722446")
    assert not is_valid_number("")
    assert not is_valid_number("33abc")


def test_formatting_100k_distinct_numbers_is_fast() -> None:
    numbers = [f"33{zone}{n:08d}" for zone in range(1, 6) for n in range(20_000)]
    started = time.perf_counter()
    formatted = [format_number(d) for d in numbers]
    elapsed = time.perf_counter() - started
    assert len(set(formatted)) == 100_000
    print(f"format_number: 100,000 distinct French numbers in {elapsed * 1000:.0f} ms")
    assert elapsed < 5  # generous: a broken fast path would take ~7 s through phonenumbers
