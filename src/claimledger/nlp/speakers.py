"""Speaker resolution: who a source ("he", "the minister", "the ministry's post") stands for.

A light mention chain over the parsed article (:mod:`.mentions`), not a neural
coreference model:

- **Names.** A person's name is the full name introduced earlier ("Neistat said" -> Anna
  Neistat); a name elsewhere is kept as the story wrote it, possessor and all ("Britain's
  defence ministry"); a bare demonym is its country (:mod:`.parties`).
- **Pronouns.** he/she go to a person, it/they to an organisation or state, searched from
  the pronoun's own sentence back through four sentences; in its own clause the nearest
  mention, in earlier sentences subjects and speakers first, left to right, names before
  role nouns (the salience order of centering and Hobbs' search). Mentions inside
  quotations are skipped unless they are speakers (the "Kherson" in a spokesman's quote
  is not the "he" who said it), and a pronoun that was itself resolved passes its
  referent on.
- **Role nouns.** "the Prime Minister", "the Congress leader", "the minister" go to the
  person the article gave that role (title or apposition), else to the earlier noun phrase
  with the same head ("The advisor" -> "Ukraine's presidential advisor"); an unnamed role
  keeps its own words ("the regional governor"). A description in the lead ("A senior
  Pentagon official estimated ...") is the person or body the next two sentences name as
  a speaker (news style's delayed identification).
- **Organisations.** "the ministry" goes to the earlier mention with the same head, named
  by the fullest name of that body ("the Ministry of Defense of Ukraine"), never to a
  place; a bare "the government" keeps its words. A document ("the post", "a report from
  the General Staff", "journalists' calculations") speaks for its author.
- **Datelines** ("Kiev, April 17: ...") name no one.

Every result says how it was found: ``explicit``, ``pronoun``, ``role``,
``earlier_mention`` or ``unresolved``, with the canonical name and the claimer kind.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Literal

from ..models import ClaimerKind
from . import parties
from .cues import REPORTING_NOUNS, words
from .mentions import (
    DOCUMENT_NOUNS,
    GROUP_HEADS,
    GROUP_PRONOUNS,
    GROUP_ROLES,
    PERSON_HEADS,
    PERSON_PRONOUNS,
    PERSON_ROLES,
    SUBJECT_DEPS,
    TITLES,
    Mention,
    MentionChain,
    Person,
    is_name_token,
    lower,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "DOCUMENT_NOUNS",
    "FIRST_SECOND",
    "GROUP_PRONOUNS",
    "GROUP_ROLES",
    "PERSON_PRONOUNS",
    "PERSON_ROLES",
    "Resolution",
    "SpeakerResolver",
    "named_entity_in",
]

FIRST_SECOND: Final = words("i me my we us our you your")
RELATIVE: Final = words("who whom whose which that")
# Where a party publishes, not who speaks: "the Facebook of the General Staff", "the Telegram
# channel of the ministry" speak for their owner.
PLATFORMS: Final = words(
    """facebook telegram twitter instagram youtube tiktok vkontakte weibo website site page
    channel account feed blog"""
)
PERSON_LABELS: Final = ("PERSON",)
GROUP_LABELS: Final = ("ORG", "GPE", "NORP")
_LOOKBACK_SENTS: Final = 4
# nouns a story uses for a body it has named ("Oryx ... the group", "the project")
_GENERIC_BODIES: Final = frozenset(
    ["group", "project", "organisation", "organization", "monitor", "watchdog", "initiative"]
)
# The lead (the first sentence of some length): a description there may be named in the
# next two.
_LEAD_FOLLOW_SENTS: Final = 2

How = Literal["explicit", "pronoun", "role", "earlier_mention", "unresolved"]


_WEEKDAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today"]
)


# Verbs of keeping a count: their subject is a counting body ("the 430,790 it recorded")
_COUNTING_VERBS = frozenset(["record", "count", "list", "log", "tally", "register", "document"])


# the organs of a state: "its defence ministry" is a country's, whatever body was named last
_STATE_ORGANS: Final = frozenset(
    ["ministry", "military", "army", "navy", "government", "president", "forces", "parliament"]
)


@dataclass(frozen=True, slots=True)
class Resolution:
    """How a source names its speaker, the canonical name, and what kind of party it is.

    ``how``: ``explicit`` (the source names the speaker), ``pronoun``, ``role`` (a role
    noun or description resolved to a name or a fuller description), ``earlier_mention``
    (a surname or shortened name expanded to the name introduced earlier), ``unresolved``.
    """

    how: How
    name: str | None
    kind: ClaimerKind | None = None
    label: str | None = None  # PERSON, ORG, GPE, NORP: what the name is known to be

    @property
    def attribution_resolution(self) -> str:
        """The coarser vocabulary of ``Attribution.resolution``: explicit, pronoun,
        description, unresolved."""
        if self.how == "role":
            return "description"
        if self.how == "earlier_mention":
            return "explicit"
        return self.how


_NONE: Final = Resolution("unresolved", None, "unattributed")
# The resolvers of the Docs being extracted, most recent last. Bounded: a resolver holds
# its Doc's tokens, so a weakly keyed cache never let a Doc die (every parsed article was
# kept, about 20 KB each with a tokenizer-only pipeline and far more with tensors). The
# overlapped extractor has up to 5 steps of 8 articles in flight (4 tagger lanes at most);
# a Doc pushed out is resolved again, to the same result (the resolver is a function of
# the Doc).
_RESOLVERS: OrderedDict[int, tuple[Doc, tuple[object, ...], SpeakerResolver]] = OrderedDict()
_RESOLVERS_KEPT: Final = 48
_RESOLVERS_LOCK = threading.Lock()


def named_entity_in(
    span: SpacySpan, labels: tuple[str, ...] | None = None, ents: tuple[Any, ...] | None = None
) -> str | None:
    """The text of the longest named entity inside ``span`` (optionally of ``labels``)."""
    best = None
    for ent in span.doc.ents if ents is None else ents:
        if ent.end <= span.start or ent.start >= span.end:
            continue
        if ent.start < span.start or ent.end > span.end:
            continue
        if labels and ent.label_ not in labels:
            continue
        if best is None or len(ent) > len(best):
            best = ent
    return best.text if best is not None else None


class SpeakerResolver(MentionChain):
    """Resolves sources against the mention chain of ``doc``.

    :meth:`resolve` is a pure function of the article and the source span (the order in
    which sources are resolved does not matter); :meth:`remember` is kept for callers that
    record sources as they go and does nothing the chain does not already know.
    """

    def __init__(self, doc: Doc) -> None:
        super().__init__(doc)
        self._memo: dict[tuple[int, int], Resolution] = {}
        self._heads: list[int] | None = None
        self._pronoun_heads: list[int] | None = None
        self._warmed = 0

    @classmethod
    def of(cls, doc: Doc) -> SpeakerResolver:
        """The resolver of ``doc``, built once and shared by the attribution extractors and
        the claims of the same Doc (rebuilt if the Doc's tokens or entities changed)."""
        key = (len(doc), doc.to_array(["ENT_IOB", "ENT_TYPE"]).tobytes())
        with _RESOLVERS_LOCK:
            hit = _RESOLVERS.get(id(doc))
            if hit is not None and hit[0] is doc and hit[1] == key:
                _RESOLVERS.move_to_end(id(doc))
                return hit[2]
        resolver = cls(doc)
        with _RESOLVERS_LOCK:
            _RESOLVERS[id(doc)] = (doc, key, resolver)
            _RESOLVERS.move_to_end(id(doc))
            while len(_RESOLVERS) > _RESOLVERS_KEPT:
                _RESOLVERS.popitem(last=False)
        return resolver

    def remember(self, start: int, label: str, name: str) -> None:
        """Kept for callers of the incremental resolver; the chain already knows."""

    def resolve(self, source: SpacySpan) -> Resolution:
        """How ``source`` names its speaker, the canonical name it stands for, and the
        party's kind (see the module docstring)."""
        if not len(source):
            return _NONE
        if all(t.i in self._dateline for t in source):
            return _NONE
        key = (source.start, source.end)
        if key not in self._memo:
            self._memo[key] = _NONE  # a cycle through pronouns resolves to nothing
            self._memo[key] = self._finish(self._resolve(source))
        return self._memo[key]

    def _finish(self, res: Resolution) -> Resolution:
        name = parties.canonical_name(res.name)
        if name is None:
            return Resolution("unresolved", None, "unattributed")
        kind = res.kind or parties.claimer_kind(name, res.label)
        return Resolution(res.how, name, kind, res.label)

    def head(self, source: SpacySpan) -> Token:
        """The head word of a source phrase (see :meth:`_root`)."""
        return self._root(source)

    def _root(self, source: SpacySpan) -> Token:
        """The head of a source span. A span the parse splits in two ("spokesman of the
        ministry, Igor Konashenkov told", where both nouns hang off the verb) is headed by
        the person in it; a span that swallowed a relative clause keeps its noun."""
        inside = range(source.start, source.end)
        tops = [t for t in source if t.head.i not in inside or t.head.i == t.i]
        people = [t for t in tops if t.i in self._person_at]
        if len(tops) > 1 and people:
            return people[-1]
        subjects = [t for t in tops if t.dep_ in SUBJECT_DEPS and lower(t) not in RELATIVE]
        # ("A graphic shared on X since New Year's Day claims", the day parsed as a second
        # subject): a day is no speaker
        subjects = [t for t in subjects if t.ent_type_ not in ("DATE", "TIME", "EVENT")] or subjects
        if len(tops) > 1 and subjects:
            return subjects[-1]  # "O Fed (Federal Reserve ...": not the interjection
        root = source.root
        nominal = [t for t in tops if t.pos_ in ("NOUN", "PROPN", "PRON")]
        if len(tops) > 1 and root.pos_ not in ("NOUN", "PROPN", "PRON") and nominal:
            # The parse hung every word on the next one ("A new study finds", "finds"
            # read as the noun): the phrase is headed by its last noun, not "a".
            return nominal[-1]
        while root.i > source.start and root.dep_ in ("relcl", "acl") and root.head.i in inside:
            root = root.head
        return root

    def _resolve(self, source: SpacySpan) -> Resolution:
        root = self._root(source)
        low = lower(root)
        if len(source) == 1 and low in RELATIVE:
            return self._relative(root)
        if root.pos_ == "PRON" or low in PERSON_PRONOUNS | GROUP_PRONOUNS:
            if low in PERSON_PRONOUNS:
                return self._pronoun(root, "person")
            if low in GROUP_PRONOUNS:
                return self._pronoun(root, "group")
            return _NONE
        if root.i in self._dateline:
            return _NONE
        if low in PLATFORMS:
            owner = next(
                (
                    p
                    for c in root.children
                    if c.dep_ == "prep" and lower(c) == "of"
                    for p in c.children
                    if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")
                ),
                None,
            )
            if owner is not None:
                return self._noun_phrase(owner)
        return self._noun_phrase(root)

    def _noun_phrase(self, root: Token, *, expand: bool = False) -> Resolution:
        """The speaker a noun phrase headed by ``root`` names; ``expand``: an antecedent
        of a description or pronoun, named by the fullest name of its body."""
        # A person named by the phrase's head or beside its role noun.
        person = self._person_for(root)
        if person is not None:
            p, expanded = person
            return Resolution("earlier_mention" if expanded else "explicit", p.name, None, "PERSON")
        lemma = root.lemma_.lower()
        low = lower(root)
        if root.pos_ == "NOUN":
            # "media outlet Mediazona", "the think tank ISW": the name after the noun.
            named = [
                c
                for c in root.children
                if c.i > root.i and c.dep_ in ("appos", "compound", "flat") and c.pos_ == "PROPN"
            ]
            if named:
                return self._noun_phrase(named[0], expand=expand)
        if lemma in DOCUMENT_NOUNS or low in DOCUMENT_NOUNS or lemma in REPORTING_NOUNS:
            author = self._author(root)
            if author is not None:
                res = self._noun_phrase(author, expand=expand)
                if res.name:
                    how = res.how if res.how != "explicit" else "explicit"
                    return Resolution(how, res.name, res.kind, res.label)
            if self._definite(root):
                ante = self._same_head(root, "group", document=True)
                if ante is not None:
                    return ante
            if any(
                c.dep_ == "poss" and c.ent_type_ == "DATE" and c.lower_.rstrip("'’s") in _WEEKDAYS
                for c in root.children
            ):
                # "Wednesday's report listed 980 losses": the day's issue of the reports
                # the speaker before gives
                ante = self._antecedent(root, "group", speakers_only=True)
                if ante.name:
                    return Resolution("earlier_mention", ante.name, ante.kind, ante.label)
            return Resolution("explicit", self._np_text(root), None, None)
        ent = self._ent_of.get(root.i)
        if ent is not None and ent.label_ == "NORP" and ent.root.i == root.i:
            name = parties.demonym_country(ent.text) or ent.text
            return Resolution("explicit", name, None, "NORP")
        if ent is not None and ent.label_ in ("GPE", "ORG") and ent.root.i == root.i:
            return self._group_name(root, ent.label_, expand)
        if lemma in PERSON_HEADS or low in PERSON_HEADS:
            return self._role(root)
        if lemma in GROUP_HEADS or low in GROUP_HEADS:
            return self._group_name(root, None, expand)
        if root.pos_ == "PROPN":
            return self._group_name(root, ent.label_ if ent is not None else None, expand)
        return Resolution("explicit", self._np_text(root), None, None)

    def _person_for(self, root: Token) -> tuple[Person, bool] | None:
        """The person a phrase names: its head is (the last word of) a person mention, a
        person mention names its head (apposition, compound, conjunct title: "Congress
        leader and former Chief Minister Kamal Nath", "the President of Ukraine Volodymyr
        Zelensky"), or a name follows its role after a comma."""
        hit = self._person_at.get(root.i)
        if hit is not None:
            return hit
        if root.dep_ in ("appos", "compound", "flat") and root.head.i in self._person_at:
            return self._person_at[root.head.i]
        if not (root.lemma_.lower() in PERSON_HEADS or root.pos_ in ("PROPN", "NOUN")):
            return None
        role = root.lemma_.lower() in PERSON_HEADS
        for h in sorted(self._person_at):
            if root.left_edge.i <= h <= root.right_edge.i and self._names(self.toks[h], root, role):
                return self._person_at[h]
        # "Director General of Health Services, Dr. Anil Jasinghe said": the name after
        # the comma, in apposition or beside the role in the clause, holds the role.
        edge = root.right_edge.i
        if role and edge + 2 < len(self.toks) and self.toks[edge + 1].text == ",":
            for j in range(edge + 2, min(edge + 9, len(self.toks))):
                tok = self.toks[j]
                if j in self._person_at and self._clean_span_start(edge + 2, j):
                    linked = (
                        tok.head.i == root.i
                        or root.head.i == j
                        or (tok.head.i == root.head.i and root.head.i != root.i)
                    )
                    return self._person_at[j] if linked else None
                if not (is_name_token(tok) or lower(tok).rstrip(".") in TITLES or tok.text in "-–"):
                    break
        return None

    def _names(self, tok: Token, root: Token, role: bool) -> bool:
        """Whether ``tok`` names the phrase headed by ``root``: the path up to it runs
        through naming relations only (not a possessor: "Putin's spokesman" is not Putin;
        an "of" only from a title: "the President of Ukraine Volodymyr Zelensky")."""
        steps = 0
        while tok.i != root.i and steps < 8:
            dep = tok.dep_
            of_title = role and (
                (dep == "pobj" and tok.head.lower_ == "of" and tok.head.head.i == root.i)
                or (dep == "prep" and tok.lower_ == "of")
            )
            if dep not in ("compound", "appos", "conj", "flat", "amod", "nmod") and not of_title:
                return False
            tok = tok.head
            steps += 1
        return tok.i == root.i

    def _clean_span_start(self, start: int, head: int) -> bool:
        return all(
            is_name_token(t) or lower(t).rstrip(".") in TITLES or lower(t) in TITLES
            for t in self.doc[start : head + 1]
        )

    def _role(self, root: Token) -> Resolution:
        """A role noun: the person the article gave that role, the fuller earlier
        description, the person the lead's next sentences name, or the role itself."""
        mods = self._modifiers(root)
        if self._definite(root):
            poss = [c for c in root.children if c.dep_ == "poss"]
            if poss and lower(poss[0]) in FIRST_SECOND and not self._quoted[poss[0].i]:
                # "Our own geolocation team confirmed 212": outside a quotation the first
                # person is the outlet's, not the body named before
                return Resolution("explicit", self._np_text(root), None, None)
            if poss and poss[0].pos_ == "PRON":
                owner = self._possessor(poss[0], root)
                if owner.name:
                    text = f"{owner.name}'s {self._np_text(root, skip_poss=True)}"
                    return Resolution("role", text, None, None)
            person = self._person_with_role(root, mods)
            if person is not None:
                return Resolution("role", person.name, None, "PERSON")
            ante = self._same_head(root, "person")
            if ante is not None:
                return ante
        lead = self._lead_identity(root, "person")
        if lead is not None:
            return lead
        return Resolution("explicit", self._np_text(root), None, None)

    def _person_with_role(self, root: Token, mods: frozenset[str]) -> Person | None:
        """The person most recently given a role that matches ``root`` and its modifiers."""
        head = root.lemma_.lower()
        best: tuple[int, Person] | None = None
        for p in self.people:
            for at, roles in p.roles:
                if at >= root.i or head not in roles or not mods <= roles:
                    continue
                if best is None or at > best[0]:
                    best = (at, p)
        return best[1] if best else None

    def _group_name(self, root: Token, label: str | None, expand: bool = False) -> Resolution:
        """An organisation or state phrase: its own words (possessor kept; a name is kept
        as the story wrote it), for a bare "the ministry" the earlier mention with the same
        head, and as such an antecedent (``expand``) the fullest name of the same body
        introduced earlier ("the Ministry of Defense" -> "the Ministry of Defense of
        Ukraine")."""
        text = self._np_text(root)
        poss = [c for c in root.children if c.dep_ == "poss"]
        if (
            poss
            and poss[0].pos_ == "PRON"
            and lower(poss[0]) not in FIRST_SECOND
            and root.lemma_.lower() in _STATE_ORGANS
            and not any(parties.is_party_word(t.text) for t in self._np_tokens(root))
        ):
            # ("Its defence ministry", "defence ministry" tagged a name): the state's organ
            owner = self._possessor(poss[0], root)
            if owner.name:
                return Resolution(
                    "role", f"{owner.name}'s {self._np_text(root, skip_poss=True)}", None, None
                )
        if root.lemma_.lower() == "government" and not self._names_something(root):
            # A bare "the government" is the government of the story's country, not the
            # last government named; it keeps its words.
            return Resolution("explicit", text, None, label)
        if self._definite(root) and not self._names_something(root):
            poss = [c for c in root.children if c.dep_ == "poss"]
            if poss and lower(poss[0]) in FIRST_SECOND and not self._quoted[poss[0].i]:
                return Resolution("explicit", text, None, label)  # (the outlet's, as above)
            if poss and poss[0].pos_ == "PRON":
                owner = self._possessor(poss[0], root)
                if owner.name:
                    return Resolution(
                        "role", f"{owner.name}'s {self._np_text(root, skip_poss=True)}", None, None
                    )
            ante = self._same_head(root, "group")
            if ante is not None:
                return ante
            lead = self._lead_identity(root, "group")
            if lead is not None:
                return lead
            if root.lemma_.lower() in _GENERIC_BODIES:
                named = self._named_body_before(root)
                if named is not None:
                    return named
            return Resolution("explicit", text, None, label)
        fuller = self._fuller_earlier(root, text) if expand else None
        if fuller is not None:
            return Resolution("earlier_mention", fuller, None, label)
        if not self._definite(root) and not self._names_something(root):
            lead = self._lead_identity(root, "group")
            if lead is not None:
                return lead
        return Resolution("explicit", text, None, label)

    def _possessor(self, poss: Token, root: Token) -> Resolution:
        """Whom a possessive pronoun on ``root`` stands for. A state's organ ("its defence
        ministry", "its army") belongs to a state: after "But Russia's own claims are
        inflated", to Russia, not to a body (Oryx) named before it."""
        owner = self._pronoun(poss, "group")
        if root.lemma_.lower() in _STATE_ORGANS and not (
            owner.name and parties.is_party_word(re.split(r"['’]", owner.name)[0])
        ):
            state = self._state_before(poss)
            if state is not None:
                return Resolution("pronoun", state, None, "GPE")
        return owner

    def _state_before(self, tok: Token) -> str | None:
        """The country named last before ``tok``, in its sentence or the two before (not in
        a dateline): the owner of "its defence ministry"."""
        first = self.sents[max(0, self.sent_of(tok.i) - 2)].start
        for t in reversed(self.doc[first : tok.i]):
            if t.i in self._dateline or t.ent_type_ not in ("GPE", "NORP", ""):
                continue
            if t.pos_ == "PROPN" and parties.is_party_word(t.text):
                return t.text
        return None

    def _named_body_before(self, root: Token) -> Resolution | None:
        """A generic noun for a body ("the group", "the project") with no earlier phrase of
        the same head: the latest organisation named before it, a few sentences back at most
        ("according to Oryx, a Netherlands-based open-source project. ... the group counted
        more than 22,000 pieces"). States and peoples are not such bodies."""
        sent = self.sent_of(root.i)
        for m in reversed(self.mentions[: self._before(root.i)]):
            if sent - m.sent > _LOOKBACK_SENTS:
                break
            if m.kind != "group" or m.quoted or m.head in self._dateline:
                continue
            tok = self.toks[m.head]
            if tok.pos_ != "PROPN" or tok.ent_type_ in ("GPE", "NORP", "LOC"):
                continue
            if parties.is_party_word(tok.text):
                continue
            res = self._noun_phrase(tok, expand=True)
            if res.name:
                return Resolution("role", res.name, res.kind, res.label)
        return None

    def _fuller_earlier(self, root: Token, text: str) -> str | None:
        """The fuller earlier name of the body a shortened name stands for: the earliest
        phrase with the same head whose words include all of this one's ("the Ministry of
        Defense" -> "the Ministry of Defense of Ukraine")."""
        mine = self._content_words(self._np_tokens(root))
        if not mine:
            return None
        head = lower(root)
        best: tuple[int, str] | None = None
        for m in self.mentions:
            if m.head >= root.i or m.kind != "group" or m.quoted:
                continue
            tok = self.toks[m.head]
            toks = self._np_tokens(tok)
            theirs = self._content_words(toks)
            if head not in {lower(t) for t in toks} or not mine < theirs:
                continue
            extra = theirs - mine
            if any(parties.is_party_word(w) for w in mine) and not any(
                parties.party_key(w) == parties.party_key(text) for w in theirs
            ):
                continue
            if not any(w[:1].isalpha() for w in extra):
                continue
            cand = self._np_text(tok)
            if best is None or len(cand) > len(best[1]):
                best = (m.head, cand)
        return best[1] if best else None

    def _same_head(
        self, root: Token, kind: Literal["person", "group"], *, document: bool = False
    ) -> Resolution | None:
        """A definite description's antecedent: the latest earlier phrase (not quoted)
        with the same head noun that says more, resolved in turn."""
        lemma = root.lemma_.lower()
        mods = self._modifiers(root)
        for m in reversed(self.mentions[: self._before(root.i)]):
            if m.quoted:
                continue
            if self.sent_of(root.i) - m.sent > 12:
                break
            tok = self.toks[m.head]
            toks = self._np_tokens(tok)
            lemmas = {t.lemma_.lower() for t in toks}
            if lemma not in lemmas and not (
                kind == "group" and lemma in ("ministry", "department") and lemma in lower(tok)
            ):
                continue
            if not mods <= lemmas | self._modifiers(tok):
                continue
            if len(toks) <= len(self._np_tokens(root)) and not self._names_something(tok):
                if m.head in self._person_at:
                    pass
                else:
                    continue
            res = self._noun_phrase(tok, expand=True)
            if res.name:
                how: How = "role" if res.how in ("explicit", "earlier_mention") else res.how
                return Resolution(how, res.name, res.kind, res.label)
        return None

    def _before(self, i: int) -> int:
        """How many mentions come before token ``i`` (mentions are in text order)."""
        if self._heads is None:
            self._heads = [m.head for m in self.mentions]
        return bisect.bisect_left(self._heads, i)

    def _mentions_in(self, s: int) -> list[Mention]:
        """The mentions of sentence ``s``."""
        sent = self.sents[s]
        return self.mentions[self._before(sent.start) : self._before(sent.end)]

    def _warm(self, before: int) -> None:
        """Resolve the pronoun mentions before token ``before`` in text order. A pronoun's
        antecedents are earlier mentions, so each link of a chain ("He said ... he said")
        then resolves in one step instead of recursing back through the whole chain (a
        recursion as deep as the article, and as slow as its square)."""
        if self._pronoun_heads is None:
            self._pronoun_heads = [
                m.head for m in self.mentions if self.toks[m.head].pos_ == "PRON"
            ]
        heads = self._pronoun_heads
        while self._warmed < len(heads) and heads[self._warmed] < before:
            h = heads[self._warmed]
            self._warmed += 1
            self.resolve(self.doc[h : h + 1])

    def _pronoun(self, tok: Token, kind: Literal["person", "group"]) -> Resolution:
        """The referent of a pronoun: the most salient earlier mention of the right kind.

        A pronoun that speaks after its words ("Russia has lost 891,660 soldiers, it
        added") does not stand for what its words are about: it continues an earlier speaker
        ("the General Staff said ..."), looked for in the sentences before, speakers first.
        With no earlier speaker, the usual order."""
        self._warm(tok.i)
        own = self._before(tok.i)
        if (
            own < len(self.mentions)
            and self.mentions[own].head == tok.i
            and self.mentions[own].speaker
            and _postposed(tok)
        ):
            intro = self._introduced(tok, kind)
            if intro is not None:
                return intro
            res = self._antecedent(tok, kind, speakers_only=True)
            if res.name:
                return res
        if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _COUNTING_VERBS:
            # "the General Staff said that Russia had lost 418,170, fewer than the 430,790
            # it recorded in 2024": who records or counts is the body that speaks, not the
            # nearer side whose losses it counts
            here = self.sent_of(tok.i)
            for m in sorted(self._mentions_in(here), key=lambda m: -m.head):
                if m.head < tok.i and m.speaker and m.kind == kind and not m.quoted:
                    res = self._noun_phrase(self.toks[m.head], expand=True)
                    if res.name:
                        return Resolution("pronoun", res.name, res.kind, res.label)
        return self._antecedent(tok, kind)

    def _introduced(self, tok: Token, kind: Literal["person", "group"]) -> Resolution | None:
        """The person the sentence just before introduces, with no figure, quotation or
        speaker of its own, as the next words' speaker ("Putin has given a very different
        account. 'Since June 4 the enemy has lost 186 tanks,' he said"): the subject that
        sentence is about, not an earlier speaker."""
        s = self.sent_of(tok.i) - 1
        if kind != "person" or s < 0:
            return None
        sent = self.sents[s]
        if any(t.like_num or t.is_quote for t in sent):
            return None
        ms = self._mentions_in(s)
        subjects = [m for m in ms if m.subject and m.named and m.kind == kind and not m.quoted]
        if len(subjects) != 1 or any(m.speaker for m in ms):
            return None
        res = self._noun_phrase(self.toks[subjects[0].head], expand=True)
        return Resolution("pronoun", res.name, res.kind, res.label) if res.name else None

    def _antecedent(
        self, tok: Token, kind: Literal["person", "group"], *, speakers_only: bool = False
    ) -> Resolution:
        sent = self.sent_of(tok.i)
        for back in range(1 if speakers_only else 0, _LOOKBACK_SENTS + 1):
            s = sent - back
            if s < 0:
                break
            cands = [
                m
                for m in self._mentions_in(s)
                if m.head < tok.i
                and m.kind == kind
                and (not m.quoted or m.speaker)
                and m.head not in self._dateline
                and (m.speaker or not speakers_only)
            ]
            # The pronoun's own clause: the nearest mention; earlier sentences: subjects
            # and speakers first, left to right (Hobbs' order).
            # A named person before a role noun of the same clause ("spokesman of the
            # ministry, Igor Konashenkov told").
            if back == 0:
                order = sorted(cands, key=lambda m: -m.head)
            else:
                # (a name inside a quotation after the sentence's own speaker: "'..., not
                # what Putin has been saying,' Zelensky said. He said ...")
                order = sorted(
                    cands, key=lambda m: (m.quoted, not m.subject, self._role_noun(m), m.head)
                )
            for m in order:
                mtok = self.toks[m.head]
                if mtok.pos_ == "PRON":
                    res = self._memo.get((m.head, m.head + 1)) or self.resolve(
                        self.doc[m.head : m.head + 1]
                    )
                    if res.name:
                        return Resolution("pronoun", res.name, res.kind, res.label)
                    continue
                res = self._noun_phrase(mtok, expand=True)
                if res.name:
                    return Resolution("pronoun", res.name, res.kind, res.label)
        return _NONE

    def _role_noun(self, m: Mention) -> bool:
        tok = self.toks[m.head]
        return not m.named and tok.pos_ != "PRON"

    def _lead_identity(self, root: Token, kind: Literal["person", "group"]) -> Resolution | None:
        """A description in the article's first sentence identified by the next ones (the
        "delayed identification" of news leads): the first person who speaks there, or for
        a body, the first organisation named there."""
        if self.sent_of(root.i) != self.lead:
            return None
        for m in self.mentions:
            if m.sent > self.lead + _LEAD_FOLLOW_SENTS:
                break  # mentions are in text order
            if m.sent <= self.lead:
                continue
            if m.quoted or m.kind != kind:
                continue
            tok = self.toks[m.head]
            if tok.pos_ == "PRON":
                continue
            if kind == "person":
                if not m.subject:
                    continue
                hit = self._person_for(tok)
                if hit is None:
                    continue
                return Resolution("role", hit[0].name, None, "PERSON")
            if self._ent_of.get(m.head) is None or self._ent_of[m.head].label_ != "ORG":
                continue
            return Resolution("role", self._np_text(tok), None, "ORG")
        return None

    def _relative(self, tok: Token) -> Resolution:
        # "Trump, who said ..." : the relative clause's head noun names the speaker.
        head = tok.head
        while head.dep_ != "relcl" and head.head.i != head.i:
            head = head.head
        if head.dep_ != "relcl":
            return _NONE
        noun = head.head
        if noun.ent_type_ in ("DATE", "TIME"):
            # "the report of May 13, which listed ...": the clause hangs on the day; the
            # noun the day is told of speaks (a day itself never does)
            up = noun.head
            if noun.dep_ != "pobj" or up.dep_ != "prep" or up.head.pos_ not in ("NOUN", "PROPN"):
                return _NONE
            noun = up.head
        res = self._noun_phrase(noun)
        if not res.name:
            return _NONE
        return Resolution("pronoun", res.name, res.kind, res.label)

    def subject_of(self, cue: SpacySpan) -> SpacySpan | None:
        """The grammatical subject of a source-less cue when it can be a speaker: the cue
        verb's subject ("with Oryx estimating ..."), the subject its clause shares ("The
        Russian military has said ..., admitting ..."), a passive's agent, a noun cue's
        possessor. Sources the tagger left out; None when the subject cannot speak."""
        if not len(cue):
            return None
        v = cue.root
        if v.lower_ == "according":
            to = next((c for c in v.children if c.lower_ == "to"), None)
            obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to else None
            return self._speaker_span(obj) if obj is not None else None
        for _ in range(3):
            subj = None
            for c in v.children:
                if c.dep_ in ("nsubj", "csubj") or (c.dep_ == "poss" and v.pos_ == "NOUN"):
                    subj = c
                elif c.dep_ == "agent":
                    subj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if subj is not None:
                    break
            if subj is not None:
                return self._speaker_span(subj)
            prev = v.doc[v.i - 1] if v.i > 0 else None
            if (
                prev is not None
                and v.dep_ in ("advcl", "conj", "parataxis")
                and v.left_edge.i == v.i
                and prev.pos_ == "PROPN"
                and prev.head.i < prev.i
                and prev.dep_ in ("appos", "conj", "pobj", "dobj")
            ):
                # "..., Ukraine's General Staff reported on Monday": the parser hung the
                # name on a noun before it and left the verb without a subject; the name
                # right before the verb is its subject, not the subject of the verb above
                span = self._speaker_span(prev)
                if span is not None:
                    return span
            if (head := _stranded_subject(v)) is not None and (
                span := self._speaker_span(head)
            ) is not None:
                return span
            if (
                v.dep_ in ("advcl", "xcomp", "conj")
                and v.head.i != v.i
                and v.pos_
                in (
                    "VERB",
                    "AUX",
                )
            ):
                v = v.head
                continue
            break
        return None


def _stranded_subject(v: Token) -> Token | None:
    """ "... on Avdiivka, the spokesman for Ukraine's Tavria group of forces said": the
    parser hung the noun phrase before a reporting verb without a subject on a noun before
    it (an apposition) and made the verb a conjunct of the verb above, or the root. The
    phrase that opens after a comma and ends right before the verb is the verb's subject."""
    if v.dep_ not in ("conj", "advcl", "parataxis", "ROOT") or v.i < 2:
        return None
    tok = v.doc[v.i - 1]
    while tok.dep_ in ("pobj", "prep", "compound", "poss", "amod", "nmod") and tok.head.i < v.i:
        if tok.head.i > tok.i and tok.dep_ in ("compound", "poss", "amod", "nmod"):
            return None  # not the last word of its phrase
        tok = tok.head
    if tok.dep_ != "appos" or tok.pos_ not in ("NOUN", "PROPN") or tok.right_edge.i != v.i - 1:
        return None
    left = tok.left_edge.i
    if left == 0 or v.doc[left - 1].text not in (",", "—", "–"):
        return None
    return tok


def _postposed(pron: Token) -> bool:
    """Whether ``pron`` is the subject of a reporting clause that follows the words it
    reports ("..., it added", "..." they said): right after a comma or a quotation mark,
    its verb right after it, with no clause of its own words after the verb."""
    if pron.i == 0 or not pron.doc[pron.i - 1].is_punct:
        return False
    verb = pron.head
    if verb.i != pron.i + 1 or verb.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children)
