"""Export: jsonl, csv, parquet and schema.org ClaimReview JSON-LD."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from claimledger.check import check_claims, load_bundled_references
from claimledger.errors import InputError
from claimledger.export import COLUMNS, RATINGS, export, to_string
from claimledger.store import SQLiteStore
from corpus import build, expected

N_QUANTITIES = 15


@pytest.fixture(scope="module")
def store():
    s = SQLiteStore(":memory:")
    build(s)
    load_bundled_references(s)
    check_claims(s)
    yield s
    s.close()


def test_jsonl(store):
    rows = [json.loads(line) for line in to_string(store, "jsonl").splitlines()]
    assert len(rows) == N_QUANTITIES
    assert set(rows[0]) == set(COLUMNS)
    r = next(r for r in rows if r["quantity"] == "430,000")
    assert r["label"] == "consistent" and r["evidence_value"] == 433_090
    assert json.loads(r["evidence"])[0]["series"] == "ua-general-staff/personnel"


def test_csv(store):
    rows = list(csv.DictReader(io.StringIO(to_string(store, "csv"))))
    assert len(rows) == N_QUANTITIES and list(rows[0]) == list(COLUMNS)


def test_parquet(store, tmp_path):
    p = tmp_path / "ledger.parquet"
    summary = export(store, "parquet", p)
    table = pq.read_table(p)
    assert summary.rows == table.num_rows == N_QUANTITIES
    assert table.schema.field("value").type == "double"
    assert table.column_names == list(COLUMNS)


def test_parquet_of_an_empty_ledger(tmp_path):
    s = SQLiteStore(":memory:")
    export(s, "parquet", tmp_path / "empty.parquet")
    assert pq.read_table(tmp_path / "empty.parquet").num_rows == 0


def _check_claim_review(r: dict) -> None:
    """The shape schema.org and Google's fact-check markup require."""
    assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
    assert isinstance(r["claimReviewed"], str) and r["claimReviewed"]
    assert len(r["datePublished"]) == 10
    assert r["author"]["@type"] == "Organization" and r["author"]["name"]
    rating = r["reviewRating"]
    assert rating["@type"] == "Rating"
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert rating["alternateName"] in {name for _, name in RATINGS.values()}
    item = r["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["appearance"]["@type"] == "NewsArticle"
    if "author" in item:
        assert item["author"]["@type"] in ("Organization", "Person") and item["author"]["name"]


def test_claimreview_shape(store):
    reviews = json.loads(to_string(store, "claimreview"))
    # Unverifiable quantities carry no rating and are left out.
    n_rated = sum(1 for v in expected()["verdicts"].values() if v != "unverifiable")
    assert len(reviews) == n_rated == 9
    for r in reviews:
        _check_claim_review(r)
    example = next(
        r
        for r in reviews
        if "figure of 430,000" in r["reviewRating"]["ratingExplanation"]
        and "Consistent" in r["reviewRating"]["alternateName"]
    )
    assert example["itemReviewed"]["author"]["name"] == "Ukraine"
    assert "not only deaths" in example["reviewRating"]["ratingExplanation"]
    with_url = [r for r in reviews if "url" in r]
    assert with_url and with_url[0]["itemReviewed"]["appearance"]["url"].startswith("https://")


def test_unknown_format(store):
    with pytest.raises(InputError, match="jsonl"):
        export(store, "xml", io.StringIO())
