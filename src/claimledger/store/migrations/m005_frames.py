"""Claim frames: each quantity's frame, and the claimer's kind, party and resolution, the words that
decide stance and hedge, and the article's main claim."""

from __future__ import annotations

VERSION = 5
NAME = "frames"


def statements(dialect: str) -> list[str]:
    return [
        "ALTER TABLE quantities ADD COLUMN frame TEXT",
        "ALTER TABLE claims ADD COLUMN claimer_kind TEXT",
        "ALTER TABLE claims ADD COLUMN claimer_party TEXT",
        "ALTER TABLE claims ADD COLUMN claimer_resolution TEXT",
        "ALTER TABLE claims ADD COLUMN stance_cue_span TEXT",
        "ALTER TABLE claims ADD COLUMN hedge_span TEXT",
        "ALTER TABLE claims ADD COLUMN main INTEGER NOT NULL DEFAULT 0",
        "CREATE INDEX claims_claimer_party ON claims(claimer_party)",
    ]
