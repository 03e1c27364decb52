"""Extractions to Parquet shards instead of the store (``add --engine ray --shards DIR``)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from ..ingest.parquet import encode
from ..models import Extraction, Skipped

if TYPE_CHECKING:
    from .runner import Item, RunOptions, RunResult

log = logging.getLogger(__name__)

__all__ = ["write_shards"]

ROWS_PER_SHARD = 10_000


def write_shards(
    items: Iterable[Item], folder: str, result: RunResult, opts: RunOptions
) -> list[str]:
    """Write every extracted item to ``folder/part-NNNNN.parquet``; the rest is counted."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    start = len(list(out.glob("part-*.parquet")))
    rows: list[dict[str, object]] = []

    def flush() -> None:
        if rows:
            path = out / f"part-{start + len(result.shards):05d}.parquet"
            pq.write_table(pa.Table.from_pylist(rows), path)
            result.shards.append(str(path))
            log.info("wrote %s (%d rows)", path, len(rows))
            rows.clear()

    for it in items:
        if it.kind == "extracted":
            ex: Extraction = it.record  # type: ignore[assignment]
            rows.append(encode(ex))
            result.ingested.append(ex.article.id)
            if len(rows) >= ROWS_PER_SHARD:
                flush()
        elif it.kind in ("dup", "near"):
            rec = it.record
            result.duplicates.append(getattr(rec, "id", "") or getattr(rec, "hash", ""))
        elif it.kind == "skipped":
            assert isinstance(it.record, Skipped)
            result.skipped.append(it.record)
        if it.kind != "end":
            result.records += 1
            if opts.progress is not None:
                opts.progress(result.records)
    flush()
    return result.shards
