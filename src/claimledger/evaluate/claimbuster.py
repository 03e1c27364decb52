"""ClaimBuster two-class check-worthiness (Arslan et al., ICWSM 2020): k-fold CV of our scorer.

Protocol: the shipped model was trained on all of ClaimBuster, so scoring it on ClaimBuster
would measure memory. Instead the shipped recipe (``models/worthiness/recipe.json``) is
retrained k times (default 4, folds stratified by label, duplicate texts kept together) and
every sentence is scored by the model that did not see it. Reported: P/R/F1 of label 1
(check-worthy factual) at threshold 0.5, pooled over the folds and per fold, plus average
precision (pooled) and MAP (mean of the per-fold APs). The data is read from the caller's
copy (CC BY 4.0), never shipped.

Published figures are left out: the papers' splits and label sets (three-class CFS/UFS/NFS,
or other k-fold files) differ from this file, so their numbers are not comparable here.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from .report import EvalReport, Row

if TYPE_CHECKING:
    from ..settings import Settings
    from ..train.worthiness import Recipe

__all__ = ["evaluate", "shipped_recipe"]

log = logging.getLogger(__name__)


def shipped_recipe() -> Recipe:
    """The recipe the shipped model was trained with; the default when none is installed."""
    from ..nlp.worthiness import MODEL_DIR
    from ..train.worthiness import Recipe

    p = MODEL_DIR / "recipe.json"
    if p.is_file():
        return Recipe.from_dict(json.loads(p.read_text(encoding="utf-8")))
    log.warning("no shipped worthiness recipe at %s; evaluating the default recipe", p)
    return Recipe()


def evaluate(
    path: str | Path, settings: Settings | None = None, *, k: int = 4, seed: int = 0
) -> EvalReport:
    """k-fold CV of the shipped check-worthiness recipe on a ClaimBuster ``kfold_*.json``."""
    from ..train.worthiness import cross_validate

    recipe = shipped_recipe()
    cv = cross_validate(path, k=k, seed=seed, recipe=recipe)
    rows = [Row("check-worthy @0.5 (pooled)", cv.precision, cv.recall, cv.f1)]
    rows.extend(Row(f"  fold {d['fold']}", d["precision"], d["recall"], d["f1"]) for d in cv.folds)
    notes = (
        f"{k}-fold CV (seed {seed}) of recipe arch={recipe.arch} ngram={recipe.ngram_size} "
        f"epochs={recipe.epochs}; each sentence scored by the fold model that did not see it",
        f"average precision (pooled) {cv.average_precision:.4f}; MAP over folds {cv.mean_ap:.4f}",
        f"best pooled F1 {cv.best_f1:.4f} at threshold {cv.best_threshold:.2f}",
    )
    return EvalReport(
        f"ClaimBuster two-class ({Path(path).name})",
        tuple(rows),
        notes,
        {
            "average_precision": round(cv.average_precision, 4),
            "map": round(cv.mean_ap, 4),
            "best_threshold": cv.best_threshold,
            "best_f1": round(cv.best_f1, 4),
            "folds": list(cv.folds),
            "recipe": recipe.to_dict(),
            "seconds": round(cv.seconds, 1),
        },
    )
