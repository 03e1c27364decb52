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


def test_ambiguous_quantity_links_under_its_best_measure(ledger):
    _, _, inv, groups = ledger
    acv = next(g for g in groups if g.key == "ukraine|armoured_combat_vehicle|russia")
    assert [inv[(m.claim_id, m.quantity_index)] for m in acv.members] == ["mar-example#0#0"]


def test_related_claims(ledger):
    store, keys, inv, _ = ledger
    cid, _ = keys["may-stale#0#0"]
    related = [inv[(m.claim_id, m.quantity_index)] for m in related_claims(store, cid)]
    assert related == ["jan-kyiv#0#0", "feb-wire#0#0", "mar-example#0#1", "mar-contradiction#0#0"]


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
    # Consistent drift (371,000 in January, 430,000 in March) is not a contradiction.
    for _kind, _, pair in found:
        assert pair != ("jan-kyiv#0#0", "mar-example#0#1")
    json.dumps([c.to_dict() for c in contradictions(store)])


def test_same_claimer_contradiction_explains(ledger):
    store = ledger[0]
    same = [c for c in contradictions(store) if c.kind == "same_claimer"]
    assert same and "430,000" in same[0].explanation and "380,000" in same[0].explanation


def test_apart_margin():
    a, b = Claimed("=", 430_000, None, None), Claimed("=", 380_000, None, None)
    assert apart(a, b) and apart(a, b, 0.05) and not apart(a, b, 0.10)
    assert not apart(Claimed(">", 13_000, None, None), Claimed("=", 14_000, None, None))


def test_timeline(ledger):
    store = ledger[0]
    t = timeline(store, "soldiers")
    assert t["measure"] == "personnel" and resolve_measure("personnel") == "personnel"
    claimed = [(p["date"], p["claimed"], p["verdict"]) for p in t["claims"]]
    assert ("2024-03-20", "430,000", "consistent") in claimed
    assert ("2024-05-10", "400,000", "stale") in claimed
    line = next(s for s in t["series"] if s["id"] == "ua-general-staff/personnel")
    assert ["2024-03-20", 433_090] in line["points"]
    lo, hi = t["range"]
    assert lo <= "2024-01-15" and hi >= "2024-05-10"
    assert all(lo <= d <= hi for d, _ in line["points"])
    json.dumps(t)
    russian = timeline(store, "personnel", "russia")
    assert all(p["subject"] in ("russia", None) for p in russian["claims"])


def test_timeline_shows_an_ambiguous_quantity_under_each_reading(ledger):
    store = ledger[0]
    vft = timeline(store, "vehicles_fuel_tanks")
    assert any(p["claimed"] == "more than 13,000" and p["ambiguous"] for p in vft["claims"])


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
