"""Frozen records that every stage passes around.

Offsets are Python string offsets into ``Article.text``; ``Span.text`` always equals
``article.text[span.start:span.end]``. Nothing here imports spaCy or any other stage.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Change = Literal["=", "~", ">", "<", ">=", "<=", "up", "down"]
AttributionKind = Literal["direct", "indirect", "mixed", "according_to", "possessive", "hedge"]
Stance = Literal["asserts", "denies", "admits", "disputes", "promises", "orders", "questions"]
VerdictLabel = Literal["consistent", "inconsistent", "stale", "ambiguous", "unverifiable"]

CHANGES: tuple[str, ...] = ("=", "~", ">", "<", ">=", "<=", "up", "down")
ATTRIBUTION_KINDS: tuple[str, ...] = (
    "direct",
    "indirect",
    "mixed",
    "according_to",
    "possessive",
    "hedge",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of article text: ``text == article_text[start:end]``."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Span | None:
        if d is None:
            return None
        return cls(int(d["start"]), int(d["end"]), str(d["text"]))


def content_hash(text: str) -> str:
    """The identity of an article's body: sha256 of its whitespace-normalised text."""
    norm = " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as ingested. ``id`` is the caller's or derived from the hash."""

    id: str
    text: str
    date: str | None = None  # YYYY-MM-DD
    title: str | None = None
    url: str | None = None
    source: str | None = None  # outlet
    language: str = "en"
    origin: str | None = None  # file path / record locator it came from
    hash: str = ""

    def __post_init__(self) -> None:
        if not self.hash:
            object.__setattr__(self, "hash", content_hash(self.text))


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "label": self.label}


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in the text with its bound, unit and the concept it counts.

    For a range ``value`` is None and ``low``/``high`` hold the ends; for "over 13,000"
    value=13000, low=13000, change=">".
    """

    start: int
    end: int
    text: str
    value: float | None
    low: float | None = None
    high: float | None = None
    change: Change = "="
    unit: str | None = None
    unit_span: Span | None = None
    concept: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "change": self.change,
            "unit": self.unit,
            "unit_span": self.unit_span.to_dict() if self.unit_span else None,
            "concept": self.concept.to_dict() if self.concept else None,
        }


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who (source) says (cue) what (content). ``hedge`` has no source."""

    kind: AttributionKind
    source: Span | None
    cue: Span | None
    content: tuple[Span, ...] = ()
    stance: Stance = "asserts"
    # How the source was resolved when it is a pronoun or a description:
    # "explicit", "pronoun", "description", "unresolved"; resolved_name is the named source.
    resolution: str = "explicit"
    resolved_name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": [c.to_dict() for c in self.content],
            "stance": self.stance,
            "resolution": self.resolution,
            "resolved_name": self.resolved_name,
        }


@dataclass(frozen=True, slots=True)
class Claim:
    """A check-worthy statement tied to its claimer, quantities and as-of date."""

    start: int
    end: int
    text: str
    claimer: Span | None
    claimer_name: str | None
    hedged: bool
    attribution: int | None  # index into Extraction.attributions
    quantities: tuple[int, ...]  # indices into Extraction.quantities
    as_of: str | None
    score: float
    stance: Stance = "asserts"

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "claimer": self.claimer.to_dict() if self.claimer else None,
            "claimer_name": self.claimer_name,
            "hedged": self.hedged,
            "attribution": self.attribution,
            "quantities": list(self.quantities),
            "as_of": self.as_of,
            "score": self.score,
            "stance": self.stance,
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    claims: tuple[Claim, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The stable ``extract --format jsonl`` record."""
        return {
            "id": self.article.id,
            "text": self.article.text,
            "date": self.article.date,
            "entities": [e.to_dict() for e in self.entities],
            "quantities": [q.to_dict() for q in self.quantities],
            "attributions": [a.to_dict() for a in self.attributions],
            "claims": [c.to_dict() for c in self.claims],
        }


@dataclass(frozen=True, slots=True)
class Skipped:
    """A bad input record: where it came from, a stable code and a message saying the fix."""

    source: str
    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Evidence:
    series: str
    date: str
    value: float
    unit: str | None = None
    qualifier: str | None = None


@dataclass(frozen=True, slots=True)
class Verdict:
    claim_id: int
    quantity_index: int
    label: VerdictLabel
    explanation: str
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
    notes: tuple[str, ...] = field(default_factory=tuple)
