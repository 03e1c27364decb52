"""What a quantity is about: the concept span, read from the parse around the number.

Rules in order: an "of" object ("60% of the workers"), the noun phrase the quantity opens or
closes ("a 352 μm pixel pitch", "MacBook Pro 16 inch"), a parenthesised or colon label, a noun
the quantity modifies, the object of "paid ... for", the subject of the governing clause;
failing those, the sentence's subject or first noun phrase.
"""

# ruff: noqa: SIM905 - the word lists below read best as whitespace-separated text

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..models import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["PRONOUNS", "chunk_of", "concept", "gapped_conjunct", "toll_figure"]

PRONOUNS = frozenset(
    """it they he she we i you this that which who these those most some many all both each
    few several others one none any""".split()
)


# Words that size or rank an amount inside its own noun phrase ("a record 32 goals", "a
# total 500 jobs", "a further 2,500 staff"): they say how much, not what.
_AMOUNT_MODIFIERS = frozenset(
    """record total further additional extra combined whopping staggering mere net
    cumulative estimated maximum minimum peak another massive huge hefty modest paltry
    respective""".split()
)


def _subtree(tok: Token, lo: int, hi: int) -> Span | None:
    """A subject with its modifiers ("the average life expectancy for men in Glasgow"), when
    it is short and does not run into the quantity."""
    doc = tok.doc
    s, e = tok.left_edge.i, tok.right_edge.i + 1
    if e - s > 12 or (s < hi and lo < e):
        return None
    while s < e and doc[s].pos_ in ("DET", "PRON", "PUNCT", "CCONJ", "ADP", "PART"):
        s += 1
    while e > s and doc[e - 1].pos_ in ("PUNCT", "CCONJ", "ADP", "PART"):
        e -= 1
    if s >= e:
        return None
    a, b = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    return Span(a, b, doc[s:e].text)  # == doc.text[a:b], without rebuilding doc.text


def chunk_of(tok: Token, chunks: dict[int, tuple[int, int]], lo: int, hi: int) -> Span | None:
    """The noun chunk around ``tok``, trimmed to exclude tokens in [lo, hi)."""
    doc = tok.doc
    s, e = chunks.get(tok.i) or (min(tok.left_edge.i, tok.i), tok.i + 1)
    if s < hi <= e:
        s = hi
    if s <= lo < e:
        e = lo
    while s < e and doc[s].pos_ in ("DET", "PRON", "PUNCT", "NUM", "ADP", "CCONJ", "PART"):
        s += 1
    if s >= e:
        return None
    # Names that end in a number: "S&P 500", "TA-35 index" stay whole.
    while (
        e < len(doc)
        and e != lo
        and doc[e].like_num
        and doc[e - 1].pos_ in ("PROPN", "NOUN")
        and doc[e].head.i == e - 1
        and doc[e - 1].idx + len(doc[e - 1].text) + 1 >= doc[e].idx
    ):
        e += 1
    a, b = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    return Span(a, b, doc[s:e].text)  # == doc.text[a:b], without rebuilding doc.text


_OWN_FIGURE = re.compile(
    r"(?:at|to|by)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?\d"
)


def gapped_conjunct(doc: Doc, end: int, head: Token) -> bool:
    """Whether ``head``, the noun the parse gives a number ending before token ``end``, is
    the noun of a gapped conjunct with a figure of its own ("its tank count stood at 10,438
    and armoured vehicles at 21,701"), not the number's."""
    return any(t.dep_ == "cc" for t in doc[end : head.i]) and bool(
        _OWN_FIGURE.match(doc[head.i + 1 : head.i + 6].text)
    )


# Nouns of a toll that an "of" gives the figure of: "personnel losses of 393,190"
_TOLL_NOUNS = frozenset("loss casualty death toll tally".split())


def toll_figure(doc: Doc, start: int, end: int, head: Token) -> bool:
    """Whether the figure of tokens [start, end), parsed as modifying ``head`` across another
    figure ("of 393,190 and nearly 119,000 drones"), is the figure of a toll named before
    "of" ("Russian personnel losses of 393,190"), not one more of the next figure's things
    ("doses of 45 and 50 mg" share their unit)."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    toll = doc[start - 1].head
    k = end + 1 if end < len(doc) and doc[end].text == "," else end
    return (
        toll.lemma_.lower() in _TOLL_NOUNS
        and toll.i < start
        and k < head.i
        and doc[k].lower_ in ("and", "or")
        # (the next figure right after the conjunction, its bound word at most between)
        and any(t.like_num for t in doc[k + 1 : min(head.i, k + 4)])
    )


def concept(
    anchor: Token,
    chunks: dict[int, tuple[int, int]],
    lo: int,
    hi: int,
    number_anchor: bool = True,
) -> Span | None:
    """What the quantity is about: an "of" object, the modified noun, or the clause subject;
    failing those, the sentence's subject or first noun phrase (the topic)."""
    sp = _concept_parse(anchor, chunks, lo, hi, number_anchor)
    if sp is not None and _names_something(anchor.doc, sp):
        return sp
    return _topic(anchor, chunks, lo, hi)


# Nouns of time that an amount is measured over ("down 9.2% year over year", "5.8 percent
# for every full year", "in the first quarter"): when and how long, never what.
# Names of days, months and seasons ("cancelled on Monday", "this winter") are times too.
_NAMED_TIMES = frozenset(
    """today yesterday tomorrow tonight night nights morning afternoon evening weekend
    weekends monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december spring summer autumn
    fall winter""".split()
)
_TIME_NOUNS = _NAMED_TIMES | frozenset(
    """year years month months week weeks day days quarter quarters decade decades session
    sessions period periods time times hour hours minute minutes""".split()
)
# Nouns that place an amount on a scale ("hit a record $416,100", "a 50-year low of 3.5%",
# "an all-time high"): how it ranks, not what it measures.
_LEVEL_NOUNS = frozenset("record high low peak trough".split())
# Verbs of speech: their subject tells the amount ("..., the agency estimated"), it is not
# what the amount is about (a study that "found" or "showed" it may be)
_SPEECH_VERBS = frozenset(
    """say tell estimate report announce add claim state note warn insist confirm write
    argue predict forecast calculate""".split()
)
# Words of a running total that a verb moves to a figure ("bringing its total to 15,000
# stores"): the total of what the sentence is about, no concept of its own
_TOTAL_WORDS = frozenset("total tally sum figure count".split())


_POSTMODIFIER_OPENERS = frozenset("of for in on at during from to with by since".split())


def _names_something(doc: Doc, sp: Span) -> bool:
    """A concept's head must be a word that is not a sign, a noun of time or a level (the
    head: its last word before a preposition, "price" in "the median price for homes in
    May")."""
    if sp.text[:1] in "/-":
        return False  # "/MWh" of "€34/MWh", "-hours": the rest of a unit, not a thing
    words = [w.strip(".,;:()'\"").lower() for w in sp.text.split()]
    head = next((i for i, w in enumerate(words) if i and w in _POSTMODIFIER_OPENERS), len(words))
    content = [w for w in words[:head] if any(c.isalpha() for c in w)]
    if not content:
        return False  # "%", "$": a sign says nothing
    return content[-1] not in _TIME_NOUNS and content[-1] not in _LEVEL_NOUNS


def _is_pronoun_chunk(doc: Doc, s: int, e: int) -> bool:
    """Pronoun-only chunks and chunks that are themselves quantities say nothing."""
    return all(t.pos_ in ("PRON", "DET") or t.lower_ in PRONOUNS for t in doc[s:e]) or any(
        t.like_num or t.pos_ == "NUM" for t in doc[s:e]
    )


def _no_rubric(toks: list[Token]) -> list[Token]:
    """Without a rubric the parser made a second subject ("The other side: Oryx's
    documented Ukrainian tank losses stood at 103"): a phrase that ends at a colon, when
    another subject follows; nor a dateline's place ("LONDON — Russian personnel losses
    ... rose by 7,320")."""
    subjects = [t for t in toks if t.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) < 2:
        return toks
    doc = toks[0].doc
    return [
        t
        for t in toks
        if not (
            t in subjects[:-1]
            and (
                t.right_edge.text in _RUBRIC_ENDS
                or (t.right_edge.i + 1 < len(doc) and doc[t.right_edge.i + 1].text in _RUBRIC_ENDS)
            )
        )
    ]


_RUBRIC_ENDS = frozenset([":", "—", "–", "--"])


def _topic(anchor: Token, chunks: dict[int, tuple[int, int]], lo: int, hi: int) -> Span | None:
    doc = anchor.doc
    sent = anchor.sent
    root = sent.root
    while True:
        # "Global coal demand hit a high of 8.5 billion tonnes, the agency estimated": the
        # reported clause that holds the amount is its topic, not the one who reports it
        inner = next(
            (
                c
                for c in root.children
                if c.dep_ == "ccomp"
                and c.left_edge.i <= anchor.i <= c.right_edge.i
                and root.lemma_.lower() in _SPEECH_VERBS
            ),
            None,
        )
        if inner is None:
            break
        root = inner
    for c in _no_rubric(list(root.children)):
        if c.dep_ in ("nsubj", "nsubjpass") and not (lo <= c.i < hi):
            s, e = chunks.get(c.i, (c.i, c.i + 1))
            if not _is_pronoun_chunk(doc, s, e) and (e <= lo or s >= hi):
                sp = _subtree(c, lo, hi) or chunk_of(c, chunks, lo, hi)
                if sp is not None and _names_something(doc, sp):
                    return sp
    seen: set[tuple[int, int]] = set()
    for i in range(sent.start, sent.end):
        if i not in chunks or chunks[i] in seen:
            continue
        s, e = chunks[i]
        seen.add((s, e))
        if e <= lo or s >= hi:
            if _is_pronoun_chunk(doc, s, e):
                continue
            sp = chunk_of(doc[e - 1], chunks, lo, hi)
            if sp is not None and _names_something(doc, sp):
                return sp
    # The last resort: any noun but a named time or a level ("cancelled on Monday").
    for t in sent:
        if (
            t.pos_ in ("PROPN", "NOUN")
            and not (lo <= t.i < hi)
            and not t.like_num
            and t.lower_ not in _NAMED_TIMES
            and t.lower_ not in _LEVEL_NOUNS
        ):
            return Span(t.idx, t.idx + len(t.text), t.text)
    return None


def _concept_parse(
    anchor: Token,
    chunks: dict[int, tuple[int, int]],
    lo: int,
    hi: int,
    number_anchor: bool,
) -> Span | None:
    doc = anchor.doc
    if (
        hi + 1 < len(doc)
        and doc[hi].text == ":"
        and (lo == doc[lo].sent.start or not doc[lo - 1].is_alpha)
    ):
        # "• 22,381: Russian equipment losses verified with imagery": a figure that opens its
        # line and a colon, then what it counts
        for i in range(hi + 1, min(len(doc), hi + 5)):
            t = doc[i]
            if t.pos_ in ("NOUN", "PROPN") and not (
                t.dep_ in ("compound", "amod") and t.i < t.head.i <= hi + 5
            ):
                a = hi + 1
                while a < i and doc[a].pos_ in ("DET", "PUNCT"):
                    a += 1
                return Span(doc[a].idx, t.idx + len(t.text), doc[a : i + 1].text)
            if t.pos_ in ("VERB", "AUX", "NUM") or t.is_punct:
                break
    if anchor.dep_ == "nummod" and anchor.head.i >= hi and toll_figure(doc, lo, hi, anchor.head):
        # "Russian personnel losses of 393,190 and nearly 119,000 drones": the toll the
        # figure is given "of", not the next figure's things
        return chunk_of(doc[lo - 1].head, chunks, lo, hi)
    # "60% of the workers", "a third of those screened" (not "bottles of hand sanitiser")
    for child in anchor.children if number_anchor else ():
        if child.dep_ == "prep" and child.lower_ == "of":
            if any(t.text == "," for t in doc[anchor.i + 1 : child.i]):
                continue  # "reached 12,251, of artillery systems 47,580": the next item's
            for p in child.children:
                if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN", "PRON"):
                    sp = chunk_of(p, chunks, lo, hi)
                    if sp:
                        return sp
    # The quantity opens a longer noun phrase: "a 352 μm pixel pitch", "the 50mph winds".
    for i in range(lo, hi):
        if i in chunks:
            s, e = chunks[i]
            if (
                e > hi
                and doc[e - 1].pos_ in ("NOUN", "PROPN")
                and not gapped_conjunct(doc, hi, doc[e - 1])
            ):
                a, b = doc[hi].idx, doc[e - 1].idx + len(doc[e - 1].text)
                return Span(a, b, doc[hi:e].text)
            # ... or closes one: "MacBook Pro 16 inch", "wavelengths at least 2.4 μm".
            j = s
            while j < lo and doc[j].pos_ in ("DET", "PRON", "PUNCT", "ADP", "CCONJ", "PART"):
                j += 1
            if j < lo and any(
                t.pos_ in ("NOUN", "PROPN") and t.lower_ not in _AMOUNT_MODIFIERS for t in doc[j:lo]
            ):
                a, b = doc[j].idx, doc[lo - 1].idx + len(doc[lo - 1].text)
                return Span(a, b, doc[j:lo].text)
            break
    # In parentheses after a name: "G Hunter Maldonado (15.3 ppg", "Exchange (16369.03 up".
    k = lo - 1
    while k >= 0 and k > lo - 6 and doc[k].text != "(" and not doc[k].is_sent_start:
        if doc[k].pos_ in ("VERB", "AUX") or doc[k].text == ")":
            k = -1
            break
        k -= 1
    if lo >= 2 and doc[lo - 1].text == ":" and doc[lo - 2].pos_ in ("NOUN", "PROPN"):
        sp = chunk_of(doc[lo - 2], chunks, lo, hi)
        if sp is not None:
            return sp
    if k > 0 and doc[k].text == "(" and doc[k - 1].pos_ in ("NOUN", "PROPN"):
        sp = chunk_of(doc[k - 1], chunks, lo, hi)
        if sp is not None and not any(c.isdigit() for c in sp.text):
            return sp
    tok = anchor
    # A modifier of a noun: "a $800 stone pizza oven", "50mph winds".
    if (
        tok.dep_ in ("compound", "amod", "nummod", "nmod", "quantmod")
        and tok.head.pos_
        in (
            "NOUN",
            "PROPN",
        )
        and not (lo <= tok.head.i < hi)
        and not (tok.head.i >= hi and gapped_conjunct(doc, hi, tok.head))
    ):
        sp = chunk_of(tok.head, chunks, lo, hi)
        if sp:
            return sp
    # "a grant worth up to $8 million", "a home valued at $3 million"
    if (
        tok.head.pos_ == "ADJ"
        and tok.head.head.pos_ in ("NOUN", "PROPN")
        and not (lo <= tok.head.head.i < hi)
    ):
        sp = chunk_of(tok.head.head, chunks, lo, hi)
        if sp:
            return sp
    # "paid $35,538 for an 8.5 kW system"
    if tok.dep_ in ("dobj",) and tok.head.pos_ == "VERB":
        for c in tok.head.children:
            if c.dep_ == "prep" and c.lower_ == "for" and c.i >= hi:
                for p in c.children:
                    if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN"):
                        sp = chunk_of(p, chunks, lo, hi)
                        if sp:
                            return sp
    # "pushed peak demand to a record 85,508 megawatts", "cut rates by 0.25 points": what
    # the verb moves to (or by) the amount is what it measures
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("to", "by")
        and tok.head.head.pos_ == "VERB"
        and tok.head.dep_ == "prep"
    ):
        objs = [
            c
            for c in tok.head.head.children
            if c.dep_ == "dobj"
            and c.i < tok.head.i
            and not (lo <= c.i < hi)
            # (not a party the amount is won by: "beating Great Britain by 0.18 seconds")
            and c.pos_ == "NOUN"
            and c.ent_type_ not in ("PERSON", "ORG", "GPE", "NORP")
            and c.lemma_.lower() not in _TOTAL_WORDS
        ]
        if objs and not _is_pronoun_chunk(doc, *chunks.get(objs[0].i, (objs[0].i, objs[0].i + 1))):
            sp = chunk_of(objs[0], chunks, lo, hi)
            if sp is not None and _names_something(doc, sp):
                return sp
    # "a fine of $3 billion", "net worth of 1.356 billion", "customers with 7.5 million"
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("of", "at", "to", "with")
        and tok.head.head.pos_
        in (
            "NOUN",
            "PROPN",
        )
        and not (lo <= tok.head.head.i < hi)
    ):
        sp = chunk_of(tok.head.head, chunks, lo, hi)
        if sp:
            return sp
    # Otherwise the subject of the governing clause.
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
            break
        t = t.head
    # "pulled the healthcare sector 0.68 percent lower"; "Seven bedrooms ... finish the plan"
    if tok.dep_ in ("npadvmod", "nsubj", "nsubjpass") and (
        tok.head is t or tok.head.head is t and tok.head.pos_ in ("ADV", "ADJ")
    ):
        objs = [c for c in t.children if c.dep_ in ("dobj", "attr") and not (lo <= c.i < hi)]
        if objs and not _is_pronoun_chunk(doc, *chunks.get(objs[0].i, (objs[0].i, objs[0].i + 1))):
            sp = chunk_of(objs[0], chunks, lo, hi)
            if sp is not None:
                return sp
    for _ in range(4):
        subj = _no_rubric(
            [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != anchor.i]
        )
        if subj:
            sb = subj[0]
            if sb.lower_ in PRONOUNS and t.dep_ == "relcl":
                return chunk_of(t.head, chunks, lo, hi)
            if lo <= sb.i < hi or sb.lower_ in PRONOUNS or sb.pos_ == "PRON":
                return None
            return _subtree(sb, lo, hi) or chunk_of(sb, chunks, lo, hi)
        if t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN"):
            return chunk_of(t.head, chunks, lo, hi)
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in _SPEECH_VERBS:
            break  # ("..., the ministry said": who reports the clause is no concept of it)
        if t.dep_ in ("conj", "xcomp", "advcl", "ccomp", "pcomp") and t.head is not t:
            t = t.head
            continue
        break
    return None
