"""SQL for verdicts (migration 2): one row per (claim, quantity index), replaced on re-check."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .sql import SQLStore, now

VERDICT_FIELDS = (
    "claim_id",
    "quantity_index",
    "label",
    "measure",
    "best_series",
    "explanation",
    "evidence",
    "notes",
    "detail",
)
_JSON = ("evidence", "notes", "detail")


def save_verdicts(store: SQLStore, records: Sequence[dict[str, Any]]) -> int:
    """Replace the verdicts of the claims in ``records`` with these."""
    claim_ids = sorted({int(r["claim_id"]) for r in records})
    with store.transaction():
        for cid in claim_ids:
            store.execute("DELETE FROM verdicts WHERE claim_id = ?", (cid,))
        store.executemany(
            f"INSERT INTO verdicts ({', '.join(VERDICT_FIELDS)}, checked_at)"
            f" VALUES ({','.join('?' * (len(VERDICT_FIELDS) + 1))})",
            [
                [
                    *(
                        json.dumps(r.get(f), ensure_ascii=False) if f in _JSON else r.get(f)
                        for f in VERDICT_FIELDS
                    ),
                    now(),
                ]
                for r in records
            ],
        )
    return len(records)


def load_verdicts(
    store: SQLStore, claim_ids: Sequence[int] | None = None, label: str | None = None
) -> list[dict[str, Any]]:
    """Stored verdicts as dicts, by claim id and quantity index."""
    clauses, params = [], []  # type: ignore[var-annotated]
    if claim_ids is not None:
        if not claim_ids:
            return []
        clauses.append(f"claim_id IN ({','.join('?' * len(claim_ids))})")
        params.extend(int(c) for c in claim_ids)
    if label:
        clauses.append("label = ?")
        params.append(label)
    where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = store.query(
        f"SELECT {', '.join(VERDICT_FIELDS)}, checked_at FROM verdicts{where}"
        " ORDER BY claim_id, quantity_index",
        params,
    )
    out = []
    for r in rows:
        d = dict(zip((*VERDICT_FIELDS, "checked_at"), r, strict=True))
        for f in _JSON:
            d[f] = json.loads(d[f]) if d[f] else None
        out.append(d)
    return out
