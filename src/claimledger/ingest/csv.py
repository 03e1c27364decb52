"""CSV and TSV: one article a row, columns mapped to Article fields by options.

Options (``claimledger add --column text=body --column date=published``): ``columns`` maps
an Article field (id, text, date, title, url, source, language) to a header name; unmapped
fields use the header of the same name. ``delimiter`` defaults to a tab for ``.tsv`` and a
comma otherwise.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError, quote
from ..models import Article, Skipped
from .base import MAX_RECORD_BYTES, Oversize, make_article, open_binary, record_error

__all__ = ["FIELDS", "read_csv"]

FIELDS = ("id", "text", "date", "title", "url", "source", "language")

# A record is cut from the file before the csv module sees it (:func:`raw_records`), so no
# field can be longer than a record; the article length limit applies later.
csv.field_size_limit(min(sys.maxsize, MAX_RECORD_BYTES + 1))

# States of the record splitter, as in the csv module's own parser (default dialect:
# '"' quotes, doubled inside a quoted field; a quote elsewhere in a field is literal).
_START, _FIELD, _QUOTED, _QUOTE = range(4)


def _has_surrogates(value: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in value)


def _scan(chunk: bytes, state: int, delim: bytes) -> int:
    """The splitter's state after ``chunk``: only quote characters cost a step."""
    pos, n = 0, len(chunk)
    while pos < n:
        if state == _QUOTED:
            j = chunk.find(b'"', pos)
            if j == -1:
                return _QUOTED
            state, pos = _QUOTE, j + 1
        elif state == _QUOTE:
            if chunk[pos : pos + 1] == b'"':  # a doubled quote: still inside the field
                state, pos = _QUOTED, pos + 1
            else:  # the field's closing quote; what follows up to a delimiter is literal
                state = _FIELD
        else:
            q = chunk.find(b'"', pos)
            if q == -1:
                return _START if chunk.endswith(delim) else (state if pos == n else _FIELD)
            opens = (q == pos and state == _START) or chunk[max(0, q - len(delim)) : q] == delim
            state, pos = (_QUOTED if opens else _FIELD), q + 1
    return state


def raw_records(
    fh: BinaryIO, delim: bytes, limit: int | None = None
) -> Iterator[tuple[int, bytes | Oversize]]:
    """The file's CSV records as raw bytes, each with the line it starts on.

    A line break ends a record only outside a quoted field, exactly as the csv module
    reads it; a record over ``limit`` bytes is passed over without being kept (an
    :class:`~.base.Oversize`), so one giant cell cannot swallow the rows after it nor
    the memory of the machine.
    """
    limit = MAX_RECORD_BYTES if limit is None else limit
    line, start, size, state = 0, 1, 0, _START
    parts: list[bytes] = []
    while True:
        piece = fh.readline(1 << 20)
        if not piece:
            break
        state = _scan(piece, state, delim)
        size += len(piece)
        if size <= limit:
            parts.append(piece)
        else:
            parts.clear()
        if piece.endswith(b"\n"):
            line += 1
            if state != _QUOTED:
                yield start, (b"".join(parts) if size <= limit else Oversize(size))
                parts, size, state, start = [], 0, _START, line + 1
    if size:
        yield start, (b"".join(parts) if size <= limit else Oversize(size))


def _rows(record: bytes, delim: str, first: bool) -> list[list[str]]:
    text = record.decode("utf-8", "surrogateescape")
    if first:
        text = text.removeprefix("\ufeff")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delim))


def read_csv(
    path: Path,
    *,
    date: str | None = None,
    columns: Mapping[str, str] | None = None,
    delimiter: str | None = None,
    skip: int = 0,
    **options: object,
) -> Iterator[Article | Skipped]:
    """Every data row of ``path``; ``skip`` leaves out the first rows (for resuming)."""
    mapping = {f: f for f in FIELDS}
    mapping.update(columns or {})
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        yield Skipped(
            str(path),
            "bad_option",
            f"{path}: unknown column mapping {unknown}; map one of {', '.join(FIELDS)}",
        )
        return
    delim = delimiter or ("\t" if path.suffix.lower() == ".tsv" else ",")
    with open_binary(path, options) as raw:
        records = raw_records(raw, delim.encode("utf-8"))
        header: list[str] | None = None
        for line, rec in records:
            if isinstance(rec, Oversize):
                yield Skipped(
                    f"{path}:{line}",
                    "bad_csv",
                    f"{path}:{line}: header of {rec.size:,} bytes is over the limit; "
                    "is it a CSV file?",
                )
                return
            try:
                rows = _rows(rec, delim, first=True)
            except csv.Error as exc:
                yield Skipped(str(path), "bad_csv", f"{path}: unreadable header ({exc})")
                return
            if rows and any(cell.strip() for cell in rows[0]):
                header = rows[0]
                break
        if header is None:
            yield Skipped(str(path), "empty", f"{path}: empty file; a CSV needs a header row")
            return
        index = {name.strip(): i for i, name in enumerate(header)}
        text_col = mapping["text"]
        if text_col not in index:
            yield Skipped(
                str(path),
                "no_text",
                f"{path}: no {text_col!r} column (header: {quote(', '.join(header))}); "
                "name the body column with --column text=NAME",
            )
            return
        n = 0
        for line, rec in records:
            where = f"{path}:{line}"
            if isinstance(rec, Oversize):
                n += 1
                if n > skip:
                    yield Skipped(
                        where,
                        "too_long",
                        f"{where}: row of {rec.size:,} bytes is over the "
                        f"{MAX_RECORD_BYTES:,}-byte limit; split the article into parts",
                    )
                continue
            try:
                rows = _rows(rec, delim, first=False)
            except Exception as exc:  # csv.Error: e.g. a quote left open at the end
                n += 1
                if n > skip:
                    yield Skipped(where, "bad_csv", f"{where}: malformed CSV ({quote(str(exc))})")
                continue
            for row in rows:
                if not any(cell.strip() for cell in row):
                    continue  # blank lines are not records
                n += 1
                if n <= skip:
                    continue
                try:
                    yield _article(row, index, mapping, where, date)
                except Exception as exc:  # any record-caused failure is this row's
                    yield record_error(where, exc)


def _article(
    row: list[str], index: dict[str, int], mapping: Mapping[str, str], where: str, date: str | None
) -> Article:
    def get(field: str) -> str | None:
        i = index.get(mapping[field])
        return row[i] if i is not None and i < len(row) else None

    values = {f: get(f) for f in FIELDS}
    if any(v is not None and _has_surrogates(v) for v in values.values()):
        raise InputError(
            f"{where}: not UTF-8; re-encode the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)",
            code="encoding",
        )
    return make_article(
        text=values["text"] if values["text"] is not None else "",
        where=where,
        id=values["id"],
        date=values["date"] or date,
        title=values["title"],
        url=values["url"],
        source=values["source"],
        language=values["language"],
    )
