"""Helpers for the ingest and engine tests: a tiny pipeline, synthetic corpora, ledger dumps."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

WORDS = [
    "officials",
    "ministry",
    "region",
    "attack",
    "drones",
    "village",
    "council",
    "report",
    "border",
    "troops",
    "city",
    "election",
    "voters",
    "campaign",
    "economy",
    "prices",
    "market",
    "budget",
    "hospital",
    "residents",
    "water",
    "power",
    "bridge",
    "convoy",
    "talks",
    "minister",
    "statement",
    "police",
    "court",
    "energy",
    "grain",
    "port",
    "harbour",
]


def tiny_model(folder: Path) -> str:
    """A tokenizer + sentencizer pipeline on disk: fast, no weights (``--model`` takes it)."""
    import spacy

    path = folder / "tiny_en"
    if not path.exists():
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.to_disk(path)
    return str(path)


def article_text(rng: random.Random, n: int) -> str:
    sents = []
    for k in range(rng.randint(3, 6)):
        words = rng.sample(WORDS, 7)
        if k % 2 == 0:
            n_ = rng.randint(2, 9999)
            sents.append(f"The {words[0]} said {n_} {words[1]} near the {words[2]} {words[3]}.")
        else:
            sents.append(f"{words[4].capitalize()} {words[5]} {words[6]} in article {n}.")
    return " ".join(sents)


def write_corpus(path: Path, n: int, *, seed: int = 7, bad_every: int = 0) -> Path:
    """``n`` JSONL records of short synthetic news; every ``bad_every``-th line is broken."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            if bad_every and i % bad_every == bad_every - 1:
                fh.write('{"id": "broken", "text": \n')
                continue
            rec = {"id": f"a{i}", "text": article_text(rng, i), "date": "2024-03-20"}
            fh.write(json.dumps(rec) + "\n")
    return path


def dump_ledger(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Everything a ledger holds, without serial ids or timestamps, in a stable order."""
    tables = {
        "articles": "id, hash, text, date, title, url, source, language, origin",
        "entities": "article_id, idx, start_char, end_char, text, label",
        "quantities": "article_id, idx, start_char, end_char, text, value, low, high, change,"
        " unit, unit_span, concept_span",
        "attributions": "article_id, idx, kind, source_span, cue_span, content, stance,"
        " resolution, resolved_name",
        "claims": "article_id, idx, start_char, end_char, text, claimer_span, claimer_name,"
        " hedged, attribution_idx, quantity_idx, as_of, score, stance",
        "near_duplicates": "hash, article_id, similarity, origin, title, url, source, date",
        "skipped": "source, code, message",
        "article_minhash": "article_id, hash, signature",
    }
    out = {}
    for name, cols in tables.items():
        rows = store.query(f"SELECT {cols} FROM {name}")
        out[name] = sorted(
            tuple(bytes(v) if isinstance(v, memoryview) else v for v in r) for r in rows
        )
    return out
