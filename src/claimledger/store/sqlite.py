"""The embedded default: SQLite in WAL mode, so readers never block the writer."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError
from .sql import SQLStore

MMAP_BYTES = 1 << 31  # SQLite lowers it to its own limit (just under 2 GiB in Debian's)


class SQLiteStore(SQLStore):
    dialect = "sqlite"

    def __init__(self, path: str | Path, *, migrate: bool = True) -> None:
        super().__init__()
        self.url = str(path)
        if self.url != ":memory:":
            parent = Path(self.url).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(
                    f"{self.url}: folder {parent} does not exist; create it or choose another "
                    "--db path"
                )
        try:
            self.conn = sqlite3.connect(
                self.url, timeout=30.0, isolation_level=None, check_same_thread=False
            )
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA busy_timeout = 30000")
            if self.url != ":memory:":
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.url}: cannot open as a SQLite database ({exc}); point --db at a "
                "claimledger database or a new file"
            ) from exc
        self._depth = 0
        if migrate:
            self.migrate()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        # Nested calls join the outer transaction.
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")
        finally:
            self._depth = 0

    def tune_for_reads(self) -> None:
        """Read the file through a memory map: the server's connections share the page
        cache of the OS instead of each copying pages into its own 2 MB cache."""
        if self.url != ":memory:":
            self.conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")

    def tune_for_writes(self) -> None:
        """A 256 MB page cache: index pages stay in memory while a large batch goes in."""
        self.conn.execute("PRAGMA cache_size = -262144")

    def _table_exists(self, name: str) -> bool:
        return bool(
            self.query(
                "SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?", (name,)
            )
        )
