"""The SQLite store: migrations, idempotent adds, queries, round trips, concurrent reads."""

from __future__ import annotations

import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimledger.models import (
    Article,
    Attribution,
    Claim,
    Entity,
    Extraction,
    Quantity,
    Skipped,
    Span,
)
from claimledger.store import ClaimQuery, open_store
from claimledger.store.migrations import all_migrations


def make_extraction(text="Ukraine said 5 tanks were destroyed.", id="a1", date="2024-03-20"):
    art = Article(id=id, text=text, date=date, title="t", source="outlet")
    i = text.find("5")
    q = Quantity(
        i,
        i + 7,
        text[i : i + 7],
        5.0,
        change="=",
        unit="tank",
        unit_span=Span.of(text, i + 2, i + 7),
    )
    attr = Attribution(
        "indirect",
        Span.of(text, 0, 7),
        Span.of(text, 8, 12),
        (Span.of(text, 13, len(text) - 1),),
        stance="asserts",
    )
    who = text.split()[0].removesuffix("'s")
    claim = Claim(0, len(text), text, Span.of(text, 0, len(who)), who, False, 0, (0,), date, 0.9)
    return Extraction(art, (Entity(0, len(who), who, "GPE"),), (q,), (attr,), (claim,))


def test_migrations_are_ordered_recorded_and_idempotent(db_path):
    s = open_store(db_path)
    versions = [v for v, _ in s.schema_versions()]
    assert versions == sorted(m.version for m in all_migrations())
    assert s.migrate() == []  # nothing pending the second time
    s.close()
    s2 = open_store(db_path)
    assert [v for v, _ in s2.schema_versions()] == versions
    s2.close()


def test_add_is_idempotent_by_content_hash(store):
    ex = make_extraction()
    assert store.add(ex) == ("a1", True)
    assert store.add(ex) == ("a1", False)
    # Same text under another id is still the same article.
    assert store.add(make_extraction(id="other")) == ("a1", False)
    assert store.count_articles() == 1
    assert store.count_claims() == 1


def test_same_id_different_text_keeps_both(store):
    store.add(make_extraction())
    aid, inserted = store.add(make_extraction(text="Russia said 7 tanks were lost."))
    assert inserted and aid.startswith("a1-")
    assert store.count_articles() == 2


def test_extraction_round_trips(store):
    ex = make_extraction()
    store.add(ex)
    back = store.extraction("a1")
    assert back.article.text == ex.article.text
    assert back.entities == ex.entities
    assert back.quantities == ex.quantities
    assert back.attributions == ex.attributions
    assert back.claims == ex.claims


def test_claim_queries(store):
    store.add(make_extraction())
    store.add(
        make_extraction(
            "Russia's defence ministry said 2 jets were downed.", id="b", date="2024-01-01"
        )
    )
    assert len(store.claims(ClaimQuery(claimer="ukr"))) == 1
    assert len(store.claims(ClaimQuery(q="tanks"))) == 1
    assert len(store.claims(ClaimQuery(q='"; DROP TABLE claims; --'))) == 0
    assert len(store.claims(ClaimQuery(since="2024-02-01"))) == 1
    assert len(store.claims(ClaimQuery(entity="ukraine"))) == 1
    assert len(store.claims(ClaimQuery(limit=1))) == 1
    row = store.claims(ClaimQuery(claimer="ukraine"))[0]
    assert row.quantities[0].value == 5.0 and row.attribution.kind == "indirect"
    assert store.claim(row.id).claim == row.claim
    assert row.to_dict()["claimer_name"] == "Ukraine"


def test_skipped_records_are_kept(store):
    store.record_skipped([Skipped("f.jsonl:2", "bad_json", "f.jsonl:2: invalid JSON")])
    assert store.skipped() == [Skipped("f.jsonl:2", "bad_json", "f.jsonl:2: invalid JSON")]


def test_a_second_process_reads_while_one_writes(db_path):
    writer = open_store(db_path)
    writer.add(make_extraction())
    with writer.transaction():
        writer.add(make_extraction("Another 3 planes.", id="b"))
        # WAL: a separate connection reads the committed state without blocking.
        reader = sqlite3.connect(db_path, timeout=1)
        assert reader.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        reader.close()
    assert writer.count_articles() == 2
    writer.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(min_size=1).filter(lambda t: t.strip() and "\x00" not in t))
def test_store_round_trips_text_unchanged(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("db") / "l.db"
    s = open_store(str(path))
    ex = Extraction(Article(id="x", text=text))
    s.add(ex)
    assert s.article("x").text == text
    s.close()


def test_claimer_filter_finds_a_side_by_its_party(store):
    from claimledger.models import Article, Claim, Extraction
    from claimledger.store import ClaimQuery

    text = "The Ukrainian military said so. Kyiv said so. Moscow said so."
    claims = tuple(
        Claim(
            s, s + n, text[s : s + n], None, name, False, None, (), None, 0.5, claimer_party=party
        )
        for s, n, name, party in (
            (0, 31, "Ukrainian military", "ukraine"),
            (32, 13, "Kyiv", "ukraine"),
            (46, 15, "Moscow", "russia"),
        )
    )
    store.add(Extraction(Article(id="p", text=text), claims=claims))
    got = {r.claim.claimer_name for r in store.claims(ClaimQuery(claimer="Ukraine"))}
    assert got == {"Ukrainian military", "Kyiv"}
    assert {r.claim.claimer_name for r in store.claims(ClaimQuery(claimer="Moscow"))} == {"Moscow"}
