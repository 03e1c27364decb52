"""The pages as plain functions ``(store, params) -> dict``.

Each HTML page renders a template from the dict, and its ``.json`` twin returns the same
dict: one code path. No SQL here: the Store's methods, ``store.reads`` and the check and
link stages do the reading.
"""

from __future__ import annotations

from typing import Any, get_args
from urllib.parse import urlencode

from ..check import verdicts_for_claim
from ..link import reference_lines, resolve_measure, timeline_measures
from ..models import VerdictLabel
from ..present import article_entry, article_summary, claim_entry, marks, segments
from ..store import ClaimQuery, ClaimRow, SQLStore
from ..store import reads as queries
from ..store.listing import Total
from .encoded import ClaimCache, Encoded
from .params import ArticlesParams, ClaimsParams, TimelineParams

VERDICT_LABELS: tuple[str, ...] = get_args(VerdictLabel)
# Enough for any real article; bounds the work one article page can cause.
MAX_ARTICLE_CLAIMS = 5_000

__all__ = [
    "article_view",
    "articles_view",
    "claim_view",
    "claims_view",
    "timeline_view",
]


def _pages(page: int, limit: int, total: int, params: dict[str, Any]) -> dict[str, Any]:
    pages = max(1, -(-total // limit))
    keep = {k: v for k, v in params.items() if v not in (None, "") and k != "page"}

    def qs(n: int) -> str:
        return urlencode({**keep, "page": n})

    return {
        "page": page,
        "pages": pages,
        "limit": limit,
        "total": total,
        "next": qs(page + 1) if page < pages else None,
        "prev": qs(page - 1) if page > 1 else None,
    }


def _claim_pages(
    p: ClaimsParams, ids: list[int], more: bool, total: Total, params: dict[str, Any]
) -> dict[str, Any]:
    """Links to the next and previous pages by keyset (``after``/``before`` a claim id):
    each costs what the first page costs, however deep."""
    keep = {
        k: v
        for k, v in params.items()
        if v not in (None, "") and k not in ("page", "after", "before")
    }
    if p.before is not None:
        has_next, has_prev = True, more
    else:
        has_next, has_prev = more, p.after is not None or p.page > 1
    keyset = p.after is not None or p.before is not None
    return {
        "page": None if keyset else p.page,
        "pages": max(1, -(-total.n // p.limit)),
        "limit": p.limit,
        "total": total.n,
        "total_exact": total.exact,
        "next": urlencode({**keep, "after": ids[-1]}) if has_next and ids else None,
        "prev": urlencode({**keep, "before": ids[0]}) if has_prev and ids else None,
    }


def claims_view(
    store: SQLStore, p: ClaimsParams, *, cache: ClaimCache | None = None
) -> dict[str, Any]:
    """Claims matching the filters, most check-worthy first, one page of them.

    The page is read by keyset (``store.listing``); the total is kept or counted up to a
    cap (``total_exact``). Each claim's entry is encoded once and kept in ``cache``.
    """
    has_verdicts = queries.has_verdicts(store)
    query = ClaimQuery(
        claimer=p.claimer,
        q=p.q,
        entity=p.entity,
        since=p.since.isoformat() if p.since else None,
        until=p.until.isoformat() if p.until else None,
        min_score=p.min_score,
        order=p.order,
        limit=p.limit + 1,  # one more says whether there is a next page
        offset=p.offset,
        after=p.after,
        before=p.before,
    )
    page = queries.claims_page(store, query, p.verdict)
    total = page.total or Total(0)
    ids = list(page.ids)
    more = len(ids) > p.limit
    if more:
        ids = ids[1:] if p.before is not None else ids[: p.limit]
    labels = page.labels or {}
    entries = (cache or ClaimCache(0)).get_many(ids, lambda miss: _entries(store, miss))
    params = p.model_dump(mode="json")
    return {
        "query": params,
        "claims": [entries[i].plus(verdicts=labels.get(i, [])) for i in ids if i in entries],
        "pagination": _claim_pages(p, ids, more, total, params),
        "verdict_labels": list(VERDICT_LABELS),
        "verdicts_available": has_verdicts,
    }


def _entries(store: SQLStore, ids: list[int]) -> dict[int, Encoded]:
    """The listing entries of claims ``ids`` (without their verdicts), encoded."""
    rows = queries.claims(store, ClaimQuery(ids=tuple(ids), order="id", limit=len(ids)))
    out = {}
    for r in rows:
        d = claim_entry(r)
        del d["verdicts"]
        out[r.id] = Encoded.of(d)
    return out


def claim_view(store: SQLStore, claim_id: int) -> dict[str, Any]:
    """One claim: sentence, claimer and its resolution, quantities with bounds, verdicts,
    and the same claim in other articles."""
    row = store.claim(claim_id)
    article = store.article(row.article_id)
    a = row.attribution
    verdicts = [v.to_dict() for v in verdicts_for_claim(store, claim_id)]
    return {
        "claim": claim_entry(row, [str(v.get("label")) for v in verdicts]),
        "article": article_summary(article),
        "claimer": {
            "name": row.claim.claimer_name,
            "span": row.claim.claimer.to_dict() if row.claim.claimer else None,
            "resolution": a.resolution if a else None,
            "resolved_name": a.resolved_name if a else None,
            "attribution": a.kind if a else None,
            "cue": a.cue.text if a and a.cue else None,
            "stance": row.claim.stance,
            "stance_cue": row.claim.stance_cue.text if row.claim.stance_cue else None,
            "hedged": row.claim.hedged,
            "hedge": row.claim.hedge.text if row.claim.hedge else None,
            "kind": row.claim.claimer_kind,
            "how": row.claim.claimer_resolution,
        },
        "verdicts": verdicts,
        "related": queries.related_claims(store, claim_id),
        "context": _context(article.text, row.claim.start, row.claim.end),
    }


def _context(text: str, start: int, end: int, width: int = 240) -> dict[str, str]:
    """The claim's sentence with up to ``width`` characters either side ("…" where cut)."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    return {
        "before": ("…" if lo > 0 else "") + text[lo:start],
        "sentence": text[start:end],
        "after": text[end:hi] + ("…" if hi < len(text) else ""),
    }


def article_view(store: SQLStore, article_id: str) -> dict[str, Any]:
    """An article's text cut into highlight segments, with what each highlight holds, and
    its claims (the main claim first, then in text order)."""
    ex = store.extraction(article_id)
    rows = store.claims(ClaimQuery(article=ex.article.id, order="id", limit=MAX_ARTICLE_CLAIMS))
    ms = marks(ex, rows)
    labels = queries.verdict_labels_for(store, [r.id for r in rows])
    return {
        "article": {**article_summary(ex.article), "text": ex.article.text},
        "segments": segments(ex.article.text, ms),
        "marks": {m.id: m.to_dict() for m in ms},
        "claims": [claim_entry(r, labels.get(r.id)) for r in rows],
        "entities": [e.to_dict() for e in ex.entities],
        "counts": {
            "quantities": len(ex.quantities),
            "attributions": len(ex.attributions),
            "claims": len(rows),
            "entities": len(ex.entities),
        },
    }


def articles_view(store: SQLStore, p: ArticlesParams) -> dict[str, Any]:
    """Articles in the ledger, newest first."""
    total = store.count_articles()
    rows = store.articles(p.limit, p.offset) if p.offset < total else []
    mains = store.main_claims([a.id for a in rows])
    params = p.model_dump(mode="json")
    return {
        "articles": [article_entry(a, mains.get(a.id)) for a in rows],
        "pagination": _pages(p.page, p.limit, total, params),
    }


MAX_POINTS = 5_000
MARGIN_DAYS = 60


def timeline_view(store: SQLStore, p: TimelineParams) -> dict[str, Any]:
    """Claimed values of a measure (points, by claimer and outlet) against its reference
    series (lines).

    Points are the checked quantities read as the measure (``claimledger check`` records
    them), so the page reads stored rows only; at most ``MAX_POINTS``, evenly thinned.
    """
    available = True  # (the page says so when no series is stored)
    measures = timeline_measures(store)
    labels = {m["key"]: m["label"] for m in measures}
    if p.measure:
        measure: str | None = resolve_measure(p.measure)
    else:  # the measure with the most checked claims, else the first with a series
        counts = queries.measure_counts(store)
        measure = next((k for k in counts if k in labels), next(iter(labels), None))
    points: list[dict[str, Any]] = []
    total = 0
    series: list[dict[str, Any]] = []
    if available and measure:
        found = queries.verdicts_for_measure(store, measure)
        if p.subject:
            want = p.subject.lower()
            found = [x for x in found if (x["subject"] or "").lower() == want]
        total = len(found)
        if total > MAX_POINTS:
            step = total / MAX_POINTS
            found = [found[int(i * step)] for i in range(MAX_POINTS)]
        points = _with_values(store, found)
        points.sort(key=lambda x: (x["date"] or "", x["claim_id"], x["quantity_index"]))
        series = _series(store, measure, p.subject, [x["date"] for x in points if x["date"]])
    return {
        "available": available,
        "measure": measure,
        "label": labels.get(measure or "", measure),
        "subject": p.subject,
        "measures": measures,
        "points": points,
        "total_points": total,
        "thinned": total > len(points),
        "series": series,
        "summary": (
            f"{total:,} claimed value{'s' if total != 1 else ''}, {len(series)} reference series"
            if measure
            else None
        ),
    }


def _with_values(store: SQLStore, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each point with its quantity's value and bounds, sentence, article and outlet."""
    rows: dict[int, ClaimRow] = {}
    ids = sorted({x["claim_id"] for x in found})
    step = 10_000
    for i in range(0, len(ids), step):
        chunk = tuple(ids[i : i + step])
        for r in queries.claims(store, ClaimQuery(ids=chunk, order="id", limit=len(chunk))):
            rows[r.id] = r
    out = []
    for x in found:
        row = rows.get(x["claim_id"])
        if row is None:
            continue
        qi = x["quantity_index"]
        q = row.quantities[qi] if 0 <= qi < len(row.quantities) else None
        out.append(
            {
                **x,
                "date": x["date"] or row.claim.as_of,
                "value": q.value if q else None,
                "low": q.low if q else None,
                "high": q.high if q else None,
                "change": q.change if q else None,
                "claimer": x["claimer"] or row.claim.claimer_name,
                "sentence": row.claim.text,
                "article_id": row.article_id,
                "outlet": row.article_source,
            }
        )
    return out


def _series(
    store: SQLStore, measure: str, subject: str | None, dates: list[str]
) -> list[dict[str, Any]]:
    """The measure's reference series, each over the claims' dates widened by a margin."""
    import datetime as dt

    lo = hi = None
    if dates:
        margin = dt.timedelta(days=MARGIN_DAYS)
        lo = (dt.date.fromisoformat(min(dates)) - margin).isoformat()
        hi = (dt.date.fromisoformat(max(dates)) + margin).isoformat()
    return reference_lines(store, measure, subject, lo, hi)
