"""Verdicts: a figure's frame against the reference series that measure the same thing.

A verdict other than ``unverifiable`` is given only when the figure's frame (see
:mod:`claimledger.nlp.frames`) lines up with a series: the same party (whose losses), a
measure the series counts (or a part of it), an aggregation the series can answer (a
cumulative total read on the as-of date, or a period read as the series' change over it),
and a known date. Everything else is ``unverifiable`` with a reason code and a sentence.

Which series answer depends on who claims (the project's checking guidelines, also in
docs/checking.md):

- a figure from Ukraine's side (its General Staff, ministry, military or leaders) is read
  against the General Staff series: a match shows the article repeats that official figure;
- a figure Oryx publishes is read against Oryx, as a figure (the snapshot on the date or up
  to three days before, or between two snapshots);
- anyone else's figure is consistent when it agrees with either series; it is inconsistent
  when the General Staff series measures it and it agrees with neither; against Oryx alone
  (a lower bound) only a figure below Oryx's count can be refuted.

A figure that counts part of what a series counts (deaths against personnel losses, which
include the wounded; one region; officers only) is ``compatible`` when it does not exceed the
series, and inconsistent only when it does.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date as _date
from datetime import timedelta
from typing import Any

from ..models import Evidence, Frame, Quantity, Verdict, VerdictLabel
from ..nlp.frames import ATTACK_NOUNS, side_of_claimer
from ..nlp.measures import MEASURES
from ..nlp.timex import WAR_START
from ..store.base import ClaimRow
from .compare import LAG_DAYS, Claimed, Fit, compare, distance, fmt, rounding_tolerance
from .series import Point, Series

log = logging.getLogger(__name__)

__all__ = [
    "PERIOD_SHARE",
    "SMALL_TOTAL_SHARE",
    "PART_MEASURES",
    "REASONS",
    "CheckResult",
    "Comparison",
    "check_quantity",
    "series_measures",
]

# A "cumulative" figure below this share of the series total, with no words that make it a
# total, is more likely a count for a period whose words the reader missed: not checked.
PERIOD_SHARE = 0.05
# Not called inconsistent: a "cumulative" figure below this share of the series total, with
# no words that make it a total ("a Ukrainian report that 41 aircraft had been destroyed",
# against 413 since the war began): a total that far off is rarer than a period unsaid.
SMALL_TOTAL_SHARE = 0.25
# Not called inconsistent: a figure this many times the series' value or more ("lost 1,080
# personnel and 25 tanks ..., bringing the total to more than 509,000", read as tanks): no
# count is that far from the one it tells of; the text more likely gives another thing's.
FAR_ABOVE = 10
# Read as the running total: a failing count for a month or less that is at least this
# share of the series total and over ten times the period's change ("On the anniversary it
# listed more than 6,500 armoured combat vehicles"): a total whose time words were read as a
# period.
TOTAL_SHARE = 0.5
# Oryx snapshots are a few days apart: a figure matches a snapshot up to this many days old.
SNAPSHOT_DAYS = 3
# Measures that count part of what a series measure counts (`captured`: equipment, Oryx's
# side of its total; soldiers taken prisoner are `prisoners`, which no series counts).
PART_MEASURES: dict[str, str] = {
    "killed": "personnel",
    "wounded": "personnel",
    "captured": "personnel",
    "missing": "personnel",
    "fuel_tanks": "vehicles_fuel_tanks",
}
# Measures that may mean several series measures: an exact match with any of them is read
# as that series' figure; otherwise the figure is read as a part of the first ("vehicles"
# without the fuel tanks the General Staff adds to them).
EITHER_MEASURES: dict[str, tuple[str, ...]] = {
    "vehicles": ("vehicles_fuel_tanks", "armoured_combat_vehicle"),
}
NOT_CHECKED_STANCES = ("promises", "orders", "questions")
_VAGUE = re.compile(
    r"^(?:(?:several|many|some|a few|few)\s+)?(?:tens of |hundreds of )?"
    r"(?:dozens|hundreds|thousands|millions|scores|lakhs|crores)\b",
    re.I,
)

# Why a figure is left unverifiable (a stable code, and what it means).
REASONS: dict[str, str] = {
    "no_frame": "the claim was extracted before claim frames; re-add the article",
    "stance": "the claimer promises, orders or asks rather than states a figure",
    "vague": "a vague amount ('thousands') states no figure to check",
    "change": "a change ('rose by', 'fell by') with no level to read against a series",
    "no_date": "the date the figure refers to is unknown",
    "prediction": (
        'a forecast for a time after the article, or a supposition ("suppose ..."), which no '
        "report can have given"
    ),
    "aggregation": "a stock, a rate or a share, which the series (losses over time) do not give",
    "no_measure": "no reference series counts what the figure counts",
    "no_party": "the text does not say whose the counted things are (whose losses, if losses)",
    "no_series_for_party": "no reference series counts this party's losses of this kind",
    "no_value": "the series has no value for that date",
    "small_total": "a small figure read as a total; it may count a period the text implies",
    "far_above": "ten times the series' value or more: it more likely counts something else",
    "old_figure": "it matches an older value of the series, not the one of its date",
    "lower_bound_only": "only a lower bound (Oryx) counts this, and the figure is above it",
    "part_of_lower_bound": "only a lower bound (Oryx) counts this, and the figure counts a part "
    "of it ('in the Zaporizhzhia offensive')",
    "period_is_total": "it matches the series' total, not its change over the stated period",
    "no_period_series": "no daily series gives this figure's period",
    "no_period_dates": "a count over a period whose days the text does not state "
    "('in less than a week')",
}


@dataclass(frozen=True, slots=True)
class Comparison:
    """One reference value (a level, or a change over a period) against the claimed figure."""

    series: str
    series_name: str
    publisher: str
    basis: str
    measure: str
    subject: str | None
    date: str
    value: float
    fit: Fit
    role: str  # "figure" | "lower_bound" | "part"
    qualifier: str | None = None
    from_date: str | None = None
    from_value: float | None = None
    distance: float = 0.0
    version: str | None = None
    imported_at: str | None = None
    unit: str | None = None
    definition: str = ""

    @property
    def holds(self) -> bool:
        return self.fit in ("tight", "loose", "holds")

    def evidence(self) -> Evidence:
        return Evidence(
            self.series,
            self.date,
            self.value,
            self.unit,
            self.qualifier,
            self.from_date,
            self.from_value,
            self.version,
            self.imported_at,
        )

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Comparison:
        fields: dict[str, Any] = {k: d.get(k) for k in cls.__slots__ if k in d}
        return cls(**fields)


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
    reason: str | None = None  # why unverifiable (a key of REASONS)
    aggregation: str | None = None
    period_days: int | None = None
    reading: dict[str, Any] = field(default_factory=dict)  # the frame; ``subject`` = party

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
            "evidence": [e.to_dict() for e in self.evidence],
            "notes": list(self.notes),
            "comparisons": [c.to_dict() for c in self.comparisons],
            "claimer": self.claimer,
            "as_of": self.as_of,
            "quantity": self.quantity,
            "claimed": self.claimed,
            "reason": self.reason,
            "aggregation": self.aggregation,
            "period_days": self.period_days,
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
            evidence=tuple(Evidence.from_dict(e) for e in d.get("evidence") or ()),
            notes=tuple(d.get("notes") or ()),
            comparisons=tuple(Comparison.from_dict(c) for c in d.get("comparisons") or ()),
            claimer=d.get("claimer"),
            as_of=d.get("as_of"),
            quantity=d.get("quantity"),
            claimed=d.get("claimed"),
            reason=d.get("reason"),
            aggregation=d.get("aggregation"),
            period_days=d.get("period_days"),
            reading=d.get("reading") or {},
        )


# -- what answers a frame -----------------------------------------------------------------
def series_measures(measure: str | None) -> tuple[tuple[str, ...], bool]:
    """The series measures that can check ``measure``, and whether it counts only a part."""
    if not measure:
        return (), False
    if measure in PART_MEASURES:
        return (PART_MEASURES[measure],), True
    if measure in EITHER_MEASURES:
        return EITHER_MEASURES[measure], True
    if measure == "casualties":
        return ("personnel",), False
    if measure in MEASURES:
        return (measure,), False
    return (), False


def claimer_side(name: str | None) -> str | None:
    """Who speaks, for choosing series: "ukraine" (its officials), "oryx", "russia", None."""
    if name and "oryx" in name.lower():
        return "oryx"
    return side_of_claimer(name)


def _day(d: str, n: int) -> str:
    return (_date.fromisoformat(d) + timedelta(days=n)).isoformat()


def _official(s: Series) -> bool:
    return s.basis == "official_claim"


def _oryx(s: Series) -> bool:
    return s.basis == "independent_lower_bound"


def _comparison(
    s: Series, point: Point, claimed: Claimed, fit: Fit, role: str, frm: Point | None = None
) -> Comparison:
    value = point.value - frm.value if frm is not None else point.value
    return Comparison(
        series=s.id,
        series_name=s.name,
        publisher=s.publisher,
        basis=s.basis,
        measure=s.measure,
        subject=s.subject,
        date=point.date,
        value=value,
        fit=fit,
        role=role,
        qualifier=point.qualifier,
        from_date=frm.date if frm else None,
        from_value=frm.value if frm else None,
        distance=distance(claimed, value),
        version=s.version,
        imported_at=s.imported_at,
        unit=s.unit,
        definition=s.definition,
    )


def _fit(claimed: Claimed, ref: float, part: bool) -> Fit:
    """How a claim fits a value; for a part, the series value bounds it from above (strictly
    past the two half-steps of rounding: a count of 36 is no part of a whole of 35)."""
    if part:
        return "holds" if claimed.lower < ref + rounding_tolerance(ref) else "fails"
    return compare(claimed, ref)


def _cumulative(
    s: Series, claimed: Claimed, as_of: str, part: bool, as_figure: bool, lag: bool = True
) -> list[Comparison]:
    """The series' level on ``as_of``, and (report lag) the levels of the days before; no
    lag when the text states the day (``lag`` False: "By Wednesday, the General Staff put
    losses at 54,810" is Wednesday's report, not Tuesday's)."""
    point = s.at(as_of)
    if point is None:
        return []
    window = _day(as_of, -(SNAPSHOT_DAYS if _oryx(s) else (LAG_DAYS if lag else 0)))
    if point.date < window and s.after(as_of) is None:
        return []  # a date after the series ends: its last value is not that day's
    if _oryx(s) and not as_figure:
        # An independent lower bound: only a figure below it is refuted, read at the oldest
        # snapshot of the window (the figure may be a few days old). A figure that is the
        # snapshot's own number is still a match.
        early = s.at(window) or point
        fit: Fit = "holds" if claimed.upper >= early.value else "fails"
        out = [_comparison(s, early, claimed, fit, "lower_bound")]
        if not part:
            out += [c for c in _cumulative(s, claimed, as_of, part, True) if c.fit == "tight"]
        return out
    out = [
        _comparison(
            s, point, claimed, _fit(claimed, point.value, part), "part" if part else "figure"
        )
    ]
    for p in reversed(s.until(as_of)):
        if p is point:
            continue
        if p.date < window:
            break
        out.append(
            _comparison(s, p, claimed, _fit(claimed, p.value, part), "part" if part else "figure")
        )
    if _oryx(s) and as_figure and claimed.value is not None:
        # between two snapshots around the date: the count passed the figure in between
        pts = s.points
        k = s.dates.index(point.date)
        for lo, hi in zip(pts[max(0, k - 3) : k + 1], pts[max(1, k - 2) : k + 2], strict=False):
            if hi.date >= window and lo.value <= claimed.value <= hi.value:
                out.append(_comparison(s, hi, claimed, "tight", "figure"))
                break
    return out


# The air force and air defence forces count what is shot down in the air for the whole
# country; the General Staff's daily rise of these measures repeats their count
_AIR_FORCE = re.compile(r"\bair\s+(?:force|defen[cs]e\s+forces?)\b", re.I)
_AERIAL = frozenset(["cruise_missile", "drone", "aircraft", "helicopter"])


def _air_force_count(f: Frame) -> bool:
    """Whether the figure is an air force's tally of what it shot down ("the Air Force said
    it shot down 60 of the 76 missiles"): less than the day's rise it is a part (the
    General Staff counts more drones than those shot down), equal to it it is that rise."""
    return bool(f.part and f.measure in _AERIAL and _AIR_FORCE.search(f.part))


_THIS_WEEK = re.compile(r"\bthis\s+week\b", re.I)
# "by the end of 2022", "at the close of December": through the last day, which the next
# day's report gives
# One day that the words do not place ("in a single day", "in one day")
_SOME_ONE_DAY = re.compile(r"(?:in|on|within|over)\s+(?:a|one)\s+(?:single\s+)?day", re.I)
# A level told through the end of a day: "by the end of 2022", and the war's milestones ("at
# the six-month mark", "six months into the war", "on the 100th day", "by the anniversary"),
# whose day's losses the next day's report gives
_THROUGH_DAY = re.compile(
    r"\b(?:end|close)\s+of\b|[- ]mark\b|\binto\s+(?:the|russia)|\d(?:st|nd|rd|th)\s+day\b"
    r"|\bday\s+\d|\banniversary\b",
    re.I,
)


def _period(
    s: Series, claimed: Claimed, f: Frame, part: bool, published: str | None = None
) -> list[Comparison]:
    """The series' change over the frame's period: the report dated the day after the
    period's last day, minus the report dated its first day (a General Staff report dated D
    covers day D-1). A count for a named day, month or year may also be read one report
    earlier: the sum of the reports published in it ("2,948 tanks in 2023" is the reports
    of 1 January to 31 December, 31 December 2022 to 31 December 2023 as totals). A count
    back from a report ("the past week") has no such second reading; a night's may be in
    the report of the morning after it or in the next."""
    start, end = _period_days(f)
    if start is None or end is None:
        return []
    # (shift of the first report, shift of the last)
    shifts = [(0, 0)]
    if f.part == "overnight" and start == end:
        # a night straddles two days: the report of the morning after it, or the next one,
        # may carry it (each is also read alone)
        shifts.extend([(1, 1), (0, 1)])
    if f.as_of == end:
        shifts.append((-1, -1))
    if (
        start == end
        and f.as_of == _day(end, 1)
        and f.period_span is not None
        and _SOME_ONE_DAY.fullmatch(f.period_span.text.strip())
    ):
        # "said on Saturday that it had shot down three Su-34s in a single day": the day
        # before the statement or the day of it, whose losses the next report gives (not a
        # count back from a report: "in the past day")
        shifts.append((1, 1))
    if f.period_span is not None and (
        _EXPLICIT_RANGE.search(f.period_span.text)
        # "Over the same period it listed 538 tanks" after "between June 4 and Thursday":
        # the range it takes up (a week or less is never read so: a six-day change is no
        # week's)
        or (_SAME_SPAN.search(f.period_span.text) and (f.period_days or 0) > 7)
    ):
        # "From January 1 to December 1, the General Staff recorded 382,120": the reports of
        # those two days, their difference
        shifts.append((0, -1))
    elif start != end and f.period_span is not None and _SINCE_DAY.match(f.period_span.text):
        # "2,600 since Monday" may sum the reports published since Monday, the first of
        # which covers Sunday
        shifts.append((-1, 0))
    starts = [start]
    if f.period_span is not None and _THIS_WEEK.search(f.period_span.text) and start != end:
        # "lost this week" in a round-up: the calendar week so far, or the seven days
        # to the report
        starts += [d for d in (_day(end, -6),) if d != start]
    published = published if published and len(published) == 10 else None
    # "In October, Russia lost 509 tanks" on October 31: the report of November 1 is not out
    # when the article is; a month or more still running is read against the reports of its
    # first day and of the article's (a day's or a week's count keeps its readings: its
    # losses may be in the next day's report, and a week is never six days)
    running = bool(published and _day(end, 1) > published and (f.period_days or 0) >= 28)
    if running:
        assert published is not None
        shifts = [k for k in shifts if _day(end, 1 + k[1]) <= published and k != (0, -1)]
        shifts.append((0, -1))
    elif (
        published
        and _day(end, 1) == published
        and start.endswith("-01")
        and (f.period_days or 0) > 7
        and (0, -1) not in shifts
    ):
        # "has added 18,400 this month" on the 25th: the month so far may be counted to the
        # report of the article's day or, written before it came out, to the day before's
        shifts.append((0, -1))
    if published and not running and (f.period_days or 0) >= 7 and f.part != "overnight":
        # (a week or more only: a day's or a night's count is also read in the next day's
        # report, whatever the article's date, as readers of the series read it)
        out_yet = [k for k in shifts if _day(end, 1 + k[1]) <= published]
        if out_yet and len(out_yet) < len(shifts):
            # "rose by 8,620 in the seven days to Monday, with 110 tanks ... added" in a
            # bulletin of that Monday: a reading that needs a report not yet out when the
            # article was is not the article's
            shifts = out_yet
    out = []
    for (k0, k1), first in ((k, st) for st in starts for k in shifts):
        hi = s.on(_day(end, 1 + k1))
        lo = s.on(_day(first, k0))
        if hi is not None and lo is None and _counts_from_war_start(s, start):
            # "2022: 106,720 troops": a period that takes in the war's start counts what
            # the series counts from it, its total at the period's end
            role = "part" if part else "figure"
            out.append(_comparison(s, hi, claimed, _fit(claimed, hi.value, part), role))
            continue
        if hi is None or lo is None:
            continue
        diff = hi.value - lo.value
        out.append(
            _comparison(s, hi, claimed, _fit(claimed, diff, part), "part" if part else "figure", lo)
        )
    p = s.on(end) or s.at(end)
    if p is not None and p.date < _day(end, -SNAPSHOT_DAYS):
        p = None  # (a snapshot series: one of the last few days)
    # "put total losses at 404,950 on Tuesday": a named day may date a total, the report of
    # that day; read so only when it fits tightly (a day's count is never within a rounding
    # step of the running total)
    if (
        start == end == f.as_of
        and not part
        and p is not None
        and _fit(claimed, p.value, False) == "tight"
    ):
        out.append(_comparison(s, p, claimed, "tight", "figure"))
    return out


def _counts_from_war_start(s: Series, start: str) -> bool:
    """Whether a period from ``start`` takes in the war's start and ``s`` counts from it (its
    first report within a week of the invasion, as the loss series' definitions say)."""
    war = WAR_START.isoformat()
    return start <= war and bool(s.dates) and war < s.dates[0] <= _day(war, 7)


_EXPLICIT_RANGE = re.compile(r"\b(?:from|between)\b.+\b(?:to|and|through|until)\b", re.I)
_SAME_SPAN = re.compile(r"\b(?:same|that)\s+(?:period|span|time|days|stretch)\b", re.I)
_SINCE_DAY = re.compile(r"since\s+(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)


def _period_days(f: Frame) -> tuple[str | None, str | None]:
    if f.period_start and f.period_end:
        return f.period_start, f.period_end
    if f.period_days and f.as_of:
        end = _day(f.as_of, -1)
        return _day(end, -(f.period_days - 1)), end
    return None, None


# -- the verdict --------------------------------------------------------------------------
def check_quantity(
    row: ClaimRow, qi: int, series: list[Series], quantity_starts: list[int] | None = None
) -> CheckResult:
    """Check quantity ``qi`` (index within the claim) of a stored claim against ``series``."""
    claim = row.claim
    q = row.quantities[qi]
    f = q.frame
    as_of = (f.as_of if f else None) or claim.as_of or row.article_date
    claimed = Claimed.of(q, f.bound if f else None)
    base: dict[str, Any] = {
        "claim_id": row.id,
        "quantity_index": qi,
        "claimer": claim.claimer_name,
        "as_of": as_of,
        "quantity": q.text,
        "claimed": claimed.describe() if claimed else q.text,
        "aggregation": f.aggregation if f else None,
        "period_days": f.period_days if f else None,
        "measure": f.measure if f else None,
        "reading": _reading(f),
    }

    def unverifiable(reason: str, why: str | None = None) -> CheckResult:
        text = why or f"'{q.text}' is not checked: {REASONS[reason]}."
        return CheckResult(label="unverifiable", explanation=text, reason=reason, **base)

    if f is None:
        return unverifiable("no_frame")
    if claim.stance in NOT_CHECKED_STANCES:
        return unverifiable(
            "stance",
            f"'{q.text}' is not checked: the claimer {claim.stance} rather than states it.",
        )
    if _VAGUE.match(q.text.strip()):
        return unverifiable(
            "vague", f"'{q.text}' is not checked: a vague amount states no figure to check."
        )
    if claimed is None:
        return unverifiable("change")
    if f.prediction:
        return unverifiable("prediction")
    if f.as_of is None and f.as_of_span is not None:
        # the text dates the figure, too vaguely for a day ("earlier this year"): the article's
        # own date is not the figure's
        return unverifiable(
            "no_date",
            f"'{q.text}' is not checked: the text dates it only as '{f.as_of_span.text}', "
            "which names no day to read the series on.",
        )
    if not as_of:
        return unverifiable("no_date")
    if f.aggregation not in ("cumulative", "period"):
        return unverifiable(
            "aggregation",
            f"'{q.text}' is not checked: it reads as {_aggregation_words(f)}, which the series "
            "(losses over time) do not give.",
        )
    measures, part = series_measures(f.measure)
    if not measures:
        return unverifiable(
            "no_measure",
            f"No reference series counts what '{q.text}' counts"
            f"{' (' + f.measure + ')' if f.measure else ''}; add one with "
            "`claimledger reference add`.",
        )
    part = part or bool(f.part)
    if not f.party:
        return unverifiable("no_party")
    # a figure the sentence gives another source for ("and Oryx's at 1,772") is that source's
    side = claimer_side(f.source or claim.claimer_name)
    if (
        side == "oryx"
        and f.measure == "armoured_combat_vehicle"
        and f.part == "infantry fighting vehicles"
        and any(s.measure == "infantry_fighting_vehicle" and s.subject == f.party for s in series)
    ):
        # Oryx's infantry fighting vehicles: its own row, read as a figure (to anyone else
        # they stay a part of the armoured vehicles)
        measures, part = ("infantry_fighting_vehicle",), False
        f = replace(f, part=None, part_span=None)
    own_row = {
        ("artillery", "self-propelled"): "self_propelled_artillery",
        ("artillery", "towed"): "towed_artillery",
        ("air_defence", "surface-to-air missile systems"): "surface_to_air_missile_system",
    }.get((f.measure or "", f.part or ""))
    if (
        side == "oryx"
        and own_row is not None
        and any(s.measure == own_row and s.subject == f.party for s in series)
    ):
        # Oryx's self-propelled or towed artillery, its surface-to-air missile systems: its
        # own rows, as for its IFVs
        measures, part = (own_row,), False
        f = replace(f, part=None, part_span=None)
    cands = [s for s in series if s.measure in measures and s.subject == f.party]
    if not cands:
        return unverifiable(
            "no_series_for_party",
            f"No reference series counts {f.party}'s {_label(measures[0])}, so '{q.text}' "
            "cannot be checked.",
        )
    if side == "ukraine" and any(_official(s) for s in cands):
        cands = [s for s in cands if _official(s)]
    elif side == "oryx" and any(_oryx(s) for s in cands):
        cands = [s for s in cands if _oryx(s)]
    all_cands = cands
    if f.aggregation == "period":
        cands = [s for s in cands if not _oryx(s)]
        if not cands:
            return unverifiable("no_period_series")
        if _period_days(f) == (None, None):
            within = f" ({f.period_span.text})" if f.period_span else ""
            return unverifiable(
                "no_period_dates",
                f"'{q.text}' counts a period whose days the text does not state{within}; "
                "no change of a series can be read for it.",
            )
    either = f.measure in EITHER_MEASURES

    def compared(f: Frame, cands: list[Series], as_of: str = as_of) -> list[Comparison]:
        comps: list[Comparison] = []
        for s in cands:
            # "vehicles": a part of the first series, or exactly the figure of another
            exact_only = either and s.measure != measures[0]
            s_part = part and not exact_only
            if f.aggregation == "cumulative":
                found = _cumulative(
                    s, claimed, as_of, s_part, as_figure=side == "oryx", lag=f.as_of_span is None
                )
                through = _day(as_of, 1)
                if (
                    f.as_of_span is not None
                    and (f.since is not None or _THROUGH_DAY.search(f.as_of_span.text))
                    and not _oryx(s)
                    and through <= (row.article_date or through)
                ):
                    # "from February 24 to December 31", "by the end of 2022", "six months
                    # into the war": the losses through that day, which the next day's
                    # report gives
                    found += _cumulative(s, claimed, through, s_part, side == "oryx", lag=False)
            else:
                found = _period(s, claimed, f, s_part, row.article_date)
            comps.extend(c for c in found if not exact_only or c.fit == "tight")
        return comps

    comps = compared(f, cands)
    if _total_read_as_period(f, claimed, comps, cands, as_of):
        # "On the anniversary it listed ... more than 6,500 armoured combat vehicles", read
        # as a day's count: a count as large as the running total is that total
        inherited = f.period_span is None and f.as_of_span is None
        f = replace(f, aggregation="cumulative", period_days=None, period_start=None)
        f = replace(f, period_end=None, period_span=None)
        base.update(aggregation="cumulative", period_days=None, reading=_reading(f))
        cands = all_cands
        comps = compared(f, cands)
        report_day = row.article_date or ""
        if inherited and report_day > as_of and not any(c.holds for c in comps):
            # its time came from a sentence before, whose day was read as its period ("Its
            # count passed one million on June 12. The General Staff also reported that
            # Russia had lost 42,046 drones"): the total may as well be the report's
            comps += compared(f, cands, report_day)
    if not comps:
        return unverifiable(
            "no_value",
            f"No reference series for {_label(measures[0])} ({f.party}) has a value for "
            f"{_period_words(f) or as_of}.",
        )
    return _decide(row, q, f, claimed, part, side, comps, cands, base, unverifiable)


def _total_read_as_period(
    f: Frame, claimed: Claimed, comps: list[Comparison], cands: list[Series], as_of: str
) -> bool:
    """Whether a failing count for a month or less is at least ``TOTAL_SHARE`` of the
    series' running total and over ten times the period's change: a total whose time words
    were read as a period."""
    if f.aggregation != "period" or (f.period_days or 0) > 31 or not comps:
        return False
    if any(c.holds for c in comps):
        return False
    change = max(c.value for c in comps)
    for s in cands:
        p = s.at(as_of)
        if p is not None and claimed.lower >= TOTAL_SHARE * p.value > 0:
            return claimed.lower > 10 * max(change, 1)
    return False


_ONE_ATTACK_PART = re.compile(r"\b" + ATTACK_NOUNS + "$", re.I)


def _decide(
    row: ClaimRow,
    q: Quantity,
    f: Frame,
    claimed: Claimed,
    part: bool,
    side: str | None,
    comps: list[Comparison],
    cands: list[Series],
    base: dict[str, Any],
    unverifiable: Callable[..., CheckResult],
) -> CheckResult:
    claimer = f.source or row.claim.claimer_name
    who = _name(claimer, start=True)
    figures = [c for c in comps if c.role in ("figure", "part")]
    lower = [c for c in comps if c.role == "lower_bound"]
    holding = [c for c in figures if c.holds]
    notes: list[str] = []
    # A part may still be the series' own figure under another word ("killed" for the
    # General Staff's personnel losses): an exact match is read as that figure. So is a
    # night's count that is the whole day's in the report ("176 drones downed overnight"),
    # and an air force's count of what it shot down that is the day's in the report.
    exact: list[Comparison] = [c for c in figures if c.role == "figure" and c.fit == "tight"]
    if (
        part
        and (
            not f.part
            or f.part == "overnight"
            or _air_force_count(f)
            # (one attack's toll that is the day's: "The General Staff later counted ... 37
            # cruise missiles destroyed in that attack")
            or _ONE_ATTACK_PART.search(f.part) is not None
        )
        and claimed.change != "range"
    ):
        # (not a range: "between 7,000 and 15,000 killed" that takes in the losses' total
        # is no repetition of it)
        for c in figures:
            if c.role == "part" and compare(claimed, c.value) == "tight":
                exact.append(c)
    label: VerdictLabel
    if exact:
        label, best = "consistent", _best(exact)
    elif holding and part:
        label, best = "compatible", holding[0]
        if (
            not f.part
            and f.since is None
            and f.aggregation == "cumulative"
            and claimed.upper < PERIOD_SHARE * best.value
        ):
            return unverifiable(
                "small_total",
                f"'{claimed.describe()}' is far below the total ({fmt(best.value)} on "
                f"{best.date}); it may count a period the text implies, so it is not read "
                "as part of the total.",
            )
    elif holding:
        label, best = "consistent", _best(holding)
    else:
        best_or_none = min(figures, key=lambda c: c.distance) if figures else None
        # (a figure far below the confirmed count is more likely a count for a period than
        # a total that understates it: see the small-total guard)
        lb_fail = [
            c
            for c in lower
            if not c.holds
            and (f.since is not None or claimed.upper >= PERIOD_SHARE * c.value)
            and not (part or f.part)  # a part ("in the Zaporizhzhia offensive") may be small
            # nor far below the official total: "a Ukrainian report that 41 aircraft had
            # been destroyed" is a raid's count, not a total under Oryx's 141
            and not (
                f.since is None
                and claimed.upper
                < SMALL_TOTAL_SHARE * (best_or_none.value if best_or_none else c.value)
            )
        ]
        if best_or_none is None and not lb_fail and not (part or f.part):
            small = [c for c in lower if not c.holds]
            if small:
                # (with no official series, the same holds against the confirmed count:
                # "the enemy has also lost 281 armoured combat vehicles", said of one
                # operation, is not a total under Oryx's 3,021)
                return unverifiable(
                    "small_total",
                    f"'{claimed.describe()}' is far below {_poss(_who(small[0]))} visually "
                    f"confirmed count ({fmt(small[0].value)} on {small[0].date}); it may count "
                    "a period or a place the text implies, so it is not called inconsistent.",
                )
        if best_or_none is None:
            if (part or f.part) and not lb_fail:
                return unverifiable(
                    "part_of_lower_bound",
                    f"{_poss(who)} figure of {claimed.describe()} counts only part of what "
                    f"{_poss(_who(lower[0]))} visually confirmed count ({fmt(lower[0].value)} on "
                    f"{lower[0].date}) counts; an independent lower bound on the whole can "
                    "neither confirm nor refute a part.",
                )
            if lb_fail:
                label, best = "inconsistent", lb_fail[0]
            else:
                return unverifiable(
                    "lower_bound_only",
                    f"{_poss(who)} figure of {claimed.describe()} is above {_poss(_who(lower[0]))} "
                    f"visually confirmed count ({fmt(lower[0].value)} on {lower[0].date}), an "
                    "independent lower bound that can neither confirm nor refute it.",
                )
        else:
            label, best = "inconsistent", best_or_none
        if best.role != "lower_bound" and not lb_fail:
            # (an independent count already above the figure refutes it whatever its date)
            guard = _guard(f, claimed, best, cands, part, claimer)
            if guard:
                return unverifiable(*guard)
        if lb_fail and label == "inconsistent":
            best = lb_fail[0]
    if row.claim.stance in ("denies", "disputes"):
        # the figure is the one denied or disputed, not the denier's own
        said = (
            f"The figure of {claimed.describe()} {_counted(f, q)}, which "
            f"{_name(claimer)} {row.claim.stance},"
        )
    else:
        said = f"{_poss(who)} figure of {claimed.describe()} {_counted(f, q)}"
    text = _explain(label, said, best, claimed, f, part, claimer)
    if f.part:
        notes.append(f"The figure counts only part of what the series counts ({f.part}).")
    deaths = f.measure == "killed" or (f.measure == "personnel" and f.event == "killed")
    if deaths and best.measure == "personnel":
        if label == "consistent":
            notes.append(_part_note(f, best))
        else:
            notes.append(
                "The series counts personnel losses (killed, wounded, captured and missing), "
                "so it bounds the number killed from above; it does not give the number killed."
            )
    if row.claim.stance in ("denies", "disputes"):
        notes.append(
            f"The claimer {row.claim.stance.removesuffix('s')}s this figure; the verdict is "
            "about the figure, not an assertion by the claimer."
        )
    if row.claim.hedged:
        notes.append("The claim is hedged in the article.")
    others: dict[str, Comparison] = {}
    for c in sorted(figures, key=lambda c: c.date, reverse=True):
        if c.series != best.series:
            others.setdefault(c.series, c)  # each other series once, at its latest value
    for c in list(others.values())[:2]:
        verb = "fits" if c.holds else "does not fit"
        text += f" {_sn(c, start=True)} gives {_value_text(c)}, which the figure {verb}."
    ordered = sorted(comps, key=lambda c: (c is not best, not c.holds, c.distance))
    return CheckResult(
        label=label,
        explanation=" ".join([text, *[n for n in notes if n]]),
        best_series=best.series,
        evidence=tuple(c.evidence() for c in ordered),
        notes=tuple(n for n in notes if n),
        comparisons=tuple(ordered),
        **{**base, "measure": best.measure if label != "compatible" else base["measure"]},
    )


def _guard(
    f: Frame,
    claimed: Claimed,
    best: Comparison,
    cands: list[Series],
    part: bool,
    claimer: str | None,
) -> tuple[str, str] | None:
    """Precision before coverage: reasons not to call a failing figure inconsistent."""
    assert best is not None
    if f.aggregation == "period":
        # The period words may not govern the figure: it is the cumulative total.
        for s in cands:
            p = s.at(f.as_of or best.date)
            if p is not None and compare(claimed, p.value) == "tight":
                return (
                    "period_is_total",
                    f"{claimed.describe()} matches the series' total on {p.date} "
                    f"({fmt(p.value)}), not its change over {_period_words(f)}; the period may "
                    "not apply to this figure.",
                )
        return None
    if best.value > 0 and claimed.lower >= FAR_ABOVE * best.value:
        return (
            "far_above",
            f"'{claimed.describe()}' is {claimed.lower / best.value:.0f} times the series' "
            f"value ({fmt(best.value)} on {best.date}); the figure more likely counts something "
            "else the text names, so it is not called inconsistent.",
        )
    if part:
        return None
    if f.since is None and claimed.upper < SMALL_TOTAL_SHARE * best.value:
        return (
            "small_total",
            f"'{claimed.describe()}' is far below the total ({fmt(best.value)} on "
            f"{best.date}); it may count a period the text implies, so it is not called "
            "inconsistent.",
        )
    if claimer_side(claimer) not in ("ukraine", None):
        return None  # a third party's figure that once was the series' is still far from it
    for s in cands:
        if s.id != best.series:
            continue
        for p in reversed(s.until(best.date)):
            if compare(claimed, p.value) == "tight":
                return (
                    "old_figure",
                    f"{claimed.describe()} matches the series' value of {p.date} "
                    f"({fmt(p.value)}), not the value of the claim's date ({fmt(best.value)} on "
                    f"{best.date}): the article may repeat an older figure.",
                )
            if p.value < claimed.lower:
                break  # cumulative series only grow: older values are lower still
    return None


def _best(holding: list[Comparison]) -> Comparison:
    """Tight before loose; among those, the value of the claim's own date (the latest)
    before an older one within the report lag, then the closest."""
    order = {"tight": 0, "holds": 1, "loose": 2}
    latest = max(c.date for c in holding)
    return sorted(holding, key=lambda c: (order.get(c.fit, 3), c.date != latest, c.distance))[0]


def _part_note(f: Frame, c: Comparison) -> str:
    return (
        "Wording: the text speaks of deaths, but the figure is the series' own: "
        f"{_sn(c)} counts personnel losses (killed, wounded, captured and missing), not only "
        "deaths, so the match does not support the number killed."
    )


def _explain(
    label: str,
    said: str,
    best: Comparison,
    claimed: Claimed,
    f: Frame,
    part: bool,
    claimer: str | None,
) -> str:
    ref = _value_text(best)
    if label == "consistent":
        whose = (
            f"{_poss(_name(claimer))} own reported figure"
            if best.basis == "official_claim" and claimer_side(claimer) == "ukraine"
            else "the series"
        )
        text = (
            f"{said} is consistent with {whose}: {_sn(best)} gives {ref}, {_within(best, claimed)}."
        )
        if best.basis == "official_claim":
            text += (
                f" The {best.publisher} figure is an official claim: a match shows the article "
                "repeats it faithfully, not that it is independently verified."
            )
        elif best.basis == "independent_lower_bound":
            text += f" {_who(best)} counts only visually confirmed losses."
        return text
    if label == "compatible":
        return (
            f"{said} counts part of what {_sn(best)} counts, which gives {ref}: the series "
            "bounds the figure from above, so it is compatible, though the series cannot "
            "confirm it exactly."
        )
    if best.role == "lower_bound":
        return (
            f"{said} is below what {_who(best)} had visually confirmed by {best.date} "
            f"({fmt(best.value)}), an independent lower bound: it understates even the "
            "confirmed minimum."
        )
    if part:
        return (
            f"{said} exceeds {_sn(best)}, which gives {ref} and counts more than the claim "
            "does: the part cannot be larger than the whole."
        )
    return f"{said} does not match {_sn(best)}, which gives {ref}; {_outside(best, claimed)}."


def _reading(f: Frame | None) -> dict[str, Any]:
    if f is None:
        return {}
    d = f.to_dict()
    d["subject"] = f.party
    return d


def _aggregation_words(f: Frame) -> str:
    return {"stock": "a stock (a holding at a moment)", "rate": "a rate or average"}.get(
        f.aggregation, "neither a total nor a count for a period"
    )


def _period_words(f: Frame) -> str:
    start, end = _period_days(f)
    if start and end:
        return start if start == end else f"{start} to {end}"
    return ""


def _label(measure: str) -> str:
    return MEASURES.get(measure, measure)


_UNCOUNTED = frozenset(
    # (and the people a participle or adjective names: "1,597 wounded", "498 dead")
    {"personnel", "aircraft", "equipment", "people", "military", "staff", "wounded", "injured"}
    | {"killed", "dead", "missing", "captured"}
)


def _counted(f: Frame, q: Quantity) -> str:
    if q.unit:
        return _plural(q.unit.strip())
    return _label(f.measure or "")


def _plural(noun: str) -> str:
    """The plural of a unit noun for explanations: "casualty" -> "casualties"."""
    last = noun.rsplit(" ", 1)[-1].lower()
    if last in _UNCOUNTED or last.endswith("s") and not last.endswith("ss"):
        return noun
    if last.endswith("y") and last[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    if last.endswith(("ss", "sh", "ch", "x", "z")):
        return noun + "es"
    if last in ("man", "woman") or last.endswith(("serviceman", "servicewoman")):
        return noun[:-2] + "en"
    return noun + "s"


def _who(c: Comparison) -> str:
    return "Oryx" if c.publisher == "Oryx" else c.publisher


def _sn(c: Comparison, *, start: bool = False) -> str:
    return f'{"The" if start else "the"} series "{c.series_name}"'


def _value_text(c: Comparison) -> str:
    what = MEASURES.get(c.measure, c.measure)
    if c.from_date:
        end = c.from_value + c.value if c.from_value is not None else None
        return (
            f"a rise of {fmt(c.value)} {what} between the reports of {c.from_date} and "
            f"{c.date} ({fmt(c.from_value)} to {fmt(end)})"
        )
    q = f"{c.qualifier} " if c.qualifier and c.role != "lower_bound" else ""
    return f"{q}{fmt(c.value)} {what} on {c.date}"


def _poss(name: str) -> str:
    """The possessive of a claimer's name: "Western officials'", "the General Staff's"."""
    return f"{name}'" if name.endswith("s") and not name.endswith("ss") else f"{name}'s"


def _name(claimer: str | None, *, start: bool = False) -> str:
    n = (claimer or "the article").strip()
    if n.lower().startswith("the "):
        n = "the " + n[4:]
    return n[:1].upper() + n[1:] if start else n


def _within(c: Comparison, claimed: Claimed) -> str:
    if claimed.change in ("=", "~") and claimed.value is not None:
        tol = claimed.upper - claimed.value
        if tol < 1:
            return f"exactly {claimed.describe()}"
        return f"within the tolerance of {claimed.describe()} (+-{fmt(round(tol))})"
    if claimed.change == "range":
        return "inside the claimed range"
    if claimed.change == "<=":
        return f"within 5% below the top of the estimate ({claimed.describe()})"
    if c.fit == "tight" and claimed.change in (">", ">="):
        return f"of which {claimed.describe()} is the natural rounding down"
    if c.fit == "tight":
        return f"of which {claimed.describe()} is the natural rounding up"
    return "on the claimed side of the bound, loosely"


def _outside(c: Comparison, claimed: Claimed) -> str:
    if claimed.change in ("=", "~", "range"):
        off = c.value - (claimed.value if claimed.value is not None else claimed.lower)
        pct = abs(off) / max(abs(c.value), 1.0) * 100
        return f"{fmt(abs(off))} ({pct:.1f}%) {'above' if off > 0 else 'below'} the claim"
    if claimed.change == "<=":
        return (
            f"{claimed.describe()} is the top of an estimate, and {fmt(c.value)} is not within "
            "5% below it"
        )
    return f"{fmt(c.value)} is not {claimed.describe()}"
