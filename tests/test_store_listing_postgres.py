"""PostgreSQL gives the SQLite listing: the same rows, pages and totals, and full-text
search (a ``tsvector`` of the words store.search cuts) with the same results as FTS5."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pg
from claimledger.store import ClaimQuery, listing, open_store
from claimledger.store import reads as queries
from claimledger.store.search import search_terms
from claimledger.store.sql import SQLStore
from claimledger.web.sample import C, build, load, sample_extractions, synthetic_extractions
from test_store_listing import (
    PAGES,
    QUERIES,
    WORDS,
    _all,
    _fields,
    a_writer_is_seen,
    check_some,
    keyset_walks_across_ties,
    same_page_as_the_parts,
    statements_of_a_page,
    tied_days,
    undated,
)

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not pg.available(), reason="PostgreSQL (initdb) is not installed"),
]


def _fill(store: SQLStore) -> SQLStore:
    load(store, sample_extractions())
    load(store, undated())
    load(store, synthetic_extractions(600, per_article=6))
    store.analyze()
    return store


@pytest.fixture(scope="module")
def stores(pg_server, tmp_path_factory) -> Iterator[tuple[SQLStore, SQLStore]]:  # noqa: ANN001
    lite = _fill(open_store(str(tmp_path_factory.mktemp("lpg") / "ledger.db")))
    post = _fill(open_store(pg_server.new_database()))
    yield lite, post
    lite.close()
    post.close()


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: repr(_fields(q)))
def test_same_listing_as_sqlite(stores, query: ClaimQuery) -> None:  # noqa: ANN001
    lite, post = stores
    full = _all(lite, query)
    assert _all(post, query) == full
    assert post.count_claims(query) == lite.count_claims(query) == len(full)
    assert listing.claims_total(post, query) == listing.claims_total(lite, query)
    assert queries.claims(post, query) == queries.claims(lite, query)
    # Keyset pages from the same cursor.
    for cursor in full[::37]:
        for key in ("after", "before"):
            q = ClaimQuery(**{**_fields(query), "limit": 9, key: cursor})
            assert listing.select_ids(post, q) == listing.select_ids(lite, q), (key, cursor)


@pytest.fixture(scope="module")
def checked(pg_server) -> Iterator[SQLStore]:  # noqa: ANN001
    post = _fill(open_store(pg_server.new_database()))
    check_some(post)
    yield post
    post.close()


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: repr(_fields(q)))
def test_claims_page_is_its_parts(checked: SQLStore, query: ClaimQuery) -> None:
    same_page_as_the_parts(checked, query)


def test_same_labels_as_sqlite(checked: SQLStore, tmp_path) -> None:  # noqa: ANN001
    lite = _fill(open_store(str(tmp_path / "checked.db")))
    check_some(lite)
    try:
        for query in QUERIES:
            for verdict in (None, "inconsistent"):
                want = queries.claims_page(lite, query, verdict)
                got = queries.claims_page(checked, query, verdict)
                assert (got.ids, got.total, got.labels) == (want.ids, want.total, want.labels)
                assert got.labels
    finally:
        lite.close()


@pytest.mark.parametrize("query", PAGES, ids=lambda q: repr(_fields(q)))
def test_one_statement_a_page(checked: SQLStore, query: ClaimQuery) -> None:
    """Once the connection has seen the ledger (its size, the claimer's keys, the count),
    a page with its total and verdict labels is one round trip."""
    page, sent = statements_of_a_page(checked, query)
    assert len(sent) == 1, sent
    assert page.ids and page.total is not None and page.labels is not None


def test_a_writer_is_seen(pg_server) -> None:  # noqa: ANN001
    url = pg_server.new_database()
    writer = open_store(url)
    load(writer, synthetic_extractions(60, per_article=6))
    reader = open_store(url, migrate=False)
    try:
        a_writer_is_seen(reader, writer)
    finally:
        reader.close()
        writer.close()


def test_keyset_walks_across_ties(pg_server) -> None:  # noqa: ANN001
    s = open_store(pg_server.new_database())
    try:
        load(s, tied_days())
        s.analyze()
        keyset_walks_across_ties(s)
    finally:
        s.close()


def test_a_missing_cursor_is_not_found(checked: SQLStore) -> None:
    from claimledger.errors import NotFound

    for order in ("score", "date", "id"):
        for key in ("after", "before"):
            with pytest.raises(NotFound):
                queries.claims_page(checked, ClaimQuery(order=order, **{key: 10**9}))  # type: ignore[arg-type]


def test_kept_counts_and_ledger_size(stores) -> None:  # noqa: ANN001
    lite, post = stores
    assert listing.ledger_size(post) == listing.ledger_size(lite)
    assert sorted(post.query("SELECT key, party, n FROM claimers")) == sorted(
        lite.query("SELECT key, party, n FROM claimers")
    )


@pytest.fixture(scope="module")
def pair(pg_server, tmp_path_factory) -> Iterator[tuple[SQLStore, SQLStore]]:  # noqa: ANN001
    lite = open_store(str(tmp_path_factory.mktemp("fts") / "fts.db"))
    post = open_store(pg_server.new_database())
    yield lite, post
    lite.close()
    post.close()


TRICKY = [
    "Herr Müller said 7 tanks",
    "MÜLLER's İstanbul office",
    "straße STRASSE ſtraße",
    "ﬁnance Ⅻ ２０２４",
    "e\u0301te\u0301 ÉTÉ",
    "under_score a-b c.d",
    "ǅemal ǆ Ǆ",
    "日本語のテキスト 東京",
    "emoji 🎉 party",
]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(WORDS, min_size=1, max_size=5), query=WORDS)
def test_search_same_results_as_fts5(pair, texts: list[str], query: str) -> None:  # noqa: ANN001
    lite, post = pair
    _same_search(lite, post, TRICKY + texts, [query, *TRICKY])


def _same_search(lite: SQLStore, post: SQLStore, texts: list[str], qs: list[str]) -> None:
    start = lite.count_articles()
    batch = [build(f"t{start + i}", [C(t + ".", score=0.5)]) for i, t in enumerate(texts)]
    for s in (lite, post):
        load(s, batch)
    ids = {r.id: r.claim.text for r in lite.claims(ClaimQuery(order="id", limit=100_000))}
    for q in qs:
        words = search_terms(q)
        want = sorted(i for i, t in ids.items() if words and set(words) <= set(search_terms(t)))
        got_lite = _all(lite, ClaimQuery(q=q, order="id"))
        got_post = _all(post, ClaimQuery(q=q, order="id"))
        assert got_post == got_lite, q
        if words:
            assert got_lite == want, q
