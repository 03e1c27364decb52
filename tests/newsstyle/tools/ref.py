"""Look up the bundled reference series: the only values the checker reads figures against.

An annotator gets this file (and, when they may not open the project, the two series files
beside it: ``cp src/claimledger/data/reference/*.json.gz DIR/``) and labels by it:

    python3 ref.py list                       the series ids, measures and date ranges
    python3 ref.py day DATE                   every series' value on DATE (YYYY-MM-DD)
    python3 ref.py get SERIES_ID DATE [DATE2] its value on DATE (and DATE2, and the rise)

Each General Staff value is the cumulative count in its report published on that morning
(the report of 2023-05-10 counts losses through 2023-05-09). Oryx values are dated by the
snapshot of its list. Standard library only, so it runs anywhere.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

_FILES = ("ua-general-staff.json.gz", "oryx.json.gz")
_PACKAGE = Path(__file__).resolve().parents[3] / "src" / "claimledger" / "data" / "reference"


def load() -> dict[str, dict]:
    """Every series by id, from the files beside this script, else the package's."""
    here = Path(__file__).resolve().parent
    base = here if all((here / f).exists() for f in _FILES) else _PACKAGE
    series: dict[str, dict] = {}
    for name in _FILES:
        with gzip.open(base / name, "rt", encoding="utf-8") as fh:
            for s in json.load(fh)["series"]:
                series[s["id"]] = s
    return series


def value(series: dict, day: str) -> list | None:
    """The last point on or before ``day``."""
    best = None
    for point in series["points"]:
        if point[0] > day:
            break
        best = point
    return best


def main(argv: list[str]) -> int:
    series = load()
    cmd = argv[0] if argv else "list"
    if cmd == "list":
        for k, s in series.items():
            print(k, "|", s["measure"], "|", s["subject"], "|", s["first"], "to", s["last"])
    elif cmd == "day" and len(argv) == 2:
        for k, s in series.items():
            p = value(s, argv[1])
            dated = p is not None and (p[0] == argv[1] or k.startswith("oryx"))
            print(k, p if dated else f"(no report on {argv[1]}; last {p})")
    elif cmd == "get" and len(argv) in (3, 4) and argv[1] in series:
        p = value(series[argv[1]], argv[2])
        print(argv[2], p)
        if len(argv) == 4:
            q = value(series[argv[1]], argv[3])
            print(argv[3], q)
            if p is not None and q is not None:
                print("difference", q[1] - p[1])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
