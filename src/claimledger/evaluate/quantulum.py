"""quantulum3's own English test cases, read from the installed package at run time.

quantulum3 (MIT) ships its tests inside the package, under ``quantulum3/_lang/en_US/tests/``:
``quantities.json`` and ``quantities.ambiguity.json`` (sentences with the quantities that
should be found: value, unit, surface, and for ranges a mid value with an ``uncertainty``),
``extract_spellout_values.py`` (spelled-out numbers and the values they mean) and
``errors.json`` (inputs that once crashed it). Nothing is copied into this project.

Quantity cases run through the quantity step and are judged by :mod:`.quantcases`; spell-out
cases run through :func:`claimledger.nlp.numbers.find_numbers`, our number reader, and pass
when the values found equal the values expected; error cases pass when nothing raises.

Where quantulum3's convention is not ours, a rule per category maps or skips:

- **years** (mapped): a dimensionless whole number 1500-2099 is a year; not a quantity for
  us, so it is not expected.
- **labels** (mapped): a dimensionless number right after a capitalised word or inside a
  token of letters and digits ("Voyager 2", "English 101", "Core i7 860", "South 32 Ltd")
  names a thing; not expected.
- **unit mentions** (mapped): a surface with no digit and no number word ("a gallon",
  "absolute zero", "A baker's dozen") is a unit named once; for us an article is not a
  number, so it is not expected.
- **dozen and gross** (mapped): quantulum3 gives "a dozen" as 1 dozen; we give 12 (and 144
  for a gross) counting the noun.
- **ranges** (mapped): a range surface ("3 to 4 L", "10-15 exabytes") with a mid value and an
  uncertainty is our range from value - uncertainty to value + uncertainty; "±" tolerances
  keep the central value.
- **from A to B after a change verb** (mapped): "reduced from 44 mg to 50 mg", "rose from
  $350 per kg to $680 per kg" are two levels for us (the figure before and after), not a
  range; both levels are expected.
- **time of day** (mapped): "2.1 pm" and "2.123 am" read as picometres and attometres are
  times for us; not expected.
- **duration modifiers** (mapped): "a two-year maintenance period" describes the period; a
  duration used as a modifier is not a quantity for us (docs/quantities.md), so not expected.
- **accounting negatives** (skipped): "($99.99)" for -99.99 is a table convention, not prose.
- **bare scale words** (spell-out, skipped): "million", "million and one" with no count before
  the scale word; English writes "a million".
- **articles** (spell-out, mapped): the article "a" is not the number one ("Zero is a small
  number" expects only 0).
- **"and a half" after a scale** (spell-out, mapped): "a million and a half" is 1.5 million in
  English, where quantulum3 reads 1,000,000.5.
"""

from __future__ import annotations

import ast
import json
import re
from collections import Counter
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..settings import Settings
from .quantcases import ANY, Case, CaseResult, Expect, report, run
from .report import EvalReport

__all__ = ["evaluate", "load_cases", "tests_dir"]

_NUMBER_WORD = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion"
    r"|trillion|half|halves|third|quarter|dozen)s?\b",
    re.I,
)
_CHANGE_FROM = re.compile(
    r"\b(?:rose|fell|grew|dropped|climbed|jumped|declined|increased|decreased|reduced|raised"
    r"|lowered|changed|cut|slowed|shrank|went)\s+from\s+$",
    re.I,
)
_RANGE_SURFACE = re.compile(r"\bto\b|\d\s*[-–—]\s*-?\d|\bbetween\b|[-–]\s*(?:to\s+)?\d", re.I)
_UNITS = {
    "dimensionless": None,
    "percentage": "percent",
    "pound sterling": "pound",
    "pound-mass": "pound",
    "count per week": "times per week",
    "count per minute": "times per minute",
}
_MULTIPLIER_UNITS = {"dozen": 12.0, "gross": 144.0}


def tests_dir() -> Path:
    """The tests folder inside the installed quantulum3 package."""
    spec = find_spec("quantulum3")
    if spec is None or not spec.origin:
        raise InputError(
            "quantulum3 is not installed; install the dev extra (pip install -e '.[dev]')",
            code="bad_eval_data",
        )
    return Path(spec.origin).parent / "_lang" / "en_US" / "tests"


def _year_or_label(text: str, start: int, end: int, value: float, unit: str | None) -> str:
    if unit is not None:
        return ""
    raw = text[start:end]
    if re.fullmatch(r"1[5-9]\d\d|20\d\d", raw):
        return "years (mapped)"
    before = text[max(0, start - 30) : start]
    after = text[end : end + 2]
    if re.search(r"[\w,;:—]\s*[\"“]?[A-Z][\w-]*[\s\"—-]{0,2}$", before) or re.match(
        r"[A-Za-z]\d", after
    ):
        return "labels (mapped)"  # "Voyager 2", "English 101", "South 32 Ltd", "06F6"
    if re.search(r"(?:[A-Za-z]\d+|\d+[A-Za-z])\s+$", before) or re.search(r"[A-Za-z]$", before):
        return "labels (mapped)"  # "Core i7 860", "SCP06"
    return ""


def _quantity_case(item: dict[str, Any], category: str, skipped: dict[str, int]) -> Case | None:
    text = str(item["req"])
    if re.search(r"\(\$[\d.]+\)", text):
        skipped["accounting negatives"] = skipped.get("accounting negatives", 0) + 1
        return None
    expects: list[Expect] = []
    pos = 0
    for r in item.get("res", ()):
        surface = str(r["surface"])
        start = text.find(surface, pos)
        if start < 0:
            start = text.lower().find(surface.lower())
        if start < 0:
            continue
        end = start + len(surface)
        pos = start + 1
        value = float(r["value"])
        unit_raw = str(r.get("unit", ""))
        unit: str | None = _UNITS.get(unit_raw, unit_raw)
        if re.fullmatch(r"[\d.]+\s*[ap]m", surface) and unit_raw in ("picometre", "attometre"):
            skipped["time of day (mapped)"] = skipped.get("time of day (mapped)", 0) + 1
            continue
        if not re.search(r"\d", surface) and not _NUMBER_WORD.search(surface):
            skipped["unit mentions (mapped)"] = skipped.get("unit mentions (mapped)", 0) + 1
            continue
        if unit_raw in _MULTIPLIER_UNITS:
            value *= _MULTIPLIER_UNITS[unit_raw]
            unit = None
        if re.fullmatch(r"[\w.]+-(?:year|month|week|day|hour|minute)", surface) and re.match(
            r"\s+\w", text[end:]
        ):
            skipped["duration modifiers (mapped)"] = (
                skipped.get("duration modifiers (mapped)", 0) + 1
            )
            continue
        why = _year_or_label(text, start, end, value, unit)
        if why:
            skipped[why] = skipped.get(why, 0) + 1
            continue
        unc = r.get("uncertainty")
        if unc and "±" not in surface and _RANGE_SURFACE.search(surface):
            lo, hi = value - float(unc), value + float(unc)
            if _CHANGE_FROM.search(text[:start]):
                skipped["from A to B after a change verb (mapped)"] = (
                    skipped.get("from A to B after a change verb (mapped)", 0) + 1
                )
                mid = _split_point(surface)
                expects.append(Expect(start, start + mid, lo, lo, lo, unit=unit or ANY))
                expects.append(Expect(start + mid, end, hi, hi, hi, unit=unit or ANY))
                continue
            expects.append(Expect(start, end, None, lo, hi, unit=unit))
            continue
        expects.append(Expect(start, end, value, value, value, unit=unit))
    return Case(text, category, tuple(expects), None, source=category)


def _split_point(surface: str) -> int:
    m = re.search(r"\s+to\s+|\s*[-–—]\s*", surface[1:])
    return (m.end() + 1) if m else len(surface)


def _spellout_cases(path: Path, skipped: dict[str, int]) -> list[tuple[str, list[float]]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    raw: list[tuple[str, list[str]]] = []
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "TEST_CASES" for t in node.targets
        ):
            raw = ast.literal_eval(node.value)
    out = []
    for text, values in raw:
        if re.match(r"\s*(?:minus\s+|negative\s+)?(?:hundred|thousand|million|billion)\b", text):
            skipped["bare scale words"] = skipped.get("bare scale words", 0) + 1
            continue
        vals = [float(v) for v in values]
        if not re.search(r"\bone\b", text, re.I) and 1.0 in vals and re.search(r"\ba\b", text):
            vals.remove(1.0)
            skipped["articles (mapped)"] = skipped.get("articles (mapped)", 0) + 1
        m = re.search(r"\b(\w+)\s+(million|billion|thousand)\s+and\s+a\s+half\b", text)
        if m:
            scale = {"thousand": 1e3, "million": 1e6, "billion": 1e9}[m.group(2)]
            vals = [
                (abs(v) - 0.5 + scale / 2) * (1 if v > 0 else -1) if abs(v) % 1 == 0.5 else v
                for v in vals
            ]
            skipped["and a half after a scale (mapped)"] = (
                skipped.get("and a half after a scale (mapped)", 0) + 1
            )
        out.append((text, vals))
    return out


def _spellout_result(text: str, expected: list[float]) -> CaseResult:
    from ..nlp.numbers import find_numbers

    got = [n.value for n in find_numbers(text) if n.value is not None and n.kind != "vague"]
    want = Counter(round(v, 6) for v in expected)
    have = Counter(round(v, 6) for v in got)
    tp = sum((want & have).values())
    case = Case(text, "spellout", ())
    fn, fp = sum(want.values()) - tp, sum(have.values()) - tp
    misses = tuple(str(v) for v in (want - have).elements())
    return CaseResult(case, tp, fp, fn, fn == 0 and fp == 0, (), misses)


def load_cases(
    root: Path | None = None,
) -> tuple[list[Case], list[tuple[str, list[float]]], list[str], dict[str, int]]:
    """Quantity cases, spell-out cases, error inputs, and the skip counts."""
    base = root or tests_dir()
    skipped: dict[str, int] = {}
    cases: list[Case] = []
    try:
        for name, cat in (
            ("quantities.json", "quantities"),
            ("quantities.ambiguity.json", "ambiguity"),
        ):
            for item in json.loads((base / name).read_text(encoding="utf-8")):
                c = _quantity_case(item, cat, skipped)
                if c is not None:
                    cases.append(c)
        spell = _spellout_cases(base / "extract_spellout_values.py", skipped)
        errors = [str(x) for x in json.loads((base / "errors.json").read_text(encoding="utf-8"))]
    except (OSError, json.JSONDecodeError, SyntaxError, ValueError) as exc:
        raise InputError(
            f"cannot read quantulum3's test cases under {base}: {exc}",
            code="bad_eval_data",
        ) from exc
    return cases, spell, errors, skipped


def evaluate(path: str | Path | None = None, settings: Settings | None = None) -> EvalReport:
    """Run quantulum3's English test cases (from the installed package, or ``path``)."""
    cases, spell, errors, skipped = load_cases(Path(path) if path else None)
    # Inputs that once crashed quantulum3: pass when our step does not raise on them.
    cases += [Case(t, "errors", (), judge=lambda q: False) for t in errors]
    results = run(cases, settings)
    results += [_spellout_result(t, v) for t, v in spell]
    return report(
        "quantulum3 test cases (installed package)",
        results,
        skipped,
        notes=(
            "spellout: our number reader alone; errors: inputs that must not raise",
            "pass % is the share of cases with every quantity met and nothing extra",
        ),
    )
