"""The claims listing at scale (store/listing.py, migration 6): keyset pages give exactly
the rows of one long listing, every plan gives the same rows, totals are right or labelled
as lower bounds, and search matches whole words with no case or accents."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.store import ClaimQuery, listing, open_store
from claimledger.store import reads as queries
from claimledger.store.migrations import m006_listing
from claimledger.store.search import fold, search_terms
from claimledger.store.sql import SQLStore
from claimledger.web.sample import C, build, load, sample_extractions, synthetic_extractions


def undated() -> list:
    """Claims without an as-of date, tied scores, accents and LIKE wildcards in names."""
    return [
        build(
            "undated",
            [
                C("Herr Müller said 7 tanks were lost.", source="Herr Müller", cue="said",
                  claimer_name="Herr Müller", score=0.5),
                C("The 100% club said nothing.", source="The 100% club", cue="said",
                  claimer_name="The 100% club", score=0.5),
                C("A_B Corp said the tank was new.", source="A_B Corp", cue="said",
                  claimer_name="A_B Corp", score=0.5),
            ],
            date=None,
        )
    ]  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLStore]:
    s = open_store(str(tmp_path_factory.mktemp("listing") / "ledger.db"))
    load(s, sample_extractions())
    load(s, undated())
    load(s, synthetic_extractions(600, per_article=6))
    yield s
    s.close()


QUERIES = [
    ClaimQuery(),
    ClaimQuery(order="date"),
    ClaimQuery(order="id"),
    ClaimQuery(q="tanks"),
    ClaimQuery(q="tanks said", order="date"),
    ClaimQuery(claimer="kremlin"),
    ClaimQuery(claimer="ministry", order="date"),
    ClaimQuery(claimer="e", order="id"),
    ClaimQuery(claimer="Moscow", order="date"),  # a side only: the party finds it
    ClaimQuery(claimer="Russia"),  # a name ("Central Bank of Russia") and a side
    ClaimQuery(since="2023-01-01", until="2023-12-31", min_score=0.3),
    ClaimQuery(since="2024-01-01", order="date"),
    ClaimQuery(entity="russia"),
    ClaimQuery(min_score=0.9, order="date"),
    ClaimQuery(q="soldiers", claimer="kremlin", since="2022-06-01"),
]


def _all(store: SQLStore, q: ClaimQuery) -> list[int]:
    return listing.select_ids(store, ClaimQuery(**{**_fields(q), "limit": 100_000}))


def _fields(q: ClaimQuery) -> dict:
    return {f: getattr(q, f) for f in q.__dataclass_fields__ if f != "extra"}


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: repr(_fields(q)))
def test_keyset_pages_walk_the_whole_listing(store: SQLStore, query: ClaimQuery) -> None:
    full = _all(store, query)
    assert full, query
    walked: list[int] = []
    after = None
    while True:
        page = listing.select_ids(
            store, ClaimQuery(**{**_fields(query), "limit": 7, "after": after})
        )
        walked += page
        if len(page) < 7:
            break
        after = page[-1]
    assert walked == full
    # Backwards from the end, page by page, gives the same rows.
    back: list[int] = []
    before = full[-1]
    back = [before]
    while True:
        page = listing.select_ids(
            store, ClaimQuery(**{**_fields(query), "limit": 7, "before": before})
        )
        back = page + back
        if len(page) < 7:
            break
        before = page[0]
    assert back == full
    # Offsets agree with the keyset.
    assert (
        listing.select_ids(store, ClaimQuery(**{**_fields(query), "limit": 5, "offset": 5}))
        == full[5:10]
    )


def test_orders_and_dates_last(store: SQLStore) -> None:
    rows = store.claims(ClaimQuery(order="date", limit=10_000))
    dates = [r.claim.as_of for r in rows]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True) and dates[-3:] == [None] * 3
    scores = store.claims(ClaimQuery(limit=10_000))
    keys = [(-r.claim.score, r.id) for r in scores]
    assert keys == sorted(keys)


@pytest.mark.parametrize("drive", [0, 10**9])
@pytest.mark.parametrize("query", QUERIES, ids=lambda q: repr(_fields(q)))
def test_every_plan_gives_the_same_rows(
    store: SQLStore, query: ClaimQuery, drive: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Walking the order's index and starting from a filter's matches agree."""
    expected = _all(store, query)
    monkeypatch.setattr(listing, "DRIVE", drive)
    assert _all(store, query) == expected
    assert listing.select_ids(store, query) == expected[: query.limit]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: repr(_fields(q)))
def test_totals_are_exact_or_labelled_lower_bounds(store: SQLStore, query: ClaimQuery) -> None:
    exact = len(_all(store, query))
    assert store.count_claims(query) == exact
    for cap in (5, 10_000):
        t = listing.claims_total(store, query, cap=cap)
        if t.exact:
            assert t.n == exact
        else:
            assert t.n == cap < exact
    assert queries.claims_total(store, query).n == min(exact, listing.COUNT_CAP) or (
        queries.claims_total(store, query).exact and queries.claims_total(store, query).n == exact
    )


def test_kept_counts_follow_the_writes(tmp_path) -> None:  # noqa: ANN001
    s = open_store(str(tmp_path / "k.db"))
    try:
        assert listing.ledger_size(s) == (0, 0)
        load(s, synthetic_extractions(40, per_article=4))
        load(s, synthetic_extractions(40, per_article=4))  # the same again: no-ops
        assert listing.ledger_size(s) == (10, 40)
        assert s.query("SELECT count(*) FROM claims")[0][0] == 40
        kept = sorted(s.query("SELECT key, party, n FROM claimers"))
        counted = s.query(
            "SELECT claimer_key, claimer_party, count(*) FROM claims"
            " GROUP BY claimer_key, claimer_party ORDER BY claimer_key, claimer_party"
        )
        assert kept == sorted((k or "", p or "", n) for k, p, n in counted)
        assert {p for _, p, _ in kept} >= {"russia", "ukraine"}
        # The total for "claimer only" comes from those kept numbers.
        assert listing.claims_total(s, ClaimQuery(claimer="kreml")) == listing.Total(
            s.count_claims(ClaimQuery(claimer="kreml", article=None)), True
        )
    finally:
        s.close()


def test_totals_remembered_until_a_claim_is_added(tmp_path) -> None:  # noqa: ANN001
    s = open_store(str(tmp_path / "c.db"))
    try:
        load(s, synthetic_extractions(30, per_article=3))
        q = ClaimQuery(q="said")
        assert queries.claims_total(s, q).n == 30
        load(s, synthetic_extractions(3, per_article=3, first_article=100))
        assert queries.claims_total(s, q).n == 33
    finally:
        s.close()


@pytest.mark.parametrize("who", ["kremlin", "Moscow", "Russia", "Ukraine", "ministry", "ZZ"])
def test_claimer_filter_is_a_name_or_a_side(store: SQLStore, who: str) -> None:
    """`claimer` finds the claims whose claimer's name holds the words, or whose claimer
    speaks for the side they name (``party_key``), in every plan, with an exact total."""
    from claimledger.nlp.parties import party_key

    party = party_key(who)
    everything = store.claims(ClaimQuery(limit=100_000))
    expected = [
        r.id
        for r in everything
        if (r.claim.claimer_name and fold(who) in fold(r.claim.claimer_name))
        or (party is not None and r.claim.claimer_party == party)
    ]
    assert (who == "ZZ") == (not expected)
    query = ClaimQuery(claimer=who)
    assert _all(store, query) == expected
    assert listing.claims_total(store, query) == listing.Total(len(expected), True)
    if who == "Moscow":  # only the side finds these
        assert expected and all(
            "Moscow" not in (r.claim.claimer_name or "") for r in everything if r.id in expected
        )


@pytest.mark.parametrize("order", ["score", "date", "id"])
def test_a_common_side_walks_its_own_index(
    store: SQLStore, order: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A side that every claimer it names speaks for is walked in order through a party
    index (no row read per claim met), like a single claimer."""
    monkeypatch.setattr(listing, "DRIVE", 0)
    p = listing.plan(store, ClaimQuery(claimer="Moscow", order=order))
    assert p.where == " WHERE c.claimer_party = ?" and p.params == ("russia",)
    assert "INDEXED BY claims_" in p.source and "party" in p.source


def test_search_is_whole_words_without_case_or_accents(store: SQLStore) -> None:
    def texts(q: str) -> list[str]:
        return [r.claim.text for r in store.claims(ClaimQuery(q=q, limit=10_000))]

    assert texts("muller") == texts("MÜLLER") == ["Herr Müller said 7 tanks were lost."]
    assert "A_B Corp said the tank was new." in texts("tank")
    assert all(" tank " not in t and "tank." not in t for t in texts("tanks"))
    assert texts("tank tanks") == []  # every word


def test_claimer_filter_takes_wildcards_literally(store: SQLStore) -> None:
    names = {r.claim.claimer_name for r in store.claims(ClaimQuery(claimer="100%", limit=50))}
    assert names == {"The 100% club"}
    names = {r.claim.claimer_name for r in store.claims(ClaimQuery(claimer="a_b", limit=50))}
    assert names == {"A_B Corp"}
    assert store.claims(ClaimQuery(claimer="muller")) != []  # accents folded


def test_backfill_rebuilds_keys_counts_and_search(tmp_path) -> None:  # noqa: ANN001
    """Migration 6 on a ledger that has claims: the Python backfill fills what SQL cannot."""
    s = open_store(str(tmp_path / "b.db"))
    try:
        load(s, sample_extractions())
        load(s, undated())
        before = [_all(s, q) for q in QUERIES]
        with s.transaction():
            s.execute("UPDATE claims SET claimer_key = NULL, terms = NULL")
            s.execute("DELETE FROM claimers")
            s.execute("DELETE FROM ledger_counts")
            s.execute("INSERT INTO claims_search(claims_search) VALUES ('delete-all')")
            m006_listing.backfill(s)
        assert [_all(s, q) for q in QUERIES] == before
        assert listing.ledger_size(s) == (4, 11)
        assert any(before) and s.count_claims(ClaimQuery(q="muller")) == 1
    finally:
        s.close()


WORDS = st.text(alphabet=st.sampled_from("abcAÄäéEÉ ßſ1２_-'İıǅ\u0301"), min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(WORDS, min_size=1, max_size=6), query=WORDS)
def test_fts5_matches_the_python_definition(texts: list[str], query: str) -> None:
    """A claim matches when every query word is among its words (store.search): FTS5 (both
    plans) and PostgreSQL (tests/test_store_postgres.py) hold to this one definition."""
    s = open_store(":memory:")
    try:
        load(s, [build(f"a{i}", [C(t + ".", score=0.5)]) for i, t in enumerate(texts)])
        words = set(search_terms(query))
        want = sorted(
            r.id
            for r in s.claims(ClaimQuery(order="id", limit=100))
            if words <= set(search_terms(r.claim.text))
        )
        if not words:
            return  # no words: no search filter
        for drive in (0, 10**9):
            listing.DRIVE, saved = drive, listing.DRIVE
            try:
                got = listing.select_ids(s, ClaimQuery(q=query, order="id", limit=100))
            finally:
                listing.DRIVE = saved
            assert got == want, (texts, query, drive)
    finally:
        s.close()


def test_fold() -> None:
    assert fold("Müller") == fold("MULLER") == "muller"
    assert fold("ﬁnance Ⅻ") == "finance xii"
    assert search_terms("The A_B  corp's 13,000 tanks", "A_B") == [
        "the", "a", "b", "corp", "s", "13", "000", "tanks"
    ]  # fmt: skip


# -- a page in one go (listing.read_page, reads.claims_page) -----------------------------------

LABELS = ("consistent", "inconsistent", "unverifiable")


def check_some(store: SQLStore) -> None:
    """Verdicts for every third claim (two quantities for every sixth), as a check writes."""
    from claimledger.store.verdicts import save_verdicts

    ids = [r[0] for r in store.query("SELECT id FROM claims ORDER BY id")][::3]
    records = [
        {"claim_id": cid, "quantity_index": qi, "label": LABELS[(cid + qi) % 3],
         "explanation": "", "evidence": [], "notes": [], "detail": {}}
        for k, cid in enumerate(ids)
        for qi in range(2 if k % 2 else 1)
    ]  # fmt: skip
    save_verdicts(store, records)


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLStore]:
    s = open_store(str(tmp_path_factory.mktemp("checked") / "ledger.db"))
    load(s, sample_extractions())
    load(s, undated())
    load(s, synthetic_extractions(600, per_article=6))
    check_some(s)
    yield s
    s.close()


def same_page_as_the_parts(store: SQLStore, query: ClaimQuery) -> None:
    """``claims_page`` gives what ``select_ids``, ``claims_total`` and
    ``verdict_labels_for`` give one by one, for the first page, keyset pages both ways and
    an offset, with and without a verdict filter."""
    full = _all(store, query)
    cursors = [ClaimQuery(**{**_fields(query), "limit": 9})]
    cursors += [ClaimQuery(**{**_fields(query), "limit": 9, "offset": 4})]
    for c in full[::41]:
        for key in ("after", "before"):
            cursors.append(ClaimQuery(**{**_fields(query), "limit": 9, key: c}))
    for verdict in (None, "consistent"):
        want_total = listing.claims_total(store, query, verdict)
        for q in cursors:
            for _ in range(2):  # the second time from what the first remembered
                page = queries.claims_page(store, q, verdict)
                ids = listing.select_ids(store, q, verdict)
                assert list(page.ids) == ids, (q, verdict)
                assert page.total == want_total, (q, verdict)
                assert page.labels == queries.verdict_labels_for(store, ids)
                assert not page.stale and page.kept == listing.ledger_size(store)[1]


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: repr(_fields(q)))
def test_claims_page_is_its_parts(checked: SQLStore, query: ClaimQuery) -> None:
    same_page_as_the_parts(checked, query)


def test_labels_are_in_quantity_order(checked: SQLStore) -> None:
    rows = checked.query("SELECT claim_id, quantity_index, label FROM verdicts")
    want: dict[int, list[tuple[int, str]]] = {}
    for cid, qi, label in rows:
        want.setdefault(int(cid), []).append((int(qi), str(label)))
    ids = sorted(want)[:50]
    got = queries.verdict_labels_for(checked, ids)
    assert got == {i: [label for _, label in sorted(want[i])] for i in ids}
    assert any(len(v) == 2 for v in got.values())


def a_writer_is_seen(reader: SQLStore, writer: SQLStore) -> None:
    """A page read after another connection added claims names the new claimer, counts the
    new matches and the new ledger size (what the reader remembered is keyed by the
    number of claims it last saw)."""
    first = queries.claims_page(reader, ClaimQuery(claimer="zanzibar"))
    assert first.ids == () and first.total == listing.Total(0)
    word = queries.claims_page(reader, ClaimQuery(q="quokka"))
    everything = queries.claims_page(reader, ClaimQuery())
    load(
        writer,
        [
            build(
                f"zanzibar-{everything.kept}",
                [C("The Zanzibar office said 3 quokka tanks were seen.",
                   source="The Zanzibar office", cue="said", claimer_name="Zanzibar Office",
                   score=0.99)],
                date="2024-01-01",
            )
        ],
    )  # fmt: skip
    # A counted total first: the one remembered under the old size must not be used.
    assert queries.claims_page(reader, ClaimQuery(q="quokka")).total == listing.Total(
        (word.total.n if word.total else 0) + 1
    )
    assert reader.seen_claims == everything.kept + 1
    again = queries.claims_page(reader, ClaimQuery(claimer="zanzibar"))
    assert len(again.ids) == 1 and again.total == listing.Total(1)
    assert queries.claims_page(reader, ClaimQuery()).total == listing.Total(everything.kept + 1)


def test_a_writer_is_seen(tmp_path) -> None:  # noqa: ANN001
    writer = open_store(str(tmp_path / "w.db"))
    load(writer, synthetic_extractions(60, per_article=6))
    reader = open_store(str(tmp_path / "w.db"), migrate=False)
    try:
        a_writer_is_seen(reader, writer)
    finally:
        reader.close()
        writer.close()


def test_a_missing_cursor_is_not_found(store: SQLStore) -> None:
    from claimledger.errors import NotFound

    for order in ("score", "date", "id"):
        for key in ("after", "before"):
            q = ClaimQuery(order=order, **{key: 10**9})  # type: ignore[arg-type]
            with pytest.raises(NotFound):
                queries.claims_page(store, q)
            with pytest.raises(NotFound):
                listing.select_ids(store, q)
    last = _all(store, ClaimQuery(order="id"))[-1]
    assert queries.claims_page(store, ClaimQuery(order="id", after=last)).ids == ()


def test_a_table_once_seen_is_remembered(tmp_path) -> None:  # noqa: ANN001
    s = open_store(str(tmp_path / "t.db"))
    try:
        asked: list[str] = []
        real = s._table_exists

        def spy(name: str) -> bool:
            asked.append(name)
            return real(name)

        s._table_exists = spy  # type: ignore[method-assign]
        assert s.has_table("verdicts") and s.has_table("verdicts")
        assert not s.has_table("no_such_table") and not s.has_table("no_such_table")
        assert asked == ["verdicts", "no_such_table", "no_such_table"]
    finally:
        s.close()


PAGES = [
    ClaimQuery(),
    ClaimQuery(q="tanks"),
    ClaimQuery(claimer="kremlin", offset=20),
    ClaimQuery(claimer="kremlin", after=5),
    ClaimQuery(q="tanks", after=5),
    ClaimQuery(since="2023-01-01", until="2023-06-30", min_score=0.5),
    ClaimQuery(order="date", before=9),
    ClaimQuery(entity="russia"),
]


def statements_of_a_page(store: SQLStore, query: ClaimQuery) -> tuple[listing.Page, list[str]]:
    """A page read after the same page was read once, and the statements it sent."""
    queries.claims_page(store, query)
    sent: list[str] = []
    real = store.execute

    def spy(sql: str, params=()):  # noqa: ANN001, ANN202
        sent.append(sql)
        return real(sql, params)

    store.execute = spy  # type: ignore[method-assign]
    try:
        page = queries.claims_page(store, query)
    finally:
        del store.execute
    return page, sent


@pytest.mark.parametrize("query", PAGES, ids=lambda q: repr(_fields(q)))
def test_a_page_asks_no_probe_twice(checked: SQLStore, query: ClaimQuery) -> None:
    """On SQLite a page read again asks the kept number of claims, the page and the
    labels: its filters' probes, keys and count are remembered under that number."""
    page, sent = statements_of_a_page(checked, query)
    assert len(sent) == 3, sent
    assert page.ids and page.total is not None and page.labels is not None


def tied_days() -> list:
    """Three days of 30 claims each (two scores), and one undated: keyset pages of the
    date order cross days and stop inside them."""
    return [
        build(
            f"day-{d}-{a}",
            [C(f"The office said {n} tanks were seen on day {d} ({a}).", source="The office",
               cue="said", claimer_name="The office", score=0.5 + (n % 2) / 4)
             for n in range(10)],
            date=d,
        )
        for d in ("2024-01-01", "2024-01-02", "2024-01-03", None)
        for a in range(3 if d else 1)
    ]  # fmt: skip


def keyset_walks_across_ties(store: SQLStore) -> None:
    """Walking the date order by keyset, forwards and backwards, 4 claims a page, gives
    the whole listing, with a filter and without; the date order's keyset is read as
    two ranges when an index is walked (the cursor's day, then the days past it)."""
    for q in (ClaimQuery(order="date"), ClaimQuery(order="date", q="tanks")):
        full = _all(store, q)
        assert len(full) == 100
        p = listing.plan(store, ClaimQuery(**{**_fields(q), "after": full[5]}))
        # SQLite starts from a rare word's matches and sorts them: no ranges to walk.
        assert (p.ties is not None) == (q.q is None or store.dialect == "postgres")
        for cursor in full[::3]:
            for key, want in (("after", full[full.index(cursor) + 1 :][:4]),
                              ("before", full[: full.index(cursor)][-4:])):  # fmt: skip
                page = ClaimQuery(**{**_fields(q), "limit": 4, key: cursor})
                assert listing.select_ids(store, page) == want, (q, key, cursor)
                assert list(queries.claims_page(store, page).ids) == want


def test_keyset_walks_across_ties(tmp_path) -> None:  # noqa: ANN001
    s = open_store(str(tmp_path / "ties.db"))
    try:
        load(s, tied_days())
        keyset_walks_across_ties(s)
    finally:
        s.close()
