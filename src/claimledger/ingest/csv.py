"""CSV and TSV: one article a row, columns mapped to Article fields by options.

Options (``claimledger add --column text=body --column date=published``): ``columns`` maps
an Article field (id, text, date, title, url, source, language) to a header name; unmapped
fields use the header of the same name. ``delimiter`` defaults to a tab for ``.tsv`` and a
comma otherwise.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

from ..errors import InputError
from ..models import Article, Skipped
from .base import MAX_CHARS, make_article, open_binary

__all__ = ["FIELDS", "read_csv"]

FIELDS = ("id", "text", "date", "title", "url", "source", "language")

# Long article bodies are legal CSV fields; the article length limit applies later.
csv.field_size_limit(min(sys.maxsize, 4 * MAX_CHARS))


def _has_surrogates(value: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in value)


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
        import io

        fh = io.TextIOWrapper(raw, encoding="utf-8-sig", errors="surrogateescape", newline="")
        reader = csv.reader(fh, delimiter=delim)
        try:
            header = next(reader)
        except StopIteration:
            yield Skipped(str(path), "empty", f"{path}: empty file; a CSV needs a header row")
            return
        except csv.Error as exc:
            yield Skipped(str(path), "bad_csv", f"{path}: unreadable header ({exc})")
            return
        index = {name.strip(): i for i, name in enumerate(header)}
        text_col = mapping["text"]
        if text_col not in index:
            yield Skipped(
                str(path),
                "no_text",
                f"{path}: no {text_col!r} column (header: {', '.join(header)[:200]}); "
                "name the body column with --column text=NAME",
            )
            return
        n = 0
        while True:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                # A malformed row (e.g. a NUL byte): report it and stop, since the parser
                # cannot find the next row boundary reliably.
                n += 1
                if n > skip:
                    yield Skipped(
                        f"{path}:{line}", "bad_csv", f"{path}:{line}: malformed CSV ({exc})"
                    )
                break
            if not any(cell.strip() for cell in row):
                continue  # blank lines are not records
            n += 1
            if n <= skip:
                continue
            where = f"{path}:{line}"
            try:
                yield _article(row, index, mapping, where, date)
            except InputError as exc:
                yield Skipped(where, exc.code, str(exc))


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
