"""Issue 15 on PostgreSQL, which refuses NUL bytes in text where SQLite stores them: a NUL
in a title, an id or the text, and a corrupt WARC whose reason would embed raw bytes, must
each be one skipped row, never abort the batch; a rerun records no skipped row twice; and
the PostgreSQL ledger equals the SQLite one.
"""

from __future__ import annotations

import random

import pytest

import pg
from claimledger import ledger
from claimledger.models import Skipped
from claimledger.settings import Settings
from claimledger.store import open_store
from hostile import Bad, account, sentence, write_jsonl

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not pg.available(), reason="PostgreSQL (initdb) is not installed"),
]

NUL_CASES = [
    Bad("nul_title", b'{"id": "t", "text": "abc def", "title": "a\\u0000b", "date": "2024-03-20"}'),
    Bad("nul_id", b'{"id": "a\\u0000b", "text": "abc def ghi", "date": "2024-03-20"}'),
    Bad("nul_text", b'{"id": "x", "text": "abc \\u0000 def", "date": "2024-03-20"}'),
    Bad("nul_source", b'{"text": "abc jkl", "source": "\\u0000", "date": "2024-03-20"}'),
]


def _goods(n: int):
    from hostile import Good

    rng = random.Random(7)
    return [Good(f"pgz{i}", sentence(rng, f"pgz{i}")) for i in range(n)]


def test_nul_bytes_skip_their_record_and_a_rerun_adds_nothing(pg_server, tmp_path, model):
    goods = _goods(len(NUL_CASES) + 1)
    cases: list = []
    for g, b in zip(goods, [*NUL_CASES, None], strict=True):
        cases += [g] if b is None else [g, b]
    p = write_jsonl(tmp_path / "nul.jsonl", cases)
    warc = tmp_path / "junk.warc"
    warc.write_bytes(
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\n\x00\x01\x02\xff"
    )
    url = pg_server.new_database()
    cfg = Settings(db=url, model=model, attribution="rules")
    first = ledger.add([p, warc], cfg)
    assert len(first.ingested) == len(goods)
    assert len(first.skipped) == len(NUL_CASES) + 1
    again = ledger.add([p, warc], cfg)
    assert again.ingested == []
    store = open_store(url)
    try:
        acc = account(store, cases, reported=len(NUL_CASES) + 1)
        rows = store.skipped()
        assert len(rows) == len(NUL_CASES) + 1  # not recorded a second time by the rerun
        assert all("\x00" not in s.message and "\x00" not in s.source for s in rows)
    finally:
        store.close()
    assert acc.lost == [] and acc.unreported == 0

    lite = Settings(db=str(tmp_path / "l.db"), model=model, attribution="rules")
    ledger.add([p, warc], lite)
    sq = open_store(lite.db)
    pgs = open_store(url)
    try:
        ids = "SELECT id, title FROM articles ORDER BY id"
        assert sq.query(ids) == pgs.query(ids)
        codes = "SELECT source, code FROM skipped ORDER BY source, code"
        assert sq.query(codes) == pgs.query(codes)
    finally:
        sq.close()
        pgs.close()


def test_a_skip_message_with_a_nul_is_stored_readably(pg_server):
    url = pg_server.new_database()
    store = open_store(url)
    try:
        raw = Skipped("f.warc\x00#1", "bad_warc", "junk \x00\x01 here\nand there")
        assert store.record_skipped([raw]) == 1
        assert store.record_skipped([raw]) == 0
        (got,) = store.skipped()
        assert "\x00" not in got.message and "\x00" not in got.source
        assert "junk" in got.message
    finally:
        store.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_like_wildcards_in_a_claimer_filter_are_literal(pg_server, tmp_path, backend):
    from claimledger.store.base import ClaimQuery
    from claimledger.web.sample import load, sample_extractions

    url = pg_server.new_database() if backend == "postgres" else str(tmp_path / "w.db")
    store = open_store(url)
    try:
        load(store, sample_extractions())
        assert store.count_claims(ClaimQuery(claimer="mayor")) >= 1
        for value in ("%", "_", "%%", "\\", "ma_or", "m%r"):
            assert store.count_claims(ClaimQuery(claimer=value)) == 0, value
    finally:
        store.close()
