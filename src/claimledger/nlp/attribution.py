"""Attributions: who (source) says (cue) what (content), with stance and speaker resolution.

A rule and dependency based extractor over a Doc parsed by en_core_web_sm:

- reporting verbs (lemma lexicon in :mod:`.cues`) with their subject as source and their
  clausal complements (ccomp, xcomp, parataxis) or, for verbs such as "announce"/"deny",
  their object as content; "X, he said" is read through the inverted parse;
- quotes are tracked as character pairs across sentences, so a content part that touches a
  quote grows to the whole quote (direct when all content is quoted, mixed when part is);
- "according to X", "X's claims/admission/denial of Y", and source-less hedges
  ("reportedly", "allegedly", "it is said that").

Stance comes from the cue (a ministry *denies* a strike, the Kremlin *admits* losses);
pronoun and description sources are resolved by :class:`.speakers.SpeakerResolver`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Attribution, AttributionKind, Span, Stance
from .cues import (
    CONTENT_OBJECT_VERBS,
    HEDGE_ADVERBS,
    PASSIVE_HEDGE_VERBS,
    REPORTING_NOUNS,
    REPORTING_VERBS,
    stance_of,
)
from .speakers import SpeakerResolver

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["extract_attributions", "quote_spans"]

log = logging.getLogger(__name__)

_OPEN = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d"}
_CLOSE = {"\u201d", "\u00bb"}
_SUBJ = ("nsubj",)
_CLAUSE = ("ccomp", "xcomp", "parataxis")
_SKIP_SOURCE = {"there"}


@dataclass(slots=True)
class _Raw:
    """An attribution in token indices, before spans and resolution."""

    kind: AttributionKind
    source: tuple[int, int] | None  # token [start, end)
    cue: tuple[int, int]
    content: set[int]
    stance: Stance


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of quotations, marks included, in text order.

    Curly and guillemet quotes pair by kind; straight double quotes (and ``...'') alternate.
    A quote left open at a line break closes there (news style reopens a continued quote on
    the next paragraph), so no quote runs away over the rest of the article.
    """
    spans: list[tuple[int, int]] = []
    open_at = -1
    closer = ""
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            if open_at >= 0:
                spans.append((open_at, i))
                open_at = -1
        elif open_at < 0:
            if ch in _OPEN:
                open_at, closer = i, _OPEN[ch]
            elif ch == '"':
                open_at, closer = i, '"'
            elif text.startswith("``", i):
                open_at, closer = i, "''"
                i += 1
        elif text.startswith(closer, i) or (closer != '"' and ch in _CLOSE):
            end = i + len(closer) if text.startswith(closer, i) else i + 1
            spans.append((open_at, end))
            open_at = -1
            i = end
            continue
        i += 1
    if open_at >= 0:
        spans.append((open_at, n))
    return spans


class _Quotes:
    """Token-level view of the quote spans of a doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.spans = quote_spans(doc.text)
        self.of_token: list[int] = [-1] * len(doc)
        j = 0
        for tok in doc:
            while j < len(self.spans) and self.spans[j][1] <= tok.idx:
                j += 1
            if j < len(self.spans) and self.spans[j][0] <= tok.idx < self.spans[j][1]:
                self.of_token[tok.i] = j

    def tokens(self, q: int) -> range:
        s, e = self.spans[q]
        span = self.doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            return range(0)
        return range(span.start, span.end)


def _subtree(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


def _source_of(verb: Token) -> Token | None:
    """The speaker: the verb's subject, or the subject of the clause it hangs from."""
    for c in verb.children:
        if c.dep_ in _SUBJ and c.lower_ not in _SKIP_SOURCE:
            return c
    for c in verb.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    # "spoke and said", "..., saying that", "wants to say"
    if verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        head = verb.head
        if head is not verb:
            for c in head.children:
                if c.dep_ in _SUBJ and c.lower_ not in _SKIP_SOURCE:
                    return c
    return None


def _source_range(tok: Token) -> tuple[int, int]:
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    doc = tok.doc
    # Trim punctuation and a trailing relative clause's comma at the edges.
    while start < end - 1 and doc[start].is_punct:
        start += 1
    while end - 1 > start and doc[end - 1].is_punct:
        end -= 1
    return start, end


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _verb_content(verb: Token, lemma: str) -> tuple[set[int], bool]:
    """Content tokens of a reporting verb, and whether it governs an infinitive."""
    content: set[int] = set()
    infinitive = False
    for c in verb.children:
        if c.dep_ in ("ccomp", "parataxis"):
            content |= _subtree(c)
        elif c.dep_ == "xcomp":
            infinitive = True
            content |= _subtree(c)
    # "urged voters to", "told him to": the addressee belongs with an infinitive's content.
    if infinitive:
        for c in verb.children:
            if c.dep_ == "dobj" and c.i < min(content):
                content |= _subtree(c)
    # The inverted parse: "<content>, he said." hangs "said" from the content's verb.
    if not content and verb.dep_ == "parataxis" and verb.head is not verb:
        head = verb.head
        content = _subtree(head) - _subtree(verb)
    if not content and lemma in CONTENT_OBJECT_VERBS:
        for c in verb.children:
            if c.dep_ in ("dobj", "attr"):
                content |= _subtree(c)
    return content, infinitive


def _adjacent_quote(quotes: _Quotes, lo: int, hi: int, sent_start: int, sent_end: int) -> int:
    """A quote that opens just after token ``hi`` or closes just before ``lo`` (same sentence)."""
    doc = quotes.doc
    i = hi + 1
    while i < sent_end and i < len(doc) and doc[i].is_punct and quotes.of_token[i] < 0:
        i += 1
    if i < len(doc) and i <= sent_end and quotes.of_token[i] >= 0:
        return quotes.of_token[i]
    i = lo - 1
    while i >= sent_start and doc[i].is_punct and quotes.of_token[i] < 0:
        i -= 1
    if i >= 0 and i >= sent_start - 1 and quotes.of_token[i] >= 0:
        return quotes.of_token[i]
    return -1


def _grow_to_quotes(content: set[int], quotes: _Quotes, blocked: set[int]) -> set[int]:
    """Every quote the content touches is taken whole, unless it holds the cue or source."""
    touched = {quotes.of_token[i] for i in content if quotes.of_token[i] >= 0}
    for q in touched:
        toks = set(quotes.tokens(q))
        if toks & blocked:
            continue
        content |= toks
    return content


def _verb_attribution(verb: Token, quotes: _Quotes) -> _Raw | None:
    lemma = verb.lemma_.lower()
    passive = _is_passive(verb)
    src = _source_of(verb)
    content, infinitive = _verb_content(verb, lemma)
    cue = (verb.i, verb.i + 1)
    if verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].lower_ == "for" and lemma == "call":
        cue = (verb.i, verb.i + 2)
        for g in verb.doc[verb.i + 1].children:
            if g.dep_ == "pobj":
                content |= _subtree(g)
    elif lemma == "call" and not content:
        return None
    stance = stance_of(lemma, governs_infinitive=infinitive)
    if passive and src is not None and src.dep_ != "pobj":
        src = None
    if src is None and not passive:
        return None
    blocked = set(range(*cue))
    src_range = _source_range(src) if src is not None else None
    if src_range is not None:
        blocked |= set(range(*src_range))
    if not content:
        sent = verb.sent
        q = _adjacent_quote(quotes, verb.i, verb.i, sent.start, sent.end)
        if src_range is not None and q < 0:
            q = _adjacent_quote(
                quotes, min(src_range[0], verb.i), max(src_range[1] - 1, verb.i), sent.start,
                sent.end,
            )
        if q >= 0:
            content = set(quotes.tokens(q))
    content -= blocked
    if not content:
        return None
    content = _grow_to_quotes(content, quotes, blocked) - blocked
    if src is None:
        # "It is said that ...", "He is believed to ...": attributed to nobody.
        if lemma not in PASSIVE_HEDGE_VERBS:
            return None
        for c in verb.children:
            if c.dep_ == "nsubjpass" and c.lower_ != "it" and infinitive:
                content |= _subtree(c)
        return _Raw("hedge", None, cue, content, stance)
    return _Raw(_kind(content, quotes), src_range, cue, content, stance)


def _kind(content: set[int], quotes: _Quotes) -> AttributionKind:
    doc = quotes.doc
    words = [i for i in content if not doc[i].is_punct and not doc[i].is_space]
    if not words:
        return "indirect"
    quoted = sum(1 for i in words if quotes.of_token[i] >= 0)
    if quoted == len(words):
        return "direct"
    return "mixed" if quoted else "indirect"


def _noun_attribution(noun: Token, quotes: _Quotes) -> _Raw | None:
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ in ("its", "their", "his", "her") and False:
        return None
    content: set[int] = set()
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "about", "on", "that"):
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    content |= _subtree(g)
        elif c.dep_ in ("acl", "ccomp", "relcl") and any(
            t.dep_ == "mark" and t.lower_ == "that" for t in c.children
        ):
            content |= _subtree(c)
        elif c.dep_ == "acl" and any(t.dep_ == "aux" and t.lower_ == "to" for t in c.children):
            content |= _subtree(c)
    src_range = _source_range(poss)
    # "Ukraine's" -> "Ukraine": the possessive marker is not part of the speaker.
    s, e = src_range
    while e - 1 > s and noun.doc[e - 1].dep_ == "case":
        e -= 1
    src_range = (s, e)
    blocked = set(range(noun.i, noun.i + 1)) | set(range(*src_range))
    content -= blocked
    if not content:
        return None
    content = _grow_to_quotes(content, quotes, blocked) - blocked
    stance = stance_of(noun.lemma_, noun=True)
    return _Raw("possessive", src_range, (noun.i, noun.i + 1), content, stance)


def _according_to(tok: Token, quotes: _Quotes) -> _Raw | None:
    doc = tok.doc
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    src_range = _source_range(pobj)
    sent = tok.sent
    phrase_end = max(src_range[1], to.i + 1)
    content = set(range(sent.start, tok.i)) | set(range(phrase_end, sent.end))
    content = {i for i in content if not doc[i].is_space}
    if not any(not doc[i].is_punct for i in content):
        return None
    blocked = set(range(tok.i, phrase_end))
    content = _grow_to_quotes(content, quotes, blocked) - blocked
    return _Raw("according_to", src_range, (tok.i, to.i + 1), content, "asserts")


def _hedge(adv: Token, quotes: _Quotes) -> _Raw | None:
    head = adv.head
    if head is adv:
        return None
    content = _subtree(head) - {adv.i}
    doc = adv.doc
    # A clause that hangs as "when/where/which ..." keeps its clause, not the marker.
    first = min(content)
    if doc[first].tag_ in ("WRB", "WDT", "WP") or doc[first].dep_ in ("mark", "cc"):
        content.discard(first)
    if not any(not doc[i].is_punct for i in content):
        return None
    content = _grow_to_quotes(content, quotes, {adv.i}) - {adv.i}
    return _Raw("hedge", None, (adv.i, adv.i + 1), content, "asserts")


def _runs(doc: Doc, idx: Iterable[int]) -> list[tuple[int, int]]:
    """Contiguous token runs of ``idx`` with punctuation and spaces trimmed at their edges."""
    runs: list[tuple[int, int]] = []
    for i in sorted(idx):
        if runs and runs[-1][1] == i:
            runs[-1] = (runs[-1][0], i + 1)
        else:
            runs.append((i, i + 1))
    out = []
    for s, e in runs:
        while s < e and (doc[s].is_space or (doc[s].is_punct and not doc[s].is_quote)):
            s += 1
        while e > s and (doc[e - 1].is_space or (doc[e - 1].is_punct and not doc[e - 1].is_quote)):
            e -= 1
        if e > s and any(not doc[i].is_punct and not doc[i].is_space for i in range(s, e)):
            out.append((s, e))
    return out


def _char_span(doc: Doc, start: int, end: int) -> Span:
    return Span.of(doc.text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))


def _raw_attributions(doc: Doc) -> Iterator[_Raw]:
    quotes = _Quotes(doc)
    n = len(doc)
    for tok in doc:
        low = tok.lower_
        raw: _Raw | None = None
        if low == "according" and tok.i + 1 < n and doc[tok.i + 1].lower_ == "to":
            raw = _according_to(tok, quotes)
        elif low in HEDGE_ADVERBS and tok.pos_ == "ADV":
            raw = _hedge(tok, quotes)
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in REPORTING_VERBS:
            raw = _verb_attribution(tok, quotes)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in REPORTING_NOUNS:
            raw = _noun_attribution(tok, quotes)
        if raw is not None:
            yield raw


def extract_attributions(doc: Doc) -> Iterator[Attribution]:
    """Every attribution in ``doc``, in text order of its cue, offsets into ``doc.text``."""
    if not len(doc):
        return
    resolver = SpeakerResolver(doc)
    for raw in _raw_attributions(doc):
        parts = _runs(doc, raw.content)
        if not parts:
            continue
        content = tuple(_char_span(doc, s, e) for s, e in parts)
        cue = _char_span(doc, *raw.cue)
        source = None
        resolution, name = "explicit", None
        if raw.source is not None:
            s, e = raw.source
            source = _char_span(doc, s, e)
            res = resolver.resolve(doc[s:e])
            resolution, name = res.how, res.name
        elif raw.kind == "hedge":
            resolution = "unresolved"
        yield Attribution(
            kind=raw.kind,
            source=source,
            cue=cue,
            content=content,
            stance=raw.stance,
            resolution=resolution,
            resolved_name=name,
        )


def _register_component() -> None:
    """The ``claimledger_attributions`` pipeline component (stores ``doc._.attributions``)."""
    from spacy.language import Language
    from spacy.tokens import Doc as _Doc

    if not _Doc.has_extension("attributions"):
        _Doc.set_extension("attributions", default=(), force=True)

    class AttributionComponent:
        def __call__(self, doc: Doc) -> Doc:
            doc._.attributions = tuple(extract_attributions(doc))
            return doc

    if "claimledger_attributions" not in Language.factories:

        @Language.factory("claimledger_attributions")
        def make_attributions(nlp: Language, name: str) -> AttributionComponent:
            return AttributionComponent()


try:
    _register_component()
except ImportError:  # spaCy missing: the function still imports, the factory does not
    log.debug("spaCy not installed; claimledger_attributions factory not registered")
