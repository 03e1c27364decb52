"""The core ledger: articles and what was extracted from them, all with offsets."""

from __future__ import annotations

VERSION = 1
NAME = "core"


def statements(dialect: str) -> list[str]:
    stmts = [
        """CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            date TEXT,
            title TEXT,
            url TEXT,
            source TEXT,
            language TEXT NOT NULL DEFAULT 'en',
            origin TEXT,
            added_at TEXT NOT NULL
        )""",
        "CREATE INDEX articles_date ON articles(date)",
        """CREATE TABLE entities (
            id {serial},
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text TEXT NOT NULL,
            label TEXT NOT NULL
        )""",
        "CREATE INDEX entities_article ON entities(article_id)",
        "CREATE INDEX entities_text ON entities(text)",
        """CREATE TABLE quantities (
            id {serial},
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text TEXT NOT NULL,
            value {real},
            low {real},
            high {real},
            change TEXT NOT NULL,
            unit TEXT,
            unit_span TEXT,
            concept_span TEXT
        )""",
        "CREATE INDEX quantities_article ON quantities(article_id)",
        """CREATE TABLE attributions (
            id {serial},
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            kind TEXT NOT NULL,
            source_span TEXT,
            cue_span TEXT,
            content TEXT NOT NULL,
            stance TEXT NOT NULL,
            resolution TEXT NOT NULL,
            resolved_name TEXT
        )""",
        "CREATE INDEX attributions_article ON attributions(article_id)",
        """CREATE TABLE claims (
            id {serial},
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text TEXT NOT NULL,
            claimer_span TEXT,
            claimer_name TEXT,
            hedged INTEGER NOT NULL,
            attribution_idx INTEGER,
            quantity_idx TEXT NOT NULL,
            as_of TEXT,
            score {real} NOT NULL,
            stance TEXT NOT NULL
        )""",
        "CREATE INDEX claims_article ON claims(article_id)",
        "CREATE INDEX claims_claimer ON claims(claimer_name)",
        "CREATE INDEX claims_score ON claims(score)",
        "CREATE INDEX claims_as_of ON claims(as_of)",
        """CREATE TABLE skipped (
            id {serial},
            source TEXT NOT NULL,
            code TEXT NOT NULL,
            message TEXT NOT NULL,
            at TEXT NOT NULL
        )""",
    ]
    if dialect == "sqlite":
        stmts += [
            # Full-text search over claim sentences and claimers (external content table).
            """CREATE VIRTUAL TABLE claims_fts USING fts5(
                text, claimer_name, content='claims', content_rowid='id'
            )""",
            """CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
                INSERT INTO claims_fts(rowid, text, claimer_name)
                VALUES (new.id, new.text, new.claimer_name);
            END""",
            """CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
                INSERT INTO claims_fts(claims_fts, rowid, text, claimer_name)
                VALUES ('delete', old.id, old.text, old.claimer_name);
            END""",
        ]
    else:
        stmts += [
            """ALTER TABLE claims ADD COLUMN tsv tsvector GENERATED ALWAYS AS
                (to_tsvector('english', coalesce(text, '') || ' ' || coalesce(claimer_name, '')))
                STORED""",
            "CREATE INDEX claims_tsv ON claims USING GIN (tsv)",
        ]
    return stmts
