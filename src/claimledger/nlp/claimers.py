"""Who a claim is filed under: the attribution a sentence takes, its speaker, and how the
speaker was found.

A sentence can fall under several attributions ("he commanded the FSB to ..., likening
them to ...", "ISW said that while bloggers claimed X, ..."). The claim takes, in order:

1. an attribution with a speaker (a resolved source, or the grammatical subject of a cue
   the tagger left source-less: "with Oryx estimating ...") over one without;
2. the one whose cue governs the sentence (the cue is the sentence's root, or "according
   to" hangs off it) over a cue in a subordinate clause;
3. the one whose content holds the sentence's quantities;
4. the one whose content covers most of the sentence.

A sentence under no attribution of its own keeps the claimer of the sentence before it
when it continues that sentence's report: inside a quotation that runs on, or in the same
paragraph straight after a sourced claim (a list of figures, "This includes ...");
resolution ``implicit``. Otherwise it is the outlet's own voice: no claimer. The lead is
no exception: an unattributed lead is the outlet's, not that of a person who speaks later.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from ..models import Attribution, ClaimerKind, ClaimerResolution, Quantity, Span
from . import parties
from .cues import REPORTING_NOUNS, REPORTING_VERBS, words
from .speakers import DOCUMENT_NOUNS, Resolution, SpeakerResolver
from .syntax import QUOTE_MARKS, doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["Claimer", "ClaimerChooser", "claimer_name", "continues"]


@dataclass(frozen=True, slots=True)
class Claimer:
    """The claimer of one sentence: the attribution it is filed under and the speaker."""

    attribution: int | None
    span: Span | None  # the claimer as written in the article
    name: str | None
    kind: ClaimerKind
    resolution: ClaimerResolution
    sentence_end: int = 0  # end of the sentence it was chosen for (for continuations)


def claimer_name(source: Span | None, attribution: Attribution | None) -> str | None:
    """The claimer as a name: the resolved name, else the source text as a canonical name
    (determiners and a possessive dropped, a bare demonym as its country; a pronoun or a
    number names no one)."""
    if attribution is not None and attribution.resolved_name:
        return parties.canonical_name(attribution.resolved_name)
    if source is None:
        return None
    return parties.canonical_name(source.text)


# An alert's flag opening a line ("UPDATE 2: Ukraine's General Staff on Tuesday added ..."),
# which a tagger may read as the line's source: it names no one
_ALERT_FLAG = re.compile(
    r"(?:breaking(?:\s+news)?|just\s+in|updated?(?:\s+\d+)?|flash|newsflash|alert|urgent"
    r"|developing(?:\s+story)?|latest)",
    re.I,
)


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


# ", where the General Staff said ...": a report in a relative clause of place
_WHERE_BEFORE = re.compile(r",\s*(?:where|in\s+which)\s+$", re.I)
_HOW: dict[str, ClaimerResolution] = {
    "explicit": "explicit",
    "pronoun": "pronoun",
    "role": "role",
    "earlier_mention": "earlier_mention",
    "unresolved": "none",
}


# How an extractor may say it named a speaker: every resolution but "unresolved".
_HOWS = frozenset(_HOW) - {"unresolved"}


class ClaimerChooser:
    """Chooses each sentence's claimer over one parsed article."""

    def __init__(
        self, doc: Doc, quantities: Sequence[Quantity], attributions: Sequence[Attribution]
    ) -> None:
        self.doc = doc
        self.quantities = quantities
        self.attributions = attributions
        self.parsed = doc.has_annotation("DEP")
        self.resolver = SpeakerResolver.of(doc) if self.parsed else None
        self.text = self.resolver.text if self.resolver is not None else doc_text(doc)
        self._speakers: dict[int, tuple[Span | None, Resolution]] = {}

    # ---- speakers

    def _span(self, s0: int, s1: int) -> SpacySpan | None:
        span = self.doc.char_span(s0, s1, alignment_mode="expand")
        return span if span is not None and len(span) else None

    def speaker(self, i: int) -> tuple[Span | None, Resolution]:
        """The speaker of attribution ``i``: its source resolved, or the subject of its cue
        when the extractor found no source."""
        if i in self._speakers:
            return self._speakers[i]
        a = self.attributions[i]
        out: tuple[Span | None, Resolution] = (None, Resolution("unresolved", None))
        if (
            a.source is not None
            and not self._verb_only(a.source)
            and not _ALERT_FLAG.fullmatch(a.source.text.strip())
        ):
            res = self._resolve(a.source, a)
            out = (a.source, res)
        if not out[1].name and a.cue is not None and self.resolver is not None:
            cue = self._span(a.cue.start, a.cue.end)
            subj = self.resolver.subject_of(cue) if cue is not None else None
            if subj is not None:
                res = self.resolver.resolve(subj)
                if res.name:
                    out = (Span.of(self.text, subj.start_char, subj.end_char), res)
        self._speakers[i] = out
        return out

    def _verb_only(self, source: Span) -> bool:
        """A source of nothing but verbs is the tagger's slip ("Let us remind that ...":
        "Let"), not a speaker."""
        span = self._span(source.start, source.end)
        return span is not None and all(t.pos_ in ("VERB", "AUX") for t in span)

    def _resolve(self, source: Span, a: Attribution) -> Resolution:
        if self.resolver is None:
            name = claimer_name(source, a)
            how = "explicit" if name else "unresolved"
            return Resolution(how, name, parties.claimer_kind(name))  # type: ignore[arg-type]
        span = self._span(source.start, source.end)
        res = self.resolver.resolve(span) if span is not None else Resolution("unresolved", None)
        if res.name is None and a.resolved_name:
            # named by the extractor where the parse names no one: a transcript's "TAPPER:"
            name = parties.canonical_name(a.resolved_name)
            how = a.resolution if a.resolution in _HOWS else "explicit"
            return Resolution(how, name, parties.claimer_kind(name, "PERSON"), "PERSON")  # type: ignore[arg-type]
        return res

    # ---- the choice

    def _cue_root(self, a: Attribution, sent: SpacySpan) -> Token | None:
        if a.cue is None or not self.parsed:
            return None
        cue = self._span(a.cue.start, a.cue.end)
        if cue is None or not (sent.start <= cue.root.i < sent.end):
            return None
        return cue.root

    def _depth(self, a: Attribution, sent: SpacySpan) -> int:
        """Edges from the cue up to its sentence's root (99 outside the sentence)."""
        tok = self._cue_root(a, sent)
        if tok is None:
            return 99
        d = 0
        while tok.head.i != tok.i and d < 40:
            tok, d = tok.head, d + 1
        return d

    def _governs(self, a: Attribution, sent: SpacySpan) -> bool:
        """Whether the cue speaks for the whole sentence: it is the root, a conjunct or
        inverted clause of it, or "according to X" / "X's claims" on it. A participle
        (", likening them to ...", ", adding that ...") or a relative clause does not."""
        d = self._depth(a, sent)
        if d == 0 or (d <= 2 and a.kind in ("according_to", "possessive")):
            return True
        tok = self._cue_root(a, sent)
        return d == 1 and tok is not None and tok.dep_ in ("conj", "ccomp", "parataxis")

    def choose(
        self,
        s0: int,
        s1: int,
        sent: SpacySpan,
        q_idx: Sequence[int],
        in_sent: Sequence[int],
        previous: Claimer | None,
    ) -> Claimer:
        """The claimer of the sentence ``[s0, s1)``; ``in_sent`` are the attributions that
        touch it, ``previous`` the claimer of the sentence before it when that one is a
        claim."""
        atts = self.attributions
        hedges = [i for i in in_sent if atts[i].kind == "hedge"]
        sourced = [i for i in in_sent if atts[i].kind != "hedge"]
        quantities = self.quantities

        def holds_q(i: int) -> bool:
            return bool(q_idx) and any(
                c.start <= quantities[q].start < c.end for q in q_idx for c in atts[i].content
            )

        def cover(i: int) -> int:
            return sum(max(0, min(c.end, s1) - max(c.start, s0)) for c in atts[i].content)

        def key(i: int) -> tuple[bool, bool, bool, int, int]:
            return (
                self.speaker(i)[1].name is None,
                not self._governs(atts[i], sent),
                not holds_q(i),
                self._depth(atts[i], sent),
                -cover(i),
            )

        chosen = min(sourced, key=key) if sourced else None
        holders = [
            i
            for i in sourced
            if holds_q(i)
            and self.speaker(i)[1].name is not None
            and (src := atts[i].source) is not None
            and _WHERE_BEFORE.search(self.text, max(0, src.start - 16), src.start) is not None
        ]
        if chosen is not None and not holds_q(chosen) and holders:
            # "Traders paid little attention to Ukraine, where the General Staff said Russian
            # personnel losses had risen above 1.45 million": the figures are the report's, in
            # a relative clause of place, whose words hold them, not the main clause's that
            # holds none
            chosen = min(holders, key=key)
        # Look for a missed cue only where the chosen attribution leaves room for one.
        open_ = chosen is None or key(chosen)[0] or key(chosen)[1]
        missed = self._missed_cue(sent, q_idx) if open_ else None
        if missed is not None and (
            chosen is None or key(chosen)[0] or (key(chosen)[1] and missed[2])
        ):
            # A cue the extractors missed speaks for the sentence ("..., claimed the
            # Ukrainian Army", "as per the post", "The minister gave these estimates").
            m_span, m_res, _ = missed
            m_kind = m_res.kind or parties.claimer_kind(m_res.name, m_res.label)
            return Claimer(chosen, m_span, m_res.name, m_kind, _HOW[m_res.how], s1)
        if chosen is None and hedges:
            chosen = hedges[0]
        a = atts[chosen] if chosen is not None else None
        own_cue = a is not None and a.cue is not None and _overlaps(a.cue.start, a.cue.end, s0, s1)
        continuation = (
            previous is not None
            and previous.name is not None
            and self._continues(previous, s0, sent)
        )
        if (
            a is not None
            and not own_cue
            and a.kind not in ("direct", "mixed", "hedge")
            and (a.cue is None or a.cue.start > s0)
            and self.text[s0 : s0 + 1] not in QUOTE_MARKS
        ):
            # A report's content reaches into this sentence from a cue after it without a
            # quotation to carry it: the tagger's stray span, not this sentence's source.
            a, chosen = None, None
        if a is not None and own_cue and continuation and not self._reports(a):
            # "they are counted as volunteers" inside a run of figures: a verb that
            # reports nothing does not take the sentence from the report it continues.
            a, chosen = None, None
        if chosen is not None and a is not None and a.kind != "hedge":
            span, res = self.speaker(chosen)
            if res.name:
                how = _HOW[res.how] if own_cue else "implicit"
                kind = res.kind or parties.claimer_kind(res.name, res.label)
                return Claimer(chosen, span, res.name, kind, how, s1)
            if own_cue:
                return Claimer(chosen, span, None, "unattributed", "none", s1)
        # No attribution of its own: a continuation keeps the claimer before it.
        if continuation and previous is not None:
            return Claimer(
                chosen if chosen is not None else None,
                previous.span,
                previous.name,
                previous.kind,
                "implicit",
                s1,
            )
        back = self._claimed_next(sent)
        if back is not None:
            span, res = back
            kind = res.kind or parties.claimer_kind(res.name, res.label)
            return Claimer(chosen, span, res.name, kind, "implicit", s1)
        return Claimer(chosen, None, None, "unattributed", "none", s1)

    # ---- who stands behind a research description

    def behind_research(self, claimer: Claimer) -> Claimer:
        """The named person a research description stands for, else ``claimer``.

        Science news names the study first and its people later (delayed
        identification): "A new study finds ... ," and paragraphs on, "said lead author
        Dr. Jane Roe". A claimer that is a study, trial or analysis with no author of its
        own ("a new study", "the research"), or an unnamed group of researchers ("the
        researchers", "scientists"), stands for the article's first named person source
        with a research role (author, researcher, investigator, scientist, professor),
        else its first named person source; resolution ``role``. A description that
        names its author or institution ("a new NASA study", "University of Utah
        scientists", "a report from the WHO") keeps its own name.
        """
        if claimer.span is None or self.resolver is None or not self._research(claimer.span):
            return claimer
        found = self._principal_person()
        if found is None:
            return claimer
        i, span, name = found
        return Claimer(i, span, name, "person", "role", claimer.sentence_end)

    def _research(self, span: Span) -> bool:
        """Whether ``span`` is a research description without a name of its own."""
        phrase = self._span(span.start, span.end)
        if phrase is None or self.resolver is None:
            return False
        # The resolver's head, or the parse's where the two differ (a misparse can hang a
        # second subject inside the phrase: "A new study published in the journal X").
        heads = (self.resolver.head(phrase), phrase.root)
        research = [h for h in heads if h.lemma_.lower() in RESEARCH_DOCUMENTS | RESEARCH_GROUPS]
        if not research:
            return False
        root = research[0]
        if root.pos_ == "PROPN" or root.ent_type_:
            return False
        # Who made a study is said "by" or "from" them ("a study of 3,000 patients" names
        # its subject); a group is "of", "from" or "at" its institution.
        preps = (
            ("from", "by") if root.lemma_.lower() in RESEARCH_DOCUMENTS else ("of", "from", "at")
        )
        naming = [t for c in root.lefts if c.dep_ not in ("det", "predet") for t in c.subtree]
        for c in root.rights:
            if c.dep_ in ("compound", "flat", "appos") or (c.dep_ == "prep" and c.lower_ in preps):
                naming.extend(c.subtree)
        return not any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED_LABELS for t in naming)

    def _principal_person(self) -> tuple[int, Span, str] | None:
        """The first attribution whose source names a person (by a PERSON entity), one
        with a research role in its words first: (index, source, name)."""
        first: tuple[int, Span, str] | None = None
        for i, a in enumerate(self.attributions):
            if a.kind == "hedge" or a.source is None:
                continue
            phrase = self._span(a.source.start, a.source.end)
            if phrase is None or not any(e.label_ == "PERSON" for e in phrase.ents):
                continue
            span, res = self.speaker(i)
            if not res.name or res.kind not in (None, "person") or span is None:
                continue
            if any(t.lemma_.lower() in RESEARCH_ROLES for t in phrase):
                return i, span, res.name
            first = first or (i, span, res.name)
        return first

    # ---- cues the attribution extractors missed

    def _as_speaker(self, tok: Token | None) -> tuple[Span, Resolution] | None:
        """``tok``'s phrase as a resolved speaker (a document as its author)."""
        r = self.resolver
        if tok is None or r is None:
            return None
        if tok.lemma_.lower() in DOCUMENT_NOUNS:
            author = r.author_of(tok)
            span = r.speaker_span(author) if author is not None else None
            if span is None and tok.lemma_.lower() in DOCUMENT_NOUNS:
                span = self.doc[tok.left_edge.i : tok.i + 1]
                names = [t for t in span if t.pos_ == "PROPN"]
                if names and all(t.ent_type_ in ("DATE", "TIME", "EVENT") for t in names):
                    return None  # "the same New Year's Day report": a day, not an author
        else:
            span = r.speaker_span(tok)
        if span is None or _ALERT_FLAG.fullmatch(span.text.strip()):
            return None
        res = r.resolve(span)
        if not res.name:
            return None
        return Span.of(self.text, span.start_char, span.end_char), res

    def _pronoun(self, tok: Token) -> tuple[Span, Resolution] | None:
        """A pronoun that keeps a count, resolved to whom it names."""
        if self.resolver is None:
            return None
        span = self.doc[tok.i : tok.i + 1]
        res = self.resolver.resolve(span)
        if not res.name:
            return None
        # only a body the sentence before names ("The Oryx project only includes ... . It
        # had documented 2,552 tanks": Oryx, not a speaker further back)
        start = tok.sent.start
        before = self.doc[start - 1].sent if start > 0 else None
        last = res.name.split()[-1].lower()
        # (or the same sentence before it: "... an eye on Oryx, the project that logs only
        # losses confirmed by photos; on Monday it listed 2,103 Russian tanks")
        same = self.doc[start : tok.i].text
        told = (
            (before.text if before is not None else "")
            + " "
            + same.rsplit(";", 1)[0] * (";" in same)
        )
        if last not in told.lower():
            return None
        return Span.of(self.text, span.start_char, span.end_char), res

    def _missed_cue(
        self, sent: SpacySpan, q_idx: Sequence[int]
    ) -> tuple[Span, Resolution, bool] | None:
        """A speaker from a cue the extractors missed, and whether it governs the
        sentence: a source phrase ("as per X", "per X", "based on X's data", "citing X"),
        an inverted reporting clause ("..., claimed the Ukrainian Army"), a light verb with
        a document ("The minister gave these estimates", "X put the number at N"), a
        passive report with its agent or channel ("was shared via the ministry's account"),
        or a reporting verb in a relative clause over the figure ("the 100,000 casualties
        Mark Milley suggested")."""
        if self.resolver is None or not len(sent):
            return None
        root = sent.root
        qchars = [self.quantities[q].start for q in q_idx]
        for tok in sent:
            low = tok.lower_
            obj = None
            if low == "per" and tok.dep_ in ("prep", "advmod", "amod"):
                obj = _child(tok, "pobj")
            elif low == "based":
                on = next((c for c in tok.children if c.lower_ == "on"), None)
                obj = _child(on, "pobj")
            elif low == "citing":
                obj = _child(tok, "dobj")
            elif low == "by" and tok.dep_ == "prep":
                # "Russia lost 79 tanks over the same span, by Oryx's count": whose count
                count = _child(tok, "pobj")
                if count is not None and count.lemma_.lower() in _TALLY_NOUNS:
                    obj = count if self.resolver.author_of(count) is not None else None
            if obj is not None:
                found = self._as_speaker(obj)
                if found is not None:
                    return (*found, True)
        for tok in sent:
            lemma = tok.lemma_.lower()
            if lemma not in REPORTING_VERBS or tok.pos_ not in ("VERB", "AUX"):
                continue
            subj = _child(tok, "nsubj")
            if (
                subj is not None
                and subj.i > tok.i
                and tok.dep_ in ("ROOT", "conj", "ccomp", "parataxis")
            ):
                found = self._as_speaker(subj)
                if found is not None:
                    return (*found, True)
        lemma = root.lemma_.lower()
        dobj = _child(root, "dobj")
        subj = _child(root, "nsubj")
        light = lemma in _LIGHT_VERBS and subj is not None and dobj is not None
        if light and dobj.lemma_.lower() in DOCUMENT_NOUNS | _FIGURE_NOUNS:  # type: ignore[union-attr]
            found = self._as_speaker(subj)
            if found is not None:
                return (*found, True)
        if (
            subj is not None
            and subj.lemma_.lower() in _TALLY_NOUNS
            and (
                lemma in _TALLY_VERBS
                # "Oryx's tally of Russian tanks destroyed, ... stood at 1,924", which the
                # parser hangs on "destroyed": the tally's own verb is further on
                or any(t.pos_ == "VERB" and t.lemma_.lower() in _TALLY_VERBS for t in sent)
            )
            and self.resolver.author_of(subj) is not None
        ):
            # "The General Staff's tally now stands at 471,940", "Oryx's count puts tank
            # losses at 2,900": a tally whose author is named speaks for the author when
            # it gives a figure (not "His speech comes at a time when ...")
            found = self._as_speaker(subj)
            if found is not None:
                return (*found, True)
        for v in sent:
            # "The General Staff recorded 48,670 losses", "added seven warships to its
            # tally", "Oryx listed 2,048 tanks": who keeps the count speaks for it (the
            # verb may not be the parse's root: "..., many of them later turned ...")
            lem = v.lemma_.lower()
            if v.pos_ != "VERB" or v.dep_ in ("relcl", "acl", "amod"):
                continue
            who = _child(v, "nsubj")
            if lem == "add" and who is not None and who.lemma_.lower() in ("list", "database"):
                # "the Oryx list added 434 Russian items": a list that grows keeps a count
                found = self._as_speaker(who) if self.resolver.author_of(who) else None
                if found is not None:
                    return (*found, True)
            if lem in _LOGGING_VERBS or (lem == "add" and _to_own_tally(v)):
                found = self._as_speaker(who) if who is not None else None
                if found is None and who is not None and who.lower_ in ("it", "they"):
                    found = self._pronoun(who)  # "By Sunday it had logged 2,043 tanks"
                if found is not None:
                    # (it governs the figures it counts, whatever the parse's root: "After
                    # the air force said ..., the General Staff now counts 340 aircraft")
                    lo, hi = v.left_edge.idx, v.right_edge.idx + len(v.right_edge)
                    counted = bool(qchars) and all(lo <= q < hi for q in qchars)
                    return (*found, v is root or counted)
        if _child(root, "nsubjpass") is not None and (
            lemma in REPORTING_VERBS or lemma in _PUBLISHING
        ):
            agent = _child(root, "agent")
            obj = _child(agent, "pobj") if agent is not None else None
            if obj is None:
                # "was shared via the ministry's account": a channel names its owner; a bare
                # platform ("posted on Telegram") names no one.
                via = [c for c in root.children if c.dep_ == "prep" and c.lower_ in _CHANNEL_PREPS]
                obj = _child(via[0], "pobj") if via else None
                if obj is not None and (
                    obj.lemma_.lower() not in DOCUMENT_NOUNS or self.resolver.author_of(obj) is None
                ):
                    obj = None
            found = self._as_speaker(obj)
            if found is not None:
                return (*found, True)
        for tok in sent:
            if tok.dep_ != "relcl" or tok.lemma_.lower() not in REPORTING_VERBS:
                continue
            head = tok.head
            span = (head.left_edge.idx, head.right_edge.idx + len(head.right_edge))
            if not any(span[0] <= q < span[1] for q in qchars):
                continue
            found = self._as_speaker(_child(tok, "nsubj"))
            if found is not None:
                return (*found, False)
        return None

    def _claimed_next(self, sent: SpacySpan) -> tuple[Span, Resolution] | None:
        """A speaker the next sentence gives this one ("On August 1, Russia lost 1,100
        soldiers. This was reported by the General Staff."; "This emerges from a General
        Staff report")."""
        if self.resolver is None or sent.end >= len(self.doc):
            return None
        nxt = self.resolver.sents[self.resolver.sent_of(sent.end)]
        gap = self.text[sent.end_char : nxt.start_char]
        if gap.count("\n") > 2:
            return None
        root = nxt.root
        subj = _child(root, "nsubj") or _child(root, "nsubjpass")
        if subj is None or subj.lower_ not in ("this", "that", "it"):
            return None
        obj = None
        agent = _child(root, "agent")
        if agent is not None:
            obj = _child(agent, "pobj")
        for c in root.children:
            if obj is None and c.dep_ == "prep" and c.lower_ in ("from", "according"):
                obj = _child(c, "pobj") or _child(_child(c, "prep"), "pobj")
            elif obj is None and c.dep_ == "prep" and c.lower_ == "in":
                # "This has been stated in the report ... by X"
                doc_noun = _child(c, "pobj")
                if doc_noun is not None and doc_noun.lemma_.lower() in DOCUMENT_NOUNS:
                    obj = doc_noun
        if obj is None:
            return None
        lemma = root.lemma_.lower()
        if not (
            lemma in REPORTING_VERBS or lemma in _PUBLISHING or lemma in ("emerge", "come", "be")
        ):
            return None
        return self._as_speaker(obj)

    def _reports(self, a: Attribution) -> bool:
        """Whether an attribution's cue is a reporting word (or a quotation, "according
        to", a possessive claim), not just any verb the tagger marked."""
        if a.kind != "indirect" or a.cue is None:
            return True
        cue = self._span(a.cue.start, a.cue.end) if self.parsed else None
        if cue is None:
            return True
        lemma = cue.root.lemma_.lower()
        # (a count's keeper reports what it logs: "Oryx, an open-source project ..., had
        # documented 352 Russian tanks"; not a passive: "they are counted as volunteers")
        logs = lemma in _LOGGING_VERBS and any(
            c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in cue.root.children
        )  # (a named keeper, not "the report listed", which continues its author's claim)
        return lemma in REPORTING_VERBS or lemma in REPORTING_NOUNS or logs

    def _continues(self, previous: Claimer, s0: int, sent: SpacySpan) -> bool:
        """Whether the sentence ``sent`` (starting at ``s0``) continues the claim sentence
        ending at ``previous.sentence_end``: it follows it directly (at most a paragraph
        break between) and is tied to it by a cohesive device (see :func:`continues`)."""
        gap = self.text[previous.sentence_end : s0]
        if gap.strip() or gap.count("\n") > 2:
            return False
        return continues(sent)


def _child(tok: Token | None, dep: str) -> Token | None:
    if tok is None:
        return None
    return next((c for c in tok.children if c.dep_ == dep), None)


# Verbs that report a figure with a document or figure noun as object ("gave estimates",
# "put the number at", "released figures"); passives that publish ("was shared via").
_LIGHT_VERBS: Final = frozenset(
    [
        "give",
        "put",
        "provide",
        "release",
        "publish",
        "issue",
        "offer",
        "present",
        "update",
        "revise",
    ]
)
_FIGURE_NOUNS: Final = frozenset(
    ["number", "toll", "figure", "figures", "tally", "count", "total", "estimate"]
)
# Documents that hold counts, and the verbs by which such a document gives its figure
# ("X's tally stands at", "X's data show", "X's estimate puts ... at"). Not "numbers" or
# "records", whose possessor is as often what is counted ("Russia's numbers at the front"),
# nor speech ("his speech comes at a time when ...").
_TALLY_NOUNS: Final = words(
    """tally count figure figures data estimate estimates statistics calculation
    calculations assessment report update bulletin summary"""
)
_TALLY_VERBS: Final = words(
    """be stand put place peg set show reach total number rise climb grow increase hit top
    exceed surpass pass give list record include count indicate suggest estimate"""
)
_LOGGING_VERBS: Final = words("record log register tally list document count")
_LEDGER_NOUNS: Final = words("tally count list total toll ledger figures")


def _to_own_tally(verb: Token) -> bool:
    """ "added seven warships to its tally": a count the subject keeps."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "in", "on"):
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.lemma_.lower() in _LEDGER_NOUNS:
                return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in pobj.children)
    return False


_PUBLISHING: Final = frozenset(
    ["share", "publish", "post", "release", "issue", "provide", "announce"]
)
_CHANNEL_PREPS: Final = frozenset(["via", "on", "through", "in"])

# Research descriptions that stand for the people behind them (:meth:`ClaimerChooser.
# behind_research`), and the role words that mark a source as one of those people.
RESEARCH_DOCUMENTS: Final = words(
    "study research trial analysis paper preprint survey experiment review finding"
)
RESEARCH_GROUPS: Final = words(
    "researcher scientist author investigator team expert geneticist scholar"
)
RESEARCH_ROLES: Final = words(
    "author co-author coauthor researcher investigator scientist professor leader lead"
)
_NAMED_LABELS: Final = frozenset(["PERSON", "ORG", "GPE", "NORP", "FAC"])

# Connectives that add to what was just reported (Halliday and Hasan's additive and
# consequential conjunctions) and phrases that pick out part of it.
_CONNECTIVES: Final = (
    "in addition",
    "additionally",
    "also",
    "further",
    "furthermore",
    "moreover",
    "besides",
    "thus",
    "likewise",
    "similarly",
    "of these",
    "of them",
    "of those",
    "of this",
    "of which",
    "among them",
    "among these",
    "among those",
    "another",
    "next",
    "the rest",
    "the remainder",
    "in total",
    "in all",
    "altogether",
)
_ANAPHORS: Final = frozenset(["this", "that", "these", "those", "it", "they", "another"])


def continues(sent: SpacySpan) -> bool:
    """Whether a sentence is tied to the one before it: it opens with an additive
    connective ("In addition, ...", "Of these, ...", "Another 4,000 ..."), its subject is
    an anaphor ("This includes ...", "That number ...", "It rose ...", "The majority of
    these losses ..."), or its verb takes "also" ("Russia also lost ..."). A sentence
    with no such tie starts something new, in the outlet's voice."""
    toks = [t for t in sent if not t.is_space]
    if not toks:
        return False
    opening = " ".join(t.lower_ for t in toks[:3])
    if any(opening == c or opening.startswith(c + " ") for c in _CONNECTIVES):
        return True
    root = sent.root
    if any(c.dep_ == "advmod" and c.lower_ == "also" for c in root.children):
        return True
    for subj in (c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "expl")):
        if subj.lower_ in _ANAPHORS and subj.dep_ != "expl":
            return True
        for t in subj.subtree:
            if t.lower_ in ("this", "that", "these", "those") and t.dep_ in ("det", "pobj"):
                return True
            if t.lower_ in ("them", "it") and t.dep_ == "pobj":
                return True
    return False
