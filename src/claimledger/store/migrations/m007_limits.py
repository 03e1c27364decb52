"""Hardening: each article's extraction notes (what was truncated or split to bound its
cost), and an index that lets a rerun find the bad records it already recorded."""

from __future__ import annotations

VERSION = 7
NAME = "limits"


def statements(dialect: str) -> list[str]:
    return [
        "ALTER TABLE articles ADD COLUMN notes TEXT",
        "CREATE INDEX skipped_source ON skipped(source)",
    ]
