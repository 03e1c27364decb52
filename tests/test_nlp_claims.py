"""Claims from hand-built quantities and attributions over a model-free Doc."""

from __future__ import annotations

from claimledger.models import Article, Attribution, Quantity, Span
from claimledger.nlp.claims import build_claims, claimer_name

TEXT = (
    "Ukraine's claims of destroying over 13,000 Russian vehicles are high. "
    "Units are reportedly in Belgorod. "
    "The weather was fine."
)


def test_claims_tie_quantities_attributions_and_hedges(blank_nlp):
    doc = blank_nlp(TEXT)
    art = Article(id="a", text=TEXT, date="2024-03-20")
    i = TEXT.index("over 13,000")
    q = Quantity(i, i + 11, "over 13,000", 13000.0, 13000.0, None, ">", "vehicle")
    content = Span.of(TEXT, TEXT.index("destroying"), TEXT.index(" are high"))
    possessive = Attribution("possessive", Span.of(TEXT, 0, 9), Span.of(TEXT, 10, 16), (content,))
    h = TEXT.index("reportedly")
    hedge = Attribution("hedge", None, Span.of(TEXT, h, h + 10), ())
    claims = build_claims(doc, art, [q], [possessive, hedge])
    assert len(claims) == 2  # the weather sentence is no claim
    first, second = claims
    assert first.claimer_name == "Ukraine" and first.quantities == (0,)
    assert first.attribution == 0 and not first.hedged and first.as_of == "2024-03-20"
    assert second.hedged and second.claimer is None and second.attribution == 1
    for c in claims:
        assert TEXT[c.start : c.end] == c.text
        assert 0.0 <= c.score <= 1.0
    assert first.score > second.score


def test_claimer_name_prefers_resolution():
    t = "he said"
    a = Attribution(
        "indirect",
        Span.of(t, 0, 2),
        Span.of(t, 3, 7),
        (),
        resolution="pronoun",
        resolved_name="Vladimir Putin",
    )
    assert claimer_name(a.source, a) == "Vladimir Putin"
    t2 = "The Kremlin's"
    assert claimer_name(Span.of(t2, 0, len(t2)), None) == "Kremlin"
    assert claimer_name(None, None) is None
