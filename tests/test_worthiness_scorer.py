"""The shipped check-worthiness scorer: loads, scores in 0..1, ranks sensibly, never raises."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.nlp import worthiness
from claimledger.nlp.worthiness import WorthinessScorer, get_scorer, normalize_text

CLAIMS = [
    "Unemployment fell to 4.1 percent last year.",
    "We have lost 700,000 manufacturing jobs since 2001.",
    "The deficit has tripled under this administration.",
]
NON_CLAIMS = [
    "Thank you very much.",
    "Good evening, everyone.",
    "What do you think about that?",
]


@pytest.fixture(scope="module")
def scorer() -> WorthinessScorer:
    s = get_scorer()
    assert s is not None, f"worthiness model missing from {worthiness.MODEL_DIR}"
    return s


def test_normalize_text_lowercases_and_zeroes_digits() -> None:
    assert normalize_text("GDP grew 3.2% in 2019") == "gdp grew 0.0% in 0000"
    assert normalize_text("As Is", "none") == "As Is"
    assert normalize_text("Thank you.", "lower_digits_len") == "thank you. zzlenazz"
    long = normalize_text(" ".join(["word"] * 40), "lower_digits_len")
    assert long.endswith(" zzlengzz")
    with pytest.raises(ValueError):
        normalize_text("x", "bogus")


def test_model_loads_once(scorer: WorthinessScorer) -> None:
    assert get_scorer() is scorer
    assert "textcat_multilabel" in scorer.nlp.pipe_names


def test_scores_in_unit_interval_and_in_order(scorer: WorthinessScorer) -> None:
    texts = CLAIMS + NON_CLAIMS + ["", "   ", "\n"]
    scores = scorer.score_texts(texts)
    assert len(scores) == len(texts)
    assert all(isinstance(s, float) and 0.0 <= s <= 1.0 for s in scores)
    # Batched scoring equals one-at-a-time scoring.
    assert [round(scorer.score_text(t), 6) for t in texts] == [round(s, 6) for s in scores]
    assert scorer.score_texts([]) == []


def test_claims_outrank_non_claims(scorer: WorthinessScorer) -> None:
    c = scorer.score_texts(CLAIMS)
    n = scorer.score_texts(NON_CLAIMS)
    assert min(c) > max(n)
    assert scorer.score_text("Unemployment fell to 4.1 percent last year.") > 0.5
    assert scorer.score_text("Thank you very much.") < 0.2


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=300), max_size=5))
def test_never_raises_on_arbitrary_unicode(scorer: WorthinessScorer, texts: list[str]) -> None:
    scores = scorer.score_texts(texts)
    assert len(scores) == len(texts)
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_huge_input_is_cut_not_fatal(scorer: WorthinessScorer) -> None:
    assert 0.0 <= scorer.score_text("The debt is $20 trillion. " * 50_000) <= 1.0


def test_get_scorer_is_none_without_model_files(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(worthiness, "MODEL_DIR", tmp_path / "absent")
    get_scorer.cache_clear()
    try:
        assert get_scorer() is None
    finally:
        get_scorer.cache_clear()


def test_load_broken_model_raises_model_error(tmp_path) -> None:
    from claimledger.errors import ModelError

    (tmp_path / "config.cfg").write_text("not a config", encoding="utf-8")
    with pytest.raises(ModelError):
        WorthinessScorer.load(tmp_path)
