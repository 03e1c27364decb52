"""The cascade parses only sentences that can hold a claim, with identical claims.

Fast tests use a tokenizer-only pipeline for the segmenting and the candidate test; the
model tier compares the cascade with parsing every sentence on the bundled example.
"""

from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimledger.ingest.base import make_article
from claimledger.nlp.cascade import CascadeExtractor, _CueTest, candidate, plan


@pytest.fixture(scope="module")
def blank():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def test_plan_covers_the_text_and_picks_claim_sentences(blank):
    text = (
        "Headline without a verb\n\nThe weather was mild. Officials said 12 drones fell. "
        "The sky stayed grey. “It is over,” she added. Reportedly nothing else happened."
    )
    p = plan(text, blank.make_doc(text), _CueTest(blank, learned=False))
    assert p.bounds[0][0] == 0 and p.bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(p.bounds, p.bounds[1:], strict=False))
    picked = [text[s:e].strip() for (s, e), go in zip(p.bounds, p.parse, strict=True) if go]
    assert picked == [
        "Officials said 12 drones fell.",
        "“It is over,” she added.",
        "Reportedly nothing else happened.",
    ]


def test_sentences_inside_a_long_quote_are_parsed(blank):
    text = "“First part. The middle has no mark. Last part,” he said. Then it rained."
    p = plan(text, blank.make_doc(text), _CueTest(blank, learned=False))
    assert p.parse[:3] == (True, True, True) and p.parse[-1] is False


def test_candidate_words():
    test = _CueTest.__new__(_CueTest)
    test.rules, test.exc = (
        {"verb": [["ed", ""], ["s", ""]], "noun": [["s", ""]]},
        {"verb": {"told": ["tell"]}, "noun": {}},
    )
    test.could_be_cue = test._test
    test.cues = frozenset({"tell", "warn", "say"})
    assert candidate("He told them.", ["He", "told", "them", "."], test)
    assert candidate("They warned.", ["They", "warned", "."], test)
    assert candidate("Three cats.", [], test) and candidate("a 5% rise", [], test)
    assert not candidate("The sky stayed grey.", ["The", "sky", "stayed", "grey", "."], test)


@functools.cache
def _blank_sentencizer():
    """One model-free pipeline for all examples (building one per example cost seconds)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=300))
def test_cascade_doc_text_is_the_article_text(text):
    text = text.replace("\x00", " ")  # NUL is refused at ingest; clean it before the check
    if not text.strip():
        return
    a = make_article(text=text, where="t", date="2024-03-20")
    ex = CascadeExtractor(nlp=_blank_sentencizer()).extract_one(a)
    for c in ex.claims:
        assert a.text[c.start : c.end] == c.text
    for q in ex.quantities:
        assert a.text[q.start : q.end] == q.text


@pytest.mark.model
def test_cascade_equals_parsing_every_sentence_on_the_example(nlp, example_text):
    a = make_article(text=example_text, where="example", date="2024-03-20")
    cas = CascadeExtractor(nlp=nlp)
    full = CascadeExtractor(nlp=nlp, mode="all")
    got, want = cas.extract_one(a).to_dict(), full.extract_one(a).to_dict()
    for key in ("quantities", "attributions", "claims"):
        assert got[key] == want[key], key
    assert cas.stats["parsed"] < cas.stats["sentences"]
    # Entities of parsed sentences are kept; those of skipped sentences are absent.
    assert {tuple(e.items()) for e in got["entities"]} <= {
        tuple(e.items()) for e in want["entities"]
    }


@pytest.mark.model
def test_speaker_lookback_gets_entities_of_skipped_sentences(nlp):
    text = (
        "Maria Lopez is the mayor of Springfield. The weather was mild all week. "
        "She said the city would hire 40 new teachers."
    )
    a = make_article(text=text, where="t", date="2024-03-20")
    cas = CascadeExtractor(nlp=nlp, learned_cues=False)  # so that the filler is skipped
    got = cas.extract_one(a).to_dict()
    want = CascadeExtractor(nlp=nlp, mode="all").extract_one(a).to_dict()
    assert got["attributions"] == want["attributions"] and got["claims"] == want["claims"]
    assert cas.stats["lookback_articles"] == 1


@pytest.mark.model
def test_sentences_holding_tagger_spans_are_parsed(nlp, monkeypatch):
    """A skipped sentence where the attribution tagger marks a span gets parsed, so its
    spans are paired over the same parse as when every sentence is parsed."""
    from claimledger.nlp import cascade
    from claimledger.nlp.attrib_tagger import Tagged

    text = (
        "Maria Lopez is the mayor. The weather was mild all week. "
        "She said the city would hire 40 new teachers."
    )
    filler = text.index("The weather")
    cue = (text.index("was mild"), text.index("was mild") + 3)

    def fake_tag_doc(doc, mode="auto"):
        return [], Tagged(sources=((filler, filler + 11),), cues=(cue,))

    monkeypatch.setattr(cascade, "tag_doc", fake_tag_doc)
    a = make_article(text=text, where="t", date="2024-03-20")
    cas = CascadeExtractor(nlp=nlp, learned_cues=False)
    got = cas.extract_one(a)
    assert cas.stats.get("tagger_parsed", 0) >= 1
    # the filler sentence was parsed: its cue is paired with its source over a real parse
    assert any(
        x.cue is not None and x.cue.text == "was" and x.source.text == "The weather"
        for x in got.attributions
    )
