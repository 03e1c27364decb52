"""Quantity extraction on tiny texts and the bundled example article (model tier)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimledger.models import Quantity
from claimledger.nlp.quantities import extract_quantities

pytestmark = pytest.mark.model


@pytest.fixture(scope="session")
def nlp_en():
    from claimledger.nlp import pipeline

    return pipeline.load("en")


@pytest.fixture()
def qs(nlp_en):
    def run(text: str) -> list[Quantity]:
        doc = nlp_en(text)
        out = list(extract_quantities(doc, raise_errors=True))
        for q in out:
            assert q.text == text[q.start : q.end]
            for sp in (q.unit_span, q.concept):
                assert sp is None or sp.text == text[sp.start : sp.end]
        return out

    return run


def one(found: list[Quantity], value: float | None = None, low: float | None = None) -> Quantity:
    hits = [
        q
        for q in found
        if (value is None or q.value == pytest.approx(value))
        and (low is None or q.low == pytest.approx(low))
    ]
    assert len(hits) == 1, found
    return hits[0]


# ------------------------------------------------------------------ numbers and words


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The plan will cost three hundred dollars.", 300, "dollar"),
        ("Some one and a half million people voted.", 1.5e6, "people"),
        ("She bought a dozen eggs.", 12, "egg"),
        ("A third of voters stayed home.", 1 / 3, "voter"),
        ("Two-thirds of the budget went to defence.", 2 / 3, "budget"),
        ("The project cost £3.5bn.", 3.5e9, "pound"),
        ("The firm earned 4.2m euros.", 4.2e6, "euro"),
        ("About 10k people marched.", 1e4, "people"),
        ("Apple spent $2 billion on it.", 2e9, "dollar"),
        ("They raised US$5 million.", 5e6, "dollar"),
        ("The fine was €30 million.", 3e7, "euro"),
        ("Sales reached ¥100 billion.", 1e11, "yen"),
        ("He was paid 500,000 roubles.", 5e5, "rouble"),
        ("Unemployment is 4.5 percent.", 4.5, "percent"),
        ("Rates rose two percentage points.", 2, "percentage point"),
        ("Oil was $58.24 per barrel.", 58.24, "dollar per barrel"),
        ("The car hit 87 mph.", 87, "mile per hour"),
        ("It flew 300 kilometres.", 300, "kilometer"),
    ],
)
def test_values_and_units(qs, text: str, value: float, unit: str) -> None:
    q = one(qs(text), value)
    assert q.unit == unit


def test_age(qs) -> None:
    q = one(qs("A 15-year-old boy was arrested."), 15)
    assert q.unit == "year of age"


# ------------------------------------------------------------------ bounds, hedges, changes


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("There were over 13,000 vehicles.", 13000, ">"),
        ("More than 60 percent agreed.", 60, ">"),
        ("At least 74 people died.", 74, ">="),
        ("Nearly 78,000 fans came.", 78000, "~"),
        ("Almost 500 homes flooded.", 500, "~"),
        ("It will hire up to 400 people.", 400, "<="),
        ("Fewer than 20 firms bid.", 20, "<"),
        ("Approximately 50,000 Russians fought.", 50000, "~"),
        ("About 80 ships sailed.", 80, "~"),
        ("Some 300 residents were evacuated.", 300, "~"),
        ("Roughly 1,300 meters of bridge.", 1300, "~"),
        ("Shares were up 19 cents.", 19, "up"),
        ("The Nasdaq fell 2.5% on Monday.", 2.5, "down"),
        ("Prices rose 6.5% to 164p.", 6.5, "up"),
        ("Output rose by a third last year.", 1 / 3, "up"),
        # a comparative on what was lost says which way; "more than expected" does not
        ("Russia lost 60% more troops than in 2023.", 60, "up"),
        ("Russia lost 20% fewer tanks than a year earlier.", 20, "down"),
        ("The company lost 3% more than analysts expected.", 3, "down"),
    ],
)
def test_changes(qs, text: str, value: float, change: str) -> None:
    assert one(qs(text), value).change == change


def test_bound_sets_low_and_high(qs) -> None:
    over = one(qs("There were over 13,000 vehicles."), 13000)
    assert (over.low, over.high) == (13000, None)
    under = one(qs("It will hire up to 400 people."), 400)
    assert (under.low, under.high) == (None, 400)


def test_target_of_a_change_is_a_level(qs) -> None:
    q = one(qs("Vectura shares rose 6.5% to 164p."), 164)
    assert q.change == "=" and q.unit == "pence"


# ------------------------------------------------------------------ ranges


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("The range is 252 to 287 miles.", 252, 287, "mile"),
        ("Between 5 and 10 people were hurt.", 5, 10, "people"),
        ("A fine of $3 billion to $5 billion is expected.", 3e9, 5e9, "dollar"),
        ("Expect a 5% to 10% improvement.", 5, 10, "percent"),
        ("A 5-10W laser was used.", 5, 10, "watt"),
        ("Tens of thousands of students protested.", 1e4, 1e5, "student"),
    ],
)
def test_ranges(qs, text: str, low: float, high: float, unit: str) -> None:
    q = one(qs(text), low=low)
    assert q.value is None and q.high == pytest.approx(high)
    assert q.unit == unit


# ------------------------------------------------------------------ not quantities


@pytest.mark.parametrize(
    "text",
    [
        "The war began in February 2022.",
        "He fought in World War II.",
        "They met in 2019 in Paris.",
        "She died on September 8 in Dar es Salaam.",
        "The meeting starts at 11 a.m. sharp.",
        "The clock showed 17:22 when it ended.",
        "It repealed the 22nd amendment.",
        "Call 555-123-4567 for details.",
        "He sat in Section 427 of the stadium.",
        # a capitalised label noun before the number names a thing
        "Unit 12 of the business park was let to a courier firm.",
        "The patient was moved to Ward 7 overnight.",
        "The S&P 500 closed higher.",
        "The talks ran from 3 to 9 of April.",  # the first day of a run of days
        "The fair is held between 11 and 15 May.",
    ],
)
def test_not_quantities(qs, text: str) -> None:
    assert qs(text) == []


def test_concept_is_the_subject(qs) -> None:
    q = one(qs("Tesla shares fell 65% during the rout."), 65)
    assert q.concept is not None and "shares" in q.concept.text


def test_concept_is_the_modified_noun(qs) -> None:
    q = one(qs("It uses a 5kW solar panel system."), 5)
    assert q.concept is not None and "system" in q.concept.text


# ------------------------------------------------------------------ the example article


def test_example_article(nlp_en, example_text) -> None:
    text = example_text
    found = list(extract_quantities(nlp_en(text)))
    vehicles = one(found, 13000)
    assert (vehicles.change, vehicles.low, vehicles.high, vehicles.unit) == (
        ">",
        13000,
        None,
        "Russian vehicle",
    )
    assert vehicles.text == "over 13,000"
    assert one(found, 430000).unit == "soldier"
    russians = one(found, 50000)
    assert (russians.change, russians.unit) == ("~", "russian")
    assert one(found, 9000).unit == "child"
    texts = " | ".join(q.text for q in found)
    assert "2022" not in texts and "II" not in texts


# ------------------------------------------------------------------ robustness


@pytest.mark.parametrize(
    "text", ["", " ", "10^300", "1e309", "9" * 400, "½⅓¼", "$$$ 1,,,2..3", "−5 − −"]
)
def test_odd_inputs(qs, text: str) -> None:
    found = qs(text)  # raises on an extractor error; offsets checked in qs
    assert all(q.value is None or q.value == q.value for q in found)  # no NaN values
    if not any(ch.isdigit() for ch in text):
        assert all(q.text.strip() for q in found)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=120))
def test_never_raises_and_offsets_slice(nlp_en, text: str) -> None:
    doc = nlp_en(text)
    for q in extract_quantities(doc, raise_errors=True):
        assert q.text == text[q.start : q.end]
        for sp in (q.unit_span, q.concept):
            assert sp is None or sp.text == text[sp.start : sp.end]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet="0123456789 .,-/$%£€kmbn()twohundredmillion", max_size=80))
def test_digit_soup(nlp_en, text: str) -> None:
    doc = nlp_en(text)
    for q in extract_quantities(doc, raise_errors=True):
        assert q.text == text[q.start : q.end]


def test_the_noun_after_of_stays_in_its_sentence(qs) -> None:
    # "of" before a year, then the next sentence: the noun there is not what is counted
    q = one(
        qs("Russia lost 392,000 troops in 2024, against the 390,000 of 2023. Tanks fell."), 390000
    )
    assert q.unit is None
    # within the sentence the noun after "of" still counts ("four of six cruise missiles")
    q = one(qs("Air defences downed four of six cruise missiles."), 6)
    assert q.unit == "cruise missile"


def test_a_count_of_a_named_model_with_compound_nouns(qs) -> None:
    # a model's name, then common nouns that compound the plural it counts
    assert one(qs("Russia has lost 80 BMP-2 infantry fighting vehicles."), 80).unit == "vehicle"
    assert one(qs("Ukraine lost 20 Leopard 2A6 tanks."), 20).unit == "tank"


def test_factory_fills_doc_extension(nlp_en) -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("claimledger_quantities")
    doc = nlp("It cost $5 million.")
    assert [q.value for q in doc._.quantities] == [5e6]


def test_a_demonym_alone_after_a_figure_is_no_unit(qs):
    found = qs("The site lists 412 Ukrainian helicopter losses, against 1,093 Russian.")
    assert one(found, 1093).unit is None
    # a plural demonym counts people; a demonym before its noun stays in the unit
    assert one(qs("The strike killed 40 Russians."), 40).unit == "russian"
    assert one(qs("Kyiv counted 1,093 Russian helicopters."), 1093).unit == "Russian helicopter"


def test_a_translators_dot_between_thousands_in_a_text_that_counts_things(qs):
    text = (
        "According to the General Staff, Russia has lost around 41.200 soldiers, 1.710 tanks "
        "and 880 artillery systems; the count passed the 40.000 mark on Monday. Diesel rose "
        "to 1.850 euros."
    )
    found = qs(text)
    assert [q.value for q in found[:4]] == [41_200, 1_710, 880, 40_000]
    assert one(found, 1.85).unit == "euro"
    # a text that groups thousands with commas keeps its dot as a decimal point
    plain = qs("Russia lost 1,710 tanks; he scored 1.125 goals per game and 2.250 points.")
    assert [q.value for q in plain] == [1_710, 1.125, 2.25]
    # nor is a score whose next plural noun is in another phrase, nor a leading zero
    score = qs("She scored 14.633 on the beam, beating the Dutch gymnasts by 0.066 points.")
    assert [q.value for q in score] == [14.633, 0.066]


def test_a_fate_before_the_counted_noun(qs):
    text = "Kyiv counts nearly 30,000 Russian soldiers killed and wounded and 412 destroyed tanks."
    assert one(qs(text), 412).unit == "tank"
