"""Verdicts: each quantified claim against every reference series that could fit.

A series could fit when it counts what the quantity counts (``measures.read_quantity``),
the losses of the same side, and has a value on or before the claim's as-of date. Each
candidate gets a ``Comparison``; the verdict is read off them (see ``decide``).
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field
from datetime import date as _date
from datetime import timedelta
from typing import Any

from ..models import Evidence, Quantity, Verdict, VerdictLabel
from ..store.base import ClaimRow
from .compare import (
    FIT_ORDER,
    LAG_DAYS,
    Claimed,
    Fit,
    compare,
    distance,
    fmt,
    rounding_step,
    rounding_tolerance,
)
from .measures import MEASURES, Reading, matches_publisher, read_quantity
from .series import Point, Series

log = logging.getLogger(__name__)

NOT_ASSERTED = {
    "denies": "denies",
    "disputes": "disputes",
    "questions": "questions",
    "promises": "promises",
    "orders": "orders",
}
# A figure below this share of every cumulative value is read as a count for a period.
PERIOD_SHARE = 0.05
_PERIOD = re.compile(
    r"\b(yesterday|today|overnight|this week|last week|this month|last month|per day|a day|"
    r"daily|in (?:the )?(?:past|last) (?:day|24 hours|week|month)|in (?:a|one) day|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.IGNORECASE,
)


def _period_words(text: str) -> str | None:
    m = _PERIOD.search(text)
    return m.group(0) if m else None


LOWER_BOUND_QUALIFIERS = ("more", "more than", "at least", "over")


@dataclass(frozen=True, slots=True)
class Comparison:
    """One reference series against one claimed figure, read as of the claim's date."""

    series: str
    series_name: str
    publisher: str
    basis: str
    measure: str
    subject: str | None
    date: str
    value: float
    qualifier: str | None
    fit: Fit
    distance: float
    lower_bound: bool
    publisher_match: bool
    unit: str | None = None
    lag_date: str | None = None  # a current match with a value a few days older
    stale_date: str | None = None  # an older value the claim matches (tightly)
    stale_value: float | None = None
    next_date: str | None = None  # for snapshot series: the first value after the claim date
    next_value: float | None = None
    definition: str = ""

    @property
    def holds(self) -> bool:
        return self.fit in ("tight", "loose", "holds")

    def evidence(self) -> Evidence:
        return Evidence(self.series, self.date, self.value, self.unit, self.qualifier)

    def to_dict(self) -> dict[str, Any]:
        return {
            "series": self.series,
            "series_name": self.series_name,
            "publisher": self.publisher,
            "basis": self.basis,
            "measure": self.measure,
            "subject": self.subject,
            "date": self.date,
            "value": self.value,
            "qualifier": self.qualifier,
            "fit": self.fit,
            "distance": round(self.distance, 6),
            "lower_bound": self.lower_bound,
            "publisher_match": self.publisher_match,
            "unit": self.unit,
            "lag_date": self.lag_date,
            "stale_date": self.stale_date,
            "stale_value": self.stale_value,
            "next_date": self.next_date,
            "next_value": self.next_value,
            "definition": self.definition,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Comparison:
        return cls(**{k: d.get(k) for k in cls.__slots__})  # type: ignore[arg-type,attr-defined]


@dataclass(frozen=True, slots=True)
class CheckResult:
    """A verdict on one quantity of one stored claim, with its evidence and reasoning."""

    claim_id: int
    quantity_index: int
    label: VerdictLabel
    explanation: str
    measure: str | None = None
    best_series: str | None = None
    evidence: tuple[Evidence, ...] = ()
    notes: tuple[str, ...] = ()
    comparisons: tuple[Comparison, ...] = ()
    claimer: str | None = None
    as_of: str | None = None
    quantity: str | None = None
    claimed: str | None = None
    reading: dict[str, Any] = field(default_factory=dict)

    def verdict(self) -> Verdict:
        """The core record (models.Verdict)."""
        return Verdict(
            self.claim_id,
            self.quantity_index,
            self.label,
            self.explanation,
            self.evidence,
            self.notes,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "quantity_index": self.quantity_index,
            "label": self.label,
            "explanation": self.explanation,
            "measure": self.measure,
            "best_series": self.best_series,
            "evidence": [
                {
                    "series": e.series,
                    "date": e.date,
                    "value": e.value,
                    "unit": e.unit,
                    "qualifier": e.qualifier,
                }
                for e in self.evidence
            ],
            "notes": list(self.notes),
            "comparisons": [c.to_dict() for c in self.comparisons],
            "claimer": self.claimer,
            "as_of": self.as_of,
            "quantity": self.quantity,
            "claimed": self.claimed,
            "reading": self.reading,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CheckResult:
        return cls(
            claim_id=int(d["claim_id"]),
            quantity_index=int(d["quantity_index"]),
            label=d["label"],
            explanation=d["explanation"],
            measure=d.get("measure"),
            best_series=d.get("best_series"),
            evidence=tuple(
                Evidence(
                    e["series"], e["date"], float(e["value"]), e.get("unit"), e.get("qualifier")
                )
                for e in d.get("evidence") or ()
            ),
            notes=tuple(d.get("notes") or ()),
            comparisons=tuple(Comparison.from_dict(c) for c in d.get("comparisons") or ()),
            claimer=d.get("claimer"),
            as_of=d.get("as_of"),
            quantity=d.get("quantity"),
            claimed=d.get("claimed"),
            reading=d.get("reading") or {},
        )


# -- comparing ----------------------------------------------------------------------------
def _days_before(d: str, n: int) -> str:
    return (_date.fromisoformat(d) - timedelta(days=n)).isoformat()


def compare_series(
    series: Series, claimed: Claimed, as_of: str, claimer: str | None
) -> Comparison | None:
    """Compare with the series' value as of ``as_of``; None when it has no value yet."""
    point = series.at(as_of)
    if point is None:
        return None
    publisher_match = matches_publisher(claimer, series.publisher_aliases, series.publisher)
    # A claim by the publisher repeats its own count: compare as a figure, even for Oryx.
    lower_bound = not publisher_match and (
        series.basis == "independent_lower_bound"
        or (point.qualifier or "").lower() in LOWER_BOUND_QUALIFIERS
    )
    fit = compare(claimed, point.value, lower_bound=lower_bound)
    lag_date: str | None = None
    stale: Point | None = None
    if not lower_bound and fit != "tight":
        window = _days_before(as_of, LAG_DAYS)
        for p in reversed(series.until(as_of)):
            if p is point:
                continue
            if compare(claimed, p.value) == "tight":
                if p.date >= window:
                    lag_date = p.date
                else:
                    stale = p
                break
            if (
                p.date < window
                and claimed.change in ("=", "~", "range")
                and (p.value < claimed.lower)
            ):
                # Cumulative series only grow: once below the claim, older values are lower.
                break
    nxt = series.after(as_of) if point.date < as_of else None
    return Comparison(
        series=series.id,
        series_name=series.name,
        publisher=series.publisher,
        basis=series.basis,
        measure=series.measure,
        subject=series.subject,
        date=point.date,
        value=point.value,
        qualifier=point.qualifier,
        fit="tight" if lag_date else fit,
        distance=distance(claimed, point.value),
        lower_bound=lower_bound,
        publisher_match=publisher_match,
        unit=series.unit,
        lag_date=lag_date,
        stale_date=stale.date if stale else None,
        stale_value=stale.value if stale else None,
        next_date=nxt.date if nxt else None,
        next_value=nxt.value if nxt else None,
        definition=series.definition,
    )


def candidates(series: list[Series], reading: Reading) -> list[Series]:
    """Series that count what the quantity counts, for the same side's losses."""
    out = []
    for s in series:
        if s.measure not in reading.measures:
            continue
        if reading.subject and s.subject and s.subject != reading.subject:
            continue
        out.append(s)
    return out


def _rank(c: Comparison) -> tuple[int, int, float]:
    # Point series before lower bounds, then how well it fits, then how close.
    return (0 if c.lower_bound else 1, FIT_ORDER[c.fit], -c.distance)


def _who(c: Comparison) -> str:
    return "Oryx" if c.publisher == "Oryx" else c.publisher


def _value_text(c: Comparison) -> str:
    q = f"{c.qualifier} " if c.qualifier and not c.lower_bound else ""
    return f"{q}{fmt(c.value)} {MEASURES.get(c.measure, c.measure)} on {c.date}"


def _basis_sentence(c: Comparison, claimer: str | None) -> str:
    if c.basis == "official_claim":
        if c.publisher_match:
            return (
                f"The {c.publisher} figure is {name(claimer)}'s own official claim: a match "
                "shows the article repeats that figure faithfully, not that it is "
                "independently verified."
            )
        return f"The {c.publisher} figure is an official claim, not independently verified."
    if c.basis == "independent_lower_bound":
        return (
            f"{_who(c)} counts only visually confirmed losses, an independent lower bound on "
            "the true number."
        )
    return ""


def _lower_bound_sentence(c: Comparison, claimed: Claimed) -> str:
    gap = ""
    if c.next_date:
        gap = f" (next snapshot {c.next_date}: {fmt(c.next_value)})"
    if c.fit == "fails":
        return (
            f"{_who(c)} had visually confirmed at least {fmt(c.value)} "
            f"{MEASURES.get(c.measure, c.measure)} by {c.date}{gap}, more than the claimed "
            f"{claimed.describe()}, so the claim understates even the confirmed minimum."
        )
    return (
        f"{_who(c)} had visually confirmed at least {fmt(c.value)} "
        f"{MEASURES.get(c.measure, c.measure)} by {c.date}{gap}, an independent lower bound that "
        "does not contradict the claim."
    )


def _wording_notes(reading: Reading, best: Comparison | None, measure: str | None) -> list[str]:
    notes = []
    if measure == "personnel" and reading.death_wording:
        notes.append(
            "Wording: the claim speaks of deaths (killed/dead), but the personnel series "
            "counts personnel losses (killed, wounded and otherwise put out of action), not "
            "deaths; it does not support the number killed."
        )
    if measure and measure != "personnel" and reading.destroy_wording:
        notes.append(
            "Wording: the claim says 'destroyed', but the series counts all losses, including "
            "damaged, abandoned and captured equipment."
        )
    return notes


def decide(
    row: ClaimRow, qi: int, q: Quantity, claimed: Claimed, reading: Reading, comps: list[Comparison]
) -> tuple[VerdictLabel, str, Comparison | None, list[str]]:
    """The label, explanation paragraph, best comparison and notes for one quantity."""
    claimer = row.claim.claimer_name
    as_of = row.claim.as_of or row.article_date
    who = name(claimer, start=True)
    said = f"{who}'s figure of {claimed.describe()} {counted(q, reading)}"
    all_point = [c for c in comps if not c.lower_bound]
    # When the claimer publishes a series, the verdict is about repeating it faithfully;
    # other point series are context.
    own = [c for c in all_point if c.publisher_match]
    point = own or all_point
    context = [c for c in all_point if c not in point]
    lower = [c for c in comps if c.lower_bound]
    lb_fail = [c for c in lower if c.fit == "fails"]
    holding = sorted((c for c in point if c.fit in ("tight", "loose")), key=_rank, reverse=True)
    tight = [c for c in holding if c.fit == "tight"]
    stale = sorted(
        (c for c in point if c.stale_date and c.fit != "tight"),
        key=lambda c: c.stale_date or "",
        reverse=True,
    )
    parts: list[str] = []
    label: VerdictLabel
    best: Comparison | None
    measures_holding = {c.measure for c in holding}
    if len(measures_holding) >= 2:
        label = "ambiguous"
        best = holding[0]
        why = _why_best(best, claimed)
        parts.append(
            f'{said} fits several series. It fits best the series "{best.series_name}", '
            f"{_value_text(best)}: {why}."
        )
        for c in holding[1:]:
            extra = ""
            if c.fit == "loose":
                extra = (
                    f"; {claimed.describe()} holds but is loose: a writer with {fmt(c.value)} "
                    f"would say {_natural(claimed, c.value)}"
                )
                if c.stale_date:
                    extra += (
                        f", and the claim matches that series' older value "
                        f"({fmt(c.stale_value)} on {c.stale_date})"
                    )
            parts.append(f'The series "{c.series_name}" also fits ({_value_text(c)}{extra}).')
    elif tight:
        label = "consistent"
        best = tight[0]
        consistent_with = (
            f"{name(claimer)}'s own reported figure"
            if best.publisher_match and claimer
            else "the series"
        )
        parts.append(
            f'{said} is consistent with {consistent_with}: the series "{best.series_name}" gives '
            f"{_value_text(best)}, {_within(best, claimed)}."
        )
        if best.lag_date:
            parts.append(
                f"It matches the value of {best.lag_date}, within the {LAG_DAYS}-day report lag."
            )
    elif stale:
        label = "stale"
        best = stale[0]
        parts.append(
            f"{said} matches an older value of {_sn(best)} better than the current "
            f"one: {fmt(best.stale_value)} on {best.stale_date} ({_gap(best.stale_date, as_of)} "
            f"days before the claim's date), against {_value_text(best)}."
        )
    elif holding:
        label = "consistent"
        best = holding[0]
        parts.append(
            f"{said} holds against {_sn(best)} ({_value_text(best)}), though the bound is loose."
        )
    elif point:
        label = "inconsistent"
        best = sorted(point, key=lambda c: c.distance)[0]
        parts.append(
            f"{said} does not match {_sn(best)}, which gives {_value_text(best)}; "
            f"{_outside(best, claimed)}."
        )
    elif lb_fail:
        label = "inconsistent"
        best = lb_fail[0]
    elif lower:
        label = "unverifiable"
        best = sorted(lower, key=_rank, reverse=True)[0]
        parts.append(
            f"{said} cannot be confirmed: no point series counts this for that date, only a "
            "lower bound."
        )
    else:
        label, best = "unverifiable", None
    if best is not None and not best.lower_bound:
        parts.append(_basis_sentence(best, claimer))
        for c in point:
            if c is not best and c not in holding and c.measure != best.measure:
                parts.append(
                    f"{_sn(c, start=True)} ({_value_text(c)}) does not fit: {_outside(c, claimed)}."
                )
    for c in context:
        verb = "fits" if c.fit in ("tight", "loose") else "does not fit"
        parts.append(f"Independently, {_sn(c)} gives {_value_text(c)}, which the claim {verb}.")
    if lb_fail and label != "inconsistent":
        label = "inconsistent"
        parts.append("However, the claim is below an independent minimum, so it is inconsistent:")
    for c in sorted(lower, key=lambda c: c.measure != (best.measure if best else None)):
        parts.append(_lower_bound_sentence(c, claimed))
        if c is (best if best and best.lower_bound else None):
            parts.append(_basis_sentence(c, claimer))
    measure = best.measure if best else (reading.measures[0] if reading.measures else None)
    notes = _wording_notes(reading, best, measure)
    if reading.source == "context":
        notes.append(
            "What is counted was read from the words after the number, not from the extracted unit."
        )
    if row.claim.hedged:
        notes.append("The claim is hedged in the article.")
    if reading.subject and not _subject_stated(reading):
        notes.append(
            f"Whose losses was assumed ({reading.subject}) from the claimer's side; the "
            "sentence does not say."
        )
    explanation = " ".join(p for p in [*parts, *notes] if p)
    return label, explanation, best, notes


def _sn(c: Comparison, *, start: bool = False) -> str:
    return f'{"The" if start else "the"} series "{c.series_name}"'


def _natural(claimed: Claimed, value: float) -> str:
    """How a writer would bound ``value`` at the claim's precision ("more than 14,000")."""
    step = rounding_step(claimed.value or 1)
    if claimed.change in (">", ">="):
        return (
            f"'{Claimed(claimed.change, math.floor(value / step) * step, None, None).describe()}'"
        )
    return f"'{Claimed(claimed.change, math.ceil(value / step) * step, None, None).describe()}'"


def name(claimer: str | None, *, start: bool = False) -> str:
    """A claimer's name inside a sentence ("the General Staff"), or "the article"."""
    n = (claimer or "the article").strip()
    if n.lower().startswith("the "):
        n = "the " + n[4:]
    return n[:1].upper() + n[1:] if start else n


def _gap(earlier: str | None, later: str | None) -> str:
    if not earlier or not later:
        return "?"
    return str((_date.fromisoformat(later[:10]) - _date.fromisoformat(earlier[:10])).days)


def _subject_stated(reading: Reading) -> bool:
    from .measures import SUBJECT_WORDS, words

    return any(w in SUBJECT_WORDS for w in words(reading.context))


def counted(q: Quantity, reading: Reading) -> str:
    """The counted noun as the article has it ("soldiers"), else the measure's label."""
    if q.unit:
        u = q.unit.strip()
        return u if u.endswith("s") or u in ("personnel", "aircraft", "equipment") else u + "s"
    return reading_label(reading)


def reading_label(reading: Reading) -> str:
    if not reading.measures:
        return ""
    m = reading.measures
    if len(m) == 1:
        return MEASURES.get(m[0], m[0])
    return "(read as " + " or ".join(MEASURES.get(x, x) for x in m) + ")"


def _why_best(c: Comparison, claimed: Claimed) -> str:
    if claimed.change in (">", ">=") and c.fit == "tight":
        return (
            f"{claimed.describe()} is the natural rounding down of {fmt(c.value)}, within one "
            "rounding step above the threshold"
        )
    if claimed.change in ("<", "<=") and c.fit == "tight":
        return f"{claimed.describe()} is the natural rounding up of {fmt(c.value)}"
    return _within(c, claimed)


def _within(c: Comparison, claimed: Claimed) -> str:
    if claimed.change in ("=", "~") and claimed.value is not None:
        tol = claimed.upper - claimed.value
        if tol < 1:
            return f"exactly {claimed.describe()}"
        return f"within the tolerance of {claimed.describe()} (+-{fmt(round(tol))})"
    if claimed.change == "range":
        return "inside the claimed range"
    return _why_best(c, claimed) if c.fit == "tight" else "on the claimed side of the bound"


def _outside(c: Comparison, claimed: Claimed) -> str:
    if claimed.change in ("=", "~", "range"):
        off = c.value - (claimed.value if claimed.value is not None else claimed.lower)
        pct = abs(off) / max(abs(c.value), 1.0) * 100
        return f"{fmt(abs(off))} ({pct:.1f}%) {'above' if off > 0 else 'below'} the claim"
    if claimed.change in (">", ">="):
        return f"{fmt(c.value)} is not {claimed.describe()}"
    return f"{fmt(c.value)} is not {claimed.describe()}"


def check_quantity(
    row: ClaimRow, qi: int, series: list[Series], quantity_starts: list[int] | None = None
) -> CheckResult:
    """Check quantity ``qi`` (index within the claim) of a stored claim against ``series``."""
    claim = row.claim
    q = row.quantities[qi]
    as_of = claim.as_of or row.article_date
    base = {
        "claim_id": row.id,
        "quantity_index": qi,
        "claimer": claim.claimer_name,
        "as_of": as_of,
        "quantity": q.text,
    }
    others = [x for x in (quantity_starts or [o.start for o in row.quantities]) if x != q.start]
    reading = read_quantity(claim, q, others)
    claimed = Claimed.of(q)

    def unverifiable(why: str, notes: tuple[str, ...] = ()) -> CheckResult:
        return CheckResult(
            label="unverifiable",
            explanation=why,
            measure=reading.measures[0] if reading.measures else None,
            notes=notes,
            claimed=claimed.describe() if claimed else q.text,
            reading=reading.to_dict(),
            **base,  # type: ignore[arg-type]
        )

    if claim.stance in NOT_ASSERTED:
        verb = NOT_ASSERTED[claim.stance]
        note = (
            f"The claimer {verb} this rather than asserting it, so it is not checked as an "
            "assertion of the figure."
        )
        return unverifiable(note, (note,))
    if claimed is None:
        return unverifiable(
            f"'{q.text}' states a change ({q.change}), not a level; the reference series are "
            "cumulative totals, so it is not checked."
        )
    if not reading.measures:
        return unverifiable(
            f"No reference series counts what '{q.text}' counts"
            f"{' (' + q.unit + ')' if q.unit else ''}; add one with `claimledger reference add`."
        )
    if not as_of:
        return unverifiable("The claim has no as-of date, so no reference value can be read.")
    cands = candidates(series, reading)
    comps = [
        c
        for c in (compare_series(s, claimed, as_of, claim.claimer_name) for s in cands)
        if c is not None
    ]
    if not comps:
        why = (
            f"No reference series for {reading_label(reading)}"
            f"{' (' + reading.subject + ' losses)' if reading.subject else ''} has a value on "
            f"or before {as_of}."
        )
        return unverifiable(why)
    period = _period_words(claim.text)
    points = [c for c in comps if not c.lower_bound]
    small = bool(points) and all(claimed.upper < PERIOD_SHARE * c.value for c in points)
    if period or small:
        why = (
            f"'{q.text}' reads as a count for a period or an event"
            + (f" ('{period}')" if period else "")
            + (
                f", far below the cumulative total ({_value_text(points[0])})"
                if small and points
                else ""
            )
            + "; the reference series are cumulative totals, so it is not checked against them."
        )
        return unverifiable(why, (why,))
    label, explanation, best, notes = decide(row, qi, q, claimed, reading, comps)
    ordered = sorted(comps, key=lambda c: (c is not best, -_rank(c)[0], -_rank(c)[1], c.distance))
    return CheckResult(
        label=label,
        explanation=explanation,
        measure=best.measure if best else reading.measures[0],
        best_series=best.series if best else None,
        evidence=tuple(c.evidence() for c in ordered),
        notes=tuple(notes),
        comparisons=tuple(ordered),
        claimed=claimed.describe(),
        reading=reading.to_dict(),
        **base,  # type: ignore[arg-type]
    )


def tolerance_for(value: float) -> float:
    """The rounding tolerance a plain figure gets (exposed for docs and tests)."""
    return rounding_tolerance(value)
