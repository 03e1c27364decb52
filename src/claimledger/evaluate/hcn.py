"""HCN news-claim analysis (Kotitsas et al., EACL 2024): main claim and claimer token F1.

Each article has one gold main claim and one or more gold claimer spans, or "No claimer
found" (a class of its own). We predict the main claim as the highest-scoring claim of the
extraction (ties go to the earlier claim) and the claimer as that claim's claimer name.
HCN's claimer is whoever stands behind the main claim anywhere in the article (a science
story's unattributed lead is the finding of the researcher quoted later), while the
ledger files an unattributed lead under the outlet; so when the main claim has no claimer,
the evaluation maps to HCN's convention by taking the article's first source that names a
person (:func:`hcn_claimer`), as NewsQuant's evaluation maps ranges to its own convention.
Scoring is SQuAD style: answers are lower-cased, stripped of punctuation and articles, and
compared as bags of tokens; a prediction scores the best F1 over the gold answers, and
"no claimer" scores 1 only against "no claimer".
"""

from __future__ import annotations

import json
import re
import string
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from .report import EvalReport, Row

if TYPE_CHECKING:
    from ..settings import Settings

__all__ = ["HcnArticle", "evaluate", "hcn_claimer", "load_split", "token_prf"]

NO_CLAIMER = "no claimer found"
PUBLISHED_CLAIMER = {"NewsClaims": 42.3}


@dataclass(frozen=True, slots=True)
class HcnArticle:
    id: str
    text: str
    claim: str
    claimers: tuple[str, ...]  # empty tuple: no claimer


def _normalise(s: str) -> list[str]:
    s = s.lower()
    s = "".join(ch for ch in s if ch not in set(string.punctuation) | {"“", "”", "’", "‘"})
    s = re.sub(r"\b(a|an|the)\b", " ", s)
    return s.split()


def token_prf(pred: str | None, gold: str | None) -> tuple[float, float, float]:
    """SQuAD token precision, recall, F1; ``None`` stands for "no answer"."""
    if pred is None or gold is None:
        v = 1.0 if pred is None and gold is None else 0.0
        return v, v, v
    p, g = _normalise(pred), _normalise(gold)
    common = sum((Counter(p) & Counter(g)).values())
    if not p or not g or not common:
        v = 1.0 if not p and not g else 0.0
        return v, v, v
    prec, rec = common / len(p), common / len(g)
    return prec, rec, 2 * prec * rec / (prec + rec)


def _best(pred: str | None, golds: Iterable[str | None]) -> tuple[float, float, float]:
    return max((token_prf(pred, g) for g in golds), key=lambda t: t[2], default=(0.0, 0.0, 0.0))


def load_split(path: str | Path) -> list[HcnArticle]:
    """Articles of an HCN split: ``path`` is the split json (its folder holds word2idx.json)
    or the dataset folder (then ``data/dev.json``)."""
    p = Path(path)
    if p.is_dir():
        p = p / "data" / "dev.json" if (p / "data").is_dir() else p / "dev.json"
    vocab = p.parent / "word2idx.json"
    if not p.exists() or not vocab.exists():
        raise InputError(
            f"{path} is not an HCN split: expected a json split beside word2idx.json "
            "(point at .../hcn-news-claim-analysis/data/dev.json)"
        )
    idx2word = {v: k for k, v in json.loads(vocab.read_text(encoding="utf-8")).items()}
    rows = json.loads(p.read_text(encoding="utf-8"))
    by_id: dict[str, dict[str, Any]] = {}
    for r in rows:
        a = by_id.setdefault(str(r["id"]), {"claimers": [], "claim": None, "ids": None})
        a["ids"] = a["ids"] or r["inverted_text"]
        instr = r["instruction"].lower()
        if "main claim" in instr:
            a["claim"] = r["output"]
        elif "claimer" in instr:
            out = r["output"].strip()
            if out.lower() != NO_CLAIMER:
                a["claimers"].append(out)
    out = []
    for aid, a in by_id.items():
        ids = a["ids"] if isinstance(a["ids"], list) else json.loads(a["ids"])
        text = " ".join(idx2word.get(i, "") for i in ids)
        out.append(HcnArticle(aid, text, a["claim"] or "", tuple(a["claimers"])))
    return out


def _predict(doc: Any, art: HcnArticle, mode: str = "auto") -> tuple[str | None, str | None, Any]:
    """(main claim text, claimer name or None, the extraction) for one article."""
    from ..models import Article
    from ..nlp.extract import extract_doc

    ex = extract_doc(doc, Article(id=art.id, text=art.text), attribution=mode)
    if ex.claims:
        best = max(enumerate(ex.claims), key=lambda ic: (ic[1].score, -ic[0]))[1]
        claimer = best.claimer_name or (best.claimer.text if best.claimer else None)
        if claimer is None:
            claimer = hcn_claimer(doc, ex.attributions)
        return best.text, claimer, ex
    sent = next(iter(doc.sents), None)
    return (sent.text if sent is not None else None), None, ex


def hcn_claimer(doc: Any, attributions: Any) -> str | None:
    """HCN's claimer for a main claim the article does not attribute: the resolved name
    of the article's first source that names a person."""
    people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    for a in attributions:
        if a.kind == "hedge" or a.source is None:
            continue
        if any(a.source.start <= s and e <= a.source.end for s, e in people):
            return a.resolved_name or a.source.text
    return None


def _baseline(doc: Any, attributions: list[Any]) -> tuple[str | None, str | None]:
    """Attribution-only baseline: the lead sentence as the main claim, and as claimer the
    full source span of the first attribution whose source names a PERSON."""
    lead = next((s.text.strip() for s in doc.sents if len(s.text.strip()) > 20), None)
    people = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    for a in attributions:
        if a.kind == "hedge" or a.source is None:
            continue
        if any(a.source.start <= s and e <= a.source.end for s, e in people):
            return lead, a.source.text
    return lead, None


def evaluate(
    path: str | Path, settings: Settings | None = None, *, limit: int | None = None
) -> EvalReport:
    """Main-claim and claimer token F1 of the full extraction on an HCN split."""
    from ..nlp.pipeline import load

    arts = load_split(path)
    if limit is not None:
        arts = arts[:limit]
    nlp = load("en", getattr(settings, "model", None) if settings else None)
    mode = getattr(settings, "attribution", "auto") if settings else "auto"

    claim_s = [0.0, 0.0, 0.0]
    claimer_s = [0.0, 0.0, 0.0]
    base_claim = [0.0, 0.0, 0.0]
    base_claimer = [0.0, 0.0, 0.0]
    no_claimer_gold = no_claimer_pred = 0
    for art, doc in zip(arts, nlp.pipe([a.text for a in arts], batch_size=8), strict=True):
        claim, claimer, ex = _predict(doc, art, mode)
        for i, v in enumerate(token_prf(claim, art.claim)):
            claim_s[i] += v
        golds: tuple[str | None, ...] = art.claimers or (None,)
        for i, v in enumerate(_best(claimer, golds)):
            claimer_s[i] += v
        b_claim, b_claimer = _baseline(doc, list(ex.attributions))
        for i, v in enumerate(token_prf(b_claim, art.claim)):
            base_claim[i] += v
        for i, v in enumerate(_best(b_claimer, golds)):
            base_claimer[i] += v
        no_claimer_gold += not art.claimers
        no_claimer_pred += claimer is None
    n = max(len(arts), 1)
    rows = (
        Row("main claim token", claim_s[0] / n, claim_s[1] / n, claim_s[2] / n),
        Row(
            "claimer token",
            claimer_s[0] / n,
            claimer_s[1] / n,
            claimer_s[2] / n,
            dict(PUBLISHED_CLAIMER),
        ),
        Row("baseline: lead sentence", base_claim[0] / n, base_claim[1] / n, base_claim[2] / n),
        Row(
            "baseline: 1st PERSON src",
            base_claimer[0] / n,
            base_claimer[1] / n,
            base_claimer[2] / n,
            dict(PUBLISHED_CLAIMER),
        ),
    )
    notes = (
        f"HCN {Path(path).name}: {len(arts)} articles; {no_claimer_gold} with no gold claimer, "
        f"{no_claimer_pred} predicted with none; SQuAD token P/R/F1 averaged over articles; "
        f"attribution extractor: {mode}",
        "rows 1-2 use the claims module (highest-scoring claim and its claimer); the baseline "
        "rows use attributions only (lead sentence; first PERSON-named source span)",
    )
    return EvalReport("hcn", rows, notes, {"articles": len(arts)})
