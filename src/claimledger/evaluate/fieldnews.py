"""Field news: real articles with hand-made gold claims, frames and verdicts.

The folder (``../shared/data/fieldnews``, research-only, never bundled) holds
``articles.jsonl``, ``gold.jsonl`` and its own scorer ``score.py``, which also scores a
hidden set of other articles annotated the same way. This evaluation runs the ledger as a
user would (ingest into a fresh ledger, import the bundled reference series, check every
claim), writes the two files the scorer reads (the extraction records, as
``extract --format jsonl`` prints them, and the verdicts, as ``check --json`` prints them)
and runs the folder's scorer on them, so the figures are exactly the scorer's.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from .report import EvalReport, Row

if TYPE_CHECKING:
    from ..settings import Settings

__all__ = ["TARGETS", "evaluate", "run_scorer"]

# The acceptance targets of the claim-frames work (issue 10), shown beside the figures.
TARGETS = {
    "verdict precision (lenient)": 0.95,
    "verdict coverage": 0.80,
    "claimer strict accuracy": 0.95,
    "hedge recall": 0.85,
    "hedge precision": 0.85,
    "stance on denials, disputes, admissions": 0.85,
    "value+bound F1": 0.92,
    "as-of accuracy": 0.95,
}


def _files(path: Path) -> tuple[Path, Path, Path]:
    folder = path if path.is_dir() else path.parent
    files = (folder / "articles.jsonl", folder / "gold.jsonl", folder / "score.py")
    missing = [f.name for f in files if not f.is_file()]
    if missing:
        raise InputError(
            f"{folder}: not a field-news folder (missing {', '.join(missing)}); pass the folder "
            "holding articles.jsonl, gold.jsonl and score.py"
        )
    return files


def run_scorer(
    scorer: Path, gold: Path, out: Path, verdicts: Path | None, db: Path | None
) -> dict[str, Any]:
    """The folder's own scorer on our files, as parsed JSON."""
    cmd = [sys.executable, str(scorer), str(gold), str(out)]
    if verdicts is not None:
        cmd += ["--verdicts", str(verdicts)]
    if db is not None:
        cmd += ["--db", str(db)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise InputError(f"{scorer}: the scorer failed: {done.stderr.strip()[-300:]}")
    return dict(json.loads(done.stdout))


def evaluate(path: str | Path, settings: Settings) -> EvalReport:
    from dataclasses import replace

    from ..check import check_claims, load_bundled_references
    from ..ledger import add
    from ..store import open_store

    articles, gold, scorer = _files(Path(path))
    ids = [
        str(json.loads(line)["id"])
        for line in articles.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    with tempfile.TemporaryDirectory(prefix="claimledger-fieldnews-") as tmp:
        db = Path(tmp) / "ledger.db"
        out, verdicts = Path(tmp) / "out.jsonl", Path(tmp) / "verdicts.jsonl"
        store = open_store(str(db))
        try:
            add([articles], replace(settings, db=str(db)), store=store)
            load_bundled_references(store)
            results = check_claims(store)
            with out.open("w", encoding="utf-8") as f:
                for aid in ids:
                    f.write(json.dumps(store.extraction(aid).to_dict(), ensure_ascii=False) + "\n")
        finally:
            store.close()
        with verdicts.open("w", encoding="utf-8") as f:
            for r in results:
                f.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
        scored = run_scorer(scorer, gold, out, verdicts, db)
    return report(scored)


def _f1(p: float | None, r: float | None) -> float:
    p, r = p or 0.0, r or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def report(scored: dict[str, Any]) -> EvalReport:
    """The scorer's figures as rows (precision, recall, F1) and one-line accuracies."""
    a = scored["all"]
    v = scored.get("verdicts", {}).get("all", {})
    q = a["quantities_in_matched_claims"]
    hp, hr = a.get("hedged_precision"), a.get("hedged_recall_of_true")
    vp, vc = v.get("precision_lenient"), v.get("coverage")
    rows = (
        Row("claims", a["claim_precision"], a["claim_recall"], a["claim_f1"]),
        Row("quantity value", q["value"]["p"], q["value"]["r"], q["value"]["f1"]),
        Row("quantity value+bound", *(q["value_change"][k] for k in ("p", "r", "f1"))),
        Row("quantity value+unit", *(q["value_unit"][k] for k in ("p", "r", "f1"))),
        Row("hedges", hp or 0.0, hr or 0.0, _f1(hp, hr)),
        Row("verdicts (P lenient, R=coverage)", vp or 0.0, vc or 0.0, _f1(vp, vc)),
    )
    stance = a.get("stance_by_gold_label", {})
    hard = [stance[k] for k in ("denies", "disputes", "admits") if k in stance]
    n_hard = sum(s["n"] for s in hard)
    hard_acc = sum(s["acc"] * s["n"] for s in hard) / n_hard if n_hard else None
    frames = scored.get("frames_in_extract_output", {})
    as_of = frames.get("as_of", {}).get("acc") if isinstance(frames.get("as_of"), dict) else None
    notes = [
        f"claimer strict accuracy {_pct(a.get('claimer_accuracy'))} "
        f"(lenient {_pct(a.get('claimer_accuracy_lenient'))})",
        f"stance accuracy {_pct(a.get('stance_accuracy'))}; on denials, disputes and admissions "
        f"{_pct(hard_acc)} ("
        + ", ".join(f"{k} {s['acc'] * s['n']:.0f}/{s['n']}" for k, s in sorted(stance.items()))
        + ")",
        "frames (share of gold quantities): "
        + ", ".join(
            f"{k} {_pct(x.get('acc')) if isinstance(x, dict) else x}" for k, x in frames.items()
        ),
        f"verdicts: {v.get('tool_checked', 0)} other than unverifiable, precision (strict) "
        f"{_pct(v.get('precision'))}, restraint {_pct(v.get('restraint'))}",
        f"main claim = top-scored claim {_pct(a.get('main_claim_accuracy'))}, with its claimer "
        f"{_pct(a.get('main_claim_and_claimer'))}",
        "targets: " + ", ".join(f"{k} >= {100 * t:.0f}" for k, t in TARGETS.items()),
    ]
    extra = {
        "claimer_strict": a.get("claimer_accuracy"),
        "stance_hard": hard_acc,
        "as_of": as_of,
        "scorer": scored,
    }
    return EvalReport("Field news (fieldnews gold, its own score.py)", rows, tuple(notes), extra)


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}"
