"""Verdicts on made-up articles in the outlets' styles (model tier; tests/newsstyle).

Every verdict other than `unverifiable` is pinned; a figure pinned `unverifiable` may become
checkable as coverage grows, but never `inconsistent` (precision before coverage).
"""

from __future__ import annotations

import pytest

from claimledger.check import check_claims, load_bundled_references
from claimledger.models import Article
from claimledger.store import SQLiteStore
from newsstyle import articles, expected

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def labels(extractor) -> dict[str, str]:
    store = SQLiteStore(":memory:")
    for r in articles():
        art = Article(id=r["id"], text=r["text"], date=r["date"], title=r.get("title"))
        store.add(extractor.extract_one(art))
    load_bundled_references(store)
    out: dict[str, str] = {}
    for res in check_claims(store):
        key = f"{store.claim(res.claim_id).article_id}|{res.quantity}"
        k, n = key, 1
        while k in out:
            n += 1
            k = f"{key}|{n}"
        out[k] = res.label
    store.close()
    return out


def test_every_checked_verdict_holds(labels):
    want = {k: v for k, v in expected().items() if v != "unverifiable"}
    got = {k: labels.get(k) for k in want}
    assert got == want


def test_no_unverifiable_figure_turns_inconsistent(labels):
    held = [k for k, v in expected().items() if v == "unverifiable"]
    assert held and [k for k in held if labels.get(k) == "inconsistent"] == []


def test_the_wrong_figures_written_on_purpose_are_caught(labels):
    for key in ("V04|about 250,000", "X04|34", "Y03|152,270", "M03|1,200"):
        assert labels[key] == "inconsistent", key
