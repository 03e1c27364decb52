"""Where extraction runs: this process, local worker processes, or a Ray cluster.

:func:`run` is the batch ingest behind ``claimledger add``: streaming readers, exact and
near-duplicate detection, ordered extraction on the chosen engine, and a single writer
that commits records together with resumable per-file checkpoints.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path

from ..ingest.base import ByteTracker
from .progress import Progress
from .runner import RunOptions, RunResult, add_articles, run

__all__ = [
    "ByteTracker",
    "Progress",
    "RunOptions",
    "RunResult",
    "add_articles",
    "run",
    "total_bytes",
]


def total_bytes(paths: Iterable[str | Path]) -> int:
    """Bytes of all input files under ``paths`` (0 when stdin is among them: unknown)."""
    total = 0
    for p in paths:
        if str(p) == "-":
            return 0
        path = Path(p)
        if path.is_dir():
            for root, _dirs, files in os.walk(path):
                for f in files:
                    with contextlib.suppress(OSError):
                        total += os.path.getsize(os.path.join(root, f))
        elif path.is_file():
            total += path.stat().st_size
    return total
