"""Hedges: the word that marks a claim as uncertain.

A hedge is an epistemic modal (may, might, could; not "could not", not ability "could see"
or purpose "so they could"), an uncertainty adverb (likely, probably, possibly, potentially,
perhaps, apparently, reportedly, allegedly, presumably, ...), "it is likely that",
"appear/seem to", a passive "is said/believed/thought/estimated/reported to" or "it is
believed that", an estimation or belief verb governing the content ("estimated that",
"believes", "I think", "suspects", "assesses", "the data suggest"), "estimated", "alleged"
or "unconfirmed" on a noun, or an estimate given as the reported thing ("provided an
estimate of 15,000"), or an "if" clause that doubts the information itself ("if these
figures hold up", "if confirmed"; not a condition on events). A plain reporting verb
("claimed", "alleged that", "it was reported that") is a cue, not a hedge; an approximate
number ("about 200") is a bound.

Scope: a hedge counts only when it marks the claim's own content or its reporting. Each
of the claim's figures (its token and its clause) is an anchor; the hedge counts when an
anchor lies under the hedged word (a modal's verb, the believing verb: "may have lost 300",
"is believed to have killed 300", "estimated that 300 died") without crossing a relative
clause or a comparison, or when the hedged word lies in an anchor's clause or its
dependents ("rose to 7.3 percent, likely because ...") without crossing a coordinated
clause, a relative clause or a comparison. So "lost 3,000 tanks and could run out of
shells" and "60,000 more jobs than earlier estimated" are not hedged. A claim with no
figure is anchored at the sentence's main clause(s) and the roots of its attributed
content. A belief or estimation cue hedges the other sentences of its content too.

An unparsed sentence (the cascade leaves some) is read lexically: the adverbs,
lower-case "may/might", "could" not negated, "appears to", "is said to", "I think".
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Final

from ..models import Attribution, Span
from .cues import (
    ABILITY_VERBS,
    BELIEF_VERBS,
    CRITICISM_VERBS,
    DENY_VERBS,
    DISPUTE_VERBS,
    ESTIMATE_NOUNS,
    HEDGE_MODALS,
    HEDGE_NOUN_MODIFIERS,
    HEDGE_PREDICATES,
    NON_EPISTEMIC_MARKS,
    PASSIVE_HEDGE,
    RAISING_VERBS,
    UNCERTAINTY_ADVERBS,
    words,
)
from .syntax import (
    clause_head,
    climbs_to,
    is_parsed,
    negation,
    root_of,
    text_span,
    token_at,
    tokens_in,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

__all__ = ["claim_hedge"]

# Relations a hedge may not cross to reach a figure (see the module docstring).
_DOWN_BLOCK: Final = frozenset({"relcl", "comparison"})
_UP_BLOCK: Final = frozenset({"conj", "relcl", "acl", "comparison"})


def _passive_hedge(tok: Token) -> bool:
    """ "is said to", "is believed to have", "it is thought that", "is estimated at"."""
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    if not (any(c.dep_ in ("auxpass", "nsubjpass") for c in kids) or tok.dep_ == "acl"):
        return False
    infinitive = any(c.dep_ == "xcomp" for c in kids)
    expletive = any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in kids) and any(
        c.dep_ == "ccomp" for c in kids
    )
    if lemma == "report":
        return infinitive  # "is reported to"; "it was reported that" is plain reporting
    if lemma == "estimate":
        return True
    return lemma in PASSIVE_HEDGE and (infinitive or expletive)


def _belief_use(tok: Token) -> bool:
    """An estimation or belief verb governing content (not "believe in", "assessed damage")."""
    kids = list(tok.children)
    if any(c.dep_ == "auxpass" for c in kids):
        return False  # passives are read by _passive_hedge
    clausal = any(c.dep_ in ("ccomp", "xcomp") for c in kids) or tok.dep_ == "parataxis"
    if tok.lemma_.lower() == "estimate":
        return clausal or any(
            c.dep_ in ("dobj", "npadvmod") or (c.dep_ == "prep" and c.lower_ == "at") for c in kids
        )
    return clausal


def _markers(sent: SpacySpan) -> Iterator[tuple[Token, Token]]:
    """Each hedge word in ``sent`` with the word whose clause it hedges."""
    for tok in sent:
        low, lemma = tok.lower_, tok.lemma_.lower()
        if low in HEDGE_MODALS and tok.tag_ == "MD" and tok.text.islower():  # not "May 2"
            verb = tok.head
            if low == "could" and (
                negation(verb) is not None or verb.lemma_.lower() in ABILITY_VERBS
            ):
                continue  # "could not be reached", "could see"
            if any(c.dep_ == "mark" and c.lower_ in NON_EPISTEMIC_MARKS for c in verb.children):
                continue  # "so that they could", "if it may"
            yield tok, verb
        elif low in UNCERTAINTY_ADVERBS and tok.dep_ not in ("amod", "compound"):
            yield tok, tok.head if tok.head.i != tok.i else tok
        elif low in HEDGE_PREDICATES and tok.dep_ in ("acomp", "ROOT"):
            verb = tok.head if tok.dep_ == "acomp" else tok
            if any(c.dep_ in ("ccomp", "xcomp") for c in [*tok.children, *verb.children]):
                yield tok, verb  # "it is possible that", "is likely to"
        elif tok.pos_ == "VERB" and lemma in RAISING_VERBS:
            if any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
                yield tok, tok  # "appeared to", "it seems that"
        elif tok.pos_ == "VERB" and (
            (tok.tag_ == "VBN" and _passive_hedge(tok))
            or (lemma in BELIEF_VERBS and _belief_use(tok))
        ):
            yield tok, tok  # "is believed to", "we estimate that"
        elif low in HEDGE_NOUN_MODIFIERS and tok.dep_ in ("amod", "nmod", "compound"):
            noun = tok.head
            if (
                noun.dep_ in ("nsubj", "nsubjpass")
                and noun.lemma_.lower() in _REPORT_NOUNS
                and noun.head.pos_ == "VERB"
            ):
                # "Unconfirmed reports said 40 soldiers were killed": the doubt about the
                # source reaches what it says
                yield tok, noun.head
            else:
                yield tok, noun
        elif (
            low == "if"
            and tok.dep_ == "mark"
            and tok.head.dep_ == "advcl"
            and _epistemic_condition(tok.head)
        ):
            yield tok, tok.head.head  # "if these figures hold up, it would bring ..."


# Nouns for a source whose standing a modifier doubts ("unconfirmed reports", "unverified
# footage", "alleged documents")
_REPORT_NOUNS: Final = words(
    "report reports source sources claim claims account accounts information footage video "
    "videos document documents data"
)


def _anchors(
    sent: SpacySpan, quantities: Sequence[tuple[int, int]], attribution: Attribution | None
) -> list[Token]:
    """What a hedge must reach: each figure and its clause; with no figure, the main
    clause(s) and the roots of the attributed content in the sentence."""
    doc = sent.doc
    out: list[Token] = []
    for start, _ in quantities:
        tok = token_at(doc, start)
        if tok is not None and sent.start <= tok.i < sent.end:
            out += [tok, clause_head(tok)]
    if out:
        return out
    root = sent.root
    out = [root, *(c for c in root.children if c.dep_ == "conj")]
    if attribution is not None:
        content = {
            t.i
            for c in attribution.content
            for t in tokens_in(doc, c)
            if sent.start <= t.i < sent.end
        }
        out += [doc[i] for i in sorted(content) if doc[i].head.i not in content]
    return out


def _in_scope(hedged: Token, anchors: Sequence[Token]) -> bool:
    """Whether a hedge on ``hedged`` marks one of the anchors: the anchor lies under the
    hedged word, or the hedged word lies in the anchor's clause (not a conjunct, relative
    clause or comparison)."""
    return any(
        climbs_to(a, hedged, _DOWN_BLOCK) or climbs_to(hedged, a, _UP_BLOCK) for a in anchors
    )


# Conditions on the truth of the information itself ("if these figures hold up", "if
# confirmed", "if true"), not on events ("if such advances were secured": a hypothetical).
_TRUTH_VERBS: Final = words("hold confirm verify prove")
_TRUTH_ADJECTIVES: Final = words("true accurate correct right confirmed verified")


def _epistemic_condition(verb: Token) -> bool:
    """Whether an "if" clause headed by ``verb`` doubts the claim's own information."""
    if verb.lemma_.lower() in _TRUTH_VERBS or verb.lower_ in _TRUTH_ADJECTIVES:
        return True
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "acomp" and c.lower_ in _TRUTH_ADJECTIVES for c in verb.children
    )


_LEXICAL_PAIRS: Final = {
    *((w, "to") for w in words("appear appears appeared seem seems seemed")),
    *((p, v) for p in ("i", "we") for v in ("think", "believe", "estimate")),
}
_LEXICAL_PASSIVE: Final = words(
    "said believed thought estimated reported understood alleged rumoured rumored"
)


def _lexical_hedge(sent: SpacySpan) -> Span | None:
    """Hedge words in an unparsed sentence: adverbs, "may/might", "could" not negated,
    "appears to", "is said to", "I think"."""
    doc = sent.doc
    toks = [t for t in sent if not t.is_space]
    for k, t in enumerate(toks):
        low = t.lower_
        nxt = toks[k + 1].lower_ if k + 1 < len(toks) else ""
        nxt2 = toks[k + 2].lower_ if k + 2 < len(toks) else ""
        if low in UNCERTAINTY_ADVERBS or (low in ("may", "might") and t.text.islower()):
            return text_span(doc, t)
        if low == "could" and nxt not in ("not", "n't", "never"):
            return text_span(doc, t)
        if (low, nxt) in _LEXICAL_PAIRS:
            return text_span(doc, t, toks[k + 1])
        if low in ("is", "are", "was", "were") and nxt in _LEXICAL_PASSIVE and nxt2 == "to":
            return text_span(doc, toks[k + 1])
    return None


def _estimate_noun(cue: Token | None, attribution: Attribution | None) -> Token | None:
    """ "provided an estimate of 15,000", "Ukraine's estimate of ...": the figures are given
    as an estimate (not when the cue rejects or disputes it: "rejected an estimate")."""
    if cue is None or attribution is None or attribution.kind == "hedge":
        return None
    if cue.pos_ == "NOUN":
        return cue if cue.lemma_.lower() in ESTIMATE_NOUNS else None
    lemma = cue.lemma_.lower()
    if cue.pos_ != "VERB" or lemma in DENY_VERBS | DISPUTE_VERBS | CRITICISM_VERBS:
        return None
    if negation(cue) is not None:
        return None
    for c in cue.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in ESTIMATE_NOUNS:
            return c
    return None


def claim_hedge(
    sent: SpacySpan,
    attribution: Attribution | None = None,
    quantities: Sequence[tuple[int, int]] = (),
) -> Span | None:
    """The word that marks the claim made by ``sent`` as uncertain, or None."""
    doc = sent.doc
    cue = root_of(doc, attribution.cue) if attribution is not None else None
    belief_cue = (
        cue is not None
        and attribution is not None
        and attribution.kind != "hedge"
        and cue.pos_ == "VERB"
        and cue.lemma_.lower() in BELIEF_VERBS
    )
    if (
        belief_cue
        and cue is not None
        and attribution is not None
        and not sent.start <= cue.i < sent.end
        and any(c.start < sent.end_char and sent.start_char < c.end for c in attribution.content)
    ):
        return text_span(doc, cue)  # another sentence of what someone estimates or believes
    if not is_parsed(sent):
        return _lexical_hedge(sent)
    noun = _estimate_noun(cue, attribution) if quantities else None
    if noun is not None:
        return text_span(doc, noun)
    anchors = _anchors(sent, quantities, attribution)
    for marker, hedged in _markers(sent):
        if _in_scope(hedged, anchors):
            return text_span(doc, marker)
    # A belief cue whose content holds the figures, whatever the parse made of it.
    if (
        belief_cue
        and cue is not None
        and attribution is not None
        and any(c.start <= q0 < c.end for q0, _ in quantities for c in attribution.content)
    ):
        return text_span(doc, cue)
    return None
