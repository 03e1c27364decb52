"""How a claims listing is read: filters, order and keyset pages turned into SQL whose cost
follows the page, not the ledger.

Every order the listing offers has an index ending in the claim id (migration 6), so a
page is a walk of that index from the cursor: ``after=ID`` continues after claim ``ID`` in
the chosen order, ``before=ID`` gives the page that ends just before it. Filters either
pick an index of their own (a single claimer key) or are checked on the rows the walk
meets. A full-text search that matches few claims starts from its matches instead (the
search index says how many claims hold each word), as PostgreSQL's planner does with the
GIN index. ``offset`` still works, for a few pages.

Totals never count the whole table: the ledger's and each claimer's numbers of claims are
kept per write; other filters are counted up to ``COUNT_CAP`` matches (``exact`` says
whether the number is the whole count).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ..errors import NotFound
from .base import ClaimQuery
from .search import fts5_match, like_contains, search_terms, tsquery

if TYPE_CHECKING:
    from .sql import SQLStore

__all__ = ["COUNT_CAP", "Plan", "Total", "claims_total", "plan", "select_ids"]

# Counting stops here: a filter matching more says "at least this many".
COUNT_CAP = 10_000
# More matching claimer keys than this are checked by pattern while walking, not listed.
MAX_KEYS = 50
# A search whose rarest word is in at most this many claims starts from those claims
# (and sorts them); a commoner one walks the listing's order and checks each claim's
# words. Walking costs about limit x ledger / matches rows, starting from the matches
# costs about matches rows: they meet near sqrt(limit x ledger), a few thousand here.
SEARCH_DRIVE = 3_000

# The date order puts claims without a date last on both backends.
DATE = "coalesce(c.as_of, '')"
# ORDER BY for each order, forwards and backwards (``before`` reads backwards and flips).
_ORDERS: dict[str, tuple[str, str]] = {
    "score": ("c.score DESC, c.id", "c.score ASC, c.id DESC"),
    "date": (f"{DATE} DESC, c.id", f"{DATE} ASC, c.id DESC"),
    "id": ("c.id", "c.id DESC"),
}


@dataclass(frozen=True, slots=True)
class Total:
    """How many claims match: ``n``, the whole count when ``exact``, else a lower bound."""

    n: int
    exact: bool = True


@dataclass(frozen=True, slots=True)
class Plan:
    """The SQL of one listing: a WHERE clause over ``claims c``, its parameters, and the
    ORDER BY."""

    where: str
    params: tuple[Any, ...]
    order_by: str
    reverse: bool = False  # rows come backwards (``before``): flip them
    empty: bool = False  # known to match nothing: no need to ask

    def sql(self, columns: str, *, limit: int | None = None, offset: int = 0) -> str:
        """SELECT ``columns`` in this plan's order, with LIMIT/OFFSET when ``limit``."""
        tail = f" ORDER BY {self.order_by}"
        if limit is not None:
            tail += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return f"SELECT {columns} FROM claims c{self.where}{tail}"

    def count_sql(self, cap: int | None) -> str:
        """SELECT the number of matching claims, counting at most ``cap + 1``."""
        if cap is None:
            return f"SELECT count(*) FROM claims c{self.where}"
        return f"SELECT count(*) FROM (SELECT 1 FROM claims c{self.where} LIMIT {int(cap) + 1}) t"


def _claimer_clause(store: SQLStore, text: str) -> tuple[str | None, list[Any]]:
    """A clause for "claimer contains ``text``": the matching keys (from the small
    ``claimers`` table) as an equality or a list, so an index on the key can serve it."""
    pattern = like_contains(text)
    keys = [
        r[0]
        for r in store.query(
            "SELECT key FROM claimers WHERE key LIKE ? ESCAPE '\\' ORDER BY key LIMIT ?",
            (pattern, MAX_KEYS + 1),
        )
    ]
    if not keys:
        return None, []
    if len(keys) == 1:
        return "c.claimer_key = ?", keys
    if len(keys) <= MAX_KEYS:
        return f"c.claimer_key IN ({','.join('?' * len(keys))})", keys
    return "c.claimer_key LIKE ? ESCAPE '\\'", [pattern]


def _search_clause(
    store: SQLStore, words: list[str], *, walk: bool
) -> tuple[str | None, list[Any]]:
    """A clause for "the claim holds every word". ``walk``: the rows are met in an index
    order, so a common word is better checked per row than listed in full (SQLite; on
    PostgreSQL the planner chooses between the GIN index and the walk itself)."""
    if store.dialect != "sqlite":
        return "c.tsv @@ CAST(? AS tsquery)", [tsquery(words)]
    found = dict(
        store.query(
            "SELECT term, doc FROM claims_search_vocab"
            f" WHERE term IN ({','.join('?' * len(words))})",
            words,
        )
    )
    if len(found) < len(words):
        return None, []  # a word no claim holds
    if walk and min(found.values()) > SEARCH_DRIVE:
        return " AND ".join("instr(' ' || c.terms || ' ', ?) > 0" for _ in words), [
            f" {w} " for w in words
        ]
    return "c.id IN (SELECT rowid FROM claims_search WHERE claims_search MATCH ?)", [
        fts5_match(words)
    ]


def _keyset(store: SQLStore, order: str, claim_id: int, *, after: bool) -> tuple[str, list[Any]]:
    """Rows after (or before) claim ``claim_id`` in ``order``."""
    rows = store.query("SELECT score, coalesce(as_of, '') FROM claims WHERE id = ?", (claim_id,))
    if not rows:
        raise NotFound(f"no claim {claim_id} to page from; start again without `after`/`before`")
    score, date = rows[0]
    if order == "id":
        return ("c.id > ?" if after else "c.id < ?"), [claim_id]
    col, key = ("c.score", score) if order == "score" else (DATE, date)
    # The first comparison bounds the index range; the second breaks ties on the id.
    if after:  # descending key, ascending id
        return f"{col} <= ? AND ({col} < ? OR c.id > ?)", [key, key, claim_id]
    return f"{col} >= ? AND ({col} > ? OR c.id < ?)", [key, key, claim_id]


def plan(
    store: SQLStore,
    query: ClaimQuery,
    verdict: str | None = None,
    *,
    purpose: Literal["page", "count"] = "page",
) -> Plan:
    """The SQL for ``query`` (of claims with a ``verdict``, if given)."""
    clauses: list[str] = []
    params: list[Any] = []
    empty = Plan("", (), "", empty=True)

    def add(clause: str | None, p: list[Any]) -> bool:
        if clause is None:
            return False
        clauses.append(clause)
        params.extend(p)
        return True

    if query.claimer and not add(*_claimer_clause(store, query.claimer)):
        return empty
    if query.article:
        add("c.article_id = ?", [query.article])
    if query.entity:
        add(
            "EXISTS (SELECT 1 FROM entities e WHERE e.article_id = c.article_id"
            " AND lower(e.text) = ? AND e.start_char >= c.start_char"
            " AND e.end_char <= c.end_char)",
            [query.entity.lower()],
        )
    if query.since:
        add(f"{DATE} >= ?", [query.since])
    if query.until:
        add(f"{DATE} <= ? AND c.as_of IS NOT NULL", [query.until])
    if query.min_score is not None:
        add("c.score >= ?", [query.min_score])
    if query.ids is not None:
        if not query.ids:
            return empty
        add(f"c.id IN ({','.join('?' * len(query.ids))})", list(query.ids))
    if query.q:
        words = search_terms(query.q)
        if words and not add(*_search_clause(store, words, walk=purpose == "page")):
            return empty
    if verdict is not None:
        if not store._table_exists("verdicts"):
            return empty
        add("c.id IN (SELECT claim_id FROM verdicts WHERE label = ?)", [verdict])
    order = query.order if query.order in _ORDERS else "score"
    reverse = False
    if purpose == "page":
        if query.after is not None:
            add(*_keyset(store, order, query.after, after=True))
        elif query.before is not None:
            add(*_keyset(store, order, query.before, after=False))
            reverse = True
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return Plan(where, tuple(params), _ORDERS[order][int(reverse)], reverse=reverse)


def select_ids(store: SQLStore, query: ClaimQuery, verdict: str | None = None) -> list[int]:
    """The ids of the page ``query`` asks for, in listing order."""
    p = plan(store, query, verdict)
    if p.empty:
        return []
    sql = p.sql("c.id", limit=query.limit, offset=query.offset)
    ids = [int(r[0]) for r in store.query(sql, p.params)]
    return ids[::-1] if p.reverse else ids


def _only(query: ClaimQuery, *names: str) -> bool:
    """Whether ``query`` filters on ``names`` and nothing else."""
    filters = ("claimer", "article", "q", "entity", "since", "until", "min_score", "ids")
    return all(
        (getattr(query, f) is not None and getattr(query, f) != "") == (f in names) for f in filters
    )


def claims_total(
    store: SQLStore, query: ClaimQuery, verdict: str | None = None, *, cap: int | None = COUNT_CAP
) -> Total:
    """How many claims match ``query`` (keyset and offset aside), without counting the
    ledger: kept totals where they answer it, else a count that stops at ``cap`` (None:
    count them all)."""
    if verdict is None and _only(query):
        return Total(_kept(store, "claims"))
    if verdict is None and _only(query, "claimer"):
        pattern = like_contains(query.claimer or "")
        n = store.query(
            "SELECT coalesce(sum(n), 0) FROM claimers WHERE key LIKE ? ESCAPE '\\'", (pattern,)
        )[0][0]
        return Total(int(n))
    p = plan(store, query, verdict, purpose="count")
    if p.empty:
        return Total(0)
    n = int(store.query(p.count_sql(cap), p.params)[0][0])
    if cap is None:
        return Total(n)
    return Total(min(n, cap), exact=n <= cap)


def _kept(store: SQLStore, name: str) -> int:
    rows = store.query("SELECT n FROM ledger_counts WHERE name = ?", (name,))
    return int(rows[0][0]) if rows else 0


def ledger_size(store: SQLStore) -> tuple[int, int]:
    """The numbers of articles and claims, as kept per write."""
    return _kept(store, "articles"), _kept(store, "claims")
