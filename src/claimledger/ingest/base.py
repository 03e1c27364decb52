"""What every reader shares: validation of the fields an Article is made from."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..models import Article
from .language import detect_language

# spaCy's default max_length; longer bodies are refused rather than silently truncated.
MAX_CHARS = 1_000_000
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_date(value: object, where: str) -> str | None:
    """A ``YYYY-MM-DD`` string, None for a missing date, or an InputError saying the fix."""
    if value is None or value == "":
        return None
    s = str(value).strip()
    if len(s) > 10 and _DATE.match(s[:10]) and s[10] in "T ":
        s = s[:10]  # an ISO timestamp: keep the day
    if not _DATE.match(s):
        raise InputError(
            f"{where}: bad date {value!r}; write it as YYYY-MM-DD (e.g. 2024-03-20)",
            code="bad_date",
        )
    try:
        date.fromisoformat(s)
    except ValueError:
        raise InputError(
            f"{where}: {s!r} is not a real calendar date; write it as YYYY-MM-DD",
            code="bad_date",
        ) from None
    return s


def make_article(
    *,
    text: object,
    where: str,
    id: object = None,
    date: object = None,
    title: object = None,
    url: object = None,
    source: object = None,
    language: object = None,
) -> Article:
    """Validate one record's fields into an Article; raises InputError naming ``where``."""
    if not isinstance(text, str):
        raise InputError(
            f"{where}: 'text' must be a string, got {type(text).__name__}; put the article body "
            'in a "text" field',
            code="bad_text",
        )
    if not text.strip():
        raise InputError(f"{where}: empty text; the record has no article body", code="empty")
    if len(text) > MAX_CHARS:
        raise InputError(
            f"{where}: text of {len(text):,} characters is over the {MAX_CHARS:,} limit; "
            "split the article into parts",
            code="too_long",
        )
    if "\x00" in text:
        raise InputError(f"{where}: text holds NUL bytes; is it a binary file?", code="binary")
    art = Article(
        id="",
        text=text,
        date=check_date(date, where),
        title=str(title) if title not in (None, "") else None,
        url=str(url) if url not in (None, "") else None,
        source=str(source) if source not in (None, "") else None,
        language=str(language) if language else detect_language(text),
        origin=where,
    )
    aid = str(id).strip() if id not in (None, "") else art.hash[:16]
    return Article(
        id=aid,
        text=art.text,
        date=art.date,
        title=art.title,
        url=art.url,
        source=art.source,
        language=art.language,
        origin=where,
        hash=art.hash,
    )


class ByteTracker:
    """How far the readers have got, in bytes of input files (for progress and ETA)."""

    def __init__(self) -> None:
        self.fh: BinaryIO | None = None
        self.size = 0
        self.done = 0  # bytes of the files read before the current one

    def track(self, fh: BinaryIO, size: int) -> None:
        if self.fh is not None:
            self.done += self.size
        self.fh, self.size = fh, size

    def tell(self) -> int:
        fh = self.fh
        if fh is None:
            return 0
        if fh.closed:
            return self.size
        try:
            return fh.tell()
        except (OSError, ValueError):
            return 0

    def position(self) -> int:
        return self.done + self.tell()


def open_binary(path: Path, options: Mapping[str, object] | None = None) -> BinaryIO:
    """Open ``path`` for reading; a ``tracker`` option (ByteTracker) follows its position."""
    fh = path.open("rb")
    tracker = (options or {}).get("tracker")
    if isinstance(tracker, ByteTracker):
        tracker.track(fh, os.fstat(fh.fileno()).st_size)
    return fh
