"""Frozen records that every stage passes around.

Offsets are Python string offsets into ``Article.text``; ``Span.text`` always equals
``article.text[span.start:span.end]``. Nothing here imports spaCy or any other stage.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, Protocol, get_args

Change = Literal["=", "~", ">", "<", ">=", "<=", "up", "down"]
AttributionKind = Literal["direct", "indirect", "mixed", "according_to", "possessive", "hedge"]
Stance = Literal["asserts", "denies", "admits", "disputes", "promises", "orders", "questions"]
VerdictLabel = Literal[
    "consistent", "inconsistent", "compatible", "stale", "ambiguous", "unverifiable"
]
# How a figure aggregates: since a start (the war's, unless ``since`` says otherwise), over a
# stated period, a holding at a moment, a rate or average, or none of these.
Aggregation = Literal["cumulative", "period", "stock", "rate", "other"]
# Who a claimer is, and how the ledger found the name it files the claim under.
ClaimerKind = Literal["person", "organisation", "government", "outlet", "unattributed"]
ClaimerResolution = Literal["explicit", "pronoun", "role", "earlier_mention", "implicit", "none"]

# Which attribution extractor runs, and the orders of the claim listing (CLI, web, store).
AttributionMode = Literal["auto", "tagger", "rules"]
ClaimOrder = Literal["score", "date", "id"]

CHANGES: tuple[str, ...] = ("=", "~", ">", "<", ">=", "<=", "up", "down")
ATTRIBUTION_MODES: tuple[AttributionMode, ...] = get_args(AttributionMode)
CLAIM_ORDERS: tuple[ClaimOrder, ...] = get_args(ClaimOrder)
STANCES: tuple[Stance, ...] = get_args(Stance)
VERDICT_LABELS: tuple[VerdictLabel, ...] = get_args(VerdictLabel)
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


def json_line(obj: Any) -> str:
    """``obj`` as one line of JSON Lines (no newline), with U+2028 and U+2029 escaped:
    JSON allows them raw inside strings, but line splitters (Python's ``splitlines``,
    JavaScript) take them for line ends and would cut a record in two."""
    line = json.dumps(obj, ensure_ascii=False)
    return line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


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


def _span_dict(span: Span | None) -> dict[str, Any] | None:
    return span.to_dict() if span is not None else None


@dataclass(frozen=True, slots=True)
class Frame:
    """What a figure is about, read from its sentence: whose thing is counted, which event
    and measure, how it aggregates, the date it refers to and its bound.

    ``measure`` is normalised: a reference series' measure key where one fits
    (``personnel``, ``tank``, ...), otherwise a short snake_case noun (``killed``,
    ``unemployment_rate``). Each ``*_span`` is where the field was read in the article.
    """

    party: str | None = None  # whose: "russia", "ukraine", "us", "cisco", ...
    party_span: Span | None = None
    event: str | None = None  # killed, wounded, captured, destroyed, lost, evacuated, ...
    event_span: Span | None = None
    measure: str | None = None
    measure_span: Span | None = None
    # A restriction that makes the figure a part of what a series counts: a region
    # ("southern Ukraine"), a subgroup ("officers"), a kind of loss ("destroyed" for Oryx).
    part: str | None = None
    part_span: Span | None = None
    # Whose figure it is when the sentence names a source for it besides its claimer ("the
    # General Staff's count stood at 3,363 and Oryx's at 1,772", "162 confirmed by Oryx").
    source: str | None = None
    source_span: Span | None = None
    aggregation: Aggregation = "other"
    period_days: int | None = None
    period_start: str | None = None  # the first and last day a period figure covers
    period_end: str | None = None
    since: str | None = None  # the start of a cumulative count when the text gives one
    period_span: Span | None = None
    as_of: str | None = None  # YYYY-MM-DD the figure refers to
    as_of_span: Span | None = None
    bound: Change = "="
    # A forecast: the time the figure is given for lies after the article ("could reach one
    # million by the summer"); no report can have given it, so no series checks it.
    prediction: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "party": self.party,
            "party_span": _span_dict(self.party_span),
            "event": self.event,
            "event_span": _span_dict(self.event_span),
            "measure": self.measure,
            "measure_span": _span_dict(self.measure_span),
            "part": self.part,
            "part_span": _span_dict(self.part_span),
            "source": self.source,
            "source_span": _span_dict(self.source_span),
            "aggregation": self.aggregation,
            "period_days": self.period_days,
            "period_start": self.period_start,
            "period_end": self.period_end,
            "since": self.since,
            "period_span": _span_dict(self.period_span),
            "as_of": self.as_of,
            "as_of_span": _span_dict(self.as_of_span),
            "bound": self.bound,
            "prediction": self.prediction,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Frame | None:
        if d is None:
            return None
        fields: dict[str, Any] = {k: d.get(k) for k in _FRAME_PLAIN if k in d}
        fields["prediction"] = bool(fields.get("prediction"))
        fields.update({k: Span.from_dict(d.get(k)) for k in _FRAME_SPANS})
        return cls(**fields)


_FRAME_SPANS = (
    "party_span",
    "event_span",
    "measure_span",
    "part_span",
    "source_span",
    "period_span",
    "as_of_span",
)
_FRAME_PLAIN = tuple(k for k in Frame.__dataclass_fields__ if k not in _FRAME_SPANS)


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
    frame: Frame | None = None  # set once the quantity's claim is known

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
            "unit_span": _span_dict(self.unit_span),
            "concept": _span_dict(self.concept),
            "frame": self.frame.to_dict() if self.frame else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quantity:
        return cls(
            start=int(d["start"]),
            end=int(d["end"]),
            text=str(d["text"]),
            value=d.get("value"),
            low=d.get("low"),
            high=d.get("high"),
            change=d.get("change") or "=",
            unit=d.get("unit"),
            unit_span=Span.from_dict(d.get("unit_span")),
            concept=Span.from_dict(d.get("concept")),
            frame=Frame.from_dict(d.get("frame")),
        )


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
    # The claimer as a party: what kind it is and how its name was found (``claimer_name``
    # is the canonical name; ``claimer`` the words in the text).
    claimer_kind: ClaimerKind | None = None
    claimer_resolution: ClaimerResolution | None = None
    claimer_party: str | None = None  # the side it speaks for ("ukraine"), for filtering
    stance_cue: Span | None = None  # the word that decides the stance
    hedge: Span | None = None  # the word that marks the claim as uncertain
    main: bool = False  # the article's main claim

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "claimer": _span_dict(self.claimer),
            "claimer_name": self.claimer_name,
            "claimer_kind": self.claimer_kind,
            "claimer_resolution": self.claimer_resolution,
            "claimer_party": self.claimer_party,
            "hedged": self.hedged,
            "hedge": _span_dict(self.hedge),
            "attribution": self.attribution,
            "quantities": list(self.quantities),
            "as_of": self.as_of,
            "score": self.score,
            "stance": self.stance,
            "stance_cue": _span_dict(self.stance_cue),
            "main": self.main,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        return cls(
            start=int(d["start"]),
            end=int(d["end"]),
            text=str(d["text"]),
            claimer=Span.from_dict(d.get("claimer")),
            claimer_name=d.get("claimer_name"),
            hedged=bool(d.get("hedged")),
            attribution=d.get("attribution"),
            quantities=tuple(d.get("quantities") or ()),
            as_of=d.get("as_of"),
            score=float(d.get("score") or 0.0),
            stance=d.get("stance") or "asserts",
            claimer_kind=d.get("claimer_kind"),
            claimer_resolution=d.get("claimer_resolution"),
            claimer_party=d.get("claimer_party"),
            stance_cue=Span.from_dict(d.get("stance_cue")),
            hedge=Span.from_dict(d.get("hedge")),
            main=bool(d.get("main")),
        )


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    claims: tuple[Claim, ...] = ()
    # What extraction did to keep its cost bounded (a long text truncated, a run without
    # sentence ends split), one "code: explanation" line each; empty for ordinary news.
    notes: tuple[str, ...] = ()

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
            "notes": list(self.notes),
        }


MESSAGE_CHARS = 1000
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")


def printable(text: object, limit: int = MESSAGE_CHARS) -> str:
    """``text`` as one line any store and terminal accept: line breaks become spaces, NUL,
    other control characters and lone surrogates are escaped, and it is cut to ``limit``."""
    s = text if isinstance(text, str) else str(text)
    if len(s) > 4 * limit:
        s = s[: 4 * limit]
    s = s.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    s = _UNPRINTABLE.sub(lambda m: m[0].encode("unicode_escape").decode("ascii"), s)
    s = s.replace("\u2028", " ").replace("\u2029", " ")
    return s if len(s) <= limit else s[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class Skipped:
    """A bad input record: where it came from, a stable code and a message saying the fix."""

    source: str
    code: str
    message: str

    def __post_init__(self) -> None:
        # A message may quote the bad input: keep it one printable, storable line (no NUL,
        # no lone surrogate, no line break) of bounded length, whatever the record held.
        object.__setattr__(self, "source", printable(self.source, 1000))
        object.__setattr__(self, "code", printable(self.code, 100))
        object.__setattr__(self, "message", printable(self.message, MESSAGE_CHARS))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Evidence:
    """A reference value a verdict rests on, pinned to the series version it was read from.

    For a period figure the value is the series' change from ``from_date`` to ``date``.
    """

    series: str
    date: str
    value: float
    unit: str | None = None
    qualifier: str | None = None
    from_date: str | None = None
    from_value: float | None = None
    version: str | None = None  # the series' checksum when the verdict was made
    imported_at: str | None = None  # when that version was imported

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        return cls(
            series=str(d["series"]),
            date=str(d["date"]),
            value=float(d["value"]),
            unit=d.get("unit"),
            qualifier=d.get("qualifier"),
            from_date=d.get("from_date"),
            from_value=d.get("from_value"),
            version=d.get("version"),
            imported_at=d.get("imported_at"),
        )


@dataclass(frozen=True, slots=True)
class Verdict:
    claim_id: int
    quantity_index: int
    label: VerdictLabel
    explanation: str
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
    notes: tuple[str, ...] = field(default_factory=tuple)


class ExtractorLike(Protocol):
    """What the ledger and the batch engines need of an extractor (``nlp.extract.Extractor``,
    the cascade, or a test double): extraction in input order, with unsupported languages
    reported as ``Skipped``."""

    def supports(self, language: str) -> bool: ...

    def unsupported(self, article: Article) -> Skipped: ...

    def extract_one(self, article: Article) -> Extraction: ...

    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction | Skipped]: ...
