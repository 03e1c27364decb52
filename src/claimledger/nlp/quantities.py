"""Quantities: value, bound/change, unit and the concept counted.

Numbers are found by regular expressions over ``doc.text`` (:mod:`.numbers`), units by the
tables and pint lookups of :mod:`.units`; the parse is read only around each number (the
counted noun, the governing verb for up/down, the subject for the concept) and NER labels
drop years, dates, times and numbers inside names ("World War II", "Section 427").
"""

# ruff: noqa: SIM905 - the word lists below read best as whitespace-separated text

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import Change, Quantity, Span
from .numbers import _SUFFIX_SCALES, NUMBER_HINT, Number, find_numbers
from .parties import demonym_country
from .quant_concepts import chunk_of, gapped_conjunct, toll_figure
from .quant_concepts import concept as find_concept
from .syntax import doc_text
from .units import UnitMatch, currency_before, is_currency, rate_after, unit_after

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["extract_quantities"]

log = logging.getLogger(__name__)

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?,?\s*$")
_MONTH_BEFORE_DAY = re.compile(rf"\b{_MONTHS}\.?\s*$")
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTHS}\b")
# "Saturday (1. June)", "since 24. February 2022": a day with its ordinal dot (German,
# Polish, Ukrainian usage in translation), a full month's name after it
_DOT_MONTH_AFTER = re.compile(
    r"^\.[ \t]+(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)(?=\s*(?:\d{4}\b|[),]))"
)
_DAY_LABEL_BEFORE = re.compile(r"\bday[ \t]+$", re.I)
# "from 1 to 7 of June", "1-7 June": the first day of a run of days
_DAY_RANGE_AFTER = re.compile(
    rf"^(?:st|nd|rd|th)?\s*(?:[-–]|to|and|through|until|till)\s*[0-3]?\d(?:st|nd|rd|th)?\s*"
    rf"(?:of\s+)?{_MONTHS}\b"
)
_TIME_AFTER = re.compile(
    r"^(?::\d\d|\.\d\d\s*(?:a\.?m|p\.?m)|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|GMT\b|BST\b"
    r"|[ECMP][SD]T\b|UTC\b|o'clock))"
)
_TIME_BEFORE = re.compile(r"\d:$")
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b")


def _ordinal_fits(digits: str, suffix: str) -> bool:
    """Whether ``suffix`` is the ordinal ending of ``digits`` ("1st", "12th", "23rd"); "2st"
    and "11st" are not ordinals but stones."""
    d = digits.replace(",", "")
    if not d.isdigit():
        return True
    last, teen = int(d[-1]), len(d) > 1 and d[-2] == "1"
    want = "th" if teen else {1: "st", 2: "nd", 3: "rd"}.get(last, "th")
    return suffix.lower() == want or suffix.lower() != "st"


_DECADE_AFTER = re.compile(r"^'?s\b")
# (also a month and year: "an expiry date of 06/2026")
_ISO_DATE = re.compile(
    r"\d{4}-\d\d-\d\d(?:T[\d:.]+Z?)?|\d{1,2}/\d{1,2}/\d{2,4}|\b(?:0?[1-9]|1[0-2])/(?:19|20)\d\d\b"
)
# (also British numbers that start with 0: "0800 555 111", "020 7946 0958")
_PHONE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\b0\d{2,4}\s\d{3,4}\s\d{3,4}\b"
)
_ID_BEFORE = re.compile(
    r"(?:\bNo\.?|#|\bnumber|\bNumber|\b(?:S&P|S\s?P|sp|FTSE|Russell|Nikkei|Stoxx|STOXX|CAC|DAX|ASX"
    r"|Nasdaq|NASDAQ|TSX|Hang\s+Seng|Sensex|Nifty|IBEX|FTSE\s+MIB|MSCI\s+\w+|Euro\s?Stoxx)"
    r"|[A-Z]{2,}\s?(?=-$))\s*-?$"
)
_ADDRESS_AFTER = re.compile(
    r"^(?:[-–]\d+)?(?:\s+[A-Z][a-z]+){1,3}\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr"
    r"|Way|Place|Pl|Court|Ct|Terrace|Parade|Highway|Hwy|Square)\b"
)
_ID_AFTER = re.compile(r"^\s+(?:ZIP|zip|postal|postcode|area\s+code)\b")
_LABEL_BEFORE_HYPHEN = re.compile(r"[A-Z]{2,}\s?$")  # "COVID -19": a label, not minus 19
_NOT_ONE_BEFORE = re.compile(
    r"\b(?:the\s+same|this|that|each|every|no|any|which|the\s+only|the\s+first|the\s+last"
    r"|a\s+new|an?\s+old|the\s+right|the\s+wrong|someone|anyone|no)\s*$",
    re.I,
)
_DURATION = re.compile(
    r"^(?:\s*(?:-|–|to|or|and)\s*[\w.,]+)?[\s-]*(?:years?|months?|weeks?|days?|decades?|centuries|century|hours?|minutes?|"
    r"seconds?|nights?|quarters?|yrs?|mins?|secs?|hrs?)\b",
    re.I,
)

# Numbers inside a URL, an e-mail address or a percent-escape are not quantities.
_URLISH = re.compile(r"://|\bwww\.|%[0-9A-Fa-f]{2}|[?&][\w-]+=|\w@\w|\.(?:com|org|net|html?)\b")
# Three or more digit groups joined by - / . make a code: a phone number, a date, an ID.
_CODE_TOKEN = re.compile(r"^[+(]?\d+(?:[-/.]\d+){2,}")
_DECIMAL_RANGE = re.compile(r"\d+\.\d+[-–]\d+(?:\.\d+)?|\d+[-–]\d+\.\d+")  # "1.0-1.06"
# "the 27-nation bloc", "a 12-member jury": a group named by its size is a label.
_COLLECTIVE_AFTER = re.compile(
    r"^-(?:nations?|members?|countr(?:y|ies)|states?|part(?:y|ies)|seats?|strong|man|woman"
    r"|person|clubs?|teams?)\s+(?:[\w-]+\s+){0,2}?(?:bloc|alliance|group(?:ing)?|coalition"
    r"|union|council|committee|panel|board|jury|team|club|body|assembly|league|consortium"
    r"|federation|organi[sz]ation|cabinet|senate|parliament|chamber|house|commission"
    r"|delegation|squad|cartel|community|forum|conference|bench|court|caucus|legislature"
    r"|EU|UN|NATO|OPEC|G\d+)\b",
    re.I,
)
# Singular nouns that a number names rather than counts: "the 911 emergency number".
_LABEL_NOUNS = frozenset(
    """number hotline line code extension route bus tram flight channel gate platform exit
    room ward precinct district model version chapter page article clause section amendment
    interstate highway motorway""".split()
)
# Common nouns that a number after them names ("phase 3", "step 2", "Fig. 5", "type 2
# diabetes", "level 4", "Part 3 of our series", "UPDATE 2:"): the number is a label, not a count.
_LABEL_BEFORE = re.compile(
    r"\b(?:phase|step|stage|level|grade|category|type|class|tier|round|option|figure|fig\."
    r"|figs\.|table|eq\.|equation|ref\.|refs\.|p\.|pp\.|vol\.|volume|issue|item|chapter"
    r"|section|article|paragraph|clause|appendix|schedule|exhibit|question|lane|gate|platform"
    r"|terminal|channel|route|flight|version|model|series|mark|generation|gen\.|junctions?"
    r"|row|seat|hole|pier|berth|bay|door|zone|block|floor|storey|interstate|highway|motorway"
    r"|runway|room|ward|apartment|suite|exit|amendment|bus|tram|district|precinct|incident"
    r"|docket|ticket|note|lot|batch|serial|courtroom|part|episode|season|update|act|scene)"
    r"(?:\s+(?:numbers?|nos?\.))?\s*$",
    re.I,
)
# a capitalised word right before a capitalised number word, inside a sentence, and what may
# follow such a name
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][A-Za-z]*\s+$")
_NAME_END_AFTER = re.compile(r"(?:[.,;:!?)'’]|\s+(?:for|on|in|at|and|or|to|from|with|by)\b|\s*$)")
# Reference numbers in square brackets: "[19]", "[27–30]", "[30,40,42]".
_CITATION = re.compile(r"\[\d+(?:\s?[,–-]\s?\d+)*\]")
_DIAL_BEFORE = re.compile(r"\b(?:dial(?:s|led|ing)?|call(?:s|ed|ing)?|text(?:s|ed)?)\s+$", re.I)
# "aircraft – 143; helicopters – 131": in a list of "label – number" items each number
# counts the label of its own item.
_ITEM_LABEL = re.compile(r"(?P<noun>[A-Za-z][\w-]*)\s*(?:[‒–—―−:]|\s-)\s*$")
_ITEM_END = re.compile(
    r"^\s*(?:[;,.)]|\(|$|\s*\n)"
    # ("Tanks: +8 in 24h", "Drones: 1,100 over the past week": the item's time after it)
    r"|^\s+(?:in|over|during)\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?(?:\d+\s*)?"
    r"(?:h|hrs?|hours?|days?|weeks?|months?)\b"
)

# (any comparative of size, speed, age or degree bounds its amount: "a connection faster
# than 30 Mbps", "a drone lighter than 250 grams", "adults older than 65")
_CMP_MORE = (
    r"(?:greater|more|higher|larger|bigger|faster|longer|heavier|older|taller|wider|deeper"
    r"|stronger|louder|warmer|hotter|further|farther|costlier|pricier)"
)
_CMP_LESS = (
    r"(?:less|fewer|lower|smaller|slower|shorter|lighter|younger|cheaper|narrower|shallower"
    r"|cooler|colder|weaker|quieter)"
)
# Bound words before a number, most specific first. "Up to" and "as many as" state the top
# of an estimate (<=); "as few/little as" its bottom (>=); symbols as written.
_BOUND_WORDS: list[tuple[str, Change]] = [
    (
        rf"\b(?:{_CMP_MORE}\s+than\s+or\s+equal\s+to|equal\s+to\s+or\s+{_CMP_MORE}\s+than"
        rf"|{_CMP_MORE}\s+or\s+equal\s+(?:to|than)|at\s+least\s+or\s+equal\s+to)",
        ">=",
    ),
    (
        rf"\b(?:{_CMP_LESS}\s+than\s+or\s+equal\s+to|equal\s+to\s+or\s+{_CMP_LESS}\s+than"
        rf"|{_CMP_LESS}\s+or\s+equal\s+(?:to|than)|at\s+most\s+or\s+equal\s+to)",
        "<=",
    ),
    (
        rf"(?:\b(?:at\s+least|no\s+{_CMP_LESS}\s+than"
        rf"|not\s+{_CMP_LESS}\s+than"
        r"|a\s+minimum\s+of|as\s+(?:few|little|low)\s+as)|>\s?=|≥|⩾)",
        ">=",
    ),
    (
        rf"(?:\b(?:at\s+most|no\s+{_CMP_MORE}\s+than"
        rf"|not\s+{_CMP_MORE}\s+than|a\s+maximum\s+of|up\s+to"
        r"(?:\s+and\s+including)?|as\s+(?:many|much|high|long|far)\s+as"
        r"|(?:not|never|n['’]t)\s+(?:to\s+)?exceed(?:s|ed|ing)?"
        # ("temperatures never rose above 41C", "did not go beyond 2%": at most that)
        r"|(?:not|never|n['’]t)\s+(?:rise|rises|rose|risen|go|goes|went|gone|climb(?:s|ed)?"
        r"|get|gets|got|reach(?:es|ed)?\s+)?\s*(?:above|over|beyond|past)"
        # ("no farm will receive more than €100,000", "will not pay more than $50": a
        # negated verb before the bound; the figure's words start at the bound)
        r"|(?:not|never|[a-z]+n['’]t|no\s+[a-z]+\s+(?:will|would|can|could|may|shall|should|must))"
        r"\s+(?:be\s+)?(?:(?!whether\b|if\b|that\b|how\b|why\b|when\b|say\b|said\b|know\b)"
        r"[a-z]+\s+){1,2}?(?P<nb>more\s+than|over|above|in\s+excess\s+of))|<\s?=|≤|⩽)",
        "<=",
    ),
    (
        rf"(?:\b(?:more\s+than|over|above|in\s+excess\s+of|upwards?\s+of|{_CMP_MORE}\s+than"
        r"|exceed(?:s|ed|ing)?|north\s+of|beyond|top(?:s|ped|ping)|(?<=to\s)top|surpass(?:es|ed|ing)?"
        r"|(?<!the\s)(?<!this\s)(?<!these\s)(?<!last\s)past|pass(?:es|ed|ing)?)"
        r"|(?<![<>=])>)",
        ">",
    ),
    (
        rf"(?:\b(?:{_CMP_LESS}\s+than|under|below|shy\s+of|short\s+of|within|beneath|sub-?)"
        r"|(?<![<>=])<)",
        "<",
    ),
    (
        r"(?:\b(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|close(?:r)?\s+to"
        r"|circa|(?:an?|the|some)\s+estimated|around\s+about|more\s+or\s+less|in\s+the\s+region\s+of"
        r"|on\s+the\s+order\s+of)|~|∼|≈|\bc\.|\bca\.)",
        "~",
    ),
    # An increment written as an addition: "(plus 200)", "+27" after a space or bracket.
    (r"(?:\bplus|(?<=[\s(\[])\+|^\+)", "up"),
]
_BOUNDS_BEFORE: list[tuple[re.Pattern[str], Change]] = [
    (re.compile(p + r"\s*$", re.I), c) for p, c in _BOUND_WORDS
]
# Bound words after a number or its noun: "500 or more", "aged 65 and over", "50 employees
# or fewer", "12 or younger", "$1 million or above". Not where a second bound follows ("5000
# or more than 4500") or "and more" goes on as an adverb ("and more importantly").
_AFTER_MORE = r"(?:more|above|higher|greater|over|older|longer|larger|bigger|upwards?)"
_AFTER_LESS = r"(?:less|fewer|lower|below|under|younger|shorter|smaller)"
_AFTER_STOP = (
    r"(?!\s+than\s+(?:\w+\s+)?(?:[\d$£€¥]|(?:a|an|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
    r"|thousand|million|billion|half|dozen)\b)|\s*[\d$£€¥]|\s+\w+ly\b)"
)  # ("605 tanks and more than seventeen hundred armoured vehicles": the next one's bound)
_BOUNDS_AFTER: list[tuple[re.Pattern[str], Change]] = [
    (
        re.compile(
            rf"^(?:\+(?![\d\w])|-plus\b|\s+(?:or|and)\s+{_AFTER_MORE}\b{_AFTER_STOP}"
            rf"|\s+and\s+up\b(?!\s+to\b){_AFTER_STOP})",
            re.I,
        ),
        ">=",
    ),
    (re.compile(rf"^\s+(?:or|and)\s+{_AFTER_LESS}\b{_AFTER_STOP}", re.I), "<="),
    (re.compile(r"^\s+or\s+so\b", re.I), "~"),
]
# "more than 5000 or equal to": a strict bound made inclusive after the number.
_OR_EQUAL_AFTER = re.compile(r"^\s+or\s+equal\b", re.I)


# A few words between the bound and the number are allowed: "more than $", "up to £".
_SKIP_BEFORE = re.compile(
    r"(?:\s*\b(?:just|well|only|slightly|a\s+little|a\s+bit|far|a|an|the|nearly|almost)\b)*\s*$",
    re.I,
)
_UPDOWN_BEFORE = re.compile(
    # (not a comparative after its determiner: "the higher 10mg dose", "a lower 5% rate")
    r"\b(up|down|off|(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)"
    r"(?:higher|lower))\s+(?:by\s+)?(?:(about|around|roughly|approximately|some"
    r"|an\s+estimated)"
    r"\s+|(?:nearly|almost|just|only|another|a\s+further)\s+)?$",
    re.I,
)
_AVERAGE_OF = re.compile(r"\b(?:an?|the)\s+(?:average|median|mean)\s+of\s+$", re.I)
_TO_BEFORE = re.compile(r"\b(?:to|at|from|of)\s+(?:about\s+|around\s+)?$", re.I)

# Verbs of change by the direction they name (lemmas; the small model lemmatises "fell"
# as itself now and then). Grouped by meaning: rise, grow, recover, strengthen, multiply.
_UP_VERBS = frozenset(
    """rise raise increase gain climb jump grow surge soar rally advance add lift boost
    rebound recover spike swell expand improve accelerate appreciate double triple hike
    up edge quicken widen skyrocket rocket leap balloon quadruple strengthen firm bounce
    mount escalate zoom multiply enlarge extend""".split()
)
# Fall, shrink, weaken, cut, halve.
_DOWN_VERBS = frozenset(
    """fall drop decline lose plunge slip slide tumble sink shed decrease dip ease plummet
    retreat shrink slump crash contract cut reduce lower slash tank fell sag depreciate
    trim decelerate narrow weaken dive nosedive crater collapse erode dwindle diminish
    halve wane lessen soften slacken fade pare devalue""".split()
)
# A direction word attached to the verb ("edged down", "inched up", "ticked higher",
# "gave up 3%") or a measure that modifies a comparative ("closed 45 points lower").
_DIRECTION_WORDS: dict[str, Change] = {
    "up": "up",
    "higher": "up",
    "down": "down",
    "lower": "down",
}
# Verbs of movement that take their direction from a particle or adverb: "edged down",
# "inched up", "ticked higher", "moved lower", "went up", "crept up", "picked up", "was
# revised down by 30,000", "ramped up".
_MOVE_VERBS = frozenset(
    """edge inch tick move creep nudge go come drift trend head trade close end finish open
    settle pick jump revise mark ramp step ratchet""".split()
)
# Phrasal verbs whose particle reverses the plain reading: "gave up 3%" is a fall.
_PHRASAL_CHANGE: dict[tuple[str, str], Change] = {
    ("give", "up"): "down",
    ("give", "back"): "down",
    # "wrote down its value by 28.4bn kroner": what is written down falls (not what is
    # shaved or knocked off, the amount taken: "shaving 10 seconds off that time")
    ("write", "down"): "down",
}
# Nouns that name a change: "a 3.5% drop", "a 75 percent increase". ("Loss" and "growth"
# name levels as often as changes, so they are not here.)
_UP_NOUNS = frozenset(
    """increase rise gain jump surge hike boost climb rebound spike uptick advance""".split()
)
_DOWN_NOUNS = frozenset(
    """drop fall decline decrease cut reduction slump plunge dip contraction downturn
    slide""".split()
)
# Verbs whose "from A to B" states two levels (before and after), not a range.
_CHANGE_FROM_TO = frozenset(
    """change revise move shift swing slow widen narrow adjust upgrade downgrade
    quicken accelerate decelerate jump go take bring push""".split()  # ("went from 2,003 to
    # 2,276", "taking the total from 106,720 to 173,990")
)
# "lost 625 tanks" counts losses (a level); "lost 2.7 percent" is a fall.
_EVENT_DOWN_VERBS = frozenset(["lose"])
_SKIP_ENTS = frozenset(
    {"ORG", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "FAC", "PERSON", "GPE", "LOC"}
)
# "MLRS - 200 units", "tanks – 1,263": a list's label, a spaced dash, then its value. Names
# join a number with an unspaced hyphen ("S-400", "Su-25"), so a spaced dash marks a value.
_LIST_DASH_BEFORE = re.compile(r"[^\W\d]\)?\s+[-–—‒]\s+$")
_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|to|-\s*to|-to-|through|and)\s*$", re.I)
_OR_GAP = re.compile(r"^\s*or\s*$", re.I)
_BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\s+(?:about\s+|around\s+)?\S?\s*$", re.I)


# "minus €20", "-$5": a minus before a currency's sign (not "plus or minus", not a range's dash)
_MINUS_BEFORE_SIGN = re.compile(r"(?:(?<!\bor\s)\bminus\s+|(?:^|(?<=[\s(]))[-−])$", re.I)
_TOLERANCE_AFTER = re.compile(r"\s*(?:±|\+/-|\+-)\s*\d[\d.,]*")


# "half a cup", "a quarter of an inch": a fraction of one unit, the article between them
_FRACTION_ARTICLE = re.compile(r"\s+(?:of\s+)?an?(?=\s)", re.I)
_FRACTION_WORD = re.compile(r"(?:half|quarters?|thirds?)$", re.I)


def _currency_or_unit(text: str, n: Number) -> tuple[UnitMatch | None, UnitMatch | None]:
    # "5 ± 0.2 K": the unit comes after the tolerance.
    tol = _TOLERANCE_AFTER.match(text, n.end)
    after = unit_after(text, tol.end() if tol else n.end)
    if after is None and _FRACTION_WORD.search(text, n.start, n.end):
        art = _FRACTION_ARTICLE.match(text, n.end)
        one = unit_after(text, art.end()) if art is not None else None
        if one is not None and one.kind in ("physical", "percent"):
            after = one
    return currency_before(text, n.start), after


# A list's or a thread's item number at the start of a line ("1. ", "2) ", "(3) ", "5/ "
# before words): the item's place (group 1), not a quantity; `frames` starts each item afresh
ITEM_NUMBER = re.compile(r"(?:^|(?<=\n))[ \t]*(?:\([ \t]*)?(\d{1,2})[.)/][ \t]+(?=[^\W\d_])")


def _item_number(text: str, n: Number, cur: UnitMatch | None) -> bool:
    """Whether ``n`` is an item number (:data:`ITEM_NUMBER`)."""
    if n.kind != "digits" or n.has_scale or cur:
        return False
    m = ITEM_NUMBER.match(text, text.rfind("\n", 0, n.start) + 1)
    return m is not None and m.span(1) == (n.start, n.end)


def _skip(doc: Doc, n: Number, text: str, cur: UnitMatch | None, after: UnitMatch | None) -> bool:
    """True for numbers that are not quantities: years, dates, times, ordinals, names, IDs."""
    head = text[max(0, n.start - 40) : n.start]
    tail = text[n.end : n.end + 20]
    token = _token_text(text, n.start, n.end)
    if _URLISH.search(token):
        return True
    if (
        not cur
        and not n.has_scale
        and (
            (
                _CODE_TOKEN.match(token)
                and not _DECIMAL_RANGE.fullmatch(re.sub(r"[^\d]+$", "", token))
            )
            or _COLLECTIVE_AFTER.match(text[n.end : n.end + 60])
        )
    ):
        return True
    if not cur and _DURATION_MODIFIER.match(tail):
        return True
    if n.kind == "fraction" and any(
        m.start() <= n.start and n.end <= m.end()
        for m in _ISO_DATE.finditer(text, max(0, n.start - 14), n.end + 14)
    ):
        return True  # "an expiry date of 06/2026": a month, not six 2026ths
    if not cur and n.scale_text in ("B", "M", "K") and _LABEL_BEFORE.search(head):
        return True  # "lot numbers 2231B through 2239B": codes, not billions
    if (
        n.kind == "words"
        and text[n.start : n.start + 1].isupper()
        and _NAME_WORD_BEFORE.search(head)
        and _NAME_END_AFTER.match(tail)
    ):
        return True  # "on BBC One for the final", "Air Force One.": a name, not one
    if n.kind == "words" and re.fullmatch(r"zero", text[n.start : n.end], re.I) and tail[:1] == "-":
        return True  # "zero-sugar drinks", "a zero-emission mandate": a kind, not a count
    if (
        n.kind == "words"
        and re.fullmatch(r"(?:a|per)\s+dozen", text[n.start : n.end], re.I)
        and (re.search(r"\d\s*$", head))
    ):
        return True  # "€2.85 a dozen": the amount's denominator (a rate), not twelve
    if _item_number(text, n, cur):
        return True
    if n.kind == "digits" and not n.has_scale and not cur and not after:
        if _LABEL_BEFORE.search(head) and re.fullmatch(r"\d{1,4}(?:\.\d)?", text[n.start : n.end]):
            return True
        for m in _CITATION.finditer(text, max(0, n.start - 20), n.end + 20):
            if m.start() < n.start and n.end < m.end():
                return True
    if n.kind == "digits" and not n.has_scale:
        if _TIME_AFTER.match(tail) or _TIME_BEFORE.search(head):
            return True
        if _DAY_LABEL_BEFORE.search(head) and not cur and not after:
            return True  # "on day 500", "Day 1,000": the day's number, a date
        if re.fullmatch(r"[0-2]\d[0-5]\d", text[n.start : n.end]) and re.match(r"\s?hrs\b", tail):
            return True  # "1700 hrs": a time of day
        if _TOLERANCE_BEFORE.search(head):
            return True  # "2,000.45±0.01": the tolerance of the number before
        if head.endswith("+") and head[-2:-1].isdigit():
            return True  # "J1149.5+6663": the second half of a catalogue code
        if (o := _ORDINAL_AFTER.match(tail)) and _ordinal_fits(text[n.start : n.end], o.group()):
            return True
        if _DECADE_AFTER.match(tail) and not cur:
            return True
        if _ID_BEFORE.search(head) and not cur:
            return True
        if _ID_AFTER.match(tail) or (_LABEL_BEFORE_HYPHEN.search(head) and text[n.start] == "-"):
            return True
        if _ADDRESS_AFTER.match(text[n.end : n.end + 60]) or (
            tail.startswith(")")
            and head.endswith("(")
            and not cur
            and re.fullmatch(r"\d{1,3}", text[n.start : n.end]) is not None
        ):
            return True
        v = n.value
        # "July 9", "9 July"; not "in July, 9% more" (a comma never parts a month from its
        # day, and a day has no unit)
        day_like = v is not None and v == int(v) and 1 <= v <= 31 and not cur and not after
        if day_like and (
            _MONTH_BEFORE_DAY.search(head)
            or _MONTH_AFTER.match(tail)
            or (re.fullmatch(r"\d{1,2}", text[n.start : n.end]) and _DOT_MONTH_AFTER.match(tail))
            or _DAY_RANGE_AFTER.match(text[n.end : n.end + 30])
        ):
            return True
        lo, hi = max(0, n.start - 14), n.end + 14
        for m in _ISO_DATE.finditer(text, lo, hi):
            if m.start() <= n.start and n.end <= m.end():
                return True
        for m in _PHONE.finditer(text, max(0, n.start - 20), n.end + 20):
            if m.start() <= n.start and n.end <= m.end():
                return True
    span = doc.char_span(n.start, n.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    first = span[0]
    ent = first.ent_type_ or span[-1].ent_type_
    raw = text[n.start : n.end]
    is_year = n.kind == "digits" and not n.has_scale and _is_year_text(raw) and cur is None
    if (
        is_year
        and _AMOUNT_BOUND_BEFORE.search(head)
        and not re.search(
            r"\b(?:until|till|through|by|to|from|in|since)\s+at\s+(?:least|most)\s+$", head, re.I
        )
    ):
        # "more than 2000", "below 1500": a comparison bounds an amount ("until at least
        # 2027" is a year)
        is_year = False
    if (
        is_year
        and _INCREMENT_AFTER.match(tail)
        and not re.search(r"\b(?:in|since|by|until|till|of|from|to|during)\s+$", head, re.I)
    ):
        # "artillery systems — 2021 (+5)": a total with the day's rise is a count, not a year
        is_year = False
    if is_year and not (after and after.kind in ("percent", "currency", "physical")):
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is None or nxt.tag_ != "NNS" or ent == "DATE":
            return True
    small_int = re.fullmatch(r"\d{1,4}", raw) is not None
    if (
        ent == "DATE"
        and not (after or cur)
        and not _DURATION.match(tail)
        and (small_int or n.kind != "digits")
    ):
        # "two years", "18 months" are durations; "June 2018", "the 1990s" are dates.
        if is_year or _MONTH_BEFORE.search(head) or _MONTH_AFTER.match(tail):
            return True
        if _BETWEEN_AND.search(head) or (
            _BETWEEN_END.search(head) and _AND_NUMBER_AFTER.match(tail)
        ):
            return False  # "between 20 and 30": the small model's NER calls it a DATE
        if _AMOUNT_BOUND_BEFORE.search(head) or _PAST_MARK_BEFORE.search(head):
            return False  # "weakened past 90 to the dollar": a mark, with no time word
        if _INCREMENT_AFTER.match(tail):
            return False  # "1792 (+46)": a total with its rise, which NER calls a DATE
        if _LEVEL_FROM_BEFORE.search(head):
            # "the majority was cut to 12 from 80", "narrowed to six points from 14 a month
            # ago", "down from 85": the level a change started from, which NER calls a DATE
            return False
        v = n.value
        if n.kind == "digits" and v is not None and (v >= 2100 or 100 <= v < 1000):
            return False  # "fell 1.2% to 4500": no day, month or year is written so
        if _AGED_BEFORE.search(head) or _appositive_age(doc, n.start, n.end):
            return False  # "aged 87", "ages 18 to 24": the small model's NER calls an age a DATE
        if n.kind == "digits" and (_clause_argument(first) or _person_age(first)):
            return False  # "the death toll is now 42", "42 were killed": no date is written
        if n.kind == "digits" and not _DURATION.match(tail):
            k = span.end
            # "between 5 and 10 people": look past the range to the counted noun
            if (
                k + 2 < len(doc)
                and doc[k].lower_ in ("to", "and", "-", "–", "or")
                and doc[k + 1].like_num
            ):
                k += 2
            nxt = doc[k] if k < len(doc) else None
            if nxt is None or nxt.pos_ not in ("NOUN",):
                return True
    if ent == "TIME" and not _DURATION.match(tail) and not after and not _clause_argument(first):
        return True
    if (
        ent in _SKIP_ENTS
        and not (cur or after)
        and (small_int or n.kind == "words")
        # (a signed change is no name: "20 tanks (+6)", which the small model tags an ORG)
        and not (raw.startswith("+") or re.search(r"(?:^|[\s(])\+\s*$", head))
        and not _counts_plural_noun(doc, span)
        and not _LIST_DASH_BEFORE.search(head)
    ):
        return True
    # A name or label right before the number: "Section 427", "Game 6", "Charlton 2-1".
    # (Not a decimal: "CI 1.92–2.65", "Scenario 2.7" are values as often as versions.)
    if first.i > 0 and not cur and not after and small_int:
        prev = doc[first.i - 1]
        if (
            (
                prev.pos_ == "PROPN"
                or prev.text == "Year"  # ("Year 11 pupils": a school year)
                # ("Unit 12 of the business park", "Ward 7", "Gate 3": a capitalised label)
                or prev.text in _LABEL_HEADS
            )
            # (not a dash the small model tags a name: "tanks ‒ 430 (+26)")
            and any(ch.isalnum() for ch in prev.text)
            and prev.idx + len(prev.text) >= n.start - 1
            and prev.ent_type_ not in ("NORP",)
        ):
            return True
    if not cur and not after and _CODE_GLUED.match(text, n.start):
        return True  # "the XUV 3XO", "a 401(k) plan", "501(c)(3)": a code, not a count
    if (
        n.kind == "words"
        and raw[:1].isupper()
        and first.i > first.sent.start
        and doc[first.i - 1].text not in _OPENERS
        and (
            first.pos_ == "PROPN"
            or first.ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART")
            or (span.end < len(doc) and doc[span.end].text[:1].isupper())
        )
        and not _title_case(first.sent)
    ):
        return True  # "Vodafone and Three", "its One UI software": a capitalised name
    # A model name right after: "the 737 Max jets". Not a count of a model's units: "lost
    # 16 Leopard tanks", "received 31 Abrams tanks" (no determiner before the number, and
    # a plural common noun after the name).
    if not cur and not after and small_int and span.end < len(doc):
        nxt = doc[span.end]
        if (
            (
                nxt.pos_ == "PROPN"
                # ("737 MAX production"; not "302 KB", a unit)
                or (nxt.is_alpha and len(nxt.text) > 2 and nxt.text.isupper())
            )
            and nxt.idx <= n.end + 1
            and nxt.text[:1].isupper()
            and (nxt.ent_type_ in ("", "PRODUCT") or (len(nxt.text) > 2 and nxt.text.isupper()))
            and first.ent_type_ not in ("DATE",)
            and not _counts_named_model(doc, span)
        ):
            return True
    # A number that names: "the 911 emergency number", "dial 999".
    if not cur and not after and small_int and n.value != 1:
        counted = _counted(doc, span)
        if counted is not None and counted.tag_ == "NN" and counted.lower_ in _LABEL_NOUNS:
            return True
        if counted is None and _DIAL_BEFORE.search(head):
            return True
    if n.kind == "words":
        low = raw.lower()
        if low in ("one",) and (first.pos_ not in ("NUM",) or _NOT_ONE_BEFORE.search(head)):
            return True
        if low == "one" and re.match(r"^\s+(?:another|day|time|way|point|thing)\b", tail, re.I):
            return True
        if low == "one" and _ONE_IDIOM_AFTER.match(tail):
            return True  # "one-time charges", "a one-off payment", "a one-sided match"
    return False


# Digits glued to letters that are no unit, or to a bracketed letter: a code.
# Capitalised common nouns that label a thing by a number ("Unit 12", "Ward 7", "Gate 3")
_LABEL_HEADS = frozenset(
    """Unit Ward Room Gate Block Building Lot Plot Flat Apartment Suite Bay Platform Terminal
    Pier Berth Hangar Hall Pavilion Stand Court Studio Chapter Clause Article Annex Appendix
    Exhibit Figure Table Stage Tier Grade Level Lane Route Highway Exit Junction Track
    Precinct District""".split()
)
# ("the 4-H club", "3-D printing": a single capital after a hyphen names, it measures nothing)
_CODE_GLUED = re.compile(r"\d+(?:[A-Z]{2,}[A-Z\d]*\b|\([a-z\d]\)|-[A-Z](?![\w-]))")
_OPENERS = frozenset(['"', "“", "‘", "'", "(", ":", "-", "–", "—", "•", "*"])


def _title_case(sent: SpacySpan) -> bool:
    """Whether a sentence is written in title case (a headline), where capitals name nothing."""
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    return len(words) >= 2 and sum(t.text[0].isupper() for t in words) > 0.6 * len(words)


# Adjectives built on "one" that count nothing: "one-time", "one-off", "one-sided".
_ONE_IDIOM_AFTER = re.compile(
    r"^-(?:time|off|sided|way|stop|size|party|liners?|of-a-kind|on-one|horse)\b", re.I
)
_PERSONAL = frozenset(["i", "you", "he", "she", "we", "they"])


def _clause_argument(tok: Token) -> bool:
    """Whether a bare number is itself the subject or the predicate of its clause ("the
    death toll is now 42", "42 were killed", "losses were 31 by evening"): a count or a
    score, whatever the small model's NER calls it, unless it is a person's age ("he is
    42"). Clock times, months and years are read before this is asked."""
    if tok.dep_ == "conj" and tok.head.i < tok.i:
        return _clause_argument(tok.head)  # "their ages are 34 and 36"
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    if tok.dep_ != "attr":
        return False
    subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ not in _PERSONAL and subj.ent_type_ != "PERSON"


def _person_age(tok: Token) -> bool:
    """Whether a bare whole number is what a person "is" or "was" ("he was 17 when he ...",
    "Ms Obi, who is 64, said"): that person's age."""
    if tok.dep_ != "attr" or tok.head.lemma_ != "be" or not tok.text.isdigit():
        return False
    if not 0 < int(tok.text) < 120 or any(c.dep_ in ("prep", "compound") for c in tok.children):
        return False
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN"):
        return False  # "he was 17 points behind"
    subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and (
        subj.lower_ in ("he", "she", "i") or subj.ent_type_ == "PERSON" or subj.lower_ == "who"
    )


# "aged 87", "ages 18 to 24", "age 40": the number is an age in years.
_AGED_BEFORE = re.compile(
    r"\b(aged?|ages|age\s+of)\s+(?:between\s+)?(?:\d+\s*(?:to|-|–|and)\s*)?$", re.I
)
# "Darren Holt, 41, of Salford", "Klein, now 71, was extradited": a person's age set off by
# commas after the name or noun (the small model's NER calls it a DATE)
_AGE_APPOSITION_BEFORE = re.compile(r"(?<![\d,])\b(?P<who>[A-Za-z][\w'’.-]*),\s+(?:now\s+)?$")
_AGE_APPOSITION_AFTER = re.compile(r",|\.(?:\s|$)")
# people described by a common noun before their age ("a former bank clerk, 29,")
_PERSON_NOUNS = frozenset(
    """man woman boy girl child teenager pensioner clerk trader banker mayor officer driver
    teacher nurse doctor student worker mother father son daughter wife husband brother
    sister grandmother grandfather defendant victim suspect accused fraudster director
    executive chairman founder owner landlord farmer pilot soldier veteran resident
    neighbour neighbor businessman businesswoman politician councillor actor actress singer
    player striker goalkeeper coach manager athlete runner pupil graduate""".split()
)


def _group_span(doc: Doc, m: re.Match[str], group: str) -> SpacySpan | None:
    """The tokens a regex group matched in ``doc.text``, or None when they make none."""
    span = doc.char_span(m.start(group), m.end(group), alignment_mode="expand")
    return span if span is not None and len(span) else None


def _appositive_age(doc: Doc, start: int, end: int) -> re.Match[str] | None:
    """The words before an age set off by commas ("Holt, 41,", "Klein, now 71,"), if the
    whole number from ``start`` to ``end`` is one."""
    text = doc_text(doc)
    if not text[start:end].isdigit() or not 0 < int(text[start:end]) < 120:
        return None
    if _AGE_APPOSITION_AFTER.match(text, end) is None:
        return None
    m = _AGE_APPOSITION_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    tok = _group_span(doc, m, "who")
    if tok is None:
        return None
    last = tok[-1]
    # a name ("Holt, 41,") or a person ("the clerk, 29,"), not "the previous record, 74,",
    # "Russia, 45, Ukraine, 12"
    name = last.ent_type_ == "PERSON" or (
        last.pos_ == "PROPN" and last.ent_type_ in ("", "ORG", "PRODUCT", "WORK_OF_ART")
    )
    now = "now" in m.group(0).lower()  # "Klein, now 71,": an age, whatever the name's tag
    return m if name or now or last.lemma_.lower() in _PERSON_NOUNS else None


# "a five-year award", "a two-month contract", "a 24-hour strike": a duration that describes
# a noun is not a quantity (an age, "a 15-year-old", is written with "-old").
_DURATION_MODIFIER = re.compile(
    r"^-(?:year|month|week|day|hour|minute|second|night|decade|century)\s+[\w$£€]", re.I
)
# A bracketed rise after a total ("2021 (+5)", "1792 (▲46)"), no percentage
_INCREMENT_AFTER = re.compile(r"\s*\(\s*[+▲↑]\s*\d[\d,.\s]*\)")
# Comparatives that bound an amount and never a year ("more than 2000", "below 1500");
# "around 2010", "up to 2020", "over 2019" can be years and are left to the year rule.
_AMOUNT_BOUND_BEFORE = re.compile(
    r"\b(?:(?:more|less|fewer|greater)\s+than|at\s+(?:least|most)|as\s+(?:many|much)\s+as"
    r"|above|below|in\s+excess\s+of|upwards\s+of)\s+$",
    re.I,
)
_COUNTED_AFTER = re.compile(
    r"[\d.,]+(?:\s+(?:hundred|thousand|million|billion|trillion))?\s+"
    # (a plural noun, not a word that ends in "s": "passed 6.5 million this year")
    r"(?!(?:this|thus|was|has|is|its|his|as|us|less|unless|across|perhaps|always|plus"
    r"|versus|whereas|besides)\b)[a-z-]+s\b"
)
_TALLY = re.compile(r"[\d.,]+\s*(?:-|–|to)\s*\d")
_DEFINITE = re.compile(r"\bthe\b", re.I)
# "weakened past 90", "rose beyond 5,000": a mark passed (not "the past 90", a span of time;
# a time noun after the number makes a duration, which is read before this is asked).
_PAST_MARK_BEFORE = re.compile(
    r"(?<!\bthe\s)(?<!\bthis\s)(?<!\bthese\s)(?<!\blast\s)\b(?:past|beyond)\s+$", re.I
)
# "between 20 and 30", "between 3 and 5 million": a range, not a date, when neither end is
# a year (years are dropped before this is asked).
_BETWEEN_END = re.compile(r"\bbetween\s+$", re.I)
_BETWEEN_AND = re.compile(r"\bbetween\s+[\d.,]+\s+and\s+$", re.I)
_AND_NUMBER_AFTER = re.compile(r"^\s+and\s+\d")
_TOLERANCE_BEFORE = re.compile(r"\d\s*(?:±|\+/-|\+-)\s*$")
# A comparison's base, not a bound: "a 0.43 point increase over 15.50 percent", "0.05 points
# higher than 16.09 percent", "up 5% over".
# the words that open a span of time a change takes: "over five years", "in the past three
# months", "within two weeks", "during a 12-month period"
_SPAN_BEFORE = re.compile(
    r"\b(?:over|in|within|during|across|throughout)\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?:past|last|next|first|previous|following|same)\s+)?$",
    re.I,
)
_BASE_BEFORE = re.compile(
    r"(?:\d(?:[\d.,]*\d)?\s*(?:%|percent|per\s*cent|percentage\s+points?|points?|pp|bps)?\s+"
    # (a noun of change, after its determiner: "a 3% premium over", not the verbs "may fall
    # below 40", "levels rise above 180", which bound the level reached)
    r"|\b(?:a|an|the|its|their|this|that|any|further)\s+(?:[\w.%-]+\s+){0,4}?"
    r"(?:increase|rise|gain|jump|growth|decrease|decline|drop|fall|premium|discount)\s+)$",
    re.I,
)


_DOLLAR_COUNTRY_AFTER = re.compile(r"\s(?:US|U\.S\.|USD|CAN|Cdn|CAD|AUD|NZD|HKD|SGD)(?![\w$])")


def _token_text(text: str, start: int, end: int) -> str:
    """The whitespace-delimited token around ``text[start:end]``."""
    a = text.rfind(" ", 0, start) + 1
    a = max(a, text.rfind("\n", 0, start) + 1)
    b = end
    while b < len(text) and not text[b].isspace():
        b += 1
    return text[a:b]


# "up" as the particle of a verb that moves something: a causative verb with its object
# before "up" ("pushing the rate up to"), or a verb of small moves ("ticked up to")
_PARTICLE_UP = re.compile(
    r"(?:\b(?:push|drive|drove|bump|revis|mark|ratchet|ramp|nudg|lift|rais|send|sent|bring"
    r"|brought|tak|took)\w*\s+(?:[\w'’%.,-]+\s+){1,5}?"
    # ("the charger tops the battery up to 80%", "fill the pan up to 2cm": its object only)
    r"|\b(?:tops|topped|topping|charges|charged|charging|fill|fills|filled|filling|pumps"
    r"|pumped|pumping)\s+(?:(?!(?:and|or|but|at|to|in|on|with|for|by|of|from|as)\b)[\w'’-]+\s+){1,3}?"
    r"|\b(?:tick|edg|creep|crept|inch|nudg|notch|ratchet|revis|mark)\w*\s+)up\s+to\s*$",
    re.I,
)


# A span of time after a number ("over three weeks"), not a point ("over 3 years ago") or
# an age ("over 60 years old").
_SPAN_OF_TIME_AFTER = re.compile(
    r"(?:\s+and\s+an?\s+half)?\s+(?:(?:consecutive|straight|successive|full)\s+)?"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|nights?|seasons?|quarters?"
    # ("over two years of conflict": more than two years of it)
    r"|centuries)\b(?!\s+(?:ago|old|later|earlier|before|after|since|of)\b)(?!-)",
    re.I,
)
# Words before "over" that make it "more than" a length: "for over", "in over", "took over",
# "lasted over", "waited over", "of over".
_LENGTH_BEFORE_OVER = re.compile(
    r"\b(?:for|in|of|than|after|aged|within|since|about|just|well|slightly|little|bit|far|only"
    r"|last(?:s|ed|ing)?|t(?:ook|akes?|aking"
    r"|aken)|wait(?:s|ed|ing)?|sp(?:e|a)n(?:t|ds?|ning|ned|s)?|serv(?:es?|ed|ing)|ran|runs?"
    r"|running|stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|exist(?:s|ed|ing)?|liv(?:es?|ed|ing)"
    r"|jailed|sentenced|imprisoned)\s*$",
    re.I,
)


# A deed or dispute that "over" names as the cause ("jailed over £2.3m council fraud",
# "charged over £14m vault raid"): the amount describes the deed; "over" is "because of"
_OVER_DEED_AFTER = re.compile(
    r"(?:[\s-]+(?!(?:to|an?|the|in|of|for|from|and|or|with|on|at|by|as|that|which|who)\b)"
    r"[\w'’]+){0,4}?\s+(?:fraud|scam|scheme|raid|heist|robbery|theft|swindle|row"
    r"|dispute|lawsuit|bribe|bribery|embezzlement|laundering|deal|contract|tax\s+bill"
    r"|debt|loan|payout|settlement|overspend|blunder|error)s?\b"
    # (not a compound's modifier: "over 500 fraud cases", "over $40m, a fraud probe")
    r"(?![\s-]+(?:cases?|charges?|probes?|inquir(?:y|ies)|investigations?|victims?|claims?"
    r"|reports?|trials?|convictions?|offen[cs]es?|counts?|suspects?|allegations?)\b)",
    re.I,
)


# "before the age of 65", "over the age of 70": an age bound by the word before it
_AGE_BOUND_BEFORE = re.compile(r"\b(before|under|below|over|above)\s+the\s+age\s+of\s+$", re.I)


def _bound(text: str, start: int, end: int) -> tuple[Change | None, int]:
    """Bound words around a number starting at ``start`` (after any currency sign)."""
    head = text[max(0, start - 40) : start]
    age = _AGE_BOUND_BEFORE.search(head)
    if age is not None:
        below = age.group(1).lower() in ("before", "under", "below")
        return ("<" if below else ">"), start - len(head) + age.start()
    skip = _SKIP_BEFORE.search(head)
    core = head[: skip.start()] if skip else head
    for rx, change in _BOUNDS_BEFORE:
        m = rx.search(core)
        if m:
            word = m.group().lower()
            if change != "~" and skip and _DEFINITE.search(skip.group()):
                # "push past the 1000 hp barrier", "below the 2.5% forecast": the number
                # names the mark compared with, a level of its own
                return None, start
            if change == "up" and skip and re.search(r"\b(?:an?|the)\b", skip.group(), re.I):
                continue  # "plus a 12MP selfie camera": "and also", not an increment
            if word.startswith("pass") and (
                _TALLY.match(text, start) or _COUNTED_AFTER.match(text, start)
            ):
                continue  # "passed 218 to 214" (a vote), "passed 12 bills" (a count passed)
            if change in (">", "<") and _BASE_BEFORE.search(core, 0, m.start()):
                return None, start  # "0.05 points higher than 16.09": the base of a comparison
            if word == "over" and _OVER_DEED_AFTER.match(text, end):
                return None, start
            if (
                word == "over"
                and _SPAN_OF_TIME_AFTER.match(text, end)
                and not _LENGTH_BEFORE_OVER.search(core, 0, m.start())
            ):
                # "tested over three weeks", "to be paid over five years": the time it took
                # place in, not "more than" ("for over two years", "took over three hours")
                return None, start
            if (
                word.startswith("up")
                and _PARTICLE_UP.search(text, 0, start - len(head) + m.end())
                # ("brought gusts of up to 100 mph": the noun's "of up to" bounds it; so
                # does "by up to": "raising prices by up to 12%")
                and not re.search(r"\b(?:of|by)\s*$", core[: m.start()])
            ):
                # "pushing the annual rate up to 3.2%", "ticked up to 4.1%": the particle of a
                # verb of change and the level it reaches, not "as many as"
                return None, start
            at = m.start("nb") if "nb" in rx.groupindex and m.group("nb") else m.start()
            return change, start - len(head) + at
    # The skipped words themselves may hold the bound ("nearly", "almost").
    m = re.search(r"\b(nearly|almost)\s*(?:\S?\s*)$", head, re.I)
    if m:
        return "~", start - len(head) + m.start()
    return None, start


def _exact_of_bound(prev: Quantity, q: Quantity) -> bool:
    """Whether a bare bracketed number is the exact figure a bound before it rounds ("more
    than 10,000 tanks (10,177)"), not the same bound in other units ("over 5 miles (8 km)")."""
    if q.unit is not None or prev.value is None or q.value is None:
        return False
    if prev.change in (">", ">="):
        return q.value > prev.value
    return q.value < prev.value


def leading_bound(figure: str) -> Change | None:
    """The bound that the words heading a figure's text state ("about 26,000" -> "~", "more
    than 50,000" -> ">"), whatever the change the figure's verb gives it ("rose by about
    26,000" is a change "up" in NewsQuant's scheme, and still an approximate amount)."""
    m = re.search(r"[\d$£€¥]", figure)
    if m is None or m.start() == 0:
        return None
    change, _ = _bound(figure, m.start(), len(figure))
    return change if change not in ("up", "down") else None


def _bound_after(text: str, ends: tuple[int, ...], before: Change | None) -> Change | None:
    """A bound written after the number or after its unit or counted noun ("500 or more",
    "65 and over", "50 employees or fewer"). It states more than an approximator before the
    number does ("about 500 or more" is at least 500) and makes a strict bound inclusive
    ("more than 5000 or equal to")."""
    for end in ends:
        tail = text[end : end + 40]
        if before in (">", "<"):
            if _OR_EQUAL_AFTER.match(tail):
                return ">=" if before == ">" else "<="
            continue
        for rx, change in _BOUNDS_AFTER:
            if rx.match(tail) and (before is None or change != "~"):
                return change
    return None


def _token_at(doc: Doc, start: int, end: int) -> SpacySpan | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _lemma_change(lemma: str) -> Change | None:
    return "up" if lemma in _UP_VERBS else "down" if lemma in _DOWN_VERBS else None


def _verb_direction(verb: Token) -> Change | None:
    """The direction a verb names, reading its particle or adverb: "edged down" and "gave
    up" fall, "inched up" and "ticked higher" rise; a verb of change without one names its
    own ("rose", "slumped"). Only verbs of change or movement take a particle's direction,
    so "shot down" and "set up" name none."""
    lemma = verb.lemma_.lower()
    for c in verb.children:
        word = c.lower_
        if (
            c.dep_ in ("prt", "advmod") or (c.dep_ == "prep" and (lemma, word) in _PHRASAL_CHANGE)
        ) and c.i > verb.i:
            if c.doc[c.i - 1].text == "," or any(g.lower_ == "from" for g in c.children):
                continue  # "rose 4.0%, down from 5.0%": the level compared, not the verb's way
            if (lemma, word) in _PHRASAL_CHANGE:
                return _PHRASAL_CHANGE[(lemma, word)]
            if word in _DIRECTION_WORDS and (
                lemma in _MOVE_VERBS or lemma in _UP_VERBS or lemma in _DOWN_VERBS
            ):
                return _DIRECTION_WORDS[word]
    if lemma == "add" and _imperative(verb):
        return None  # "then add 400g of chopped tomatoes": an instruction's amount, no rise
    return _lemma_change(lemma)


def _imperative(verb: Token) -> bool:
    """A verb in the imperative: the bare form with no subject, heading its sentence or joined
    to one that does ("Fry the onions ..., then add 400g", "Add the rice and 750ml of stock")."""
    head = verb
    while head.dep_ in ("conj", "dep", "parataxis") and head.head.i < head.i:
        head = head.head
    return (
        verb.tag_ == "VB"
        and head.tag_ == "VB"
        and head.dep_ == "ROOT"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in verb.children)
    )


def _list_label(tok: Token) -> bool:
    """A word right before a dash or colon and a number labels a list item, whatever the
    tagger says: "tanks ‒ 1,263 units" (read as the verb "tank", to fall)."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
    return (
        nxt is not None
        and nxt.text in ("-", "–", "—", "‒", "―", "−", ":")
        and after is not None
        and (after.like_num or after.tag_ == "CD")
    )


_LENGTH_NOUNS = frozenset(
    "metre meter metres meters foot feet ft m kilometre kilometer km mile fathom yard inch".split()
)


def _verb_change(anchor: Token) -> tuple[Change | None, str]:
    """The up/down of the verb that governs the number, and that verb's lemma."""
    tok = anchor
    for _ in range(5):
        if tok.dep_ == "pobj" and tok.head.lower_ in ("by",):
            tok = tok.head
            continue
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower() in ("average", "median", "mean")
        ):
            # "rise by an average of £86", "fall by a median of 29 hours": the verb's amount
            tok = tok.head.head
            continue
        if tok.dep_ == "conj" and tok.head.pos_ in ("NOUN", "NUM", "PROPN", "SYM"):
            tok = tok.head
            continue
        if tok.dep_ in (
            "dobj",
            "npadvmod",
            "advmod",
            "obj",
            "attr",
            "prep",
            "quantmod",
            "dep",
            "nummod",
            "appos",
            "oprd",
            "acomp",
            "conj",
            "agent",
        ):
            head = tok.head
            if (head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB")) and not _list_label(
                head
            ):
                lemma = head.lemma_.lower()
                return _verb_direction(head), lemma
            if (
                tok.dep_ in ("npadvmod", "advmod")
                and head.lower_ in _DIRECTION_WORDS
                and head.i > tok.i
            ):
                if head.lower_ in ("down", "up") and tok.lemma_.lower() in _LENGTH_NOUNS:
                    return None, ""  # "a wreck lying 60 metres down": a depth, not a fall
                # "closed 45 points lower", "edged 0.3% higher": a measure of a comparative
                return _DIRECTION_WORDS[head.lower_], head.lower_
            if head.pos_ in ("NOUN", "PROPN", "NUM", "SYM") and tok.dep_ in (
                "nummod",
                "quantmod",
                "compound",
                "appos",
            ):
                tok = head
                continue
        return None, ""
    return None, ""


def _verb_before(doc: Doc, start: int) -> tuple[Change | None, str]:
    """A change verb right before the number: "rose by a third", "fell 2%"."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None, ""
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "by":
        i -= 1
    if i < 0:
        return None, ""
    if not (doc[i].pos_ == "VERB" or doc[i].tag_.startswith("VB")):
        lemma = doc[i].lemma_.lower()
        if (
            doc[i].tag_ == "NNS"
            and i == span.start - 1  # (right before it: "increases by around six" is not)
            and (lemma in _UP_VERBS or lemma in _DOWN_VERBS)
            and i > 0
            and doc[i - 1].pos_ in ("NOUN", "PROPN")
        ):
            # "as Christmas demand climbs 18%": a verb in the present the tagger took for a
            # plural noun, between its subject and its amount
            return _lemma_change(lemma), lemma
        return None, ""
    if span[0].dep_ in ("nsubj", "nsubjpass") and span[0].head.i != i:
        # "He added two of the drones had struck ...": the number is the subject of a
        # clause of its own, which the verb before it reports
        return None, ""
    lemma = doc[i].lemma_.lower()
    return _verb_direction(doc[i]), lemma


def _noun_change(tok: Token) -> Change | None:
    """A change named by a noun the quantity modifies: "a 3.5% drop", "a drop of 0.3%",
    "a 0.43 percentage point increase"."""
    for _ in range(3):
        head = tok.head
        if head is tok:
            return None
        if tok.dep_ in ("nummod", "compound", "amod", "quantmod", "npadvmod", "nmod") and (
            head.pos_ == "NOUN" and head.i > tok.i
        ):
            lemma = head.lemma_.lower()
            if lemma in _UP_NOUNS:
                return "up"
            if lemma in _DOWN_NOUNS:
                return "down"
            tok = head
            continue
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
            lemma = head.head.lemma_.lower()
            return "up" if lemma in _UP_NOUNS else "down" if lemma in _DOWN_NOUNS else None
        return None
    return None


def _counts_named_model(doc: Doc, span: SpacySpan) -> bool:
    """ "16 Leopard tanks", "18 Leopard 2 tanks": a bare count before a model name and a
    plural noun (with a determiner before it, "the 737 Max jets", the number is the name's)."""
    first = span[0]
    if first.i > 0 and doc[first.i - 1].tag_ in ("DT", "PRP$", "POS"):
        return False
    k = span.end
    while (
        k < len(doc) and k - span.end < 4 and (doc[k].pos_ in ("PROPN", "NUM") or doc[k].like_num)
    ):
        k += 1
    named = k
    # ("80 BMP-2 infantry fighting vehicles", "12 Ka-52 attack helicopters": common nouns
    # that compound the plural)
    while k < len(doc) and k - named < 2 and doc[k].tag_ == "NN" and doc[k].dep_ == "compound":
        k += 1
    return k < len(doc) and named > span.end and doc[k].tag_ == "NNS"


def _counts_plural_noun(doc: Doc, span: SpacySpan) -> bool:
    """True when the number directly counts a plural common noun: "104 tanks", "12 air defense
    systems". The small model's NER sometimes tags such a number as a PRODUCT or ORG; a count of
    common nouns is a quantity whatever the entity label says ("737 Max jets" is a name because
    a proper noun follows, handled separately)."""
    k = span.end
    while (
        k < len(doc) and k - span.end < 3 and doc[k].tag_ in ("JJ", "NN") and doc[k].pos_ != "PROPN"
    ):
        k += 1
    if k >= len(doc) or doc[k].tag_ != "NNS" or doc[k].ent_type_ not in ("", "PRODUCT"):
        return False
    return any(t.dep_ == "nummod" and t.head.i == k for t in span) or span[-1].head.i == k


def _counted(doc: Doc, span: SpacySpan) -> Token | None:
    """The noun a number counts: "13,000 Russian vehicles" -> vehicles."""
    for tok in reversed(span):
        head = tok.head
        if (
            tok.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "appos")
            and head.i >= span.end
            and head.i - span.end <= 4
            and head.pos_ in ("NOUN", "PROPN")
            and head.ent_type_ not in ("DATE", "TIME")
        ):
            if gapped_conjunct(doc, span.end, head):
                return None
            if toll_figure(doc, span.start, span.end, head):
                return None
            return head
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.tag_ == "NNS" and nxt.head.i != span.end - 1:
        return nxt
    if nxt is not None and nxt.lower_ in _COUNTED_STATES:
        return nxt
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if (
        nxt is not None
        and after is not None
        and nxt.lower_ in _FATE_PARTICIPLES
        and after.tag_ == "NNS"
        and after.pos_ == "NOUN"
    ):
        # "and 521 destroyed tanks", parsed as "521 destroyed [the] tanks": a participle
        # before the counted noun
        return after
    return None


# What befell the things counted, written before their noun ("521 destroyed tanks")
_FATE_PARTICIPLES = frozenset(
    "destroyed damaged captured abandoned downed disabled lost confirmed documented".split()
)


_TIME_NOUNS = frozenset(
    "year month week day hour minute second decade century night fortnight quarter".split()
)
_NOT_MODIFIERS = frozenset(
    """more fewer less additional further other extra such several many few same last next
    first previous past remaining consecutive straight""".split()
)


def _premodifiers(doc: Doc, span: SpacySpan, noun: Token) -> list[Token]:
    """The words between a number and the noun it counts that modify the noun: "1,751
    armoured combat vehicles", "20 heart transplants" (NewsQuant's and the field-news
    unit is the counted noun with them)."""
    if noun.i <= span.end or noun.i - span.end > 4 or noun.lemma_.lower() in _TIME_NOUNS:
        return []
    mods = list(doc[span.end : noun.i])
    if any(m.lower_ in _NOT_MODIFIERS for m in mods):
        return []  # "three more years", "five other people": the count, not the kind
    if not all(
        m.dep_ in ("amod", "compound", "nmod")
        and m.pos_ in ("ADJ", "NOUN", "PROPN", "VERB")
        and m.is_alpha
        for m in mods
    ):
        return []
    return mods


# Participles and adjectives that stand for people when counted: "200 dead", "5 killed".
_COUNTED_STATES = frozenset(
    """killed dead wounded injured hurt missing displaced arrested detained evacuated
    hospitalised hospitalized infected""".split()
)


def _of_object(doc: Doc, span: SpacySpan) -> Token | None:
    """For "thousands of tests", "a third of the population": the noun after "of"."""
    if span.end < len(doc) and doc[span.end].lower_ == "of":
        of = doc[span.end]
        pron = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if (
            pron is not None
            and pron.lower_ in _PARTITIVE_PRONOUNS
            and (pron.pos_ == "PRON" or pron.lower_ in ("them", "whom", "which"))
        ):
            # "120 of them in Bakhmut": the things named before, not the place; "1,772 of
            # them tanks", "one in five of them were convicts" name their things after
            for t in doc[span.end + 2 : span.end + 5]:
                if t.pos_ in ("AUX", "DET", "ADV"):
                    continue
                return t if t.pos_ == "NOUN" else None
            return None
        for c in of.children:
            if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN"):
                return c
        for t in doc[span.end + 1 : span.end + 5]:
            if t.is_sent_start or t.text in (".", ";", "!", "?"):
                break  # ("the roughly 431,000 of 2024. Tank losses fell": not the next sentence's)
            if t.pos_ in ("NOUN", "PROPN"):
                # "four of six cruise missiles": the noun the compound modifies
                while t.dep_ == "compound" and t.head.i > t.i and t.head.i < span.end + 6:
                    t = t.head
                return t
    return None


_PARTITIVE_PRONOUNS = frozenset("them these those which whom us you".split())
# Nouns whose plural is their singular ("1,237 bird species", "five TV series", "40
# barracks"); the lemmatizer cuts their "s"
_SAME_PLURAL = frozenset(
    "species series means headquarters barracks crossroads news works gallows".split()
)


def _singular_lemma(tok: Token) -> str:
    if tok.lower_ in _SAME_PLURAL:
        return tok.lower_
    lem = tok.lemma_.lower() if tok.lemma_ else tok.lower_
    if tok.tag_ in ("NNS", "NNPS") and lem == tok.lower_ and lem.endswith("s") and len(lem) > 3:
        lem = lem[:-1]
    elif tok.tag_ == "NNS" and lem.endswith("os") and tok.lower_ == lem + "es":
        lem += "e"  # "doses", "hoses": the small model's lemmatizer gives "dos"
    return lem


def _sp(text: str, start: int, end: int) -> Span:
    return Span(start, end, text[start:end])


_LEVEL_FROM_BEFORE = re.compile(
    r"(?:\bto\s+(?:about\s+|around\s+|some\s+)?[\d,.]+(?:\s+\w+){0,2}?|\b(?:up|down))\s+from\s+$"
    r"|\bto\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:\s+\w+){0,2}?\s+from\s+$",
    re.I,
)


def extract_quantities(doc: Doc, *, raise_errors: bool = False) -> Iterator[Quantity]:
    """Every quantity in ``doc``, in text order, offsets into ``doc.text``.

    An error on one Doc is logged and yields nothing (one odd Doc must not stop a batch);
    ``raise_errors`` lets it propagate instead (test suites count it as a failure)."""
    try:
        text = doc_text(doc)
        found = _per_base(text, _ratios(text, _suspended(text, list(_extract(doc)))))
    except Exception:
        if raise_errors:
            raise
        log.exception("quantity extraction failed on a %d-character doc", len(doc_text(doc)))
        return
    yield from found


def _extract(doc: Doc) -> Iterator[Quantity]:
    text = doc_text(doc)
    if not text or not NUMBER_HINT.search(text):
        return
    nums = list(find_numbers(text))
    if not nums:
        return
    chunks: dict[int, tuple[int, int]] = {}
    parsed = doc.has_annotation("DEP")  # once per Doc: it walks every token
    if parsed:
        for ch in doc.noun_chunks:
            for i in range(ch.start, ch.end):
                chunks[i] = (ch.start, ch.end)
    units = _share_units(text, nums, [_currency_or_unit(text, n) for n in nums])
    nums = _dot_thousands(text, nums, units)
    prev: Quantity | None = None
    prev_scaled = False
    keep = [not _skip(doc, n, text, c, a) for n, (c, a) in zip(nums, units, strict=True)]
    for k in range(len(nums) - 1):
        # "the Celtics 112-105": a score or code dropped as a name takes its other half
        if (
            not keep[k]
            and keep[k + 1]
            and nums[k].kind == nums[k + 1].kind == "digits"
            and nums[k].end + 1 == nums[k + 1].start
            and text[nums[k].end] == "-"
            and units[k + 1] == (None, None)
        ):
            keep[k + 1] = False
    i = 0
    while i < len(nums):
        if not keep[i]:
            i += 1
            continue
        n = nums[i]
        cur, after = units[i]
        last = n
        low, high, value = n.low, n.high, n.value
        if (
            cur is not None
            and value is not None
            and value > 0
            and _MINUS_BEFORE_SIGN.search(text, max(0, cur.start - 12), cur.start) is not None
        ):
            # "prices dipped to minus €20", "-$5 a barrel": the sign of a negative amount
            # stands between the minus and the digits
            value, low, high = (
                -value,
                -high if high is not None else None,
                -low if low is not None else None,
            )
        # "22 and a half years": the digits and the fraction after "and" are one number
        if (
            n.kind == "digits"
            and value is not None
            and not n.has_scale
            and i + 1 < len(nums)
            and keep[i + 1]
            and nums[i + 1].value in (0.25, 0.5, 0.75)
            and re.fullmatch(r"\s+and\s+", text[n.end : nums[i + 1].start])
            and re.match(r"(?i)(?:an?|three)\s", text[nums[i + 1].start : nums[i + 1].end])
            and cur is None
            and (after is None or after == units[i + 1][1] or after.start > nums[i + 1].start)
        ):
            frac = nums[i + 1].value
            assert frac is not None
            value = low = high = value + frac
            last = nums[i + 1]
            after = units[i + 1][1]
            keep[i + 1] = False
            i += 1
        # Ranges: "252 to 287 miles", "between 5 and 10", "$3 billion to $5 billion", "5-10W".
        j = i + 1
        if j < len(nums) and n.kind != "vague":
            m2 = nums[j]
            cur2, after2 = units[j]
            gap_from = after.end if after and after.start < m2.start else n.end
            gap = text[gap_from : cur2.start if cur2 else m2.start]
            ok_gap = bool(_RANGE_GAP.match(gap)) and (
                "and" not in gap.lower()
                or _BETWEEN_BEFORE.search(
                    text[: n.start - ((n.start - cur.start) if cur else 0)][-30:]
                )
            )
            thousands = _thousands_carry(text, n, m2)
            if not ok_gap and _OR_GAP.match(gap) and (n.kind == m2.kind == "words" or thousands):
                ok_gap = True
            if (
                ok_gap
                and parsed
                and _change_then_level(
                    doc,
                    text,
                    cur.start if cur else n.start,
                    gap,
                    n,
                    m2,
                    own_unit=cur is not None and cur2 is not None,
                )
            ):
                ok_gap = False  # "fell £1.1bn to £8.4bn": the fall, then the level reached
            if (
                ok_gap
                and parsed
                and gap.strip().lower() == "to"  # ("from 1.0-1.06 million tonnes": a range)
                and _levels_from_to(doc, text, cur.start if cur else n.start)
            ):
                ok_gap = False  # "rose from 5% to 7%": two levels, not a range
                if cur is None and after is None and (cur2 or after2) is not None:
                    after = after2 or cur2  # "from 13.5 to 14.0 mm": both are in mm
                if (
                    m2.has_scale
                    and not n.has_scale
                    and n.value is not None
                    and m2.value is not None
                    and (scale := _scale_of(m2))
                    and abs(n.value) < abs(m2.value) / scale * 10
                ):
                    # "lift capacity from 77 to 142 million tonnes": the scale serves both
                    value = low = high = n.value * scale
            if (
                ok_gap
                and gap.strip().lower() == "to"
                and n.value is not None
                and m2.value is not None
                and n.value > m2.value
                and _BY_JUST_BEFORE.search(text, max(0, n.start - 12), n.start)
            ):
                # "the measure was passing by 51.3% to 48.7%": a vote's two sides, not a range
                ok_gap = False
            u1, u2 = (cur or after), (cur2 or after2)
            same_unit = (
                u1 is None
                or (u2 is not None and u1.unit == u2.unit)
                # "$1.8-2.4 million", "€20 to 30": the currency sign serves both ends
                or (u2 is None and cur is not None and (m2.has_scale or not n.has_scale))
            )
            if (
                ok_gap
                and same_unit
                and m2.value is not None
                and n.value is not None
                and (keep[j] or (text[n.start : n.end].isdigit() and gap.strip() == "-"))
            ):
                low, high, value = n.value, m2.value, None
                # A scale carries back: "$89 to $93 billion", "four to five million".
                if m2.has_scale and not n.has_scale and abs(n.value) < abs(m2.value):
                    scale = _scale_of(m2)
                    if scale and abs(n.value * scale) <= abs(m2.value) * 10:
                        low = n.value * scale
                elif thousands:
                    low = n.value * 1000  # "70 or 80,000", "70-80,000"
                if low is not None and high is not None and low > high and gap.strip(" -–—"):
                    # "from -18 °C to -34 °C": low is -34 (a dashed "9-2" is a score: as written)
                    low, high = high, low
                last = m2
                cur = cur or cur2
                after = after2 or after
                keep[j] = False
                i = j
        if value is not None and i + 1 < len(nums) and keep[i + 1]:
            part = _subunit_after(text, after, nums[i + 1], units[i + 1][1])
            if part is not None:  # "3 dollars 50 cents", "5 feet 2 inches"
                value = low = high = value + part
                last = nums[i + 1]
                keep[i + 1] = False
                i += 1
        i += 1
        q = _build(doc, text, n, last, value, low, high, cur, after, chunks, parsed)
        if prev is not None:
            q = _relate(text, prev, q, n, prev_scaled, doc)
        prev, prev_scaled = q, n.has_scale
        yield q


_DOT_GROUPED = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_COMMA_GROUPED = re.compile(r"\d,\d{3}(?!\d)")
# a plural noun right after the figure, up to three words on ("1.440 tanks", "3.528
# armoured combat vehicles")
_PLURAL_AFTER = re.compile(
    r"\s+(?:(?!(?:on|in|at|by|to|of|for|with|from|the|a|an|his|her|its|their|and|or)\s)"
    r"[A-Za-z][\w-]*\s+){0,3}?[a-z][a-z-]*[^s\W]s\b"
)
_RATE_NEAR = re.compile(r"\b(?:per|average|averag\w+|a\s+day|a\s+game|ratio|rate)\b", re.I)


def _dot_thousands(
    text: str, nums: list[Number], units: list[tuple[UnitMatch | None, UnitMatch | None]]
) -> list[Number]:
    """Numbers whose dot groups thousands, as a translator from German, Italian or Polish
    may leave it ("around 32.750 soldiers", "1.440 tanks"): read as thousands when the
    text groups no number with a comma and at least one such figure counts things (three
    digits after the dot, then a plural noun that is no unit of measure and no rate: a
    fraction of a soldier is no count). Then every such figure in the text with no unit is
    read so ("the 200.000 mark")."""
    cands = [
        k
        for k, n in enumerate(nums)
        if n.kind == "digits"
        and not n.has_scale
        and _DOT_GROUPED.fullmatch(text, n.start, n.end)
        and units[k] == (None, None)
        and not text[n.end : n.end + 1].isdigit()
    ]
    if not cands or _COMMA_GROUPED.search(text):
        return nums

    def counts(n: Number) -> bool:
        after = _PLURAL_AFTER.match(text, n.end)
        if after is None:
            return False
        near = text[max(0, n.start - 40) : min(len(text), after.end() + 30)]
        return not _RATE_NEAR.search(near)

    if not any(counts(nums[k]) for k in cands):
        return nums
    out = list(nums)
    for k in cands:
        n = nums[k]
        v = float(text[n.start : n.end].replace(".", ""))
        out[k] = replace(n, value=v, low=v, high=v)
    return out


def _thousands_carry(text: str, n: Number, m2: Number) -> bool:
    """ "70 or 80,000": a small round first number shares the second's thousands."""
    a, b = n.value, m2.value
    return (
        a is not None
        and b is not None
        and n.kind == "digits"
        and not n.has_scale
        and a == int(a)
        and 1 <= a < 1000
        and text[m2.start : m2.end].endswith(",000")
        and b / 10 <= a * 1000 <= b
    )


# A unit and the smaller unit that may follow it in one amount, with how many make one.
_SUBUNITS = {
    ("dollar", "cent"): 100.0,
    ("euro", "cent"): 100.0,
    ("pound", "pence"): 100.0,
    ("foot", "inch"): 12.0,
    ("pound", "ounce"): 16.0,
}


_INCH_AFTER = re.compile(r"\s?in\b")


def _subunit_after(
    text: str, after: UnitMatch | None, m2: Number, after2: UnitMatch | None
) -> float | None:
    """The second part of one amount in two units ("3 dollars 50 cents", "5 feet 2 inches",
    "6 ft 2 in"), in the first unit; it must follow the first unit directly or after "and"."""
    if after is None or m2.value is None:
        return None
    unit2 = after2.unit if after2 is not None else None
    if unit2 is None and after.unit == "foot" and _INCH_AFTER.match(text, m2.end):
        unit2 = "inch"  # "12 ft 2 in more or less": after feet, "in" is the inch
    if unit2 is None:
        return None
    per = _SUBUNITS.get((after.unit.split()[-1], unit2))
    if per is None or not 0 < m2.value < per:
        return None
    if not re.fullmatch(r"\s*(?:and\s+)?", text[after.end : m2.start]):
        return None
    return m2.value / per


_SHARED_GAP = re.compile(r"\s*(?:,\s*)?(?:and|or|,)\s*$")
_AND_OR = re.compile(r"\b(?:and|or)\b")


def _share_units(
    text: str, nums: list[Number], units: list[tuple[UnitMatch | None, UnitMatch | None]]
) -> list[tuple[UnitMatch | None, UnitMatch | None]]:
    """A bare number joined by "and"/"or"/"," to a number with a unit written after it shares
    that unit: "45 and 50 mg", "10, 20 or 30 percent" (as suspended hyphens share theirs)."""
    out = list(units)
    for k in range(len(nums) - 2, -1, -1):
        cur, after = out[k]
        cur2, after2 = out[k + 1]
        if cur or after or cur2 or after2 is None or after2.kind not in ("physical", "percent"):
            continue
        gap = text[nums[k].end : nums[k + 1].start]
        if nums[k].kind == "vague" or not _SHARED_GAP.fullmatch(gap):
            continue
        if _YEAR_AFTER_TIME_WORD.search(text, 0, nums[k].end) and _is_year_text(
            text[nums[k].start : nums[k].end]
        ):
            continue  # "rose 5% in 2023 and 40% of them ...": a year shares no unit
        if units[k + 1][1] is not None and not _AND_OR.search(gap):
            continue  # "rose to 4.2m, 9% more": a list ends with "and"/"or" ("10, 20 or 30%")
        out[k] = (None, after2)
    return out


_YEAR_AFTER_TIME_WORD = re.compile(
    r"\b(?:in|since|by|until|till|through|during|from|before|after)\s+\d{4}$", re.I
)


def _is_year_text(raw: str) -> bool:
    return re.fullmatch(r"1[5-9]\d\d|20\d\d", raw) is not None


_SUSPENDED = re.compile(r"^-(?=,|\s+(?:and|or|to)\b)")


def _suspended(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Suspended hyphens share the last unit: "four-, five- and six-cylinder engines"."""
    for k in range(len(qs) - 2, -1, -1):
        q, nxt = qs[k], qs[k + 1]
        if (
            q.unit is None
            and nxt.unit
            and nxt.start - q.end < 30
            and _SUSPENDED.match(text[q.end : q.end + 6])
        ):
            qs[k] = replace(q, unit=nxt.unit, unit_span=nxt.unit_span, concept=nxt.concept)
        elif q.unit is None and nxt.unit and _BY_SIZE.fullmatch(text, q.end, nxt.start):
            # "measuring 183 by 173 centimetres": a size's first term has the last's unit
            qs[k] = replace(q, unit=nxt.unit, unit_span=nxt.unit_span)
    return qs


_BY_SIZE = re.compile(r"\s*(?:by|x|×)\s*")
# "one in five shoppers", "1 in 10 contracts", "three out of four": a share written as a ratio
_RATIO_GAP = re.compile(r"\s+(?:in|out\s+of)\s+(?:every\s+)?", re.I)


_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|these|those|us|you)\b", re.I)


def _ratios(text: str, qs: list[Quantity]) -> list[Quantity]:
    """One quantity for a ratio of two counts, its value the share ("about one in five
    shoppers" -> ~0.2 shopper), as NewsQuant's "one of four separate mission concepts"."""
    out: list[Quantity] = []
    k = 0
    while k < len(qs):
        q = qs[k]
        nxt = qs[k + 1] if k + 1 < len(qs) else None
        if (
            nxt is not None
            and q.value is not None
            and nxt.value is not None
            and q.unit is None
            and nxt.change == "="
            # (of things named: "one in five shoppers", "one in four of them", not "more
            # than 2 in 5")
            and (nxt.unit is not None or _OF_THEM_AFTER.match(text, nxt.end) is not None)
            and nxt.unit not in _TIME_UNITS
            and not is_currency(nxt.unit)
            and nxt.unit not in ("percent", "percentage point")
            and float(q.value).is_integer()
            and float(nxt.value).is_integer()
            and 1 <= q.value < nxt.value <= 1000
            and _RATIO_GAP.fullmatch(text, q.end, nxt.start)
        ):
            share = q.value / nxt.value
            out.append(
                replace(
                    q,
                    end=nxt.end,
                    text=text[q.start : nxt.end],
                    value=share,
                    low=share,
                    high=share,
                    unit=nxt.unit,
                    unit_span=nxt.unit_span,
                    concept=q.concept,
                )
            )
            k += 2
            continue
        out.append(q)
        k += 1
    return out


# "12.9 deaths per 1,000 inhabitants", "8.7 per 1,000 population", "97.6 men for every 100
# women": a round base a rate is counted on (not "Rs 3,900 per 40 kilogrammes", a price on a
# quantity of its own)
_PER_BASE_GAP = re.compile(
    r"\s*(?:[^\W\d_][\w'’-]*\s+){0,3}?(?P<per>per|for\s+every|in\s+every|out\s+of\s+every)\s+",
    re.I,
)
_ROUND_BASES = frozenset([100.0, 1_000.0, 10_000.0, 100_000.0, 1_000_000.0])


def _per_base(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A rate's base is part of its unit, not a quantity of its own (NewsQuant's "deaths per
    1,000 live births")."""
    out: list[Quantity] = []
    k = 0
    while k < len(qs):
        q = qs[k]
        nxt = qs[k + 1] if k + 1 < len(qs) else None
        gap = _PER_BASE_GAP.fullmatch(text, q.end, nxt.start) if nxt is not None else None
        if (
            nxt is not None
            and gap is not None
            and q.value is not None
            and nxt.value in _ROUND_BASES
            and nxt.change == "="
            and (nxt.unit is None or not is_currency(nxt.unit))
            and (q.unit is None or " per " not in q.unit)
            and (q.unit_span is None or q.unit_span.end <= nxt.start)
        ):
            per = re.sub(r"\s+", " ", gap.group("per").lower())
            base = " ".join(x for x in (nxt.text, nxt.unit) if x)
            end = max(nxt.end, nxt.unit_span.end if nxt.unit_span is not None else 0)
            concept = q.concept
            if concept is not None and concept.start < end and nxt.start < concept.end:
                concept = nxt.concept  # (not the base's noun: "8.7 per 1,000 population")
            out.append(
                replace(
                    q,
                    unit=" ".join(x for x in (q.unit, per, base) if x),
                    unit_span=_sp(text, q.unit_span.start if q.unit_span else q.end, end),
                    concept=concept,
                )
            )
            k += 2
            continue
        out.append(q)
        k += 1
    return out


# The base a level is compared with has the level's unit: "3000 people, up from 2500",
# "4.1% compared with 3.9", "12 wins versus 9".
_BASE_GAP = re.compile(
    # (after the level's own time: "4,312 pothole complaints last year, up from 3,190")
    r"^(?:\s+(?:last|this|the\s+previous|the\s+past)\s+(?:year|month|week|quarter|season)"
    r"|\s+in\s+(?:19|20)\d\d)?"
    r"\s*,?\s*(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus|vs\.?)\s+"
    r"(?:about\s+|around\s+|roughly\s+|an?\s+estimated\s+)?$",
    re.I,
)
_TIME_SPAN_BEFORE = re.compile(
    r"\b(?:over|during|in|for|within|across)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
_AT_LEVEL_GAP = re.compile(r"^\s*(?:,\s*)?(?:at|to)\s+(?:a\s+close\s+of\s+)?$", re.I)
_PAREN_GAP = re.compile(r"^[^()]{0,3}\(\s*(?:or\s+|about\s+|around\s+)?$")


# Between two coordinated figures: a few words, then "and"/"or" (and "by").
_COORDINATED_GAP = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:and|or)\s+(?:by\s+)?$", re.I)
# Words that make the second figure a level or a standard, not another change.
_LEVEL_WORDS = re.compile(r"\b(?:to|from|at|of|than|with|versus|vs|against)\b", re.I)


def _own_clause(doc: Doc | None, q: Quantity) -> bool:
    """Whether the figure is the subject of a clause of its own ("and 40% of them were
    online"): no longer in the list the first figure's verb governs."""
    if doc is None or not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    while tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass", "csubj")


def _relate(
    text: str, prev: Quantity, q: Quantity, n: Number, prev_scaled: bool, doc: Doc | None = None
) -> Quantity:
    """Carry what a neighbour states: "(60 miles)" keeps the bound of "more than 100 km";
    "6 million homes ... including 1.5 million" counts homes too."""
    gap_end = prev.end
    if prev.unit_span and prev.end <= prev.unit_span.end <= q.start:
        gap_end = prev.unit_span.end
    gap = text[gap_end : q.start]
    if _PAREN_GAP.match(gap) and prev.concept is not None:
        q = replace(q, concept=prev.concept)
    elif (
        _AT_LEVEL_GAP.match(gap)
        and prev.change in ("up", "down")
        and prev.concept is not None
        and q.change == "="
    ):
        q = replace(q, concept=prev.concept)  # "down 68p at 1,112p": the level of the same
    if _PAREN_GAP.match(gap) and q.unit is None and prev.unit is not None and q.change == "up":
        q = replace(q, unit=prev.unit, unit_span=prev.unit_span)  # "28,700 (plus 200)"
    # (not "~": NewsQuant's gold keeps "some seven miles (11 km)" and "almost S$1mil
    # (RM3.06mil)" exact in the brackets)
    if (
        q.change == "="
        and prev.change in (">", ">=", "<", "<=")
        and _PAREN_GAP.match(gap)
        and not _exact_of_bound(prev, q)
    ):
        q = replace(
            q,
            change=prev.change,
            low=None if prev.change in ("<", "<=") and q.value is not None else q.low,
            high=None if prev.change in (">", ">=") and q.value is not None else q.high,
        )
    if (
        q.change == "="
        and prev.change in ("up", "down")
        and q.unit is not None
        and q.unit == prev.unit
        and _COORDINATED_GAP.match(gap)
        and not _LEVEL_WORDS.search(gap)
        and not _own_clause(doc, q)
    ):
        # "rose 0.4% month-on-month and 3.2% year-on-year": the verb of a change governs
        # every figure coordinated with the first, whatever the parse attached it to
        q = replace(q, change=prev.change)
    if (
        q.unit is None
        and prev.unit is not None
        and _BASE_GAP.match(gap)
        # (not a span of time the level was counted over: "70,000 visitors over the fair's
        # five days, compared with 68,000 last year")
        and not (
            prev.unit in _TIME_UNITS
            and _TIME_SPAN_BEFORE.search(text, max(0, prev.start - 40), prev.start)
        )
    ):
        q = replace(q, unit=prev.unit, unit_span=prev.unit_span)  # "3000 people, up from 2500"
    if (
        q.unit is None
        and prev.unit is not None
        and n.has_scale
        and prev_scaled
        and len(gap) < 60
        and prev.unit_span is not None
        # (not a figure with a noun of its own: "a $4.5 million fine ..., who placed more
        # than 21 million spoofed calls")
        and _NO_NOUN_AFTER.match(text, q.end) is not None
    ):
        q = replace(q, unit=prev.unit, unit_span=prev.unit_span)
    return q


# What may follow a bare scaled amount that shares the unit of the one before ("$5 billion in
# 2022 and 6 billion in 2023", "... to 7 billion, analysts said")
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:)!?\]]|$|(?:in|for|and|or|to|from|by|on|at|a|an|per|each|this|last|next|over"
    r"|during|of|since|until|than|as|with|after|before|while|but|the|its|their|is|was|were"
    r"|are|had|has|have|will|would|could|respectively|apiece|each|more|less|too|so|who|whom"
    r"|which|that|whose|where|when)\b)",
    re.I,
)


def _scale_of(n: Number) -> float:
    return _SUFFIX_SCALES.get(n.scale_text.lower(), 0.0) if n.scale_text else 0.0


def _build(
    doc: Doc,
    text: str,
    n: Number,
    last: Number,
    value: float | None,
    low: float | None,
    high: float | None,
    cur: UnitMatch | None,
    after: UnitMatch | None,
    chunks: dict[int, tuple[int, int]],
    parsed: bool = True,
) -> Quantity:
    start = cur.start if cur and cur.start < n.start else n.start
    end = last.end
    change, bstart = _bound(text, start, end)
    if n.kind == "vague":
        change = change or "="
    unit_match = cur or after
    unit: str | None = unit_match.unit if unit_match else None
    unit_span = _sp(text, unit_match.start, unit_match.end) if unit_match else None
    uend = max(end, unit_match.end) if unit_match else end
    if cur is not None and after is None and cur.unit == "dollar":
        # "$31.20 US", "$76 US a barrel": the country after the amount is the currency's
        m = _DOLLAR_COUNTRY_AFTER.match(text, end)
        if m:
            unit_span = _sp(text, cur.start, m.end())
            uend = m.end()
    span = doc.char_span(n.start, last.end, alignment_mode="expand")
    anchor: Token | None = span.root if span is not None and len(span) else None
    if not parsed:
        anchor = None  # no parse (a blank pipeline): no concept, no verb
    counted: Token | None = None
    item: Token | None = None
    if span is not None and len(span):
        aged = (
            _AGED_BEFORE.search(text, max(0, bstart - 24), bstart)
            # ("before the age of 65": the bound stands before "the age of")
            or _AGED_BEFORE.search(text, max(0, n.start - 24), n.start)
            if unit is None
            else None
        )
        if (
            aged is None
            and unit is None
            and ((by_comma := _appositive_age(doc, n.start, n.end)) is not None)
        ):
            aged = by_comma  # "Holt, 41, of Salford": an age, unit-less as NewsQuant writes it
            unit, unit_span = "year of age", None
        elif aged is None and unit is None and parsed and _person_age(span[0]):
            unit, unit_span = "year of age", None  # "he was 17 when he ..."
        elif aged is not None:
            # "a man aged 87", "voters ages 18 to 24": an age in years, as "87-year-old" is
            unit, unit_span = "year of age", _sp(text, aged.start(1), aged.end(1))
        if unit is None:
            counted = item = _item_label(doc, text, bstart, end)
            if counted is None and n.kind != "vague":
                counted = _counted(doc, span)
            if counted is None:
                counted = _of_object(doc, span)
            if counted is not None and not any(c.isalpha() for c in counted.text):
                counted = None  # "5 ± 0.2 K": a sign is no counted noun
            if counted is not None and bare_demonym(counted):
                counted = None  # "against 2,047 Russian": whose, its noun left out
            if counted is not None:
                unit = (
                    counted.lower_
                    if counted.lower_ in _COUNTED_STATES
                    else _singular_lemma(counted)
                )
                unit_span = _sp(text, counted.idx, counted.idx + len(counted.text))
                mods = _premodifiers(doc, span, counted)
                if mods:
                    unit = " ".join(
                        [*(m.text if m.text[:1].isupper() else m.lower_ for m in mods), unit]
                    )
                    unit_span = _sp(text, mods[0].idx, unit_span.end)
                uend = max(uend, unit_span.end)
        elif unit_match is not None:
            us = doc.char_span(unit_match.start, unit_match.end, alignment_mode="expand")
            if us is not None and len(us) and us.root.i >= span.end:
                counted = us.root
    # Rates: "$58.24 per barrel", "hours a week", "3,000 tests per day".
    if unit is not None:
        r = rate_after(text, uend)
        if r is not None:
            unit = f"{unit} per {r[0]}"
            unit_span = _sp(text, unit_span.start if unit_span else uend, r[1])
    if change in (None, "~", ">", "<"):
        ends: tuple[int, ...] = (end,)
        if (
            unit_span is not None
            and unit_span.start >= end
            and re.fullmatch(r"[\s\w-]{0,30}", text[end : unit_span.start])
        ):
            ends = (end, unit_span.end)
        change = _bound_after(text, ends, change) or change
    if change is None or change == "~":
        change = _change(doc, text, change, anchor, counted, unit_match, bstart, start, uend)
    concept = None
    # A measure, not a counted noun: "60% of the workers", "1.6 gigawatts of capacity" are
    # about what follows "of" ("bottles of hand sanitiser" count bottles)
    unit_is_measure = unit_match is not None and unit_match.kind in (
        "percent",
        "currency",
        "physical",
    )
    if item is not None:
        concept = _sp(text, item.idx, item.idx + len(item.text))  # the list item's label
    elif anchor is not None:
        lo = doc.char_span(bstart, uend, alignment_mode="expand")
        lo_i, hi_i = (lo.start, lo.end) if lo is not None else (anchor.i, anchor.i + 1)
        concept = _named_before_change(doc, text, bstart, chunks, lo_i, hi_i)
        if concept is None and change in ("up", "down"):
            concept = _changed_object(counted or anchor, chunks, lo_i, hi_i)
        try:
            concept = concept or find_concept(
                counted or anchor, chunks, lo_i, hi_i, counted is None or unit_is_measure
            )
        except (IndexError, KeyError):
            concept = None
    return Quantity(
        start=bstart,
        end=end,
        text=text[bstart:end],
        value=value,
        low=low if value is None or change not in ("<", "<=") else None,
        high=high if value is None or change not in (">", ">=") else None,
        change=change or "=",
        unit=unit,
        unit_span=unit_span,
        concept=concept,
    )


def bare_demonym(tok: Token) -> bool:
    """A demonym adjective with nothing after it in its clause ("..., against 2,047
    Russian."): it says whose the things are; the counted noun is left out."""
    doc = tok.doc
    return (
        tok.text[:1].isupper()
        and not tok.lower_.endswith("s")
        and demonym_country(tok.text) is not None
        and (tok.i + 1 == len(doc) or doc[tok.i + 1].text in (".", ",", ";", ":", ")", "!", "?"))
    )


_AGO_AFTER = re.compile(r"\s+(?:ago|earlier|before|later)\b", re.I)
_TIME_UNITS = frozenset(["year", "month", "week", "day", "decade", "century", "hour", "minute"])


# nouns of people and bodies that do things: "by some 650,000 smallholders"
_DOERS = re.compile(
    r"(?:ers|ors|ists|ants|ents|ians)$|^(?:people|persons|men|women|children|families"
    r"|households|companies|firms|businesses|volunteers|staff)$",
    re.I,
)
_LEVEL_RESTATED = re.compile(
    # (no other figure between: "to 37,753.31, the S&P 500 lost 58.65 points, or 1.20%")
    r"\bto\s+[^\s,;\d]*\d[\d.,]*%?[^\d;:]{0,80}?,\s+or\s+(?:about\s+|around\s+|some\s+"
    r"|roughly\s+|nearly\s+"
    r"|almost\s+|approximately\s+)?[^\s\d]{0,3}$",
    re.I,
)


# "by" right before a term, its currency sign or unit between ("by 51.3%", "by £5m")
_BY_JUST_BEFORE = re.compile(r"\bby\s+(?:[£$€¥]\s*)?$")
_SHORT_AFTER = re.compile(r"\s+short\s+of\b|\s+short\s*(?:[.,;]|$)", re.I)


def _change(
    doc: Doc,
    text: str,
    change: Change | None,
    anchor: Token | None,
    counted: Token | None,
    unit_match: UnitMatch | None,
    bstart: int,
    start: int,
    uend: int,
) -> Change | None:
    """Up or down for a quantity with no bound (or only "~"): the governing verb ("rose
    5%"), "up"/"down" before the number, a comparative after it ("0.05 points higher than"),
    or a change noun it modifies ("a 3.5% drop"). A number after "to/at/from/of" is a level.
    """
    verb: Change | None = None
    lemma = ""
    if anchor is not None:
        verb, lemma = _verb_change(anchor)
        if verb is None and counted is not None:
            verb, lemma = _verb_change(counted)
        if verb is None:
            verb, lemma = _verb_before(doc, bstart)
    measure = unit_match is not None and unit_match.kind in ("percent", "currency", "idiom")
    if (
        verb is not None
        and unit_match is None
        and counted is not None
        and counted.dep_ == "pobj"
        and counted.head.dep_ == "agent"
        # (not a unit's amount: "was increased by 18 degrees", "extended by 11 km"; nor
        # things, not doers: "the July total was revised down by 30,000 jobs")
        and _DOERS.search(counted.text) is not None
    ):
        verb = None  # "tea is grown by some 650,000 smallholders": who does it, not how much
    if (
        verb is not None
        and unit_match is not None
        and unit_match.unit in _TIME_UNITS
        and _AGO_AFTER.match(text, uend)
    ):
        verb = None  # "the vessel sank roughly 480 years ago": when, not how far
    if (
        verb is not None
        and unit_match is not None
        and unit_match.unit in _TIME_UNITS
        and _SPAN_BEFORE.search(text, max(0, bstart - 30), bstart)
    ):
        # "fell by 1,200 over five years", "rose 8% in the past three months": the time the
        # change took, not a change of its own ("the wait rose by two weeks" is)
        verb = None
    if (
        verb == "down"
        and lemma in _EVENT_DOWN_VERBS
        and not measure
        and not (unit_match is not None and unit_match.kind == "physical")
    ):
        # "lost 625 tanks": the losses, not a fall ("lost 2.1 cubic kilometres of ice" is)
        verb = None
    if (
        verb == "down"
        and lemma in _EVENT_DOWN_VERBS
        and unit_match is not None
        and unit_match.kind == "percent"
        and (cmp := _CMP_NOUN_AFTER.match(text, uend))
    ):
        # "Russia lost 60% more troops than in 2023": the comparative on the lost things says
        # which way ("lost 3% more than expected" stays a fall)
        verb = "up" if cmp.group(1).lower() == "more" else "down"
    if (
        verb == "up"
        and lemma in _AMOUNT_UP_VERBS
        and not (unit_match is not None and unit_match.kind in ("percent", "idiom"))
        and not _BY_BEFORE.search(text, max(0, bstart - 12), bstart)
    ):
        # "raised $50 million in funding", "can lift 64 tons": the amount raised or lifted;
        # "raised prices by $2", "lifted its shares 3%" are rises
        verb = None
    if verb is not None and _SHORT_AFTER.match(text, uend):
        # "fell 44 seats short of an absolute majority", "came up 3cm short": the gap to a
        # mark, not a change
        verb = None
    head = text[max(0, bstart - 40) : bstart]
    if _TO_BEFORE.search(head) and not _AVERAGE_OF.search(head):
        verb = None  # (not "rise by an average of £86": the amount of the rise)
    if _LEVEL_RESTATED.search(text, max(0, bstart - 120), bstart):
        # "widened to 5.7% of GDP in the first nine months, or about 91 billion lei": the
        # level said again in another unit is a level too
        verb = None
    ud = _UPDOWN_BEFORE.search(head)
    if (
        ud is not None
        and not measure
        and (
            (counted is not None and unit_match is None)
            or _is_particle(doc, bstart - len(head) + ud.start(1))
        )
    ):
        # "shot down 73 drones", "set up 10 clinics": a phrasal verb, not a change ("up 3
        # ppm from a year earlier", "down 0.6 years" are changes in a unit)
        ud = None
    if (
        ud is not None
        and measure
        and _particle_of_still_verb(doc, bstart - len(head) + ud.start(1))
    ):
        ud = None  # "made up 16.5% of registrations", "picked up 5%": no change of level
    if verb:
        return verb
    if (
        ud
        and change == "~"
        and re.match(r"(?i)about|around|approx|roughly|some|circa|~", text[bstart:start])
    ):
        return change
    if ud and not _TO_BEFORE.search(head):
        word = ud.group(1).lower()
        if ud.group(2):
            return "~"
        if word in ("up", "higher"):
            return "up"
        if word in ("down", "lower", "off"):
            return "down"
    if change is None and unit_match is not None and unit_match.kind in ("percent", "idiom"):
        cmp = _CMP_AFTER.match(text, uend)
        if cmp:
            return (
                "up" if cmp.group(1).lower() in ("higher", "more", "greater", "bigger") else "down"
            )
    if change is None and measure and unit_match is not None and not _TO_BEFORE.search(head):
        # "ended 0.5% lower", "closed 68p higher", "12% up on last year"; not a level
        # "at 1,463.87 points, down 0.03%"
        rx = _DIR_AFTER_CURRENCY if unit_match.kind == "currency" else _DIR_AFTER
        d = rx.match(text, uend)
        if d:
            return _DIRECTION_WORDS[d.group(1).lower()]
    if change is None and anchor is not None and measure:
        noun = _noun_change(anchor)  # "a 3.5% drop"; "job gains of 170,000" name a level
        if noun is not None:
            return noun
    return change


# "Unite Group, down 68p at 1,112p, JD Sports, up 2%": a market report names what moved,
# then a comma, then its change.
_NAME_COMMA_CHANGE = re.compile(r"(?P<comma>,)\s+(?:up|down|off|higher|lower)\s+(?:by\s+)?$", re.I)


def _named_before_change(
    doc: Doc, text: str, bstart: int, chunks: dict[int, tuple[int, int]], lo: int, hi: int
) -> Span | None:
    """The name before ", up/down X" ("Barclays, up 3%"), which the parse often hangs
    elsewhere (the clause's subject)."""
    m = _NAME_COMMA_CHANGE.search(text, max(0, bstart - 16), bstart)
    if m is None:
        return None
    comma = _group_span(doc, m, "comma")
    if comma is None or comma.start == 0:
        return None
    prev = doc[comma.start - 1]
    if prev.pos_ not in ("NOUN", "PROPN") or prev.ent_type_ in ("DATE", "TIME"):
        return None  # "$3.1 million in May, down 9.2%": May is when, not what
    if prev.pos_ == "NOUN" and prev.dep_ == "pobj":
        return None  # "shares have been on a tear, up 57%": a phrase, not what moved
    if not any(c.isalpha() for c in prev.text) or any(
        t.like_num for t in doc[max(0, prev.i - 2) : prev.i + 1]
    ):
        return None  # "67.3 percent, up 2.1 points": the unit of another amount
    return chunk_of(prev, chunks, lo, hi)


def _changed_object(
    tok: Token, chunks: dict[int, tuple[int, int]], lo: int, hi: int
) -> Span | None:
    """For a transitive verb of change, the thing changed is its object, not the one who
    changes it: "the bank cut its benchmark rate by 50 basis points" -> benchmark rate,
    "the retailer hiked prices 5%" -> prices."""
    for _ in range(4):
        counts = tok.dep_ in ("nummod", "quantmod", "compound") and tok.head.pos_ in (
            "NOUN",
            "SYM",
        )
        if not (counts or (tok.dep_ == "pobj" and tok.head.lower_ == "by")):
            break
        tok = tok.head  # "50 basis points" -> points; "by 50 ..." -> by
    verb = tok.head
    if tok.dep_ not in ("prep", "npadvmod", "advmod") or verb is tok:
        return None
    if not (verb.pos_ == "VERB" and _lemma_change(verb.lemma_.lower())):
        return None
    for c in verb.children:
        # (the object before the amount: "... rose by about 161,000 and its tank count by
        # 2,013" has a gapped conjunct after it, parsed as the object, that is not changed)
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i < lo:
            sp = chunk_of(c, chunks, lo, hi)
            if sp is not None and any(ch.isalpha() for ch in sp.text):
                return sp
    return None


def _is_particle(doc: Doc, idx: int) -> bool:
    span = doc.char_span(idx, idx + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].dep_ == "prt"


def _particle_of_still_verb(doc: Doc, idx: int) -> bool:
    """Whether the word at ``idx`` is the particle of a verb that names no change ("made
    up", "picked up", "broke down"), not of one that moves ("edged up", "marked down")."""
    span = doc.char_span(idx, idx + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].dep_ != "prt":
        return False
    verb = span[0].head
    lemma = verb.lemma_.lower()
    return not (
        lemma in _MOVE_VERBS
        or lemma in _UP_VERBS
        or lemma in _DOWN_VERBS
        or (lemma, span[0].lower_) in _PHRASAL_CHANGE
    )


# "raised $50 million", "can lift 64 tons" name the amount moved (a level); "raised prices
# by 5%", "lifted the shares 3%" are rises.
# ("recovered 320 firearms", "grow 15 billion trees": what is grown, not a growth)
_AMOUNT_UP_VERBS = frozenset(["raise", "lift", "recover", "grow"])
_BY_BEFORE = re.compile(r"\bby\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
_DIR_AFTER = re.compile(r"\s+(higher|lower|up|down)\b(?!\s+(?:front|payment)\b)", re.I)
_DIR_AFTER_CURRENCY = re.compile(r"\s+(higher|lower)\b", re.I)
_CMP_NOUN_AFTER = re.compile(
    r"\s+(more|fewer|less)\s+(?!than\b)[A-Za-z-]+(?:\s+[A-Za-z-]+)?\s+than\b", re.I
)
_CMP_AFTER = re.compile(r"\s+(higher|lower|more|less|greater|bigger|smaller)\s+than\b", re.I)


def _item_label(doc: Doc, text: str, bstart: int, end: int) -> Token | None:
    """The label of a "label – number" list item ("aircraft – 143; helicopters – 131")."""
    m = _ITEM_LABEL.search(text, max(0, bstart - 60), bstart)
    if m is None or not _ITEM_END.match(text[end : end + 40]):
        return None
    span = _group_span(doc, m, "noun")
    if span is None:
        return None
    tok = span[-1]
    return tok if tok.pos_ == "NOUN" or tok.tag_ in ("NN", "NNS") else None


def _levels_from_to(doc: Doc, text: str, start: int) -> bool:
    """Whether "from A to B" at ``start`` follows a change ("rose from 5% to 7%", "an
    increase from ..."): then A and B are two levels, not a range."""
    m = _FROM_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    span = _group_span(doc, m, "from")
    if span is None:
        return False
    head = span[0].head
    for _ in range(2):
        lemma = head.lemma_.lower()
        if lemma in _UP_VERBS or lemma in _DOWN_VERBS or lemma in _CHANGE_FROM_TO:
            return True
        if lemma in _UP_NOUNS or lemma in _DOWN_NOUNS:
            return True
        if head.dep_ in ("npadvmod", "advmod", "dobj") and head.head is not head:
            head = head.head  # "rose 5% from ...": the prep hangs on the amount
            continue
        break
    return False


_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s*cent\b|pc\b)", re.I)
_HEDGE_WORDS = frozenset("about around roughly some nearly almost just only an estimated".split())


def _change_then_level(
    doc: Doc, text: str, start: int, gap: str, n: Number, m2: Number, own_unit: bool = False
) -> bool:
    """Whether "A to B" right after a verb of change is the change and the level it reaches
    ("fell £1.1bn to £8.4bn", "increased by 500,000 to 67 million", "rose by a fifth to
    £1.2bn"), not a range. A change and its level differ in size; a range of changes ("rose
    5 to 10 percent") has ends of one size, so the ends must differ at least fivefold, or
    twofold after "by" when each end carries its own currency sign ("cut by $45 to $104.99")."""
    if gap.strip().lower() != "to" or _BETWEEN_BEFORE.search(text, max(0, start - 30), start):
        return False
    a, b = n.value, m2.value
    if a is None or b is None or a == 0 or b == 0:
        return False
    lo, hi = sorted((abs(a), abs(b)))
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span) or hi / lo < 2:
        return False
    i = span.start - 1
    by = None
    while i >= 0 and (
        doc[i].lower_ in _HEDGE_WORDS
        or doc[i].lower_ in ("by", "a")
        or doc[i].lower_ in _DIRECTION_WORDS  # "was revised up by 20,000 to 105,000"
    ):
        if doc[i].lower_ == "by" and by is None:
            by = doc[i]
        i -= 1
    # "fell by 4,200 to 13,500": after "by", ends that differ more than 2.5-fold are the
    # change and the level it reaches (a range of changes, "by 10 to 15 percent", "by 0.5 to
    # 1", has ends of one size, and a percent on the second end only is the range's)
    by_level = (
        by is not None
        and hi / lo >= 2.5
        and not (_PERCENT_AFTER.match(text, m2.end) and not _PERCENT_AFTER.match(text, n.end))
    )
    if hi / lo < 5 and not (by is not None and own_unit) and not by_level:
        return False  # "by $45 to $104.99": each end with its own sign, the cut and the price
    if i >= 0 and (doc[i].pos_ == "VERB" or doc[i].tag_.startswith("VB")):
        return _verb_direction(doc[i]) is not None
    if span.start >= 1 and doc[span.start - 1].lower_ in ("up", "down") and hi / lo >= 5:
        return True  # "sending its shares up 2.4p to 898p": the move, then the price
    # "cut the price of its Model Y by $5,000 to $47,490": the amount's "by" hangs on the
    # verb across its object
    if by is None:
        return False
    verb = by.head
    if verb.dep_ in ("dobj", "obj") and verb.i < by.i:
        verb = verb.head  # "lifting the grant by R90 to R2,180": "by" parsed onto the object
    return (
        (verb.pos_ == "VERB" or verb.tag_.startswith("VB"))
        and verb.i < by.i
        and _verb_direction(verb) is not None
    )


_FROM_BEFORE = re.compile(
    r"\b(?P<from>from)\s+(?:about\s+|around\s+|roughly\s+|an?\s+estimated\s+)?\S?\s*$", re.I
)


# ----------------------------------------------------------------- spaCy component
# ``nlp.add_pipe("claimledger_quantities")`` fills ``doc._.quantities`` (nlp/components.py).
from .components import register as _register_components  # noqa: E402

_register_components()
