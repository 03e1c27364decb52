"""Attribution patterns added from PolNeAR train error analysis: phrasal cues, addressees
before a quote, question clauses, sourceless passives, climbing to a distant subject."""

from __future__ import annotations

import pytest

from claimledger.nlp.attribution import extract_attributions, quote_spans, use_filter


@pytest.fixture(scope="session")
def nlp():
    from claimledger.nlp.pipeline import load

    return load("en")


def _rules(nlp, text):
    """The hand rules alone (no learned filter), so the cases test the rules."""
    doc = nlp(text)
    with use_filter(None):
        out = list(extract_attributions(doc))
    for a in out:
        for sp in (a.source, a.cue, *a.content):
            if sp is not None:
                assert text[sp.start : sp.end] == sp.text
    return out


def _by_cue(atts, cue):
    return next(a for a in atts if a.cue is not None and a.cue.text == cue)


def test_mistyped_curly_closer_closes_the_quote():
    text = "an \u201cexpedited review\u201c of Flint, and said \u201cyes\u201d."
    assert [text[s:e] for s, e in quote_spans(text)] == [
        "\u201cexpedited review\u201c",
        "\u201cyes\u201d",
    ]


@pytest.mark.model
def test_quote_after_addressee(nlp):
    text = 'The campaign shrugged it off, telling reporters, "Nobody asked for his support."'
    a = _by_cue(_rules(nlp, text), "telling")
    assert a.source is not None and a.source.text == "The campaign"
    assert a.kind == "direct"
    assert "Nobody asked" in a.content[0].text


@pytest.mark.model
def test_phrasal_cue_takes_its_preposition(nlp):
    a = _by_cue(_rules(nlp, "She focused on Trump's record."), "focused on")
    assert a.content[0].text == "Trump's record"


@pytest.mark.model
def test_sourceless_passive_participle(nlp):
    atts = _rules(nlp, "Asked whether Clinton is honest, 75 percent of Democrats said yes.")
    a = _by_cue(atts, "Asked")
    assert a.source is None and a.resolution == "unresolved"
    assert a.content[0].text == "whether Clinton is honest"


@pytest.mark.model
def test_wh_adverb_is_not_part_of_the_cue(nlp):
    atts = _rules(nlp, "When asked about the vote, the mayor declined to comment.")
    assert all(not a.cue.text.lower().startswith("when") for a in atts if a.cue)


@pytest.mark.model
def test_subject_found_up_a_chain_of_clauses(nlp):
    a = _by_cue(_rules(nlp, "Voters are more likely to say that the economy matters."), "to say")
    assert a.source is not None and a.source.text == "Voters"


@pytest.mark.model
def test_dateline_is_not_part_of_the_source(nlp):
    text = "RENO, Nev. (AP) \u2014 Republican hopeful Donald Trump said the race was over."
    a = _by_cue(_rules(nlp, text), "said")
    assert a.source is not None and a.source.text == "Republican hopeful Donald Trump"
