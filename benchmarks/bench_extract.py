"""Throughput of `extract` against bare `nlp.pipe` with the same model on the same articles.

Both runs happen in this process, interleaved, so the machine's noise hits both alike; the
result is a ratio (target: extract / bare >= 0.85). Articles: PolNeAR dev texts when
../shared/data is present (read in place, never copied), else the bundled example.

    python benchmarks/bench_extract.py [--articles N] [--rounds R] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from claimledger import ingest
from claimledger.models import Article
from claimledger.nlp import pipeline
from claimledger.nlp.extract import Extractor

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "data" / "dev" / "text"
TARGET = 0.85


def corpus(n: int) -> list[Article]:
    if POLNEAR_DEV.is_dir():
        files = sorted(POLNEAR_DEV.glob("*.txt"))[:n]
        arts = [a for a in ingest.read(files, date="2016-10-01") if isinstance(a, Article)]
        if arts:
            return arts
    (example,) = [
        a for a in ingest.read([ROOT / "src/claimledger/data/examples/2024-03-20-putin-fsb.txt"])
    ]
    return [example] * n  # type: ignore[list-item]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    nlp = pipeline.load("en")
    extractor = Extractor(nlp=nlp)
    arts = corpus(args.articles)
    words = sum(len(a.text.split()) for a in arts)
    texts = [a.text for a in arts]
    list(nlp.pipe(texts[:2]))  # warm up

    bare_t, ours_t = [], []
    for _ in range(args.rounds):
        t = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        bare_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        for _ex in extractor.extract(arts):
            pass
        ours_t.append(time.perf_counter() - t)
    bare, ours = min(bare_t), min(ours_t)
    result = {
        "articles": len(arts),
        "words": words,
        "bare_words_per_s": round(words / bare),
        "extract_words_per_s": round(words / ours),
        "ratio": round(bare / ours, 3),
        "target": TARGET,
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"{len(arts)} articles, {words:,} words, best of {args.rounds} rounds")
        print(f"bare nlp.pipe : {result['bare_words_per_s']:>8,} words/s")
        print(f"extract       : {result['extract_words_per_s']:>8,} words/s")
        print(f"ratio         : {result['ratio']:.3f} (target >= {TARGET})")
    return 0 if result["ratio"] >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
