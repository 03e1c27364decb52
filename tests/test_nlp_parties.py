"""Parties: country keys, canonical claimer names, kinds and datelines (no model)."""

from __future__ import annotations

import pytest

from claimledger.nlp.parties import (
    canonical_name,
    claimer_kind,
    countries_named,
    dateline_end,
    demonym_country,
    party_key,
    publisher_name,
    url_country,
)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ukrainian", "ukraine"),
        ("Kyiv", "ukraine"),
        ("Kiev's military", "ukraine"),
        ("Ukraine's General Staff", "ukraine"),
        ("the Kremlin", "russia"),
        ("Moscow", "russia"),
        ("Russian military bloggers", "russia"),
        ("U.S. officials", "us"),
        ("an American general", "us"),
        ("the Pentagon", "us"),
        ("Washington", "us"),
        ("British intelligence", "uk"),
        ("Britain's defence ministry", "uk"),
        ("the UK", "uk"),
        ("the General Staff", "ukraine"),  # the bundled series' publisher
        ("Shoigu", "russia"),
        ("Oryx", "oryx"),
        ("the Soviet Union", "ussr"),
        ("the Red Army's losses", "ussr"),  # the Soviet army, not Russia's
        ("John Smith", None),
        ("us", None),  # the pronoun, not the country
        ("", None),
        (None, None),
    ],
)
def test_party_key(text, key):
    assert party_key(text) == key


def test_the_first_country_decides():
    assert party_key("Russia's account of Ukrainian losses") == "russia"
    assert party_key("Ukraine's estimate of Russian losses") == "ukraine"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ukrainian", "Ukraine"),
        ("the Russians", "Russia"),
        ("Americans", "United States"),
        ("Ukraine's", "Ukraine"),
        # The possessor stays: two defence ministries are two claimers.
        ("Britain's defence ministry", "Britain's defence ministry"),
        ("Russia’s defence ministry", "Russia's defence ministry"),
        ("the Ministry of Defence", "Ministry of Defence"),
        ("The Kremlin's", "Kremlin"),
        ("journalistsʼ", "journalists"),
        ("Ukrainian officials", "Ukrainian officials"),
        # Numbers, pronouns and punctuation name no one.
        ("+24", None),
        ("1,200", None),
        ("he", None),
        ("They", None),
        ("us", None),
        # ... but the capitalised abbreviation is a country
        ("The US", "US"),
        # A live page's clock time before the source is no part of its name
        ("08:25 Ukraine's General Staff", "Ukraine's General Staff"),
        ("9.30am - the ministry", "ministry"),
        ("12.50 euros", "12.50 euros"),
        ("—", None),
        ("", None),
        (None, None),
    ],
)
def test_canonical_name(text, name):
    assert canonical_name(text) == name


def test_only_a_bare_demonym_becomes_a_country():
    assert demonym_country("Ukrainian") == "Ukraine"
    assert demonym_country("the Ukrainian army") is None
    assert demonym_country("Ukraine") is None  # a country's name is already a name


@pytest.mark.parametrize(
    ("text", "context", "name"),
    [
        ("Kyiv's general staff", None, "General Staff of the Armed Forces of Ukraine"),
        ("Ukraine's General Staff", None, "General Staff of the Armed Forces of Ukraine"),
        ("the General Staff", "ukraine", "General Staff of the Armed Forces of Ukraine"),
        ("the General Staff", None, None),  # whose general staff is not said
        ("Russia's General Staff", "ukraine", None),
        ("the Ukrainian MoD", None, "Ministry of Defence of Ukraine"),
        ("Oryx", None, "Oryx"),
        ("the Pentagon", None, None),
    ],
)
def test_publisher_name(text, context, name):
    assert publisher_name(text, context) == name


@pytest.mark.parametrize(
    ("name", "label", "kind"),
    [
        ("Vladimir Putin", "PERSON", "person"),
        ("Anna Neistat", None, "person"),
        ("a senior Defense Department official", None, "person"),
        ("Ukraine", None, "government"),
        ("Kremlin", None, "government"),
        ("Britain's defence ministry", None, "government"),
        ("Ukrainian officials", None, "government"),
        ("General Staff of the Armed Forces of Ukraine", None, "government"),
        ("Reuters", None, "outlet"),
        ("The Kyiv Independent", None, "outlet"),
        ("Mediazona", "ORG", "outlet"),
        ("Oryx", None, "organisation"),
        ("Human Rights Watch", "ORG", "organisation"),
        ("UN refugee agency", None, "organisation"),
        (None, None, "unattributed"),
    ],
)
def test_claimer_kind(name, label, kind):
    assert claimer_kind(name, label) == kind


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Kiev, April 17: As of Sunday, Russia lost 40 tanks.", "As of Sunday"),
        ("MOSCOW, May 8. /TASS/. Russian air defences downed 15 drones.", "Russian air"),
        ("WASHINGTON: A senior official said 80,000 were wounded.", "A senior"),
        ("WASHINGTON (AP) — U.S. employers added 204,000 jobs.", "U.S. employers"),
        ("KYIV, Ukraine (AP) — Russia fired 40 missiles.", "Russia fired"),
        ("LONDON, March 3 (Reuters) - Britain said ...", "Britain said"),
        # (a place that ends in an administrative noun)
        ("IZIUM, Kharkiv region, October 4 - A brigade said ...", "A brigade said"),
        ("NIKOPOL, Dnipropetrovsk oblast, May 9 (Reuters) - Shelling hit ...", "Shelling hit"),
    ],
)
def test_dateline_end(text, rest):
    end = dateline_end(text)
    assert end > 0 and text[end:].startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "Details: The minister gave these estimates.",  # a label, not a place
        "Zelensky: we will win.",  # a speaker
        "U.S. officials said 40 drones were downed.",
        "Kharkiv region officials said 40 drones were downed.",
        "Russia lost 40 tanks, the General Staff said.",
        "",
    ],
)
def test_no_dateline(text):
    assert dateline_end(text) == 0


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://businessday.ng/news/article/june-inflation", "nigeria"),
        ("https://www.pravda.com.ua/eng/news/2024/04/28/7453338/", "ukraine"),
        ("https://www.bbc.co.uk/news/business-1", "uk"),
        ("https://en.prothomalo.com/bangladesh/local-news/uf0jtid32s", "bangladesh"),
        ("www.smh.com.au/national/floods", "australia"),
        # generic domains, a country only in the story's own slug, a sold code, no address
        ("https://kyivindependent.com/russia-lost-over-20-000-units", None),
        ("https://www.theguardian.com/world/2008/aug/13/georgia", None),
        ("https://news.example.tv/ukraine/x", "ukraine"),
        ("https://news.example.tv/x", None),
        ("https://example.com/us/x", None),
        (None, None),
        ("", None),
    ],
)
def test_an_outlets_address_names_its_country(url, key):
    assert url_country(url) == key


def test_countries_named_reads_names_demonyms_and_metonyms_not_publishers():
    assert countries_named("Russian troops abandoned them; Kyiv's strategy") == {
        "russia",
        "ukraine",
    }
    assert countries_named(", the General Staff said. Among the destroyed equipment") == set()
