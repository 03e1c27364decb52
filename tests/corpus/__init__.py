"""The small multi-article test corpus: hand-annotated claims, built into a ledger without a model.

``articles.jsonl`` holds each article with its claims (sentence, claimer, stance, quantities
as the extractor would give them, each with the frame a careful reader gives it);
``expected.json`` the verdicts, links and contradictions the checking stage must find.
Claims are keyed ``<article id>#<claim idx>#<quantity idx>``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from claimledger.models import Article, Claim, Extraction, Frame, Quantity, Span
from claimledger.store import SQLStore

HERE = Path(__file__).resolve().parent


def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (HERE / "articles.jsonl").read_text().splitlines() if line]


def expected() -> dict[str, Any]:
    return json.loads((HERE / "expected.json").read_text())


def extraction(rec: dict[str, Any]) -> Extraction:
    """An Extraction built by hand from one corpus record (offsets found in the text)."""
    text = rec["text"]
    quantities: list[Quantity] = []
    claims: list[Claim] = []
    for c in rec["claims"]:
        start = text.index(c["sentence"])
        end = start + len(c["sentence"])
        qidx = []
        for q in c["quantities"]:
            qs = text.index(q["text"], start)
            unit = q.get("unit")
            concept = None
            if unit:
                us = text.find(unit.split()[0], qs)
                if us >= 0:
                    concept = Span.of(text, us, us + len(unit))
            frame = None
            if "frame" in q:
                as_of = c.get("as_of", rec["date"])
                frame = Frame.from_dict(
                    {"as_of": as_of, "bound": q.get("change", "="), **q["frame"]}
                )
            quantities.append(
                Quantity(
                    qs,
                    qs + len(q["text"]),
                    q["text"],
                    q.get("value"),
                    q.get("low", q.get("value")),
                    q.get("high"),
                    q.get("change", "="),
                    unit,
                    None,
                    concept,
                    frame,
                )
            )
            qidx.append(len(quantities) - 1)
        who = c.get("claimer")
        ws = text.find(who, start) if who else -1
        claims.append(
            Claim(
                start,
                end,
                c["sentence"],
                Span.of(text, ws, ws + len(who)) if who and ws >= 0 else None,
                who,
                bool(c.get("hedged", False)),
                None,
                tuple(qidx),
                c.get("as_of", rec["date"]),
                0.5,
                c.get("stance", "asserts"),
            )
        )
    article = Article(
        rec["id"], text, rec["date"], rec.get("title"), rec.get("url"), rec.get("source")
    )
    return Extraction(article, (), tuple(quantities), (), tuple(claims))


def build(store: SQLStore) -> dict[str, tuple[int, int]]:
    """Add the corpus to ``store``; map each ``article#claim#quantity`` key to (claim id, qi)."""
    keys: dict[str, tuple[int, int]] = {}
    for rec in records():
        article_id, _ = store.add(extraction(rec))
        rows = store.extraction(article_id)
        ids = [
            r[0]
            for r in store.query(
                "SELECT id FROM claims WHERE article_id = ? ORDER BY idx", (article_id,)
            )
        ]
        for ci, c in enumerate(rows.claims):
            for qi in range(len(c.quantities)):
                keys[f"{rec['id']}#{ci}#{qi}"] = (int(ids[ci]), qi)
    return keys
