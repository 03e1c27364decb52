"""Read queries for listing pages: fast counts, batched loading, verdict filters, links.

Parameterized SQL (``?`` placeholders) through ``SQLStore.query``, the same on SQLite and
PostgreSQL. The web app reads through these; tests hold them equal to the Store's methods.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from dataclasses import replace
from typing import Any

from . import listing
from .base import ClaimQuery, ClaimRow
from .listing import Page, Total, ledger_size

__all__ = [
    "claims",
    "claims_page",
    "claims_total",
    "count_claims",
    "has_verdicts",
    "ledger_size",
    "measure_counts",
    "related_claims",
    "verdict_labels_for",
    "verdicts_for_measure",
]
from .sql import SQLStore


def has_verdicts(store: SQLStore) -> bool:
    """Whether this ledger has a verdicts table (written by ``claimledger check``)."""
    return store.has_table("verdicts")


def verdict_labels_for(store: SQLStore, claim_ids: list[int]) -> dict[int, list[str]]:
    """The verdict labels of each claim in ``claim_ids``, in quantity order (one query for
    a page of claims)."""
    return listing.verdict_labels(store, claim_ids)


def count_claims(store: SQLStore, query: ClaimQuery, verdict: str | None = None) -> int:
    """``store.count_claims`` (of claims with a ``verdict``, if given): the exact count."""
    return listing.claims_total(store, query, verdict, cap=None).n


_TOTALS: OrderedDict[tuple[Any, ...], Total] = OrderedDict()
_TOTALS_MAX = 1_024
_TOTALS_LOCK = threading.Lock()


def claims_total(store: SQLStore, query: ClaimQuery, verdict: str | None = None) -> Total:
    """How many claims match, for a listing page: kept totals where they answer, else a
    count that stops at ``listing.COUNT_CAP`` (``exact`` False past it).

    Remembered per process until the ledger gains a claim (the key holds the kept number
    of claims; claims are never changed or removed), so paging through one search counts
    it once. Verdict filters are not remembered: a check rewrites verdicts.
    """
    if verdict is not None:
        return listing.claims_total(store, query, verdict)
    key = _total_key(store, listing.ledger_size(store)[1], query)
    hit = _remembered(key)
    if hit is not None:
        return hit
    total = listing.claims_total(store, query)
    _remember(key, total)
    return total


def _total_key(store: SQLStore, kept: int | None, q: ClaimQuery) -> tuple[Any, ...]:
    filters = (q.claimer, q.article, q.q, q.entity, q.since, q.until, q.min_score, q.ids)
    return (listing.ledger_key(store), kept, filters)


def _remembered(key: tuple[Any, ...]) -> Total | None:
    with _TOTALS_LOCK:
        hit = _TOTALS.get(key)
        if hit is not None:
            _TOTALS.move_to_end(key)
        return hit


def _remember(key: tuple[Any, ...], total: Total) -> None:
    with _TOTALS_LOCK:
        _TOTALS[key] = total
        while len(_TOTALS) > _TOTALS_MAX:
            _TOTALS.popitem(last=False)


# Tries at a page while writers keep adding claims; the last one is used as it was read
# (its claimer filter and total then at most a few writes behind).
_TRIES = 3


def claims_page(store: SQLStore, query: ClaimQuery, verdict: str | None = None) -> Page:
    """A listing page with its total and verdict labels: what ``claims_total``,
    ``listing.select_ids`` and ``verdict_labels_for`` give, in one round trip to
    PostgreSQL in the steady state (``listing.read_page``).

    The counted totals are remembered as ``claims_total`` remembers them, under the
    number of claims this connection last saw (``store.seen_claims``); the page's
    statement says whether the ledger still holds that many, and the page is read again
    when it does not. Verdict filters are counted each time.
    """
    kept = store.seen_claims
    for attempt in range(_TRIES):
        known = None
        if verdict is None and kept is not None:
            known = _remembered(_total_key(store, kept, query))
        page = listing.read_page(
            store, query, verdict, kept=kept, count=known is None, labels=has_verdicts(store)
        )
        store.seen_claims = kept = page.kept
        if not page.stale or attempt == _TRIES - 1:
            break
    if page.total is None:  # counted before: remembered
        return replace(page, total=known)
    if verdict is None and not page.stale:
        _remember(_total_key(store, page.kept, query), page.total)
    return page


def claims(store: SQLStore, query: ClaimQuery, verdict: str | None = None) -> list[ClaimRow]:
    """``store.claims`` of claims with a ``verdict``, if given."""
    ids = store.main_first(query, listing.select_ids(store, query, verdict))
    return store.claim_rows(store.claim_rows_by_id(ids))


def measure_counts(store: SQLStore) -> dict[str, int]:
    """How many checked quantities each measure has (from the verdicts), most first."""
    if not has_verdicts(store):
        return {}
    return {
        str(m): int(n)
        for m, n in store.query(
            "SELECT measure, count(*) FROM verdicts WHERE measure IS NOT NULL"
            " GROUP BY measure ORDER BY count(*) DESC, measure"
        )
    }


MAX_RELATED = 200


def related_claims(store: SQLStore, claim_id: int) -> list[dict[str, Any]]:
    """Claims that share a stored link key with ``claim_id`` (``claimledger links``).

    Read-only and bounded: it reads the recorded links of this claim's keys only, never
    links the ledger (which writes, and reads every claim) on a page view.
    """
    from ..store import links as link_sql

    if not store._table_exists("claim_links"):
        return []
    members: dict[tuple[int, int], dict[str, Any]] = {}
    for key in link_sql.keys_for_claim(store, claim_id):
        for link in link_sql.load_links(store, key):
            if int(link["claim_id"]) != int(claim_id):
                members.setdefault((int(link["claim_id"]), int(link["quantity_index"])), link)
    if not members:
        return []
    ids = sorted({cid for cid, _ in members})[:MAX_RELATED]
    rows = {r.id: r for r in claims(store, ClaimQuery(ids=tuple(ids), order="id", limit=len(ids)))}
    out = []
    for (cid, qi), link in sorted(members.items()):
        row = rows.get(cid)
        if row is None:
            continue
        q = row.quantities[qi] if 0 <= qi < len(row.quantities) else None
        out.append(
            {
                "claim_id": cid,
                "quantity_index": qi,
                "text": row.claim.text,
                "claimer": row.claim.claimer_name,
                "as_of": row.claim.as_of,
                "article_id": row.article_id,
                "article_title": row.article_title,
                "article_source": row.article_source,
                "quantity": q.text if q else None,
                "measure": link.get("measure"),
                "subject": link.get("subject"),
                "method": link.get("method"),
                "link_key": link.get("link_key"),
            }
        )
    out.sort(key=lambda d: (d["as_of"] or "", d["claim_id"], d["quantity_index"]))
    return out


def verdicts_for_measure(store: SQLStore, measure: str) -> list[dict[str, Any]]:
    """Recorded verdicts of the totals whose frame counts ``measure`` (not a count for a
    period, not a part of the measure): claim and quantity, label, and the frame."""
    if not has_verdicts(store):
        return []
    out = []
    for cid, qi, label, chosen, detail in store.query(
        "SELECT claim_id, quantity_index, label, measure, detail FROM verdicts"
        " WHERE detail LIKE ? ORDER BY claim_id, quantity_index",
        (f'%"{measure}"%',),
    ):
        d = json.loads(detail) if detail else {}
        frame = d.get("reading") or {}
        if (
            frame.get("measure") != measure
            or frame.get("aggregation") != "cumulative"
            or frame.get("part")
        ):
            continue  # the LIKE matched elsewhere in the detail, or another frame
        out.append(
            {
                "claim_id": int(cid),
                "quantity_index": int(qi),
                "verdict": label,
                "measure": chosen,
                "subject": frame.get("subject"),
                "claimer": d.get("claimer"),
                "date": d.get("as_of"),
                "claimed": d.get("claimed"),
                "quantity": d.get("quantity"),
            }
        )
    return out
