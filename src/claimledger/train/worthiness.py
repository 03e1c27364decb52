"""Train the check-worthiness scorer: a small standalone spaCy pipeline (blank ``en`` + textcat).

The training data is the ClaimBuster two-class set (Arslan et al., ICWSM 2020; CC BY 4.0),
read from the caller's copy and never shipped. ``cross_validate`` runs k-fold CV with folds
stratified by label and grouped by text (duplicate sentences never straddle folds);
``train`` reports CV and then fits the shipped model on all the data. Reproducible: the
folds, the shuffles and the weight initialisation all come from ``seed``.

    python -m claimledger.train.worthiness DATA.json OUT_DIR [--recipe JSON] [--no-cv]
"""

from __future__ import annotations

import json
import logging
import random
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..errors import InputError
from ..nlp.worthiness import LABEL, normalize_text

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "Recipe",
    "CVReport",
    "average_precision",
    "build_pipeline",
    "cross_validate",
    "fit",
    "load_claimbuster",
    "split_folds",
    "train",
]

log = logging.getLogger(__name__)

Arch = Literal["bow", "ensemble"]


@dataclass(frozen=True, slots=True)
class Recipe:
    """Everything that decides the trained model, saved beside it as ``recipe.json``."""

    arch: Arch = "bow"
    ngram_size: int = 2
    length: int = 2**18  # hash buckets of the sparse linear model
    normalize: str = "lower_digits_len"
    epochs: int = 5
    dropout: float = 0.2
    batch_start: float = 16.0
    batch_stop: float = 256.0
    learn_rate: float = 0.001
    width: int = 64  # ensemble only: tok2vec width
    embed_rows: int = 2000  # ensemble only: hash-embedding rows per attribute

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Recipe:
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in d.items() if k in known})


@dataclass(frozen=True, slots=True)
class CVReport:
    """Out-of-fold results: per-fold P/R/F1 at 0.5 and AP, pooled over all folds."""

    k: int
    seed: int
    recipe: Recipe
    folds: tuple[dict[str, float], ...]
    precision: float
    recall: float
    f1: float
    average_precision: float  # pooled out-of-fold AP
    mean_ap: float  # mean of per-fold AP (the "MAP" over folds)
    best_threshold: float
    best_f1: float
    seconds: float
    scores: tuple[float, ...] = field(default=(), repr=False)
    labels: tuple[int, ...] = field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        d = {
            "k": self.k,
            "seed": self.seed,
            "recipe": self.recipe.to_dict(),
            "folds": list(self.folds),
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "average_precision": round(self.average_precision, 4),
            "mean_ap": round(self.mean_ap, 4),
            "best_threshold": self.best_threshold,
            "best_f1": round(self.best_f1, 4),
            "seconds": round(self.seconds, 1),
        }
        return d


def load_claimbuster(path: str | Path) -> list[tuple[str, int]]:
    """(text, label) pairs from ClaimBuster's ``kfold_*.json`` (a list of {text, label})."""
    p = Path(path)
    try:
        rows = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise InputError(
            f"{p}: cannot read ClaimBuster JSON ({e}); pass data/two_class/kfold_25ncs.json"
        ) from e
    if not isinstance(rows, list):
        raise InputError(f"{p}: expected a JSON list of {{text, label}} records")
    out: list[tuple[str, int]] = []
    for i, r in enumerate(rows):
        try:
            out.append((str(r["text"]), int(r["label"])))
        except (KeyError, TypeError, ValueError) as e:
            raise InputError(f"{p}: record {i} lacks text/label ({e}); is this ClaimBuster?") from e
    return out


def split_folds(data: Sequence[tuple[str, int]], k: int = 4, seed: int = 0) -> list[int]:
    """A fold number per item: stratified by label, identical texts kept in one fold."""
    groups: dict[str, list[int]] = {}
    for i, (text, _) in enumerate(data):
        groups.setdefault(" ".join(text.lower().split()), []).append(i)
    rng = random.Random(seed)
    fold = [0] * len(data)
    for label in sorted({lab for _, lab in data}):
        keys = [g for g, idx in groups.items() if round(_mean(data[i][1] for i in idx)) == label]
        keys.sort()
        rng.shuffle(keys)
        for j, g in enumerate(keys):
            for i in groups[g]:
                fold[i] = j % k
    return fold


def _mean(xs: Iterable[float]) -> float:
    xs = list(xs)
    return sum(xs) / len(xs)


def build_pipeline(recipe: Recipe) -> Language:
    """A blank English pipeline with one ``textcat_multilabel`` (a single logistic label)."""
    import spacy

    nlp = spacy.blank("en")
    bow = {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": False,
        "ngram_size": recipe.ngram_size,
        "no_output_layer": False,
        "length": recipe.length,
    }
    if recipe.arch == "bow":
        model: dict[str, Any] = bow
    elif recipe.arch == "ensemble":
        model = {
            "@architectures": "spacy.TextCatEnsemble.v2",
            "linear_model": bow,
            "tok2vec": {
                "@architectures": "spacy.Tok2Vec.v2",
                "embed": {
                    "@architectures": "spacy.MultiHashEmbed.v2",
                    "width": recipe.width,
                    "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
                    "rows": [recipe.embed_rows, recipe.embed_rows // 2] * 2,
                    "include_static_vectors": False,
                },
                "encode": {
                    "@architectures": "spacy.MaxoutWindowEncoder.v2",
                    "width": recipe.width,
                    "depth": 2,
                    "window_size": 1,
                    "maxout_pieces": 3,
                },
            },
        }
    else:  # pragma: no cover - Literal guards this
        raise ValueError(f"unknown arch {recipe.arch!r}")
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": model, "threshold": 0.5})
    textcat.add_label(LABEL)  # type: ignore[attr-defined]
    return nlp


def fit(data: Sequence[tuple[str, int]], recipe: Recipe, *, seed: int = 0) -> Language:
    """Train a fresh pipeline on ``data`` with ``recipe``; deterministic for a given seed."""
    from spacy.training import Example
    from spacy.util import compounding, fix_random_seed, minibatch
    from thinc.api import Adam

    fix_random_seed(seed)
    nlp = build_pipeline(recipe)
    examples = [
        Example.from_dict(
            nlp.make_doc(normalize_text(t, recipe.normalize)), {"cats": {LABEL: float(y)}}
        )
        for t, y in data
    ]
    optimizer = nlp.initialize(lambda: examples, sgd=Adam(recipe.learn_rate))
    rng = random.Random(seed)
    for epoch in range(recipe.epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        sizes = compounding(recipe.batch_start, recipe.batch_stop, 1.001)
        for batch in minibatch(examples, size=sizes):
            nlp.update(batch, drop=recipe.dropout, sgd=optimizer, losses=losses)
        log.info("epoch %d loss %.3f", epoch, losses.get("textcat_multilabel", 0.0))
    return nlp


def predict(nlp: Language, texts: Sequence[str], normalize: str) -> list[float]:
    """P(check-worthy) for each text with a pipeline from ``fit``."""
    docs = nlp.pipe((normalize_text(t, normalize) for t in texts), batch_size=512)
    return [float(d.cats.get(LABEL, 0.0)) for d in docs]


def average_precision(scores: Sequence[float], labels: Sequence[int]) -> float:
    """AP of label 1 ranked by descending score: the sum over distinct score cut-offs of
    recall gained x precision there. Tied scores form one cut (as in scikit-learn), so the
    input order never flatters or punishes a model."""
    n_pos = sum(1 for y in labels if y)
    if not n_pos:
        return 0.0
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    ap = 0.0
    tp = seen = j = 0
    while j < len(order):
        cut = scores[order[j]]
        gained = 0
        while j < len(order) and scores[order[j]] == cut:
            gained += 1 if labels[order[j]] else 0
            seen += 1
            j += 1
        tp += gained
        ap += (gained / n_pos) * (tp / seen)
    return ap


def _prf_at(scores: Sequence[float], labels: Sequence[int], t: float) -> tuple[float, float, float]:
    tp = sum(1 for s, y in zip(scores, labels, strict=True) if s >= t and y)
    n_pred = sum(1 for s in scores if s >= t)
    n_gold = sum(labels)
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def cross_validate(
    data_path: str | Path,
    *,
    k: int = 4,
    seed: int = 0,
    recipe: Recipe | None = None,
    data: Sequence[tuple[str, int]] | None = None,
) -> CVReport:
    """k-fold CV of ``recipe``: every sentence is scored by a model that never saw it."""
    recipe = recipe or Recipe()
    data = list(data) if data is not None else load_claimbuster(data_path)
    folds = split_folds(data, k, seed)
    scores = [0.0] * len(data)
    per_fold: list[dict[str, float]] = []
    t0 = time.perf_counter()
    for f in range(k):
        train_idx = [i for i, g in enumerate(folds) if g != f]
        test_idx = [i for i, g in enumerate(folds) if g == f]
        nlp = fit([data[i] for i in train_idx], recipe, seed=seed)
        pred = predict(nlp, [data[i][0] for i in test_idx], recipe.normalize)
        for i, s in zip(test_idx, pred, strict=True):
            scores[i] = s
        gold = [data[i][1] for i in test_idx]
        p, r, f1 = _prf_at(pred, gold, 0.5)
        ap = average_precision(pred, gold)
        per_fold.append(
            {"fold": f, "n": len(test_idx), "precision": p, "recall": r, "f1": f1, "ap": ap}
        )
        log.info("fold %d: P %.3f R %.3f F1 %.3f AP %.3f", f, p, r, f1, ap)
    labels = [y for _, y in data]
    p, r, f1 = _prf_at(scores, labels, 0.5)
    best_t, best_f1 = 0.5, f1
    for step in range(5, 96, 5):
        t = step / 100
        f1_t = _prf_at(scores, labels, t)[2]
        if f1_t > best_f1:
            best_t, best_f1 = t, f1_t
    return CVReport(
        k=k,
        seed=seed,
        recipe=recipe,
        folds=tuple(
            {key: (round(v, 4) if isinstance(v, float) else v) for key, v in d.items()}
            for d in per_fold
        ),
        precision=p,
        recall=r,
        f1=f1,
        average_precision=average_precision(scores, labels),
        mean_ap=_mean(d["ap"] for d in per_fold),
        best_threshold=best_t,
        best_f1=best_f1,
        seconds=time.perf_counter() - t0,
        scores=tuple(scores),
        labels=tuple(labels),
    )


def train(
    data_path: str | Path,
    out_dir: str | Path,
    *,
    seed: int = 0,
    recipe: Recipe | None = None,
    k: int = 4,
    cv: bool = True,
) -> dict[str, Any]:
    """Cross-validate ``recipe`` (unless ``cv=False``), then fit on all data and save.

    Writes the spaCy pipeline (``nlp.to_disk``) to ``out_dir`` plus ``recipe.json`` and
    ``cv.json``; returns the CV report as a dict (empty when ``cv=False``).
    """
    recipe = recipe or Recipe()
    data = load_claimbuster(data_path)
    report: dict[str, Any] = {}
    if cv:
        report = cross_validate(data_path, k=k, seed=seed, recipe=recipe, data=data).to_dict()
    nlp = fit(data, recipe, seed=seed)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    nlp.meta.update(
        {
            "name": "claimledger_worthiness",
            "version": "1.0.0",
            "description": "Check-worthiness of a sentence (ClaimBuster two-class).",
            "license": "CC BY 4.0 (weights derived from the ClaimBuster dataset)",
            # The BOW layers are stable across 3.8.x; match pyproject's spaCy range.
            "spacy_version": ">=3.8.0,<3.9.0",
        }
    )
    nlp.to_disk(out)
    (out / "recipe.json").write_text(
        json.dumps({"seed": seed, "n_train": len(data), **recipe.to_dict()}, indent=2) + "\n",
        encoding="utf-8",
    )
    if report:
        (out / "cv.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return report


def main(argv: Sequence[str] | None = None) -> None:  # pragma: no cover - thin wrapper
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data")
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--k", type=int, default=4)
    ap.add_argument("--no-cv", action="store_true")
    ap.add_argument("--recipe", type=json.loads, default={}, help="JSON overrides of Recipe")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    recipe = replace(Recipe(), **args.recipe)
    report = train(
        args.data, args.out_dir, seed=args.seed, recipe=recipe, k=args.k, cv=not args.no_cv
    )
    log.info(json.dumps(report, indent=2))


if __name__ == "__main__":  # pragma: no cover
    main()
