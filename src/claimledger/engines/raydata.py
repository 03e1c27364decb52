"""Extraction on Ray Data: an actor pool that loads the pipeline once per actor.

The driver reads and deduplicates (as for local runs), sends articles in chunks through
``Dataset.map_batches`` with a pool of :class:`ExtractActor`, and gets the extractions
back in input order (``preserve_order``), so the single writer and its checkpoints are the
same as for local runs. ``address`` connects to a running cluster (``ray://head:10001``
or ``auto``); without it Ray starts locally. See docs/cluster.md.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..errors import ClaimLedgerError
from ..ingest.parquet import decode, encode
from ..models import Article, Extraction, Skipped
from ..settings import Settings
from .local import batched

if TYPE_CHECKING:
    from .runner import Item

log = logging.getLogger(__name__)

__all__ = ["ExtractActor", "extract_ray"]

ARTICLE_KEYS = ("id", "hash", "text", "date", "title", "url", "source", "language", "origin")


class ExtractActor:
    """One Ray actor: loads the pipeline in ``__init__``, then extracts batch after batch."""

    def __init__(self, settings: Settings) -> None:
        import os

        from .local import make_extractor

        # One CPU per actor (Ray's default): the attribution tagger runs single-threaded.
        os.environ.setdefault("CLAIMLEDGER_THREADS", "1")
        self.extractor = make_extractor(settings)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        articles = [Article(**json.loads(s)) for s in batch["article"]]
        rows = [
            {"skipped": ex.to_dict()} if isinstance(ex, Skipped) else encode(ex)
            for ex in self.extractor.extract(articles)
        ]
        return {"row": [json.dumps(r, ensure_ascii=False) for r in rows]}


def _init(address: str | None, workers: int) -> None:
    try:
        import ray
    except ImportError:
        raise ClaimLedgerError(
            "--engine ray needs Ray Data; install it with `pip install 'claimledger[ray]'`",
            code="no_ray",
        ) from None
    if ray.is_initialized():
        return
    address = address or os.environ.get("RAY_ADDRESS")
    kwargs: dict[str, Any] = {"ignore_reinit_error": True, "log_to_driver": False}
    if address:
        kwargs["address"] = address
    else:
        kwargs.update(num_cpus=workers, include_dashboard=False)
    ray.init(**kwargs)


def extract_ray(
    items: Iterable[Item],
    settings: Settings,
    workers: int,
    *,
    address: str | None = None,
    chunk: int = 2_000,
    batch_size: int = 16,
) -> Iterator[Item]:
    """Extract on Ray, ``workers`` actors per chunk of ``chunk`` articles; order kept."""
    _init(address, workers)
    import ray

    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    for batch in batched(items, chunk):
        arts: list[Article] = [it.record for it in batch if it.kind == "article"]  # type: ignore[misc]
        results: list[Extraction | Skipped] = []
        if arts:
            rows = [{"article": json.dumps({k: getattr(a, k) for k in ARTICLE_KEYS})} for a in arts]
            ds = ray.data.from_items(rows).map_batches(
                ExtractActor,
                fn_constructor_kwargs={"settings": settings},
                concurrency=max(1, workers),
                batch_size=batch_size,
                batch_format="numpy",
            )
            results = [_decode(json.loads(r["row"])) for r in ds.iter_rows()]
            if len(results) != len(arts):
                raise RuntimeError(f"ray: {len(arts)} articles in, {len(results)} extractions out")
        out = iter(results)
        for it in batch:
            if it.kind == "article":
                ex = next(out)
                it.kind, it.record = ("skipped" if isinstance(ex, Skipped) else "extracted"), ex
            yield it


def _decode(row: dict[str, Any]) -> Extraction | Skipped:
    if "skipped" in row:
        return Skipped(**row["skipped"])
    return decode(row)
