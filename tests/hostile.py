"""Hostile input for the hardening tests: a writer per input format, bad records of every
kind the readers must report, and a check that a ledger holds each good record once and
names each bad one.

A *case* is one record of a file: ``Good(marker, text, ...)`` must end up stored (its
``marker``, a word found nowhere else, appears in exactly one stored article), ``Bad(kind,
...)`` must end up in ``skipped`` with a code and a message. Text and metadata are made up
here; nothing comes from an evaluation set.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ingest_util import WORDS

DATE = "2024-03-20"
_MARK = re.compile(r"\b\w+\b")


@dataclass(frozen=True)
class Good:
    """A record that must be stored once. ``text`` holds ``marker``."""

    marker: str
    text: str
    title: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class Bad:
    """A record that must be reported. ``kind`` names the fault; ``raw`` is what the writer
    puts in the record's place (bytes for line formats, a field dict otherwise)."""

    kind: str
    raw: Any = None
    meta: dict[str, Any] = field(default_factory=dict)


Case = Good | Bad


def sentence(rng: random.Random, marker: str) -> str:
    """A short made-up news paragraph holding ``marker``."""
    w = rng.sample(WORDS, 6)
    n = rng.randint(2, 99_999)
    return (
        f"The {w[0]} said {n:,} {w[1]} were affected near the {w[2]} on Monday, "
        f"according to a {w[3]} statement about {marker}. Local {w[4]} said the {w[5]} "
        "would stay closed for several days while engineers checked the damage."
    )


# -- writers ------------------------------------------------------------------------------
def jsonl_line(case: Case) -> bytes:
    if isinstance(case, Good):
        rec = {"id": case.id or case.marker, "text": case.text, "date": DATE}
        if case.title is not None:
            rec["title"] = case.title
        return json.dumps(rec).encode() + b"\n"
    raw = case.raw
    return (raw if isinstance(raw, bytes) else json.dumps(raw).encode()) + b"\n"


def write_jsonl(path: Path, cases: Sequence[Case], *, bom: bool = False) -> Path:
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + b"".join(map(jsonl_line, cases)))
    return path


def write_csv(path: Path, cases: Sequence[Case]) -> Path:
    """A header, then one row per case; a Bad's ``raw`` is the row's bytes (with newline)."""
    out = io.BytesIO()
    out.write(b"id,text,date,title\r\n")
    for case in cases:
        if isinstance(case, Good):
            s = io.StringIO()
            csv.writer(s).writerow([case.id or case.marker, case.text, DATE, case.title or ""])
            out.write(s.getvalue().encode())
        else:
            out.write(case.raw)
    path.write_bytes(out.getvalue())
    return path


def html_page(text: str, *, title: str = "Report", date: str | None = DATE) -> str:
    paras = "".join(f"<p>{_esc(p)}</p>" for p in text.split("\n\n"))
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    return (
        f"<html><head><title>{_esc(title)}</title>{meta}</head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>{_esc(title)}</h1>{paras}</article>"
        "</body></html>"
    )


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_rss(path: Path, cases: Sequence[Case]) -> Path:
    items = []
    for i, case in enumerate(cases):
        if isinstance(case, Good):
            items.append(
                f"<item><title>{_esc(case.title or 'Item')}</title>"
                f"<link>http://example.org/{case.marker}</link>"
                f"<description>{_esc(case.text)}</description>"
                "<pubDate>Wed, 20 Mar 2024 10:00:00 GMT</pubDate></item>"
            )
        else:
            items.append(
                case.raw if isinstance(case.raw, str) else f"<item><title>{i}</title></item>"
            )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Wire</title>{''.join(items)}</channel></rss>",
        encoding="utf-8",
    )
    return path


def write_warc(path: Path, cases: Sequence[Case], *, gz: bool = True) -> Path:
    """One response record per case; a Bad's ``meta`` gives ``status``, ``ctype``,
    ``encoding`` and its ``raw`` the body bytes."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for case in cases:
            headers = [("Content-Type", "text/html; charset=utf-8")]
            status = "200 OK"
            if isinstance(case, Good):
                body = html_page(case.text, title=case.title or "Report").encode()
                url = f"http://example.org/{case.marker}"
            else:
                body = case.raw
                url = f"http://example.org/bad/{case.kind}"
                status = case.meta.get("status", status)
                headers = [("Content-Type", case.meta.get("ctype", "text/html"))]
                if "encoding" in case.meta:
                    headers.append(("Content-Encoding", case.meta["encoding"]))
            hh = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            rec = w.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=hh,
                warc_headers_dict={"WARC-Date": "2024-03-21T06:00:00Z"},
                length=len(body),
            )
            w.write_record(rec)
    return path


def gzip_bomb(size: int) -> bytes:
    """A gzip body that decodes to ``size`` zero bytes (a few kB on the wire)."""
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9) as gz:
        chunk = b"\0" * (1 << 20)
        left = size
        while left > 0:
            gz.write(chunk[: min(left, len(chunk))])
            left -= len(chunk)
    return buf.getvalue()


def write_parquet(path: Path, rows: Sequence[dict[str, Any]]) -> Path:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(list(rows)), path)
    return path


def shard_row(text: str, *, id: str, forged_hash: bool = False, bad_span: bool = False) -> dict:
    """A shard row as ``add --shards`` writes it, optionally damaged."""
    from claimledger.ingest.parquet import encode
    from claimledger.models import Article, Entity, Extraction

    article = Article(id=id, text=text, date=DATE, origin=f"shard:{id}")
    ent = Entity(0, 3, text[:3], "ORG") if not bad_span else Entity(0, 3, "xyz!", "ORG")
    row = encode(Extraction(article, entities=(ent,)))
    if forged_hash:
        row["hash"] = "0" * 64
    return row


# -- the check ----------------------------------------------------------------------------
@dataclass
class Account:
    """What a run did with the cases: the figures the README's reliability section sums."""

    tried: int = 0
    good: int = 0
    bad: int = 0
    lost: list[str] = field(default_factory=list)  # good markers not stored exactly once
    unreported: int = 0  # bad records missing from skipped

    def merge(self, other: Account) -> None:
        self.tried += other.tried
        self.good += other.good
        self.bad += other.bad
        self.lost += other.lost
        self.unreported += other.unreported


def account(store: Any, cases: Sequence[Case], *, reported: int | None = None) -> Account:
    """Compare a ledger with the cases written into it.

    A good case's marker must be in exactly one stored article; the ledger's ``skipped``
    must hold at least one row (with a code and a message) per bad case (``reported``
    overrides the count when a format reports several bad records as one, e.g. a file).
    """
    goods = [c for c in cases if isinstance(c, Good)]
    bads = [c for c in cases if isinstance(c, Bad)]
    texts = [r[0] for r in store.query("SELECT text FROM articles")]
    acc = Account(tried=len(cases), good=len(goods), bad=len(bads))
    found = Counter(w for t in texts for w in set(_MARK.findall(t)))
    for g in goods:
        if found[g.marker] != 1:
            acc.lost.append(g.marker)
    rows = store.query("SELECT source, code, message FROM skipped")
    assert all(code and message for _, code, message in rows), rows
    want = len(bads) if reported is None else reported
    acc.unreported = max(0, want - len(rows))
    return acc
