"""Made-up news articles in the styles of the outlets that report the war's losses.

Written at stop 23 to find wrong verdicts on text nobody tuned on: wire anniversaries, daily
General Staff updates, weekly and monthly tallies, an air force's overnight count, a navy's
claim, British intelligence updates, Oryx, a Russian ministry's claims, a key-events list,
and general news. Their figures are the bundled series' real values on the article date,
except a few written wrong on purpose (``expected.json`` names them). No text is copied from
any outlet.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def articles() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (HERE / "articles.jsonl").read_text().splitlines() if line]


def expected() -> dict[str, str]:
    verdicts: dict[str, str] = json.loads((HERE / "expected.json").read_text())["verdicts"]
    return verdicts
