"""Properties: extraction never raises on arbitrary Unicode, and every span slices its text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimledger.models import Article

pytestmark = pytest.mark.model

# Text that looks like news often enough to reach every extractor's branches.
news_bits = st.sampled_from(
    [
        "over 13,000",
        "about 5%",
        "$3.5bn",
        "between 5 and 10",
        "said",
        "according to",
        "\u201c",
        "\u201d",
        '"',
        "reportedly",
        "The ministry's claims of",
        "10^300",
        "1,2,3,4,5,6,7,8,9",
        "two-thirds",
        "Putin",
        " ",
        ".",
        "\n\n",
        "’s",
        # Speaker resolution: pronouns, titles, roles, documents, datelines, continuations.
        "he said",
        "She added",
        "Prime Minister Anna Kovac",
        ", the ministry's spokesman,",
        "the minister",
        "KYIV, May 8 (Reuters) - ",
        "This was reported by the General Staff",
        "as per the post",
        "Another",
        "who said",
    ]
)
texts = st.lists(st.one_of(st.text(max_size=20), news_bits), max_size=25).map("".join)


def all_spans(ex):
    spans = [*ex.entities, *ex.quantities, *ex.claims]
    for q in ex.quantities:
        spans += [s for s in (q.unit_span, q.concept) if s is not None]
    for a in ex.attributions:
        spans += [s for s in (a.source, a.cue, *a.content) if s is not None]
    spans += [c.claimer for c in ex.claims if c.claimer is not None]
    return spans


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_extraction_never_raises_and_spans_slice(extractor, text):
    ex = extractor.extract_one(Article(id="p", text=text, date="2024-03-20"))
    for s in all_spans(ex):
        assert 0 <= s.start <= s.end <= len(text)
        assert text[s.start : s.end] == s.text
    for c in ex.claims:
        assert 0.0 <= c.score <= 1.0
        assert all(0 <= i < len(ex.quantities) for i in c.quantities)
        assert c.attribution is None or 0 <= c.attribution < len(ex.attributions)
    ex.to_dict()  # serialisable
