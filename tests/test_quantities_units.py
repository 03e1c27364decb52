"""Fast tests for unit recognition (pint-backed, no spaCy model)."""

from __future__ import annotations

import re

import pytest

from claimledger.nlp.units import currency_before, pint_unit, rate_after, unit_after


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("5 km away", "kilometer"),
        ("87 mph", "mile per hour"),
        ("5kW", "kilowatt"),
        ("352 μm", "micrometer"),
        ("5 per cent", "percent"),
        ("5%", "percent"),
        ("1.38pc", "percent"),
        ("2 percentage points", "percentage point"),
        ("40 basis points", "basis point"),
        ("15-year-old", "year of age"),
        ("500 degrees celsius", "degree celsius"),
        ("1520 sq m", "square meter"),
        ("3 Danish crowns", "krone"),
        ("3 Swedish crowns", "krona"),
        ("300 Czech crowns", "koruna"),
        ("18 m long", "meter"),
        ("300 m below ground", "meter"),
        ("8.99 Australian dollars", "australian dollar"),
        ("164p.", "pence"),
        ("1200€", "euro"),
        ("110 JPY", "yen"),
        ("9 weeks", "week"),
    ],
)
def test_unit_after(text: str, unit: str) -> None:
    end = 0
    while end < len(text) and (text[end].isdigit() or text[end] in ".,"):
        end += 1
    m = unit_after(text, end)
    assert m is not None and m.unit == unit
    assert m.start >= end


@pytest.mark.parametrize("word", ["a", "in", "has", "units", "point", "pc", "at"])
def test_pint_does_not_read_english_words_as_units(word: str) -> None:
    assert pint_unit(word) is None


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("$5", "dollar"),
        ("US $5", "dollar"),
        ("£3", "pound"),
        ("€3", "euro"),
        ("HK $3", "hong kong dollar"),
        ("C $6", "canadian dollar"),
        ("EUR50", "euro"),
        ("Y=28", "yen"),
        ("RM3", "ringgit"),
    ],
)
def test_currency_before(text: str, unit: str) -> None:
    start = next(i for i, c in enumerate(text) if c.isdigit())
    m = currency_before(text, start)
    assert m is not None and m.unit == unit
    assert text[m.start : m.end].strip()


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("30C highs", "degree celsius"),
        ("1.5C target of the Paris agreement", "degree celsius"),
        ("2C of global warming", "degree celsius"),
        ("104F in the summer heat", "degree fahrenheit"),
        ("2C", None),  # a glued letter with no temperature or climate word near
    ],
)
def test_a_glued_degree_needs_a_temperature_or_climate_word(text: str, unit: str | None) -> None:
    end = next(i for i, c in enumerate(text) if c.isalpha())
    m = unit_after(text, end)
    assert (m.unit if m else None) == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # ... or a preposition of a level before it: "at 30C rather than 40C", "past 27C"
        ("Wash synthetics at 30C", "degree celsius"),
        ("The paint can be recoated after four hours at 20C", "degree celsius"),
        ("open the vents once it climbs past 27C", "degree celsius"),
        ("boots tested down to minus 40F", "degree fahrenheit"),
        ("Passengers in seat 30C were moved", None),  # a seat, a route, a grade
        ("Route 30C was cut", None),
    ],
)
def test_a_glued_degree_after_a_preposition_of_a_level(text: str, unit: str | None) -> None:
    at = re.search(r"\d+[CF]\b", text)
    assert at is not None
    m = unit_after(text, at.end() - 1)
    assert (m.unit if m else None) == unit


def test_rates() -> None:
    text = "$58.24 per barrel"
    assert rate_after(text, 6) == ("barrel", len(text))
    assert rate_after("$52 a barrel", 3)[0] == "barrel"
    assert rate_after("40 hours a week", 8)[0] == "week"
    assert rate_after("$6 each", 2) is None
    assert rate_after("28,030 as Sony", 6) is None
    # "a month" that dates the amount is a time, not a denominator
    assert rate_after("4.1% a month earlier", 4) is None
    assert rate_after("$300m a year ago", 5) is None
    assert rate_after("$5m a year before the merger", 3) is None
    assert rate_after("$50 a month after tax", 3)[0] == "month"
    assert rate_after("$50 per month after tax", 3)[0] == "month"
