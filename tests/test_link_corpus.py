"""Links across articles, contradictions and timelines on the hand-built corpus."""

from __future__ import annotations

import json

import pytest

from claimledger.check import check_claims, load_bundled_references
from claimledger.check.compare import Claimed
from claimledger.link import (
    apart,
    contradictions,
    embed,
    link_claims,
    related_claims,
    resolve_measure,
    timeline,
)
from claimledger.store import SQLiteStore
from corpus import build, expected


@pytest.fixture(scope="module")
def ledger():
    store = SQLiteStore(":memory:")
    keys = build(store)
    load_bundled_references(store)
    check_claims(store)
    inv = {v: k for k, v in keys.items()}
    groups = link_claims(store, embeddings=False)
    yield store, keys, inv, groups
    store.close()


def test_links_by_claimer_measure_subject(ledger):
    _, _, inv, groups = ledger
    got = {g.key: [inv[(m.claim_id, m.quantity_index)] for m in g.members] for g in groups}
    for key, members in expected()["links"].items():
        assert got[key] == members, key
    # Members are in date order across articles: the figure drifts over time.
    personnel = next(g for g in groups if g.key == "ukraine|personnel|russia")
    dates = [m.as_of for m in personnel.members]
    assert dates == sorted(dates) and len({m.article_id for m in personnel.members}) == 5
    json.dumps([g.to_dict() for g in groups])


def test_quantities_link_under_their_frame(ledger):
    _, _, inv, groups = ledger
    by = {inv[(m.claim_id, m.quantity_index)]: g.key for g in groups for m in g.members}
    # "killing 430,000 soldiers" counts deaths, not the personnel losses of the same claimer
    assert by["mar-example#0#1"] == "ukraine|killed|russia"
    assert by["mar-example#0#0"] == "ukraine|vehicles|russia"


def test_related_claims(ledger):
    store, keys, inv, _ = ledger
    cid, _ = keys["may-stale#0#0"]
    related = [inv[(m["claim_id"], m["quantity_index"])] for m in related_claims(store, cid)]
    assert related == ["jan-kyiv#0#0", "feb-wire#0#0", "mar-contradiction#0#0", "mar-kyiv#0#0"]


def test_contradictions(ledger):
    store, _, inv, _ = ledger
    found = {
        (
            c.kind,
            c.measure,
            tuple(
                sorted(
                    [
                        inv[(c.a.claim_id, c.a.quantity_index)],
                        inv[(c.b.claim_id, c.b.quantity_index)],
                    ]
                )
            ),
        )
        for c in contradictions(store)
    }
    for want in expected()["contradictions"]:
        assert (want["kind"], want["measure"], tuple(sorted(want["claims"]))) in found
    # Consistent drift (371,000 in January, 433,090 in March) is not a contradiction, and
    # figures of different frames are never compared: 430,000 killed against 433,090
    # personnel losses, Ukraine's dead (Zelensky) against Ukraine's losses (Russia's figure).
    pairs = {pair for _, _, pair in found}
    assert ("jan-kyiv#0#0", "mar-kyiv#0#0") not in pairs
    assert ("mar-example#0#1", "mar-kyiv#0#0") not in pairs
    assert ("feb-mod#0#0", "feb-zelensky#0#0") not in pairs
    assert len(found) == len(expected()["contradictions"])
    json.dumps([c.to_dict() for c in contradictions(store)])


def test_same_claimer_contradiction_explains(ledger):
    store = ledger[0]
    same = [c for c in contradictions(store) if c.kind == "same_claimer"]
    assert same and "433,090" in same[0].explanation and "380,000" in same[0].explanation


def test_apart_margin():
    a, b = Claimed("=", 430_000, None, None), Claimed("=", 380_000, None, None)
    assert apart(a, b) and apart(a, b, 0.05) and not apart(a, b, 0.10)
    assert not apart(Claimed(">", 13_000, None, None), Claimed("=", 14_000, None, None))


def test_timeline(ledger):
    store = ledger[0]
    t = timeline(store, "soldiers")
    assert t["measure"] == "personnel" and resolve_measure("personnel") == "personnel"
    claimed = [(p["date"], p["claimed"], p["verdict"]) for p in t["claims"]]
    assert ("2024-03-20", "433,090", "consistent") in claimed
    assert ("2024-05-10", "400,000", "unverifiable") in claimed
    line = next(s for s in t["series"] if s["id"] == "ua-general-staff/personnel")
    assert ["2024-03-20", 433_090] in line["points"]
    lo, hi = t["range"]
    assert lo <= "2024-01-15" and hi >= "2024-05-10"
    assert all(lo <= d <= hi for d, _ in line["points"])
    json.dumps(t)
    russian = timeline(store, "personnel", "russia")
    assert all(p["subject"] == "russia" for p in russian["claims"])


def test_timeline_plots_only_figures_whose_frame_is_the_measure(ledger):
    store = ledger[0]
    t = timeline(store, "personnel")
    # deaths (a part of personnel losses) and other parties' losses stay off the chart
    assert all(p["claimed"] != "430,000" for p in t["claims"])
    assert {p["subject"] for p in t["claims"]} == {"russia", "ukraine"}
    assert {p["subject"] for p in timeline(store, "personnel", "russia")["claims"]} == {"russia"}
    vft = timeline(store, "vehicles_fuel_tanks")
    assert vft["claims"] == []  # "vehicles" is not plotted as the series' measure


def test_paraphrase_without_embeddings_stays_unlinked(ledger):
    store, keys, _, groups = ledger
    cid, _ = keys["jan-paraphrase#0#0"]
    assert all(m.claim_id != cid for g in groups for m in g.members)


@pytest.mark.model
@pytest.mark.skipif(not embed.available(), reason="the embed extra is not installed")
def test_paraphrase_links_through_embeddings():
    store = SQLiteStore(":memory:")
    keys = build(store)
    inv = {v: k for k, v in keys.items()}
    groups = link_claims(store, embeddings=True)
    got = {
        inv[(m.claim_id, m.quantity_index)]: (g.key, m.method) for g in groups for m in g.members
    }
    for k, key in expected()["paraphrase_links"].items():
        assert got[k] == (key, "embedding")
    store.close()


def _ledger_of(records: list[dict]) -> SQLiteStore:
    from corpus import extraction

    store = SQLiteStore(":memory:")
    for rec in records:
        store.add(extraction(rec))
    link_claims(store, embeddings=False)
    return store


def _rec(aid: str, date: str, sentence: str, claimer: str, figures: list[tuple[str, float]]):
    frame = {"party": "ukraine", "measure": "personnel", "aggregation": "cumulative"}
    return {
        "id": aid,
        "date": date,
        "text": sentence,
        "claims": [
            {
                "sentence": sentence,
                "claimer": claimer,
                "quantities": [
                    {"text": t, "value": v, "change": "=", "unit": "soldier", "frame": frame}
                    for t, v in figures
                ],
            }
        ],
    }


def test_one_article_listing_figures_of_one_frame_is_a_breakdown_not_a_contradiction():
    s = "The ministry said Ukraine lost 620 soldiers near Kupiansk and 450 near Lyman."
    store = _ledger_of([_rec("a", "2024-09-29", s, "The ministry", [("620", 620), ("450", 450)])])
    assert contradictions(store) == []
    store.close()


def test_figures_twenty_times_apart_are_not_rival_totals():
    store = _ledger_of(
        [
            _rec(
                "a",
                "2024-09-29",
                "Moscow said Ukraine lost 500,000 soldiers.",
                "Moscow",
                [("500,000", 500_000)],
            ),
            _rec(
                "b",
                "2024-09-30",
                "A US official said Ukraine lost 9,000 soldiers.",
                "A US official",
                [("9,000", 9_000)],
            ),
            _rec(
                "c",
                "2024-09-30",
                "A UK official said Ukraine lost 80,000 soldiers.",
                "A UK official",
                [("80,000", 80_000)],
            ),
        ]
    )
    pairs = {tuple(sorted((c.a.article_id, c.b.article_id))) for c in contradictions(store)}
    assert ("a", "c") in pairs and ("a", "b") not in pairs
    store.close()
