"""Stance and hedge of a claim, with the deciding word (nlp/stance.py, nlp/hedges.py).

The fast tests read hand-built parses (words, heads, labels as en_core_web_sm gives them);
the model tests run the whole extractor on made-up news sentences.
"""

from __future__ import annotations

import functools

import pytest

from claimledger.models import Article, Attribution, Span
from claimledger.nlp.stance import claim_hedge, claim_stance

# One token per row: word, head index, dependency label, coarse POS, fine tag, lemma.
Row = tuple[str, int, str, str, str, str]


@functools.cache
def _vocab():
    """English lexical attributes (lower case, like_num, is_quote) without a model."""
    import spacy

    return spacy.blank("en").vocab


def parsed(*rows: Row):
    """A one-sentence Doc with the given parse (no model)."""
    from spacy.tokens import Doc

    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][3] != "PUNCT" for i in range(len(rows))]
    doc = Doc(
        _vocab(),
        words=words,
        spaces=spaces,
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
        tags=[r[4] for r in rows],
        lemmas=[r[5] for r in rows],
    )
    return doc, next(iter(doc.sents))


def figure(doc, word: str) -> tuple[int, int]:
    start = doc.text.index(word)
    return (start, start + len(word))


def said(doc, cue: str, source: str, stance: str = "asserts") -> Attribution:
    """An attribution with the given cue and source words and the rest as content."""
    t = doc.text
    c0, s0 = t.index(cue), t.index(source)
    return Attribution(
        "indirect",
        Span.of(t, s0, s0 + len(source)),
        Span.of(t, c0, c0 + len(cue)),
        (Span.of(t, 0, len(t)),),
        stance,  # type: ignore[arg-type]
    )


# --- stance, fast -------------------------------------------------------------------------


def test_a_flat_denial_of_the_figure_denies():
    doc, sent = parsed(
        ("The", 1, "det", "DET", "DT", "the"),
        ("figure", 2, "nsubj", "NOUN", "NN", "figure"),
        ("is", 2, "ROOT", "AUX", "VBZ", "be"),
        ("false", 2, "acomp", "ADJ", "JJ", "false"),
        (".", 2, "punct", "PUNCT", ".", "."),
    )
    reading = claim_stance(sent)
    assert reading.stance == "denies"
    assert reading.cue is not None and reading.cue.text == "false"
    assert doc.text[reading.cue.start : reading.cue.end] == "false"


def test_not_accurate_disputes_and_not_true_denies():
    for word, stance in (("accurate", "disputes"), ("true", "denies")):
        _, sent = parsed(
            ("The", 1, "det", "DET", "DT", "the"),
            ("figure", 2, "nsubj", "NOUN", "NN", "figure"),
            ("was", 2, "ROOT", "AUX", "VBD", "be"),
            ("not", 2, "neg", "PART", "RB", "not"),
            (word, 2, "acomp", "ADJ", "JJ", word),
            (".", 2, "punct", "PUNCT", ".", "."),
        )
        reading = claim_stance(sent)
        assert reading.stance == stance
        assert reading.cue is not None and reading.cue.text == f"not {word}"


def test_contested_accuracy_needs_a_claim_to_contest():
    # "it's just not realistic" (paying cash for a house) contests no figure.
    _, sent = parsed(
        ("It", 1, "nsubj", "PRON", "PRP", "it"),
        ("is", 1, "ROOT", "AUX", "VBZ", "be"),
        ("not", 1, "neg", "PART", "RB", "not"),
        ("realistic", 1, "acomp", "ADJ", "JJ", "realistic"),
        (".", 1, "punct", "PUNCT", ".", "."),
    )
    assert claim_stance(sent).stance == "asserts"


def test_a_dismissal_denies_a_claim_but_judges_nothing_else():
    def sent_of(subject: str, word: str):
        return parsed(
            ("The", 1, "det", "DET", "DT", "the"),
            (subject, 2, "nsubj", "NOUN", "NNS", subject[:-1]),
            ("are", 2, "ROOT", "AUX", "VBP", "be"),
            (word, 2, "acomp", "ADJ", "JJ", word),
            (".", 2, "punct", "PUNCT", ".", "."),
        )[1]

    assert claim_stance(sent_of("claims", "absurd")).stance == "denies"
    assert claim_stance(sent_of("reports", "preposterous")).stance == "denies"
    # said of a policy, "absurd" judges it and denies no report
    assert claim_stance(sent_of("sanctions", "absurd")).stance == "asserts"


def test_a_negated_figure_is_denied_but_not_beside_an_asserted_one():
    doc, sent = parsed(
        ("Not", 1, "neg", "PART", "RB", "not"),
        ("300", 1, "ROOT", "NUM", "CD", "300"),
        (".", 1, "punct", "PUNCT", ".", "."),
    )
    reading = claim_stance(sent, None, [figure(doc, "300")])
    assert reading.stance == "denies" and reading.cue is not None
    assert reading.cue.text == "Not 300"
    doc, sent = parsed(
        ("It", 1, "nsubj", "PRON", "PRP", "it"),
        ("stands", 1, "ROOT", "VERB", "VBZ", "stand"),
        ("at", 1, "prep", "ADP", "IN", "at"),
        ("253", 2, "pobj", "NUM", "CD", "253"),
        (",", 1, "punct", "PUNCT", ",", ","),
        ("not", 6, "neg", "PART", "RB", "not"),
        ("359", 3, "appos", "NUM", "CD", "359"),
        (".", 1, "punct", "PUNCT", ".", "."),
    )
    assert claim_stance(sent, None, [figure(doc, "253"), figure(doc, "359")]).stance == "asserts"


REFUSED = (
    ("The", 1, "det", "DET", "DT", "the"),
    ("ministry", 2, "nsubj", "NOUN", "NN", "ministry"),
    ("refused", 2, "ROOT", "VERB", "VBD", "refuse"),
    ("to", 4, "aux", "PART", "TO", "to"),
    ("confirm", 2, "xcomp", "VERB", "VB", "confirm"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("figure", 4, "dobj", "NOUN", "NN", "figure"),
    (".", 2, "punct", "PUNCT", ".", "."),
)


def test_refusing_to_confirm_is_a_denial():
    doc, sent = parsed(*REFUSED)
    reading = claim_stance(sent, said(doc, "refused", "The ministry"))
    assert reading.stance == "denies"
    assert reading.cue is not None and reading.cue.text == "refused to confirm"


def test_not_confirming_denies_but_being_unable_to_verify_does_not():
    def sentence(modal: str, verb: str):
        aux = ("did", "do", "VBD") if modal == "did" else ("could", "could", "MD")
        return parsed(
            ("Officials", 3, "nsubj", "NOUN", "NNS", "official"),
            (aux[0], 3, "aux", "AUX", aux[2], aux[1]),
            ("not", 3, "neg", "PART", "RB", "not"),
            (verb, 3, "ROOT", "VERB", "VB", verb),
            ("the", 5, "det", "DET", "DT", "the"),
            ("figure", 3, "dobj", "NOUN", "NN", "figure"),
            (".", 3, "punct", "PUNCT", ".", "."),
        )

    doc, sent = sentence("did", "confirm")
    reading = claim_stance(sent, said(doc, "confirm", "Officials"))
    assert reading.stance == "denies" and reading.cue is not None
    assert reading.cue.text == "not confirm"
    doc, sent = sentence("could", "verify")
    assert claim_stance(sent, said(doc, "verify", "Officials")).stance == "asserts"
    doc, sent = sentence("did", "deny")
    assert claim_stance(sent, said(doc, "deny", "Officials", "denies")).stance == "asserts"


def test_an_unparsed_sentence_keeps_the_attribution_stance(blank_nlp):
    doc = blank_nlp("Units are reportedly in Belgorod.")
    sent = next(iter(doc.sents))
    a = Attribution("indirect", None, Span.of(doc.text, 6, 9), (), "denies")
    assert claim_stance(sent, a).stance == "denies"
    hedge = claim_hedge(sent)
    assert hedge is not None and hedge.text == "reportedly"


# --- hedges, fast ---------------------------------------------------------------------------


MAY_HAVE_LOST = (
    ("The", 1, "det", "DET", "DT", "the"),
    ("army", 4, "nsubj", "NOUN", "NN", "army"),
    ("may", 4, "aux", "AUX", "MD", "may"),
    ("have", 4, "aux", "AUX", "VB", "have"),
    ("lost", 4, "ROOT", "VERB", "VBN", "lose"),
    ("300", 6, "nummod", "NUM", "CD", "300"),
    ("tanks", 4, "dobj", "NOUN", "NNS", "tank"),
    (".", 4, "punct", "PUNCT", ".", "."),
)


def test_an_epistemic_modal_on_the_figure_hedges():
    doc, sent = parsed(*MAY_HAVE_LOST)
    hedge = claim_hedge(sent, None, [figure(doc, "300")])
    assert hedge is not None and hedge.text == "may"
    assert doc.text[hedge.start : hedge.end] == "may"


def test_a_hedge_in_a_coordinated_clause_does_not_mark_the_figure():
    doc, sent = parsed(
        ("Russia", 1, "nsubj", "PROPN", "NNP", "Russia"),
        ("lost", 1, "ROOT", "VERB", "VBD", "lose"),
        ("300", 3, "nummod", "NUM", "CD", "300"),
        ("tanks", 1, "dobj", "NOUN", "NNS", "tank"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("could", 6, "aux", "AUX", "MD", "could"),
        ("run", 1, "conj", "VERB", "VB", "run"),
        ("out", 6, "prt", "ADP", "RP", "out"),
        (".", 1, "punct", "PUNCT", ".", "."),
    )
    assert claim_hedge(sent, None, [figure(doc, "300")]) is None
    # With no figure the claim is its main clauses, the conjunct among them.
    hedge = claim_hedge(sent)
    assert hedge is not None and hedge.text == "could"


def test_could_not_and_a_capitalised_may_are_no_hedges():
    _, sent = parsed(
        ("Officials", 4, "nsubjpass", "NOUN", "NNS", "official"),
        ("could", 4, "aux", "AUX", "MD", "could"),
        ("not", 4, "neg", "PART", "RB", "not"),
        ("be", 4, "auxpass", "AUX", "VB", "be"),
        ("reached", 4, "ROOT", "VERB", "VBN", "reach"),
        (".", 4, "punct", "PUNCT", ".", "."),
    )
    assert claim_hedge(sent) is None
    doc, sent = parsed(
        ("May", 1, "aux", "AUX", "MD", "may"),  # the month, mistagged as a modal
        ("saw", 1, "ROOT", "VERB", "VBD", "see"),
        ("428", 3, "nummod", "NUM", "CD", "428"),
        ("losses", 1, "dobj", "NOUN", "NNS", "loss"),
        (".", 1, "punct", "PUNCT", ".", "."),
    )
    assert claim_hedge(sent, None, [figure(doc, "428")]) is None


def test_an_approximate_figure_and_claimed_are_no_hedges():
    doc, sent = parsed(
        ("About", 1, "advmod", "ADV", "RB", "about"),
        ("200", 2, "nummod", "NUM", "CD", "200"),
        ("soldiers", 3, "nsubj", "NOUN", "NNS", "soldier"),
        ("died", 5, "ccomp", "VERB", "VBD", "die"),
        (",", 5, "punct", "PUNCT", ",", ","),
        ("Ukraine", 6, "nsubj", "PROPN", "NNP", "Ukraine"),
        ("claimed", 6, "ROOT", "VERB", "VBD", "claim"),
        (".", 6, "punct", "PUNCT", ".", "."),
    )
    a = said(doc, "claimed", "Ukraine")
    assert claim_hedge(sent, a, [figure(doc, "200")]) is None
    reading = claim_stance(sent, a, [figure(doc, "200")])
    assert reading.stance == "asserts" and reading.cue is not None
    assert reading.cue.text == "claimed"


def test_is_said_to_hedges_but_it_was_reported_that_does_not():
    doc, sent = parsed(
        ("600", 1, "nummod", "NUM", "CD", "600"),
        ("soldiers", 3, "nsubjpass", "NOUN", "NNS", "soldier"),
        ("are", 3, "auxpass", "AUX", "VBP", "be"),
        ("said", 3, "ROOT", "VERB", "VBN", "say"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("have", 6, "aux", "AUX", "VB", "have"),
        ("deserted", 3, "xcomp", "VERB", "VBN", "desert"),
        (".", 3, "punct", "PUNCT", ".", "."),
    )
    hedge = claim_hedge(sent, None, [figure(doc, "600")])
    assert hedge is not None and hedge.text == "said"
    doc, sent = parsed(
        ("It", 2, "nsubjpass", "PRON", "PRP", "it"),
        ("was", 2, "auxpass", "AUX", "VBD", "be"),
        ("reported", 2, "ROOT", "VERB", "VBN", "report"),
        ("that", 5, "mark", "SCONJ", "IN", "that"),
        ("300", 5, "nsubj", "NUM", "CD", "300"),
        ("died", 2, "ccomp", "VERB", "VBD", "die"),
        (".", 2, "punct", "PUNCT", ".", "."),
    )
    assert claim_hedge(sent, None, [figure(doc, "300")]) is None


def test_a_comparison_with_an_estimate_is_no_hedge_on_the_figure():
    doc, sent = parsed(
        ("Employers", 1, "nsubj", "NOUN", "NNS", "employer"),
        ("added", 1, "ROOT", "VERB", "VBD", "add"),
        ("60,000", 4, "nummod", "NUM", "CD", "60,000"),
        ("more", 4, "amod", "ADJ", "JJR", "more"),
        ("jobs", 1, "dobj", "NOUN", "NNS", "job"),
        ("than", 7, "mark", "SCONJ", "IN", "than"),
        ("earlier", 7, "advmod", "ADV", "RBR", "early"),
        ("estimated", 3, "advcl", "VERB", "VBN", "estimate"),
        (".", 1, "punct", "PUNCT", ".", "."),
    )
    assert claim_hedge(sent, None, [figure(doc, "60,000")]) is None


def test_a_belief_verb_governing_the_figure_hedges():
    doc, sent = parsed(
        ("Analysts", 1, "nsubj", "NOUN", "NNS", "analyst"),
        ("believe", 1, "ROOT", "VERB", "VBP", "believe"),
        ("Russia", 3, "nsubj", "PROPN", "NNP", "Russia"),
        ("lost", 1, "ccomp", "VERB", "VBD", "lose"),
        ("2,000", 5, "nummod", "NUM", "CD", "2,000"),
        ("tanks", 3, "dobj", "NOUN", "NNS", "tank"),
        (".", 1, "punct", "PUNCT", ".", "."),
    )
    hedge = claim_hedge(sent, said(doc, "believe", "Analysts"), [figure(doc, "2,000")])
    assert hedge is not None and hedge.text == "believe"


# --- model tier: made-up news sentences ---------------------------------------------------

STANCES = [
    ("The ministry refused to confirm the figure of 300 dead.", "denies", "refused to confirm"),
    (
        "The Kremlin did not confirm the losses of 200 soldiers, a spokesman said.",
        "denies",
        "not confirm",
    ),
    (
        '"The report of 500 deaths is pure fabrication," the spokesman said.',
        "denies",
        "fabrication",
    ),
    ("The government rebuffed the report that 40 soldiers had died.", "denies", "rebuffed"),
    ("The Kremlin called the reports of 500 dead soldiers absurd.", "denies", "absurd"),
    (
        '"The claim that 40 jets were lost is ridiculous," the minister said.',
        "denies",
        "ridiculous",
    ),
    ("The ministry said the claim that 300 soldiers died was false.", "denies", "false"),
    ("The spokesman dismissed the claim of 5,000 casualties as propaganda.", "denies", "dismissed"),
    ("Not 300 as claimed by the ministry.", "denies", "Not 300"),
    ("Officials said the figure of 2,000 was not accurate.", "disputes", "not accurate"),
    ("Analysts said the toll of 300 was doubtful.", "disputes", "doubtful"),
    # doubt as the object of a verb of saying disputes whatever the verb
    (
        "Analysts cast doubt on the claim that 40,000 troops had been mobilised.",
        "disputes",
        None,
    ),
    ("Experts raised questions about the figure of 300 dead.", "disputes", None),
    ("The army objects to the estimate of 5,000 casualties.", "disputes", "objects"),
    (
        "Rights groups said the numbers of 1,000 victims were exaggerated.",
        "disputes",
        "exaggerated",
    ),
    (
        "The opposition accused the government of fudging the figure of 4,000 deaths.",
        "disputes",
        "fudging",
    ),
    ("Deaths are not as high as initially reported, officials said.", "disputes", "not as high"),
    (
        "The ministry said there was no evidence that 500 soldiers had died.",
        "disputes",
        "no evidence",
    ),
    (
        '"Our findings do not confirm the ministry\'s figure of 2,000 deaths," she said.',
        "disputes",
        "not confirm",
    ),
    ("The senator slammed the government over claims that 300 people died.", "disputes", "slammed"),
    ("The ministry conceded that 12 soldiers had died.", "admits", "conceded"),
    ('"We lost 12 soldiers in the attack," the commander said.', "admits", "lost"),
    # the addressee's own losses are not the speaker's admission
    (
        '"You should worry about your own losses of 40 tanks," the spokesman told Kyiv.',
        "orders",
        None,
    ),
    (
        "The army said 30 soldiers were wounded, admitting for the first time that it had "
        "suffered casualties.",
        "admits",
        "admitting",
    ),
    (
        "The health ministry said the toll of 359 was released because of a calculation error.",
        "admits",
        "error",
    ),
    ("The president vowed to rebuild 200 schools.", "promises", "vowed"),
    ("The company said it would pay $5 million to the victims.", "promises", "pay"),
    # the speaker's own body, named or as "the bloc", commits; so does an intention verb
    (
        "The alliance's secretary general said the bloc will send 20 more air-defence systems.",
        "promises",
        "send",
    ),
    (
        "Finland's interior minister said Finland will build 200 kilometres of fence.",
        "promises",
        "build",
    ),
    ("The ministry said it plans to open 12 new shelters.", "promises", "plans"),
    # an agentless passive of the body's own act, said by that body
    (
        "Payments of 300 euros are planned for June, the city council announced.",
        "promises",
        "planned",
    ),
    (
        "The agency said the figures for all 40 regions would be published after the audit.",
        "promises",
        "published",
    ),
    # not the speaker's own act: an analyst's forecast, another party, another party's plan, a
    # passive the speaker does not do, a promise beside the figure the claim states, a negation
    ("The analyst said the government will raise the tax to 20 percent.", "asserts", "said"),
    ("The general said Russia will send 30,000 more troops.", "asserts", "said"),
    (
        "Russia's spring offensive with 50,000 troops is planned for May, Ukrainian "
        "intelligence said.",
        "asserts",
        "said",
    ),
    ("The mayor said the city would be shelled by 40 drones.", "asserts", "said"),
    (
        "The ministry said 300 soldiers were killed, adding that it will publish their names.",
        "asserts",
        "said",
    ),
    ("The ministry does not plan to publish the 300 names, a spokesman said.", "asserts", "said"),
    ("The mayor told residents to leave the 3 districts.", "orders", "told"),
    ('"Residents should leave the area within 24 hours," the governor said.', "orders", "leave"),
    ('"Evacuate the 4 villages now," the governor told police.', "orders", "Evacuate"),
    ('"How can they claim that 5,000 soldiers died?" he asked.', "questions", "asked"),
    ("The ministry claimed that 300 soldiers were killed.", "asserts", "claimed"),
    ("Reuters could not verify the figure of 300 dead.", "asserts", None),
]


def only_claim(extractor, text: str):
    ex = extractor.extract_one(Article(id="t", text=text, date="2024-03-20"))
    assert len(ex.claims) == 1, [c.text for c in ex.claims]
    return ex.claims[0]


@pytest.mark.model
@pytest.mark.parametrize(("text", "stance", "cue"), STANCES)
def test_stance_of_news_sentences(extractor, text, stance, cue):
    c = only_claim(extractor, text)
    assert c.stance == stance
    if cue is not None:
        assert c.stance_cue is not None and c.stance_cue.text == cue
    if c.stance_cue is not None:
        assert text[c.stance_cue.start : c.stance_cue.end] == c.stance_cue.text


HEDGES = [
    ("The army may have lost 300 tanks, the analyst said.", "may"),
    ("Russia might have lost as many as 500 jets.", "might"),
    ("The strike could have killed 40 people, officials said.", "could"),
    ("Losses are likely higher than 10,000, the report said.", "likely"),
    ("The death toll will probably rise above 200.", "probably"),
    ("Floods have potentially displaced 5,000 families.", "potentially"),
    ("Perhaps 300 people attended the rally.", "Perhaps"),
    ("Rebels reportedly captured 3 towns.", "reportedly"),
    ("About 200 people were presumably killed.", "presumably"),
    ("The troops appeared to have abandoned 40 tanks.", "appeared"),
    ("The outbreak seems to have infected 2,000 people.", "seems"),
    ("Some 600 soldiers are said to have deserted.", "said"),
    ("About 3,000 fighters are believed to have died.", "believed"),
    ("The toll was thought to be around 359.", "thought"),
    ("The cost is estimated at $4 billion.", "estimated"),
    ("The agency estimated that 80,000 soldiers had been killed.", "estimated"),
    ("Analysts believe Russia lost 2,000 tanks.", "believe"),
    ('"I think we lost about 30 soldiers," he said.', "think"),
    ("Investigators suspect that 12 officials took bribes.", "suspect"),
    ("Intelligence officials assess that 50,000 troops have been wounded.", "assess"),
    ("An estimated 73 missiles were shot down.", "estimated"),
    ("It is likely that 500 people died.", "likely"),
    # a doubt about the source reaches what it says
    ("Unconfirmed reports said 40 Russian soldiers were killed in the strike.", "Unconfirmed"),
    # Not hedges: a plain cue, an approximate figure, inability, a month, a conjunct, a
    # comparison with an earlier estimate.
    ("The ministry claimed that 300 soldiers were killed.", None),
    ("About 200 soldiers were killed, the ministry said.", None),
    ("Reuters could not verify the figure of 300 dead.", None),
    ("May was the month with the highest losses, totaling 428 tanks.", None),
    ("Russia lost 3,000 tanks and could run out of shells, the analyst said.", None),
    ("Employers added 60,000 more jobs than earlier estimated.", None),
    ("The reports said 40 Russian soldiers were killed.", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "hedge"), HEDGES)
def test_hedges_of_news_sentences(extractor, text, hedge):
    c = only_claim(extractor, text)
    assert c.hedged == (hedge is not None)
    if hedge is None:
        assert c.hedge is None
    else:
        assert c.hedge is not None and c.hedge.text == hedge
        assert text[c.hedge.start : c.hedge.end] == hedge


@pytest.mark.model
def test_could_not_be_reached_is_neither_hedge_nor_claim(extractor):
    text = "The ministry said 40 soldiers died. Officials could not be reached for comment."
    ex = extractor.extract_one(Article(id="t", text=text, date="2024-03-20"))
    assert not any(c.hedged for c in ex.claims)


def test_a_verb_of_tentative_inference_hedges_what_it_governs():
    # "The data suggest that 300 tanks were lost": evidence read tentatively
    doc, sent = parsed(
        ("The", 1, "det", "DET", "DT", "the"),
        ("data", 2, "nsubj", "NOUN", "NNS", "datum"),
        ("suggest", 2, "ROOT", "VERB", "VBP", "suggest"),
        ("that", 7, "mark", "SCONJ", "IN", "that"),
        ("300", 5, "nummod", "NUM", "CD", "300"),
        ("tanks", 7, "nsubjpass", "NOUN", "NNS", "tank"),
        ("were", 7, "auxpass", "AUX", "VBD", "be"),
        ("lost", 2, "ccomp", "VERB", "VBN", "lose"),
        (".", 2, "punct", "PUNCT", ".", "."),
    )
    hedge = claim_hedge(sent, None, [figure(doc, "300")])
    assert hedge is not None and hedge.text == "suggest"


IF_THEY_HOLD = (
    ("If", 2, "mark", "SCONJ", "IN", "if"),
    ("figures", 2, "nsubj", "NOUN", "NNS", "figure"),
    ("hold", 6, "advcl", "VERB", "VBP", "hold"),
    (",", 6, "punct", "PUNCT", ",", ","),
    ("losses", 6, "nsubj", "NOUN", "NNS", "loss"),
    ("would", 6, "aux", "AUX", "MD", "would"),
    ("reach", 6, "ROOT", "VERB", "VB", "reach"),
    ("666,340", 6, "dobj", "NUM", "CD", "666,340"),
    (".", 6, "punct", "PUNCT", ".", "."),
)


def test_a_condition_on_the_informations_truth_hedges_but_a_hypothetical_does_not():
    doc, sent = parsed(*IF_THEY_HOLD)
    hedge = claim_hedge(sent, None, [figure(doc, "666,340")])
    assert hedge is not None and hedge.text == "If"
    # "if advances continue, losses would reach ...": a condition on events, no hedge
    doc, sent = parsed(
        *[
            ("continue", *row[1:3], "VERB", "VBP", "continue") if row[0] == "hold" else row
            for row in IF_THEY_HOLD
        ]
    )
    assert claim_hedge(sent, None, [figure(doc, "666,340")]) is None
