"""docs/ingest.md and docs/cluster.md stay true to the readers and the `add` command."""

from __future__ import annotations

from pathlib import Path

from claimledger.cli import main
from claimledger.ingest import READERS

DOCS = Path(__file__).resolve().parents[1] / "docs"


def test_every_reader_extension_is_documented():
    text = (DOCS / "ingest.md").read_text(encoding="utf-8")
    missing = [ext for ext in READERS if f"`{ext}`" not in text]
    assert not missing, f"docs/ingest.md does not list {missing}"


def test_every_add_option_is_documented():
    text = (DOCS / "ingest.md").read_text(encoding="utf-8") + (DOCS / "cluster.md").read_text(
        encoding="utf-8"
    )
    names = {
        opt.split("/")[0]
        for p in main.commands["add"].params
        for opt in p.opts
        if opt.startswith("--") and opt != "--help"
    }
    missing = sorted(n for n in names if n not in text)
    assert not missing, f"docs do not mention {missing}"
