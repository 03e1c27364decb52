"""Checking claims: reference series, and verdicts of each quantified claim against them.

Library API (the CLI and the web app adapt these):

- ``load_bundled_references(store) -> int``: import the bundled General Staff and Oryx
  series; returns how many series were added or replaced (0 when already current).
- ``add_references(store, path, format="auto") -> ReferenceImport``
- ``reference_series(store, measure=None) -> list[Series]``
- ``check_claims(store, claim_ids=None, *, recheck=False) -> list[CheckResult]``: check and
  record verdicts; claims already checked keep their verdicts unless ``recheck``.
- ``recheck(store, claim_ids=None) -> (results, changes)``: check again, report changes.
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
    "recheck",
    "VerdictChange",
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


def check_claims(
    store: SQLStore, claim_ids: Sequence[int] | None = None, *, recheck: bool = False
) -> list[CheckResult]:
    """Check every quantity of the given (default: all) claims and record the verdicts.

    Claims without quantities get no verdict. A claim already checked keeps its recorded
    verdicts, each pinned to the versions of the series it was read against, so that
    re-importing a revised series never silently changes an old verdict; ``recheck=True``
    checks it again and replaces them (:func:`recheck` also reports what changed).
    """
    series = reference_series(store)
    if not series:
        log.warning("no reference series in %s; run `claimledger reference bundled`", store.url)
    rows = _claim_rows(store, claim_ids)
    kept: dict[int, list[CheckResult]] = {}
    if not recheck and rows:
        for d in verdict_sql.load_verdicts(store, [r.id for r in rows]):
            kept.setdefault(int(d["claim_id"]), []).append(_result(d))
    results: list[CheckResult] = []
    fresh: list[CheckResult] = []
    for row in rows:
        if row.id in kept and len(kept[row.id]) == len(row.quantities):
            results.extend(sorted(kept[row.id], key=lambda r: r.quantity_index))
            continue
        starts = [q.start for q in row.quantities]
        for qi in range(len(row.quantities)):
            r = check_quantity(row, qi, series, starts)
            results.append(r)
            fresh.append(r)
    if fresh:
        verdict_sql.save_verdicts(store, [_record(r) for r in fresh])
    return results


@dataclass(frozen=True, slots=True)
class VerdictChange:
    """A recorded verdict that a re-check changed, with the series versions behind each."""

    claim_id: int
    quantity_index: int
    before: str
    after: str
    versions_before: dict[str, str | None]
    versions_after: dict[str, str | None]

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id,
            "quantity_index": self.quantity_index,
            "before": self.before,
            "after": self.after,
            "versions_before": self.versions_before,
            "versions_after": self.versions_after,
        }


def recheck(
    store: SQLStore, claim_ids: Sequence[int] | None = None
) -> tuple[list[CheckResult], list[VerdictChange]]:
    """Check the claims again against the series as stored now; the new verdicts, and each
    recorded verdict whose label changed (with the series versions before and after)."""
    ids = [r.id for r in _claim_rows(store, claim_ids)]
    before = {
        (int(d["claim_id"]), int(d["quantity_index"])): _result(d)
        for d in verdict_sql.load_verdicts(store, ids)
    }
    results = check_claims(store, claim_ids, recheck=True)
    changes = []
    for r in results:
        old = before.get((r.claim_id, r.quantity_index))
        if old is not None and old.label != r.label:
            changes.append(
                VerdictChange(
                    r.claim_id,
                    r.quantity_index,
                    old.label,
                    r.label,
                    {e.series: e.version for e in old.evidence},
                    {e.series: e.version for e in r.evidence},
                )
            )
    return results, changes


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
