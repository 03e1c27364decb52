"""JSON Lines: one article a line, ``{"id","text","date","title","url","source"}``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Article, Skipped
from .base import make_article, open_binary

FIELDS = ("id", "text", "date", "title", "url", "source", "language")


def parse_record(line: str | bytes, where: str, *, date: str | None = None) -> Article:
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError:
            raise InputError(
                f"{where}: not UTF-8; re-encode the file as UTF-8", code="encoding"
            ) from None
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"{where}: invalid JSON ({exc.msg} at column {exc.colno}); each line must be one "
            "JSON object",
            code="bad_json",
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
    lines: Iterable[bytes],
    name: str,
    *,
    date: str | None = None,
    start_line: int = 1,
    skip: int = 0,
) -> Iterator[Article | Skipped]:
    """One record per non-blank line; ``skip`` passes over the first records unparsed."""
    for n, line in enumerate(lines, start=start_line):
        if not line.strip():
            continue
        if skip:
            skip -= 1
            continue
        where = f"{name}:{n}"
        try:
            yield parse_record(line, where, date=date)
        except InputError as exc:
            yield Skipped(where, exc.code, str(exc))


def read_jsonl(
    path: Path, *, date: str | None = None, skip: int = 0, **options: object
) -> Iterator[Article | Skipped]:
    """Every record of ``path``; ``skip`` leaves out the first records (for resuming)."""
    with open_binary(path, options) as fh:
        yield from read_lines(fh, str(path), date=date, skip=skip)
