"""The spaCy components: one registry, plain and versioned names, each usable on a blank
pipeline (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from claimledger.nlp.components import NAMES, register


def test_every_component_is_registered_under_both_names():
    register()
    register()  # idempotent
    for name in NAMES:
        assert name in Language.factories and f"{name}_v1" in Language.factories


@pytest.mark.parametrize("name", ["claimledger_quantities", "claimledger_quantities_v1"])
def test_quantities_component_on_a_blank_pipeline(name):
    register()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(name)
    doc = nlp("Officials said 12 drones were downed.")
    assert [q.value for q in doc._.quantities] == [12]


def test_paragraph_component_presets_starts():
    register()
    nlp = spacy.blank("en")
    nlp.add_pipe("claimledger_paragraphs")
    doc = nlp("First line.\n\nSecond line.")
    assert [t.text for t in doc if t.is_sent_start] == ["First", "Second"]
