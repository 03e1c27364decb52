"""Quantity extraction against quantulum3 on NewsQuant sentences: quality and speed ratios.

    python benchmarks/bench_quantities.py [--data PATH] [--repeat N]

Both systems are scored with claimledger's NewsQuant scorer. Speed compares quantulum3's
``parser.parse`` per sentence with our quantity step alone on already parsed Docs (the
spaCy parse is timed separately, as the baseline our step must stay small against).
Prints ratios; asserts nothing.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

DEFAULT = Path(__file__).resolve().parents[2] / "shared/data/newsquant/data/NewsQuant.dev.json"


def quantulum_preds(texts: list[str]) -> tuple[list[list], float]:
    from quantulum3 import parser

    from claimledger.evaluate.newsquant import Pred

    out = []
    t0 = time.perf_counter()
    for text in texts:
        try:
            found = parser.parse(text)
        except Exception:  # quantulum3 raises on some inputs; count as no output
            found = []
        out.append(found)
    elapsed = time.perf_counter() - t0
    preds = []
    for found in out:
        ps = []
        for q in found:
            unit = None if q.unit.name == "dimensionless" else q.unit.name
            unc = getattr(q, "uncertainty", None)
            ps.append(
                Pred(float(q.value), float(q.value), float(q.value), "=", unit, None)
                if not unc
                else Pred(float(q.value), None, None, "~", unit, None)
            )
        preds.append(ps)
    return preds, elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    from claimledger.evaluate.newsquant import Pred, load_gold, score
    from claimledger.nlp import pipeline
    from claimledger.nlp.quantities import extract_quantities

    gold = load_gold(args.data)
    texts = [g.text for g in gold]
    n = len(texts)
    nlp = pipeline.load("en")

    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    t_pipe = time.perf_counter() - t0

    ours = [[Pred.from_dict(q.to_dict()) for q in extract_quantities(d)] for d in docs]
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for d in docs:
            list(extract_quantities(d))
    t_ours = (time.perf_counter() - t0) / args.repeat

    theirs, t_q3 = quantulum_preds(texts)  # first pass loads its models
    theirs, t_q3 = quantulum_preds(texts)

    print(f"NewsQuant sentences: {n} ({args.data.name})")
    print("\nclaimledger")
    print(score(zip(ours, gold, strict=True)).render())
    print("\nquantulum3 (no change or concept output)")
    print(score(zip(theirs, gold, strict=True)).render())
    per = 1000 / n
    print("\nspeed, ms per sentence")
    print(f"  spaCy nlp.pipe (parse)        {t_pipe * per:8.3f}")
    print(f"  claimledger quantity step     {t_ours * per:8.3f}")
    print(f"  quantulum3 parser.parse       {t_q3 * per:8.3f}")
    print(f"  ratio quantulum3 / ours       {t_q3 / t_ours:8.1f}x  (target >= 10)")
    print(f"  quantity step / nlp.pipe      {t_ours / t_pipe:8.1%}  (target <= 15%)")


if __name__ == "__main__":
    main()
