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
    assert "not only deaths" in personnel.explanation  # the killed/losses caveat
    vehicles = next(r for q, r in by_quantity.items() if q and "13,000" in q)
    assert vehicles.label == "consistent" and vehicles.best_series == "ua-general-staff/apc"
    assert {e.value for e in vehicles.evidence} >= {13_058, 14_198}
    # the 4 verdicts of the example: the two figures of Ukraine's claim are checked, the
    # Russians who fought for Ukraine and the evacuated children have no series
    labels = sorted(r.label for r in results)
    assert labels == ["consistent", "consistent", "unverifiable", "unverifiable"]
    assert all(r.reason for r in results if r.label == "unverifiable")
    store.close()
