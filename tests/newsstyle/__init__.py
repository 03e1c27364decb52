"""Made-up news articles in the styles of the outlets that report the war's losses.

Written to find wrong verdicts on text nobody tuned on: K01-Z05 by hand at stop 23, A01-I12
at stop 24 and J01-J12, L01-L12, S01-S12, T01-T12, U01-U12, O01-O12 and AP01-AX12 at stop
25, BA01-BU12 at stops 26 and 27, BV01-CD12 at stop 28, CE01-CM12 at stop 29, CN01-CS12 at
stop 30 and CT01-FN12 at stops 31 to 37 (``independent.json`` says which were held out) by
independent annotators (subagents that never saw the code), who also labelled every
figure by the field-news guidelines (``independent.json``). Wire anniversaries, daily General
Staff updates and lists, weekly, monthly and yearly tallies, an air force's overnight count,
a navy's claim, British intelligence updates, Oryx, a Russian ministry's claims and denials,
key-events lists, comparisons of estimates, fact-checks and general news. Their figures are
the bundled series' real values on the article date, except a few written wrong on purpose
(``expected.json`` and ``independent.json`` name them). No text is copied from any outlet.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def articles() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (HERE / "articles.jsonl").read_text().splitlines() if line]


def independent() -> dict[str, Any]:
    """Independent annotators' labels (see independent.json)."""
    labels: dict[str, Any] = json.loads((HERE / "independent.json").read_text())
    return labels


def expected() -> dict[str, str]:
    verdicts: dict[str, str] = json.loads((HERE / "expected.json").read_text())["verdicts"]
    return verdicts
