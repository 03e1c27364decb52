"""Progress on a terminal: records done, rate and ETA, redrawn on one stderr line."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["Progress"]


def _clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


class Progress:
    """Draws ``N articles, R/s, P% of B bytes, ETA`` at most ``every`` seconds.

    ``position`` returns the bytes read so far over ``total`` input bytes (0: unknown), which
    drives the percentage and the ETA.
    """

    def __init__(
        self,
        total: int = 0,
        position: Callable[[], int] | None = None,
        stream: TextIO | None = None,
        every: float = 0.5,
    ) -> None:
        self.total = total
        self.position = position or (lambda: 0)
        self.stream = stream or sys.stderr
        self.every = every
        self.start = time.monotonic()
        self._last = 0.0
        self.done = 0

    def update(self, done: int, *, force: bool = False) -> None:
        self.done = done
        now = time.monotonic()
        if not force and now - self._last < self.every:
            return
        self._last = now
        elapsed = max(now - self.start, 1e-9)
        line = f"{done:,} records  {done / elapsed:,.1f}/s  {_clock(elapsed)}"
        if self.total:
            pos = min(self.position(), self.total)
            frac = pos / self.total
            line += f"  {frac:6.1%}"
            if 0 < frac < 1:
                line += f"  ETA {_clock(elapsed * (1 - frac) / frac)}"
        self.stream.write("\r" + line + "\033[K")
        self.stream.flush()

    def close(self) -> None:
        self.update(self.done, force=True)
        self.stream.write("\n")
        self.stream.flush()
