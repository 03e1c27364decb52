"""Quantities that generalize: bound words, ranges, multipliers, separators, units, changes
and numbers that are not quantities, on sentences written for these tests.

The first part needs no model (a blank pipeline: text rules only); the second loads the
pinned pipeline for what needs the parse (change verbs, counted nouns, labels).
"""

from __future__ import annotations

import pytest

from claimledger.models import Quantity
from claimledger.nlp.quantities import leading_bound
from quantity_util import assert_bound
from quantity_util import run as _run


def _one(found: list[Quantity]) -> Quantity:
    assert len(found) == 1, found
    return found[0]


# ------------------------------------------------------------------ fast: text rules


@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("It will hire up to 400 staff.", 400, "<="),
        ("As many as 80,000 may have died.", 80000, "<="),
        ("It could cost as much as $5 billion.", 5e9, "<="),
        ("At most 12 ships sailed.", 12, "<="),
        ("No more than 30 came.", 30, "<="),
        ("A maximum of 50 seats.", 50, "<="),
        ("Not exceeding 200 tonnes.", 200, "<="),
        ("Doses should not exceed 4 g a day.", 4, "<="),
        ("Bills must never exceed 90 days.", 90, "<="),
        ("Temperatures never rose above 41C all week.", 41, "<="),
        ("The index did not go beyond 2% in May.", 2, "<="),
        # a negated verb before the bound: at most that
        ("No household will pay more than $300 a year.", 300, "<="),
        ("The bridge won't cost more than $40 million.", 40e6, "<="),
        ("Officials would not say whether more than 60 people died.", 60, ">"),
        ("The charger tops the battery up to 80% in an hour.", 80, "="),  # a particle's "up"
        ("Top officials said up to 300 people died.", 300, "<="),
        ("Few homes get speeds faster than 30 Mbps.", 30, ">"),  # any comparative bounds
        ("Drones lighter than 250 grams need no licence.", 250, "<"),
        ("Less than or equal to 30 points.", 30, "<="),
        ("At least 74 died.", 74, ">="),
        ("No fewer than 9 firms bid.", 9, ">="),
        ("A minimum of 15 days.", 15, ">="),
        ("Fares from as little as $10.", 10, ">="),
        ("Greater than or equal to 5 votes.", 5, ">="),
        ("The score was 500 or more.", 500, ">="),
        ("It fell to 20 or less.", 20, "<="),
        ("We need 18+ volunteers.", 18, ">="),
        ("More than 60 agreed.", 60, ">"),
        ("Over 13,000 vehicles.", 13000, ">"),
        ("In excess of 300 homes.", 300, ">"),
        ("Upwards of 70 boats.", 70, ">"),
        ("Losses exceeded 3,000 tanks.", 3000, ">"),
        ("Brent rose past $100 a barrel.", 100, ">"),
        ("Russian losses have passed 500,000, Kyiv says.", 500000, ">"),
        ("Congress passed 12 bills this year.", 12, "="),  # a count of what was passed
        ("The rupee weakened past 90 to the dollar.", 90, ">"),
        ("Some 400 died in the past 24 hours.", 24, "="),  # a span of time, no bound
        ("They could push past the 1000 hp barrier.", 1000, "="),  # the number names a mark
        ("Inflation was 2.4%, below the 2.5% forecast.", 2.5, "="),  # ... as a level
        ("It rose to above the 5,000 mark.", 5000, "="),
        ("Fewer than 20 firms bid.", 20, "<"),
        ("Under 50 remain.", 50, "<"),
        ("Resting rates may fall below 40.", 40, "<"),  # the verb, not "a fall below"
        ("Ozone levels rise above 180 on hot days.", 180, ">"),
        ("It marked a 0.43 percentage point increase over 15.50 percent.", 15.5, "="),
        ("Just shy of 90 votes.", 90, "<"),
        ("About 80 ships.", 80, "~"),
        ("Roughly 1,300 meters.", 1300, "~"),
        ("An estimated 73 missiles.", 73, "~"),
        ("Some 300 residents.", 300, "~"),
        ("There were 40 or so.", 40, "~"),
        ("Concentrations were ≤ 5 ppm.", 5, "<="),
        ("Readings of >= 30 were kept.", 30, ">="),
        ("Personnel – about 28,700 (plus 200) people.", 200, "up"),
        # "as long as", "as far as": the top
        ("Some households waited as long as three weeks.", 3, "<="),
        ("The drone can fly as far as 300 km.", 300, "<="),
        # (a maximum named by its noun is the figure's name, not a bound: NewsQuant's "=")
        ("The plane has a maximum take-off weight of 5.7 tonnes.", 5.7, "="),
    ],
)
def test_bound_words(blank_nlp, text: str, value: float, change: str) -> None:
    hits = [q for q in _run(blank_nlp, text) if q.value == pytest.approx(value)]
    assert len(hits) == 1, hits
    q = hits[0]
    assert_bound(q, value, change)


def test_a_vote_after_passed_is_no_bound(blank_nlp) -> None:
    for text in ("The bill passed 218 to 214.", "The measure passed 52-48 in the Senate."):
        (q,) = _run(blank_nlp, text)
        assert q.change == "=" and q.text[0].isdigit(), q


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("Support was 80%-90% in polls.", 80, 90, "percent"),
        ("Support was 80% to 90% in polls.", 80, 90, "percent"),
        ("The range is 252 to 287 miles.", 252, 287, "mile"),
        ("It weighs between 5 and 10 kg.", 5, 10, "kilogram"),
        ("A fine of $3 billion to $5 billion.", 3e9, 5e9, "dollar"),
        ("It costs $89 to $93 billion.", 8.9e10, 9.3e10, "dollar"),
        ("Salaries of 5k-20k are common.", 5000, 20000, None),
        ("An 8- to 16-meter telescope.", 8, 16, "meter"),
        ("Lows fell from -18 °C to -34 °C overnight.", -34, -18, "degree celsius"),
    ],
)
def test_ranges(blank_nlp, text: str, low: float, high: float, unit: str | None) -> None:
    q = _one([q for q in _run(blank_nlp, text) if q.value is None])
    assert (q.low, q.high) == (pytest.approx(low), pytest.approx(high))
    assert q.unit == unit


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The deal is worth a quarter of a million dollars.", 250_000),
        ("Half a million people marched.", 500_000),
        ("Two thirds of a billion euros.", 2e9 / 3),
        ("One and a half million voters.", 1.5e6),
        ("A million and a half visitors.", 1.5e6),
        ("The district has 47 lakh voters.", 4_700_000),
        ("The scheme costs Rs 4.8 lakh.", 480_000),
        ("It costs ₹2,000 crore.", 2e10),
        ("Spending of 3 lakh crore rupees.", 3e12),
        ("Some 4,69,687 people fled.", 469_687),
        ("The army lost 1 100 tanks.", 1100),
        ("Deaths reached 5 945 this year.", 5945),
        ("A gap of 40\u202f000 euros.", 40_000),
        ("It reached two point five million views.", 2.5e6),
        ("A dose of 1.3e6 units.", 1.3e6),
        ("He ran 10 1/2 miles.", 10.5),
        ("It cost 3 dollars 50 cents.", 3.5),
        ("He is 6 feet 2 inches tall.", 6 + 2 / 12),
    ],
)
def test_multipliers_separators_and_compounds(blank_nlp, text: str, value: float) -> None:
    assert any(q.value == pytest.approx(value) for q in _run(blank_nlp, text))


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # "-fold" written as one word with a number word
        ("A fivefold increase in cases was reported.", 5, "fold"),
        ("Cases rose threefold in a month.", 3, "fold"),
        # a bare "half" after "by", a bound or a hedge is an amount
        ("The deficit was cut by half.", 0.5, None),
        ("Profits fell by more than half.", 0.5, None),
        ("Nearly half said no.", 0.5, None),
        # a glued "m" before a race is metres, not millions
        ("She won the 200m freestyle.", 200, "meter"),
        ("He ran the 400m hurdles.", 400, "meter"),
    ],
)
def test_fold_half_and_race_distances(blank_nlp, text: str, value: float, unit: str | None) -> None:
    q = _one(_run(blank_nlp, text))
    assert q.value == pytest.approx(value)
    assert q.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "Call 911 now.",
        "COVID-19 spread fast.",
        "The G7 met on Monday.",
        "The 27-nation bloc agreed.",
        "A 12-member jury sat.",
        "In the 1990s it grew.",
        "See https://example.com/a?id=305&q=20%25 for details.",
        "Call +1-222-555-0199 today.",
        "They met at 17:22 on 3/4/2021.",
        "It signed a five-year contract.",
        "He won a third term.",
        "Results are in Fig. 5 and Table 2.",
        "Earlier work [19] agreed.",
        "It is a phase 3 trial of type 2 diabetes drugs.",
        "The road was closed near junction 31.",
        "He sat in row 12, seat 4.",
        "Interstate 95 was closed near exit 12.",
        "The fire started on floor 12 and reached room 1204.",
        "He scored twice in the second half.",
        # a single capital after a hyphen names
        "The 4-H club's county show drew record crowds.",
        "The lab bought a 3-D printer.",
        # a label before a number and "bus" after it, no bushel
        "Councillors approved the Route 9 bus corridor on Tuesday.",
    ],
)
def test_not_quantities(blank_nlp, text: str) -> None:
    assert _run(blank_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The baby is ten months old.", "month of age"),
        ("A man, 45 years of age, was held.", "year of age"),
        ("Highs of 30C are forecast this summer.", "degree celsius"),
        ("It was 98.6 deg f.", "degree fahrenheit"),
        ("The dose is 5 mg/L.", "milligram per liter"),
        ("It exports 16,000 tonnes.", "tonne"),
        ("It paid 500 hryvnias.", "hryvnia"),
        ("A fund of Tk 45.2 million.", "taka"),
        ("It sold 6.25 BTC.", "bitcoin"),
        ("A speed of 10kmph.", "kilometer per hour"),
        ("They were given 45 and 50 mg of it.", "milligram"),
    ],
)
def test_units(blank_nlp, text: str, unit: str) -> None:
    assert {q.unit for q in _run(blank_nlp, text)} == {unit}


def test_pint_does_not_invent_prefixed_units(blank_nlp) -> None:
    from claimledger.nlp.units import pint_unit

    assert pint_unit("dozs") is None  # not deci-ounces
    assert pint_unit("kmph") is None  # not kilo-miles per hour
    assert pint_unit("km") == "kilometer"
    # ordinary news nouns that pint reads as old units of length or area
    for word in ("league", "leagues", "chains", "links", "poles", "barns", "shots"):
        assert pint_unit(word) is None, word


# ------------------------------------------------------------------ model: the parse


@pytest.fixture(scope="module")
def nlp_en():
    from claimledger.nlp import pipeline

    return pipeline.load("en")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Sales rose 5% last year.", 5, "up"),
        ("Shares jumped 12 percent.", 12, "up"),
        ("Employers added 204,000 jobs.", 204000, "up"),
        # a verb that takes its direction from its particle
        ("The July total was revised down by 30,000 jobs to 157,000.", 30000, "down"),
        ("June was revised up by 20,000 to 105,000.", 20000, "up"),  # a change, then a level
        ("The firm ramped up output by 15% last year.", 15, "up"),
        # a number that is the subject of its own clause: "added" reports it
        ("He added two of the five drones launched by Russia had struck a depot.", 2, "="),
        ("The index fell 2.5% on Monday.", 2.5, "down"),
        ("Output slid 0.3 points.", 0.3, "down"),
        ("Exports collapsed 30% last year.", 30, "down"),
        ("Costs ballooned 40 percent.", 40, "up"),
        ("The energy group had a 3.5% drop in prices.", 3.5, "down"),
        ("It posted a 0.43 percentage point increase.", 0.43, "up"),
        ("The rate was 0.05 points higher than in May.", 0.05, "up"),
        ("Russia has lost 625 tanks.", 625, "="),
        ("Air defences shot down 73 drones.", 73, "="),
        ("Prices rose 6.5% to 164p.", 164, "="),
    ],
)
def test_change_verbs_and_nouns(nlp_en, text: str, value: float, change: str) -> None:
    hits = [q for q in _run(nlp_en, text) if q.value == pytest.approx(value)]
    assert len(hits) == 1, hits
    assert hits[0].change == change


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The unemployment rate rose from 3.5% to 3.8% in June.",
        "The unemployment rate jumped to 3.8% from 3.5% in June.",
        "Valve lift was increased from 13.5 to 14.0 mm.",
    ],
)
def test_from_a_to_b_after_a_change_is_two_levels(nlp_en, text: str) -> None:
    found = _run(nlp_en, text)
    assert len(found) == 2
    assert all(q.value is not None and q.change == "=" for q in found)
    assert found[0].unit == found[1].unit is not None


@pytest.mark.model
def test_a_range_without_a_change_stays_a_range(nlp_en) -> None:
    q = _one(_run(nlp_en, "Prices range from $500 to $1,000."))
    assert (q.value, q.low, q.high) == (None, 500, 1000)


@pytest.mark.model
def test_list_items_count_their_own_label(nlp_en) -> None:
    text = "Losses: aircraft – 143; helicopters – 131; tanks – 1,263 (plus 27)."
    found = _run(nlp_en, text)
    units = {q.value: q.unit for q in found}
    assert units == {143: "aircraft", 131: "helicopter", 1263: "tank", 27: "tank"}
    assert [q.change for q in found if q.value == 27] == ["up"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Dial the 911 emergency number.",
        "The Boeing 737 landed safely.",
        "It was a category 4 hurricane.",
    ],
)
def test_labels_are_not_quantities(nlp_en, text: str) -> None:
    assert _run(nlp_en, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the small model's NER tags some such counts PRODUCT or ORG
        ("The reported losses include 104 tanks and 575 armored vehicles.", 104),
        ("Russia lost 104 tanks in the offensive.", 104),
        # a list's label, a spaced dash, its value
        ("Artillery – 596 units, MLRS - 200 units, air defence - 93 units.", 200),
        ("Rockets – 312 (plus four) units.", 312),
        # a count of a model's units
        ("Russia said Ukraine had lost 16 Leopard tanks in the south.", 16),
        ("Germany sent 18 Leopard 2 tanks.", 18),
        ("The army received 31 Abrams tanks.", 31),
    ],
)
def test_counts_that_ner_calls_names(nlp_en, text: str, value: float) -> None:
    assert any(q.value == pytest.approx(value) for q in _run(nlp_en, text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma never parts a month from its day, and a day has no unit
        (
            "It carried 4.2m passengers in July, 9% more than a year earlier.",
            [(4.2e6, "passenger"), (9, "percent")],
        ),
        ("In July, 9 people died.", [(9, "people")]),
        ("It was signed on July 9.", []),
        ("It was signed on 9 July, 2023.", []),
        # a level, a comma, then a change: two quantities, not a list sharing "%"
        ("Passengers rose to 4.2m, 9% more than a year earlier.", [(4.2e6, None), (9, "percent")]),
        ("Rates were 4, 5 and 6%.", [(4, "percent"), (5, "percent"), (6, "percent")]),
        # the small model's lemmatizer reads "doses" as "dos"
        ("The country has received 4.5 million doses so far.", [(4.5e6, "dose")]),
    ],
)
def test_months_days_lists_and_counted_nouns(nlp_en, text: str, expected: list) -> None:  # noqa: ANN001
    got = [(q.value, q.unit) for q in _run(nlp_en, text)]
    assert got == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "values"),
    [
        # the small model's NER calls a bare number after "is" or before a verb a DATE or a
        # TIME; as the clause's subject or predicate it is a count or a score
        ("The death toll is now 42.", [42]),
        ("The answer is 42, at the end of times.", [42]),
        ("42 were killed in the blast.", [42]),
        ("Total losses were 31 by evening.", [31]),
        ("Their ages are 34 and 36.", [34, 36]),
        # a person's age after "is" is one too (NewsQuant labels "who was 10"); a date
        # with its month is not
        ("He is 42.", [42]),
        ("The deadline is December 12.", []),
        ("The deadline is 12 December.", []),
    ],
)
def test_a_bare_number_as_subject_or_predicate_is_a_count(
    nlp_en, text: str, values: list[float]
) -> None:
    assert [q.value for q in _run(nlp_en, text)] == values


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Boeing 737 Max jets were grounded.",
        "Russia fired S-400 missiles.",
        "Its 787 Dreamliner fleet is grounded.",
        "The score was Charlton 2 - 1 Leeds.",
        # a score after a name goes whole, not only its first half
        "The Lakers beat the Celtics 112-105 on Tuesday night.",
    ],
)
def test_names_with_numbers_stay_names(nlp_en, text: str) -> None:
    assert _run(nlp_en, text) == []


# ------------------------------------------- model: the direction of a change (issue 11)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        # verbs of change, grouped by meaning: rise, strengthen, recover; fall, weaken
        ("The pound firmed 0.4% against the euro.", 0.4, "up"),
        ("The stock bounced 7% on Wednesday.", 7, "up"),
        ("Core prices softened 0.1% last month.", 0.1, "down"),
        ("Bond yields surged 20 basis points on Friday.", 20, "up"),
        ("Europe's biggest economy contracted by 0.3% in the second quarter.", 0.3, "down"),
        # a verb of movement takes its direction from its particle or adverb
        ("The benchmark index edged down 0.03% on Monday.", 0.03, "down"),
        ("The euro edged lower 0.2% against the dollar.", 0.2, "down"),
        ("The dollar inched up 0.1% against the yen.", 0.1, "up"),
        ("Treasury yields ticked higher by 3 basis points.", 3, "up"),
        ("The stock gave up 3% after the results.", 3, "down"),
        # a measure of a comparative: "X% higher/lower", "X points lower"
        ("The FTSE 100 closed 45 points lower at 7,400.", 45, "down"),
        ("The pan-European STOXX 600 index ended 0.5% lower.", 0.5, "down"),
        ("Shares in the bank edged 0.3% higher.", 0.3, "up"),
        ("Unite Group closed 68p lower at 1,112p.", 68, "down"),
        ("Sales were 12% up on last year.", 12, "up"),
        # the level after the change stays a level
        ("The FTSE 100 closed 45 points lower at 7,400.", 7400, "="),
        # "raised $50 million" is the sum raised; "raised prices by $2" a rise
        ("The startup raised $50 million in a funding round.", 5e7, "="),
        ("The retailer raised prices by $2 a pack.", 2, "up"),
        ("The rocket can lift 64 metric tons to low Earth orbit.", 64, "="),
        ("The couple raised three children.", 3, "="),
        ("The news lifted the shares 3% on Monday.", 3, "up"),
        ("The central bank raised rates 50 basis points.", 50, "up"),
        # a particle on a verb that is not one of change names no direction
        ("Air defences shot down an estimated 73 cruise missiles.", 73, "~"),
        ("He paid $500 up front for the car.", 500, "="),
    ],
)
def test_change_direction_lexicon(nlp_en, text: str, value: float, change: str) -> None:
    hits = [q for q in _run(nlp_en, text) if q.value == pytest.approx(value)]
    assert len(hits) == 1, hits
    assert hits[0].change == change


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "change", "level"),
    [
        ("Initial jobless claims decreased 13,000 to 216,000.", 13000, 216000),
        ("Net debt fell £1.1bn to £8.4bn.", 1.1e9, 8.4e9),
        ("The population increased by 500,000 to 67 million.", 500000, 67e6),
        ("The bank's profit fell by a fifth to £1.2bn.", 0.2, 1.2e9),
        ("Shares fell by about 40p to 310p.", 40, 310),
    ],
)
def test_a_change_then_the_level_it_reaches_is_not_a_range(
    nlp_en, text: str, change: float, level: float
) -> None:
    found = _run(nlp_en, text)
    assert [q.value for q in found] == [pytest.approx(change), pytest.approx(level)]
    assert found[0].change in ("up", "down")
    assert found[1].change == "="


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # a range of changes has ends of one size
        ("Prices are expected to rise 5 to 10 percent.", 5, 10),
        ("Output rose by 2 to 3 points.", 2, 3),
        # the small model's NER calls "between 20 and 30" a date
        ("The number is between 20 and 30.", 20, 30),
        ("Between 3 and 5 million people could be affected.", 3e6, 5e6),
    ],
)
def test_ranges_after_a_change_or_between(nlp_en, text: str, low: float, high: float) -> None:
    q = _one(_run(nlp_en, text))
    assert (q.value, q.low, q.high) == (None, pytest.approx(low), pytest.approx(high))


@pytest.mark.model
def test_years_between_stay_dates(nlp_en) -> None:
    assert _run(nlp_en, "Between 2019 and 2021 sales fell.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value", "concept"),
    [
        # a market report names what moved, a comma, then its change and level
        ("The biggest fallers were Unite Group, down 68p at 1,112p.", 68, "Unite Group"),
        ("The biggest fallers were Unite Group, down 68p at 1,112p.", 1112, "Unite Group"),
        ("Among the risers, Barclays, up 3.2%, led the banks.", 3.2, "Barclays"),
        # ... but a date before the comma is when, not what
        ("Sales were $3.1 million in May, down 9.2% year over year.", 9.2, "Sales"),
        ("The shares have been on a tear, up nearly 57% this year.", 57, "shares"),
        # ... nor the unit of the amount before it
        ("Turnout was 67.3%, up 2.1 points on 2019.", 2.1, "Turnout"),
        ("Turnout was 67.3 per cent, up 2.1 points on 2019.", 2.1, "Turnout"),
        # a noun of time is never the concept; nor is a sign
        ("Your pension will rise 5.8 percent for every full year.", 5.8, "pension"),
        # ... nor a day, month or season ...
        ("Police said 1,000 people gathered on Sunday in front of the hall.", 1000, "Police"),
        # ... nor a level the amount reaches: what reached it is
        ("The median home price hit a record $416,100 in June.", 416100, "median home price"),
        ("Unemployment fell to a 50-year low of 3.5% in September.", 3.5, "Unemployment"),
        # "$31.20 US": the country belongs to the currency
        ("The December gold contract was up $31.20 US.", 31.2, "December gold contract"),
        # a word that sizes the amount inside its noun phrase is not what is counted
        ("Salah netted a record 32 goals in 36 league games.", 32, "Salah"),
        ("The firm posted a total 500 new hires this year.", 500, "firm"),
        # a transitive verb of change: the thing changed is its object
        ("The central bank cut its benchmark rate by 50 basis points.", 50, "benchmark rate"),
        ("The retailer hiked prices 5% in January.", 5, "prices"),
        ("The airline reduced capacity by 15 percent.", 15, "capacity"),
        ("Employers added 204,000 jobs.", 204000, "Employers"),
        # ... before the amount: a gapped conjunct after it is another change's subject
        (
            "Between May and July, the count of active listings rose by about 16,000 and "
            "its rental count by 2,100.",
            16000,
            "count of active listings",
        ),
        # a figure opening its line, a colon, then what it counts
        (
            "• 22,381: Russian equipment losses verified with imagery.",
            22381,
            "Russian equipment losses",
        ),
    ],
)
def test_concepts_of_market_reports(nlp_en, text: str, value: float, concept: str) -> None:
    hits = [q for q in _run(nlp_en, text) if q.value == pytest.approx(value)]
    assert len(hits) == 1, hits
    assert hits[0].concept is not None and hits[0].concept.text == concept


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "One fifth of households cannot afford heating this winter.",
        "More than 1,000 flights were cancelled on Monday.",
        "Exports hit an all-time high of 4.2 million tonnes.",
    ],
)
def test_a_time_or_a_level_is_never_the_concept(nlp_en, text: str) -> None:
    (q,) = _run(nlp_en, text)
    assert q.concept is None or q.concept.text.split()[-1].lower() not in (
        "winter",
        "monday",
        "high",
    ), q.concept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comparison bounds an amount, never a year
        ("The number is above 1000 and below 1500.", [(1000, ">"), (1500, "<")]),
        # "or less"/"or more" before a second bound is not a bound of the first
        ("His score is equal to 5000 or less than 6000.", [(5000, "="), (6000, "<")]),
        ("His score is 200 or more than 190.", [(200, "="), (190, ">")]),
        ("The score was 500 or more.", [(500, ">=")]),
    ],
)
def test_bounds_in_pairs(blank_nlp, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.change) for q in _run(blank_nlp, text)] == expected


@pytest.mark.model
def test_a_hedged_year_stays_a_year(nlp_en) -> None:
    assert _run(nlp_en, "The plant opened around 2010.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value", "change", "unit"),
    [
        # NER calls a bare 4500 a DATE; no day, month or year is written so
        ("The S P 500 fell 1.2% to 4500 while the Nasdaq rose 0.5% to 14000.", 4500, "=", None),
        # a level after "at" stays a level whatever follows it
        ("The index closed at 1463.87 points down 0.03%.", 1463.87, "=", "point"),
        # the base of a comparison has the level's unit
        ("The company employs about 3000 people up from 2500 a year ago.", 2500, "=", "people"),
        ("The club has 45,000 members, compared with 38,000 in 2019.", 38000, "=", "member"),
    ],
)
def test_levels_in_comma_free_market_reports(
    nlp_en, text: str, value: float, change: str, unit: str | None
) -> None:
    hits = [q for q in _run(nlp_en, text) if q.value == pytest.approx(value)]
    assert len(hits) == 1, hits
    assert (hits[0].change, hits[0].unit) == (change, unit)


@pytest.mark.model
def test_a_catalogue_code_is_not_a_quantity(nlp_en) -> None:
    assert all(q.value != 6663 for q in _run(nlp_en, "The cluster J1149.5+6663 is far."))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        # the verb of a change governs every figure coordinated with the first
        ("Prices rose 0.4% month-on-month and 3.2% year-on-year.", 3.2, "up"),
        ("Prices rose 0.4% on the month and 3.2% on the year.", 3.2, "up"),
        ("Sales fell 4% in Europe and 7% in Asia.", 7, "down"),
        # not a figure that is the subject of a clause of its own
        ("Shares fell 2% on Monday and 20% was the target.", 20, "="),
        ("Sales rose 5% in 2023 and 40% of them were online.", 40, "="),
        # not a level reached after the change
        ("Shares fell 2% to 30% of the index and 5% of the total.", 30, "="),
    ],
)
def test_a_change_verb_governs_its_coordinated_figures(
    nlp_en, text: str, value: float, change: str
) -> None:
    hits = [q for q in _run(nlp_en, text) if q.value == pytest.approx(value)]
    assert len(hits) == 1, hits
    assert hits[0].change == change


@pytest.mark.model
def test_a_year_beside_a_listed_percentage_takes_no_unit(nlp_en) -> None:
    found = _run(nlp_en, "Sales rose 5% in 2023 and 40% of them were online.")
    assert [q.value for q in found] == [5, 40]
    # a list of amounts still shares its unit
    assert [q.unit for q in _run(nlp_en, "The dose was 45 and 50 mg.")] == ["milligram"] * 2


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # the unit is the counted noun with the words that modify it (NewsQuant's and the
        # field news' convention): "20 heart transplants"
        ("Surgeons performed 20 heart transplants last year.", 20, "heart transplant"),
        ("Russia lost 1,751 armoured combat vehicles, Kyiv said.", 1751, "armoured combat vehicle"),
        ("More than 300 Liverpool fans travelled to Madrid.", 300, "Liverpool fan"),
        # not words that count rather than qualify, nor before a time unit
        ("The talks could take three more years.", 3, None),
        ("Five other people were hurt.", 5, "people"),
        ("The firm cut 200 jobs.", 200, "job"),
    ],
)
def test_the_unit_of_a_count_is_its_noun_with_its_modifiers(
    nlp_en, text: str, value: float, unit: str | None
) -> None:
    hits = [q for q in _run(nlp_en, text) if q.value == pytest.approx(value)]
    assert len(hits) == 1, hits
    assert hits[0].unit == unit
    if unit is not None and " " in unit:  # the span covers the modifiers as written
        span = hits[0].unit_span
        assert span is not None and text[span.start : span.end].lower().startswith(
            unit.split()[0].lower()
        )


@pytest.mark.model
def test_a_mark_passed_is_no_date(nlp_en) -> None:
    """The small model's NER calls "past 90" a DATE; with no time word it is a mark."""
    (q,) = _run(nlp_en, "The currency weakened past 90 to the dollar.")
    assert (q.value, q.change) == (90, ">")
    qs = _run(nlp_en, "The past 90 days were the hottest on record.")
    assert [(q.value, q.change, q.unit) for q in qs] == [(90, "=", "day")]


def test_a_list_label_is_no_verb_of_change(blank_nlp) -> None:
    """The tagger may read the label "tanks" as the verb "tank" (to fall)."""
    from claimledger.nlp.quantities import _list_label

    doc = blank_nlp("personnel ‒ 28,700, tanks ‒ 1,263 units, aircraft: 204 units")
    assert _list_label(doc[4]) and _list_label(doc[9])  # "tanks", "aircraft"
    doc = blank_nlp("Its shares tanked 12% on Monday.")
    assert not _list_label(doc[2])


@pytest.mark.model
def test_a_part_counts_the_head_noun_of_its_whole(nlp_en) -> None:
    """'four of six cruise missiles', parsed with 'four of' on 'six': missiles, not 'cruise'."""
    qs = _run(nlp_en, "Ihnat said four of six cruise missiles had been shot down by air defences.")
    units = {q.value: q.unit for q in qs}
    assert units[4] == "missile" and units[6] == "cruise missile"


@pytest.mark.model
def test_adjectives_built_on_one_count_nothing(nlp_en) -> None:
    qs = _run(nlp_en, "Excluding one-time charges, the company earned 43 cents a share.")
    assert [q.value for q in qs] == [43]
    assert _run(nlp_en, "The one-off payment was approved.") == []
    # "two-time" still counts
    assert [q.value for q in _run(nlp_en, "He is a two-time Olympic champion.")] == [2]


# ------------------------------------- classes found by a held-out round (stop 27)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "by A to B" after a verb of change across its object: the change, then the level
        (
            "Tesla cut the price of its Model Y by $5,000 to $47,490 in the US.",
            [(5000, "down"), (47490, "=")],
        ),
        (
            "The retailer cut the price of the kettle by $45 to $104.99.",
            [(45, "down"), (104.99, "=")],
        ),
        # a range of changes keeps one sign, or ends of one size
        ("Fares will rise by $45 to $60 next year.", [((45, 60), "up")]),
        ("World temperatures dropped by 1 to 1.5 degrees.", [((1, 1.5), "down")]),
        # a currency sign serves both ends of a range
        ("Flats will sell for $1.8-2.4 million each.", [((1.8e6, 2.4e6), "=")]),
        ("Tickets cost €20 to 30 each.", [((20, 30), "=")]),
    ],
)
def test_a_change_and_its_level_or_a_range(nlp_en, text: str, want: list) -> None:
    got = [((q.low, q.high) if q.value is None else q.value, q.change) for q in _run(nlp_en, text)]
    assert got == [(w if isinstance(w, tuple) else pytest.approx(w), c) for w, c in want]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        # "over" a span of time is when it happened, not "more than"
        ("Reviewers tested the headsets over three weeks.", 3, "="),
        ("The loan is to be paid over five years.", 5, "="),
        ("A fund would receive 100 billion euros over seven years.", 7, "="),
        # ... but a length is "more than"
        ("They have been unemployed for over two years.", 2, ">"),
        ("The war has lasted over three years.", 3, ">"),
        ("It took over three hours.", 3, ">"),
        ("Kyiv counted 100,000 casualties in a little over three months.", 3, ">"),
        ("It happened over 3 years ago.", 3, ">"),
        ("Over two years of conflict have been hard.", 2, ">"),
        ("Over 300 people came.", 300, ">"),
    ],
)
def test_over_a_span_of_time(nlp_en, text: str, value: float, change: str) -> None:
    hits = [q for q in _run(nlp_en, text) if q.value == pytest.approx(value)]
    assert len(hits) == 1, hits
    assert hits[0].change == change


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("CO2 was 424 ppm in May, up 3 ppm from a year earlier.", 3, "up"),
        ("Life expectancy fell to 81.2 years, down 0.6 years from 2019.", 0.6, "down"),
        # a phrasal verb that moves nothing
        ("Electric vehicles made up 16.5% of new car registrations.", 16.5, "="),
        ("Troops shot down 73 drones.", 73, "="),
        # "plus a": "and also"
        ("It has a 50MP camera, plus a 12MP selfie camera.", 12, "="),
        # "plus or minus" is a margin, not a negative number
        ("The poll has a margin of error of plus or minus 3.1 points.", 3.1, "="),
    ],
)
def test_directions_particles_and_margins(nlp_en, text: str, value: float, change: str) -> None:
    hits = [q for q in _run(nlp_en, text) if q.value == pytest.approx(value)]
    assert len(hits) == 1, hits
    assert hits[0].change == change


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The phone has a 200MP main camera.", 200, "megapixel"),
        ("A 50 MP ultra-wide camera.", 50, "megapixel"),
        ("Speeds reach 100 Mbps.", 100, "megabit per second"),
        ("Upload speeds of 1 Gbps.", 1, "gigabit per second"),
        ("A reading above 130 mmHg.", 130, "millimeter of mercury"),
        ("Printed at 300 dpi.", 300, "dot per inch"),
    ],
)
def test_digital_and_medical_units(nlp_en, text: str, value: float, unit: str) -> None:
    hits = [q for q in _run(nlp_en, text) if q.value == pytest.approx(value)]
    assert len(hits) == 1, hits
    assert hits[0].unit == unit
    # members of parliament are no unit of resolution
    assert all(q.unit != "megapixel" for q in _run(nlp_en, "He won by 20 MP votes."))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Vodafone and Three completed their £15bn merger.", [15e9]),
        ("Samsung will show off its One UI software.", []),
        ("Savers can put up to $23,000 into a 401(k) plan.", [23000]),
        ("Mahindra priced the compact XUV 3XO from 749,000 rupees.", [749000]),
        ("Police asked callers to quote incident 447.", []),
        # a capitalised number word opening a sentence, a headline or a quote still counts
        ("Three soldiers died.", [3]),
        ('He said: "Three soldiers died."', [3]),
        ("Crash Kills Three In Ohio", [3]),
    ],
)
def test_numbers_that_name(nlp_en, text: str, kept: list[float]) -> None:
    assert [q.value for q in _run(nlp_en, text)] == [pytest.approx(v) for v in kept]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value", "concept"),
    [
        # a measure is about what follows "of"
        ("Heavy snow closed 140 miles of the interstate.", 140, "interstate"),
        ("The plants will remove 1.6 gigawatts of capacity.", 1.6, "capacity"),
        # a counted noun stays what is counted
        ("Workers packed 300 bottles of hand sanitiser.", 300, None),
    ],
)
def test_a_measure_of_something(nlp_en, text: str, value: float, concept: str | None) -> None:
    (q,) = [q for q in _run(nlp_en, text) if q.value == pytest.approx(value)]
    if concept is None:
        assert q.concept is None or "sanitiser" not in q.concept.text
    else:
        assert q.concept is not None and concept in q.concept.text


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a price per dozen, not twelve
        ("Egg prices climbed to €2.85 a dozen in March.", [(2.85, "euro per dozen")]),
        ("He bought a dozen eggs.", [(12, "egg")]),
        # compounds of "zero", phone numbers, months of a year and codes name no amount
        ("Sales of zero-sugar soft drinks surged 27%.", [(27, "percent")]),
        ("Call 0800 555 111 for help.", []),
        ("The batch has an expiry date of 06/2026.", []),
        ("Lot number 2231B is affected.", []),
        # a year after "until at least"
        ("The budget stays at 0.5% until at least 2027.", [(0.5, "percent")]),
        ("More than 2000 people came.", [(2000, "people")]),
        # a glued C or F in a recipe is a temperature
        ("Bake the loaf at 180C for 45 minutes.", [(180, "degree celsius"), (45, "minute")]),
        # the scale of "from A to B million" serves both ends
        (
            "The plant will lift capacity from 77 to 142 million tonnes a year.",
            [(77e6, "tonne per year"), (142e6, "tonne per year")],
        ),
    ],
)
def test_rates_codes_years_and_scales(nlp_en, text: str, want: list) -> None:
    got = [(q.value, q.unit) for q in _run(nlp_en, text)]
    assert got == [(pytest.approx(v), u) for v, u in want]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value", "change"),
    [
        ("Storm Ciarán brought gusts of up to 100 mph.", 100, "<="),
        ("Prices pushed the rate up to 3.2%.", 3.2, "="),
        ("The fund is worth roughly 17 trillion crowns ($1.6 trillion).", 1.6e12, "="),
        ("A figure closer to 90 is likely.", 90, "~"),
        # "by up to" bounds the amount, whatever verb of raising comes before it
        ("The chain is raising prices by up to 12% from next month.", 12, "<="),
        # "no lower than" is "at least", "no higher than" "at most"
        ("Experts recommend mowing no lower than 5cm in dry spells.", 5, ">="),
        ("Speeds must be no higher than 30 mph near schools.", 30, "<="),
    ],
)
def test_bounds_of_nouns_conversions_and_closer(nlp_en, text: str, value: float, change: str):
    hits = [q for q in _run(nlp_en, text) if q.value == pytest.approx(value)]
    assert len(hits) == 1, hits
    assert hits[0].change == change


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # digits and "and a half" are one number
        ("They were jailed for a total of 22 and a half years.", [(22.5, "=", "year")]),
        # kilos are kilograms (pint: kiloseconds)
        ("Guards found 11 kilos of cannabis.", [(11, "=", "kilogram")]),
        # "to top" bounds; "up 2.4p to 898p" is the move and the price
        ("Temperatures are forecast to top 95F.", [(95, ">", "degree fahrenheit")]),
        (
            "Segro sold warehouses, sending its shares up 2.4p to 898p.",
            [(2.4, "up", "pence"), (898, "=", "pence")],
        ),
        # "went from A to B": two levels; "from 1.0-1.06 million": a range, scale and all
        (
            "The tank count went from 2,003 to 2,276.",
            [(2003, "=", None), (2276, "=", None)],
        ),
        (
            "Glencore cut its guidance from 1.0-1.06 million tonnes.",
            [((1e6, 1.06e6), "=", "tonne")],
        ),
        # codes and school years name nothing; a decimal range is no code
        ("Year 11 pupils sit their exams.", []),
        ("Boeing slowed 737 MAX production.", []),
        ("The full report (302 KB) is online.", [(302, "=", "kb")]),
        ("Growth of 2.5-3.0% is forecast.", [((2.5, 3.0), "=", "percent")]),
        # what is recovered is an amount, not a rise; a physical amount lost is a fall
        ("Police recovered 320 firearms.", [(320, "=", "firearm")]),
        ("The Alps lost 2.1 cubic kilometres of ice.", [(2.1, "down", "cubic kilometer")]),
        ("Officials from 20 NATO members met.", [(20, "=", "NATO member")]),
        ("Russia lost 625 tanks.", [(625, "=", "tank")]),
    ],
)
def test_round_three_classes(nlp_en, text: str, want: list) -> None:
    got = [
        ((q.low, q.high) if q.value is None else q.value, q.change, q.unit)
        for q in _run(nlp_en, text)
    ]
    assert got == [(w if isinstance(w, tuple) else pytest.approx(w), c, u) for w, c, u in want]


# --------------------------- classes found by the held-out rounds 4 and 5 (stop 28)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a headline's verb in the present, tagged a plural noun, still names the change
        (
            "Rail firm to run 20 more trains as summer demand climbs 9%",
            [(20, "=", "train"), (9, "up", "percent")],
        ),
        # (only right before it: "increases by around six" keeps MeasEval's approximate)
        # "and more than" before the next figure in words is that figure's bound
        (
            "It had lost four hundred and ten tanks and more than nine hundred armoured vehicles.",
            [(410, "=", "tank"), (900, ">", "armoured vehicle")],
        ),
        ("Tickets cost 50 dollars or more.", [(50, ">=", "dollar")]),
        # "rise by an average of £86": the amount of the rise, not a level
        ("Council tax will rise by an average of £74 next year.", [(74, "up", "pound")]),
        ("The average of 38 percent was high.", [(38, "=", "percent")]),
    ],
)
def test_stop_28_classes(nlp_en, text: str, want: list) -> None:
    test_round_three_classes(nlp_en, text, want)  # (the same comparison)


# ------------------------------------- classes found by round 8 (stop 29, read for fixes)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a lone "m" with no currency is a metre where a race, a size or a height follows
        ("She broke her own 5,000m world record.", [(5000, "=", "meter")]),
        ("The hall measures 60m by 25m.", [(60, "=", "meter"), (25, "=", "meter")]),
        ("He ran into a 1.2m/s headwind.", [(1.2, "=", "meter per second")]),
        ("She won the 800m in Rome.", [(800, "=", "meter")]),
        ("The mountain's 3,798m summit was closed.", [(3798, "=", "meter")]),
        # and a million elsewhere
        ("The app has 40m users.", [(40e6, "=", "user")]),
        ("Sales reached 105m by 2021.", [(105e6, "=", None)]),
        # "over" before an amount that describes a deed is "because of", not a bound
        ("Two men jailed over £6m pension fraud", [(2, "=", "man"), (6e6, "=", "pound")]),
        ("She paid over $5m to settle the claim.", [(5e6, ">", "dollar")]),
        # a person's age set off by commas, or what a person "was"
        ("Maria Costa, 67, ran the shop.", [(67, "=", "year of age")]),
        ("A retired nurse, 72, was hurt.", [(72, "=", "year of age")]),
        ("Olsen, now 58, was released.", [(58, "=", "year of age")]),
        ("She was 19 when she left.", [(19, "=", "year of age")]),
        ("The poet died at the age of 88.", [(88, "=", "year of age")]),
        # not a count told after a noun, nor "of them"
        ("The old record, 61, stood for years.", []),
    ],
)
def test_stop_29_classes(nlp_en, text: str, want: list) -> None:
    test_round_three_classes(nlp_en, text, want)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # a fraction of one unit, the article between them
        ("Half a cup of dry food twice daily is enough for most cats.", 0.5, "cup"),
        ("Add half a litre of water to the stock.", 0.5, "liter"),
        ("The snail moved half an inch in an hour.", 0.5, "inch"),
        ("Trim the stems to a quarter of an inch.", 0.25, "inch"),
        # ... not a noun that is no unit, and never past a scale word
        ("Half a team resigned.", 0.5, None),
        ("Half a million people came.", 500000, "people"),
    ],
)
def test_a_fraction_of_one_unit(nlp_en, text: str, value: float, unit: str | None) -> None:
    (q,) = [q for q in _run(nlp_en, text) if q.value == pytest.approx(value)]
    assert q.unit == unit


@pytest.mark.parametrize(
    ("figure", "bound"),
    [
        ("about 26,000", "~"),
        ("more than 50,000", ">"),
        ("nearly 1,000", "~"),
        ("up to 300", "<="),
        ("at least 45", ">="),
        ("26,000", None),
        ("+27", None),  # an increment is no bound
    ],
)
def test_the_bound_heading_a_figure(figure: str, bound: str | None) -> None:
    # ("has risen by about 26,000" is a change "up", and still approximate)
    assert leading_bound(figure) == bound


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value", "change", "unit"),
    [
        # a share written as a ratio of things counted
        ("Only about one in five shoppers reads the label.", 0.2, "~", "shopper"),
        ("An audit found that 1 in 5 contracts had no bidding.", 0.2, "=", "contract"),
        ("Three out of four dentists agree.", 0.75, "=", "dentist"),
    ],
)
def test_a_ratio_of_things_is_one_share(nlp_en, text: str, value: float, change: str, unit):
    (q,) = _run(nlp_en, text)
    assert (q.value, q.change, q.unit) == (pytest.approx(value), change, unit)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "How about more than 2 in 5",  # no things named
        "He scored 2 in 3 minutes.",  # a time
    ],
)
def test_no_ratio_without_things_counted(nlp_en, text: str) -> None:
    assert len(_run(nlp_en, text)) == 2


@pytest.mark.model
def test_a_figure_dash_the_model_tags_a_name_is_no_name(nlp_en) -> None:
    # "tanks ‒ 430 (+26)": U+2012, tagged PROPN by the small model, before a count
    values = [q.value for q in _run(nlp_en, "The occupiers also lost: tanks ‒ 430 (+26).")]
    assert values == [pytest.approx(430), pytest.approx(26)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "values", "unit"),
    [
        # the naira's "N", the rand's "R" and the shilling's "Sh" glued to an amount
        ("The budget proposes N47.9 trillion in spending.", [47.9e12], "naira"),
        ("Stations raised petrol to N1,030 a litre from N950.", [1030, 950], "naira"),
        ("The rand weakened to R18.94 against the dollar.", [18.94], "rand"),
        ("Eskom wants R300bn for the grid.", [300e9], "rand"),
        (
            "Maize sells at Sh3,200 a bag after KSh 263.2 billion was borrowed.",
            [3200, 263.2e9],
            "shilling",
        ),
        # an amount with no comma, decimal or scale is money beside one that has them
        ("Lifting the grant by R90 to R2,180 a month.", [90, 2180], "rand"),
        # the Gulf's, Israel's, Turkey's and Peru's signs and codes, glued or spaced
        ("Sales reached Dh411 billion, and flats start at Dh1,800.", [411e9, 1800], "dirham"),
        ("The carrier earned AED17.1 billion last year.", [17.1e9], "dirham"),
        ("It pays SR0.33 a share and may raise up to SR 12 billion.", [0.33, 12e9], "riyal"),
        ("The bid of QR 2.50 a share values it at QR 8bn.", [2.5, 8e9], "riyal"),
        ("Income rose by NIS 412 million to NIS 4.1 billion.", [412e6, 4.1e9], "shekel"),
        ("The deal values the maker at TL 9.8bn.", [9.8e9], "lira"),
        ("Beef costs S/ 38.50 a kilogram in Lima.", [38.5], "sol"),
    ],
)
def test_letter_currency_signs_glued_to_money(nlp_en, text: str, values, unit: str) -> None:
    found = _run(nlp_en, text)
    assert [q.value for q in found] == [pytest.approx(v) for v in values]
    assert all((q.unit or "").startswith(unit) for q in found), [q.unit for q in found]


@pytest.mark.model
def test_a_range_of_letter_signed_amounts_is_money(nlp_en) -> None:
    q = _one(_run(nlp_en, "Diesel sold at between N950 and N990 per litre."))
    assert (q.low, q.high, (q.unit or "").split()[0]) == (950, 990, "naira")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a letter before a number that no money amount beside it shows is a name
        "Wear N95 masks indoors.",
        "Take the R132 towards Dublin.",
        "Simulations R1–R18 ran for a week.",
        "It was rated R18 by censors.",
        # two letters that are a sign only before a money-shaped amount
        "Take SR 520 north to the lake.",
        "The SR71 was retired.",
        "The TL 2 trim and its QR code.",
        # a number a noun names: a part, an episode, an update
        "Part 3 of our series airs today.",
        "UPDATE 2: The minister resigned.",
        "Episode 4 airs tonight.",
    ],
)
def test_letters_and_labels_before_numbers_that_are_no_money(nlp_en, text: str) -> None:
    assert _run(nlp_en, text) == []


@pytest.mark.model
def test_a_label_noun_before_a_duration_keeps_the_duration(nlp_en) -> None:
    values = [q.value for q in _run(nlp_en, "The update 2 hours later added 3 tanks.")]
    assert values == [2, 3]


@pytest.mark.model
def test_a_level_said_again_in_another_unit_is_a_level(nlp_en) -> None:
    found = _run(
        nlp_en,
        "The trade deficit widened to 4.1% of GDP in the first eight months, or about 38 "
        "billion zlotys, the ministry said.",
    )
    changes = {q.value: q.change for q in found}
    assert changes[4.1] == "="
    assert changes[38e9] == "~"
    # (a rise said again is a rise)
    found = _run(nlp_en, "Exports rose 4.1%, or 38 billion zlotys, the ministry said.")
    assert [q.change for q in found] == ["up", "up"]


@pytest.mark.model
def test_who_does_a_passive_verb_is_no_change_of_it(nlp_en) -> None:
    (q,) = _run(nlp_en, "Most of the coffee is grown by some 400,000 smallholders.")
    assert (q.value, q.change) == (400_000, "~")
    # (an amount a passive verb changes by is still a change)
    (q,) = _run(nlp_en, "Sales were boosted by 5% last year.")
    assert q.change == "up"
    q = _run(nlp_en, "The May total was revised down by 20,000 jobs.")[0]
    assert q.change == "down"


@pytest.mark.model
def test_a_price_a_kilo_is_per_kilogram(nlp_en) -> None:
    (q,) = _run(nlp_en, "Tomatoes sold at Rs 36 a kilo in the city's markets.")
    assert q.unit is not None and q.unit.endswith("per kilogram")


@pytest.mark.model
def test_a_glued_st_that_is_no_ordinal_is_stones(nlp_en) -> None:
    found = _run(nlp_en, "The presenter has shed 3st and weighs 12st 4lb.")
    assert [(q.value, q.unit) for q in found] == [(3, "stone"), (12, "stone"), (4, "pound")]
    # (an ordinal's ending stays an ordinal)
    assert _run(nlp_en, "It was her 1st win and his 21st.") == []


@pytest.mark.model
def test_what_passes_a_mark_is_above_it_whatever_word_follows(nlp_en) -> None:
    (q,) = _run(nlp_en, "Malaria cases in the region passed 2.4 million this year.")
    assert (q.value, q.change) == (2_400_000, ">")
    # (a count of things passed is a count: a vote, bills)
    (q,) = _run(nlp_en, "The assembly passed 14 bills before the recess.")
    assert q.change == "="


@pytest.mark.model
def test_the_time_a_change_took_is_no_change_of_its_own(nlp_en) -> None:
    found = _run(nlp_en, "The number of midwives fell by 850 over three years.")
    assert [(q.value, q.change) for q in found] == [(850, "down"), (3, "=")]
    found = _run(nlp_en, "Rents climbed 6% in the past nine months.")
    assert [(q.value, q.change) for q in found] == [(6, "up"), (9, "=")]
    # (a time that is the change itself stays one)
    (q,) = _run(nlp_en, "The average wait for surgery rose by three weeks.")
    assert q.change == "up"


@pytest.mark.model
def test_a_toll_given_of_a_figure_is_not_the_next_figures_things(nlp_en) -> None:
    found = _run(
        nlp_en, "The ministry reported flood deaths of 212 and nearly 4,000 homes destroyed."
    )
    assert found[0].value == 212 and found[0].unit is None
    assert found[1].unit == "home"
    # (amounts that share a unit still share it)
    found = _run(nlp_en, "Patients took doses of 20 and 40 mg.")
    assert [q.unit for q in found] == ["milligram", "milligram"]


@pytest.mark.model
def test_a_comparative_after_its_determiner_is_no_change(nlp_en) -> None:
    (q,) = _run(nlp_en, "Patients on the higher 20mg dose slept longer.")
    assert (q.value, q.change) == (20, "=")
    # (a comparative of the verb's change still is one)
    (q,) = _run(nlp_en, "The index closed higher 5 points.")
    assert q.change == "up"


@pytest.mark.model
def test_an_amount_an_instruction_adds_is_no_rise(nlp_en) -> None:
    found = _run(
        nlp_en, "Soften the leeks for five minutes, then add 300ml of cream and 2 tsp of salt."
    )
    assert [(q.value, q.change) for q in found] == [(5, "="), (300, "="), (2, "=")]
    (q,) = _run(nlp_en, "Add the lentils and 900ml of water.")
    assert q.change == "="
    # (what a subject adds is a rise)
    (q,) = _run(nlp_en, "Employers added 175,000 jobs in April.")
    assert q.change == "up"


def test_a_quote_closed_after_a_number_is_no_inch_mark(blank_nlp) -> None:
    (q,) = _run(blank_nlp, 'He said losses were "well over 90,000" and rising.')
    assert q.unit is None
    (q,) = _run(blank_nlp, 'The tablet has an 11" screen.')
    assert q.unit == "inch"


def test_a_unit_glued_by_a_hyphen_and_a_one_letter_currency_code(blank_nlp) -> None:
    (q,) = _run(blank_nlp, "A single 10-Gbps link carries the traffic.")
    assert q.unit == "gigabit per second"
    (q,) = _run(blank_nlp, "A $4.5 million fine was proposed.")
    assert q.unit == "dollar"
    (q,) = _run(blank_nlp, "It cost A$4.5 million.")
    assert q.unit == "australian dollar"


@pytest.mark.model
def test_a_scaled_amount_with_a_noun_of_its_own_keeps_it(nlp_en) -> None:
    found = _run(nlp_en, "A $2 million fine was set for a firm that sent 30 million spam texts.")
    assert [q.unit for q in found] == ["dollar", "spam text"]
    # (a bare scaled amount still shares the unit before it)
    found = _run(nlp_en, "Revenue was $5 billion in 2022 and 6 billion in 2023.")
    assert [q.unit for q in found] == ["dollar", "dollar"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The birth rate slipped to 8.7 per 1,000 population.", 8.7, "per 1,000 population"),
        ("Infant mortality fell to 3.6 deaths per 1,000 live births.", 3.6, "per 1,000"),
        ("The murder rate rose to 6.5 per 100,000 residents.", 6.5, "per 100,000"),
        ("There were 97.6 men for every 100 women.", 97.6, "for every 100"),
    ],
)
def test_a_rates_round_base_is_part_of_its_unit(nlp_en, text: str, value: float, unit: str) -> None:
    q = _one(_run(nlp_en, text))
    assert q.value == pytest.approx(value) and q.unit is not None and unit in q.unit


@pytest.mark.model
def test_a_price_on_a_quantity_of_its_own_keeps_both(nlp_en) -> None:
    found = _run(nlp_en, "Farmers were paid Rs 3,900 per 40 kilogrammes of wheat.")
    assert [q.value for q in found] == [3900, 40]


@pytest.mark.model
def test_a_span_of_time_counted_over_lends_no_unit_to_a_base(nlp_en) -> None:
    found = _run(
        nlp_en, "Organisers expect 75,000 visitors over the fair's five days, compared with 68,000."
    )
    assert found[-1].value == 68000 and found[-1].unit != "day"


@pytest.mark.model
def test_a_base_after_the_levels_own_time_takes_its_unit(nlp_en) -> None:
    found = _run(
        nlp_en, "Dublin City Council logged 4,312 pothole complaints last year, up from 3,190."
    )
    assert [q.value for q in found] == [4312, 3190]
    assert found[1].unit == found[0].unit == "pothole complaint"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lindqvist cleared 6.25m at the third attempt.", 6.25),
        ("Her long jump of 7.12m was a personal best.", 7.12),
        ("The 5,000m winner ran a championship record.", 5000),
        ("She ran 21.9sec in the 200m to reach the final.", 200),
    ],
)
def test_an_athletes_height_length_or_race_in_m_is_metres(nlp_en, text: str, value: float) -> None:
    found = [q for q in _run(nlp_en, text) if q.unit in ("meter", "metre")]
    assert [q.value for q in found] == [value]
    # (a bare "m" before the people it counts is still millions)
    assert _one(_run(nlp_en, "The app has 6.25m users.")).value == 6_250_000


@pytest.mark.model
def test_the_level_a_change_started_from_is_a_quantity(nlp_en) -> None:
    found = _run(nlp_en, "The ruling party's majority was cut to 12 from 80, a poll found.")
    assert [q.value for q in found] == [12, 80]
    found = _run(nlp_en, "Labour's lead has narrowed to six points from 14 a month ago.")
    assert [q.value for q in found] == [6, 14]


@pytest.mark.model
def test_a_votes_two_sides_after_by_are_no_range(nlp_en) -> None:
    found = _run(nlp_en, "The measure was passing by 51.3% to 48.7% on Wednesday.")
    assert [q.value for q in found] == [51.3, 48.7]
    found = _run(nlp_en, "Forecasts put growth at 2% to 3% next year.")
    assert [(q.low, q.high) for q in found] == [(2, 3)]


@pytest.mark.model
def test_falling_short_of_a_mark_is_no_fall(nlp_en) -> None:
    q = _one(_run(nlp_en, "The alliance fell 44 seats short of an absolute majority."))
    assert q.value == 44 and q.change == "="
    assert _run(nlp_en, "The alliance fell 44 seats in the vote.")[0].change == "down"
