"""The checking commands through click's runner, on the hand-built corpus."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from claimledger.cli import main
from claimledger.store import SQLiteStore
from corpus import build


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "ledger.db"
    store = SQLiteStore(path)
    build(store)
    store.close()
    return str(path)


def run(db: str, *args: str):
    result = CliRunner().invoke(main, ["--db", db, *args], catch_exceptions=False)
    return result


def test_reference_check_links_timeline_export(db, tmp_path):
    r = run(db, "reference", "bundled")
    assert r.exit_code == 0 and "42" in r.output
    assert "ua-general-staff/personnel" in run(db, "reference", "list").output
    r = run(db, "check", "--json")
    verdicts = [json.loads(line) for line in r.output.splitlines() if line.startswith("{")]
    assert {v["label"] for v in verdicts} == {"consistent", "inconsistent", "unverifiable"}
    assert all(v["reason"] for v in verdicts if v["label"] == "unverifiable")
    r = run(db, "check")
    assert "INCONSISTENT" in r.output and "verdicts:" in r.output
    one = verdicts[0]["claim_id"]
    r = run(db, "check", "--claim", str(one), "--json")
    assert {json.loads(x)["claim_id"] for x in r.output.splitlines() if x.startswith("{")} == {one}
    assert "ukraine|personnel|russia" in run(db, "links", "--no-embeddings").output
    # A claim's related claims: the claim page's list, as text and as JSON Lines.
    groups = [json.loads(x) for x in run(db, "links", "--json").output.splitlines()]
    member = max(groups, key=lambda g: len(g["members"]))["members"][0]["claim_id"]
    linked = run(db, "links", "--claim", str(member), "--json").output.splitlines()
    related = [json.loads(x) for x in linked]
    assert related and all(r["claim_id"] != member and r["link_key"] for r in related)
    text = run(db, "links", "--claim", str(member)).output
    assert all(f"#{r['claim_id']}  " in text for r in related)
    assert "same_claimer" in run(db, "contradictions").output
    t = json.loads(run(db, "timeline", "soldiers", "--json").output.splitlines()[0])
    assert t["measure"] == "personnel" and t["claims"]
    assert "433,090" in run(db, "timeline", "personnel").output
    out = tmp_path / "x.json"
    r = run(db, "export", "--format", "claimreview", "-o", str(out))
    assert r.exit_code == 0 and json.loads(out.read_text())[0]["@type"] == "ClaimReview"
    assert run(db, "export", "--format", "parquet").exit_code != 0


def test_reference_add_error_is_one_line(db, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("series,date,value,publisher\nA,notadate,1,X\n")
    r = run(db, "reference", "add", str(bad))
    assert r.exit_code == 2 and "Error:" in r.output and "YYYY-MM-DD" in r.output
    assert "Traceback" not in r.output
