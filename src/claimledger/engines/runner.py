"""Batch ingest: read, deduplicate, extract (here, in processes or on Ray), write once.

The stages form one ordered stream of :class:`Item`:

1. **read** every source (file) with its reader, resuming after the records an interrupted
   run already committed (``ingest_checkpoints``);
2. **classify** each record: bad (``skipped``), an exact duplicate (content hash), a near
   duplicate (MinHash LSH, linked not stored), or an ``article`` to extract;
3. **extract** articles in order (:mod:`.local`, :mod:`.raydata`);
4. **write** in one process, committing every ``commit_every`` items in one transaction
   together with the per-source checkpoint, so a SIGKILL at any point neither loses nor
   repeats a record.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Literal

from .. import ingest
from ..errors import quote
from ..ingest.base import ByteTracker, guarded
from ..ingest.parquet import read_extractions, read_parquet
from ..models import Article, Extraction, ExtractorLike, Skipped
from ..settings import Settings
from ..store import SQLStore
from .neardup import NearDupIndex, NearMatch, signature
from .state import IngestState, fingerprint

log = logging.getLogger(__name__)

__all__ = ["Item", "RunOptions", "RunResult", "add_articles", "run"]

Kind = Literal["article", "extracted", "skipped", "dup", "near", "end"]
Engine = Literal["local", "ray"]


@dataclass(slots=True)
class Item:
    """One record on its way to the ledger, with the checkpoint it completes."""

    kind: Kind
    record: Article | Extraction | Skipped | None
    source: str | None = None  # checkpoint key (absolute path); None: stdin / not resumable
    fp: str = ""
    ordinal: int = 0  # records of ``source`` done once this item is written
    sig: bytes | None = None
    near: NearMatch | None = None
    dup_hash: str | None = None


@dataclass(slots=True)
class RunOptions:
    workers: int = 1
    engine: Engine = "local"
    near_duplicates: bool = True
    commit_every: int = 256
    commit_seconds: float = 2.0
    reader_options: dict[str, Any] = field(default_factory=dict)
    progress: Callable[[int], None] | None = None  # called with records written so far
    ray_address: str | None = None
    shards: str | None = None  # write Parquet shards here instead of the store (ray)


@dataclass(slots=True)
class RunResult:
    ingested: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    near_duplicates: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    resumed: dict[str, int] = field(default_factory=dict)  # source -> records passed over
    records: int = 0
    elapsed: float = 0.0
    shards: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "ingested": len(self.ingested),
            "duplicates": len(self.duplicates),
            "near_duplicates": len(self.near_duplicates),
            "skipped": [s.to_dict() for s in self.skipped],
            "resumed": self.resumed,
            "records": self.records,
            "elapsed_s": round(self.elapsed, 3),
            "rate_per_s": round(self.records / self.elapsed, 1) if self.elapsed else None,
        }


class _Reader:
    """Stages 1 and 2: sources to classified items."""

    def __init__(
        self,
        state: IngestState | None,
        extractor: ExtractorLike,
        opts: RunOptions,
        result: RunResult,
        date: str | None,
        tracker: ByteTracker,
    ) -> None:
        self.state, self.extractor = state, extractor
        self.opts, self.result, self.date, self.tracker = opts, result, date, tracker
        self.index: NearDupIndex | None = None
        if opts.near_duplicates:
            self.index = NearDupIndex()
            if state is not None:
                self.index.load(state.signatures())
                log.info("near-duplicate index: %d stored signatures", len(self.index))
        self._in_run: set[str] = set()  # hashes read in this run and not yet known to the store

    def items(self, srcs: Iterable[ingest.Source | Skipped | None]) -> Iterator[Item]:
        for src in srcs:
            if isinstance(src, Skipped):
                yield Item("skipped", src)
            elif src is None:
                for rec in ingest.read_stdin(date=self.date):
                    yield self.classify(rec)
            else:
                yield from self._source(src)

    def _source(self, src: ingest.Source) -> Iterator[Item]:
        key = str(src.path.resolve())
        try:
            fp = fingerprint(src.path)
        except OSError as exc:
            yield Item("skipped", Skipped(key, "unreadable", f"{key}: cannot stat ({exc})"))
            return
        start = self.state.resume_point(key, fp) if self.state is not None else 0
        if start:
            log.info("%s: resuming after %d records", key, start)
            self.result.resumed[key] = start
        n = start
        opts = {**self.opts.reader_options, "tracker": self.tracker}
        read: Callable[..., Iterator[Article | Extraction | Skipped]] = src.read
        if src.reader is read_parquet:  # shards carry their extraction: no second parse
            read = partial(read_extractions, src.path)
        records = guarded(read(date=self.date, require_date=True, skip=start, **opts), key)
        for rec in records:
            n += 1
            item = self.classify(rec)
            item.source, item.fp, item.ordinal = key, fp, n
            yield item
        yield Item("end", None, key, fp, n)

    def forget(self, hashes: list[str]) -> None:
        """Committed articles are found in the store; keep only in-flight ones in memory."""
        self._in_run.difference_update(hashes)

    def _known(self, h: str) -> str | None:
        if h in self._in_run:
            return h
        return self.state.known(h) if self.state is not None else None

    def classify(self, rec: Article | Extraction | Skipped) -> Item:
        if isinstance(rec, Skipped):
            return Item("skipped", rec)
        try:
            return self._classify(rec)
        except Exception as exc:  # record-caused (e.g. its text defeats the signature)
            article = rec.article if isinstance(rec, Extraction) else rec
            where = article.origin or article.id
            log.warning("%s: cannot classify", where, exc_info=True)
            return Item(
                "skipped",
                Skipped(
                    where,
                    "bad_record",
                    f"{where}: cannot check for duplicates ({type(exc).__name__}: "
                    f"{quote(str(exc))})",
                ),
            )

    def _classify(self, rec: Article | Extraction) -> Item:
        article = rec.article if isinstance(rec, Extraction) else rec
        supports = getattr(self.extractor, "supports", None)
        if supports is not None and not supports(article.language):
            return Item("skipped", self.extractor.unsupported(article))
        if self._known(article.hash) is not None:
            return Item("dup", rec, dup_hash=article.hash)
        sig = None
        if self.index is not None:
            s = signature(article.text)
            if s is not None:
                match = self.index.match(s)
                if match is not None:
                    return Item("near", rec, near=match)
                self.index.add(article.hash, s)
                sig = s.tobytes()
        self._in_run.add(article.hash)
        return Item("extracted" if isinstance(rec, Extraction) else "article", rec, sig=sig)


_RETRY_SQLSTATES = ("40P01", "40001")  # deadlock detected, serialization failure


class _Writer:
    """Stage 4: the single writer; one transaction per run of items, checkpoints included."""

    def __init__(self, store: SQLStore, state: IngestState, opts: RunOptions, result: RunResult):
        self.store, self.state, self.opts, self.result = store, state, opts, result
        self.on_article: Callable[[str, bool], None] | None = None
        # Called with the hashes of committed articles: the store knows them from now on.
        self.on_commit: Callable[[list[str]], None] | None = None

    def write(self, items: Iterable[Item]) -> None:
        batch: list[Item] = []
        last = time.monotonic()
        for it in items:
            batch.append(it)
            if (
                len(batch) >= self.opts.commit_every
                or time.monotonic() - last >= self.opts.commit_seconds
            ):
                self._flush(batch)
                batch, last = [], time.monotonic()
        self._flush(batch)

    def _flush(self, batch: list[Item]) -> None:
        if not batch:
            return
        for attempt in range(4):
            try:
                self._commit(batch)
                return
            except Exception as exc:
                # PostgreSQL: a deadlock or serialization failure against another writer
                # rolls the whole batch back; it is safe to write it again.
                if getattr(exc, "sqlstate", None) not in _RETRY_SQLSTATES or attempt == 3:
                    raise
                log.warning("batch rolled back (%s); retrying", exc)
                time.sleep(0.1 * (attempt + 1))

    def _commit(self, batch: list[Item]) -> None:
        done: list[tuple[str, str, bool]] = []  # (kind, article id or "", inserted)
        near: list[dict[str, Any]] = []
        skipped: list[Skipped] = []
        with self.store.transaction():
            marks: dict[str, tuple[str, int] | None] = {}
            for it in batch:
                if it.kind == "extracted":
                    ex: Extraction = it.record  # type: ignore[assignment]
                    try:
                        with self.store.savepoint():
                            article_id, inserted = self.store.add(ex)
                            if inserted and it.sig is not None:
                                self.state.add_signature(article_id, ex.article.hash, it.sig)
                    except Exception as exc:
                        if not _record_caused(exc):
                            raise
                        skipped.append(_unstorable(ex.article, exc))
                        continue
                    done.append(("article", article_id, inserted))
                elif it.kind == "dup":
                    known = self.state.known(it.dup_hash or "")
                    if known is None:  # its twin earlier in this run was skipped
                        rec = it.record
                        article = rec.article if isinstance(rec, Extraction) else rec
                        assert isinstance(article, Article)
                        where = article.origin or article.id
                        skipped.append(
                            Skipped(
                                where,
                                "duplicate_of_skipped",
                                f"{where}: same text as a record skipped earlier in this run",
                            )
                        )
                    else:
                        done.append(("dup", known, False))
                elif it.kind == "near":
                    rec = it.record
                    article = rec.article if isinstance(rec, Extraction) else rec
                    assert it.near is not None and isinstance(article, Article)
                    target = self.store.article_id_for_hash(it.near.hash)
                    if target is None:  # the original was itself linked: link to its target
                        target = self.state.known(it.near.hash)
                    if target is None:  # the article it nearly repeats was skipped
                        where = article.origin or article.id
                        skipped.append(
                            Skipped(
                                where,
                                "duplicate_of_skipped",
                                f"{where}: nearly the same text as a record skipped earlier "
                                "in this run",
                            )
                        )
                    elif self.state.known(article.hash) is None:
                        self.state.link(article, target, it.near.similarity)
                        near.append(
                            {
                                "source": article.origin,
                                "article_id": target,
                                "similarity": it.near.similarity,
                            }
                        )
                    else:
                        done.append(("dup", target, False))
                elif it.kind == "skipped":
                    skipped.append(it.record)  # type: ignore[arg-type]
                if it.source is not None:
                    marks[it.source] = None if it.kind == "end" else (it.fp, it.ordinal)
            if skipped:
                self.store.record_skipped(skipped)
            for source, mark in marks.items():
                if mark is None:
                    self.state.finish(source)
                else:
                    self.state.checkpoint(source, mark[0], mark[1])
        # Committed: only now does the run's account change.
        r = self.result
        for kind, article_id, inserted in done:
            (r.ingested if inserted else r.duplicates).append(article_id)
            if kind == "article" and self.on_article is not None:
                self.on_article(article_id, inserted)
        if self.on_commit is not None:
            self.on_commit(
                [it.record.article.hash for it in batch if isinstance(it.record, Extraction)]
            )
        r.near_duplicates.extend(near)
        r.skipped.extend(skipped)
        r.records += sum(1 for it in batch if it.kind != "end")
        if self.opts.progress is not None:
            self.opts.progress(r.records)


def _record_caused(exc: BaseException) -> bool:
    """Whether a failed write is the record's doing (bad data, a key collision) rather than
    the database's (locked, full, gone), which must stop the run instead."""
    if getattr(exc, "sqlstate", None) in _RETRY_SQLSTATES:
        return False
    if isinstance(exc, ValueError | OverflowError | TypeError | UnicodeError | RecursionError):
        return True
    import sqlite3

    if isinstance(exc, sqlite3.IntegrityError | sqlite3.DataError):
        return True
    names = {c.__name__ for c in type(exc).__mro__}
    return type(exc).__module__.startswith("psycopg") and bool(
        names & {"DataError", "IntegrityError"}
    )


def _unstorable(article: Article, exc: BaseException) -> Skipped:
    where = article.origin or article.id
    log.warning("%s: cannot store", where, exc_info=True)
    return Skipped(
        where,
        "store_error",
        f"{where}: the ledger refused the record ({type(exc).__name__}: {quote(str(exc))})",
    )


def _extract_stage(
    items: Iterable[Item], settings: Settings, extractor: ExtractorLike, opts: RunOptions
) -> Iterable[Item]:
    if opts.engine == "ray":
        from .raydata import extract_ray

        return extract_ray(items, settings, opts.workers, address=opts.ray_address)
    if opts.workers > 1:
        from .local import extract_pooled

        return extract_pooled(items, settings, opts.workers)
    from .local import extract_inline

    return extract_inline(items, extractor)


def run(
    paths: Iterable[str | Path],
    settings: Settings,
    store: SQLStore,
    *,
    date: str | None = None,
    format: str | None = None,
    extractor: ExtractorLike | None = None,
    opts: RunOptions | None = None,
    tracker: ByteTracker | None = None,
    on_article: Callable[[str, bool], None] | None = None,
) -> RunResult:
    """Ingest ``paths`` into ``store``; see the module docstring for the stages."""
    from .local import make_extractor

    opts = opts or RunOptions()
    result = RunResult()
    t0 = time.monotonic()
    extractor = extractor if extractor is not None else make_extractor(settings)
    state = IngestState(store)
    run_id = state.start_run(opts.engine, opts.workers)
    reader = _Reader(state, extractor, opts, result, date, tracker or ByteTracker())
    items = reader.items(ingest.sources(paths, format=format))
    status = "failed"
    try:
        if opts.shards:
            from .shards import write_shards

            write_shards(
                _extract_stage(items, settings, extractor, opts), opts.shards, result, opts
            )
        else:
            writer = _Writer(store, state, opts, result)
            writer.on_commit = reader.forget
            writer.on_article = on_article
            writer.write(_extract_stage(items, settings, extractor, opts))
        status = "done"
    finally:
        result.elapsed = time.monotonic() - t0
        try:
            state.end_run(run_id, status, result.to_dict())
        except Exception:  # the store may be the reason we are failing; keep that error
            log.exception("could not record the end of ingest run %s", run_id)
    return result


def add_articles(
    articles: Iterable[Article],
    settings: Settings,
    store: SQLStore,
    *,
    extractor: ExtractorLike | None = None,
    opts: RunOptions | None = None,
) -> RunResult:
    """Ingest articles held in memory (the web API's ``POST /api/articles``) through the
    same stages as files: exact and near duplicates found, one writer, bad records skipped
    and recorded; no checkpoint (there is no file to resume)."""
    from .local import make_extractor

    opts = opts or RunOptions()
    result = RunResult()
    extractor = extractor if extractor is not None else make_extractor(settings)
    state = IngestState(store)
    reader = _Reader(state, extractor, opts, result, None, ByteTracker())
    writer = _Writer(store, state, opts, result)
    writer.on_commit = reader.forget
    items = (reader.classify(a) for a in articles)
    writer.write(_extract_stage(items, settings, extractor, opts))
    return result
