"""Numbers as news writes them: digits, scale words and suffixes, number words, fractions.

Pure text functions (no spaCy): :func:`find_numbers` scans a string with regular expressions
compiled at import and yields :class:`Number` records with character offsets.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

__all__ = ["NUMBER_WORDS", "SMALL_NUMBERS", "Number", "find_numbers", "parse_words"]

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SMALL = {**_UNITS, **_TEENS, **_TENS}
SMALL_NUMBERS = _SMALL  # zero to ninety, as words
# Scales above a hundred, including the Indian lakh (1e5) and crore (1e7).
_BIG = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
_SCALES = {"hundred": 100.0, **_BIG}
# Suffixes glued to (or right after) digits: "£3.5bn", "4.2m", "10k", "$1tn", "S$1mil".
_SUFFIX_SCALES = {
    "k": 1e3,
    "thous.": 1e3,  # "over 145 thous. drones", as translated copy abbreviates it
    "thsd": 1e3,
    "thsd.": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mil": 1e6,
    "mln": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "t": 1e12,
    "dozen": 12.0,
    **_SCALES,
}
# Denominators: "a third", "two-fifths", "a hundredth"; the singular after "a"/"one" is also
# an ordinal ("a third term"), which find_numbers tells apart by the word after it.
_FRACTIONS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
    "hundredth": 100,
    "hundredths": 100,
    "thousandth": 1000,
    "thousandths": 1000,
    "millionth": 10**6,
    "millionths": 10**6,
    "billionth": 10**9,
    "billionths": 10**9,
    "trillionth": 10**12,
    "trillionths": 10**12,
}
_PLURAL_SCALES = {
    "tens": 10.0,
    "dozens": 12.0,
    "scores": 20.0,
    "hundreds": 100.0,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
}
_ZERO_WORDS = {"nought": 0, "naught": 0}  # only inside "nought point five"

# Every word that can open or carry a number, for cheap checks ("could this text hold a
# number?") shared with the cascade's sentence filter.
NUMBER_WORDS = frozenset([*_SMALL, *_SCALES, "dozen", *_FRACTIONS, *_PLURAL_SCALES, *_ZERO_WORDS])
_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"


def _alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` as a trie ("t(?:en|hree|wo)"), so the engine does not
    retry every word at every position: the scans below stay as fast as a few literals."""
    return _trie(sorted(set(words)))


def _trie(words: list[str]) -> str:
    if not words:
        return ""
    groups: dict[str, list[str]] = {}
    ends = False
    for w in words:
        if not w:
            ends = True
        else:
            groups.setdefault(w[0], []).append(w[1:])
    parts = [re.escape(c) + _trie(rest) for c, rest in sorted(groups.items())]
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if ends:
        return f"(?:{body})?"
    return body


NUMBER_HINT = re.compile(
    rf"\d|[{_VULGAR}]|\b(?:{_alt(NUMBER_WORDS)})(?:fold)?\b",
    re.IGNORECASE,
)
_W_CORE = _alt([*_SMALL, *_SCALES, "dozen", *_FRACTIONS, *_ZERO_WORDS])
_W_LINK = r"and|an?|of|point"
# A run of number words and the words that join them; _parse_run splits it into numbers.
_WORD_RUN = re.compile(
    rf"""\b(?:(?<!plus\ or\ )(?:minus|negative)\s+)?(?:an?\s+)?(?:{_W_CORE})
    (?:[\s-]+(?:{_W_CORE}|{_W_LINK})(?![\w'’]))*\b""",
    re.IGNORECASE | re.VERBOSE,
)
_PLURAL_RUN = re.compile(
    r"\b(tens|dozens|scores|hundreds|thousands|millions|billions|trillions)"
    r"(?:\s+of\s+(thousands|millions|billions|trillions)\b|(?=\s+of\b))",
    re.IGNORECASE,
)
# Words after "a third"/"one fifth" that keep it a fraction; any other word makes it an
# ordinal ("a third term", "a fifth straight win").
_FRACTION_NEXT = re.compile(
    r"^(?:\s*(?:[,.;:!?)\]\"'’”]|$)|\s+(?:of|as|than|and|or|to|in|on|at|by|for|from|more|less"
    r"|fewer|percent|per|cent|since|over|with|that|this|last|each|a|an|the)\b)",
    re.IGNORECASE,
)
# "a quarter point", "a quarter-point cut", "a quarter mile": a fraction of a unit (a quarter
# before other nouns is a period of the year, "a quarter earlier").
_QUARTER_OF_UNIT = re.compile(
    r"^[\s-]+(?:percentage[\s-]+)?(?:point|mile|hour|inch|pound|acre|century)s?\b", re.I
)
# A lone "m" after digits is a metre, not a million, before a word of size: "1.8m tall".
METRE_AFTER = re.compile(
    r"^(?:/s\b|-(?:long|high|wide|deep|tall|thick)\b|\s+(?:tall|long|high|wide|deep|away"
    r"|across|thick|below|above|underground|in\s+(?:length|height|diameter|depth|width)"
    # sizes: "105m by 68m", "3m x 2m"
    r"|(?:x|by|×)\s+\d[\d,.]*\s?(?:m|metres?|meters?)\b"
    # races: "the 200m freestyle", "the 400m hurdles", "the 10,000m final", "her 1,500m
    # world record", "crossed the 2,000m line"
    r"|(?:freestyle|backstroke|breaststroke|butterfly|medley|hurdles|sprint|relay|race|dash"
    r"|steeplechase|individual|final|finals|heats?|semi-?finals?|world\s+record|line|mark"
    r"|gold|silver|bronze|title)\b"
    # heights and depths: "the Matterhorn's 4,478m summit", "a 10m drop"
    r"|(?:summit|peak|mountain|ridge|climb|ascent|descent|drop|fall|plunge|cliff|tower"
    r"|pool|runway|dive)\b))",
    re.IGNORECASE,
)
# "105m by 68m": the second of a size's terms
_SIZE_BEFORE = re.compile(r"(?<![£$€¥\w.,])\d[\d,.]*m\s+(?:x|by|×)\s+$", re.I)
# "to win the 200m at the world championships": a standard race's distance after "the"
_RACE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_RACE_METRES = frozenset([60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000])
_RACE_END = re.compile(
    r"^(?:[.,;:)]|\s+(?:at|in|on|and|or|was|is|final|to|for|with|winner|champion|medallist"
    r"|runners?|event|race|record|title)\b|\s*$)",
    re.I,
)
# "cleared 6.25m at the third attempt", "a long jump of 8.41m": a height or length an athlete
# reached, in metres
_LEAP_BEFORE = re.compile(
    r"\b(?:cleared|jumped|leapt|leaped|vaulted|threw|hurled|(?:jump|leap|vault|throw|put|heave)"
    r"\s+of)\s+(?:(?:a|an|just|only|over|almost|nearly|about)\s+)?$",
    re.I,
)
_NOUN_AND = re.compile(r"\b(?![Oo]ne\b|[Tt]wo\b)[A-Za-z]{3,}\s+and\s+$")
_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$"
)

# Currency codes glued to digits ("RM3.06mil", "EUR50m") are the one letter run allowed before.
_CODE_BEFORE = "|".join(
    rf"(?<=\b{c})"
    for c in [
        "RM",
        "EUR",
        "USD",
        "GBP",
        "JPY",
        "CHF",
        "CAD",
        "AUD",
        "INR",
        "CNY",
        "RMB",
        "HKD",
        "SGD",
        "NZD",
        "Rs",
        "KES",
        "NGN",
        "ZAR",
        "KSh",
        "Ksh",
        "TSh",
        "USh",
        "Sh",
        "N",
        "R",
        # ("Dh411 billion", "AED17.1 billion", "NIS412m"; "SR0.33", "QR2.50" and "TL9.8bn"
        # are money only when money-shaped: see _shape_sign_unshown)
        "Dh",
        "AED",
        "NIS",
        "SAR",
        "QAR",
        "SR",
        "QR",
        "TL",
    ]
)
_SHAPE_SIGN_BEFORE = re.compile(r"(?<![\w])(?:SR|QR|TL)$")
# An amount shaped as money: a thousands comma, a decimal or a scale ("SR0.33", "QR 8bn"); the
# signs that are also names are money only before one (units.currency_before too)
MONEY_SHAPE = re.compile(
    r"\d{1,3}(?:,\d{3})+|\d+\.\d+|\d+(?:\.\d+)?\s?(?:bn|billion|tn|trillion|m|mn|million|k)\b"
)
# The naira's "N" and the rand's "R" glued to digits ("N1,030", "R18.94", "R300bn") are money
# only where an amount of the same sign shows it is: a thousands comma, a decimal or a scale
# ("N95 masks", "the R132", "rated R18" stay names), or two of them joined as a range
# ("between N950 and N990"). Such an amount within _LETTER_REACH characters makes its
# neighbours money too ("from N950", "by R20 to R530").
_LETTER_SIGNS = "NR"
_LETTER_MONEY = re.compile(
    r"(?<![\w.,])(?P<sign>[NR])(?:\d{1,3}(?:,\d{3})+|\d+\.\d+|\d+(?:\.\d+)?\s?"
    r"(?:bn|billion|tn|trillion|m|mn|million|k)\b"
    r"|\d\d+(?:\.\d+)?\s(?:to|and)\s(?P=sign)\d\d)"
)
_LETTER_REACH = 150
_SUPER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
_GROUP_SPACE = "\u00a0\u202f\u2009"  # no-break, narrow no-break and thin spaces
# Digits with thousands separators (commas, Indian lakh commas "4,69,687", thin or plain
# spaces "1 100"), decimals, an exponent ("1.3e6", "2.48×10−5"), a glued vulgar fraction,
# a mixed fraction ("2 1/2"), a/b, and a scale ("3.5bn", "47 lakh", "two lakh crore").
_DIGITS = re.compile(
    rf"""(?=[-−.\dmMnN])(?:(?<![\w])(?<!plus\ or\ )(?P<neg1>(?:minus|negative)[\s-]?)
      |(?:{_CODE_BEFORE}|(?<![\w.,/⁄])(?:(?<=to-)|(?<=sub-)|(?<=\d[kKmMbB]-)|(?<![^\W\d_][-−])))
       (?P<neg>(?<![^\s(\[:=<>~≈±$£€¥₹₽])(?:−|-(?=\d|\.\d)))?)
    (?P<num>(?:\d{{1,2}}(?:,\d\d)+,\d{{3}}(?!,?\d)|\d{{1,3}}(?:,\d{{3}})+
        |\d{{1,3}}(?:[{_GROUP_SPACE}]\d{{3}})+(?!\d)
        |\d{{1,3}}(?:\ \d{{3}})+(?![\d/⁄]|\ \d)|\d+)(?:\.\d+)?|\.\d+)
    (?:[eE](?P<exp>[+-]?\d{{1,3}})(?![\w.])
      |\s?(?:×\s?10(?:\^|\*\*)?|x\s?10(?:\^|\*\*)|x\s?10(?=[-−]))(?P<exp2>[-−+]?\d{{1,3}})
      |\s?[x×]\s?10(?P<exp3>[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))?
    (?:\s?(?P<vf>[{_VULGAR}]))?
    (?:\s+(?P<wn>\d)\s?[/⁄]\s?(?P<wd>\d{{1,2}})(?![\d/⁄]))?
    (?:\s*[/⁄]\s*(?P<den>\d+)(?![\d/⁄]))?
    (?:(?P<glue>[\s-]?)(?P<scale>thousand|million|billion|trillion|hundred|dozen|lakhs?|crores?
        |thous\.|thsd\.?|mil|mln|mn|bn|bln|tn|trn|[kKmMbBT])(?!\w)
       (?:\s(?P<scale2>crores?|million|billion|trillion)\b)?)?
    """,
    re.VERBOSE,
)
_FOLD = re.compile(rf"\b({_alt(_SMALL)}|\d+(?:\.\d+)?)[\s-]?fold\b", re.IGNORECASE)
_FOLD_HINT = re.compile(r"fold\b", re.IGNORECASE)
_LONE_VULGAR = re.compile(rf"(?<![\w])[{_VULGAR}]")


@dataclass(frozen=True, slots=True)
class Number:
    """A number found in text: ``value`` for one number, ``low``/``high`` for a vague range."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    kind: str  # "digits", "words", "fraction", "vague"
    scale_text: str = ""  # the scale word/suffix, if any ("bn", "million")
    has_scale: bool = False


def _finite(x: float) -> bool:
    return not (math.isnan(x) or math.isinf(x))


# ----------------------------------------------------------------- number words


def _kind(w: str) -> str:
    if w in _UNITS:
        return "unit"
    if w in _TEENS:
        return "teen"
    if w in _TENS:
        return "tens"
    if w == "hundred":
        return "hundred"
    if w in _BIG:
        return "big"
    if w == "dozen":
        return "dozen"
    if w in _FRACTIONS:
        return "frac"
    if w in _ZERO_WORDS:
        return "zero"
    return w  # "and", "a", "an", "of", "point", "minus", "negative"


def _small(w: str) -> float:
    return float(_SMALL[w])


def _frac_tail(words: list[str], k: int) -> tuple[int, float] | None:
    """A fraction after "and": "a half", "one fourth", "three quarters" -> (end, value)."""
    if k + 1 >= len(words) or words[k + 1] not in _FRACTIONS:
        return None
    w, f = words[k], words[k + 1]
    plural = f.endswith("s") and f != "halves" or f == "halves"
    if w in ("a", "an") or w == "one" and not plural:
        return k + 2, 1.0 / _FRACTIONS[f]
    if w in _UNITS and w not in ("zero", "one") and plural:
        return k + 2, _UNITS[w] / _FRACTIONS[f]
    return None


def _of_scale(words: list[str], k: int) -> tuple[int, float]:
    """A scale after a fraction: "of a million", "a million", "million" -> (end, factor)."""
    if k < len(words) and (words[k] in _BIG or words[k] == "dozen"):
        return k + 1, _BIG.get(words[k], 12.0)
    if (
        k + 2 < len(words)
        and words[k] == "of"
        and words[k + 1] in ("a", "an")
        and (words[k + 2] in _BIG or words[k + 2] == "dozen")
    ):
        return k + 3, _BIG.get(words[k + 2], 12.0)
    if k + 1 < len(words) and words[k] in ("a", "an") and words[k + 1] in _BIG:
        return k + 2, _BIG[words[k + 1]]
    if k + 1 < len(words) and words[k] in ("a", "an") and words[k + 1] == "dozen":
        return k + 2, 12.0
    return k, 1.0


def _parse_one(words: list[str], i: int) -> tuple[int, float, bool, str] | None:
    """The longest number starting at word ``i``: (end, value, has_scale, shape).

    Shape is "fraction" for a bare fraction ("a third", "two-fifths"), "half" for a lone
    "half", else "integer". Grammar: units after tens ("twenty-five"), anything smaller after
    "hundred" or a scale ("two thousand six hundred"), "and" only after "hundred" or a scale
    ("a hundred and five") or before a fraction ("two and a half", "twenty and three
    fifths"), a fraction tail after a scale counts in that scale ("a million and a half" is
    1.5 million), "point" then digit words ("two point five"), scales that grow multiply
    ("three lakh crore"). Anything else ends the number: "twenty five and thirty six" is two.
    """
    n = len(words)
    k = i
    sign = 1.0
    if words[k] in ("minus", "negative"):
        if k + 1 >= n:
            return None
        sign, k = -1.0, k + 1
    w = words[k]
    nxt = words[k + 1] if k + 1 < n else ""
    # Openers that are not a plain count.
    if w in ("a", "an"):
        if nxt in _FRACTIONS and not nxt.endswith("s"):
            end, factor = _of_scale(words, k + 2)
            v = factor / _FRACTIONS[nxt]
            return end, sign * v, factor > 1, "fraction" if factor == 1 else "integer"
        if not (nxt == "hundred" or nxt in _BIG or nxt == "dozen"):
            return None
    if w in ("half", "quarter"):
        end, factor = _of_scale(words, k + 1)
        if factor > 1:
            return end, sign * factor / _FRACTIONS[w], True, "integer"
        if w == "half":
            return k + 1, sign * 0.5, False, "half"
        return None
    if w in _ZERO_WORDS and nxt != "point":
        return None
    if w in _FRACTIONS or w in ("and", "of", "point") or w in _BIG or w == "hundred":
        return None  # no count before: "million", "hundred and five" are not numbers here
    total = 0.0
    group: float | None = None
    last = ""
    big_last = math.inf
    has_scale = False
    while k < n:
        w = words[k]
        kind = _kind(w)
        if w in ("a", "an") and last == "" and group is None:
            group, last = 1.0, "unit"
        elif kind in ("unit", "teen", "zero"):
            v = float(_SMALL.get(w, 0))
            if last in ("", "hundred", "big", "and"):
                group, last = (group or 0.0) + v, kind
            elif last == "tens" and kind == "unit" and v > 0:
                group, last = (group or 0.0) + v, "unit"
            else:
                break
        elif kind == "tens":
            if last in ("", "hundred", "big", "and"):
                group, last = (group or 0.0) + _small(w), "tens"
            else:
                break
        elif kind == "hundred":
            if last in ("unit", "teen", "tens") and group and group < 100:
                group, last, has_scale = group * 100, "hundred", True
            else:
                break
        elif kind == "big":
            s = _BIG[w]
            if last in ("unit", "teen", "tens", "hundred", "fraction", "dozen") and group:
                if s >= big_last:
                    break
                total, group, big_last, last = total + group * s, 0.0, s, "big"
                has_scale = True
            elif last == "big" and s > big_last and not group:
                total, big_last = total * s, s  # "three lakh crore", "a thousand million"
            else:
                break
        elif kind == "dozen":
            if last in ("unit", "teen", "tens") and group:
                group, last, has_scale = group * 12, "dozen", True
            else:
                break
        elif w == "and":
            tail = _frac_tail(words, k + 1)
            if tail is not None and last in ("unit", "teen", "tens", "hundred", "big", "dozen"):
                end, fv = tail
                if last == "big":
                    total += fv * big_last  # "one million and a half"
                else:
                    group = (group or 0.0) + fv
                k, last = end, "fraction"
                continue
            after = words[k + 1] if k + 1 < n else ""
            limit = big_last if last == "big" else 100.0
            if last in ("hundred", "big") and after in _SMALL and _SMALL[after] < limit:
                last = "and"
            else:
                break
        elif w == "point" and last in ("unit", "teen", "tens", "zero", "hundred"):
            digits = ""
            j = k + 1
            while j < n and (words[j] in _SMALL or words[j] in _ZERO_WORDS):
                d = words[j]
                if words[j] in _TENS and j + 1 < n and words[j + 1] in _UNITS:
                    digits += str(_TENS[d] + _UNITS[words[j + 1]])
                    j += 2
                    continue
                digits += str(_SMALL.get(d, 0))
                j += 1
            if not digits:
                break
            group, last, k = (group or 0.0) + float("0." + digits), "fraction", j
            continue
        elif kind == "frac":
            # "two thirds", "three quarters of a million"; not after a scale or "and".
            plural = w.endswith("s")
            if last in ("unit", "teen", "tens", "hundred") and group and total == 0:
                if not plural and group != 1:
                    break
                if (
                    w.startswith("quarter")
                    and _of_scale(words, k + 1)[1] == 1
                    and (k + 1 >= n or words[k + 1] != "of")
                ):
                    break  # "two quarters" are periods of a year
                end, factor = _of_scale(words, k + 1)
                v = group / _FRACTIONS[w] * factor
                return end, sign * v, factor > 1, "fraction" if factor == 1 else "integer"
            break
        else:
            break
        k += 1
    if group is None and total == 0:
        return None
    # Trailing joiners are not part of the number.
    while k > i and words[k - 1] in ("and", "a", "an", "of", "point"):
        k -= 1
    if last == "zero" and group == 0 and total == 0 and words[k - 1] in _ZERO_WORDS:
        return None
    return k, sign * (total + (group or 0.0)), has_scale, "integer"


def _parse_run(words: list[str]) -> list[tuple[int, int, float, bool, str]]:
    """Split a run of number words into numbers: (first word, end word, value, scaled, shape)."""
    out = []
    i = 0
    while i < len(words):
        got = _parse_one(words, i)
        if got is None:
            i += 1
            continue
        end, value, scaled, shape = got
        if end <= i:
            i += 1
            continue
        out.append((i, end, value, scaled, shape))
        i = end
    return out


_WORD = re.compile(r"[A-Za-z]+")


def parse_words(text: str) -> float | None:
    """Value of a run of number words ("one and a half million" -> 1.5e6); None unless the
    whole text is one number."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return None
    got = _parse_run(words)
    if len(got) != 1 or got[0][0] != 0 or got[0][1] != len(words):
        return None
    return got[0][2]


# ----------------------------------------------------------------- digits


def _digit_value(m: re.Match[str], with_scale: bool = True) -> tuple[float | None, str]:
    raw = re.sub(rf"[,\s{_GROUP_SPACE}]", "", m.group("num"))
    try:
        v = float(raw)
    except ValueError:
        return None, ""
    exp = m.group("exp") or m.group("exp2") or m.group("exp3")
    if exp:
        try:
            v *= 10.0 ** int(exp.translate(_SUPER).replace("−", "-"))
        except (ValueError, OverflowError):
            return None, ""
    if m.group("vf"):
        v += unicodedata.numeric(m.group("vf"))
    if m.group("wn"):
        wn, wd = float(m.group("wn")), float(m.group("wd"))
        if wd == 0 or wn >= wd or v != int(v):
            return None, ""
        v += wn / wd
    if m.group("den"):
        den = float(m.group("den"))
        if den == 0 or v >= den:  # "24/7", "9/0": not a fraction
            return None, ""
        v = v / den
    scale = (m.group("scale") or "") if with_scale else ""
    if scale:
        v *= _SUFFIX_SCALES[scale.lower()]
        s2 = m.group("scale2")
        if s2 and _SUFFIX_SCALES[s2.lower()] > _SUFFIX_SCALES[scale.lower()]:
            v *= _SUFFIX_SCALES[s2.lower()]
    if m.group("neg") or m.group("neg1"):
        v = -v
    return (v if _finite(v) else None), scale


def _scale_end(m: re.Match[str]) -> int:
    return m.end("scale2") if m.group("scale2") else m.end()


def _letter_sign_unshown(text: str, start: int) -> bool:
    """Whether the number at ``start`` is glued to an "N" or "R" that no amount of the same
    sign nearby shows to be money (a name's letter: "N95 masks", "the R132")."""
    if start < 1 or text[start - 1] not in _LETTER_SIGNS:
        return False
    if start >= 2 and text[start - 2].isalnum():
        return False  # "ZAR": a longer code, already allowed
    sign = text[start - 1]
    lo = max(0, start - 1 - _LETTER_REACH)
    return not any(
        m.group("sign") == sign for m in _LETTER_MONEY.finditer(text[lo : start + _LETTER_REACH])
    )


def find_numbers(text: str) -> Iterator[Number]:
    """Every number in ``text`` in order of its start; overlapping word runs are dropped."""
    found: list[Number] = []
    taken: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text):
        if m.group("den") and m.group("scale"):
            continue
        if (
            text[m.end("num") : m.end("num") + 2][:1] == "."
            and text[m.end("num") + 1 : m.end("num") + 2].isdigit()
        ):
            continue  # "192.168.1.2", "1.2.3": a dotted code, not a decimal
        if " " in m.group("num") and _MONTH_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            # "May 5 100 people": a date then a number, not 5,100; each group stands alone.
            for g in re.finditer(r"\d+", m.group("num")):
                a, b = m.start("num") + g.start(), m.start("num") + g.end()
                v = float(g.group())
                found.append(Number(a, b, v, v, v, "digits"))
                taken.append((a, b))
            continue
        if _letter_sign_unshown(text, m.start()):
            continue
        if _SHAPE_SIGN_BEFORE.search(text, max(0, m.start() - 3), m.start()) and not (
            MONEY_SHAPE.match(text, m.start())
        ):
            continue  # "SR71", "TL2": a name's letters, not the riyal's or the lira's sign
        value, scale = _digit_value(m)
        if value is None:
            continue
        if (
            scale in ("b", "B", "m", "k")
            and re.fullmatch(r"(?:19|20)\d\d", m.group("num"))
            and not _CURRENCY_NEAR.search(text[max(0, m.start() - 4) : m.start()])
        ):
            continue  # "Barlow et al. (2011b)": a year with a letter, not 2,011 billion
        end = m.end()
        scale2_end = end
        if scale == "T" and not _CURRENCY_NEAR.search(text[max(0, m.start() - 4) : m.start()]):
            scale = "T?"  # "$2.2T" is trillions; "100T" elsewhere is tonnes or a label
        if (
            scale
            and scale in ("k", "K", "m", "M", "b", "B", "T", "T?")
            and (
                (
                    m.group("glue")
                    # ("£18 m", "$4 M": a spaced letter after money is still its scale)
                    and not (
                        m.group("glue") == " "
                        and scale in ("m", "M", "b", "B")
                        and _CURRENCY_NEAR.search(text[max(0, m.start() - 4) : m.start()])
                        and not METRE_AFTER.match(text[m.end() :])
                    )
                )
                or scale == "T?"
                or scale == "m"
                and not _CURRENCY_NEAR.search(text[max(0, m.start() - 4) : m.start()])
                and (
                    METRE_AFTER.match(text[m.end() :]) is not None
                    or _SIZE_BEFORE.search(text[max(0, m.start() - 20) : m.start()]) is not None
                    or _LEAP_BEFORE.search(text[max(0, m.start() - 30) : m.start()]) is not None
                    or (
                        m.group("num").replace(",", "").isdigit()
                        and int(m.group("num").replace(",", "")) in _RACE_METRES
                        and _RACE_BEFORE.search(text[max(0, m.start() - 5) : m.start()]) is not None
                        and _RACE_END.match(text[m.end() :]) is not None
                    )
                )
            )
        ):
            # "4 m" / "10 K" with a gap, or "1.8m tall": a unit or a letter, not a scale.
            end = m.end("num")
            for part in ("exp", "exp2", "exp3", "vf", "wn", "wd", "den"):
                if m.group(part):
                    end = max(end, m.end(part))
            value, scale = _digit_value(m, with_scale=False)
            if value is None:
                continue
        elif scale:
            scale2_end = _scale_end(m)
            end = scale2_end
        kind = "fraction" if m.group("den") or m.group("vf") or m.group("wn") else "digits"
        found.append(Number(m.start(), end, value, value, value, kind, scale, bool(scale)))
        taken.append((m.start(), end))
    for m in _FOLD.finditer(text) if _FOLD_HINT.search(text) else ():
        if _overlaps(m.start(), m.end(), taken):
            continue
        w = m.group(1).lower()
        v = float(_SMALL[w]) if w in _SMALL else float(w)
        found.append(Number(m.start(), m.start() + len(m.group(1)), v, v, v, "words"))
        taken.append((m.start(), m.end()))
    for m in _LONE_VULGAR.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        v = unicodedata.numeric(m.group())
        found.append(Number(m.start(), m.end(), v, v, v, "fraction"))
        taken.append((m.start(), m.end()))
    for m in _PLURAL_RUN.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        base = _PLURAL_SCALES[m.group(1).lower()]
        if m.group(2):
            base *= _PLURAL_SCALES[m.group(2).lower()]
        found.append(Number(m.start(), m.end(), None, base, base * 10, "vague"))
        taken.append((m.start(), m.end()))
    for m in _WORD_RUN.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        toks = list(_WORD.finditer(text, m.start(), m.end()))
        words = [t.group().lower() for t in toks]
        for i, j, value, scaled, shape in _parse_run(words):
            start, stop = toks[i].start(), toks[j - 1].end()
            after = text[stop : stop + 24]
            if (
                shape == "half"
                and not re.match(r"\s+(?:of|an?|the)\b", after, re.I)
                and not _HALF_AMOUNT_BEFORE.search(text, max(0, start - 30), start)
            ):
                continue  # "the second half", "half" alone: not a number
            if shape == "half" and re.search(
                r"\b(?:first|second|the|other|better)\s+$", text[max(0, start - 8) : start], re.I
            ):
                continue
            if (
                shape == "fraction"
                and words[j - 1] not in ("half", "halves")
                and not _FRACTION_NEXT.match(after)
                and not (words[j - 1] == "quarter" and _QUARTER_OF_UNIT.match(after))
            ):
                last = words[j - 1]
                if not last.endswith("s") or last.startswith("quarter"):
                    continue  # "a third term", "one fifth straight": an ordinal
            if _overlaps(start, stop, taken):
                continue
            if value == 0.5 and words[i] in ("a", "an") and _NOUN_AND.search(text, 0, start):
                continue  # "a year and a half": the half belongs to the year
            scales = [w for w in words[i:j] if w in _SCALES or w == "dozen"]
            found.append(
                Number(
                    start,
                    stop,
                    value,
                    value,
                    value,
                    "words",
                    scales[-1] if scales else "",
                    scaled,
                )
            )
            taken.append((start, stop))
    found.sort(key=lambda n: n.start)
    yield from found


# "cut by half", "more than half", "nearly half said": a bound, a hedge or "by" before a
# bare "half" makes it an amount ("the second half" stays a period).
_HALF_AMOUNT_BEFORE = re.compile(
    r"\b(?:by|(?:more|less|fewer)\s+than|nearly|almost|about|around|roughly|over|under"
    r"|barely|just\s+(?:over|under))\s+$",
    re.I,
)
_CURRENCY_NEAR = re.compile(
    r"[$£€¥₹₽₦]|\b(?:USD|EUR|GBP|Rs|RM|US|A|C|NZ|HK|S)\$?\s?$|\b(?:K|T|U)?Sh\s?$|(?<![\w.,])[NR]$"
)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)
