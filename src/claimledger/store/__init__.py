"""Storage: SQLite by default, PostgreSQL for teams; one schema, one Store protocol."""

from __future__ import annotations

from . import listing
from .base import ClaimQuery, ClaimRow, Store
from .sql import SQLStore
from .sqlite import SQLiteStore

__all__ = ["ClaimQuery", "ClaimRow", "SQLStore", "SQLiteStore", "Store", "listing", "open_store"]


def open_store(url: str, *, migrate: bool = True) -> SQLStore:
    """Open (and migrate) the ledger at ``url``: a SQLite path or a ``postgresql://`` URL."""
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(url, migrate=migrate)
    return SQLiteStore(url, migrate=migrate)
