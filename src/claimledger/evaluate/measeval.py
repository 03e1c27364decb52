"""MeasEval (SemEval-2021 Task 8): quantity spans, units and modifiers in science paragraphs.

PATH is the MeasEval folder (or one split of it); every ``tsv/`` folder under it is read with
the ``text/`` folder beside it (the official train and eval splits: 383 paragraphs, 1,382
quantities). Only ``Quantity`` rows are used: their character span, ``unit`` and ``mods``.
MeasEval gives no values, so values are not scored. The domain is scientific prose, not news:
the suite tests the parts of our step that do not depend on the genre (finding numbers,
reading units, approximation and bound words).

Scoring, one row each:

- **span**: predictions and gold quantities are paired one to one by the largest character
  overlap; precision, recall and F1 count the pairs. A paragraph passes when every gold
  quantity is paired and no prediction is left over.
- **unit**: a pair agrees when our unit and MeasEval's are the same unit
  (:func:`.quantcases.unit_agrees`: spelling folds, word containment, or pint's equivalence,
  so "m" is "meter" and "m s−1" is "meter per second"). P/R/F1 count pairs that agree over
  all predictions and all gold; pass % is agreement over pairs.
- **approximate**: among pairs, MeasEval's ``IsApproximate`` against our ``~``.
- **range or bound**: among pairs, MeasEval's ``IsRange`` (which it uses for both ranges and
  one-sided bounds such as "<2 ppm" or "up to 9") against our range (no single value) or a
  bound (``> >= < <=``).

Where MeasEval's convention is not ours, a rule per category maps:

- **lists and ranges as one span** (mapped): MeasEval writes "2619.6 and 2614.7 m" (IsList)
  or "600 °C, up to 750 °C" (IsRange) as one quantity; we give each number its own. Every
  further prediction inside such a gold span belongs to it instead of counting as extra.
- **duration modifiers** (mapped): "a 10-day incubation" uses a duration to describe a noun;
  for us that is not a quantity (docs/quantities.md), so such gold quantities are dropped
  (counted in the notes).
- **counts without a unit** (mapped): a gold quantity with no unit (mostly ``IsCount``:
  "two samples") accepts our counted noun ("sample") or no unit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..models import Quantity
from ..settings import Settings
from .quantcases import unit_agrees
from .report import EvalReport, Row, prf

__all__ = ["GoldQuantity", "Paragraph", "evaluate", "load", "score"]


@dataclass(frozen=True, slots=True)
class GoldQuantity:
    start: int
    end: int
    text: str
    unit: str | None
    mods: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    doc_id: str
    split: str
    text: str
    quantities: tuple[GoldQuantity, ...]
    dropped: int = 0  # gold quantities left out by a mapping rule


def _splits(root: Path) -> Iterator[tuple[str, Path, Path]]:
    for tsv in sorted(root.rglob("tsv")):
        text = tsv.parent / "text"
        if tsv.is_dir() and text.is_dir():
            yield tsv.parent.name, tsv, text


def load(path: str | Path) -> list[Paragraph]:
    """Every annotated paragraph under ``path`` with its gold quantities."""
    root = Path(path)
    out: list[Paragraph] = []
    try:
        for split, tsv_dir, text_dir in _splits(root):
            for tsv in sorted(tsv_dir.glob("*.tsv")):
                text = (text_dir / f"{tsv.stem}.txt").read_text(encoding="utf-8")
                qs = []
                for line in tsv.read_text(encoding="utf-8").splitlines()[1:]:
                    cols = line.split("\t")
                    if len(cols) < 7 or cols[2] != "Quantity":
                        continue
                    other = json.loads(cols[7]) if len(cols) > 7 and cols[7].strip() else {}
                    qs.append(
                        GoldQuantity(
                            int(cols[3]),
                            int(cols[4]),
                            cols[6],
                            other.get("unit") or None,
                            tuple(other.get("mods", ())),
                        )
                    )
                kept = sorted(
                    (q for q in qs if not _duration_modifier(text, q)), key=lambda q: q.start
                )
                out.append(Paragraph(tsv.stem, split, text, tuple(kept), len(qs) - len(kept)))
    except (OSError, ValueError, IndexError) as exc:
        raise InputError(
            f"cannot read MeasEval data under {root}: {exc}; pass the folder holding "
            "data/{train,eval}/{text,tsv}",
            code="bad_eval_data",
        ) from exc
    if not out:
        raise InputError(f"no MeasEval tsv/ and text/ folders under {root}", code="bad_eval_data")
    return out


_DURATION_MOD = re.compile(r"^[\w.]+-(?:year|month|week|day|hour|minute|second)s?$", re.I)


def _duration_modifier(text: str, q: GoldQuantity) -> bool:
    return bool(_DURATION_MOD.match(q.text)) and bool(re.match(r"\s+[A-Za-z]", text[q.end :]))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _pairs(
    gold: Sequence[GoldQuantity], preds: Sequence[Quantity]
) -> tuple[list[tuple[int, int]], set[int]]:
    """One-to-one pairs by largest overlap, and the predictions absorbed by list spans."""
    cands = sorted(
        (
            (-_overlap((g.start, g.end), (p.start, p.end)), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(preds)
            if _overlap((g.start, g.end), (p.start, p.end)) > 0
        ),
    )
    gi_used: set[int] = set()
    pi_used: set[int] = set()
    pairs = []
    for _, gi, pi in cands:
        if gi in gi_used or pi in pi_used:
            continue
        gi_used.add(gi)
        pi_used.add(pi)
        pairs.append((gi, pi))
    absorbed = {
        pi
        for pi, p in enumerate(preds)
        if pi not in pi_used
        and any(
            ("IsList" in g.mods or "IsRange" in g.mods)
            and _overlap((g.start, g.end), (p.start, p.end)) > 0
            for g in gold
        )
    }
    return pairs, absorbed


def _is_range(q: Quantity) -> bool:
    return q.value is None or q.change in (">", ">=", "<", "<=")


def score(items: Sequence[tuple[Paragraph, Sequence[Quantity]]]) -> EvalReport:
    """Score (paragraph, our quantities) pairs into span, unit and modifier rows."""
    n_gold = n_pred = tp = unit_ok = 0
    paras_ok = 0
    flags = {"approximate": [0, 0, 0, 0], "range or bound": [0, 0, 0, 0]}  # tp, pred, gold, ok
    n_pairs = 0
    for para, preds in items:
        pairs, absorbed = _pairs(para.quantities, preds)
        n_gold += len(para.quantities)
        n_pred += len(preds) - len(absorbed)
        tp += len(pairs)
        paras_ok += len(pairs) == len(para.quantities) == len(preds) - len(absorbed)
        for gi, pi in pairs:
            g, p = para.quantities[gi], preds[pi]
            n_pairs += 1
            unit_ok += unit_agrees(p.unit, g.unit)
            for name, gflag, pflag in (
                ("approximate", "IsApproximate" in g.mods, p.change == "~"),
                ("range or bound", "IsRange" in g.mods, _is_range(p)),
            ):
                f = flags[name]
                f[0] += gflag and pflag
                f[1] += pflag
                f[2] += gflag
                f[3] += gflag == pflag
    rows = [
        Row("span", *prf(tp, n_pred, n_gold), cases=len(items), passed=paras_ok),
        Row("unit", *prf(unit_ok, n_pred, n_gold), cases=n_pairs, passed=unit_ok),
    ]
    for name, (ftp, fpred, fgold, fok) in flags.items():
        rows.append(Row(name, *prf(ftp, fpred, fgold), cases=n_pairs, passed=fok))
    return EvalReport(
        "MeasEval",
        tuple(rows),
        notes=(
            f"{len(items)} paragraphs, {n_gold} gold quantities, {n_pred} predicted; "
            f"{sum(p.dropped for p, _ in items)} duration modifiers left out by rule",
            "span: cases are paragraphs; unit and modifier rows: cases are paired quantities",
            "unit P/R/F1 count pairs whose units agree; modifier P/R/F1 are over pairs",
        ),
    )


def evaluate(path: str | Path, settings: Settings | None = None) -> EvalReport:
    """Run every MeasEval paragraph under ``path`` through the quantity step and score it."""
    from ..nlp.extract import Extractor
    from ..nlp.quantities import extract_quantities

    paras = load(path)
    nlp = Extractor(settings or Settings()).nlp_for("en")
    docs = nlp.pipe(p.text for p in paras)
    items = [(p, list(extract_quantities(d))) for p, d in zip(paras, docs, strict=True)]
    report = score(items)
    splits = sorted({p.split for p in paras})
    return EvalReport(f"MeasEval ({', '.join(splits)})", report.rows, report.notes, report.extra)
