"""Checking on PostgreSQL: the same SQL (``?`` placeholders) gives the same verdicts and links."""

from __future__ import annotations

import pytest

import pg
from claimledger.check import check_claims, load_bundled_references, verdicts_for_claim
from claimledger.export import to_string
from claimledger.link import contradictions, link_claims, timeline
from claimledger.store import open_store
from corpus import build, expected

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not pg.available(), reason="PostgreSQL (initdb) is not installed"),
]


@pytest.fixture(scope="module")
def server(pg_server):
    return pg_server


def test_check_link_export_on_postgres(server):
    store = open_store(server.new_database())
    try:
        keys = build(store)
        assert load_bundled_references(store) == 42
        assert load_bundled_references(store) == 0
        inv = {v: k for k, v in keys.items()}
        results = check_claims(store)
        got = {inv[(r.claim_id, r.quantity_index)]: r.label for r in results}
        assert got == expected()["verdicts"]
        cid, qi = keys["mar-example#0#1"]
        assert verdicts_for_claim(store, cid)[qi].evidence[0].value == 433_090
        groups = {g.key: len(g.members) for g in link_claims(store, embeddings=False)}
        assert groups["ukraine|personnel|russia"] == 5
        assert {c.kind for c in contradictions(store)} == {
            "same_claimer",
            "cross_claimer",
            "denial",
        }
        assert timeline(store, "personnel")["claims"]
        assert '"ClaimReview"' in to_string(store, "claimreview")
    finally:
        store.close()
