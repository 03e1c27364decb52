"""Shared machinery for quantity test suites written by others (Recognizers-Text, quantulum3,
MeasEval): expected quantities, matching our output to them, pass rates per category.

A suite is a list of :class:`Case` (a text and what should be found in it). Each case is run
through the real quantity step (the pinned pipeline, then
:func:`claimledger.nlp.quantities.extract_quantities`); each expectation is paired one to one
with a prediction whose span overlaps it and whose value (and, where the suite states one,
bound and unit) agree. A case passes when every expectation is met and no prediction of the
suite's kind is left over. Suites keep their own conventions; where ours differ, the suite
module maps or skips the case by a written rule per category, never per case.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..models import Quantity
from ..settings import Settings
from .newsquant import singular
from .report import EvalReport, Row, prf

__all__ = [
    "ANY",
    "Case",
    "CaseResult",
    "Expect",
    "judge_case",
    "report",
    "run",
    "unit_agrees",
    "unit_class",
]

ANY = "*"  # an expectation's unit that any unit (or none) satisfies


@dataclass(frozen=True, slots=True)
class Expect:
    """One expected quantity: a span (end exclusive), a value or range, optional bound/unit.

    ``change`` None accepts any bound; ``unit`` :data:`ANY` accepts any unit, None asks for no
    measure unit (a counted noun is fine: the suites have no notion of one). ``pair`` lets a
    two-sided interval be met by two one-sided predictions with those bounds ("more than 10
    and less than 20": ``(">", "<")``) as well as by one range.
    """

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    change: str | None = None
    unit: str | None = ANY
    pair: tuple[str, str] | None = None  # bounds of two one-sided predictions that also do
    absorb: bool = False  # every prediction inside the span belongs to it (lists)


@dataclass(frozen=True, slots=True)
class Case:
    """A text, the category it is reported under, and what should be found."""

    text: str
    category: str
    expects: tuple[Expect, ...]
    # Which predictions left unpaired count against the case: a typed model (currency,
    # temperature) ignores the rest. None judges every prediction.
    judge: Callable[[Quantity], bool] | None = None
    source: str = ""


@dataclass(frozen=True, slots=True)
class CaseResult:
    case: Case
    tp: int
    fp: int
    fn: int
    passed: bool
    predictions: tuple[Quantity, ...] = ()
    misses: tuple[str, ...] = field(default_factory=tuple)


# ---------------------------------------------------------------- agreement


def close(a: float | None, b: float | None, rel: float = 1e-6) -> bool:
    if a is None or b is None:
        return False
    return a == b or abs(a - b) <= rel * max(abs(a), abs(b), 1e-12)


_SPELLING = [
    (re.compile(r"metre"), "meter"),
    (re.compile(r"litre"), "liter"),
    (re.compile(r"\bpercentage\b|\bper ?cent\b|%"), "percent"),
    (re.compile(r"\bdeg(?:ree)?s?\b"), "degree"),
    (re.compile(r"\b(?:celcius|centigrade)\b"), "celsius"),
    (re.compile(r"\bfarenheit\b"), "fahrenheit"),
    (re.compile(r"\bpound sterling\b|\bpound-mass\b"), "pound"),
    (re.compile(r"\bpenny\b|\bpennies\b"), "pence"),
    (re.compile(r"\bunited states dollar\b|\bus dollar\b"), "dollar"),
    (re.compile(r"-"), " "),
]


def _words(unit: str) -> tuple[str, ...]:
    s = unit.lower().strip()
    for rx, rep in _SPELLING:
        s = rx.sub(rep, s)
    return tuple(singular(w) for w in re.findall(r"[a-zμµ°]+", s))


def _pint_forms(unit: str) -> list[str]:
    """Ways pint may read a unit as written: "m s−1" -> "m*s**-1", "degree celsius" ->
    "degree_celsius", "meter per second" -> "meter/second"."""
    u = unit.strip().replace("−", "-").replace("µ", "μ").replace("²", "**2").replace("³", "**3")
    u = u.replace("metre", "meter").replace("litre", "liter")
    u = re.sub(r"\b(?:cubic|cu\.?)\s+(\w+)", r"\1**3", u)
    u = re.sub(r"\b(?:square|sq\.?)\s+(\w+)", r"\1**2", u)
    u = re.sub(r"\s+per\s+", "/", u)
    u = re.sub(r"(?<=[A-Za-zμ°Å])(-?\d)\b", r"**\1", u)
    forms = []
    for v in (u, u.lower()):
        v = re.sub(r"(?i)celsius", "Celsius", re.sub(r"(?i)fahrenheit", "Fahrenheit", v))
        forms += [re.sub(r"\s+", "_", v), re.sub(r"\s+", "*", v)]
    return list(dict.fromkeys(forms))


@lru_cache(maxsize=2048)
def _pint_same(a: str, b: str) -> bool:
    from ..nlp.units import _registry

    ureg = _registry()
    for fa in _pint_forms(a):
        for fb in _pint_forms(b):
            try:
                ratio = ureg.Quantity(1.0, fa).to(fb).magnitude
            except Exception:  # pint raises many types for names it cannot read or convert
                continue
            if math.isfinite(ratio) and abs(ratio - 1.0) < 1e-6:
                return True
    return False


@lru_cache(maxsize=2048)
def _is_measure(unit: str) -> bool:
    """Whether ``unit`` is a measure (percent, currency, physical) rather than a counted noun."""
    from ..nlp.units import is_currency, pint_unit

    w = _words(unit)
    if not w:
        return False
    if w[0] in ("percent", "percentage", "point", "basis", "fold", "times") or is_currency(unit):
        return True
    return pint_unit(unit) is not None or _pint_same(unit, unit)


def unit_class(unit: str | None) -> str | None:
    """What kind of unit one of ours is: currency, percent, age, temperature, physical, or
    count (a counted noun or point-like idiom); None for no unit."""
    from ..nlp.units import is_currency

    if not unit:
        return None
    w = _words(unit)
    if unit.endswith(" of age"):
        return "age"
    if w and w[0] == "percent":
        return "percent"
    if is_currency(unit):
        return "currency"
    if w and w[0] in ("point", "percentage", "basis"):
        return "count"
    if w and w[0] == "degree":
        return "temperature"
    return "physical" if _is_measure(unit) else "count"


def unit_agrees(ours: str | None, theirs: str | None) -> bool:
    """Our unit against a suite's: equal after spelling folds, one's words inside the other's
    ("dollar" in "united states dollar"), or the same unit to pint ("milliliter" and
    "cubic centimeter"). A suite's missing unit accepts none or a counted noun."""
    if theirs == ANY:
        return True
    if theirs is None:
        return ours is None or not _is_measure(ours)
    if ours is None:
        return False
    a, b = _words(ours), _words(theirs)
    if a and b and (a == b or set(a) <= set(b) or set(b) <= set(a)):
        return True
    return _pint_same(ours, theirs)


_LOWER = (">", ">=")
_UPPER = ("<", "<=")


def _value_ok(q: Quantity, e: Expect) -> bool:
    if e.value is None and e.low is not None and e.high is not None:
        return q.value is None and close(q.low, e.low) and close(q.high, e.high)
    if e.value is None:  # a one-sided bound: its number sits in low or high
        v = e.low if e.low is not None else e.high
        return close(q.value, v)
    return close(q.value, e.value)


def _change_ok(q: Quantity, e: Expect) -> bool:
    return e.change is None or q.change == e.change


def _overlaps(q: Quantity, e: Expect) -> bool:
    return q.start < e.end and e.start < q.end


def _pair_meets(qs: Sequence[Quantity], e: Expect, used: set[int]) -> tuple[int, int] | None:
    """Two one-sided predictions that together state ``e``'s interval."""
    free = [(i, q) for i, q in enumerate(qs) if i not in used and _overlaps(q, e)]
    lows = [i for i, q in free if q.change in _LOWER and close(q.value, e.low)]
    highs = [i for i, q in free if q.change in _UPPER and close(q.value, e.high)]
    if e.pair:
        lows = [i for i in lows if qs[i].change == e.pair[0]]
        highs = [i for i in highs if qs[i].change == e.pair[1]]
    return (lows[0], highs[0]) if lows and highs else None


def judge_case(case: Case, preds: Sequence[Quantity]) -> CaseResult:
    """Pair ``case``'s expectations with ``preds``; count hits, misses and extras."""
    judged = list(preds)
    used: set[int] = set()
    tp = fn = 0
    misses: list[str] = []
    for e in case.expects:
        hit = None
        for i, q in enumerate(judged):
            if i in used or not _overlaps(q, e):
                continue
            if _value_ok(q, e) and _change_ok(q, e) and unit_agrees(q.unit, e.unit):
                hit = i
                break
        if hit is None and e.pair:
            pair = _pair_meets(judged, e, used)
            if pair is not None:
                used.update(pair)
                tp += 1
                continue
        if hit is None:
            fn += 1
            misses.append(case.text[e.start : e.end])
            continue
        used.add(hit)
        tp += 1
        if e.absorb:
            used.update(
                i
                for i, q in enumerate(judged)
                if i not in used and e.start <= q.start and q.end <= e.end
            )
    fp = sum(
        1 for i, q in enumerate(judged) if i not in used and (case.judge is None or case.judge(q))
    )
    return CaseResult(case, tp, fp, fn, fn == 0 and fp == 0, tuple(preds), tuple(misses))


# ---------------------------------------------------------------- running


def run(cases: Sequence[Case], settings: Settings | None = None) -> list[CaseResult]:
    """Parse every case text with the pinned pipeline and judge the quantity step's output."""
    from ..nlp.extract import Extractor
    from ..nlp.quantities import extract_quantities

    nlp = Extractor(settings or Settings()).nlp_for("en")
    out = []
    for case, doc in zip(cases, nlp.pipe(c.text for c in cases), strict=True):
        try:
            preds = list(extract_quantities(doc, raise_errors=True))
        except Exception as exc:  # a case that raises fails; the suite carries on
            n = len(case.expects)
            out.append(CaseResult(case, 0, 0, n, False, (), (f"raised {exc!r}",)))
            continue
        out.append(judge_case(case, preds))
    return out


def report(
    name: str, results: Iterable[CaseResult], skipped: dict[str, int], notes: Sequence[str] = ()
) -> EvalReport:
    """One row per category (and "all"): quantity P/R/F1 and the share of cases passed."""
    by_cat: dict[str, list[CaseResult]] = {}
    for r in results:
        by_cat.setdefault(r.case.category, []).append(r)
    rows = []
    every = [r for rs in by_cat.values() for r in rs]
    for cat, rs in [*sorted(by_cat.items()), ("all", every)]:
        tp = sum(r.tp for r in rs)
        p, rec, f = prf(tp, tp + sum(r.fp for r in rs), tp + sum(r.fn for r in rs))
        rows.append(Row(cat, p, rec, f, cases=len(rs), passed=sum(r.passed for r in rs)))
    skip_note = (
        "skipped by rule: " + ", ".join(f"{k} {v}" for k, v in sorted(skipped.items()))
        if skipped
        else "nothing skipped"
    )
    failures = [
        {
            "text": r.case.text,
            "category": r.case.category,
            "missed": list(r.misses),
            "predicted": [_brief(q) for q in r.predictions],
        }
        for r in every
        if not r.passed
    ]
    return EvalReport(
        name,
        tuple(rows),
        notes=(*notes, skip_note),
        extra={"skipped": skipped, "failures": failures},
    )


def _brief(q: Quantity) -> dict[str, Any]:
    return {
        "text": q.text,
        "value": q.value,
        "low": q.low,
        "high": q.high,
        "change": q.change,
        "unit": q.unit,
    }
