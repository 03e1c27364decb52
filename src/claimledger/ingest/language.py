"""The language of an article's text, guessed at ingest so each record names its pipeline."""

from __future__ import annotations

__all__ = ["detect_language"]


def detect_language(text: str) -> str:
    """A cheap script-based guess: Cyrillic-dominated text is Russian, everything else English.

    Good enough to route between the pipelines we ship; a caller that knows the language
    passes it explicitly.
    """
    sample = text[:2000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return "en"
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    return "ru" if cyr / len(letters) > 0.5 else "en"
