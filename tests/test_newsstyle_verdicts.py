"""Verdicts on made-up articles in the outlets' styles (model tier; tests/newsstyle).

Every verdict other than `unverifiable` is pinned; a figure pinned `unverifiable` may become
checkable as coverage grows, but never `inconsistent` (precision before coverage).
"""

from __future__ import annotations

import re

import pytest

from claimledger.check import check_claims, load_bundled_references
from claimledger.models import Article
from claimledger.store import SQLiteStore
from newsstyle import articles, expected, independent

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


def _figure_key(key: str, labels: dict[str, str]) -> str | None:
    """The independent label's key for one of our keys ('A05|2,754'): same article, same
    figure as written (ours may carry a bound word the label keeps, or the reverse)."""
    if key in labels:
        return key  # (the second "seven" of an article is "A05|seven|2" on both sides)
    art, text = key.split("|")[:2]
    digits = re.sub(r"[^\d.]", "", text)
    # (the label that ends with ours first: ours "over 100,000" is "well over 100,000", not
    # "almost 100,000" of the same article)
    same = [k for k in labels if k.startswith(art + "|")]
    same.sort(key=lambda k: not k.endswith(text))
    for k in (f"{art}|{text}", *same):
        t = k.split("|", 1)[1] if "|" in k else ""
        if k in labels and (t == text or (digits and re.sub(r"[^\d.]", "", t) == digits)):
            return k
    return None


def test_independent_labels_agree_with_every_checked_verdict(labels):
    """Figures an independent annotator labelled: a verdict we give other than unverifiable
    is theirs (precision), except the disagreements listed in independent.json's notes."""
    doc = independent()
    gold = doc["verdicts"]
    allowed = set(doc["disagreements"])
    wrong, stale = [], []
    for key, label in labels.items():
        if label == "unverifiable":
            continue
        k = _figure_key(key, gold)
        if k is None:
            continue
        want = gold[k]
        got = "superset_compatible" if label == "compatible" else label
        if got != want and k not in allowed:
            wrong.append((key, got, want))
        elif got == want and k in allowed:
            stale.append(k)  # fixed: the list must say so
    assert wrong == []
    assert stale == [], "listed as disagreements but now agreeing: remove them from the list"
