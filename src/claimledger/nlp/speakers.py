"""Speaker resolution: who a pronoun or a description ("he", "the ministry") stands for.

A cheap, deterministic resolver over the article, not a coreference model: a pronoun or a
definite description is resolved to the nearest compatible *named* source earlier in the
article (sources of earlier attributions first, then named entities), where compatible means
PERSON for he/she and person roles ("the governor"), and ORG/GPE/NORP for it/they and
institution nouns ("the ministry"). Every result says how it was resolved.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from .cues import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["Resolution", "SpeakerResolver", "named_entity_in"]

PERSON_PRONOUNS: Final = words("he she him her his hers himself herself")
GROUP_PRONOUNS: Final = words("it its itself they them their theirs themselves")
FIRST_SECOND: Final = words("i me my we us our you your")
RELATIVE: Final = words("who whom whose which that")
PERSON_LABELS: Final = ("PERSON",)
GROUP_LABELS: Final = ("ORG", "GPE", "NORP")

PERSON_ROLES: Final = words(
    """president governor minister spokesman spokeswoman spokesperson senator candidate
    official leader chairman chairwoman chair secretary ambassador mayor premier chancellor
    general commander prosecutor judge lawyer attorney director chief ceo founder nominee
    representative congressman congresswoman lawmaker aide adviser advisor manager king queen
    prince pope businessman billionaire author analyst economist scientist researcher professor
    doctor expert woman man host anchor reporter correspondent source"""
)
GROUP_ROLES: Final = words(
    """ministry government kremlin department agency company firm campaign committee council
    administration army military navy force forces police service office party bank court
    commission authority authorities organization organisation group union board team
    newspaper paper network channel outlet magazine station university institute state
    country nation city regime cabinet parliament congress senate house embassy spokesman
    """
)


@dataclass(frozen=True, slots=True)
class Resolution:
    how: str  # "explicit" | "pronoun" | "description" | "unresolved"
    name: str | None


def named_entity_in(
    span: SpacySpan, labels: tuple[str, ...] | None = None, ents: tuple | None = None
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


_NAMING_DEPS = words("compound appos conj cc poss nmod amod flat")


def _names_head(tok: Token, root: Token) -> bool:
    """Whether ``tok`` names the noun phrase headed by ``root`` (an apposition, a conjunct,
    a possessor), not something inside a prepositional or relative phrase of it."""
    steps = 0
    while tok.i != root.i and steps < 12:
        if tok.dep_ not in _NAMING_DEPS:
            return False
        tok = tok.head
        steps += 1
    return tok.i == root.i


class SpeakerResolver:
    """Resolves sources in text order; ``remember`` records the named sources seen so far."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._sources: list[tuple[int, str, str]] = []  # (token index, label, name)
        self.ents = tuple(doc.ents)
        self._ents = [(e.start, e.label_, e.text) for e in self.ents]

    def remember(self, start: int, label: str, name: str) -> None:
        self._sources.append((start, label, name))

    def _nearest(self, before: int, labels: tuple[str, ...]) -> str | None:
        for pool in (self._sources, self._ents):
            best = None
            for start, label, name in pool:
                if start < before and label in labels and (best is None or start > best[0]):
                    best = (start, name)
            if best is not None:
                return best[1]
        return None

    def resolve(self, source: SpacySpan) -> Resolution:
        """How ``source`` names its speaker, and the name it stands for when found."""
        root = source.root
        low = root.lower_
        if len(source) == 1 and low in RELATIVE:
            return self._relative(root)
        # The entity that holds the head noun names the speaker ("Dr. Kevin Nead, an
        # assistant professor at MD Anderson" is Kevin Nead, not MD Anderson).
        for ent in self.ents:
            if ent.start <= root.i < ent.end and ent.label_ in PERSON_LABELS + GROUP_LABELS:
                label = "PERSON" if ent.label_ in PERSON_LABELS else ent.label_
                self.remember(source.start, label, ent.text)
                return Resolution("explicit", ent.text)
        for labels in (PERSON_LABELS, GROUP_LABELS):
            ents = tuple(e for e in self.ents if _names_head(e.root, root))
            name = named_entity_in(source, labels, ents)
            if name:
                self.remember(source.start, labels[0], name)
                return Resolution("explicit", name)
        if root.pos_ == "PRON" or low in PERSON_PRONOUNS | GROUP_PRONOUNS:
            if low in PERSON_PRONOUNS:
                name = self._nearest(source.start, PERSON_LABELS)
            elif low in GROUP_PRONOUNS:
                name = self._nearest(source.start, GROUP_LABELS)
            else:
                return Resolution("unresolved", None)
            return Resolution("pronoun", name) if name else Resolution("unresolved", None)
        if root.pos_ == "PROPN":
            return Resolution("explicit", source.text)
        definite = any(t.lower_ in {"the", "this", "that"} or t.dep_ == "poss" for t in root.lefts)
        lemma = root.lemma_.lower()
        if definite and lemma in PERSON_ROLES:
            name = self._nearest(source.start, PERSON_LABELS)
        elif definite and lemma in GROUP_ROLES:
            name = self._nearest(source.start, GROUP_LABELS)
        else:
            return Resolution("explicit", None)
        return Resolution("description", name) if name else Resolution("unresolved", None)

    def _relative(self, tok: Token) -> Resolution:
        # "Trump, who said ..." : the relative clause's head noun names the speaker.
        head = tok.head
        while head.dep_ != "relcl" and head.head.i != head.i:
            head = head.head
        if head.dep_ != "relcl":
            return Resolution("unresolved", None)
        noun = head.head
        np = self.doc[noun.left_edge.i : noun.i + 1]
        name = named_entity_in(np, None, self.ents) or (noun.text if noun.pos_ == "PROPN" else None)
        return Resolution("pronoun", name) if name else Resolution("unresolved", None)
