"""Model tier: the real example article, extracted by the pinned pipeline, then checked."""

from __future__ import annotations

import pytest

from claimledger.check import check_claims, load_bundled_references
from claimledger.store import SQLiteStore


@pytest.mark.model
def test_example_article_verdicts(example_extraction):
    store = SQLiteStore(":memory:")
    store.add(example_extraction)
    load_bundled_references(store)
    results = check_claims(store)
    by_quantity = {r.quantity: r for r in results}
    personnel = next(r for q, r in by_quantity.items() if q and "430,000" in q)
    assert personnel.label == "consistent"
    assert personnel.evidence[0].series == "ua-general-staff/personnel"
    assert personnel.evidence[0].value == 433_090
    assert "not deaths" in personnel.explanation
    vehicles = next(r for q, r in by_quantity.items() if q and "13,000" in q)
    assert vehicles.label == "ambiguous" and vehicles.best_series == "ua-general-staff/apc"
    assert {e.value for e in vehicles.evidence} >= {13_058, 14_198}
    store.close()
