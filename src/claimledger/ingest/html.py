"""HTML pages: the main text and metadata (title, date, site) through trafilatura.

One file is one article. The same extraction serves WARC records (:mod:`.warc`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import Article, Skipped
from .base import MAX_PAGE_BYTES, check_date, make_article, open_binary, read_bounded, record_error

__all__ = ["html_article", "read_html"]

log = logging.getLogger(__name__)
# Fewer words than this is navigation or a stub ("Home"), not an article.
MIN_WORDS = 5
# trafilatura and htmldate log every page they cannot date or parse; that is our job.
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.ERROR)


# A table cell with at least this many words is prose (a page laid out in a table), not data.
PROSE_CELL_WORDS = 25


def drop_data_tables(tree: Any) -> int:
    """Remove the page's data tables before extraction; return how many went.

    Tables are not article text, yet trafilatura's fallbacks let their cells through when
    the main text is short (a 20,000-row table gave 51,927 spurious quantities). A table
    is kept only when one of its cells reads as prose, as in pages laid out with tables;
    inner tables go first, so a layout table keeps its prose without the data inside it.
    """
    dropped = 0
    for table in reversed(list(tree.iter("table"))):
        parent = table.getparent()
        if parent is None:
            continue
        prose = any(
            len(cell.text_content().split()) >= PROSE_CELL_WORDS for cell in table.iter("td", "th")
        )
        if not prose:
            table.drop_tree()
            dropped += 1
    return dropped


def html_article(
    html: bytes | str,
    where: str,
    *,
    id: str | None,
    url: str | None = None,
    date: str | None = None,
    fallback_date: str | None = None,
    require_date: bool = True,
) -> Article:
    """The article in one HTML page, or an InputError (no main text, no date) naming ``where``.

    The page's own date wins; then ``date`` (the caller's, e.g. ``--date``), then
    ``fallback_date`` (e.g. the crawl date of a WARC record).
    """
    import trafilatura
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
        if tree is not None:
            drop_data_tables(tree)
        doc = trafilatura.bare_extraction(
            tree if tree is not None else html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
        )
    except Exception as exc:  # trafilatura raises assorted lxml/parser errors
        raise InputError(
            f"{where}: cannot parse HTML ({type(exc).__name__}: {exc}); is it an HTML page?",
            code="bad_html",
        ) from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or len(text.split()) < MIN_WORDS:
        raise InputError(
            f"{where}: HTML without main text (trafilatura found no article body); "
            "is it an index or navigation page?",
            code="no_text",
        )
    page_date = getattr(doc, "date", None)
    try:
        page_date = check_date(page_date, where)
    except InputError:
        page_date = None  # an unparseable page date is no worse than none
    found = page_date or date or fallback_date
    if found is None and require_date:
        raise InputError(
            f"{where}: no date in the page metadata; pass --date YYYY-MM-DD", code="no_date"
        )
    return make_article(
        text=text,
        where=where,
        id=id,
        date=found,
        title=getattr(doc, "title", None),
        url=url or getattr(doc, "url", None),
        source=getattr(doc, "sitename", None),
        language=None,
    )


def read_html(
    path: Path,
    *,
    date: str | None = None,
    require_date: bool = True,
    skip: int = 0,
    **options: object,
) -> Iterator[Article | Skipped]:
    """The article of one HTML file (``skip=1`` leaves it out, for resuming)."""
    if skip:
        return
    where = str(path)
    try:
        with open_binary(path, options) as fh:
            data = read_bounded(fh, MAX_PAGE_BYTES, where, "HTML page")
        yield html_article(data, where, id=path.stem, date=date, require_date=require_date)
    except OSError as exc:
        yield Skipped(where, "unreadable", f"{where}: cannot read ({exc.strerror}); check it")
    except Exception as exc:  # any record-caused failure is this file's, not the batch's
        yield record_error(where, exc)
