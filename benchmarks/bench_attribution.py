"""Throughput of attribution extraction against bare ``nlp.pipe`` in the same run.

Parses the articles with the pinned pipeline (bare cost), then runs the rule extractor over
the parsed docs: as shipped (hand + learned lexicon + learned candidate filter), without the
filter, and with the hand lexicon only.
Results are words/s and ratios (``ratio_rules`` = bare time / (bare + extraction) time;
target >= 0.87, i.e. within 15% of bare). When the neural tagger is installed, the default
attribution path (rules, tagger, pairing) is timed too: ``ratio_tagger`` is bare / (bare +
that path) and ``tagger_cost`` the tagger path's time as a share of the bare parse.
Articles: PolNeAR dev texts when ../shared/data is present (read in place), else the
bundled example article repeated.

    python benchmarks/bench_attribution.py [--articles N] [--rounds R] [--json]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from claimledger.nlp import pipeline
from claimledger.nlp.attrib_assemble import attributions
from claimledger.nlp.attrib_filter import load_filter
from claimledger.nlp.attrib_tagger import load_tagger
from claimledger.nlp.attribution import (
    extract_attributions,
    learned_lexicon,
    use_filter,
    use_lexicon,
)

ROOT = Path(__file__).resolve().parents[1]
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "data" / "dev" / "text"
EXAMPLES = (
    ROOT / "src/claimledger/data/examples/2024-03-20-putin-fsb.txt",
    ROOT.parent / "shared/examples/2024-03-20-putin-fsb.txt",
)
TARGET = 1 / 1.15


def corpus(n: int) -> list[str]:
    if POLNEAR_DEV.is_dir():
        files = sorted(POLNEAR_DEV.glob("*.txt"))[:n]
        if files:
            return [f.read_text(encoding="utf-8") for f in files]
    for ex in EXAMPLES:
        if ex.exists():
            return [ex.read_text(encoding="utf-8")] * n
    raise SystemExit("no benchmark articles found")


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--articles", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    nlp = pipeline.load("en")
    texts = corpus(args.articles)
    words = sum(len(t.split()) for t in texts)
    list(nlp.pipe(texts[:2]))  # warm up

    tagger = load_tagger()
    bare_t, rules_t, hand_t, lex_t, tag_t, n_att = [], [], [], [], [], 0
    for _ in range(args.rounds):
        t = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=32))
        bare_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        n_att = sum(1 for d in docs for _a in extract_attributions(d))
        rules_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        with use_lexicon(None), use_filter(None):
            sum(1 for d in docs for _a in extract_attributions(d))
        hand_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        with use_filter(None):
            sum(1 for d in docs for _a in extract_attributions(d))
        lex_t.append(time.perf_counter() - t)
        if tagger is not None:
            t = time.perf_counter()
            sum(len(attributions(d, "tagger")) for d in docs)
            tag_t.append(time.perf_counter() - t)
    bare, rules, hand, lex = min(bare_t), min(rules_t), min(hand_t), min(lex_t)
    result = {
        "articles": len(texts),
        "words": words,
        "attributions": n_att,
        "bare_words_per_s": round(words / bare, 1),
        "rules_only_words_per_s": round(words / rules, 1),
        "pipe_plus_rules_words_per_s": round(words / (bare + rules), 1),
        "ratio_rules": round(bare / (bare + rules), 3),
        "ratio_lexicon_no_filter": round(bare / (bare + lex), 3),
        "ratio_hand_lexicon_only": round(bare / (bare + hand), 3),
        "target_ratio": round(TARGET, 3),
        "learned_cue_lemmas": len(learned_lexicon()),
        "candidate_filter": "in use" if load_filter() is not None else "absent",
        "neural_model": "shipped (nlp/models/attribution_tagger)" if tagger else "not installed",
    }
    if tag_t:
        tag = min(tag_t)
        result |= {
            "tagger_path_words_per_s": round(words / tag, 1),
            "ratio_tagger": round(bare / (bare + tag), 3),
            "tagger_cost": round(tag / bare, 3),
        }
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:>28}: {v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
