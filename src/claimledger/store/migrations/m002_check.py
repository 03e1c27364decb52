"""Checking claims: reference series and their points, verdicts, and links across articles."""

from __future__ import annotations

VERSION = 2
NAME = "check"


def statements(dialect: str) -> list[str]:
    return [
        """CREATE TABLE reference_series (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            publisher TEXT NOT NULL,
            publisher_aliases TEXT NOT NULL,
            measure TEXT NOT NULL,
            subject TEXT,
            unit TEXT,
            definition TEXT NOT NULL,
            basis TEXT NOT NULL,
            aliases TEXT NOT NULL,
            source TEXT,
            licence TEXT,
            checksum TEXT NOT NULL,
            added_at TEXT NOT NULL
        )""",
        "CREATE INDEX reference_series_measure ON reference_series(measure)",
        """CREATE TABLE reference_points (
            series_id TEXT NOT NULL REFERENCES reference_series(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            value {real} NOT NULL,
            qualifier TEXT,
            PRIMARY KEY (series_id, date)
        )""",
        """CREATE TABLE verdicts (
            id {serial},
            claim_id BIGINT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            quantity_index INTEGER NOT NULL,
            label TEXT NOT NULL,
            measure TEXT,
            best_series TEXT,
            explanation TEXT NOT NULL,
            evidence TEXT NOT NULL,
            notes TEXT NOT NULL,
            detail TEXT NOT NULL,
            checked_at TEXT NOT NULL,
            UNIQUE (claim_id, quantity_index)
        )""",
        "CREATE INDEX verdicts_label ON verdicts(label)",
        """CREATE TABLE claim_links (
            claim_id BIGINT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            quantity_index INTEGER NOT NULL,
            link_key TEXT NOT NULL,
            claimer_key TEXT,
            measure TEXT,
            subject TEXT,
            method TEXT NOT NULL,
            linked_at TEXT NOT NULL,
            PRIMARY KEY (claim_id, quantity_index)
        )""",
        "CREATE INDEX claim_links_key ON claim_links(link_key)",
    ]
