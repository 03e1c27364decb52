"""Extraction on this machine: in-process, or N worker processes with the parent writing.

Both stages take the ordered stream of :class:`~.runner.Item` and give it back in the same
order with every ``article`` item turned into an ``extracted`` one, so the single writer
commits in input order and checkpoints stay exact.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any

from ..models import Article, Extraction, ExtractorLike, Skipped
from ..settings import Settings
from .lifeline import die_with_parent

if TYPE_CHECKING:
    from .runner import Item

log = logging.getLogger(__name__)

__all__ = ["extract_inline", "extract_pooled", "make_extractor"]


def make_extractor(settings: Settings) -> Any:
    """The cascade extractor when ``settings.cascade`` is on, else the full-parse one."""
    if settings.cascade:
        from ..nlp.cascade import CascadeExtractor

        return CascadeExtractor(settings)
    from ..nlp.extract import Extractor

    return Extractor(settings)


def extract_inline(items: Iterable[Item], extractor: ExtractorLike) -> Iterator[Item]:
    """Extract in this process, keeping the order of all items."""
    queue: deque[Item] = deque()

    def articles() -> Iterator[Article]:
        for it in items:
            queue.append(it)
            if it.kind == "article":
                yield it.record  # type: ignore[misc]

    for ex in extractor.extract(articles()):
        while queue[0].kind != "article":
            yield queue.popleft()
        it = queue.popleft()
        it.kind, it.record = ("skipped" if isinstance(ex, Skipped) else "extracted"), ex
        yield it
    while queue:
        yield queue.popleft()


# -- worker processes ---------------------------------------------------------------------
_EXTRACTOR: Any = None


def _init(settings: Settings, workers: int = 1, parent: int | None = None) -> None:
    global _EXTRACTOR
    # A killed ingest must not leave its workers running (and holding a pipeline each).
    die_with_parent(parent)
    # Share the cores among the workers: the attribution tagger's onnxruntime session
    # would otherwise start a thread per core in every worker.
    if "CLAIMLEDGER_THREADS" not in os.environ:
        per = max(1, (os.cpu_count() or 1) // max(1, workers))
        os.environ["CLAIMLEDGER_THREADS"] = str(per)
    _EXTRACTOR = make_extractor(settings)


def _work(articles: list[Article]) -> list[Extraction | Skipped]:
    return list(_EXTRACTOR.extract(articles))


def batched(items: Iterable[Item], articles_per_batch: int) -> Iterator[list[Item]]:
    """Runs of items holding up to ``articles_per_batch`` articles (others ride along)."""
    batch: list[Item] = []
    n = 0
    for it in items:
        batch.append(it)
        if it.kind == "article":
            n += 1
        if n >= articles_per_batch or len(batch) >= 8 * articles_per_batch:
            yield batch
            batch, n = [], 0
    if batch:
        yield batch


def _resolve(batch: list[Item], fut: Future[list[Extraction | Skipped]] | None) -> Iterator[Item]:
    results = iter(fut.result() if fut is not None else ())
    for it in batch:
        if it.kind == "article":
            ex = next(results)
            it.kind, it.record = ("skipped" if isinstance(ex, Skipped) else "extracted"), ex
        yield it


def extract_pooled(
    items: Iterable[Item], settings: Settings, workers: int, *, chunk: int = 16
) -> Iterator[Item]:
    """Extract in ``workers`` processes (each loads the pipeline once); results in order.

    At most ``2 * workers`` chunks are in flight, so memory stays bounded however long the
    input is.
    """
    # fork starts workers in milliseconds with spaCy already imported; spawn when threads are
    # running (forking them is unsafe) or where fork does not exist.
    safe_fork = threading.active_count() == 1 and "fork" in mp.get_all_start_methods()
    ctx = mp.get_context("fork" if safe_fork else "spawn")
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=ctx,
        initializer=_init,
        initargs=(settings, workers, os.getpid()),
    ) as pool:
        window: deque[tuple[list[Item], Future[list[Extraction | Skipped]] | None]] = deque()
        for batch in batched(items, chunk):
            arts: list[Article] = [it.record for it in batch if it.kind == "article"]  # type: ignore[misc]
            window.append((batch, pool.submit(_work, arts) if arts else None))
            while len(window) > 2 * workers:
                yield from _resolve(*window.popleft())
        while window:
            yield from _resolve(*window.popleft())
