"""Fast tests for number parsing (no spaCy model)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimledger.nlp.numbers import find_numbers, parse_words


def values(text: str) -> list[tuple[str, float | None]]:
    return [(text[n.start : n.end], n.value) for n in find_numbers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13,000", 13000.0),
        ("3.5bn", 3.5e9),
        ("4.2m", 4.2e6),
        ("10k", 1e4),
        ("2 billion", 2e9),
        ("1mil", 1e6),
        (".001", 0.001),
        ("-5", -5.0),
        ("minus-260", -260.0),
        ("minus 387", -387.0),
        ("1/16", 0.0625),
        ("1⁄32", 0.03125),
        ("1 ½", 1.5),
        ("4 hundred", 400.0),
    ],
)
def test_digits(text: str, expected: float) -> None:
    found = values(text)
    assert len(found) == 1
    assert found[0][1] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("three hundred", 300),
        ("one and a half million", 1.5e6),
        ("a dozen", 12),
        ("a third", 1 / 3),
        ("two-thirds", 2 / 3),
        ("twenty-five", 25),
        ("four thousand", 4000),
        ("half", 0.5),
    ],
)
def test_number_words(words: str, expected: float) -> None:
    assert parse_words(words) == pytest.approx(expected)


def test_vague_plurals_are_ranges() -> None:
    (n,) = find_numbers("tens of thousands of students")
    assert (n.value, n.low, n.high) == (None, 1e4, 1e5)
    (n,) = find_numbers("Dozens of people")
    assert (n.low, n.high) == (12, 120)


def test_codes_and_models_are_not_numbers() -> None:
    assert values("TA-35 and V-6") == []
    assert all(v != pytest.approx(24 / 7) for _, v in values("24/7"))


def test_glued_units_do_not_read_as_scales() -> None:
    assert values("a 5kW system") == [("5", 5.0)]
    assert values("500mg") == [("500", 500.0)]


@given(st.text())
def test_find_numbers_never_raises_and_offsets_slice(text: str) -> None:
    for n in find_numbers(text):
        assert 0 <= n.start < n.end <= len(text)
        assert n.value is not None or (n.low is not None and n.high is not None)


@given(st.text(alphabet="0123456789.,-/⁄½ kmbn", max_size=60))
def test_digit_soup_never_raises(text: str) -> None:
    list(find_numbers(text))
