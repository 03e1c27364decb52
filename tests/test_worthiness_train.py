"""Training the worthiness scorer: folds, AP, a tiny round trip, a floor on held-aside data."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from claimledger.errors import InputError
from claimledger.nlp.worthiness import WorthinessScorer
from claimledger.train.worthiness import (
    Recipe,
    average_precision,
    fit,
    load_claimbuster,
    predict,
    split_folds,
    train,
)

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMLEDGER_SHARED", ROOT.parent / "shared"))
CLAIMBUSTER = SHARED / "data" / "claimbuster-clef2019" / "data" / "two_class" / "kfold_25ncs.json"

TINY = (
    [(f"Unemployment fell to {n}.{n} percent in {1990 + n}.", 1) for n in range(10)]
    + [(f"Taxes rose by {n} billion dollars last year.", 1) for n in range(10)]
    + [(f"Thank you, {name}.", 0) for name in "ABCDEFGHIJ"]
    + [(f"Good evening {name}, and welcome.", 0) for name in "ABCDEFGHIJ"]
)


def test_average_precision_known_values() -> None:
    assert average_precision([0.9, 0.8, 0.1], [1, 1, 0]) == 1.0
    assert average_precision([0.9, 0.8, 0.1], [0, 0, 1]) == pytest.approx(1 / 3)
    assert average_precision([0.9, 0.8, 0.7], [1, 0, 1]) == pytest.approx((1 + 2 / 3) / 2)
    assert average_precision([0.5], [0]) == 0.0


def test_split_folds_stratified_grouped_and_reproducible() -> None:
    data = [(f"s{i}", i % 3 == 0) for i in range(120)] + [("dup", 1), ("DUP ", 1)]
    data = [(t, int(y)) for t, y in data]
    folds = split_folds(data, k=4, seed=0)
    assert folds == split_folds(data, k=4, seed=0)
    assert folds != split_folds(data, k=4, seed=1)
    assert folds[-1] == folds[-2]  # identical texts stay together
    for f in range(4):
        pos = sum(1 for (_, y), g in zip(data, folds, strict=True) if g == f and y)
        assert 9 <= pos <= 12


def test_load_claimbuster_rejects_bad_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"not": "a list"}', encoding="utf-8")
    with pytest.raises(InputError):
        load_claimbuster(bad)
    with pytest.raises(InputError):
        load_claimbuster(tmp_path / "missing.json")
    bad.write_text('[{"text": "x"}]', encoding="utf-8")
    with pytest.raises(InputError):
        load_claimbuster(bad)


def test_train_round_trip_and_determinism(tmp_path: Path) -> None:
    data_path = tmp_path / "tiny.json"
    data_path.write_text(json.dumps([{"text": t, "label": y} for t, y in TINY]), encoding="utf-8")
    recipe = Recipe(epochs=3)
    report = train(data_path, tmp_path / "model", seed=0, recipe=recipe, k=2)
    assert 0.0 <= report["f1"] <= 1.0 and 0.0 <= report["average_precision"] <= 1.0
    assert json.loads((tmp_path / "model" / "recipe.json").read_text())["epochs"] == 3
    scorer = WorthinessScorer.load(tmp_path / "model")
    a, b = scorer.score_texts(["Unemployment fell to 5.5 percent in 1995.", "Thank you, Z."])
    assert a > b
    # Same data and seed, same weights: refitting reproduces the saved model's scores.
    texts = [t for t, _ in TINY[:5]]
    again = predict(fit(TINY, recipe, seed=0), texts, recipe.normalize)
    assert again == pytest.approx(scorer.score_texts(texts), abs=1e-6)


@pytest.mark.data
@pytest.mark.skipif(not CLAIMBUSTER.exists(), reason=f"ClaimBuster not found at {CLAIMBUSTER}")
def test_floor_on_held_aside_slice() -> None:
    """A quick model on 1/3 of ClaimBuster keeps a floor on a held-aside tenth (no CV)."""
    data = load_claimbuster(CLAIMBUSTER)
    folds = split_folds(data, k=10, seed=0)
    train_part = [d for d, g in zip(data, folds, strict=True) if g in (1, 2, 3)]
    held = [d for d, g in zip(data, folds, strict=True) if g == 0]
    recipe = Recipe(epochs=2)
    nlp = fit(train_part, recipe, seed=0)
    scores = predict(nlp, [t for t, _ in held], recipe.normalize)
    labels = [y for _, y in held]
    assert average_precision(scores, labels) >= 0.70
    tp = sum(1 for s, y in zip(scores, labels, strict=True) if s >= 0.5 and y)
    precision = tp / max(1, sum(1 for s in scores if s >= 0.5))
    recall = tp / sum(labels)
    # Measured 2026-11: AP 0.81, P 0.87, R 0.54, F1 0.67.
    assert precision >= 0.70
    assert 2 * precision * recall / (precision + recall) >= 0.55


def test_average_precision_ties_ignore_input_order() -> None:
    # One tied block of a positive and a negative: precision 1/2 whatever the order.
    assert average_precision([0.5, 0.5], [1, 0]) == average_precision([0.5, 0.5], [0, 1]) == 0.5
