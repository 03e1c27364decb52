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
        ("145 thous.", 145_000.0),  # translated copy's abbreviation
        ("12 thsd", 12_000.0),
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
    # "hundreds of thousands" needs no "of" after it
    (n,) = find_numbers("Hundreds of thousands marched in Paris.")
    assert (n.value, n.low, n.high) == (None, 1e5, 1e6)
    assert n.end == len("Hundreds of thousands")
    assert list(find_numbers("Hundreds marched.")) == []


def test_codes_and_models_are_not_numbers() -> None:
    assert values("TA-35 and V-6") == []
    assert all(v != pytest.approx(24 / 7) for _, v in values("24/7"))


def test_glued_units_do_not_read_as_scales() -> None:
    assert values("a 5kW system") == [("5", 5.0)]
    assert values("500mg") == [("500", 500.0)]


def test_a_spaced_letter_after_money_is_its_scale() -> None:
    # "£18 m" is eighteen million pounds; "4 m long" and a bare "4 m" stay four
    assert values("profits of £18 m") == [("18 m", 18e6)]
    assert values("a $3 M grant") == [("3 M", 3e6)]
    assert values("a ramp 4 m long") == [("4", 4.0)]
    assert values("the 4 m mark") == [("4", 4.0)]


@given(st.text())
def test_find_numbers_never_raises_and_offsets_slice(text: str) -> None:
    for n in find_numbers(text):
        assert 0 <= n.start < n.end <= len(text)
        assert n.value is not None or (n.low is not None and n.high is not None)


@given(st.text(alphabet="0123456789.,-/⁄½ kmbn", max_size=60))
def test_digit_soup_never_raises(text: str) -> None:
    list(find_numbers(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between three and four", [3, 4]),  # "and" joins only after a scale or before a fraction
        ("twenty five and thirty six", [25, 36]),
        ("one, two and three", [1, 2, 3]),
        ("one hundred and five", [105]),
        ("two thousand six hundred forty five", [2645]),
        ("twenty and three fifths", [20.6]),
        ("one hundred and three quarters", [100.75]),
        ("a million and a half", [1.5e6]),
        ("five billion and three quarters", [5.75e9]),
        ("a quarter of a million", [250_000]),
        ("two thirds of a million", [2e6 / 3]),
        ("half a dozen", [6]),
        ("three dozen", [36]),
        ("three lakh crore", [3e12]),
        ("two point five million", [2.5e6]),
        ("minus five point five", [-5.5]),
        ("negative twenty", [-20]),
        ("a hundredth", [0.01]),
    ],
)
def test_number_word_grammar(text: str, expected: list[float]) -> None:
    assert [v for _, v in values(text)] == [pytest.approx(x) for x in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 100", 1100.0),
        ("5 945", 5945.0),
        ("1 414 021 100", 1_414_021_100.0),
        ("40\u202f000", 40_000.0),
        ("12,34,567.89", 1_234_567.89),
        ("4,69,687", 469_687.0),
        ("47 lakh", 4_700_000.0),
        ("2 crore", 2e7),
        ("1.3e6", 1.3e6),
        ("2.48×10−5", 2.48e-5),
        ("5.5x10-3", 5.5e-3),
        ("2 1/2", 2.5),
        ("$2.2T", 2.2e12),
    ],
)
def test_separators_multipliers_and_notation(text: str, expected: float) -> None:
    found = values(text)
    assert len(found) == 1, found
    assert found[0][1] == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("80%-90%", [80.0, 90.0]),  # a dash after a percent sign is a range dash, not minus
        ("192.168.1.2", []),  # a dotted code
        ("in 2019 100 people", [2019.0, 100.0]),  # a year is no thousands group
        ("May 5 100 people", [5.0, 100.0]),  # nor is a day of the month
        ("245 23", [245.0, 23.0]),  # groups of other than three digits stay apart
        ("a third term", []),  # an ordinal
        ("a third of voters", [1 / 3]),
        ("two quarters", [2.0]),  # periods of a year, not 0.5
        ("a quarter point", [0.25]),  # a fraction of a unit
        ("a quarter-point cut", [0.25]),
        ("a quarter earlier", []),  # a period of the year
        ("a third hour of talks", []),  # an ordinal
        ("a year and a half", []),  # the half belongs to the year
        ("1.8m tall", [1.8]),  # metres before a word of size
        ("1.8m people", [1.8e6]),
        ("Barlow (2011b)", []),  # a year with a letter, not 2,011 billion
        ("the second half", []),
        ("m−2 and s−1", []),  # exponents of units
    ],
)
def test_what_is_not_read(text: str, expected: list[float]) -> None:
    assert [v for _, v in values(text)] == [pytest.approx(x) for x in expected]


def test_word_numbers_carry_their_scale_word() -> None:
    (n,) = find_numbers("five million")
    assert n.has_scale and n.scale_text == "million"
