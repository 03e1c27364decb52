"""Cut an article's text into segments under highlight marks (the web's article page,
``claimledger show``).

Marks are quantities, attribution sources, cues and contents; they may nest (a quantity
inside a content) or overlap. The text is cut at every mark boundary, so each segment lies
wholly inside or outside each mark, and the segments joined give the text back unchanged.
Nothing here builds HTML: the template escapes every segment.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..models import Extraction, Span
from ..store import ClaimRow
from .words import bounds_text

# Which mark a click on a segment opens when marks nest: the most specific one.
PRIORITY = {"quantity": 3, "source": 2, "cue": 2, "content": 1}
KINDS = tuple(PRIORITY)


@dataclass(frozen=True, slots=True)
class Mark:
    id: str
    kind: str
    start: int
    end: int
    text: str
    detail: dict[str, Any]
    claims: tuple[int, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "detail": self.detail,
            "claims": list(self.claims),
        }


def _claim_ids_by_index(ex: Extraction, rows: Sequence[ClaimRow]) -> list[int | None]:
    """The stored id of each ``ex.claims[i]``, matched on offsets (rows come in id order)."""
    by_span = {(r.claim.start, r.claim.end): r.id for r in rows}
    return [by_span.get((c.start, c.end)) for c in ex.claims]


def marks(ex: Extraction, rows: Sequence[ClaimRow]) -> list[Mark]:
    """Every highlight of ``ex`` with what was extracted and the claims it belongs to."""
    ids = _claim_ids_by_index(ex, rows)
    by_quantity: dict[int, list[int]] = {}
    by_attribution: dict[int, list[int]] = {}
    for claim, cid in zip(ex.claims, ids, strict=True):
        if cid is None:
            continue
        for qi in claim.quantities:
            by_quantity.setdefault(qi, []).append(cid)
        if claim.attribution is not None:
            by_attribution.setdefault(claim.attribution, []).append(cid)

    def containing(start: int, end: int) -> tuple[int, ...]:
        return tuple(
            cid
            for c, cid in zip(ex.claims, ids, strict=True)
            if cid is not None and c.start <= start and end <= c.end
        )

    out: list[Mark] = []
    for i, q in enumerate(ex.quantities):
        detail = {
            "value": q.value,
            "low": q.low,
            "high": q.high,
            "change": q.change,
            "unit": q.unit,
            "concept": q.concept.text if q.concept else None,
            "bounds": bounds_text(q.value, q.low, q.high, q.change, q.unit),
        }
        claims = tuple(by_quantity.get(i, ())) or containing(q.start, q.end)
        out.append(Mark(f"q{i}", "quantity", q.start, q.end, q.text, detail, claims))
    for j, a in enumerate(ex.attributions):
        claims = tuple(by_attribution.get(j, ()))
        base = {
            "attribution": a.kind,
            "stance": a.stance,
            "source": a.source.text if a.source else None,
            "resolution": a.resolution,
            "resolved_name": a.resolved_name,
            "cue": a.cue.text if a.cue else None,
        }
        spans: list[tuple[str, str, Span]] = []
        if a.source is not None:
            spans.append((f"s{j}", "source", a.source))
        if a.cue is not None:
            spans.append((f"c{j}", "cue", a.cue))
        spans += [(f"t{j}_{k}", "content", s) for k, s in enumerate(a.content)]
        for mid, kind, span in spans:
            cl = claims or containing(span.start, span.end)
            out.append(Mark(mid, kind, span.start, span.end, span.text, base, cl))
    return [m for m in out if 0 <= m.start < m.end <= len(ex.article.text)]


def segments(text: str, ms: Iterable[Mark]) -> list[dict[str, Any]]:
    """``text`` cut at every mark boundary; each segment names the marks covering it.

    ``ref`` is the most specific covering mark (the one a click opens), ``kinds`` the
    kinds of all covering marks (for styling).
    """
    ms = list(ms)
    cuts = sorted({0, len(text), *(m.start for m in ms), *(m.end for m in ms)})
    out: list[dict[str, Any]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in ms if m.start <= a and b <= m.end]
        covering.sort(key=lambda m: (PRIORITY[m.kind], m.start - m.end))
        out.append(
            {
                "text": text[a:b],
                "start": a,
                "ref": covering[-1].id if covering else None,
                "marks": [m.id for m in covering],
                "kinds": sorted({m.kind for m in covering}, key=KINDS.index),
            }
        )
    return out
