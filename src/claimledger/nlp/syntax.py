"""Small dependency-parse helpers shared by the stance and hedge readers.

Pure functions over spaCy tokens of a parsed sentence; nothing here knows a lexicon.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from ..models import Span
from . import parties
from .cues import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "DOUBLE_QUOTES",
    "QUOTE_MARKS",
    "clause_head",
    "doc_text",
    "climbs_to",
    "is_comparison",
    "is_parsed",
    "negation",
    "past_dateline",
    "past_leading_date",
    "root_of",
    "subject_of",
    "text_span",
    "token_at",
    "tokens_in",
]

_COMPARISON_MARKS: Final = words("than as")
# Double quotation marks, straight and curly, opening or closing (outlets use them both
# ways); single marks double as apostrophes ("Ukraine’s").
DOUBLE_QUOTES: Final = '"“”«»„'
# Quotation marks of both kinds.
QUOTE_MARKS: Final = frozenset(DOUBLE_QUOTES + "'‘’")


_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc.

    spaCy's ``Doc.text`` joins every token's text on each access (a Python-level loop); the
    extractors ask for it a few dozen times per article. A Doc's text cannot change, so it
    is kept for as long as the Doc lives.
    """
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def is_parsed(sent: SpacySpan) -> bool:
    """Whether the sentence went through the parser (the cascade leaves some unparsed)."""
    return any(t.dep_ == "ROOT" for t in sent)


def text_span(doc: Doc, first: Token, last: Token | None = None) -> Span:
    """The article text from ``first`` to ``last`` (in either order), as a Span."""
    last = last if last is not None else first
    a, b = min(first.i, last.i), max(first.i, last.i)
    # Not ``doc.text``: spaCy joins the whole document for it on every call.
    return Span(doc[a].idx, doc[b].idx + len(doc[b]), doc[a : b + 1].text)


def tokens_in(doc: Doc, span: Span | None) -> list[Token]:
    """The tokens covering a character Span (expanded to token edges)."""
    if span is None:
        return []
    cs = doc.char_span(span.start, span.end, alignment_mode="expand")
    return list(cs) if cs is not None else []


def root_of(doc: Doc, span: Span | None) -> Token | None:
    """The syntactic head of the tokens covering a character Span."""
    cs = doc.char_span(span.start, span.end, alignment_mode="expand") if span else None
    return cs.root if cs is not None and len(cs) else None


def token_at(doc: Doc, char: int) -> Token | None:
    """The token at a character offset."""
    cs = doc.char_span(char, char + 1, alignment_mode="expand")
    return cs[0] if cs is not None and len(cs) else None


def negation(tok: Token) -> Token | None:
    """The negation of ``tok``: its own ``neg`` child or "no" determiner, or its copula's
    (or governing verb's) negation for a predicate or object."""
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            return c
    if tok.dep_ in ("acomp", "attr", "oprd", "dobj") and tok.head.i != tok.i:
        for c in tok.head.children:
            if c.dep_ == "neg":
                return c
    return None


def subject_of(tok: Token) -> Token | None:
    """The subject of a verb, or of the copula a predicate hangs from."""
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return c
    if tok.dep_ in ("acomp", "attr", "oprd") and tok.head.i != tok.i:
        return subject_of(tok.head)
    return None


def is_comparison(tok: Token) -> bool:
    """A clause or phrase of comparison: "than earlier estimated", "as initially thought"."""
    if tok.dep_ == "prep":
        return tok.lower_ == "than"
    return tok.dep_ in ("advcl", "ccomp", "acl", "pcomp") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in _COMPARISON_MARKS and c.i < tok.i
        for c in tok.children
    )


def climbs_to(low: Token, high: Token, blocked: frozenset[str]) -> bool:
    """Whether ``high`` is ``low`` or one of its ancestors, reached without passing a
    blocked relation (``"comparison"`` blocks clauses of comparison)."""
    tok = low
    for _ in range(len(low.doc)):
        if tok.i == high.i:
            return True
        if tok.dep_ in blocked or ("comparison" in blocked and is_comparison(tok)):
            return False
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def clause_head(tok: Token) -> Token:
    """The verb (or root) whose clause holds ``tok``."""
    t = tok
    for _ in range(len(tok.doc)):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            return t
        t = t.head
    return t


def past_dateline(
    doc: Doc, src: tuple[int, int] | None, cue: tuple[int, int]
) -> tuple[int, int] | None:
    """A source (character offsets) moved out of its sentence's dateline. The parse often
    hangs a dateline's place on the speaker ("KRAMATORSK, May 25 - A Ukrainian assault
    brigade fighting near Bakhmut said ...", with "KRAMATORSK" as the subject): the source
    is the words after the dateline. Where the found source lies wholly in the dateline (or
    none was found and the cue's subject is there), it is the noun phrase between the
    dateline and the cue. Any other source is returned as it is."""
    if not len(doc):
        return src
    cue_tok = token_at(doc, cue[0])
    if cue_tok is None or not doc.has_annotation("SENT_START"):
        return src  # (no sentences: a tokenizer-only document)
    sent = cue_tok.sent
    end = sent.start_char + parties.dateline_end(sent.text)
    if end == sent.start_char or cue[0] <= end or (src is not None and src[0] >= end):
        return src
    if src is None and not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.idx < end for c in cue_tok.children
    ):
        return None
    words_ = [t for t in sent if t.idx >= end and t.idx + len(t.text) <= cue[0]]
    while words_ and (words_[0].is_punct or words_[0].is_space):
        words_.pop(0)
    while words_ and (words_[-1].is_punct or words_[-1].is_space):
        words_.pop()
    if not words_ or words_[0].pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
        return src
    if src is not None and src[1] > words_[0].idx:
        return (words_[0].idx, src[1])
    return (words_[0].idx, words_[-1].idx + len(words_[-1].text))


def past_leading_date(toks: Doc | Sequence[Token], start: int, stop: int) -> int:
    """The first token of a name past the date the parse hung on its front ("On March 25
    Russia's defence ministry acknowledged ...", "On Monday Ukraine's General Staff"): the
    index after the run of date and time tokens from ``start`` (before ``stop``), or
    ``start`` when there is none or it is a possessive ("Tuesday's General Staff report")."""
    k = start
    while k < stop and toks[k].ent_type_ in ("DATE", "TIME") and not toks[k].is_punct:
        k += 1
    if k == start or k >= len(toks) or toks[k].tag_ == "POS" or not toks[k].is_alpha:
        return start
    return k
