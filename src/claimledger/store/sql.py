"""The SQL behind every backend: one implementation, two dialects.

Statements are written with ``?`` placeholders; the PostgreSQL backend rewrites them to
``%s``. Backend specifics (full-text search, upserts) sit behind small methods.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from ..errors import NotFound, StoreError
from ..models import (
    Article,
    Attribution,
    Claim,
    Entity,
    Extraction,
    Frame,
    Quantity,
    Skipped,
    Span,
)
from . import listing
from .base import ClaimQuery, ClaimRow
from .migrations import Dialect, all_migrations
from .search import fold, search_terms

log = logging.getLogger(__name__)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _span_json(span: Span | None) -> str | None:
    return json.dumps(span.to_dict(), ensure_ascii=False) if span is not None else None


def _span(value: str | None) -> Span | None:
    return Span.from_dict(json.loads(value)) if value else None


class SQLStore:
    """A ledger in a SQL database. Subclasses supply the connection and the dialect."""

    dialect: Dialect = "sqlite"
    url: str = ""

    def __init__(self) -> None:
        self.conn: Any = None
        self._tables: set[str] = set()
        # The ledger's kept number of claims when this connection last read a listing
        # page (store.reads.claims_page): the key of what the listing remembers.
        self.seen_claims: int | None = None

    # -- plumbing -------------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql if self.dialect == "sqlite" else sql.replace("?", "%s")

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self._sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        cur = self.conn.cursor()
        cur.executemany(self._sql(sql), [tuple(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self.execute(sql, params).fetchall())

    @contextmanager
    def transaction(self) -> Iterator[None]:
        raise NotImplementedError

    def _table_exists(self, name: str) -> bool:
        raise NotImplementedError

    def has_table(self, name: str) -> bool:
        """Whether table ``name`` exists. A yes is remembered by this connection (tables
        are only ever added, by migrations), so a page view asks once."""
        if name in self._tables:
            return True
        if self._table_exists(name):
            self._tables.add(name)
            return True
        return False

    def tune_for_reads(self) -> None:
        """Settings for a connection that serves many reads (the web app's)."""

    def tune_for_writes(self) -> None:
        """Settings for a connection that writes a large batch (a bigger page cache)."""

    def analyze(self) -> None:
        """Refresh the query planner's statistics (after loading many articles)."""
        self.execute("ANALYZE")

    # -- schema ---------------------------------------------------------------------------
    def migrate(self) -> list[int]:
        """Apply pending migrations in order; return the versions applied."""
        with self.transaction():
            self.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations "
                "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
        done = {r[0] for r in self.query("SELECT version FROM schema_migrations")}
        applied = []
        for m in all_migrations():
            if m.version in done:
                continue
            try:
                with self.transaction():
                    for stmt in m.sql(self.dialect):
                        self.execute(stmt)
                    if m.backfill is not None:
                        m.backfill(self)
                    self.execute(
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?,?,?)",
                        (m.version, m.name, now()),
                    )
            except Exception as exc:
                raise StoreError(
                    f"{self.url}: migration {m.version} ({m.name}) failed: {exc}; "
                    "is the database written by a newer claimledger?"
                ) from exc
            applied.append(m.version)
            log.info("applied migration %s %s", m.version, m.name)
        return applied

    def schema_versions(self) -> list[tuple[int, str]]:
        return [
            (r[0], r[1])
            for r in self.query("SELECT version, name FROM schema_migrations ORDER BY version")
        ]

    # -- writing --------------------------------------------------------------------------
    def article_id_for_hash(self, hash: str) -> str | None:
        rows = self.query("SELECT id FROM articles WHERE hash = ?", (hash,))
        return rows[0][0] if rows else None

    def add(self, extraction: Extraction) -> tuple[str, bool]:
        """Store an article with its extraction. Re-adding the same text is a no-op."""
        a = extraction.article
        with self.transaction():
            existing = self.article_id_for_hash(a.hash)
            if existing is not None:
                return existing, False
            # Same id, different text: keep both, the newer under a hash-suffixed id; longer
            # suffixes when that id is taken too (an id may be crafted to collide with it).
            for article_id in (a.id, *(f"{a.id}-{a.hash[:k]}" for k in (8, 16, 64))):
                if not self.query("SELECT 1 FROM articles WHERE id = ?", (article_id,)):
                    break
            else:
                article_id = a.hash
            self._insert(extraction, article_id)
        return article_id, True

    def _insert(self, ex: Extraction, article_id: str) -> None:
        a = ex.article
        self.execute(
            "INSERT INTO articles (id, hash, text, date, title, url, source, language, origin,"
            " added_at, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                article_id,
                a.hash,
                a.text,
                a.date,
                a.title,
                a.url,
                a.source,
                a.language,
                a.origin,
                now(),
                json.dumps(list(ex.notes), ensure_ascii=False) if ex.notes else None,
            ),
        )
        self.executemany(
            "INSERT INTO entities (article_id, idx, start_char, end_char, text, label)"
            " VALUES (?,?,?,?,?,?)",
            [(article_id, i, e.start, e.end, e.text, e.label) for i, e in enumerate(ex.entities)],
        )
        self.executemany(
            "INSERT INTO quantities (article_id, idx, start_char, end_char, text, value, low,"
            " high, change, unit, unit_span, concept_span, frame)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    article_id,
                    i,
                    q.start,
                    q.end,
                    q.text,
                    q.value,
                    q.low,
                    q.high,
                    q.change,
                    q.unit,
                    _span_json(q.unit_span),
                    _span_json(q.concept),
                    json.dumps(q.frame.to_dict(), ensure_ascii=False) if q.frame else None,
                )
                for i, q in enumerate(ex.quantities)
            ],
        )
        self.executemany(
            "INSERT INTO attributions (article_id, idx, kind, source_span, cue_span, content,"
            " stance, resolution, resolved_name) VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (
                    article_id,
                    i,
                    t.kind,
                    _span_json(t.source),
                    _span_json(t.cue),
                    json.dumps([c.to_dict() for c in t.content], ensure_ascii=False),
                    t.stance,
                    t.resolution,
                    t.resolved_name,
                )
                for i, t in enumerate(ex.attributions)
            ],
        )
        self.executemany(
            "INSERT INTO claims (article_id, idx, start_char, end_char, text, claimer_span,"
            " claimer_name, hedged, attribution_idx, quantity_idx, as_of, score, stance,"
            " claimer_kind, claimer_resolution, stance_cue_span, hedge_span, main,"
            " claimer_party, claimer_key, terms)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    article_id,
                    i,
                    c.start,
                    c.end,
                    c.text,
                    _span_json(c.claimer),
                    c.claimer_name,
                    int(c.hedged),
                    c.attribution,
                    json.dumps(list(c.quantities)),
                    c.as_of,
                    c.score,
                    c.stance,
                    c.claimer_kind,
                    c.claimer_resolution,
                    _span_json(c.stance_cue),
                    _span_json(c.hedge),
                    int(c.main),
                    c.claimer_party,
                    fold(c.claimer_name) if c.claimer_name else None,
                    " ".join(search_terms(c.text, c.claimer_name)),
                )
                for i, c in enumerate(ex.claims)
            ],
        )
        self._count(ex)

    def _count(self, ex: Extraction) -> None:
        """Keep the totals the listing shows (migration 6) in step with this article."""
        per_claimer: dict[tuple[str, str], int] = {}
        for c in ex.claims:
            if c.claimer_name or c.claimer_party:
                pair = (fold(c.claimer_name) if c.claimer_name else "", c.claimer_party or "")
                per_claimer[pair] = per_claimer.get(pair, 0) + 1
        # Sorted, so concurrent PostgreSQL writers lock the rows in one order (no deadlock).
        self.executemany(
            "INSERT INTO claimers (key, party, n) VALUES (?, ?, ?)"
            " ON CONFLICT (key, party) DO UPDATE SET n = claimers.n + excluded.n",
            [(k, p, n) for (k, p), n in sorted(per_claimer.items())],
        )
        self.executemany(
            "UPDATE ledger_counts SET n = n + ? WHERE name = ?",
            [(1, "articles"), (len(ex.claims), "claims")],
        )

    def record_skipped(self, skipped: Iterable[Skipped]) -> int:
        """Record bad input; a record already recorded (a rerun) is not recorded twice.
        Returns how many rows were added."""
        at = now()
        added = 0
        with self.transaction():
            for s in dict.fromkeys(skipped):
                if self.query(
                    "SELECT 1 FROM skipped WHERE source = ? AND code = ? AND message = ?",
                    (s.source, s.code, s.message),
                ):
                    continue
                self.execute(
                    "INSERT INTO skipped (source, code, message, at) VALUES (?,?,?,?)",
                    (s.source, s.code, s.message, at),
                )
                added += 1
        return added

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A nested transaction: a failure inside undoes only what was done inside."""
        self.execute("SAVEPOINT claimledger_record")
        try:
            yield
        except BaseException:
            self.execute("ROLLBACK TO SAVEPOINT claimledger_record")
            self.execute("RELEASE SAVEPOINT claimledger_record")
            raise
        self.execute("RELEASE SAVEPOINT claimledger_record")

    def skipped(self, limit: int = 100) -> list[Skipped]:
        return [
            Skipped(*r)
            for r in self.query(
                "SELECT source, code, message FROM skipped ORDER BY id DESC LIMIT ?", (limit,)
            )
        ]

    # -- reading --------------------------------------------------------------------------
    ARTICLE_FIELDS = ("id", "text", "date", "title", "url", "source", "language", "origin", "hash")
    _ARTICLE_COLS = ", ".join(ARTICLE_FIELDS)

    @classmethod
    def article_row(cls, r: Sequence[Any]) -> Article:
        """An ``Article`` from a row of ``_ARTICLE_COLS`` (read by name)."""
        return Article(**dict(zip(cls.ARTICLE_FIELDS, r, strict=True)))

    def article(self, article_id: str) -> Article:
        rows = self.query(f"SELECT {self._ARTICLE_COLS} FROM articles WHERE id = ?", (article_id,))
        if not rows:
            raise NotFound(f"no article {article_id!r}; list them with `claimledger articles`")
        return self.article_row(rows[0])

    def articles(self, limit: int = 50, offset: int = 0) -> list[Article]:
        return [
            self.article_row(r)
            for r in self.query(
                f"SELECT {self._ARTICLE_COLS} FROM articles"
                " ORDER BY date DESC, id LIMIT ? OFFSET ?",
                (limit, offset),
            )
        ]

    def count_articles(self) -> int:
        return int(self.query("SELECT count(*) FROM articles")[0][0])

    QUANTITY_FIELDS = (
        "start_char",
        "end_char",
        "text",
        "value",
        "low",
        "high",
        "change",
        "unit",
        "unit_span",
        "concept_span",
        "frame",
    )
    QUANTITY_COLS = ", ".join(QUANTITY_FIELDS)

    @classmethod
    def quantity_row(cls, r: Sequence[Any]) -> Quantity:
        """A Quantity from a row of ``QUANTITY_COLS`` (read by name)."""
        d = dict(zip(cls.QUANTITY_FIELDS, r, strict=True))
        return Quantity(
            start=d["start_char"],
            end=d["end_char"],
            text=d["text"],
            value=d["value"],
            low=d["low"],
            high=d["high"],
            change=d["change"],
            unit=d["unit"],
            unit_span=_span(d["unit_span"]),
            concept=_span(d["concept_span"]),
            frame=Frame.from_dict(json.loads(d["frame"])) if d["frame"] else None,
        )

    def _quantities(self, article_id: str) -> list[Quantity]:
        return [
            self.quantity_row(r)
            for r in self.query(
                f"SELECT {self.QUANTITY_COLS} FROM quantities WHERE article_id = ? ORDER BY idx",
                (article_id,),
            )
        ]

    ATTRIBUTION_FIELDS = (
        "kind",
        "source_span",
        "cue_span",
        "content",
        "stance",
        "resolution",
        "resolved_name",
    )
    ATTRIBUTION_COLS = ", ".join(ATTRIBUTION_FIELDS)

    @classmethod
    def attribution_row(cls, r: Sequence[Any]) -> Attribution:
        """An ``Attribution`` from a row of ``ATTRIBUTION_COLS`` (read by name)."""
        d = dict(zip(cls.ATTRIBUTION_FIELDS, r, strict=True))
        return Attribution(
            kind=d["kind"],
            source=_span(d["source_span"]),
            cue=_span(d["cue_span"]),
            content=tuple(Span.from_dict(c) for c in json.loads(d["content"])),  # type: ignore[misc]
            stance=d["stance"],
            resolution=d["resolution"],
            resolved_name=d["resolved_name"],
        )

    def _attributions(self, article_id: str) -> list[Attribution]:
        return [
            self.attribution_row(r)
            for r in self.query(
                f"SELECT {self.ATTRIBUTION_COLS} FROM attributions"
                " WHERE article_id = ? ORDER BY idx",
                (article_id,),
            )
        ]

    # A claim row: the claim's columns, then its article's (``claim_rows_by_id``).
    CLAIM_FIELDS = (
        "id",
        "article_id",
        "start_char",
        "end_char",
        "text",
        "claimer_span",
        "claimer_name",
        "hedged",
        "attribution_idx",
        "quantity_idx",
        "as_of",
        "score",
        "stance",
        "claimer_kind",
        "claimer_resolution",
        "stance_cue_span",
        "hedge_span",
        "main",
        "claimer_party",
    )
    ARTICLE_FIELDS_OF_CLAIM = ("date", "title", "source", "url")
    _CLAIM_COLS = ", ".join(
        [*(f"c.{f}" for f in CLAIM_FIELDS), *(f"a.{f}" for f in ARTICLE_FIELDS_OF_CLAIM)]
    )
    _CLAIM_NAMES = (*CLAIM_FIELDS, *(f"article_{f}" for f in ARTICLE_FIELDS_OF_CLAIM))

    @classmethod
    def _claim_dict(cls, r: Sequence[Any]) -> dict[str, Any]:
        return dict(zip(cls._CLAIM_NAMES, r, strict=True))

    @staticmethod
    def _claim(d: dict[str, Any]) -> Claim:
        """A Claim from a claim row read by name (``_claim_dict``)."""
        return Claim(
            start=d["start_char"],
            end=d["end_char"],
            text=d["text"],
            claimer=_span(d["claimer_span"]),
            claimer_name=d["claimer_name"],
            hedged=bool(d["hedged"]),
            attribution=d["attribution_idx"],
            quantities=tuple(json.loads(d["quantity_idx"])),
            as_of=d["as_of"],
            score=float(d["score"]),
            stance=d["stance"],
            claimer_kind=d["claimer_kind"],
            claimer_resolution=d["claimer_resolution"],
            stance_cue=_span(d["stance_cue_span"]),
            hedge=_span(d["hedge_span"]),
            main=bool(d["main"]),
            claimer_party=d["claimer_party"],
        )

    def extraction(self, article_id: str) -> Extraction:
        article = self.article(article_id)
        ents = tuple(
            Entity(start=r[0], end=r[1], text=r[2], label=r[3])
            for r in self.query(
                "SELECT start_char, end_char, text, label FROM entities WHERE article_id = ?"
                " ORDER BY idx",
                (article_id,),
            )
        )
        claims = tuple(
            self._claim(self._claim_dict(r))
            for r in self.query(
                f"SELECT {self._CLAIM_COLS} FROM claims c JOIN articles a ON a.id = c.article_id"
                " WHERE c.article_id = ? ORDER BY c.idx",
                (article_id,),
            )
        )
        notes = self.query("SELECT notes FROM articles WHERE id = ?", (article_id,))[0][0]
        return Extraction(
            article,
            ents,
            tuple(self._quantities(article_id)),
            tuple(self._attributions(article_id)),
            claims,
            tuple(json.loads(notes)) if notes else (),
        )

    def claims(self, query: ClaimQuery | None = None) -> list[ClaimRow]:
        """One page of claims: filters, order and keyset or offset as ``query`` says
        (``store.listing`` plans the SQL)."""
        query = query or ClaimQuery()
        ids = self.main_first(query, listing.select_ids(self, query))
        return self.claim_rows(self.claim_rows_by_id(ids))

    def main_first(self, query: ClaimQuery, ids: list[int]) -> list[int]:
        """One article's claims start with its main claim (on the first page of any order)."""
        if not query.article or query.offset or query.after or query.before:
            return ids
        rows = self.query(
            "SELECT id FROM claims WHERE article_id = ? AND main = 1 ORDER BY id LIMIT 1",
            (query.article,),
        )
        if not rows:
            return ids
        main = int(rows[0][0])
        if main not in ids:
            return ids  # another filter left it out, or the page is full without it
        return [main, *(i for i in ids if i != main)]

    def claim_rows_by_id(self, ids: Sequence[int]) -> list[tuple[Any, ...]]:
        """The ``_CLAIM_COLS`` rows of claims ``ids``, in that order."""
        if not ids:
            return []
        rows = {
            int(r[0]): r
            for r in self.query(
                f"SELECT {self._CLAIM_COLS} FROM claims c JOIN articles a ON a.id = c.article_id"
                f" WHERE c.id IN ({','.join('?' * len(ids))})",
                list(ids),
            )
        }
        return [rows[i] for i in ids if i in rows]

    def main_claims(self, article_ids: Sequence[str]) -> dict[str, ClaimRow]:
        """The main claim of each of these articles (article id to claim; an article with no
        claims is left out)."""
        ids = list(dict.fromkeys(article_ids))
        if not ids:
            return {}
        rows = self.query(
            f"SELECT {self._CLAIM_COLS} FROM claims c JOIN articles a ON a.id = c.article_id"
            f" WHERE c.main = 1 AND c.article_id IN ({','.join('?' * len(ids))})"
            " ORDER BY c.id",
            ids,
        )
        out: dict[str, ClaimRow] = {}
        for r in self.claim_rows(rows):
            out.setdefault(r.article_id, r)
        return out

    def count_claims(self, query: ClaimQuery | None = None) -> int:
        """How many claims match ``query``'s filters (its page aside), counted exactly."""
        return listing.claims_total(self, query or ClaimQuery(), cap=None).n

    def claim_rows(self, rows: Sequence[Sequence[Any]]) -> list[ClaimRow]:
        """``ClaimRow`` records from claim rows (``claim_rows_by_id``), in their order.

        The quantities and attributions of all their articles are read in two statements,
        and only those the claims refer to are parsed: the one reader of claim rows, for
        the listing, the claim page, main claims and the Python API alike.
        """
        if not rows:
            return []
        ds = [self._claim_dict(r) for r in rows]
        claims_ = [(d, self._claim(d)) for d in ds]
        ids = sorted({d["article_id"] for d in ds})
        marks = ",".join("?" * len(ids))
        q_rows = {
            (r[0], r[1]): r[2:]
            for r in self.query(
                f"SELECT article_id, idx, {self.QUANTITY_COLS} FROM quantities"
                f" WHERE article_id IN ({marks})",
                ids,
            )
        }
        a_rows = {
            (r[0], r[1]): r[2:]
            for r in self.query(
                f"SELECT article_id, idx, {self.ATTRIBUTION_COLS} FROM attributions"
                f" WHERE article_id IN ({marks})",
                ids,
            )
        }
        out = []
        for d, claim in claims_:
            aid = d["article_id"]
            qs = [q_rows[(aid, i)] for i in claim.quantities if (aid, i) in q_rows]
            ar = a_rows.get((aid, claim.attribution)) if claim.attribution is not None else None
            out.append(
                ClaimRow(
                    id=int(d["id"]),
                    article_id=aid,
                    claim=claim,
                    quantities=tuple(self.quantity_row(q) for q in qs),
                    attribution=self.attribution_row(ar) if ar is not None else None,
                    article_date=d["article_date"],
                    article_title=d["article_title"],
                    article_source=d["article_source"],
                    article_url=d["article_url"],
                )
            )
        return out

    def claim(self, claim_id: int) -> ClaimRow:
        rows = self.query(
            f"SELECT {self._CLAIM_COLS} FROM claims c JOIN articles a ON a.id = c.article_id"
            " WHERE c.id = ?",
            (claim_id,),
        )
        if not rows:
            raise NotFound(f"no claim {claim_id}; list them with `claimledger claims`")
        return self.claim_rows(rows)[0]

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None
