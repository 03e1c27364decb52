"""Batch ingest state: resumable per-file checkpoints, runs, and near-duplicate links.

``ingest_checkpoints`` holds one row per input file whose ingest has started and not
finished: how many of its records are already in the ledger. It is written in the same
transaction as those records, so an ingest killed at any point resumes exactly there.
``article_minhash`` keeps each article's MinHash signature so near-duplicate detection
spans runs; ``near_duplicates`` links an article that was not stored (a wire copy with a
changed headline) to the stored article it nearly repeats.
"""

from __future__ import annotations

VERSION = 3
NAME = "ingest"


def statements(dialect: str) -> list[str]:
    blob = "BLOB" if dialect == "sqlite" else "BYTEA"
    return [
        """CREATE TABLE ingest_checkpoints (
            source TEXT PRIMARY KEY,
            fingerprint TEXT NOT NULL,
            records INTEGER NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE ingest_runs (
            id {serial},
            started_at TEXT NOT NULL,
            finished_at TEXT,
            engine TEXT NOT NULL,
            workers INTEGER NOT NULL,
            status TEXT NOT NULL,
            summary TEXT
        )""",
        f"""CREATE TABLE article_minhash (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            hash TEXT NOT NULL,
            signature {blob} NOT NULL
        )""",
        """CREATE TABLE near_duplicates (
            hash TEXT PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            similarity {real} NOT NULL,
            origin TEXT,
            title TEXT,
            url TEXT,
            source TEXT,
            date TEXT,
            added_at TEXT NOT NULL
        )""",
        "CREATE INDEX near_duplicates_article ON near_duplicates(article_id)",
    ]
