"""Lexicons of attribution cues: reporting verbs, reporting nouns and hedges, with stance.

A cue's stance is recorded so that a denial is never read as a claim ("the ministry denied
the strike" is a denial, not an assertion of the strike). Lemmas are lower-case spaCy lemmas.
The verb list is hand-written from common reporting verbs and widened with the cue lemmas
that PolNeAR's train split marks often (word lists only; no text is copied).
"""

from __future__ import annotations

from typing import Final

from ..models import Stance

__all__ = [
    "CONTENT_OBJECT_VERBS",
    "HEDGE_ADVERBS",
    "PASSIVE_HEDGE_VERBS",
    "REPORTING_NOUNS",
    "REPORTING_VERBS",
    "stance_of",
    "words",
]


def words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string."""
    return frozenset(text.split())


_ASSERTS: Final = """
say tell add write note report announce state declare claim argue explain insist maintain
assert contend tweet post recall reveal confirm suggest indicate warn caution predict estimate
believe think know feel fear hope expect worry conclude find show testify allege stress
emphasize emphasise reiterate repeat point mention observe remark comment reply respond answer
retort counter complain lament boast brag joke quip describe characterize
call accuse blame charge criticize criticise praise defend blast slam attack mock decry condemn
urge demand recommend propose advise disclose speculate guess assume imagine anticipate inform
assure announce proclaim affirm agree emphasise signal hint imply recount recollect
tout hail label dub brand predict project forecast calculate reckon cite quote
"""

# Each verb sits in one list: "acknowledge" and "concede" admit, "disagree" disputes.
_DENIES: Final = "deny refute reject dismiss rebut rebuff repudiate disavow contradict debunk"
_ADMITS: Final = "admit acknowledge concede confess grant"
_DISPUTES: Final = "dispute question challenge contest doubt disagree object"
_PROMISES: Final = "promise pledge vow swear guarantee commit threaten"
_ORDERS: Final = "order command instruct direct demand urge require tell call_for decree mandate"
_QUESTIONS: Final = "ask wonder inquire enquire query"

REPORTING_VERBS: Final[dict[str, Stance]] = {}
for _list, _stance in (
    (_ASSERTS, "asserts"),
    (_DISPUTES, "disputes"),
    (_ADMITS, "admits"),
    (_DENIES, "denies"),
    (_PROMISES, "promises"),
    (_QUESTIONS, "questions"),
):
    for _w in words(_list):
        REPORTING_VERBS[_w] = _stance  # type: ignore[assignment]
# "tell"/"urge"/"demand" assert unless they govern an infinitive (then they order).
for _w in words(_ORDERS):
    REPORTING_VERBS.setdefault(_w, "orders")
for _w in ("order", "command", "instruct", "direct", "decree", "mandate"):
    REPORTING_VERBS[_w] = "orders"

# Verbs whose direct object is the reported content when no clause follows
# ("announced a pursuit", "denied the strike", "admitted losses").
CONTENT_OBJECT_VERBS: Final[frozenset[str]] = (
    words("""announce deny admit confirm reveal acknowledge concede promise pledge vow order command
    demand propose predict dispute question reject dismiss refute report claim allege
    estimate suggest recommend urge threaten guarantee disclose tweet post write""")
)

REPORTING_NOUNS: Final[dict[str, Stance]] = {
    "claim": "asserts",
    "assertion": "asserts",
    "allegation": "asserts",
    "statement": "asserts",
    "announcement": "asserts",
    "report": "asserts",
    "estimate": "asserts",
    "belief": "asserts",
    "contention": "asserts",
    "insistence": "asserts",
    "argument": "asserts",
    "accusation": "asserts",
    "warning": "asserts",
    "prediction": "asserts",
    "suggestion": "asserts",
    "assurance": "promises",
    "promise": "promises",
    "pledge": "promises",
    "vow": "promises",
    "threat": "promises",
    "admission": "admits",
    "acknowledgment": "admits",
    "acknowledgement": "admits",
    "confession": "admits",
    "concession": "admits",
    "denial": "denies",
    "rejection": "denies",
    "dismissal": "denies",
    "order": "orders",
    "command": "orders",
    "demand": "orders",
    "call": "orders",
    "instruction": "orders",
    "question": "questions",
    "dispute": "disputes",
    "challenge": "disputes",
}

# Adverbs that attribute content to nobody in particular.
HEDGE_ADVERBS: Final[frozenset[str]] = words(
    "reportedly allegedly purportedly supposedly apparently ostensibly seemingly"
)

# Passive reporting verbs without an agent: "is said to", "is believed to", "was reported".
PASSIVE_HEDGE_VERBS: Final[frozenset[str]] = words(
    "say believe report think allege rumor rumour expect estimate understand know"
)


def stance_of(lemma: str, *, governs_infinitive: bool = False, noun: bool = False) -> Stance:
    """The stance a cue lemma records; "told X to do" orders, "told X that" asserts."""
    lemma = lemma.lower()
    if noun:
        return REPORTING_NOUNS.get(lemma, "asserts")
    stance = REPORTING_VERBS.get(lemma, "asserts")
    if governs_infinitive and lemma in {"tell", "urge", "demand", "call", "ask", "require"}:
        return "orders"
    if lemma in {"urge", "demand", "require"} and not governs_infinitive:
        return "asserts" if lemma != "demand" else "orders"
    return stance
