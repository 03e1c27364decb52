"""HCN scorer: SQuAD token F1, the "no claimer" class, and loading the dev split."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.evaluate.hcn import load_split, token_prf

DEV = Path("/work/shared/data/hcn-news-claim-analysis/data/dev.json")


def test_token_f1_squad_style():
    assert token_prf("The Kremlin", "kremlin") == (1.0, 1.0, 1.0)
    p, r, f = token_prf("Vladimir Putin said", "Putin")
    assert (p, r) == (1 / 3, 1.0) and round(f, 3) == 0.5
    assert token_prf("Ukraine", "Russia")[2] == 0.0


def test_no_claimer_is_a_class():
    assert token_prf(None, None) == (1.0, 1.0, 1.0)
    assert token_prf("Putin", None)[2] == 0.0
    assert token_prf(None, "Putin")[2] == 0.0


@pytest.mark.skipif(not DEV.exists(), reason="HCN dev data absent")
def test_load_dev_split():
    arts = load_split(DEV)
    assert len(arts) == 101
    assert sum(1 for a in arts if a.claim and a.claim in a.text) >= 95
    assert any(not a.claimers for a in arts)


@pytest.mark.model
@pytest.mark.skipif(not DEV.exists(), reason="HCN dev data absent")
def test_evaluate_runs_on_a_few_articles():
    from claimledger.evaluate.hcn import evaluate

    rep = evaluate(DEV, limit=3)
    names = [r.name for r in rep.rows]
    assert names[:2] == ["main claim token", "claimer token"]
    assert all(0.0 <= r.f1 <= 1.0 for r in rep.rows)
