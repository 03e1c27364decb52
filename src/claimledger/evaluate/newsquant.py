"""NewsQuant (CQE, Almasian et al. 2023): score quantity extraction against gold sentences.

The protocol: per sentence, predictions are matched one-to-one to gold quantities, greedily,
for each column separately (the value must always match; the column adds unit, change or
concept). Values match within 1e-6 relative; a gold range ``a-b`` matches ``low=a, high=b``.
Gold ``>`` accepts ``>``/``>=`` and ``<`` accepts ``<``/``<=``. Units match after
lower-casing, singularising and folding synonyms, or when one's words contain the other's;
a gold quantity offers both its surface ``unit`` and its ``normalized_unit``. The concept
column counts gold quantities whose concept is not ``-`` and predictions not matched (by value)
to a ``-`` gold; a hit shares at least one content word.

Two conventions of the NewsQuant gold differ from the ledger's (docs/quantities.md), so saved
records with offsets are mapped to NewsQuant's before scoring (:func:`to_newsquant`), by rule:

- **from A to B after a change** is two levels in the ledger ("rose from 5% to 7%": 5% before,
  7% after) and one range in NewsQuant's gold ("4.8-4.7"): two consecutive predictions written
  "from A to B" become one range, low A, high B.
- **a change named by a noun** ("a 19% drop", "an increase of 60,600 jobs") is ``up``/``down``
  in the ledger and ``=`` in NewsQuant's gold, which marks only changes told by a verb: such a
  prediction's change becomes ``=`` (``~`` when a hedge opens it: "roughly 15 per cent higher
  than a year earlier").
"""

# ruff: noqa: SIM905 - the word lists below read best as whitespace-separated text

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..settings import Settings
from .report import EvalReport, Row, prf

__all__ = [
    "COLUMNS",
    "GoldQuantity",
    "GoldSentence",
    "PUBLISHED",
    "Pred",
    "evaluate",
    "load_gold",
    "score",
    "to_newsquant",
    "score_jsonl",
    "score_records",
    "cross_validate",
]

log = logging.getLogger(__name__)

COLUMNS = ("value", "value+unit", "value+change", "value+concept(partial)")

# F1 on the full published NewsQuant set (evaluation_output/NewsQuant.csv).
PUBLISHED: dict[str, dict[str, float]] = {
    "value": {"CQE": 92.0, "quantulum3": 73.0, "GPT3": 70.6},
    "value+unit": {"CQE": 85.6, "quantulum3": 47.2, "GPT3": 59.1},
    "value+change": {"CQE": 88.1, "GPT3": 51.9},
    "value+concept(partial)": {"CQE": 76.1, "GPT3": 54.8},
}


@dataclass(frozen=True, slots=True)
class GoldQuantity:
    value: float | None
    low: float | None
    high: float | None
    change: str
    units: tuple[str, ...]  # surface and normalized unit, "" where gold says "-"
    concept: str | None  # None where the gold concept is "-"


@dataclass(frozen=True, slots=True)
class GoldSentence:
    text: str
    quantities: tuple[GoldQuantity, ...]


@dataclass(frozen=True, slots=True)
class Pred:
    """The fields of one predicted quantity that the scorer reads."""

    value: float | None
    low: float | None
    high: float | None
    change: str
    unit: str | None
    concept: str | None
    start: int | None = None  # offsets, when the prediction comes from a saved record
    end: int | None = None
    unit_end: int | None = None

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Pred:
        concept = d.get("concept")
        if isinstance(concept, Mapping):
            concept = concept.get("text")
        unit_span = d.get("unit_span")
        return cls(
            _num(d.get("value")),
            _num(d.get("low")),
            _num(d.get("high")),
            str(d.get("change") or "="),
            d.get("unit") or None,
            concept or None,
            d.get("start"),
            d.get("end"),
            unit_span.get("end") if isinstance(unit_span, Mapping) else None,
        )


def _num(x: Any) -> float | None:
    try:
        return None if x is None else float(x)
    except (TypeError, ValueError):
        return None


_RANGE = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*-\s*(-?\d+(?:\.\d+)?)\s*$")


def _parse_gold_value(raw: str) -> tuple[float | None, float | None, float | None]:
    m = _RANGE.match(raw)
    if m:
        return None, float(m.group(1)), float(m.group(2))
    v = float(raw)
    return v, v, v


def load_gold(path: str | Path) -> list[GoldSentence]:
    """Read a NewsQuant JSON file (a list of ``{text, quantities}``, or that list under
    ``"sentences"``)."""
    p = Path(path)
    try:
        raw = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(
            f"cannot read NewsQuant file {p}: {exc}; pass the path of NewsQuant*.json",
            code="bad_eval_data",
        ) from exc
    if isinstance(raw, dict) and isinstance(raw.get("sentences"), list):
        raw = raw["sentences"]  # ("tests/quantstyle/sentences.json": the list under a key)
    if not isinstance(raw, list) or not all(
        isinstance(item, dict) and isinstance(item.get("text"), str) for item in raw
    ):
        raise InputError(
            f"NewsQuant file {p} is not a list of {{text, quantities}} objects (nor one under "
            '"sentences"); pass a NewsQuant*.json file',
            code="bad_eval_data",
        )
    out = []
    for item in raw:
        qs = []
        for q in item.get("quantities", ()):
            value, low, high = _parse_gold_value(str(q["value"]))
            units = tuple(
                "" if not u or u.strip() == "-" else u
                for u in (q.get("unit"), q.get("normalized_unit"))
            )
            concept = q.get("referred_concepts")
            qs.append(
                GoldQuantity(
                    value,
                    low,
                    high,
                    q.get("change", "="),
                    units,
                    None if not concept or concept.strip() == "-" else concept,
                )
            )
        out.append(GoldSentence(item["text"], tuple(qs)))
    return out


# ---------------------------------------------------------------- column predicates


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b)) or a == b


def value_match(p: Pred, g: GoldQuantity) -> bool:
    if g.value is None:  # gold range
        return p.value is None and _close(p.low, g.low) and _close(p.high, g.high)
    return _close(p.value, g.value)


def change_match(p: Pred, g: GoldQuantity) -> bool:
    if g.change == ">":
        return p.change in (">", ">=")
    if g.change == "<":
        return p.change in ("<", "<=")
    return p.change == g.change


_UNIT_PHRASES = [
    (re.compile(r"\bus\s*\$|\busd\b|\bus dollars?\b"), " dollar "),
    (re.compile(r"\bper\s*cent\b|\bpercentage\b|\bpct\b|\bpc\b"), " percent "),
    (re.compile(r"\beur\b"), " euro "),
    (re.compile(r"\bgbp\b|\bsterling\b"), " pound "),
    (re.compile(r"\bjpy\b"), " yen "),
    # "sixfold", "2.4-fold" and NewsQuant's normalized "count"
    (re.compile(r"\b[a-z]*-?fold\b"), " count "),
    (re.compile(r"(?<=[a-z])-(?=[a-z])"), " "),
    (re.compile(r"(?<=[\w$%€£¥])\s+an?\s+(?=\w)"), " per "),
]
_UNIT_WORD = re.compile(r"[a-zμµ]+|[$%€£¥]")
_SYNONYMS = {
    "%": "percent",
    "$": "dollar",
    "€": "euro",
    "£": "pound",
    "¥": "yen",
    "p": "pence",
    "penny": "pence",
    "metre": "meter",
    "litre": "liter",
}
_IRREGULAR = {
    "feet": "foot",
    "people": "person",
    "children": "child",
    "teeth": "tooth",
    "pence": "pence",
    "series": "series",
    "species": "species",
}


def singular(word: str) -> str:
    """A cheap English singular, enough to compare unit and concept words."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 3 and word.endswith("men"):
        return word[:-3] + "man"
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def unit_words(unit: str | None) -> tuple[str, ...]:
    if not unit:
        return ()
    s = unit.lower()
    for rx, rep in _UNIT_PHRASES:
        s = rx.sub(rep, s)
    words = []
    for w in _UNIT_WORD.findall(s):
        w = singular(w)
        for a, b in (("metre", "meter"), ("litre", "liter")):
            w = w.replace(a, b)
        words.append(_SYNONYMS.get(w, w))
    return tuple(words)


def _unit_eq(pred: str | None, gold: str | None) -> bool:
    a, b = unit_words(pred), unit_words(gold)
    if not a or not b:
        return not a and not b
    sa, sb = set(a), set(b)
    return a == b or sa <= sb or sb <= sa


def unit_match(p: Pred, g: GoldQuantity) -> bool:
    if not value_match(p, g):
        return False
    return any(_unit_eq(p.unit, u or None) for u in g.units or ("",))


_STOP = frozenset(
    """a an the of in on at for to and or but its it their his her this that these those
    with by from is was be are were as than into over per""".split()
)
_WORD = re.compile(r"[\w][\w'’&.-]*")


def content_words(text: str | None) -> set[str]:
    if not text:
        return set()
    out = set()
    for w in _WORD.findall(text.lower()):
        w = w.strip(".'’-")
        w = re.sub(r"['’]s$", "", w)
        if len(w) < 2 or w in _STOP:
            continue
        out.add(singular(w))
    return out


def concept_match(p: Pred, g: GoldQuantity) -> bool:
    return (
        value_match(p, g)
        and g.concept is not None
        and bool(content_words(p.concept) & content_words(g.concept))
    )


# ---------------------------------------------------------------- convention mapping

_CHANGE_NOUNS = (
    r"(?:increase|rise|gain|jump|surge|hike|boost|climb|rebound|spike|uptick|advance|drop"
    r"|fall|decline|decrease|cut|reduction|slump|plunge|dip|contraction|downturn|slide)s?"
)
# "a 19% drop", "a 400-point year-on-year fall"; not "400 points as bond yields spike" (a
# conjunction or preposition starts another phrase)
_NOUN_AFTER = re.compile(
    rf"(?:[\s-]+(?!(?:as|while|when|after|before|and|but|since|because|amid|with|on|in|at"
    rf"|for|to|from|of|than|the|its|their|his|her)\b)[\w'’-]+){{0,3}}?[\s-]+{_CHANGE_NOUNS}\b",
    re.I,
)
# "a fall of 3%", "rate cuts of 50 basis points", "an increase by 5%"; not the verb in "will
# fall by 7%" ("by" after a noun of change needs its determiner)
_NOUN_OF_BEFORE = re.compile(
    rf"(?:\b{_CHANGE_NOUNS}\s+of|\b(?:an?|the|its|their|his|her|this|that|any|further"
    rf"|[\d.,]+%?)\s+(?:[\w-]+\s+)?{_CHANGE_NOUNS}\s+by)\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+)?\S?$",
    re.I,
)
# "a 23% higher risk", "10 to 12 per cent more than elsewhere", "10mph less than": a
# comparison told by an adjective, not a change told by a verb
_COMPARED_AFTER = re.compile(
    r"\s*(?:higher|lower|greater|smaller|bigger|larger|more|less|fewer|cheaper|dearer)\s+"
    r"(?:than\b|(?!than\b)[a-z])",
    re.I,
)
_HEDGED = re.compile(
    r"(?:about|around|roughly|nearly|almost|approximately|some|close\s+to|an\s+estimated)\s", re.I
)
_FROM = re.compile(r"\bfrom\s+$", re.I)
_TO = re.compile(r"^\s*to\s*$", re.I)


def to_newsquant(text: str, preds: Sequence[Pred]) -> list[Pred]:
    """Map the ledger's predictions for ``text`` to NewsQuant's conventions (module docstring):
    "from A to B" levels become one range; a change named by a noun becomes ``=`` (``~``
    when hedged)."""
    out: list[Pred] = []
    i = 0
    ps = sorted(preds, key=lambda p: p.start if p.start is not None else -1)
    while i < len(ps):
        p = ps[i]
        if p.start is None or p.end is None:
            out.append(p)
            i += 1
            continue
        after_end = max(p.end, p.unit_end or 0)
        if p.change in ("up", "down") and (
            _NOUN_AFTER.match(text, after_end)
            or _NOUN_OF_BEFORE.search(text, 0, p.start)
            or _COMPARED_AFTER.match(text, after_end)
        ):
            # (a hedged one, "roughly 15 per cent higher than a year earlier", is approximate)
            hedged = _HEDGED.match(text, p.start) is not None
            p = _with(p, change="~" if hedged else "=")
        if i + 1 < len(ps):
            q = ps[i + 1]
            gap_from = after_end if after_end <= (q.start or 0) else p.end
            if (
                q.start is not None
                and p.value is not None
                and q.value is not None
                and _FROM.search(text, 0, p.start or 0)
                and _TO.match(text[gap_from : q.start])
            ):
                out.append(_with(p, value=None, low=p.value, high=q.value, unit=p.unit or q.unit))
                i += 2
                continue
        out.append(p)
        i += 1
    return out


def _with(p: Pred, **kw: Any) -> Pred:
    from dataclasses import replace

    return replace(p, **kw)


# ---------------------------------------------------------------- scoring


def _greedy(
    preds: Sequence[Pred], golds: Sequence[GoldQuantity], ok: Callable[[Pred, GoldQuantity], bool]
) -> int:
    used: set[int] = set()
    tp = 0
    for g in golds:
        for i, p in enumerate(preds):
            if i not in used and ok(p, g):
                used.add(i)
                tp += 1
                break
    return tp


def _value_pairs(preds: Sequence[Pred], golds: Sequence[GoldQuantity]) -> dict[int, int]:
    """Pred index -> gold index of the one-to-one value matching."""
    pairs: dict[int, int] = {}
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if pi not in pairs and value_match(p, g):
                pairs[pi] = gi
                break
    return pairs


@dataclass(slots=True)
class _Tally:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0


def score(pairs: Iterable[tuple[Sequence[Pred], GoldSentence]]) -> EvalReport:
    """Score (predictions, gold sentence) pairs into a report with one row per column."""
    tallies = {c: _Tally() for c in COLUMNS}
    n_sent = 0
    for preds, gold in pairs:
        n_sent += 1
        golds = gold.quantities
        for col, ok in (
            ("value", value_match),
            ("value+unit", unit_match),
            ("value+change", lambda p, g: value_match(p, g) and change_match(p, g)),
        ):
            t = tallies[col]
            t.tp += _greedy(preds, golds, ok)
            t.n_pred += len(preds)
            t.n_gold += len(golds)
        # Concept: leave out gold without a concept and the predictions that matched them.
        vp = _value_pairs(preds, golds)
        keep = [p for i, p in enumerate(preds) if i not in vp or golds[vp[i]].concept]
        cgold = [g for g in golds if g.concept]
        t = tallies["value+concept(partial)"]
        t.tp += _greedy(keep, cgold, concept_match)
        t.n_pred += len(keep)
        t.n_gold += len(cgold)
    rows = []
    for col in COLUMNS:
        t = tallies[col]
        p, r, f = prf(t.tp, t.n_pred, t.n_gold)
        rows.append(Row(col, p, r, f, PUBLISHED.get(col, {})))
    return EvalReport(
        "NewsQuant",
        tuple(rows),
        notes=(
            f"{n_sent} sentences, {tallies['value'].n_gold} gold quantities, "
            f"{tallies['value'].n_pred} predicted",
        ),
        extra={"counts": {c: vars_(t) for c, t in tallies.items()}},
    )


def vars_(t: _Tally) -> dict[str, int]:
    return {"tp": t.tp, "pred": t.n_pred, "gold": t.n_gold}


def score_records(
    records: Iterable[Mapping[str, Any]], gold: Sequence[GoldSentence] | str | Path
) -> EvalReport:
    """Score saved ``extract --format jsonl`` records (dicts with "text" and "quantities").

    Records are aligned to gold sentences by text, falling back to input order.
    """
    golds = load_gold(gold) if isinstance(gold, str | Path) else list(gold)
    by_text = {g.text: g for g in golds}
    pairs = []
    seen: set[int] = set()
    recs = list(records)
    for i, rec in enumerate(recs):
        g = by_text.get(rec.get("text", ""))
        if g is None and i < len(golds):
            g = golds[i]
        if g is None:
            continue
        seen.add(id(g))
        preds = [Pred.from_dict(q) for q in rec.get("quantities", ())]
        pairs.append((to_newsquant(str(rec.get("text", g.text)), preds), g))
    # Gold sentences without a record count as missed.
    pairs.extend(([], g) for g in golds if id(g) not in seen)
    return score(pairs)


def score_jsonl(records_path: str | Path, gold: str | Path) -> EvalReport:
    """Score a saved ``claimledger extract --format jsonl`` file against a NewsQuant file."""
    p = Path(records_path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(
            f"cannot read extraction records {p}: {exc}; pass a file written by "
            "`claimledger extract --format jsonl`",
            code="bad_eval_data",
        ) from exc
    return score_records(records, gold)


def _records(golds: Sequence[GoldSentence], settings: Settings | None) -> list[dict[str, Any]]:
    from ..models import Article
    from ..nlp.extract import Extractor

    extractor = Extractor(settings or Settings())
    articles = [Article(id=f"newsquant-{i}", text=g.text) for i, g in enumerate(golds)]
    return [x.to_dict() for x in extractor.extract(articles)]


def cross_validate(
    path: str | Path, folds: int = 5, settings: Settings | None = None
) -> EvalReport:
    """k-fold figures on a NewsQuant file: sentence i is in fold i % k; each row gives the
    mean F1 over folds and the notes give each fold's F1 and the spread.

    Nothing in the quantity step is fit on NewsQuant, so each fold is scored as held-out
    text; anything learned or tuned on it must be fit on the other k-1 folds only. The spread
    across folds is the error bar to read dev figures (and dev-to-test gaps) against.
    """
    if folds < 2:
        raise InputError("--folds needs at least 2 folds", code="bad_option")
    golds = load_gold(path)
    records = _records(golds, settings)
    per_fold = []
    for f in range(folds):
        idx = [i for i in range(len(golds)) if i % folds == f]
        per_fold.append(score_records([records[i] for i in idx], [golds[i] for i in idx]))
    rows = []
    notes = []
    for c, col in enumerate(COLUMNS):
        f1s = [r.rows[c].f1 for r in per_fold]
        mean = sum(f1s) / folds
        sd = (sum((x - mean) ** 2 for x in f1s) / (folds - 1)) ** 0.5
        p = sum(r.rows[c].precision for r in per_fold) / folds
        rec = sum(r.rows[c].recall for r in per_fold) / folds
        rows.append(Row(col, p, rec, mean, PUBLISHED.get(col, {})))
        notes.append(
            f"{col}: folds "
            + " ".join(f"{100 * x:.1f}" for x in f1s)
            + f"; mean {100 * mean:.1f} +/- {100 * sd:.1f} (sd), min {100 * min(f1s):.1f}"
        )
    return EvalReport(
        f"NewsQuant {folds}-fold ({Path(path).name})",
        tuple(rows),
        tuple(notes) + ("rows are means over folds; nothing is fit on NewsQuant",),
    )


def evaluate(path: str | Path, settings: Settings | None = None) -> EvalReport:
    """Run every gold sentence through the real extraction path and score it."""
    golds = load_gold(path)
    report = score_records(_records(golds, settings), golds)
    return EvalReport(
        f"NewsQuant ({Path(path).name})",
        report.rows,
        report.notes
        + ("published figures are on the full 590-sentence set; the dev/test split differs",),
        report.extra,
    )
