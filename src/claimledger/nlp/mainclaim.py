"""The main claim of an article: which sentence states what the story is about.

A fact-checker opening an article wants its central claim first. News puts it in the lead
(the inverted pyramid), or in the sentence after a scene-setting or question lead (the
"nut graf"), typically as a finding or report ("a study found ...", "X said ...") that the
headline and the rest of the article return to. Each sentence gets a few such signals
(:data:`FEATURES`) and a small conditional logit model (a linear score, softmax over the
article's sentences) picks the main one. The weights are learned on HCN (Kotitsas et al.,
EACL 2024) by :mod:`claimledger.train.mainclaim` and ship as
``models/mainclaim/weights.json`` with a model card; nothing here is hand-tuned.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from ..models import Attribution, Quantity
from .cues import REPORTING_VERBS, words
from .mentions import DOCUMENT_NOUNS
from .syntax import DOUBLE_QUOTES, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "FEATURES",
    "MODEL_PATH",
    "MainClaimModel",
    "choose",
    "get_model",
    "points_back",
    "sentence_features",
]

log = logging.getLogger(__name__)

MODEL_PATH = Path(__file__).resolve().parent / "models" / "mainclaim" / "weights.json"

# The signals, in the order of the weight vector.
FEATURES: Final = (
    "lead",  # the first sentence of five words or more (inverted pyramid)
    "after_lead",  # the sentence right after it
    "position",  # log(1 + sentence number)
    "words",  # log(word count)
    "fragment",  # no verb: a heading, caption or credit line
    "question",  # ends with "?"
    "second_person",  # addresses the reader (you, your): advice, not a claim
    "first_person",  # I, we, our: a speaker's own voice
    "quoted",  # holds a quotation mark
    "worthiness",  # logit of the trained check-worthiness
    "quantity",  # holds a quantity
    "sourced",  # a sourced attribution's cue is in the sentence
    "finding",  # a finding is reported: a finding verb, or a study/report as its subject
    "centrality",  # cosine of its content words with the article's (and headline's)
    "anaphoric",  # opens on a pronoun or demonstrative ("This was reported by ...", "They
    # found ..."): it leans on an earlier sentence for what it says
)

# Verbs that report a finding rather than an opinion (Hyland's research verbs: findings
# and discourse acts of the reported study).
FINDING_VERBS: Final = words(
    """find show suggest reveal discover conclude demonstrate indicate report confirm
    estimate predict identify link associate determine observe document measure detect
    uncover establish announce publish project calculate"""
)
_SECOND: Final = words("you your yours yourself yourselves")
_FIRST: Final = words("i me my we us our ours myself ourselves")
_CONTENT_POS: Final = frozenset(("NOUN", "PROPN", "VERB", "ADJ", "NUM"))
_LEAD_MIN_WORDS: Final = 5
# Sentence openers that point back to an earlier sentence (personal and demonstrative
# pronouns, demonstrative determiners): Halliday and Hasan's reference cohesion.
_ANAPHORS: Final = words("this that these those it they he she its their his her such")


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def lead_index(texts: Sequence[str]) -> int | None:
    """The lead of a multi-sentence article: the first sentence of five words or more."""
    if len(texts) < 2:
        return None
    for n, t in enumerate(texts):
        if len(t.split()) >= _LEAD_MIN_WORDS:
            return n
    return None


def _bag(sent: SpacySpan) -> Counter[str]:
    return Counter(
        t.lemma_.lower() for t in sent if t.pos_ in _CONTENT_POS and not t.is_stop and t.is_alpha
    )


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b[k] for k, v in a.items() if k in b)
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def _cosine_to_rest(bag: Counter[str], total: Counter[str], total_sq: float) -> float:
    """``_cosine(bag, total - bag)`` without building the rest of the article's bag for each
    sentence (``total_sq``: the squared norm of ``total``); the words only this sentence
    has drop out of the rest, as Counter subtraction drops them."""
    if not bag:
        return 0.0
    dot = 0.0
    rest_sq = total_sq
    for k, v in bag.items():
        t = total[k]
        rest_sq -= t * t
        left = t - v
        if left > 0:
            dot += v * left
            rest_sq += left * left
    na = math.sqrt(sum(v * v for v in bag.values()))
    if rest_sq <= 1e-12 * max(total_sq, 1.0) or not na:
        return 0.0
    return dot / (na * math.sqrt(rest_sq))


def _title_bag(doc: Doc, title: str | None) -> Counter[str]:
    """The headline's content words, lemmatised by the article's own lemmas where the
    same word occurs there (the headline is not parsed)."""
    if not title:
        return Counter()
    lemmas: dict[str, str] = {}
    for t in doc:
        if t.pos_ in _CONTENT_POS and not t.is_stop and t.is_alpha:
            lemmas.setdefault(t.lower_, t.lemma_.lower())
    out: Counter[str] = Counter()
    for w in re.findall(r"[^\W\d_]+", title.lower()):
        if w in lemmas:
            out[lemmas[w]] += 1
    return out


def _finding(sent: SpacySpan, cues: Sequence[SpacySpan]) -> bool:
    for cue in cues:
        # A finding is reported by a verb ("found", "shows"), not a noun ("estimates").
        if cue.root.pos_ == "VERB" and cue.root.lemma_.lower() in FINDING_VERBS:
            return True
    for tok in sent:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in FINDING_VERBS:
            continue
        if any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in DOCUMENT_NOUNS | _RESEARCH
            for c in tok.children
        ):
            return True
    return False


_RESEARCH: Final = words("research researcher scientist author investigator trial experiment")


def sentence_features(
    doc: Doc,
    sents: Sequence[tuple[int, int, SpacySpan]],
    probs: Sequence[float],
    quantities: Sequence[Quantity],
    attributions: Sequence[Attribution],
    touching: Sequence[Sequence[int]],
    title: str | None = None,
) -> list[list[float]]:
    """One row of :data:`FEATURES` per sentence ``(start, end, span)`` of ``doc``;
    ``touching[n]`` are the attributions whose source, cue or content overlaps sentence
    ``n``, and ``title`` the headline, when the input has one."""
    text = doc_text(doc)
    texts = [text[s0:s1] for s0, s1, _ in sents]
    lead = lead_index(texts)
    bags = [_bag(sp) for _, _, sp in sents]
    # Words weighted by tf-idf within the article (a word in every sentence says little).
    df: Counter[str] = Counter()
    for b in bags:
        df.update(b.keys())
    idf = {w: math.log((len(bags) + 1) / (k + 0.5)) for w, k in df.items()}
    bags = [Counter({w: k * idf[w] for w, k in b.items()}) for b in bags]
    total: Counter[str] = Counter()
    for b in bags:
        total.update(b)
    total_sq = sum(v * v for v in total.values())
    tbag = Counter({w: k * idf.get(w, 0.0) for w, k in _title_bag(doc, title).items()})
    tnorm = math.sqrt(sum(v * v for v in tbag.values())) if tbag else 0.0
    rows: list[list[float]] = []
    for n, ((s0, s1, sp), p) in enumerate(zip(sents, probs, strict=True)):
        t = texts[n]
        toks = [w.lower_ for w in sp if not w.is_space]
        cen = _cosine_to_rest(bags[n], total, total_sq)
        if tnorm:
            # The headline counts as much as the whole body.
            cen = 0.5 * (cen + _cosine(bags[n], tbag))
        atts = [attributions[i] for i in touching[n]]
        cues = []
        for a in atts:
            if a.cue is not None and s0 <= a.cue.start < s1:
                c = doc.char_span(a.cue.start, a.cue.end, alignment_mode="expand")
                if c is not None and len(c):
                    cues.append(c)
        sourced = any(
            a.kind != "hedge"
            and a.source is not None
            and a.cue is not None
            and s0 <= a.cue.start < s1
            for a in atts
        )
        rows.append(
            [
                1.0 if n == lead else 0.0,
                1.0 if lead is not None and n == lead + 1 else 0.0,
                math.log1p(n),
                math.log(max(len(t.split()), 1)),
                0.0 if any(w.pos_ in ("VERB", "AUX") for w in sp) else 1.0,
                1.0 if t.rstrip(DOUBLE_QUOTES + "'’ )").endswith("?") else 0.0,
                1.0 if any(w in _SECOND for w in toks) else 0.0,
                1.0 if any(w in _FIRST for w in toks) else 0.0,
                1.0 if any(ch in DOUBLE_QUOTES for ch in t) else 0.0,
                _logit(p),
                1.0 if any(s0 <= q.start < s1 for q in quantities) else 0.0,
                1.0 if sourced else 0.0,
                1.0 if _finding(sp, cues) else 0.0,
                cen,
                1.0 if _anaphoric(sp) else 0.0,
            ]
        )
    return rows


def _anaphoric(sent: SpacySpan) -> bool:
    """Whether the sentence's first word (past punctuation and an opening conjunction) is a
    pronoun or demonstrative pointing back ("This was reported by ...", "They also ...")."""
    for w in sent:
        if w.is_punct or w.is_space or w.pos_ == "CCONJ" or w.lower_ in ("also", "but"):
            continue
        return w.lower_ in _ANAPHORS and w.pos_ in ("PRON", "DET")
    return False


@dataclass(frozen=True, slots=True)
class MainClaimModel:
    """A linear score over :data:`FEATURES` (standardised by ``mean`` and ``scale``)."""

    weights: tuple[float, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    features: tuple[str, ...] = FEATURES

    def scores(self, rows: Sequence[Sequence[float]]) -> list[float]:
        return [
            sum(
                w * (x - m) / s
                for w, x, m, s in zip(self.weights, row, self.mean, self.scale, strict=True)
            )
            for row in rows
        ]

    def to_dict(self) -> dict[str, object]:
        return {
            "features": list(self.features),
            "weights": list(self.weights),
            "mean": list(self.mean),
            "scale": list(self.scale),
        }

    @classmethod
    def from_dict(cls, d: dict[str, object]) -> MainClaimModel:
        feats: tuple[str, ...] = tuple(d["features"])  # type: ignore[arg-type]
        if feats != FEATURES:
            raise ValueError(f"main-claim model features {feats} differ from {FEATURES}")
        return cls(
            tuple(float(x) for x in d["weights"]),  # type: ignore[attr-defined]
            tuple(float(x) for x in d["mean"]),  # type: ignore[attr-defined]
            tuple(float(x) for x in d["scale"]),  # type: ignore[attr-defined]
            feats,
        )


@functools.lru_cache(maxsize=1)
def get_model() -> MainClaimModel | None:
    """The shipped model, or None (then the lead is the main claim)."""
    try:
        return MainClaimModel.from_dict(json.loads(MODEL_PATH.read_text(encoding="utf-8"))["model"])
    except (OSError, ValueError, KeyError) as e:
        log.warning("main-claim model not loaded (%s); the lead is the main claim", e)
        return None


def choose(rows: Sequence[Sequence[float]], model: MainClaimModel | None = None) -> int | None:
    """The index of the main sentence (the earliest on a tie), or None for no sentence."""
    if not rows:
        return None
    model = model if model is not None else get_model()
    if model is None:
        lead = next((n for n, r in enumerate(rows) if r[0] == 1.0), 0)
        return lead
    s = model.scores(rows)
    return max(range(len(s)), key=lambda k: (s[k], -k))


def points_back(sent: SpacySpan) -> bool:
    """Whether a sentence only gives the one before it a source: "This was reported by the
    General Staff.", "That comes from a ministry report.", "It was announced by the
    mayor." (subject "this", "that" or "it" of a reporting verb with its source). Such a
    sentence states nothing of its own, so when the model picks it the main claim is the
    sentence it attributes."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in ("this", "that", "it"):
        return False
    lemma = root.lemma_.lower()
    if lemma not in REPORTING_VERBS and lemma not in ("emerge", "come", "announce", "publish"):
        return False
    return any(
        c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("from", "according"))
        for c in root.children
    )
