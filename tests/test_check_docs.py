"""docs/checking.md stays in step with the code: commands, constants, API names."""

from __future__ import annotations

from pathlib import Path

import claimledger.check as check
import claimledger.link as link
from claimledger.check.compare import ABOUT_TOLERANCE, LAG_DAYS, ROUNDING_CAP
from claimledger.cli import main
from claimledger.export import FORMATS

DOC = (Path(__file__).resolve().parents[1] / "docs" / "checking.md").read_text()


def test_constants_documented():
    assert f"ROUNDING_CAP = {ROUNDING_CAP}" in DOC
    assert f"ABOUT_TOLERANCE = {ABOUT_TOLERANCE}" in DOC
    assert f"LAG_DAYS = {LAG_DAYS}" in DOC
    assert f"{int(link.CONTRADICTION_MARGIN * 100)}% apart" in DOC
    assert f"within {link.CROSS_CLAIMER_DAYS}" in DOC.replace("\n", " ").replace("  ", " ")


def test_commands_and_formats_documented():
    for name in ("check", "links", "contradictions", "timeline", "export"):
        assert name in main.commands and f"claimledger {name}" in DOC
    for sub in main.commands["reference"].commands:  # type: ignore[attr-defined]
        assert f"claimledger reference {sub}" in DOC
    for fmt in FORMATS:
        assert fmt in DOC


def test_api_documented():
    for name in ("load_bundled_references", "check_claims", "verdicts_for_claim", "add_references"):
        assert hasattr(check, name) and f"claimledger.check.{name}(" in DOC
    for name in ("link_claims", "related_claims", "contradictions", "timeline"):
        assert hasattr(link, name) and f"claimledger.link.{name}(" in DOC


def test_period_share_documented():
    from claimledger.check.verdicts import PERIOD_SHARE, SMALL_TOTAL_SHARE

    assert f"PERIOD_SHARE = {PERIOD_SHARE}" in DOC
    assert f"SMALL_TOTAL_SHARE = {SMALL_TOTAL_SHARE}" in DOC
