"""Microsoft Recognizers-Text (MIT) English specs as a regression bed for quantities.

Reads ``Number/English/{NumberModel,NumberRangeModel,PercentModel}.json`` and
``NumberWithUnit/English/{CurrencyModel,DimensionModel,AgeModel,TemperatureModel}.json``
under PATH (the folder holding ``Number/`` and ``NumberWithUnit/``; files are UTF-8 with a
byte-order mark). Each case is an ``Input`` and its expected ``Results`` (``Start``/``End``
inclusive). The DateTime specs are not read here.

Every case is run through the quantity step and judged by :mod:`.quantcases`: an expected
result is met by an overlapping prediction with the same value (ranges: both ends), and, per
model, the same bound (range model) or unit (unit models). A case passes when all its results
are met and no prediction of the model's kind is left over.

Where Microsoft's convention is not ours, a rule per category maps or skips (counted in the
report's notes; docs/quantities.md lists the same rules):

- **codes** (mapped to "nothing here"): numbers inside a date (``5/17/2018``), a dotted
  address or version (``192.168.1.2``), a phone number (``+1-222-2222``) or a label
  (``SCP-173``). Microsoft's number model reports every digit run; for us they are not
  quantities, so the case expects none there.
- **ordinals** (mapped): ranges over ordinals ("between the tenth and the fifteenth") are
  ranks, not quantities, so nothing is expected.
- **unit mentions** (mapped): results with no value ("convert to fahrenheit", "the % of
  increase") name a unit without a number; they are dropped.
- **arithmetic** (skipped): powers written with ``^`` ("1.1^23"), divisions and
  compound-ordinal fractions read aloud ("one over three", "two out of five hundred",
  "twenty-three fifths", "a twenty-first", "three hundred and two dozens"): arithmetic
  dictation that news does not write. Scientific notation (``1.3e6``) is kept.
- **decimal comma** (skipped): ``5,00`` and ``1.111,11`` are continental European notation;
  we read English news.
- **spaced scale letters** (skipped): "- 10  k", "1,674.5 G", "1,674,200.5 M", "10G": a lone
  scale letter after a gap, or G/T as giga/tera, is a unit or a label in news ("5G").
- **inverted percent** (skipped): "percent of 10" for 10% is not an English news form.
- **time of day** (mapped): "2 pm", "2.123 am" read as picometres and attometres by the
  dimension model are times for us; those results are dropped.
- **typed models** (mapped): the number model leaves numbers with a physical unit to the unit
  models, and each unit model judges only predictions of its kind (currency, physical,
  percent, age, degree); durations are the DateTime specs' (another suite), so the dimension
  model does not judge them; the range model judges only bounds and ranges.
- **ages** (mapped): the age model's unit X (Year, Month, ...) is our ``X of age``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import Quantity
from ..settings import Settings
from .quantcases import ANY, Case, Expect, report, run, unit_class
from .report import EvalReport

__all__ = ["MODELS", "evaluate", "load_cases"]

MODELS: dict[str, str] = {
    "number": "Number/English/NumberModel.json",
    "range": "Number/English/NumberRangeModel.json",
    "percent": "Number/English/PercentModel.json",
    "currency": "NumberWithUnit/English/CurrencyModel.json",
    "dimension": "NumberWithUnit/English/DimensionModel.json",
    "age": "NumberWithUnit/English/AgeModel.json",
    "temperature": "NumberWithUnit/English/TemperatureModel.json",
}

_CODE = re.compile(
    r"\d+/\d+/\d+|\d+(?:\.\d+){2,}|\+\d+[-\s]\d+|\d{3}-\d{4}|[A-Za-z]+\d*-\d+|\d+[A-DF-Za-df-z]\d"
)
_ORDINAL = re.compile(
    r"\bthe\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth"
    r"|\w+tieth|hundredth)\b",
    re.I,
)
_POWER = re.compile(r"\^")
_DICTATION = re.compile(
    r"\bover\b|\bout\s+of\b|\d\s+in\s+\d|\bin\s+(?:twenty|one|two|three|four|five)"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million"
    r"|billion|trillion)[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|hundredth)s?\b"
    r"|\ban?\s+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]\w+(?:th|st)\b"
    r"|\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]+(?:one|two|three|four"
    r"|five|six|seven|eight|nine)[\s-]+\w+ths?\b"
    r"|\bdozens\b",
    re.I,
)
_DECIMAL_COMMA = re.compile(r"\d\.\d{3},\d|(?<![\d,])\d+,\d{2}(?![\d,])")
_SPACED_SCALE = re.compile(r"\d\s+[kKMGT]\b|\d[GgTt]\b")
_INVERTED_PERCENT = re.compile(r"^\s*(?:per\s*cent|percents?)\s+of\b", re.I)
_TIME_UNIT = re.compile(r"\d\s*[ap]m\b", re.I)

_TEMPERATURE = {"c": "degree celsius", "f": "degree fahrenheit", "degree": "degree"}


def _num(raw: Any) -> float | None:
    if raw is None:
        return None
    s = str(raw).strip().rstrip("%").replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def _interval(raw: str) -> tuple[str, float | None, float | None, str] | None:
    m = re.fullmatch(r"\s*([\[(])\s*([^,]*)\s*,\s*([^,\])]*)\s*([\])])\s*", raw)
    if not m:
        return None
    return m.group(1), _num(m.group(2) or None), _num(m.group(3) or None), m.group(4)


def _range_expect(r: dict[str, Any], start: int, end: int) -> Expect | None:
    iv = _interval(str(r["Resolution"].get("value", "")))
    if iv is None:
        return None
    left, lo, hi, right = iv
    if lo is not None and hi is not None and lo == hi:
        return Expect(start, end, lo, lo, lo, change="=", unit=ANY)
    if lo is not None and hi is not None:
        pair = (">" if left == "(" else ">=", "<" if right == ")" else "<=")
        return Expect(start, end, None, lo, hi, change=None, unit=ANY, pair=pair)
    if lo is not None:
        return Expect(start, end, None, lo, None, change=">" if left == "(" else ">=", unit=ANY)
    if hi is not None:
        return Expect(start, end, None, None, hi, change="<" if right == ")" else "<=", unit=ANY)
    return None


def _unit_for(model: str, r: dict[str, Any]) -> str | None:
    unit = str(r["Resolution"].get("unit") or "")
    if model == "percent":
        return "percent"
    if model == "age":
        return f"{'year' if unit.lower() == 'age' else unit.lower()} of age"
    if model == "temperature":
        return _TEMPERATURE.get(unit.lower(), unit.lower())
    if model in ("currency", "dimension"):
        return unit.lower() or ANY
    return ANY


def _judge(model: str) -> Callable[[Quantity], bool] | None:
    kinds = {
        "number": lambda q: unit_class(q.unit) not in ("physical", "temperature"),
        "range": lambda q: q.value is None or q.change in (">", ">=", "<", "<="),
        "percent": lambda q: unit_class(q.unit) == "percent",
        "currency": lambda q: unit_class(q.unit) == "currency",
        "dimension": lambda q: unit_class(q.unit) == "physical" and not _is_time(q.unit),
        "age": lambda q: unit_class(q.unit) == "age",
        "temperature": lambda q: unit_class(q.unit) == "temperature",
    }
    return kinds[model]


_TIME_WORDS = frozenset(
    ["second", "minute", "hour", "day", "week", "month", "year", "decade", "century"]
)


def _is_time(unit: str | None) -> bool:
    """Durations belong to the DateTime specs, not the dimension model."""
    return bool(unit) and str(unit).split(" per ")[0].split()[-1] in _TIME_WORDS


def _token_around(text: str, start: int, end: int) -> str:
    s = start
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    e = end
    while e < len(text) and not text[e].isspace():
        e += 1
    return text[s:e]


def _case(model: str, raw: dict[str, Any], skipped: dict[str, int]) -> Case | None:
    text = str(raw.get("Input", ""))
    results = list(raw.get("Results") or [])
    surfaces = " ".join(str(r.get("Text", "")) for r in results)

    def skip(why: str) -> None:
        skipped[why] = skipped.get(why, 0) + 1

    if model == "number" and _POWER.search(surfaces):
        skip("arithmetic")
        return None
    if model in ("number", "range") and _DICTATION.search(surfaces):
        skip("arithmetic")
        return None
    if _DECIMAL_COMMA.search(surfaces):
        skip("decimal comma")
        return None
    if model == "number" and _SPACED_SCALE.search(surfaces):
        skip("spaced scale letters")
        return None
    if model == "percent" and _INVERTED_PERCENT.search(surfaces):
        skip("inverted percent")
        return None
    expects: list[Expect] = []
    for r in results:
        start, end = int(r.get("Start", 0)), int(r.get("End", -1)) + 1
        res = r.get("Resolution") or {}
        if model == "range":
            if _ORDINAL.search(str(r.get("Text", ""))):
                skipped["ordinals (mapped)"] = skipped.get("ordinals (mapped)", 0) + 1
                continue
            e = _range_expect(r, start, end)
            if e is not None:
                expects.append(e)
            continue
        value = _num(res.get("value"))
        if value is None:
            skipped["unit mentions (mapped)"] = skipped.get("unit mentions (mapped)", 0) + 1
            continue
        if model == "number" and _CODE.search(_token_around(text, start, end)):
            skipped["codes (mapped)"] = skipped.get("codes (mapped)", 0) + 1
            continue
        if model == "dimension" and _TIME_UNIT.search(str(r.get("Text", ""))):
            skipped["time of day (mapped)"] = skipped.get("time of day (mapped)", 0) + 1
            continue
        expects.append(Expect(start, end, value, value, value, unit=_unit_for(model, r)))
    return Case(text, model, tuple(expects), _judge(model), source=MODELS[model])


def load_cases(root: str | Path) -> tuple[list[Case], dict[str, int]]:
    """Every case of the seven number and unit models under ``root``, and the skip counts."""
    base = Path(root)
    if (base / "Number").is_dir() is False and (base / "recognizers-text").is_dir():
        base = base / "recognizers-text"
    cases: list[Case] = []
    skipped: dict[str, int] = {}
    for model, rel in MODELS.items():
        p = base / rel
        try:
            raw = json.loads(p.read_text(encoding="utf-8-sig"))
        except (OSError, json.JSONDecodeError) as exc:
            raise InputError(
                f"cannot read Recognizers-Text spec {p}: {exc}; pass the folder that holds "
                "Number/ and NumberWithUnit/",
                code="bad_eval_data",
            ) from exc
        for item in raw:
            c = _case(model, item, skipped)
            if c is not None:
                cases.append(c)
    return cases, skipped


def evaluate(path: str | Path, settings: Settings | None = None) -> EvalReport:
    """Run the Recognizers-Text number and unit cases through the quantity step."""
    cases, skipped = load_cases(path)
    return report(
        "Recognizers-Text (numbers, ranges, percent, currency, dimension, age, temperature)",
        run(cases, settings),
        skipped,
        notes=("pass % is the share of cases with every result met and nothing extra",),
    )
