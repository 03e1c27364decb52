"""The CLI end to end: add, claims, show, extract, demo, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


def test_help_lists_the_commands(cli):
    out = cli("--help").output
    for cmd in ("add", "claims", "show", "extract", "demo", "articles", "skipped", "eval"):
        assert cmd in out


def test_missing_file_is_one_line_and_exit_1(cli, db_path, tmp_path):
    r = cli("--db", db_path, "add", str(tmp_path / "nope.txt"))
    assert r.exit_code == 1
    assert "no such file" in r.stderr
    assert "Traceback" not in r.output


def test_bad_db_folder_is_a_one_line_error(cli, tmp_path):
    r = cli("--db", str(tmp_path / "no" / "such" / "l.db"), "claims")
    assert r.exit_code == 2
    assert r.stderr.startswith("Error: ") and r.stderr.count("\n") == 1


def test_unknown_ids_are_one_line_errors(cli, db_path):
    r = cli("--db", db_path, "show", "nope")
    assert r.exit_code == 2 and "no article 'nope'" in r.stderr


def test_claims_on_an_empty_ledger(cli, db_path):
    r = cli("--db", db_path, "claims")
    assert r.exit_code == 0 and "0 of 0 claims" in r.output


@pytest.mark.model
def test_add_twice_is_a_no_op_and_batches_keep_going(cli, db_path, example_txt, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"text": "Kyiv said 3 drones were downed.", "date": "2024-03-21"}\n{oops\n',
        encoding="utf-8",
    )
    r = cli("--db", db_path, "add", str(example_txt), str(bad), "--json")
    assert r.exit_code == 1  # something was skipped
    summary = json.loads(r.stdout)
    assert summary["ingested"] == 2 and len(summary["skipped"]) == 1
    assert summary["skipped"][0]["code"] == "bad_json"
    r = cli("--db", db_path, "add", str(example_txt), "--json")
    assert r.exit_code == 0
    assert json.loads(r.stdout)["ingested"] == 0
    assert json.loads(r.stdout)["duplicates"] == 1
    assert "bad_json" in cli("--db", db_path, "skipped").output


@pytest.mark.model
def test_claims_show_and_json(cli, db_path, example_txt):
    cli("--db", db_path, "add", str(example_txt))
    rows = [
        json.loads(line) for line in cli("--db", db_path, "claims", "--json").stdout.splitlines()
    ]
    assert rows and all(r["article_id"] == "2024-03-20-putin-fsb" for r in rows)
    table = cli("--db", db_path, "claims", "--claimer", "ukraine").output
    assert "Ukraine" in table and "13,000" in table
    shown = cli("--db", db_path, "show", "2024-03-20-putin-fsb").output
    assert "Belgorod" in shown and "legend" not in shown


@pytest.mark.model
def test_extract_stdin_keeps_one_line_per_record(cli):
    records = "\n".join(
        [
            json.dumps({"id": "a", "text": "Officials said 12 people died.", "date": "2024-01-01"}),
            "not json",
            json.dumps({"id": "b", "text": "Prices rose 5% in May."}),
        ]
    )
    r = cli("extract", "--format", "jsonl", input=records)
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["id"] for x in lines] == ["a", None, "b"]
    assert lines[1]["error"]["code"] == "bad_json"
    assert r.exit_code == 1
    for rec in (lines[0], lines[2]):
        assert set(rec) == {
            "id",
            "text",
            "date",
            "entities",
            "quantities",
            "attributions",
            "claims",
        }
        for q in rec["quantities"]:
            assert rec["text"][q["start"] : q["end"]] == q["text"]


@pytest.mark.model
def test_extract_plain_text_file(cli, example_txt):
    r = cli("extract", str(example_txt))
    (rec,) = [json.loads(x) for x in r.stdout.splitlines()]
    assert rec["date"] == "2024-03-20" and r.exit_code == 0


@pytest.mark.model
def test_demo_prints_the_ledger(cli, db_path):
    r = cli("--db", db_path, "demo")
    assert r.exit_code == 0
    assert "Ukraine" in r.output and "Kremlin" in r.output
    assert Path(db_path).exists()


def test_global_options_are_accepted_after_the_command(cli, tmp_path):
    db = str(tmp_path / "after.db")
    r = cli("skipped", "--db", db)
    assert r.exit_code == 0, r.output
    assert (tmp_path / "after.db").exists()
    r = cli("reference", "list", f"--db={db}")
    assert r.exit_code == 0, r.output
