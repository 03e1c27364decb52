"""The library's front door: read, extract and store articles; list, check and link claims.

:class:`Ledger` holds settings and a store and has one method a feature; every CLI command
is one call to it. The module functions (``add``, ``extract``, ``claims``, ``demo``) are the
same features for one-off use.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import ingest
from .models import Article, Extraction, Skipped
from .settings import Settings
from .store import ClaimQuery, ClaimRow, SQLStore, open_store

if TYPE_CHECKING:  # the extractor loads spaCy: imported where it is used
    from .nlp.extract import Extractor

log = logging.getLogger(__name__)


@dataclass(slots=True)
class IngestSummary:
    """What an ``add`` run did: new articles, exact and near duplicates, every skipped record."""

    ingested: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    # Wire copies linked to an article already stored: {"article_id", "duplicate_of", ...}.
    near_duplicates: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ingested": len(self.ingested),
            "duplicates": len(self.duplicates),
            "near_duplicates": len(self.near_duplicates),
            "skipped": [s.to_dict() for s in self.skipped],
            "article_ids": self.ingested,
        }


def example_path() -> Path:
    """The bundled example article (``date`` header + body)."""
    return Path(
        str(resources.files("claimledger") / "data" / "examples" / "2024-03-20-putin-fsb.txt")
    )


def _split(result: Any, summary: IngestSummary, stats: dict[str, Any] | None) -> None:
    """Copy an engine run's account into ``summary`` (and the extra numbers into ``stats``)."""
    summary.ingested.extend(result.ingested)
    summary.duplicates.extend(result.duplicates)
    summary.skipped.extend(result.skipped)
    for s in result.skipped:
        log.debug("skipped %s: %s", s.source, s.message)  # the CLI lists them
    summary.near_duplicates.extend(result.near_duplicates)
    if stats is not None:
        stats.update(result.to_dict())
        stats["near_duplicate_links"] = result.near_duplicates


def extract(
    paths: Iterable[str | Path],
    settings: Settings | None = None,
    *,
    date: str | None = None,
    format: str | None = None,
    extractor: Extractor | None = None,
) -> Iterator[Extraction | Skipped]:
    """Stateless extraction of every article in ``paths``, in input order."""
    if extractor is None:
        from .nlp.extract import Extractor

        extractor = Extractor(settings)
    # Input order is kept: skipped records wait in the queue until every article read
    # before them has come out of the (batching) pipeline.
    queue: deque[Article | Skipped] = deque()

    def articles() -> Iterator[Article]:
        for rec in ingest.read(paths, date=date, format=format, require_date=False):
            if isinstance(rec, Article) and not extractor.supports(rec.language):
                rec = extractor.unsupported(rec)
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
    workers: int | None = None,
    engine: str = "local",
    options: dict[str, Any] | None = None,
    near_duplicates: bool = True,
    progress: bool = False,
    shards: str | None = None,
    ray_address: str | None = None,
    stats: dict[str, Any] | None = None,
) -> IngestSummary:
    """Ingest files into the ledger. Re-adding the same article text is a no-op.

    Exact duplicates (same text) are skipped, near duplicates (a wire copy with a changed
    headline) are linked to the stored article instead of stored. An interrupted ingest
    resumes where it stopped when run again. ``workers`` processes extract (default
    ``settings.workers``) while this process alone writes; ``engine="ray"`` extracts on Ray
    Data and, with ``shards``, writes Parquet shards there instead of the store.
    ``options`` go to the readers (e.g. CSV ``columns``). ``progress`` draws rate and ETA
    on stderr. ``stats``, when given, receives the run's numbers (near duplicates, resumed
    records, elapsed time and rate).
    """
    from .engines import ByteTracker, Progress, RunOptions, run, total_bytes

    settings = settings or Settings()
    own = store is None
    store = store or open_store(settings.db)
    summary = IngestSummary()
    tracker = ByteTracker()
    bar = Progress(total_bytes(paths), tracker.position) if progress else None
    opts = RunOptions(
        workers=max(1, workers if workers is not None else settings.workers),
        engine=engine,  # type: ignore[arg-type]
        near_duplicates=near_duplicates,
        reader_options=dict(options or {}),
        progress=bar.update if bar is not None else None,
        ray_address=ray_address,
        shards=shards,
    )
    try:
        result = run(
            paths,
            settings,
            store,
            date=date,
            format=format,
            extractor=extractor,
            opts=opts,
            tracker=tracker,
            on_article=on_article,
        )
        _split(result, summary, stats)
    finally:
        if bar is not None:
            bar.close()
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


def demo(settings: Settings | None = None) -> IngestSummary:
    """Ingest the bundled example article and reference series, check and link every claim."""
    from .check import check_claims, load_bundled_references
    from .link import link_claims

    settings = settings or Settings()
    store = open_store(settings.db)
    try:
        summary = add([example_path()], settings, store=store)
        load_bundled_references(store)
        check_claims(store)
        link_claims(store, embeddings=False)
    finally:
        store.close()
    return summary


class Ledger:
    """The front door: settings plus a store, one typed method per feature.

    The CLI's commands are parse -> one ``Ledger`` call -> render; the library uses it the
    same way::

        with Ledger(Settings(db="news.db")) as ledger:
            ledger.add(["feed.jsonl"])
            ledger.check()
            rows = ledger.claims(ClaimQuery(claimer="Ukraine"))

    Each method returns the project's frozen records (or, for the timeline, the dict the
    web's timeline page shows). The stages behind it load on first use, so opening a
    ledger costs no NLP import.
    """

    def __init__(self, settings: Settings | None = None, *, store: SQLStore | None = None):
        self.settings = settings or Settings()
        self._own = store is None
        self.store: SQLStore = store if store is not None else open_store(self.settings.db)

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._own:
            self.store.close()

    # -- ingest and extraction ---------------------------------------------------------
    def add(self, paths: Iterable[str | Path], **options: Any) -> IngestSummary:
        """Ingest files (see :func:`add` for the options)."""
        return add(paths, self.settings, store=self.store, **options)

    def extract(
        self, paths: Iterable[str | Path], *, date: str | None = None, format: str | None = None
    ) -> Iterator[Extraction | Skipped]:
        """Stateless extraction, in input order (nothing is stored)."""
        return extract(paths, self.settings, date=date, format=format)

    # -- reading -----------------------------------------------------------------------
    def claims(self, query: ClaimQuery | None = None) -> list[ClaimRow]:
        return self.store.claims(query)

    def count_claims(self, query: ClaimQuery | None = None) -> int:
        return self.store.count_claims(query)

    def claim(self, claim_id: int) -> ClaimRow:
        rows = self.store.claims(ClaimQuery(ids=(claim_id,), limit=1))
        if not rows:
            from .errors import NotFound

            raise NotFound(f"no claim {claim_id}; list them with `claimledger claims`")
        return rows[0]

    def articles(self, limit: int = 50, offset: int = 0) -> list[Article]:
        return self.store.articles(limit, offset)

    def count_articles(self) -> int:
        return self.store.count_articles()

    def article(self, article_id: str) -> Extraction:
        """The stored article with everything extracted from it."""
        return self.store.extraction(article_id)

    def main_claims(self, article_ids: Sequence[str]) -> dict[str, ClaimRow]:
        return self.store.main_claims(article_ids)

    def verdict_labels(self, claim_ids: Sequence[int]) -> dict[int, list[str]]:
        """The labels of each claim's recorded verdicts (none before ``check``)."""
        from .store import reads

        return reads.verdict_labels_for(self.store, list(claim_ids))

    def claim_entries(self, query: ClaimQuery | None = None) -> list[dict[str, Any]]:
        """The claims as ``claims --json`` and the web's ``/claims.json`` list them: each
        claim's entry (``present.claim_entry``) with its verdict labels."""
        from .present import claim_entry

        rows = self.claims(query)
        labels = self.verdict_labels([r.id for r in rows])
        return [claim_entry(r, labels.get(r.id)) for r in rows]

    def article_entries(self, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """The articles as ``articles --json`` and ``/articles.json`` list them, newest
        first, each with its main claim."""
        from .present import article_entry

        rows = self.articles(limit, offset)
        mains = self.main_claims([a.id for a in rows])
        return [article_entry(a, mains.get(a.id)) for a in rows]

    def skipped(self, limit: int = 50) -> list[Skipped]:
        return self.store.skipped(limit)

    # -- checking and linking ----------------------------------------------------------
    def references(self, measure: str | None = None) -> list[Any]:
        """The stored reference series (of ``measure``)."""
        from .check import reference_series

        return reference_series(self.store, measure)

    def add_references(self, path: str | Path, format: str = "auto") -> Any:
        from .check import add_references

        return add_references(self.store, path, format)

    def bundled_references(self) -> int:
        from .check import load_bundled_references

        return load_bundled_references(self.store)

    def check(
        self, claim_ids: Sequence[int] | None = None, *, recheck: bool = False
    ) -> tuple[list[Any], list[Any]]:
        """Verdicts for the claims (all when None), and with ``recheck`` what changed."""
        from . import check as checking

        ids = list(claim_ids) if claim_ids else None
        if recheck:
            results, changes = checking.recheck(self.store, ids)
            return list(results), list(changes)
        return list(checking.check_claims(self.store, ids)), []

    def links(self, *, embeddings: bool | None = None) -> list[Any]:
        from .link import link_claims

        return link_claims(self.store, embeddings=embeddings)

    def related(self, claim_id: int) -> list[dict[str, Any]]:
        """Other claims sharing a stored link with ``claim_id`` (the claim page's list)."""
        from .link import related_claims

        return related_claims(self.store, claim_id)

    def contradictions(self) -> list[Any]:
        from .link import contradictions

        return contradictions(self.store)

    def timeline(self, measure: str, subject: str | None = None) -> dict[str, Any]:
        from .link import timeline

        return timeline(self.store, measure, subject)

    def export(self, format: str, out: Any) -> Any:
        from .export import export

        return export(self.store, format, out)
