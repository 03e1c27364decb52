"""Attribution extractor: example-article expectations, unit cases and properties."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimledger.nlp import cues
from claimledger.nlp.attribution import extract_attributions, quote_spans
from claimledger.nlp.cues import stance_of


@pytest.fixture(scope="session")
def nlp():
    from claimledger.nlp.pipeline import load

    return load("en")


def _attrs(nlp, text):
    doc = nlp(text)
    out = list(extract_attributions(doc))
    for a in out:
        for sp in (a.source, a.cue, *a.content):
            if sp is not None:
                assert doc.text[sp.start : sp.end] == sp.text
    return out


def test_quote_spans_pairs_curly_and_straight():
    text = 'He said “one two” and "three" then “open\nnext'
    spans = quote_spans(text)
    assert [text[s:e] for s, e in spans] == ["“one two”", '"three"', "“open"]


def test_stance_from_cue():
    assert stance_of("deny") == "denies"
    assert stance_of("admit") == "admits"
    assert stance_of("tell", governs_infinitive=True) == "orders"
    assert stance_of("tell") == "asserts"
    assert stance_of("admission", noun=True) == "admits"


def test_the_lexicons_put_each_verb_in_one_stance():
    lists = [cues._ASSERTS, cues._DENIES, cues._ADMITS, cues._DISPUTES, cues._PROMISES]
    seen: dict[str, int] = {}
    for k, text in enumerate(lists):
        for w in cues.words(text):
            assert seen.setdefault(w, k) == k, f"{w!r} sits in two stance lists"
    assert cues.stance_of("acknowledge") == "admits"
    assert cues.stance_of("rebuff") == cues.stance_of("debunk") == "denies"
    assert cues.stance_of("object") == "disputes"
    assert cues.stance_of("claim") == "asserts"


@pytest.mark.model
def test_example_article(nlp, example_text):
    atts = _attrs(nlp, example_text)
    by_source = {a.source.text if a.source else None: a for a in atts}

    ukraine = by_source["Ukraine"]
    assert ukraine.kind == "possessive"
    assert ukraine.cue.text == "claims"
    assert any(
        c.text == "destroying over 13,000 Russian vehicles and killing 430,000 soldiers"
        for c in ukraine.content
    )

    kremlin = by_source["the Kremlin"]
    assert kremlin.kind == "possessive"
    assert kremlin.stance == "admits"
    assert any("significant losses" in c.text for c in kremlin.content)

    he = by_source["he"]
    assert he.cue.text == "commanded"
    assert he.stance == "orders"
    assert he.resolution == "pronoun"
    assert he.resolved_name == "Vladimir Putin"
    assert any("punish" in c.text for c in he.content)

    hedge = next(a for a in atts if a.kind == "hedge")
    assert hedge.source is None
    assert hedge.cue.text == "reportedly"
    assert any("conducting operations" in c.text for c in hedge.content)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kind", "source", "cue", "stance", "content"),
    [
        (
            "The ministry denied that it had struck the hospital.",
            "indirect",
            "The ministry",
            "denied",
            "denies",
            "that it had struck the hospital",
        ),
        (
            '"We will win this war," Zelensky said on Tuesday.',
            "direct",
            "Zelensky",
            "said",
            "asserts",
            '"We will win this war',
        ),
        (
            "According to the ministry, 40 people were killed in the attack.",
            "according_to",
            "the ministry",
            "According to",
            "asserts",
            "40 people were killed in the attack",
        ),
        (
            "The Kremlin admitted significant losses in the region.",
            "indirect",
            "The Kremlin",
            "admitted",
            "admits",
            "significant losses in the region",
        ),
    ],
)
def test_patterns(nlp, text, kind, source, cue, stance, content):
    atts = _attrs(nlp, text)
    a = next(a for a in atts if a.cue and a.cue.text == cue)
    assert a.kind == kind
    assert a.source is not None and a.source.text == source
    assert a.stance == stance
    assert any(content in c.text or c.text in content for c in a.content)


@pytest.mark.model
def test_pronoun_resolves_to_earlier_named_source(nlp):
    text = (
        "Governor Vyacheslav Gladkov said 9,000 children were evacuated. "
        "He added that shelling continued overnight."
    )
    atts = _attrs(nlp, text)
    he = next(a for a in atts if a.source and a.source.text == "He")
    assert he.resolution == "pronoun"
    assert he.resolved_name == "Vyacheslav Gladkov"


@pytest.mark.model
def test_factory_sets_doc_extension(nlp):
    import spacy
    from spacy.language import Language

    import claimledger.nlp.attribution  # noqa: F401  (registers the factory)

    # (the registry, not ``nlp.factories``: spaCy caches that view per language class, so a
    # blank pipeline made earlier in the session would not show a later registration)
    assert Language.has_factory("claimledger_attributions")
    local = spacy.blank("en")
    local.add_pipe("claimledger_attributions")
    assert local.pipe_names == ["claimledger_attributions"]
    doc = nlp("Officials said the bridge was closed.")
    comp = nlp.create_pipe("claimledger_attributions")
    doc = comp(doc)
    assert doc._.attributions and doc._.attributions[0].cue.text == "said"


@pytest.mark.model
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=200))
def test_never_raises_on_unicode(nlp, text):
    doc = nlp(text)
    for a in extract_attributions(doc):
        for sp in (a.source, a.cue, *a.content):
            if sp is not None:
                assert text[sp.start : sp.end] == sp.text


@pytest.mark.model
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.sampled_from(
            [
                '"',
                "“",
                "”",
                "said",
                "he",
                "according to",
                "reportedly",
                "Trump",
                ",",
                ".",
                "that",
                "claims",
                "'s",
                "\n",
                "denied",
                "the",
                "war",
            ]
        ),
        max_size=40,
    )
)
def test_never_raises_on_cue_soup(nlp, words):
    text = " ".join(words)
    doc = nlp(text)
    for a in extract_attributions(doc):
        for sp in (a.source, a.cue, *a.content):
            if sp is not None:
                assert text[sp.start : sp.end] == sp.text


@pytest.mark.model
def test_learned_lexicon_is_optional(nlp):
    """Without the learned lexicon the hand lexicon still extracts reporting verbs."""
    from claimledger.nlp.attribution import use_lexicon

    doc = nlp("The senator said the vote was rigged. The report underscores the risk.")
    with use_lexicon(None):
        cues = [a.cue.text for a in extract_attributions(doc)]
    assert "said" in cues
    assert "underscores" not in cues


def test_shipped_lexicon_loads():
    from claimledger.nlp.attribution import learned_lexicon

    lex = learned_lexicon()
    assert all(k.split(":", 1)[0] in {"VERB", "NOUN"} for k in lex)


def test_filter_scores_and_round_trips():
    from claimledger.nlp.attrib_filter import CueFilter

    flt = CueFilter({"lemma=say": 2.0, "src=none": -3.0}, -0.5, 0.5, {"VERB:say": 0.9})
    assert flt.prob(["lemma=say"]) > 0.5 > flt.prob(["lemma=say", "src=none"])
    assert CueFilter.from_dict(flt.to_dict()) == flt


def test_shipped_filter_loads_or_is_absent():
    from claimledger.nlp.attrib_filter import load_filter

    flt = load_filter()
    assert flt is None or (0.0 < flt.threshold < 1.0 and flt.lemmas)


@pytest.mark.model
def test_rules_work_without_learned_files(nlp, example_text):
    """With neither the lexicon nor the filter, the hand rules still find the Putin cases."""
    from claimledger.nlp.attribution import use_filter, use_lexicon

    doc = nlp(example_text)
    with use_lexicon(None), use_filter(None):
        atts = list(extract_attributions(doc))
    cues = {a.cue.text for a in atts}
    assert {"commanded", "claims", "admission", "reportedly"} <= cues


def test_quote_spans_ptb_and_stray_straight_quotes():
    text = "He said ''we won'' and `` they lost '' then"
    assert [text[s:e] for s, e in quote_spans(text)] == ["''we won''", "`` they lost ''"]
    # A lost opener: the stray closer opens nothing, the next pair still pairs.
    text = 'win." Then "a b" end'
    assert [text[s:e] for s, e in quote_spans(text)] == ['"a b"']
