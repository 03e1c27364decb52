"""Numbers as news writes them: digits, scale words and suffixes, number words, fractions.

Pure text functions (no spaCy): :func:`find_numbers` scans a string with regular expressions
compiled at import and yields :class:`Number` records with character offsets.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Number", "find_numbers", "parse_words"]

_SMALL = {
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
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
# Suffixes glued to (or right after) digits: "£3.5bn", "4.2m", "10k", "$1tn", "S$1mil".
_SUFFIX_SCALES = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mil": 1e6,
    "mln": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "billion": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "trillion": 1e12,
    "hundred": 100.0,
}
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
    "eighth": 8,
    "eighths": 8,
    "tenth": 10,
    "tenths": 10,
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

_W_SMALL = "|".join(sorted(_SMALL, key=len, reverse=True))
_W_SCALE = "hundred|thousand|million|billion|trillion|dozen"
_W_FRAC = "|".join(sorted(_FRACTIONS, key=len, reverse=True))
# A run of number words: "three hundred", "one and a half million", "twenty-five", "a dozen",
# "two-thirds", "a third". Runs that start with "a"/"an" need a scale or fraction word next.
_WORD_RUN = re.compile(
    rf"""\b(?:
        (?:{_W_SMALL})(?:(?:[\s-]+|\s+and\s+)(?:{_W_SMALL}|{_W_SCALE}|a\s+half|a\s+quarter|{_W_FRAC}))*
      | an?\s+(?:{_W_SCALE}|{_W_FRAC})(?:(?:\s+|\s+and\s+)(?:{_W_SMALL}|{_W_SCALE}|a\s+half))*
      | half\s+an?\s+(?:{_W_SCALE})
      | (?<!second\s)(?<!first\s)(?<!the\s)half(?=\s+(?:of|an?|the)\b)
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
_PLURAL_RUN = re.compile(
    r"\b(tens|dozens|scores|hundreds|thousands|millions|billions|trillions)"
    r"(?:\s+of\s+(thousands|millions|billions|trillions))?(?=\s+of\b)",
    re.IGNORECASE,
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
    ]
)
_VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞"
# Digits with optional thousands separators and decimals, a glued vulgar fraction, or a/b.
_DIGITS = re.compile(
    rf"""(?:(?<![\w])(?P<neg1>minus[\s-]?)
      |(?:{_CODE_BEFORE}|(?<![\w.,/⁄])(?:(?<=to-)|(?<=sub-)|(?<![^\W\d_]-)))
       (?P<neg>−|-(?=\d|\.\d))?)
    (?P<num>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?|\.\d+)
    (?:\s?(?P<vf>[{_VULGAR}]))?
    (?:\s*[/⁄]\s*(?P<den>\d+)(?![\d/⁄]))?
    (?:(?P<glue>[\s-]?)(?P<scale>thousand|million|billion|trillion|hundred|mil|mln|mn|bn|bln|tn|trn|[kKmMbB])(?![^\W\d_]))?
    """,
    re.VERBOSE,
)
_FOLD = re.compile(rf"\b({_W_SMALL}|\d+(?:\.\d+)?)[\s-]?fold\b", re.IGNORECASE)
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


def parse_words(text: str) -> float | None:
    """Value of a run of number words ("one and a half million" -> 1.5e6); None if not one."""
    words = re.split(r"[\s-]+", text.lower().strip())
    total = 0.0
    current = 0.0
    seen = False
    i = 0
    while i < len(words):
        w = words[i]
        if w in ("and",):
            pass
        elif w in ("a", "an"):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt in ("half", "quarter") and (seen or current):
                current += 1.0 / (2 if nxt == "half" else 4)
                i += 1
            else:
                current += 1
        elif w in _SMALL:
            current += _SMALL[w]
            seen = True
        elif w == "dozen":
            current = (current or 1) * 12
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0.0
            seen = True
        elif w in _FRACTIONS:
            if w in ("half", "halves") and current == 0 and total == 0:
                current = 0.5
            else:
                current = (current or 1) / _FRACTIONS[w]
            seen = True
        else:
            return None
        i += 1
    value = total + current
    return value if seen or value else None


def _digit_value(m: re.Match[str]) -> tuple[float | None, str]:
    raw = m.group("num").replace(",", "")
    try:
        v = float(raw)
    except ValueError:
        return None, ""
    if m.group("vf"):
        v += unicodedata.numeric(m.group("vf"))
    if m.group("den"):
        den = float(m.group("den"))
        if den == 0 or v >= den:  # "24/7", "9/0": not a fraction
            return None, ""
        v = v / den
    scale = m.group("scale") or ""
    if scale:
        v *= _SUFFIX_SCALES[scale.lower()]
    if m.group("neg") or m.group("neg1"):
        v = -v
    return (v if _finite(v) else None), scale


def find_numbers(text: str) -> Iterator[Number]:
    """Every number in ``text`` in order of its start; overlapping word runs are dropped."""
    found: list[Number] = []
    taken: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text):
        if m.group("den") and m.group("scale"):
            continue
        value, scale = _digit_value(m)
        if value is None:
            continue
        end = m.end()
        if scale and scale in "kKmMbB" and m.group("glue"):
            # "4 m" / "10 K" with a gap: a unit or a letter, not a scale.
            end = m.end("num") if not m.group("vf") else m.end("vf")
            value, scale = _digit_value_noscale(m)
            if value is None:
                continue
        kind = "fraction" if m.group("den") or m.group("vf") else "digits"
        found.append(Number(m.start(), end, value, value, value, kind, scale, bool(scale)))
        taken.append((m.start(), end))
    for m in _FOLD.finditer(text):
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
        run = m.group()
        wv = parse_words(run)
        if wv is None:
            continue
        found.append(
            Number(
                m.start(),
                m.end(),
                wv,
                wv,
                wv,
                "words",
                has_scale=bool(re.search(_W_SCALE, run, re.I)),
            )
        )
        taken.append((m.start(), m.end()))
    found.sort(key=lambda n: n.start)
    yield from found


def _digit_value_noscale(m: re.Match[str]) -> tuple[float | None, str]:
    raw = m.group("num").replace(",", "")
    try:
        v = float(raw)
    except ValueError:
        return None, ""
    if m.group("vf"):
        v += unicodedata.numeric(m.group("vf"))
    if m.group("neg") or m.group("neg1"):
        v = -v
    return (v if _finite(v) else None), ""


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)
