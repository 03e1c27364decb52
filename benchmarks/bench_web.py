"""Load-test the claims listing with wrk on loopback over a 1,000,000-claim ledger.

    python benchmarks/bench_web.py [--claims 1000000] [--duration 10] [--threads 2]
                                   [--connections 16] [--db PATH | --pg]
                                   [--claim-cache N] [--only NAME] [--out web.json]

Builds the ledger from synthetic rows through the store (no spaCy; reused when the file
already holds enough claims), starts uvicorn on a free 127.0.0.1 port in a subprocess,
runs ``wrk --latency`` on each claims query and prints requests/s and p50/p99 latency,
each also as a ratio to ``/api/health`` measured in the same run, and whether it meets
the target (500 requests/s with p99 under 50 ms: a measurement, never an assertion).
``--pg`` runs the same against a private PostgreSQL server (tests/pg.py, Debian's
postgresql). ``--claim-cache 0`` reads and encodes every page afresh. Needs the Debian
``wrk`` package. Results also go to benchmarks/results/ (``--out``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# The first is the baseline: a small JSON answer through the same stack (two counts), so
# each query's throughput reads as a ratio that the machine's load affects less.
BASELINE = "/api/health"
# Claims queries, held to the targets. ``{kremlin20}``/``{tanks20}``: the claim id the
# 19th page ends with, so the keyset page is the 20th (filled in at run time).
QUERIES = {
    "baseline: health": BASELINE,
    "default page (50, by score)": "/claims.json",
    "full-text search": "/claims.json?q=tanks&limit=50",
    "claimer filter, page 20": "/claims.json?claimer=kremlin&page=20",
    "claimer filter, keyset page 20": "/claims.json?claimer=kremlin&after={kremlin20}",
    "search, keyset page 20": "/claims.json?q=tanks&after={tanks20}",
    "date range + min score": "/claims.json?since=2023-01-01&until=2023-06-30&min_score=0.5",
    "newest first (date order)": "/claims.json?order=date",
    "HTML page": "/claims",
}
# Measured and reported, not held to the claims targets.
OTHERS = {
    "one claim (.json)": "/claims/{claim}.json",
    "one article (.json)": "/articles/{article}.json",
}
TARGET_RPS = 500
TARGET_P99_MS = 50

SERVER = """
import sys, uvicorn
from claimledger.settings import Settings
from claimledger.web import create_app
app = create_app(Settings(db=sys.argv[1]), claim_cache=int(sys.argv[3]))
uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning",
            access_log=False, server_header=False)
"""

CLAIMS_PER_TRANSACTION = 10_000


def build(db: str, n: int) -> float:
    """Fill ``db`` with ``n`` synthetic claims (10 an article) through the store, a
    transaction per 10,000 claims, then refresh the planner's statistics."""
    from claimledger.store import open_store
    from claimledger.web.sample import load, synthetic_extractions

    store = open_store(db)
    try:
        have = store.count_claims()
        if have >= n:
            print(f"ledger {db}: reusing {have:,} claims", file=sys.stderr)
            return 0.0
        if have:
            raise SystemExit(f"{db} holds {have:,} claims, fewer than {n:,}; pass a new --db")
        store.tune_for_writes()
        t = time.perf_counter()
        for i in range(0, n, CLAIMS_PER_TRANSACTION):
            part = min(CLAIMS_PER_TRANSACTION, n - i)
            load(store, synthetic_extractions(part, first_article=i // 10))
            if (i // CLAIMS_PER_TRANSACTION + 1) % 10 == 0:
                took = time.perf_counter() - t
                print(f"  {i + part:,} claims, {took:.0f} s", file=sys.stderr, flush=True)
        store.analyze()
        took = time.perf_counter() - t
        print(f"ledger {db}: {store.count_claims():,} claims in {took:.1f} s", file=sys.stderr)
        return took
    finally:
        store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_up(base: str, proc: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(base + "/api/health", timeout=5) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("server did not start")


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def to_ms(text: str) -> float:
    m = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text.strip())
    if not m:
        raise ValueError(f"cannot read wrk latency {text!r}")
    return float(m.group(1)) * _UNITS[m.group(2)]


def parse_wrk(out: str) -> dict[str, float]:
    """requests/s, p50/p99 latency (ms), and error counts from ``wrk --latency`` output."""
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50 = re.search(r"^\s+50%\s+(\S+)", out, re.M)
    p99 = re.search(r"^\s+99%\s+(\S+)", out, re.M)
    total = re.search(r"(\d+) requests in", out)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:.*?timeout (\d+)", out)
    if not (rps and p99 and p50 and total):
        raise ValueError("unexpected wrk output:\n" + out)
    return {
        "requests_per_s": float(rps.group(1)),
        "p50_ms": to_ms(p50.group(1)),
        "p99_ms": to_ms(p99.group(1)),
        "requests": int(total.group(1)),
        "non_2xx": int(non2xx.group(1)) if non2xx else 0,
        "timeouts": int(errors.group(1)) if errors else 0,
    }


def _get(base: str, path: str) -> Any:
    with urllib.request.urlopen(base + path, timeout=120) as r:
        return json.loads(r.read())


def _slots(base: str) -> dict[str, str]:
    """The ids the query templates name: where page 19 ends, one claim, one article."""
    k = _get(base, "/claims.json?claimer=kremlin&page=19")["claims"]
    t = _get(base, "/claims.json?q=tanks&page=19")["claims"]
    first = _get(base, "/claims.json?limit=1")["claims"][0]
    return {
        "kremlin20": str(k[-1]["id"]),
        "tanks20": str(t[-1]["id"]),
        "claim": str(first["id"]),
        "article": urllib.parse.quote(first["article_id"]),
    }


def machine() -> str:
    """The CPU model (lscpu), for the results table."""
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout
        m = re.search(r"Model name:\s+(.+)", out)
        return m.group(1).strip() if m else "unknown CPU"
    except (OSError, subprocess.CalledProcessError):
        return "unknown CPU"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--claims", type=int, default=1_000_000)
    ap.add_argument("--duration", type=int, default=10, help="seconds per query")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--connections", type=int, default=16)
    ap.add_argument("--db", help="ledger file or postgresql:// URL (default: a temporary file)")
    ap.add_argument(
        "--pg", action="store_true", help="start a private PostgreSQL (tests/pg.py) for the ledger"
    )
    ap.add_argument(
        "--claim-cache",
        type=int,
        default=None,
        help="encoded claims the server keeps (default: the app's; 0: none, every page is"
        " read and encoded afresh)",
    )
    ap.add_argument("--only", help="run just the queries whose name contains this")
    ap.add_argument("--out", default="web.json", help="file name under benchmarks/results")
    args = ap.parse_args()

    wrk = shutil.which("wrk")
    if wrk is None:
        print("bench_web: wrk not found; apt-get install wrk", file=sys.stderr)
        return 2
    tmp = None
    server_pg = None
    db = args.db
    if args.pg:
        sys.path.insert(0, str(ROOT / "tests"))
        import pg

        server_pg = pg.PgServer("-c shared_buffers=1GB -c max_wal_size=4GB").start()
        db = server_pg.new_database()
    elif db is None:
        tmp = tempfile.TemporaryDirectory(prefix="claimledger-bench-")
        db = os.path.join(tmp.name, "ledger.db")
    from claimledger.web.app import CLAIM_CACHE

    cache = CLAIM_CACHE if args.claim_cache is None else args.claim_cache
    results: dict[str, Any] = {}
    load_before = os.getloadavg()
    try:
        build_s = build(db, args.claims)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        proc = subprocess.Popen([sys.executable, "-c", SERVER, db, str(port), str(cache)], env=env)
        try:
            wait_up(base, proc)
            slots = _slots(base)
            todo = {**QUERIES, **OTHERS}
            if args.only:
                todo = {k: v for k, v in todo.items() if k == BASELINE or args.only in k}
                todo = {"baseline: health": BASELINE, **todo}
            for name, template in todo.items():
                path = template.format(**slots)
                urllib.request.urlopen(base + path, timeout=120).read()  # warm the caches
                cmd = [
                    wrk,
                    f"-t{args.threads}",
                    f"-c{args.connections}",
                    f"-d{args.duration}s",
                    "--timeout",
                    "10s",
                    "--latency",
                    base + path,
                ]
                out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
                r = parse_wrk(out)
                ref = results.get(BASELINE, {}).get("requests_per_s") or r["requests_per_s"]
                r["ratio_to_baseline"] = round(r["requests_per_s"] / ref, 3)
                target = template in QUERIES.values() and template != BASELINE
                r["meets_target"] = (
                    r["requests_per_s"] >= TARGET_RPS and r["p99_ms"] < TARGET_P99_MS
                    if target
                    else None
                )
                results[path] = {"name": name, **r}
                mark = {True: "meets", False: "MISSES", None: ""}[r["meets_target"]]
                print(
                    f"{name:<32} {r['requests_per_s']:>7.1f} req/s"
                    f" ({r['ratio_to_baseline']:.2f}x)  p50 {r['p50_ms']:>6.1f} ms"
                    f"  p99 {r['p99_ms']:>6.1f} ms  non-2xx {r['non_2xx']}  {mark}",
                    flush=True,
                )
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
    finally:
        if tmp is not None:
            tmp.cleanup()
        if server_pg is not None:
            server_pg.stop()

    report = {
        "claims": args.claims,
        "store": "postgresql" if db.startswith("postgres") else "sqlite",
        "claim_cache": cache,
        "build_s": round(build_s, 1),
        "machine": f"{machine()}, {os.cpu_count()} CPUs",
        "load_average": {"before": load_before, "after": os.getloadavg()},
        "target": {"requests_per_s": TARGET_RPS, "p99_ms": TARGET_P99_MS},
        "wrk": {
            "threads": args.threads,
            "connections": args.connections,
            "duration_s": args.duration,
        },
        "results": results,
    }
    out_dir = ROOT / "benchmarks" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / args.out).write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
