"""Time frames: Microsoft Recognizers-Text date specs and the field-news gold frames.

Two measurements of `nlp.dates.time_ref`, both read from their folders at run time:

- **Recognizers-Text** (MIT; ``DateTime/English/DateParser.json`` and
  ``DatePeriodParser.json``): each case is a sentence, a reference date and the expected
  resolution of one expression. Each expected expression falls in a category by rule
  (`CATEGORIES`); a category is either mapped onto our output (how, in its ``how``) or
  skipped with one reason. Microsoft resolves both forward and backward; we compare with its
  ``PastResolution`` (a news figure speaks of the past), and its period end is exclusive
  for whole units ("past 3 weeks" ends on the reference date) and inclusive for spoken day
  ranges ("Oct. 2 to October 22").
- **Field news** (``fieldnews/gold.jsonl`` + ``articles.jsonl``): for every gold quantity,
  ``time_ref(claim sentence, article date, offset of the quantity)`` against the gold
  ``frame.as_of``, ``frame.aggregation`` (period vs cumulative only) and
  ``frame.period_days``, with errors counted by class; once sentence by sentence and once
  with each sentence given its predecessor's frame as ``context``.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..errors import InputError
from ..nlp.dates import TimeRef, time_ref

if TYPE_CHECKING:
    from ..settings import Settings

__all__ = ["CATEGORIES", "Category", "DatesReport", "evaluate", "fieldnews", "recognizers"]

How = Literal["as_of", "covered_day", "period", "period_start", "day_range", "no_date", "skip"]


@dataclass(frozen=True, slots=True)
class Category:
    """A rule over the expected expression's text: how to compare, or why not."""

    name: str
    pattern: str  # matched (search, case-insensitive) against the expected text
    how: How
    reason: str  # for a skip: why; for a mapping: what is compared
    parser: Literal["date", "period", "any"] = "any"


_WD = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?"
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_NUMWORD = (
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty"
    r"|nineteen|thousand|hundred|first|second|third|fourth|fifth|tenth|fifteen)\b"
)

# First match wins; order from the most specific.
CATEGORIES: tuple[Category, ...] = (
    Category(
        "invalid date",
        r"^$",
        "no_date",
        "an impossible date (Feb 30): no date is read from the words",
    ),
    Category(
        "future",
        r"\b(?:tomorrow|tmrw|next|coming|upcoming|from now|from today|later"
        r"|hence|in the future|after (?:today|tomorrow)|rest of|within|after next"
        r"|from tomorrow|starting)\b|\bin \d+ weeks?\b",
        "skip",
        "forward references: a news figure counts what has happened, and our weekday "
        "rule reads backward",
    ),
    Category(
        "number words",
        _NUMWORD + r"(?!\s+(?:days?|weeks?|months?|years?|quarter))",
        "skip",
        "days and years written in words are rare in news dates; not read",
    ),
    Category(
        "numeric day and month",
        r"^(?:on\s+)?(?:\d{1,2}\.\d{1,2}\.\d{2,4}|(?:1[3-9]|2\d|3[01])/\d{1,2}/\d{2,4}"
        r"|\d{1,2}/(?:1[3-9]|2\d|3[01])/\d{2,4})$",
        "as_of",
        "dotted dates are day first (24.02.2022, as European and Ukrainian reports write them); "
        "slashed ones are read only when the day cannot be the month",
        "date",
    ),
    Category(
        "numeric formats",
        r"^(?:on\s+)?(?!\d{4}-\d\d-\d\d$)[\d]+\s*[./-]\s*\d+|^\d{1,2}\.\s"
        r"|\d\s*[/.]\s*\d|^\d{1,2}\s*-\s*\d{4}$|\d{4}\s*[-/.]\s*(?:\d|" + _MONTH + r")"
        r"|" + _MONTH + r"[-/]\d|" + _MONTH + r"\d",
        "skip",
        "numeric and run-together dates: day/month order depends on the locale and news "
        "prose spells dates out; only ISO YYYY-MM-DD is read",
    ),
    Category(
        "bare day of month",
        r"^(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s*$|"
        + _WD
        + r" the \d|^from \d|\bbetween \d{1,2}\b|^\d{1,2}\s+(?:to|till)\b"
        r"|the \d+(?:st|nd|rd|th)\b|of \d{1,2}\b",
        "skip",
        "a day number without its month reads as a count in news text",
    ),
    Category(
        "nth weekday or week",
        r"\b(?:first|second|third|fourth|fifth|last)\s+(?:"
        + _WD
        + r"|week)\b(?!\s*$)|\b(?:first|second|third|fourth|fifth)\s+"
        + _WD
        + r"|week\s+(?:of|\d|commencing|starting|beginning)|w/c|\bweek \d",
        "skip",
        "the nth weekday or week of a month is scheduling language, not a news frame",
    ),
    Category(
        "conversational",
        r"^(?:my|the|that|same)\s+(?:day|week|weekend|month|year)$"
        r"|^this day$|weekend|same (?:week|month|year)",
        "skip",
        "'my day', 'the week', weekends: no news figure is framed so",
    ),
    Category(
        "seasons, decades, centuries",
        r"summer|spring|autumn|fall\b|winter|decade|century"
        r"|\d0'?s\b|'\d0s|ties\b|noughties",
        "skip",
        "no count of ours is framed by a season, decade or century",
    ),
    Category(
        "early/mid/late",
        r"\b(?:early|mid|late|end of|beginning of|start of|middle of)\b",
        "skip",
        "Microsoft's parts of a unit (late month = from the 16th) differ from ours; "
        "we give an as-of point for them, not a period",
    ),
    Category(
        "earlier this year",
        r"earlier\s+(?:this|in the)\s+year",
        "skip",
        "our convention leaves 'earlier this year' undated (uncertain by months)",
    ),
    Category(
        "earlier this week/month",
        r"earlier\s+(?:this|in the)\s+(?:week|month)",
        "as_of",
        "as_of is the reference date",
    ),
    Category(
        "vague count", r"\bfew\b|couple|several", "skip", "'past few days': no number of days"
    ),
    Category(
        "compound ago",
        r"\d+\s+\w+(?:,| and)?\s+\d+\s+\w+\s+ago",
        "skip",
        "'1 month 21 days ago' compounds are not news frames",
    ),
    Category(
        "last/this + month name",
        r"\b(?:last|this|next)\s+" + _MONTH,
        "skip",
        "Microsoft reads 'last September' as the previous year's; we read month names "
        "only with no modifier",
    ),
    Category(
        "relative day",
        r"^(?:the\s+)?(?:day before yesterday|today)$|\bago$",
        "as_of",
        "as_of is the named day",
    ),
    Category(
        "past day",
        r"^(?:the\s+)?(?:past|last)\s+day$|^yesterday$",
        "covered_day",
        "a 'past day' (or 'yesterday') count has the report's date; the day it covers is "
        "Microsoft's date",
    ),
    Category(
        "weekday",
        r"^(?:on\s+)?(?:last\s+)?" + _WD + r"\.?$",
        "as_of",
        "as_of is the latest such day on or before the reference date ('last': before)",
    ),
    Category(
        "this weekday",
        r"^(?:this\s+)" + _WD + r"$",
        "skip",
        "Microsoft reads 'this Friday' forward within the week",
    ),
    Category(
        "weekday + week",
        _WD + r".*\bweek\b|\bweek\b.*" + _WD,
        "skip",
        "'last week Sunday': weekday inside a named week, not a news frame",
    ),
    Category(
        "full date",
        r"\d{4}\b.*|^(?:"
        + _WD
        + r",?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
        + _MONTH
        + r"|"
        + _MONTH
        + r"\.?\s+\d)",
        "as_of",
        "as_of is the named day (no year: the reference year or the one before)",
        "date",
    ),
    Category(
        "past N units",
        r"^(?:the\s+)?(?:past|last|previous)\s+\d+\s*(?:days?|weeks?|months?"
        r"|years?)$",
        "period",
        "N units ending the day before the reference date; Microsoft's end is exclusive",
    ),
    Category(
        "ranges to a month or year",
        r"(?:to|and|through|-)\s*(?:" + _MONTH + r"\.?(?:\s+\d{4})?"
        r"|\d{4}(?:\s+" + _MONTH + r")?)\s*$",
        "skip",
        "ranges that end on a month or year: Microsoft ends them on its first day, we "
        "include the whole unit",
    ),
    Category(
        "day range",
        r"(?:" + _MONTH + r")\.?\s+\d.*(?:to|through|till|until|and|-)\s*.*\d"
        r"|\d\s*(?:-|to|and)\s*\d+\s*$",
        "day_range",
        "first and last day of a spoken range; Microsoft's end is the stated day",
    ),
    Category(
        "this unit",
        r"^(?:this|current)\s+(?:week|month|year)$",
        "period_start",
        "we count the current unit up to the report date, Microsoft spans all of it: "
        "the first day is compared",
    ),
    Category(
        "last week/month/year",
        r"^(?:last|previous)\s+(?:week|month|year)$",
        "period",
        "the calendar unit before the current one (weeks from Monday)",
    ),
    Category(
        "quarter or half",
        r"\bquarter\b|\bq[1-4]\b|\bh[12]\b",
        "period",
        "the calendar quarter or half; Microsoft's end is exclusive",
    ),
    Category(
        "month or year",
        r"^(?:in\s+)?(?:" + _MONTH + r"\.?(?:\s*,?\s*\d{4})?|\d{4}(?:\s*,?\s*" + _MONTH + r")?)$",
        "period",
        "the whole calendar month or year (to the report date when current: first day then)",
    ),
    Category(
        "year ranges",
        r"\d{4}.*(?:to|through|and|-)",
        "skip",
        "ranges of years or months: Microsoft ends them on the first day of the last unit",
    ),
    Category("other", r".", "skip", "no rule of ours covers it"),
)


def _category(text: str, parser: str) -> Category:
    t = " ".join(text.lower().split())
    for c in CATEGORIES:
        if c.parser not in ("any", parser):
            continue
        if c.name == "invalid date":
            continue
        if re.search(c.pattern, t):
            return c
    return CATEGORIES[-1]


@dataclass(frozen=True, slots=True)
class SpecResult:
    category: str
    passed: bool | None  # None: skipped
    text: str
    expected: str
    got: str


def _load(path: Path) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8-sig"))
    return cases


def _d(s: str) -> date:
    return date.fromisoformat(s[:10])


def _check(
    c: Category, ref: str, start: int, sentence: str, value: dict[str, Any]
) -> tuple[bool, str, str]:
    past = value.get("PastResolution") or {}
    tr: TimeRef = time_ref(sentence, ref, start)
    got = f"{tr.as_of} {tr.period_start}..{tr.period_end}"
    if c.how == "no_date":
        return tr.as_of_span is None, "no date", got
    if c.how == "as_of":
        want = past.get("date") or past.get("endDate") or ref
        if c.name.startswith("earlier"):
            want = ref
        return tr.as_of == want[:10], want[:10], got
    if c.how == "covered_day":
        want = past.get("date", "")[:10]
        return tr.period_start == want and tr.period_end == want, want, got
    lo, hi = past.get("startDate"), past.get("endDate")
    if not lo or not hi:
        return False, str(past), got
    lo_d, hi_d = _d(lo), _d(hi)
    if c.how == "day_range":
        want = (lo_d.isoformat(), hi_d.isoformat())
    else:
        want = (lo_d.isoformat(), (hi_d - timedelta(days=1)).isoformat())
    current = c.name in ("month or year", "quarter or half") and lo_d <= _d(ref) < hi_d
    if c.how == "period_start" or current:
        return tr.period_start == want[0], f"{want[0]}..", got
    return (tr.period_start, tr.period_end) == want, f"{want[0]}..{want[1]}", got


def recognizers(folder: str | Path) -> tuple[list[SpecResult], dict[str, dict[str, Any]]]:
    """Run our resolver on the Recognizers-Text date specs under ``folder`` (the folder that
    holds ``DateTime/English`` or that folder itself)."""
    base = Path(folder)
    for cand in (base, base / "DateTime" / "English", base / "English"):
        if (cand / "DateParser.json").exists():
            base = cand
            break
    else:
        raise InputError(f"{folder}: no DateParser.json (point at .../recognizers-text)")
    results: list[SpecResult] = []
    for fname, parser in (("DateParser.json", "date"), ("DatePeriodParser.json", "period")):
        for case in _load(base / fname):
            ref = ((case.get("Context") or {}).get("ReferenceDateTime") or "")[:10]
            for res in case.get("Results", []):
                value = res.get("Value") or {}
                text = res.get("Text", "")
                past = value.get("PastResolution") or {}
                if not ref:
                    cat = Category(
                        "no reference date",
                        "",
                        "skip",
                        "no reference date: relative words cannot be placed",
                    )
                else:
                    cat = _category(text, parser)
                    if past.get("date") == "0001-01-01" and cat.how != "skip":
                        cat = CATEGORIES[0]
                if cat.how == "skip":
                    results.append(SpecResult(cat.name, None, text, "", ""))
                    continue
                ok, want, got = _check(cat, ref, int(res.get("Start", 0)), case["Input"], value)
                results.append(SpecResult(cat.name, ok, text, want, got))
    table: dict[str, dict[str, Any]] = {}
    reasons = {c.name: (c.how, c.reason) for c in CATEGORIES}
    reasons["no reference date"] = ("skip", "no reference date: relative words cannot be placed")
    for r in results:
        row = table.setdefault(
            r.category,
            {
                "how": reasons[r.category][0],
                "reason": reasons[r.category][1],
                "cases": 0,
                "passed": 0,
            },
        )
        row["cases"] += 1
        row["passed"] += bool(r.passed)
    for row in table.values():
        row["pass_rate"] = round(row["passed"] / row["cases"], 3) if row["how"] != "skip" else None
    return results, table


# ----------------------------------------------------------------------------- field news


def _fn_records(folder: Path) -> list[tuple[str, str | None, list[dict[str, Any]]]]:
    gold_p, art_p = folder / "gold.jsonl", folder / "articles.jsonl"
    if not gold_p.exists() or not art_p.exists():
        raise InputError(f"{folder}: expected gold.jsonl and articles.jsonl (the fieldnews folder)")
    dates = {}
    for line in art_p.read_text(encoding="utf-8").splitlines():
        if line.strip():
            a = json.loads(line)
            dates[a["id"]] = a.get("date")
    out = []
    for line in gold_p.read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            out.append(
                (
                    g["id"],
                    dates.get(g["id"]),
                    sorted(g["claims"], key=lambda c: c["sentence_start"]),
                )
            )
    return out


def _as_of_class(got: str | None, gold: str | None, article: str | None) -> str:
    if got == gold:
        return "right"
    if gold is None:
        return "dated, gold undated"
    if got is None:
        return "undated, gold dated"
    if got == article:
        return "article date, gold another"
    if gold == article:
        return "another date, gold the article date"
    g, t = _d(gold), _d(got)
    delta = abs((g - t).days)
    if delta == 1:
        return "one day off"
    if delta % 7 == 0 and delta <= 14:
        return "a week off"
    if g.year != t.year and (g.month, g.day) == (t.month, t.day):
        return "wrong year"
    return "other date"


def fieldnews(folder: str | Path, use_context: bool = False) -> dict[str, Any]:
    """Accuracy of `time_ref` on the field-news gold frames (see the module doc)."""
    c: Counter[str] = Counter()
    classes: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[dict[str, Any]] = []
    for aid, adate, claims in _fn_records(Path(folder)):
        prev: TimeRef | None = None
        for cl in claims:
            sent, s0 = cl["sentence"], cl["sentence_start"]
            for q in cl["quantities"]:
                fr = q.get("frame") or {}
                tr = time_ref(sent, adate, q["start"] - s0, context=prev if use_context else None)
                gold_as_of, gold_agg, gold_days = (
                    fr.get("as_of"),
                    fr.get("aggregation"),
                    fr.get("period_days"),
                )
                if gold_as_of is not None:
                    c["as_of_n"] += 1
                    cls = _as_of_class(tr.as_of, gold_as_of, adate)
                    c["as_of_ok"] += cls == "right"
                    classes["as_of"][cls] += 1
                    if cls != "right":
                        errors.append(
                            {
                                "id": aid,
                                "q": q["text"],
                                "field": "as_of",
                                "gold": gold_as_of,
                                "got": tr.as_of,
                                "class": cls,
                                "sentence": sent,
                            }
                        )
                c["as_of_all_n"] += 1
                c["as_of_all_ok"] += tr.as_of == gold_as_of
                if tr.aggregation is not None and gold_agg in ("period", "cumulative"):
                    c["agg_said"] += 1
                    c["agg_said_ok"] += tr.aggregation == gold_agg
                if gold_agg in ("period", "cumulative"):
                    c["agg_n"] += 1
                    ok = tr.aggregation == gold_agg
                    c["agg_ok"] += ok
                    cls = "right" if ok else f"{tr.aggregation or 'none'} for {gold_agg}"
                    classes["aggregation"][cls] += 1
                    if not ok:
                        errors.append(
                            {
                                "id": aid,
                                "q": q["text"],
                                "field": "aggregation",
                                "gold": gold_agg,
                                "got": tr.aggregation,
                                "class": cls,
                                "sentence": sent,
                            }
                        )
                else:
                    classes["aggregation_on_other"][tr.aggregation or "none"] += 1
                if tr.period_days is not None and gold_agg == "period":
                    c["days_said"] += 1
                    c["days_said_ok"] += tr.period_days == gold_days
                if gold_agg == "period":
                    c["days_n"] += 1
                    ok = tr.period_days == gold_days
                    c["days_ok"] += ok
                    cls = "right" if ok else ("none" if tr.period_days is None else "wrong")
                    classes["period_days"][cls] += 1
                    if not ok:
                        errors.append(
                            {
                                "id": aid,
                                "q": q["text"],
                                "field": "period_days",
                                "gold": gold_days,
                                "got": tr.period_days,
                                "class": cls,
                                "sentence": sent,
                            }
                        )
            if use_context:  # the sentence's own time, carried to the next sentence
                prev = time_ref(sent, adate, None, context=prev)

    def ratio(a: str, b: str) -> float | None:
        return round(c[a] / c[b], 3) if c[b] else None

    return {
        "as_of": {"n": c["as_of_n"], "accuracy": ratio("as_of_ok", "as_of_n")},
        "as_of_all": {"n": c["as_of_all_n"], "accuracy": ratio("as_of_all_ok", "as_of_all_n")},
        "aggregation": {"n": c["agg_n"], "accuracy": ratio("agg_ok", "agg_n")},
        "aggregation_stated": {"n": c["agg_said"], "precision": ratio("agg_said_ok", "agg_said")},
        "period_days": {"n": c["days_n"], "accuracy": ratio("days_ok", "days_n")},
        "period_days_stated": {
            "n": c["days_said"],
            "precision": ratio("days_said_ok", "days_said"),
        },
        "classes": {k: dict(v.most_common()) for k, v in classes.items()},
        "errors": errors,
    }


# ----------------------------------------------------------------------------- report


@dataclass(frozen=True, slots=True)
class DatesReport:
    """Pass rates per Recognizers-Text category, and the field-news frame figures."""

    categories: dict[str, dict[str, Any]]
    fieldnews: dict[str, Any] | None = None  # sentence by sentence
    fieldnews_context: dict[str, Any] | None = None  # each sentence given its predecessor

    @property
    def mapped(self) -> tuple[int, int]:
        rows = [v for v in self.categories.values() if v["how"] != "skip"]
        return sum(v["cases"] for v in rows), sum(v["passed"] for v in rows)

    def to_dict(self) -> dict[str, Any]:
        n, ok = self.mapped
        return {
            "benchmark": "dates",
            "recognizers": {
                "mapped": n,
                "passed": ok,
                "pass_rate": round(ok / n, 3) if n else None,
                "categories": self.categories,
            },
            "fieldnews": self.fieldnews,
            "fieldnews_context": self.fieldnews_context,
        }

    def render(self) -> str:
        lines = [
            "Recognizers-Text date specs (PastResolution; mapped categories first)",
            f"{'category':<28}{'cases':>6}{'pass':>8}  how / reason",
        ]
        rows = sorted(self.categories.items(), key=lambda kv: (kv[1]["how"] == "skip", kv[0]))
        for name, v in rows:
            rate = "skip" if v["how"] == "skip" else f"{100 * v['pass_rate']:.1f}%"
            lines.append(f"{name:<28}{v['cases']:>6}{rate:>8}  {v['reason']}")
        n, ok = self.mapped
        lines.append(f"{'all mapped':<28}{n:>6}{100 * ok / max(1, n):>7.1f}%")
        for title, fn in (
            ("sentence by sentence", self.fieldnews),
            ("with the previous sentence as context", self.fieldnews_context),
        ):
            if fn is None:
                continue
            lines.append(
                f"field news, {title}: as_of {fn['as_of']['accuracy']} (n={fn['as_of']['n']}); "
                f"aggregation {fn['aggregation']['accuracy']} (n={fn['aggregation']['n']}; "
                f"precision when stated {fn['aggregation_stated']['precision']}); period_days "
                f"{fn['period_days']['accuracy']} (n={fn['period_days']['n']}; precision when "
                f"stated {fn['period_days_stated']['precision']})"
            )
            lines.append(
                "  as_of errors: "
                + ", ".join(f"{k} {v}" for k, v in fn["classes"]["as_of"].items() if k != "right")
            )
        return "\n".join(lines)


def evaluate(
    path: str | Path, settings: Settings | None = None, fieldnews_dir: str | Path | None = None
) -> DatesReport:
    """Recognizers-Text pass rates per category (``path``: the recognizers-text folder), and
    the field-news frame figures when ``fieldnews_dir`` is given."""
    _, table = recognizers(path)
    fn = fnc = None
    if fieldnews_dir is not None:
        fn = fieldnews(fieldnews_dir)
        fnc = fieldnews(fieldnews_dir, use_context=True)
        fn.pop("errors")
        fnc.pop("errors")
    return DatesReport(table, fn, fnc)
