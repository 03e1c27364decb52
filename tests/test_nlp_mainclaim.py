"""The main-claim model: its sentence features, the conditional logit, its training, the
flag on claims, and where the main claim is shown (made-up articles throughout)."""

from __future__ import annotations

import json

import pytest

from claimledger.models import Article, Attribution, Claim, Quantity, Span
from claimledger.nlp.claims import _rank_main_first, build_claims
from claimledger.nlp.mainclaim import (
    FEATURES,
    MainClaimModel,
    choose,
    get_model,
    lead_index,
    sentence_features,
)

F = {name: i for i, name in enumerate(FEATURES)}


_LEMMAS = {"found": "find", "cuts": "cut", "reported": "report", "was": "be", "said": "say"}


def _tag(doc, verbs=(), pron=()):
    """Give a model-free Doc the parts of speech the features read: ``verbs`` are VERB,
    ``pron`` PRON, other alphabetic words NOUN; lemmas are the lower-cased words."""
    for t in doc:
        t.lemma_ = _LEMMAS.get(t.lower_, t.lower_)
        if t.lower_ in verbs:
            t.pos_ = "VERB"
        elif t.lower_ in pron:
            t.pos_ = "PRON"
        elif t.is_alpha:
            t.pos_ = "NOUN"
        else:
            t.pos_ = "PUNCT"
    return doc


def _sents(doc):
    return [(s.start_char, s.end_char, s) for s in doc.sents]


TEXT = (
    "Do you sleep badly at night? "
    "Researchers found that coffee after noon cuts sleep by 40 minutes. "
    "This was reported by the sleep society. "
    '"I sleep well," said a reader. '
    "Coffee cuts sleep."
)
VERBS = ("sleep", "found", "cuts", "reported", "was", "said")


def _features(blank_nlp, title=None, attributions=(), quantities=()):
    doc = _tag(blank_nlp(TEXT), VERBS, ("you", "this", "i"))
    sents = _sents(doc)
    touching = [[] for _ in sents]
    for i, a in enumerate(attributions):
        for n, (s0, s1, _) in enumerate(sents):
            if s0 <= a.cue.start < s1:
                touching[n].append(i)
    probs = [0.5] * len(sents)
    return sents, sentence_features(doc, sents, probs, quantities, attributions, touching, title)


def test_features_read_position_form_and_voice(blank_nlp):
    sents, rows = _features(blank_nlp)
    assert len(rows) == len(sents) == 5 and all(len(r) == len(FEATURES) for r in rows)
    q, finding, anaphor, quote, short = rows
    assert q[F["lead"]] == 1.0 and q[F["question"]] == 1.0 and q[F["second_person"]] == 1.0
    assert finding[F["after_lead"]] == 1.0 and finding[F["lead"]] == 0.0
    assert anaphor[F["anaphoric"]] == 1.0 and finding[F["anaphoric"]] == 0.0
    assert quote[F["quoted"]] == 1.0 and quote[F["first_person"]] == 1.0
    assert [r[F["position"]] for r in rows] == sorted(r[F["position"]] for r in rows)
    assert finding[F["words"]] > short[F["words"]]
    assert all(r[F["fragment"]] == 0.0 for r in rows)


def test_features_read_quantities_findings_and_the_headline(blank_nlp):
    i = TEXT.index("40 minutes")
    q = Quantity(i, i + 10, "40 minutes", 40.0, 40.0, None, "=", "minute")
    cue = TEXT.index("found")
    src = TEXT.index("Researchers")
    att = Attribution(
        "indirect",
        Span.of(TEXT, src, src + 11),
        Span.of(TEXT, cue, cue + 5),
        (Span.of(TEXT, cue + 6, TEXT.index(" by 40")),),
    )
    _, rows = _features(blank_nlp, attributions=[att], quantities=[q])
    assert rows[1][F["quantity"]] == 1.0 and rows[0][F["quantity"]] == 0.0
    assert rows[1][F["sourced"]] == 1.0 and rows[1][F["finding"]] == 1.0
    assert rows[2][F["sourced"]] == 0.0
    # The headline pulls the sentence that shares its words up the centrality feature.
    _, plain = _features(blank_nlp)
    _, headed = _features(blank_nlp, title="A reader sleeps well")
    gain = [h[F["centrality"]] - p[F["centrality"]] for h, p in zip(headed, plain, strict=True)]
    assert max(range(len(gain)), key=gain.__getitem__) == 3


def test_a_sentence_without_a_verb_is_a_fragment(blank_nlp):
    doc = _tag(blank_nlp("Photo credit: the archive. The storm hit the coast on Monday."), ("hit",))
    sents = _sents(doc)
    rows = sentence_features(doc, sents, [0.5, 0.5], [], [], [[], []])
    assert [r[F["fragment"]] for r in rows] == [1.0, 0.0]


def _model(**w: float) -> MainClaimModel:
    n = len(FEATURES)
    weights = [0.0] * n
    for k, v in w.items():
        weights[F[k]] = v
    return MainClaimModel(tuple(weights), (0.0,) * n, (1.0,) * n)


def _row(**v: float) -> list[float]:
    r = [0.0] * len(FEATURES)
    for k, x in v.items():
        r[F[k]] = x
    return r


def test_choose_takes_the_top_score_and_the_earliest_on_a_tie():
    m = _model(centrality=1.0)
    assert choose([_row(centrality=0.1), _row(centrality=0.9), _row()], m) == 1
    assert choose([_row(centrality=0.5), _row(centrality=0.5)], m) == 0
    assert choose([], m) is None


def test_model_round_trips_and_rejects_other_features():
    m = _model(lead=2.0, position=-1.0)
    assert MainClaimModel.from_dict(json.loads(json.dumps(m.to_dict()))) == m
    d = m.to_dict()
    d["features"] = ["lead"]
    with pytest.raises(ValueError):
        MainClaimModel.from_dict(d)


def test_the_shipped_model_loads_and_prefers_an_early_long_central_sentence():
    m = get_model()
    assert m is not None and m.features == FEATURES
    w = dict(zip(FEATURES, m.weights, strict=True))
    # Learned on HCN: the inverted pyramid (later is worse) and topicality (more central
    # is better), and a verbless fragment is no claim.
    assert w["position"] < 0 < w["centrality"] and w["fragment"] < 0


def test_lead_index_is_the_first_sentence_of_five_words():
    assert lead_index(["Breaking.", "The council voted to close the bridge.", "More later."]) == 1
    assert lead_index(["The council voted to close the bridge."]) is None


def test_the_main_claim_ranks_first_and_only_it_is_flagged():
    def claim(start: int, score: float) -> Claim:
        return Claim(start, start + 1, "x", None, None, False, None, (), None, score)

    out = _rank_main_first([claim(0, 0.99), claim(5, 0.3), claim(9, 1.0)], 1)
    assert [c.main for c in out] == [False, True, False]
    assert out[1].score > max(out[0].score, out[2].score)
    assert all(0.0 <= c.score <= 1.0 for c in out)


def test_training_recovers_the_signal_and_cross_validates():
    pytest.importorskip("scipy")
    from claimledger.train.mainclaim import Example, cross_validate, fit

    # Made-up articles: the gold sentence is the most central one, wherever it stands.
    examples = []
    for a in range(30):
        n = 4 + a % 3
        gold = (a * 7) % n
        rows = [
            _row(position=float(k), centrality=(0.9 if k == gold else 0.1 + 0.05 * (k % 2)))
            for k in range(n)
        ]
        rows[0][F["lead"]] = 1.0
        examples.append(Example(str(a), rows, [1.0 if k == gold else 0.2 for k in range(n)]))
    m = fit(examples, 0.1)
    w = dict(zip(FEATURES, m.weights, strict=True))
    assert w["centrality"] > abs(w["position"]) and w["centrality"] > 0
    cv = cross_validate(examples, 0.1, k=5, seeds=(0,))
    assert cv["main_claim_f1"] == 1.0 and cv["lead_f1"] < 0.6


# ---- with the pinned model


ARTICLE = (
    "Can a walk a day keep the doctor away? "
    "A new study finds that people who walk 30 minutes a day live three years longer. "
    "The study followed 20,000 adults in Norway for a decade. "
    '"Walking is the cheapest medicine there is," said lead author Kari Nordmann, a '
    "professor at the University of Bergen. "
    "The researchers say more work is needed."
)


@pytest.mark.model
def test_a_question_lead_gives_way_to_the_finding(nlp):
    from claimledger.nlp.extract import extract_doc

    ex = extract_doc(nlp(ARTICLE), Article(id="walk", text=ARTICLE))
    mains = [c for c in ex.claims if c.main]
    assert len(mains) == 1
    (main,) = mains
    assert main.text.startswith("A new study finds")
    assert main.score == max(c.score for c in ex.claims)
    # The study stands for the person the article names behind it.
    assert main.claimer_name == "Kari Nordmann" and main.claimer_resolution == "role"


@pytest.mark.model
def test_every_article_of_several_sentences_has_one_main_claim(nlp):
    from claimledger.nlp.extract import extract_doc

    text = "Lima, Peru. The city council voted on Tuesday to close the old bridge. It opens in May."
    ex = extract_doc(nlp(text), Article(id="b", text=text))
    assert sum(c.main for c in ex.claims) == 1


def test_claims_build_without_the_model_flag_one_main(blank_nlp):
    text = "The council voted to close the bridge on Monday. The mayor was not there."
    doc = blank_nlp(text)
    claims = build_claims(doc, Article(id="c", text=text), [], [])
    assert sum(c.main for c in claims) == 1


@pytest.mark.model
def test_main_claim_is_listed_first(cli, db_path, tmp_path):
    other = "The ferry runs every hour. Tickets cost 5 euros, the operator said."
    src = tmp_path / "in.jsonl"
    src.write_text(
        "\n".join(
            json.dumps(r)
            for r in (
                {"id": "walk", "title": "Walking adds years", "text": ARTICLE},
                {"id": "ferry", "text": other},
            )
        ),
        encoding="utf-8",
    )
    assert cli("--db", db_path, "add", str(src)).exit_code == 0
    for order in ("score", "id"):
        r = cli("--db", db_path, "claims", "--article", "walk", "--order", order, "--json")
        rows = [json.loads(line) for line in r.output.splitlines() if line.strip()]
        assert rows[0]["main"] and not any(x["main"] for x in rows[1:])
    r = cli("--db", db_path, "articles", "--json")
    listed = {d["id"]: d for d in map(json.loads, r.output.splitlines())}
    assert listed["walk"]["main_claim"]["text"].startswith("A new study finds")
    r = cli("--db", db_path, "articles")
    assert "main claim (#" in r.output


@pytest.mark.model
def test_a_sentence_that_only_sources_the_one_before_is_not_the_main_claim(nlp):
    from claimledger.nlp.extract import extract_doc
    from claimledger.nlp.mainclaim import points_back

    doc = nlp(
        "The city's buses carried 2.1 million riders in March. "
        "This was reported by the transit authority. "
        "That is the most since the network opened. "
        "It came from a count at every stop."
    )
    flags = [points_back(s) for s in doc.sents]
    assert flags == [False, True, False, True]
    ex = extract_doc(doc, Article(id="bus", text=doc.text))
    (main,) = [c for c in ex.claims if c.main]
    assert main.text.startswith("The city's buses")
