"""PostgreSQL for teams and clusters: the same schema and migrations as SQLite (psycopg 3).

Full-text search uses a generated ``tsvector`` column (migration 1). Several processes may
write at once: the content hash is UNIQUE, and an insert that loses a race to another
writer becomes a duplicate (inside a savepoint), never an error. Migrations run under an
advisory lock, so workers that open a fresh database together migrate it once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import StoreError
from ..models import Extraction
from .sql import SQLStore

log = logging.getLogger(__name__)

__all__ = ["PostgresStore"]

_MIGRATION_LOCK = 0x636C6D67  # "clmg": one advisory lock id for claimledger migrations


class PostgresStore(SQLStore):
    dialect = "postgres"

    def __init__(self, url: str, *, migrate: bool = True) -> None:
        super().__init__()
        import psycopg

        self.url = url
        try:
            self.conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError(
                f"{_redact(url)}: cannot connect to PostgreSQL ({first}); check the server, "
                "user and database in the URL"
            ) from exc
        self._depth = 0
        if migrate:
            self.execute("SELECT pg_advisory_lock(?)", (_MIGRATION_LOCK,))
            try:
                self.migrate()
            finally:
                self.execute("SELECT pg_advisory_unlock(?)", (_MIGRATION_LOCK,))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        # Nested calls join the outer transaction, as in SQLiteStore.
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with self.conn.transaction():
                yield
        finally:
            self._depth = 0

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        with self.conn.transaction():  # psycopg makes a nested block a savepoint
            yield

    def add(self, extraction: Extraction) -> tuple[str, bool]:
        """As SQLStore.add; an insert that races another writer's becomes a duplicate."""
        import psycopg

        a = extraction.article
        with self.transaction():
            for _attempt in range(3):
                try:
                    with self.conn.transaction():  # a savepoint inside the outer transaction
                        return super().add(extraction)
                except psycopg.errors.UniqueViolation:
                    existing = self.article_id_for_hash(a.hash)
                    if existing is not None:
                        return existing, False
                    # The id was taken concurrently: the retry stores under a suffixed id.
            raise StoreError(f"{self.url}: could not store article {a.id!r} after 3 attempts")

    def _table_exists(self, name: str) -> bool:
        return bool(
            self.query(
                "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema()"
                " AND table_name = ?",
                (name,),
            )
        )


def _redact(url: str) -> str:
    """The URL without its password, for messages."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}@{host}"
