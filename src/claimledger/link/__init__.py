"""The same claim across articles: links, contradictions and timelines.

Library API:

- ``link_claims(store, *, embeddings=None) -> list[LinkGroup]``: link every quantified claim
  by a normalized key (claimer, measure, subject) and record the links. With the ``embed``
  extra installed (or ``embeddings=True``), quantities whose measure the lexicon cannot read
  join the group of the most similar claim sentence of the same claimer.
- ``related_claims(store, claim_id) -> list[dict]``: the other claims of its groups, read from
  the stored links (``store.reads.related_claims``: one implementation for the CLI and web).
- ``contradictions(store) -> list[Contradiction]``
- ``timeline(store, measure, subject=None) -> dict``: claimed points beside reference lines.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import date as _date
from datetime import timedelta
from typing import Any

from ..check import reference_series
from ..check.compare import Claimed, fmt
from ..check.measures import MEASURES, canonical_claimer, measures_in
from ..check.verdicts import PART_MEASURES, PERIOD_SHARE
from ..store import ClaimQuery, ClaimRow, SQLStore
from ..store import links as link_sql
from ..store import verdicts as verdict_sql
from ..store.reads import related_claims
from . import embed

log = logging.getLogger(__name__)

__all__ = [
    "CONTRADICTION_MARGIN",
    "CROSS_CLAIMER_DAYS",
    "Contradiction",
    "LinkGroup",
    "LinkedClaim",
    "contradictions",
    "link_claims",
    "related_claims",
    "timeline",
]

# Two figures contradict when their intervals are further apart than this share of the
# larger one (cumulative counts grow between reports), or, for one claimer on one date,
# when the intervals do not overlap at all.
CONTRADICTION_MARGIN = 0.10
# Cumulative counts grow between reports: two claimers' totals are compared only when their
# dates are this close (periods must be the same period).
CROSS_CLAIMER_DAYS = 7
# Measures whose frames can be compared: the series' measures and the parts of them that
# keep their own name (deaths, wounded). Other measures are free-form nouns.
COMPARABLE = frozenset(MEASURES) | frozenset(PART_MEASURES)
ASSERTING = ("asserts", "admits")
DENYING = ("denies", "disputes")


@dataclass(frozen=True, slots=True)
class LinkedClaim:
    """One quantity of one claim, with the key that links it to others."""

    claim_id: int
    quantity_index: int
    link_key: str
    claimer_key: str | None
    measure: str | None
    subject: str | None
    method: str  # "key" | "embedding" | "unit"
    claimer: str | None
    as_of: str | None
    article_id: str
    quantity: str
    change: str
    value: float | None
    low: float | None
    high: float | None
    stance: str
    sentence: str
    measures: tuple[str, ...] = ()  # every measure the words could mean
    aggregation: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    part: str | None = None
    bound: str | None = None

    def claimed(self) -> Claimed | None:
        change = self.bound or self.change
        if change in ("up", "down"):
            return None
        if self.value is None and self.low is not None and self.high is not None:
            return Claimed("range", None, self.low, self.high)
        if self.value is None:
            return None
        return Claimed(change, self.value, self.low, self.high)

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "quantity_index": self.quantity_index,
            "link_key": self.link_key,
            "claimer_key": self.claimer_key,
            "measure": self.measure,
            "subject": self.subject,
            "method": self.method,
            "claimer": self.claimer,
            "as_of": self.as_of,
            "article_id": self.article_id,
            "quantity": self.quantity,
            "change": self.change,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "stance": self.stance,
            "sentence": self.sentence,
            "measures": list(self.measures),
            "aggregation": self.aggregation,
            "period_start": self.period_start,
            "period_end": self.period_end,
            "part": self.part,
        }

    def frame_key(self) -> tuple[Any, ...]:
        """What two figures must share to be compared: party, measure, aggregation, period."""
        period = (self.period_start, self.period_end) if self.aggregation == "period" else None
        return (self.subject, self.measure, self.aggregation, period)


@dataclass(frozen=True, slots=True)
class LinkGroup:
    """Claims about the same measure from the same claimer, across articles, by date."""

    key: str
    claimer_key: str | None
    measure: str | None
    subject: str | None
    members: tuple[LinkedClaim, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "claimer_key": self.claimer_key,
            "measure": self.measure,
            "subject": self.subject,
            "articles": sorted({m.article_id for m in self.members}),
            "members": [m.to_dict() for m in self.members],
        }


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two figures for the same measure that cannot both hold."""

    kind: str  # "same_claimer" | "cross_claimer" | "denial"
    measure: str | None
    subject: str | None
    a: LinkedClaim
    b: LinkedClaim
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "measure": self.measure,
            "subject": self.subject,
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "explanation": self.explanation,
        }


def _rows(store: SQLStore) -> list[ClaimRow]:
    return store.claims(ClaimQuery(order="id", limit=1_000_000_000))


def _key(
    claimer_key: str | None,
    measure: str | None,
    subject: str | None,
    aggregation: str | None = None,
    days: int | None = None,
) -> str:
    agg = f"|{aggregation}{days or ''}" if aggregation and aggregation != "cumulative" else ""
    return f"{claimer_key or '?'}|{measure or '?'}|{subject or '?'}{agg}"


def _items(store: SQLStore) -> list[LinkedClaim]:
    """Every quantity of every claim, keyed by its claimer and frame (not yet
    embedding-linked). A quantity without a frame, or whose frame names no measure, is
    keyed by its unit alone."""
    out = []
    for row in _rows(store):
        for qi, q in enumerate(row.quantities):
            f = q.frame
            measure = f.measure if f else None
            method = "key"
            if measure is None and q.unit:
                measure, method = f"unit:{q.unit.lower()}", "unit"
            ckey = canonical_claimer(row.claim.claimer_name)
            party = f.party if f else None
            out.append(
                LinkedClaim(
                    claim_id=row.id,
                    quantity_index=qi,
                    link_key=(
                        _key(ckey, measure, party, f.aggregation if f else None, _days_of(f))
                        if measure
                        else ""
                    ),
                    claimer_key=ckey,
                    measure=measure,
                    subject=party,
                    method=method,
                    claimer=row.claim.claimer_name,
                    as_of=(f.as_of if f else None) or row.claim.as_of or row.article_date,
                    article_id=row.article_id,
                    quantity=q.text,
                    change=q.change,
                    value=q.value,
                    low=q.low,
                    high=q.high,
                    stance=row.claim.stance,
                    sentence=row.claim.text,
                    measures=(measure,) if measure and method == "key" else (),
                    aggregation=f.aggregation if f else None,
                    period_start=f.period_start if f else None,
                    period_end=f.period_end if f else None,
                    part=f.part if f else None,
                    bound=f.bound if f else None,
                )
            )
    return out


def _days_of(f: Any) -> int | None:
    return f.period_days if f is not None and f.aggregation == "period" else None


def _embed_link(items: list[LinkedClaim]) -> list[LinkedClaim]:
    """Give unkeyed quantities the key of the most similar keyed sentence of the same claimer."""
    from dataclasses import replace

    loose = [i for i, it in enumerate(items) if not it.link_key]
    if not loose:
        return items
    sims = embed.similarities([it.sentence for it in items])
    out = list(items)
    for i in loose:
        best, best_sim = None, embed.PARAPHRASE_THRESHOLD
        for j, other in enumerate(items):
            if j == i or not other.link_key or other.claimer_key != items[i].claimer_key:
                continue
            if sims[i][j] >= best_sim:
                best, best_sim = other, sims[i][j]
        if best is not None:
            out[i] = replace(
                items[i],
                link_key=best.link_key,
                measure=best.measure,
                subject=items[i].subject or best.subject,
                method="embedding",
            )
            log.debug("paraphrase link %s -> %s (%.2f)", items[i].claim_id, best.claim_id, best_sim)
    return out


def link_claims(store: SQLStore, *, embeddings: bool | None = None) -> list[LinkGroup]:
    """Link the ledger's quantified claims across articles and record the links.

    ``embeddings``: None uses them when the ``embed`` extra is importable; True requires it.
    """
    items = _items(store)
    use = embed.available() if embeddings is None else embeddings
    if use:
        try:
            items = _embed_link(items)
        except Exception as exc:  # a broken optional install must not stop linking
            if embeddings:
                raise
            log.warning("sentence embeddings unavailable (%s); linking by key only", exc)
    keyed = [it for it in items if it.link_key]
    link_sql.replace_links(store, [it.to_dict() for it in keyed])
    return _groups(keyed)


def _groups(items: list[LinkedClaim]) -> list[LinkGroup]:
    by_key: dict[str, list[LinkedClaim]] = defaultdict(list)
    for it in items:
        by_key[it.link_key].append(it)
    groups = []
    for key, members in sorted(by_key.items()):
        members.sort(key=lambda m: (m.as_of or "", m.claim_id, m.quantity_index))
        m0 = members[0]
        groups.append(LinkGroup(key, m0.claimer_key, m0.measure, m0.subject, tuple(members)))
    return groups


def _linked(store: SQLStore) -> list[LinkedClaim]:
    """The items with their stored keys (linking first when nothing is stored)."""
    stored = {(r["claim_id"], r["quantity_index"]): r for r in link_sql.load_links(store)}
    if not stored:
        return [m for g in link_claims(store) for m in g.members]
    from dataclasses import replace

    out = []
    for it in _items(store):
        r = stored.get((it.claim_id, it.quantity_index))
        if r is not None:
            out.append(
                replace(it, link_key=r["link_key"], measure=r["measure"], method=r["method"])
            )
    return out


def _days(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    try:
        return abs((_date.fromisoformat(a[:10]) - _date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def apart(a: Claimed, b: Claimed, margin: float = 0.0) -> bool:
    """Whether two claimed intervals are further apart than ``margin`` of the larger value."""
    gap = max(a.lower - b.upper, b.lower - a.upper)
    scale = max(abs(x) for x in (a.lower, a.upper, b.lower, b.upper) if abs(x) != float("inf"))
    return gap > margin * scale


def comparable(it: LinkedClaim) -> bool:
    """Whether a figure's frame is complete enough to contradict another: a known party,
    a measure of the series' vocabulary (not a part of one, not a vague amount), a total or
    a stated period, and a date."""
    return bool(
        it.subject
        and it.measure in COMPARABLE
        and not it.part
        and it.aggregation in ("cumulative", "period")
        and (it.aggregation != "period" or (it.period_start and it.period_end))
        and it.as_of
        and it.claimed() is not None
    )


def _far_apart(a: Claimed, b: Claimed) -> bool:
    """Two figures more than 1 / ``PERIOD_SHARE`` times apart: one of them is far more
    likely a figure of another frame (a day's count, a breakdown) than a rival total."""
    lo, hi = sorted((_centre(a), _centre(b)))
    return 0 < lo < PERIOD_SHARE * hi


def _centre(c: Claimed) -> float:
    if c.value is not None:
        return c.value
    return ((c.low or 0.0) + (c.high or 0.0)) / 2


def contradictions(store: SQLStore) -> list[Contradiction]:
    """Incompatible figures whose frames match: the same party, measure and aggregation,
    the same period for period counts, and dates close enough for totals (one claimer on
    one date, or two claimers within ``CROSS_CLAIMER_DAYS``); or a figure one source
    asserts and another denies."""
    items = [it for it in _linked(store) if comparable(it)]
    by_frame: dict[tuple[Any, ...], list[LinkedClaim]] = defaultdict(list)
    for it in items:
        by_frame[it.frame_key()].append(it)
    out: list[Contradiction] = []
    for key, group in sorted(by_frame.items(), key=lambda kv: str(kv[0])):
        subject, measure = key[0], key[1]
        group.sort(key=lambda m: (m.as_of or "", m.claim_id, m.quantity_index))
        label = MEASURES.get(measure or "", measure or "?")
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.claim_id == b.claim_id:
                    continue
                ca, cb = a.claimed(), b.claimed()
                assert ca is not None and cb is not None
                days = _days(a.as_of, b.as_of)
                if days is None:
                    continue
                near = days == 0 if a.aggregation == "period" else days <= CROSS_CLAIMER_DAYS
                same = a.claimer_key is not None and a.claimer_key == b.claimer_key
                a_says = a.stance in ASSERTING
                b_says = b.stance in ASSERTING
                if a_says != b_says and (a.stance in DENYING or b.stance in DENYING):
                    if near and not apart(ca, cb):
                        yes, no = (a, b) if a_says else (b, a)
                        out.append(
                            Contradiction(
                                "denial",
                                measure,
                                subject,
                                yes,
                                no,
                                f"{yes.claimer or 'One source'} asserts {yes.quantity} {label} "
                                f"({yes.as_of}) while {no.claimer or 'another'} "
                                f"{no.stance.removesuffix('s')}s it ({no.as_of}).",
                            )
                        )
                    continue
                if not (a_says and b_says):
                    continue
                if _far_apart(ca, cb):
                    continue  # one of them is likely a count for a period read as a total
                if same and days == 0 and a.article_id != b.article_id and apart(ca, cb):
                    out.append(
                        Contradiction(
                            "same_claimer",
                            measure,
                            subject,
                            a,
                            b,
                            f"{a.claimer or a.claimer_key} is quoted with {ca.describe()} and "
                            f"{cb.describe()} {label} for the same date ({a.as_of}) in "
                            f"articles {a.article_id} and {b.article_id}.",
                        )
                    )
                elif (
                    not same
                    and a.claimer_key
                    and b.claimer_key
                    and near
                    and apart(ca, cb, CONTRADICTION_MARGIN)
                ):
                    out.append(
                        Contradiction(
                            "cross_claimer",
                            measure,
                            subject,
                            a,
                            b,
                            f"{a.claimer} says {ca.describe()} {label} ({a.as_of}) but "
                            f"{b.claimer} says {cb.describe()} ({b.as_of}), "
                            f"more than {int(CONTRADICTION_MARGIN * 100)}% apart.",
                        )
                    )
    return out


def resolve_measure(measure: str) -> str:
    """A measure key, or a word for one ("soldiers" -> "personnel")."""
    if measure in MEASURES:
        return measure
    found = measures_in(measure)
    return found[0] if found else measure


def timeline(
    store: SQLStore, measure: str, subject: str | None = None, *, margin_days: int = 60
) -> dict[str, Any]:
    """Claimed values over time beside the reference series of ``measure`` (JSON-ready).

    ``claims``: one point per claimed total whose frame is this measure (and ``subject``,
    when given): date, value or bounds, claimer, verdict. Counts for a period, parts of the
    measure (deaths against personnel losses) and stocks are left out.
    ``series``: each reference series as ``[[date, value], ...]`` over the claims' dates
    widened by ``margin_days`` (the whole series when there are no claims).
    """
    key = resolve_measure(measure)
    verdicts = {
        (int(v["claim_id"]), int(v["quantity_index"])): v["label"]
        for v in verdict_sql.load_verdicts(store)
    }
    points = []
    for it in _items(store):
        # Only totals whose frame is this measure's: a count for a day, a part (deaths, one
        # region) or a stock plotted beside a cumulative series would mislead.
        if it.measure != key or it.aggregation != "cumulative" or it.part:
            continue
        if subject and it.subject != subject:
            continue
        c = it.claimed()
        points.append(
            {
                "claim_id": it.claim_id,
                "quantity_index": it.quantity_index,
                "date": it.as_of,
                "value": it.value,
                "low": c.lower if c and c.lower != float("-inf") else None,
                "high": c.upper if c and c.upper != float("inf") else None,
                "change": it.change,
                "claimed": c.describe() if c else it.quantity,
                "claimer": it.claimer,
                "subject": it.subject,
                "article_id": it.article_id,
                "stance": it.stance,
                "verdict": verdicts.get((it.claim_id, it.quantity_index)),
                "sentence": it.sentence,
            }
        )
    points.sort(key=lambda p: (p["date"] or "", p["claim_id"]))
    dates: list[str] = [str(p["date"]) for p in points if p["date"]]
    lo = hi = None
    if dates:
        lo = (_date.fromisoformat(min(dates)) - timedelta(days=margin_days)).isoformat()
        hi = (_date.fromisoformat(max(dates)) + timedelta(days=margin_days)).isoformat()
    lines = reference_lines(store, key, subject, lo, hi)
    return {
        "measure": key,
        "label": MEASURES.get(key, key),
        "subject": subject,
        "range": [lo, hi],
        "claims": points,
        "series": lines,
        "summary": f"{len(points)} claimed values, {len(lines)} reference series"
        + (f", {fmt(len(dates))} dated" if dates else ""),
    }


def reference_lines(
    store: SQLStore, key: str, subject: str | None, lo: str | None, hi: str | None
) -> list[dict[str, Any]]:
    """The reference series of measure ``key`` (of ``subject``, any case, when given) as
    timeline lines: each series' points from ``lo`` to ``hi`` (ISO dates; None: open)."""
    lines = []
    for s in reference_series(store, key):
        if subject and s.subject and s.subject.lower() != subject.lower():
            continue
        pts = [
            [p.date, p.value]
            for p in s.points
            if (lo is None or p.date >= lo) and (hi is None or p.date <= hi)
        ]
        lines.append(
            {
                "id": s.id,
                "name": s.name,
                "publisher": s.publisher,
                "basis": s.basis,
                "subject": s.subject,
                "unit": s.unit,
                "definition": s.definition,
                "points": pts,
            }
        )
    return lines


def timeline_measures(store: SQLStore) -> list[dict[str, str]]:
    """Measures worth a timeline, as ``{"key", "label"}``: those of the stored reference
    series, labelled from the measure lexicon."""
    keys = sorted({s.measure for s in reference_series(store, with_points=False) if s.measure})
    return [{"key": k, "label": MEASURES.get(k, k)} for k in keys]
