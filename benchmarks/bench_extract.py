"""Throughput of `extract` against bare `nlp.pipe` with the same model on the same articles.

All runs happen in this process, interleaved, so the machine's noise hits them alike;
results are ratios. Articles: PolNeAR dev texts when ../shared/data is present (read in
place, never copied; ``CLAIMLEDGER_SHARED`` names the shared folder when it is not the
checkout's sibling), else the bundled example (the output says which).

- ``ratio``: extract with the rule attribution extractor (``--attribution rules``) against
  bare ``nlp.pipe``; the core target is >= 0.85.
- ``ratio_tagger``: the default extract (the neural attribution tagger on) against bare
  ``nlp.pipe`` plus the tagger's own inference (tokenizing, the ONNX network) on the same
  texts: claimledger's overhead over the two models it runs, target >= 0.85.
- ``tagger_cost``: the tagger's inference time as a share of the spaCy pipeline's, the
  trained model's cost reported on its own.
- ``ratio_default``: the default extract against bare ``nlp.pipe`` (issue 12's target
  >= 1.0), and ``overlap_gain``: the default extract's speed over the same extractor with
  the tagger run after each parse rather than beside the next one (``overlap=False``).

    python benchmarks/bench_extract.py [--articles N] [--rounds R] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from claimledger import ingest
from claimledger.models import Article
from claimledger.nlp import pipeline
from claimledger.nlp.attrib_tagger import load_tagger
from claimledger.nlp.extract import Extractor
from claimledger.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMLEDGER_SHARED", ROOT.parent / "shared"))
POLNEAR_DEV = SHARED / "data" / "polnear" / "data" / "dev" / "text"
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
    rules = Extractor(Settings(attribution="rules"), nlp=nlp)
    default = Extractor(Settings(attribution="auto"), nlp=nlp)
    plain = Extractor(Settings(attribution="auto"), nlp=nlp, overlap=False)
    tagger = load_tagger()
    arts = corpus(args.articles)
    words = sum(len(a.text.split()) for a in arts)
    texts = [a.text for a in arts]
    list(nlp.pipe(texts[:2]))  # warm up
    if tagger is not None:
        tagger.tag(texts[:2])

    bare_t, rules_t, tag_t, default_t, plain_t = [], [], [], [], []
    for _ in range(args.rounds):
        t = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        bare_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        for _ex in rules.extract(arts):
            pass
        rules_t.append(time.perf_counter() - t)
        if tagger is not None:
            t = time.perf_counter()
            for text in texts:  # one article at a time, as extract runs it
                tagger.tag([text])
            tag_t.append(time.perf_counter() - t)
            t = time.perf_counter()
            for _ex in default.extract(arts):
                pass
            default_t.append(time.perf_counter() - t)
            t = time.perf_counter()
            for _ex in plain.extract(arts):
                pass
            plain_t.append(time.perf_counter() - t)
    bare, ours = min(bare_t), min(rules_t)
    result: dict = {
        "corpus": "polnear-dev" if POLNEAR_DEV.is_dir() else "example",
        "articles": len(arts),
        "words": words,
        "bare_words_per_s": round(words / bare),
        "extract_rules_words_per_s": round(words / ours),
        "ratio": round(bare / ours, 3),
        "target": TARGET,
    }
    if tagger is not None:
        tag, dflt, seq = min(tag_t), min(default_t), min(plain_t)
        result |= {
            "tagger_words_per_s": round(words / tag),
            "extract_words_per_s": round(words / dflt),
            "extract_plain_words_per_s": round(words / seq),
            "ratio_tagger": round((bare + tag) / dflt, 3),
            "tagger_cost": round(tag / bare, 3),
            "ratio_default": round(bare / dflt, 3),
            "overlap_gain": round(seq / dflt, 3),
        }
    if args.json:
        print(json.dumps(result))
    else:
        print(
            f"{result['corpus']}: {len(arts)} articles, {words:,} words, "
            f"best of {args.rounds} rounds"
        )
        print(f"bare nlp.pipe          : {result['bare_words_per_s']:>8,} words/s")
        print(f"extract, rules         : {result['extract_rules_words_per_s']:>8,} words/s")
        print(f"ratio                  : {result['ratio']:.3f} (target >= {TARGET})")
        if tagger is not None:
            print(f"tagger alone           : {result['tagger_words_per_s']:>8,} words/s")
            print(f"extract (default)      : {result['extract_words_per_s']:>8,} words/s")
            print(f"  not overlapped       : {result['extract_plain_words_per_s']:>8,} words/s")
            print(f"ratio default vs pipe  : {result['ratio_default']:.3f} (issue 12: >= 1.0)")
            print(f"overlap gain           : {result['overlap_gain']:.3f}")
            print(f"ratio vs pipe + tagger : {result['ratio_tagger']:.3f} (target >= {TARGET})")
            print(f"tagger cost            : {result['tagger_cost']:.3f} x the spaCy pipeline")
    ok = result["ratio"] >= TARGET and result.get("ratio_tagger", TARGET) >= TARGET
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
