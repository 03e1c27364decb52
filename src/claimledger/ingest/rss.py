"""RSS and Atom feeds (feedparser): one article per entry, its HTML content made plain text.

The body is the entry's full content when the feed carries it, else its summary. Title,
link, publication date and the feed's title (as the outlet) become article metadata.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from html import unescape as _unescape
from pathlib import Path
from typing import Any

from ..errors import InputError, quote
from ..models import Article, Skipped
from .base import MAX_FEED_BYTES, make_article, open_binary, read_bounded, record_error

__all__ = ["entry_text", "read_rss"]

_BLOCK = re.compile(r"(?i)</?(?:p|div|br|li|h[1-6]|blockquote|tr|section|article)\b[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANKS = re.compile(r"\n\s*\n\s*")


def entry_text(html: str, kind: str = "text/html") -> str:
    """Plain text of an entry's HTML fragment: blocks become paragraphs, tags go, character
    references are resolved (``AT&amp;T`` is ``AT&T``). ``kind``: the content's MIME type;
    ``text/plain`` is taken as it is."""
    if "html" not in kind:
        return html.strip()
    if "<" not in html:
        return _unescape(html).strip()
    import lxml.html

    marked = _BLOCK.sub("\n\n", html)
    try:
        text = lxml.html.fromstring(f"<div>{marked}</div>").text_content()
    except Exception:  # lxml raises ParserError/ValueError on junk; fall back to the raw text
        text = re.sub(r"<[^>]+>", " ", marked)
    lines = [_SPACES.sub(" ", ln).strip() for ln in text.split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _day(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return time.strftime("%Y-%m-%d", value)
    return None


def read_rss(
    path: Path,
    *,
    date: str | None = None,
    require_date: bool = True,
    skip: int = 0,
    **options: object,
) -> Iterator[Article | Skipped]:
    """Every entry of a feed file; ``skip`` leaves out the first entries (for resuming)."""
    import feedparser

    where = str(path)
    try:
        with open_binary(path, options) as fh:
            data = read_bounded(fh, MAX_FEED_BYTES, where, "feed file")
        feed = feedparser.parse(data)
    except OSError as exc:
        yield Skipped(where, "unreadable", f"{where}: cannot read ({exc.strerror}); check it")
        return
    except Exception as exc:  # too long, or a parser failure on junk
        yield record_error(where, exc)
        return
    if not feed.entries:
        why = f" ({quote(str(feed.bozo_exception))})" if feed.get("bozo") else ""
        yield Skipped(
            where,
            "bad_feed" if why else "empty",
            f"{where}: no feed entries{why}; is it an RSS or Atom file?",
        )
        return
    outlet = feed.feed.get("title") or None
    for n, entry in enumerate(feed.entries, start=1):
        if n <= skip:
            continue
        loc = f"{where}#{n}"
        try:
            content = entry.get("content") or []
            detail = content[0] if content else entry.get("summary_detail") or {}
            html = detail.get("value", "") if content else entry.get("summary", "")
            found = _day(entry) or date
            if found is None and require_date:
                raise InputError(
                    f"{loc}: entry without a publication date; pass --date YYYY-MM-DD",
                    code="no_date",
                )
            yield make_article(
                text=entry_text(html or "", detail.get("type") or "text/html"),
                where=loc,
                id=entry.get("id") or entry.get("link") or None,
                date=found,
                title=entry.get("title"),
                url=entry.get("link"),
                source=outlet,
                language=None,
            )
        except Exception as exc:  # any record-caused failure is this entry's
            yield record_error(loc, exc)
