"""Per-Doc and per-sentence caches on the extraction path return what they replace."""

from __future__ import annotations

import gc

from claimledger.nlp.syntax import _TEXTS, doc_text
from claimledger.nlp.timex import find_timexes


def test_doc_text_equals_doc_text_and_is_built_once(blank_nlp):
    doc = blank_nlp("Officials said on 3 March that 40 homes burned.  It rained.\n")
    first = doc_text(doc)
    assert first == doc.text
    assert doc_text(doc) is first  # the cached string, not a new join


def test_doc_text_does_not_keep_the_doc_alive(blank_nlp):
    doc = blank_nlp("A short text.")
    doc_text(doc)
    n = len(_TEXTS)
    del doc
    gc.collect()
    assert len(_TEXTS) == n - 1


def test_find_timexes_returns_a_fresh_list_each_time():
    sentence = "Between 1 March and 15 April 2024, officials said, 300 houses burned."
    first = find_timexes(sentence)
    assert [(t.start, t.kind) for t in first] and first == find_timexes(sentence)
    first.clear()  # a caller that mutates its list cannot change the cached answer
    assert find_timexes(sentence)
