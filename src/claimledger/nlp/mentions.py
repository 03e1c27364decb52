"""The mention chain of an article: its people, the phrases that may be antecedents, and
the naming part of noun phrases. Built once over a parsed Doc; :mod:`.speakers` resolves
sources against it.

- **People.** Every PERSON entity, and every run of capitalised proper nouns the tagger
  missed that acts as a speaker, shares a surname with another mention, or stands beside a
  person role ("Anna Neistat told ..."), is a person mention. Titles, ranks and the place
  words in front are stripped ("Major General Igor Konashenkov" -> Igor Konashenkov) and
  kept as the person's roles, as are appositions ("Igor Konashenkov, the ministry's
  spokesman"; "Director General of Health Services, Dr. Anil Jasinghe"). A later surname
  ("Neistat said"), even one the copy misspells by a letter or the tagger misreads, is the
  person introduced with the full name.
- **Mentions.** People, organisations (ORG entities, phrases headed by "ministry",
  "military", "agency", ...), places and peoples as subjects ("Ukraine said"), person role
  nouns ("the minister") and pronouns, each with its sentence, whether it is a subject or
  a speaker, and whether it sits inside a quotation.
- **Phrases.** The naming part of a noun phrase (its head, the words in front, "of" phrases
  that hold names: "Ministry of Defence of Ukraine"), and who a document speaks for ("the
  ministry's post", "a report from the General Staff", "data provided by X").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, Literal

from . import parties
from .cues import REPORTING_VERBS, words
from .syntax import doc_text, past_leading_date

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "DOCUMENT_NOUNS",
    "GROUP_HEADS",
    "GROUP_ROLES",
    "PERSON_HEADS",
    "PERSON_ROLES",
    "Mention",
    "MentionChain",
    "Person",
]

PERSON_PRONOUNS: Final = words("he she him her his hers himself herself")
GROUP_PRONOUNS: Final = words("it its itself they them their theirs themselves")

# The rule extractor reads these two lists as animacy cues (which subjects can speak);
# they are part of its trained behaviour, so resolution widens them below, not here.
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
# Role heads of people, wider than PERSON_ROLES: the words news puts before or beside a name.
PERSON_HEADS: Final = PERSON_ROLES | words(
    """executive undersecretary envoy deputy head colonel lieutenant major admiral marshal
    sergeant captain commissioner inspector superintendent officer diplomat negotiator
    governor-general mp legislator premier-elect president-elect journalist blogger"""
)
GROUP_HEADS: Final = (GROUP_ROLES - {"spokesman", "city", "country", "nation", "house"}) | words(
    "staff ministry bureau office directorate command headquarters watch institute centre center"
    # (a military unit speaks as a body: "A mechanized brigade published its weekly summary on
    # Sunday. ..., it said")
    " brigade battalion regiment corps grouping squadron"
)
# Bodies that keep a count of losses, named alone and often missed by the model's NER
# ("Oryx listed 539 Ukrainian tanks. Its Russian tally ...": "its" is Oryx's)
COUNTING_BODIES: Final = words("oryx mediazona warspotting")
# Nouns for what a speaker publishes or says: the document speaks for its author.
DOCUMENT_NOUNS: Final = words(
    """report post statement data figure figures calculation calculations estimate estimates
    tally count analysis assessment survey study update bulletin briefing release tweet
    message communique communiqué summary account page channel website document documents
    record records statistics numbers information review findings list note memo letter
    publication article story speech remarks comments words rhetoric comparison testimony
    interview address claims claim assertion announcement"""
)
# Words in front of a name that are titles or ranks, not part of it.
TITLES: Final = words(
    """mr mr. mrs mrs. ms ms. dr dr. prof prof. sir lord lady dame gen gen. lt lt. col col.
    maj maj. adm adm. sgt sgt. capt capt. rep rep. sen sen. gov gov. pres pres. st st.
    president minister prime premier chancellor governor senator representative secretary
    ambassador director chief spokesman spokeswoman spokesperson commander deputy vice
    under undersecretary chairman chairwoman general major lieutenant lieutenant-general
    major-general colonel admiral marshal sergeant captain commissioner mayor judge justice
    king queen prince princess pope sheikh emir ayatollah leader head foreign defence
    defense interior finance health state first"""
)
_NAME_PARTICLES: Final = words("al al- el bin ibn de da di van von der le la du")
# Words that make a run of capitalised words an organisation, not a person.
_ORG_HINTS: Final = words(
    """ministry department agency office institute institution university company corp
    corporation inc ltd group bank fund foundation council committee commission union
    party association organisation organization service bureau forces force army navy
    staff command watch center centre team network board court police parliament assembly
    administration authority times post news journal press systems"""
)
SUBJECT_DEPS: Final = words("nsubj nsubjpass csubj")
NAMING_DEPS: Final = words("compound appos conj cc poss nmod amod flat")
_NAME_PREPS: Final = words("of for from at in")
# Entity types that never speak ("until Tuesday claimed" is a misparse).
NOT_SPEAKERS: Final = frozenset(
    ["DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"]
)
# Participles that make a document someone's: "data provided by", "figures released by".
AUTHORING: Final = words(
    """provide release publish issue compile prepare produce write post share make
    conduct carry collect gather present submit circulate"""
)
# Plural common nouns that speak ("experts said", "journalists' calculations").
PLURAL_SPEAKERS: Final = words(
    """expert analyst official journalist researcher scientist observer investigator
    economist source critic resident witness blogger activist lawmaker diplomat"""
)
SPEECH_VERBS: Final = frozenset(REPORTING_VERBS)


# Where a one-word name is a place, not a person ("fighting in Bakhmut", "the assault on
# Avdiivka"): the small model tags some towns as people.
_PLACE_PREPS: Final = words("in near around outside into towards toward at")
_ACTION_ON: Final = words(
    "assault attack advance offensive push drive march strike strikes bombardment shelling"
    " attacks assaults advances offensives"
)


def _place_object(tok: Token) -> bool:
    """Whether a one-word name is the object of a preposition of place or of "an assault
    on" (a person there is rare; a town is the rule)."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head.lower_
    return prep in _PLACE_PREPS or (prep == "on" and tok.head.head.lemma_.lower() in _ACTION_ON)


@dataclass(slots=True)
class Person:
    """One person of the article: the fullest name seen, and the roles given to them."""

    name: str
    tokens: tuple[str, ...]  # the name's words, lower case
    first: int  # token index of the first mention
    roles: list[tuple[int, frozenset[str]]] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.tokens[-1]


@dataclass(frozen=True, slots=True)
class Mention:
    """A phrase that may be an antecedent: where, what kind, and how salient."""

    head: int  # token index
    sent: int
    kind: Literal["person", "group"]
    subject: bool
    quoted: bool
    speaker: bool  # the subject of a reporting verb
    named: bool  # a person's name (not a role noun or pronoun)


def lower(tok: Token) -> str:
    """A token's text in lower case with curly and modifier apostrophes made straight."""
    return tok.text.lower().replace("’", "'").replace("ʼ", "'")


def is_name_token(tok: Token) -> bool:
    """A word that can be part of a person's name: a capitalised proper noun (or a PERSON
    entity's word), not a code or acronym."""
    t = tok.text
    if tok.pos_ != "PROPN" and not (tok.ent_type_ == "PERSON" and t[:1].isupper()):
        return False
    if any(c.isdigit() for c in t) or (len(t) > 1 and t.isupper() and "." not in t):
        return False  # "MI6", "NTJ": codes and acronyms, not names
    return bool(t[:1].isupper() or t.lower() in _NAME_PARTICLES) and any(c.isalpha() for c in t)


def surname_match(a: str, b: str) -> bool:
    """Same surname, allowing one dropped or changed letter in long ones (a typo in the
    copy: "Konashenko" for "Konashenkov")."""
    if a == b:
        return True
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1 or a[:5] != b[:5]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


class MentionChain:
    """People, mentions and phrase helpers over one parsed article."""

    def __init__(self, doc: Doc) -> None:
        from .attribution import quote_spans  # attribution imports this module

        self.doc = doc
        self.toks: list[Token] = list(doc)  # one Token object per word, reused below
        self.ents = tuple(doc.ents)
        self.sents: list[SpacySpan] = list(doc.sents) if len(self.toks) else []
        self._sent_starts = [s.start for s in self.sents] or [0]
        self.text = doc_text(doc)
        self._quote_chars = quote_spans(self.text)
        self._quoted = [False] * len(self.toks)
        starts = [t.idx for t in self.toks]
        for qs, qe in self._quote_chars:
            for i in range(bisect.bisect_right(starts, qs), bisect.bisect_left(starts, qe)):
                self._quoted[i] = True
        self._dateline: set[int] = set()
        for s in self.sents:
            end = parties.dateline_end(s.text)
            if end:
                self._dateline.update(t.i for t in s if t.idx < s.start_char + end)
        self._ent_of: dict[int, SpacySpan] = {}
        for e in self.ents:
            for i in range(e.start, e.end):
                self._ent_of[i] = e
        self.people: list[Person] = []
        self._person_at: dict[int, tuple[Person, bool]] = {}  # head token -> (person, expanded)
        self._build_people()
        self.mentions = self._build_mentions()
        self.lead = self._lead_sentence()

    def sent_of(self, i: int) -> int:
        return max(0, bisect.bisect_right(self._sent_starts, i) - 1)

    def _name_runs(self) -> list[tuple[int, int]]:
        """Runs of name tokens: PERSON entities and capitalised proper-noun runs."""
        runs: list[tuple[int, int]] = []
        i = 0
        while i < len(self.toks):
            if is_name_token(self.toks[i]):
                j = i
                while (
                    j + 1 < len(self.toks)
                    and is_name_token(self.toks[j + 1])
                    and self.toks[j].text != ","
                ):
                    j += 1
                runs.append((i, j + 1))
                i = j + 1
            else:
                i += 1
        return runs

    def _clean_name(self, start: int, end: int) -> tuple[int, int] | None:
        """The name part of a run: titles, ranks and country or place words in front
        stripped ("Madhya Pradesh Chief Minister Kamal Nath" -> Kamal Nath), a possessive
        after; None when nothing name-like is left or the run is a date."""
        if any(
            self.toks[i].ent_type_ in ("DATE", "TIME", "CARDINAL", "MONEY")
            for i in range(start, end)
        ):
            return None
        while end > start and self.toks[end - 1].text in ("'s", "’s", "'", "’"):
            end -= 1

        def title(t: Token) -> bool:
            low = lower(t)
            return low.rstrip(".") in TITLES or low in TITLES or t.text in ("-", "–")

        # Everything up to the last title word before the name is a title or its place.
        last = max((i for i in range(start, end - 1) if title(self.toks[i])), default=None)
        if last is not None and any(
            lower(self.toks[i]) not in TITLES for i in range(last + 1, end)
        ):
            start = last + 1
        while start < end and (
            title(self.toks[start]) or parties.is_party_word(self.toks[start].text)
        ):
            start += 1
        if start >= end:
            return None
        return start, end

    def _looks_like_org(self, start: int, end: int) -> bool:
        toks = [lower(t) for t in self.doc[start:end]]
        if any(t in _ORG_HINTS for t in toks):
            return True
        text = self.doc[start:end].text
        if parties.is_party_word(text) or parties.is_outlet(text):
            return True
        # An entity of another kind over exactly these words ("Human Rights Watch");
        # the small model's NORP over "Ukraine Volodymyr Zelensky" is not one.
        ent = self._ent_of.get(end - 1)
        return bool(
            ent is not None
            and ent.label_ in ("ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW")
            and len(ent) > 1
            and ent.start >= start - 1
            and ent.end == end
        )

    def _speaks(self, head: Token) -> bool:
        """Whether a name's head acts as a speaker: the subject of a reporting verb."""
        tok = head
        for _ in range(3):
            if tok.dep_ in NAMING_DEPS and tok.head.i != tok.i:
                tok = tok.head
            else:
                break
        if tok.dep_ in SUBJECT_DEPS:
            return True
        return tok.dep_ == "pobj" and tok.head.lower_ in ("to", "by") and tok.head.i > 0

    def _build_people(self) -> None:
        doc = self.doc
        runs = self._name_runs()
        singles: dict[str, int] = {}
        for s, e in runs:
            cleaned = self._clean_name(s, e)
            if cleaned and cleaned[1] - cleaned[0] == 1:
                key = lower(self.toks[cleaned[0]])
                singles[key] = singles.get(key, 0) + 1
        found: list[tuple[int, int, bool]] = []  # (start, end, is_ner_person)
        surnames: set[str] = set()
        singles_seen: list[tuple[int, int, bool]] = []
        for s, e in runs:
            cleaned = self._clean_name(s, e)
            if cleaned is None:
                continue
            cs, ce = cleaned
            head = self.toks[ce - 1]
            ent = self._ent_of.get(ce - 1)
            ner_person = ent is not None and ent.label_ == "PERSON"
            if self._looks_like_org(cs, ce) and not ner_person:
                continue
            if parties.is_party_word(doc[cs:ce].text):
                continue
            n = ce - cs
            if n > 4:
                continue
            if n == 1:
                singles_seen.append((cs, ce, ner_person))
                continue
            surname = lower(head)
            if (
                ner_person
                or self._speaks(head)
                or singles.get(surname, 0) > 0
                or self._role_tokens(cs, ce, head)
            ):
                found.append((cs, ce, ner_person))
                surnames.add(surname)
        for cs, ce, ner_person in singles_seen:
            low = lower(self.toks[cs])
            if any(surname_match(low, sn) for sn in surnames) or (
                ner_person and not _place_object(self.toks[cs])
            ):
                found.append((cs, ce, ner_person))
        # Full names first, so that a surname alone finds the person even when the copy
        # gives the surname before the full name.
        for cs, ce, _ in sorted(found, key=lambda f: (f[1] - f[0] < 2, f[0])):
            toks = tuple(lower(t) for t in doc[cs:ce])
            person = self._match_person(toks)
            expanded = False
            if person is None:
                person = Person(doc[cs:ce].text, toks, cs)
                self.people.append(person)
            else:
                expanded = len(toks) < len(person.tokens)
                if len(toks) > len(person.tokens):
                    person.name, person.tokens = doc[cs:ce].text, toks
                person.first = min(person.first, cs)
            self._person_at[ce - 1] = (person, expanded)
            roles = self._role_tokens(cs, ce, self.toks[ce - 1])
            if roles:
                person.roles.append((cs, roles))
        # A known surname the tagger did not read as a proper noun ("Lopez, who took
        # office in May, added ...") is still that person.
        by_surname = {p.surname: p for p in self.people if len(p.tokens) > 1}
        for tok in self.toks:
            if tok.i in self._person_at or not tok.text[:1].isupper() or not tok.is_alpha:
                continue
            p = by_surname.get(lower(tok))
            if p is not None and (
                tok.i + 1 >= len(self.toks) or not is_name_token(self.toks[tok.i + 1])
            ):
                self._person_at[tok.i] = (p, True)

    def _match_person(self, toks: tuple[str, ...]) -> Person | None:
        for p in self.people:
            if not surname_match(toks[-1], p.surname):
                continue
            if len(toks) == 1 or len(p.tokens) == 1:
                return p
            if toks[0] == p.tokens[0] or toks[0][:1] == p.tokens[0][:1]:
                return p
        return None

    def _role_tokens(self, start: int, end: int, head: Token) -> frozenset[str]:
        """The role words a name is given: titles in front of it in its phrase, its
        apposition, or a role phrase just before it ("Director General of X, Dr. Y")."""
        doc = self.doc
        out: set[str] = set()
        left = head.left_edge.i
        for t in doc[left:start]:
            if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.dep_ != "poss":
                out.add(t.lemma_.lower())
        phrases: list[Token] = []
        if head.dep_ == "appos":
            phrases.append(head.head)
        phrases += [c for c in head.children if c.dep_ == "appos"]
        if start >= 2 and self.toks[start - 1].text == "," and not phrases:
            prev = self.toks[start - 2]
            while prev.dep_ in ("pobj", "prep", "compound") and prev.head.i < prev.i:
                prev = prev.head
            if prev.lemma_.lower() in PERSON_HEADS:
                phrases.append(prev)
        for ph in phrases:
            if ph.lemma_.lower() not in PERSON_HEADS:
                continue
            for t in ph.subtree:
                if (
                    t.pos_ in ("NOUN", "PROPN", "ADJ")
                    and t.dep_ != "poss"
                    and not start <= t.i < end
                ):
                    out.add(t.lemma_.lower())
        if not out & PERSON_HEADS:
            return frozenset()
        return frozenset(out)

    def _build_mentions(self) -> list[Mention]:
        """Antecedent candidates in text order: people and groups, with salience."""
        out: list[Mention] = []
        seen: set[int] = set()
        for h in self._person_at:
            out.append(self._mention(self.toks[h], "person"))
            seen.add(h)
        for tok in self.toks:
            if tok.i in seen or tok.i in self._dateline or tok.dep_ == "compound":
                continue
            if tok.pos_ not in ("PRON", "NOUN", "PROPN") and tok.i not in self._ent_of:
                continue
            if self._inside_person(tok):
                continue  # "Russian President Vladimir Putin" is one mention, Putin
            low = tok.lemma_.lower()
            ent = self._ent_of.get(tok.i)
            if tok.pos_ == "PRON" and lower(tok) in PERSON_PRONOUNS | GROUP_PRONOUNS:
                if lower(tok) in ("him", "her", "them", "his", "its", "their", "hers"):
                    continue
                kind: Literal["person", "group"] = (
                    "person" if lower(tok) in PERSON_PRONOUNS else "group"
                )
                out.append(self._mention(tok, kind))
            elif ent is not None and tok.i == ent.root.i and ent.label_ == "ORG":
                out.append(self._mention(tok, "group"))
            elif ent is not None and tok.i == ent.root.i and ent.label_ in ("GPE", "NORP"):
                # A place or a people is an actor only as a subject ("Ukraine said").
                if tok.dep_ in SUBJECT_DEPS:
                    out.append(self._mention(tok, "group"))
            elif tok.pos_ in ("NOUN", "PROPN") and ent is None:
                if low in PERSON_HEADS and tok.tag_ != "NNS":
                    out.append(self._mention(tok, "person"))
                elif (
                    low in GROUP_HEADS
                    or low in COUNTING_BODIES
                    or (
                        # "The Oryx project": a body a name specifies
                        tok.pos_ == "NOUN"
                        and low not in DOCUMENT_NOUNS
                        and tok.tag_ != "NNS"
                        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
                    )
                ):
                    out.append(self._mention(tok, "group"))
        out.sort(key=lambda m: m.head)
        return out

    def _lead_sentence(self) -> int:
        """The lead: the first sentence with four words outside a dateline."""
        for n, sent in enumerate(self.sents):
            if sum(1 for t in sent if t.is_alpha and t.i not in self._dateline) >= 4:
                return n
        return 0

    def _inside_person(self, tok: Token) -> bool:
        """Whether a word belongs to a person's phrase (a title, an apposition)."""
        t = tok
        for _ in range(4):
            if t.dep_ not in ("compound", "flat", "appos", "amod") or t.head.i == t.i:
                return False
            t = t.head
            if t.i in self._person_at:
                return True
        return False

    def _mention(self, tok: Token, kind: Literal["person", "group"]) -> Mention:
        subject = self._speaks(tok)
        verb = tok
        while verb.dep_ in NAMING_DEPS and verb.head.i != verb.i:
            verb = verb.head
        speaker = subject and verb.head.lemma_.lower() in SPEECH_VERBS
        return Mention(
            tok.i,
            self.sent_of(tok.i),
            kind,
            subject,
            self._quoted[tok.i],
            speaker,
            tok.i in self._person_at,
        )

    def _modifiers(self, root: Token) -> frozenset[str]:
        """Content words that narrow a role or group noun ("prime", "congress", "health")."""
        out = set()
        for t in root.subtree:
            if t.i == root.i or t.dep_ in ("det", "punct", "case", "poss", "relcl", "acl"):
                continue
            if t.i > root.i and t.dep_ not in ("prep", "pobj", "compound", "amod"):
                continue
            if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.lemma_.lower() not in (
                "senior",
                "top",
                "former",
                "new",
                "current",
                "then",
                "own",
            ):
                out.add(t.lemma_.lower())
        return frozenset(out)

    def _names_something(self, root: Token) -> bool:
        """Whether the phrase holds a name or a country word ("Ukraine's ministry")."""
        span = self._np_tokens(root)
        return any(
            t.pos_ == "PROPN"
            or t.ent_type_ in ("ORG", "GPE", "NORP")
            or parties.is_party_word(t.text)
            for t in span
            if t.i != root.i or root.pos_ == "PROPN"
        )

    def _content_words(self, toks: list[Token]) -> frozenset[str]:
        out = set()
        for t in toks:
            low = lower(t)
            if t.is_punct or low in ("the", "a", "an", "of", "'s", "'", "for", "and"):
                continue
            out.add(low.replace("defense", "defence"))
        return frozenset(out)

    def _author(self, root: Token) -> Token | None:
        """:meth:`_named_author`, unless that names a day or an event ("the same New Year's
        Day report", "Tuesday's update"): a day writes nothing."""
        author = self._named_author(root)
        if author is not None and author.ent_type_ in ("DATE", "TIME", "EVENT"):
            return None
        return author

    def _named_author(self, root: Token) -> Token | None:
        """Who a document speaks for: its possessor, a "from/by/of" phrase (also on its
        title or participle: "the report Military Balance by X", "data provided by X"), or
        a naming compound ("journalists' calculations", "a report from the General Staff",
        "a General Staff report")."""
        for c in root.children:
            if c.dep_ == "poss":
                return c
        for c in root.lefts:
            # "the ministry's official X account": the possessor of a naming compound
            owner = next((t for t in c.subtree if t.dep_ == "poss"), None)
            if c.dep_ in ("compound", "nmod") and owner is not None:
                return owner
        holders = [root] + [
            c
            for c in root.children
            if c.dep_ == "appos" or (c.dep_ == "acl" and c.lemma_.lower() in AUTHORING)
        ]
        for h in holders:
            for c in h.children:
                preps = [c] if c.dep_ == "prep" else []
                if c.dep_ == "agent":
                    preps = [c]
                for p in preps:
                    if p.lower_ not in ("from", "by", "of"):
                        continue
                    for g in p.children:
                        if g.dep_ == "pobj" and self._can_author(g):
                            return g
        comps = [c for c in root.children if c.dep_ == "compound" and c.i < root.i]
        if comps and (
            comps[-1].pos_ == "PROPN" or comps[-1].lemma_.lower() in GROUP_HEADS | PERSON_HEADS
        ):
            return comps[-1]
        # "Ukrainian assessments", "British intelligence estimates": a people's word.
        for c in root.children:
            if c.dep_ in ("amod", "compound") and c.i < root.i and parties.is_party_word(c.text):
                return c
        return None

    def author_of(self, root: Token) -> Token | None:
        """Who a document noun speaks for (see :meth:`_author`), for callers."""
        return self._author(root)

    def speaker_span(self, tok: Token) -> SpacySpan | None:
        """The phrase headed by ``tok`` when it can be a speaker (see :meth:`subject_of`)."""
        return self._speaker_span(tok)

    def _can_author(self, g: Token) -> bool:
        if g.ent_type_ in ("DATE", "TIME", "EVENT"):
            return False  # "the same New Year's Day report", "Tuesday's update": a day
        if g.pos_ in ("PROPN", "PRON") or g.ent_type_ in ("ORG", "GPE", "NORP", "PERSON"):
            return True
        if g.lemma_.lower() in GROUP_HEADS | PERSON_HEADS | PLURAL_SPEAKERS:
            return True
        return any(t.pos_ == "PROPN" for t in self._np_tokens(g))

    def _definite(self, root: Token) -> bool:
        return any(
            lower(t) in ("the", "this", "that", "these", "those") or t.dep_ == "poss"
            for t in root.lefts
        )

    def _np_tokens(self, root: Token) -> list[Token]:
        """The naming part of a noun phrase: its head with the words in front (not a
        determiner) and "of/for/from" phrases that hold names ("Ministry of Defence of
        Ukraine", "chief of Britain's Secret Intelligence Service")."""
        keep: set[int] = {root.i}
        for c in root.lefts:
            if c.dep_ in ("det", "punct", "predet") or c.is_punct:
                continue
            if c.dep_ in ("nummod", "quantmod") and c.like_num:
                continue
            if root.pos_ == "PROPN" and not (
                c.pos_ == "PROPN" or c.dep_ == "poss" or parties.is_party_word(c.text)
            ):
                continue  # "media outlet Mediazona" is Mediazona
            keep.update(t.i for t in c.subtree)
        for c in root.rights:
            if c.dep_ in ("compound", "flat"):
                keep.update(t.i for t in c.subtree)
            elif c.dep_ == "prep" and c.lower_ in _NAME_PREPS:
                sub = list(c.subtree)
                names = any(t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE") for t in sub)
                if names and not any(t.dep_ in ("relcl", "acl", "appos") for t in sub):
                    keep.update(t.i for t in sub)
        # (never the dateline the parser hung on the name: "KYIV, May 9 (Eastbridge) -
        # Ukraine's General Staff")
        keep = {i for i in keep if i not in self._dateline} or {root.i}
        lo, hi = min(keep), max(keep)
        # (nor a date hung on its front: "On March 25 Russia's defence ministry", "On Monday
        # Ukraine's General Staff"; a possessive date stays: "Tuesday's report")
        lo = past_leading_date(self.toks, lo, root.i)
        toks = [self.toks[i] for i in range(lo, hi + 1)]
        while toks and (toks[0].is_punct or toks[0].dep_ == "det"):
            toks = toks[1:]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        return toks or [root]

    def _np_text(self, root: Token, *, skip_poss: bool = False) -> str:
        toks = self._np_tokens(root)
        if skip_poss:
            toks = [
                t
                for t in toks
                if not (t.dep_ == "poss" and t.head.i == root.i) and t.dep_ != "case"
            ]
        if not toks:
            return root.text
        return self.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]

    def _speaker_span(self, tok: Token) -> SpacySpan | None:
        low = lower(tok)
        if low in ("it", "there", "which", "that", "what", "this") and tok.pos_ in ("PRON", "DET"):
            return None
        if tok.i in self._dateline or tok.ent_type_ in NOT_SPEAKERS or tok.like_num:
            return None
        can = (
            tok.pos_ in ("PROPN", "PRON")
            or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            or tok.lemma_.lower() in PERSON_HEADS | GROUP_HEADS
            or tok.tag_ == "NNS"
            and tok.lemma_.lower() in PLURAL_SPEAKERS
            or ((tok.lemma_.lower() in DOCUMENT_NOUNS) and self._author(tok) is not None)
            # "the open-source Oryx project": a common noun a name specifies (not a
            # document: "a Facebook post" speaks for its author)
            or (
                tok.lemma_.lower() not in DOCUMENT_NOUNS
                and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
            )
            # a capital or country the small model tags as an adjective ("Kyiv claims")
            or (
                tok.dep_ in ("nsubj", "nsubjpass")
                and parties.is_party_word(tok.text)
                and parties.demonym_country(tok.text) is None
            )
        )
        if not can:
            return None
        toks = self._np_tokens(tok)
        if tok.lemma_.lower() in DOCUMENT_NOUNS:
            author = self._author(tok)
            if author is not None:
                extra = self._np_tokens(author)
                toks = sorted({t.i: t for t in toks + extra}.values(), key=lambda t: t.i)
        return self.doc[toks[0].i : toks[-1].i + 1]
