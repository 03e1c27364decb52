"""The bundled example article: what the ledger must show (model tier)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claimledger.models import Attribution, Span
from claimledger.nlp.claims import build_claims

pytestmark = pytest.mark.model


def claim_with(ex, needle):
    found = [c for c in ex.claims if needle in c.text]
    assert found, f"no claim contains {needle!r}"
    return found[0]


def test_ukraine_claims_vehicles_and_soldiers(example_extraction):
    ex = example_extraction
    c = claim_with(ex, "13,000")
    assert c.claimer_name == "Ukraine"
    qs = [ex.quantities[i] for i in c.quantities]
    vehicles = next(q for q in qs if q.value == 13000)
    assert vehicles.change in (">", ">=") and vehicles.low == 13000
    assert vehicles.unit == "Russian vehicle"  # the counted noun with its modifiers
    soldiers = next(q for q in qs if q.value == 430000)
    assert soldiers.unit == "soldier"


def test_fifty_thousand_is_approximate(example_extraction):
    ex = example_extraction
    c = claim_with(ex, "50,000")
    (q,) = [ex.quantities[i] for i in c.quantities]
    assert (q.value, q.change) == (50000, "~")


def test_nine_thousand_children_and_the_governor(example_extraction):
    ex = example_extraction
    c = claim_with(ex, "9,000 children")
    (q,) = [ex.quantities[i] for i in c.quantities]
    assert q.value == 9000 and q.unit == "child"
    names = {e.text for e in ex.entities if e.label == "PERSON"}
    assert "Vyacheslav Gladkov" in names


def test_kremlin_admits_significant_losses(example_extraction):
    c = claim_with(example_extraction, "significant losses")
    assert c.claimer_name == "Kremlin"
    assert c.stance == "admits"


def test_putin_orders_the_fsb_to_punish(example_extraction):
    ex = example_extraction
    c = claim_with(ex, '"punish"')
    assert c.claimer_name and "Putin" in c.claimer_name
    assert c.stance == "orders"
    attr = ex.attributions[c.attribution]
    assert attr.cue is not None and attr.cue.text == "commanded"


def _tagger_variants(ex):
    """The example's attributions as a tagger on another CPU may draw them: the order's
    content ends before "likening" and "likening" is a source-less attribution of its own
    covering more of the sentence; or the tagger marks no source on "commanded"."""
    text = ex.article.text
    k = next(i for i, a in enumerate(ex.attributions) if a.cue and a.cue.text == "commanded")
    order = ex.attributions[k]
    like = text.index("likening")
    them = text.index("them to traitors")
    end = text.index("World War II") + len("World War II")
    split = replace(
        order, content=(Span.of(text, order.content[0].start, text.index(", likening")),)
    )
    likening = Attribution(
        "indirect", None, Span.of(text, like, like + 8), (Span.of(text, them, end),)
    )
    atts = list(ex.attributions)
    yield "likening takes the sentence", [*atts[:k], split, likening, *atts[k + 1 :]]
    wide = replace(likening, content=(Span.of(text, order.content[0].start, end),))
    yield "likening covers the whole order", [*atts[:k], split, wide, *atts[k + 1 :]]
    no_source = replace(order, source=None, resolution="unresolved", resolved_name=None)
    yield "no source on commanded", [*atts[:k], no_source, *atts[k + 1 :]]


def test_the_order_keeps_its_claimer_whatever_the_tagger_spans(nlp, example_extraction):
    # The claimer must not hinge on a marginal tagger span: the sourced cue that governs
    # the sentence ("he commanded") wins over a source-less one in a participle clause.
    ex = example_extraction
    doc = nlp(ex.article.text)
    for label, atts in _tagger_variants(ex):
        claims = build_claims(doc, ex.article, ex.quantities, atts)
        c = next(c for c in claims if '"punish"' in c.text)
        assert c.claimer_name and "Putin" in c.claimer_name, label
        assert c.stance == "orders", label
        assert atts[c.attribution].cue.text == "commanded", label


def test_reportedly_is_an_unattributed_hedge(example_extraction):
    ex = example_extraction
    c = claim_with(ex, "reportedly")
    assert c.hedged
    hedges = [a for a in ex.attributions if a.kind == "hedge"]
    assert any(a.cue and a.cue.text == "reportedly" and a.source is None for a in hedges)


def test_years_and_names_are_not_quantities(example_extraction):
    texts = [q.text for q in example_extraction.quantities]
    assert not any("2022" in t or t.strip() == "II" for t in texts), texts


def test_every_span_slices_the_text(example_extraction):
    ex = example_extraction
    text = ex.article.text
    spans = [*ex.entities, *ex.quantities, *ex.claims]
    for q in ex.quantities:
        spans += [s for s in (q.unit_span, q.concept) if s is not None]
    for a in ex.attributions:
        spans += [s for s in (a.source, a.cue, *a.content) if s is not None]
    for c in ex.claims:
        if c.claimer is not None:
            spans.append(c.claimer)
    for s in spans:
        assert text[s.start : s.end] == s.text
