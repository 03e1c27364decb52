"""The regression corpus of issue 15: every input that once crashed a batch, lost good
records or ate the machine, each now a one-line ``Skipped`` with the rest stored.

Model-free: ledger runs use a tokenizer + sentencizer pipeline (``tiny_model``). Size
limits are lowered with monkeypatch where a case would otherwise need megabytes.
"""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger import ingest, ledger
from claimledger.cli import main
from claimledger.errors import QUOTE_CHARS, quote
from claimledger.ingest import base
from claimledger.models import Article, Skipped, json_line
from claimledger.store import open_store
from hostile import (
    DATE,
    Bad,
    Good,
    account,
    gzip_bomb,
    html_page,
    sentence,
    shard_row,
    write_csv,
    write_jsonl,
    write_parquet,
    write_warc,
)


def goods(n: int, seed: int = 1) -> list[Good]:
    rng = random.Random(seed)
    return [Good(f"mk{seed}x{i}", sentence(rng, f"mk{seed}x{i}")) for i in range(n)]


def read_all(*paths: Path, **kw) -> list[Article | Skipped]:
    return list(ingest.read([str(p) for p in paths], **kw))


def skipped(recs) -> list[Skipped]:
    return [r for r in recs if isinstance(r, Skipped)]


# -- JSON Lines ---------------------------------------------------------------------------
JSONL_BAD = [
    Bad("surrogate_text", b'{"id": "s1", "text": "abc \\ud800 def", "date": "2024-03-20"}'),
    Bad("surrogate_id", b'{"id": "s2\\udfff", "text": "abc def ghi", "date": "2024-03-20"}'),
    Bad("deep_nesting", b"[" * 5000 + b"]" * 5000),
    Bad("huge_int_id", b'{"id": ' + b"9" * 5000 + b', "text": "abc def"}'),
    Bad("nul_title", b'{"text": "abc def", "title": "a\\u0000b", "date": "2024-03-20"}'),
    Bad("nul_id", b'{"id": "a\\u0000b", "text": "abc def", "date": "2024-03-20"}'),
    Bad("invalid_utf8", b'{"text": "caf\xe9 shut", "date": "2024-03-20"}'),
    Bad("not_object", b"[1, 2, 3]"),
    Bad("bad_json", b'{"text": '),
    Bad("dict_title", b'{"text": "abc def", "title": {"a": 1}, "date": "2024-03-20"}'),
    Bad("giant_title", json.dumps({"text": "abc", "title": "t" * 50_000}).encode()),
    Bad("giant_date", json.dumps({"text": "abc", "date": "9" * 5_000_000}).encode()),
]


def test_jsonl_every_bad_line_is_reported_and_every_good_one_stored(tmp_path, settings):
    cases = []
    good = goods(len(JSONL_BAD) + 1)
    for g, b in zip(good, [*JSONL_BAD, None], strict=True):
        cases.append(g)
        if b is not None:
            cases.append(b)
    p = write_jsonl(tmp_path / "mixed.jsonl", cases)
    summary = ledger.add([p], settings)
    assert len(summary.ingested) == len(good)
    codes = [s.code for s in summary.skipped]
    assert codes == [
        "encoding",
        "encoding",
        "too_deep",
        "bad_field",
        "binary",
        "binary",
        "encoding",
        "bad_json",
        "bad_json",
        "bad_field",
        "too_long",
        "bad_date",
    ]
    for s in summary.skipped:  # one printable line, the offending value quoted briefly
        assert "\n" not in s.message and "\x00" not in s.message
        assert len(s.message) < 2 * QUOTE_CHARS + 200
    store = open_store(settings.db)
    try:
        acc = account(store, cases)
    finally:
        store.close()
    assert acc.lost == [] and acc.unreported == 0


def test_a_huge_int_in_an_unused_field_does_not_cost_the_record(tmp_path):
    p = tmp_path / "x.jsonl"
    p.write_bytes(b'{"text": "abc def", "date": "2024-03-20", "n": ' + b"1" * 5000 + b"}\n")
    (a,) = read_all(p)
    assert isinstance(a, Article) and a.text == "abc def"


def test_jsonl_with_a_byte_order_mark_keeps_its_first_record(tmp_path):
    p = write_jsonl(tmp_path / "bom.jsonl", goods(3), bom=True)
    recs = read_all(p)
    assert [type(r) for r in recs] == [Article] * 3


def test_a_line_over_the_limit_is_refused_without_being_read(tmp_path, monkeypatch):
    monkeypatch.setattr(base, "MAX_RECORD_BYTES", 1000)
    monkeypatch.setattr("claimledger.ingest.jsonl.MAX_RECORD_BYTES", 1000)
    good = goods(2)
    big = Bad("huge_line", json.dumps({"text": "x " * 5000, "date": DATE}).encode())
    p = write_jsonl(tmp_path / "big.jsonl", [good[0], big, good[1]])
    seen: list[int] = []
    real = base.bounded_lines

    def spy(fh, limit=None):
        for line in real(fh, limit):
            seen.append(len(line) if isinstance(line, bytes) else -1)
            yield line

    monkeypatch.setattr("claimledger.ingest.jsonl.bounded_lines", spy)
    a, s, b = read_all(p)
    assert isinstance(a, Article) and isinstance(b, Article)
    assert s.code == "too_long" and s.source.endswith(":2") and "10,0" in s.message
    assert max(seen) <= 1001  # the long line was never held whole


def test_a_bad_date_is_quoted_not_echoed():
    with pytest.raises(Exception) as err:
        base.check_date("1" * 5_000_000, "x:1")
    assert len(str(err.value)) < 400 and "5,000,000 characters" in str(err.value)


def test_quote_bounds_and_escapes_any_value():
    assert quote("a" * 1000).endswith("(1,000 characters)")
    assert "\\x00" in quote("a\x00b") and "\\ud800" in quote("\ud800")
    assert quote(12) == "12"


def test_skipped_messages_are_one_storable_line():
    s = Skipped("f\x00.warc#1", "truncated_warc", "bad \x00\x01 bytes\nand \ud800 " + "x" * 5000)
    assert "\x00" not in s.message + s.source and "\n" not in s.message
    assert "\ud800" not in s.message and len(s.message) <= 1000
    s.message.encode("utf-8")  # storable as UTF-8 (PostgreSQL, SQLite)


def test_stdin_json_lines_are_streamed_and_text_is_bounded(monkeypatch):
    data = b"\n" + jsonl(goods(2))
    recs = list(ingest.read_stdin(stream=io.BytesIO(data)))
    assert [type(r) for r in recs] == [Article, Article]
    monkeypatch.setattr("claimledger.ingest.MAX_RECORD_BYTES", 100)
    (s,) = list(ingest.read_stdin(stream=io.BytesIO(b"date 2024-03-20\n" + b"word " * 100)))
    assert isinstance(s, Skipped) and s.code == "too_long"


def jsonl(cases) -> bytes:
    return b"".join(
        json_line({"id": g.marker, "text": g.text, "date": DATE}).encode() + b"\n" for g in cases
    )


# -- resume, collisions, rerun ------------------------------------------------------------
def test_a_bad_record_at_61_of_100_does_not_stop_the_batch_nor_repeat(tmp_path, settings):
    cases: list = goods(99)
    cases.insert(60, Bad("surrogate", b'{"id": "x", "text": "\\ud800", "date": "2024-03-20"}'))
    p = write_jsonl(tmp_path / "feed.jsonl", cases)
    first = ledger.add([p], settings)
    assert len(first.ingested) == 99 and [s.source for s in first.skipped] == [f"{p}:61"]
    again = ledger.add([p], settings)  # a rerun stores nothing twice, reports nothing twice
    assert again.ingested == [] and len(again.duplicates) == 99
    store = open_store(settings.db)
    try:
        assert store.count_articles() == 99
        assert len(store.skipped()) == 1
    finally:
        store.close()


def test_an_id_crafted_to_collide_stores_both_articles(tmp_path, settings):
    from claimledger.models import content_hash

    t1, t2, t3 = (sentence(random.Random(i), f"coll{i}") for i in range(3))
    crafted = f"story-{content_hash(t3)[:8]}"  # the id the third article would fall back to
    p = tmp_path / "c.jsonl"
    p.write_text(
        "".join(
            json.dumps({"id": i, "text": t, "date": DATE}) + "\n"
            for i, t in (("story", t1), (crafted, t2), ("story", t3))
        )
    )
    s = ledger.add([p], settings)
    assert len(s.ingested) == 3 and len(set(s.ingested)) == 3 and not s.skipped


def test_a_record_the_store_refuses_is_skipped_and_the_batch_goes_on(tmp_path, settings):
    from claimledger.store.sql import SQLStore

    real = SQLStore.add

    def add(self, ex):
        if ex.article.id == "mk1x1":
            raise ValueError("refused")
        return real(self, ex)

    p = write_jsonl(tmp_path / "x.jsonl", goods(3))
    import unittest.mock

    with unittest.mock.patch.object(SQLStore, "add", add):
        s = ledger.add([p], settings)
    assert s.ingested == ["mk1x0", "mk1x2"]
    assert [x.code for x in s.skipped] == ["store_error"]


def test_an_article_whose_extraction_fails_is_skipped_alone(tmp_path, settings, monkeypatch):
    import claimledger.nlp.extract as extract

    real = extract.extract_doc

    def boom(doc, article, **kw):
        if "mk1x1" in article.text:
            raise IndexError("boom")
        return real(doc, article, **kw)

    monkeypatch.setattr(extract, "extract_doc", boom)
    p = write_jsonl(tmp_path / "x.jsonl", goods(4))
    s = ledger.add([p], settings)
    assert s.ingested == ["mk1x0", "mk1x2", "mk1x3"]
    assert [x.code for x in s.skipped] == ["extract_error"]
    assert "IndexError" in s.skipped[0].message


# -- CSV ----------------------------------------------------------------------------------
def test_a_csv_cell_over_the_limit_loses_no_row_after_it(tmp_path, settings, monkeypatch):
    monkeypatch.setattr("claimledger.ingest.csv.MAX_RECORD_BYTES", 2000)
    good = goods(98)
    big = Bad("giant_cell", f'big,"{"long text " * 1000}",{DATE},\r\n'.encode())
    cases = [*good[:1], big, *good[1:]]
    p = write_csv(tmp_path / "wire.csv", cases)
    s = ledger.add([p], settings)
    assert len(s.ingested) == 98
    assert [x.code for x in s.skipped] == ["too_long"] and s.skipped[0].source.endswith(":3")


def test_csv_quoted_cells_with_line_breaks_and_quotes_keep_row_boundaries(tmp_path):
    rows = [
        Good("q1", 'He said "5 people" died,\nthen left.\n\nNew paragraph.'),
        Bad("encoding", b"bad,caf\xe9 shut,2024-03-20,\r\n"),
        Good("q2", 'A literal 5" screen and ""doubled"" quotes.'),
    ]
    recs = read_all(write_csv(tmp_path / "q.csv", rows))
    assert [type(r) for r in recs] == [Article, Skipped, Article]
    assert recs[0].text == rows[0].text and recs[2].text == rows[2].text
    assert recs[1].code == "encoding" and recs[2].origin.endswith(":7")


# -- text, HTML, RSS ----------------------------------------------------------------------
def test_a_text_file_over_the_limit_is_refused_from_its_size(tmp_path, monkeypatch):
    monkeypatch.setattr("claimledger.ingest.text.MAX_RECORD_BYTES", 100)
    p = tmp_path / "big.txt"
    p.write_text("date 2024-03-20\n" + "word " * 100)
    (s,) = read_all(p)
    assert s.code == "too_long" and "over the 100-byte limit" in s.message


def test_a_large_html_table_does_not_reach_the_article(tmp_path):
    rows = "".join(f"<tr><td>Row {i}</td><td>{i * 7} tanks</td></tr>" for i in range(2000))
    body = sentence(random.Random(3), "tablemark")
    page = html_page(body).replace("</article>", f"<table>{rows}</table></article>")
    p = tmp_path / "t.html"
    p.write_text(page)
    (a,) = read_all(p)
    assert isinstance(a, Article) and "tablemark" in a.text and "tanks" not in a.text


def test_a_page_laid_out_in_a_table_keeps_its_prose(tmp_path):
    prose = sentence(random.Random(4), "layoutmark")
    page = (
        "<html><head><title>T</title></head><body><table><tr><td>menu</td>"
        f"<td><p>{prose}</p><p>{prose.replace('layoutmark', 'second')}</p></td></tr></table>"
        "</body></html>"
    )
    p = tmp_path / "layout.html"
    p.write_text(page)
    (a,) = read_all(p, date=DATE)
    assert isinstance(a, Article) and "layoutmark" in a.text


def test_rss_descriptions_are_unescaped(tmp_path):
    p = tmp_path / "f.rss"
    p.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>'
        "<item><title>A</title><link>http://x/1</link><description>AT&amp;amp;T said 5 "
        "&amp;lt; 6 jobs went</description><pubDate>Wed, 20 Mar 2024 10:00:00 GMT</pubDate>"
        "</item></channel></rss>"
    )
    (a,) = read_all(p)
    assert a.text == "AT&T said 5 < 6 jobs went"


def test_feed_entities_are_not_expanded(tmp_path):
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    p = tmp_path / "lol.rss"
    p.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY l0 "lol">{lol}]>'
        '<rss version="2.0"><channel><title>W</title><item><title>&l9;</title>'
        "<description>Officials said 5 bridges shut.</description>"
        "<pubDate>Wed, 20 Mar 2024 10:00:00 GMT</pubDate></item></channel></rss>"
    )
    recs = read_all(p)
    assert all(len(getattr(r, "title", "") or "") < 1000 for r in recs)


# -- WARC ---------------------------------------------------------------------------------
@pytest.mark.parametrize("gz", [True, False])
def test_a_warc_gzip_bomb_is_refused_and_the_next_record_read(tmp_path, monkeypatch, gz):
    monkeypatch.setattr("claimledger.ingest.warc.MAX_PAGE_BYTES", 1 << 20)
    good = goods(2)
    bomb = Bad("gzip_bomb", gzip_bomb(64 << 20), meta={"encoding": "gzip"})
    p = write_warc(tmp_path / ("b.warc.gz" if gz else "b.warc"), [good[0], bomb, good[1]], gz=gz)
    assert p.stat().st_size < 200_000
    a, s, b = read_all(p)
    assert isinstance(a, Article) and isinstance(b, Article)
    assert s.code == "too_large"


def test_a_corrupt_warc_message_holds_no_raw_bytes(tmp_path):
    p = tmp_path / "junk.warc"
    p.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\n\x00\x01\x02")
    recs = read_all(p)
    for s in skipped(recs):
        assert "\x00" not in s.message and "\n" not in s.message


# -- Parquet shards -----------------------------------------------------------------------
def test_a_shard_row_with_a_forged_hash_or_span_is_refused(tmp_path, settings):
    texts = [sentence(random.Random(i), f"pq{i}") for i in range(3)]
    p = write_parquet(
        tmp_path / "part-00000.parquet",
        [
            shard_row(texts[0], id="ok"),
            shard_row(texts[1], id="forged", forged_hash=True),
            shard_row(texts[2], id="span", bad_span=True),
        ],
    )
    s = ledger.add([p], settings)
    assert s.ingested == ["ok"]
    assert [x.code for x in s.skipped] == ["bad_hash", "bad_parquet"]


# -- the CLI ------------------------------------------------------------------------------
def test_exit_status_is_1_for_skipped_records_and_2_for_errors(tmp_path, model, monkeypatch):
    p = write_jsonl(tmp_path / "x.jsonl", [*goods(1), Bad("bad", b"{")])
    db = str(tmp_path / "l.db")
    runner = CliRunner()
    r = runner.invoke(main, ["--db", db, "--model", model, "add", str(p)])
    assert r.exit_code == 1, r.output

    def crash(*a, **k):
        raise RuntimeError("disk on fire\x00" + "x" * 10_000)

    monkeypatch.setattr(ledger, "add", crash)
    r = runner.invoke(main, ["--db", db, "--model", model, "add", str(p)])
    assert r.exit_code == 2
    (line,) = r.output.strip().splitlines()
    assert line.startswith("Error: unexpected RuntimeError") and len(line) < 500


def test_extract_output_escapes_line_separators(tmp_path, model):
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps({"id": "a", "text": "One\u2028two\u2029three said 5.", "date": DATE}))
    r = CliRunner().invoke(main, ["--model", model, "extract", str(p)])
    assert r.exit_code == 0 and "\u2028" not in r.stdout and "\\u2028" in r.stdout
    (rec,) = [json.loads(x) for x in r.stdout.splitlines()]
    assert rec["text"] == "One\u2028two\u2029three said 5."


# -- extraction limits --------------------------------------------------------------------
def test_extraction_is_cut_at_the_character_or_the_token_limit():
    from claimledger.nlp.extract import _TOKENS, bounded

    art = Article(id="a", text="Officials said 5 died. " * 20, date=DATE)
    assert bounded(art) == (art, None)
    short, note = bounded(art, limit=100)
    assert short.text == art.text[:91] and "first 91 of 460 characters" in note
    # 40 quotation marks are 40 tokens: a token limit cuts where a character limit would not
    quotes = Article(id="q", text='"' * 40, date=DATE)
    cut, note = bounded(quotes, limit=1000, max_tokens=25)
    assert cut.text == '"' * 25 and "25 tokens" in note
    words, note = bounded(art, limit=1000, max_tokens=12)
    assert len(_TOKENS.findall(words.text)) <= 12 and words.text.endswith(".")
    assert bounded(quotes, limit=1000, max_tokens=40) == (quotes, None)
