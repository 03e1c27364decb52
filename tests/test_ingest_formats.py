"""CSV, HTML, RSS/Atom and WARC readers: articles out, every bad record a Skipped."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from claimledger import ingest
from claimledger.ingest.base import ByteTracker
from claimledger.models import Article, Skipped

BODY = "The ministry said that 12 drones were shot down over the region on Tuesday night. " * 3
PAGE = (
    "<html><head><title>Drones downed</title>"
    '<meta property="article:published_time" content="2024-03-20"></head>'
    f"<body><nav><a href='/'>Home</a></nav><article><h1>Drones downed</h1><p>{BODY}</p>"
    "<p>Officials gave no further details about the attack.</p></article></body></html>"
)


def read_all(*paths, **kw):
    return list(ingest.read([str(p) for p in paths], **kw))


def codes(records):
    return [r.code for r in records if isinstance(r, Skipped)]


def test_csv_maps_columns_and_reports_bad_rows(tmp_path: Path):
    p = tmp_path / "wire.csv"
    p.write_text(
        "uid,body,published,headline\n"
        '1,"Putin said 5 people died, officials said.",2024-03-20,Five dead\n'
        "2,,2024-03-20,Empty\n"
        '3,"Bad date here.",2024-13-01,Bad\n'
        "\n"
        '4,"Multi-line\nbody with ""quotes"".",2024-03-21T10:00:00Z,Multi\n',
        encoding="utf-8",
    )
    recs = read_all(
        p, columns={"id": "uid", "text": "body", "date": "published", "title": "headline"}
    )
    a, empty, bad, multi = recs
    assert isinstance(a, Article) and a.id == "1" and a.title == "Five dead"
    assert a.date == "2024-03-20" and a.origin == f"{p}:2"
    assert empty.code == "empty" and bad.code == "bad_date" and str(p) in bad.message
    assert multi.text == 'Multi-line\nbody with "quotes".' and multi.date == "2024-03-21"


def test_csv_without_the_text_column_says_which_option_to_pass(tmp_path: Path):
    p = tmp_path / "x.csv"
    p.write_text("a,b\n1,2\n", encoding="utf-8")
    (s,) = read_all(p)
    assert s.code == "no_text" and "--column text=" in s.message


def test_tsv_and_bad_encoding(tmp_path: Path):
    p = tmp_path / "x.tsv"
    p.write_bytes("text\tdate\nGood one.\t2024-03-20\nCaf\xe9 bad.\t2024-03-20\n".encode("latin-1"))
    good, bad = read_all(p)
    assert isinstance(good, Article) and good.text == "Good one."
    assert bad.code == "encoding" and "iconv" in bad.message


def test_csv_skip_resumes_after_rows(tmp_path: Path):
    p = tmp_path / "x.csv"
    p.write_text("text,date\n" + "".join(f"Row {i}.,2024-03-20\n" for i in range(5)))
    recs = list(ingest.READERS[".csv"](p, skip=3))
    assert [r.text for r in recs] == ["Row 3.", "Row 4."]


def test_html_file_gives_main_text_and_metadata(tmp_path: Path):
    p = tmp_path / "drones.html"
    p.write_text(PAGE, encoding="utf-8")
    (a,) = read_all(p)
    assert isinstance(a, Article)
    assert a.id == "drones" and a.title == "Drones downed" and a.date == "2024-03-20"
    assert "12 drones were shot down" in a.text and "Home" not in a.text


def test_html_without_text_or_date_is_skipped_with_the_fix(tmp_path: Path):
    (tmp_path / "nav.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (tmp_path / "undated.html").write_text(
        f"<html><body><article><p>{BODY}</p></article></body></html>"
    )
    recs = read_all(tmp_path)
    assert sorted(codes(recs)) == ["no_date", "no_text"]
    assert any("--date" in r.message for r in recs)
    (a,) = [r for r in read_all(tmp_path / "undated.html", date="2024-01-02")]
    assert a.date == "2024-01-02"


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>T1</title><link>http://x/1</link><guid>urn:1</guid>
<pubDate>Wed, 20 Mar 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The ministry said 12 drones were shot down.&lt;/p&gt;
&lt;p&gt;More.&lt;/p&gt;</description></item>
<item><title>T2</title><link>http://x/2</link>
<pubDate>Wed, 20 Mar 2024 11:00:00 GMT</pubDate><description></description></item>
<item><title>T3</title><link>http://x/3</link><description>No date here.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom wire</title><entry><title>A1</title><id>tag:a1</id><link href="http://y/1"/>
<updated>2024-03-22T08:00:00Z</updated>
<content type="html">&lt;p&gt;Officials said 3 people were hurt.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_entries_become_articles(tmp_path: Path):
    p = tmp_path / "wire.rss"
    p.write_text(RSS, encoding="utf-8")
    a, empty, undated = read_all(p)
    assert a.text == "The ministry said 12 drones were shot down.\n\nMore."
    assert (a.id, a.title, a.url, a.source, a.date) == (
        "urn:1",
        "T1",
        "http://x/1",
        "Wire",
        "2024-03-20",
    )
    assert empty.code == "empty" and undated.code == "no_date"
    assert [r.code for r in ingest.READERS[".rss"](p, skip=2)] == ["no_date"]


def test_atom_feed(tmp_path: Path):
    p = tmp_path / "wire.atom"
    p.write_text(ATOM, encoding="utf-8")
    (a,) = read_all(p)
    assert a.text == "Officials said 3 people were hurt." and a.date == "2024-03-22"
    assert a.source == "Atom wire"


def test_feed_xml_is_read_by_its_root_element(tmp_path: Path):
    rss, atom = tmp_path / "feed.xml", tmp_path / "atom.xml"
    rss.write_text(RSS, encoding="utf-8")
    atom.write_text(ATOM, encoding="utf-8")
    assert read_all(rss)[0].title == "T1"
    assert read_all(atom)[0].source == "Atom wire"
    other = tmp_path / "data.xml"
    other.write_text("<?xml version='1.0'?><catalog><item/></catalog>", encoding="utf-8")
    (s,) = list(ingest.read([other]))
    assert isinstance(s, Skipped) and s.code == "unknown_format" and "'.xml'" in s.message


def test_not_a_feed(tmp_path: Path):
    p = tmp_path / "junk.rss"
    p.write_text("this is not xml <<<", encoding="utf-8")
    (s,) = read_all(p)
    assert isinstance(s, Skipped) and "RSS or Atom" in s.message


def _warc(path: Path, pages: list[tuple[str, str, str]], gz: bool) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for url, ctype, body in pages:
            hh = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = w.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body.encode()),
                http_headers=hh,
                warc_headers_dict={"WARC-Date": "2024-03-21T06:00:00Z"},
            )
            w.write_record(rec)


@pytest.mark.parametrize("gz", [True, False])
def test_warc_records(tmp_path: Path, gz: bool):
    p = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    undated = f"<html><body><article><p>{BODY}</p></article></body></html>"
    _warc(
        p,
        [
            ("http://n/1", "text/html; charset=utf-8", PAGE),
            ("http://n/logo.png", "image/png", "PNG"),
            ("http://n/2", "text/html", undated),
        ],
        gz,
    )
    a, img, b = read_all(p)
    assert isinstance(a, Article) and a.url == "http://n/1" and a.date == "2024-03-20"
    assert img.code == "not_html"
    assert b.date == "2024-03-21"  # the crawl date when the page has none
    assert [type(r).__name__ for r in ingest.READERS[".warc.gz" if gz else ".warc"](p, skip=2)] == [
        "Article"
    ]


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_warc_reports_the_record_and_keeps_the_rest(tmp_path: Path, gz: bool):
    full = tmp_path / ("full.warc.gz" if gz else "full.warc")
    _warc(
        full,
        [(f"http://n/{i}", "text/html", PAGE.replace("12", str(20 + i))) for i in range(3)],
        gz,
    )
    data = full.read_bytes()
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut.write_bytes(data[: len(data) - 150])
    recs = read_all(cut)
    assert [type(r).__name__ for r in recs] == ["Article", "Article", "Skipped"]
    assert recs[-1].code == "truncated_warc" and "re-download" in recs[-1].message


def test_jsonl_skip_passes_over_records_unparsed(tmp_path: Path):
    p = tmp_path / "x.jsonl"
    p.write_text('not json\n\n{"text": "B.", "date": "2024-03-20"}\n{"text": "C."}\n')
    recs = list(ingest.READERS[".jsonl"](p, skip=1))
    assert [r.text for r in recs] == ["B.", "C."]


def test_tracker_follows_bytes_across_files(tmp_path: Path):
    for i in range(2):
        (tmp_path / f"{i}.jsonl").write_text('{"text": "Some text.", "date": "2024-03-20"}\n' * 10)
    t = ByteTracker()
    list(ingest.read([tmp_path], tracker=t))
    assert t.position() == sum(f.stat().st_size for f in tmp_path.iterdir())
