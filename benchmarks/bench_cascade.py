"""Cascade throughput and identity on the dev sets.

Runs three extractors over the same articles, in the same process:

- ``all``: the baseline, every sentence parsed (same sentence split as the cascade);
- ``cascade``: only sentences that can hold a claim parsed;
- ``whole``: the default Extractor, one parse of the whole article (for reference).

Prints the throughput ratio cascade/all and, per output field, how many articles differ
between cascade and all (and between cascade and whole). Data: PolNeAR dev articles and
NewsQuant dev sentences from ../shared/data (research-only; read in place).

    python benchmarks/bench_cascade.py [--data /work/shared/data] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from claimledger.ingest.base import make_article
from claimledger.nlp.cascade import CascadeExtractor
from claimledger.nlp.extract import Extractor

FIELDS = ("quantities", "attributions", "claims", "entities")


def load(data: Path) -> dict[str, list]:
    sets: dict[str, list] = {}
    pol = data / "polnear" / "data" / "dev" / "text"
    if pol.is_dir():
        sets["polnear-dev"] = [
            make_article(text=p.read_text(encoding="utf-8"), where=str(p), id=p.stem)
            for p in sorted(pol.glob("*.txt"))
        ]
    nq = data / "newsquant" / "data" / "NewsQuant.dev.json"
    if nq.exists():
        sets["newsquant-dev"] = [
            make_article(text=r["text"], where=f"{nq}:{i}", id=str(i))
            for i, r in enumerate(json.loads(nq.read_text(encoding="utf-8")))
            if r.get("text", "").strip()
        ]
    return sets


def timed(extractors: dict, articles, repeat: int):
    """Best wall time per extractor over ``repeat`` rounds, the extractors interleaved in
    each round so that load from other processes hits them alike."""
    best = dict.fromkeys(extractors, float("inf"))
    out: dict[str, list] = {}
    for _ in range(repeat):
        for name, x in extractors.items():
            t = time.perf_counter()
            out[name] = [ex.to_dict() for ex in x.extract(articles)]
            best[name] = min(best[name], time.perf_counter() - t)
    return best, out


def diff(a: list[dict], b: list[dict]) -> dict[str, int]:
    return {f: sum(1 for x, y in zip(a, b, strict=True) if x[f] != y[f]) for f in FIELDS}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared" / "data"))
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0, help="use the first N articles of each set")
    args = ap.parse_args()
    sets = load(Path(args.data))
    if not sets:
        print(f"no dev sets under {args.data}", file=sys.stderr)
        return 1
    whole = Extractor()
    allx = CascadeExtractor(mode="all")
    cas = CascadeExtractor(mode="cascade")
    hand = CascadeExtractor(mode="cascade", learned_cues=False)
    warm = next(iter(sets.values()))[:5]
    for x in (whole, allx, cas, hand):
        list(x.extract(warm))  # load the pipeline before timing
    report = {}
    for name, arts in sets.items():
        if args.limit:
            arts = arts[: args.limit]
        cas.stats = dict.fromkeys(cas.stats, 0)
        hand.stats = dict.fromkeys(hand.stats, 0)
        t, r = timed({"all": allx, "cascade": cas, "whole": whole, "hand": hand}, arts, args.repeat)
        t_all, t_cas, t_whole = t["all"], t["cascade"], t["whole"]
        r_all, r_cas, r_whole = r["all"], r["cascade"], r["whole"]
        hst = {k: v // args.repeat for k, v in hand.stats.items()}
        st = {k: v // args.repeat for k, v in cas.stats.items()}
        report[name] = {
            "articles": len(arts),
            "repeat": args.repeat,
            "chars": sum(len(a.text) for a in arts),
            "seconds": {k: round(v, 2) for k, v in t.items()},
            "throughput_ratio_cascade_vs_all": round(t_all / t_cas, 2),
            "throughput_ratio_cascade_vs_whole": round(t_whole / t_cas, 2),
            "sentences_parsed": f"{st['parsed']}/{st['sentences']}",
            "lookback_articles": st["lookback_articles"],
            "articles_differing_cascade_vs_all": diff(r_cas, r_all),
            "articles_differing_cascade_vs_whole": diff(r_cas, r_whole),
            "hand_lexicon_only": {
                "throughput_ratio_vs_all": round(t_all / t["hand"], 2),
                "throughput_ratio_vs_whole": round(t_whole / t["hand"], 2),
                "sentences_parsed": f"{hst['parsed']}/{hst['sentences']}",
                "articles_differing_vs_all": diff(r["hand"], r_all),
            },
        }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
