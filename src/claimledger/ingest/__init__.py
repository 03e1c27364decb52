"""Readers per format, each turning input into ``Article`` or ``Skipped`` records.

``read(paths)`` picks a reader by file extension (see :data:`READERS`; a ``.xml`` file by its
root element: RSS, Atom or XHTML); folders are walked.
Nothing here raises for bad data: every unreadable input becomes a ``Skipped`` record.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..models import Article, Skipped
from .csv import read_csv
from .html import read_html
from .jsonl import read_jsonl, read_lines
from .parquet import read_parquet
from .rss import read_rss
from .text import decode, parse_text, read_text
from .warc import read_warc

Reader = Callable[..., Iterator[Article | Skipped]]

# Extension -> reader. Every reader takes ``(path, *, date, require_date, skip, **options)``:
# ``skip`` leaves out the first records of the file, so an interrupted ingest resumes.
READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".csv": read_csv,
    ".tsv": read_csv,
    ".html": read_html,
    ".htm": read_html,
    ".rss": read_rss,
    ".atom": read_rss,
    ".warc": read_warc,
    ".warc.gz": read_warc,
    ".arc.gz": read_warc,
    ".parquet": read_parquet,
}

__all__ = ["READERS", "Source", "read", "read_stdin", "sources"]


@dataclass(frozen=True, slots=True)
class Source:
    """One input file and the reader for it."""

    path: Path
    reader: Reader

    def read(self, **options: object) -> Iterator[Article | Skipped]:
        return self.reader(self.path, **options)


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes[-2:]]
    joined = "".join(suffixes)
    key = joined if joined in READERS else (suffixes[-1] if suffixes else "")
    return _sniff_xml(path) if key == ".xml" else key


# ".xml" says only that the file is XML: "feed.xml" is the most common name of an RSS or Atom
# feed, and some sites save pages as XHTML. The root element decides.
_XML_ROOTS = ((b"<rss", ".rss"), (b"<feed", ".atom"), (b"<rdf:rdf", ".rss"), (b"<html", ".html"))


def _sniff_xml(path: Path) -> str:
    try:
        with path.open("rb") as fh:
            head = fh.read(8192).lower()
    except OSError:
        return ".xml"  # unreadable: reported as an unknown format naming the file
    hits = [(head.find(tag), key) for tag, key in _XML_ROOTS if tag in head]
    return min(hits)[1] if hits else ".xml"


def read_stdin(
    *, date: str | None = None, require_date: bool = True
) -> Iterator[Article | Skipped]:
    """Standard input: JSON Lines when the first non-blank character is ``{``, else text."""
    data = sys.stdin.buffer.read()
    if data.lstrip()[:1] == b"{":
        yield from read_lines(data.splitlines(), "<stdin>", date=date)
        return
    try:
        yield parse_text(
            decode(data, "<stdin>"), "<stdin>", id=None, date=date, require_date=require_date
        )
    except Exception as exc:  # InputError
        from ..errors import ClaimLedgerError

        if not isinstance(exc, ClaimLedgerError):
            raise
        yield Skipped("<stdin>", exc.code, str(exc))


def read(
    paths: Iterable[str | Path],
    *,
    date: str | None = None,
    format: str | None = None,
    require_date: bool = True,
    **options: object,
) -> Iterator[Article | Skipped]:
    """Every article in ``paths`` (files, folders, or ``-`` for stdin), in order.

    ``require_date``: plain text without a ``date`` header (and no ``date``) is skipped.
    ``options`` go to the format's reader (e.g. CSV column names).
    """
    for src in sources(paths, format=format):
        if isinstance(src, Skipped):
            yield src
        elif src is None:
            yield from read_stdin(date=date, require_date=require_date)
        else:
            yield from src.read(date=date, require_date=require_date, **options)


def sources(
    paths: Iterable[str | Path], *, format: str | None = None
) -> Iterator[Source | Skipped | None]:
    """The input files of ``paths`` with their readers, in order; None stands for stdin."""
    for p in paths:
        if str(p) == "-":
            yield None
            continue
        path = Path(p)
        if not path.exists():
            yield Skipped(str(path), "missing", f"{path}: no such file or folder; check the path")
            continue
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            key = f".{format.lstrip('.')}" if format else _suffix(f)
            reader = READERS.get(key)
            if reader is None:
                if path.is_dir():
                    continue  # folders hold other files too; only known formats are read
                known = ", ".join(sorted(READERS))
                yield Skipped(
                    str(f),
                    "unknown_format",
                    f"{f}: unknown format {key or '(no extension)'!r}; use one of {known} "
                    "or pass --format",
                )
                continue
            yield Source(f, reader)
