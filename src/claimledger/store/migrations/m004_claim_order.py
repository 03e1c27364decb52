"""An index matching the claims listing's default order (score, then id)."""

from __future__ import annotations

VERSION = 4
NAME = "claim_order"


def statements(dialect: str) -> list[str]:
    return ["CREATE INDEX claims_score_id ON claims(score DESC, id)"]
