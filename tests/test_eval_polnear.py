"""PolNeAR scorer: brat parsing, normalisation, exact/overlap counting, and a dev floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger.evaluate.polnear import (
    GoldArticle,
    Scorer,
    load_split,
    normalise,
    predicted_parts,
    score_records,
)
from claimledger.models import Attribution, Span

DEV = Path("polnear/data/dev")  # under the shared_data fixture

TEXT = 'Officials said "the bridge is closed," adding it would reopen. Smith agreed.'


def _split(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir(parents=True)
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "art_one.txt").write_text(TEXT, encoding="utf-8")
    ann = (
        "T1\tSource 0 9\tOfficials\n"
        "T2\tCue 10 14\tsaid\n"
        'T3\tContent 15 38\t"the bridge is closed,"\n'
        "T4\tContent 46 62;63 63\tit would reopen.\n"
        "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
        "T5\tCue 39 45\tadding\n"
        "E2\tAttribution:T5 Cue:T5 Content:T4 Source:T1\n"
    )
    (tmp_path / "attributions" / "art_one_aaaa.ann").write_text(ann, encoding="utf-8")
    # A second annotator of the same article is ignored (first in sorted order wins).
    (tmp_path / "attributions" / "art_one_bbbb.ann").write_text("", encoding="utf-8")
    return tmp_path


def test_normalise_strips_space_and_punctuation():
    assert normalise(TEXT, [(15, 38)]) == ((16, 36),)
    assert normalise(TEXT, [(46, 62), (63, 63)]) == ((46, 61),)


def test_load_split_first_annotator(tmp_path):
    (art,) = load_split(_split(tmp_path))
    assert art.annotator == "aaaa"
    assert len(art.attributions) == 2
    assert art.attributions[0]["Source"] == ((0, 9),)


def test_exact_and_overlap_counts(tmp_path):
    (art,) = load_split(_split(tmp_path))
    pred = [
        Attribution(
            "direct",
            Span.of(TEXT, 0, 9),
            Span.of(TEXT, 10, 14),
            (Span.of(TEXT, 15, 38),),
        ),
        Attribution(
            "indirect", Span.of(TEXT, 63, 68), Span.of(TEXT, 69, 75), (Span.of(TEXT, 46, 52),)
        ),
    ]
    sc = Scorer()
    sc.add(art, predicted_parts(art.text, pred))
    rows = {r.name: r for r in sc.report().rows}
    assert rows["Source exact"].precision == 0.5 and rows["Source exact"].recall == 1.0
    assert rows["Cue exact"].recall == 0.5
    assert rows["Content exact"].precision == 0.5
    assert rows["Content overlap"].precision == 1.0 and rows["Content overlap"].recall == 1.0


def test_score_records_from_jsonl(tmp_path):
    split = _split(tmp_path / "dev")
    rec = {
        "id": "art_one",
        "text": TEXT,
        "attributions": [
            Attribution(
                "direct", Span.of(TEXT, 0, 9), Span.of(TEXT, 10, 14), (Span.of(TEXT, 15, 38),)
            ).to_dict()
        ],
    }
    path = tmp_path / "out.jsonl"
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    rows = {r.name: r for r in score_records(split, path).rows}
    assert rows["Source exact"].f1 == 1.0
    assert rows["Content exact"].recall == 0.5


def test_empty_article_scores_zero():
    sc = Scorer()
    sc.add(GoldArticle("x", "", ()), predicted_parts("", []))
    assert all(r.f1 == 0.0 for r in sc.report().rows)


@pytest.mark.model
@pytest.mark.data
@pytest.mark.parametrize("mode", ["rules", "tagger"])
def test_dev_floor_on_subset(mode, shared_data):
    """Quality floor on the first 25 dev articles: neither extractor may regress silently."""
    from claimledger.evaluate.polnear import evaluate
    from claimledger.nlp.attrib_tagger import available
    from claimledger.settings import Settings

    if mode == "tagger" and not available():
        pytest.skip("attribution tagger not installed")
    dev = shared_data / DEV
    rows = {r.name: r for r in evaluate(dev, Settings(attribution=mode), limit=25).rows}
    for name, floor in FLOORS[mode].items():
        assert rows[name].f1 >= floor, (name, rows[name].f1)


# Measured on the first 25 dev articles (Source / Cue / Content exact, Content overlap):
# rules + lexicon + filter 0.732 / 0.713 / 0.543 / 0.790; tagger 0.787 / 0.717 / 0.612 /
# 0.870 (0.774 / 0.712 / 0.601 / 0.867 before clitics and phrase edges, stop 20). Floors sit
# a margin below.
FLOORS = {
    "rules": {
        "Source exact": 0.70,
        "Cue exact": 0.68,
        "Content exact": 0.51,
        "Content overlap": 0.76,
    },
    "tagger": {
        "Source exact": 0.75,
        "Cue exact": 0.68,
        "Content exact": 0.58,
        "Content overlap": 0.83,
    },
}
