"""The library's front door: read, extract and store articles; list what was claimed.

The CLI and the web app adapt these functions and add nothing of their own.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from . import ingest
from .models import Article, Extraction, Skipped
from .nlp.extract import Extractor
from .settings import Settings
from .store import ClaimQuery, ClaimRow, SQLStore, open_store

log = logging.getLogger(__name__)


@dataclass(slots=True)
class IngestSummary:
    """What an ``add`` run did: new articles, duplicates, and every skipped record."""

    ingested: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ingested": len(self.ingested),
            "duplicates": len(self.duplicates),
            "skipped": [s.to_dict() for s in self.skipped],
            "article_ids": self.ingested,
        }


def example_path() -> Path:
    """The bundled example article (``date`` header + body)."""
    return Path(
        str(resources.files("claimledger") / "data" / "examples" / "2024-03-20-putin-fsb.txt")
    )


def _split(
    records: Iterable[Article | Skipped], summary: IngestSummary, store: SQLStore | None
) -> Iterator[Article]:
    seen: set[str] = set()
    for rec in records:
        if isinstance(rec, Skipped):
            log.warning("skipped %s: %s", rec.source, rec.message)
            summary.skipped.append(rec)
            continue
        # Skip known text before paying for a parse.
        existing = store.article_id_for_hash(rec.hash) if store is not None else None
        if existing is not None or rec.hash in seen:
            summary.duplicates.append(existing or rec.id)
            continue
        seen.add(rec.hash)
        yield rec


def extract(
    paths: Iterable[str | Path],
    settings: Settings | None = None,
    *,
    date: str | None = None,
    format: str | None = None,
    extractor: Extractor | None = None,
) -> Iterator[Extraction | Skipped]:
    """Stateless extraction of every article in ``paths``, in input order."""
    extractor = extractor or Extractor(settings)
    # Input order is kept: skipped records wait in the queue until every article read
    # before them has come out of the (batching) pipeline.
    queue: deque[Article | Skipped] = deque()

    def articles() -> Iterator[Article]:
        for rec in ingest.read(paths, date=date, format=format, require_date=False):
            queue.append(rec)
            if isinstance(rec, Article):
                yield rec

    for ex in extractor.extract(articles()):
        while queue and isinstance(queue[0], Skipped):
            yield queue.popleft()  # type: ignore[misc]
        queue.popleft()  # the article of ``ex``
        yield ex
    while queue:
        yield queue.popleft()  # type: ignore[misc]


def add(
    paths: Iterable[str | Path],
    settings: Settings | None = None,
    *,
    store: SQLStore | None = None,
    date: str | None = None,
    format: str | None = None,
    extractor: Extractor | None = None,
    on_article: Callable[[str, bool], None] | None = None,
) -> IngestSummary:
    """Ingest files into the ledger. Re-adding the same article text is a no-op."""
    settings = settings or Settings()
    own = store is None
    store = store or open_store(settings.db)
    extractor = extractor or Extractor(settings)
    summary = IngestSummary()
    try:
        articles = _split(ingest.read(paths, date=date, format=format), summary, store)
        for ex in extractor.extract(articles):
            article_id, inserted = store.add(ex)
            (summary.ingested if inserted else summary.duplicates).append(article_id)
            if on_article is not None:
                on_article(article_id, inserted)
        store.record_skipped(summary.skipped)
    finally:
        if own:
            store.close()
    return summary


def claims(
    query: ClaimQuery | None = None,
    settings: Settings | None = None,
    *,
    store: SQLStore | None = None,
) -> list[ClaimRow]:
    """Claims in the ledger, filtered and ordered by ``query``."""
    settings = settings or Settings()
    own = store is None
    store = store or open_store(settings.db)
    try:
        return store.claims(query)
    finally:
        if own:
            store.close()
