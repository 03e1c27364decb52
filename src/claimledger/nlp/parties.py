"""Parties: who a claimer is, as a country or side key, a canonical name and a kind.

Pure string functions over names as the article writes them, no spaCy. A claimer is filed
under one name however the article words it: a demonym alone is the country ("Ukrainian"
-> Ukraine), a possessor is kept ("Britain's defence ministry" is not "defence ministry"),
the publishers of the bundled reference series get one name each, and a dateline, a
number or a pronoun names no one.

The tables are lexicons, not lists of sentences:

- :data:`COUNTRIES`: for the countries (and the few blocs) common in news, the country's
  name and short forms, its demonyms, and the capitals and seats of government that news
  uses as metonyms for the state ("the Kremlin", "Washington", "Kyiv");
- :data:`PUBLISHERS`: the publishers of the bundled reference series (General Staff of the
  Armed Forces of Ukraine, the Ukrainian and Russian defence ministries, Oryx) and the
  spokespeople the checker has always filed under their side;
- :data:`OUTLETS`: news organisations and the nouns that name one, for the claimer kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from ..models import ClaimerKind

__all__ = [
    "COUNTRIES",
    "OUTLETS",
    "PUBLISHERS",
    "Country",
    "canonical_name",
    "claimer_kind",
    "countries_named",
    "country",
    "dateline_end",
    "demonym_country",
    "is_outlet",
    "is_party_word",
    "party_key",
    "publisher_name",
    "url_country",
]


@dataclass(frozen=True, slots=True)
class Country:
    """A party that news names in several ways. All strings are lower case."""

    key: str
    name: str  # how the ledger files it: "Ukraine", "United States"
    names: tuple[str, ...]  # the country's name and short forms
    demonyms: tuple[str, ...]  # adjective and nationals, singular and plural
    metonyms: tuple[str, ...] = ()  # capitals and seats of government used for the state


def _c(key: str, name: str, names: str, demonyms: str, metonyms: str = "") -> Country:
    def split(s: str) -> tuple[str, ...]:
        return tuple(p.strip() for p in s.split("|") if p.strip())

    return Country(key, name, split(names), split(demonyms), split(metonyms))


# Countries and blocs common in international news. Names are separated by "|" so that
# multi-word names ("united states", "white house") stay whole.
COUNTRIES: Final[tuple[Country, ...]] = (
    _c("ukraine", "Ukraine", "ukraine", "ukrainian|ukrainians", "kyiv|kiev|bankova"),
    _c(
        "russia",
        "Russia",
        "russia|russian federation",
        "russian|russians",
        "moscow|kremlin|the kremlin",
    ),
    # The Soviet Union is not Russia: its war in Afghanistan is no series' figure.
    # (its army, the Red Army, stands for it: "the Red Army's Second World War losses")
    _c("ussr", "Soviet Union", "soviet union|ussr|u.s.s.r.", "soviet|soviets", "red army"),
    _c(
        "us",
        "United States",
        "united states|united states of america|u.s.|u.s.a.|usa|us|america",
        "american|americans",
        "washington|white house|pentagon|state department",
    ),
    _c(
        "uk",
        "United Kingdom",
        "united kingdom|uk|u.k.|britain|great britain",
        "british|briton|britons",
        "london|downing street|whitehall",
    ),
    _c("china", "China", "china|people's republic of china|prc", "chinese", "beijing"),
    _c("france", "France", "france", "french", "paris|elysee|élysée"),
    _c("germany", "Germany", "germany", "german|germans", "berlin"),
    _c("italy", "Italy", "italy", "italian|italians", "rome"),
    _c("spain", "Spain", "spain", "spanish|spaniard|spaniards", "madrid"),
    _c("poland", "Poland", "poland", "polish", "warsaw"),
    _c("belarus", "Belarus", "belarus", "belarusian|belarusians|belarusan", "minsk"),
    _c("moldova", "Moldova", "moldova", "moldovan|moldovans", "chisinau"),
    _c("georgia", "Georgia", "georgia", "georgian|georgians", "tbilisi"),
    _c("turkey", "Turkey", "turkey|türkiye|turkiye", "turkish|turk|turks", "ankara"),
    _c("iran", "Iran", "iran", "iranian|iranians", "tehran"),
    _c("israel", "Israel", "israel", "israeli|israelis"),
    _c("palestine", "Palestine", "palestine", "palestinian|palestinians", "ramallah"),
    _c("syria", "Syria", "syria", "syrian|syrians", "damascus"),
    _c("iraq", "Iraq", "iraq", "iraqi|iraqis", "baghdad"),
    _c("lebanon", "Lebanon", "lebanon", "lebanese", "beirut"),
    _c("saudi_arabia", "Saudi Arabia", "saudi arabia", "saudi|saudis", "riyadh"),
    _c("egypt", "Egypt", "egypt", "egyptian|egyptians", "cairo"),
    _c("afghanistan", "Afghanistan", "afghanistan", "afghan|afghans", "kabul"),
    _c("pakistan", "Pakistan", "pakistan", "pakistani|pakistanis", "islamabad"),
    _c("india", "India", "india", "indian|indians", "new delhi|delhi"),
    _c("bangladesh", "Bangladesh", "bangladesh", "bangladeshi|bangladeshis", "dhaka"),
    _c("sri_lanka", "Sri Lanka", "sri lanka", "sri lankan|sri lankans", "colombo"),
    _c("japan", "Japan", "japan", "japanese", "tokyo"),
    _c(
        "south_korea",
        "South Korea",
        "south korea|republic of korea",
        "south korean|south koreans",
        "seoul",
    ),
    _c("north_korea", "North Korea", "north korea|dprk", "north korean|north koreans", "pyongyang"),
    _c("taiwan", "Taiwan", "taiwan", "taiwanese", "taipei"),
    _c("canada", "Canada", "canada", "canadian|canadians", "ottawa"),
    _c("mexico", "Mexico", "mexico", "mexican|mexicans"),
    _c("brazil", "Brazil", "brazil", "brazilian|brazilians", "brasilia|brasília"),
    _c("australia", "Australia", "australia", "australian|australians", "canberra"),
    _c("nigeria", "Nigeria", "nigeria", "nigerian|nigerians", "abuja"),
    _c("south_africa", "South Africa", "south africa", "south african|south africans", "pretoria"),
    _c("cameroon", "Cameroon", "cameroon", "cameroonian|cameroonians", "yaounde|yaoundé"),
    _c("finland", "Finland", "finland", "finnish|finn|finns", "helsinki"),
    _c("sweden", "Sweden", "sweden", "swedish|swede|swedes", "stockholm"),
    _c("estonia", "Estonia", "estonia", "estonian|estonians", "tallinn"),
    _c("latvia", "Latvia", "latvia", "latvian|latvians", "riga"),
    _c("lithuania", "Lithuania", "lithuania", "lithuanian|lithuanians", "vilnius"),
    _c("hungary", "Hungary", "hungary", "hungarian|hungarians", "budapest"),
    _c("romania", "Romania", "romania", "romanian|romanians", "bucharest"),
    _c("netherlands", "Netherlands", "netherlands|holland", "dutch", "the hague"),
    # More of the world's states that international news covers (disasters, outbreaks,
    # economies). Names that are also common personal names ("Jordan", "Chad") are left
    # out: a party word must not be read off a person.
    _c("kenya", "Kenya", "kenya", "kenyan|kenyans", "nairobi"),
    _c("ethiopia", "Ethiopia", "ethiopia", "ethiopian|ethiopians", "addis ababa"),
    _c("somalia", "Somalia", "somalia", "somali|somalis", "mogadishu"),
    _c("sudan", "Sudan", "sudan", "sudanese", "khartoum"),
    _c("south_sudan", "South Sudan", "south sudan", "south sudanese", "juba"),
    _c(
        "dr_congo",
        "DR Congo",
        "democratic republic of congo|democratic republic of the congo|drc",
        "congolese",
        "kinshasa",
    ),
    _c("uganda", "Uganda", "uganda", "ugandan|ugandans", "kampala"),
    _c("tanzania", "Tanzania", "tanzania", "tanzanian|tanzanians", "dodoma"),
    _c("ghana", "Ghana", "ghana", "ghanaian|ghanaians", "accra"),
    _c("senegal", "Senegal", "senegal", "senegalese", "dakar"),
    _c("mali", "Mali", "mali", "malian|malians", "bamako"),
    _c("burkina_faso", "Burkina Faso", "burkina faso", "burkinabe", "ouagadougou"),
    _c("libya", "Libya", "libya", "libyan|libyans", "tripoli"),
    _c("tunisia", "Tunisia", "tunisia", "tunisian|tunisians", "tunis"),
    _c("algeria", "Algeria", "algeria", "algerian|algerians", "algiers"),
    _c("morocco", "Morocco", "morocco", "moroccan|moroccans", "rabat"),
    _c("zimbabwe", "Zimbabwe", "zimbabwe", "zimbabwean|zimbabweans", "harare"),
    _c("zambia", "Zambia", "zambia", "zambian|zambians", "lusaka"),
    _c("mozambique", "Mozambique", "mozambique", "mozambican|mozambicans", "maputo"),
    _c("malawi", "Malawi", "malawi", "malawian|malawians", "lilongwe"),
    _c("rwanda", "Rwanda", "rwanda", "rwandan|rwandans", "kigali"),
    _c("yemen", "Yemen", "yemen", "yemeni|yemenis", "sanaa|sana'a"),
    _c("qatar", "Qatar", "qatar", "qatari|qataris", "doha"),
    _c("uae", "United Arab Emirates", "united arab emirates|uae", "emirati|emiratis", "abu dhabi"),
    _c("indonesia", "Indonesia", "indonesia", "indonesian|indonesians", "jakarta"),
    _c("philippines", "Philippines", "philippines", "filipino|filipinos|philippine", "manila"),
    _c("vietnam", "Vietnam", "vietnam|viet nam", "vietnamese", "hanoi"),
    _c("thailand", "Thailand", "thailand", "thai|thais", "bangkok"),
    _c("malaysia", "Malaysia", "malaysia", "malaysian|malaysians", "kuala lumpur"),
    _c("myanmar", "Myanmar", "myanmar|burma", "burmese", "naypyitaw|naypyidaw"),
    _c("nepal", "Nepal", "nepal", "nepali|nepalese", "kathmandu"),
    _c("kazakhstan", "Kazakhstan", "kazakhstan", "kazakh|kazakhs", "astana"),
    _c("armenia", "Armenia", "armenia", "armenian|armenians", "yerevan"),
    _c("azerbaijan", "Azerbaijan", "azerbaijan", "azerbaijani|azerbaijanis|azeri|azeris", "baku"),
    _c("serbia", "Serbia", "serbia", "serbian|serbians|serb|serbs", "belgrade"),
    _c("greece", "Greece", "greece", "greek|greeks", "athens"),
    _c("portugal", "Portugal", "portugal", "portuguese", "lisbon"),
    _c("austria", "Austria", "austria", "austrian|austrians", "vienna"),
    _c("switzerland", "Switzerland", "switzerland", "swiss", "bern"),
    _c("belgium", "Belgium", "belgium", "belgian|belgians"),
    _c("denmark", "Denmark", "denmark", "danish|dane|danes", "copenhagen"),
    _c("norway", "Norway", "norway", "norwegian|norwegians", "oslo"),
    _c("ireland", "Ireland", "ireland|republic of ireland", "irish", "dublin"),
    _c("czechia", "Czech Republic", "czech republic|czechia", "czech|czechs", "prague"),
    _c(
        "argentina",
        "Argentina",
        "argentina",
        "argentine|argentinian|argentinians|argentines",
        "buenos aires",
    ),
    _c("chile", "Chile", "chile", "chilean|chileans"),
    _c("colombia", "Colombia", "colombia", "colombian|colombians", "bogota|bogotá"),
    _c("peru", "Peru", "peru", "peruvian|peruvians", "lima"),
    _c("venezuela", "Venezuela", "venezuela", "venezuelan|venezuelans", "caracas"),
    _c("cuba", "Cuba", "cuba", "cuban|cubans", "havana"),
    _c("haiti", "Haiti", "haiti", "haitian|haitians", "port-au-prince"),
    _c("new_zealand", "New Zealand", "new zealand", "new zealander|new zealanders", "wellington"),
    _c("eu", "European Union", "european union|eu|e.u.", "european|europeans", "brussels"),
    _c("nato", "NATO", "nato|north atlantic treaty organization|north atlantic alliance", ""),
    _c("un", "United Nations", "united nations|un|u.n.", ""),
)

_BY_KEY: Final = {c.key: c for c in COUNTRIES}
# Every surface form -> (key, what it is). Forms are matched as whole words.
_FORMS: Final[dict[str, tuple[str, str]]] = {}
for _country in COUNTRIES:
    for _form in _country.names:
        _FORMS.setdefault(_form, (_country.key, "name"))
    for _form in _country.demonyms:
        _FORMS.setdefault(_form, (_country.key, "demonym"))
    for _form in _country.metonyms:
        _FORMS.setdefault(_form, (_country.key, "metonym"))
# "us" and "un" are also English words: as forms they count only when written in capitals.
_CASED_FORMS: Final = frozenset({"us", "un"})
_FORM_RE: Final = re.compile(
    r"(?<![\w.])("
    + "|".join(re.escape(f) for f in sorted(_FORMS, key=len, reverse=True))
    + r")(?![\w])",
    re.I,
)

# The country-code domains of the countries above (ISO 3166 alpha-2, "uk" for Britain).
# Codes that are sold as generic names ("co", "tv", "io", "me", "ly", "ai", "fm", "ws",
# "cc") are left out: a ".tv" site says nothing of its country.
_CCTLD: Final[dict[str, str]] = {
    code: key
    for key, codes in {
        "ukraine": "ua",
        "russia": "ru",
        "us": "us",
        "uk": "uk gb",
        "china": "cn",
        "france": "fr",
        "germany": "de",
        "italy": "it",
        "spain": "es",
        "poland": "pl",
        "belarus": "by",
        "moldova": "md",
        "georgia": "ge",
        "turkey": "tr",
        "iran": "ir",
        "israel": "il",
        "palestine": "ps",
        "syria": "sy",
        "iraq": "iq",
        "lebanon": "lb",
        "saudi_arabia": "sa",
        "egypt": "eg",
        "afghanistan": "af",
        "pakistan": "pk",
        "india": "in",
        "bangladesh": "bd",
        "sri_lanka": "lk",
        "japan": "jp",
        "south_korea": "kr",
        "north_korea": "kp",
        "taiwan": "tw",
        "canada": "ca",
        "mexico": "mx",
        "brazil": "br",
        "australia": "au",
        "nigeria": "ng",
        "south_africa": "za",
        "cameroon": "cm",
        "finland": "fi",
        "sweden": "se",
        "estonia": "ee",
        "latvia": "lv",
        "lithuania": "lt",
        "hungary": "hu",
        "romania": "ro",
        "netherlands": "nl",
        "jordan": "jo",
        "kenya": "ke",
        "ethiopia": "et",
        "somalia": "so",
        "sudan": "sd",
        "south_sudan": "ss",
        "dr_congo": "cd",
        "uganda": "ug",
        "tanzania": "tz",
        "ghana": "gh",
        "senegal": "sn",
        "mali": "ml",
        "burkina_faso": "bf",
        "tunisia": "tn",
        "algeria": "dz",
        "morocco": "ma",
        "zimbabwe": "zw",
        "zambia": "zm",
        "mozambique": "mz",
        "malawi": "mw",
        "rwanda": "rw",
        "yemen": "ye",
        "qatar": "qa",
        "uae": "ae",
        "indonesia": "id",
        "philippines": "ph",
        "vietnam": "vn",
        "thailand": "th",
        "malaysia": "my",
        "myanmar": "mm",
        "nepal": "np",
        "kazakhstan": "kz",
        "armenia": "am",
        "azerbaijan": "az",
        "serbia": "rs",
        "greece": "gr",
        "portugal": "pt",
        "austria": "at",
        "switzerland": "ch",
        "belgium": "be",
        "denmark": "dk",
        "norway": "no",
        "ireland": "ie",
        "czechia": "cz",
        "argentina": "ar",
        "chile": "cl",
        "colombia": "",
        "peru": "pe",
        "venezuela": "ve",
        "cuba": "cu",
        "haiti": "ht",
        "new_zealand": "nz",
        "eu": "eu",
    }.items()
    for code in codes.split()
    if key in _BY_KEY
}


def url_country(url: str | None) -> str | None:
    """The country an outlet's address names: its country-code domain ("businessday.ng" ->
    "nigeria", "pravda.com.ua" -> "ukraine"), else a path segment that is a country's name
    ("prothomalo.com/bangladesh/local-news/..."). A national outlet's local news does not name
    its own country; its address does. None for a generic domain (".com", ".org", ".tv")."""
    if not url:
        return None
    m = re.match(r"(?:[a-z][a-z0-9+.-]*://)?([^/?#:]+)(?::\d+)?([^?#]*)", url.strip(), re.I)
    if not m:
        return None
    host, path = m.group(1).lower().rstrip("."), m.group(2).lower()
    found = _CCTLD.get(host.rsplit(".", 1)[-1]) if "." in host else None
    if found:
        return found
    for seg in path.split("/")[:-1] if not path.endswith("/") else path.split("/"):
        key = _FORMS.get(seg.replace("-", " ").replace("_", " "))
        if key and key[1] == "name" and seg not in _CASED_FORMS:
            return key[0]
    return None


# The publishers of the bundled reference series, and the people the checker files under a
# side: canonical name -> (side key, aliases as written, lower case).
PUBLISHERS: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "General Staff of the Armed Forces of Ukraine": (
        "ukraine",
        (
            "general staff of the armed forces of ukraine",
            "general staff of ukraine's armed forces",
            "general staff of the ukrainian armed forces",
            "ukrainian armed forces general staff",
            "general staff of the afu",
            "general staff of the zsu",
            "zsu general staff",
            "afu general staff",
        ),
    ),
    "Ministry of Defence of Ukraine": (
        "ukraine",
        ("ministry of defence of ukraine", "ukrainian ministry of defence", "ukrainian mod"),
    ),
    "Ministry of Defence of the Russian Federation": (
        "russia",
        (
            "ministry of defence of the russian federation",
            "russian ministry of defence",
            "russian mod",
        ),
    ),
    "Oryx": ("oryx", ("oryx", "oryxspioenkop")),
}
# Words that name a side's institution without naming the side: the checker files them
# under the side they stand for in the war the bundled series cover.
SIDE_ALIASES: Final[dict[str, tuple[str, ...]]] = {
    "ukraine": (
        "general staff",
        "zsu",
        "afu",
        "armed forces of ukraine",
        "zelensky",
        "zelenskyy",
        "zelenskiy",
        "syrskyi",
        "zaluzhnyi",
    ),
    "russia": ("putin", "shoigu", "peskov", "konashenkov", "gerasimov", "lavrov", "belousov"),
    "oryx": ("oryx", "oryxspioenkop"),
}

# News organisations (for the claimer kind), as written, lower case.
_OUTLET_NAMES: Final = (
    "reuters",
    "associated press",
    "ap",
    "afp",
    "agence france-presse",
    "bloomberg",
    "bbc",
    "cnn",
    "fox news",
    "nbc",
    "abc news",
    "cbs",
    "npr",
    "al jazeera",
    "sky news",
    "guardian",
    "new york times",
    "washington post",
    "wall street journal",
    "financial times",
    "economist",
    "newsweek",
    "politico",
    "axios",
    "daily mail",
    "telegraph",
    "tass",
    "ria novosti",
    "interfax",
    "ukrinform",
    "unian",
    "kyiv independent",
    "kyiv post",
    "ukrainska pravda",
    "european pravda",
    "meduza",
    "mediazona",
    "novaya gazeta",
    "kommersant",
    "izvestia",
    "rt",
    "sputnik",
    "xinhua",
    "dpa",
    "efe",
    "kyodo",
    "yonhap",
    "hindu",
    "hindustan times",
    "times of india",
    "ndtv",
    "der spiegel",
    "le monde",
    "euronews",
    "deutsche welle",
    "voice of america",
    "radio free europe",
    "radio liberty",
    "defence journal",
    "defense journal",
)
OUTLETS: Final[frozenset[str]] = frozenset(_OUTLET_NAMES)
_OUTLET_EXACT: Final = re.compile(
    r"(?:the )?(?:" + "|".join(re.escape(o) for o in _OUTLET_NAMES) + r")"
)
_OUTLET_IN: Final = re.compile(
    r"\b(?:" + "|".join(re.escape(o) for o in _OUTLET_NAMES if len(o) > 3) + r")\b"
)
_OUTLET_NOUNS: Final = frozenset(
    [
        "newspaper",
        "paper",
        "outlet",
        "broadcaster",
        "channel",
        "magazine",
        "tabloid",
        "daily",
        "weekly",
        "journal",
        "media",
        "press",
        "website",
        "site",
        "portal",
        "newsroom",
        "network",
        "station",
        "agency",
        "service",
    ]
)
# Heads that name a state body: a country's government, ministries, forces and officials.
_GOVERNMENT_NOUNS: Final = frozenset(
    [
        "government",
        "ministry",
        "ministries",
        "department",
        "cabinet",
        "administration",
        "kremlin",
        "presidency",
        "army",
        "military",
        "forces",
        "force",
        "navy",
        "military",
        "staff",
        "command",
        "police",
        "service",
        "services",
        "embassy",
        "parliament",
        "congress",
        "senate",
        "council",
        "authorities",
        "authority",
        "office",
        "officials",
        "official",
        "regime",
        "state",
        "governorate",
        "administration",
        "prosecutor",
        "prosecutors",
        "court",
        "bureau",
    ]
)
# Person titles and roles: a name whose head is one of these is a person.
_PERSON_NOUNS: Final = frozenset(
    [
        "president",
        "minister",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "senator",
        "governor",
        "mayor",
        "premier",
        "chancellor",
        "general",
        "commander",
        "prosecutor",
        "judge",
        "lawyer",
        "attorney",
        "director",
        "chief",
        "ceo",
        "founder",
        "nominee",
        "representative",
        "congressman",
        "congresswoman",
        "lawmaker",
        "aide",
        "adviser",
        "advisor",
        "king",
        "queen",
        "prince",
        "pope",
        "analyst",
        "economist",
        "scientist",
        "researcher",
        "professor",
        "doctor",
        "expert",
        "official",
        "leader",
        "chairman",
        "chairwoman",
        "chair",
        "secretary",
        "ambassador",
        "envoy",
        "undersecretary",
        "executive",
        "head",
        "woman",
        "man",
        "colonel",
        "lieutenant",
        "major",
        "admiral",
        "marshal",
        "journalist",
        "reporter",
        "correspondent",
        "blogger",
        "bloggers",
    ]
)
_ORG_WORDS: Final = frozenset(
    [
        "ministry",
        "department",
        "agency",
        "office",
        "institute",
        "institution",
        "university",
        "company",
        "corp",
        "corporation",
        "inc",
        "ltd",
        "group",
        "bank",
        "fund",
        "foundation",
        "council",
        "committee",
        "commission",
        "union",
        "party",
        "association",
        "organisation",
        "organization",
        "service",
        "services",
        "bureau",
        "forces",
        "force",
        "army",
        "navy",
        "staff",
        "command",
        "watch",
        "center",
        "centre",
        "team",
        "network",
        "board",
        "court",
        "police",
        "parliament",
        "assembly",
        "administration",
        "authority",
        "authorities",
        "systems",
        "inc",
        "co",
        "plc",
        "llc",
        "holdings",
        "technologies",
        "industries",
        "airlines",
        "motors",
        "labs",
        "laboratories",
        "partners",
    ]
)
_STATE_WORDS: Final = frozenset(
    ["ministry", "government", "kremlin", "cabinet", "parliament", "department"]
)
_PRONOUNS: Final = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "us",
        "me",
        "his",
        "hers",
        "its",
        "their",
        "theirs",
        "our",
        "my",
        "your",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "this",
        "these",
        "those",
        "one",
    ]
)
_DETERMINERS: Final = re.compile(r"^(?:the|a|an|this|that|these|those)\s+", re.I)
_POSSESSIVE: Final = re.compile(r"\s*(?:'s|’s|ʼs|'|’|ʼ)$")
_LETTER: Final = re.compile(r"[^\W\d_]")


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").replace("ʼ", "'").split())


def _form_key(match: re.Match[str]) -> tuple[str, str] | None:
    form = match.group(1)
    low = form.lower()
    if low in _CASED_FORMS and form != form.upper():
        return None
    return _FORMS.get(low)


def countries_named(text: str) -> frozenset[str]:
    """Every country or side ``text`` names by a name, demonym or metonym ("Russian troops
    ... Kyiv's strategy" -> {"russia", "ukraine"}); publishers and spokespeople are not read."""
    return frozenset(
        found[0] for m in _FORM_RE.finditer(_norm(text)) if (found := _form_key(m)) is not None
    )


def country(key: str) -> Country | None:
    """The :class:`Country` of a party key."""
    return _BY_KEY.get(key)


@lru_cache(maxsize=8192)
def party_key(text: str | None) -> str | None:
    """The country or side a name speaks for: its first country name, demonym, metonym or
    possessor ("Kyiv's general staff" -> "ukraine", "the Pentagon" -> "us"), else a
    publisher's or spokesperson's side ("Oryx" -> "oryx", "Shoigu" -> "russia"), else
    None."""
    if not text:
        return None
    norm = _norm(text)
    for m in _FORM_RE.finditer(norm):
        found = _form_key(m)
        if found:
            return found[0]
    low = norm.lower()
    for _name, (key, aliases) in PUBLISHERS.items():
        if any(re.search(rf"\b{re.escape(a)}\b", low) for a in aliases):
            return key
    for key, aliases in SIDE_ALIASES.items():
        if any(re.search(rf"\b{re.escape(a)}\b", low) for a in aliases):
            return key
    return None


@lru_cache(maxsize=8192)
def demonym_country(text: str | None) -> str | None:
    """The country a bare demonym or country reference stands for ("Ukrainian", "the
    Russians", "Ukraine's") as the ledger names it; None for anything longer."""
    if not text:
        return None
    core = _POSSESSIVE.sub("", _DETERMINERS.sub("", _norm(text))).strip()
    m = _FORM_RE.fullmatch(core)
    if not m:
        return None
    found = _form_key(m)
    if found is None or found[1] != "demonym":
        return None
    return _BY_KEY[found[0]].name


@lru_cache(maxsize=8192)
def is_party_word(text: str) -> bool:
    """Whether ``text`` is only a country's name, demonym or metonym ("Kyiv", "Russian")."""
    core = _POSSESSIVE.sub("", _DETERMINERS.sub("", _norm(text))).strip()
    m = _FORM_RE.fullmatch(core)
    return bool(m and _form_key(m))


def _is_general_staff(low: str) -> bool:
    """A name for a general staff, possibly with its country ("Kyiv's general staff",
    "the General Staff of the Armed Forces of Ukraine")."""
    if "general staff" not in low:
        return False
    rest = low.replace("general staff", " ")
    rest = _FORM_RE.sub(" ", rest)
    rest = re.sub(r"\b(?:of|the|armed|forces|'s|s|zsu|afu)\b|[',.]", " ", rest)
    return not rest.strip()


_CLOCK_BEFORE = re.compile(
    r"^(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EET|EEST|ET|local))?"
    r"|(?:[01]?\d|2[0-3])\.[0-5]\d\s*[ap]\.?m\.?)\s*[-–—:]?\s+(?=\S)",
    re.I,
)


@lru_cache(maxsize=8192)
def canonical_name(text: str | None) -> str | None:
    """The name the ledger files a claimer under, or None when ``text`` names no one.

    The article's own wording is kept (readers and fact-checkers search for the words the
    story used, and the possessor of "Britain's defence ministry" stays); determiners and
    a trailing possessive go, a bare demonym becomes its country ("Ukrainian" ->
    "Ukraine", "the Russians" -> "Russia"); a pronoun, a number ("+24") or text without
    letters names no one. :func:`publisher_name` maps a name to a bundled series'
    publisher.
    """
    if not text:
        return None
    name = _norm(text).strip(' ,;:-–—"“”()[]')
    # (a live page's clock time before the item's source: "08:25 Ukraine's General Staff")
    name = _CLOCK_BEFORE.sub("", name)
    name = _DETERMINERS.sub("", name)
    name = _POSSESSIVE.sub("", name).strip()
    if not name or not _LETTER.search(name):
        return None
    if name.lower() in _PRONOUNS and name != "US":
        return None  # "us" and "we" name no one; "US" is the United States
    if re.fullmatch(r"[+\-−]?\s*[\d.,]+\s*\w{0,3}", name):
        return None  # "+24", "1,200", "25k"
    return demonym_country(name) or name


@lru_cache(maxsize=8192)
def publisher_name(text: str | None, context: str | None = None) -> str | None:
    """The canonical name of the bundled reference series' publisher that ``text`` names,
    or None: "Kyiv's general staff", "Ukraine's General Staff" and, with ``context``
    "ukraine" (the story's side), a bare "the General Staff" are all "General Staff of the
    Armed Forces of Ukraine"."""
    if not text:
        return None
    low = _POSSESSIVE.sub("", _DETERMINERS.sub("", _norm(text))).strip().lower()
    for canon, (_key, aliases) in PUBLISHERS.items():
        if low in aliases:
            return canon
    if _is_general_staff(low):
        side = party_key(low) if _FORM_RE.search(low) else context
        if side == "ukraine":
            return "General Staff of the Armed Forces of Ukraine"
    return None


def is_outlet(name: str) -> bool:
    """Whether ``name`` is a news organisation's name ("Reuters", "the Kyiv Independent")."""
    return bool(_OUTLET_EXACT.fullmatch(_norm(name).lower()))


def _has_word(low: str, words: frozenset[str]) -> bool:
    return any(w in words for w in re.findall(r"[a-z][a-z'\-]*", low))


def _head(words: list[str]) -> str:
    """The last word, singular when its singular is one of the head lexicons."""
    if not words:
        return ""
    w = words[-1].removesuffix("'s").rstrip(".'")
    known = _PERSON_NOUNS | _GOVERNMENT_NOUNS | _OUTLET_NOUNS | _ORG_WORDS
    if w not in known and w.endswith("s") and w[:-1] in known:
        return w[:-1]
    return w


_PEOPLE_ALIASES: Final = frozenset(
    a for key in ("ukraine", "russia") for a in SIDE_ALIASES[key] if " " not in a and a.isalpha()
) - {"zsu", "afu"}


@lru_cache(maxsize=8192)
def claimer_kind(name: str | None, label: str | None = None) -> ClaimerKind:
    """What a claimer is: a person, an organisation, a government or state body, a news
    outlet, or unattributed (no name). ``label`` is the entity label the name came from
    (PERSON, ORG, GPE, NORP) when known; the head noun decides otherwise."""
    if not name:
        return "unattributed"
    low = _norm(name).lower()
    words = re.findall(r"[a-z][a-z'\-.]*", low)
    head = _head(words)
    plural = bool(words) and words[-1] != head and words[-1].endswith("s")
    if _OUTLET_EXACT.fullmatch(low):
        return "outlet"
    if label == "PERSON" or low in _PEOPLE_ALIASES:
        return "person"
    if is_party_word(name) or label in ("GPE", "NORP"):
        return "government"
    if party_key(name) == "oryx":
        return "organisation"
    if _is_general_staff(low) or any(low == a for _k, al in PUBLISHERS.values() for a in al):
        return "government"
    if head in _OUTLET_NOUNS and (
        head not in ("service", "agency", "network", "site", "station")
        or "press" in words
        or "news" in words
    ):
        return "outlet"
    if _OUTLET_IN.search(low):
        # "Mediazona's editors", "The Kyiv Independent": a named outlet's own voice.
        return "outlet" if head not in _PERSON_NOUNS else "person"
    if head in ("official", "officials") and plural and party_key(name):
        return "government"  # "Ukrainian officials" speak for their state
    if head in _PERSON_NOUNS:
        return "person"
    if (head in _GOVERNMENT_NOUNS and party_key(name) is not None) or _has_word(low, _STATE_WORDS):
        return "government"
    if label == "ORG" or _has_word(low, _ORG_WORDS):
        return "organisation"
    if head in _GOVERNMENT_NOUNS:
        return "government"
    caps = [t for t in name.split() if t[:1].isupper()]
    if 2 <= len(caps) == len(name.split()) <= 4:
        return "person"  # "Anna Neistat": capitalised words with no institution noun
    return "organisation"


# A dateline opens a news story: the place (in capitals, or followed by a date or an
# agency) and a colon or dash. "KYIV, Ukraine (AP) —", "Kiev, April 17:", "MOSCOW, May 8.
# /TASS/.", "WASHINGTON:". What follows it is the story; the place claims nothing.
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_PLACE_CAPS = r"[A-Z][A-Z'’.\-]+(?:\s+[A-Z][A-Z'’.\-]+){0,3}"
# (a place may end in a lower-case administrative noun: "BALAKLIIA, Kharkiv region,
# September 12 -", "Donetsk oblast")
_PLACE = (
    r"[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){0,3}"
    r"(?:\s+(?:region|oblast|province|district|county|state|territory))?"
)
_AGENCY = r"(?:\(\s*[\w .&\-]{1,30}\)|/\s*[\w .&\-]{1,30}\s*/)"
_DATE = rf"{_MONTH}\s+\d{{1,2}}(?:\s*,\s*\d{{4}})?"
_DATELINE: Final = re.compile(
    rf"""^\s*(?P<head>
        {_PLACE_CAPS}(?:\s*,\s*{_PLACE})?(?:\s*,\s*{_DATE})?\.?\s*(?:{_AGENCY}\.?)?
      | {_PLACE}(?:\s*,\s*{_PLACE})?\s*,\s*{_DATE}\.?\s*(?:{_AGENCY}\.?)?
      | {_PLACE}(?:\s*,\s*{_PLACE})?\s*{_AGENCY}\.?
    )\s*(?P<end>:|—|–|-{{1,2}}|(?<=[./])\s)\s*""",
    re.X,
)


# A live blog's entry opens with its time, and may give it twice: "07:50 GMT (10:50 Kyiv) -",
# "14:05 -", "9.30am:". Like a dateline it claims nothing; the entry's story follows it.
_ENTRY_TIME: Final = re.compile(
    r"^\s*\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z]{2,5}|local\s+time))?"
    r"(?:\s*\(\s*\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z][\w ]{0,20}?)?\s*\))?"
    r"\s*(?:—|–|-{1,2}|:|\|)\s*(?=\S)"
)


def dateline_end(text: str) -> int:
    """Where the dateline that opens ``text`` ends (0 when there is none); a live blog's
    entry time ("07:50 GMT (10:50 Kyiv) -") is one."""
    entry = _ENTRY_TIME.match(text)
    if entry is not None:
        return entry.end()
    m = _DATELINE.match(text)
    if not m or m.end() >= len(text):
        return 0
    head = m.group("head")
    dated = bool(re.search(rf"\d|{_AGENCY}", head))
    # A capitalised word and a colon alone ("Details:", "Source:") is a label, not a place;
    # a place in capitals ("WASHINGTON:") is a dateline. Without a colon or a dash only a
    # date or an agency ends one ("MOSCOW, May 8. /TASS/."), not "U.S. officials".
    if not (dated or re.search(r"[A-Z]{2,}", head)):
        return 0
    if m.group("end").isspace() and not dated:
        return 0
    return m.end()
