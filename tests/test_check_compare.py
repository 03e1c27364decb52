"""Tolerances for rounding and bounds: the documented table, and monotone properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimledger.check.compare import (
    ABOUT_TOLERANCE,
    FIT_ORDER,
    ROUNDING_CAP,
    Claimed,
    compare,
    distance,
    rounding_step,
    rounding_tolerance,
)
from claimledger.check.series import Point, Series
from claimledger.check.verdicts import check_quantity
from claimledger.models import Claim, Quantity
from claimledger.store.base import ClaimRow


def c(change: str, value: float) -> Claimed:
    return Claimed(change, value, value, None)


@pytest.mark.parametrize(
    ("value", "step"),
    [(430_000, 10_000), (433_090, 10), (13_000, 1_000), (6_089, 1), (400_000, 100_000), (0, 1)],
)
def test_rounding_step_is_the_last_nonzero_digit(value, step):
    assert rounding_step(value) == step


@pytest.mark.parametrize(
    ("value", "tolerance"),
    [
        (430_000, 5_000),  # half a step of 10,000
        (13_000, 325),  # half a step (500) is more than 2.5%
        (400_000, 10_000),  # half a step would be 50,000: capped at 2.5%
        (6_089, 0.5),  # not round: only the integer's own rounding
    ],
)
def test_rounding_tolerance_table(value, tolerance):
    assert rounding_tolerance(value) == pytest.approx(tolerance)


@pytest.mark.parametrize(
    ("claimed", "ref", "fit"),
    [
        (c("=", 430_000), 433_090, "tight"),  # the example: personnel on 2024-03-20
        (c("=", 430_000), 436_000, "fails"),
        (c("~", 430_000), 445_000, "tight"),  # "about": 5%
        (c("~", 430_000), 460_000, "fails"),
        (c(">", 13_000), 13_058, "tight"),  # APC on 2024-03-20
        (c(">", 13_000), 14_198, "loose"),  # vehicles and fuel tanks: "over 14,000" fits it
        (c(">", 13_000), 13_000, "fails"),  # strictly more than
        (c(">=", 13_000), 13_000, "tight"),
        (c("<", 500), 480, "tight"),
        (c("<", 500), 100, "loose"),
        (c("<", 500), 520, "fails"),
        (Claimed("range", None, 400_000, 450_000), 433_090, "tight"),
        (Claimed("range", None, 400_000, 420_000), 433_090, "fails"),
    ],
)
def test_compare_table(claimed, ref, fit):
    assert compare(claimed, ref) == fit


def test_lower_bound_series_fails_only_claims_below_it():
    assert compare(c("=", 9_000), 7_989, lower_bound=True) == "holds"
    assert compare(c(">", 13_000), 7_989, lower_bound=True) == "holds"
    assert compare(c("=", 1_500), 2_606, lower_bound=True) == "fails"
    assert compare(c("<", 2_000), 2_606, lower_bound=True) == "fails"


def test_documented_constants():
    assert ROUNDING_CAP == 0.025
    assert ABOUT_TOLERANCE == 0.05


def test_describe_and_interval():
    assert c(">", 13_000).describe() == "more than 13,000"
    assert c("~", 5).describe() == "about 5"
    assert c(">", 13_000).upper == math.inf
    assert c("<", 10).lower == -math.inf


def holds(claimed: Claimed, ref: float) -> bool:
    return compare(claimed, ref) != "fails"


values = st.integers(min_value=1, max_value=10_000_000)


@given(values, values, values)
def test_larger_over_threshold_is_never_more_consistent(x1, x2, ref):
    lo, hi = sorted((x1, x2))
    for op in (">", ">="):
        if holds(c(op, hi), ref):
            assert holds(c(op, lo), ref)
        # Lower-bound series too: a larger claimed minimum is never more consistent.
        if compare(c(op, hi), ref, lower_bound=True) != "fails":
            assert compare(c(op, lo), ref, lower_bound=True) != "fails"


@given(values, values, values)
def test_smaller_under_threshold_is_never_more_consistent(x1, x2, ref):
    lo, hi = sorted((x1, x2))
    if holds(c("<", lo), ref):
        assert holds(c("<", hi), ref)


@given(values, values)
def test_up_to_holds_only_near_the_top(value, ref):
    # "up to N" / "as many as N" is the top of an estimate: it holds only within 5% below N
    if holds(c("<=", value), ref):
        assert value - ABOUT_TOLERANCE * value - 1 <= ref <= value + rounding_tolerance(value)


@given(values, values)
def test_about_is_never_stricter_than_exact(value, ref):
    if holds(c("=", value), ref):
        assert holds(c("~", value), ref)


@given(values, st.integers(min_value=0, max_value=5_000_000), st.integers(0, 5_000_000))
def test_tolerance_is_monotone_in_distance(value, d1, d2):
    # Moving the reference further from the claimed figure never makes it fit better.
    near, far = sorted((d1, d2))
    for sign in (1, -1):
        if holds(c("=", value), value + sign * far):
            assert holds(c("=", value), value + sign * near)
        assert (
            FIT_ORDER[compare(c("~", value), value + sign * near)]
            >= FIT_ORDER[compare(c("~", value), value + sign * far)]
        )


@given(values, values)
def test_distance_is_zero_only_for_the_stated_figure_or_inside_a_range(value, ref):
    d = distance(c("=", value), ref)
    assert d >= 0
    assert (d == 0) == (ref == value)


@given(values, st.integers(min_value=0, max_value=10))
def test_round_figures_get_wider_tolerance(mantissa, zeros):
    v = mantissa * 10**zeros
    assert rounding_tolerance(v) <= max(ROUNDING_CAP * v, 0.5) + 1e-9
    assert rounding_tolerance(v) >= 0.5


# -- the same properties through the verdict, on hand-built records -----------------------

RANK = {"inconsistent": 0, "unverifiable": 0, "stale": 1, "ambiguous": 2, "consistent": 3}


def verdict(change: str, value: float, ref: float) -> str:
    text = f"Ukraine said Russia had lost more than {value:,.0f} tanks."
    qtext = f"{value:,.0f}"
    start = text.index(qtext)
    q = Quantity(start, start + len(qtext), qtext, value, value, None, change, "tank")  # type: ignore[arg-type]
    claim = Claim(0, len(text), text, None, "Ukraine", False, None, (0,), "2024-03-20", 0.5)
    row = ClaimRow(1, "a", claim, (q,))
    series = Series(
        "s",
        "General Staff tanks",
        "General Staff of the Armed Forces of Ukraine",
        "tank",
        "russia",
        basis="official_claim",
        publisher_aliases=("Ukraine",),
        points=(Point("2024-03-20", float(ref)),),
    )
    return check_quantity(row, 0, [series]).label


@given(values, values, st.integers(min_value=1, max_value=10_000_000))
def test_verdict_larger_over_threshold_never_more_consistent(x1, x2, ref):
    lo, hi = sorted((x1, x2))
    if verdict(">", hi, ref) == "consistent":
        assert verdict(">", lo, ref) == "consistent"
