"""What the interfaces show, built once for the CLI and the web.

- ``entries``: the dicts of a claim and an article that ``claims --json``,
  ``articles --json`` and the web's ``.json`` pages print;
- ``words``: numbers and bounds in words ("over 13,000 vehicles");
- ``highlight``: an article's text cut into segments under its extracted spans.

Plain data in, plain data out: no SQL, no HTML, no terminal codes.
"""

from __future__ import annotations

from .entries import article_entry, article_summary, claim_entry, quantity_entry
from .highlight import KINDS, PRIORITY, Mark, marks, segments
from .words import BOUND_WORDS, bounds_text, fmt_number

__all__ = [
    "BOUND_WORDS",
    "KINDS",
    "PRIORITY",
    "Mark",
    "article_entry",
    "article_summary",
    "bounds_text",
    "claim_entry",
    "fmt_number",
    "marks",
    "quantity_entry",
    "segments",
]
