"""`evaluate.claimbuster`: k-fold CV of the shipped recipe, as an EvalReport."""

from __future__ import annotations

import json
from pathlib import Path

from claimledger.evaluate import claimbuster
from claimledger.evaluate.report import EvalReport


def test_evaluate_reports_folds_and_ap(tmp_path: Path) -> None:
    rows = [{"text": f"Taxes rose {n} percent in {2000 + n}.", "label": 1} for n in range(12)]
    rows += [{"text": f"Thank you so much, {c}.", "label": 0} for c in "ABCDEFGHIJKL"]
    path = tmp_path / "kfold_tiny.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    report = claimbuster.evaluate(path, k=2)
    assert isinstance(report, EvalReport)
    assert report.rows[0].name.startswith("check-worthy")
    assert len(report.rows) == 3  # pooled + one per fold
    d = report.to_dict()
    assert 0.0 <= d["average_precision"] <= 1.0 and 0.0 <= d["map"] <= 1.0
    assert d["recipe"] == claimbuster.shipped_recipe().to_dict()
    assert "ClaimBuster" in report.render()


def test_shipped_recipe_matches_model_card() -> None:
    from claimledger.nlp.worthiness import MODEL_DIR

    recipe = claimbuster.shipped_recipe()
    card = (MODEL_DIR / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert f"arch={recipe.arch}" in card and f"epochs={recipe.epochs}" in card


def test_shipped_cv_report_keeps_its_floor() -> None:
    """The CV figures saved with the shipped model (cv.json) never drop below the pinned floor."""
    from claimledger.nlp.worthiness import MODEL_DIR

    cv = json.loads((MODEL_DIR / "cv.json").read_text(encoding="utf-8"))
    assert cv["k"] == 4
    assert cv["recipe"] == claimbuster.shipped_recipe().to_dict()
    assert cv["f1"] >= 0.72 and cv["average_precision"] >= 0.83  # shipped: 0.744, 0.850
