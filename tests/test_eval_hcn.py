"""HCN scorer: SQuAD token F1, the "no claimer" class, and loading the dev split."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger.evaluate.hcn import load_split, token_prf


@pytest.fixture
def dev(shared_data: Path) -> Path:
    path = shared_data / "hcn-news-claim-analysis" / "data" / "dev.json"
    if not path.exists():
        pytest.skip("HCN dev absent")
    return path


def test_token_f1_squad_style():
    assert token_prf("The Kremlin", "kremlin") == (1.0, 1.0, 1.0)
    p, r, f = token_prf("Vladimir Putin said", "Putin")
    assert (p, r) == (1 / 3, 1.0) and round(f, 3) == 0.5
    assert token_prf("Ukraine", "Russia")[2] == 0.0


def test_no_claimer_is_a_class():
    assert token_prf(None, None) == (1.0, 1.0, 1.0)
    assert token_prf("Putin", None)[2] == 0.0
    assert token_prf(None, "Putin")[2] == 0.0


@pytest.mark.data
def test_load_dev_split(dev: Path):
    arts = load_split(dev)
    assert len(arts) == 101
    assert sum(1 for a in arts if a.claim and a.claim in a.text) >= 95
    assert any(not a.claimers for a in arts)


@pytest.mark.data
@pytest.mark.model
def test_evaluate_runs_on_a_few_articles(dev: Path):
    from claimledger.evaluate.hcn import evaluate

    rep = evaluate(dev, limit=3)
    names = [r.name for r in rep.rows]
    assert names[:2] == ["main claim token", "claimer token"]
    assert all(0.0 <= r.f1 <= 1.0 for r in rep.rows)


def _record() -> dict:
    text = "A new study finds walking helps. Dr. Kari Nordmann, lead author, said so."
    src = text.index("Dr. Kari Nordmann, lead author")
    return {
        "id": "a1",
        "text": text,
        "entities": [
            {"text": "Kari Nordmann", "label": "PERSON", "start": src + 4, "end": src + 17}
        ],
        "attributions": [
            {
                "kind": "direct",
                "source": {"text": "Dr. Kari Nordmann, lead author", "start": src, "end": src + 30},
                "resolved_name": "Kari Nordmann",
            }
        ],
        "claims": [
            {
                "text": "A new study finds walking helps.",
                "start": 0,
                "score": 0.9,
                "main": True,
                "claimer_name": "Kari Nordmann",
                "claimer": None,
            },
            {
                "text": "Dr. Kari Nordmann, lead author, said so.",
                "start": 33,
                "score": 0.95,
                "claimer_name": "Kari Nordmann",
                "claimer": None,
            },
        ],
    }


def test_predict_reads_the_flagged_claim_and_the_fullest_mention():
    from claimledger.evaluate.hcn import main_claim, names_someone, predict

    rec = _record()
    assert main_claim(rec)["start"] == 0  # the flag, not the higher score
    claim, claimer = predict(rec)
    assert claim == "A new study finds walking helps."
    assert claimer == "Dr. Kari Nordmann, lead author"
    assert names_someone(rec, "Kari Nordmann") and not names_someone(rec, "a recent study")
    # A claimer that names no one maps as an unattributed claim: to the first source
    # naming a person; "no claimer" only when there is none.
    unnamed = dict(rec, claims=[dict(rec["claims"][0], claimer_name="many governments")])
    assert predict(unnamed)[1] == "Dr. Kari Nordmann, lead author"
    alone = dict(unnamed, attributions=[])
    assert predict(alone)[1] is None


@pytest.mark.parametrize(
    "name", ["a new NASA study", "The report", "a team from the University of Oslo", "researchers"]
)
def test_a_document_or_team_speaks_through_its_person(name: str):
    from claimledger.evaluate.hcn import predict

    rec = _record()
    ent = {"text": "NASA", "label": "ORG", "start": 0, "end": 0}
    claimed = dict(rec, entities=[*rec["entities"], ent])
    claimed["claims"] = [dict(rec["claims"][0], claimer_name=name)]
    assert predict(claimed)[1] == "Dr. Kari Nordmann, lead author"


def test_an_institution_keeps_its_claim():
    from claimledger.evaluate.hcn import predict

    rec = _record()
    text = rec["text"] + " The University of Oslo agreed."
    at = text.index("University of Oslo")
    ent = {"text": "University of Oslo", "label": "ORG", "start": at, "end": at + 18}
    claimed = dict(rec, text=text, entities=[*rec["entities"], ent])
    claimed["claims"] = [dict(rec["claims"][0], claimer_name="University of Oslo")]
    assert predict(claimed)[1] == "University of Oslo"


@pytest.mark.data
@pytest.mark.model
def test_hcn_dev_floor(shared_data):
    from claimledger.evaluate.hcn import evaluate

    dev = shared_data / "hcn-news-claim-analysis" / "data" / "dev.json"
    if not dev.exists():
        pytest.skip("HCN dev absent")
    rows = {r.name: r for r in evaluate(dev).rows}
    # In-sample for the main-claim model (fitted on dev; 10-fold CV 65.4, model card);
    # the lead-sentence baseline is 54.7.
    assert rows["main claim token"].f1 >= 0.65
    assert rows["claimer token"].f1 >= 0.72
    assert rows["main claim token"].f1 > rows["baseline: lead sentence"].f1
