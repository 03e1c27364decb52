"""Quantities on news sentences nobody here wrote (model tier): 5,800 sentences made up and
labelled by independent annotators by NewsQuant's conventions (tests/quantstyle), scored
with NewsQuant's scorer. First run, before each round was read, value / +unit / +change /
+concept F1: round 1 97.2 / 95.5 / 94.0 / 81.7; round 2 (with round 1's fixes) 97.5 / 95.3 /
95.0 / 78.8; round 3 (with both) 98.7 / 97.0 / 95.3 / 78.3; round 4 (written at the end, not
read for fixes) 97.9 / 95.5 / 94.8 / 78.6; stop 28's rounds 5 and 6 99.0 / 97.4 / 95.5 / 84.9
and 98.6 / 96.7 / 94.3 / 78.1, and its round 7 (written at the end, not read for fixes) 97.6 /
95.9 / 95.2 / 76.2; stop 29's round 8 95.2 / 93.9 / 92.0 / 77.3, and its rounds 9 and 10 (not
read for fixes) 99.6 / 98.2 / 97.0 / 84.4 and 98.1 / 95.1 / 95.3 / 82.8; stop 30's round 11
99.8 / 98.4 / 97.0 / 80.4 (RC, read) and 100.0 / 98.4 / 97.9 / 85.9 (RD, not read); stop
31's round 12 98.1 / 94.4 / 94.9 / 81.5 (RE, not read) and 98.8 / 97.3 / 96.1 / 71.8 (RF, read);
stop 46's round 13 99.5 / 97.9 / 96.9 / 78.4 (RG, not read) and 86.8 / 85.4 / 82.0 / 73.2 (RH,
read: currency signs "N", "R", "Sh"), and its round 14 97.4 / 94.7 / 93.9 / 85.3 (RI, not read);
rounds 15-26 (RJ-SF, 2,300 more sentences) are in docs/quantities.md. The floors hold the
fixes the rounds led to; all 5,800 sentences score 98.7 / 97.3 / 96.4 / 82.3 (stop 53)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger.evaluate.newsquant import evaluate

HERE = Path(__file__).parent / "quantstyle"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    rows = json.loads((HERE / "sentences.json").read_text(encoding="utf-8"))["sentences"]
    path = tmp_path_factory.mktemp("quantstyle") / "sentences.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    return {r.name: r.f1 for r in evaluate(path).rows}


@pytest.mark.model
@pytest.mark.parametrize(
    ("column", "floor"),
    [
        ("value", 0.98),
        ("value+unit", 0.965),
        ("value+change", 0.96),
        ("value+concept(partial)", 0.81),
    ],
)
def test_quantities_on_independent_sentences_hold_their_floor(report, column, floor):
    assert report[column] >= floor, (column, report[column])
