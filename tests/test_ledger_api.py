"""The Ledger object: one method a feature, over the store it opened (no spaCy needed)."""

from __future__ import annotations

import pytest

from claimledger import ClaimQuery, Ledger
from claimledger.errors import NotFound
from claimledger.settings import Settings
from claimledger.web.sample import load, sample_extractions


@pytest.fixture
def ledger(tmp_path):  # noqa: ANN201
    with Ledger(Settings(db=str(tmp_path / "l.db"))) as lg:
        load(lg.store, sample_extractions())
        yield lg


def test_reading_methods_answer_the_store(ledger):
    rows = ledger.claims(ClaimQuery(limit=5))
    assert rows and ledger.count_claims() >= len(rows)
    one = ledger.claim(rows[0].id)
    assert one.id == rows[0].id and one.claim.text == rows[0].claim.text
    arts = ledger.articles()
    assert ledger.count_articles() == len(arts)
    assert ledger.article(arts[0].id).article.id == arts[0].id
    with pytest.raises(NotFound):
        ledger.claim(10**9)


def test_check_and_link_through_the_ledger(ledger):
    assert ledger.bundled_references() > 0
    results, changes = ledger.check()
    assert results and changes == []
    assert all(r.label for r in results)
    again, changes = ledger.check(recheck=True)
    assert len(again) == len(results) and changes == []  # nothing re-imported: no change
    assert isinstance(ledger.contradictions(), list)
    t = ledger.timeline("personnel")
    assert t["measure"] == "personnel" and t["series"]
