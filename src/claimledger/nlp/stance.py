"""Stance of a claim, with the word that decides it.

Pure functions over one parsed sentence (a spaCy ``Span``), the attribution the claim was
tied to (if any) and the character spans of the claim's figures. They read grammar, not
sentence lists; the word lists are in :mod:`.cues`. Stance is what the reporting act does
with the content (docs/attribution.md, "Stance and hedges"); the first rule that fires
decides:

1. the cue itself: its lexicon stance (``deny`` denies, ``admit`` admits, ``tell X to``
   orders, ``ask whether`` questions, ``called for`` orders, ``objects to`` disputes), made
   a denial when a confirmation verb is negated or refused ("did not confirm", "refused to
   acknowledge"; not "could not verify", which is inability);
2. another stance verb in the sentence spoken by the claimer: a participial adjunct
   (", admitting that ..."), a pronoun subject ("the first time it has admitted"), evidence
   that "does not confirm" (disputes), the content's own negated main verb ("..., the Kremlin
   did not confirm the losses, a spokesman said"), or the stance verb the cue hangs from
   ("rebutted ..., saying"; "rejected X as he revealed Y");
3. the content: all its figures negated ("Not 4.8 lakh") or a flat denial of a claim ("is
   false", "pure fabrication", "not true", "rejected as disinformation") deny; contested
   accuracy ("doubtful", "not accurate", "exaggerated", "fudging the figures", "not as high
   as initially reported", "no evidence that") disputes; the speaker's own losses ("we
   lost 12 soldiers", "its own casualties") or an error in its own count ("a calculation
   error") admit; "should/must" or an imperative orders; the speaker's own future action
   as the content ("said it would pay", "we will close", "it plans to open", "the bloc
   will close" said by its chief, "the figures would be published" said by the body that
   publishes them) promises, when the claim's figures are in the promised clause; a
   question questions;
   criticism aimed at a figure ("slammed the government over claims that ...") disputes;
4. otherwise the attribution's stance (asserts for most cues), decided by its cue.

A sentence without a parse (the cascade leaves some unparsed) keeps the attribution's
stance. Hedges are read by :mod:`.hedges` (``claim_hedge`` is re-exported here).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from ..models import Attribution, Span, Stance
from .cues import (
    ADMIT_VERBS,
    CALLING_VERBS,
    CLAIM_NOUNS,
    CONFIRM_VERBS,
    COPULAS,
    COUNT_ERRORS,
    COUNT_WORDS,
    CRITICISM_VERBS,
    DENY_PRED,
    DENY_VERBS,
    DEONTIC_MODALS,
    DISPUTE_PRED,
    DISPUTE_VERBS,
    ERROR_ADJ,
    ERROR_NOUNS,
    EVIDENCE_NOUNS,
    EVIDENCE_SUBJECTS,
    FABRICATE_WORDS,
    FIRST_PERSON,
    FUTURE_MODALS,
    GIVING_VERBS,
    KILL_VERBS,
    LOSS_WORDS,
    MISSTATE_WORDS,
    NON_AGENTIVE,
    QUALITY_WORDS,
    REFUSAL_VERBS,
    REPORT_STANDARDS,
    SUFFER_VERBS,
    TRUTH_WORDS,
    stance_of,
    words,
)
from .hedges import claim_hedge
from .speakers import GROUP_ROLES, PERSON_ROLES
from .syntax import (
    clause_head,
    is_comparison,
    is_parsed,
    negation,
    root_of,
    subject_of,
    text_span,
    token_at,
    tokens_in,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["StanceReading", "claim_hedge", "claim_stance"]


@dataclass(frozen=True, slots=True)
class StanceReading:
    """A claim's stance and the word (or words) in the article that decide it."""

    stance: Stance
    cue: Span | None


_PERSON_PRONOUNS: Final = words("he she i")
_GROUP_PRONOUNS: Final = words("it they we")
_SECOND_PERSON: Final = words("your yours")


def _targets(tok: Token) -> list[Token]:
    """What ``tok`` is aimed at: its object or passive subject, the noun it modifies, the
    object of its "of/over/about/to" phrase, the subject it is predicated of."""
    out: list[Token] = []
    if tok.dep_ in ("amod", "compound"):
        out.append(tok.head)
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("of", "over", "about", "on", "for", "to"):
            out.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp"))
    if tok.dep_ in ("acomp", "attr", "oprd"):
        subj = subject_of(tok)
        if subj is not None:
            out.append(subj)
    return out


def _aims_at_figure(tok: Token, losses: bool = False) -> bool:
    """Whether ``tok`` is aimed at a figure or claim (or, with ``losses``, at losses)."""
    nouns = CLAIM_NOUNS | LOSS_WORDS if losses else CLAIM_NOUNS
    for t in _targets(tok):
        group = [t, *(g for g in t.children if g.dep_ == "conj")]
        if any(g.lemma_.lower() in nouns for g in group):
            return True
        if t.like_num or any(g.dep_ == "nummod" for g in t.children):
            return True
    return False


def _is_person(source: Sequence[Token]) -> bool:
    for t in source:
        if t.ent_type_ == "PERSON" or t.lower_ in ("he", "she", "i"):
            return True
    heads = [t for t in source if t.dep_ not in ("compound", "amod", "det", "poss", "case")]
    return bool(heads) and heads[-1].lemma_.lower() in PERSON_ROLES - GROUP_ROLES


def _speaker_like(subj: Token | None, source: Sequence[Token], quoted: bool) -> bool:
    """Whether a clause's subject can be the claimer: absent (a participle), first person
    in a quote, a pronoun that agrees with the source, or the source's own words."""
    if subj is None:
        return True
    low = subj.lower_
    if low in ("i", "we") and quoted:
        return True
    if not source:
        return False
    if low in _PERSON_PRONOUNS | _GROUP_PRONOUNS:
        if source[-1].lower_ in _PERSON_PRONOUNS | _GROUP_PRONOUNS:
            return source[-1].lower_ == low
        return low in (_PERSON_PRONOUNS if _is_person(source) else _GROUP_PRONOUNS)
    names = {t.lower_ for t in source if t.pos_ in ("PROPN", "NOUN")}
    return low in names


def _quoted(sent: SpacySpan) -> frozenset[int]:
    """The tokens of ``sent`` inside a quotation (after an odd number of quote marks)."""
    inside, out = False, set()
    for t in sent:
        if t.is_quote:
            inside = not inside
        elif inside:
            out.add(t.i)
    return frozenset(out)


def _unable(verb: Token) -> bool:
    """ "could not verify", "cannot confirm": inability, not refusal."""
    return any(c.dep_ == "aux" and c.lower_ in ("could", "can", "ca") for c in verb.children)


def _refusal(verb: Token) -> StanceReading | None:
    """A confirmation negated or refused: "did not confirm", "refused to acknowledge",
    "declined to confirm"; findings that "do not confirm" dispute instead."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    if lemma in REFUSAL_VERBS:
        for c in verb.children:
            if c.dep_ == "xcomp" and c.lemma_.lower() in CONFIRM_VERBS:
                return StanceReading("denies", text_span(doc, verb, c))
        return None
    if lemma not in CONFIRM_VERBS:
        return None
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSAL_VERBS:
        return StanceReading("denies", text_span(doc, verb.head, verb))
    neg = negation(verb)
    if neg is None or _unable(verb) or any(c.dep_ == "auxpass" for c in verb.children):
        return None  # "could not confirm" is inability; "was not confirmed" a hedge
    subj = subject_of(verb)
    evidence = subj is not None and subj.lemma_.lower() in EVIDENCE_SUBJECTS
    return StanceReading("disputes" if evidence else "denies", text_span(doc, neg, verb))


def _cue_reading(cue: Token, doc: Doc) -> StanceReading | None:
    """The stance the cue itself records, when it is not a plain assertion."""
    lemma = cue.lemma_.lower()
    if cue.pos_ == "VERB":
        refused = _refusal(cue)
        if refused is not None:
            return refused
    neg = negation(cue) if cue.pos_ == "VERB" else None
    if neg is not None and lemma in DENY_VERBS | DISPUTE_VERBS:
        return StanceReading("asserts", text_span(doc, neg, cue))  # "did not deny"
    if cue.pos_ == "NOUN":
        st = stance_of(lemma, noun=True)
        return StanceReading(st, text_span(doc, cue)) if st != "asserts" else None
    if cue.pos_ != "VERB":
        return None
    infinitive = any(c.dep_ == "xcomp" for c in cue.children)
    # The preposition of a phrasal verb follows it ("called for", "called on X to").
    preps = {
        c.lower_ for c in cue.children if c.dep_ == "prep" and c.i <= cue.i + 2 and c.i > cue.i
    }
    passive = any(c.dep_ == "auxpass" for c in cue.children)
    phrasal = "for" in preps or ("on" in preps and infinitive)
    if lemma in ("call", "ask") and phrasal and not passive:
        return StanceReading("orders", text_span(doc, cue))
    if lemma == "object" and "to" in preps:
        return StanceReading("disputes", text_span(doc, cue))
    if lemma == "grant" and not any(c.dep_ == "ccomp" for c in cue.children):
        return None  # "granted him an extension" gives; "granted that ..." concedes
    st = stance_of(lemma, governs_infinitive=infinitive)
    return StanceReading(st, text_span(doc, cue)) if st != "asserts" else None


def _verb_reading(tok: Token) -> StanceReading | None:
    """A denial, admission or dispute made by a verb other than the cue."""
    doc = tok.doc
    lemma = tok.lemma_.lower()
    if lemma in REFUSAL_VERBS:
        return _refusal(tok)
    if lemma in CONFIRM_VERBS and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSAL_VERBS:
        return None  # read at the refusal verb
    if lemma in CONFIRM_VERBS and negation(tok) is not None:
        return _refusal(tok)
    if negation(tok) is not None:
        return None
    if lemma in DENY_VERBS and not any(c.dep_ == "dative" for c in tok.children):
        return StanceReading("denies", text_span(doc, tok))  # not "denied them permits"
    if lemma in ADMIT_VERBS:
        return StanceReading("admits", text_span(doc, tok))
    if lemma in DISPUTE_VERBS and _aims_at_figure(tok):
        return StanceReading("disputes", text_span(doc, tok))
    return None


def _related_reading(
    sent: SpacySpan, cue: Token | None, source: Sequence[Token], quoted: frozenset[int]
) -> StanceReading | None:
    """The nearest stance verb elsewhere in the sentence whose speaker is the claimer (a
    participle, a pronoun, the source), or whose subject is evidence."""
    src = {t.i for t in source}
    best: tuple[int, StanceReading] | None = None
    for tok in sent:
        if tok.pos_ != "VERB" or tok.i in src or (cue is not None and tok.i == cue.i):
            continue
        reading = _verb_reading(tok)
        if reading is None:
            continue
        subj = subject_of(tok)
        evidence = subj is not None and subj.lemma_.lower() in EVIDENCE_SUBJECTS
        # The content's own main verb negated ("..., the Kremlin did not confirm the
        # losses, a spokesman said") denies whoever its subject is.
        main = reading.stance == "denies" and (
            (cue is not None and tok.head.i == cue.i and tok.dep_ in ("ccomp", "parataxis"))
            or (tok.dep_ == "ROOT" and (cue is None or not sent.start <= cue.i < sent.end))
        )
        # A verb with no subject speaks for the claimer only as an adjunct of the clause
        # (", admitting that"), not inside a phrase ("a vote for admitting Poland").
        adjunct = (
            subj is not None
            or tok.dep_ in ("advcl", "conj")
            or (tok.dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in tok.head.children))
        )
        speaker = bool(source) and adjunct and _speaker_like(subj, source, tok.i in quoted)
        if not (evidence or main or speaker):
            continue
        dist = abs(tok.i - cue.i) if cue is not None else 0
        if best is None or dist < best[0]:
            best = (dist, reading)
    return best[1] if best is not None else None


def _excluded(sent: SpacySpan, attribution: Attribution | None) -> set[int]:
    """Tokens that are not the claim's content: the source (with its relative clauses and
    appositions), the cue, and sourcing asides ("as claimed by the ministry")."""
    doc = sent.doc
    out: set[int] = set()
    if attribution is not None:
        for t in tokens_in(doc, attribution.cue):
            out.add(t.i)
        for t in tokens_in(doc, attribution.source):
            out.add(t.i)
            for c in t.children:
                if c.dep_ in ("relcl", "acl", "appos"):
                    out |= {s.i for s in c.subtree}
    for tok in sent:
        if (
            tok.dep_ in ("advcl", "acl")
            and tok.lemma_.lower() in REPORT_STANDARDS
            and tok.head.pos_ not in ("ADJ", "ADV")  # "as high as thought" compares
            and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)
        ):
            out |= {t.i for t in tok.subtree}
    return out


def _negated_figures(
    sent: SpacySpan, quantities: Sequence[tuple[int, int]]
) -> StanceReading | None:
    """All the claim's figures negated ("Not 4.8 lakh"; "253, not 359" keeps 253)."""
    doc = sent.doc
    first: tuple[Token, Token] | None = None
    for start, _ in quantities:
        tok = token_at(doc, start)
        if tok is None:
            return None
        # On the number or its noun ("not 300 dead"), not the verb ("did not exceed 300").
        owners = (tok, tok.head) if tok.head.pos_ in ("NOUN", "NUM") else (tok,)
        neg = next((c for t in owners for c in t.children if c.dep_ == "neg"), None)
        if neg is None and tok.i > sent.start and doc[tok.i - 1].lower_ == "not":
            neg = doc[tok.i - 1]
        if neg is None:
            return None
        first = first or (neg, tok)
    return StanceReading("denies", text_span(doc, *first)) if first is not None else None


def _predicated_of(tok: Token) -> Token | None:
    """What a predicate word is said of: the copula's subject, the object of "called X
    false", the object of "rejected X as disinformation"."""
    head = tok.head
    if tok.dep_ == "conj":
        return _predicated_of(head)
    if tok.dep_ in ("acomp", "attr"):
        return subject_of(head)
    if tok.dep_ in ("oprd", "xcomp"):
        return next((c for c in head.children if c.dep_ == "dobj"), None) or subject_of(head)
    if tok.dep_ == "pobj" and head.lower_ == "as":
        return next((c for c in head.head.children if c.dep_ == "dobj"), None)
    return None


def _claim_like(np: Token | None, *, pronouns: bool) -> bool:
    """Whether a noun phrase can be a claim: a claim noun ("the figure", "reports"), a
    number, a clause, or (with ``pronouns``) "it", "this", "that"; not a person or
    "something"."""
    if np is None:
        return pronouns
    low = np.lower_
    if np.dep_ == "csubj" or np.lemma_.lower() in CLAIM_NOUNS:
        return True
    if np.like_num or any(c.dep_ == "nummod" for c in np.children):
        return True
    if low in ("this", "that", "these", "those"):
        return True
    return pronouns and low in ("it", "which", "what", "so")


_PREDICATE_WORDS: Final = DENY_PRED | DISPUTE_PRED | TRUTH_WORDS | QUALITY_WORDS


def _predicate_reading(tok: Token) -> StanceReading | None:
    """A denial or dispute predicated of the content: "is false", "pure fabrication",
    "not true", "not accurate", "rejected as disinformation", "the inflated figures"."""
    low = tok.lemma_.lower()
    word = tok.lower_ if tok.lower_ in _PREDICATE_WORDS else low
    if word not in _PREDICATE_WORDS:
        return None
    doc = tok.doc
    head = tok.head
    predicative = (
        (tok.dep_ in ("acomp", "attr") and head.lemma_.lower() in COPULAS)
        or (tok.dep_ in ("oprd", "xcomp") and head.lemma_.lower() in CALLING_VERBS | COPULAS)
        or (tok.dep_ in ("ROOT", "ccomp") and tok.pos_ in ("ADJ", "NOUN"))
        or (tok.dep_ == "conj" and head.dep_ in ("acomp", "attr", "oprd"))
    )
    as_rejected = (
        tok.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in DENY_VERBS
    )
    on_claim = tok.dep_ == "amod" and head.lemma_.lower() in CLAIM_NOUNS
    neg = negation(tok)
    # A flat denial may be said of "it" ("it is a lie"); contested accuracy only of a
    # figure or claim ("the figure is doubtful", not "it's just not realistic").
    of = _predicated_of(tok) if predicative else None
    flat = as_rejected or on_claim or (predicative and _claim_like(of, pronouns=True))
    graded = on_claim or (predicative and of is not None and _claim_like(of, pronouns=False))
    if neg is None and flat and word in DENY_PRED:
        return StanceReading("denies", text_span(doc, tok))
    if neg is None and graded and word in DISPUTE_PRED:
        return StanceReading("disputes", text_span(doc, tok))
    if neg is not None and flat and low in TRUTH_WORDS:
        return StanceReading("denies", text_span(doc, neg, tok))
    if neg is not None and graded and low in QUALITY_WORDS:
        return StanceReading("disputes", text_span(doc, neg, tok))
    if low in TRUTH_WORDS and tok.dep_ == "amod" and head.lemma_.lower() in CLAIM_NOUNS:
        # "does not have the possibility to name any correct figures": no true figure.
        n = _scoping_neg(head)
        if n is not None:
            return StanceReading("denies", text_span(doc, n, tok))
    return None


def _scoping_neg(tok: Token) -> Token | None:
    """A negation over ``tok``: on it or on a verb above it, up through objects,
    prepositions and infinitives, but not out of a finite clause."""
    t = tok
    for _ in range(8):
        n = negation(t)
        if n is not None:
            return n
        if t.dep_ not in ("dobj", "pobj", "prep", "xcomp", "acl", "attr") or t.head.i == t.i:
            return None
        t = t.head
    return None


def _comparison_reading(tok: Token) -> StanceReading | None:
    """A comparison whose standard is a report: "not as high as initially thought", "far
    higher than official figures suggest", "lower than the official toll"."""
    if not is_comparison(tok):
        return None
    pred = tok.head
    if tok.dep_ == "prep":
        against_report = any(
            g.dep_ == "pobj"
            and g.lemma_.lower() in CLAIM_NOUNS
            and any(m.lower_ == "official" or m.dep_ == "poss" for m in g.children)
            for g in tok.children
        )
    else:
        against_report = tok.lemma_.lower() in REPORT_STANDARDS and tok.pos_ == "VERB"
    if not against_report or pred.pos_ not in ("ADJ", "ADV"):
        return None
    comparative = pred.tag_ in ("JJR", "RBR") or pred.lower_ in ("more", "less", "fewer")
    neg = negation(pred)
    if not comparative and neg is None:
        return None
    return StanceReading("disputes", text_span(tok.doc, neg if neg is not None else pred, pred))


def _own_loss(tok: Token, quoted: bool) -> bool:
    """A loss of the speaker's own side: "we lost", "our losses", "its own casualties",
    "dead and wounded among our comrades" (first person only inside a quote)."""
    if tok.lemma_.lower() not in LOSS_WORDS and tok.lower_ not in LOSS_WORDS:
        return False
    clause = clause_head(tok)
    if negation(clause) is not None:
        return False  # "we have not lost a single soldier"
    if tok.lemma_.lower() == "lose" and not any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "NUM") for c in tok.children
    ):
        return False  # "I'm losing it"
    nominal = tok.pos_ in ("NOUN", "ADJ", "PROPN")
    scope = list(tok.subtree) if nominal else []
    # The clause's subject and phrases count when the clause suffers the loss ("we took
    # heavy casualties", "there are dead among our comrades", "our troops were killed").
    if not nominal or clause.lemma_.lower() in SUFFER_VERBS:
        for c in clause.children:
            if c.dep_ in ("nsubj", "nsubjpass", "prep"):
                scope.extend(c.subtree)
    for t in scope:
        if not ((t.lower_ in FIRST_PERSON and quoted) or t.lower_ == "own"):
            continue
        if t.lower_ == "own" and t.i > 0 and t.doc[t.i - 1].lower_ in _SECOND_PERSON:
            continue  # "your own losses": the addressee's, not the speaker's
        # "our forces killed 300": the speaker's side is the agent, not the loser.
        agent = clause.lemma_.lower() in KILL_VERBS and any(
            c.dep_ == "nsubj" and t.i in {s.i for s in c.subtree} for c in clause.children
        )
        if not agent:
            return True
    return False


def _own_error(tok: Token) -> bool:
    """An error nobody else is blamed for: "released as a result of a calculation error",
    "the reason for the incorrect number of dead"."""
    low = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and (low in COUNT_ERRORS or (low in ERROR_NOUNS and _about_count(tok))):
        target = tok
    elif low in ERROR_ADJ and tok.dep_ == "amod" and tok.head.lemma_.lower() in CLAIM_NOUNS:
        target = tok.head
    else:
        return False
    if negation(target) is not None:
        return False
    for c in target.children:
        if c.dep_ == "poss" and c.lower_ not in FIRST_PERSON | words("its their his her"):
            return False
        if c.dep_ == "prep" and c.lower_ == "by":
            return False
    return True


def _about_count(error: Token) -> bool:
    """An error in a count: "a calculation error", "an error in the toll", "our mistake"."""
    for c in error.children:
        if c.dep_ in ("compound", "amod") and c.lemma_.lower() in COUNT_WORDS:
            return True
        if c.dep_ == "poss" and c.lower_ in FIRST_PERSON:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in ("in", "of")
            and any(g.lemma_.lower() in CLAIM_NOUNS | LOSS_WORDS for g in c.children)
        ):
            return True
    return False


# Nouns an institution names itself by ("the bloc will close", said by its chief): a
# definite one is the speaker's own body when the speaker is that body or speaks for one.
_BODY_NOUNS: Final = (
    GROUP_ROLES
    - words("newspaper paper network channel outlet magazine station spokesman party court")
) | words("bloc alliance coalition")
# Roles that speak for an institution (not an analyst's or a witness's).
_REPRESENTATIVES: Final = words(
    """president governor minister spokesman spokeswoman spokesperson official leader
    chairman chairwoman chair secretary ambassador mayor premier chancellor general commander
    director chief ceo executive head"""
)
# Verbs of intention whose complement is the subject's own act: "it plans to build".
_INTENTION_VERBS: Final = words("plan intend aim pledge vow promise")
# Acts an institution announces of itself in the passive: "the data would be disclosed",
# "a vaccination campaign is planned" (said by the body that does them).
_INSTITUTIONAL_ACTS: Final = words(
    """publish disclose release reveal pay deliver provide send allocate build rebuild repair
    restore reopen open close launch introduce hold plan schedule compensate fund finance
    supply"""
)


def _speaks_for_body(source: Sequence[Token]) -> bool:
    """Whether the speaker is an institution or a role that speaks for one."""
    heads = [t for t in source if t.dep_ not in ("compound", "amod", "det", "poss", "case")]
    if not heads:
        return False
    head = heads[-1]
    return (
        head.lemma_.lower() in _BODY_NOUNS | _REPRESENTATIVES
        or head.ent_type_ in ("ORG", "GPE")
        or (head.pos_ == "PROPN" and not head.ent_type_)  # "Kyiv" the parser left untyped
    )


def _own_body(subj: Token, source: Sequence[Token]) -> bool:
    """ "the 27-nation bloc" said by the EU's chief, "Ukraine" by Ukraine's minister."""
    if not source or not _speaks_for_body(source):
        return False
    if subj.ent_type_ in ("ORG", "GPE"):
        names = {t.lower_ for t in source if t.ent_type_ in ("ORG", "GPE")}
        own = [t for t in subj.subtree if t.ent_type_ == subj.ent_type_ and t.pos_ == "PROPN"]
        return bool(own) and all(t.lower_ in names for t in own)
    if subj.lower_ not in _BODY_NOUNS or subj.pos_ not in ("NOUN", "PROPN"):
        return False
    kids = list(subj.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids) and not any(
        c.dep_ in ("poss", "prep", "relcl", "acl") or c.ent_type_ or c.pos_ == "PROPN" for c in kids
    )


def _commissive(tok: Token, cue: Token | None, source: Sequence[Token], quoted: bool) -> bool:
    """The speaker's own future action, as the reported content: "we will close", "said it
    would pay", "it plans to build", "the bloc will close" (said by its chief), "the data
    would be disclosed" and "a campaign is planned" (said by the body that acts)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() in NON_AGENTIVE:
        return False
    if not quoted and (cue is None or tok.head.i != cue.i):
        return False
    if any(c.dep_ == "advcl" and any(m.lower_ == "if" for m in c.children) for c in tok.children):
        return False  # a conditional consequent predicts
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    future = any(c.lower_ in FUTURE_MODALS for c in aux)
    passive = any(c.dep_ == "auxpass" for c in aux)
    subj = subject_of(tok)
    if passive:
        # An agentless passive of the body's own act: said by that body, of no other party.
        planned = tok.lemma_.lower() in ("plan", "schedule") and tok.tag_ == "VBN"
        if not (future or planned) or tok.lemma_.lower() not in _INSTITUTIONAL_ACTS:
            return False
        if any(c.dep_ == "agent" for c in tok.children) or not _speaks_for_body(source):
            return False
        return subj is None or not any(
            t.dep_ == "poss" or t.ent_type_ in ("ORG", "GPE", "NORP", "PERSON")
            for t in subj.subtree
        )
    if not future:
        # "it plans to build": the intention verb's own subject commits (not "does not plan")
        xcomp = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        intends = tok.lemma_.lower() in _INTENTION_VERBS and tok.tag_ in ("VBZ", "VBP")
        if not intends or xcomp is None or negation(tok) is not None:
            return False
    return subj is not None and (
        (
            (subj.lower_ in _PERSON_PRONOUNS | _GROUP_PRONOUNS or subj.lower_ in ("i", "we"))
            and _speaker_like(subj, source, quoted)
        )
        or (not quoted and _own_body(subj, source))
    )


def _governs_figures(tok: Token, quantities: Sequence[tuple[int, int]]) -> bool:
    """Whether every figure of the claim lies in ``tok``'s clause: a promise beside a
    reported count ("said 300 were killed and will publish the names") states the count."""
    span = {t.idx for t in tok.subtree}
    return all(any(t.idx in span for t in tok.doc if s <= t.idx < e) for s, e in quantities)


def _directive(tok: Token) -> bool:
    """An instruction: "residents should leave", an imperative quote ("Leave now")."""
    if tok.pos_ != "VERB":
        return False
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    modal = next((c for c in aux if c.lower_ in DEONTIC_MODALS), None)
    if modal is not None:
        perfect = any(c.lemma_ == "have" for c in aux)  # "must have lost": epistemic
        subj = subject_of(tok)
        inverted = subj is not None and modal.i < subj.i  # "should the court strike": if
        return not (perfect or inverted) and tok.lemma_.lower() not in NON_AGENTIVE
    if tok.lemma_.lower() == "let" and _reminder(tok):
        return False  # "Let us remind that ...": the outlet recalls, it orders no one
    if (
        tok.tag_ == "VB"
        and not aux
        and not tok.ent_type_  # a headline's "Trump ..." is no imperative
        and subject_of(tok) is None
        and tok.dep_ in ("ROOT", "ccomp")
    ):
        before = [t for t in tok.sent if t.i < tok.i and not t.is_space]
        return all(t.is_quote for t in before)
    return False


_RECALLING = frozenset(["remind", "recall", "note", "mention", "add", "say", "stress", "emphasize"])


def _reminder(let: Token) -> bool:
    """ "Let us remind (recall, note) that ...", "let's recall": a discourse formula."""
    nxt = let.nbor(1) if let.i + 1 < len(let.doc) else None
    if nxt is None or nxt.lower_ not in ("us", "'s", "’s"):
        return False
    return any(
        t.lemma_.lower() in _RECALLING for t in let.subtree if t.i > nxt.i and t.i <= nxt.i + 2
    )


# When the content holds several readings, the strongest decides.
_CONTENT_ORDER: Final[tuple[Stance, ...]] = ("denies", "disputes", "admits", "orders", "promises")


def _content_reading(
    sent: SpacySpan,
    attribution: Attribution | None,
    quantities: Sequence[tuple[int, int]],
    source: Sequence[Token],
    in_quotes: frozenset[int],
) -> StanceReading | None:
    """The stance the content itself takes (see the module docstring, rule 3)."""
    doc = sent.doc
    negated = _negated_figures(sent, quantities)
    if negated is not None:
        return negated
    cue = root_of(doc, attribution.cue) if attribution is not None else None
    skip = _excluded(sent, attribution)
    found: dict[Stance, StanceReading] = {}
    for tok in sent:
        if tok.i in skip:
            continue
        low = tok.lemma_.lower()
        quoted = tok.i in in_quotes
        reading: StanceReading | None = None
        # An own loss or error is conceded even when called "wrong" ("our figures were wrong").
        if _own_loss(tok, quoted) or _own_error(tok):
            reading = StanceReading("admits", text_span(doc, tok))
        else:
            reading = _predicate_reading(tok) or _comparison_reading(tok)
        if reading is None and negation(tok) is None:
            if (low in MISSTATE_WORDS or tok.lower_ in MISSTATE_WORDS) and (
                _aims_at_figure(tok, losses=True) or tok.dep_ in ("acomp", "oprd")
            ):
                reading = StanceReading("disputes", text_span(doc, tok))
            elif low in FABRICATE_WORDS and _aims_at_figure(tok):
                reading = StanceReading("denies", text_span(doc, tok))
            elif low in CRITICISM_VERBS and tok.pos_ == "VERB" and _aims_at_figure(tok):
                if _speaker_like(subject_of(tok), source, quoted):
                    reading = StanceReading("disputes", text_span(doc, tok))
            elif _directive(tok):
                reading = StanceReading("orders", text_span(doc, tok))
            elif _commissive(tok, cue, source, quoted) and _governs_figures(tok, quantities):
                reading = StanceReading("promises", text_span(doc, tok))
        if reading is None and low in EVIDENCE_NOUNS and tok.pos_ == "NOUN":
            neg = negation(tok)
            # "offered no proof" says the claimer gave none, not that anyone contests it.
            if neg is not None and tok.head.lemma_.lower() not in GIVING_VERBS:
                reading = StanceReading("disputes", text_span(doc, neg, tok))
        if reading is not None:
            found.setdefault(reading.stance, reading)
    for stance in _CONTENT_ORDER:
        if stance in found:
            return found[stance]
    last = [t for t in sent if not (t.is_quote or t.is_space)]
    if last and last[-1].text == "?":
        return StanceReading("questions", text_span(doc, last[-1]))
    return None


def claim_stance(
    sent: SpacySpan,
    attribution: Attribution | None = None,
    quantities: Sequence[tuple[int, int]] = (),
) -> StanceReading:
    """The stance of the claim made by ``sent`` (tied to ``attribution``, holding figures
    at the character spans ``quantities``) and the word that decides it."""
    doc = sent.doc
    base: Stance = attribution.stance if attribution is not None else "asserts"
    base_cue = attribution.cue if attribution is not None and attribution.kind != "hedge" else None
    if not is_parsed(sent):
        return StanceReading(base, base_cue)
    cue = root_of(doc, base_cue)
    source = tokens_in(doc, attribution.source) if attribution is not None else []
    if cue is not None:
        reading = _cue_reading(cue, doc)
        if reading is not None:
            return reading
    quoted = _quoted(sent)
    related = _related_reading(sent, cue, source, quoted)
    if related is not None:
        return related
    if cue is not None and cue.dep_ in ("advcl", "xcomp", "conj") and cue.head.pos_ == "VERB":
        # The cue hangs from a stance verb ("rebutted ..., saying"; "rejected X as he
        # revealed Y"): that verb decides.
        up = _cue_reading(cue.head, doc)
        if up is not None and up.stance in ("denies", "admits", "disputes"):
            return up
    content = _content_reading(sent, attribution, quantities, source, quoted)
    if content is not None:
        return content
    if cue is not None and cue.lemma_.lower() in CRITICISM_VERBS and _aims_at_figure(cue):
        return StanceReading("disputes", text_span(doc, cue))  # "slammed ... over claims"
    return StanceReading(base, base_cue)
