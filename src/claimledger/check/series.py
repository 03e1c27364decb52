"""Reference series: dated values that a user trusts, with who publishes them and what they count.

A series is one measure (``personnel``, ``tank``, ...) of one subject's losses (``russia``),
published by someone (the General Staff of Ukraine, Oryx). Its ``basis`` says how far a match
goes: an ``official_claim`` only shows that a claim repeats the publisher's own figure; an
``independent_lower_bound`` (Oryx) only shows the true count is at least that high.
"""

from __future__ import annotations

import bisect
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Literal

Basis = Literal["official_claim", "independent_lower_bound", "independent_estimate", "other"]
BASES: tuple[str, ...] = (
    "official_claim",
    "independent_lower_bound",
    "independent_estimate",
    "other",
)


@dataclass(frozen=True, slots=True)
class Point:
    """One dated value. ``qualifier`` is the publisher's own ("about", "more")."""

    date: str  # YYYY-MM-DD
    value: float
    qualifier: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "value": self.value, "qualifier": self.qualifier}


@dataclass(frozen=True, slots=True)
class Series:
    """A reference series with its provenance and its points in date order."""

    id: str
    name: str
    publisher: str
    measure: str
    subject: str | None = None  # whose losses: "russia", "ukraine", or None
    unit: str | None = None
    definition: str = ""
    basis: Basis = "other"
    publisher_aliases: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    source: str | None = None
    licence: str | None = None
    points: tuple[Point, ...] = field(default=(), repr=False)
    # The stored version (checksum) and import time, when read from a ledger.
    version: str | None = field(default=None, compare=False)
    imported_at: str | None = field(default=None, compare=False)
    # The points' dates, for bisecting (derived, not part of equality).
    dates: tuple[str, ...] = field(init=False, repr=False, compare=False, default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "dates", tuple(p.date for p in self.points))

    @property
    def checksum(self) -> str:
        """Identity of the content, so that re-importing the same series is a no-op."""
        h = hashlib.sha256(
            json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False).encode("utf-8")
        )
        h.update("\n".join(f"{p.date},{p.value!r},{p.qualifier}" for p in self.points).encode())
        return h.hexdigest()[:16]

    def to_dict(self, points: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "publisher": self.publisher,
            "measure": self.measure,
            "subject": self.subject,
            "unit": self.unit,
            "definition": self.definition,
            "basis": self.basis,
            "publisher_aliases": list(self.publisher_aliases),
            "aliases": list(self.aliases),
            "source": self.source,
            "licence": self.licence,
            "n_points": len(self.points),
            "first": self.points[0].date if self.points else None,
            "last": self.points[-1].date if self.points else None,
        }
        if points:
            d["points"] = [[p.date, p.value, p.qualifier] for p in self.points]
        return d

    # -- reading values -------------------------------------------------------------------
    def at(self, date: str) -> Point | None:
        """The latest point on or before ``date`` (the value as known on that day)."""
        i = bisect.bisect_right(self.dates, date)
        return self.points[i - 1] if i else None

    def after(self, date: str) -> Point | None:
        """The first point after ``date`` (for series with gaps between snapshots)."""
        i = bisect.bisect_right(self.dates, date)
        return self.points[i] if i < len(self.dates) else None

    def until(self, date: str) -> tuple[Point, ...]:
        return self.points[: bisect.bisect_right(self.dates, date)]

    def on(self, date: str) -> Point | None:
        """The point dated exactly ``date``, if any."""
        i = bisect.bisect_left(self.dates, date)
        return self.points[i] if i < len(self.dates) and self.dates[i] == date else None


def series_from_dict(d: dict[str, Any]) -> Series:
    """The inverse of ``Series.to_dict(points=True)`` (the compact bundled form)."""
    pts = tuple(
        Point(str(p[0]), float(p[1]), (p[2] if len(p) > 2 else None) or None)
        for p in d.get("points", [])
    )
    basis = d.get("basis") or "other"
    return Series(
        id=str(d["id"]),
        name=str(d.get("name") or d["id"]),
        publisher=str(d.get("publisher") or ""),
        measure=str(d["measure"]),
        subject=d.get("subject") or None,
        unit=d.get("unit") or None,
        definition=str(d.get("definition") or ""),
        basis=basis if basis in BASES else "other",  # type: ignore[arg-type]
        publisher_aliases=tuple(d.get("publisher_aliases") or ()),
        aliases=tuple(d.get("aliases") or ()),
        source=d.get("source") or None,
        licence=d.get("licence") or None,
        points=tuple(sorted(pts, key=lambda p: p.date)),
        version=d.get("version") or None,
        imported_at=d.get("imported_at") or None,
    )
