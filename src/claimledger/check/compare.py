"""Does a claimed figure hold against a reference value? Pure functions, documented tolerances.

Tolerances (docs/checking.md keeps the table; tests pin each row):

- **Rounding.** A figure written as 430,000 is read as rounded to its last non-zero digit
  (step 10,000). It holds when the reference is within half a step, capped at
  ``ROUNDING_CAP`` (2.5%) of the figure, so a one-digit figure such as 400,000 is not
  stretched to +-50,000. Integers that are not round get at least 0.5.
- **About** (``~``): the rounding tolerance or ``ABOUT_TOLERANCE`` (5%), whichever is larger.
- **Bounds** (``>``, ``>=``, ``<``): hold when the reference is on the claimed side of the
  threshold (``>`` strictly). A bound is *tight* when the reference lies within one rounding
  step of the threshold (13,058 for "over 13,000"), *loose* otherwise (14,198 would be
  reported as "over 14,000").
- **Top of an estimate** (``<=``: "up to", "as many as"): the speaker gives the high end of
  what happened, so it holds only when the reference lies within ``ABOUT_TOLERANCE`` (5%)
  below the figure (or on it): "as many as 80,000" does not hold against 42,340.
- **Ranges** hold when the reference lies within [low, high] widened by the rounding
  tolerance of each end.
- **Lower-bound series** (Oryx): the true count is at least the reference, so a claim holds
  unless its upper end is below the reference.
- **Report lag**: a match with a value up to ``LAG_DAYS`` (3) days older than the claim's date
  counts as current; an older match makes the claim *stale*.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from ..models import Quantity

ROUNDING_CAP = 0.025
ABOUT_TOLERANCE = 0.05
LAG_DAYS = 3

Fit = Literal["tight", "holds", "loose", "fails", "n/a"]


def rounding_step(value: float) -> float:
    """The rounding step a written figure implies: 430,000 -> 10,000; 433,090 -> 10; 12.5 -> 0.1."""
    v = abs(value)
    if v == 0:
        return 1.0
    if v != int(v):
        s = repr(v)
        decimals = len(s.split(".")[1]) if "." in s and "e" not in s else 1
        return 10.0 ** (-min(decimals, 6))
    n = int(round(v))
    step = 1
    while n % (step * 10) == 0:
        step *= 10
    return float(step)


def rounding_tolerance(value: float) -> float:
    """Half a rounding step, capped at ROUNDING_CAP of the figure, and at least 0.5."""
    step = rounding_step(value)
    return max(min(step / 2, ROUNDING_CAP * abs(value)), 0.5 if value == int(value) else 0.0)


def about_tolerance(value: float) -> float:
    return max(rounding_tolerance(value), ABOUT_TOLERANCE * abs(value))


@dataclass(frozen=True, slots=True)
class Claimed:
    """A claimed figure as an interval with how it was stated."""

    change: str  # = ~ > >= < <= range
    value: float | None
    low: float | None
    high: float | None

    @classmethod
    def of(cls, q: Quantity, change: str | None = None) -> Claimed | None:
        """None when the quantity is not a level a series can check. ``change``: the bound
        as the figure's frame reads it (a count of losses "lost 625 tanks" is a level even
        where the extractor saw a decrease)."""
        change = change or q.change
        if change in ("up", "down"):
            return None
        if q.value is None and q.low is not None and q.high is not None:
            return cls("range", None, q.low, q.high)
        if q.value is None:
            return None
        return cls(change, q.value, q.low, q.high)

    def describe(self) -> str:
        if self.change == "range":
            return f"{fmt(self.low)}-{fmt(self.high)}"
        words = {
            "=": "",
            "~": "about ",
            ">": "more than ",
            ">=": "at least ",
            "<": "fewer than ",
            "<=": "at most ",
        }
        return f"{words.get(self.change, '')}{fmt(self.value)}"

    @property
    def upper(self) -> float:
        """The largest value the claim allows (inf for "more than")."""
        if self.change == "range":
            assert self.high is not None
            return self.high + rounding_tolerance(self.high)
        assert self.value is not None
        if self.change in (">", ">="):
            return math.inf
        if self.change == "~":
            return self.value + about_tolerance(self.value)
        if self.change == "<":
            return self.value
        if self.change == "<=":
            return self.value + rounding_tolerance(self.value)
        return self.value + rounding_tolerance(self.value)

    @property
    def lower(self) -> float:
        if self.change == "range":
            assert self.low is not None
            return self.low - rounding_tolerance(self.low)
        assert self.value is not None
        if self.change == "<":
            return -math.inf
        if self.change == "<=":
            return self.value - about_tolerance(self.value)
        if self.change == "~":
            return self.value - about_tolerance(self.value)
        if self.change in (">", ">="):
            return self.value
        return self.value - rounding_tolerance(self.value)


def fmt(x: float | None) -> str:
    if x is None:
        return "?"
    return f"{int(x):,}" if x == int(x) else f"{x:,.2f}"


def compare(claimed: Claimed, ref: float, *, lower_bound: bool = False) -> Fit:
    """How a claimed figure fits one reference value.

    ``tight``: holds and says what the reference says (within rounding, or a tight bound);
    ``holds``: a lower-bound series that does not contradict the claim; ``loose``: a bound
    that holds but a writer with this figure would have said more; ``fails`` otherwise.
    """
    if lower_bound:
        # The true count is at least ``ref``: only a claim whose upper end is below it fails.
        return "holds" if claimed.upper >= ref else "fails"
    c = claimed.change
    v = claimed.value
    if c == "range":
        return "tight" if claimed.lower <= ref <= claimed.upper else "fails"
    assert v is not None
    if c in ("=", "~"):
        return "tight" if claimed.lower <= ref <= claimed.upper else "fails"
    step = rounding_step(v)
    if c in (">", ">="):
        ok = ref > v if c == ">" else ref >= v
        if not ok:
            return "fails"
        return "tight" if ref < v + step else "loose"
    if c == "<=":
        return "tight" if claimed.lower <= ref <= claimed.upper else "fails"
    if not ref < v:
        return "fails"
    return "tight" if ref > v - step else "loose"


def distance(claimed: Claimed, ref: float) -> float:
    """Relative distance from the claim's stated figure to ``ref`` (0 = the same), for ranking."""
    if claimed.change == "range":
        assert claimed.low is not None and claimed.high is not None
        if claimed.low <= ref <= claimed.high:
            return 0.0
        mid = (claimed.low + claimed.high) / 2
        return abs(ref - mid) / max(abs(mid), 1.0)
    assert claimed.value is not None
    v = claimed.value
    if claimed.change in (">", ">=") and ref >= v:
        # Over a threshold: the natural figure lies within one step above it.
        return max(0.0, ref - (v + rounding_step(v) / 2)) / max(abs(v), 1.0)
    if claimed.change == "<" and ref <= v:
        return max(0.0, (v - rounding_step(v) / 2) - ref) / max(abs(v), 1.0)
    return abs(ref - v) / max(abs(v), 1.0)


FIT_ORDER: dict[str, int] = {"fails": 0, "n/a": 0, "loose": 1, "holds": 2, "tight": 3}
