"""Plain-text articles, optionally headed by ``date YYYY-MM-DD``.

The header may stand on its own first line or open the first line before the body (as the
bundled example does); the body is everything after it, unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Article, Skipped
from .base import MAX_RECORD_BYTES, make_article, open_binary, read_bounded, record_error

_HEADER = re.compile(r"\A\s*date[:\s]\s*(\S+)[ \t]*(?:\r?\n|[ \t]+)", re.I)


def decode(data: bytes, where: str) -> str:
    """UTF-8 (with or without BOM), or an InputError saying how to convert the file."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where}: not UTF-8 (byte {exc.start:,}: {data[exc.start : exc.start + 1]!r}); "
            "convert it, e.g. `iconv -f latin1 -t utf-8`",
            code="encoding",
        ) from None


def parse_text(
    raw: str, where: str, *, id: str | None, date: str | None, require_date: bool = True
) -> Article:
    body, found_date = raw, None
    if m := _HEADER.match(raw):
        found_date, body = m[1], raw[m.end() :]
    if found_date is None and date is None and require_date:
        raise InputError(
            f"{where}: no date; start the file with a line `date YYYY-MM-DD` or pass --date",
            code="no_date",
        )
    return make_article(text=body, where=where, id=id, date=found_date or date)


def read_text(
    path: Path,
    *,
    date: str | None = None,
    require_date: bool = True,
    skip: int = 0,
    **options: object,
) -> Iterator[Article | Skipped]:
    """The article of one text file (``skip=1`` leaves it out, for resuming)."""
    if skip:
        return
    where = str(path)
    try:
        with open_binary(path, options) as fh:
            data = read_bounded(fh, MAX_RECORD_BYTES, where, "text file")
        raw = decode(data, where)
        yield parse_text(raw, where, id=path.stem, date=date, require_date=require_date)
    except OSError as exc:
        yield Skipped(where, "unreadable", f"{where}: cannot read ({exc.strerror}); check it")
    except Exception as exc:  # any record-caused failure is this file's, not the batch's
        yield record_error(where, exc)
