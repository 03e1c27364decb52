"""Checking claims: reference series, and verdicts of each quantified claim against them.

Library API (the CLI and the web app adapt these):

- ``load_bundled_references(store) -> int``: import the bundled General Staff and Oryx
  series; returns how many series were added or replaced (0 when already current).
- ``add_references(store, path, format="auto") -> ReferenceImport``
- ``reference_series(store, measure=None) -> list[Series]``
- ``check_claims(store, claim_ids=None) -> list[CheckResult]``: check and record verdicts.
- ``verdicts_for_claim(store, claim_id) -> list[CheckResult]``: the recorded verdicts.
- ``all_verdicts(store, label=None) -> list[CheckResult]``
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..store import ClaimQuery, ClaimRow, SQLStore
from ..store import series as series_sql
from ..store import verdicts as verdict_sql
from .compare import ABOUT_TOLERANCE, LAG_DAYS, ROUNDING_CAP, Claimed, compare
from .loaders import bundled_series, read_series
from .series import Point, Series, series_from_dict
from .verdicts import CheckResult, Comparison, check_quantity

log = logging.getLogger(__name__)

__all__ = [
    "ABOUT_TOLERANCE",
    "LAG_DAYS",
    "ROUNDING_CAP",
    "CheckResult",
    "Claimed",
    "Comparison",
    "ReferenceImport",
    "Series",
    "add_references",
    "all_verdicts",
    "check_claims",
    "compare",
    "load_bundled_references",
    "reference_series",
    "save_series",
    "verdicts_for_claim",
]

ALL = 1_000_000_000


@dataclass(slots=True)
class ReferenceImport:
    """What a ``reference add`` did: series added or replaced, and those already current."""

    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    points: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"added": self.added, "unchanged": self.unchanged, "points": self.points}


def save_series(store: SQLStore, series: Series) -> bool:
    """Store one series; False when the same content is already there."""
    record = series.to_dict()
    points = [(p.date, p.value, p.qualifier) for p in series.points]
    return series_sql.save_series(store, record, points, series.checksum)


def _import(store: SQLStore, items: Sequence[Series]) -> ReferenceImport:
    out = ReferenceImport()
    for s in items:
        if save_series(store, s):
            out.added.append(s.id)
            out.points += len(s.points)
            log.info("reference series %s: %d points", s.id, len(s.points))
        else:
            out.unchanged.append(s.id)
    return out


def load_bundled_references(store: SQLStore) -> int:
    """Import the bundled series (idempotent): the number added or replaced, 0 if current."""
    return len(_import(store, bundled_series()).added)


def add_references(store: SQLStore, path: str | Path, format: str = "auto") -> ReferenceImport:
    """Import series from a file: generic CSV/JSON, or the General Staff / Oryx raw files."""
    return _import(store, read_series(path, format))


def reference_series(
    store: SQLStore, measure: str | None = None, *, with_points: bool = True
) -> list[Series]:
    """The stored reference series (of one measure, if given)."""
    out = []
    for rec, pts in series_sql.load_series(store, measure, with_points=with_points):
        s = series_from_dict({**rec, "points": []})
        out.append(_with_points(s, tuple(Point(d, v, q) for d, v, q in pts)))
    return out


def _with_points(s: Series, points: tuple[Point, ...]) -> Series:
    from dataclasses import replace

    return replace(s, points=points)


def _claim_rows(store: SQLStore, claim_ids: Sequence[int] | None) -> list[ClaimRow]:
    ids = tuple(int(c) for c in claim_ids) if claim_ids is not None else None
    return store.claims(ClaimQuery(ids=ids, order="id", limit=ALL))


def check_claims(store: SQLStore, claim_ids: Sequence[int] | None = None) -> list[CheckResult]:
    """Check every quantity of the given (default: all) claims and record the verdicts.

    Claims without quantities get no verdict. Re-checking replaces a claim's verdicts.
    """
    series = reference_series(store)
    if not series:
        log.warning("no reference series in %s; run `claimledger reference bundled`", store.url)
    results: list[CheckResult] = []
    for row in _claim_rows(store, claim_ids):
        starts = [q.start for q in row.quantities]
        for qi in range(len(row.quantities)):
            results.append(check_quantity(row, qi, series, starts))
    if results:
        verdict_sql.save_verdicts(store, [_record(r) for r in results])
    return results


def _record(r: CheckResult) -> dict[str, Any]:
    d = r.to_dict()
    detail = {
        k: d[k]
        for k in (
            "comparisons",
            "claimer",
            "as_of",
            "quantity",
            "claimed",
            "reason",
            "aggregation",
            "period_days",
            "reading",
        )
    }
    return {**d, "detail": detail}


def _result(d: dict[str, Any]) -> CheckResult:
    return CheckResult.from_dict({**d, **(d.get("detail") or {})})


def verdicts_for_claim(store: SQLStore, claim_id: int) -> list[CheckResult]:
    """The recorded verdicts of one claim, one per quantity (empty when never checked)."""
    return [_result(d) for d in verdict_sql.load_verdicts(store, [claim_id])]


def all_verdicts(store: SQLStore, label: str | None = None) -> list[CheckResult]:
    return [_result(d) for d in verdict_sql.load_verdicts(store, None, label)]
