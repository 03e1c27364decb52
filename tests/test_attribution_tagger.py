"""The neural attribution tagger: windows, stitching, decoding, pairing; the shipped model."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimledger.models import Attribution, Span
from claimledger.nlp.attrib_assemble import assemble, attributions
from claimledger.nlp.attrib_tagger import (
    N_LABELS,
    Tagged,
    available,
    decode,
    rule_features,
    stitch,
    windows,
)


@given(st.integers(0, 3000), st.integers(2, 300), st.integers(1, 300))
def test_windows_cover_every_piece(n, length, stride):
    stride = min(stride, length)
    wins = windows(n, length, stride)
    covered = set()
    for b, e in wins:
        assert 0 <= b < e <= n and e - b <= length
        covered.update(range(b, e))
    assert covered == set(range(n))


def test_stitch_takes_each_piece_from_its_most_central_window():
    wins = windows(10, 6, 4)  # [0,6) [4,10)
    a = np.full((6, N_LABELS), 1.0, dtype=np.float32)
    b = np.full((6, N_LABELS), 2.0, dtype=np.float32)
    out = stitch(10, wins, [a, b])
    # piece 4: centrality 1 in the first window, 0 in the second; piece 5: 0 and 1.
    assert out[:5, 0].tolist() == [1, 1, 1, 1, 1]
    assert out[5:, 0].tolist() == [2, 2, 2, 2, 2]


def _logits(tags: list[tuple[int, int, int]]) -> np.ndarray:
    lg = np.zeros((len(tags), N_LABELS), dtype=np.float32)
    for k, (s, c, t) in enumerate(tags):
        lg[k, s] = 5
        lg[k, 3 + c] = 5
        lg[k, 6 + t] = 5
    return lg


def test_decode_joins_continuation_parts_and_grows_to_whole_words():
    text = '"Tax cuts work," he said, "for all."'
    # pieces: one per word-ish, with offsets; "Tax" split as "Ta"+"x" to test word edges.
    pieces = [(1, 3), (3, 4), (5, 9), (10, 14), (17, 19), (20, 24), (27, 30), (31, 34)]
    off = np.array(pieces)
    tags = [
        (0, 0, 1),  # Ta  B-content
        (0, 0, 2),  # x
        (0, 0, 2),  # cuts
        (0, 0, 2),  # work
        (1, 0, 0),  # he   B-source
        (0, 1, 0),  # said B-cue
        (0, 0, 3),  # for  continuation of the content
        (0, 0, 2),  # all
    ]
    got = decode(_logits(tags), off, text)
    assert [text[s:e] for s, e in got.sources] == ["he"]
    assert [text[s:e] for s, e in got.cues] == ["said"]
    assert [[text[s:e] for s, e in g] for g in got.contents] == [["Tax cuts work", "for all"]]

    # A piece that starts mid-word grows to the word's start.
    tags2 = [(0, 0, 0), (0, 0, 1), (0, 0, 2), (0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0), (0, 0, 0)]
    got2 = decode(_logits(tags2), off, text)
    assert [[text[s:e] for s, e in g] for g in got2.contents] == [["Tax cuts"]]


def test_decode_reads_an_inside_without_begin_as_a_start():
    text = "alpha beta"
    off = np.array([(0, 5), (6, 10)])
    got = decode(_logits([(0, 2, 0), (0, 2, 0)]), off, text)
    assert got.cues == ((0, 10),)
    assert decode(np.zeros((0, N_LABELS)), np.zeros((0, 2)), "") == Tagged()


def test_rule_features_encode_roles_per_piece():
    text = "Officials said taxes rose."
    off = np.array([(0, 9), (10, 14), (15, 20), (21, 25)])
    att = Attribution(
        "indirect",
        Span.of(text, 0, 9),
        Span.of(text, 10, 14),
        (Span.of(text, 15, 25),),
    )
    f = rule_features(off, [att])
    assert f.tolist() == [9 * 1, 3 * 1, 1, 2]
    assert rule_features(off, []).tolist() == [0, 0, 0, 0]


def test_assemble_pairs_split_quote_with_its_cue_and_source(blank_nlp):
    text = '"Tax cuts work," the senator said, "for all." Critics disagreed.'
    doc = blank_nlp(text)

    def at(s: str) -> tuple[int, int]:
        i = text.index(s)
        return (i, i + len(s))

    tagged = Tagged(
        sources=(at("the senator"), at("Critics")),
        cues=(at("said"), at("disagreed")),
        contents=((at("Tax cuts work"), at("for all")),),
    )
    out = assemble(doc, tagged)
    assert len(out) == 2
    first = out[0]
    assert first.source.text == "the senator" and first.cue.text == "said"
    assert [c.text for c in first.content] == ["Tax cuts work", "for all"]
    assert first.kind == "direct"
    second = out[1]
    assert second.source.text == "Critics" and second.cue.text == "disagreed"
    assert second.content == ()
    for a in out:
        for sp in (a.source, a.cue, *a.content):
            assert sp is None or text[sp.start : sp.end] == sp.text


def test_assemble_pairs_across_sentences_only_for_quotes(blank_nlp):
    text = 'One. Two. He said so. The plan is bad. "It is bad." She said.'
    doc = blank_nlp(text)

    def at(s: str) -> tuple[int, int]:
        i = text.index(s)
        return (i, i + len(s))

    tagged = Tagged(
        cues=(at("said so"), at("said.")),
        contents=((at("The plan is bad"),), (at("It is bad."),), (at("One"),)),
    )
    out = assemble(doc, tagged)
    paired = {a.content[0].text: a.cue.text for a in out if a.cue is not None and a.content}
    assert paired == {"It is bad.": "said."}  # a quote pairs with the next sentence's cue
    # unquoted contents with no cue in their own sentence are dropped
    assert all(a.cue is not None for a in out)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=200), st.lists(st.tuples(st.integers(0, 200), st.integers(0, 40))))
def test_assemble_never_raises_and_spans_slice(blank_nlp, text, raw):
    doc = blank_nlp(text)
    n = len(text)
    spans = [(min(s, n), min(n, s + w)) for s, w in raw]
    spans = [(s, e) for s, e in spans if e > s]
    tagged = Tagged(
        sources=tuple(spans[0::3]),
        cues=tuple(spans[1::3]),
        contents=tuple((p,) for p in spans[2::3]),
    )
    for a in assemble(doc, tagged):
        for sp in (a.source, a.cue, *a.content):
            assert sp is None or text[sp.start : sp.end] == sp.text


def test_unknown_mode_is_a_clear_error(blank_nlp):
    from claimledger.errors import ModelError

    with pytest.raises(ModelError, match="unknown attribution mode"):
        attributions(blank_nlp("x"), "bert")


needs_tagger = pytest.mark.skipif(not available(), reason="attribution tagger not installed")


@pytest.mark.model
@needs_tagger
def test_shipped_tagger_on_the_example_article(nlp, example_text):
    doc = nlp(example_text)
    found = attributions(doc, "tagger")
    assert found
    for a in found:
        for sp in (a.source, a.cue, *a.content):
            assert sp is None or example_text[sp.start : sp.end] == sp.text
    by_name = {a.resolved_name: a for a in found if a.resolved_name}
    assert by_name["Ukraine"].kind == "possessive"
    assert any("Kremlin" in (a.source.text if a.source else "") for a in found)
    assert any(a.stance == "orders" and "punish" in a.content[0].text for a in found)
    hedges = [a for a in found if a.kind == "hedge"]
    assert any(a.cue.text == "reportedly" for a in hedges)


@pytest.mark.model
@needs_tagger
def test_rules_mode_ignores_the_tagger(nlp, example_text):
    from claimledger.nlp.attrib_assemble import cue_prepositions, speaker_labels
    from claimledger.nlp.attribution import extract_attributions

    doc = nlp(example_text)
    rules = list(extract_attributions(doc))
    # the rules with the finishing steps both extractors share, and nothing of the tagger
    assert attributions(doc, "rules") == speaker_labels(doc, cue_prepositions(doc, rules))


def test_viterbi_keeps_a_span_whole_across_one_uncertain_piece():
    from claimledger.nlp.attrib_tagger import _ALLOWED3, viterbi

    # B I (O slightly preferred) I I: argmax would break the span; the best path does not.
    lg = np.array([[0, 5, 0], [0, 0, 5], [1.0, 0, 0.9], [0, 0, 5], [0, 0, 5]], dtype=np.float32)
    assert lg.argmax(-1).tolist() == [1, 2, 0, 2, 2]
    assert viterbi(lg, _ALLOWED3).tolist() == [1, 2, 2, 2, 2]
    # never starts inside, never goes O -> I
    lg2 = np.array([[0, 0, 5], [5, 0, 0], [0, 0, 5]], dtype=np.float32)
    path = viterbi(lg2, _ALLOWED3).tolist()
    assert path[0] != 2 and not any(a == 0 and b == 2 for a, b in zip(path, path[1:], strict=False))


def test_decode_keeps_possessives_whole():
    text = "the Kremlin's admission"
    # pieces: the | kremlin | ' | s | admission
    off = np.array([(0, 3), (4, 11), (11, 12), (12, 13), (14, 23)])
    got = decode(_logits([(1, 0, 0), (2, 0, 0), (2, 0, 0), (0, 0, 0), (0, 1, 0)]), off, text)
    assert [text[s:e] for s, e in got.sources] == ["the Kremlin's"]
    assert [text[s:e] for s, e in got.cues] == ["admission"]


def test_decode_splits_a_clitic_from_its_host():
    # PolNeAR (and spaCy) split "He's said" as He | 's said: the source is "He", the cue
    # "'s said"; "won't" and "O'Brien" stay whole.
    text = "He\u2019s said O\u2019Brien won\u2019t"
    # pieces: He | ' | s | said | O | ' | Brien | won | ' | t
    off = np.array([(0, 2), (2, 3), (3, 4), (5, 9), (10, 11), (11, 12), (12, 17), (18, 21),
                    (21, 22), (22, 23)])  # fmt: skip
    tags = [(1, 0, 0), (0, 1, 0), (0, 2, 0), (0, 2, 0), (0, 0, 0), (1, 0, 0), (0, 0, 0),
            (0, 0, 1), (0, 0, 0), (0, 0, 0)]  # fmt: skip
    got = decode(_logits(tags), off, text)
    assert [text[s:e] for s, e in got.sources] == ["He", "O\u2019Brien"]
    assert [text[s:e] for s, e in got.cues] == ["\u2019s said"]
    assert [[text[s:e] for s, e in g] for g in got.contents] == [["won\u2019t"]]
    # a cue tagged from the "s" alone takes its apostrophe, not its host
    got2 = decode(
        _logits([(0, 0, 0), (0, 0, 0), (0, 1, 0), (0, 2, 0)] + [(0, 0, 0)] * 6), off, text
    )
    assert [text[s:e] for s, e in got2.cues] == ["\u2019s said"]


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]):
    """A hand-parsed Doc (no model): one sentence, every word followed by a space."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos,
               sent_starts=[True] + [False] * (len(words) - 1))  # fmt: skip


def _at(text: str, s: str) -> tuple[int, int]:
    i = text.index(s)
    return (i, i + len(s))


def test_assemble_completes_a_content_that_stops_inside_a_phrase():
    # She called for the ratification of the Equal Rights Amendment
    words = [
        "She",
        "called",
        "for",
        "the",
        "ratification",
        "of",
        "the",
        "Equal",
        "Rights",
        "Amendment",
    ]
    heads = [1, 1, 1, 4, 2, 4, 9, 9, 9, 5]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "det", "compound", "compound", "pobj"]
    pos = ["PRON", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN"]
    doc = _parsed(words, heads, deps, pos)
    text = doc.text
    tagged = Tagged(sources=(_at(text, "She"),), cues=(_at(text, "called for"),),
                    contents=((_at(text, "the ratification of the"),),))  # fmt: skip
    (att,) = assemble(doc, tagged)
    assert [c.text for c in att.content] == ["the ratification of the Equal Rights Amendment"]
    # ending on a preposition: its object joins
    tagged = Tagged(cues=(_at(text, "called"),), sources=(_at(text, "She"),),
                    contents=((_at(text, "for the ratification of"),),))  # fmt: skip
    (att,) = assemble(doc, tagged)
    assert att.content[-1].text == "for the ratification of the Equal Rights Amendment"
    # a whole phrase is left alone
    tagged = Tagged(sources=(_at(text, "She"),), cues=(_at(text, "called for"),),
                    contents=((_at(text, "the ratification"),),))  # fmt: skip
    (att,) = assemble(doc, tagged)
    assert att.content[0].text == "the ratification"


def test_assemble_completes_a_content_start_but_not_into_the_cue():
    # He urged female workers to strike
    words = ["He", "urged", "female", "workers", "to", "strike"]
    heads = [1, 1, 3, 5, 5, 1]
    deps = ["nsubj", "ROOT", "amod", "nsubj", "aux", "ccomp"]
    pos = ["PRON", "VERB", "ADJ", "NOUN", "PART", "VERB"]
    doc = _parsed(words, heads, deps, pos)
    text = doc.text
    tagged = Tagged(sources=(_at(text, "He"),), cues=(_at(text, "urged"),),
                    contents=((_at(text, "workers to strike"),),))  # fmt: skip
    (att,) = assemble(doc, tagged)
    assert att.content[0].text == "female workers to strike"
    tagged = Tagged(sources=(_at(text, "He"),), cues=(_at(text, "urged female"),),
                    contents=((_at(text, "workers to strike"),),))  # fmt: skip
    (att,) = assemble(doc, tagged)
    assert att.content[0].text == "workers to strike"


@pytest.mark.model
@needs_tagger
def test_pipeline_component_runs_the_tagger_when_asked(nlp):
    import claimledger.nlp.attribution  # noqa: F401  (registers the factory)

    doc = nlp("Officials said the bridge was closed, according to the ministry.")
    comp = nlp.create_pipe("claimledger_attributions", config={"mode": "tagger"})
    doc = comp(doc)
    assert doc._.attributions == tuple(attributions(doc, "tagger"))


@settings(max_examples=200, deadline=None)
@given(
    st.integers(1, 60).flatmap(
        lambda n: st.lists(
            st.lists(st.floats(-4, 4, allow_nan=False), min_size=4, max_size=4),
            min_size=n,
            max_size=n,
        )
    ),
    st.booleans(),
)
def test_viterbi_equals_plain_dynamic_programming(rows, four):
    from claimledger.nlp.attrib_tagger import (
        _ALLOWED3,
        _ALLOWED4,
        _log_softmax,
        _viterbi_full,
        viterbi,
    )

    lg = np.array(rows, dtype=np.float64)[:, : 4 if four else 3]
    allowed = _ALLOWED4 if four else _ALLOWED3
    fast = viterbi(lg, allowed)
    lp = _log_softmax(lg)
    slow = _viterbi_full(lp, np.where(allowed, 0.0, -1e9), may_start_inside=False)

    def score(path):
        return sum(lp[t, y] for t, y in enumerate(path))

    assert score(fast) == pytest.approx(score(slow))
    assert fast[0] != 2
    assert all(allowed[a, b] for a, b in zip(fast[:-1], fast[1:], strict=True))


@needs_tagger
def test_tagger_threads_do_not_spin_between_runs():
    """Spinning pool threads would take the cores spaCy parses the next article on."""
    from claimledger.nlp.attrib_tagger import Tagger

    opts = Tagger(threads=1).session.get_session_options()
    assert opts.get_session_config_entry("session.intra_op.allow_spinning") == "0"


def _labelled(blank_nlp, text: str, people: tuple[str, ...] = (), places: tuple[str, ...] = ()):
    from spacy.tokens import Span as SpacySpan

    doc = blank_nlp(text)
    ents = []
    for label, names in (("PERSON", people), ("GPE", places)):
        for name in names:
            at = text.index(name)
            sp = doc.char_span(at, at + len(name))
            assert sp is not None
            ents.append(SpacySpan(doc, sp.start, sp.end, label=label))
    doc.ents = ents
    return doc


def test_a_line_opening_with_a_speaker_and_a_colon_is_an_attribution(blank_nlp):
    from claimledger.nlp.attrib_assemble import speaker_labels

    text = (
        "Jane Roe: Schools Will Reopen in the Spring\n"
        "The interview followed.\n"
        "MILLER: Why did the count change overnight?\n"
        "ROE: Because we added the missing districts.\n"
        "MILLER: So they were left out before?\n"
    )
    doc = _labelled(blank_nlp, text, people=("Jane Roe",))
    found = speaker_labels(doc, [])
    got = [(a.source.text, a.cue, a.content[0].text) for a in found if a.source]
    assert got == [
        ("Jane Roe", None, "Schools Will Reopen in the Spring"),
        # capitals: a speaker taking several turns, or named elsewhere ("Roe")
        ("MILLER", None, "Why did the count change overnight?"),
        ("ROE", None, "Because we added the missing districts."),
        ("MILLER", None, "So they were left out before?"),
    ]


def test_datelines_page_furniture_tallies_and_lone_capitals_are_no_speakers(blank_nlp):
    from claimledger.nlp.attrib_assemble import speaker_labels

    text = (
        "KYIV: Russia launched 40 drones at the capital overnight.\n"
        "Editor's Note: This story was updated with new figures.\n"
        "Jane Roe: 2,316 delegates so far.\n"
        "BOOM: The Senator Just Made A Huge Announcement Today.\n"
        "Update: Officials said the road had reopened.\n"
        "JUST IN: Officials said the bridge had reopened.\n"
        "FLASH: The ministry said the port was closed again.\n"
    )
    doc = _labelled(blank_nlp, text, people=("Jane Roe",), places=("KYIV",))
    assert speaker_labels(doc, []) == []


def test_a_label_already_inside_a_found_attribution_adds_nothing(blank_nlp):
    from claimledger.nlp.attrib_assemble import speaker_labels

    text = "Jane Roe: The figures are wrong, she said.\n"
    doc = _labelled(blank_nlp, text, people=("Jane Roe",))
    inner = Attribution(
        "indirect",
        Span.of(text, 0, 8),
        Span.of(text, text.index("said"), text.index("said") + 4),
        (Span.of(text, 10, text.index(", she")),),
    )
    assert speaker_labels(doc, [inner]) == [inner]


@pytest.mark.model
def test_a_transcript_speaker_in_capitals_is_the_claimer_by_name(extractor):
    from claimledger.models import Article

    text = (
        "Anchor Jake Tapper spoke to the president on Monday.\n\n"
        "TAPPER: How many Russian soldiers have been killed so far?\n\n"
        "ZELENSKY: More than 300,000 Russian soldiers have been killed since the invasion.\n\n"
        "TAPPER: And how many were wounded?\n"
    )
    ex = extractor.extract_one(Article(id="t", text=text, date="2024-03-20"))
    by_text = {c.text.split(":")[0]: c for c in ex.claims if ":" in c.text}
    assert by_text["ZELENSKY"].claimer_name == "Zelensky"  # taking one turn, named nowhere else
    assert by_text["TAPPER"].claimer_name == "Jake Tapper"  # the fullest name in the text
    assert by_text["ZELENSKY"].stance == "asserts"


def test_a_preposition_between_a_cue_and_its_content_joins_the_cue(blank_nlp):
    from claimledger.nlp.attrib_assemble import cue_prepositions

    text = "The senator called for an inquiry into the 300 missing ballots."
    doc = blank_nlp(text)

    def att(cue: str, content: str) -> Attribution:
        c0, k0 = text.index(cue), text.index(content)
        return Attribution(
            "indirect",
            Span.of(text, 0, 11),
            Span.of(text, c0, c0 + len(cue)),
            (Span.of(text, k0, k0 + len(content)),),
        )

    (got,) = cue_prepositions(doc, [att("called", "an inquiry into the 300 missing ballots")])
    assert got.cue is not None and got.cue.text == "called for"
    # more than a preposition between them (an addressee, a clause) leaves the cue alone
    (kept,) = cue_prepositions(doc, [att("called", "the 300 missing ballots")])
    assert kept.cue is not None and kept.cue.text == "called"


def test_a_cue_with_a_subject_of_its_own_is_not_given_a_source_further_off():
    # Analysts estimated that 40 ships sank, a figure Smith calls nonsense.
    # (parsed as the small model does: "estimated" hangs under "calls")
    words = ["Analysts", "estimated", "that", "40", "ships", "sank", ",", "a", "figure", "Smith",
             "calls", "nonsense", "."]  # fmt: skip
    heads = [1, 10, 5, 4, 5, 1, 10, 9, 9, 10, 10, 10, 10]
    deps = ["nsubj", "ccomp", "mark", "nummod", "nsubj", "ccomp", "punct", "det", "compound",
            "nsubj", "ROOT", "oprd", "punct"]  # fmt: skip
    pos = ["NOUN", "VERB", "SCONJ", "NUM", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "PROPN",
           "VERB", "NOUN", "PUNCT"]  # fmt: skip
    doc = _parsed(words, heads, deps, pos)
    text = doc.text
    tagged = Tagged(sources=(_at(text, "a figure Smith"),), cues=(_at(text, "estimated"),),
                    contents=((_at(text, "that 40 ships sank"),),))  # fmt: skip
    (att,) = assemble(doc, tagged)
    assert att.source is not None and att.source.text == "Analysts"
    # (a cue whose own subject is the tagged source keeps it)
    tagged = Tagged(sources=(_at(text, "a figure Smith"),), cues=(_at(text, "calls"),),
                    contents=((_at(text, "nonsense"),),))  # fmt: skip
    (att,) = assemble(doc, tagged)
    assert att.source is not None and att.source.text == "a figure Smith"
