"""An ingest killed with SIGKILL half-way and started again ends with exactly the ledger of
an uninterrupted run: no article lost, none twice (issue 7)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from claimledger.store import open_store
from ingest_util import dump_ledger, tiny_model, write_corpus

N = 800


def cli(db: Path, model: str, corpus: Path) -> list[str]:
    code = "from claimledger.cli import main; main()"
    return [
        sys.executable,
        "-c",
        code,
        "--db",
        str(db),
        "--model",
        model,
        "--attribution",
        "rules",  # the tiny model has no parse to tag: keep the neural tagger out
        "add",
        str(corpus),
        "--json",
    ]


def count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created or not migrated yet


def test_sigkill_half_way_then_rerun_equals_an_uninterrupted_run(tmp_path: Path):
    model = tiny_model(tmp_path)
    corpus = write_corpus(tmp_path / "corpus.jsonl", N, bad_every=97)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}

    ref = tmp_path / "ref.db"
    done = subprocess.run(
        cli(ref, model, corpus), capture_output=True, text=True, env=env, timeout=600
    )
    assert done.returncode == 1, done.stderr[-2000:]  # bad lines were skipped

    db = tmp_path / "killed.db"
    proc = subprocess.Popen(
        cli(db, model, corpus), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    deadline = time.monotonic() + 300
    at_kill = 0
    while time.monotonic() < deadline and proc.poll() is None:
        at_kill = count(db)
        if at_kill >= N // 4:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it could be killed; make the corpus larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    partial = count(db)
    assert 0 < partial < N - N // 97

    again = subprocess.run(
        cli(db, model, corpus), capture_output=True, text=True, env=env, timeout=600
    )
    assert again.returncode in (0, 1), again.stderr[-2000:]

    a, b = open_store(str(ref)), open_store(str(db))
    try:
        expected, got = dump_ledger(a), dump_ledger(b)
        assert len(expected["articles"]) == N - N // 97
        assert len(expected["skipped"]) == N // 97
        for table in expected:
            assert got[table] == expected[table], table
        assert b.query("SELECT count(*) FROM ingest_checkpoints")[0][0] == 0
    finally:
        a.close()
        b.close()
