"""The batch-ingest tables of migration 3: checkpoints, runs, signatures, near-duplicates.

Every write here joins the caller's transaction, so records, their checkpoint and their
links commit together (see :mod:`claimledger.engines.runner`, the only writer).
"""

from __future__ import annotations

import json
from typing import Any

from ..models import Article
from .sql import SQLStore, now

__all__ = ["IngestState"]


class IngestState:
    def __init__(self, store: SQLStore) -> None:
        self.store = store

    # -- checkpoints ----------------------------------------------------------------------
    def resume_point(self, source: str, fp: str) -> int:
        """Records of ``source`` already in the ledger from an interrupted run (0 if none)."""
        rows = self.store.query(
            "SELECT fingerprint, records FROM ingest_checkpoints WHERE source = ?", (source,)
        )
        if rows and rows[0][0] == fp:
            return int(rows[0][1])
        return 0

    def checkpoint(self, source: str, fp: str, records: int) -> None:
        self.store.execute("DELETE FROM ingest_checkpoints WHERE source = ?", (source,))
        self.store.execute(
            "INSERT INTO ingest_checkpoints (source, fingerprint, records, updated_at)"
            " VALUES (?,?,?,?)",
            (source, fp, records, now()),
        )

    def finish(self, source: str) -> None:
        self.store.execute("DELETE FROM ingest_checkpoints WHERE source = ?", (source,))

    def pending(self) -> list[tuple[str, int]]:
        return [
            (r[0], int(r[1]))
            for r in self.store.query("SELECT source, records FROM ingest_checkpoints")
        ]

    # -- runs -----------------------------------------------------------------------------
    def start_run(self, engine: str, workers: int) -> int:
        with self.store.transaction():
            rows = self.store.query(
                "INSERT INTO ingest_runs (started_at, engine, workers, status) VALUES (?,?,?,?)"
                " RETURNING id",  # SQLite >= 3.35 and PostgreSQL
                (now(), engine, workers, "running"),
            )
            return int(rows[0][0])

    def end_run(self, run_id: int, status: str, summary: dict[str, Any]) -> None:
        with self.store.transaction():
            self.store.execute(
                "UPDATE ingest_runs SET finished_at = ?, status = ?, summary = ? WHERE id = ?",
                (now(), status, json.dumps(summary, ensure_ascii=False), run_id),
            )

    # -- duplicates -----------------------------------------------------------------------
    def known(self, hash: str) -> str | None:
        """The stored article id for ``hash``: the article itself or the one it nearly repeats."""
        found = self.store.article_id_for_hash(hash)
        if found is not None:
            return found
        rows = self.store.query("SELECT article_id FROM near_duplicates WHERE hash = ?", (hash,))
        return rows[0][0] if rows else None

    def signatures(self) -> list[tuple[str, bytes]]:
        return [
            (r[0], r[1]) for r in self.store.query("SELECT hash, signature FROM article_minhash")
        ]

    def add_signature(self, article_id: str, hash: str, signature: bytes) -> None:
        self.store.execute(
            "INSERT INTO article_minhash (article_id, hash, signature) VALUES (?,?,?)",
            (article_id, hash, signature),
        )

    def link(self, article: Article, article_id: str, similarity: float) -> None:
        self.store.execute(
            "INSERT INTO near_duplicates (hash, article_id, similarity, origin, title, url,"
            " source, date, added_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                article.hash,
                article_id,
                similarity,
                article.origin,
                article.title,
                article.url,
                article.source,
                article.date,
                now(),
            ),
        )

    def near_duplicates(self, article_id: str) -> list[dict[str, Any]]:
        """The copies linked to a stored article, most similar first."""
        cols = ("hash", "similarity", "origin", "title", "url", "source", "date")
        return [
            dict(zip(cols, r, strict=True))
            for r in self.store.query(
                f"SELECT {', '.join(cols)} FROM near_duplicates WHERE article_id = ?"
                " ORDER BY similarity DESC, hash",
                (article_id,),
            )
        ]
