"""Claims: a sentence tied to its claimer, cue, quantities, as-of date and a worthiness score.

A sentence becomes a claim when it holds a quantity or falls under an attribution (the
content of a quote or report, or a hedge). The claimer is the source of the attribution
whose content covers the sentence's quantities (or, failing that, any in the sentence).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..models import Article, Attribution, Claim, Quantity, Span
from .dates import as_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_HEDGE_WORDS = re.compile(
    r"\b(reportedly|allegedly|purportedly|supposedly|apparently|rumou?red|unconfirmed|"
    r"unverified|claimed|it is said|is said to|are said to)\b",
    re.I,
)
# Entity labels that make a sentence more worth checking (ClaimBuster-style signals).
_CHECKABLE_LABELS = {"PERSON", "ORG", "GPE", "NORP", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"}
_COMPARATIVE = re.compile(
    r"\b(more|less|fewer|most|least|highest|lowest|largest|smallest|record|doubled|tripled|"
    r"increase[ds]?|decrease[ds]?|rose|fell|grew|dropped|cut|raised)\b",
    re.I,
)


def claimer_name(source: Span | None, attribution: Attribution | None) -> str | None:
    """The claimer as a name: the resolved name, else the source text without a possessive."""
    if attribution is not None and attribution.resolved_name:
        return attribution.resolved_name
    if source is None:
        return None
    name = _POSSESSIVE.sub("", source.text.strip()).strip()
    name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I)
    return name or None


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _attr_extent(a: Attribution) -> list[tuple[int, int]]:
    parts = [(c.start, c.end) for c in a.content]
    if a.cue is not None:
        parts.append((a.cue.start, a.cue.end))
    if a.source is not None:
        parts.append((a.source.start, a.source.end))
    return parts


def score(sent: SpacySpan, n_quantities: int, attributed: bool, hedged: bool, stance: str) -> float:
    """A check-worthiness score in 0..1 from cheap signals: numbers, sources, entities.

    Logistic over hand-set weights; documented in docs/claims.md.
    """
    labels = [e.label_ for e in sent.ents if e.label_ in _CHECKABLE_LABELS]
    z = -2.0
    z += 1.6 * min(n_quantities, 2)
    z += 0.9 if attributed else 0.0
    z += 0.35 * min(len(labels), 4)
    z += 0.4 if _COMPARATIVE.search(sent.text) else 0.0
    z += 0.2 if hedged else 0.0
    z -= 0.6 if stance in ("questions", "promises", "orders") else 0.0
    z -= 0.8 if sent.text.rstrip().endswith("?") else 0.0
    return round(1.0 / (1.0 + math.exp(-z)), 3)


def build_claims(
    doc: Doc,
    article: Article,
    quantities: Sequence[Quantity],
    attributions: Sequence[Attribution],
) -> list[Claim]:
    """Claims for every sentence that holds a quantity or falls under an attribution."""
    text = doc.text
    claims: list[Claim] = []
    for sent in doc.sents:
        s0, s1 = sent.start_char, sent.end_char
        # Trim surrounding whitespace so the claim span is the sentence proper.
        while s0 < s1 and text[s0].isspace():
            s0 += 1
        while s1 > s0 and text[s1 - 1].isspace():
            s1 -= 1
        if s0 >= s1:
            continue
        q_idx = tuple(i for i, q in enumerate(quantities) if s0 <= q.start < s1)
        in_sent = [
            i
            for i, a in enumerate(attributions)
            if any(_overlaps(p0, p1, s0, s1) for p0, p1 in _attr_extent(a))
        ]
        hedge_idx = [i for i in in_sent if attributions[i].kind == "hedge"]
        sourced = [i for i in in_sent if attributions[i].kind != "hedge"]
        if not q_idx and not in_sent:
            continue
        chosen: int | None = None
        # Prefer the attribution whose content holds the sentence's quantities.
        for i in sourced:
            a = attributions[i]
            if q_idx and any(
                c.start <= quantities[q].start < c.end for q in q_idx for c in a.content
            ):
                chosen = i
                break
        if chosen is None and sourced:
            # Else the one whose content overlaps the sentence most.
            def cover(i: int) -> int:
                return sum(
                    max(0, min(c.end, s1) - max(c.start, s0)) for c in attributions[i].content
                )

            chosen = max(sourced, key=cover)
        if chosen is None and hedge_idx:
            chosen = hedge_idx[0]
        attr = attributions[chosen] if chosen is not None else None
        source = attr.source if attr is not None else None
        hedged = bool(hedge_idx) or bool(_HEDGE_WORDS.search(text[s0:s1]))
        stance = attr.stance if attr is not None else "asserts"
        claims.append(
            Claim(
                start=s0,
                end=s1,
                text=text[s0:s1],
                claimer=source,
                claimer_name=claimer_name(source, attr),
                hedged=hedged,
                attribution=chosen,
                quantities=q_idx,
                as_of=as_of(text[s0:s1], article.date),
                score=score(sent, len(q_idx), source is not None, hedged, stance),
                stance=stance,
            )
        )
    return claims
