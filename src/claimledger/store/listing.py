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

import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from ..errors import NotFound
from .base import ClaimQuery
from .search import fts5_match, like_contains, search_terms, tsquery

if TYPE_CHECKING:
    from .sql import SQLStore

__all__ = [
    "COUNT_CAP",
    "Page",
    "Plan",
    "Total",
    "claims_total",
    "plan",
    "read_page",
    "select_ids",
]

# Counting stops here: a filter matching more says "at least this many".
COUNT_CAP = 1_000
# More matching claimer keys than this are checked by pattern while walking, not listed.
MAX_KEYS = 50
# A filter matching at most this many claims starts the plan (its index finds them, then
# they are sorted); past it the listing's order is walked and the filter checked on each
# row. Walking costs about limit x ledger / matches rows, starting from the matches about
# matches rows: they meet near sqrt(limit x ledger), a few thousand here.
DRIVE = 2_000

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
    source: str = "claims c"  # with SQLite's INDEXED BY when the plan names the index
    search_only: bool = False  # a count of a search alone: ask the search index
    # A keyset page of the date order walked on an index, read as two ranges of it: the
    # claims of the cursor's day past its id, then those past the day (``params`` holds
    # both their parameters; ``where`` is unused). One comparison of date and id would
    # start the walk at the day's first claim and skip the claims before the cursor row by
    # row: thousands when a day holds thousands (at 1,000,000 claims, 4.4 ms against 0.4
    # for a search's keyset page on SQLite). Scores tie far less: each half reading up to
    # a page costs more there than the ties skipped, so the score order keeps one range.
    ties: tuple[str, str, str, str] | None = None  # key, tie WHERE, its ORDER BY, rest WHERE

    def sql(self, columns: str, *, limit: int | None = None, offset: int = 0) -> str:
        """SELECT ``columns`` in this plan's order, with LIMIT/OFFSET when ``limit``."""
        if self.ties is not None:
            return self._split(columns, limit, offset)
        tail = f" ORDER BY {self.order_by}"
        if limit is not None:
            tail += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return f"SELECT {columns} FROM {self.source}{self.where}{tail}"

    def _split(self, columns: str, limit: int | None, offset: int) -> str:
        if columns != "c.id":
            raise ValueError("a keyset page read in two ranges selects c.id only")
        key, tie_where, tie_order, rest_where = self.ties  # type: ignore[misc]
        each = "" if limit is None else f" LIMIT {int(limit) + int(offset)}"
        halves = [
            f"SELECT * FROM (SELECT c.id AS id, {key} AS k FROM {self.source}{where}"
            f" ORDER BY {order}{each}) {name}"
            for where, order, name in (
                (tie_where, tie_order, "t1"),
                (rest_where, self.order_by, "t2"),
            )
        ]
        outer = "k ASC, id DESC" if self.reverse else "k DESC, id"
        tail = "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return f"SELECT id FROM ({' UNION ALL '.join(halves)}) t ORDER BY {outer}{tail}"

    def count_sql(self, cap: int | None) -> str:
        """SELECT the number of matching claims, counting at most ``cap + 1``."""
        if self.ties is not None:
            raise ValueError("a count is planned without a cursor (purpose='count')")
        rows = f"SELECT 1 FROM {self.source}{self.where}"
        if self.search_only:
            rows = "SELECT 1 FROM claims_search WHERE claims_search MATCH ?"
        if cap is None:
            return f"SELECT count(*) FROM ({rows}) t"
        return f"SELECT count(*) FROM ({rows} LIMIT {int(cap) + 1}) t"


@dataclass(slots=True)
class _Filter:
    """One filter: its clause, and for SQLite how many claims it may match (``matches``)
    and how to start from those claims (``drive``, through ``index``) instead of checking
    it on the rows an order walk meets."""

    clause: str
    params: list[Any]
    matches: int | None = None  # None: unknown, taken as many
    drive: tuple[str, list[Any]] | None = None  # the clause when this filter drives
    index: str | None = None  # SQLite index to name when it drives (None: the planner's)
    # An index family ("claimer", "party") that holds this filter's claims in every order:
    # walked from the cursor when the filter is too common to drive.
    walk: str | None = None


def _probe(store: SQLStore, sql: str, params: list[Any]) -> int:
    """How many rows ``sql`` (a SELECT of 1s) gives, counting at most ``DRIVE + 1``."""
    return int(store.query(f"SELECT count(*) FROM ({sql} LIMIT {DRIVE + 1}) t", params)[0][0])


@lru_cache(maxsize=1024)
def _party(text: str) -> str | None:
    """The side a claimer filter names ("Ukraine", "Kyiv" -> "ukraine"), if any."""
    from ..nlp.parties import party_key

    return party_key(text)


def _claimer(store: SQLStore, text: str) -> _Filter | None:
    """ "The claimer contains ``text``, or speaks for the side ``text`` names" ("Ukraine"
    also finds the Ukrainian military and Kyiv), from the small ``claimers`` table: the
    matching claimer keys, as an equality or a list an index serves; or the party alone,
    when every claimer the keys name speaks for it; or both, ORed. With their numbers of
    claims, exact."""
    pattern = like_contains(text)
    names = "key <> '' AND key LIKE ? ESCAPE '\\'"
    party = _party(text)
    if party is not None and not store.query(
        f"SELECT 1 FROM claimers WHERE party = ? AND NOT ({names}) LIMIT 1", (party, pattern)
    ):
        party = None  # every claim of that side is already found by its name
    n = int(
        store.query(
            f"SELECT coalesce(sum(n), 0) FROM claimers WHERE ({names}) OR party = ?",
            (pattern, party),
        )[0][0]
    )
    if not n:
        return None
    if party is not None and not store.query(
        f"SELECT 1 FROM claimers WHERE ({names}) AND party <> ? LIMIT 1", (pattern, party)
    ):
        # Every claimer the words name speaks for that side: the side alone says it all.
        return _Filter(
            "c.claimer_party = ?", [party], n, ("c.claimer_party = ?", [party]), "party", "party"
        )
    keys = [
        str(k)
        for (k,) in store.query(
            f"SELECT DISTINCT key FROM claimers WHERE {names} ORDER BY key LIMIT ?",
            (pattern, MAX_KEYS + 1),
        )
    ]
    if len(keys) == 1:
        by_name = ("c.claimer_key = ?", keys)
    elif len(keys) <= MAX_KEYS:
        by_name = (f"c.claimer_key IN ({','.join('?' * len(keys))})", keys)
    else:
        by_name = ("c.claimer_key LIKE ? ESCAPE '\\'", [pattern])
    if party is None:
        clause, params = by_name
        if len(keys) > MAX_KEYS:  # too many keys to list: checked on the rows walked
            return _Filter(clause, params, n)
        walk = "claimer" if len(keys) == 1 else None
        return _Filter(clause, params, n, (clause, params), "claimer", walk)
    # Name or side, each adding claims: driven (when rare), each finds its ids through its
    # index; else checked on the rows the order's walk meets.
    parts = [by_name[0], "c.claimer_party = ?"] if keys else ["c.claimer_party = ?"]
    params = [*by_name[1], party] if keys else [party]
    inner = " UNION ALL ".join(f"SELECT id FROM claims c WHERE {p}" for p in parts)
    return _Filter(f"({' OR '.join(parts)})", params, n, (f"c.id IN ({inner})", params))


class _Remembered:
    """A small per-process LRU map (thread-safe): what the listing learnt about a ledger,
    keyed by the ledger's kept number of claims among the rest."""

    def __init__(self, size: int = 1_024) -> None:
        self.size = size
        self._items: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...]) -> tuple[bool, Any]:
        with self._lock:
            if key not in self._items:
                return False, None
            self._items.move_to_end(key)
            return True, self._items[key]

    def put(self, key: tuple[Any, ...], value: Any) -> None:
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)


_CLAIMERS = _Remembered()
_PROBES = _Remembered()


def ledger_key(store: SQLStore) -> Any:
    """What names this ledger in a per-process cache: its URL (or the store, in memory)."""
    return store.url if store.url != ":memory:" else id(store)


def _claimer_at(store: SQLStore, text: str, kept: int | None) -> _Filter | None:
    """``_claimer(store, text)``, remembered per process while the ledger holds ``kept``
    claims (None: not remembered). The claimers table changes only in the transaction
    that adds claims, which changes the kept number too, so the key says when the answer
    may have changed."""
    if kept is None:
        return _claimer(store, text)
    key = (ledger_key(store), kept, text)
    found, hit = _CLAIMERS.get(key)
    if not found:
        hit = _claimer(store, text)
        _CLAIMERS.put(key, None if hit is None else replace(hit))
    return None if hit is None else replace(hit)  # plan() changes its copy


def _probe_at(store: SQLStore, sql: str, params: list[Any], kept: int | None) -> int:
    """``_probe``, remembered per process under ``kept`` like ``_claimer_at``: for the
    filters on what an article brings (its claims' words, dates and entities), which
    change only when claims are added."""
    if kept is None:
        return _probe(store, sql, params)
    key = (ledger_key(store), kept, DRIVE, sql, *params)
    found, n = _PROBES.get(key)
    if not found:
        n = _probe(store, sql, params)
        _PROBES.put(key, n)
    return int(n)


def _search(store: SQLStore, words: list[str], kept: int | None = None) -> _Filter | None:
    """ "The claim holds every word". On SQLite, started from the search index when the
    words are rare, else checked per row (``terms``) on an order walk; on PostgreSQL the
    planner chooses between the GIN index and the walk itself."""
    if store.dialect != "sqlite":
        return _Filter("c.tsv @@ CAST(? AS tsquery)", [tsquery(words)])
    match = fts5_match(words)
    # The matches themselves, counted up to DRIVE + 1 (the vocabulary table would count
    # each word's whole list of claims: its cost grows with the ledger).
    search = "SELECT 1 FROM claims_search WHERE claims_search MATCH ?"
    matches = _probe_at(store, search, [match], kept)
    if not matches:
        return None
    check = " AND ".join("instr(' ' || c.terms || ' ', ?) > 0" for _ in words)
    fts = "c.id IN (SELECT rowid FROM claims_search WHERE claims_search MATCH ?)"
    return _Filter(check, [f" {w} " for w in words], matches, (fts, [match]))


def _cursor_key(order: str) -> tuple[str, str]:
    """The order's key column and the subquery reading the cursor claim's key (the page's
    own statement reads it: no round trip of its own). A cursor that names no claim makes
    every comparison NULL, so the page is empty (``check_cursor`` then says why)."""
    if order == "id":
        return "c.id", "(SELECT id FROM claims WHERE id = ?)"
    if order == "score":
        return "c.score", "(SELECT score FROM claims WHERE id = ?)"
    return DATE, "(SELECT coalesce(as_of, '') FROM claims WHERE id = ?)"


def _keyset(order: str, claim_id: int, *, after: bool) -> tuple[str, list[Any]]:
    """Rows after (or before) claim ``claim_id`` in ``order``, as one condition."""
    col, key = _cursor_key(order)
    if order == "id":
        return (f"c.id > {key}" if after else f"c.id < {key}"), [claim_id]
    # The first comparison bounds the index range; the second breaks ties on the id.
    if after:  # descending key, ascending id
        return f"{col} <= {key} AND ({col} < {key} OR c.id > ?)", [claim_id] * 3
    return f"{col} >= {key} AND ({col} > {key} OR c.id < ?)", [claim_id] * 3


def _keyset_ranges(
    order: str, claim_id: int, *, after: bool
) -> tuple[tuple[str, list[Any]], tuple[str, list[Any]], str]:
    """Rows after (or before) claim ``claim_id`` in the date (or score) order as two index
    ranges: (the cursor's ties past its id, those past its key, the ties' ORDER BY)."""
    col, key = _cursor_key(order)
    if after:  # descending key, ascending id
        return (
            (f"{col} = {key} AND c.id > ?", [claim_id] * 2),
            (f"{col} < {key}", [claim_id]),
            "c.id",
        )
    return (
        (f"{col} = {key} AND c.id < ?", [claim_id] * 2),
        (f"{col} > {key}", [claim_id]),
        "c.id DESC",
    )


def check_cursor(store: SQLStore, query: ClaimQuery) -> None:
    """Raise NotFound when ``query`` pages from a claim that does not exist (asked only
    when its page came back empty)."""
    cursor = query.after if query.after is not None else query.before
    if cursor is not None and not store.query("SELECT 1 FROM claims WHERE id = ?", (cursor,)):
        raise NotFound(f"no claim {cursor} to page from; start again without `after`/`before`")


# The index each order walks (SQLite; the id order walks the table itself).
_WALK = {"score": "claims_score_id", "date": "claims_date_id", "id": None}


def plan(
    store: SQLStore,
    query: ClaimQuery,
    verdict: str | None = None,
    *,
    purpose: Literal["page", "count"] = "page",
    kept: int | None = None,
) -> Plan:
    """The SQL for ``query`` (of claims with a ``verdict``, if given). ``kept``: the
    ledger's kept number of claims, when the caller knows it: the claimer filter's
    resolution and the probes of the search, entity and date filters are then remembered
    under it (the verdict filter's is not: a check rewrites verdicts and adds no claim).

    On SQLite, which keeps no statistics here, the plan is chosen from what the filters
    say about themselves: a filter matching at most ``DRIVE`` claims drives (its index
    finds them, then they are sorted); else a single claimer's index, else the order's
    index, is walked from the cursor and each filter checked on the rows met.
    """
    empty = Plan("", (), "", empty=True)
    sqlite = store.dialect == "sqlite"
    filters: list[_Filter] = []
    if query.claimer:
        f = _claimer_at(store, query.claimer, kept)
        if f is None:
            return empty
        filters.append(f)
    if query.article:
        f = _Filter("c.article_id = ?", [query.article], 0)
        f.drive, f.index = (f.clause, f.params), "claims_article"
        filters.append(f)
    if query.entity:
        name = query.entity.lower()
        within = (
            "EXISTS (SELECT 1 FROM entities e WHERE e.article_id = c.article_id"
            " AND lower(e.text) = ? AND e.start_char >= c.start_char"
            " AND e.end_char <= c.end_char)"
        )
        f = _Filter(within, [name])
        if sqlite:
            entities = "SELECT 1 FROM entities WHERE lower(text) = ?"
            f.matches = _probe_at(store, entities, [name], kept)
            articles = "c.article_id IN (SELECT article_id FROM entities WHERE lower(text) = ?)"
            f.drive, f.index = (f"{articles} AND {within}", [name, name]), "claims_article"
        filters.append(f)
    dates: list[str] = []
    dparams: list[Any] = []
    if query.since:
        dates.append(f"{DATE} >= ?")
        dparams.append(query.since)
    if query.until:
        dates.append(f"{DATE} <= ? AND {DATE} > ''")  # on the index: no row read
        dparams.append(query.until)
    if dates:
        f = _Filter(" AND ".join(dates), dparams)
        if sqlite:
            walk = f"SELECT 1 FROM claims c INDEXED BY claims_date_id WHERE {f.clause}"
            f.matches = _probe_at(store, walk, dparams, kept)
            f.drive, f.index = (f.clause, dparams), "claims_date_id"
        filters.append(f)
    if query.min_score is not None:
        filters.append(_Filter("c.score >= ?", [query.min_score]))
    if query.ids is not None:
        if not query.ids:
            return empty
        clause = f"c.id IN ({','.join('?' * len(query.ids))})"
        filters.append(_Filter(clause, list(query.ids), 0, (clause, list(query.ids))))
    if query.q:
        words = search_terms(query.q)
        if words:
            f = _search(store, words, kept)
            if f is None:
                return empty
            filters.append(f)
    if verdict is not None:
        if not store.has_table("verdicts"):
            return empty
        clause = "c.id IN (SELECT claim_id FROM verdicts WHERE label = ?)"
        f = _Filter(clause, [verdict], None, (clause, [verdict]))
        if sqlite:
            f.matches = _probe(store, "SELECT 1 FROM verdicts WHERE label = ?", [verdict])
        filters.append(f)

    order = query.order if query.order in _ORDERS else "score"
    source = "claims c"
    driven = False  # SQLite starts from a rare filter's matches (and sorts them)
    if sqlite:
        drivers = [f for f in filters if f.drive is not None and f.matches is not None]
        best = min(drivers, key=lambda f: f.matches or 0, default=None)
        single = next((f for f in filters if f.walk is not None), None)
        if best is not None and (best.matches or 0) <= DRIVE:
            driven = True
            best.clause, best.params = best.drive  # type: ignore[misc]
            if best.index in _BY:
                best.index = _BY[best.index][order]
            if best.index:
                source = f"claims c INDEXED BY {best.index}"
        elif purpose == "count":
            if len(filters) == 1 and filters[0].drive is not None and query.q:
                # Only a search: count the search index's matches, nothing else.
                return Plan("", (fts5_match(search_terms(query.q)),), "", search_only=True)
        elif single is not None:
            source = f"claims c INDEXED BY {_BY[single.walk][order]}"  # type: ignore[index]
        elif _WALK[order]:
            source = f"claims c INDEXED BY {_WALK[order]}"
        else:
            source = "claims c NOT INDEXED"
    clauses = [f.clause for f in filters]
    params: list[Any] = [p for f in filters for p in f.params]
    reverse = False
    cursor = query.after if query.after is not None else query.before
    if purpose == "page" and cursor is not None and order == "date" and not driven:
        reverse = query.after is None
        (tie, tie_params), (rest, rest_params), tie_order = _keyset_ranges(
            order, cursor, after=not reverse
        )
        wheres = [" WHERE " + " AND ".join([*clauses, c]) for c in (tie, rest)]
        return Plan(
            "",
            (*params, *tie_params, *params, *rest_params),
            _ORDERS[order][int(reverse)],
            reverse,
            source=source,
            ties=(DATE if order == "date" else "c.score", wheres[0], tie_order, wheres[1]),
        )
    if purpose == "page":
        if query.after is not None:
            clause, p = _keyset(order, query.after, after=True)
            clauses.append(clause)
            params.extend(p)
        elif query.before is not None:
            clause, p = _keyset(order, query.before, after=False)
            clauses.append(clause)
            params.extend(p)
            reverse = True
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return Plan(where, tuple(params), _ORDERS[order][int(reverse)], reverse, source=source)


# The index of each order after a claimer key, and after a claimer party.
_BY = {
    "claimer": {
        "score": "claims_claimer_score",
        "date": "claims_claimer_date",
        "id": "claims_claimer_id",
    },
    "party": {
        "score": "claims_party_score",
        "date": "claims_party_date",
        "id": "claims_claimer_party",
    },
}


def select_ids(store: SQLStore, query: ClaimQuery, verdict: str | None = None) -> list[int]:
    """The ids of the page ``query`` asks for, in listing order."""
    p = plan(store, query, verdict)
    if p.empty:
        return []
    sql = p.sql("c.id", limit=query.limit, offset=query.offset)
    ids = [int(r[0]) for r in store.query(sql, p.params)]
    if not ids:
        check_cursor(store, query)
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
        f = _claimer(store, query.claimer or "")
        return Total(0 if f is None else int(f.matches or 0))
    p = plan(store, query, verdict, purpose="count")
    if p.empty:
        return Total(0)
    n = int(store.query(p.count_sql(cap), p.params)[0][0])
    if cap is None:
        return Total(n)
    return Total(min(n, cap), exact=n <= cap)


@dataclass(frozen=True, slots=True)
class Page:
    """One listing page as read by ``read_page``: the ledger's kept number of claims when
    it was read (``kept``), the page's claim ids in listing order, the total (None when
    it had to be counted and was not asked for), and each claim's verdict labels (in
    quantity order). ``stale``: the ledger no longer holds the number of claims the
    caller named (a writer added some): the page is as the statement read it, but the
    claimer filter and the total may be a write behind; ask again with ``kept``."""

    kept: int
    ids: tuple[int, ...] = ()
    total: Total | None = None
    labels: dict[int, list[str]] | None = None
    stale: bool = False


def read_page(
    store: SQLStore,
    query: ClaimQuery,
    verdict: str | None = None,
    *,
    kept: int | None = None,
    count: bool = True,
    labels: bool = True,
    cap: int = COUNT_CAP,
) -> Page:
    """The page ``query`` asks for, its total and its verdict labels, in as few round
    trips as the backend needs.

    On PostgreSQL that is one statement in the steady state: the page's ids (an
    ``ARRAY`` of the keyset walk, its cursor read by a subquery), the kept number of
    claims, the capped count when ``count`` and the total is not kept, and the labels
    (aggregated on the server). Its claimer filter is resolved from a per-process cache
    under ``kept`` (the number of claims the caller last saw, None: read it first); the
    statement says how many claims the ledger holds now, and if that is not ``kept`` the
    page comes back ``stale`` for the caller to ask again. On SQLite, where a statement
    is a function call, the kept number is read first and the parts one by one.
    A cursor that names no claim raises NotFound.
    """
    sqlite = store.dialect == "sqlite"
    asked = kept
    if kept is None or sqlite:
        kept = _kept(store, "claims")
    page = plan(store, query, verdict, kept=kept)
    kind = "count"
    if verdict is None and _only(query):
        kind = "kept"
    elif verdict is None and _only(query, "claimer"):
        kind = "claimer"
    total: Total | None = None
    if kind == "claimer":
        f = _claimer_at(store, query.claimer or "", kept)
        total = Total(0 if f is None else int(f.matches or 0))
    counted = None
    if kind == "count" and count:
        counted = plan(store, query, verdict, purpose="count", kept=kept)
        if counted.empty:
            total, counted = Total(0), None
    page_sql = None if page.empty else page.sql("c.id", limit=query.limit, offset=query.offset)
    found: dict[int, list[str]] | None = {} if labels else None
    if sqlite:
        now = kept
        ids = [int(r[0]) for r in store.query(page_sql, page.params)] if page_sql else []
        n = int(store.query(counted.count_sql(cap), counted.params)[0][0]) if counted else None
        if labels and ids:
            found = _labels(store.query(*_labels_sql(ids)))
    else:
        now, ids, n, found = _one_statement(store, page_sql, page.params, counted, cap, labels)
    if kind == "kept":
        total = Total(now)
    elif n is not None:
        total = Total(min(n, cap), exact=n <= cap)
    if not ids and page_sql is not None:
        check_cursor(store, query)
    if page.reverse:
        ids.reverse()
    stale = now != kept or (asked is not None and asked != kept)
    return Page(now, tuple(ids), total, found, stale)


def _one_statement(
    store: SQLStore,
    page_sql: str | None,
    page_params: tuple[Any, ...],
    counted: Plan | None,
    cap: int,
    labels: bool,
) -> tuple[int, list[int], int | None, dict[int, list[str]] | None]:
    """PostgreSQL: the kept number of claims, the page's ids, the capped count (when
    ``counted``) and the labels of the page's claims, in one round trip."""
    cols = ["(SELECT n FROM ledger_counts WHERE name = 'claims')"]
    params: list[Any] = []
    head = tail = ""
    if page_sql is not None:
        head = f"WITH p AS MATERIALIZED (SELECT ARRAY({page_sql}) AS ids) "
        tail = " FROM p"
        params.extend(page_params)
        cols.append("p.ids")
    if counted is not None:
        cols.append(f"({counted.count_sql(cap)})")
        params.extend(counted.params)
    if labels and page_sql is not None:
        cols.append(
            "(SELECT json_agg(json_build_array(v.claim_id, v.label)"
            " ORDER BY v.claim_id, v.quantity_index) FROM verdicts v"
            " WHERE v.claim_id = ANY(p.ids))"
        )
    row = list(store.query(f"{head}SELECT {', '.join(cols)}{tail}", params)[0])
    now = int(row.pop(0) or 0)
    ids = [int(i) for i in row.pop(0)] if page_sql is not None else []
    n = int(row.pop(0)) if counted is not None else None
    found: dict[int, list[str]] | None = None
    if labels:
        found = _labels(row.pop(0) or []) if page_sql is not None else {}
    return now, ids, n, found


def _labels_sql(ids: list[int]) -> tuple[str, list[int]]:
    return (
        f"SELECT claim_id, label FROM verdicts WHERE claim_id IN ({','.join('?' * len(ids))})"
        " ORDER BY claim_id, quantity_index",
        ids,
    )


def _labels(rows: Any) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for cid, label in rows:
        out.setdefault(int(cid), []).append(str(label))
    return out


def verdict_labels(store: SQLStore, claim_ids: list[int]) -> dict[int, list[str]]:
    """The verdict labels of each claim in ``claim_ids``, in quantity order (one query)."""
    if not claim_ids or not store.has_table("verdicts"):
        return {}
    return _labels(store.query(*_labels_sql(claim_ids)))


def _kept(store: SQLStore, name: str) -> int:
    rows = store.query("SELECT n FROM ledger_counts WHERE name = ?", (name,))
    return int(rows[0][0]) if rows else 0


def ledger_size(store: SQLStore) -> tuple[int, int]:
    """The numbers of articles and claims, as kept per write."""
    kept = dict(store.query("SELECT name, n FROM ledger_counts"))
    return int(kept.get("articles", 0)), int(kept.get("claims", 0))
