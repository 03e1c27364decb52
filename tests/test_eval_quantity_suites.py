"""The quantity suites (Recognizers-Text, quantulum3, MeasEval): their judging and mapping
rules (fast), and floors on each suite's pass rate (model + data tiers)."""

from __future__ import annotations

import importlib.util

import pytest

from claimledger.evaluate import measeval, quantcases, recognizers
from claimledger.evaluate.newsquant import Pred, to_newsquant
from claimledger.evaluate.quantcases import ANY, Case, Expect, judge_case, unit_agrees
from claimledger.models import Quantity


def q(start: int, end: int, value, low=None, high=None, change="=", unit=None) -> Quantity:
    low = value if low is None and value is not None else low
    high = value if high is None and value is not None and change not in (">", ">=") else high
    return Quantity(start, end, "x" * (end - start), value, low, high, change, unit)


# ------------------------------------------------------------------ judging


def test_a_case_passes_when_every_expectation_is_met_and_nothing_is_left() -> None:
    case = Case("about 20 km", "t", (Expect(0, 11, 20.0, 20.0, 20.0, unit="kilometer"),))
    assert judge_case(case, [q(0, 8, 20.0, unit="kilometer")]).passed
    r = judge_case(case, [q(0, 8, 20.0, unit="kilometer"), q(9, 11, 3.0)])
    assert not r.passed and (r.tp, r.fp, r.fn) == (1, 1, 0)
    r = judge_case(case, [q(0, 8, 21.0, unit="kilometer")])
    assert not r.passed and r.fn == 1


def test_a_typed_case_ignores_predictions_of_other_kinds() -> None:
    case = Case("x", "t", (), judge=lambda p: p.unit == "percent")
    assert judge_case(case, [q(0, 1, 5.0, unit="dollar")]).passed
    assert not judge_case(case, [q(0, 1, 5.0, unit="percent")]).passed


def test_an_interval_is_met_by_a_range_or_by_two_bounds() -> None:
    e = Expect(0, 30, None, 10.0, 20.0, unit=ANY, pair=(">", "<="))
    case = Case("x", "t", (e,))
    assert judge_case(case, [q(0, 30, None, 10.0, 20.0)]).passed
    pair = [q(0, 10, 10.0, change=">"), q(15, 30, 20.0, low=None, change="<=")]
    assert judge_case(case, pair).passed
    wrong = [q(0, 10, 10.0, change=">="), q(15, 30, 20.0, low=None, change="<=")]
    assert not judge_case(case, wrong).passed


@pytest.mark.parametrize(
    ("ours", "theirs", "ok"),
    [
        ("kilometer", "km", True),  # pint: the same unit
        ("milliliter", "cubic centimetre", True),
        ("meter per second", "m s−1", True),
        ("dollar", "United States dollar", True),
        ("degree celsius", "°C", True),
        ("percent", "%", True),
        ("tonne", "Metric ton", True),
        ("sample", None, True),  # a counted noun where the suite has no unit
        ("kilometer", None, False),
        (None, "kg", False),
        ("mile", "kilometer", False),
    ],
)
def test_unit_agreement(ours, theirs, ok) -> None:
    assert unit_agrees(ours, theirs) is ok


def test_unit_classes() -> None:
    assert quantcases.unit_class("hong kong dollar per share") == "currency"
    assert quantcases.unit_class("year of age") == "age"
    assert quantcases.unit_class("degree fahrenheit") == "temperature"
    assert quantcases.unit_class("kilogram") == "physical"
    assert quantcases.unit_class("tank") == "count"


# ------------------------------------------------------------------ mapping rules


def _rec(model: str, text: str, results: list[dict]) -> Case | None:
    return recognizers._case(model, {"Input": text, "Results": results}, {})


def test_recognizers_maps_codes_to_nothing_and_reads_intervals() -> None:
    c = _rec(
        "number",
        "meet on 5/17/2018",
        [{"Text": "5", "Start": 8, "End": 8, "Resolution": {"value": "5"}}],
    )
    assert c is not None and c.expects == ()
    r = {"Text": "up to 700", "Start": 0, "End": 8, "Resolution": {"value": "(,700]"}}
    (e,) = _rec("range", "up to 700", [r]).expects  # type: ignore[union-attr]
    assert (e.value, e.high, e.change) == (None, 700.0, "<=")
    r = {"Text": "between 20 and 30", "Start": 0, "End": 16, "Resolution": {"value": "[20,30)"}}
    (e,) = _rec("range", "between 20 and 30", [r]).expects  # type: ignore[union-attr]
    assert (e.low, e.high, e.pair) == (20.0, 30.0, (">=", "<"))


def test_recognizers_skips_arithmetic_dictation() -> None:
    skipped: dict[str, int] = {}
    raw = {
        "Input": "one over three",
        "Results": [
            {
                "Text": "one over three",
                "Start": 0,
                "End": 13,
                "Resolution": {"value": "0.333", "subtype": "fraction"},
            }
        ],
    }
    assert recognizers._case("number", raw, skipped) is None
    assert skipped == {"arithmetic": 1}


def test_recognizers_age_unit_is_ours() -> None:
    r = {
        "Text": "ten months old",
        "Start": 4,
        "End": 17,
        "Resolution": {"value": "10", "unit": "Month"},
    }
    (e,) = _rec("age", "was ten months old", [r]).expects  # type: ignore[union-attr]
    assert e.unit == "month of age"


def test_quantulum_maps_change_ranges_to_two_levels_and_drops_years() -> None:
    from claimledger.evaluate import quantulum

    item = {
        "req": "It was reduced from 44 mg to 50 mg in 2013.",
        "res": [
            {"value": 47, "unit": "milligram", "surface": "44 mg to 50 mg", "uncertainty": 3},
            {"value": 2013, "unit": "dimensionless", "surface": "2013"},
        ],
    }
    skipped: dict[str, int] = {}
    case = quantulum._quantity_case(item, "quantities", skipped)
    assert case is not None
    assert [(e.value, e.unit) for e in case.expects] == [(44.0, "milligram"), (50.0, "milligram")]
    assert skipped == {"from A to B after a change verb (mapped)": 1, "years (mapped)": 1}


def test_measeval_pairs_by_overlap_and_lists_absorb() -> None:
    gold = (
        measeval.GoldQuantity(0, 19, "2619.6 and 2614.7 m", "m", ("IsList",)),
        measeval.GoldQuantity(30, 36, "∼800 K", "K", ("IsApproximate",)),
    )
    para = measeval.Paragraph("d", "eval", " " * 40, gold)
    preds = [
        q(0, 6, 2619.6, unit="meter"),
        q(11, 17, 2614.7, unit="meter"),
        q(30, 34, 800.0, change="~", unit="kelvin"),
    ]
    rep = measeval.score([(para, preds)])
    rows = {r.name: r for r in rep.rows}
    assert rows["span"].f1 == 1.0 and rows["span"].passed == 1
    assert rows["unit"].passed == 2
    assert rows["approximate"].f1 == 1.0


def test_newsquant_mapping_merges_from_to_levels_and_levels_nominal_changes() -> None:
    text = "Growth slowed from 4.8 percent to 4.7 percent, after a 19% drop."

    def at(s: str, unit: str) -> tuple[int, int, int]:
        a = text.index(s)
        return a, a + len(s), text.index(unit, a) + len(unit)

    p1 = Pred(4.8, 4.8, 4.8, "=", "percent", None, *at("4.8", "percent"))
    p2 = Pred(4.7, 4.7, 4.7, "=", "percent", None, *at("4.7", "percent"))
    p3 = Pred(19.0, 19.0, 19.0, "down", "percent", None, *at("19", "%"))
    merged, nominal = to_newsquant(text, [p1, p2, p3])
    assert (merged.value, merged.low, merged.high) == (None, 4.8, 4.7)
    assert nominal.change == "="
    # Without offsets (another system's output) nothing is mapped.
    bare = Pred(19.0, 19.0, 19.0, "down", "percent", None)
    assert to_newsquant(text, [bare]) == [bare]


# ------------------------------------------------------------------ floors (model + data)

# Pass rates measured at the commit that added these floors, less about two points; raised
# to just under the figures reached by issue 11's work (Recognizers-Text 85.9%, quantulum3
# 81.9%, MeasEval span F1 85.6).
FLOORS = {
    "recognizers": 0.855,
    "quantulum3": 0.81,
    "measeval_span_f1": 0.85,
    "measeval_unit_agreement": 0.79,
}


@pytest.mark.model
@pytest.mark.data
def test_recognizers_floor(shared_data) -> None:
    root = shared_data / "recognizers-text"
    if not (root / "Number").is_dir():
        pytest.skip("Recognizers-Text specs not found")
    rep = recognizers.evaluate(root)
    rows = {r.name: r for r in rep.rows}
    assert rows["all"].pass_rate >= FLOORS["recognizers"], rep.render()
    assert rows["percent"].pass_rate >= 0.9


@pytest.mark.model
@pytest.mark.data
def test_quantulum3_floor() -> None:
    if importlib.util.find_spec("quantulum3") is None:
        pytest.skip("quantulum3 (dev extra) not installed")
    from claimledger.evaluate import quantulum

    rep = quantulum.evaluate()
    rows = {r.name: r for r in rep.rows}
    assert rows["all"].pass_rate >= FLOORS["quantulum3"], rep.render()
    assert rows["errors"].pass_rate == 1.0
    assert rows["spellout"].pass_rate >= 0.9


@pytest.mark.model
@pytest.mark.data
def test_measeval_floor(shared_data) -> None:
    root = shared_data / "measeval"
    if not root.is_dir():
        pytest.skip("MeasEval not found")
    rep = measeval.evaluate(root)
    rows = {r.name: r for r in rep.rows}
    assert rows["span"].f1 >= FLOORS["measeval_span_f1"], rep.render()
    assert rows["unit"].pass_rate >= FLOORS["measeval_unit_agreement"], rep.render()


def test_floors_are_documented() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[1] / "docs" / "quantities.md").read_text()
    for name in ("Recognizers-Text", "quantulum3", "MeasEval", "claimledger eval recognizers"):
        assert name in doc
