"""Claims: a sentence tied to its claimer, cue, quantities, as-of date and a worthiness score.

A sentence becomes a claim when it holds a quantity, falls under an attribution (the
content of a quote or report, or a hedge), or is rated check-worthy by the trained scorer
(``nlp/worthiness.py``). Which attribution a sentence is filed
under, and its claimer's name, kind and resolution, come from :mod:`.claimers`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import Article, Attribution, Claim, Quantity
from .claimers import Claimer, ClaimerChooser, claimer_name
from .dates import as_of
from .parties import party_key
from .stance import claim_hedge, claim_stance
from .syntax import doc_text
from .worthiness import WorthinessScorer, get_scorer

__all__ = ["EMIT_THRESHOLD", "build_claims", "claimer_name", "heuristic_worthiness", "score"]

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

# Entity labels that make a sentence more worth checking (ClaimBuster-style signals).
_CHECKABLE_LABELS = {"PERSON", "ORG", "GPE", "NORP", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"}
_COMPARATIVE = re.compile(
    r"\b(more|less|fewer|most|least|highest|lowest|largest|smallest|record|doubled|tripled|"
    r"increase[ds]?|decrease[ds]?|rose|fell|grew|dropped|cut|raised)\b",
    re.I,
)


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _attr_extent(a: Attribution) -> list[tuple[int, int]]:
    parts = [(c.start, c.end) for c in a.content]
    if a.cue is not None:
        parts.append((a.cue.start, a.cue.end))
    if a.source is not None:
        parts.append((a.source.start, a.source.end))
    return parts


# How a sentence's trained check-worthiness (a probability) is combined with the signals
# the extractors found, in logit space. Documented in docs/extraction.md.
# Weights from joining the extractors' output to out-of-fold ClaimBuster scores: a quantity
# helps (AP 85.0 -> 85.5); an attribution does not (27% of attributed debate sentences are
# check-worthy against a 29% base rate).
QUANTITY_BONUS = 0.75  # the quantity extractor sees numbers the bag of words misses
SOURCE_BONUS = 0.0
NOT_ASSERTED_PENALTY = 0.6  # questions, promises and orders assert no fact
QUESTION_PENALTY = 0.8
# A sentence with neither quantity nor attribution becomes a claim (of the outlet) only when
# the trained scorer is at least this sure it is check-worthy (the F1-optimal threshold in
# ClaimBuster 4-fold CV: P 78 / R 75).
EMIT_THRESHOLD = 0.4
# The lead of a multi-sentence article states its main claim (inverted pyramid): it is always
# a claim, ranked up by this many logits. Tuned on HCN dev (main claim token F1;
# docs/extraction.md). An unattributed lead is the outlet's own voice (no claimer).
LEAD_BONUS = 6.0
LEAD_MIN_WORDS = 5


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def heuristic_worthiness(sent: SpacySpan) -> float:
    """A fallback check-worthiness from entities and comparatives, when no model is installed."""
    labels = [e.label_ for e in sent.ents if e.label_ in _CHECKABLE_LABELS]
    z = -1.5 + 0.35 * min(len(labels), 4) + (0.4 if _COMPARATIVE.search(sent.text) else 0.0)
    return 1.0 / (1.0 + math.exp(-z))


def score(
    worthiness: float,
    n_quantities: int,
    attributed: bool,
    stance: str,
    question: bool,
    bonus: float = 0.0,
) -> float:
    """Check-worthiness in 0..1: the trained probability moved by the extractors' signals."""
    z = _logit(worthiness) + bonus
    z += QUANTITY_BONUS if n_quantities else 0.0
    z += SOURCE_BONUS if attributed else 0.0
    z -= NOT_ASSERTED_PENALTY if stance in ("questions", "promises", "orders") else 0.0
    z -= QUESTION_PENALTY if question else 0.0
    return round(1.0 / (1.0 + math.exp(-z)), 3)


def _lead_index(sents: list[tuple[int, int, SpacySpan]], text: str) -> int | None:
    """The lead sentence of a multi-sentence article: the first of some length."""
    if len(sents) < 2:
        return None
    for n, (s0, s1, _) in enumerate(sents):
        if len(text[s0:s1].split()) >= LEAD_MIN_WORDS:
            return n
    return None


def _sentence_bounds(doc: Doc) -> list[tuple[int, int, SpacySpan]]:
    text = doc_text(doc)
    out = []
    for sent in doc.sents:
        s0, s1 = sent.start_char, sent.end_char
        # Trim surrounding whitespace so the claim span is the sentence proper.
        while s0 < s1 and text[s0].isspace():
            s0 += 1
        while s1 > s0 and text[s1 - 1].isspace():
            s1 -= 1
        if s0 < s1:
            out.append((s0, s1, sent))
    return out


def build_claims(
    doc: Doc,
    article: Article,
    quantities: Sequence[Quantity],
    attributions: Sequence[Attribution],
    scorer: WorthinessScorer | None = None,
) -> list[Claim]:
    """Claims for every sentence that holds a quantity, falls under an attribution, or that
    the check-worthiness model rates at least :data:`EMIT_THRESHOLD`."""
    text = doc_text(doc)
    claims: list[Claim] = []
    sents = _sentence_bounds(doc)
    if scorer is None:
        scorer = get_scorer()
    if scorer is not None:
        probs = scorer.score_texts([text[s0:s1] for s0, s1, _ in sents])
    else:
        probs = [heuristic_worthiness(sent) for _, _, sent in sents]
    lead = _lead_index(sents, text)
    chooser = ClaimerChooser(doc, quantities, attributions)
    previous: Claimer | None = None
    last = -2  # the sentence number of the last claim
    for n, ((s0, s1, _sent), worth) in enumerate(zip(sents, probs, strict=True)):
        is_lead = n == lead
        q_idx = tuple(i for i, q in enumerate(quantities) if s0 <= q.start < s1)
        in_sent = [
            i
            for i, a in enumerate(attributions)
            if any(_overlaps(p0, p1, s0, s1) for p0, p1 in _attr_extent(a))
        ]
        if not q_idx and not in_sent and worth < EMIT_THRESHOLD and not is_lead:
            continue
        who = chooser.choose(s0, s1, _sent, q_idx, in_sent, previous if n - 1 == last else None)
        chosen = who.attribution
        attr = attributions[chosen] if chosen is not None else None
        source = who.span
        figures = [(quantities[q].start, quantities[q].end) for q in q_idx]
        hedge = claim_hedge(_sent, attr, figures)
        hedged = hedge is not None
        reading = claim_stance(_sent, attr, figures)
        stance = reading.stance
        claims.append(
            Claim(
                start=s0,
                end=s1,
                text=text[s0:s1],
                claimer=source,
                claimer_name=who.name,
                hedged=hedged,
                attribution=chosen,
                quantities=q_idx,
                as_of=as_of(text[s0:s1], article.date),
                score=score(
                    worth,
                    len(q_idx),
                    source is not None,
                    stance,
                    text[s0:s1].endswith("?"),
                    LEAD_BONUS if is_lead else 0.0,
                ),
                stance=stance,
                claimer_kind=who.kind,
                claimer_party=party_key(who.name) if who.name else None,
                claimer_resolution=who.resolution,
                stance_cue=reading.cue,
                hedge=hedge,
            )
        )
        previous, last = who, n
    if claims:
        # The article's main claim: the most check-worthy (the lead is ranked up), the
        # earliest on a tie.
        top = max(range(len(claims)), key=lambda k: (claims[k].score, -claims[k].start))
        claims[top] = replace(claims[top], main=True)
    return claims
