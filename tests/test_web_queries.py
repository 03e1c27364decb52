"""store.reads (the web's read queries) gives exactly what the Store's methods give."""

from __future__ import annotations

import pytest

from claimledger.store import ClaimQuery, open_store
from claimledger.store import reads as queries
from claimledger.web.sample import load, sample_extractions, synthetic_extractions


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    s = open_store(str(tmp_path_factory.mktemp("q") / "ledger.db"))
    load(s, sample_extractions())
    load(s, synthetic_extractions(200, per_article=7))
    yield s
    s.close()


@pytest.mark.parametrize(
    "query",
    [
        ClaimQuery(),
        ClaimQuery(limit=200),
        ClaimQuery(q="vehicles", limit=20),
        ClaimQuery(claimer="kremlin", offset=10, limit=15),
        ClaimQuery(entity="russia"),
        ClaimQuery(since="2023-01-01", until="2023-12-31", min_score=0.3, order="date"),
        ClaimQuery(article="ukraine-losses", order="id"),
        ClaimQuery(ids=(1, 2, 3, 50), order="id"),
        ClaimQuery(ids=()),
        ClaimQuery(q="nothing-matches-this"),
    ],
)
def test_same_rows_and_counts_as_the_store(store, query: ClaimQuery) -> None:  # noqa: ANN001
    assert queries.claims(store, query) == store.claims(query)
    assert queries.count_claims(store, query) == store.count_claims(query)


def test_verdict_queries_without_checks(store) -> None:  # noqa: ANN001
    assert queries.claims(store, ClaimQuery(), "consistent") == []
    assert queries.count_claims(store, ClaimQuery(), "consistent") == 0
    assert queries.verdict_labels_for(store, [1, 2]) == {}
    assert queries.measure_counts(store) == {}


def test_docs_name_every_route() -> None:
    """docs/web.md stays in step with the app: every documented route exists and back."""
    from pathlib import Path

    from claimledger.settings import Settings
    from claimledger.web import create_app

    doc = (Path(__file__).resolve().parents[1] / "docs" / "web.md").read_text()
    app = create_app(Settings(db=":memory:"), store_factory=lambda: open_store(":memory:"))
    for path in app.openapi()["paths"]:
        assert f"`{path}`" in doc or f" {path}" in doc, path
    for page in ("/claims", "/articles", "/timeline", "/docs"):
        assert f"`{page}`" in doc, page
