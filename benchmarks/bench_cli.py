"""Start-up cost of the command line: `claimledger --help` against a bare interpreter.

    python benchmarks/bench_cli.py [--rounds N]

Runs each command N times as a fresh process (best of N) and prints seconds and the ratio
to `python -c pass` and to `python -c "import click"` in the same run; asserts nothing.
The target (issue 13) is --help under 0.3 s: the CLI imports no NLP, checker or web module
until a command needs it (tests/test_cli_help.py checks which modules load).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path


def best(cmd: list[str], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=7)
    args = ap.parse_args()
    here = Path(sys.executable).parent / "claimledger"
    cl = str(here) if here.exists() else (shutil.which("claimledger") or "claimledger")
    rows = {
        "python -c pass": best([sys.executable, "-c", "pass"], args.rounds),
        "python -c 'import click'": best([sys.executable, "-c", "import click"], args.rounds),
        "claimledger --help": best([cl, "--help"], args.rounds),
        "claimledger claims --help": best([cl, "claims", "--help"], args.rounds),
    }
    base = rows["python -c pass"]
    for name, t in rows.items():
        print(f"{name:28s} {t:6.3f} s  {t / base:5.1f} x bare python")


if __name__ == "__main__":
    main()
