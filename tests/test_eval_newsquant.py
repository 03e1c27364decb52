"""The NewsQuant scorer (fast) and the dev-set quality floor (model + data tier)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger.evaluate.newsquant import (
    GoldQuantity,
    GoldSentence,
    Pred,
    load_gold,
    score,
    score_jsonl,
    score_records,
    unit_words,
)

DEV = Path("newsquant/data/NewsQuant.dev.json")  # under the shared_data fixture


def g(value, low=None, high=None, change="=", units=("",), concept=None) -> GoldQuantity:
    return GoldQuantity(
        value,
        low if low is not None else value,
        high if high is not None else value,
        change,
        units,
        concept,
    )


def p(value, low=None, high=None, change="=", unit=None, concept=None) -> Pred:
    return Pred(value, low, high, change, unit, concept)


def rows(report) -> dict[str, tuple[float, float, float]]:
    return {r.name: (r.precision, r.recall, r.f1) for r in report.rows}


def test_value_match_is_relative_and_one_to_one() -> None:
    gold = GoldSentence("x", (g(13000.0), g(13000.0)))
    r = rows(score([([p(13000.0 * (1 + 1e-9))], gold)]))
    assert r["value"] == (1.0, 0.5, pytest.approx(2 / 3))


def test_gold_range_matches_low_and_high() -> None:
    gold = GoldSentence("x", (g(None, 5.0, 10.0),))
    assert rows(score([([p(None, 5.0, 10.0)], gold)]))["value"][2] == 1.0
    assert rows(score([([p(5.0, 5.0, 5.0)], gold)]))["value"][2] == 0.0


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        (">", ">", True),
        (">", ">=", True),
        ("<", "<=", True),
        ("~", "~", True),
        ("up", "=", False),
        ("=", ">", False),
    ],
)
def test_change_column(gold: str, pred: str, ok: bool) -> None:
    r = rows(score([([p(1.0, change=pred)], GoldSentence("x", (g(1.0, change=gold),)))]))
    assert (r["value+change"][2] == 1.0) is ok


@pytest.mark.parametrize(
    ("gold_units", "pred", "ok"),
    [
        (("per cent", "percentage"), "percent", True),
        (("%", "percentage"), "percent", True),
        (("US$", "dollar"), "dollar", True),
        (("$", "dollar"), "dollar", True),
        (("€", "euro"), "euro", True),
        (("£", "pound sterling"), "pound", True),
        (("heart transplants", "heart transplant"), "transplant", True),
        (("km", "kilometre"), "kilometer", True),
        (("$ a barrel", "dollar per barrel"), "dollar per barrel", True),
        (("", ""), None, True),
        (("", "year of age"), None, True),
        (("mph", "mile per hour"), None, False),
        (("", ""), "dollar", False),
    ],
)
def test_unit_column(gold_units, pred, ok: bool) -> None:
    r = rows(score([([p(1.0, unit=pred)], GoldSentence("x", (g(1.0, units=gold_units),)))]))
    assert (r["value+unit"][2] == 1.0) is ok


def test_unit_words_fold_synonyms_and_plurals() -> None:
    assert unit_words("Per Cent") == ("percent",)
    assert unit_words("degrees Celsius") == ("degree", "celsius")
    assert unit_words("US $") == ("dollar",)


def test_concept_column_skips_gold_without_concept() -> None:
    gold = GoldSentence("x", (g(1.0, concept=None), g(2.0, concept="Tesla shares")))
    preds = [p(1.0, concept="whatever"), p(2.0, concept="the shares")]
    r = rows(score([(preds, gold)]))
    assert r["value+concept(partial)"] == (1.0, 1.0, 1.0)
    r = rows(score([([p(1.0), p(2.0, concept="the stock")], gold)]))
    assert r["value+concept(partial)"][1] == 0.0


def test_score_records_reads_extract_jsonl_shape(tmp_path: Path) -> None:
    gold_file = tmp_path / "g.json"
    gold_file.write_text(
        json.dumps(
            [
                {
                    "text": "Over 5 cars.",
                    "quantities": [
                        {
                            "change": ">",
                            "value": "5",
                            "unit": "cars",
                            "normalized_unit": "car",
                            "referred_concepts": "-",
                        }
                    ],
                }
            ]
        ),
        encoding="utf-8",
    )
    rec = {
        "text": "Over 5 cars.",
        "quantities": [
            {
                "start": 0,
                "end": 6,
                "text": "Over 5",
                "value": 5.0,
                "low": 5.0,
                "high": None,
                "change": ">",
                "unit": "car",
                "unit_span": None,
                "concept": None,
            }
        ],
    }
    r = rows(score_records([rec], gold_file))
    assert r["value"][2] == r["value+unit"][2] == r["value+change"][2] == 1.0
    saved = tmp_path / "out.jsonl"
    saved.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    assert rows(score_jsonl(saved, gold_file)) == r
    assert load_gold(gold_file)[0].quantities[0].units == ("cars", "car")


# Floors sit a little below the dev numbers reached (see the final report); raise them with
# the numbers, never lower them to make a change pass.
FLOORS = {
    "value": 0.96,
    "value+unit": 0.925,
    "value+change": 0.925,
    "value+concept(partial)": 0.84,
}


@pytest.mark.model
@pytest.mark.data
def test_dev_floors(shared_data) -> None:
    from claimledger.evaluate.newsquant import evaluate

    report = evaluate(shared_data / DEV)
    got = {r.name: r.f1 for r in report.rows}
    for name, floor in FLOORS.items():
        assert got[name] >= floor, (name, got[name], report.render())


@pytest.mark.model
@pytest.mark.data
def test_folds_report_every_fold_and_a_mean_near_the_pooled_score(shared_data) -> None:
    from claimledger.evaluate.newsquant import cross_validate

    report = cross_validate(shared_data / DEV, 5)
    value = next(r for r in report.rows if r.name == "value")
    assert value.f1 >= FLOORS["value"]
    note = next(n for n in report.notes if n.startswith("value:"))
    assert len(note.split("folds ")[1].split(";")[0].split()) == 5


def test_a_verb_of_change_with_by_is_no_change_noun() -> None:
    """NewsQuant marks a change told by a verb; only a noun of change ("a fall of 7%") becomes
    "=": "will fall by 7%" stays down, and a noun phrase after a conjunction is another's."""
    from claimledger.evaluate.newsquant import to_newsquant

    def change(text: str, start: int, end: int) -> str:
        unit_end = end + 1 if text[end : end + 1] == "%" else end
        pred = Pred(7.0, 7.0, 7.0, "down", "percent", None, start, end, unit_end)
        (out,) = to_newsquant(text, [pred])
        return out.change

    t = "The cap will fall by 7% in April."
    assert change(t, t.index("7"), t.index("7") + 1) == "down"
    t = "The cap saw a fall of 7% in April."
    assert change(t, t.index("7"), t.index("7") + 1) == "="
    t = "The Dow fell 7 points as bond yields spike."
    assert change(t, t.index("7"), t.index("7") + 1) == "down"
    t = "The index posted a 7% drop."
    assert change(t, t.index("7"), t.index("7") + 1) == "="


def test_a_comparison_told_by_an_adjective_is_no_change() -> None:
    from claimledger.evaluate.newsquant import to_newsquant

    def change(text: str) -> str:
        s = text.index("23")
        pred = Pred(23.0, 23.0, 23.0, "up", "percent", None, s, s + 2, s + 3)
        return to_newsquant(text, [pred])[0].change

    assert change("Mothers had a 23% higher risk of preterm birth.") == "="
    assert change("Costs are 23% more than elsewhere.") == "="
    assert change("Costs rose 23% in May.") == "up"


def test_a_hedged_comparison_is_approximate() -> None:
    from claimledger.evaluate.newsquant import to_newsquant

    text = "Rents are roughly 23% higher than a year earlier."
    s = text.index("roughly")
    pred = Pred(23.0, 23.0, 23.0, "up", "percent", None, s, s + 10, s + 11)
    assert to_newsquant(text, [pred])[0].change == "~"


def test_gold_file_may_hold_its_list_under_sentences_and_a_wrong_shape_is_named(
    tmp_path: Path,
) -> None:
    from claimledger.errors import InputError

    rows = [{"text": "Prices rose 3%.", "quantities": [{"value": "3", "unit": "%"}]}]
    wrapped = tmp_path / "sentences.json"
    wrapped.write_text(json.dumps({"sentences": rows}), encoding="utf-8")
    assert [g.text for g in load_gold(wrapped)] == ["Prices rose 3%."]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"rows": rows}), encoding="utf-8")
    with pytest.raises(InputError, match="bad.json is not a list of"):
        load_gold(bad)


def test_a_fold_is_newsquants_count() -> None:
    from claimledger.evaluate.newsquant import _unit_eq

    assert _unit_eq("fold", "sixfold") and _unit_eq("fold", "count")
    assert not _unit_eq("fold", "percent")
