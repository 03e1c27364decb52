"""Claims: a sentence tied to its claimer, cue, quantities, as-of date and a worthiness score.

A sentence becomes a claim when it holds a quantity, falls under an attribution (the
content of a quote or report, or a hedge), or is rated check-worthy by the trained scorer
(``nlp/worthiness.py``). Which attribution a sentence is filed
under, and its claimer's name, kind and resolution, come from :mod:`.claimers`.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..models import Article, Attribution, Claim, Quantity
from .claimers import Claimer, ClaimerChooser, claimer_name
from .dates import as_of
from .mainclaim import choose as choose_main
from .mainclaim import lead_index, points_back, sentence_features
from .parties import party_key
from .stance import claim_hedge, claim_stance
from .syntax import doc_text
from .worthiness import WorthinessScorer, get_scorer

__all__ = [
    "SentenceTable",
    "build_claims",
    "claimer_name",
    "heuristic_worthiness",
    "score",
    "sentence_table",
]

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
# Other claims score at most this, so the main claim ranks first in its article.
MAX_OTHER_SCORE = 0.999
# The lead of a multi-sentence article (the first sentence of five words or more) is
# always a claim; an unattributed lead is the outlet's own voice (no claimer). The main
# claim (``nlp/mainclaim.py``) is always a claim too, and ranks first in its article.


# A note on the reporting itself, not a claim: that a figure could not be verified, or
# that someone has not commented, responded or disclosed ("Newsweek couldn't independently
# verify the figures", "Russia does not comment on its military losses"). A refusal to
# confirm is a stance and stays a claim ("the Kremlin did not confirm the losses").
_NOTE = re.compile(
    r"\b(?:(?:could|can|was|were|has|have|had)\s*(?:n[o’']t|not)\s+(?:been\s+able\s+to\s+)?(?:be\s+)?"
    r"|cannot\s+(?:be\s+)?|unable\s+to\s+(?:be\s+)?)(?:independently\s+)?verif(?:y|ied)\b"
    r"|\b(?:has|have|had|did|does|do)\s*(?:n[o’']t|not)\s+(?:yet\s+|immediately\s+|publicly\s+)?"
    r"(?:respond(?:ed)?|repl(?:y|ied)|comment(?:ed)?|disclos(?:e|ed))\b"
    r"|\bdeclined\s+to\s+comment\b",
    re.I,
)


def _note(text: str, s0: int, s1: int, atts: Sequence[Attribution]) -> bool:
    """Whether the sentence ``text[s0:s1]`` is only a note on the reporting (:data:`_NOTE`):
    no attribution of it has a cue outside the note ("Kirby did not comment on the figures,
    saying he would let Kyiv release its own data" reports what he said)."""
    m = _NOTE.search(text, s0, s1)
    return m is not None and all(a.cue is None or m.start() <= a.cue.start < m.end() for a in atts)


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
) -> float:
    """Check-worthiness in 0..1: the trained probability moved by the extractors' signals."""
    z = _logit(worthiness)
    z += QUANTITY_BONUS if n_quantities else 0.0
    z += SOURCE_BONUS if attributed else 0.0
    z -= NOT_ASSERTED_PENALTY if stance in ("questions", "promises", "orders") else 0.0
    z -= QUESTION_PENALTY if question else 0.0
    return round(1.0 / (1.0 + math.exp(-z)), 3)


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


@dataclass(frozen=True, slots=True)
class SentenceTable:
    """What claims are built from, per sentence: bounds, check-worthiness, the quantities
    and attributions that touch it, the lead, and the main sentence with its features."""

    sents: list[tuple[int, int, SpacySpan]]
    probs: list[float]
    quantities: list[list[int]]
    attributions: list[list[int]]
    lead: int | None
    features: list[list[float]]
    main: int | None


def sentence_table(
    doc: Doc,
    article: Article,
    quantities: Sequence[Quantity],
    attributions: Sequence[Attribution],
    scorer: WorthinessScorer | None = None,
) -> SentenceTable:
    """The per-sentence signals of one article (also what the main-claim model is trained
    on, :mod:`claimledger.train.mainclaim`)."""
    text = doc_text(doc)
    sents = _sentence_bounds(doc)
    if scorer is None:
        scorer = get_scorer()
    if scorer is not None:
        probs = list(scorer.score_texts([text[s0:s1] for s0, s1, _ in sents]))
    else:
        probs = [heuristic_worthiness(sent) for _, _, sent in sents]
    lead = lead_index([text[s0:s1] for s0, s1, _ in sents])
    q_by_sent = _by_sentence(sents, [[(q.start, q.start + 1)] for q in quantities])
    a_by_sent = _by_sentence(sents, [_attr_extent(a) for a in attributions])
    rows = sentence_features(doc, sents, probs, quantities, attributions, a_by_sent, article.title)
    main = choose_main(rows)
    if main and points_back(sents[main][2]):
        main -= 1  # "This was reported by X": the claim is the sentence before
    return SentenceTable(sents, probs, q_by_sent, a_by_sent, lead, rows, main)


def build_claims(
    doc: Doc,
    article: Article,
    quantities: Sequence[Quantity],
    attributions: Sequence[Attribution],
    scorer: WorthinessScorer | None = None,
) -> list[Claim]:
    """Claims for every sentence that holds a quantity or falls under an attribution, and
    for the lead and the main sentence; the main claim is flagged and ranks first.

    The outlet's own narrative with neither a source nor a figure ("The situation at the
    front has escalated", "Newsweek couldn't verify the figures") is no claim, however
    check-worthy its words: who claims what about what quantity is what a claim records.
    The check-worthiness model scores the claims (their rank), it does not make them."""
    text = doc_text(doc)
    claims: list[Claim] = []
    table = sentence_table(doc, article, quantities, attributions, scorer)
    sents, probs, lead, main = table.sents, table.probs, table.lead, table.main
    q_by_sent, a_by_sent = table.quantities, table.attributions
    chooser = ClaimerChooser(doc, quantities, attributions)
    previous: Claimer | None = None
    last = -2  # the sentence number of the last claim
    main_claim: int | None = None
    for n, ((s0, s1, _sent), worth) in enumerate(zip(sents, probs, strict=True)):
        q_idx = tuple(q_by_sent[n])
        in_sent = a_by_sent[n]
        if (
            not q_idx
            and n not in (lead, main)
            and (not in_sent or _note(text, s0, s1, [attributions[i] for i in in_sent]))
        ):
            continue
        if n == main:
            main_claim = len(claims)
        who = chooser.choose(s0, s1, _sent, q_idx, in_sent, previous if n - 1 == last else None)
        if n == main:
            # The main claim's claimer is a name: a study or "the researchers" stand for
            # the person the article names behind them.
            who = chooser.behind_research(who)
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
    if main_claim is not None:
        claims = _rank_main_first(claims, main_claim)
    return claims


def _rank_main_first(claims: list[Claim], k: int) -> list[Claim]:
    """Flag claim ``k`` as the article's main claim and rank it first: its score is raised
    just above every other claim's of the article (capped below 1), so "the top-scored
    claim" and "the main claim" are the same claim."""
    others = [c.score for i, c in enumerate(claims) if i != k]
    top = max(others, default=0.0)
    out = [
        replace(c, score=min(c.score, MAX_OTHER_SCORE)) if i != k else c
        for i, c in enumerate(claims)
    ]
    main = out[k]
    out[k] = replace(
        main, main=True, score=max(main.score, round(min(top, MAX_OTHER_SCORE) + 0.001, 3))
    )
    return out


def _by_sentence(
    sents: Sequence[tuple[int, int, SpacySpan]], extents: Sequence[Sequence[tuple[int, int]]]
) -> list[list[int]]:
    """For each sentence, the indices of the items (each a list of character extents) that
    overlap it, in item order."""
    starts = [s0 for s0, _, _ in sents]
    out: list[list[int]] = [[] for _ in sents]
    for i, parts in enumerate(extents):
        hit: set[int] = set()
        for p0, p1 in parts:
            n = max(bisect.bisect_right(starts, p0) - 1, 0)
            while n < len(sents) and sents[n][0] < p1:
                if _overlaps(p0, p1, sents[n][0], sents[n][1]):
                    hit.add(n)
                n += 1
        for n in hit:
            out[n].append(i)
    return out
