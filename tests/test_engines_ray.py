"""Extraction on Ray Data (local mode): same ledger as a local run; Parquet shards load back."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger import ledger
from claimledger.settings import Settings
from claimledger.store import open_store
from ingest_util import dump_ledger, write_corpus

ray = pytest.importorskip("ray")
pytestmark = pytest.mark.ray


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
    yield
    ray.shutdown()


def test_ray_engine_writes_the_same_ledger_as_local(local_ray, tmp_path: Path, model):
    corpus = write_corpus(tmp_path / "c.jsonl", 80, bad_every=13)
    dumps = []
    for engine in ("local", "ray"):
        s = Settings(db=str(tmp_path / f"{engine}.db"), model=model, workers=2)
        summary = ledger.add([corpus], s, engine=engine)
        assert len(summary.ingested) == 74 and len(summary.skipped) == 6
        store = open_store(s.db)
        dumps.append(dump_ledger(store))
        store.close()
    assert dumps[0] == dumps[1]


def test_ray_shards_load_with_add(local_ray, tmp_path: Path, model):
    corpus = write_corpus(tmp_path / "c.jsonl", 30)
    shards = tmp_path / "shards"
    s = Settings(db=str(tmp_path / "scratch.db"), model=model)
    stats: dict = {}
    summary = ledger.add([corpus], s, engine="ray", workers=2, shards=str(shards), stats=stats)
    assert len(summary.ingested) == 30
    files = sorted(shards.glob("part-*.parquet"))
    assert len(files) == 1
    scratch = open_store(s.db)
    assert scratch.count_articles() == 0  # shards instead of the store
    scratch.close()

    # Loading the shards stores the same ledger as extracting directly.
    loaded = Settings(db=str(tmp_path / "loaded.db"), model=model)
    direct = Settings(db=str(tmp_path / "direct.db"), model=model)
    assert len(ledger.add([shards], loaded).ingested) == 30
    ledger.add([corpus], direct)
    a, b = open_store(loaded.db), open_store(direct.db)
    try:
        da, db_ = dump_ledger(a), dump_ledger(b)
        for table in ("entities", "quantities", "attributions", "claims"):
            assert da[table] == db_[table], table
        # Only the origin differs: the shard row keeps the original record's locator.
        assert [r[:8] for r in da["articles"]] == [r[:8] for r in db_["articles"]]
    finally:
        a.close()
        b.close()
