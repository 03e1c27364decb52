"""Attributions: who (source) says (cue) what (content), with stance and speaker resolution.

A rule and dependency based extractor over a Doc parsed by en_core_web_sm:

- reporting verbs (lemma lexicon in :mod:`.cues`) with their subject as source and their
  clausal complements (ccomp, xcomp, parataxis) or, for verbs such as "announce"/"deny",
  their object as content; "X, he said" is read through the inverted parse;
- quotes are tracked as character pairs across sentences, so a content part that touches a
  quote grows to the whole quote (direct when all content is quoted, mixed when part is);
- "according to X", "X's claims/admission/denial of Y", and source-less hedges
  ("reportedly", "allegedly", "it is said that");
- PolNeAR conventions learned from train errors: phrasal cues take their preposition
  ("focused on", "called for") and its object as content; the speaker of a non-finite cue
  is found up the clause chain ("are more likely to say", "began by saying"), or is the
  noun a participle modifies ("calls saying ..."); passive cues with no agent ("was
  announced", "Asked whether ...") attribute their subject or question to nobody; a quote
  after an addressee ("telling reporters, '...'") or a colon is the content.

Stance comes from the cue (a ministry *denies* a strike, the Kremlin *admits* losses);
pronoun and description sources are resolved by :class:`.speakers.SpeakerResolver`.

Two small learned tables ship in ``nlp/models/attribution`` (see its MODEL_CARD.md): a cue
lexicon (verb lemmas that are often cues in PolNeAR train) and a logistic-regression filter
that keeps or drops each verb candidate. Both are optional: without the files the hand
rules run alone. Cues inside quotes and attributions nested in another's content are
dropped (PolNeAR-style univocal annotation), except participial asides (", adding that").
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..models import Attribution, AttributionKind, Span, Stance
from .attrib_filter import CueFilter, features, load_filter
from .cues import (
    HEDGE_ADVERBS,
    PASSIVE_HEDGE_VERBS,
    REPORTING_NOUNS,
    REPORTING_VERBS,
    disputing_object,
    stance_of,
    words,
)
from .speakers import GROUP_ROLES, PERSON_ROLES, SpeakerResolver
from .syntax import doc_text, past_dateline, past_leading_date

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "collect_candidates",
    "extract_attributions",
    "learned_lexicon",
    "quote_spans",
    "use_filter",
    "use_lexicon",
]

log = logging.getLogger(__name__)

_OPEN = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d"}
_CLOSE = {"\u201d", "\u00bb"}
_SUBJ = ("nsubj",)
_SKIP_SOURCE = {"there"}
_CLIMB = 3


@dataclass(slots=True)
class _Raw:
    """An attribution in token indices, before spans and resolution."""

    kind: AttributionKind
    source: tuple[int, int] | None  # token [start, end)
    cue: tuple[int, int]
    content: set[int]
    stance: Stance
    # A participial cue hanging off another's content (", arguing that ..."): kept as its
    # own attribution and carved out of the outer content rather than dropped as nested.
    side: bool = False


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
                # A straight quote followed by a space and preceded by a word is a stray
                # closer (its opener was lost): it opens nothing.
                if not (i + 1 < n and text[i + 1].isspace() and i and not text[i - 1].isspace()):
                    open_at, closer = i, '"'
            elif text.startswith("``", i) or (
                text.startswith("''", i) and (i == 0 or not text[i - 1].isalnum())
            ):
                # PTB-style ``...'' and the ''...'' of some wire copy.
                open_at, closer = i, "''"
                i += 1
        elif (
            closer == '"'
            and ch == '"'
            and i > open_at + 1
            and text[i - 1].isspace()
            and i + 1 < n
            and not text[i + 1].isspace()
        ):
            # ' "a b "c' : this one opens, so the previous quote was never closed.
            spans.append((open_at, i))
            open_at = i
        elif (
            closer == "\u201d"
            and ch == "\u201c"
            and i > open_at + 1
            and not text[i - 1].isspace()
            and (i + 1 == n or not text[i + 1].isalnum())
        ):
            # 'an “expedited review“ of': a mistyped closer (an opening mark after a word).
            spans.append((open_at, i + 1))
            open_at = -1
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
        self.text = doc_text(doc)
        self.spans = quote_spans(self.text)
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
    # "spoke and said", "..., saying that", "wants to say", and up a chain of non-finite
    # clauses: "are more likely to say", "after thanking the crowd, he ...", "began by saying".
    tok = verb
    for _ in range(_CLIMB):
        if not (
            tok.dep_ in ("conj", "xcomp", "acomp")
            or (tok.dep_ == "advcl" and tok.tag_ == "VBG")
            or (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep")
        ):
            break
        head = tok.head.head if tok.dep_ == "pcomp" else tok.head
        if head.i == tok.i or head.pos_ not in ("VERB", "AUX", "ADJ"):
            break
        for c in head.children:
            if c.dep_ in _SUBJ and c.lower_ not in _SKIP_SOURCE:
                return c
        tok = head
    return None


def _source_range(tok: Token) -> tuple[int, int]:
    start, end = tok.left_edge.i, tok.right_edge.i + 1
    doc = tok.doc
    # A source never runs over a paragraph break ("11:05 a.m.\n\nDonald Trump").
    breaks = [i for i in range(start, end) if "\n" in doc[i].text]
    before = [i for i in breaks if i < tok.i]
    after = [i for i in breaks if i > tok.i]
    if before:
        start = before[-1] + 1
    if after:
        end = after[0]
    # A dateline ("RENO, Nev. (AP) — Donald Trump") is not part of the speaker.
    dashes = [i for i in range(start, tok.i) if doc[i].text in ("\u2014", "\u2013", "--")]
    if dashes:
        start = dashes[-1] + 1
    # A date the parse hangs on the subject ("On March 25 Russia's defence ministry
    # acknowledged ...") is when, not who (not "Tuesday's General Staff report": a possessive)
    start = past_leading_date(doc, start, tok.i)
    # Trim punctuation and a trailing relative clause's comma at the edges.
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


# Verbs whose object is the addressee ("told reporters that", "urged voters to").
_ADDRESSEE = words(
    """tell ask urge inform assure warn remind order command instruct encourage advise convince
    persuade caution beg implore direct request"""
)
_CHANNELS = words(
    "statement interview email e-mail tweet twitter facebook letter release briefing "
    "conference rally speech call op-ed post memo"
)
# "criticized X for Y", "accused X of Y": the reason belongs with the content.
_JUDGING = words(
    "criticize criticise blame accuse praise attack slam fault thank credit commend "
    "condemn chide scold rebuke mock ridicule hail laud applaud knock ding blast"
)
_QUESTIONING = words("ask wonder inquire enquire question")
# Objects that stand for a clause outside the verb's subtree ("what he said", "said so").
_NON_CONTENT_OBJECTS = words("who whom")


def _verb_content(verb: Token, lemma: str) -> tuple[set[int], bool]:
    """Content tokens of a reporting verb, and whether it governs an infinitive."""
    content: set[int] = set()
    infinitive = False
    predicative = False
    for c in verb.children:
        if c.dep_ in ("ccomp", "parataxis"):
            content |= _subtree(c)
        elif c.dep_ == "xcomp":
            infinitive = True
            content |= _subtree(c)
        elif c.dep_ == "oprd":
            predicative = True
            content |= _subtree(c)
    objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    objects = [c for c in objects if c.lower_ not in _NON_CONTENT_OBJECTS]
    if lemma in _QUESTIONING and not content:
        # "asked Clinton if ...", "Asked whether ...": the question is the content.
        for c in verb.children:
            if c.dep_ in ("advcl", "ccomp") and c.left_edge.lower_ in ("if", "whether"):
                content |= _subtree(c)
    # "urged voters to", "called him a liar": the object belongs with the content; so does
    # an addressee verb's object that cannot be an addressee ("told the story of").
    if (
        infinitive
        or predicative
        or (not content and lemma not in _ADDRESSEE)
        or (not content and objects and not any(_can_speak(c) for c in objects))
    ):
        for c in objects:
            content |= _subtree(c)
            # "described X as Y", "cited X as examples"
            for p in verb.children:
                if (
                    p.dep_ == "prep"
                    and p.i > c.i
                    and (p.lower_ == "as" or (p.lower_ in ("for", "of") and lemma in _JUDGING))
                ):
                    content |= _subtree(p)
    # The inverted parse: "<content>, he said." hangs "said" from the content's verb;
    # "As experts have pointed out, <content>" hangs the cue as an "as" clause.
    as_clause = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    )
    if not content and (verb.dep_ == "parataxis" or as_clause) and verb.head.i != verb.i:
        head = verb.head
        content = _subtree(head) - _subtree(verb)
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


def _quote_after_colon(quotes: _Quotes, hi: int) -> int:
    """'X responded: \n\n "..."': a quote that opens right after a colon that ends the cue,
    possibly in the next paragraph."""
    doc = quotes.doc
    i = hi + 1
    if i >= len(doc) or doc[i].text != ":":
        return -1
    i += 1
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i < len(doc) and quotes.of_token[i] >= 0:
        q = quotes.of_token[i]
        if quotes.spans[q][0] == doc[i].idx:
            return q
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


# Phrasal cues whose preposition belongs to the cue and whose object is the content.
# Widened with the verb + preposition pairs that PolNeAR train marks as one cue at least 30%
# of the time (at least 3 times; word pairs only).
_PHRASAL = words(
    """call:for call:on point:to refer:to speak:of talk:about ask:about speak:about
    warn:of warn:about complain:about write:about
    advocate:for agree:on agree:with allude:to apologize:for argue:for ask:for
    balk:at boast:about boast:of brag:about campaign:against caution:against charge:with
    comment:on dwell:on focus:on hint:at joke:about pivot:to push:for rail:against
    reflect:on respond:to side:with touch:on vouch:for warn:against worry:about"""
)


STRICT_LEARNED = True
QUOTED_CUES_NEST = True
_SPEAKING_NOUNS = words(
    """people official critic supporter voter expert analyst poll survey study report data
    research researcher scientist member spokesman spokeswoman aide adviser advisor source
    resident worker lawmaker leader candidate democrat republican group campaign
    administration government document record statement letter memo email ad article
    story paper filing lawsuit complaint book video"""
)


def _can_speak(src: Token) -> bool:
    """Whether a subject can be a speaker (cheap animacy over tags, entities and lemmas)."""
    if src.pos_ in ("PRON", "PROPN") or src.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lemma = src.lemma_.lower()
    return lemma in _SPEAKING_NOUNS or lemma in PERSON_ROLES or lemma in GROUP_ROLES


def _verb_group(verb: Token, lemma: str) -> tuple[tuple[int, int], set[int]]:
    """The cue as a verb group: auxiliaries, negation and adverbs just before the verb
    ("has also said", "did not respond"), a particle just after ("pointed out"), and the
    preposition of a phrasal cue ("called for"), whose object joins the content."""
    doc = verb.doc
    start, end = verb.i, verb.i + 1
    # "when asked": a wh-adverb opens the clause, it is not part of the cue.
    left = {
        c.i
        for c in verb.lefts
        if c.dep_ in ("aux", "auxpass", "neg", "advmod") and c.tag_ not in ("WRB", "WDT")
    }
    while start - 1 in left:
        start -= 1
    extra: set[int] = set()
    # "said in a statement", "told reporters in an interview": the channel is part of the cue.
    for c in verb.rights:
        if c.i != end and not (c.i > end and all(doc[k].dep_ == "dobj" for k in range(end, c.i))):
            continue
        pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if (
            c.dep_ == "prep"
            and c.lower_ in ("in", "on", "during")
            and pobj is not None
            and pobj.lemma_.lower() in _CHANNELS
            and c.i == end
        ):
            end = pobj.i + 1
            # "said in a statement that ...": the parser hangs the clause from the channel.
            for g in pobj.children:
                if g.dep_ in ("acl", "relcl", "ccomp") and g.left_edge.lower_ == "that":
                    extra |= _subtree(g)
        break
    # "said Tuesday": a bare date right after the verb is part of the cue.
    if (
        end < len(doc)
        and doc[end].dep_ == "npadvmod"
        and doc[end].head.i == verb.i
        and doc[end].ent_type_ in ("DATE", "TIME")
    ):
        end = doc[end].right_edge.i + 1
    if end < len(doc) and doc[end].dep_ == "prt" and doc[end].head.i == verb.i:
        end += 1  # "pointed out", "spoke out about"
    phrasal = False
    if end < len(doc):
        nxt = doc[end]
        if nxt.dep_ == "prep" and nxt.head.i == verb.i and f"{lemma}:{nxt.lower_}" in _PHRASAL:
            end += 1
            phrasal = True
            for g in nxt.children:
                if g.dep_ in ("pobj", "pcomp"):
                    extra |= _subtree(g)
    if not phrasal:
        # "spoke to reporters on Sunday about X": the object of a later phrasal preposition
        # is still the content, though the cue stays the verb.
        for c in verb.rights:
            if c.dep_ == "prep" and f"{lemma}:{c.lower_}" in _PHRASAL:
                for g in c.children:
                    if g.dep_ in ("pobj", "pcomp"):
                        extra |= _subtree(g)
                break
    return (start, end), extra


def _unquoted_speaker(verb: Token, quotes: _Quotes) -> Token | None:
    """The head of the noun phrase just before (or just after) the cue, outside quotes."""
    doc = verb.doc
    sent = verb.sent
    best = None
    for i in range(verb.i - 1, sent.start - 1, -1):
        t = doc[i]
        if quotes.of_token[i] >= 0 or t.is_punct:
            break
        if t.pos_ in ("PROPN", "NOUN", "PRON") and (best is None or t.head.i == verb.i):
            best = t
            if t.dep_ != "compound":
                break
    if best is None:
        for i in range(verb.i + 1, sent.end):
            t = doc[i]
            if quotes.of_token[i] >= 0 or t.is_punct:
                break
            if t.pos_ in ("PROPN", "NOUN", "PRON") and t.dep_ != "compound":
                best = t
                break
    return best


def _verb_attribution(verb: Token, quotes: _Quotes, *, strict: bool = False) -> _Raw | None:
    lemma = verb.lemma_.lower()
    passive = _is_passive(verb)
    src = _source_of(verb)
    # A verb known only from the learned lexicon ("underscores", "highlights") attributes
    # only when its subject can speak: a person, an organisation, a pronoun, a role noun.
    if strict and (src is None or not _can_speak(src)):
        return None
    content, infinitive = _verb_content(verb, lemma)
    cue, extra = _verb_group(verb, lemma)
    content |= extra
    if lemma == "call" and not content:
        return None
    stance = stance_of(lemma, governs_infinitive=infinitive)
    if disputing_object(verb):
        stance = "disputes"  # "cast doubt on", "raised questions about"
    if passive and src is not None and src.dep_ != "pobj":
        src = None
    acl_head = None
    if (
        src is None
        and verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.head.i < verb.i
    ):
        # "calls saying shots were fired", "a super PAC backing Bush": the noun speaks.
        src = acl_head = verb.head
    # "Asked whether ..., voters said": a passive participle clause with no speaker.
    sourceless = src is None and (passive or (verb.dep_ == "advcl" and verb.tag_ == "VBN"))
    if src is None and not sourceless:
        return None
    if sourceless and lemma not in PASSIVE_HEDGE_VERBS:
        # "Farook's name was announced": the passive subject is what was announced.
        for c in verb.children:
            if c.dep_ == "nsubjpass" and c.lower_ not in _NON_CONTENT_OBJECTS | {"it"}:
                content |= _subtree(c)
    blocked = set(range(*cue))
    if src is not None and quotes.of_token[src.i] >= 0 and quotes.of_token[verb.i] < 0:
        # The parser took a subject from inside the quote ('"We will win," the chief said').
        src = _unquoted_speaker(verb, quotes)
        if src is None:
            return None
    src_range = _source_range(src) if src is not None else None
    if src_range is not None and acl_head is not None:
        s0, e0 = src_range[0], min(src_range[1], verb.left_edge.i)
        while e0 - 1 > s0 and (verb.doc[e0 - 1].is_punct or verb.doc[e0 - 1].is_space):
            e0 -= 1
        if not s0 <= acl_head.i < e0:
            return None
        src_range = (s0, e0)
    if src_range is not None:
        blocked |= set(range(*src_range))
    if not content:
        sent = verb.sent
        # 'telling reporters, "..."': the quote may follow the addressee.
        hi = max(
            [cue[1] - 1] + [c.right_edge.i for c in verb.rights if c.dep_ in ("dobj", "dative")]
        )
        q = _adjacent_quote(quotes, verb.i, hi, sent.start, sent.end)
        if src_range is not None and q < 0:
            q = _adjacent_quote(
                quotes,
                min(src_range[0], verb.i),
                max(src_range[1] - 1, verb.i),
                sent.start,
                sent.end,
            )
        if q < 0:
            q = _quote_after_colon(quotes, hi)
        if q >= 0:
            content = set(quotes.tokens(q))
    content -= blocked
    if not content:
        return None
    content = _grow_to_quotes(content, quotes, blocked) - blocked
    if src is None:
        # "It is said that ...", "He is believed to ...": attributed to nobody.
        if lemma not in PASSIVE_HEDGE_VERBS:
            return _Raw(_kind(content, quotes), None, cue, content, stance)
        for c in verb.children:
            if c.dep_ == "nsubjpass" and c.lower_ != "it" and infinitive:
                content |= _subtree(c)
        return _Raw("hedge", None, cue, content, stance)
    side = verb.dep_ == "advcl" and verb.tag_ == "VBG" and lemma in REPORTING_VERBS
    return _Raw(_kind(content, quotes), src_range, cue, content, stance, side)


def _continued_quotes(raw: _Raw, quotes: _Quotes) -> None:
    """'"A," he said. "B."': quotes that follow in the same paragraph continue the content.

    Only when the attribution's own content is a quote; stops at a quote that holds a cue
    of its own (checked by the caller through nesting) or at a line break.
    """
    doc, text = quotes.doc, quotes.text
    if not any(quotes.of_token[i] >= 0 for i in raw.content):
        return
    last = max(max(raw.content), raw.cue[1] - 1, (raw.source[1] - 1) if raw.source else 0)
    end_char = doc[last].idx + len(doc[last])
    q = quotes.of_token[last]
    if q >= 0:
        end_char = max(end_char, quotes.spans[q][1])
    for j, (qs, qe) in enumerate(quotes.spans):
        if qs < end_char:
            continue
        gap = text[end_char:qs]
        if any(ch.isalnum() for ch in gap):
            break
        if "\n" in gap:
            # Across a paragraph break only into a paragraph that is nothing but a quote:
            # news copy continues a speaker's quote that way.
            nl = text.find("\n", qe)
            tail = text[qe : nl if nl >= 0 else len(text)]
            if any(ch.isalnum() for ch in tail):
                break
        toks = quotes.tokens(j)
        if not toks:
            break
        raw.content |= set(toks)
        end_char = qe


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
    if poss is None:
        return None
    content: set[int] = set()
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "about", "on", "that"):
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    content |= _subtree(g)
        elif (
            c.dep_ in ("acl", "ccomp", "relcl")
            and any(t.dep_ == "mark" and t.lower_ == "that" for t in c.children)
            or c.dep_ == "acl"
            and any(t.dep_ == "aux" and t.lower_ == "to" for t in c.children)
        ):
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
    if head.i == adv.i:
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


def _char_span(doc: Doc, text: str, start: int, end: int) -> Span:
    return Span.of(text, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))


def _raw_attributions(doc: Doc) -> list[_Raw]:
    """All candidate attributions, minus those nested in another's content.

    PolNeAR-style annotation is univocal (each token belongs to one attribution), so a cue
    inside another attribution's content ("X said that Y denied Z") is read as part of the
    outer content rather than as an attribution of its own.
    """
    found = list(_candidates(doc))
    # Token -> the candidates whose content holds it: each test below looks only at those,
    # not at every candidate of the article (which made long articles quadratic).
    owners: dict[int, list[_Raw]] = {}
    for a in found:
        for i in a.content:
            owners.setdefault(i, []).append(a)
    kept = [a for a in found if a.side or a.cue[0] not in owners or _outermost(a, owners)]
    kept_ids = {id(a) for a in kept}
    for side in (a for a in kept if a.side and a.cue[0] in owners):
        carve = side.content | set(range(*side.cue))
        for a in owners[side.cue[0]]:
            if a is not side and id(a) in kept_ids and side.cue[0] in a.content:
                a.content -= carve
    return [a for a in kept if a.content]


def _outermost(a: _Raw, owners: dict[int, list[_Raw]]) -> bool:
    # Mutual nesting (each cue in the other's content) keeps the one with more content.
    for b in owners.get(a.cue[0], ()):
        if b is not a and not (b.cue[0] in a.content and len(a.content) >= len(b.content)):
            return False
    return True


_MODEL_DIR = Path(__file__).parent / "models" / "attribution"
_override: ContextVar[dict[str, float] | None] = ContextVar("cue_lexicon", default=None)
_NO_OVERRIDE: dict[str, float] = {}


@lru_cache(maxsize=1)
def learned_lexicon() -> dict[str, float]:
    """The shipped learned cue lexicon (``POS:lemma`` -> rate), empty when absent or unused."""
    path = _MODEL_DIR / "cue_lexicon.json"
    if not path.exists():
        return {}
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable cue lexicon %s: %s", path, exc)
        return {}
    return dict(meta.get("lemmas", {})) if meta.get("use") else {}


@contextmanager
def use_lexicon(lexicon: dict[str, float] | None) -> Iterator[None]:
    """Extract with ``lexicon`` as the learned cue lexicon (None: the hand lexicon only)."""
    token = _override.set(_NO_OVERRIDE if lexicon is None else lexicon)
    try:
        yield
    finally:
        _override.reset(token)


def _lexicon() -> dict[str, float]:
    lex = _override.get()
    return learned_lexicon() if lex is None else lex


_filter_override: ContextVar[CueFilter | None | bool] = ContextVar("cue_filter", default=True)
# When set to a list, candidates are not filtered but recorded with their features (training).
_collect: ContextVar[list[tuple[_Raw, list[str]]] | None] = ContextVar("collect", default=None)


@contextmanager
def use_filter(flt: CueFilter | None) -> Iterator[None]:
    """Extract with ``flt`` as the learned candidate filter (None: rules and lexicon only)."""
    token = _filter_override.set(flt)
    try:
        yield
    finally:
        _filter_override.reset(token)


@contextmanager
def collect_candidates(
    lemmas: dict[str, float], sink: list[tuple[_Raw, list[str]]]
) -> Iterator[None]:
    """Propose candidates for every verb in ``lemmas`` and record them with features."""
    t1 = _collect.set(sink)
    t2 = _filter_override.set(CueFilter({}, 0.0, 0.0, lemmas))
    try:
        yield
    finally:
        _filter_override.reset(t2)
        _collect.reset(t1)


def _active_filter() -> CueFilter | None:
    flt = _filter_override.get()
    if flt is True:
        return load_filter()
    return flt if isinstance(flt, CueFilter) else None


def _candidates(doc: Doc) -> Iterator[_Raw]:
    quotes = _Quotes(doc)
    n = len(doc)
    flt = _active_filter()
    sink = _collect.get()
    learned = flt.lemmas if flt is not None else _lexicon()
    for tok in doc:
        low = tok.lower_
        raw: _Raw | None = None
        if low == "according" and tok.i + 1 < n and doc[tok.i + 1].lower_ == "to":
            raw = _according_to(tok, quotes)
        elif low in HEDGE_ADVERBS and tok.pos_ == "ADV":
            raw = _hedge(tok, quotes)
        elif tok.pos_ == "VERB" and (
            tok.lemma_.lower() in REPORTING_VERBS or f"VERB:{tok.lemma_.lower()}" in learned
        ):
            hand = tok.lemma_.lower() in REPORTING_VERBS
            raw = _verb_attribution(tok, quotes, strict=flt is None and STRICT_LEARNED and not hand)
            if raw is not None and flt is not None:
                raw = _filtered(tok, raw, quotes, flt, hand, learned, sink)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in REPORTING_NOUNS:
            raw = _noun_attribution(tok, quotes)
        if raw is not None and QUOTED_CUES_NEST and quotes.of_token[raw.cue[0]] >= 0:
            # "I think", "you know" inside a quote belong to the quoted speech.
            raw = None
        if raw is not None:
            if raw.kind not in ("hedge", "according_to"):
                _continued_quotes(raw, quotes)
                if raw.kind != "possessive":
                    raw.kind = _kind(raw.content, quotes)
            yield raw


def _filtered(
    tok: Token,
    raw: _Raw,
    quotes: _Quotes,
    flt: CueFilter,
    hand: bool,
    lemmas: dict[str, float],
    sink: list[tuple[_Raw, list[str]]] | None,
) -> _Raw | None:
    """Keep a verb candidate when the learned filter accepts it (or record it, training)."""
    if quotes.of_token[raw.cue[0]] >= 0 and QUOTED_CUES_NEST:
        return None
    if hand and sink is None and f"VERB:{tok.lemma_.lower()}" not in lemmas:
        # A hand-lexicon verb too rare in train to have a learned rate ("commanded"): the
        # filter has no evidence for it, so the rules decide.
        return raw
    feats = features(
        tok,
        kind=_kind(raw.content, quotes),
        source=raw.source,
        content=raw.content,
        cue=raw.cue,
        hand=hand,
        rate=lemmas.get(f"VERB:{tok.lemma_.lower()}", 0.0),
    )
    if sink is not None:
        sink.append((raw, feats))
        return raw
    return raw if flt.prob(feats) >= flt.threshold else None


def extract_attributions(doc: Doc) -> Iterator[Attribution]:
    """Every attribution in ``doc``, in text order of its cue, offsets into ``doc.text``."""
    if not len(doc):
        return
    text = doc_text(doc)
    resolver = SpeakerResolver.of(doc)
    for raw in _raw_attributions(doc):
        parts = _runs(doc, raw.content)
        if not parts:
            continue
        content = tuple(_char_span(doc, text, s, e) for s, e in parts)
        cue = _char_span(doc, text, *raw.cue)
        source = None
        resolution, name = "explicit", None
        src = raw.source
        # (a dateline the parse hung on the speaker is not the speaker)
        moved = past_dateline(
            doc,
            (doc[src[0]].idx, doc[src[1] - 1].idx + len(doc[src[1] - 1])) if src else None,
            (cue.start, cue.end),
        )
        if moved is not None:
            span = doc.char_span(moved[0], moved[1], alignment_mode="expand")
            if span is not None and len(span):
                src = (span.start, span.end)
        if src is not None:
            s, e = src
            source = _char_span(doc, text, s, e)
            res = resolver.resolve(doc[s:e])
            resolution, name = res.attribution_resolution, res.name
        else:
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


# ``nlp.add_pipe("claimledger_attributions")`` fills ``doc._.attributions`` (nlp/components.py).
from .components import register as _register_components  # noqa: E402

_register_components()
