"""From the tagger's spans to attributions: pair each content and source with its cue.

The tagger (:mod:`.attrib_tagger`) finds Source, Cue and Content spans independently; an
attribution needs them tied together. Pairing is by position in the parsed article:

- each content (all its parts) goes to the nearest cue of its sentence, measured from the
  content's nearer edge (a cue between the parts of a split quote is at distance 0); a
  quoted content may also take a cue of the next or previous sentence; a cue may take
  several contents ("said A and that B"); a content with no cue in reach is dropped;
- each cue takes the source of its sentence nearest to it in the dependency tree (at most
  three edges, not through another noun), outside its content; a cue with no content is
  still an attribution (PolNeAR annotates content-less ones too).

Before pairing, each content's outer edges are completed in the parse: the tagger's spans
may stop inside a phrase ("called for the ratification of the", "declined that"), so a
content ending on a word whose head lies further right (a determiner, a modifier, an
auxiliary) is extended to that head, one ending on a preposition takes its object, and one
starting after its first word's determiner or modifiers takes them (not back into a cue or
a source); never past the sentence.

A line that opens with a speaker's name and a colon ("PENCE: Well, look, ...", a headline
"Pat Caddell: Democrat Voters Worried ...") is the news convention of a transcript turn or a
headline quote: the name is its source, the rest of the line its content, with no cue
(:func:`speaker_labels`; both extractors). Tested on PolNeAR, where annotators mark them so.

Kind, stance and speaker resolution come from the parse as in the rule extractor: the kind
from quotes, "according to", possessive sources and hedge adverbs; the stance from the cue's
lemma (or from the rule attribution that shares the cue); the speaker through
:class:`.speakers.SpeakerResolver`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import ATTRIBUTION_MODES, Attribution, AttributionKind, Span, Stance
from .attrib_tagger import Tagged
from .attribution import extract_attributions, quote_spans
from .cues import HEDGE_ADVERBS, disputing_object, stance_of, words
from .speakers import SpeakerResolver
from .syntax import doc_text, past_dateline, past_leading_date

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["MODES", "assemble", "attributions", "cue_prepositions", "speaker_labels", "tag_doc"]

_FAR = 10**9
# Pairing knobs, chosen on PolNeAR dev (mean exact F1, each a few tenths): the furthest a
# source may sit from its cue in the dependency tree; whether a content with no cue in
# reach is still reported (no: they are mostly the tagger's false alarms); whether a cue
# with no tagged source borrows the rule attribution's source (no: the tagger's silence
# is usually right, "Ukraine's claims of X highlight Y").
MAX_SOURCE_EDGES = 3
KEEP_ORPHANS = False
RULE_SOURCE_FALLBACK = False
_QUOTE_CHARS = "\"\u201c\u201d\u00ab\u00bb\u201e'\u2018\u2019`"


class _Sents:
    """Character offset -> sentence number, by bisection over sentence starts."""

    def __init__(self, doc: Doc) -> None:
        self.starts = [s.start_char for s in doc.sents] or [0]

    def of(self, ch: int) -> int:
        return max(0, bisect.bisect_right(self.starts, ch) - 1)


# Dependents that cannot end a phrase: their head lies to their right ("the" -> "Amendment").
_OPEN_RIGHT = frozenset(
    [
        "det",
        "predet",
        "poss",
        "amod",
        "compound",
        "nummod",
        "quantmod",
        "nmod",
        "case",
        "aux",
        "auxpass",
        "neg",
    ]
)
# Dependents a phrase starts with: a content beginning at their head lacks them.
_OPEN_LEFT = frozenset(["det", "predet", "poss", "amod", "compound", "nummod"])
_MAX_STEPS = 5


def _blocked(spans: Sequence[tuple[int, int]], lo: int, hi: int) -> bool:
    return any(a < hi and lo < b for a, b in spans)


def _complete(
    doc: Doc, parts: tuple[tuple[int, int], ...], others: Sequence[tuple[int, int]]
) -> tuple[tuple[int, int], ...]:
    """``parts`` with the first part's start and the last part's end at phrase edges."""
    first, last = parts[0], parts[-1]
    span = doc.char_span(last[0], last[1], alignment_mode="expand")
    if span is not None and len(span):
        t = span[-1]
        while t.is_punct and t.i > span.start:
            t = doc[t.i - 1]
        end = t.i
        for _ in range(_MAX_STEPS):
            tok = doc[end]
            nxt = end
            if tok.dep_ in _OPEN_RIGHT and tok.head.i > end and tok.head.sent == tok.sent:
                nxt = tok.head.i
            elif tok.pos_ == "ADP" and tok.dep_ in ("prep", "agent", "dative"):
                objs = [c.right_edge.i for c in tok.rights if c.sent == tok.sent]
                nxt = max(objs, default=end)
            if nxt == end:
                break
            end = nxt
        last = (last[0], max(last[1], doc[end].idx + len(doc[end])))
    span = doc.char_span(first[0], first[1], alignment_mode="expand")
    if span is not None and len(span):
        t = span[0]
        while t.is_punct and t.i < span.end - 1:
            t = doc[t.i + 1]
        start = t.i
        for _ in range(_MAX_STEPS):
            tok = doc[start]
            kids = [c.left_edge.i for c in tok.lefts if c.dep_ in _OPEN_LEFT and c.i < start]
            nxt = min(kids, default=start)
            if nxt == start or doc[nxt].sent != tok.sent or _blocked(others, doc[nxt].idx, tok.idx):
                break
            start = nxt
        first = (min(first[0], doc[start].idx), first[1])
    if len(parts) == 1:
        return ((first[0], last[1]),)
    return (first, *parts[1:-1], last)


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two ranges (0 when they touch or overlap)."""
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _content_distance(
    cue: tuple[int, int],
    parts: Sequence[tuple[int, int]],
    sents: _Sents,
    quoted: bool,
) -> int:
    """How far a content is from a cue; _FAR when they cannot pair.

    A content pairs with a cue of its own sentence (measured from its nearer edge); a quoted
    content also with a cue in the next or previous sentence ("'...,' he said."). In
    PolNeAR dev 99% of gold pairs are in one sentence this way, the rest quotes.
    """
    lo, hi = parts[0][0], parts[-1][1]
    if lo <= cue[0] and cue[1] <= hi:
        return 0  # between the parts of a split quote, or a cue inside its own content span
    edge = hi - 1 if cue[0] >= hi else lo
    far = abs(sents.of(cue[0]) - sents.of(edge))
    if far > (1 if quoted else 0):
        return _FAR
    return _gap(cue, (lo, hi)) + 400 * far


def _tree_distance(source: Token, cue: Token) -> int:
    """Edges between a source's head and a cue's head in the dependency tree.

    99 when they are in different trees, or when the path from the source climbs through
    another noun before it meets the cue's branch ("Ukraine's claims ... highlight":
    Ukraine is the possessor of "claims", not the subject of "highlight").
    """
    up: dict[int, int] = {}
    t, d = cue, 0
    while True:
        up[t.i] = d
        if t.head.i == t.i or d > 40:
            break
        t, d = t.head, d + 1
    t, d = source, 0
    while True:
        if t.i in up:
            return up[t.i] + d
        if t.head.i == t.i or d > 40:
            return 99
        if d > 0 and t.pos_ in ("NOUN", "PROPN", "PRON"):
            return 99
        t, d = t.head, d + 1


def _own_subject(cue: Token, inside: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The cue verb's own active subject before it, a short noun phrase with no figure and no
    clause break in it, outside every content part (its characters), if it has one."""
    for child in cue.lefts:
        if (
            child.dep_ != "nsubj"
            or not (
                child.pos_ in ("NOUN", "PROPN")
                # ("...: Kyiv claims 361 Russian planes shot down, while Oryx has verified 119":
                # a capitalised name the tagger read as an adjective, not a sentence's first word)
                or (child.pos_ == "ADJ" and child.text[:1].isupper() and not child.is_sent_start)
            )
        ):
            continue
        words = child.doc[child.left_edge.i : child.right_edge.i + 1]
        if any(t.like_num or t.text in ";:" for t in words):
            return None
        lo = child.left_edge.idx
        hi = child.right_edge.idx + len(child.right_edge.text)
        if any(a < hi and lo < b for a, b in inside):
            return None
        return lo, hi
    return None


def _span(text: str, s: int, e: int) -> Span:
    return Span.of(text, s, e)


class _Letters:
    """Counts of letters and digits in any range of the text, and of those inside quotes."""

    def __init__(self, text: str, quotes: list[tuple[int, int]]) -> None:
        self.quotes = quotes
        self.prefix = [0]
        total = 0
        for ch in text:
            total += ch.isalnum()
            self.prefix.append(total)

    def count(self, s: int, e: int) -> int:
        return self.prefix[e] - self.prefix[s]

    def quoted_fraction(self, parts: Sequence[tuple[int, int]]) -> tuple[int, int]:
        """(letters in ``parts``, letters of ``parts`` inside quotes)."""
        words = quoted = 0
        for s, e in parts:
            words += self.count(s, e)
            j = max(0, bisect.bisect_right(self.quotes, (s, _FAR)) - 1)
            while j < len(self.quotes) and self.quotes[j][0] < e:
                qs, qe = self.quotes[j]
                lo, hi = max(s, qs), min(e, qe)
                if hi > lo:
                    quoted += self.count(lo, hi)
                j += 1
        return words, quoted


def _kind(
    text: str,
    source: tuple[int, int] | None,
    cue: tuple[int, int] | None,
    parts: Sequence[tuple[int, int]],
    letters: _Letters,
    cue_span: SpacySpan | None,
) -> AttributionKind:
    if cue is not None:
        low = text[cue[0] : cue[1]].lower()
        if low.startswith("according"):
            return "according_to"
        if source is None and low.strip() in HEDGE_ADVERBS:
            return "hedge"
        if (
            source is not None
            and cue_span is not None
            and cue_span.root.pos_ == "NOUN"
            and (
                text[source[1] : source[1] + 2] in ("'s", "\u2019s")
                or text[source[1] - 2 : source[1]] in ("'s", "\u2019s")
            )
        ):
            return "possessive"
    if parts:
        words, quoted = letters.quoted_fraction(parts)
        if words and quoted == words:
            return "direct"
        if quoted:
            return "mixed"
    return "indirect"


def _stance(cue_span: SpacySpan | None, rule: Attribution | None) -> Stance:
    if rule is not None:
        return rule.stance
    if cue_span is None or not len(cue_span):
        return "asserts"
    root = cue_span.root
    if root.pos_ == "VERB" and disputing_object(root):
        return "disputes"  # "cast doubt on", "raised questions about"
    governs_inf = any(c.dep_ in ("xcomp",) for c in root.children)
    return stance_of(root.lemma_, governs_infinitive=governs_inf, noun=root.pos_ == "NOUN")


def _overlapping_rule(cue: tuple[int, int], rules: Sequence[Attribution]) -> Attribution | None:
    for r in rules:
        if r.cue is not None and r.cue.start < cue[1] and cue[0] < r.cue.end:
            return r
    return None


def assemble(doc: Doc, tagged: Tagged, rules: Sequence[Attribution] = ()) -> list[Attribution]:
    """Attributions from the tagger's spans over the parsed ``doc``, in text order."""
    text = doc_text(doc)
    if not text:
        return []
    sents = _Sents(doc)
    cues = sorted(set(tagged.cues))
    sources = sorted(set(tagged.sources))
    contents = list(tagged.contents)
    if doc.has_annotation("DEP"):
        others = [*cues, *sources]
        contents = [_complete(doc, parts, others) for parts in contents]
    contents = sorted(set(contents))

    quotes = quote_spans(text)
    letters = _Letters(text, quotes)

    def is_quoted(parts: Sequence[tuple[int, int]]) -> bool:
        lo = parts[0][0]
        j = bisect.bisect_right(quotes, (lo, _FAR)) - 1
        # (at offset 0 there is no character before: "" is in every string)
        return (j >= 0 and quotes[j][0] <= lo < quotes[j][1]) or (
            lo > 0 and text[lo - 1] in _QUOTE_CHARS
        )

    # Contents to their nearest cue.
    by_cue: dict[int, list[tuple[tuple[int, int], ...]]] = {i: [] for i in range(len(cues))}
    orphans: list[tuple[tuple[int, int], ...]] = []
    for parts in contents:
        best, best_d = -1, _FAR
        q = is_quoted(parts)
        for i, cue in enumerate(cues):
            d = _content_distance(cue, parts, sents, q)
            if d < best_d:
                best, best_d = i, d
        if best >= 0:
            by_cue[best].append(parts)
        elif KEEP_ORPHANS:
            orphans.append(parts)

    resolver = SpeakerResolver.of(doc)
    out: list[Attribution] = []
    roots: dict[tuple[int, int], Token] = {}
    parsed = doc.has_annotation("DEP")
    for sp in sources:
        span = doc.char_span(sp[0], sp[1], alignment_mode="expand")
        if span is not None and len(span):
            roots[sp] = span.root
    for i, cue in enumerate(cues):
        groups = by_cue[i] or [()]
        cue_sent = sents.of(cue[0])
        inside = [p for g in groups for p in g]
        cue_span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
        src = None
        best_key: tuple[int, int] = (_FAR, _FAR)
        for s in sources:
            if sents.of(s[0]) != cue_sent or any(a <= s[0] and s[1] <= b for a, b in inside):
                continue
            if s[0] < cue[1] and cue[0] < s[1]:
                continue
            edges = 0
            if parsed and cue_span is not None and len(cue_span) and s in roots:
                edges = _tree_distance(roots[s], cue_span.root)
                if edges > MAX_SOURCE_EDGES:
                    continue
            key = (edges, _gap(s, cue))
            if key < best_key:
                src, best_key = s, key
        rule = _overlapping_rule(cue, rules)
        if src is None and RULE_SOURCE_FALLBACK and rule is not None and rule.source is not None:
            src = (rule.source.start, rule.source.end)
        elif (
            src is not None
            and best_key[0] > 1
            and cue_span is not None
            and len(cue_span)
            and (own := _own_subject(cue_span.root, inside)) is not None
        ):
            # ("American officials have estimated that as many as 200,000 ... were killed, a
            # number Dmitry Peskov calls 'propaganda'": the cue's own subject, which the tagger
            # left untagged, speaks, not a source further off in the tree)
            src = own
        src = past_dateline(doc, src, cue)
        src_span = doc.char_span(src[0], src[1], alignment_mode="expand") if src else None
        if src is not None and src_span is not None and len(src_span) > 1:
            # (not a date the parse hung on the source: "On March 25 Russia's defence
            # ministry acknowledged ...": when, not who)
            k = past_leading_date(doc, src_span.start, src_span.end - 1)
            if k > src_span.start:
                src, src_span = (doc[k].idx, src[1]), doc[k : src_span.end]
        if src_span is not None and len(src_span):
            res = resolver.resolve(src_span)
            resolution, name = res.attribution_resolution, res.name
        else:
            resolution, name = "unresolved", None
        stance = _stance(cue_span, rule)
        for parts in groups:
            out.append(
                Attribution(
                    kind=_kind(text, src, cue, parts, letters, cue_span),
                    source=_span(text, *src) if src else None,
                    cue=_span(text, *cue),
                    content=tuple(_span(text, s, e) for s, e in parts),
                    stance=stance,
                    resolution=resolution,
                    resolved_name=name,
                )
            )
    for parts in orphans:
        out.append(
            Attribution(
                kind=_kind(text, None, None, parts, letters, None),
                source=None,
                cue=None,
                content=tuple(_span(text, s, e) for s, e in parts),
                stance="asserts",
                resolution="unresolved",
                resolved_name=None,
            )
        )
    out.sort(key=lambda a: (a.cue or a.content[0]).start)
    return out


MODES = ATTRIBUTION_MODES


def tag_doc(
    doc: Doc, mode: str = "auto", rules: Sequence[Attribution] | None = None
) -> tuple[list[Attribution], Tagged | None]:
    """The rules' attributions of ``doc`` (``rules`` when the caller has them) and, unless
    ``mode`` is rules or the tagger is not installed (``auto``), the tagger's spans over
    them."""
    from ..errors import ModelError
    from .attrib_tagger import load_tagger

    if mode not in MODES:
        raise ModelError(
            f"unknown attribution mode {mode!r}: use one of {', '.join(MODES)}",
            code="bad_option",
        )
    found = list(rules) if rules is not None else list(extract_attributions(doc))
    if mode == "rules" or not len(doc):
        return found, None
    tagger = load_tagger()
    if tagger is None:
        if mode == "tagger":
            raise ModelError(
                "the attribution tagger is not installed (claimledger/nlp/models/"
                "attribution_tagger with onnxruntime and tokenizers); reinstall claimledger "
                "or use --attribution rules",
                code="no_model",
            )
        return found, None
    return found, tagger.tag([doc_text(doc)], [found])[0]


def attributions(
    doc: Doc,
    mode: str = "auto",
    tagged: Tagged | None = None,
    rules: Sequence[Attribution] | None = None,
) -> list[Attribution]:
    """The attributions claimledger reports for ``doc``.

    ``rules``: the rule extractor alone. ``tagger``: the neural tagger over the rules (an
    error when it is not installed). ``auto`` (default): the tagger when installed, else
    the rules. ``tagged``: the tagger's spans when already computed (the cascade, the
    overlapped extractor); ``rules``: the rules' attributions when already computed.
    """
    if tagged is not None and mode != "rules":
        rules = list(rules) if rules is not None else list(extract_attributions(doc))
    else:
        rules, tagged = tag_doc(doc, mode, rules)
    if tagged is None:
        return speaker_labels(doc, cue_prepositions(doc, rules))
    found = _with_rule_hedges(assemble(doc, tagged, rules), rules)
    return speaker_labels(doc, cue_prepositions(doc, found))


# A preposition alone between a cue and its content: "accused her of", "called for".
_LINKING_PREPOSITION = re.compile(
    r"\s+(?:of|for|about|to|by|as|on|with|at|against|over|from)\s+", re.I
)


def cue_prepositions(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """A cue followed by nothing but a preposition before its content takes the preposition:
    the verb and its particle are one reporting act ("called for", "accused her of",
    "warned against", "was first reported by"), as PolNeAR's annotators mark them."""
    text = doc_text(doc)
    out = []
    for a in found:
        if a.cue is not None and a.content and a.cue.end < a.content[0].start:
            gap = text[a.cue.end : a.content[0].start]
            if _LINKING_PREPOSITION.fullmatch(gap):
                end = a.cue.end + len(gap.rstrip())
                a = replace(a, cue=Span.of(text, a.cue.start, end))
        out.append(a)
    return out


# A speaker label: at a line's start (past an opening quote), one to four words and a colon.
_LABEL = re.compile(
    r"(?m)^[ \t]*[\"\u201c]?(?P<name>[^\W\d_][\w.\u2019'-]*(?:[ \t]+[\w.\u2019'-]+){0,3})"
    r"[ \t]*:[ \t]+(?=\S)"
)
# Labels that introduce no one's words: furniture of a page or a rubric, or an alert's
# flag ("JUST IN:", "FLASH:", "DEVELOPING:").
_NOT_SPEAKERS = words(
    """note update updated photo photos picture image video watch read related source sources
    credit credits editor correction clarification disclaimer transcript summary timeline
    factbox explainer analysis opinion editorial review live breaking exclusive warning q a
    caption tags tag subscribe advertisement share listen follow see also more contact email
    byline dateline stat week details quote quotes background context highlights just flash
    newsflash alert urgent developing latest recap"""
)
_NOT_SPEAKER_LABELS = frozenset(("GPE", "LOC", "DATE", "TIME", "FAC", "CARDINAL"))
_NAMED = ("PERSON", "ORG")


def speaker_labels(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """Add the attributions of lines that open with a speaker's name and a colon.

    The name must end on a person or organisation the parser names ("Pat Caddell:", "NY
    Post:"), or be in capitals as a transcript writes its speakers, in a text with two such
    turns or more, or named elsewhere in it ("TAPPER:", resolved to the fullest name given:
    "Jake Tapper"); not a place or a date (a dateline), not page furniture ("Editor's
    Note:", "Update:"); the line must say at least three words after it, not open with a
    figure (a tally "Clinton: 2,316"). A label already inside a found source or content adds
    nothing.
    """
    text = doc_text(doc)
    labels = [c for m in _LABEL.finditer(text) if (c := _label(doc, text, m)) is not None]
    if not labels:
        return found
    # a transcript: two or more lines open on a name in capitals
    caps_turns = sum(caps for *_, caps in labels)
    out: list[Attribution] = []
    for s, e, c0, c1, caps in labels:
        name = text[s:e]
        resolved: str | None = None
        how = "explicit"
        if caps:
            # "TAPPER:" is Tapper, or the fullest name the text gives him ("Jake Tapper")
            title = re.compile(rf"\b{re.escape(name.title())}\b")
            fuller = [x.text for x in doc.ents if x.label_ in _NAMED and title.search(x.text)]
            resolved = max(fuller, key=len) if fuller else name.title()
            how = "earlier_mention" if fuller else "explicit"
            if caps_turns < 2 and not fuller and not title.search(text):
                continue
        if any(
            (a.source is not None and a.source.start < e and s < a.source.end)
            or any(c.start < e and s < c.end for c in a.content)
            for a in found
        ):
            continue
        out.append(
            Attribution(
                "direct",
                Span.of(text, s, e),
                None,
                (Span.of(text, c0, c1),),
                resolution=how,
                resolved_name=resolved,
            )
        )
    if not out:
        return found
    return sorted([*found, *out], key=_start)


def _label(doc: Doc, text: str, m: re.Match[str]) -> tuple[int, int, int, int, bool] | None:
    """A speaker label's (name start, name end, content start, content end, in capitals),
    or None when the words before the colon cannot name a speaker."""
    s, e = m.span("name")
    if any(w.lower().strip(".\u2019'") in _NOT_SPEAKERS for w in m.group("name").split()):
        return None
    span = doc.char_span(s, e, alignment_mode="contract")
    if span is None or not 0 < len(span) <= 4:
        return None
    words = [t for t in span if t.is_alpha]
    if not words or not all(t.text[0].isupper() for t in words):
        return None
    if any(t.ent_type_ in _NOT_SPEAKER_LABELS for t in span):
        return None
    caps = all(t.text.isupper() and len(t.text) > 1 for t in words)
    if not caps and span[-1].ent_type_ not in _NAMED:
        return None
    c0 = m.end()
    nl = text.find("\n", c0)
    c1 = len(text[: nl if nl >= 0 else len(text)].rstrip())
    if len(text[c0:c1].split()) < 3 or text[c0].isdigit():
        return None
    return s, e, c0, c1, caps


def _start(a: Attribution) -> int:
    first = a.cue or a.source or (a.content[0] if a.content else None)
    return first.start if first is not None else 0


def _with_rule_hedges(found: list[Attribution], rules: Sequence[Attribution]) -> list[Attribution]:
    """Add the rules' source-less hedges ("reportedly") that the tagger did not mark."""
    extra = [
        r
        for r in rules
        if r.kind == "hedge"
        and r.cue is not None
        and not any(
            a.cue is not None and a.cue.start < r.cue.end and r.cue.start < a.cue.end for a in found
        )
    ]
    if not extra:
        return found
    return sorted(found + extra, key=_start)
