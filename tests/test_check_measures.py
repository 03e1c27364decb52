"""Measure, subject and claimer reading: keyword rules on hand-built records."""

from __future__ import annotations

import pytest

from claimledger.check.measures import (
    canonical_claimer,
    matches_publisher,
    measures_in,
    read_quantity,
)
from claimledger.models import Claim, Quantity, Span

SENT = (
    "Ukraine's claims of destroying over 13,000 Russian vehicles and killing 430,000 soldiers "
    "highlight the conflict's devastating impact."
)


def quantity(text: str, sentence: str, value: float, change: str = "=", unit: str | None = None):
    i = sentence.index(text)
    return Quantity(i, i + len(text), text, value, value, None, change, unit)  # type: ignore[arg-type]


def claim(sentence: str, claimer: str | None = "Ukraine", stance: str = "asserts") -> Claim:
    return Claim(
        0, len(sentence), sentence, None, claimer, False, None, (0,), "2024-03-20", 0.5, stance
    )  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("Russian vehicles", ["armoured_combat_vehicle", "vehicles_fuel_tanks", "truck"]),
        ("armoured vehicles", ["armoured_combat_vehicle"]),
        ("fuel tanks", ["vehicles_fuel_tanks"]),
        ("tanks", ["tank"]),
        ("soldiers", ["personnel"]),
        ("troops", ["personnel"]),
        ("personnel", ["personnel"]),
        ("multiple rocket launchers", ["mlrs"]),
        ("unmanned aerial vehicles", ["drone"]),
        ("anti-aircraft systems", ["air_defence"]),
        ("cruise missiles", ["cruise_missile"]),
        ("multiple launch rocket systems", ["mlrs"]),
        ("rocket salvo systems", ["mlrs"]),
        ("salvo fire systems", ["mlrs"]),
        ("special vehicles", ["special_equipment"]),
        ("artillery systems", ["artillery"]),
        ("children", []),
        # the vehicles that carry personnel are vehicles
        ("armoured personnel vehicles", ["armoured_combat_vehicle"]),
        ("personnel carriers", ["armoured_combat_vehicle"]),
        ("personnel losses", ["personnel"]),
    ],
)
def test_measures_in(text, measures):
    assert measures_in(text) == measures


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Ukraine", "ukraine"),
        ("the General Staff", "ukraine"),
        ("Ukraine's General Staff", "ukraine"),
        ("Russia's General Staff", "russia"),
        ("Russia's defence ministry", "russia"),
        ("the Kremlin", "russia"),
        ("Zelensky", "ukraine"),
        ("Oryx", "oryx"),
        ("John Smith", "john smith"),
        (None, None),
    ],
)
def test_canonical_claimer(name, key):
    assert canonical_claimer(name) == key


def test_publisher_match_through_aliases():
    aliases = ("Ukraine", "General Staff")
    assert matches_publisher("Ukraine", aliases, "General Staff of the Armed Forces of Ukraine")
    assert not matches_publisher(
        "the Kremlin", aliases, "General Staff of the Armed Forces of Ukraine"
    )
    assert not matches_publisher(None, aliases, "x")


def test_read_example_quantities_without_units():
    # The extractors may give no unit: the words after the number decide.
    q1 = quantity("over 13,000", SENT, 13_000, ">")
    q2 = quantity("430,000", SENT, 430_000)
    r1 = read_quantity(claim(SENT), q1, [q2.start])
    r2 = read_quantity(claim(SENT), q2, [q1.start])
    assert r1.measures[:2] == ("armoured_combat_vehicle", "vehicles_fuel_tanks")
    assert r1.subject == "russia" and r1.destroy_wording and r1.source == "context"
    assert r2.measures == ("personnel",)
    assert r2.death_wording
    # "soldiers" does not say whose: Ukraine's claims are about the other side.
    assert r2.subject == "russia"


def test_unit_wins_over_context():
    q = quantity("430,000", SENT, 430_000, unit="soldier")
    r = read_quantity(claim(SENT), q)
    assert r.measures == ("personnel",) and r.source == "unit"


def test_subject_from_words_beats_claimer_side():
    s = "Zelensky said 31,000 Ukrainian soldiers had been killed."
    r = read_quantity(claim(s, "Zelensky"), quantity("31,000", s, 31_000, unit="soldier"))
    assert r.subject == "ukraine" and r.claimer_key == "ukraine"


def test_concept_span_is_read():
    s = "Kyiv reported 6,828 of them lost, tanks included."
    q = quantity("6,828", s, 6_828)
    q = Quantity(
        q.start, q.end, q.text, q.value, concept=Span.of(s, s.index("tanks"), s.index("tanks") + 5)
    )
    assert read_quantity(claim(s, "Kyiv"), q).measures == ("tank",)


def test_a_side_losing_means_its_own_losses():
    s = "Russia's defence ministry denied losing 13,000 armoured vehicles."
    r = read_quantity(claim(s, "Russia's defence ministry"), quantity("13,000", s, 13_000))
    assert r.subject == "russia" and r.measures == ("armoured_combat_vehicle",)
    s = "Ukraine said Russia had lost 380,000 troops."
    assert read_quantity(claim(s), quantity("380,000", s, 380_000)).subject == "russia"


def test_each_part_of_a_hyphenated_word_is_read_in_its_singular():
    from claimledger.nlp.measures import measures_in

    assert measures_in("three Russian fighter-bombers") == ["aircraft"]
    assert measures_in("two Su-34 bombers") == ["aircraft"]
    assert measures_in("40 fighters") == ["personnel"]  # a fighter is a person
    assert measures_in("multiple-launch rocket systems") == ["mlrs"]
