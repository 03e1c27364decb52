"""Batch ingest: duplicates, near duplicates, bad records, checkpoints, workers, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimledger import ledger
from claimledger.cli import main
from claimledger.engines import RunOptions, run
from claimledger.settings import Settings
from claimledger.store import open_store
from ingest_util import article_text, dump_ledger, write_corpus

LONG = (
    "The regional governor said on Tuesday that 14 people were injured when drones struck an "
    "apartment block in the city centre overnight. Emergency services said rescue work went "
    "on through the morning and that 3 of the injured were in a serious condition. The "
    "ministry of defence said air defences shot down 25 drones over four regions. Local "
    "officials opened a shelter in a school gymnasium for residents whose flats were damaged, "
    "and the mayor promised to pay for repairs to windows and roofs within a month. Power "
    "was cut to parts of two districts for several hours while engineers repaired a damaged "
    "substation, the city energy company said in a statement posted on its website."
)


def jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_exact_duplicates_are_skipped_and_near_duplicates_linked(tmp_path, settings):
    wire = "Drones hit city, 14 hurt\n\n" + LONG
    copy = "Fourteen hurt as drones strike apartment block\n\n" + LONG
    p = jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "orig", "text": wire, "date": "2024-03-20"},
            {"id": "same", "text": wire, "date": "2024-03-20"},
            {"id": "copy", "text": copy, "date": "2024-03-20", "url": "http://b/copy"},
            {
                "id": "other",
                "text": "Officials said 5 bridges were closed on Monday.",
                "date": "2024-03-20",
            },
        ],
    )
    stats: dict = {}
    s = ledger.add([p], settings, stats=stats)
    assert s.ingested == ["orig", "other"]
    assert s.duplicates == ["orig"]
    assert stats["near_duplicates"] == 1
    (link,) = stats["near_duplicate_links"]
    assert link["article_id"] == "orig" and link["similarity"] >= 0.8
    store = open_store(settings.db)
    try:
        assert store.count_articles() == 2
        from claimledger.engines.state import IngestState

        (nd,) = IngestState(store).near_duplicates("orig")
        assert nd["url"] == "http://b/copy" and nd["origin"].endswith("in.jsonl:3")
    finally:
        store.close()
    # Again: everything is known now, the near copy included.
    again = ledger.add([p], settings, stats=stats)
    assert again.ingested == [] and len(again.duplicates) == 4


def test_near_duplicates_are_found_across_runs(tmp_path, settings):
    first = jsonl(tmp_path / "1.jsonl", [{"id": "orig", "text": "Drones hit city\n\n" + LONG}])
    second = jsonl(tmp_path / "2.jsonl", [{"id": "copy", "text": "Drone strike\n\n" + LONG}])
    assert ledger.add([first], settings).ingested == ["orig"]
    stats: dict = {}
    assert ledger.add([second], settings, stats=stats).ingested == []
    assert [x["article_id"] for x in stats["near_duplicate_links"]] == ["orig"]


def test_every_bad_record_is_recorded_and_the_rest_goes_on(tmp_path, settings):
    p = tmp_path / "mixed.jsonl"
    p.write_bytes(
        b'{"text": "Officials said 5 bridges were closed.", "date": "2024-03-20"}\n'
        b'{"text": \n'
        b'{"text": "   "}\n'
        b'{"text": "Caf\xe9 owners said 3 shops shut.", "date": "2024-03-20"}\n'
        b'{"text": "The mayor said 7 schools reopened.", "date": "2024-03-20"}\n'
    )
    s = ledger.add([p], settings)
    assert len(s.ingested) == 2
    assert [x.code for x in s.skipped] == ["bad_json", "empty", "encoding"]
    assert [x.source for x in s.skipped] == [f"{p}:2", f"{p}:3", f"{p}:4"]
    store = open_store(settings.db)
    try:
        assert sorted(x.code for x in store.skipped()) == ["bad_json", "empty", "encoding"]
    finally:
        store.close()


def test_interrupted_run_resumes_from_its_checkpoint(tmp_path, settings, model):
    corpus = write_corpus(tmp_path / "c.jsonl", 60, bad_every=7)
    ref = open_store(str(tmp_path / "ref.db"))
    run([corpus], settings, ref, opts=RunOptions(commit_every=5))
    expected = dump_ledger(ref)
    ref.close()

    class Boom(Exception):
        pass

    seen = []

    def explode(article_id: str, inserted: bool) -> None:
        seen.append(article_id)
        if len(seen) == 23:
            raise Boom

    store = open_store(settings.db)
    with pytest.raises(Boom):
        run([corpus], settings, store, opts=RunOptions(commit_every=5), on_article=explode)
    from claimledger.engines.state import IngestState

    ((source, done),) = IngestState(store).pending()
    assert source == str(corpus.resolve()) and 0 < done < 60
    result = run([corpus], settings, store, opts=RunOptions(commit_every=5))
    assert result.resumed == {str(corpus.resolve()): done}
    assert IngestState(store).pending() == []
    assert dump_ledger(store) == expected
    store.close()


def test_changed_file_starts_over(tmp_path, settings):
    corpus = write_corpus(tmp_path / "c.jsonl", 10)
    store = open_store(settings.db)
    from claimledger.engines.state import IngestState, fingerprint

    state = IngestState(store)
    with store.transaction():
        state.checkpoint(str(corpus.resolve()), "0:0", 8)  # written for another version
    result = run([corpus], settings, store)
    assert result.resumed == {} and len(result.ingested) == 10
    assert state.resume_point(str(corpus.resolve()), fingerprint(corpus)) == 0
    store.close()


def test_two_workers_give_the_same_ledger_as_one(tmp_path, model):
    corpus = write_corpus(tmp_path / "c.jsonl", 120, bad_every=11)
    dumps = []
    for workers in (1, 2):
        s = Settings(db=str(tmp_path / f"w{workers}.db"), model=model, workers=workers)
        summary = ledger.add([corpus], s)
        assert len(summary.skipped) == 10
        store = open_store(s.db)
        dumps.append(dump_ledger(store))
        store.close()
    assert dumps[0] == dumps[1]
    assert len(dumps[0]["articles"]) == 110


def test_cli_add_json_summary_and_exit_status(tmp_path, model):
    import random

    rng = random.Random(1)
    csv = tmp_path / "wire.csv"
    csv.write_text(
        "uid,body,day\n"
        + "".join(f'{i},"{article_text(rng, i)}",2024-03-2{i}\n' for i in range(3))
        + "9,,2024-03-20\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "cli.db")
    args = ["--db", db, "--model", model, "add", str(csv), "--column", "text=body",
            "--column", "id=uid", "--column", "date=day", "--json"]  # fmt: skip
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 1, res.output  # one row was skipped
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert out["ingested"] == 3 and out["duplicates"] == 0 and out["near_duplicates"] == 0
    assert [s["code"] for s in out["skipped"]] == ["empty"]
    assert out["rate_per_s"] > 0
    res = CliRunner().invoke(main, [*args[:-1], "--progress"])
    assert "records" in res.stderr and "ingested 0, duplicates 3" in res.stderr


def test_cli_rejects_a_bad_column_mapping(tmp_path, model):
    res = CliRunner().invoke(
        main, ["--db", str(tmp_path / "x.db"), "add", "x.csv", "--column", "text"]
    )
    assert res.exit_code == 2 and "FIELD=COLUMN" in res.output
