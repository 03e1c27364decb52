"""Sentence starts preset before the parser: paragraphs, headings and list labels.

Made-up text; the tokenizer alone (no model), checking the flags the parser then keeps (one
model-tier test: the pipeline's own tokenizer and a footnote mark).
"""

from __future__ import annotations

import pytest
import spacy

from claimledger.nlp.pipeline import paragraph_starts


def _flags(text: str) -> dict[str, bool | None]:
    doc = paragraph_starts(spacy.blank("en")(text))
    return {t.text: t.is_sent_start for t in doc if not t.is_space}


def test_a_blank_line_starts_a_sentence():
    assert _flags("Losses rose.\n\nMore came later.")["More"] is True


def test_a_line_label_stays_with_what_it_labels():
    f = _flags("By year:\n\n2022: 8,100 troops\n\nTanks: 3,704 units")
    assert f["2022"] is True  # the line starts a sentence
    assert f[":"] is False and f["8,100"] is False and f["3,704"] is False


def test_a_colon_after_a_long_line_start_is_left_to_the_parser():
    f = _flags("\nThe minister told reporters on Monday: losses were 400.")
    assert f["losses"] is None


def test_a_quote_mark_opening_a_line_opens_its_sentence_whichever_way_it_is_drawn():
    for mark in ("\u201d", "\u201c", '"'):
        doc = paragraph_starts(
            spacy.blank("en")(f"Losses rose.\n\n{mark}They lost 80,000,{mark} he said.")
        )
        first = next(t for t in doc if t.text == mark)
        assert first.is_sent_start is True
        assert doc[first.i + 1].text == "They" and doc[first.i + 1].is_sent_start is False


def test_a_list_bullet_opening_a_line_opens_its_sentence():
    for bullet in ("-", "•", "–"):
        f = _flags(f"Fighting\n{bullet} the air force said it shot down 35 drones.")
        assert f[bullet] is True, bullet
    # a dash inside a line is left to the parser
    assert _flags("Tanks - 1,263 units")["-"] is None


def test_a_footnote_mark_after_a_stop_ends_its_sentence():
    from spacy.tokens import Doc

    words = ["against", "1,640", "tanks", ".", "²", "Ukraine", "'s", "own", "stand", "at", "440"]
    spaces = [True, True, False, False, True, False, True, True, True, True, False]
    doc = paragraph_starts(Doc(spacy.blank("en").vocab, words=words, spaces=spaces))
    assert doc[4].is_sent_start is False and doc[5].is_sent_start is True


@pytest.mark.model
def test_the_tokenizer_splits_a_footnote_mark_but_not_a_units_power():
    from claimledger.nlp.pipeline import load

    nlp = load()
    assert [t.text for t in nlp.tokenizer("tanks.¹ Ukraine")] == ["tanks", ".", "¹", "Ukraine"]
    assert "km²" in [t.text for t in nlp.tokenizer("a 3 km² site (km²).")]
    doc = nlp("Oryx listed 1,640 tanks.² Ukraine's own losses stand at 440.")
    assert [s.text for s in doc.sents] == [
        "Oryx listed 1,640 tanks.²",
        "Ukraine's own losses stand at 440.",
    ]


def test_a_bracketed_footnote_after_a_stop_ends_its_sentence():
    from spacy.tokens import Doc

    words = ["lost", "90", "jets", ".", "[", "7", "]", "[", "8", "]", "The", "navy", "lost", "3"]
    spaces = [True, True, False, False, False, False, False, False, False, True] + [True] * 4
    doc = paragraph_starts(Doc(spacy.blank("en").vocab, words=words, spaces=spaces))
    assert [doc[i].is_sent_start for i in range(4, 11)] == [False] * 6 + [True]


@pytest.mark.model
def test_the_tokenizer_splits_a_bracketed_footnote_from_its_word_and_stop():
    from claimledger.nlp.pipeline import load

    nlp = load()
    assert [t.text for t in nlp.tokenizer("Kherson.[12] Then")] == [
        "Kherson",
        ".",
        "[",
        "12",
        "]",
        "Then",
    ]
    assert [t.text for t in nlp.tokenizer("armour[4].")] == ["armour", "[", "4", "]", "."]
    # (a lettered note, as encyclopedias mark them: "for Ukraine.[d]")
    assert [t.text for t in nlp.tokenizer("for Ukraine.[d] Aid")] == [
        "for",
        "Ukraine",
        ".",
        "[",
        "d",
        "]",
        "Aid",
    ]
    doc = nlp("Oryx counted 310 Ukrainian jets.[2][3] The navy lost 12 boats.")
    assert [s.text for s in doc.sents] == [
        "Oryx counted 310 Ukrainian jets.[2][3]",
        "The navy lost 12 boats.",
    ]


def test_a_fact_box_line_that_opens_with_a_bound_figure_opens_its_sentence():
    f = _flags("18: warships on the list\nmore than 6 million: refugees abroad\nseven: new ships")
    assert f["more"] is True and f["seven"] is True
