"""Reading plain text and JSON Lines into Articles, and bad input into Skipped records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger import ingest
from claimledger.models import Article, Skipped, content_hash


def read_all(*paths, **kw):
    return list(ingest.read([str(p) for p in paths], **kw))


def test_example_text_header_on_the_first_line(example_txt, example_text):
    (a,) = read_all(example_txt)
    assert isinstance(a, Article)
    assert a.date == "2024-03-20"
    assert a.text == example_text  # the header is not part of the body
    assert a.id == "2024-03-20-putin-fsb"
    assert a.language == "en"


def test_text_and_jsonl_forms_share_a_content_hash(example_txt, example_jsonl):
    (a,) = read_all(example_txt)
    (b,) = read_all(example_jsonl)
    assert a.hash == b.hash == content_hash(b.text)
    assert b.id == "putin-fsb-2024-03-20"


@pytest.mark.parametrize(
    "raw, body",
    [
        ("date 2024-01-02\nBody here.", "Body here."),
        ("date: 2024-01-02\r\nBody here.", "Body here."),
        ("  date 2024-01-02 Body here.", "Body here."),
    ],
)
def test_header_forms(tmp_path: Path, raw: str, body: str):
    p = tmp_path / "a.txt"
    p.write_text(raw, encoding="utf-8")
    (a,) = read_all(p)
    assert (a.date, a.text) == ("2024-01-02", body)


def test_text_without_header_needs_date(tmp_path: Path):
    p = tmp_path / "a.txt"
    p.write_text("Body without a header.", encoding="utf-8")
    (s,) = read_all(p)
    assert isinstance(s, Skipped) and s.code == "no_date"
    assert "--date" in s.message and str(p) in s.message
    (a,) = read_all(p, date="2024-05-06")
    assert a.date == "2024-05-06" and a.text == "Body without a header."


@pytest.mark.parametrize(
    "content, code",
    [
        (b"date 2024-01-02\n\xff\xfe bad bytes", "encoding"),
        (b"date 2024-01-02\n   \n", "empty"),
        (b"date 2024-13-40\nText.", "bad_date"),
        (b"date yesterday\nText.", "bad_date"),
    ],
)
def test_bad_text_files_are_skipped_with_a_reason(tmp_path: Path, content: bytes, code: str):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    (s,) = read_all(p)
    assert isinstance(s, Skipped)
    assert s.code == code
    assert str(p) in s.message and "\n" not in s.message


def test_missing_file_and_unknown_format(tmp_path: Path):
    (s,) = read_all(tmp_path / "nope.txt")
    assert s.code == "missing" and "no such file" in s.message
    odd = tmp_path / "a.xyz"
    odd.write_text("x")
    (s,) = read_all(odd)
    assert s.code == "unknown_format" and "--format" in s.message


def test_jsonl_batch_keeps_going_past_bad_lines(tmp_path: Path):
    p = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a", "text": "One.", "date": "2024-01-01", "title": "T", "url": "u"}),
        "{not json",
        json.dumps([1, 2]),
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "text": ""}),
        json.dumps({"id": "e", "text": "Two.", "date": "01/02/2024"}),
        "",
        json.dumps({"id": "f", "text": "Three.", "date": "2024-02-03T10:00:00Z"}),
    ]
    p.write_text("\n".join(lines), encoding="utf-8")
    out = read_all(p)
    assert [type(r).__name__ for r in out] == [
        "Article",
        "Skipped",
        "Skipped",
        "Skipped",
        "Skipped",
        "Skipped",
        "Article",
    ]
    assert [r.code for r in out if isinstance(r, Skipped)] == [
        "bad_json",
        "bad_json",
        "no_text",
        "empty",
        "bad_date",
    ]
    assert out[1].source == f"{p}:2"
    assert out[0].title == "T" and out[0].url == "u"
    assert out[-1].date == "2024-02-03"


def test_folders_are_walked_in_order(tmp_path: Path, example_txt):
    (tmp_path / "b.txt").write_text("date 2024-01-01\nB.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("date 2024-01-01\nA.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored")
    out = read_all(tmp_path)
    assert [a.text for a in out] == ["A.", "B."]


def test_language_is_recorded(tmp_path: Path):
    p = tmp_path / "ru.jsonl"
    p.write_text(json.dumps({"text": "Минобороны России заявило о потерях."}), encoding="utf-8")
    (a,) = read_all(p)
    assert a.language == "ru"
