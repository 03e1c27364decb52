"""Time frames: the as-of date of a figure and, for a count of a period, the days it covers.

Every sentence here is made up for the test. Weekdays of the article dates used:
2024-03-20 Wednesday, 2024-03-17 Sunday, 2022-11-18 Friday, 2023-08-14 Monday,
2025-01-01 Wednesday, 2022-04-01 Friday, 2024-06-19 Wednesday, 2023-05-01 Monday.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.nlp.dates import WAR_START, TimeRef, as_of, time_ref
from claimledger.nlp.timex import find_timexes


def ref(sentence: str, article: str | None, figure: str, nth: int = 0, **kw) -> TimeRef:
    """The frame of the ``nth`` occurrence of ``figure`` in ``sentence``."""
    at = -1
    for _ in range(nth + 1):
        at = sentence.index(figure, at + 1)
    return time_ref(sentence, article, at, **kw)


def words(sentence: str, span: tuple[int, int] | None) -> str | None:
    return sentence[span[0] : span[1]] if span else None


# ----------------------------------------------------------------------------- the wrapper


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Russia lost 400 tanks.", "2024-03-20"),
        ("As of 15 March 2024, Russia had lost 400 tanks.", "2024-03-15"),
        ("By March 1, 2024 the toll was 400.", "2024-03-01"),
        ("On 2024-02-29 the ministry said 12.", "2024-02-29"),
        ("The ministry said yesterday that 12 drones were downed.", "2024-03-19"),
        ("On Monday the ministry said 12 drones were downed.", "2024-03-18"),
        ("Losses since February 2022 exceed 400,000.", "2024-03-20"),
        ("As of 31 February 2024 nothing.", "2024-03-20"),  # not a date: ignored
    ],
)
def test_as_of_wrapper(sentence: str, expected: str):
    assert as_of(sentence, "2024-03-20") == expected


def test_no_article_date():
    assert as_of("Russia lost 400 tanks yesterday.", None) is None
    assert as_of("The ministry said on Sunday that 1,200 soldiers died.", None) is None
    assert as_of("As of 15 March 2024, 400.", None) == "2024-03-15"
    assert ref("Officials counted 400 by 2024-03-15.", None, "400").as_of == "2024-03-15"


def test_article_date_by_default_has_no_span():
    r = ref("Russia lost 400 tanks.", "2024-03-20", "400")
    assert r == TimeRef("2024-03-20")


# ----------------------------------------------------------------------------- weekdays


def test_weekday_same_as_the_article_day_counts():
    s = "The ministry said on Sunday that 1,200 soldiers had been killed."
    r = ref(s, "2024-03-17", "1,200")
    assert r.as_of == "2024-03-17" and words(s, r.as_of_span) == "Sunday"
    assert r.aggregation is None


def test_weekday_is_the_latest_on_or_before_the_article_date():
    s = "The ministry said on Friday that 1,200 soldiers had been killed."
    assert ref(s, "2024-03-17", "1,200").as_of == "2024-03-15"
    assert ref(s, "2024-03-20", "1,200").as_of == "2024-03-15"


def test_last_weekday_is_strictly_before():
    s = "Last Sunday the ministry said 500 soldiers had died."
    assert ref(s, "2024-03-17", "500").as_of == "2024-03-10"


def test_weekday_across_the_new_year():
    s = "The ministry said on Sunday that 300 drones were shot down."
    assert ref(s, "2025-01-01", "300").as_of == "2024-12-29"


def test_bare_weekday_after_a_reporting_verb_is_the_report():
    s = "A senior official estimated Monday that as many as 80,000 soldiers had been hurt."
    r = ref(s, "2023-08-14", "as many")
    assert r.as_of == "2023-08-14" and r.aggregation is None


# ----------------------------------------------------------------------------- days


@pytest.mark.parametrize(
    "sentence, article, expected",
    [
        ("Kyiv said on March 25 that 40 drones were shot down.", "2024-04-02", "2024-03-25"),
        ("Kyiv said on December 28 that 40 drones were shot down.", "2024-01-05", "2023-12-28"),
        ("Officials said on Oct. 9 that 600,000 were hurt.", "2024-10-10", "2024-10-09"),
        ("As of 9 October 2024, Russia had lost 650,000 soldiers.", "2024-10-11", "2024-10-09"),
        ("The dashboard showed 1,200 cases on 2024-02-29.", "2024-03-05", "2024-02-29"),
        ("Kyiv said on April 1 that 40 drones were shot down.", "2022-03-15", "2021-04-01"),
        ("Officials said on Feb. 29 that 40 cases were found.", "2025-03-10", "2024-02-29"),
        ("Officials said on Dec. 31 that 100 cases were found.", "2025-01-02", "2024-12-31"),
        ("On Friday, 6 May, the minister said 40 people had died.", "2022-05-10", "2022-05-06"),
    ],
)
def test_days_without_and_with_a_year(sentence: str, article: str, expected: str):
    figure = [w for w in sentence.split() if w[0].isdigit()][-1]  # the count, not the day
    assert ref(sentence, article, figure).as_of == expected


def test_as_of_friday_morning_april_1_and_since_the_invasion():
    s = (
        "Losses since the beginning of the full-scale invasion on February 24, as of Friday "
        "morning, April 1, amounted to about 17,700 personnel, the General Staff said."
    )
    r = ref(s, "2022-04-01", "about 17,700")
    assert r.as_of == "2022-04-01"
    assert words(s, r.as_of_span) == "Friday morning, April 1"
    assert r.aggregation == "cumulative" and r.since == WAR_START.isoformat()
    assert words(s, r.since_span).startswith("since the beginning of the full-scale invasion")


def test_since_a_full_war_start_date_is_a_start_never_the_as_of():
    s = "Russia has lost 315,620 soldiers since February 24, 2022, the General Staff said."
    r = ref(s, "2023-11-16", "315,620")
    assert r.as_of == "2023-11-16" and r.as_of_span is None
    assert r.aggregation == "cumulative" and r.since == "2022-02-24"


def test_february_24_without_a_year_is_the_war_start_in_a_later_year():
    s = "Since February 24, Russia has lost 4,000 tanks."
    r = ref(s, "2023-05-02", "4,000")
    assert r.aggregation == "cumulative" and r.since == "2022-02-24"


def test_in_total_since_and_so_far_are_cumulative():
    assert ref("In total, 400 tanks have been lost so far.", "2024-03-20", "400").aggregation == (
        "cumulative"
    )
    r = ref("Since the war began in late February, 1,300 were killed.", "2022-04-10", "1,300")
    assert r.aggregation == "cumulative" and r.since == "2022-02-24"


# ----------------------------------------------------------------------------- months, years


def test_a_month_alone_gives_its_last_day_and_a_period():
    s = "The agency recorded 12,000 arrivals in February."
    r = ref(s, "2024-03-20", "12,000")
    assert r.as_of == "2024-02-29"  # a leap year
    assert (r.aggregation, r.period_days) == ("period", 29)
    assert (r.period_start, r.period_end) == ("2024-02-01", "2024-02-29")
    assert words(s, r.period_span) == "February"


def test_the_current_month_gives_the_article_date():
    r = ref("In March, 4,000 arrivals were recorded.", "2024-03-20", "4,000")
    assert r.as_of == "2024-03-20"
    assert (r.period_start, r.period_end, r.period_days) == ("2024-03-01", "2024-03-19", 19)


def test_a_month_after_the_article_month_is_last_year():
    r = ref("In November, 300 people died.", "2024-03-20", "300")
    assert r.as_of == "2023-11-30" and r.period_days == 30


def test_a_month_beside_a_reporting_verb_is_the_report_not_a_period():
    s = "In September 2022, the defence minister said 5,937 soldiers had been killed."
    r = ref(s, "2024-03-20", "5,937")
    assert r.as_of == "2022-09-30" and r.aggregation is None


def test_a_year_is_a_period_and_a_leap_year_has_366_days():
    s = "Russia lost 430,790 soldiers in 2024, the commander said on Jan. 19."
    r = ref(s, "2025-01-24", "430,790")
    assert (r.as_of, r.period_days) == ("2024-12-31", 366)


def test_a_year_header_clipped_by_as_of():
    s = "2025 (as of June 4): over 200,000 soldiers lost"
    r = ref(s, "2025-06-12", "over 200,000")
    assert r.as_of == "2025-06-04"
    assert (r.period_start, r.period_end, r.period_days) == ("2025-01-01", "2025-06-04", 155)


def test_first_half_of_a_month_and_a_quarter_that_ended():
    r = ref("Exports fell to 613,000 tonnes in the first half of June.", "2022-06-16", "613,000")
    assert (r.as_of, r.period_days) == ("2022-06-15", 15)
    s = "The company earned $1.9 billion in its fourth quarter, which ended July 31."
    r = ref(s, "2010-08-12", "$1.9")
    assert (r.as_of, r.period_start, r.period_days) == ("2010-07-31", "2010-05-01", 92)


def test_the_figure_takes_its_own_time_when_a_sentence_has_several():
    s = "Losses hit over 35,000 in July alone, and escalated to 38,130 by September."
    july = ref(s, "2024-10-11", "over 35,000")
    assert (july.as_of, july.aggregation, july.period_days) == ("2024-07-31", "period", 31)
    sept = ref(s, "2024-10-11", "38,130")
    assert sept.as_of == "2024-09-30" and words(s, sept.as_of_span) == "September"


def test_respectively_pairs_times_and_figures_in_order():
    s = "Losses peaked during July and August, with 1,520 and 1,517 systems, respectively."
    assert ref(s, "2024-10-11", "1,520").as_of == "2024-07-31"
    assert ref(s, "2024-10-11", "1,517").as_of == "2024-08-31"


# ----------------------------------------------------------------------------- periods


@pytest.mark.parametrize(
    "phrase",
    [
        "in the past 24 hours",
        "over the past day",
        "over the last day",
        "within a day",
        "in the previous 24 hours",
        "in just 24 hours",
        "during the day",
        "in a single day",
    ],
)
def test_a_past_day_count_has_the_report_date_and_covers_the_day_before(phrase: str):
    s = f"Russia lost 1,130 troops {phrase}, the General Staff said."
    r = ref(s, "2024-06-19", "1,130")
    assert (r.as_of, r.aggregation, r.period_days) == ("2024-06-19", "period", 1)
    assert (r.period_start, r.period_end) == ("2024-06-18", "2024-06-18")


def test_a_past_day_count_from_a_named_report():
    s = "The General Staff said on Sunday that Russia lost 1,160 soldiers in the previous 24 hours."
    r = ref(s, "2024-03-19", "1,160")
    assert r.as_of == "2024-03-17" and r.period_start == "2024-03-16"


@pytest.mark.parametrize(
    "phrase", ["in the past week", "in the previous seven days", "over the last 7 days"]
)
def test_a_past_week_is_seven_days_ending_the_day_before(phrase: str):
    r = ref(f"Russia lost 4,140 troops {phrase}.", "2023-08-14", "4,140")
    assert (r.as_of, r.period_days) == ("2023-08-14", 7)
    assert (r.period_start, r.period_end) == ("2023-08-07", "2023-08-13")


def test_on_a_weekday_alone_is_that_day():
    s = "On Tuesday alone, 710 soldiers were killed."
    r = ref(s, "2022-11-18", "710")
    assert (r.as_of, r.period_start, r.period_end, r.period_days) == (
        "2022-11-15",
        "2022-11-15",
        "2022-11-15",
        1,
    )


def test_last_week_is_the_calendar_week_before():
    r = ref("Russia lost 9,000 soldiers last week.", "2024-03-20", "9,000")
    assert (r.period_start, r.period_end, r.as_of) == ("2024-03-11", "2024-03-17", "2024-03-17")


def test_since_a_month_that_is_not_the_war_start_is_a_period():
    s = "Russia has suffered more than 100,000 casualties since December."
    r = ref(s, "2023-05-01", "more than")
    assert (r.aggregation, r.period_start, r.period_end) == ("period", "2022-12-01", "2023-04-30")
    assert (r.period_days, r.as_of) == (151, "2023-05-01")
    r = ref("Since mid-January, 1,964 names were added.", "2025-01-24", "1,964")
    assert (r.period_start, r.period_days) == ("2025-01-15", 9)


def test_since_the_war_start_vs_since_december_in_the_war():
    s = "Officials said 20,000 were killed since December in the war."
    assert ref(s, "2023-05-01", "20,000").aggregation == "period"


def test_explicit_ranges():
    s = "Losses from February 24 to May 20 amounted to 28,700 personnel."
    r = ref(s, "2022-05-20", "28,700")
    assert (r.aggregation, r.as_of, r.since) == ("cumulative", "2022-05-20", "2022-02-24")
    s = "Losses from March 1 to May 20 amounted to 18,700 personnel."
    r = ref(s, "2022-05-20", "18,700")
    assert (r.aggregation, r.period_days, r.as_of) == ("period", 81, "2022-05-20")
    s = "Cholera killed 66 people between January and August 2020."
    r = ref(s, "2022-05-26", "66")
    assert (r.period_start, r.period_end, r.period_days) == ("2020-01-01", "2020-08-31", 244)


def test_the_first_days_of_the_war_and_the_past_year_and_a_half():
    r = ref("About 10,000 died in the first 100 days of the invasion.", "2022-07-01", "10,000")
    assert (r.period_start, r.as_of, r.period_days) == ("2022-02-24", "2022-06-03", 100)
    r = ref("More than 628,000 were lost in the past year and a half.", "2025-06-12", "628,000")
    assert (r.period_start, r.period_days) == ("2023-12-12", 548)
    # "the first week" is one week; "the first weeks" are not counted
    r = ref("It lost 12 aircraft in the first week of the war.", "2024-06-15", "12")
    assert (r.period_start, r.as_of, r.period_days) == ("2022-02-24", "2022-03-02", 7)
    r = ref("It lost 100 jets in the first weeks of the war.", "2024-06-15", "100")
    assert r.period_days is None


def test_unanchored_durations_are_not_periods():
    s = "The government was shut down for 16 days while 204,000 jobs were added."
    assert ref(s, "2013-11-08", "204,000").aggregation is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia lost 2,600 soldiers in less than a week.",
        "The army lost 900 men in just under a month.",
        "Rebels fired 300 rockets in about two weeks.",
        "The town recorded 40 deaths in a little less than a fortnight.",
    ],
)
def test_a_count_over_a_bounded_duration_is_a_period_of_unknown_days(sentence):
    # a count of a period, but not of a known one: no days for a checker to read
    r = ref(sentence, "2022-11-18", re.search(r"\d[\d,]*", sentence).group())  # type: ignore[union-attr]
    assert r.aggregation == "period"
    assert (r.period_days, r.period_start, r.period_end) == (None, None, None)


@pytest.mark.parametrize(
    ("sentence", "figure", "days"),
    [
        ("Russia lost 300 soldiers in a week.", "300", 7),
        ("The city saw 12 attacks in a single day.", "12", 1),
        ("They fire 300 shells a day.", "300", None),
        ("Exports reached 6 million tonnes a month.", "6 million", None),
    ],
)
def test_in_a_week_is_the_period_and_a_week_alone_the_rate(sentence, figure, days):
    r = ref(sentence, "2024-03-20", figure)
    assert r.period_days == days
    assert r.aggregation == ("period" if days else None)


@pytest.mark.parametrize(
    ("sentence", "figure", "days"),
    [
        ("Grain exports fell 40% in the first half of June, ministry data showed.", "40", 15),
        ("Russia lost 300 soldiers on Sunday, officials said.", "300", 1),
        ("Sales rose 12% in May, figures published on Friday showed.", "12", 31),
    ],
)
def test_a_date_before_a_reporting_clause_is_the_reported_clause_s(sentence, figure, days):
    # after the comma a clause with its own subject reports the clause the date is in
    r = ref(sentence, "2024-06-20", figure)
    assert (r.aggregation, r.period_days) == ("period", days)


def test_a_date_beside_the_reporting_verb_is_the_report_s():
    for s in (
        "Russia has lost 300,000 soldiers, the ministry said on Sunday.",
        "Russia has lost 300,000 soldiers, the ministry on Sunday said.",
        "The total reached 300,000, a Sunday update said.",
    ):
        r = ref(s, "2024-06-20", "300,000")
        assert r.aggregation is None and r.as_of == "2024-06-16", s


def test_a_rate_is_neither_period_nor_cumulative():
    s = "2022: 106,720 soldiers lost, averaging 340 per day"
    assert ref(s, "2025-06-12", "340").aggregation is None
    assert ref(s, "2025-06-12", "106,720").period_days == 365


def test_an_increment_in_brackets_is_the_past_day():
    s = "Losses from February 24 to May 20: tanks 1,263 (plus nine) units."
    r = ref(s, "2022-05-20", "plus nine")
    assert (r.aggregation, r.period_days, r.period_start) == ("period", 1, "2022-05-19")
    assert ref(s, "2022-05-20", "1,263").aggregation == "cumulative"


def test_yesterday_count_vs_said_yesterday():
    r = ref("Three boats were sunk yesterday.", "2024-06-19", "Three")
    assert (r.as_of, r.period_start) == ("2024-06-19", "2024-06-18")
    r = ref("The ministry said yesterday that 400,000 had died.", "2024-06-19", "400,000")
    assert r.as_of == "2024-06-18" and r.aggregation is None


# ----------------------------------------------------------------------------- anchors


def test_earlier_this_month_and_earlier_give_the_article_date():
    s = "An official revealed earlier this month that 80,000 had been hurt."
    r = ref(s, "2022-08-31", "80,000")
    assert r.as_of == "2022-08-31" and words(s, r.as_of_span) == "earlier this month"
    assert ref("Earlier, the mayor said 40 homes burned.", "2022-08-31", "40").as_of == (
        "2022-08-31"
    )


def test_earlier_this_year_is_undated():
    s = "Documents leaked earlier this year put the total at 223,000."
    assert ref(s, "2023-05-02", "223,000").as_of is None


def test_dateline_is_the_report_date():
    s = "Kyiv, April 17: Russia has lost 2,002 armoured vehicles since the beginning of the war."
    r = ref(s, "2022-04-18", "2,002")
    assert (r.as_of, r.aggregation) == ("2022-04-17", "cumulative")


def test_before_a_dated_event_is_the_day_before():
    s = "Ukraine exported up to 6 million tonnes a month before the invasion began on Feb. 24."
    r = ref(s, "2022-06-16", "up to 6")
    assert r.as_of == "2022-02-23" and r.aggregation is None


def test_a_comparison_date_speaks_only_of_its_own_figure():
    s = "The jobless rate rose to 7.3 percent from 7.2 percent in September."
    assert ref(s, "2013-11-08", "7.2").as_of == "2013-09-30"
    assert ref(s, "2013-11-08", "7.3").as_of == "2013-11-08"


def test_the_highest_since_a_date_is_not_a_start():
    s = "It was the highest daily figure since October 19, when the army said 1,380 were lost."
    r = ref(s, "2023-11-16", "1,380")
    assert r.as_of == "2023-10-19" and r.aggregation is None


def test_a_month_relative_clause_is_the_figures_period():
    s = "This was only surpassed by October 2023, which saw 521 losses."
    r = ref(s, "2024-10-11", "521")
    assert (r.as_of, r.period_days) == ("2023-10-31", 31)


# ----------------------------------------------------------------------------- context


def test_context_carries_the_previous_time_to_a_sentence_without_one():
    prev = time_ref("On August 1, the army lost another 1,100 soldiers.", "2024-08-02")
    assert (prev.as_of, prev.period_days) == ("2024-08-01", 1)
    s = "The defence forces also destroyed three more tanks."
    r = ref(s, "2024-08-02", "three", context=prev)
    assert (r.as_of, r.aggregation, r.period_days) == ("2024-08-01", "period", 1)
    assert r.as_of_span is None
    # a sentence without a continuation keeps only the date
    r = ref("Officials counted 56 vehicles.", "2024-08-02", "56", context=prev)
    assert (r.as_of, r.aggregation) == ("2024-08-01", None)


def test_the_present_tense_resets_to_the_article_date():
    prev = time_ref("In 2023, they accounted for 14% of the casualties.", "2025-08-08")
    assert prev.as_of == "2023-12-31"
    r = ref("In addition, 14% of all deaths are prisoners.", "2025-08-08", "14%", context=prev)
    assert r.as_of == "2025-08-08"


def test_a_year_earlier_shifts_from_the_context():
    prev = time_ref(
        "The company earned $1.9 billion in its fourth quarter, which ended July 31.", "2010-08-12"
    )
    s = "Revenue in the quarter a year earlier was $8.5 billion."
    assert ref(s, "2010-08-12", "$8.5", context=prev).as_of == "2009-07-31"
    assert ref(s, "2010-08-12", "$8.5").as_of == "2010-08-12"  # no context: not placed


def test_a_start_pointed_back_at_is_the_day_told_before():
    # "Since then", "between that day and Monday": the day the previous sentence told
    prev = time_ref("The counteroffensive began on June 4.", "2023-08-31")
    assert prev.as_of == "2023-06-04"
    s = "Since then, the army has lost more than 50,000 soldiers, officials said on Monday."
    r = ref(s, "2023-08-31", "50,000", context=prev)
    assert (r.aggregation, r.period_start, r.period_end) == ("period", "2023-06-04", "2023-08-27")
    s = "Between that day and Monday, the count rose by 563."
    r = ref(s, "2023-08-31", "563", context=prev)
    assert (r.aggregation, r.period_start, r.period_end) == ("period", "2023-06-04", "2023-08-28")
    s = "From then until Saturday, it lost 364 tanks."
    r = ref(s, "2023-08-31", "364", context=prev)
    assert (r.period_start, r.period_end) == ("2023-06-04", "2023-08-26")
    # with no day told before, a period that is not placed (never the total)
    for s, fig in (
        ("Since then, the army has lost more than 50,000 soldiers.", "50,000"),
        ("Between that day and Monday, the count rose by 563.", "563"),
    ):
        r = ref(s, "2023-08-31", fig)
        assert (r.aggregation, r.period_days, r.period_start) == ("period", None, None), s
    # ... nor after a month's count: a period's end is no day told
    month = time_ref("In July the army lost 17,820 soldiers.", "2023-08-31")
    r = ref("Since then it has lost 9,000 more.", "2023-08-31", "9,000", context=month)
    assert (r.aggregation, r.period_start) == ("period", None)


def test_according_to_gives_a_year_no_day_of_its_own():
    # "Last year, according to ..., Russia lost ...": "according to" is no statement made on
    # a day, so the year is the count's (a month or year said with "said" stays the report's)
    for s in (
        "Last year, according to General Staff figures, Russia lost 418,170 troops.",
        "In 2025, according to the General Staff, Russia lost 418,170 troops.",
    ):
        r = ref(s, "2026-02-14", "418,170")
        assert (r.aggregation, r.period_start, r.period_end) == (
            "period",
            "2025-01-01",
            "2025-12-31",
        ), s


def test_a_time_after_an_elided_second_figure_is_that_figures():
    # "lost about 55,510 troops, and 7,320 in August alone": the second figure's noun is left
    # out, its time is its own; a noun written out shares the time ("9,000 soldiers and 50
    # tanks in August")
    s = "Kyiv said on Thursday that Russia had lost about 55,510 troops, and 7,320 in August."
    assert ref(s, "2022-09-22", "55,510").period_days is None
    assert ref(s, "2022-09-22", "7,320").period_start == "2022-08-01"
    s = "Russia lost 9,000 soldiers and 50 tanks in August."
    assert ref(s, "2022-09-22", "9,000").period_start == "2022-08-01"


def test_when_the_counted_were_recruited_is_not_when_they_were_counted():
    # "2,003 were men called up in last autumn's mobilisation": the call-up's time, not the
    # count's (for this figure or one before it)
    s = (
        "At least 1,027 of them were prisoners recruited from penal colonies, and 2,003 were "
        "men called up in last autumn's mobilisation."
    )
    for fig in ("1,027", "2,003"):
        assert ref(s, "2023-02-24", fig).aggregation != "period", fig
    # a loss's own time stays the count's
    r = ref("Russia lost 3,000 soldiers captured in Kursk in August.", "2024-09-24", "3,000")
    assert r.period_start == "2024-08-01"


@pytest.mark.parametrize(
    "sentence",
    [
        "Over calendar 2025, the General Staff counted 418,170 Russian personnel losses.",
        "In calendar year 2025 the General Staff counted 418,170 Russian personnel losses.",
        # "according to" before the year is no statement made in it
        "According to the General Staff of Ukraine, in 2025 the Russian army lost 418,170.",
    ],
)
def test_a_calendar_year_is_the_counts_year(sentence):
    r = ref(sentence, "2026-02-24", "418,170")
    assert (r.aggregation, r.period_start, r.period_end) == ("period", "2025-01-01", "2025-12-31")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # the war's anniversary unnumbered: the last 24 February
        ("Oryx had documented 1,772 Russian tanks lost by the anniversary.", "1,772"),
        ("On the anniversary of the invasion, Kyiv put losses at 145,850.", "145,850"),
    ],
)
def test_an_unnumbered_anniversary_is_the_last_24_february(sentence, figure):
    assert ref(sentence, "2023-03-10", figure).as_of == "2023-02-24"


def test_this_morning_is_the_articles_day_whatever_came_before():
    prev = time_ref("In November the enemy lost 370 tanks.", "2024-12-01")
    s = "As of this morning, the total combat losses amount to 742,130."
    assert ref(s, "2024-12-01", "742,130", context=prev).as_of == "2024-12-01"
    # ... a point, not a day's count: "another 660 ... in a single day" stays the day's
    s = "Kyiv put the toll at 100,400 this morning after another 660 were lost in a single day."
    r = ref(s, "2022-12-22", "660")
    assert (r.aggregation, r.period_start) == ("period", "2022-12-21")


def test_a_parts_own_time_beats_the_wholes_start():
    # "since the beginning of ... on Feb. 24, 2022, including 1,740 casualties over the
    # past day": the day is the part's; the whole keeps its start
    s = (
        "Russia has lost 484,030 troops in Ukraine since the beginning of its full-scale "
        "invasion on Feb. 24, 2022, including 1,740 casualties over the past day, the General "
        "Staff reported on May 13."
    )
    r = ref(s, "2024-05-13", "1,740")
    assert (r.aggregation, r.period_start, r.period_end) == ("period", "2024-05-12", "2024-05-12")
    assert ref(s, "2024-05-13", "484,030").aggregation == "cumulative"
    # ... and keeps the report's day told before "including"
    s = (
        "The General Staff said on Friday that about 39,000 Russian troops had been killed "
        "since February 24, including 150 in the previous 24 hours."
    )
    r = ref(s, "2022-07-23", "150")
    assert (r.as_of, r.period_start) == ("2022-07-22", "2022-07-21")


def test_own_time_words_win_over_the_context():
    prev = time_ref("On August 1, the army lost another 1,100 soldiers.", "2024-08-02")
    r = ref("In March, 4,000 were recorded.", "2024-08-02", "4,000", context=prev)
    assert r.as_of == "2024-03-31"


# ----------------------------------------------------------------------------- lexical layer


@pytest.mark.parametrize(
    "sentence, found",
    [
        ("Theresa May said 40 seats were lost in May.", ["May"]),
        ("Prices may march higher.", []),
        ("In the 2022 invasion 400 died.", []),
        ("The ministry counted 1,520 and 2,030 units.", []),
        ("In September 5,000 soldiers died.", ["September"]),
    ],
)
def test_month_names_and_years_only_when_they_are_times(sentence: str, found: list[str]):
    assert [sentence[t.start : t.end] for t in find_timexes(sentence)] == found


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.integers(min_value=0, max_value=200))
def test_never_raises_and_spans_slice_the_sentence(text: str, at: int):
    r = time_ref(text, "2024-03-20", min(at, len(text)))
    for span in (r.as_of_span, r.period_span, r.since_span):
        assert span is None or 0 <= span[0] <= span[1] <= len(text)
    if r.period_days is not None and r.period_start and r.period_end:
        assert r.period_days >= 1 and r.period_start <= r.period_end


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(
        [
            "on Sunday",
            "in July",
            "since December",
            "in the past week",
            "last week",
            "on March 25",
            "in 2023",
            "between January and March",
            "yesterday",
            "last month",
        ]
    ),
    st.dates(
        min_value=__import__("datetime").date(2000, 1, 1),
        max_value=__import__("datetime").date(2030, 12, 31),
    ),
)
def test_relative_times_never_fall_after_the_article_date(phrase: str, day):
    r = time_ref(f"Officials counted 400 deaths {phrase}.", day.isoformat(), 18)
    assert r.as_of is not None and r.as_of <= day.isoformat()
    assert r.period_end is None or r.period_end <= day.isoformat()


def test_a_shift_moves_from_the_sentence_own_date():
    s = "The toll rose to 58 on Monday, up from 44 a day earlier."
    r = ref(s, "2024-05-15", "58")
    assert (r.as_of, r.aggregation) == ("2024-05-13", "cumulative")
    assert ref(s, "2024-05-15", "44").as_of == "2024-05-12"


def test_over_the_weekend_is_the_latest_saturday_and_sunday():
    r = ref("Over the weekend, 14 people were killed.", "2024-05-15", "14")
    assert (r.period_start, r.period_end, r.period_days) == ("2024-05-11", "2024-05-12", 2)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Losses from 24.02.22 to 12.03.24 were about 427,300 personnel.", "2024-03-12"),
        ("As of 12.03.2024, the enemy lost 427,300 personnel.", "2024-03-12"),
        ("As of 03/12/2024, the enemy lost 427,300 personnel.", "2024-03-20"),  # ambiguous
        ("As of 03/13/2024, the enemy lost 427,300 personnel.", "2024-03-13"),
        ("As of 13/03/2024, the enemy lost 427,300 personnel.", "2024-03-13"),
    ],
)
def test_numeric_dates_day_first_with_dots_and_only_unambiguous_with_slashes(sentence, expected):
    r = ref(sentence, "2024-03-20", "427,300")
    assert r.as_of == expected
    if "24.02.22" in sentence:
        assert (r.aggregation, r.since) == ("cumulative", "2022-02-24")


def test_the_next_day_follows_the_previous_sentence():
    prev = time_ref("On March 1, 2022, the count stood at 5,710.", "2025-06-12")
    s = "The next day, losses rose to 5,840, and by March 3 the figure was 9,000."
    assert ref(s, "2025-06-12", "5,840", context=prev).as_of == "2022-03-02"


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        (
            "The next day, losses rose to 5,840, and by March 3 the figure was 9,000.",
            "9,000",
            "2022-03-03",
        ),
        ("By April 20, the count had reached 18,000.", "18,000", "2022-04-20"),
        ("In April, the count rose to 18,000.", "18,000", "2022-04-30"),
        # more than two months on, or before the day just told: the article's year
        ("On June 11, Russian forces lost another 1,140 soldiers.", "1,140", "2025-06-11"),
        ("By February 20, the count had reached 18,000.", "18,000", "2025-02-20"),
        ("On March 3, 2024, the count was 9,000.", "9,000", "2024-03-03"),
    ],
)
def test_a_date_without_a_year_follows_a_story_told_from_an_earlier_year(
    sentence, figure, expected
):
    """Temporal anaphora: "on March 1, 2022 ... by March 3" is March 3, 2022."""
    prev = time_ref("On March 1, 2022, the count stood at 5,710.", "2025-06-12")
    assert ref(sentence, "2025-06-12", figure, context=prev).as_of == expected
    # with no dated sentence before it, the same date is in the article's year
    if "2024" not in sentence and "June" not in sentence and "February" not in sentence:
        assert ref(sentence, "2025-06-12", figure).as_of.startswith("2025")


def test_a_unit_to_a_date_and_year_to_date():
    r = ref("Exports reached 2 million tonnes in the week to March 17.", "2024-03-20", "2 million")
    assert (r.as_of, r.period_start, r.period_end) == ("2024-03-17", "2024-03-11", "2024-03-17")
    s = "Inflation was 15.93 percent in the 12 months ending June 2021."
    r = ref(s, "2021-07-16", "15.93")
    assert (r.as_of, r.period_start, r.period_days) == ("2021-06-30", "2020-07-01", 365)
    r = ref("Sales rose 4% year to date.", "2024-03-20", "4%")
    assert (r.period_start, r.period_end) == ("2024-01-01", "2024-03-19")
    r = ref("Some 300 people fled in the past fortnight.", "2024-03-20", "300")
    assert (r.period_start, r.period_days) == ("2024-03-06", 14)


def test_a_period_counted_in_any_number_words():
    """The count of a period is any number word (numbers.parse_words), not a short list."""
    r = ref("Some 1,200 homes were hit in the past forty days.", "2024-03-20", "1,200")
    assert (r.aggregation, r.period_days) == ("period", 40)
    r = ref("Rescuers found 61 survivors over the last thirteen days.", "2024-03-20", "61")
    assert (r.aggregation, r.period_days) == ("period", 13)
    r = ref("Prices rose 3% over the past few days.", "2024-03-20", "3%")
    assert r.period_days is None  # "few" counts nothing


def test_without_an_article_date_a_period_keeps_its_length():
    r = ref("The day before alone, Russia lost 820 soldiers.", None, "820")
    assert (r.as_of, r.aggregation, r.period_days, r.period_start) == (None, "period", 1, None)
    r = ref("Russia lost 4,140 troops in the past week.", None, "4,140")
    assert (r.as_of, r.period_days) == (None, 7)
    r = ref("Russia lost 251,620 soldiers since the invasion began.", None, "251,620")
    assert (r.as_of, r.aggregation) == (None, "cumulative")
    assert time_ref("Russia lost 400 tanks.", "2024-03-20", -5).as_of == "2024-03-20"


def test_the_first_months_of_a_year():
    r = ref("During the first nine months of the year, 10,000 people died.", "2024-11-05", "10,000")
    assert (r.period_start, r.period_end, r.as_of) == ("2024-01-01", "2024-09-30", "2024-09-30")
    r = ref("In the first three months of 2023, 900 died.", "2024-11-05", "900")
    assert (r.period_days, r.as_of) == (90, "2023-03-31")


def test_year_list_headers_each_govern_their_own_line():
    for gap in ("\n", "\n\n", "  "):
        s = (
            f"Losses by year:{gap}2021: 8,100 lost, about 22 a day"
            f"{gap}2022: 9,400 lost, about 26 a day"
        )
        assert ref(s, "2024-06-12", "8,100").as_of == "2021-12-31"
        assert ref(s, "2024-06-12", "22").as_of == "2021-12-31"  # not the next line's header
        assert ref(s, "2024-06-12", "9,400").as_of == "2022-12-31"
    # a year after words is not a header
    s = "The company said 2022: a hard year, with 300 layoffs."
    assert ref(s, "2024-06-12", "300").as_of == "2024-06-12"


def test_a_figure_said_of_the_previous_figure_shares_its_time():
    prev = ref("Inflation eased to 7.1 percent in March 2023.", "2023-05-10", "7.1")
    s = "This is 0.4 percentage points lower than the rate recorded in February 2023."
    assert ref(s, "2023-05-10", "0.4", context=prev).as_of == "2023-03-31"
    # other present-tense sentences are about now
    s = "There are 40 inspectors at the plant."
    assert ref(s, "2023-05-10", "40", context=prev).as_of == "2023-05-10"


def test_bringing_the_total_to_is_the_running_total():
    s = "The staff said 1,100 soldiers were killed in the past day, bringing the total to 480,000."
    assert ref(s, "2024-06-12", "1,100").period_days == 1
    r = ref(s, "2024-06-12", "480,000")
    assert (r.aggregation, r.as_of) == ("cumulative", "2024-06-12")


@pytest.mark.parametrize(
    "tail",
    [
        "bringing Russia's total losses to 790,800",
        "bringing total losses to 790,800",
        "raising the overall toll to 790,800",
        "pushing its losses since February 2022 to about 790,800",
    ],
)
def test_a_resultative_names_the_running_total_whatever_its_determiner(tail: str):
    s = f"Russia lost 1,200 soldiers over the past day, {tail}."
    assert ref(s, "2025-01-01", "1,200").period_days == 1
    r = ref(s, "2025-01-01", "790,800")
    assert r.aggregation == "cumulative" and r.period_days is None


def test_a_resultative_with_a_time_word_is_a_periods_total():
    s = "Russia lost 300 soldiers on Monday, bringing the week's losses to 2,100."
    assert ref(s, "2025-01-01", "2,100").aggregation != "cumulative"


def test_over_the_year_is_the_year_the_previous_sentence_counted():
    prev = ref("Russia lost more than 250,000 soldiers in 2023.", "2024-01-02", "250,000")
    s = "The Russian army lost 2,948 tanks over the year."
    r = ref(s, "2024-01-02", "2,948", context=prev)
    assert (r.aggregation, r.period_start, r.period_end) == ("period", "2023-01-01", "2023-12-31")
    # with no year before it, a count of a period that is not placed: never a total
    r = ref(s, "2024-01-02", "2,948")
    assert r.aggregation == "period" and r.period_start is None and r.period_days is None
    # "the year to March", "the year since": not this reading
    r = ref("Russia lost 3,000 tanks in the year to March.", "2023-12-31", "3,000")
    assert r.period_days == 365


def test_a_figure_dated_from_a_month_is_of_that_month_not_a_count_since_it():
    s = "Its last official figure, 5,937 dead, dates from September 2022."
    r = ref(s, "2024-02-24", "5,937")
    assert (r.as_of, r.aggregation) == ("2022-09-30", None)
    # "since December, when it put ...": the when-clause speaks of December, its last day
    s = "The Pentagon has not updated its estimate since December, when it put the toll at 315,000."
    assert ref(s, "2024-02-24", "315,000").as_of == "2023-12-31"
    # "from June" still starts a period
    assert ref("From June, Russia lost 5,000 tanks.", "2024-02-24", "5,000").aggregation == "period"


def test_seasons_and_forecasts():
    s = "British intelligence said Russia's casualties could reach one million by the summer."
    r = ref(s, "2025-05-10", "one million")
    assert r.future and r.as_of == "2025-08-31"
    r = ref("Russia could lose 1 million troops by 2026, analysts said.", "2025-05-10", "1 million")
    assert r.future
    r = ref("Russia will lose 500,000 troops next year, analysts said.", "2025-05-10", "500,000")
    assert r.future
    # a season or year that has begun is no forecast
    r = ref("Russia lost 40,000 troops last summer.", "2025-05-10", "40,000")
    assert not r.future and (r.period_start, r.period_end) == ("2024-06-01", "2024-08-31")
    assert not ref("Russia lost 150,000 troops this year.", "2025-05-10", "150,000").future
    # "the fall of Bakhmut" is an event, not autumn
    r = ref("Russia lost 20,000 troops since the fall of Bakhmut.", "2025-05-10", "20,000")
    assert r.period_start != "2025-09-01" and not r.future


def test_a_total_in_parentheses_is_read_inside_them() -> None:
    s = "Over the past day, Russian forces lost 1,580 soldiers (812,670 in total), Kyiv said."
    day = time_ref(s, "2025-01-15", s.index("1,580"))
    total = time_ref(s, "2025-01-15", s.index("812,670"))
    assert (day.aggregation, day.period_days) == ("period", 1)
    assert total.aggregation == "cumulative" and total.period_days is None


def test_the_figure_that_brings_a_total_somewhere_is_an_increment() -> None:
    s = "Ukrainian forces destroyed 52 artillery systems, bringing the total to 21,975."
    inc = time_ref(s, "2025-01-15", s.index("52"))
    total = time_ref(s, "2025-01-15", s.index("21,975"))
    assert inc.aggregation == "period" and inc.period_days is None  # a period not placed
    assert total.aggregation == "cumulative"
    # carrying on a day's count, it is that day's
    day = time_ref("Russia lost 1,580 troops in the past day.", "2025-01-15", 12)
    s2 = "The army also destroyed 52 artillery systems, bringing the total to 21,975."
    also = time_ref(s2, "2025-01-15", s2.index("52"), context=day)
    assert (also.aggregation, also.period_days) == ("period", 1)


def test_the_previous_week_or_month_is_the_one_before_the_one_just_counted() -> None:
    week = time_ref("Over the past seven days, Russia lost 6,000 troops.", "2025-08-17", 40)
    s = "That is lower than the previous week's, when the General Staff reported 7,110."
    prev = time_ref(s, "2025-08-17", s.index("7,110"), context=week)
    assert (prev.period_start, prev.period_end) == ("2025-08-03", "2025-08-09")
    alone = time_ref(s, "2025-08-17", s.index("7,110"))
    assert (alone.period_start, alone.period_end) == ("2025-08-10", "2025-08-16")
    october = time_ref("Russia lost 41,980 troops in October.", "2024-11-01", 12)
    s = "In the previous month, it lost 38,130."
    sept = time_ref(s, "2024-11-01", s.index("38,130"), context=october)
    assert (sept.period_start, sept.period_end) == ("2024-09-01", "2024-09-30")


@pytest.mark.parametrize(
    "s", ["in a little over three months", "in just over a week", "in more than a month"]
)
def test_a_period_given_as_a_bound_is_not_placed(s) -> None:
    ref = time_ref(f"Kyiv has counted 100,000 Russian casualties {s}.", "2024-05-25", 17)
    assert ref.aggregation == "period" and ref.period_days is None


def test_a_forecast_does_not_date_the_next_sentence() -> None:
    s0 = "The yards could be largely empty by 2026."
    fut = time_ref(s0, "2025-02-24", None)
    s = "Oryx puts Russian losses of infantry fighting vehicles at 5,531."
    assert time_ref(s, "2025-02-24", s.index("5,531"), context=fut).as_of == "2025-02-24"
    s2 = "That would leave 1,000 tanks."
    assert time_ref(s2, "2025-02-24", s2.index("1,000"), context=fut).as_of == fut.as_of


def test_a_figure_in_the_present_is_as_of_the_article_date() -> None:
    before = time_ref("About 75,000 men had died by the end of 2023.", "2024-02-23", 6)
    s = "The site Oryx lists 2,754 Russian tanks."
    assert time_ref(s, "2024-02-23", s.index("2,754"), context=before).as_of == "2023-12-31"
    now = time_ref(s, "2024-02-23", s.index("2,754"), context=before, present=True)
    assert now.as_of == "2024-02-23"


def test_the_start_of_one_fronts_fighting_is_not_the_wars() -> None:
    s = "Since the beginning of hostilities in the Kursk direction, the enemy has lost 69 tanks."
    local = time_ref(s, "2024-08-20", s.index("69"))
    assert local.aggregation == "period" and local.period_days is None and local.since is None
    for whole in (
        "Since the start of the war in February 2022, Russia has lost 4,130 tanks.",
        "Since the start of the war in Ukraine, Russia has lost 4,130 tanks.",
    ):
        assert time_ref(whole, "2024-08-20", whole.index("4,130")).aggregation == "cumulative"


def test_the_next_event_told_in_the_past_happened_in_the_night_counted_before() -> None:
    night = time_ref("Russia launched 70 missiles at Ukraine overnight.", "2025-04-24", 16)
    assert night.night and night.period_days == 1
    s = "Air defences shot down 48 cruise missiles."
    after = time_ref(s, "2025-04-24", s.index("48"), context=night, present=False)
    assert (after.aggregation, after.period_start, after.night) == ("period", "2025-04-23", True)
    # in the present, or without a parse saying so, only the date is kept
    now = time_ref(s, "2025-04-24", s.index("48"), context=night, present=True)
    assert now.aggregation is None
    assert time_ref(s, "2025-04-24", s.index("48"), context=night).aggregation is None


def test_the_day_a_statement_was_made_is_not_what_it_counts() -> None:
    s = (
        "Kremlin spokesman Dmitry Peskov on Wednesday dismissed estimates that Russia has "
        "lost more than 500,000 soldiers."
    )
    ref = time_ref(s, "2024-06-05", s.index("more than"))
    assert ref.aggregation is None and ref.as_of == "2024-06-05"


def test_what_a_months_reports_told_of_is_that_months() -> None:
    s = "Last month, the Ukrainian military reported destroying 272 Russian tanks."
    month = time_ref(s, "2025-04-01", s.index("272"))
    assert (month.period_start, month.period_end) == ("2025-03-01", "2025-03-31")
    s = "On Sunday, the ministry said Russia had lost 1,000 troops."
    assert time_ref(s, "2025-04-01", s.index("1,000")).aggregation is None  # the report's day


def test_a_shift_moves_the_period_it_is_compared_with() -> None:
    s = "Kyiv reported 140 tanks lost in May, compared with 227 in April and 359 a year earlier."
    ref = time_ref(s, "2025-06-01", s.index("359"))
    assert (ref.period_start, ref.period_end) == ("2024-05-01", "2024-05-31")
    may = time_ref("Russia lost 35,370 troops in May.", "2025-06-01", 12)
    s = "Artillery losses also fell, to 1,391 systems from 1,584 the month before."
    before = time_ref(s, "2025-06-01", s.index("1,584"), context=may)
    assert (before.period_start, before.period_end) == ("2025-04-01", "2025-04-30")


def test_a_day_before_an_event_named_by_its_day() -> None:
    s = "The count rose to more than 400, up from 372 before Sunday's drone strikes."
    assert time_ref(s, "2025-06-03", s.index("372")).as_of == "2025-05-31"


def test_the_first_days_of_an_offensive_are_not_placed() -> None:
    s = "Russia lost at least 100 armored vehicles in the first three days of the offensive."
    ref = time_ref(s, "2023-11-02", s.index("at least"))
    assert ref.aggregation == "period" and ref.period_days is None
    s = "Russia lost 1,000 troops in the first week of the war."
    assert time_ref(s, "2023-11-02", s.index("1,000")).period_days == 7


def test_the_month_is_the_month_just_counted() -> None:
    feb = time_ref("Russia lost 9 aircraft in February.", "2024-03-01", 12)
    s = "The tally of Russian aircraft rose by 13 during the month, to 345 in Friday's report."
    ref = time_ref(s, "2024-03-01", s.index("13"), context=feb)
    assert (ref.period_start, ref.period_end) == ("2024-02-01", "2024-02-29")
    alone = time_ref(s, "2024-03-01", s.index("13"))
    assert alone.aggregation == "period" and alone.period_days is None  # not placed
    dateline = time_ref("KYIV, March 1 - Russia lost 900 troops on March 1.", "2024-03-01", 27)
    assert time_ref(s, "2024-03-01", s.index("13"), context=dateline).period_days is None


def test_the_same_week_is_the_week_just_counted_or_none() -> None:
    week = time_ref("Russia said Ukraine lost 2,000 troops over the past week.", "2025-04-26", 24)
    s = "Kyiv said Russia had lost 7,460 troops over the same week, and 156,810 since January 1."
    ref = time_ref(s, "2025-04-26", s.index("7,460"), context=week)
    assert (ref.period_start, ref.period_end) == ("2025-04-19", "2025-04-25")
    alone = time_ref(s, "2025-04-26", s.index("7,460"))
    assert alone.aggregation == "period" and alone.period_days is None


def test_a_parts_time_is_not_the_wholes() -> None:
    s = "Over the past seven days, Russian losses stood at 11,390, including 1,730 in the past day."
    assert time_ref(s, "2024-12-01", s.index("11,390")).period_days == 7
    assert time_ref(s, "2024-12-01", s.index("1,730")).period_days == 1


def test_a_level_on_a_day_is_as_of_that_day() -> None:
    s = "Oryx's tally of Russian tanks stood at 1,924 on Thursday."
    ref = time_ref(s, "2023-04-06", s.index("1,924"))
    assert ref.aggregation is None and ref.as_of == "2023-04-06"
    s = "On Monday the total stood at 743,920, an increase of 11,570 on a week earlier."
    assert time_ref(s, "2024-12-02", s.index("743,920")).as_of == "2024-12-02"
    assert time_ref(s, "2024-12-02", s.index("11,570")).as_of == "2024-11-25"


def test_a_level_at_the_start_or_end_of_a_period_is_as_of_that_day() -> None:
    s = "The count stood at 300,000 at the end of last year."
    assert time_ref(s, "2024-05-10", s.index("300")).as_of == "2023-12-31"
    s = "Losses stood at 360,000 at the beginning of 2024."
    assert time_ref(s, "2024-05-10", s.index("360")).as_of == "2024-01-01"
    s = "Its tally had reached 2,100 at the close of March 2023."
    assert time_ref(s, "2024-05-10", s.index("2,100")).as_of == "2023-03-31"
    # "the year" is the year the previous sentence counted
    ctx = time_ref("Russia lost 430,000 troops in 2024.", "2025-01-01", 12)
    s = "Its losses climbed from about 360,000 at the start of the year to 790,800 on January 1."
    assert time_ref(s, "2025-01-01", s.index("about"), context=ctx).as_of == "2024-01-01"
    # the time between the terms dates the first one; the second has its own
    assert time_ref(s, "2025-01-01", s.index("790"), context=ctx).as_of == "2025-01-01"
    # a count (no level) at the end of a month stays a count over its last days
    s = "Russia lost 5,000 troops at the end of March."
    ref = time_ref(s, "2024-05-10", s.index("5,000"))
    assert ref.aggregation == "period" and ref.period_start == "2024-03-21"


def test_a_report_day_named_after_the_days_own_name() -> None:
    for opening in ("On the war's thousandth day, Tuesday,", "On its 1,000th day on Tuesday,"):
        s = f"{opening} the General Staff said that Russia had lost 1,610 soldiers in the past day."
        ref = time_ref(s, "2024-11-20", s.index("1,610"))
        assert (ref.as_of, ref.period_start) == ("2024-11-19", "2024-11-18")
    # without a report, the named day is the day counted
    s = "On the third day, Tuesday, Russia lost 40 tanks."
    assert time_ref(s, "2024-11-20", s.index("40")).period_start == "2024-11-19"


def test_more_than_in_a_time_compares_times_and_ahead_of_a_figure_is_no_day_before() -> None:
    s = "Russia lost 430,790 soldiers in 2024, more than in 2022 and 2023 combined."
    ref = time_ref(s, "2025-01-02", s.index("430"))
    assert (ref.period_start, ref.period_end) == ("2024-01-01", "2024-12-31")
    s = "In December the General Staff recorded 48,670 losses, ahead of November's 45,270."
    assert time_ref(s, "2025-01-02", s.index("48,670")).period_start == "2024-12-01"
    s = "Prices rose ahead of Sunday's vote, when 300 people were arrested."
    assert time_ref(s, "2024-12-30", s.index("300")).as_of == "2024-12-28"


def test_a_change_against_a_time_compares_it_and_losses_in_a_month_are_the_months() -> None:
    s = "Losses fell to 36,570 in February, down almost a quarter from January."
    ref = time_ref(s, "2025-04-02", s.index("36"))
    assert (ref.period_start, ref.period_end) == ("2025-02-01", "2025-02-28")
    s = "Losses fell to 36,570, down almost a quarter from January."
    assert time_ref(s, "2025-04-02", s.index("36")).period_start is None
    s = "42,860: reported Russian personnel losses in July, up about 9 per cent on June."
    ref = time_ref(s, "2026-08-08", s.index("42"))
    assert (ref.aggregation, ref.period_start) == ("period", "2026-07-01")
    s = "The ministry reported in July that Russia had lost 300 tanks."
    assert time_ref(s, "2026-08-08", s.index("300")).aggregation is None
    # "in 2023 and said": not a report's day; "over the twelve months": the year counted
    s = "It counted 4,865 drones destroyed in 2023 and said it had shot down 1,709 missiles."
    assert time_ref(s, "2024-01-03", s.index("4,865")).period_days == 365
    ctx = time_ref("Russia lost 2,952 tanks in 2023.", "2024-01-03", 12)
    s = "Air defences shot down 1,709 cruise missiles over the twelve months."
    assert time_ref(s, "2024-01-03", s.index("1,709"), context=ctx).period_start == "2023-01-01"
    # a relative clause's day is its own
    s = (
        "Losses grew by 253,290 over the course of 2023, according to the General Staff, whose "
        "total on January 1, 2023 had stood at about 106,720."
    )
    assert time_ref(s, "2024-01-03", s.index("253")).period_days == 365
    assert time_ref(s, "2024-01-03", s.index("about 106")).as_of == "2023-01-01"


def test_a_with_clause_keeps_its_own_time_but_not_past_its_comma() -> None:
    s = "Russia has lost 173,068 drones, Kyiv said, with 2,102 knocked out on Tuesday alone."
    assert time_ref(s, "2026-03-12", s.index("173")).period_start is None
    s = "Russia has suffered more than 100,000 casualties, with over 20,000 killed, since December."
    assert time_ref(s, "2023-05-02", s.index("100,000")).aggregation == "period"


def test_report_days_counted_days_and_starts_of_operations() -> None:
    s = (
        "The ministry's report on Monday, which covers the whole of Sunday, put drones downed "
        "over the past day at 617."
    )
    ref = time_ref(s, "2025-09-29", s.index("617"))
    assert (ref.period_start, ref.period_end) == ("2025-09-28", "2025-09-28")
    s = "It is weeks old: on March 25 the Russian Defence Ministry acknowledged 1,351 killed."
    assert time_ref(s, "2022-04-14", s.index("1,351")).aggregation is None
    s = "What we have is the American estimate from August: 120,000 soldiers killed."
    ref = time_ref(s, "2023-11-12", s.index("120"))
    assert (ref.aggregation, ref.as_of) == (None, "2023-08-31")
    s = "Putin claimed on June 13 that Ukraine had lost 160 tanks since the counteroffensive began."
    ref = time_ref(s, "2023-06-18", s.index("160"))
    assert ref.aggregation == "period" and ref.period_start is None
    s = "On Sunday, its count had stood at 25,500."
    assert time_ref(s, "2022-05-09", s.index("25")).as_of == "2022-05-08"
    s = (
        "Russia lost about fourteen thousand soldiers since February 24, a further three "
        "hundred since Saturday's count."
    )
    assert time_ref(s, "2022-03-20", s.index("three")).period_days == 1
    s = "The General Staff listed three tanks over the past day, compared with nine on Feb. 12."
    assert time_ref(s, "2025-03-12", s.index("three")).period_start == "2025-03-11"


def test_the_same_day_of_another_year() -> None:
    s = "Ukraine downed 111 drones on Wednesday, compared with 43 on the same day of 2024."
    ref = time_ref(s, "2025-03-12", s.index("43"))
    assert (ref.period_start, ref.period_days) == ("2024-03-12", 1)


def test_a_figure_given_on_a_day_and_a_level_reached_on_one() -> None:
    s = "The last Russian figure, 5,937 dead, was given by Sergei Shoigu on September 21, 2022."
    ref = time_ref(s, "2024-05-25", s.index("5,937"))
    assert ref.aggregation is None and ref.as_of == "2022-09-21"
    s = "The tally of Russian personnel losses rose to about 149,240 on Tuesday."
    assert time_ref(s, "2023-02-28", s.index("about")).aggregation is None


def test_the_time_of_a_share_of_the_figure_is_the_shares() -> None:
    s = (
        "British officials estimate Russian casualties at some 850,000, and believe almost "
        "half of them were suffered in 2024 alone."
    )
    assert time_ref(s, "2025-02-24", s.index("some")).aggregation is None


def test_weeks_told_before_months_that_name_events_and_levels_of_months() -> None:
    s = "Equipment losses over the week included 66 tanks."
    ref = time_ref(s, "2024-10-27", s.index("66"))
    assert ref.aggregation == "period" and ref.period_start is None  # which week: not said
    s = "The previous week, the General Staff had listed 76 tanks."
    assert time_ref(s, "2024-10-27", s.index("76"), context=ref).period_start is None
    ctx = time_ref("Russia lost 7,000 troops in the past week.", "2024-10-27", 12)
    s = "Over the week it also lost 66 tanks."
    assert time_ref(s, "2024-10-27", s.index("66"), context=ctx).period_start == ctx.period_start
    s = "The General Staff lists 421 aircraft, a gap explained by Ukraine's June drone strikes."
    assert time_ref(s, "2025-07-17", s.index("421")).as_of == "2025-07-17"
    s = "In March, Russian losses reached 41,160, up from 36,570 in February."
    assert time_ref(s, "2025-04-15", s.index("41")).period_start == "2025-03-01"


def test_the_wars_anniversaries() -> None:
    s = "On the war's second anniversary, the count stood at 409,010."
    assert time_ref(s, "2024-03-01", s.index("409")).as_of == "2024-02-24"
    s = "The toll on the first anniversary of the invasion was 146,820."
    assert time_ref(s, "2024-03-01", s.index("146")).as_of == "2023-02-24"
    s = "On the first anniversary of his death, 300 people came."
    assert time_ref(s, "2024-03-01", s.index("300")).as_of != "2023-02-24"


def test_a_level_reached_a_when_clause_report_and_an_attacks_day() -> None:
    s = "Its count of Russian warships lost rose by two during the week, to 32."
    assert time_ref(s, "2026-03-15", s.index("32")).period_span is None
    s = (
        "Moscow last offered a figure on Friday, when Colonel General Rudskoy told a briefing "
        "that 1,351 servicemen had been killed."
    )
    ref = time_ref(s, "2022-03-29", s.index("1,351"))
    assert (ref.aggregation, ref.as_of) == (None, "2022-03-25")
    s = "The Air Force said on Wednesday it had downed 75 cruise missiles during Tuesday's attack."
    assert time_ref(s, "2022-11-16", s.index("75")).period_start == "2022-11-15"


def test_during_the_week_after_a_weeks_count_and_more_than_a_day_earlier() -> None:
    ctx = time_ref("Russia lost nearly 5,900 personnel over the past seven days.", "2026-03-15", 25)
    s = "Ukrainian units also destroyed more than 15,000 drones during the week."
    ref = time_ref(s, "2026-03-15", s.index("15,000"), context=ctx)
    # the week counted back from the report, with the report's date (one reading only)
    assert (ref.period_start, ref.as_of) == (ctx.period_start, "2026-03-15")
    s = "Its Thursday report listed 2,236 Russian tanks, nine more than a day earlier."
    assert time_ref(s, "2022-09-22", s.index("2,236")).as_of == "2022-09-22"


def test_a_level_reached_after_a_weeks_rise_is_the_days() -> None:
    ctx = time_ref("It reported 8,990 personnel losses over the past seven days.", "2026-08-08", 12)
    s = "The count of drones rose by more than 12,000 during the week, to 449,606 on Saturday."
    rise = time_ref(s, "2026-08-08", s.index("12,000"), context=ctx)
    assert (rise.period_start, rise.as_of) == (ctx.period_start, "2026-08-08")
    level = time_ref(s, "2026-08-08", s.index("449"), context=ctx)
    assert (level.aggregation, level.as_of) == (None, "2026-08-08")


def test_the_n_days_to_a_day() -> None:
    s = "In the seven days to Sunday, the General Staff counted 8,000 personnel losses."
    ref = time_ref(s, "2024-10-29", s.index("8,000"))
    assert (ref.period_days, ref.period_end) == (7, "2024-10-27")


# -- stop 26: days, runs of days and periods written in other ways --------------------------
@pytest.mark.parametrize(
    "sentence, article, figure, expected",
    [
        # a day of the month named alone: the latest such day, or the month the sentence names
        (
            "As of the 1st, the losses of the enemy amounted to 9,300 personnel.",
            "2023-05-01",
            "9,300",
            ("2023-05-01", None, None),
        ),
        (
            "On the 24th, the enemy lost 620 soldiers.",
            "2023-05-10",
            "620",
            ("2023-04-24", "2023-04-24", "2023-04-24"),
        ),
        (
            "March was the worst month: on the 9th alone 1,020 soldiers fell.",
            "2023-05-10",
            "1,020",
            ("2023-03-09", "2023-03-09", "2023-03-09"),
        ),
        # a run of days with the month once
        (
            "In the period from 3 to 9 of April the occupiers lost 5,100 personnel.",
            "2023-04-12",
            "5,100",
            ("2023-04-09", "2023-04-03", "2023-04-09"),
        ),
        (
            "Between 11 and 15 May it lost 40 tanks.",
            "2023-05-20",
            "40",
            ("2023-05-15", "2023-05-11", "2023-05-15"),
        ),
        # the year between two anniversaries, up to the day before the second
        (
            "Between the first and second anniversaries of the invasion, Kyiv counted 290,000.",
            "2024-03-01",
            "290,000",
            ("2024-02-23", "2023-02-24", "2024-02-23"),
        ),
        # "since then" starts at the day named before it
        (
            "The push began in May, on the 2nd, and since then 700 tanks were lost.",
            "2023-06-01",
            "700",
            ("2023-06-01", "2023-05-02", "2023-05-31"),
        ),
    ],
)
def test_days_and_runs_of_days(sentence, article, figure, expected) -> None:
    r = ref(sentence, article, figure)
    assert (r.as_of, r.period_start, r.period_end) == expected


def test_the_last_week_counts_back_while_last_week_is_the_calendar_week() -> None:
    r = ref("It lost 64 tanks in the last week.", "2024-03-20", "64")
    assert (r.period_start, r.period_end) == ("2024-03-13", "2024-03-19")
    r = ref("It lost 64 tanks last week.", "2024-03-20", "64")
    assert (r.period_start, r.period_end) == ("2024-03-11", "2024-03-17")


def test_that_week_and_the_calendar_year_are_the_discourses() -> None:
    first = ref("In the seven days to March 10, Kyiv counted 58 tanks.", "2024-03-20", "58")
    r = ref("It said eight jets were downed that week.", "2024-03-20", "eight", context=first)
    assert (r.period_start, r.period_end) == (first.period_start, first.period_end)
    year = ref("In 2023 Russia lost 2,900 tanks.", "2024-01-15", "2,900")
    r = ref("It lost 253,000 troops over the calendar year.", "2024-01-15", "253,000", context=year)
    assert (r.period_start, r.period_end) == ("2023-01-01", "2023-12-31")


def test_a_time_after_a_compared_figure_or_the_next_predicate_is_not_this_ones() -> None:
    s = "It logged 6,100 guns, twice the 3,050 in its report of June 1, 2023."
    assert ref(s, "2024-01-03", "6,100").as_of_span is None
    assert ref(s, "2024-01-03", "3,050").as_of == "2023-06-01"
    s = "Russia had likely suffered 9,000 deaths and had lost a fifth of the force sent in March."
    assert ref(s, "2022-06-10", "9,000").period_span is None
    s = "Russia lost 90,000 troops, including 600 in the past day, and 3,000 tanks."
    assert ref(s, "2023-06-15", "3,000").period_span is None
    assert ref(s, "2023-06-15", "600").period_days == 1


def test_a_day_an_event_names_is_not_the_day_before() -> None:
    context = ref("Athletes won 12 medals at last summer's games.", "2025-03-18", "12")
    s = "The day she left, Kyiv put Russian losses at 897,000."
    r = ref(s, "2025-03-18", "897,000", context=context)
    assert r.as_of == "2025-03-18" and words(s, r.as_of_span) == "The day she left"


def test_a_span_between_two_reports_named_after_their_days_and_a_speakers_apposition() -> None:
    s = "The General Staff counted 346 tanks between its October 10 and October 29 reports."
    r = ref(s, "2023-10-29", "346")
    assert (r.period_start, r.period_end) == ("2023-10-10", "2023-10-28")
    s = "On July 21, Jane Roe, the head of Britain's MI6, said 15,000 soldiers had been killed."
    r = ref(s, "2022-08-24", "15,000")
    assert r.as_of == "2022-07-21" and r.period_span is None  # the statement's day, a total


def test_a_part_of_them_takes_the_time_after_its_preposition() -> None:
    # "107 of them in November": the part's month, not the year of the whole before it
    s = "Kyiv has counted more than 1,020 Russian cruise missiles destroyed this year, 96 of them "
    s += "in November."
    r = ref(s, "2024-12-11", "96")
    assert (r.period_start, r.period_end) == ("2024-11-01", "2024-11-30")
    assert ref(s, "2024-12-11", "1,020").period_start == "2024-01-01"


def test_a_time_in_the_clause_before_stands_for_the_previous_sentences() -> None:
    # "... in 2024, but its artillery tally grew by more than 13,000": the first clause's
    # year, not the month the previous sentence told
    context = ref("December was the worst month, with 48,670.", "2025-01-03", "48,670")
    s = "It counted 3,689 tanks lost in 2024, but its artillery tally grew by more than 13,000."
    r = ref(s, "2025-01-03", "13,000", context=context)
    assert (r.period_start, r.period_end) == ("2024-01-01", "2024-12-31")


def test_the_first_figure_of_a_sentence_is_not_a_year() -> None:
    # read whole, "Drones, which were rare in 2022, numbered about 9,200" is dated by its
    # figure's words, not by the year in its subject's relative clause
    s = "Drones, which were rare in 2022, numbered about 9,200."
    assert time_ref(s, "2025-01-02").as_of != "2022-12-31"


def test_the_time_of_a_comparisons_other_term_is_not_a_figure_outside_it() -> None:
    may = time_ref("It counted 20,500 troops lost, up from 17,410 in May.", "2023-07-03", 35)
    s = (
        "Artillery losses set a record: 688 artillery systems in June alone, more than in any "
        "previous month, along with 238 tanks."
    )
    r = ref(s, "2023-07-03", "238", context=may)
    assert (r.period_start, r.period_end) == ("2023-06-01", "2023-06-30")
    # a figure after it, in the comparison, keeps it
    s2 = "Russia lost fewer tanks than last week's 1,200."
    assert ref(s2, "2023-07-03", "1,200").period_days == 7


def test_the_years_own_tally_is_the_year_the_story_is_about() -> None:
    month = time_ref("December set another record, with 48,670 losses.", "2025-01-02", 34)
    assert month.period_days == 31
    s = "The year's equipment tally included 3,689 tanks and 14,474 drones."
    r = ref(s, "2025-01-02", "3,689", context=month)
    assert (r.period_start, r.period_end, r.period_days) == ("2024-01-01", "2024-12-31", 366)
    # "a year's" is an amount of time, not the year
    r = ref("A year's worth of shells, 3,000, went missing.", "2025-01-02", "3,000")
    assert r.period_days != 366


def test_a_first_or_a_record_within_a_time_is_no_period_of_the_figure() -> None:
    s = (
        "The ministry said on Monday that 2,100 of its soldiers had died, its first update "
        "on casualties in more than three weeks."
    )
    r = ref(s, "2022-04-01", "2,100")
    assert (r.aggregation, r.as_of) == (None, "2022-03-28")
    # a count of the past weeks is one
    weeks = "The ministry said 2,100 of its soldiers had died in the past three weeks."
    assert ref(weeks, "2022-04-01", "2,100").period_days == 21


def test_the_first_days_of_a_month() -> None:
    s = "In the first two weeks of March, Russia lost 1,500 soldiers."
    r = ref(s, "2024-03-20", "1,500")
    assert (r.period_start, r.period_end) == ("2024-03-01", "2024-03-14")
    later = "Russia lost 900 soldiers in the first 10 days of November."
    r = ref(later, "2024-03-20", "900")
    assert (r.period_start, r.period_end) == ("2023-11-01", "2023-11-10")


def test_an_event_in_a_clause_on_a_noun_is_not_the_sentences_time() -> None:
    s = "The offensive, which began on June 4, has stalled."
    assert time_ref(s, "2023-06-20", None).as_of == "2023-06-20"
    main = "The offensive began on June 4 and has stalled."
    assert time_ref(main, "2023-06-20", None).as_of == "2023-06-04"


def test_a_coordinated_clause_with_a_time_for_subject_has_its_own() -> None:
    s = (
        "March was the deadliest month yet, with 38,900 Russian losses, and April is set "
        "to exceed it."
    )
    r = ref(s, "2024-04-20", "38,900")
    assert (r.period_start, r.period_end) == ("2024-03-01", "2024-03-31")


def test_the_report_right_after_a_figure_dates_it() -> None:
    s = (
        "The strike on three airfields on May 4 pushed Kyiv's aircraft count up by 12 in "
        "its report of May 6, to 400."
    )
    assert ref(s, "2025-05-10", "400").as_of == "2025-05-06"
    assert ref(s, "2025-05-10", "12").aggregation != "period"


def test_a_tally_that_reached_a_level_is_no_count_of_the_days() -> None:
    s = "Over the past week, its tally of downed drones reached 2,300."
    r = ref(s, "2023-01-12", "2,300")
    assert (r.aggregation, r.as_of) == (None, "2023-01-12")
    part = (
        "Over the past week, its missile count rose by 60, most of them on Sunday, while its "
        "drone tally reached 2,300."
    )
    assert ref(part, "2023-01-12", "2,300").as_of == "2023-01-12"
    # a total counted from a start its clause names is that period's count
    since = "Since the start of January, the total stands at 6,200."
    assert ref(since, "2023-01-12", "6,200").aggregation == "period"
    own = "Kyiv's count of losses for January through June reached 190,000."
    assert ref(own, "2024-07-10", "190,000").period_days == 182


def test_an_increment_bringing_a_count_takes_the_period_its_clause_names() -> None:
    s = "In March, the General Staff added three warships to its list, bringing the count to 20."
    r = ref(s, "2024-04-02", "three")
    assert (r.aggregation, r.period_start, r.period_end) == ("period", "2024-03-01", "2024-03-31")


def test_the_day_a_speaker_spoke_dates_his_figure() -> None:
    s = 'The general put Russian casualties at "well over 90,000" when he spoke on October 14.'
    assert ref(s, "2023-02-24", "90,000").as_of == "2022-10-14"
    given = "Kyiv has not updated the toll of 20,000 soldiers that the minister gave in March."
    r = ref(given, "2024-06-20", "20,000")
    assert (r.aggregation, r.as_of) != ("period", "2024-03-31")


def test_a_part_told_by_number_keeps_its_time_from_the_next_item() -> None:
    s = (
        "The ministry said on Monday that the enemy had lost 5,200 artillery systems, "
        "140 of them in May, and 512,000 soldiers."
    )
    assert ref(s, "2024-06-04", "140").period_end == "2024-05-31"
    r = ref(s, "2024-06-04", "512,000")
    assert r.aggregation != "period" and r.as_of == "2024-06-03"


def test_a_coordinated_report_after_a_figure_keeps_its_time_to_itself() -> None:
    s = "It put the total at 512,000 and said 31,000 had been killed or wounded in May."
    assert ref(s, "2024-06-04", "512,000").aggregation != "period"
    assert ref(s, "2024-06-04", "31,000").period_end == "2024-05-31"
    both = "Russia lost 300 tanks and 500 vehicles in May."
    assert ref(both, "2024-06-04", "300").period_end == "2024-05-31"


def test_a_coordinated_that_clause_keeps_its_time_to_itself() -> None:
    s = (
        "It says more than 6,000 soldiers have been killed, and notes that Moscow admits "
        "only 500, a figure it gave on 2 March."
    )
    assert ref(s, "2022-03-15", "6,000").as_of == "2022-03-15"


def test_the_minutes_of_a_clock_time_are_no_day() -> None:
    s = "08:15 OCTOBER IN NUMBERS, per Kyiv's daily reports: nearly 20K Russian troops."
    r = ref(s, "2022-11-01", "20K")
    assert (r.period_start, r.period_end) == ("2022-10-01", "2022-10-31")
    alone = "07:30 April alone: 30,000 Russian troop losses, per the General Staff."
    assert ref(alone, "2024-05-02", "30,000").period_end == "2024-04-30"
    # (a day after a colon that is no clock time is still a day)
    assert [(t.month, t.day) for t in find_timexes("Updated: 15 November")] == [(11, 15)]


@pytest.mark.parametrize(
    "text, month, day",
    [
        ("since the fourth of June", 6, 4),
        ("on the twenty-first of March", 3, 21),
        ("on March the thirtieth", 3, 30),
        ("The tenth of October was the start", 10, 10),
        # (without "the", as radio bulletins say it)
        ("since the assault began on October tenth", 10, 10),
        ("by March twenty-first", 3, 21),
    ],
)
def test_a_day_told_as_an_ordinal_word(text: str, month: int, day: int) -> None:
    assert [(t.month, t.day) for t in find_timexes(text)] == [(month, day)]


def test_an_ordinal_word_is_a_day_only_beside_a_month() -> None:
    assert find_timexes("They may first need to agree on a fourth round.") == []
    # ("the fourth of July parade" reads the month only where "the" is missing)
    assert [t.day for t in find_timexes("a fourth of July")] == [None]
    # (an ordinal after a month that numbers something else is no day)
    assert [t.day for t in find_timexes("March second-half sales")] == [None]
    assert [t.day for t in find_timexes("the June first round of talks")] == [None]


def test_a_day_beside_giving_a_figure_is_the_days_report() -> None:
    s = "On Sunday President Zelensky gave a figure for Ukraine's military dead: 31,000."
    r = ref(s, "2024-02-27", "31,000")
    assert r.aggregation != "period" and r.as_of == "2024-02-25"


def test_a_dateline_of_two_places() -> None:
    s = "WARSAW/KYIV, Sept 3 - Russia lost 400 tanks and 900 vehicles in August."
    for figure in ("400", "900"):
        r = ref(s, "2023-09-03", figure)
        assert (r.period_start, r.period_end) == ("2023-08-01", "2023-08-31")


def test_a_range_that_ends_on_an_events_day() -> None:
    s = (
        "He said Russia had lost 20,000 troops near the town between March 2 and the "
        "withdrawal on May 20."
    )
    r = ref(s, "2024-06-01", "20,000")
    assert (r.period_start, r.period_end) == ("2024-03-02", "2024-05-20")
    # (the end is the event's day, not a count of the day)
    assert r.period_days == 80


def test_a_months_reports_list_that_months_count() -> None:
    s = "Last month's reports also list 300 tanks and 3,000 drones."
    r = ref(s, "2025-03-04", "300")
    assert (r.aggregation, r.period_start, r.period_end) == ("period", "2025-02-01", "2025-02-28")
    named = "February's daily reports added 300 tanks."
    assert ref(named, "2025-03-04", "300").period_end == "2025-02-28"
    # (a day's report is that day's: a level, no count of the day)
    day = "Monday's reports put losses at 300 tanks."
    assert ref(day, "2025-03-04", "300").aggregation != "period"


def test_a_time_before_a_comparison_is_its_first_terms() -> None:
    s = "It has grown by 260 since the start of October, against 158 in the whole of September."
    r = ref(s, "2022-10-18", "158")
    assert (r.period_start, r.period_end) == ("2022-09-01", "2022-09-30")
    # (an opening time scopes over a compared figure with none of its own)
    opening = "Since June, Russia has lost 200 tanks, against 100 for Ukraine."
    assert ref(opening, "2022-10-18", "100").period_start == "2022-06-01"


def test_a_day_beside_an_interview_is_the_days_report() -> None:
    s = (
        "In an interview broadcast on Sunday, he said about 250,000 Russian soldiers had "
        "been killed."
    )
    r = ref(s, "2025-02-18", "250,000")
    assert r.aggregation != "period" and r.as_of == "2025-02-16"


def test_a_mark_passed_at_a_time_is_a_level() -> None:
    s = "The named list of Russian dead passed 64,000 at the end of August."
    r = ref(s, "2024-09-06", "64,000")
    assert r.aggregation != "period" and r.as_of == "2024-08-31"


def test_the_time_of_what_a_sources_people_did_is_not_the_figures() -> None:
    s = (
        "Russia held about 7,000 tanks in storage, according to the Conflict Intelligence "
        "Team, a group of Russian investigators who left the country in 2022."
    )
    assert ref(s, "2025-04-15", "7,000").aggregation != "period"


def test_a_parts_previous_day_counts_back_from_the_wholes_report_day() -> None:
    s = (
        "The General Staff put Russia's troop losses at 409,820 on Sunday, including 810 over "
        "the previous day."
    )
    r = ref(s, "2024-02-26", "810")
    assert (r.aggregation, r.period_days, r.as_of) == ("period", 1, "2024-02-25")
    # (with no day of its own, the whole's part counts back from the article's day)
    plain = "The losses stood at 409,820, including 810 over the previous day."
    assert ref(plain, "2024-02-26", "810").as_of == "2024-02-26"


def test_a_part_that_names_its_noun_again_keeps_its_own_time() -> None:
    s = (
        "Russia had lost about 13,500 troops, 404 tanks and 95 helicopters since 24 February, "
        '"1,500 of those soldiers in the last day alone".'
    )
    r = ref(s, "2022-03-15", "1,500")
    assert (r.aggregation, r.period_days) == ("period", 1)
    assert ref(s, "2022-03-15", "13,500").aggregation == "cumulative"


def test_a_time_compared_with_belongs_to_the_figures_compared() -> None:
    s = (
        "The reports for March added 20,150 troops and 160 tanks, broadly in line with "
        "February (19,800 troops and 171 tanks)."
    )
    r = ref(s, "2023-04-02", "20,150")
    assert (r.aggregation, r.period_start, r.period_end) == ("period", "2023-03-01", "2023-03-31")
    assert ref(s, "2023-04-02", "19,800").period_start == "2023-02-01"


def test_a_months_reports_count_the_month() -> None:
    for s in (
        "The General Staff's reports for March added 20,150 Russian troops.",
        "March's daily reports added 20,150 Russian troops.",
        "In March, the General Staff's reports added 20,150 Russian troops.",
    ):
        r = ref(s, "2023-04-02", "20,150")
        assert (r.aggregation, r.period_start) == ("period", "2023-03-01"), s
    # (one report dated in a month is no month's count)
    one = "In its March report, the agency said 8,000 people had been killed."
    assert ref(one, "2023-04-02", "8,000").aggregation != "period"


def test_the_ends_of_a_change_that_name_their_days_are_levels() -> None:
    s = "The tally rose by 16,400 over March, from 150,000 on March 1 to 166,400 on April 1."
    first, last = ref(s, "2023-04-03", "150,000"), ref(s, "2023-04-03", "166,400")
    assert (first.aggregation, first.as_of) != ("period", "2023-03-31")
    assert first.as_of == "2023-03-01" and first.aggregation != "period"
    assert last.as_of == "2023-04-01" and last.aggregation != "period"
    assert ref(s, "2023-04-03", "16,400").period_start == "2023-03-01"


def test_the_same_week_is_no_month_told_before() -> None:
    month = time_ref("In the whole of March, the tally grew by 160.", "2023-04-12", None)
    s = "The personnel count rose by 4,100 over the same week, to about 178,000."
    r = ref(s, "2023-04-12", "4,100", context=month)
    assert r.period_start != "2023-03-01" and r.period_days != 31
    # (the level it rose to is no longer the month's end)
    assert ref(s, "2023-04-12", "178,000", context=month).as_of != "2023-03-31"
    # (a week told before is that week)
    week = time_ref("Over the past seven days, the tally grew by 40.", "2023-04-12", None)
    assert ref(s, "2023-04-12", "4,100", context=week).period_days == 7


def test_a_range_whose_first_day_has_a_when_clause() -> None:
    s = (
        "Between its reports of March 4, when the assault began, and March 14, the count rose "
        "by 160 tanks."
    )
    r = ref(s, "2024-03-15", "160")
    assert (r.aggregation, r.period_days) == ("period", 10)


def test_a_month_in_a_coordinated_report_does_not_date_a_total_as_of_a_day() -> None:
    s = (
        "The General Staff reported 20,500 Russian personnel losses in June and said Russia "
        "had lost 4,330 artillery systems in total as of Friday."
    )
    r = ref(s, "2023-07-07", "4,330")
    assert (r.aggregation, r.as_of) == ("cumulative", "2023-07-07")
    # (the first report keeps its month; a total valued in a month is that month's)
    assert ref(s, "2023-07-07", "20,500").period_start == "2023-06-01"
    one = "He placed the number of Russians killed since the invasion at 100,000 in November."
    assert ref(one, "2022-12-07", "100,000").as_of == "2022-11-30"


def test_a_second_change_with_its_own_day_does_not_lend_it_to_the_first() -> None:
    s = (
        "The count of cruise missiles destroyed rose by 46 in its report on Tuesday and by a "
        "further 20 on Wednesday, to 315."
    )
    first, second = ref(s, "2022-10-12", "46"), ref(s, "2022-10-12", "20")
    assert first.as_of == "2022-10-11" and first.period_start != "2022-10-12"
    assert (second.aggregation, second.period_start) == ("period", "2022-10-12")


def test_the_day_a_figure_was_put_at_is_the_valuings_day() -> None:
    s = "The defence ministry last put its dead at 1,351 on March 25."
    r = ref(s, "2022-05-23", "1,351")
    assert r.as_of == "2022-03-25" and r.aggregation != "period"
    # (a day's own count stays one: "alone")
    alone = "The ministry put Russian losses at 1,000 soldiers on Sunday alone."
    assert ref(alone, "2022-05-23", "1,000").aggregation == "period"


def test_two_consecutive_days_are_one_period() -> None:
    for s in (
        "Air defences shot down more than 60 cruise missiles in Monday's and Tuesday's strikes.",
        "Air defences shot down 60 cruise missiles on Monday and Tuesday.",
    ):
        r = ref(s, "2022-10-12", "60")
        assert (r.aggregation, r.period_days, r.period_start) == ("period", 2, "2022-10-10"), s
    # (a figure for each day is each day's)
    each = "Russia lost 43 tanks on Saturday and 20 on Sunday."
    assert ref(each, "2022-10-12", "43").period_days == 1


def test_the_time_of_a_loss_participle_is_when_the_things_were_lost() -> None:
    s = "Its tally of tanks lost last year was nearly 3,000, along with 6,461 artillery systems."
    for figure in ("3,000", "6,461"):
        r = ref(s, "2024-01-10", figure)
        assert (r.aggregation, r.period_start) == ("period", "2023-01-01"), figure
    # (a reporting word beside the day still dates the report)
    said = "The ministry said on Monday that 3,000 tanks had been lost."
    assert ref(said, "2024-01-10", "3,000").aggregation != "period"
    # (nor after a reporting verb, whose time it may be)
    named = (
        "Moscow officially last named the number of people killed in September 2022 - then "
        "they declared 5,937 dead."
    )
    assert ref(named, "2024-08-02", "5,937").aggregation != "period"


def test_now_before_the_figures_verb_dates_it_today() -> None:
    s = (
        "The General Staff added 41 aircraft to its tally in its report of June 3, after "
        "Ukrainian drones struck four Russian air bases two days earlier, and now lists 416 "
        "Russian aircraft lost."
    )
    assert ref(s, "2025-06-13", "416").as_of == "2025-06-13"
    # (the increment keeps the report nearer it, not the earlier strike's day)
    assert ref(s, "2025-06-13", "41").as_of == "2025-06-03"


def test_now_keeps_the_statements_day_and_a_running_totals_words() -> None:
    said = (
        "UK Defence Intelligence assessed on Thursday that Russian casualties likely now "
        "number more than 1.4 million."
    )
    assert ref(said, "2026-08-08", "1.4 million").as_of == "2026-08-06"
    tally = (
        "Drones account for 69,646 of this year's entries, and the cumulative drone tally is "
        "now more than 90,000."
    )
    assert ref(tally, "2025-12-15", "90,000").aggregation == "cumulative"


def test_a_day_between_two_levels_dates_the_first() -> None:
    s = (
        "The General Staff put Russian personnel losses at about 340,650 on December 12 and "
        "at 348,300 in its report on Tuesday, including 1,140 in the past day."
    )
    assert ref(s, "2023-12-19", "340,650").as_of == "2023-12-12"
    assert ref(s, "2023-12-19", "348,300").as_of == "2023-12-19"
    part = ref(s, "2023-12-19", "1,140")
    assert (part.aggregation, part.as_of) == ("period", "2023-12-19")


def test_the_wars_nth_year_is_the_year_between_anniversaries() -> None:
    for s in (
        "The General Staff recorded 3,171 tank losses in the second year of the war.",
        "Russia lost 3,171 tanks during the war's second year.",
    ):
        r = ref(s, "2024-03-24", "3,171")
        assert (r.period_start, r.period_end) == ("2023-02-24", "2024-02-23"), s
    # (the first year runs from the war's start: a total as of its end)
    first = ref("In the war's first year, Russia lost 3,363 tanks.", "2023-03-01", "3,363")
    assert (first.aggregation, first.as_of) == ("cumulative", "2023-02-23")


def test_a_range_of_reports_whose_first_day_has_a_year() -> None:
    s = "Losses rose by 430,790 between the reports of January 1, 2024, and January 1, 2025."
    r = ref(s, "2025-01-01", "430,790")
    assert (r.aggregation, r.period_start, r.period_end) == ("period", "2024-01-01", "2024-12-31")


def test_a_labels_bracketed_stamp_dates_the_items_after_its_colon() -> None:
    s = "Visually confirmed losses (Oryx, snapshot of November 17): 19,110 pieces of equipment."
    assert ref(s, "2024-11-19", "19,110").as_of == "2024-11-17"
    # (an aside's time in brackets is still the aside's)
    aside = "Losses stood at 1,040,950 (the tally passed one million on June 12) on Monday."
    assert ref(aside, "2025-06-17", "1,040,950").as_of != "2025-06-12"


def test_a_heading_time_before_a_colon_dates_every_item_of_its_list() -> None:
    s = (
        "Total combat losses of the enemy from 24.02.22 to 20.12.24 approximately amounted to: "
        "personnel - about 770 420 (+2 200) persons; tanks - 9584 (+18) units; armoured combat "
        "vehicles - 19 823 (+24)."
    )
    for figure in ("770 420", "9584", "19 823"):
        assert ref(s, "2024-12-21", figure).as_of == "2024-12-20", figure
    # (a day with its ordinal point, with its year)
    dot = "The General Staff gives the losses since 24. February 2022 with 508.780 soldiers."
    assert ref(dot, "2024-06-01", "508.780").since == "2022-02-24"


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        # a range of weekdays ends on the last such day and starts on the first before it
        ("Russia lost 5,000 soldiers from Monday to Friday.", "2024-03-11", "2024-03-15"),
        ("Between Monday and Friday, Russia lost 5,000 soldiers.", "2024-03-11", "2024-03-15"),
        ("From Friday to Monday, Russia lost 3,000 soldiers.", "2024-03-15", "2024-03-18"),
    ],
)
def test_a_range_of_weekdays_runs_forward(sentence: str, start: str, end: str) -> None:
    r = time_ref(sentence, "2024-03-20")  # a Wednesday
    assert (r.aggregation, r.period_start, r.period_end) == ("period", start, end)


def test_a_span_between_a_time_and_no_time_is_not_its_first_time() -> None:
    r = time_ref(
        "Russia lost 30,000 troops between October and the fall of the town.", "2024-02-24"
    )
    assert not (r.aggregation == "period" and r.period_start == "2023-10-01"), r
    both = time_ref("Russia lost 40,000 troops between October and December.", "2024-01-10")
    assert (both.period_start, both.period_end) == ("2023-10-01", "2023-12-31")


def test_a_war_storys_nth_year_is_the_wars() -> None:
    r = time_ref("The General Staff recorded 3,171 tank losses in the second year.", "2024-02-24")
    assert (r.period_start, r.period_end) == ("2023-02-24", "2024-02-23")
    # (a year of something else, or a thing's own year, is not the war's)
    for other in (
        "Sales rose 10% in the second year of the programme.",
        "The fund paid out $3 million in its second year.",
    ):
        assert time_ref(other, "2024-02-24").period_start != "2023-02-24", other


def test_a_time_after_a_parts_closing_comma_is_the_wholes() -> None:
    s = "Moscow said Ukraine had lost 212 tanks, including 9 Leopards, since June 4."
    r = time_ref(s, "2023-06-19", s.index("212"))
    assert (r.aggregation, r.period_start) == ("period", "2023-06-04")
    # (a part's own time, inside its phrase, stays the part's)
    own = "Russia lost 11,390 soldiers, including 1,730 in the past day, the ministry said."
    assert time_ref(own, "2024-03-20", own.index("11,390")).period_days != 1


def test_a_month_of_the_figure_before_does_not_date_a_total_since_the_war() -> None:
    s = "Kyiv said Russia lost 30,100 drones in February alone and 150,000 since the invasion."
    r = time_ref(s, "2026-03-04", s.index("150,000"))
    assert (r.aggregation, r.as_of) == ("cumulative", "2026-03-04")
    assert time_ref(s, "2026-03-04", s.index("30,100")).period_start == "2026-02-01"
    # (a month said of the total itself still dates it)
    own = "It placed the number killed since the invasion at 100,000 in November."
    assert time_ref(own, "2026-03-04", own.index("100,000")).as_of == "2025-11-30"


def test_a_milestone_of_the_war_is_that_long_after_its_start() -> None:
    for text, day in (
        ("At the six-month mark, Russia had lost 1,900 tanks.", "2022-08-24"),
        ("At the war's one-year mark Russia had lost 3,300 tanks.", "2023-02-24"),
        ("By the 100-day mark of the invasion Russia had lost 1,300 tanks.", "2022-06-04"),
        ("At the six-month mark in August, Russia had lost 1,900 tanks.", "2022-08-24"),
        ("Six months into the war, Russia had lost 1,900 tanks.", "2022-08-24"),
        ("A year into Russia's full-scale invasion, Russia had lost 3,300 tanks.", "2023-02-24"),
    ):
        assert time_ref(text, "2024-03-01", text.index("00 tanks") - 3).as_of == day, text
    # another event's mark, or a figure's level, is no milestone of the war
    for text in (
        "At the three-month mark of the counteroffensive, Russia had lost 300 tanks.",
        "Six months into the offensive, Russia had lost 300 tanks.",
    ):
        assert time_ref(text, "2024-03-01", text.index("300")).as_of != "2022-05-24", text
    assert not [t for t in find_timexes("Losses passed the 300,000 mark.") if t.kind == "date"]


def test_some_days_before_an_event_is_not_the_day_before_it() -> None:
    s = '"He has lost nearly 900 tanks," the senator said days before Sunday\'s primary.'
    assert time_ref(s, "2022-05-05", s.index("900")).as_of == "2022-05-05"
    s = "The count stood at 1,200, up from 372 before Sunday's drone strikes."
    assert time_ref(s, "2024-04-24", s.index("372")).as_of == "2024-04-20"


def test_a_relative_clause_goes_on_through_its_figures_and_list() -> None:
    # the day of "whose Monday report" dates every figure of the clause, not the sentence
    # before's
    before = time_ref("On Friday Russia had lost 700 tanks, officials said.", "2022-04-20", 25)
    s = (
        "The figures come from the General Staff, whose Monday report put personnel losses "
        "at about 20,000, along with 790 tanks, 2,000 armoured vehicles and 160 aircraft."
    )
    for figure in ("20,000", "790", "2,000", "160"):
        assert time_ref(s, "2022-04-20", s.index(figure), context=before).as_of == "2022-04-18"
    # (a clause closed by its comma keeps its time to itself)
    s = "Oryx, whose count stood at 3,000 on Monday, has now listed 4,074 tanks."
    assert time_ref(s, "2025-04-23", s.index("4,074")).as_of == "2025-04-23"


def test_a_range_to_the_end_of_a_month_runs_through_it() -> None:
    s = "Between Dec. 1 and the end of February, the count rose by 55,000."
    ref = time_ref(s, "2023-03-02", s.index("55,000"))
    assert (ref.period_start, ref.period_end) == ("2022-12-01", "2023-02-28")


def test_the_previous_season_is_the_one_before_the_season_just_told() -> None:
    s = "Russia lost 90,000 soldiers this winter, against 70,000 in the previous winter."
    ref = time_ref(s, "2025-03-03", s.index("70,000"))
    assert (ref.period_start, ref.period_end) == ("2023-12-01", "2024-02-29")
    # (another season's "previous" is not placed)
    s = "Russia lost 70,000 soldiers in the previous summer."
    assert time_ref(s, "2025-03-03", s.index("70,000")).period_start is None


def test_the_worst_day_of_a_span_is_that_day() -> None:
    s = (
        "The deadliest single day of the winter, by Kyiv's reports, was Dec. 14, with 1,300 "
        "Russian troops."
    )
    ref = time_ref(s, "2024-02-26", s.index("1,300"))
    assert ref.as_of == "2023-12-14" and ref.period_start != "2023-12-01"


def test_the_day_of_the_level_a_rise_reached_is_not_the_rises() -> None:
    s = (
        "From the report of Sept. 1 to that of Dec. 1, the tally rose by 120,000, to 740,000 "
        "on Monday."
    )
    ref = time_ref(s, "2024-12-02", s.index("120,000"))
    assert (ref.period_start, ref.period_end) == ("2024-09-01", "2024-11-30")


def test_the_n_months_is_the_span_of_that_length_told_before() -> None:
    summer = time_ref("Over the summer Russia lost 107,000 soldiers.", "2024-09-02", 28)
    s = "Kyiv counted 4,400 Russian artillery systems destroyed over the three months."
    ref = time_ref(s, "2024-09-02", s.index("4,400"), context=summer)
    assert (ref.period_start, ref.period_end) == ("2024-06-01", "2024-08-31")
    # after a month, three months are some span not told: not that month
    august = time_ref("That includes 36,000 in August.", "2024-09-02", 14)
    ref = time_ref(s, "2024-09-02", s.index("4,400"), context=august)
    assert ref.period_start is None and ref.aggregation == "period"


def test_a_running_total_after_a_figure_moved_back_is_the_reports() -> None:
    s = (
        "The General Staff reported 4,900 personnel losses over the week to Sunday, after "
        "4,700 the week before: nearly 9,600 in two weeks, taking its running total to 80,000."
    )
    assert time_ref(s, "2022-11-13", s.index("80,000")).as_of == "2022-11-13"
    assert time_ref(s, "2022-11-13", s.index("4,700")).as_of == "2022-11-06"


def test_a_gapped_conjunct_with_its_own_time_after_it_is_not_the_time_before_and() -> None:
    s = (
        "The General Staff also reported 92 Russian artillery systems destroyed in the past "
        "day and 10,090 troops over the past week."
    )
    assert ref(s, "2026-07-21", "92").period_days == 1
    assert ref(s, "2026-07-21", "10,090").period_days == 7
    # (with no time after it, the conjunct shares the one before "and")
    s = "Russia lost 92 artillery systems in the past day and 1,100 troops, officials said."
    assert ref(s, "2026-07-21", "1,100").period_days == 1


def test_a_day_in_a_relative_clause_is_that_clauses_not_the_figures() -> None:
    s = (
        "In the south, where the offensive launched at the beginning of June is slowing, the "
        "army reported on Wednesday that Russia had lost 235,530 soldiers since the start of "
        "the invasion; over the past week alone, losses amounted to 3,830 soldiers."
    )
    assert ref(s, "2023-07-12", "235,530").as_of == "2023-07-12"
    r = ref(s, "2023-07-12", "3,830")
    assert (r.as_of, r.period_days, r.period_end) == ("2023-07-12", 7, "2023-07-11")
    # (a day in the figure's own clause still dates it)
    s = "At the beginning of June, the army said Russia had lost 208,370 soldiers."
    assert ref(s, "2023-07-12", "208,370").as_of == "2023-06-01"


def test_a_later_day_an_event_is_named_by_keeps_the_time_before_from_a_figure() -> None:
    prev = time_ref("November was the costliest month, with 28,550 troops lost.", "2023-12-28")
    assert prev.as_of == "2023-11-30"
    s = "The navy said its count of ships lost stood at 23, after Tuesday's strike on a port."
    assert ref(s, "2023-12-28", "23", context=prev).as_of == "2023-12-28"
    # (without one, the figure keeps the time the story told)
    s = "The navy said its count of ships lost stood at 23."
    assert ref(s, "2023-12-28", "23", context=prev).as_of == "2023-11-30"


def test_the_eve_of_the_wars_anniversary_is_the_day_before() -> None:
    (tx,) = find_timexes("On the eve of the war's anniversary, Oryx said")
    assert (tx.month, tx.day) == (2, 23)
    (tx,) = find_timexes("on the eve of the second anniversary of the invasion")
    assert (tx.year, tx.month, tx.day) == (2024, 2, 23)
    s = "On the eve of the war's anniversary, Oryx said it had confirmed 14,516 losses."
    assert ref(s, "2024-02-23", "14,516").as_of == "2024-02-23"


def test_a_datelines_clock_time_is_no_figure_of_the_sentence() -> None:
    s = (
        "BAKU, January 3, 11:10 local time - Russia lost 430,790 soldiers in 2024, the "
        "General Staff said, the highest annual figure since the invasion began."
    )
    r = time_ref(s, "2025-01-03", None)
    assert (r.as_of, r.period_days) == ("2024-12-31", 366)


def test_the_month_after_a_month_its_sentence_names_is_that_month() -> None:
    prev = time_ref("He gave part of his purse from a fight in December.", "2024-03-04")
    s = (
        "February was among the costliest months for Russia: its reports showed 28,450 "
        "troops lost during the month, along with 288 tanks."
    )
    for figure in ("28,450", "288"):
        r = ref(s, "2024-03-04", figure, context=prev)
        assert (r.period_start, r.period_end) == ("2024-02-01", "2024-02-29"), figure
    # (with no month of its own, the month the story told before)
    prev = time_ref("Russia lost 28,450 troops in February.", "2024-03-04")
    s = "It lost 288 tanks during the month."
    assert ref(s, "2024-03-04", "288", context=prev).period_start == "2024-02-01"


def test_a_part_told_as_n_of_them_after_its_whole_is_of_the_wholes_time() -> None:
    prev = time_ref("In October the army recorded 12,860 losses.", "2022-11-08")
    assert prev.period_days == 31
    s = "Oryx has visually confirmed 1,445 Russian tanks lost, 832 of them destroyed."
    for figure, present in (("1,445", True), ("832", False)):
        r = ref(s, "2022-11-08", figure, context=prev, present=present)
        assert (r.as_of, r.aggregation) == ("2022-11-08", None), figure
    # (a sentence that only continues the one before stays in its time)
    s = "Of them, 257 were captured."
    assert ref(s, "2022-11-08", "257", context=prev, present=False).as_of == "2022-10-31"


def test_what_a_daily_report_adds_to_a_total_is_the_day_before_it() -> None:
    s = (
        "The General Staff's daily report also listed 1,190 soldiers and 1,751 drones, taking "
        "the overall toll of Russian troops to 1,456,610."
    )
    r = ref(s, "2026-08-08", "1,190")
    assert (r.aggregation, r.period_days, r.period_end) == ("period", 1, "2026-08-07")
    # (a report of no stated frequency leaves the period's days untold)
    s = s.replace("daily ", "")
    assert ref(s, "2026-08-08", "1,190").period_days is None


def test_a_weekday_with_its_date_in_brackets_is_one_day_named_by_the_date() -> None:
    s = "Oryx had documented at least 767 Russian tanks lost as of Sunday (June 12)."
    r = ref(s, "2022-06-14", "767")
    assert (r.as_of, r.aggregation, words(s, r.as_of_span)) == (
        "2022-06-12",
        None,
        "Sunday (June 12",
    )
    # (the date, not the weekday, places it: a later article's last Sunday is another day)
    assert ref(s, "2022-06-30", "767").as_of == "2022-06-12"


def test_items_along_with_the_losses_after_a_total_they_brought_are_the_periods() -> None:
    s = (
        "The army said Russia had lost 136 artillery systems over the past week, bringing "
        "the total to 5,028, along with 54 tanks and 4,750 personnel."
    )
    assert ref(s, "2023-08-10", "5,028").aggregation == "cumulative"
    for figure in ("136", "54", "4,750"):
        assert ref(s, "2023-08-10", figure).period_days == 7, figure


def test_a_when_clause_whose_subject_has_an_apposition_goes_on_to_its_verb() -> None:
    s = (
        "The ministry has not updated its count since June 3, when Anna Petrova, its "
        "spokeswoman, said 2,104 soldiers had been killed and 6,410 wounded."
    )
    for figure in ("2,104", "6,410"):
        r = ref(s, "2022-07-20", figure)
        assert (r.as_of, r.aggregation) == ("2022-06-03", None), figure
    # (a when-clause with a verb of its own is closed: the figure after it counts from the day)
    s = "Since June 3, when the offensive began, the army has lost 2,104 soldiers."
    r = ref(s, "2022-07-20", "2,104")
    assert (r.aggregation, r.period_start) == ("period", "2022-06-03")


def test_that_morning_cannot_point_back_to_a_month() -> None:
    prev = ref("The army said in May that 9,000 soldiers had been killed.", "2022-07-20", "9,000")
    assert prev.as_of == "2022-05-31" and prev.coarse
    s = "The senator read from that morning's report, which put the losses at 38,300."
    assert ref(s, "2022-07-20", "38,300", context=prev).as_of == "2022-07-20"
    # (a day told before is the one pointed back to)
    prev = ref(
        "The army said on May 30 that 9,000 soldiers had been killed.", "2022-07-20", "9,000"
    )
    assert not prev.coarse
    assert ref(s, "2022-07-20", "38,300", context=prev).as_of == "2022-05-30"


@pytest.mark.parametrize(
    ("told", "previous", "want"),
    [
        ("in March", "the previous month", ("2024-02-01", "2024-02-29")),
        ("last month", "the preceding month", ("2024-02-01", "2024-02-29")),
        ("in 2023", "the previous year", ("2022-01-01", "2022-12-31")),
    ],
)
def test_the_previous_month_after_a_month_told_is_the_one_before_it(told, previous, want):
    s = f"Russia lost 18,200 personnel {told}, up from 16,450 {previous}."
    r = ref(s, "2024-04-10", "16,450")
    assert (r.aggregation, r.period_start, r.period_end) == ("period", *want)
    assert ref(s, "2024-04-10", "18,200").period_end != want[1]
    # (with no month told before it, it is the calendar's last month)
    r = ref("Russia lost 16,450 personnel the previous month.", "2024-04-10", "16,450")
    assert (r.period_start, r.period_end) == ("2024-03-01", "2024-03-31")


def test_a_report_told_right_after_a_list_item_is_that_days_count() -> None:
    s = (
        "Russia lost 610 personnel in Monday's report, 480 on Tuesday and 530 on "
        "Wednesday, the digest said."
    )
    r = ref(s, "2023-03-12", "610")
    # (Monday's report, of March 6, adds the losses of the day before it)
    assert (r.as_of, r.aggregation, r.period_days, r.period_end) == (
        "2023-03-06",
        "period",
        1,
        "2023-03-05",
    )
    # each later item keeps its own day, not the next one's
    assert ref(s, "2023-03-12", "480").period_end == "2023-03-07"
    assert ref(s, "2023-03-12", "530").period_end == "2023-03-08"


def test_a_season_that_names_a_thing_is_no_time() -> None:
    s = "Equipment losses slowed in the winter mud: Russia lost 31 tanks, the army said."
    r = ref(s, "2023-01-12", "31")
    assert (r.aggregation, r.period_start, r.as_of_span) == (None, None, None)
    s = "Russia lost 31 tanks in the winter, the army said."
    assert ref(s, "2023-03-12", "31").as_of_span is not None


def test_what_happened_meanwhile_counts_the_same_span() -> None:
    s = (
        "Russian personnel losses rose by 16,100 in November, while air defences shot down "
        "131 cruise missiles."
    )
    r = ref(s, "2022-12-04", "131")
    assert (r.aggregation, r.period_start, r.period_end) == ("period", "2022-11-01", "2022-11-30")
    # (with no date for the span, still no total)
    s = s.replace("in November", "during the month")
    assert ref(s, "2022-12-04", "131").aggregation == "period"


def test_the_day_of_one_named_item_is_not_the_wholes() -> None:
    s = (
        "The General Staff counts 24 Russian warships lost, including the landing ship "
        "Tsezar Kunikov, sunk on February 14."
    )
    r = ref(s, "2024-03-01", "24")
    assert (r.as_of, r.aggregation) == ("2024-03-01", None)


def test_figures_shown_in_a_coordinated_clause_are_not_dated_by_the_other_clause() -> None:
    s = (
        "The army named two new units in its report of November 12, and its figures show "
        "Russian losses rose by 16,100 in November."
    )
    r = ref(s, "2022-12-04", "16,100")
    assert (r.period_start, r.period_end) == ("2022-11-01", "2022-11-30")


def test_a_span_between_two_weekdays_dates_set_off_by_commas() -> None:
    s = (
        "Between Sunday, May 7, and Sunday, May 14, Russian losses in tanks rose by 45, the "
        "reports show."
    )
    r = ref(s, "2023-05-14", "45")
    assert (r.aggregation, r.period_start, r.period_end) == ("period", "2023-05-07", "2023-05-14")


def test_the_year_after_the_one_year_the_sentence_names_is_that_year() -> None:
    s = (
        "The ministry released its figures for 2022, saying exports fell by 1,900 tonnes over "
        "the year, with 300 tonnes lost in March."
    )
    r = ref(s, "2023-01-03", "1,900")
    assert (r.aggregation, r.period_start, r.period_end) == ("period", "2022-01-01", "2022-12-31")
    # (a year compared with is not the figure's)
    s = "Compared with 2021, output fell by 1,900 tonnes over the year."
    assert ref(s, "2023-01-03", "1,900").period_start is None


def test_a_report_right_after_a_later_clauses_figure_is_that_figures() -> None:
    s = (
        "The army's count of downed drones rose by 9,800 in May, and its tank tally went to "
        "8,000 in its May 20 report."
    )
    r = ref(s, "2024-06-02", "9,800")
    assert (r.period_start, r.period_end) == ("2024-05-01", "2024-05-31")
    assert ref(s, "2024-06-02", "8,000").as_of == "2024-05-20"


def test_a_figure_told_with_the_one_before_keeps_its_time_from_the_next_item() -> None:
    s = (
        "The update puts personnel losses at about 301,000, with 610 added overnight, and "
        "tank losses at 5,310, up nine on the day."
    )
    r = ref(s, "2023-11-02", "5,310")
    assert r.aggregation != "period" and r.period_span is None
    assert ref(s, "2023-11-02", "610").period_days == 1
    # (things "along with" the figure told share its time)
    s = (
        "The bulletin put losses at 505,000 personnel, with 1,210 added over the past day, "
        "along with 14 tanks and 40 artillery systems."
    )
    assert ref(s, "2024-05-02", "14").period_days == 1


def test_the_day_of_a_count_a_figure_is_listed_in_is_the_counts_not_a_days_losses() -> None:
    s = "The project listed 4,120 Russian tanks as lost in its count on Thursday."
    r = ref(s, "2024-02-10", "4,120")
    assert r.aggregation != "period" and r.as_of == "2024-02-08"


def test_a_rise_counted_from_a_days_report_runs_to_the_articles_own() -> None:
    s = "Compared with Friday's report, the tank count grew by nine, the army said."
    r = ref(s, "2023-09-09", "nine")
    assert (r.aggregation, r.period_start, r.period_end) == ("period", "2023-09-08", "2023-09-08")
    # (two days back: two days' losses)
    r = ref(s, "2023-09-10", "nine")
    assert (r.period_days, r.period_start, r.period_end) == (2, "2023-09-08", "2023-09-09")
    # (a level compared with a report is no rise)
    s = "Compared with Friday's report, the tank count stood at 4,300."
    assert ref(s, "2023-09-09", "4,300").aggregation != "period"


def test_the_last_months_of_a_year_are_that_years_last_months() -> None:
    s = (
        "Losses fell to 98,000 in the first quarter, down from 104,000 in the last three "
        "months of 2023."
    )
    r = ref(s, "2024-04-06", "104,000")
    assert (r.aggregation, r.period_start, r.period_end) == ("period", "2023-10-01", "2023-12-31")
    (t,) = [t for t in find_timexes("over the final two weeks of 2022") if t.kind == "last_n"]
    assert (t.n, t.unit, t.year) == (2, "week", 2022)


def test_the_previous_week_compared_with_a_weeks_count_is_the_week_before_it() -> None:
    s = (
        "In the week to Sunday the army added 2,100 personnel to its count, down from 2,600 in "
        "the previous week."
    )
    r = ref(s, "2023-03-12", "2,600")
    assert (r.period_start, r.period_end) == ("2023-02-27", "2023-03-05")
    assert ref(s, "2023-03-12", "2,100").period_start == "2023-03-06"


def test_an_opening_time_with_no_comma_still_heads_the_whole_sentence() -> None:
    s = (
        "In March the army counted 410 Russian tanks destroyed, and said air defences had "
        "downed 96 cruise missiles."
    )
    r = ref(s, "2023-04-02", "96")
    assert (r.aggregation, r.period_start, r.period_end) == ("period", "2023-03-01", "2023-03-31")


def test_a_day_told_after_a_semicolon_is_the_next_clauses() -> None:
    s = "The update listed 201 aircraft; by Friday, the project had confirmed 80 aircraft."
    assert ref(s, "2022-09-13", "201").as_of == "2022-09-13"
    assert ref(s, "2022-09-13", "80").as_of == "2022-09-09"


def test_a_comparison_of_two_reports_is_the_span_between_them() -> None:
    s = (
        "The army recorded 30,100 Russian losses in May, according to a comparison of its "
        "reports of May 1 and June 1."
    )
    r = ref(s, "2024-06-02", "30,100")
    assert (r.period_start, r.period_end) == ("2024-05-01", "2024-05-31")
    # (a comparison of two years is no span)
    s = "A comparison of 2022 and 2023 shows 5,000 more losses."
    assert ref(s, "2024-06-02", "5,000").period_start != "2022-01-01"


def test_the_report_of_the_figures_clause_beats_a_period_of_the_next_clause() -> None:
    s = (
        "The General Staff said on Tuesday that Russian personnel losses stood at 425,890, "
        "and its tally had risen by more than 28,000 in February alone."
    )
    r = ref(s, "2024-03-12", "425,890")
    assert r.as_of == "2024-03-12" and r.aggregation != "period"
    r = ref(s, "2024-03-12", "28,000")
    assert (r.period_start, r.period_end) == ("2024-02-01", "2024-02-29")


def test_a_rise_from_one_report_to_another_dates_each_term() -> None:
    s = (
        "Russian tank losses rose by 205 during May, from about 1,700 in the report of 1 May "
        "to about 1,905 in that of 1 June."
    )
    r = ref(s, "2023-06-05", "205")
    assert (r.period_start, r.period_end) == ("2023-05-01", "2023-05-31")
    assert ref(s, "2023-06-05", "1,700").as_of == "2023-05-01"
    r = ref(s, "2023-06-05", "1,905")
    assert r.as_of == "2023-06-01" and r.aggregation != "period"


def test_the_level_a_rise_reached_in_its_own_report() -> None:
    s = "Its count of downed drones rose by 1,140 in March, standing at 9,870 in Monday's report."
    r = ref(s, "2023-04-05", "9,870")
    assert r.as_of == "2023-04-03" and r.aggregation != "period"
    assert ref(s, "2023-04-05", "1,140").period_end == "2023-03-31"


def test_a_day_inside_an_aside_on_a_total_is_the_asides() -> None:
    s = "That week the army added 90 tanks, bringing its total on Friday to 2,310, and 75 guns."
    assert ref(s, "2023-04-09", "2,310").as_of == "2023-04-07"
    assert ref(s, "2023-04-09", "75").as_of != "2023-04-07"


def test_a_day_of_a_press_conference_is_the_days_statement() -> None:
    s = "At a news conference in Kyiv on 12 March, the minister said 700 soldiers had been killed."
    r = ref(s, "2024-03-15", "700")
    assert r.as_of == "2024-03-12" and r.aggregation != "period"


def test_the_time_a_record_is_measured_since_is_the_records() -> None:
    s = (
        "Tank losses rose to 8,100, and the General Staff listed 52 Russian air defence "
        "systems destroyed, its highest monthly figure for that category since the summer of "
        "2023."
    )
    r = ref(s, "2024-05-06", "52")
    assert r.as_of is not None and r.as_of.startswith("2024")
    s = "Russia lost 1,500 troops on Tuesday, the most in a day since March."
    assert ref(s, "2024-05-06", "1,500").as_of == "2024-04-30"


def test_two_times_compared_give_the_figures_set_against_each_other_by_order() -> None:
    s = "Fewer Russian drones were downed in June than in May, 2,100 against 2,650, it said."
    assert ref(s, "2024-07-10", "2,100").period_end == "2024-06-30"
    assert ref(s, "2024-07-10", "2,650").period_end == "2024-05-31"


def test_a_month_later_in_the_year_in_words_that_look_ahead_is_the_coming_one() -> None:
    s = "Traders priced a 70% chance of a rate cut in October, and losses reached 1,000."
    assert ref(s, "2025-08-07", "70%").future
    s = "Russia lost 40,000 troops in October, Kyiv said."
    assert ref(s, "2025-08-07", "40,000").period_end == "2024-10-31"


def test_the_months_own_count_is_the_month_just_told() -> None:
    prev = ref("In June the army claimed 120 tanks.", "2025-07-02", "120")
    s = "The month's tally of 48 Russian aircraft was swollen by a single raid on June 1."
    r = ref(s, "2025-07-02", "48", context=prev)
    assert r.aggregation == "period" and r.period_end == "2025-06-30"


def test_a_year_the_sentence_names_before_during_the_year_comes_first() -> None:
    prev = ref("That compares with some 410,000 in 2024.", "2026-01-02", "410,000")
    s = (
        "Kyiv says it downed 60,000 drones in 2025, while tank losses reached 1,500 during the "
        "year."
    )
    r = ref(s, "2026-01-02", "1,500", context=prev)
    assert r.period_start == "2025-01-01" and r.period_end == "2025-12-31"


def test_the_wars_year_as_the_subject_of_what_it_cost() -> None:
    s = "The newspaper found that the war's third year alone had cost Russia about 420,000 troops."
    r = ref(s, "2025-03-01", "about 420,000")
    assert r.aggregation == "period"
    assert (r.period_start, r.period_end) == ("2024-02-24", "2025-02-23")


def test_the_level_a_counts_rise_reached_is_the_rises_days() -> None:
    s = "On May 3 the count of Russian helicopters rose by one, to 331, the army said."
    assert ref(s, "2024-05-20", "331").as_of == "2024-05-03"
    assert ref(s, "2024-05-20", "331").aggregation == "cumulative"


def test_a_clause_of_when_on_a_reports_day_is_that_days() -> None:
    s = (
        "The ministry gave no new figure for its dead, which Moscow last updated on September "
        "21, when it said 5,937 soldiers had died."
    )
    r = ref(s, "2022-11-10", "5,937")
    assert r.as_of == "2022-09-21" and r.aggregation != "period"


def test_a_body_named_by_its_office_and_capital_reports_on_the_day() -> None:
    s = "On September 21 the defence ministry in Moscow said 5,937 of its soldiers had died."
    r = ref(s, "2022-11-10", "5,937")
    assert r.as_of == "2022-09-21" and r.aggregation != "period"


def test_an_official_who_estimates_in_a_month_gives_a_level_not_the_months_count() -> None:
    s = (
        "In November a Western defence official, speaking on condition of anonymity, estimated "
        "Russian dead at around 120,000."
    )
    r = ref(s, "2024-12-20", "around 120,000")
    assert r.aggregation != "period" and r.as_of == "2024-11-30"
    s = "In November the General Staff reported 45,000 Russian losses."
    assert ref(s, "2024-12-20", "45,000").aggregation == "period"


def test_across_a_year_is_the_years_count() -> None:
    r = ref("Across 2023, by Kyiv's count, Russia lost 253,290 troops.", "2024-01-05", "253,290")
    assert r.aggregation == "period" and r.period_start == "2023-01-01"


def test_a_day_in_a_long_clause_after_after_is_the_events_not_the_figures() -> None:
    s = (
        "As of Thursday, the army claims 10,900 Russian tanks and 416 aircraft, the latter "
        "figure jumping after the drone strikes on four strategic bomber bases on June 1."
    )
    assert ref(s, "2025-06-12", "416").as_of == "2025-06-12"


def test_a_time_after_a_figure_compared_with_a_rough_bound_is_that_figures() -> None:
    s = (
        "The paper said the war's second year alone had cost Russia 3,171 tanks, against "
        "roughly 2,000 in the first year."
    )
    r = ref(s, "2024-02-26", "3,171")
    assert r.aggregation == "period" and r.period_start == "2023-02-24"


def test_what_a_report_added_is_no_count_since_the_levels_start() -> None:
    s = (
        "The General Staff on Saturday raised its count of Russian warships lost since "
        "February 2022 to 35, adding one vessel in its morning update."
    )
    r = ref(s, "2026-08-08", "one")
    assert r.aggregation == "period" and r.period_days == 1


def test_a_month_before_a_count_dates_that_count() -> None:
    s = "The March tally also included 221 tanks and 290 artillery systems."
    r = ref(s, "2023-04-01", "221")
    assert r.aggregation == "period" and r.period_start == "2023-03-01"
    s = "Thousands joined the Women's March, where 300 police officers were on duty."
    assert ref(s, "2023-04-01", "300").aggregation != "period"


def test_a_day_in_a_coordinated_clause_with_its_own_report_is_that_clauses() -> None:
    s = (
        "Over the past seven days the figure rose by 5,970, and the report published on "
        "Saturday counted more than 1,000 in a single day."
    )
    r = ref(s, "2024-04-17", "5,970")
    assert r.as_of == "2024-04-17" and r.period_days == 7


def test_a_weekday_after_its_place_opens_a_dateline() -> None:
    s = (
        "WELLINGTON, Monday - Ukraine said on Sunday that its air force had shot down three "
        "Russian warplanes in the past day."
    )
    assert ref(s, "2024-02-19", "three").as_of == "2024-02-18"


def test_a_named_speaker_after_an_opening_day_says_the_figure_that_day() -> None:
    s = (
        "On September 21 the defence minister, Sergei Shoigu, said 5,937 Russian soldiers had "
        "been killed."
    )
    r = ref(s, "2022-12-02", "5,937")
    assert r.as_of == "2022-09-21" and r.aggregation != "period"
    # (what happened on the day is still that day's: no speaker)
    s = "On September 21 Russian forces lost 590 soldiers near Lyman."
    assert ref(s, "2022-12-02", "590").aggregation == "period"


@pytest.mark.parametrize("joint", ["alongside", "along with", "as well as", "plus"])
def test_a_figure_added_with_a_time_of_its_own_keeps_it(joint: str) -> None:
    s = (
        "The General Staff said its forces had downed 1,309 Russian drones over the past week, "
        f"{joint} 15 cruise missiles in the previous day."
    )
    assert ref(s, "2025-06-10", "15").period_days == 1
    assert ref(s, "2025-06-10", "1,309").period_days == 7


def test_the_time_of_a_figure_a_reporting_participle_adds_is_not_the_levels() -> None:
    s = (
        "The General Staff put total Russian losses at 202,430 troops in its report on Saturday "
        "morning, saying 670 Russian soldiers had been killed on Friday alone."
    )
    r = ref(s, "2023-05-20", "202,430")
    assert r.as_of == "2023-05-20" and r.aggregation != "period"
    assert ref(s, "2023-05-20", "670").period_end == "2023-05-19"


def test_the_time_a_verb_of_comparison_names_is_the_other_terms() -> None:
    s = (
        "Over the past year alone, the General Staff's count of Russian personnel losses rose by "
        "262,190, far outstripping the first year of the war."
    )
    r = ref(s, "2024-02-24", "262,190")
    assert r.aggregation == "period" and r.period_end >= "2024-02-22"


@pytest.mark.parametrize(
    "sharing",
    [
        "A graphic shared on X and Telegram since New Year's Day claims",
        "A video posted on TikTok over the weekend says",
    ],
)
def test_when_a_post_was_shared_is_no_time_of_what_it_claims(sharing: str) -> None:
    s = f'{sharing} that "in 2024 alone Ukraine destroyed 3,700 Russian tanks".'
    r = ref(s, "2025-01-03", "3,700")
    assert (r.period_start, r.period_end) == ("2024-01-01", "2024-12-31")


def test_two_reports_named_together_span_the_days_between_them() -> None:
    s = (
        "Russia's claimed personnel losses rose by 430,790 in 2024, according to the General "
        "Staff's reports of January 1, 2024 and January 1, 2025."
    )
    r = ref(s, "2025-01-02", "430,790")
    assert r.aggregation == "period" and r.period_start == "2024-01-01"
    assert r.period_end >= "2024-12-31"


def test_a_day_after_what_a_body_published_is_still_the_days() -> None:
    s = (
        "Moscow has published its own casualties only once: on March 2 its defence ministry "
        "said 498 Russian servicemen had been killed."
    )
    assert ref(s, "2022-03-17", "498").as_of == "2022-03-02"


def test_the_next_morning_follows_the_day_just_told():
    prev = time_ref("The first strikes came on Feb. 24.", "2022-12-31")
    s = "In its report the next morning, the army put Russian losses at about 2,800."
    assert ref(s, "2022-12-31", "2,800", context=prev).as_of == "2022-02-25"
    assert [t.kind for t in find_timexes("the following morning")] == ["relday"]


def test_a_day_in_a_closing_clause_of_where_is_not_the_figures():
    s = (
        "The update of March 12 listed 1,310 Russian losses over the previous 24 hours, "
        "where Russian units attacked on March 9."
    )
    r = ref(s, "2024-03-20", "1,310")
    assert r.as_of == "2024-03-12" and r.period_days == 1


def test_a_figure_that_brings_a_total_keeps_none_of_the_totals_time():
    s = (
        "Air defences downed 54 cruise missiles during the barrage, bringing to 1,120 the "
        "number shot down since the invasion."
    )
    r = ref(s, "2023-03-10", "54")
    assert r.aggregation != "cumulative" and r.since_span is None
