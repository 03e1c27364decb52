"""A snake_case name for what a figure of anything but war losses measures.

War losses are named in a series' vocabulary (:mod:`claimledger.nlp.measures`); every other
figure is named after the thing measured, as a reader would put it: "the unemployment rate
rose to 7.3 percent" measures ``unemployment_rate``, "7,000 cases of cholera"
``cholera_cases``, "1 million tonnes of grain exports" ``grain_exports``, and "Revenue rose 27
percent" the change of revenue (``revenue_change``). A unit is never the name ("percent",
"cents", "tonnes", "people": they say how it is counted, not what); a count noun that is the
thing counted ("jobs", "districts") is.

The name is a noun phrase's head with the modifiers that classify it (compounds and
relational adjectives: "grain exports", "interest rate"), without determiners, numbers, time
words, names of parties, and adjectives that grade, rank or date ("record", "new", "key",
"annual"). The phrase is found, in order, in: the counted noun when it is not a unit; the
object of "of" after a unit or a generic noun ("tonnes of grain", "the number of victims");
the noun of the verb that takes the amount ("earned $1.9 billion": earnings); the quantity's
concept (:mod:`claimledger.nlp.quant_concepts`) unless that is the speaker, a party or a
document. Everything here reads the parse the pipeline already made.
"""

# ruff: noqa: SIM905 - the word lists below read best as whitespace-separated text

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .measures import words
from .mentions import DOCUMENT_NOUNS, GROUP_HEADS, PERSON_HEADS
from .units import is_currency, pint_unit

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..models import Span

__all__ = [
    "CHANGE_NOUNS",
    "GENERIC_NOUNS",
    "RATE_NOUNS",
    "UNIT_WORDS",
    "is_unit_name",
    "measure_name",
]

# Words that say how a figure is counted, not what it counts.
UNIT_WORDS: Final = words(
    """percent per cent percentage percentages pct point points basis cent cents penny pence
    people person persons individual individuals unit units piece pieces item items time times
    fold head heads dozen dozens hundred hundreds thousand thousands million millions billion
    billions trillion lakh lakhs crore crores score scores"""
)
# Nouns that stand for an amount of something named after "of" ("the number of victims").
GENERIC_NOUNS: Final = words(
    """number numbers total totals amount amounts sum sums level levels count tally majority
    remainder half third quarter fifth share part proportion portion fraction volume
    volumes value values quantity quantities size figure figures result results estimate
    estimates average mean bulk rest lot lots range sort kind type"""
)
# Nouns of a change: the figure is the change of what follows "in" or "of".
CHANGE_NOUNS: Final = words(
    """rise rises increase increases drop drops fall falls decline declines gain gains jump
    jumps cut cuts decrease decreases reduction reductions surge surges slump slumps change
    changes climb climbs dip dips slide plunge plunges hike hikes boost boosts"""
)
# Adjectives that grade, rank, date or hedge an amount rather than classify the thing.
_NOT_CLASSIFYING: Final = words(
    """record total further additional extra combined whopping staggering mere cumulative
    estimated maximum minimum peak another massive huge hefty modest paltry respective new
    latest recent previous current last next first second third final initial original former
    past prior early late annual yearly monthly quarterly weekly daily hourly high higher low
    lower big bigger small smaller large larger strong stronger weak weaker good bad great
    sharp steep significant overall actual official approximate average typical main key major
    minor important only other same such more less few many several various certain whole
    entire full real own overall total approximate likely possible expected projected
    provisional preliminary revised adjusted reported confirmed notified known"""
)
# Noun-forming verbs whose object is the amount ("earned $1.9 billion": earnings).
_VERB_NOUNS: Final = {
    "earn": "earnings",
    "sell": "sales",
    "export": "exports",
    "import": "imports",
    "produce": "production",
    "spend": "spending",
    "invest": "investment",
    "borrow": "borrowing",
    "owe": "debt",
    "cost": "cost",
    "harvest": "harvest",
    "ship": "shipments",
    "lend": "lending",
    "donate": "donations",
    "pledge": "pledges",
    "raise": "funds",
}
# Entity types that name who or when, never what is measured.
_NOT_MEASURE_ENTS: Final = frozenset(
    """PERSON ORG GPE NORP LOC FAC DATE TIME CARDINAL ORDINAL MONEY PERCENT QUANTITY""".split()
)
_NOT_MEASURE_HEADS: Final = PERSON_HEADS | GROUP_HEADS | DOCUMENT_NOUNS
_MONTHS: Final = words(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday year years month months week weeks day days quarter quarters
    decade decades today yesterday"""
)
# Nouns whose percentage is their rate ("inflation slowed to 4.1 percent": the inflation
# rate; "unemployment at 3.8%"): conditions and processes that news measures as a rate.
RATE_NOUNS: Final = words(
    """inflation deflation unemployment joblessness employment underemployment poverty
    literacy illiteracy vacancy occupancy mortality fertility participation turnout
    vaccination infection positivity absenteeism attrition default delinquency savings
    interest"""
)
# Places: in a concept they say where the figure is, not what it measures.
_PLACE_NOUNS: Final = words(
    """oblast region province district city town village area state county country capital
    direction front sector territory"""
)
_PERCENT_UNITS: Final = frozenset(["percent", "%", "percentage point", "point", "basis point"])
_MAX_WORDS = 3


def measure_name(
    doc: Doc,
    noun: Token | None,
    num: Token | None,
    concept: Span | None,
    change: str | None,
    claimer: Span | None = None,
    unit: str | None = None,
) -> tuple[str, tuple[int, int]] | None:
    """The snake_case name of what a figure measures and the offsets of the words that
    name it, or None when nothing names it.

    ``noun`` is the counted noun (the one the number modifies, possibly a unit), ``num`` the
    number's token, ``concept`` the quantity's concept span, ``change`` its bound ("up" and
    "down" make a named level's figure its change), ``claimer`` the speaker's words (never
    what is measured), ``unit`` the quantity's unit (a percentage of "inflation" is the
    inflation rate)."""
    if noun is None and num is not None:
        # "6 million tonnes": the amount's head noun, when the frame found none
        head = num
        for _ in range(3):
            if head.dep_ not in ("nummod", "compound", "quantmod") or head.head is head:
                break
            head = head.head
        if head is not num and head.pos_ == "NOUN" and not _is_thing(head, amount=True):
            noun = head  # a unit: what it measures comes from elsewhere
    counted = noun is not None and _is_thing(noun, amount=True)
    name: str | None = None
    where: Token | None = None
    if counted:
        assert noun is not None
        name, where = _name(noun), noun
    verb = _verb_noun(noun if noun is not None else num)
    if name is None and noun is not None:
        target = _of_object(noun)
        if target is not None:
            name, where = _head_name(target), target
            if name and "_" not in name and verb is not None:
                # "exported 2 million tonnes of grain": grain exports
                name = f"{name}_{verb[0]}"
    if name is None and verb is not None:
        name, where = verb
    if name is None and concept is not None:
        root = _concept_root(doc, concept)
        if (
            root is not None
            and not _inside(root, claimer)
            and root.lower_ not in _PLACE_NOUNS
            and root.lemma_.lower() not in _PLACE_NOUNS
        ):
            name, where = _head_name(root), root
    if name is None or where is None:
        return None
    if (unit or "").lower() in _PERCENT_UNITS and name.split("_")[-1] in RATE_NOUNS:
        name += "_rate"
    if change in ("up", "down") and not counted and not name.endswith("_change"):
        name += "_change"
    return name, _phrase(where)


def is_unit_name(name: str) -> bool:
    """Whether a snake_case name is made of units only ("percent", "percentage_points",
    "tonnes"): it says how a figure is counted, not what it counts."""
    parts = [p for p in name.split("_") if p]
    return bool(parts) and all(
        p in UNIT_WORDS or is_currency(p) or pint_unit(p) is not None for p in parts
    )


def _is_thing(tok: Token, amount: bool = False) -> bool:
    """Whether a noun names a thing rather than a unit, a generic amount or an agent.
    Measurement units ("tonnes", "barrels") are tested only for the noun an amount counts
    (``amount``): elsewhere "grain" or "stone" is a thing."""
    low, lemma = tok.lower_, tok.lemma_.lower()
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and not tok.like_num
        and len(tok.text) > 1  # (a letter is a label: the "A:" of an interview's answer)
        and low not in UNIT_WORDS
        and lemma not in UNIT_WORDS
        and low not in GENERIC_NOUNS
        and low not in CHANGE_NOUNS
        and lemma not in _MONTHS
        and not is_currency(lemma)
        and not (amount and pint_unit(lemma) is not None)
        and not _named(tok)
        and lemma not in _NOT_MEASURE_HEADS
        and low not in _NOT_MEASURE_HEADS
    )


def _head_name(tok: Token) -> str | None:
    """The name of the phrase headed by ``tok``: itself when it names a thing, the object
    of "of" after a unit or generic noun, "in"/"of" after a change noun (as a change)."""
    low = tok.lower_
    if low in CHANGE_NOUNS or tok.lemma_.lower() in CHANGE_NOUNS:
        # "a rise in prices", "a drop of 3 percent in energy prices"
        for prep in tok.subtree:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of") and prep.i > tok.i:
                for p in prep.children:
                    if p.dep_ == "pobj" and _is_thing(p):
                        inner = _name(p)
                        return f"{inner}_change" if inner else None
        return None
    if _is_thing(tok):
        return _name(tok)
    target = _of_object(tok)
    return _name(target) if target is not None and _is_thing(target) else None


def _of_object(tok: Token) -> Token | None:
    """The object of "of" right after a unit or generic noun ("tonnes of grain")."""
    if _is_thing(tok, amount=True):
        return None
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for p in prep.children:
                if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN"):
                    return p
    return None


def _name(head: Token) -> str | None:
    """``head`` with its classifying modifiers, and a plain "of" object in front ("cases of
    cholera": cholera_cases), as snake_case of at most three words."""
    parts = [*_modifiers(head), _word(head)]
    of_obj = next(
        (
            p
            for prep in head.rights
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i == head.i + 1
            for p in prep.children
            if p.dep_ == "pobj" and _is_thing(p)
        ),
        None,
    )
    if of_obj is not None:
        parts = [*_modifiers(of_obj)[-1:], _word(of_obj), *parts]
    parts = [p for p in parts if p]
    if not parts:
        return None
    return "_".join(parts[-_MAX_WORDS:])


def _modifiers(head: Token) -> list[str]:
    """The compounds and classifying adjectives before ``head``, nearest last."""
    out: list[str] = []
    for c in head.lefts:
        if c.dep_ not in ("compound", "amod", "nmod"):
            continue
        for t in c.doc[c.left_edge.i : c.i + 1]:
            if _classifies(t):
                out.append(_word(t))
            elif t.dep_ in ("compound", "amod", "nmod") or t is c:
                out = []  # a break in the chain: keep only what is next to the head
    return [w for w in out if w]


def _classifies(t: Token) -> bool:
    low = t.lower_
    if t.like_num or _named(t) or low in _MONTHS:
        return False
    if t.pos_ == "ADJ":
        return t.tag_ == "JJ" and low not in _NOT_CLASSIFYING
    if t.pos_ in ("NOUN", "PROPN"):
        return low not in UNIT_WORDS and low not in GENERIC_NOUNS and not is_currency(low)
    return False


def _named(t: Token) -> bool:
    """Whether ``t`` is part of a name of who, where or when (or an amount). A common noun
    inside a name the tagger found ("Turnout" read as a person) is still a noun."""
    if t.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return True
    return t.ent_type_ in _NOT_MEASURE_ENTS and t.pos_ != "NOUN"


def _word(t: Token) -> str:
    return re.sub(r"[^a-z0-9]+", "_", t.lower_).strip("_")


def _verb_noun(tok: Token | None) -> tuple[str, Token] | None:
    """The noun of the verb whose object is the amount ("earned $1.9 billion")."""
    for _ in range(3):  # from "1.9" up to the amount's head ("billion", "$")
        if tok is None or tok.dep_ not in ("nummod", "compound", "quantmod"):
            break
        tok = tok.head
    if tok is None or tok.dep_ != "dobj":
        return None
    name = _VERB_NOUNS.get(tok.head.lemma_.lower())
    return (name, tok.head) if name else None


def _concept_root(doc: Doc, concept: Span) -> Token | None:
    sp = doc.char_span(concept.start, concept.end, alignment_mode="expand")
    if sp is None or not len(sp):
        return None
    return sp.root


def _inside(tok: Token, span: Span | None) -> bool:
    return span is not None and span.start <= tok.idx < span.end


def _phrase(head: Token) -> tuple[int, int]:
    """Offsets of ``head``'s phrase, from its first content word to its last word."""
    doc = head.doc
    i = head.left_edge.i
    while i < head.i and doc[i].pos_ in ("DET", "PRON", "NUM", "PUNCT", "ADP", "CCONJ"):
        i += 1
    last = head.right_edge if head.right_edge.i - head.i <= 4 else head
    return doc[i].idx, last.idx + len(last.text)
