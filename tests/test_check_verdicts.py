"""Verdicts on the hand-built test corpus and on the example sentence (no model needed)."""

from __future__ import annotations

import json

import pytest

from claimledger.check import (
    CheckResult,
    check_claims,
    load_bundled_references,
    reference_series,
    verdicts_for_claim,
)
from claimledger.models import Verdict
from claimledger.store import SQLiteStore
from corpus import build, expected


@pytest.fixture(scope="module")
def checked():
    store = SQLiteStore(":memory:")
    keys = build(store)
    load_bundled_references(store)
    results = check_claims(store)
    by_key = {k: r for r in results for k, v in keys.items() if v == (r.claim_id, r.quantity_index)}
    yield store, keys, by_key
    store.close()


def test_corpus_verdicts_match_expected(checked):
    _, _, by_key = checked
    want = expected()["verdicts"]
    assert {k: r.label for k, r in by_key.items()} == want


def test_corpus_best_series(checked):
    _, _, by_key = checked
    for k, series in expected()["best_series"].items():
        assert by_key[k].best_series == series, k


def test_killing_430000_soldiers_is_the_personnel_figure_with_its_caveat(checked):
    r = checked[2]["mar-example#0#1"]
    assert r.label == "consistent"
    ev = r.evidence[0]
    assert (ev.series, ev.date, ev.value) == ("ua-general-staff/personnel", "2024-03-20", 433_090)
    text = r.explanation
    assert "433,090" in text and "not only deaths" in text
    assert "Ukraine's own reported figure" in text
    assert "not that it is independently verified" in text
    assert any("not only deaths" in n for n in r.notes)


def test_over_13000_vehicles_matches_the_armoured_series_and_names_the_other(checked):
    r = checked[2]["mar-example#0#0"]
    assert r.label == "consistent"
    assert r.best_series == "ua-general-staff/apc"
    got = {(e.series, e.value) for e in r.evidence}
    assert ("ua-general-staff/apc", 13_058) in got
    assert ("ua-general-staff/vehicles-and-fuel-tanks", 14_198) in got
    assert "13,058" in r.explanation and "14,198" in r.explanation


def test_an_older_figure_is_unverifiable_and_names_its_date(checked):
    r = checked[2]["may-stale#0#0"]
    assert r.label == "unverifiable" and r.reason == "old_figure"
    assert "2024-02-25" in r.explanation and "409,820" in r.explanation


def test_a_denied_figure_is_still_checked_as_a_figure(checked):
    r = checked[2]["mar-denial#0#0"]
    assert r.label == "consistent"
    assert "denies this figure" in r.explanation


def test_below_oryx_lower_bound_is_inconsistent(checked):
    r = checked[2]["jan-russian-official#0#0"]
    assert r.label == "inconsistent" and r.best_series == "oryx/russia/tanks"
    assert "2,606" in r.explanation and "confirmed minimum" in r.explanation


def test_official_claim_by_another_side_is_not_called_its_own(checked):
    r = checked[2]["jan-russian-official#0#0"]
    assert "own reported figure" not in r.explanation


@pytest.mark.parametrize("key", ["feb-mod#0#0", "feb-zelensky#0#0", "feb-us#0#0"])
def test_no_series_for_ukrainian_personnel_is_unverifiable(checked, key):
    r = checked[2][key]
    assert r.label == "unverifiable" and r.reason == "no_series_for_party"
    assert "ukraine" in r.explanation


def test_every_unverifiable_verdict_says_why(checked):
    from claimledger.check.verdicts import REASONS

    for r in checked[2].values():
        if r.label == "unverifiable":
            assert r.reason in REASONS and r.explanation


def test_verdicts_pin_the_series_version(checked):
    store, _, by_key = checked
    (stored,) = [s for s in reference_series(store) if s.id == "ua-general-staff/apc"]
    ev = by_key["mar-example#0#0"].evidence[0]
    assert ev.version == stored.version and ev.version
    assert ev.imported_at == stored.imported_at and ev.imported_at


def test_verdicts_are_recorded_and_round_trip(checked):
    store, keys, by_key = checked
    cid, qi = keys["mar-example#0#0"]
    stored = verdicts_for_claim(store, cid)
    assert [s.quantity_index for s in stored] == [0, 1]
    assert stored[qi].to_dict() == by_key["mar-example#0#0"].to_dict()
    assert CheckResult.from_dict(stored[qi].to_dict()) == stored[qi]


def test_records_are_json_ready_and_give_core_verdicts(checked):
    for r in checked[2].values():
        json.dumps(r.to_dict())
        v = r.verdict()
        assert isinstance(v, Verdict) and v.label == r.label and v.claim_id == r.claim_id


def test_recheck_replaces_and_claim_filter(checked):
    store, keys, _ = checked
    cid, _ = keys["jan-kyiv#0#0"]
    again = check_claims(store, [cid])
    assert {r.claim_id for r in again} == {cid}
    assert len(verdicts_for_claim(store, cid)) == 1
    n = store.query("SELECT count(*) FROM verdicts")[0][0]
    assert n == len(expected()["verdicts"])


def test_check_without_references_is_unverifiable():
    store = SQLiteStore(":memory:")
    build(store)
    results = check_claims(store)
    assert results and {r.label for r in results} == {"unverifiable"}
    store.close()


# -- single made-up figures with hand-given frames -----------------------------------------
def _check_one(
    sentence: str,
    qtext: str,
    value: float | None,
    frame: dict,
    *,
    claimer: str | None = "Ukraine's General Staff",
    change: str = "=",
    date: str = "2024-03-20",
    stance: str = "asserts",
    low: float | None = None,
    high: float | None = None,
):
    from corpus import extraction

    q = {"text": qtext, "value": value, "change": change, "unit": None, "frame": frame}
    if low is not None:
        q.update(low=low, high=high)
    rec = {
        "id": "one",
        "date": date,
        "text": sentence,
        "claims": [{"sentence": sentence, "claimer": claimer, "stance": stance, "quantities": [q]}],
    }
    store = SQLiteStore(":memory:")
    store.add(extraction(rec))
    load_bundled_references(store)
    (result,) = check_claims(store)
    store.close()
    return result


RUSSIAN_PERSONNEL = {"party": "russia", "measure": "personnel", "aggregation": "cumulative"}


@pytest.mark.parametrize("qtext", ["dozens", "hundreds of thousands"])
def test_a_vague_amount_is_named_as_written(qtext):
    r = _check_one(f"Russia lost {qtext} of troops.", qtext, None, RUSSIAN_PERSONNEL)
    assert (r.label, r.reason) == ("unverifiable", "vague")
    assert r.explanation == f"'{qtext}' is not checked: a vague amount states no figure to check."


def test_exact_figure_of_the_day_before_is_within_report_lag():
    # 432,390 was the General Staff's figure on 2024-03-19; the claim is dated 2024-03-20.
    r = _check_one("Russia had lost 432,390 troops.", "432,390", 432_390, RUSSIAN_PERSONNEL)
    assert r.label == "consistent"
    assert r.evidence[0].date == "2024-03-19"


def test_a_period_of_unstated_days_is_not_read_against_a_guessed_one():
    # "in less than a week": a count of some period the text does not date
    frame = {"party": "russia", "measure": "personnel", "aggregation": "period"}
    r = _check_one("Russia lost 2,600 troops in less than a week.", "2,600", 2_600, frame)
    assert (r.label, r.reason) == ("unverifiable", "no_period_dates")
    assert "does not state" in r.explanation and not r.comparisons


def test_since_a_weekday_may_count_the_reports_published_since_that_day():
    # personnel: 80,860 (report of 2022-11-13), 81,370 (11-14), 83,460 (11-18). "Since
    # Monday" (11-14), written on Friday 11-18: the losses of Monday on (2,090) or the
    # reports published since Monday, the first covering Sunday (2,600).
    def frame(span: str) -> dict:
        return {
            "party": "russia",
            "measure": "personnel",
            "aggregation": "period",
            "period_days": 4,
            "period_start": "2022-11-14",
            "period_end": "2022-11-17",
            "as_of": "2022-11-18",
            "period_span": {"start": 0, "end": len(span), "text": span},
        }

    def check(value: int, span: str):
        text = f"{span}, Russia lost {value:,} troops."
        return _check_one(text, f"{value:,}", value, frame(span), date="2022-11-18")

    assert check(2_600, "since Monday").label == "consistent"
    assert check(2_090, "since Monday").label == "consistent"
    assert check(3_000, "since Monday").label == "inconsistent"
    # a stated span has one reading
    assert check(2_600, "from Monday to Thursday").label == "inconsistent"


def test_a_one_day_figure_is_read_against_the_series_change_over_that_day():
    # personnel: 432,390 on 2024-03-19 and 433,090 on 2024-03-20 (the report dated the 20th
    # covers the 19th): 700 in the past 24 hours.
    day = {
        "party": "russia",
        "measure": "personnel",
        "aggregation": "period",
        "period_days": 1,
        "period_start": "2024-03-19",
        "period_end": "2024-03-19",
    }
    r = _check_one("Russia lost 700 troops in the past 24 hours.", "700", 700, day)
    assert r.label == "consistent" and r.aggregation == "period"
    ev = r.evidence[0]
    assert (ev.from_date, ev.date, ev.value) == ("2024-03-19", "2024-03-20", 700)
    wrong = _check_one("Russia lost 900 troops in the past 24 hours.", "900", 900, day)
    assert wrong.label == "inconsistent" and "a rise of 700" in wrong.explanation


def test_a_period_that_takes_in_the_wars_start_counts_from_it():
    # personnel: 106,720 in the report of 2023-01-01 (covering 2022-12-31); the series
    # counts from the invasion, so "in 2022" is its total at the year's end.
    year = {
        "party": "russia",
        "measure": "personnel",
        "aggregation": "period",
        "period_days": 365,
        "period_start": "2022-01-01",
        "period_end": "2022-12-31",
    }
    r = _check_one(
        "In 2022, Russia lost 106,720 troops.", "106,720", 106_720, year, date="2025-06-12"
    )
    assert r.label == "consistent"
    assert (r.evidence[0].date, r.evidence[0].value) == ("2023-01-01", 106_720)
    wrong = _check_one(
        "In 2022, Russia lost 150,000 troops.", "150,000", 150_000, year, date="2025-06-12"
    )
    assert wrong.label == "inconsistent"
    # a period that starts after the invasion still needs the report of its first day
    later = dict(year, period_start="2023-01-01", period_end="2023-12-31")
    r = _check_one(
        "In 2023, Russia lost 253,290 troops.", "253,290", 253_290, later, date="2025-06-12"
    )
    assert r.label == "consistent" and r.evidence[0].from_date == "2023-01-01"


def test_a_small_unmarked_total_is_not_called_inconsistent():
    r = _check_one(
        "Ukraine said it destroyed 3 Russian tanks.",
        "3",
        3,
        {"party": "russia", "measure": "tank", "aggregation": "cumulative"},
    )
    assert r.label == "unverifiable" and r.reason == "small_total"


def test_a_days_count_near_the_running_total_is_read_as_that_total():
    # "On the anniversary it listed ... more than 6,500 armoured combat vehicles", read as
    # a day's count: the total, whose time words were read as a period
    day = {
        "party": "russia",
        "measure": "armoured_combat_vehicle",
        "aggregation": "period",
        "period_days": 1,
        "period_start": "2023-02-24",
        "period_end": "2023-02-24",
    }
    r = _check_one(
        "On the anniversary it listed more than 6,500 armoured combat vehicles.",
        "more than 6,500",
        6_500,
        day,
        change=">",
        date="2023-02-24",
    )
    assert (r.label, r.aggregation) == ("consistent", "cumulative")
    # ... and checked as that total: a wrong one is inconsistent
    bad = _check_one(
        "On the anniversary it listed more than 9,500 armoured combat vehicles.",
        "more than 9,500",
        9_500,
        day,
        change=">",
        date="2023-02-24",
    )
    assert (bad.label, bad.aggregation) == ("inconsistent", "cumulative")
    # a day's count that is wrong but no total is still inconsistent
    wrong = _check_one(
        "On the anniversary it destroyed 300 armoured combat vehicles.",
        "300",
        300,
        day,
        date="2023-02-24",
    )
    assert wrong.label == "inconsistent"


def test_up_to_is_the_top_of_an_estimate():
    # "as many as 450,000" holds against 433,090 (within 5% below); "as many as 800,000" not.
    ok = _check_one(
        "Russia lost as many as 450,000 troops.",
        "as many as 450,000",
        450_000,
        RUSSIAN_PERSONNEL,
        claimer="a US official",
        change="<=",
    )
    assert ok.label == "consistent"
    far = _check_one(
        "Russia lost as many as 800,000 troops.",
        "as many as 800,000",
        800_000,
        RUSSIAN_PERSONNEL,
        claimer="a US official",
        change="<=",
    )
    assert far.label == "inconsistent" and "top of an estimate" in far.explanation
    exact = _check_one(
        "Russia lost up to 433,090 troops.",
        "up to 433,090",
        433_090,
        RUSSIAN_PERSONNEL,
        claimer="a US official",
        change="<=",
    )
    assert exact.label == "consistent"


def test_deaths_are_a_part_of_personnel_losses():
    killed = {"party": "russia", "measure": "killed", "aggregation": "cumulative"}
    r = _check_one(
        "The BBC has confirmed 50,000 Russian deaths.", "50,000", 50_000, killed, claimer="the BBC"
    )
    assert r.label == "compatible" and "bounds the figure from above" in r.explanation
    over = _check_one(
        "An adviser said 500,000 Russians were killed.",
        "500,000",
        500_000,
        killed,
        claimer="an adviser",
    )
    assert over.label == "inconsistent" and "part cannot be larger" in over.explanation


def test_a_reading_that_needs_a_report_not_yet_out_is_not_the_articles():
    # "110 tanks ... in the seven days to Monday", in a bulletin of Monday 10 June 2024: the
    # reports of 3 and 10 June give 100; those of 4 and 11 June (108, within rounding of
    # 110) need Tuesday's report, not out when the bulletin was
    week = {
        "party": "russia",
        "measure": "tank",
        "aggregation": "period",
        "period_days": 7,
        "period_start": "2024-06-04",
        "period_end": "2024-06-10",
        "as_of": "2024-06-10",
    }
    r = _check_one(
        "Russia lost 110 tanks in the seven days to Monday.", "110", 110, week, date="2024-06-10"
    )
    assert r.label == "inconsistent" and "2024-06-03" in r.explanation
    later = _check_one(
        "Russia lost 108 tanks in the seven days to Monday 10 June.",
        "108",
        108,
        week,
        date="2024-06-12",
    )
    assert later.label == "consistent"


def test_one_attacks_toll_that_is_the_days_count_is_read_as_it():
    # the General Staff's cruise missiles rose by 37 between the reports of 6 and 7 June 2025
    attack = {
        "party": "russia",
        "measure": "cruise_missile",
        "aggregation": "period",
        "period_days": 1,
        "period_start": "2025-06-06",
        "period_end": "2025-06-06",
        "as_of": "2025-06-06",
        "part": "that attack",
    }
    text = "The General Staff later counted 37 cruise missiles destroyed in that attack."
    exact = _check_one(text, "37", 37, attack, date="2025-06-08")
    assert exact.label == "consistent"
    fewer = _check_one(text.replace("37", "30"), "30", 30, attack, date="2025-06-08")
    assert fewer.label == "compatible"


def test_a_region_is_a_part_of_the_front():
    region = {
        "party": "russia",
        "measure": "tank",
        "aggregation": "cumulative",
        "part": "southern Ukraine",
    }
    r = _check_one("Ukraine destroyed 400 Russian tanks in southern Ukraine.", "400", 400, region)
    assert r.label == "compatible"


def test_stocks_rates_and_unknown_parties_are_unverifiable_with_reasons():
    stock = dict(RUSSIAN_PERSONNEL, aggregation="stock")
    assert (
        _check_one("Russia has 3,000 tanks in storage.", "3,000", 3000, stock).reason
        == "aggregation"
    )
    nobody = dict(RUSSIAN_PERSONNEL, party=None)
    assert _check_one("It lost 400,000 troops.", "400,000", 400_000, nobody).reason == "no_party"
    us = dict(RUSSIAN_PERSONNEL, party="us")
    assert (
        _check_one("2,400 US troops died in Afghanistan.", "2,400", 2400, us).reason
        == "no_series_for_party"
    )
    promise = _check_one(
        "Russia will lose 500,000 troops.", "500,000", 500_000, RUSSIAN_PERSONNEL, stance="promises"
    )
    assert promise.reason == "stance"
    nodate = _check_one(
        "Russia lost 400,000 troops.",
        "400,000",
        400_000,
        dict(RUSSIAN_PERSONNEL, as_of=None),
        date=None,
    )
    assert nodate.reason == "no_date"


def test_a_claim_by_oryx_is_checked_against_oryx_as_a_figure():
    # Oryx's own count repeated: judged against Oryx (2,906 on 2024-04-08), not against the
    # General Staff's much larger figure.
    tanks = {"party": "russia", "measure": "tank", "aggregation": "cumulative"}
    r = _check_one(
        "Oryx has documented 2,906 Russian tanks lost.",
        "2,906",
        2906,
        tanks,
        claimer="Oryx",
        date="2024-04-08",
    )
    assert r.label == "consistent" and r.best_series == "oryx/russia/tanks"
    assert {e.series for e in r.evidence} <= {"oryx/russia/tanks"}


def test_oryxs_infantry_fighting_vehicles_are_read_against_its_own_row():
    ifv = {
        "party": "ukraine",
        "measure": "armoured_combat_vehicle",
        "part": "infantry fighting vehicles",
        "aggregation": "cumulative",
    }
    s = "Oryx listed 571 Ukrainian infantry fighting vehicles."
    r = _check_one(s, "571", 571, ifv, claimer="Oryx", date="2023-06-15")
    assert r.label == "consistent" and r.best_series == "oryx/ukraine/infantry-fighting-vehicles"
    assert "only part" not in r.explanation
    # to anyone else they stay a part of the armoured vehicles (the General Staff's here)
    russian = {**ifv, "party": "russia"}
    s = "British intelligence counted 2,400 Russian infantry fighting vehicles."
    r = _check_one(s, "2,400", 2400, russian, claimer="British intelligence", date="2023-06-15")
    assert r.label == "compatible" and r.best_series == "ua-general-staff/apc"


def test_soldiers_taken_prisoner_have_no_series():
    # prisoners are not read as a part of personnel losses (the field-news gold: unverifiable)
    frame = {"party": "russia", "measure": "prisoners", "aggregation": "cumulative"}
    r = _check_one("Ukraine has taken 594 Russian soldiers prisoner.", "594", 594, frame)
    assert (r.label, r.reason) == ("unverifiable", "no_measure")
    wounded = {**frame, "measure": "wounded"}
    r = _check_one("Russia had 200,000 soldiers wounded.", "200,000", 200_000, wounded)
    assert r.label == "compatible"  # the wounded still are a part


def test_a_figure_the_sentence_gives_to_oryx_is_checked_against_oryx():
    # "the General Staff lists ... tanks, against 2,906 confirmed by Oryx": the claim is the
    # General Staff's, the figure Oryx's, so it is read against Oryx (2,906 on 2024-04-08)
    # and named as Oryx's; without the source it would be the General Staff's, far too low
    tanks = {"party": "russia", "measure": "tank", "aggregation": "cumulative"}
    sentence = "The General Staff lists 6,900 Russian tanks, against 2,906 confirmed by Oryx."
    r = _check_one(sentence, "2,906", 2906, {**tanks, "source": "Oryx"}, date="2024-04-08")
    assert r.label == "consistent" and r.best_series == "oryx/russia/tanks"
    assert r.explanation.startswith("Oryx's figure of 2,906")
    low = _check_one(
        sentence.replace("2,906", "2,500"),
        "2,500",
        2500,
        {**tanks, "source": "Oryx"},
        date="2024-04-08",
    )
    assert low.label == "inconsistent" and low.best_series == "oryx/russia/tanks"
    plain = _check_one(sentence, "2,906", 2906, tanks, date="2024-04-08")
    assert plain.best_series == "ua-general-staff/tank"


def test_a_third_party_figure_agreeing_with_oryx_is_consistent():
    tanks = {"party": "russia", "measure": "tank", "aggregation": "cumulative"}
    r = _check_one(
        "British intelligence estimates 2,906 Russian tanks lost.",
        "2,906",
        2906,
        tanks,
        claimer="British intelligence",
        date="2024-04-08",
    )
    assert r.label == "consistent" and r.best_series == "oryx/russia/tanks"


def test_above_oryx_alone_is_unverifiable():
    # Ukraine's equipment is counted only by Oryx, a lower bound.
    tanks = {"party": "ukraine", "measure": "tank", "aggregation": "cumulative"}
    r = _check_one(
        "Russia said it destroyed 9,000 Ukrainian tanks.",
        "9,000",
        9000,
        tanks,
        claimer="Russia's defence ministry",
    )
    assert r.label == "unverifiable" and r.reason == "lower_bound_only"


def test_a_figure_dated_only_vaguely_is_not_read_on_the_articles_date():
    sentence = (
        "Documents leaked earlier this year revealed an estimate of up to 223,000 casualties."
    )
    i = sentence.index("earlier this year")
    frame = {
        "party": "russia",
        "measure": "personnel",
        "aggregation": "cumulative",
        "as_of": None,
        "as_of_span": {"start": i, "end": i + 17, "text": "earlier this year"},
    }
    r = _check_one(
        sentence, "up to 223,000", 223000, frame, claimer="U.S.", change="<=", date="2023-05-02"
    )
    assert (r.label, r.reason) == ("unverifiable", "no_date")
    assert "earlier this year" in r.explanation


def test_a_part_below_oryx_is_not_an_understatement():
    # Oryx's confirmed total bounds the whole from below; a part may be far smaller
    part = {
        "party": "ukraine",
        "measure": "tank",
        "aggregation": "cumulative",
        "part": "Zaporizhzhia offensive",
    }
    r = _check_one(
        "Kyiv denied Russian claims that it had lost 200 tanks in the Zaporizhzhia offensive.",
        "200",
        200,
        part,
        claimer="Kyiv",
        stance="denies",
        date="2024-05-20",
    )
    assert r.label == "unverifiable" and r.reason == "part_of_lower_bound"
    # the whole, that low, still understates the confirmed count
    whole = {k: v for k, v in part.items() if k != "part"}
    r = _check_one(
        "Kyiv denied Russian claims that it had lost 200 tanks.",
        "200",
        200,
        whole,
        claimer="Kyiv",
        stance="denies",
        date="2024-05-20",
    )
    assert r.label == "inconsistent"


def test_a_reimported_series_does_not_silently_change_a_verdict():
    from dataclasses import replace

    from claimledger.check import recheck, save_series

    store = SQLiteStore(":memory:")
    keys = build(store)
    load_bundled_references(store)
    check_claims(store)
    cid, qi = keys["mar-kyiv#0#0"]
    before = verdicts_for_claim(store, cid)[qi]
    assert before.label == "consistent"
    # A revised personnel series: the 2024-03-20 value is now 500,000.
    (s,) = [x for x in reference_series(store) if x.id == "ua-general-staff/personnel"]
    pts = tuple(replace(p, value=500_000.0) if p.date >= "2024-03-15" else p for p in s.points)
    assert save_series(store, replace(s, points=pts))
    # a plain check keeps the pinned verdict ...
    kept = [r for r in check_claims(store) if (r.claim_id, r.quantity_index) == (cid, qi)]
    assert (
        kept[0].label == "consistent" and kept[0].evidence[0].version == before.evidence[0].version
    )
    # ... a re-check reads the new version and reports the change with both versions
    _, changes = recheck(store, [cid])
    (ch,) = [c for c in changes if c.quantity_index == qi]
    assert (ch.before, ch.after) == ("consistent", "inconsistent")
    v0 = ch.versions_before["ua-general-staff/personnel"]
    v1 = ch.versions_after["ua-general-staff/personnel"]
    assert v0 and v1 and v0 != v1
    store.close()


def test_a_calendar_period_may_be_the_sum_of_the_reports_published_in_it():
    # tanks: 3,029 (report of 2022-12-31), 3,031 (2023-01-01), 5,977 (2023-12-31), 5,983
    # (2024-01-01). "In 2023": the losses of the year's days (5,983 - 3,031 = 2,952) or the
    # sum of the reports dated in it (5,977 - 3,029 = 2,948).
    def year(as_of: str) -> dict:
        return {
            "party": "russia",
            "measure": "tank",
            "aggregation": "period",
            "period_days": 365,
            "period_start": "2023-01-01",
            "period_end": "2023-12-31",
            "as_of": as_of,
        }

    def check(value: int, as_of: str = "2023-12-31"):
        text = f"In 2023, Russia lost {value:,} tanks."
        return _check_one(text, f"{value:,}", value, year(as_of), date="2024-01-05")

    assert check(2_952).label == "consistent"
    assert check(2_948).label == "consistent"
    assert check(2_957).label == "inconsistent"
    # a count back from a report (its as-of date the day after the period) has one reading
    assert check(2_948, as_of="2024-01-01").label == "inconsistent"


def test_a_forecast_is_not_checked():
    frame = {
        "party": "russia",
        "measure": "personnel",
        "aggregation": "cumulative",
        "as_of": "2024-08-31",
        "prediction": True,
    }
    text = "Russia's casualties could reach 500,000 by the summer."
    r = _check_one(text, "500,000", 500_000, frame, date="2024-03-20")
    assert (r.label, r.reason) == ("unverifiable", "prediction")
    assert "forecast" in r.explanation


@pytest.mark.parametrize(
    "name, want",
    [
        ("Western officials", "Western officials'"),
        ("Ukraine's Armed Forces", "Ukraine's Armed Forces'"),
        ("the General Staff", "the General Staff's"),
        ("Oryx", "Oryx's"),
        (
            "the Ministry of Defence of Ukraine's press office",
            "the Ministry of Defence of Ukraine's press office's",
        ),
        ("Congress", "Congress's"),
    ],
)
def test_a_plural_claimer_takes_a_bare_apostrophe(name, want) -> None:
    from claimledger.check.verdicts import _poss

    assert _poss(name) == want


@pytest.mark.parametrize(
    ("unit", "want"),
    [("wounded", "wounded"), ("dead", "dead"), ("casualty", "casualties"), ("tank", "tanks")],
)
def test_people_named_by_a_participle_take_no_plural_ending(unit, want) -> None:
    from claimledger.check.verdicts import _plural

    assert _plural(unit) == want


def test_a_date_after_a_series_ends_is_not_read_at_its_last_value():
    # Oryx's bundled snapshots end in July 2025; the General Staff's on 2026-08-08. A
    # count months later is not the last value's ("more than" would hold on any later day,
    # but the guidelines read a snapshot of the date or up to three days before it).
    tanks = {"party": "russia", "measure": "tank", "aggregation": "cumulative"}
    r = _check_one(
        "Oryx listed more than 4,000 Russian tanks as of Friday.",
        "more than 4,000",
        4000,
        dict(tanks, as_of="2025-12-05"),
        claimer="Oryx",
        date="2025-12-05",
    )
    assert r.label == "unverifiable" and r.reason == "no_value"
    later = _check_one(
        "Russia has lost 1,500,000 troops.",
        "1,500,000",
        1_500_000,
        dict(RUSSIAN_PERSONNEL, as_of="2026-10-01"),
        date="2026-10-01",
    )
    assert later.label == "unverifiable"


def test_the_same_period_as_a_stated_range_has_its_report_to_report_reading():
    # tanks: 3,837 (report of 2023-06-04), 4,375 (2023-08-24); "between June 4 and Thursday"
    # (Aug 24), then "over the same period ... 538 tanks": the two reports' difference
    def frame(start: str, end: str, days: int, span: str) -> dict:
        return {
            "party": "russia",
            "measure": "tank",
            "aggregation": "period",
            "period_days": days,
            "period_start": start,
            "period_end": end,
            "as_of": end,
            "period_span": {"start": 0, "end": len(span), "text": span},
        }

    def check(value: int, f: dict, date: str):
        text = f"{f['period_span']['text']}, it listed {value:,} tanks."
        return _check_one(text, f"{value:,}", value, f, date=date)

    long = frame("2023-06-04", "2023-08-24", 82, "Over the same period")
    assert check(538, long, "2023-08-25").label == "consistent"
    assert check(600, long, "2023-08-25").label == "inconsistent"
    # a week is read one way only: a six-day change is no week's (6,747 - 6,678 = 69)
    week = frame("2024-03-06", "2024-03-12", 7, "over the same period")
    assert check(69, week, "2024-03-13").label == "inconsistent"


@pytest.mark.parametrize(
    ("measure", "part", "value", "row"),
    [
        # Oryx, 2022-10-12: 228 self-propelled artillery, 111 towed (339 artillery)
        ("artillery", "self-propelled", 228, "oryx/russia/self-propelled-artillery"),
        ("artillery", "towed", 111, "oryx/russia/towed-artillery"),
    ],
)
def test_a_kind_of_oryxs_artillery_is_read_against_its_own_row(measure, part, value, row):
    frame = {"party": "russia", "measure": measure, "part": part, "aggregation": "cumulative"}
    text = f"Oryx listed {value} Russian {part} guns."
    r = _check_one(text, str(value), value, frame, claimer="Oryx", date="2022-10-12")
    assert r.label == "consistent" and r.evidence[0].series == row
    # anyone else's figure for one kind stays a part of the whole artillery
    other = _check_one(text, str(value), value, frame, date="2022-10-12")
    assert other.label != "consistent" or other.evidence[0].series != row


@pytest.mark.parametrize(
    ("part", "value", "label"),
    [
        # the air force counts what is shot down for the whole country: the day's rise (61
        # cruise missiles in the report of 6 December 2022) is its count
        ("Ukraine's air force's tally", 61, "consistent"),
        ("Ukraine's air force's tally", 40, "compatible"),
        # another branch's tally that happens to equal it stays a part
        ("Ukraine's navy's tally", 61, "compatible"),
    ],
)
def test_an_air_forces_count_equal_to_the_days_rise_is_that_rise(part, value, label):
    frame = {
        "party": "russia",
        "measure": "cruise_missile",
        "aggregation": "period",
        "period_days": 1,
        "period_start": "2022-12-05",
        "period_end": "2022-12-05",
        "as_of": "2022-12-05",
        "part": part,
    }
    r = _check_one(
        f"It said it had shot down {value} missiles on Monday.",
        str(value),
        value,
        frame,
        claimer=part.removesuffix("'s tally"),
        date="2022-12-06",
    )
    assert r.label == label


def test_a_part_one_above_a_small_whole_is_no_part_of_it():
    """36 warships counted by the navy against the General Staff's 35: the two half-steps of
    rounding do not add up to make room for it."""
    navy = {"party": "russia", "measure": "naval_ship", "aggregation": "cumulative"}
    navy["part"] = "navy's tally"
    said = "The navy said the number of Russian warships destroyed had risen to {}."
    r = _check_one(said.format(36), "36", 36, navy, date="2026-08-08")
    assert r.label != "compatible"
    r = _check_one(said.format(35), "35", 35, navy, date="2026-08-08")
    assert r.label in ("compatible", "consistent")


def test_a_month_not_over_is_read_against_the_reports_out_when_it_was_written():
    # tanks: 4,702 (report of 2023-10-01), 5,211 (10-31), 5,223 (11-01). "In October" on
    # October 31: the report of November 1 is not out yet; the month so far is 509.
    month = {
        "party": "russia",
        "measure": "tank",
        "aggregation": "period",
        "period_days": 31,
        "period_start": "2023-10-01",
        "period_end": "2023-10-31",
        "as_of": "2023-10-31",
        "period_span": {"start": 3, "end": 10, "text": "October"},
    }

    def check(value: int, date: str):
        text = f"In October, Russia lost {value} tanks."
        return _check_one(text, str(value), value, month, date=date)

    assert check(509, "2023-10-31").label == "consistent"
    # written after the month, it is the whole month's
    assert check(521, "2023-11-02").label == "consistent"
    assert check(509, "2023-11-02").label != "consistent"


def test_a_total_whose_day_came_from_the_sentence_before_may_be_the_reports():
    # "Its count passed 8,000 on March 5. It also reported that Russia had lost 8,355
    # drones": the day read as a one-day period came from the sentence before
    day = {
        "party": "russia",
        "measure": "drone",
        "aggregation": "period",
        "period_days": 1,
        "period_start": "2024-03-05",
        "period_end": "2024-03-05",
        "as_of": "2024-03-05",
    }
    text = "It also reported that Russia had lost 8,355 drones."
    r = _check_one(text, "8,355", 8_355, day, date="2024-03-20")
    assert (r.label, r.aggregation) == ("consistent", "cumulative")
    # a day the sentence states itself is still that day's
    own = {**day, "period_span": {"start": 0, "end": 7, "text": "March 5"}}
    stated = _check_one("March 5: Russia had lost 8,355 drones.", "8,355", 8_355, own)
    assert stated.label != "consistent"


def test_a_figure_far_below_the_confirmed_count_alone_is_not_an_understatement():
    acv = {"party": "ukraine", "measure": "armoured_combat_vehicle", "aggregation": "cumulative"}
    r = _check_one(
        "The enemy has also lost 281 armoured combat vehicles, the ministry said.",
        "281",
        281,
        acv,
        claimer="Russia's defence ministry",
        date="2024-08-21",
    )
    assert (r.label, r.reason) == ("unverifiable", "small_total")
    assert "far below Oryx's visually confirmed count" in r.explanation


def test_a_total_through_a_stated_day_is_the_next_days_report():
    # "from February 24 to December 31, the General Staff counted ... 3,031 tanks": the
    # losses through December 31, which the report of January 1 gives
    through = {
        "party": "russia",
        "measure": "tank",
        "aggregation": "cumulative",
        "since": "2022-02-24",
        "as_of": "2022-12-31",
        "as_of_span": {"start": 25, "end": 36, "text": "December 31"},
    }

    def check(n: str) -> str:
        text = f"From February 24 to December 31, it counted {n} tanks."
        return _check_one(text, n, float(n.replace(",", "")), through, date="2023-01-03").label

    assert check("3,031") == "consistent"
    # the report of the day itself still holds (3,029), but not one far from both
    assert (check("3,029"), check("3,131")) == ("consistent", "inconsistent")


def test_a_total_by_the_end_of_a_year_is_the_next_days_report():
    # "106,720 Russian troops had been lost by the end of 2022": through December 31, which
    # the report of January 1 gives (106,720); the report dated December 31 (105,960) still
    # holds, as for any day's total
    def check(n: str, told: str = "the end of 2022") -> str:
        text = f"By {told}, {n} Russian troops had been lost."
        frame = {
            "party": "russia",
            "measure": "personnel",
            "aggregation": "cumulative",
            "as_of": "2022-12-31",
            "as_of_span": {"start": 3, "end": 3 + len(told), "text": told},
        }
        return _check_one(text, n, float(n.replace(",", "")), frame, date="2023-01-03").label

    assert (check("106,720"), check("105,960")) == ("consistent", "consistent")
    assert check("108,190") == "inconsistent"
    # (a day told as itself is that day's report: not the day after it)
    assert check("106,720", "December 31") == "inconsistent"


def test_a_total_at_a_milestone_of_the_war_may_be_the_next_days_report():
    # personnel: 45,700 (report of 2022-08-24), 45,850 (08-25, which covers the 24th, six
    # months into the war), 46,250 (08-26)
    def check(n: str, told: str = "Six months into the war") -> str:
        text = f"{told}, {n} Russian troops had been lost."
        frame = {
            "party": "russia",
            "measure": "personnel",
            "aggregation": "cumulative",
            "as_of": "2022-08-24",
            "as_of_span": {"start": 0, "end": len(told), "text": told},
        }
        return _check_one(text, n, float(n.replace(",", "")), frame, date="2023-01-03").label

    assert (check("45,850"), check("45,700")) == ("consistent", "consistent")
    assert check("47,000") == "inconsistent"
    # (a day told as itself is that day's report: not the day after it)
    assert check("45,850", "On August 24") == "inconsistent"


def test_a_day_a_statement_does_not_place_may_be_its_own_day():
    # aircraft: 332 (reports of 2024-02-16 and 02-17), 335 (02-18), 336 (02-19). Said on
    # Saturday the 17th of "a single day": Friday (0) or Saturday itself (3, in Sunday's
    # report); "the past day" counts back from the report of the 17th only
    def check(n: str, told: str) -> str:
        text = f"The air force said on Saturday it had shot down {n} aircraft {told}."
        at = text.index(told)
        frame = {
            "party": "russia",
            "measure": "aircraft",
            "aggregation": "period",
            "period_days": 1,
            "period_start": "2024-02-16",
            "period_end": "2024-02-16",
            "as_of": "2024-02-17",
            "as_of_span": {"start": 28, "end": 36, "text": "Saturday"},
            "period_span": {"start": at, "end": at + len(told), "text": told},
        }
        return _check_one(text, n, float(n), frame, date="2024-02-18").label

    assert check("3", "in a single day") == "consistent"
    assert check("3", "in the past day") == "inconsistent"
    assert check("1", "in a single day") == "inconsistent"


def test_the_month_so_far_may_be_counted_to_the_report_before_the_articles_day():
    # personnel: 128,420 (report of 2023-02-01), 146,820 (02-24), 147,470 (02-25). "This
    # month" on Saturday the 25th: through Friday, in the report of the 25th (19,050), or
    # counted before it came out, to the report of the 24th (18,400)
    month = {
        "party": "russia",
        "measure": "personnel",
        "aggregation": "period",
        "period_days": 24,
        "period_start": "2023-02-01",
        "period_end": "2023-02-24",
        "as_of": "2023-02-25",
        "period_span": {"start": 37, "end": 47, "text": "this month"},
    }

    def check(value: int) -> str:
        text = f"The General Staff has added {value:,} losses this month."
        return _check_one(text, f"{value:,}", value, month, date="2023-02-25").label

    assert (check(19_050), check(18_400)) == ("consistent", "consistent")
    assert check(17_000) == "inconsistent"
    # a count back from a report has one reading ("the past 24 days" is no month so far)
    back = dict(month, period_start="2023-02-02", period_end="2023-02-25", as_of="2023-02-26")
    text = "The General Staff has added 18,400 losses in the past 24 days."
    assert _check_one(text, "18,400", 18_400, back, date="2023-02-26").label == "inconsistent"


def test_a_figure_ten_times_its_series_is_no_claim_about_it():
    # tanks: 7,765 on 2024-06-02. "bringing the total to 509,000" read as tanks counts what
    # the text named first, the personnel; no tank count is that far off
    frame = {
        "party": "russia",
        "measure": "tank",
        "aggregation": "cumulative",
        "as_of": "2024-06-02",
    }
    text = "Russia lost 1,080 personnel and 25 tanks, bringing the total to 509,000."
    r = _check_one(text, "509,000", 509_000, frame, date="2024-06-02")
    assert (r.label, r.reason) == ("unverifiable", "far_above")
    # (an overstatement short of that is called what it is)
    text = "Russia has lost 9,800 tanks, the ministry said."
    assert _check_one(text, "9,800", 9_800, frame, date="2024-06-02").label == "inconsistent"
