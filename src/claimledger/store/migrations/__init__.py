"""Ordered, recorded schema migrations shared by SQLite and PostgreSQL.

Each module ``mNNN_<name>.py`` defines ``VERSION`` (its number), ``NAME`` and
``statements(dialect) -> list[str]``, and may define ``backfill(store)``: Python run after the
statements in the same transaction, for values only Python computes (search keys).
Migrations are discovered in number order, applied once each inside a transaction, and
recorded in ``schema_migrations``. Placeholders in
statements: ``{serial}`` (an auto-increment integer primary key) and ``{real}`` (a float
column) are filled per dialect.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

Dialect = Literal["sqlite", "postgres"]

TYPES: dict[str, dict[str, str]] = {
    "sqlite": {"serial": "INTEGER PRIMARY KEY AUTOINCREMENT", "real": "REAL"},
    "postgres": {"serial": "BIGSERIAL PRIMARY KEY", "real": "DOUBLE PRECISION"},
}


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: Callable[[Dialect], list[str]]
    backfill: Callable[[Any], None] | None = None  # called with the store

    def sql(self, dialect: Dialect) -> list[str]:
        return [s.format(**TYPES[dialect]) for s in self.statements(dialect)]


def all_migrations() -> list[Migration]:
    found: list[Migration] = []
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("m"):
            continue
        mod = importlib.import_module(f"{__name__}.{info.name}")
        found.append(
            Migration(mod.VERSION, mod.NAME, mod.statements, getattr(mod, "backfill", None))
        )
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"duplicate migration versions: {versions}")
    return found
