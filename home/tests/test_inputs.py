"""A visitor's text is cleaned the same way everywhere (home/inputs.py), and as each view cleaned it before.

The three functions the views used to carry are kept below, word for word, as the reference: on every
odd input the shared helper must give exactly what they gave (and ``""`` for ``None``, which two of them
could not take).
"""

import pytest
from django.utils.text import Truncator

from home.inputs import SEARCH_MAX_LENGTH, clean_query, one_line, shown


def old_clean_query(raw):  # home/views.py
    text = "".join(ch if ch.isprintable() else " " for ch in (raw or ""))
    return " ".join(text.split())[:SEARCH_MAX_LENGTH]


def old_press_shown(raw):  # press/views.py ``_shown``
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in raw).split())
    return text[:20] + ("…" if len(text) > 20 else "")


def old_publications_shown(value, length=40):  # publications/views.py ``shown``
    text = " ".join("".join(ch if ch.isprintable() else " " for ch in value).split())
    return Truncator(text).chars(length)


ODD_INPUTS = [
    "",
    " ",
    "2020",
    "  padded  ",
    "a\x00b",
    "\x00\x00\x00",
    "tab\there",
    "line\nbreak\r\nand\rreturn",
    "para\u2028graph\u2029end",
    "\x1b[31mred\x1b[0m",
    "del\x7fete",
    "zero\u200bwidth\ufeffbom",
    "ideographic\u3000space\u00a0nbsp",
    "x" * 19,
    "x" * 20,
    "x" * 21,
    "y" * 39,
    "y" * 40,
    "y" * 41,
    "z" * 200,
    "z" * 201,
    "long " * 2000,
    "é" * 45,
    "e\u0301" * 45,  # e + combining acute: NFC makes it é, and Truncator does not count the accent
    "😀" * 30,
    "🏳️‍🌈 pride " * 6,
    "\"double\" 'single' “curly” «guillemets»",
    "<script>alert('x')</script>",
    "&amp; %00 %0A",
    "\ud800 lone surrogate",
    "…" * 25,
    "ends with an ellipsis…" * 3,
]


@pytest.mark.parametrize("raw", ODD_INPUTS)
def test_the_search_query_is_cleaned_as_before(raw):
    assert clean_query(raw) == old_clean_query(raw)


@pytest.mark.parametrize("raw", ODD_INPUTS)
def test_the_press_lists_quote_a_value_as_before(raw):
    assert shown(raw, 20, ellipsis_after=True) == old_press_shown(raw)


@pytest.mark.parametrize("raw", ODD_INPUTS)
def test_the_publications_notices_quote_a_value_as_before(raw):
    assert shown(raw) == old_publications_shown(raw)
    assert shown(raw, 12) == old_publications_shown(raw, 12)


@pytest.mark.parametrize("raw", ODD_INPUTS)
def test_every_result_is_one_tidy_line(raw):
    for cleaned in (one_line(raw), clean_query(raw), shown(raw), shown(raw, 20, ellipsis_after=True)):
        assert all(ch.isprintable() for ch in cleaned)
        assert cleaned == cleaned.lstrip()
        assert "  " not in cleaned
    # Only the cut of a long query may end on a space, as it always did (searching ignores it).
    assert one_line(raw) == one_line(raw).strip()
    assert len(clean_query(raw)) <= SEARCH_MAX_LENGTH
    assert len(shown(raw, 20, ellipsis_after=True)) <= 21


def test_nothing_gives_nothing():
    assert one_line(None) == clean_query(None) == shown(None) == shown(None, 20, ellipsis_after=True) == ""


def test_long_values_end_with_an_ellipsis():
    assert shown("abcdefghij", 5) == "abcd…"
    assert shown("abcdefghij", 5, ellipsis_after=True) == "abcde…"
    assert shown("abcde", 5) == shown("abcde", 5, ellipsis_after=True) == "abcde"
