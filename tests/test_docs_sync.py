"""The README stays true: commands it shows exist, and the record shape it documents matches."""

from __future__ import annotations

import re
from pathlib import Path

from claimledger.cli import main
from claimledger.models import Article, Extraction

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_in_the_readme_exists():
    shown = set(re.findall(r"^\s*claimledger ([a-z]+)", README, flags=re.M))
    assert shown, "README shows no commands"
    missing = shown - set(main.commands)
    assert not missing, f"README shows commands that do not exist: {missing}"


def test_documented_record_keys_match_the_code():
    keys = set(Extraction(Article(id="x", text="t")).to_dict())
    for key in keys:
        assert f'"{key}"' in README, f"README does not document the {key!r} field"


def test_readme_gives_the_two_setup_commands():
    assert "make demo" in README and "make test" in README
    ci = (Path(__file__).resolve().parents[1] / ".ci" / "run").read_text()
    assert "make test" in ci
