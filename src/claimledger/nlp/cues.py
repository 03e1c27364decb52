"""Lexicons of attribution cues: reporting verbs, reporting nouns and hedges, with stance.

A cue's stance is recorded so that a denial is never read as a claim ("the ministry denied
the strike" is a denial, not an assertion of the strike). Lemmas are lower-case spaCy lemmas.
The verb list is hand-written from common reporting verbs and widened with the cue lemmas
that PolNeAR's train split marks often (word lists only; no text is copied).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from ..models import Stance

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "CONTENT_OBJECT_VERBS",
    "HEDGE_ADVERBS",
    "PASSIVE_HEDGE_VERBS",
    "REPORTING_NOUNS",
    "REPORTING_VERBS",
    "disputing_object",
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


# Objects that make a verb of saying a dispute: "cast doubt on", "raised questions about",
# "expressed scepticism over", "called into question".
DOUBT_NOUNS: Final = words("doubt question skepticism scepticism suspicion")


def disputing_object(verb: Token) -> bool:
    """Whether ``verb`` takes doubt as its object ("cast doubt on the figure", "raised
    questions about it") or puts its object "into question": a dispute, whatever the verb."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in DOUBT_NOUNS:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ == "into"
            and any(g.dep_ == "pobj" and g.lemma_.lower() == "question" for g in c.children)
        ):
            return True
    return False


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


# --- claim stance words (nlp/stance.py) -----------------------------------------
# Lemmas unless said otherwise. What each list is for is in docs/attribution.md.

# Verbs whose negation or refusal is a denial ("did not confirm", "refused to acknowledge").
CONFIRM_VERBS: Final = words(
    "confirm acknowledge admit verify corroborate accept concede recognise recognize endorse"
)
REFUSAL_VERBS: Final = words("refuse decline")
DENY_VERBS: Final = words(
    "deny refute reject dismiss rebut rebuff repudiate disavow debunk disprove rubbish"
)
ADMIT_VERBS: Final = words("admit acknowledge concede confess apologize apologise")
DISPUTE_VERBS: Final = words("dispute question challenge contest doubt object")
# Criticism is a dispute when it is aimed at a figure or claim ("slammed ... over claims").
CRITICISM_VERBS: Final = words(
    "slam blast criticize criticise attack condemn decry lambast lambaste ridicule mock"
)
# What a stance is taken towards: a figure, a report, a claim.
CLAIM_NOUNS: Final = words(
    "claim figure number estimate report statistic statistics data toll count tally total "
    "allegation assertion account version calculation assessment charge accusation story "
    "rumor rumour"
)
LOSS_WORDS: Final = words(
    "loss casualty death fatality dead killed wounded injured lose die wound injure"
)
# Flat denial: the content is false (adjectives and nouns).
DENY_PRED: Final = words(
    "false untrue wrong incorrect erroneous baseless groundless unfounded fabricated "
    "fictitious fake bogus invented fabrication lie fiction nonsense disinformation "
    "misinformation propaganda hoax myth falsehood fantasy slander libel "
    # dismissal: said of a claim, a judgement that it is not to be believed
    "absurd ridiculous preposterous ludicrous laughable nonsensical rubbish"
)
# Negated, a truth predicate denies ("not true", "not the case", "no correct figures").
TRUTH_WORDS: Final = words("true correct real genuine valid case")
# Contested accuracy, without a flat negation.
DISPUTE_PRED: Final = words(
    "doubtful dubious questionable suspicious suspect unreliable inaccurate imprecise "
    "misleading exaggerated inflated overstated understated overblown implausible "
    "unrealistic skewed flawed distorted manipulated unsubstantiated"
)
# Negated, a quality predicate disputes ("not accurate", "not credible").
QUALITY_WORDS: Final = words(
    "accurate reliable credible plausible realistic precise trustworthy believable"
)
# Copulas and verbs of calling that make a word a predicate of the content.
COPULAS: Final = words("be prove seem appear look remain sound")
CALLING_VERBS: Final = words(
    "call label brand describe dismiss reject deem consider term denounce decry"
)
# Words that say a figure was misstated; aimed at a figure or losses they dispute it.
MISSTATE_WORDS: Final = words(
    "exaggerate inflate overstate understate overestimate underestimate downplay underreport "
    "underplay fudge manipulate distort misrepresent massage exaggeration manipulation "
    "distortion overstatement understatement"
)
FABRICATE_WORDS: Final = words("fabricate falsify invent")
# "no evidence that", "has not observed confirmation": the claim is contested.
EVIDENCE_NOUNS: Final = words("evidence proof confirmation sign indication basis corroboration")
GIVING_VERBS: Final = words("offer provide give present produce supply cite")
# Subjects that fail to confirm (evidence, not a speaker): "our findings do not confirm".
EVIDENCE_SUBJECTS: Final = words(
    "finding data evidence result research analysis investigation record image footage study"
)
# The standard of a comparison that contests a report ("not as high as initially thought").
REPORT_STANDARDS: Final = words(
    "think report claim state announce believe estimate say fear suggest show indicate publish"
)
# Verbs whose subject suffers the loss named by their object ("we took 300 casualties").
SUFFER_VERBS: Final = words("lose suffer sustain incur take have be die")
KILL_VERBS: Final = words("kill destroy shoot eliminate neutralize neutralise down wound injure")
ERROR_NOUNS: Final = words("error mistake glitch")
# Errors that are about counting by themselves, or by a modifier ("a calculation error").
COUNT_ERRORS: Final = words("miscalculation miscount")
COUNT_WORDS: Final = words(
    "calculation counting clerical computing computational data technical reporting "
    "accounting statistical typographical"
)
ERROR_ADJ: Final = words("incorrect wrong erroneous inaccurate mistaken")
FIRST_PERSON: Final = words("we our us ours ourselves i my me")
FUTURE_MODALS: Final = words("will would shall 'll wo")
DEONTIC_MODALS: Final = words("should must ought")
# Verbs that predict or describe rather than commit or instruct ("it would take months",
# "inflation should ease").
NON_AGENTIVE: Final = words(
    """be have take need remain become seem cost last get lose win fall rise drop grow increase
    decrease happen see face reach exceed hit suffer die kill mean show prove stay ease slow
    improve recover rebound decline climb jump soar plunge surge shrink expand widen narrow
    peak average total come go arrive end amount know understand realise realize want depress
    boost say tell speak talk add argue guess bet imagine"""
)

# --- hedge words -----------------------------------------------------------

HEDGE_MODALS: Final = words("may might could")
UNCERTAINTY_ADVERBS: Final = words(
    "likely unlikely probably possibly potentially perhaps maybe apparently reportedly "
    "allegedly purportedly supposedly presumably seemingly ostensibly conceivably plausibly"
)
# "It is likely that ...", "is likely to ...".
HEDGE_PREDICATES: Final = words("likely unlikely possible probable")
RAISING_VERBS: Final = words("appear seem")
# Passive with an infinitive or "it ... that": "is said to", "it is believed that".
PASSIVE_HEDGE: Final = words(
    "say believe think allege rumor rumour understand suspect presume assume reckon estimate"
)
# Estimation and belief verbs that hedge the content they govern.
BELIEF_VERBS: Final = words(
    "estimate believe think suspect assess reckon guess presume suppose suggest"
)
# On a noun (lower-case forms): "an estimated 73 missiles", "the alleged strike".
HEDGE_NOUN_MODIFIERS: Final = words(
    "estimated alleged purported supposed presumed rumoured rumored unconfirmed unverified likely"
)
# An estimate given as the reported thing ("provided an estimate of 15,000").
ESTIMATE_NOUNS: Final = words("estimate estimation guess")
# "could" of ability or perception is no hedge ("could see"); "could not" neither.
ABILITY_VERBS: Final = words(
    "see hear feel afford manage reach verify confirm access contact identify"
)
# Clauses where a modal is not epistemic: purpose, condition, indirect question.
NON_EPISTEMIC_MARKS: Final = words("so if whether unless")
