"""WARC and WARC.gz web archives (warcio), e.g. Common Crawl News.

Each HTTP ``response`` record (and ``resource`` record) holding HTML is one article, read
with the HTML reader's trafilatura extraction; the crawl date is the fallback article date.
Requests, metadata and warcinfo records are not documents and are passed over. A record
that cannot be read (a truncated download) is reported and ends the file.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, quote
from ..models import Article, Skipped
from .base import MAX_PAGE_BYTES, open_binary, record_error
from .html import html_article

__all__ = ["read_warc"]

log = logging.getLogger(__name__)

_DOCUMENT_TYPES = ("response", "resource")


def read_warc(
    path: Path,
    *,
    date: str | None = None,
    require_date: bool = True,
    skip: int = 0,
    **options: object,
) -> Iterator[Article | Skipped]:
    """Every document record of ``path``; ``skip`` leaves out the first (for resuming)."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    where = str(path)
    n = 0
    with open_binary(path, options) as fh:
        records = ArchiveIterator(fh)
        while True:
            try:
                record = next(records)
            except StopIteration:
                return
            except Exception as exc:  # ArchiveLoadFailed, EOFError, zlib.error, header junk
                code = (
                    "truncated_warc"
                    if isinstance(exc, ArchiveLoadFailed | EOFError | zlib.error | OSError)
                    else "bad_warc"
                )
                yield Skipped(
                    f"{where}#{n + 1}",
                    code,
                    f"{where}: record after #{n} is truncated or corrupt "
                    f"({type(exc).__name__}: {quote(str(exc))}); re-download the file",
                )
                return
            if record.rec_type not in _DOCUMENT_TYPES:
                continue
            n += 1
            if n <= skip:
                continue
            try:
                # Read no more than the page limit: an HTTP gzip body can decode to
                # gigabytes from a few kilobytes (the rest is passed over unread).
                body = record.content_stream().read(MAX_PAGE_BYTES + 1)
                truncated = None if len(body) > MAX_PAGE_BYTES else _short(record, body)
            except Exception as exc:  # EOFError, zlib.error, a bad chunked encoding, ...
                body, truncated = b"", f"{type(exc).__name__}: {quote(str(exc))}"
            # (the offset is known only once the record has been read)
            loc = f"{where}#{records.get_record_offset()}"
            if len(body) > MAX_PAGE_BYTES:
                yield Skipped(
                    loc,
                    "too_large",
                    f"{loc}: record body decodes to over {MAX_PAGE_BYTES:,} bytes (the page "
                    "limit); a compression bomb or not an article",
                )
                continue
            if truncated:
                yield Skipped(
                    loc,
                    "truncated_warc",
                    f"{loc}: record is truncated ({truncated}); re-download the file",
                )
                return
            try:
                yield _article(record, body, loc, date, require_date)
            except Exception as exc:  # any record-caused failure is this record's
                yield record_error(loc, exc)


def _short(record: object, body: bytes) -> str | None:
    """Why the record's block is shorter than its WARC Content-Length says, or None."""
    stream = record.raw_stream  # type: ignore[attr-defined]
    # warcio's LimitReader counts down what is left of the declared block length.
    left = getattr(stream, "limit", 0)
    if left:
        return f"{left} of {record.length} bytes missing"  # type: ignore[attr-defined]
    return None


def _article(
    record: object, body: bytes, loc: str, date: str | None, require_date: bool
) -> Article:
    headers = record.rec_headers  # type: ignore[attr-defined]
    url = headers.get_header("WARC-Target-URI")
    http = record.http_headers  # type: ignore[attr-defined]
    if http is not None:
        status = http.get_statuscode()
        if status and status != "200":
            raise InputError(
                f"{loc}: HTTP status {status} for {url}; only 200 responses hold articles",
                code="http_status",
            )
        ctype = (http.get_header("Content-Type") or "").lower()
    else:
        ctype = (headers.get_header("Content-Type") or "").lower()
    if ctype and "html" not in ctype:
        raise InputError(
            f"{loc}: {ctype.split(';')[0]} content at {url}, not HTML", code="not_html"
        )
    if not body:
        raise InputError(f"{loc}: empty record for {url}", code="empty")
    crawl = (headers.get_header("WARC-Date") or "")[:10] or None
    return html_article(
        body,
        loc,
        id=None,  # derived from the content hash, as for JSONL records without an id
        url=url,
        date=date,
        fallback_date=crawl,
        require_date=require_date,
    )
