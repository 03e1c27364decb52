"""Export the checked ledger: one row per claimed quantity with its verdict.

Formats: ``jsonl`` and ``csv`` (flat rows), ``parquet`` (the same rows through pyarrow) and
``claimreview`` (a JSON array of schema.org ClaimReview objects, the JSON-LD that
fact-checkers publish; only quantities with a verdict other than "unverifiable" by default,
since a ClaimReview needs a rating).
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from .check import CheckResult, all_verdicts
from .errors import InputError
from .models import json_line
from .store import ClaimQuery, ClaimRow, SQLStore

log = logging.getLogger(__name__)

FORMATS = ("jsonl", "csv", "parquet", "claimreview")

# Verdict label -> (ratingValue on 1..5, alternateName). 5 is "holds up".
RATINGS: dict[str, tuple[int, str]] = {
    "consistent": (5, "Consistent with the reference data"),
    "compatible": (4, "Compatible: within a reference total that includes it"),
    "ambiguous": (3, "Ambiguous: fits several reference series"),
    "stale": (2, "Stale: matches an older figure"),
    "inconsistent": (1, "Inconsistent with the reference data"),
    "unverifiable": (0, "Unverifiable"),
}
COLUMNS = (
    "claim_id",
    "quantity_index",
    "article_id",
    "article_date",
    "article_title",
    "article_url",
    "article_source",
    "claimer",
    "stance",
    "hedged",
    "as_of",
    "sentence",
    "start",
    "end",
    "quantity",
    "value",
    "low",
    "high",
    "change",
    "unit",
    "party",
    "event",
    "frame_measure",
    "part",
    "aggregation",
    "period_days",
    "period_start",
    "period_end",
    "label",
    "reason",
    "measure",
    "best_series",
    "evidence_date",
    "evidence_value",
    "explanation",
    "notes",
    "evidence",
)


@dataclass(frozen=True, slots=True)
class ExportSummary:
    format: str
    rows: int
    path: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"format": self.format, "rows": self.rows, "path": self.path}


def rows(store: SQLStore) -> Iterator[dict[str, Any]]:
    """One flat row per claimed quantity (claims without quantities are left out)."""
    verdicts = {(v.claim_id, v.quantity_index): v for v in all_verdicts(store)}
    for row in store.claims(ClaimQuery(order="id", limit=1_000_000_000)):
        for qi, q in enumerate(row.quantities):
            yield _row(row, qi, q, verdicts.get((row.id, qi)))


def _row(row: ClaimRow, qi: int, q: Any, v: CheckResult | None) -> dict[str, Any]:
    c = row.claim
    best = v.evidence[0] if v and v.evidence else None
    f = q.frame
    return {
        "claim_id": row.id,
        "quantity_index": qi,
        "article_id": row.article_id,
        "article_date": row.article_date,
        "article_title": row.article_title,
        "article_url": row.article_url,
        "article_source": row.article_source,
        "claimer": c.claimer_name,
        "stance": c.stance,
        "hedged": c.hedged,
        "as_of": (f.as_of if f else None) or c.as_of,
        "sentence": c.text,
        "start": c.start,
        "end": c.end,
        "quantity": q.text,
        "value": q.value,
        "low": q.low,
        "high": q.high,
        "change": q.change,
        "unit": q.unit,
        "party": f.party if f else None,
        "event": f.event if f else None,
        "frame_measure": f.measure if f else None,
        "part": f.part if f else None,
        "aggregation": f.aggregation if f else None,
        "period_days": f.period_days if f else None,
        "period_start": f.period_start if f else None,
        "period_end": f.period_end if f else None,
        "label": v.label if v else None,
        "reason": v.reason if v else None,
        "measure": v.measure if v else None,
        "best_series": v.best_series if v else None,
        "evidence_date": best.date if best else None,
        "evidence_value": best.value if best else None,
        "explanation": v.explanation if v else None,
        "notes": " ".join(v.notes) if v else None,
        "evidence": json.dumps(v.to_dict()["evidence"], ensure_ascii=False) if v else None,
    }


def claim_review(r: dict[str, Any], *, author: str = "claimledger") -> dict[str, Any]:
    """One schema.org ClaimReview (JSON-LD) for an export row that has a verdict."""
    rating, name = RATINGS[r["label"]]
    appearance: dict[str, Any] = {"@type": "NewsArticle"}
    if r.get("article_url"):
        appearance["url"] = r["article_url"]
    if r.get("article_title"):
        appearance["headline"] = r["article_title"]
    if r.get("article_date"):
        appearance["datePublished"] = r["article_date"]
    if r.get("article_source"):
        appearance["publisher"] = {"@type": "Organization", "name": r["article_source"]}
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if r.get("claimer"):
        item["author"] = {"@type": "Organization", "name": r["claimer"]}
    if r.get("as_of"):
        item["datePublished"] = r["as_of"]
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "datePublished": datetime.now(UTC).date().isoformat(),
        "claimReviewed": r["sentence"],
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": author},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": rating,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": name,
            "ratingExplanation": r["explanation"],
        },
        "reviewBody": r["explanation"],
    }
    if r.get("article_url"):
        review["url"] = f"{r['article_url']}#claim-{r['claim_id']}-{r['quantity_index']}"
    return review


def claim_reviews(store: SQLStore, *, include_unverifiable: bool = False) -> list[dict[str, Any]]:
    out = []
    for r in rows(store):
        if r["label"] is None or (r["label"] == "unverifiable" and not include_unverifiable):
            continue
        if r["label"] == "unverifiable":
            review = claim_review({**r, "label": "unverifiable"})
            review["reviewRating"].pop("ratingValue")
            out.append(review)
        else:
            out.append(claim_review(r))
    return out


def _open_text(out: str | Path | IO[str]) -> tuple[IO[str], bool]:
    if isinstance(out, str | Path):
        return open(out, "w", encoding="utf-8", newline=""), True
    return out, False


def export(store: SQLStore, format: str, out: str | Path | IO[Any]) -> ExportSummary:
    """Write the ledger with its verdicts to ``out`` (a path, or a text stream; parquet
    needs a path or a binary stream)."""
    if format not in FORMATS:
        raise InputError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    path = str(out) if isinstance(out, str | Path) else None
    if format == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        data = list(rows(store))
        table = (
            pa.Table.from_pylist(data, schema=_schema(pa)) if data else _schema(pa).empty_table()
        )
        pq.write_table(table, out)
        return ExportSummary(format, len(data), path)
    stream, own = _open_text(out)
    n = 0
    try:
        if format == "jsonl":
            for r in rows(store):
                stream.write(json_line(r) + "\n")
                n += 1
        elif format == "csv":
            w = csv.DictWriter(stream, fieldnames=list(COLUMNS))
            w.writeheader()
            for r in rows(store):
                w.writerow(r)
                n += 1
        else:
            reviews = claim_reviews(store)
            stream.write(json.dumps(reviews, ensure_ascii=False, indent=2) + "\n")
            n = len(reviews)
    finally:
        if own:
            stream.close()
    log.info("exported %d %s rows", n, format)
    return ExportSummary(format, n, path)


def _schema(pa: Any) -> Any:
    types = {
        "claim_id": pa.int64(),
        "quantity_index": pa.int32(),
        "hedged": pa.bool_(),
        "start": pa.int64(),
        "end": pa.int64(),
        "value": pa.float64(),
        "low": pa.float64(),
        "high": pa.float64(),
        "evidence_value": pa.float64(),
    }
    return pa.schema([(c, types.get(c, pa.string())) for c in COLUMNS])


def to_string(store: SQLStore, format: str) -> str:
    """The export as text (not for parquet)."""
    buf = io.StringIO()
    export(store, format, buf)
    return buf.getvalue()
