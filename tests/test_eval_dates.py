"""The time-frame evaluation: categories of the Recognizers-Text specs (fast) and the
dev floors on the Recognizers-Text specs and the field-news gold (data tier)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger.evaluate.dates import CATEGORIES, _category


@pytest.mark.parametrize(
    "text, parser, category",
    [
        ("Friday", "date", "weekday"),
        ("last Sunday", "date", "weekday"),
        ("January 12, 2016", "date", "full date"),
        ("Oct. 2", "date", "full date"),
        ("yesterday", "date", "past day"),
        ("two days ago", "date", "relative day"),
        ("02/22/2016", "date", "numeric day and month"),
        ("05/05/89", "date", "numeric formats"),
        ("4.22", "date", "numeric formats"),
        ("next Sunday", "date", "future"),
        ("the 27th", "date", "bare day of month"),
        ("past 3 weeks", "period", "past N units"),
        ("last week", "period", "last week/month/year"),
        ("the third quarter of 2016", "period", "quarter or half"),
        ("June 2016", "period", "month or year"),
        ("Oct. 2 to October 22", "period", "day range"),
        ("between 2015 and Feb 2018", "period", "ranges to a month or year"),
        ("late last month", "period", "early/mid/late"),
        ("this week", "period", "this unit"),
    ],
)
def test_categories_by_rule(text: str, parser: str, category: str):
    assert _category(text, parser).name == category


def test_every_category_says_how_or_why():
    names = [c.name for c in CATEGORIES]
    assert len(names) == len(set(names))
    for c in CATEGORIES:
        assert c.how in (
            "as_of",
            "covered_day",
            "period",
            "period_start",
            "day_range",
            "no_date",
            "skip",
        )
        assert len(c.reason) > 20, c.name


# Floors sit a few points under the dev figures reached (Recognizers-Text 72 mapped cases, 1.000;
# field news as_of 0.863 sentence by sentence and 0.928 with context, aggregation precision
# 0.970 when stated, period_days precision 0.903 when stated). Raise them with the numbers,
# never lower them to make a change pass.
FLOORS = {
    "recognizers_pass_rate": 0.95,
    "recognizers_mapped": 60,
    "as_of": 0.84,
    "as_of_context": 0.90,
    "aggregation_precision": 0.93,
    "period_days_precision": 0.85,
}


@pytest.mark.data
def test_dev_floors(shared_data: Path, cli) -> None:
    rt, fn = shared_data / "recognizers-text", shared_data / "fieldnews"
    if not rt.is_dir() or not fn.is_dir():
        pytest.skip("recognizers-text or fieldnews not found")
    result = cli("eval", "dates", str(rt), "--fieldnews", str(fn), "--json")
    assert result.exit_code == 0, result.output
    rep = json.loads(result.output)
    rec = rep["recognizers"]
    assert rec["mapped"] >= FLOORS["recognizers_mapped"]
    assert rec["pass_rate"] >= FLOORS["recognizers_pass_rate"], rec
    plain, ctx = rep["fieldnews"], rep["fieldnews_context"]
    assert plain["as_of"]["n"] == ctx["as_of"]["n"] > 400
    assert plain["as_of"]["accuracy"] >= FLOORS["as_of"], plain
    assert ctx["as_of"]["accuracy"] >= FLOORS["as_of_context"], ctx
    assert plain["aggregation_stated"]["precision"] >= FLOORS["aggregation_precision"]
    assert plain["period_days_stated"]["precision"] >= FLOORS["period_days_precision"]
