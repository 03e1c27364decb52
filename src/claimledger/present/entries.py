"""A claim's and an article's entry: the dicts that `claims --json`, `articles --json` and
the web's ``.json`` pages all print, built in one place."""

from __future__ import annotations

from typing import Any

from ..models import Article, Quantity
from ..store import ClaimRow
from .words import bounds_text


def quantity_entry(q: Quantity) -> dict[str, Any]:
    """A quantity's record with its bound in words (``bounds``)."""
    d = q.to_dict()
    d["bounds"] = bounds_text(q.value, q.low, q.high, q.change, q.unit)
    return d


def claim_entry(row: ClaimRow, verdicts: list[str] | None = None) -> dict[str, Any]:
    """A stored claim with its quantities (bounds in words), the attribution's cue and kind,
    and the labels of its verdicts."""
    d = row.to_dict()
    d["quantities"] = [quantity_entry(q) for q in row.quantities]
    a = row.attribution
    d["cue"] = a.cue.text if a and a.cue else None
    d["attribution_kind"] = a.kind if a else None
    d["verdicts"] = verdicts or []
    return d


def article_summary(a: Article) -> dict[str, Any]:
    """An article's metadata (no text)."""
    return {
        "id": a.id,
        "title": a.title,
        "date": a.date,
        "source": a.source,
        "url": a.url,
        "language": a.language,
        "hash": a.hash,
    }


EXCERPT = 200


def article_entry(a: Article, main: ClaimRow | None = None) -> dict[str, Any]:
    """An article as the article lists show it: metadata, the text's start, its main claim."""
    return {
        **article_summary(a),
        "excerpt": a.text[:EXCERPT],
        "main_claim": claim_entry(main) if main is not None else None,
    }
