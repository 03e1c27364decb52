"""Listing at scale: search keys computed at write, counts kept per write, and an index for
every filter and order the claims listing offers.

- ``claims.claimer_key`` (the claimer folded: no case, no accents) and ``claims.terms``
  (the claim's search words, space-separated) come from ``store.search``, in Python, so
  SQLite and PostgreSQL search the same words (FTS5 ``ascii`` over ``terms``; a
  ``tsvector`` built from ``terms`` with no stemming). The old search indexes (FTS5's
  unicode61 tokens, PostgreSQL's English stemming) gave different results and go.
- ``claimers`` holds each pair of claimer key and claimer party (migration 5's side;
  ``''`` for none) with its number of claims, ``ledger_counts`` the numbers of articles
  and claims: both updated in the transaction that adds an article, so the listing's
  totals never count the table (a claimer filter matches the key or the party, and each
  claim is in one pair, so summing the pairs either matches counts each claim once).
- Indexes for each order (score, date, id), alone and after a claimer key or a claimer
  party, cover the walk of a listing in order; ``entities(lower(text))`` and
  ``verdicts(label, claim_id)`` serve the entity and verdict filters.
"""

from __future__ import annotations

from typing import Any

VERSION = 6
NAME = "listing"

_CHUNK = 5_000


def statements(dialect: str) -> list[str]:
    # The date order is on coalesce(as_of, ''): claims without a date come last on both
    # backends (PostgreSQL would put NULLs first in a DESC order, SQLite last).
    date_desc = "coalesce(as_of, '') DESC"
    stmts = [
        "ALTER TABLE claims ADD COLUMN claimer_key TEXT",
        "ALTER TABLE claims ADD COLUMN terms TEXT",
        "CREATE TABLE claimers (key TEXT NOT NULL, party TEXT NOT NULL, n BIGINT NOT NULL,"
        " PRIMARY KEY (key, party))",
        "CREATE TABLE ledger_counts (name TEXT PRIMARY KEY, n BIGINT NOT NULL)",
        "DROP INDEX claims_score_id",
        "DROP INDEX claims_score",
        "DROP INDEX claims_as_of",
        "DROP INDEX claims_claimer",
        # as_of (score) rides along so a date (score) filter is checked in the index while
        # walking by score (date), and a date range sorts by score without reading rows.
        "CREATE INDEX claims_score_id ON claims(score DESC, id, as_of)",
        f"CREATE INDEX claims_date_id ON claims({date_desc}, id, score)",
        "CREATE INDEX claims_claimer_id ON claims(claimer_key, id)",
        "CREATE INDEX claims_claimer_score ON claims(claimer_key, score DESC, id)",
        f"CREATE INDEX claims_claimer_date ON claims(claimer_key, {date_desc}, id)",
        # A side alone (``claimer=Ukraine`` when every claimer it names speaks for Ukraine)
        # walks these; migration 5's claims_claimer_party serves the id order.
        "CREATE INDEX claims_party_score ON claims(claimer_party, score DESC, id)",
        f"CREATE INDEX claims_party_date ON claims(claimer_party, {date_desc}, id)",
        "CREATE INDEX entities_folded ON entities(lower(text))",
        "DROP INDEX verdicts_label",
        "CREATE INDEX verdicts_label_claim ON verdicts(label, claim_id)",
    ]
    if dialect == "sqlite":
        stmts += [
            "DROP TRIGGER claims_ai",
            "DROP TRIGGER claims_ad",
            "DROP TABLE claims_fts",
            # External content: the index only; detail=none (no positions: every query is
            # an AND of words) keeps it small.
            """CREATE VIRTUAL TABLE claims_search USING fts5(
                terms, content='claims', content_rowid='id', tokenize='ascii', detail='none'
            )""",
            """CREATE TRIGGER claims_search_ai AFTER INSERT ON claims BEGIN
                INSERT INTO claims_search(rowid, terms) VALUES (new.id, new.terms);
            END""",
            """CREATE TRIGGER claims_search_ad AFTER DELETE ON claims BEGIN
                INSERT INTO claims_search(claims_search, rowid, terms)
                VALUES ('delete', old.id, old.terms);
            END""",
        ]
    else:
        stmts += [
            "DROP INDEX claims_tsv",
            "ALTER TABLE claims DROP COLUMN tsv",
            """ALTER TABLE claims ADD COLUMN tsv tsvector GENERATED ALWAYS AS
                (array_to_tsvector(string_to_array(terms, ' '))) STORED""",
            "CREATE INDEX claims_tsv ON claims USING GIN (tsv)",
        ]
    return stmts


def backfill(store: Any) -> None:
    """Search keys, claimer counts and totals for the claims already stored."""
    from ..search import fold, search_terms

    last = 0
    while True:
        rows = store.query(
            "SELECT id, text, claimer_name FROM claims WHERE id > ? ORDER BY id LIMIT ?",
            (last, _CHUNK),
        )
        if not rows:
            break
        store.executemany(
            "UPDATE claims SET claimer_key = ?, terms = ? WHERE id = ?",
            [
                (fold(name) if name else None, " ".join(search_terms(text, name)), cid)
                for cid, text, name in rows
            ],
        )
        last = rows[-1][0]
    store.execute(
        "INSERT INTO claimers (key, party, n)"
        " SELECT coalesce(claimer_key, ''), coalesce(claimer_party, ''), count(*) FROM claims"
        " WHERE claimer_key IS NOT NULL OR claimer_party IS NOT NULL"
        " GROUP BY coalesce(claimer_key, ''), coalesce(claimer_party, '')"
    )
    store.execute("INSERT INTO ledger_counts (name, n) SELECT 'articles', count(*) FROM articles")
    store.execute("INSERT INTO ledger_counts (name, n) SELECT 'claims', count(*) FROM claims")
    if store.dialect == "sqlite":
        store.execute("INSERT INTO claims_search(claims_search) VALUES ('rebuild')")
