"""Floors on the field-news set (40 real articles with gold claims, frames and verdicts),
scored with the set's own scorer through ``claimledger eval fieldnews`` (model and data tier;
skips without ``../shared/data``)."""

from __future__ import annotations

from pathlib import Path

import pytest

# Measured at stop 23: verdict precision 100.0%, coverage 85.9%, claimer (strict) 97.1%,
# claims P 94.7% / R 98.3%. Floors sit a margin below: a verdict is one of about 160
# checked, 0.6 points each; a claim one of about 350.
FLOORS = {
    "verdict precision": 0.97,
    "verdict coverage": 0.80,
    "claimer strict": 0.95,
    "claim precision": 0.92,
    "claim recall": 0.96,
}


@pytest.mark.model
@pytest.mark.data
def test_fieldnews_verdicts_and_claimers_hold_their_floors(shared_data: Path, tmp_path: Path):
    from claimledger.evaluate.fieldnews import evaluate
    from claimledger.settings import Settings

    rep = evaluate(shared_data / "fieldnews", Settings(db=str(tmp_path / "unused.db")))
    verdicts = next(r for r in rep.rows if r.name.startswith("verdicts"))
    claims = next(r for r in rep.rows if r.name == "claims")
    got = {
        "verdict precision": verdicts.precision,
        "verdict coverage": verdicts.recall,
        "claimer strict": rep.extra["claimer_strict"],
        "claim precision": claims.precision,
        "claim recall": claims.recall,
    }
    for name, floor in FLOORS.items():
        assert got[name] >= floor, (name, got[name])
