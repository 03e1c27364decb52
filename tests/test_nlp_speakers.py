"""Who a claim is filed under, on made-up news paragraphs (model tier): each way a claimer
is named (explicit, pronoun, role noun, earlier mention, implicit continuation) and each
way none is (an unattributed lead, a dateline, a sentence that starts something new)."""

from __future__ import annotations

import pytest

from claimledger.models import Article

pytestmark = pytest.mark.model


def claim(extractor, text, needle):
    ex = extractor.extract_one(Article(id="t", text=text, date="2024-05-01"))
    found = [c for c in ex.claims if needle in c.text]
    assert found, f"no claim contains {needle!r}: {[c.text for c in ex.claims]}"
    return found[0]


def test_a_pronoun_is_the_person_named_before(extractor):
    text = (
        "Defence Minister Anna Kovac said on Monday that 300 drones had been destroyed. "
        "She added that 12 pilots were rescued."
    )
    c = claim(extractor, text, "12 pilots")
    assert (c.claimer_name, c.claimer_resolution, c.claimer_kind) == (
        "Anna Kovac",
        "pronoun",
        "person",
    )
    assert c.claimer is not None and c.claimer.text == "She"


def test_a_pronoun_skips_names_inside_the_quote(extractor):
    text = (
        "Governor Pavel Lind said the region was shelled overnight. "
        '"Drones hit 14 houses in Kozlovka and Marino," he said.'
    )
    c = claim(extractor, text, "14 houses")
    assert c.claimer_name == "Pavel Lind" and c.claimer_resolution == "pronoun"


def test_a_role_noun_is_the_person_given_that_title(extractor):
    text = (
        "Prime Minister Elena Marsh visited the flooded port on Monday. "
        "The Prime Minister said 40 ships had been damaged and 6 sailors were missing."
    )
    c = claim(extractor, text, "40 ships")
    assert (c.claimer_name, c.claimer_resolution) == ("Elena Marsh", "role")


def test_a_role_noun_is_the_person_in_apposition(extractor):
    text = (
        "Pavel Orlov, the ministry's spokesman, said 15 drones were shot down overnight. "
        "The spokesman added that three radar stations were hit."
    )
    c = claim(extractor, text, "radar stations")
    assert (c.claimer_name, c.claimer_resolution) == ("Pavel Orlov", "role")


def test_an_unnamed_role_keeps_its_words(extractor):
    text = (
        "Governor Oleg Sinitsky said 9 people were injured in the attack. "
        "Separately, a two-year-old girl was killed in Dnipro, the regional governor said."
    )
    c = claim(extractor, text, "two-year-old")
    assert c.claimer_name == "regional governor"  # not Oleg Sinitsky


def test_a_surname_later_is_the_full_name(extractor):
    text = (
        "Anna Kovac of the Refugee Council visited the camp near the border on Tuesday. "
        "Kovac said 2,000 families had fled the fighting."
    )
    c = claim(extractor, text, "2,000 families")
    assert (c.claimer_name, c.claimer_resolution) == ("Anna Kovac", "earlier_mention")


def test_the_ministry_is_the_ministry_named_before_not_a_place(extractor):
    text = (
        "Officials in Kharkiv said the Ministry of Health of Ukraine had opened 4 clinics "
        "in the city. The ministry said 300 doctors were deployed."
    )
    c = claim(extractor, text, "300 doctors")
    assert c.claimer_name == "Ministry of Health of Ukraine"
    assert (c.claimer_resolution, c.claimer_kind) == ("role", "government")


def test_a_list_that_continues_a_report_keeps_its_claimer(extractor):
    text = (
        "The General Staff said Russia lost 1,200 troops in the past day. "
        "Another 300 were wounded, and 14 tanks were destroyed.\n\n"
        "The weather in the region stayed cold, with temperatures of minus 3 degrees."
    )
    c = claim(extractor, text, "Another 300")
    assert (c.claimer_name, c.claimer_resolution) == ("General Staff", "implicit")
    weather = claim(extractor, text, "minus 3")
    assert weather.claimer_name is None and weather.claimer_resolution == "none"


def test_a_quote_that_runs_on_keeps_its_speaker(extractor):
    text = '"We have lost 200 homes," said Mayor Ruth Alder. "More than 1,000 people need shelter."'
    c = claim(extractor, text, "1,000 people")
    assert (c.claimer_name, c.claimer_resolution) == ("Ruth Alder", "implicit")


def test_a_dateline_city_claims_nothing(extractor):
    text = "KYIV, March 3 (Reuters) - Russia lost 900 soldiers on Sunday, the General Staff said."
    c = claim(extractor, text, "900 soldiers")
    assert c.claimer_name == "General Staff"


def test_a_capital_the_tagger_calls_an_adjective_still_speaks(nlp):
    from claimledger.nlp.speakers import SpeakerResolver

    # the small model tags "Kyiv" in "Kyiv claims" as an adjective (and "claims" as a noun)
    doc = nlp("In total, Russia has lost about 350 aircraft since February 2022, Kyiv claims.")
    cue = doc[len(doc) - 2 : len(doc) - 1]
    assert cue.text == "claims"
    subj = SpeakerResolver.of(doc).subject_of(cue)
    assert subj is not None and subj.text == "Kyiv"
    # a demonym is no speaker by itself
    doc = nlp("Russian claims were dismissed.")
    assert SpeakerResolver.of(doc).subject_of(doc[1:2]) is None


def test_an_unattributed_lead_is_the_outlets_voice(extractor):
    text = (
        "Russia has lost more than 5,000 tanks since the invasion began.\n\n"
        "Military analyst John Brennan said the losses were heavy and that 2,000 more tanks "
        "were damaged."
    )
    lead = claim(extractor, text, "5,000 tanks")
    assert lead.claimer_name is None and lead.claimer_kind == "unattributed"
    assert claim(extractor, text, "2,000 more").claimer_name == "John Brennan"


def test_a_lead_description_is_named_by_the_next_speaker(extractor):
    text = (
        "A senior defence official estimated on Monday that 80,000 soldiers had been "
        'wounded.\n\n"The numbers are grim," Deputy Minister Carl Venn told reporters.'
    )
    c = claim(extractor, text, "80,000")
    assert (c.claimer_name, c.claimer_resolution) == ("Carl Venn", "role")


def test_documents_speak_for_their_authors(extractor):
    text = (
        "Russia lost 40 tanks last week, according to a report from the General Staff. "
        "According to journalists' calculations, 27% of the dead were volunteers."
    )
    assert claim(extractor, text, "40 tanks").claimer_name == "General Staff"
    assert claim(extractor, text, "27%").claimer_name == "journalists"


def test_possessors_and_demonyms(extractor):
    text = (
        "Britain's defence ministry said Russia had lost 450 tanks. "
        "Russia's defence ministry said the figure was false."
    )
    assert claim(extractor, text, "450 tanks").claimer_name == "Britain's defence ministry"
    assert claim(extractor, text, "was false").claimer_name == "Russia's defence ministry"


def test_the_resolver_cache_lets_parsed_articles_go(blank_nlp):
    # A resolver holds its Doc's tokens: a cache keyed weakly by the Doc kept every parsed
    # article alive (memory grew with each article ingested). The cache is bounded now.
    import gc
    import weakref

    from claimledger.nlp import speakers

    first = blank_nlp("Officials said 12 drones fell. The mayor said more.")
    gone = weakref.ref(first)
    r = speakers.SpeakerResolver.of(first)
    assert speakers.SpeakerResolver.of(first) is r  # one resolver per Doc while it is kept
    del first, r
    for _ in range(speakers._RESOLVERS_KEPT + 10):
        speakers.SpeakerResolver.of(blank_nlp("Residents said the bridge fell."))
    gc.collect()
    assert gone() is None
    assert len(speakers._RESOLVERS) <= speakers._RESOLVERS_KEPT


def test_a_pronoun_after_the_words_it_reports_continues_the_earlier_speaker(extractor):
    text = (
        "The General Staff said Russia also lost 9,390 tanks. "
        "Since February 2022, Russia has lost a total of 891,660 soldiers, it added."
    )
    c = claim(extractor, text, "891,660")
    assert c.claimer_resolution == "pronoun" and "General Staff" in (c.claimer_name or "")
    # a pronoun before its words keeps the nearest mention of its own clause
    text = (
        "Moscow said the figures were false. It marks the highest daily estimate by "
        "Ukraine's military since October 19, when it said that Russia had lost 1,380 troops."
    )
    c = claim(extractor, text, "1,380")
    assert c.claimer_name == "Ukraine's military"


def test_a_name_the_parser_stranded_before_its_reporting_verb_is_its_subject(extractor):
    text = (
        "Russian forces have lost 725,740 personnel in Ukraine since the start of the "
        "full-scale invasion, Ukraine's General Staff reported on November 20."
    )
    c = claim(extractor, text, "725,740")
    assert c.claimer_name == "Ukraine's General Staff"


@pytest.mark.model
def test_a_source_of_nothing_but_verbs_speaks_for_no_one(extractor):
    text = (
        "Let us remind that during the past week the occupiers lost 5,150 persons and 64 "
        "tanks, as it was counted by our editorial office. Let's note that the army lost 20 "
        "tanks. Let them leave the city now, the mayor said."
    )
    ex = extractor.extract_one(Article(id="t", text=text, date="2023-06-15"))
    names = [c.claimer_name for c in ex.claims]
    assert "Let" not in names and names[-1] == "mayor"


def test_a_generic_noun_for_a_body_is_the_organisation_named_before(extractor):
    text = (
        "The figures come from Amnesty International, a London-based rights organisation. "
        "Its researchers visited Kharkiv in March. The group said 47 civilians were killed "
        "in the strikes."
    )
    c = claim(extractor, text, "47 civilians")
    assert (c.claimer_name, c.claimer_resolution) == ("Amnesty International", "role")
    # a state is no such body: with only Ukraine named before, "the group" keeps its words
    text = "Ukraine said the attack was repelled. The group said 47 civilians were killed."
    assert claim(extractor, text, "47 civilians").claimer_name == "group"


def test_a_pronoun_prefers_the_speaker_to_a_name_inside_the_quote(extractor):
    text = (
        '"Not 200,000, not what Putin has been saying," Zelensky told reporters. He said '
        "Russia had lost 120,000 soldiers."
    )
    assert claim(extractor, text, "120,000").claimer_name == "Zelensky"


def test_whose_count_and_a_list_that_grows_speak_for_their_keeper(extractor):
    text = "Oryx is a Dutch project. Russia lost 79 tanks in June, by Oryx's count."
    assert claim(extractor, text, "79 tanks").claimer_name == "Oryx"
    text = "Across the front, the Oryx list added 434 Russian items in August."
    assert claim(extractor, text, "434").claimer_name == "Oryx"


def test_a_count_keeper_with_an_apposition_speaks_for_its_count(extractor):
    text = (
        "The General Staff said on Thursday that Russia had lost 614 tanks and 96 rocket "
        "launchers. Oryx, an open-source project that counts only losses backed by photos or "
        "video, had documented 352 Russian tanks by the same day."
    )
    assert claim(extractor, text, "352").claimer_name == "Oryx"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "needle", "name"),
    [
        # a date the parse hangs on the speaker's name is when, not who
        (
            "On March 25 Russia's defence ministry acknowledged 1,351 servicemen killed.",
            "1,351",
            "Russia's defence ministry",
        ),
        ("On Monday Ukraine's General Staff said Russia lost 1,200 soldiers.", "1,200", None),
        # ... a possessive date names the report
        ("Tuesday's General Staff report said Russia lost 1,200 soldiers.", "1,200", "Tuesday"),
    ],
)
def test_a_date_before_the_speaker_is_not_its_name(extractor, text, needle, name):
    c = claim(extractor, text, needle)
    assert c.claimer_name is not None
    assert not c.claimer_name.startswith(("March", "Monday"))
    if name is not None:
        assert name in c.claimer_name


def test_a_date_before_the_speaker_is_not_its_name_on_the_rules_path(nlp):
    from claimledger.nlp.extract import Extractor
    from claimledger.settings import Settings

    rules = Extractor(Settings(attribution="rules"), nlp=nlp)
    text = "On March 25 Russia's defence ministry acknowledged 1,351 servicemen killed."
    ex = rules.extract_one(Article(id="t", text=text, date="2022-03-31"))
    assert [a.source.text for a in ex.attributions if a.source] == ["Russia's defence ministry"]


def test_a_person_a_sentence_introduces_is_the_next_quotes_speaker(extractor):
    text = (
        "Prime Minister Olga Tarnau said on Monday that the border was calm. Governor Ivan "
        "Dorn has given a very different account. "
        '"Since May 2 the enemy has fired 300 shells at our villages," he said on Tuesday.'
    )
    assert claim(extractor, text, "300 shells").claimer_name == "Ivan Dorn"
    # (a sentence with a figure of its own introduces no one: the earlier speaker goes on)
    busy = (
        "Prime Minister Olga Tarnau said on Monday that the border was calm. Governor Ivan "
        "Dorn counted 12 craters. "
        '"Since May 2 the enemy has fired 300 shells at our villages," she said on Tuesday.'
    )
    assert claim(extractor, busy, "300 shells").claimer_name == "Olga Tarnau"


_DATELINED = [
    (
        "KHERSON, November 14 - A Ukrainian marine brigade fighting on the Dnipro's left bank "
        "said on Monday that its fighters had knocked out four Russian tanks.",
        "brigade",
    ),
    (
        "IZIUM, Kharkiv region, October 4 - A territorial defence battalion dug in north of "
        "the town said on Tuesday that it had captured 12 Russian soldiers.",
        "battalion",
    ),
    (
        "ODESA REGION, June 3 - A naval drone unit operating off the coast said on Friday "
        "that it had sunk two Russian patrol boats.",
        "unit",
    ),
]


@pytest.mark.parametrize("mode", ["tagger", "rules"])
@pytest.mark.parametrize(("text", "head"), _DATELINED)
def test_a_dateline_the_parse_hangs_on_the_speaker_is_not_the_speaker(nlp, mode, text, head):
    from claimledger.nlp.extract import Extractor
    from claimledger.nlp.parties import dateline_end
    from claimledger.settings import Settings

    ex = Extractor(Settings(attribution=mode), nlp=nlp).extract_one(
        Article(id="t", text=text, date="2024-05-01")
    )
    (c,) = [c for c in ex.claims if "said" in c.text]
    assert c.claimer is not None and c.claimer.start >= dateline_end(text), c.claimer
    assert c.claimer_name is not None and head in c.claimer_name, c.claimer_name
    # (a speaker after a dateline the parse reads right keeps its words)
    plain = "KYIV, Ukraine (AP) — Ukraine's military said on Monday that it shot down 20 drones."
    ex = Extractor(Settings(attribution=mode), nlp=nlp).extract_one(
        Article(id="t", text=plain, date="2024-05-01")
    )
    assert [c.claimer.text for c in ex.claims if c.claimer] == ["Ukraine's military"]


def test_a_pronoun_that_records_a_count_is_the_body_that_speaks(extractor):
    text = (
        "Ukraine's General Staff said that Russia had lost 418,170 personnel in 2025, fewer "
        "than the 430,790 it recorded in 2024. Its cumulative count reached 1,209,880 on Friday."
    )
    c = claim(extractor, text, "1,209,880")
    assert c.claimer_name == "Ukraine's General Staff"


def test_it_is_the_military_unit_the_sentence_before_was_about(extractor):
    text = (
        "Many of the attackers came from the Wagner group, a commander said. "
        "An artillery brigade near the town released its weekly report on Sunday. "
        "Over the week, it said, its gunners destroyed 19 Russian tanks."
    )
    c = claim(extractor, text, "19 Russian tanks")
    assert c.claimer_name == "artillery brigade" and c.claimer_resolution == "pronoun"


def test_a_states_organ_belongs_to_the_state_not_to_a_body_named_before(extractor):
    text = (
        "The Oryx project has documented 610 lost Ukrainian tanks. But Russia's own figures "
        "are far higher. Its defence ministry says it has destroyed more than 5,000 Ukrainian "
        "tanks."
    )
    c = claim(extractor, text, "5,000")
    assert c.claimer_name == "Russia's defence ministry"


def test_a_clause_on_a_reports_day_is_not_the_days(extractor):
    text = "The bloodiest day came in the bulletin of March 3, which listed 1,100 Russian losses."
    c = claim(extractor, text, "1,100")
    assert c.claimer_name is None or "March" not in c.claimer_name


def test_a_live_blogs_entry_time_is_no_part_of_a_name(extractor):
    text = (
        "The newest entries are at the top.\n\n"
        "11:40 GMT (13:40 Kyiv) - Oryx now lists 2,310 lost Russian tanks.\n\n"
        "08:15 GMT (10:15 Kyiv) - Ukraine's General Staff says Russia has lost about 262,000 "
        "troops since the invasion began. It reported totals of 4,320 tanks and 5,800 artillery "
        "systems."
    )
    c = claim(extractor, text, "2,310")
    assert c.claimer_name == "Oryx"
    c = claim(extractor, text, "4,320")
    assert c.claimer_name == "Ukraine's General Staff"
