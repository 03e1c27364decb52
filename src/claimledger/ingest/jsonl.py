"""JSON Lines: one article a line, ``{"id","text","date","title","url","source"}``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Article, Skipped
from .base import MAX_RECORD_BYTES, Oversize, bounded_lines, make_article, open_binary, record_error

FIELDS = ("id", "text", "date", "title", "url", "source", "language")
_BOM = b"\xef\xbb\xbf"


class _HugeNumber(str):
    """A JSON integer too long for ``int()`` (over 4,300 digits), kept as its digits."""


def _int(digits: str) -> int | str:
    try:
        return int(digits)
    except ValueError:
        return _HugeNumber(digits)


def parse_record(line: str | bytes, where: str, *, date: str | None = None) -> Article:
    if isinstance(line, bytes):
        try:
            line = line.removeprefix(_BOM).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{where}: not UTF-8 (byte {exc.start:,}: {exc.object[exc.start : exc.start + 1]!r}"
                "); re-encode the file as UTF-8",
                code="encoding",
            ) from None
    else:
        line = line.removeprefix("\ufeff")
    try:
        rec = json.loads(line, parse_int=_int)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{where}: invalid JSON ({exc.msg} at column {exc.colno:,}); each line must be one "
            "JSON object",
            code="bad_json",
        ) from None
    except RecursionError:
        raise InputError(
            f"{where}: JSON nested too deeply to read; each line must be one flat JSON object",
            code="too_deep",
        ) from None
    if not isinstance(rec, dict):
        raise InputError(
            f"{where}: a JSON {type(rec).__name__}, not an object; each line must be "
            '{"id", "text", "date", ...}',
            code="bad_json",
        )
    if "text" not in rec:
        raise InputError(
            f'{where}: no "text" field; add the article body as "text"', code="no_text"
        )
    for name in FIELDS:
        value = rec.get(name)
        if isinstance(value, _HugeNumber):
            raise InputError(
                f"{where}: {name!r} is a number of {len(value):,} digits; write it as a string",
                code="bad_field",
            )
    return make_article(
        text=rec.get("text"),
        where=where,
        id=rec.get("id"),
        date=rec.get("date") or date,
        title=rec.get("title"),
        url=rec.get("url"),
        source=rec.get("source"),
        language=rec.get("language"),
    )


def read_lines(
    lines: Iterable[bytes | Oversize],
    name: str,
    *,
    date: str | None = None,
    start_line: int = 1,
    skip: int = 0,
) -> Iterator[Article | Skipped]:
    """One record per non-blank line; ``skip`` passes over the first records unparsed.

    A line over :data:`~.base.MAX_RECORD_BYTES` (an :class:`~.base.Oversize`) is reported
    without being read into memory.
    """
    for n, line in enumerate(lines, start=start_line):
        if not isinstance(line, Oversize) and not line.strip():
            continue
        if skip:
            skip -= 1
            continue
        where = f"{name}:{n}"
        if isinstance(line, Oversize):
            yield Skipped(
                where,
                "too_long",
                f"{where}: line of {line.size:,} bytes is over the {MAX_RECORD_BYTES:,}-byte "
                "limit; split the article into parts",
            )
            continue
        try:
            yield parse_record(line, where, date=date)
        except Exception as exc:  # any record-caused failure is this record's, not the batch's
            yield record_error(where, exc)


def read_jsonl(
    path: Path, *, date: str | None = None, skip: int = 0, **options: object
) -> Iterator[Article | Skipped]:
    """Every record of ``path``; ``skip`` leaves out the first records (for resuming)."""
    with open_binary(path, options) as fh:
        yield from read_lines(bounded_lines(fh), str(path), date=date, skip=skip)
