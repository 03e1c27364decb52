"""Search keys computed once, in Python, at write time: the same on SQLite and PostgreSQL.

Full-text search matches whole words, ignoring case and accents ("Müller" finds "muller"),
and a query matches a claim when every one of its words is among the claim's words (its
sentence and its claimer). The words are cut here, not by the database, so SQLite's FTS5
(the ``ascii`` tokenizer, which keeps these words whole) and PostgreSQL's ``tsvector``
(built from the same words with ``array_to_tsvector``, no stemming, no stop words) give
the same results. The claimer filter compares the same folded form (``claimer_key``).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MAX_WORD", "fold", "fts5_match", "like_contains", "search_terms", "tsquery"]

# Letters and digits (Python's \w without "_"): FTS5's ascii tokenizer splits only on ASCII
# characters that are not letters or digits, so it keeps each of these words whole.
_WORD = re.compile(r"[^\W_]+")
# tsvector lexemes are at most 2,047 bytes; nobody searches for a 64-character word.
MAX_WORD = 64


def fold(text: str) -> str:
    """``text`` case-folded, without accents and compatibility forms ("Ⅻ", "ﬁ")."""
    if text.isascii():
        return text.lower()  # the same, for ASCII, at a fraction of the cost
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", text).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_terms(*texts: str | None) -> list[str]:
    """The distinct search words of ``texts``, folded, in order of first appearance."""
    seen: dict[str, None] = {}
    for text in texts:
        if text:
            for w in _WORD.findall(fold(text)):
                if len(w) <= MAX_WORD:
                    seen.setdefault(w, None)
    return list(seen)


def fts5_match(words: list[str]) -> str:
    """An FTS5 MATCH expression requiring every word (each quoted: no query syntax)."""
    return " ".join(f'"{w}"' for w in words)


def tsquery(words: list[str]) -> str:
    """A ``tsquery`` literal requiring every word, taken as lexemes as they are."""
    return " & ".join(f"'{w}'" for w in words)


def like_contains(text: str) -> str:
    """A LIKE pattern (with ``ESCAPE '\\'``) for "contains ``text``", folded like the keys."""
    escaped = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
