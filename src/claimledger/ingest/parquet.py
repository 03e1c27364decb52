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

from ..errors import InputError, quote
from ..models import Article, Attribution, Claim, Entity, Extraction, Quantity, Skipped, Span
from .base import make_article

__all__ = ["decode", "encode", "read_extractions", "read_parquet"]

ARTICLE_FIELDS = ("id", "hash", "text", "date", "title", "url", "source", "language", "origin")


def encode(ex: Extraction) -> dict[str, Any]:
    """The shard row of one extraction."""
    a = ex.article
    row: dict[str, Any] = {f: getattr(a, f) for f in ARTICLE_FIELDS}
    d = ex.to_dict()
    row["extraction"] = json.dumps(
        {k: d[k] for k in ("entities", "quantities", "attributions", "claims", "notes")},
        ensure_ascii=False,
    )
    return row


def _span(d: dict[str, Any] | None) -> Span | None:
    return Span.from_dict(d)


def _check(ex: Extraction, where: str) -> Extraction:
    """A shard row is input like any other: its article must pass the readers' checks, its
    hash must be its text's (a forged one would block the real article as a duplicate
    forever) and every span must slice its text."""
    a = ex.article
    checked = make_article(
        text=a.text,
        where=where,
        id=a.id,
        date=a.date,
        title=a.title,
        url=a.url,
        source=a.source,
        language=a.language or None,
    )
    if not isinstance(a.hash, str) or checked.hash != a.hash:
        raise InputError(
            f"{where}: the row's hash {quote(a.hash, 64)} is not its text's; the shard was "
            "altered or damaged: write it again",
            code="bad_hash",
        )
    if not isinstance(a.id, str) or not a.id.strip():
        raise InputError(f"{where}: the row has no id; write the shard again", code="bad_parquet")
    for span in _spans(ex.to_dict()):
        start, end, text = span.get("start"), span.get("end"), span.get("text")
        ok = isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(a.text)
        if not ok or a.text[start:end] != text:
            raise InputError(
                f"{where}: a span [{quote(start, 20)}:{quote(end, 20)}] does not slice the "
                "article text; write the shard again",
                code="bad_parquet",
            )
    return ex


def _spans(obj: Any) -> Iterator[dict[str, Any]]:
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys():
            yield obj
        for v in obj.values():
            yield from _spans(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _spans(v)


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
        notes=tuple(str(n) for n in d.get("notes", ())),
    )


def read_extractions(path: Path, *, skip: int = 0, **_: object) -> Iterator[Extraction | Skipped]:
    """Every extraction in a shard; ``skip`` leaves out the first rows (for resuming)."""
    import pyarrow.parquet as pq

    where = str(path)
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises ArrowInvalid/OSError for non-Parquet files
        yield Skipped(where, "bad_parquet", f"{where}: not a Parquet file ({quote(str(exc))})")
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
    batches = pf.iter_batches(batch_size=512)
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            return
        except Exception as exc:  # a damaged page: the rows after it cannot be found
            yield Skipped(
                f"{where}#{n + 1}",
                "bad_parquet",
                f"{where}: rows after #{n} are unreadable ({type(exc).__name__}: "
                f"{quote(str(exc))}); write the shard again",
            )
            return
        for row in batch.to_pylist():
            n += 1
            if n <= skip:
                continue
            loc = f"{where}#{n}"
            try:
                yield _check(decode(row), loc)
            except InputError as exc:
                yield Skipped(loc, exc.code, str(exc))
            except Exception as exc:  # KeyError, TypeError, ValueError, bad JSON, ...
                yield Skipped(
                    loc, "bad_parquet", f"{loc}: bad row ({type(exc).__name__}: {quote(str(exc))})"
                )


def read_parquet(path: Path, *, skip: int = 0, **options: object) -> Iterator[Article | Skipped]:
    """The articles of a shard (for ``extract``); ``add`` uses :func:`read_extractions`."""
    for rec in read_extractions(path, skip=skip):
        yield rec.article if isinstance(rec, Extraction) else rec
