"""Fuzzing the readers and the ledger (issue 15): Hypothesis draws files of every input
format holding a mix of good and bad records, ``ledger.add`` ingests them, and the ledger
must hold every good record exactly once and report every bad one in ``skipped`` with a
code and a reason, and nothing else.

A short smoke run per format is in the fast tier; ``test_fuzz_ten_thousand_records`` (marker
``fuzz``) runs the same properties over more than 10,000 records. Model-free: the pipeline
is a tokenizer + sentencizer (``tiny_model``). Near-duplicate linking is off here: it is a
policy that may legitimately fold two generated articles into one, and is tested elsewhere.
"""

from __future__ import annotations

import json
import tempfile
import unittest.mock
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from claimledger import ledger
from claimledger.nlp.extract import Extractor
from claimledger.settings import Settings
from claimledger.store import open_store
from hostile import (
    DATE,
    WORDS,
    Bad,
    Case,
    Good,
    account,
    gzip_bomb,
    html_page,
    shard_row,
    write_csv,
    write_jsonl,
    write_parquet,
    write_rss,
    write_warc,
)

# Valid but awkward characters a good record may carry: line and paragraph separators,
# bidi marks, combining accents, emoji, quotes, markup that must stay text.
ODD = ["\u2028", "\u2029", "\u200f", "e\u0301", "\U0001f600", '"', "\\", "<script>", "&amp;", "%_"]

# -- drawing records ----------------------------------------------------------------------
# Feed descriptions are HTML: a literal "<script>" there is markup, not text.
ODD_FEED = [c for c in ODD if "<" not in c]
words = st.lists(st.sampled_from(WORDS), min_size=6, max_size=30)


@st.composite
def good_spec(draw: st.DrawFn, *, plain: bool = False) -> tuple[str, str]:
    """("good", body without its marker): English words, a number, maybe odd characters
    (``plain``: none that would be markup in HTML)."""
    ws = draw(words)
    n = draw(st.integers(1, 10**7))
    extra = draw(st.lists(st.sampled_from(ODD_FEED if plain else ODD), max_size=3))
    return ("good", f"Officials said {n:,} {' '.join(ws)} {' '.join(extra)}".strip())


def bad_spec(kinds: Sequence[str]) -> st.SearchStrategy[tuple[str, str, int]]:
    """("bad", kind, a number the writer uses: a position, a depth, a code point...)."""
    return st.tuples(st.just("bad"), st.sampled_from(kinds), st.integers(0, 10**6))


def mixes(
    kinds: Sequence[str], *, plain: bool = False, min_size: int = 1, max_size: int = 12
) -> st.SearchStrategy[list]:
    return st.lists(
        st.one_of(good_spec(plain=plain), bad_spec(kinds)), min_size=min_size, max_size=max_size
    )


def materialize(specs: list, make_bad: Callable[[str, int, int], Bad]) -> list[Case]:
    """Cases with unique markers (``fzN``) in good texts and ids."""
    out: list[Case] = []
    for i, spec in enumerate(specs):
        if spec[0] == "good":
            marker = f"fz{i}z"
            out.append(Good(marker, f"{spec[1]} about {marker}.", title=f"Title {i}"))
        else:
            out.append(make_bad(spec[1], spec[2], i))
    return out


# -- bad records per format -----------------------------------------------------------------
def _words(n: int) -> str:
    return " ".join(WORDS[(n + k) % len(WORDS)] for k in range(8))


JSONL_KINDS = [
    "surrogate_text",
    "surrogate_id",
    "surrogate_title",
    "nul_text",
    "nul_id",
    "invalid_utf8",
    "deep",
    "huge_int_id",
    "not_object",
    "truncated",
    "no_text",
    "blank_text",
    "bad_date",
    "giant_title",
    "list_title",
]
# (an ISO timestamp, "2024-03-20T10:00", is a good date: its day is kept)
BAD_DATES = ["2024-13-45", "yesterday", "2024-02-30", "20-03-2024", "9" * 5000, "2024-03-20X"]


def jsonl_bad(kind: str, n: int, i: int) -> Bad:
    text = _words(n)
    rec: dict = {"id": f"bad{i}", "text": text, "date": DATE}
    if kind.startswith("surrogate_"):
        field = kind.removeprefix("surrogate_")
        esc = f"\\u{0xD800 + n % 0x800:04x}"
        line = json.dumps(rec | {field: "X"}).replace('"X"', f'"a {esc} b"')
        return Bad(kind, line.encode())
    if kind.startswith("nul_"):
        return Bad(kind, json.dumps(rec | {kind[4:]: f"a\u0000{text}"}).encode())
    if kind == "invalid_utf8":
        raw = json.dumps(rec).encode()
        cut = raw.index(b'"text": "') + 9 + n % len(text)
        bad = [b"\xff", b"\xc3(", b"\xe9 ", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"][n % 5]
        return Bad(kind, raw[:cut] + bad + raw[cut:])
    if kind == "deep":
        depth = 3000 + n % 5000
        return Bad(kind, b"[" * depth + b"]" * depth)
    if kind == "huge_int_id":
        return Bad(kind, b'{"id": ' + b"7" * (4301 + n % 3000) + b', "text": "a b c"}')
    if kind == "not_object":
        return Bad(kind, json.dumps([[1, 2], "text", n, None, True][n % 5]).encode())
    if kind == "truncated":
        raw = json.dumps(rec).encode()
        return Bad(kind, raw[: 1 + n % (len(raw) - 1)])
    if kind == "no_text":
        return Bad(kind, json.dumps({"id": f"bad{i}", "date": DATE}).encode())
    if kind == "blank_text":
        return Bad(kind, json.dumps(rec | {"text": " \n\t" * (n % 5 + 1)}).encode())
    if kind == "bad_date":
        return Bad(kind, json.dumps(rec | {"date": BAD_DATES[n % len(BAD_DATES)]}).encode())
    if kind == "giant_title":
        return Bad(kind, json.dumps(rec | {"title": "t" * (2001 + n % 50_000)}).encode())
    if kind == "list_title":
        return Bad(kind, json.dumps(rec | {"title": [text, n]}).encode())
    raise ValueError(kind)


CSV_KINDS = ["invalid_utf8", "nul", "empty_text", "bad_date", "surrogate_like"]


def csv_bad(kind: str, n: int, i: int) -> Bad:
    text = _words(n)
    if kind == "invalid_utf8":
        return Bad(kind, f"bad{i},{text} ".encode() + b"\xff\xfe" + f",{DATE},t\r\n".encode())
    if kind == "nul":
        return Bad(kind, f'bad{i},"{text}\x00 x",{DATE},t\r\n'.encode())
    if kind == "empty_text":
        return Bad(kind, f'bad{i},"   ",{DATE},t\r\n'.encode())
    if kind == "bad_date":
        return Bad(kind, f"bad{i},{text},{BAD_DATES[n % 4]},t\r\n".encode())
    if kind == "surrogate_like":  # CESU-8 encoded surrogate: not UTF-8
        return Bad(kind, f"bad{i},{text} ".encode() + b"\xed\xb0\x80" + f",{DATE},t\r\n".encode())
    raise ValueError(kind)


RSS_KINDS = ["no_description", "no_date", "markup_only"]


def rss_bad(kind: str, n: int, i: int) -> Bad:
    date = "<pubDate>Wed, 20 Mar 2024 10:00:00 GMT</pubDate>"
    link = f"<link>http://example.org/bad{i}</link>"
    if kind == "no_description":
        return Bad(kind, f"<item><title>Bad {i}</title>{link}{date}</item>")
    if kind == "no_date":
        return Bad(
            kind,
            f"<item><title>Bad {i}</title>{link}<description>{_words(n)} about "
            f"x{i}</description></item>",
        )
    if kind == "markup_only":
        return Bad(
            kind,
            f"<item><title>Bad {i}</title>{link}<description>&lt;p&gt;&lt;/p&gt;"
            f"</description>{date}</item>",
        )
    raise ValueError(kind)


WARC_KINDS = ["status_404", "image", "empty_body", "bomb", "bad_gzip"]
BOMB_LIMIT = 64 << 10  # the page limit during the fuzz runs, so a bomb stays small


def warc_bad(kind: str, n: int, i: int) -> Bad:
    page = html_page(f"{_words(n)} about w{i}.").encode()
    if kind == "status_404":
        return Bad(kind, page, meta={"status": "404 Not Found"})
    if kind == "image":
        return Bad(kind, b"\x89PNG\r\n\x1a\n" + bytes(range(256)), meta={"ctype": "image/png"})
    if kind == "empty_body":
        return Bad(kind, b"")
    if kind == "bomb":
        return Bad(kind, _BOMB, meta={"encoding": "gzip"})
    if kind == "bad_gzip":
        return Bad(
            kind,
            b"\x1f\x8b\x08\x00" + bytes((n + k) % 256 for k in range(64)),
            meta={"encoding": "gzip"},
        )
    raise ValueError(kind)


_BOMB = gzip_bomb(4 * BOMB_LIMIT)

FILE_KINDS = ["empty", "nul", "invalid_utf8", "no_date"]  # one record per file (txt, html)


def write_files(folder: Path, cases: Sequence[Case], ext: str) -> Path:
    """One file per case in ``folder`` (text or HTML pages)."""
    folder.mkdir()
    for i, case in enumerate(cases):
        p = folder / f"r{i:05d}{ext}"
        if isinstance(case, Good):
            if ext == ".txt":
                p.write_text(f"date {DATE}\n{case.text}\n", encoding="utf-8")
            else:
                p.write_text(html_page(case.text, title=case.title or "R"), encoding="utf-8")
            continue
        body = _words(case.meta["n"])
        if case.kind == "empty":
            raw = b""
        elif case.kind == "nul":
            raw = f"date {DATE}\n{body}".encode() + b"\x00\x00\x01binary"
        elif case.kind == "invalid_utf8":
            raw = f"date {DATE}\n{body} ".encode() + b"\xe9t\xe9 \xff"
        else:  # no_date
            raw = body.encode()
        if ext == ".html" and case.kind == "no_date":
            raw = html_page(body + f" about h{i}.", date=None).encode()
        elif ext == ".html" and case.kind != "empty":
            raw = raw.replace(f"date {DATE}\n".encode(), b"")
        p.write_bytes(raw)
    return folder


def file_bad(kind: str, n: int, i: int) -> Bad:
    return Bad(kind, meta={"n": n})


PARQUET_KINDS = ["forged_hash", "bad_span"]

# -- running one drawn file -------------------------------------------------------------------
FORMATS: dict[str, tuple[Sequence[str], Callable[[str, int, int], Bad]]] = {
    "jsonl": (JSONL_KINDS, jsonl_bad),
    "csv": (CSV_KINDS, csv_bad),
    "rss": (RSS_KINDS, rss_bad),
    "warc": (WARC_KINDS, warc_bad),
    "txt": (FILE_KINDS, file_bad),
    "html": (FILE_KINDS, file_bad),
    "parquet": (PARQUET_KINDS, lambda kind, n, i: Bad(kind, meta={"n": n})),
}

TRIED = {"records": 0, "good": 0, "bad": 0}


def write(fmt: str, folder: Path, cases: list[Case]) -> Path:
    if fmt == "jsonl":
        return write_jsonl(folder / "in.jsonl", cases)
    if fmt == "csv":
        return write_csv(folder / "in.csv", cases)
    if fmt == "rss":
        return write_rss(folder / "in.rss", cases)
    if fmt == "warc":
        return write_warc(folder / "in.warc.gz", cases)
    if fmt in ("txt", "html"):
        return write_files(folder / "in", cases, f".{fmt}")
    rows = []
    for i, c in enumerate(cases):
        if isinstance(c, Good):
            rows.append(shard_row(c.text, id=c.marker))
        else:
            text = f"{_words(c.meta['n'])} about p{i}."
            rows.append(shard_row(text, id=f"bad{i}", **{c.kind: True}))
    return write_parquet(folder / "part-00000.parquet", rows)


def check(fmt: str, specs: list, extractor: Extractor, model: str) -> None:
    kinds, make_bad = FORMATS[fmt]
    cases = materialize(specs, make_bad)
    with (
        tempfile.TemporaryDirectory() as tmp,
        unittest.mock.patch("claimledger.ingest.warc.MAX_PAGE_BYTES", BOMB_LIMIT),
    ):
        folder = Path(tmp)
        path = write(fmt, folder, cases)
        cfg = Settings(db=str(folder / "l.db"), model=model, attribution="rules")
        summary = ledger.add([path], cfg, extractor=extractor, near_duplicates=False)
        store = open_store(cfg.db)
        try:
            acc = account(store, cases)
            n_skipped = len(store.skipped())
        finally:
            store.close()
    bads = [c.kind for c in cases if isinstance(c, Bad)]
    assert acc.lost == [], (fmt, acc.lost, [s.message for s in summary.skipped])
    assert acc.unreported == 0, (fmt, bads, [s.message for s in summary.skipped])
    # each bad record reported once, and no good one among them
    assert n_skipped == len(bads), (fmt, bads, [s.message for s in summary.skipped])
    for s in summary.skipped:
        assert s.code and s.message and "\n" not in s.message and len(s.message) < 1000
    TRIED["records"] += acc.tried
    TRIED["good"] += acc.good
    TRIED["bad"] += acc.bad


@pytest.fixture(scope="module")
def extractor(model: str) -> Extractor:
    return Extractor(Settings(model=model, attribution="rules"))


def _run(
    fmt: str,
    extractor: Extractor,
    model: str,
    examples: int,
    size: int,
    min_size: int = 1,
    shrink: bool = True,
) -> None:
    kinds, _ = FORMATS[fmt]
    plain = fmt in ("rss",)  # feed text is HTML-unescaped: odd markup would not round-trip

    @settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        # the big run reports its failing file as drawn: shrinking 60-record files takes long
        phases=[Phase.explicit, Phase.generate, *([Phase.shrink] if shrink else [])],
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(mixes(kinds, plain=plain, min_size=min_size, max_size=size))
    def prop(specs: list) -> None:
        check(fmt, specs, extractor, model)

    prop()


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_fuzz_smoke(fmt, extractor, model):
    _run(fmt, extractor, model, examples=6, size=8)


@pytest.mark.fuzz
def test_fuzz_ten_thousand_records(extractor, model):
    TRIED.update(records=0, good=0, bad=0)
    for fmt in sorted(FORMATS):
        _run(fmt, extractor, model, examples=40, size=60, min_size=40, shrink=False)
    print(f"fuzz: {TRIED}")
    assert TRIED["records"] >= 10_000, TRIED
