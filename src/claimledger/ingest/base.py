"""What every reader shares: validation of the fields an Article is made from, the size
limits, and the one way a record's failure becomes a ``Skipped`` record."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, TypeVar

from ..errors import ClaimLedgerError, InputError, quote
from ..models import Article, Skipped
from .language import detect_language

# Size limits (docs/ingest.md, "Limits"). spaCy's default max_length; longer bodies are
# refused rather than silently truncated.
MAX_CHARS = 1_000_000
# A JSON line, a CSV record or a text file: read no further than this before refusing it.
MAX_RECORD_BYTES = 8 << 20
# An HTML page or the decoded body of a WARC record (a gzip bomb stops here).
MAX_PAGE_BYTES = 16 << 20
# An RSS/Atom file (feedparser reads it whole).
MAX_FEED_BYTES = 32 << 20
# Metadata fields: longer values are refused, not cut.
MAX_FIELD_CHARS = {"id": 200, "title": 2000, "url": 4000, "source": 500, "language": 16}
log = logging.getLogger(__name__)
T = TypeVar("T")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def check_date(value: object, where: str) -> str | None:
    """A ``YYYY-MM-DD`` string, None for a missing date, or an InputError saying the fix."""
    if value is None or value == "":
        return None
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        raise InputError(
            f"{where}: bad date {quote(value)}; write it as a string YYYY-MM-DD", code="bad_date"
        )
    s = str(value).strip() if isinstance(value, str) else quote(value)
    if len(s) > 10 and _DATE.match(s[:10]) and s[10] in "T ":
        s = s[:10]  # an ISO timestamp: keep the day
    if not _DATE.match(s):
        raise InputError(
            f"{where}: bad date {quote(value)}; write it as YYYY-MM-DD (e.g. 2024-03-20)",
            code="bad_date",
        )
    try:
        date.fromisoformat(s)
    except ValueError:
        raise InputError(
            f"{where}: {quote(s)} is not a real calendar date; write it as YYYY-MM-DD",
            code="bad_date",
        ) from None
    return s


def _field(name: str, value: object, where: str) -> str | None:
    """A metadata field as a string (None when absent); refuses what no store can hold."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InputError(
            f"{where}: {name!r} must be a string, got {type(value).__name__} {quote(value, 60)}",
            code="bad_field",
        )
    try:
        s = value if isinstance(value, str) else str(value)
    except ValueError:  # an int of over 4,300 digits
        raise InputError(
            f"{where}: {name!r} is a number too long to read; write it as a string",
            code="bad_field",
        ) from None
    _check_chars(name, s, where)
    limit = MAX_FIELD_CHARS[name]
    if len(s) > limit:
        raise InputError(
            f"{where}: {name!r} of {len(s):,} characters is over the {limit:,} limit "
            f"({quote(s, 60)})",
            code="too_long",
        )
    return s


def _check_chars(name: str, s: str, where: str) -> None:
    """Refuse NUL bytes and lone surrogates: no UTF-8 store (or PostgreSQL text) holds them."""
    if "\x00" in s:
        raise InputError(
            f"{where}: {name!r} holds a NUL byte at character {s.index(chr(0)):,}; "
            "is it a binary file?",
            code="binary",
        )
    if m := _SURROGATE.search(s):
        raise InputError(
            f"{where}: {name!r} holds a lone surrogate {m[0]!r} at character {m.start():,}, "
            "which is not Unicode text; re-encode the input as UTF-8",
            code="encoding",
        )


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
    _check_chars("text", text, where)
    fields = {
        "title": _field("title", title, where),
        "url": _field("url", url, where),
        "source": _field("source", source, where),
        "language": _field("language", language, where),
    }
    given_id = _field("id", id, where)
    art = Article(
        id="",
        text=text,
        date=check_date(date, where),
        title=fields["title"],
        url=fields["url"],
        source=fields["source"],
        language=fields["language"] or detect_language(text),
        origin=printable_where(where),
    )
    aid = given_id.strip() if given_id is not None and given_id.strip() else art.hash[:16]
    return Article(
        id=aid,
        text=art.text,
        date=art.date,
        title=art.title,
        url=art.url,
        source=art.source,
        language=art.language,
        origin=art.origin,
        hash=art.hash,
    )


def printable_where(where: str) -> str:
    """A record locator that any store can hold (a file name need not be UTF-8)."""
    if "\x00" in where or _SURROGATE.search(where):
        return where.encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "\\x00")
    return where


def record_error(where: str, exc: BaseException) -> Skipped:
    """The Skipped record for a record whose reading failed with ``exc``.

    Our own InputErrors carry their code and fix; anything else a record can provoke in a
    parser (deep nesting, a huge number, bad bytes) gets a code of its kind and a
    one-line reason, so that no record can end a batch.
    """
    if isinstance(exc, ClaimLedgerError):
        return Skipped(where, exc.code, str(exc))
    name = type(exc).__name__
    if isinstance(exc, RecursionError):
        code, why = "too_deep", "nested too deeply to read"
    elif isinstance(exc, MemoryError):
        code, why = "too_large", "too large to read in memory"
    elif isinstance(exc, UnicodeError):
        code, why = "encoding", "not valid UTF-8 text"
    else:
        code, why = "bad_record", "cannot be read"
    return Skipped(where, code, f"{where}: record {why} ({name}: {quote(str(exc))})")


def guarded(records: Iterator[T], where: str) -> Iterator[T | Skipped]:
    """``records`` with a last line of defence: should a reader itself fail (a bug, or a
    parser failing between records), the rest of that file is reported as one Skipped
    record and the batch goes on with the next file."""
    n = 0
    try:
        for rec in records:
            n += 1
            yield rec
    except Exception as exc:  # the reader's own guards missed it; keep the batch alive
        log.warning("%s: reader failed after %d records", where, n, exc_info=True)
        yield Skipped(
            where,
            "reader_error",
            f"{where}: reading stopped after {n:,} records ({type(exc).__name__}: "
            f"{quote(str(exc))}); the rest of the file was not read",
        )


@dataclass(frozen=True, slots=True)
class Oversize:
    """A line longer than the limit, passed over unread: how many bytes it held."""

    size: int


def bounded_lines(fh: BinaryIO, limit: int | None = None) -> Iterator[bytes | Oversize]:
    """The lines of ``fh`` with memory bounded by ``limit`` (default: the record limit): a
    longer line is skipped in chunks and stands as an :class:`Oversize` in the stream, so
    line numbers stay right."""
    limit = MAX_RECORD_BYTES if limit is None else limit
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        size = len(line)
        while True:
            more = fh.readline(1 << 20)
            size += len(more)
            if not more or more.endswith(b"\n"):
                break
        yield Oversize(size)


def read_bounded(fh: BinaryIO, limit: int, where: str, what: str) -> bytes:
    """All of ``fh`` if it holds at most ``limit`` bytes, else an InputError (``too_long``),
    deciding from the file size where there is one and reading no more than ``limit + 1``."""
    try:
        size = os.fstat(fh.fileno()).st_size
    except (OSError, ValueError, AttributeError):
        size = 0
    data = b"" if size > limit else fh.read(limit + 1)
    if size > limit or len(data) > limit:
        raise InputError(
            f"{where}: {what} of {max(size, len(data)):,} bytes is over the {limit:,}-byte "
            "limit; split it",
            code="too_long",
        )
    return data


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
