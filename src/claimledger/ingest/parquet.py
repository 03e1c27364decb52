"""Parquet shards of extractions, as written by ``claimledger add --engine ray --shards DIR``.

One row per article: the Article fields plus ``extraction`` (JSON of its entities,
quantities, attributions and claims). ``claimledger add DIR`` stores them without parsing
again; as a plain reader (``read_parquet``) a shard gives back its articles.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..models import Article, Attribution, Claim, Entity, Extraction, Quantity, Skipped, Span

__all__ = ["decode", "encode", "read_extractions", "read_parquet"]

ARTICLE_FIELDS = ("id", "hash", "text", "date", "title", "url", "source", "language", "origin")


def encode(ex: Extraction) -> dict[str, Any]:
    """The shard row of one extraction."""
    a = ex.article
    row: dict[str, Any] = {f: getattr(a, f) for f in ARTICLE_FIELDS}
    d = ex.to_dict()
    row["extraction"] = json.dumps(
        {k: d[k] for k in ("entities", "quantities", "attributions", "claims")},
        ensure_ascii=False,
    )
    return row


def _span(d: dict[str, Any] | None) -> Span | None:
    return Span.from_dict(d)


def decode(row: dict[str, Any]) -> Extraction:
    """The extraction of a shard row (the inverse of :func:`encode`)."""
    article = Article(**{f: row[f] for f in ARTICLE_FIELDS})
    d = json.loads(row["extraction"])
    return Extraction(
        article=article,
        entities=tuple(Entity(e["start"], e["end"], e["text"], e["label"]) for e in d["entities"]),
        quantities=tuple(Quantity.from_dict(q) for q in d["quantities"]),
        attributions=tuple(
            Attribution(
                kind=t["kind"],
                source=_span(t["source"]),
                cue=_span(t["cue"]),
                content=tuple(Span.from_dict(c) for c in t["content"]),  # type: ignore[misc]
                stance=t["stance"],
                resolution=t["resolution"],
                resolved_name=t["resolved_name"],
            )
            for t in d["attributions"]
        ),
        claims=tuple(Claim.from_dict(c) for c in d["claims"]),
    )


def read_extractions(path: Path, *, skip: int = 0, **_: object) -> Iterator[Extraction | Skipped]:
    """Every extraction in a shard; ``skip`` leaves out the first rows (for resuming)."""
    import pyarrow.parquet as pq

    where = str(path)
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid/OSError for non-Parquet files
        yield Skipped(where, "bad_parquet", f"{where}: not a Parquet file ({exc})")
        return
    missing = set(ARTICLE_FIELDS) | {"extraction"}
    missing -= set(pf.schema_arrow.names)
    if missing:
        yield Skipped(
            where,
            "bad_parquet",
            f"{where}: not a claimledger shard (missing {sorted(missing)}); write shards with "
            "`claimledger add --engine ray --shards DIR`",
        )
        return
    n = 0
    for batch in pf.iter_batches(batch_size=512):
        for row in batch.to_pylist():
            n += 1
            if n <= skip:
                continue
            try:
                yield decode(row)
            except (KeyError, TypeError, ValueError) as exc:
                yield Skipped(f"{where}#{n}", "bad_parquet", f"{where}#{n}: bad row ({exc})")


def read_parquet(path: Path, *, skip: int = 0, **options: object) -> Iterator[Article | Skipped]:
    """The articles of a shard (for ``extract``); ``add`` uses :func:`read_extractions`."""
    for rec in read_extractions(path, skip=skip):
        yield rec.article if isinstance(rec, Extraction) else rec
