"""Cost of hostile input against ordinary news: seconds per MB and peak memory.

Each case runs in a fresh child process that loads the pipeline, does one library call
(extract an article, or read a file) and reports its CPU time (user + system, all threads:
steadier than wall time on a shared machine; wall time is kept beside it) and the growth of
its peak RSS over the RSS after loading. The baseline is ordinary news measured in the same run:
the field-news articles from ``../shared/data`` when present (read only), else the bundled
example article. Results are ratios to that baseline, never absolute targets.

    python benchmarks/bench_hardening.py                 # every case of issue 15, full size
    python benchmarks/bench_hardening.py --scale 0.25    # the same at a quarter of the size
    python benchmarks/bench_hardening.py --cases quotes hesaid --attribution rules

The cases (sizes at ``--scale 1``) are those the issue reports: 108,000 characters of
"according to X" phrases, 40,000 quotation marks, "He said " 12,000 times, a 1 MB and a
100 kB ordinary article, an HTML page with a 200,000-row table, a 2.8 kB WARC whose HTTP
gzip body decodes to 2 GiB, a 200 MB JSON line and a CSV with a 5 MB cell among 98 rows.
Seconds per MB are of the text extracted (a text over the extraction limit is truncated,
with a note); for the file cases, of the file read. Results go to
``benchmarks/results/hardening.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("CLAIMLEDGER_SHARED", ROOT.parent / "shared")) / "data"

# name -> (kind, size at scale 1): "text" cases are extracted, "file" cases read (and what
# they hold extracted).
CASES: dict[str, tuple[str, int]] = {
    "according": ("text", 108_000),
    "quotes": ("text", 40_000),
    "hesaid": ("text", 96_000),
    "ordinary_100k": ("text", 100_000),
    "ordinary_1mb": ("text", 1_000_000),
    "html_table": ("file", 200_000),
    "warc_bomb": ("file", 2 << 30),
    "long_line": ("file", 200 << 20),
    "csv_cell": ("file", 5 << 20),
}

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[4])
import bench_hardening as b
kind, name, size, attribution = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[5]
from claimledger.models import Article, Extraction
from claimledger.nlp.extract import Extractor
from claimledger.settings import Settings
ex = Extractor(Settings(attribution=attribution))
ex.extract_one(Article(id="warm", text="Officials said 5 people died.", date="2024-03-20"))
given = b.prepare(kind, name, size, sys.argv[6])
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t, c = time.perf_counter(), b.cpu()
out = b.run_case(given, ex)
wall, cpu = time.perf_counter() - t, b.cpu() - c
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({**out, "s": round(cpu, 2), "wall_s": round(wall, 2),
                  "base_rss_mb": round(base / 1024), "peak_rss_mb": round(peak / 1024),
                  "growth_mb": round((peak - base) / 1024)}))
"""


# -- inputs -------------------------------------------------------------------------------
def ordinary_texts() -> list[str]:
    """Ordinary news: the field-news articles when present, else the bundled example."""
    path = SHARED / "fieldnews" / "articles.jsonl"
    if path.exists():
        return [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    example = ROOT / "src" / "claimledger" / "data" / "examples" / "2024-03-20-putin-fsb.jsonl"
    return [json.loads(example.read_text(encoding="utf-8"))["text"]]


def ordinary(n: int) -> str:
    """``n`` characters of ordinary news, articles one after another."""
    parts, total = [], 0
    texts = ordinary_texts()
    i = 0
    while total < n:
        t = texts[i % len(texts)]
        parts.append(t)
        total += len(t) + 2
        i += 1
    return "\n\n".join(parts)[:n]


def text_case(name: str, size: int) -> str:
    if name == "according":
        out, i = [], 0
        while sum(map(len, out)) < size:
            out.append(f"according to X{i} ")
            i += 1
        return "".join(out)[:size]
    if name == "quotes":
        return '"' * size
    if name == "hesaid":
        return ("He said " * (size // 8 + 1))[:size]
    return ordinary(size)


def write_file(name: str, size: int, folder: Path) -> Path:
    if name == "html_table":
        rows = "".join(f"<tr><td>Row {i}</td><td>{i * 7} tanks</td></tr>" for i in range(size))
        body = ordinary(3_000).replace("&", "&amp;").replace("<", "&lt;")
        path = folder / "table.html"
        path.write_text(
            "<html><head><title>Losses</title>"
            '<meta property="article:published_time" content="2024-03-20"></head><body>'
            f"<article><h1>Losses</h1><p>{body}</p><table>{rows}</table></article></body></html>"
        )
        return path
    if name == "warc_bomb":
        sys.path.insert(0, str(ROOT / "tests"))
        from hostile import Bad, Good, write_warc

        bomb = Bad("gzip_bomb", _double_gzip(size), meta={"encoding": "gzip"})
        good = Good("after", ordinary(2_000))
        return write_warc(folder / "bomb.warc.gz", [bomb, good], gz=True)
    if name == "long_line":
        path = folder / "long.jsonl"
        with path.open("wb") as fh:
            fh.write(b'{"text": "')
            chunk = b"word " * (1 << 18)
            left = size
            while left > 0:
                fh.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
            fh.write(b'", "date": "2024-03-20"}\n')
            fh.write(json.dumps({"text": ordinary(2_000), "date": "2024-03-20"}).encode() + b"\n")
        return path
    if name == "csv_cell":
        import csv
        import io

        out = io.StringIO()
        w = csv.writer(out)
        w.writerow(["id", "text", "date"])
        w.writerow(["big", "cell " * (size // 5), "2024-03-20"])
        for i in range(98):
            w.writerow([f"r{i}", f"Officials said {i + 2} bridges were closed.", "2024-03-20"])
        path = folder / "cell.csv"
        path.write_text(out.getvalue())
        return path
    raise ValueError(name)


def _double_gzip(size: int) -> bytes:
    """An HTTP gzip body of ``size`` decoded bytes, itself inside the WARC's gzip member:
    kilobytes on disk, gigabytes when decoded whole."""
    import zlib

    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = b"\0" * (1 << 24)
    parts, left = [], size
    while left > 0:
        parts.append(comp.compress(chunk[: min(left, len(chunk))]))
        left -= len(chunk)
    parts.append(comp.flush())
    return b"".join(parts)


# -- the child's work ---------------------------------------------------------------------
def cpu() -> float:
    """This process's CPU seconds so far, user and system, every thread."""
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def prepare(kind: str, name: str, size: int, folder: str) -> tuple[str, str, int]:
    """The case's input (untimed): its text, or the path of the file written for it."""
    if kind == "text":
        return kind, text_case(name, size), size
    return kind, str(write_file(name, size, Path(folder))), size


def run_case(given: tuple[str, str, int], extractor: object) -> dict:
    """The timed work: extract the text, or read the file and extract what it held."""
    import time

    from claimledger import ingest
    from claimledger.models import Article, Extraction, Skipped

    kind, value, size = given
    if kind == "text":
        ex = extractor.extract_one(Article(id="case", text=value, date="2024-03-20"))  # type: ignore[attr-defined]
        import re

        # a truncated article is extracted only up to the limit: cost per MB of that part
        cut = next((re.search(r"first ([\d,]+) of", n) for n in ex.notes if "truncated" in n), None)
        done = int(cut[1].replace(",", "")) if cut else len(value)
        return {
            "chars": len(value),
            "bytes": len(value.encode()),
            "extracted_bytes": len(value[:done].encode()),
            "claims": len(ex.claims),
            "notes": list(ex.notes),
        }
    path = Path(value)

    t = time.perf_counter()
    recs = list(ingest.read([path]))
    read_s = time.perf_counter() - t
    arts = [r for r in recs if isinstance(r, Article)]
    exs = [e for e in extractor.extract(arts) if isinstance(e, Extraction)]  # type: ignore[attr-defined]
    return {
        "bytes": path.stat().st_size,
        "decoded_bytes": size,
        "read_s": round(read_s, 2),
        "articles": len(arts),
        "article_chars": sum(len(a.text) for a in arts),
        "skipped": [f"{s.code}: {s.message[:120]}" for s in recs if isinstance(s, Skipped)],
        "claims": sum(len(e.claims) for e in exs),
    }


def baseline(attribution: str) -> dict:
    """Ordinary news, article by article, in one child."""
    code = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
import bench_hardening as b
from claimledger.models import Article
from claimledger.nlp.extract import Extractor
from claimledger.settings import Settings
ex = Extractor(Settings(attribution=sys.argv[2]))
ex.extract_one(Article(id="warm", text="Officials said 5 people died.", date="2024-03-20"))
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
texts = b.ordinary_texts()
arts = [Article(id=str(i), text=x, date="2024-03-20") for i, x in enumerate(texts)]
t, c = time.perf_counter(), b.cpu()
n = sum(1 for _ in ex.extract(arts))
wall, cpu = time.perf_counter() - t, b.cpu() - c
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
size = sum(len(x.encode()) for x in texts)
print(json.dumps({"articles": n, "bytes": size, "s": round(cpu, 2), "wall_s": round(wall, 2),
                  "s_per_mb": round(cpu / size * 1e6, 1), "base_rss_mb": round(base / 1024),
                  "peak_rss_mb": round(peak / 1024),
                  "growth_mb": round((peak - base) / 1024)}))
"""
    return _child([sys.executable, "-c", code, str(Path(__file__).parent), attribution])


def _child(cmd: list[str], timeout: float = 3600) -> dict:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
    }
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return {"error": f"no result after {timeout:.0f} s"}
    if out.returncode != 0:
        return {"error": (out.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", nargs="*", choices=sorted(CASES), default=list(CASES))
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every case's size")
    ap.add_argument("--attribution", default="auto", choices=["auto", "rules"])
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per case")
    args = ap.parse_args()

    base = baseline(args.attribution)
    print(f"ordinary news: {base}", flush=True)
    results: dict[str, dict] = {"ordinary": base}
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.cases:
            kind, size = CASES[name]
            size = max(1, int(size * args.scale))
            cmd = [
                sys.executable,
                "-c",
                CHILD,
                kind,
                name,
                str(size),
                str(Path(__file__).parent),
                args.attribution,
                tmp,
            ]
            r = _child(cmd, args.timeout)
            if "s" in r:
                mb = (r.get("extracted_bytes") or r.get("bytes") or 1) / 1e6
                r["s_per_mb"] = round(r["s"] / mb, 1)
                r["s_per_mb_vs_ordinary"] = round(r["s_per_mb"] / base["s_per_mb"], 2)
                r["growth_vs_ordinary"] = round(r["growth_mb"] / max(1, base["growth_mb"]), 2)
            results[name] = r
            print(f"{name}: {json.dumps(r)}", flush=True)
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "hardening.json").write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
