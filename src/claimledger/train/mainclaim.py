"""Train the main-claim model (:mod:`claimledger.nlp.mainclaim`) on HCN (Kotitsas et al.,
EACL 2024).

Each HCN article has one gold main claim. Every sentence of the article gets the features of
:func:`claimledger.nlp.mainclaim.sentence_features`, computed by the same code path as
extraction (:func:`claimledger.nlp.claims.sentence_table`); the gold sentence is the one
whose SQuAD token F1 with the gold claim is highest. The model is a conditional logit
(McFadden): a linear score per sentence, softmax over the article's sentences, fitted by
L2-regularised maximum likelihood on standardised features. ``cross_validate`` scores every
article with a model that did not see it (k folds by article, repeated over seeds);
``train`` reports CV for each regularisation strength of a small grid, keeps the best, fits
all the articles and writes ``weights.json``. Deterministic for a given seed. The data is
read from the caller's copy and never shipped.

    python -m claimledger.train.mainclaim HCN_SPLIT.json OUT_DIR
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..nlp.mainclaim import FEATURES, MainClaimModel

if TYPE_CHECKING:
    import numpy as np

__all__ = ["Example", "cross_validate", "fit", "load_examples", "model_card", "train"]

log = logging.getLogger(__name__)

GRID = (0.03, 0.1, 0.3, 1.0, 3.0)


@dataclass(frozen=True, slots=True)
class Example:
    """One article: a feature row and the gold claim's token F1 per sentence."""

    id: str
    rows: list[list[float]]
    f1: list[float]


def load_examples(path: str | Path, *, attribution: str = "auto") -> list[Example]:
    """Parse and extract every article of an HCN split; one :class:`Example` each."""
    from ..evaluate.hcn import load_split, token_prf
    from ..models import Article
    from ..nlp.attrib_assemble import attributions as find_attributions
    from ..nlp.claims import sentence_table
    from ..nlp.pipeline import load
    from ..nlp.quantities import extract_quantities

    arts = load_split(path)
    nlp = load("en")
    out = []
    for art, doc in zip(arts, nlp.pipe([a.text for a in arts], batch_size=8), strict=True):
        article = Article(id=art.id, text=art.text)
        quantities = list(extract_quantities(doc))
        atts = find_attributions(doc, attribution)
        table = sentence_table(doc, article, quantities, atts)
        f1 = [token_prf(doc.text[s0:s1], art.claim)[2] for s0, s1, _ in table.sents]
        if table.sents:
            out.append(Example(art.id, table.features, f1))
    return out


def fit(examples: Sequence[Example], l2: float) -> MainClaimModel:
    """The conditional logit fitted on ``examples`` with L2 strength ``l2`` (per article)."""
    import numpy as np
    from scipy.optimize import minimize

    allx = np.vstack([np.asarray(e.rows, dtype=float) for e in examples])
    mu = allx.mean(axis=0)
    sd = allx.std(axis=0)
    sd[sd == 0] = 1.0
    xs = [(np.asarray(e.rows, dtype=float) - mu) / sd for e in examples]
    # The gold sentences: the best match of the gold claim, and any other that matches it
    # as well (an article can state its claim twice, lead and body).
    golds = [np.asarray(e.f1, dtype=float) >= max(e.f1) - 1e-9 for e in examples]

    def nll(w: np.ndarray) -> tuple[float, np.ndarray]:
        # -log of the probability the softmax puts on the gold sentences, plus L2.
        total = l2 * float(w @ w)
        grad = 2 * l2 * w
        for x, g in zip(xs, golds, strict=True):
            s = x @ w
            e = np.exp(s - s.max())
            p = e / e.sum()
            pg = float(p[g].sum())
            total -= float(np.log(pg))
            r = np.where(g, p, 0.0) / pg
            grad = grad + (p - r) @ x
        return total, grad

    res = minimize(nll, np.zeros(len(FEATURES)), jac=True, method="L-BFGS-B")
    return MainClaimModel(
        tuple(round(float(v), 6) for v in res.x),
        tuple(round(float(v), 6) for v in mu),
        tuple(round(float(v), 6) for v in sd),
    )


def _pick(model: MainClaimModel, ex: Example) -> int:
    s = model.scores(ex.rows)
    return max(range(len(s)), key=lambda k: (s[k], -k))


def cross_validate(
    examples: Sequence[Example], l2: float, *, k: int = 10, seeds: Sequence[int] = (0, 1, 2)
) -> dict[str, float]:
    """Out-of-fold mean token F1 of the chosen sentence (averaged over ``seeds``), and the
    lead sentence's for comparison."""
    import numpy as np

    scores = []
    for seed in seeds:
        order = np.random.default_rng(seed).permutation(len(examples))
        total = 0.0
        for fold in np.array_split(order, k):
            held = set(int(i) for i in fold)
            model = fit([e for i, e in enumerate(examples) if i not in held], l2)
            total += sum(examples[i].f1[_pick(model, examples[i])] for i in held)
        scores.append(total / len(examples))
    lead = FEATURES.index("lead")
    lead_f1 = [e.f1[next((n for n, r in enumerate(e.rows) if r[lead] == 1.0), 0)] for e in examples]
    return {
        "l2": l2,
        "k": k,
        "seeds": len(seeds),
        "main_claim_f1": round(float(np.mean(scores)), 4),
        "main_claim_f1_sd_over_seeds": round(float(np.std(scores)), 4),
        "lead_f1": round(sum(lead_f1) / len(examples), 4),
    }


def train(data: str | Path, out_dir: str | Path, *, k: int = 10) -> dict[str, Any]:
    """Cross-validate each L2 strength of :data:`GRID`, fit the best on all of ``data`` and
    write ``out_dir/weights.json`` (the model, the CV table and the data it came from)."""
    t0 = time.time()
    examples = load_examples(data)
    cv = [cross_validate(examples, l2, k=k) for l2 in GRID]
    best = max(cv, key=lambda r: (r["main_claim_f1"], -abs(r["l2"] - 1.0)))
    model = fit(examples, best["l2"])
    train_f1 = sum(e.f1[_pick(model, e)] for e in examples) / len(examples)
    result = {
        "model": model.to_dict(),
        "l2": best["l2"],
        "cv": cv,
        "train_fit_f1": round(train_f1, 4),
        "data": {"split": Path(data).name, "articles": len(examples)},
        "seconds": round(time.time() - t0, 1),
    }
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    (out / "weights.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    (out / "MODEL_CARD.md").write_text(model_card(result), encoding="utf-8")
    log.info("main-claim model: CV %s, written to %s", best, out)
    return result


def model_card(result: dict[str, Any]) -> str:
    """The model card for a :func:`train` result (written beside the weights)."""
    model = result["model"]
    best = next(r for r in result["cv"] if r["l2"] == result["l2"])
    weights = "\n".join(
        f"| {f} | {w:+.3f} |" for f, w in zip(model["features"], model["weights"], strict=True)
    )
    cv = "\n".join(
        f"| {r['l2']} | {100 * r['main_claim_f1']:.1f} "
        f"(sd over shuffles {100 * r['main_claim_f1_sd_over_seeds']:.1f}) |"
        for r in result["cv"]
    )
    return f"""# claimledger main claim: which sentence states an article's main claim

**What it is.** A conditional logit (McFadden): a linear score over
{len(model["features"])} sentence features (`claimledger.nlp.mainclaim.FEATURES`, standardised
by the mean and scale below), softmax over the sentences of one article. The sentence with the
highest score states the article's main claim (`claimledger.nlp.claims` flags that claim
`main` and ranks it first). Pure Python at run time; training (`claimledger train mainclaim
HCN.json`, `claimledger.train.mainclaim`) needs numpy and scipy.

## Data

- HCN (Kotitsas et al., "Leveraging fine-tuned Large Language Models with LoRA for Effective
  Claim, Claimer, and Claim Object Detection", EACL 2024; github.com/iNoBo/news_claim_analysis,
  MIT, the dataset "provided only for research purposes"): split `{result["data"]["split"]}`,
  {result["data"]["articles"]} science-news articles (health, climate, nutrition), one gold
  main claim each. The gold sentence is the article sentence with the highest SQuAD token F1
  against the gold claim. HCN's train split is not available here, so the model is fitted on
  the split named above and its quality is measured by cross-validation on it.
- The data is **not shipped**; training reads the caller's copy. The weights are
  {len(model["features"])} numbers learned from it.

## Quality

Out-of-fold main claim token F1 ({best["k"]}-fold by article, averaged over
{best["seeds"]} shuffles) for each L2 strength; the best is kept and refitted on all
articles (in-sample F1 {100 * result["train_fit_f1"]:.1f}). The lead sentence scores
{100 * best["lead_f1"]:.1f} on the same articles.

| L2 | CV main claim token F1 |
|---|---|
{cv}

## Weights (per standard deviation of each feature; L2 {result["l2"]})

| feature | weight |
|---|---|
{weights}

## Limits

HCN is science news, without headlines: the model has learned no weight for the headline
(the headline enters through the centrality feature, `docs/extraction.md`), and in hard news
it picks the sentence after the lead more often than a summary lead deserves.
"""


if __name__ == "__main__":  # pragma: no cover
    import sys

    logging.basicConfig(level=logging.INFO)
    print(json.dumps(train(sys.argv[1], sys.argv[2]), indent=1))
