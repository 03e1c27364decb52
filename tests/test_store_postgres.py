"""The PostgreSQL backend: same schema and migrations as SQLite, concurrent writers.

The tier starts its own server (initdb in a temporary folder, a free local port; see
tests/pg.py) and skips when Debian's postgresql is not installed.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import pg
from claimledger import ledger
from claimledger.errors import StoreError
from claimledger.settings import Settings
from claimledger.store import open_store
from claimledger.store.migrations import all_migrations
from ingest_util import dump_ledger, write_corpus

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not pg.available(), reason="PostgreSQL (initdb) is not installed"),
]


@pytest.fixture(scope="module")
def server(pg_server):
    return pg_server


def test_same_migrations_as_sqlite(server, tmp_path):
    url = server.new_database()
    store = open_store(url)
    lite = open_store(str(tmp_path / "x.db"))
    try:
        assert store.schema_versions() == lite.schema_versions()
        assert [v for v, _ in store.schema_versions()] == [m.version for m in all_migrations()]
        assert store.migrate() == []  # idempotent
    finally:
        store.close()
        lite.close()


def test_bad_url_is_a_one_line_store_error(server):
    with pytest.raises(StoreError) as err:
        open_store(f"postgresql://nobody:secret@127.0.0.1:{server.port}/missing_db")
    assert "secret" not in str(err.value) and "cannot connect" in str(err.value)


def test_ledger_in_postgres_equals_the_sqlite_one(server, tmp_path, model):
    corpus = write_corpus(tmp_path / "c.jsonl", 40, bad_every=9)
    url = server.new_database()
    dumps = []
    for db in (url, str(tmp_path / "lite.db")):
        s = Settings(db=db, model=model)
        summary = ledger.add([corpus], s)
        assert len(summary.ingested) == 36 and len(summary.skipped) == 4
        store = open_store(db)
        dumps.append(dump_ledger(store))
        if db == url:
            from claimledger.store import ClaimQuery

            assert store.count_claims(ClaimQuery(q="said")) > 0  # tsvector search
            ex = store.extraction(summary.ingested[0])
            assert ex.article.text[ex.claims[0].start : ex.claims[0].end] == ex.claims[0].text
        store.close()
    pg_dump, lite_dump = dumps
    for table in lite_dump:
        assert pg_dump[table] == lite_dump[table], table


def test_concurrent_writers_store_each_article_once(server, tmp_path, model):
    """Three `claimledger add` processes (one with 2 workers) on overlapping inputs at once."""
    a = write_corpus(tmp_path / "a.jsonl", 150, seed=1)
    b = write_corpus(tmp_path / "b.jsonl", 150, seed=2)
    both = tmp_path / "ab.jsonl"
    lines_a = a.read_text().splitlines(keepends=True)
    lines_b = b.read_text().splitlines(keepends=True)
    both.write_text("".join(lines_a[75:] + lines_b[:75]))
    url = server.new_database()
    code = "from claimledger.cli import main; main()"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, "--db", url, "--model", model, "add", str(p), *extra],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ},
        )
        for p, extra in ((a, []), (b, ["--workers", "2"]), (both, []))
    ]
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err[-2000:]
    store = open_store(url)
    try:
        rows = store.query("SELECT hash, count(*) FROM articles GROUP BY hash")
        assert len(rows) == 300 and all(n == 1 for _, n in rows)
        assert store.query("SELECT count(*) FROM ingest_checkpoints")[0][0] == 0
        # Every article has its claims exactly once.
        dup = store.query(
            "SELECT article_id, idx, count(*) FROM claims GROUP BY article_id, idx"
            " HAVING count(*) > 1"
        )
        assert dup == []
    finally:
        store.close()
