"""Verdicts, measures and timelines from the ``check`` and ``link`` stages.

Imported lazily so the web app works (with those sections empty) on a ledger or an
install without them. Only a missing module or function degrades; any other error is
raised, so bugs stay visible.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)


def _function(module: str, name: str) -> Callable[..., Any] | None:
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name is not None and module.startswith(exc.name):
            return None
        raise
    fn = getattr(mod, name, None)
    return fn if callable(fn) else None


def _plain(value: Any) -> Any:
    """Records as dicts (``to_dict`` when they have one), recursively for lists."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def available(module: str, name: str) -> bool:
    return _function(module, name) is not None


def verdicts_for_claim(store: Any, claim_id: int) -> list[dict[str, Any]]:
    fn = _function("claimledger.check", "verdicts_for_claim")
    return list(_plain(fn(store, claim_id))) if fn else []


def resolve_measure(measure: str) -> str:
    """A measure key for a key or a word ("soldiers" -> "personnel"), when ``link`` can."""
    fn = _function("claimledger.link", "resolve_measure")
    return str(fn(measure)) if fn else measure


def reference_series(store: Any, measure: str) -> list[Any]:
    fn = _function("claimledger.check", "reference_series")
    return list(fn(store, measure)) if fn else []


def measures(store: Any) -> list[dict[str, str]]:
    """Measures worth a timeline, as ``{"key", "label"}``: those of the stored reference
    series (``check``), labelled from the measure lexicon."""
    series = _function("claimledger.check", "reference_series")
    if series is None:
        return []
    try:
        from claimledger.check.measures import MEASURES
    except ImportError:
        MEASURES = {}
    keys = sorted({s.measure for s in series(store, with_points=False) if s.measure})
    return [{"key": k, "label": MEASURES.get(k, k)} for k in keys]
