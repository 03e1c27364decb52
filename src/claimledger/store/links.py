"""SQL for links between claims across articles (migration 2)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .sql import SQLStore, now

LINK_FIELDS = (
    "claim_id",
    "quantity_index",
    "link_key",
    "claimer_key",
    "measure",
    "subject",
    "method",
)


def replace_links(store: SQLStore, records: Sequence[dict[str, Any]]) -> int:
    """Replace every stored link with ``records`` (linking is recomputed as a whole)."""
    with store.transaction():
        store.execute("DELETE FROM claim_links")
        store.executemany(
            f"INSERT INTO claim_links ({', '.join(LINK_FIELDS)}, linked_at)"
            f" VALUES ({','.join('?' * (len(LINK_FIELDS) + 1))})",
            [[*(r.get(f) for f in LINK_FIELDS), now()] for r in records],
        )
    return len(records)


def load_links(store: SQLStore, link_key: str | None = None) -> list[dict[str, Any]]:
    where, params = (" WHERE link_key = ?", [link_key]) if link_key else ("", [])
    rows = store.query(
        f"SELECT {', '.join(LINK_FIELDS)} FROM claim_links{where} ORDER BY link_key, claim_id",
        params,
    )
    return [dict(zip(LINK_FIELDS, r, strict=True)) for r in rows]


def keys_for_claim(store: SQLStore, claim_id: int) -> list[str]:
    return [
        r[0]
        for r in store.query(
            "SELECT DISTINCT link_key FROM claim_links WHERE claim_id = ?", (int(claim_id),)
        )
    ]
