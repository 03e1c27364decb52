"""SQL for reference series and their points (tables of migration 2).

Plain rows in and out: the ``check`` stage turns them into its records, so the store never
imports a later stage.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .sql import SQLStore, now

SERIES_FIELDS = (
    "id",
    "name",
    "publisher",
    "publisher_aliases",
    "measure",
    "subject",
    "unit",
    "definition",
    "basis",
    "aliases",
    "source",
    "licence",
)
_LISTS = ("publisher_aliases", "aliases")
_COLS = ", ".join(SERIES_FIELDS)

PointRow = tuple[str, float, str | None]


def series_checksum(store: SQLStore, series_id: str) -> str | None:
    rows = store.query("SELECT checksum FROM reference_series WHERE id = ?", (series_id,))
    return str(rows[0][0]) if rows else None


def save_series(
    store: SQLStore, record: dict[str, Any], points: Sequence[PointRow], checksum: str
) -> bool:
    """Insert or replace a series with its points; False when the same content is stored."""
    if series_checksum(store, record["id"]) == checksum:
        return False
    values = [
        json.dumps(list(record.get(f) or ()), ensure_ascii=False) if f in _LISTS else record.get(f)
        for f in SERIES_FIELDS
    ]
    with store.transaction():
        store.execute("DELETE FROM reference_points WHERE series_id = ?", (record["id"],))
        store.execute("DELETE FROM reference_series WHERE id = ?", (record["id"],))
        store.execute(
            f"INSERT INTO reference_series ({_COLS}, checksum, added_at)"
            f" VALUES ({','.join('?' * (len(SERIES_FIELDS) + 2))})",
            [*values, checksum, now()],
        )
        store.executemany(
            "INSERT INTO reference_points (series_id, date, value, qualifier) VALUES (?,?,?,?)",
            [(record["id"], d, v, q) for d, v, q in points],
        )
    return True


def load_series(
    store: SQLStore, measure: str | None = None, *, with_points: bool = True
) -> list[tuple[dict[str, Any], list[PointRow]]]:
    """Stored series (of one measure, if given) with their points in date order; each record
    also carries ``version`` (the stored checksum) and ``imported_at``."""
    where, params = ("WHERE measure = ?", [measure]) if measure else ("", [])
    rows = store.query(
        f"SELECT {_COLS}, checksum, added_at FROM reference_series {where} ORDER BY id", params
    )
    out: dict[str, tuple[dict[str, Any], list[PointRow]]] = {}
    for r in rows:
        rec = dict(zip((*SERIES_FIELDS, "version", "imported_at"), r, strict=True))
        for f in _LISTS:
            rec[f] = json.loads(rec[f] or "[]")
        out[rec["id"]] = (rec, [])
    if with_points and out:
        sql = "SELECT p.series_id, p.date, p.value, p.qualifier FROM reference_points p"
        if measure:
            sql += " JOIN reference_series s ON s.id = p.series_id WHERE s.measure = ?"
        for sid, d, v, q in store.query(sql + " ORDER BY p.series_id, p.date", params):
            if sid in out:
                out[sid][1].append((str(d), float(v), q))
    return list(out.values())


def delete_series(store: SQLStore, series_id: str) -> bool:
    existed = series_checksum(store, series_id) is not None
    with store.transaction():
        store.execute("DELETE FROM reference_points WHERE series_id = ?", (series_id,))
        store.execute("DELETE FROM reference_series WHERE id = ?", (series_id,))
    return existed
