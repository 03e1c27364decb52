"""Claims from hand-built quantities and attributions over a model-free Doc."""

from __future__ import annotations

import pytest

from claimledger.models import Article, Attribution, Quantity, Span
from claimledger.nlp.claimers import continues
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


def test_claimer_name_is_canonical():
    for text, name in [
        ("Ukrainian", "Ukraine"),
        ("Britain's defence ministry", "Britain's defence ministry"),
        ("+24", None),
        ("he", None),  # an unresolved pronoun names no one
    ]:
        assert claimer_name(Span.of(text, 0, len(text)), None) == name, text


def test_claims_over_an_unparsed_doc_carry_kind_and_resolution(blank_nlp):
    doc = blank_nlp(TEXT)
    art = Article(id="a", text=TEXT, date="2024-03-20")
    content = Span.of(TEXT, TEXT.index("destroying"), TEXT.index(" are high"))
    possessive = Attribution("possessive", Span.of(TEXT, 0, 9), Span.of(TEXT, 10, 16), (content,))
    (first,) = build_claims(doc, art, [], [possessive])
    assert (first.claimer_name, first.claimer_kind, first.claimer_resolution) == (
        "Ukraine",
        "government",
        "explicit",
    )


def parsed(blank_nlp, words, heads, deps):
    """A one-sentence Doc with a hand-written parse (heads are token indices)."""
    from spacy.tokens import Doc

    return Doc(
        blank_nlp.vocab,
        words=words,
        heads=heads,
        deps=deps,
        sent_starts=[True] + [False] * (len(words) - 1),
    )


def test_continuations_need_a_cohesive_tie(blank_nlp):
    def sent(words, heads, deps):
        return next(iter(parsed(blank_nlp, words, heads, deps).sents))

    # "This includes 530 casualties.": an anaphoric subject.
    assert continues(
        sent(
            ["This", "includes", "530", "casualties", "."],
            [1, 1, 3, 1, 1],
            ["nsubj", "ROOT", "nummod", "dobj", "punct"],
        )
    )
    # "Russia also lost 40 tanks.": additive "also" on the verb.
    assert continues(
        sent(
            ["Russia", "also", "lost", "40", "tanks", "."],
            [2, 2, 2, 4, 2, 2],
            ["nsubj", "advmod", "ROOT", "nummod", "dobj", "punct"],
        )
    )
    # "Of these, 2,635 were destroyed.": a connective that picks out part of the report.
    assert continues(
        sent(
            ["Of", "these", ",", "2,635", "were", "destroyed", "."],
            [5, 0, 5, 5, 5, 5, 5],
            ["prep", "pobj", "punct", "nsubjpass", "auxpass", "ROOT", "punct"],
        )
    )
    # "The weather stayed cold.": nothing ties it to the sentence before.
    assert not continues(
        sent(
            ["The", "weather", "stayed", "cold", "."],
            [1, 2, 2, 2, 2],
            ["det", "nsubj", "ROOT", "acomp", "punct"],
        )
    )


def test_figures_and_attributions_are_found_per_sentence_by_bisection():
    """_by_sentence equals the sentences x items scan it replaced (issue 15: linear cost)."""
    import random
    from types import SimpleNamespace as NS

    from claimledger.nlp.claims import _attr_extent, _by_sentence, _overlaps

    rng = random.Random(3)
    for _ in range(200):
        cuts = sorted(rng.sample(range(1, 400), rng.randint(1, 12)))
        sents = []
        for a, b in zip([0, *cuts], [*cuts, 400], strict=True):
            s0, s1 = a + rng.randint(0, 2), b - rng.randint(0, 2)  # trimmed whitespace
            if s0 < s1:
                sents.append((s0, s1, None))
        quantities = [NS(start=rng.randrange(400)) for _ in range(rng.randint(0, 15))]

        def part():
            p0 = rng.randrange(400)
            return NS(start=p0, end=min(400, p0 + rng.randint(0, 60)))

        attributions = [
            NS(
                content=[part() for _ in range(rng.randint(0, 2))],
                cue=part() if rng.random() < 0.8 else None,
                source=part() if rng.random() < 0.5 else None,
            )
            for _ in range(rng.randint(0, 8))
        ]
        qs = _by_sentence(sents, [[(q.start, q.start + 1)] for q in quantities])
        attrs = _by_sentence(sents, [_attr_extent(a) for a in attributions])
        for n, (s0, s1, _) in enumerate(sents):
            assert qs[n] == [i for i, q in enumerate(quantities) if s0 <= q.start < s1]
            assert attrs[n] == [
                i
                for i, a in enumerate(attributions)
                if any(_overlaps(p0, p1, s0, s1) for p0, p1 in _attr_extent(a))
            ]


@pytest.mark.model
def test_narrative_with_neither_a_source_nor_a_figure_is_no_claim(extractor):
    # however check-worthy its words (the scorer rates every sentence worth checking)
    text = (
        "Russia lost 1,140 soldiers on June 11, the General Staff said.\n\n"
        "Breakdown of Russian casualties by year:\n\n"
        "The situation at the front has escalated in recent weeks.\n\n"
        "Newsweek couldn't independently verify the figures.\n\n"
        "Russia does not comment on its military losses.\n\n"
        "Kirby did not comment on the numbers, saying he would let Kyiv release its own data.\n\n"
        "The Kremlin did not confirm the losses, a spokesman said."
    )
    doc = extractor.nlp_for("en")(text)
    art = Article(id="a", text=text, date="2025-06-12")
    ex = extractor.extract_one(art)
    claims = build_claims(doc, art, ex.quantities, ex.attributions, scorer=_AlwaysWorthy())
    texts = [c.text for c in claims]
    assert texts[0].startswith("Russia lost 1,140")  # the lead, with a figure and a source
    for gone in (
        "Breakdown of Russian casualties by year:",
        "The situation at the front has escalated in recent weeks.",
        "Newsweek couldn't independently verify the figures.",
        "Russia does not comment on its military losses.",
    ):
        assert gone not in texts, gone
    # a note that also reports what was said, and a refusal to confirm, are claims
    assert any(t.startswith("Kirby did not comment") for t in texts)
    assert "The Kremlin did not confirm the losses, a spokesman said." in texts
    # an unattributed lead is still a claim, the outlet's
    lead = "The situation at the front has escalated in recent weeks."
    doc = extractor.nlp_for("en")(lead)
    assert [c.text for c in build_claims(doc, art, [], [], scorer=_AlwaysWorthy())] == [lead]


class _AlwaysWorthy:
    """A check-worthiness scorer that rates every sentence worth checking."""

    def score_texts(self, texts):  # noqa: ANN001, ANN201
        return [0.9 for _ in texts]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Russia has lost 17,700 troops, according to the Facebook of the General Staff of "
            "the Armed Forces of Ukraine.",
            "General Staff of the Armed Forces of Ukraine",
        ),
        (
            "Russia has lost 17,700 troops, according to the Telegram channel of the Ukrainian "
            "Defence Ministry.",
            "Ukrainian Defence Ministry",
        ),
        # the platform's own company still speaks for itself
        ("Facebook said it removed 1,200 accounts last week.", "Facebook"),
    ],
)
def test_a_platform_speaks_for_its_owner(extractor, text, name):
    (claim,) = extractor.extract_one(Article(id="a", text=text, date="2024-03-20")).claims
    assert claim.claimer_name == name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the parser hangs the speaker on the town before it and leaves "said" without a
        # subject; the small model tags the town a person
        (
            "Russia lost more than 47,000 troops in its four-month assault on Avdiivka, the "
            "spokesman for Ukraine's Tavria group of forces said on Tuesday.",
            "spokesman for Ukraine's Tavria group of forces",
        ),
        (
            "Russian forces lost 364 tanks in the fighting near Avdiivka, the head of the "
            "Donetsk regional military administration said.",
            "head of the Donetsk regional military administration",
        ),
        # a person named before the apposition still speaks
        (
            "Russia lost 300 tanks, Dmytro Lykhovyi, the spokesman for the Tavria group, said.",
            "Dmytro Lykhovyi",
        ),
    ],
)
def test_a_phrase_after_a_comma_before_a_subjectless_reporting_verb_speaks(extractor, text, name):
    claims = extractor.extract_one(Article(id="a", text=text, date="2024-02-20")).claims
    assert claims[0].claimer_name == name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # who keeps the count speaks for it
        (
            "The open-source Oryx project, which logs photographed equipment losses, listed "
            "more than 4,000 Russian tanks as of Friday.",
            "open-source Oryx project",
        ),
        ("Mediazona has documented 140,000 deaths.", "Mediazona"),
        (
            "In December the General Staff recorded 48,670 Russian personnel losses.",
            "General Staff",
        ),
        ("The General Staff added seven warships to its tally during the year.", "General Staff"),
    ],
)
def test_who_keeps_a_count_speaks_for_it(extractor, text, name):
    claims = extractor.extract_one(Article(id="a", text=text, date="2025-12-05")).claims
    assert claims[0].claimer_name == name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        # outside a quotation "our" is the outlet's, not the body named before
        (
            "The defence ministry reported 900 Russian losses on Monday. Our own analysts "
            "counted 450 destroyed Russian vehicles over the month.",
            "Our own analysts",
        ),
        (
            "Kyiv's General Staff put the figure at 1,200. Our research team confirmed 75 "
            "Russian tanks lost near Pokrovsk.",
            "Our research team",
        ),
    ],
)
def test_the_first_person_of_the_narrative_is_the_outlet(extractor, text, name):
    claims = extractor.extract_one(Article(id="a", text=text, date="2025-03-05")).claims
    assert claims[-1].claimer_name == name


@pytest.mark.model
def test_a_report_whose_words_hold_the_figures_speaks_for_them(extractor):
    text = (
        "Markets shrugged off the news from Ukraine, where the General Staff said Russian "
        "personnel losses had passed 1.2 million."
    )
    claims = extractor.extract_one(Article(id="a", text=text, date="2025-12-05")).claims
    assert claims[0].claimer_name == "General Staff"


@pytest.mark.model
def test_a_capitalised_subject_the_tagger_calls_an_adjective_still_speaks(extractor):
    text = (
        "Oryx listed at least 3,235 Russian tanks on the same day.\n\nFor aircraft the gap is "
        "even larger: Kyiv claims 361 Russian planes shot down, while Oryx has verified 119."
    )
    claims = extractor.extract_one(Article(id="a", text=text, date="2024-07-15")).claims
    assert claims[-1].claimer_name == "Kyiv"


@pytest.mark.model
def test_a_day_parsed_as_a_second_subject_is_no_claimer(extractor):
    text = (
        "A graphic shared on X and Telegram since New Year's Day claims that \"in 2024 alone "
        'Ukraine destroyed 3,700 Russian tanks".'
    )
    claims = extractor.extract_one(Article(id="a", text=text, date="2025-01-03")).claims
    assert claims[0].claimer_name is not None and "Year" not in claims[0].claimer_name
