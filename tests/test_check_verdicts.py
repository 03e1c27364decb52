"""Verdicts on the hand-built test corpus and on the example sentence (no model needed)."""

from __future__ import annotations

import json

import pytest

from claimledger.check import (
    CheckResult,
    check_claims,
    load_bundled_references,
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


def test_killing_430000_soldiers_is_personnel_not_deaths(checked):
    r = checked[2]["mar-example#0#1"]
    assert r.label == "consistent"
    ev = r.evidence[0]
    assert (ev.series, ev.date, ev.value) == ("ua-general-staff/personnel", "2024-03-20", 433_090)
    text = r.explanation
    assert "433,090" in text and "not deaths" in text
    assert "Ukraine's own reported figure" in text
    assert "not that it is independently verified" in text
    assert any("not deaths" in n for n in r.notes)


def test_over_13000_vehicles_surfaces_both_series_with_reasoning(checked):
    r = checked[2]["mar-example#0#0"]
    assert r.label == "ambiguous"
    assert r.best_series == "ua-general-staff/apc"
    got = {(e.series, e.value) for e in r.evidence}
    assert ("ua-general-staff/apc", 13_058) in got
    assert ("ua-general-staff/vehicles-and-fuel-tanks", 14_198) in got
    assert "13,058" in r.explanation and "14,198" in r.explanation
    assert "fits best" in r.explanation and "rounding down" in r.explanation
    # Oryx is reported as an independent lower bound.
    assert "oryx/russia/armoured-combat-vehicles" in {e.series for e in r.evidence}
    assert "lower bound" in r.explanation


def test_stale_figure_names_the_older_date(checked):
    r = checked[2]["may-stale#0#0"]
    assert r.label == "stale"
    c = r.comparisons[0]
    assert c.stale_date is not None and c.stale_date < "2024-05-10"
    assert c.stale_value is not None and abs(c.stale_value - 400_000) <= 10_000
    assert c.stale_date in r.explanation and "479,710" in r.explanation


def test_denial_is_not_checked_as_an_assertion(checked):
    r = checked[2]["mar-denial#0#0"]
    assert r.label == "unverifiable"
    assert "denies" in r.explanation and not r.evidence


def test_below_oryx_lower_bound_is_inconsistent(checked):
    r = checked[2]["jan-russian-official#0#0"]
    assert r.label == "inconsistent"
    assert "2,606" in r.explanation and "confirmed minimum" in r.explanation


def test_official_claim_by_another_side_is_not_called_its_own(checked):
    r = checked[2]["jan-russian-official#0#0"]
    assert "own reported figure" not in r.explanation
    assert "official claim, not independently verified" in r.explanation


def test_no_series_for_ukrainian_personnel_is_unverifiable(checked):
    r = checked[2]["feb-mod#0#0"]
    assert r.label == "unverifiable" and "ukraine" in r.explanation


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


def _check_one(sentence: str, qtext: str, value: float, unit: str, claimer: str = "Ukraine"):
    from corpus import extraction

    rec = {
        "id": "one",
        "date": "2024-03-20",
        "text": sentence,
        "claims": [
            {
                "sentence": sentence,
                "claimer": claimer,
                "quantities": [{"text": qtext, "value": value, "change": "=", "unit": unit}],
            }
        ],
    }
    store = SQLiteStore(":memory:")
    store.add(extraction(rec))
    load_bundled_references(store)
    (result,) = check_claims(store)
    store.close()
    return result


def test_count_for_a_period_is_not_checked_against_totals():
    r = _check_one(
        "Ukraine said 1,100 Russian soldiers were killed in the past day.", "1,100", 1100, "soldier"
    )
    assert r.label == "unverifiable" and "in the past day" in r.explanation
    r = _check_one("Ukraine said it destroyed 3 Russian tanks near Avdiivka.", "3", 3, "tank")
    assert r.label == "unverifiable" and "cumulative total" in r.explanation


def test_exact_figure_of_the_day_before_is_within_report_lag():
    # 432,390 was the General Staff's figure on 2024-03-19; the claim is dated 2024-03-20.
    r = _check_one("Ukraine said Russia had lost 432,390 troops.", "432,390", 432_390, "troop")
    assert r.label == "consistent"
    assert r.comparisons[0].lag_date == "2024-03-19" and "report lag" in r.explanation


def test_a_claim_by_oryx_is_checked_against_oryx_as_a_figure():
    # Oryx's own count repeated: judged against Oryx (2,906 on 2024-04-08), the General
    # Staff's much larger figure is context, not a contradiction.
    from corpus import extraction

    sentence = "Oryx has documented 2,906 Russian tanks lost."
    rec = {
        "id": "oryx",
        "date": "2024-04-08",
        "text": sentence,
        "claims": [
            {
                "sentence": sentence,
                "claimer": "Oryx",
                "quantities": [{"text": "2,906", "value": 2906, "unit": "tank"}],
            }
        ],
    }
    store = SQLiteStore(":memory:")
    store.add(extraction(rec))
    load_bundled_references(store)
    (r,) = check_claims(store)
    store.close()
    assert r.label == "consistent" and r.best_series == "oryx/russia/tanks"
    assert "Independently" in r.explanation and "General Staff" in r.explanation
