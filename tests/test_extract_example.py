"""The bundled example article: what the ledger must show (model tier)."""

from __future__ import annotations

import pytest

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
    assert vehicles.unit == "vehicle"
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
    assert any("punish" in part.text for part in attr.content)


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
