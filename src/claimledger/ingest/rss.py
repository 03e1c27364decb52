"""RSS and Atom feeds (feedparser): one article per entry, its HTML content made plain text.

The body is the entry's full content when the feed carries it, else its summary. Title,
link, publication date and the feed's title (as the outlet) become article metadata.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..models import Article, Skipped
from .base import make_article, open_binary

__all__ = ["entry_text", "read_rss"]

_BLOCK = re.compile(r"(?i)</?(?:p|div|br|li|h[1-6]|blockquote|tr|section|article)\b[^>]*>")
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANKS = re.compile(r"\n\s*\n\s*")


def entry_text(html: str) -> str:
    """Plain text of an entry's HTML fragment: blocks become paragraphs, tags go."""
    if "<" not in html:
        return html.strip()
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
    with open_binary(path, options) as fh:
        data = fh.read()
    feed = feedparser.parse(data)
    if not feed.entries:
        why = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
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
        content = entry.get("content") or []
        html = content[0].get("value", "") if content else entry.get("summary", "")
        try:
            found = _day(entry) or date
            if found is None and require_date:
                raise InputError(
                    f"{loc}: entry without a publication date; pass --date YYYY-MM-DD",
                    code="no_date",
                )
            yield make_article(
                text=entry_text(html or ""),
                where=loc,
                id=entry.get("id") or entry.get("link") or None,
                date=found,
                title=entry.get("title"),
                url=entry.get("link"),
                source=outlet,
                language=None,
            )
        except InputError as exc:
            yield Skipped(loc, exc.code, str(exc))
