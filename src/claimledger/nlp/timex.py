"""Time expressions in a sentence, found by pattern and resolved against a reference date.

This is the lexical layer under ``nlp/dates.py``: it finds the words that name a day
("April 1", "Oct. 9", "9 October 2024", "2024-03-18", "Tuesday", "yesterday"), a calendar
unit ("July", "June 2021", "2024", "the third quarter", "last week", "the first half of
June"), a period counted back from a report ("the past 24 hours", "the previous seven days",
"within a day", "the past year and a half"), the start of the war ("the beginning of the
full-scale invasion") and vague anchors ("earlier this month"). Each becomes a `Timex` with
its character span; `interval` turns one into the first and last calendar day it covers.

Conventions (the field-news guidelines): a weekday is the latest such day on or before the
reference date (the same day counts; "last Monday" is strictly before it); a day or month
named without a year is in the reference year, or the year before when that would fall after
the reference date. Month names are read only when capitalised, or next to a day or a year,
so that the verbs "may" and "march" are not months.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Final, Literal

from .numbers import SMALL_NUMBERS, parse_words

__all__ = [
    "MONTH_NAMES",
    "WAR_START",
    "Timex",
    "add_months",
    "find_timexes",
    "interval",
    "month_end",
]

# The start of Russia's full-scale invasion of Ukraine: the bundled series count from here.
WAR_START = date(2022, 2, 24)

Kind = Literal[
    "date",  # a calendar day: year (may be None), month, day
    "weekday",  # a weekday; mod last/next/this
    "relday",  # today, yesterday, tomorrow, N days/weeks/months/years ago
    "month",  # a calendar month; year may be None; rel this/last/next; part early/mid/late/half
    "year",  # a calendar year, this/last/next year or "the year" (rel "the"); part as for months
    "quarter",  # a calendar quarter or half-year
    "week",  # this/last/next calendar week (Monday to Sunday)
    "relper",  # N units counted back from a report ("the past 24 hours")
    "first_n",  # the first N units of the war
    "last_n",  # the last N units of a calendar year ("the last three months of 2024")
    "vague",  # earlier this month / earlier / earlier this year
    "season",  # (the / this / next / last) spring, summer, autumn, winter [of YYYY]; n = 1..4
]


@dataclass(frozen=True, slots=True)
class Timex:
    """One time expression: its span in the sentence, what it names and how to resolve it."""

    start: int
    end: int
    kind: Kind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    n: int | None = None  # weekday index, day offset, quarter, or count of units
    unit: str | None = None  # relper/first_n/relday: day, week, month, year
    rel: str | None = None  # this/last/next/earlier/earlier_year/... or a weekday modifier
    part: str | None = None  # early/mid/late/first_half/second_half, or one day: start/end


_MONTH_NAMES = (
    ("jan", "january"),
    ("feb", "february"),
    ("mar", "march"),
    ("apr", "april"),
    ("may",),
    ("jun", "june"),
    ("jul", "july"),
    ("aug", "august"),
    ("sep", "sept", "september"),
    ("oct", "october"),
    ("nov", "november"),
    ("dec", "december"),
)
MONTHS = {name: i for i, names in enumerate(_MONTH_NAMES, start=1) for name in names}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4}
_WD_ABBR |= {"sat": 5, "sun": 6}
# Counts of periods ("two weeks", "a couple of days"): the words that count one thing or
# none, then any number words ``numbers.parse_words`` reads ("thirteen", "twenty-one").
_WORDNUM: dict[str, int | None] = {
    "a": 1,
    "an": 1,
    "a single": 1,
    "single": 1,
    "a hundred": 100,
    "few": None,  # vague: not a count of days
    "several": None,
    "couple of": 2,
    "a couple of": 2,
}
# ordinal words and numerals up to five (quarters, halves, the war's anniversaries)
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
}

_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?!\d|[.,:]\d)"
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
# "the fourth of June", "June the twenty-first": a day told as an ordinal word (as people say
# dates on air and in quotes)
_ORD_WORDS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
DAY_WORDS = (
    {w: i + 1 for i, w in enumerate(_ORD_WORDS)}
    | {f"twenty-{w}": 21 + i for i, w in enumerate(_ORD_WORDS[:9])}
    | {"thirtieth": 30, "thirty-first": 31}
)
_WDAY = (
    r"(?P<dayw>"
    + "|".join(sorted((w.replace("-", r"[-\s]") for w in DAY_WORDS), key=len, reverse=True))
    + r")\b"
)
_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d])"
_DYEAR = r"(?P<year>1\d\d\d|20\d\d)(?![\d])"  # a year after a day and month
_YREL = r"(?:(?:of\s+)?(?P<yrel>last|this|next)\s+year)"
_WD = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_WDA = (
    r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?|"
    + _WD.replace("?P<wd>", "?:")
    + r")(?:\s+(?:morning|afternoon|evening|night))?"
)
_COUNT_WORDS = sorted(
    {*_WORDNUM, *(w for w, v in SMALL_NUMBERS.items() if v), "hundred"},
    key=lambda w: (-len(w), w),
)
_NUMW = r"(?P<n>\d+|" + "|".join(w.replace(" ", r"\s+") for w in _COUNT_WORDS) + ")"
_UNIT = r"(?P<unit>hour|day|week|fortnight|month|year)s?"

_FLAGS = re.I

# Order matters: earlier patterns win overlaps (longer, more specific first).
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("relday", re.compile(r"\b(?:at\s+)?this\s+time\s+last\s+year\b", _FLAGS)),
    (
        # "on the war's second anniversary", "the first anniversary of the invasion", "on the
        # third anniversary,": 24 February of that year (not another event's anniversary)
        "anniversary",
        re.compile(
            # ("by the anniversary", "the invasion's anniversary": the last 24 February)
            # ("on the eve of the war's anniversary": the day before, 23 February)
            r"\bthe\s+(?:(?P<eve>eve)\s+of\s+the\s+)?(?:(?:war|invasion)['’]s\s+)?"
            r"(?:(?P<ord>first|second|third|fourth|fifth|1st"
            r"|2nd|3rd|4th|5th)\s+)?anniversary\b(?:\s+of\s+(?:the\s+|russia['’]s\s+)?"
            r"(?:full[- ]scale\s+)?(?:war|invasion)\b|(?!\s+of\b))",
            _FLAGS,
        ),
    ),
    (
        # "on the same day of 2024", "the same date in 2023": the article's day in that year
        "same_day",
        re.compile(r"\bthe\s+same\s+(?:day|date)\s+(?:of|in|last)\s+" + _YEAR, _FLAGS),
    ),
    (
        # "at the start of the year", "at the end of March 2024", "at the turn of the year":
        # one day, the period's first or last (a level read then, not a count over it)
        "edge",
        re.compile(
            r"(?<=\bat )the\s+(?:very\s+)?(?P<edge>start|beginning|end|close|outset|turn)\s+of\s+"
            r"(?:(?P<rel>the\s+same|the|this|last|that)\s+(?P<unit>year|month)\b"
            r"|" + _MON + r"(?:,?\s+" + _YEAR + r")?"
            r"|" + _YEAR.replace("?P<year>", "?P<year2>") + ")",
            _FLAGS,
        ),
    ),
    (
        # "on day 500", "the 1,000th day of the invasion", "the war's 500th day": the day of
        # the full-scale war, counted from 24 February 2022 as day one
        "war_day",
        re.compile(
            r"\bday[ \t]+(?!(?:19|20)\d\d\b)(?P<n>\d{1,2},\d{3}|\d{2,4})\b"
            r"(?!\s*(?:%|percent|of\s+(?!the\s+(?:war|invasion))))"
            r"|\bthe\s+(?:war['’]s\s+|invasion['’]s\s+)?(?P<n2>\d{1,2},?\d{3}|\d{2,4})(?:st|nd|rd|th)"
            r"\s+day\b"
        ),
    ),
    (
        # "at the six-month mark", "the war's one-year mark", "the 100-day mark of the
        # invasion": that long after 24 February 2022 (not a mark of another event's)
        "war_mark",
        re.compile(
            r"\bthe\s+(?:(?:war|invasion)['’]s\s+)?(?P<n>\d{1,3}(?:,\d{3})?|"
            + "|".join(w.replace(" ", r"\s+") for w in _COUNT_WORDS)
            + r")[- ](?P<unit>day|week|month|year)[- ]mark\b"
            r"(?:\s+of\s+(?:the\s+|russia['’]s\s+)?(?:full[- ]scale\s+)?(?:war|invasion)\b"
            r"|(?!\s+(?:of|since|after|in)\s+(?!(?:late\s+|early\s+)?"
            + _MON.replace("?P<mon>", "?:")
            + r")))"
            # (not one whose day is told after it: "at the 100-day mark on June 3")
            r"(?!,?\s+(?:on\s+)?(?:" + _MON.replace("?P<mon>", "?:") + r"\s*\d|\d))"
            # ("at the six-month mark in August": the month says the same day)
            r"(?:,?\s+in\s+(?:late\s+|early\s+)?" + _MON + r"(?:\s+" + _YEAR + r")?)?",
            _FLAGS,
        ),
    ),
    (
        # "six months into the war", "a year into Russia's full-scale invasion": that long
        # after 24 February 2022
        "war_into",
        re.compile(
            r"\b(?P<n>\d{1,3}(?:,\d{3})?|an?|"
            + "|".join(w.replace(" ", r"\s+") for w in _COUNT_WORDS)
            + r")\s+(?P<unit>day|week|month|year)s?\s+into\s+(?:the\s+|russia['’]s\s+)?"
            r"(?:full[- ]scale\s+)?(?:war|invasion)\b",
            _FLAGS,
        ),
    ),
    (
        # "the same New Year's Day report", "on Christmas Day": that day of the year
        "holiday",
        re.compile(
            r"\b(?P<hol>New\s+Year['’]s\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve)|Christmas)\b"
            r"(?:,?\s+" + _YEAR + r")?"
        ),
    ),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("ymd", re.compile(r"\b(?P<year>(?:19|20)\d\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)\b")),
    (
        # 24.02.2022, 12.03.24 (day first, as in European and Ukrainian reports); 02/24/2022
        # or 24/02/2022 only when the day cannot be the month
        "numeric",
        re.compile(
            r"(?<![\d.,/])\b(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)"
            r"(?P<y>(?:19|20)\d\d|\d\d)\b(?![.,/]\d)"
        ),
    ),
    (
        "mdy",  # [Friday,] April 1[, 2022 | last year]
        re.compile(
            r"(?:\b"
            + _WDA
            + r",?\s+(?:the\s+)?)?\b"
            + _MON
            + r"\s+(?:"
            + _DAY
            + r"|(?:the\s+)?"
            + _WDAY
            # ("October tenth", as bulletins say it; not "March second-half sales", "the
            # June first round")
            + r"(?![-‐‑]|\s+(?:half|quarter|round|time|place|anniversary|week|month|year|day"
            + r"|term|wave|phase|stage|tranche|reading|leg|batch|instal+ment)s?\b)"
            + r")(?:,?\s+"
            + _DYEAR
            + r"|\s+"
            + _YREL
            + r")?",
            _FLAGS,
        ),
    ),
    (
        "dmy",  # [Wed,] 9 [of] October[ 2024] (not the minutes of "08:15 NOVEMBER")
        re.compile(
            r"(?:\b"
            + _WDA
            + r",?\s+(?:the\s+)?)?(?<![\d,.])(?<!\d\s)(?<!\d:)\b(?:"
            + _DAY
            + r"\s+(?:of\s+)?|(?<=the\s)"
            + _WDAY
            + r"\s+of\s+)"
            + _MON
            + r"(?:,?\s+"
            + _DYEAR
            + r"|\s+"
            + _YREL
            + r")?",
            _FLAGS,
        ),
    ),
    (
        # "since 24. February 2022": a day with its ordinal point, as German and other
        # European writing (and its translations) put it; only with its year, so that a
        # figure ending a sentence ("lost 24. February was quiet") stays a figure
        "dmy",
        re.compile(
            r"(?<![\d,.])\b(?P<day>[0-3]?\d)\.\s+" + _MON + r"\s+" + _DYEAR,
            _FLAGS,
        ),
    ),
    (
        "first_n",  # the first 100 days of the invasion / the first nine months of 2024 / the
        # first week of the war
        re.compile(
            r"\bthe\s+first\s+(?:" + _NUMW + r"\s+)?" + _UNIT + r"\s+of\s+(?:(?:the\s+|its\s+)?"
            r"(?:full[- ]scale\s+)?(?:russian\s+)?(?P<war>war|invasion|conflict|aggression)\b"
            r"|(?P<yrel>the|this|last)\s+year\b|"
            + _YEAR
            + r"|"
            # ("the first two weeks of March")
            + _MON
            + r"(?:,?\s+(?P<myear>(?:19|20)\d\d)(?!\d))?)",
            _FLAGS,
        ),
    ),
    (
        "last_n",  # the last three months of 2024, the final two weeks of 2023
        re.compile(
            r"\bthe\s+(?:last|final|closing)\s+(?:"
            + _NUMW
            + r"\s+)?"
            + _UNIT
            + r"\s+of\s+"
            + _YEAR,
            _FLAGS,
        ),
    ),
    (
        "first_n_event",  # the first three days of the offensive: counted from a start not given
        re.compile(
            r"\bthe\s+first\s+(?:"
            + _NUMW
            + r"\s+)?"
            + _UNIT
            + r"\s+of\s+(?:the\s+|its\s+|their\s+)?"
            r"(?:[\w'’-]+\s+){0,2}?(?:offensive|counteroffensive|counter-offensive|battle|assault"
            r"|attack|campaign|operation|siege|incursion|push)\b",
            _FLAGS,
        ),
    ),
    (
        "half_month",  # the first half of June [2022]
        re.compile(
            r"\b(?:the\s+)?(?P<part>first|second|1st|2nd)\s+half\s+of\s+"
            + _MON
            + r"(?:\s+"
            + _YEAR
            + r")?",
            _FLAGS,
        ),
    ),
    (
        "half_year",  # the first half of 2024 / of this year; H1 2016
        re.compile(
            r"\b(?:(?:the\s+)?(?P<part>first|second|1st|2nd)\s+half\s+of\s+(?:(?:the\s+)?year\s+)?"
            r"(?:" + _YEAR + r"|(?P<yrel>this|last|next)\s+year|the\s+year)"
            r"|(?P<h>H[12])\s*"
            + _YEAR.replace("?P<year>", "?P<year2>")
            + r"|"
            + _YEAR.replace("?P<year>", "?P<year3>")
            + r"\s*(?P<h2>H[12]))\b",
            _FLAGS,
        ),
    ),
    (
        "quarter",  # the third quarter of 2016 / this year; Q3 2016; 2016 Q3; its fourth quarter
        re.compile(
            r"\b(?:(?:the\s+|its\s+|their\s+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)"
            r"[- ]quarter(?:\s+of\s+" + _YEAR + r"|\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year)?"
            r"|(?P<year2>(?:19|20)\d\d)\s+(?:the\s+(?P<q3>first|second|third|fourth)\s+quarter"
            r"|Q(?P<q4>[1-4]))"
            r"|Q(?P<q2>[1-4])(?:\s+" + _YEAR.replace("?P<year>", "?P<year3>") + r")?"
            # "the last quarter of 2022", "the final quarter of 2023": its fourth
            r"|(?:the\s+)?(?P<qlast>last|final)\s+quarter\s+of\s+"
            + _YEAR.replace("?P<year>", "?P<year4>")
            + r")\b",
            _FLAGS,
        ),
    ),
    (
        "relper",  # the past 24 hours / previous seven days / last day / past year and a half
        re.compile(
            r"\b(?:(?:in|over|during|within|for|of)\s+)?(?:(?:just|only)\s+)?(?:the\s+)?"
            r"(?P<which>past|last|previous|preceding|latest)\s+"
            r"(?:(?:"
            + _NUMW
            + r")(?:[\s-]+|(?<=\d)))?"
            + _UNIT
            + r"(?P<half>\s+and\s+a\s+half)?(?P<poss>['’]s?)?",
            _FLAGS,
        ),
    ),
    (
        "unit_to",  # the week to March 17, the seven days to Sunday, the 12 months ending June 2021
        re.compile(
            r"\b(?:(?:in|over|during|for)\s+)?the\s+(?:(?P<n>\d+|two|three|four|five|six|seven|ten"
            r"|twelve|fourteen|thirty)\s+)?"
            r"(?P<unit>day|week|fortnight|month|year)s?(?=\s+(?:to|ending|ended|through)\s+\w)"
            # "in the 24 hours to Wednesday morning": a day's count up to that report
            r"|\b(?:(?:in|over|during|for)\s+)?the\s+(?P<hn>24|48|72|twenty-four|forty-eight"
            r"|seventy-two)\s+hours(?=\s+(?:to|ending|ended|through|until|till)\s+\w)"
            r"|\b(?P<ytd>year|month)[- ]to[- ]date\b",
            _FLAGS,
        ),
    ),
    (
        "ahalf",  # the past one and a half years
        re.compile(
            r"\b(?:(?:in|over|during|within)\s+)?(?:the\s+)?(?:past|last|previous)\s+"
            r"(?:one|a)\s+and\s+a\s+half\s+(?P<unit>year|month)s?",
            _FLAGS,
        ),
    ),
    (
        "within",  # within a day / in just 24 hours / in less than a week / in one week
        re.compile(
            r"\b(?P<prep>within|in)\s+(?:(?:just|only)\s+)?(?:(?:the\s+)?space\s+of\s+)?"
            # a duration given as a bound or an estimate: a period of unknown length ("in
            # under a month", "in less than a week")
            r"(?P<approx>(?:(?:a\s+little\s+|slightly\s+|just\s+)?(?:less|fewer|more)\s+than"
            r"|(?:just\s+|a\s+little\s+|slightly\s+|a\s+bit\s+)?(?:under|over)"
            r"|about|around|roughly|nearly|almost|some)\s+)?"
            r"(?:" + _NUMW + r")[\s-]+" + _UNIT + r"(?!\s+(?:ago|later|from|after|before))",
            _FLAGS,
        ),
    ),
    (
        "hours24",  # "+8 in 24h", "over the past 48 hrs": a day's count in a digest's shorthand
        re.compile(
            r"\b(?:in|over|during)\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?"
            r"(?P<hn>24|48|72)\s?(?:h|hrs)\b",
            _FLAGS,
        ),
    ),
    (
        "theday",  # during the day / the day before / the previous day / overnight
        re.compile(
            r"\b(?:during\s+the\s+day|(?:in|over|during)\s+the\s+course\s+of\s+the\s+day"
            r"|the\s+day\s+before(?!\s+yesterday)|overnight"
            r"|last\s+night|in\s+a\s+(?:single\s+)?day"
            # "added 324 Russian drones in the day" (not "back in the day")
            r"|(?<!back\s)in\s+the\s+day(?!\s+(?:before|after|of|when|that)\b))\b",
            _FLAGS,
        ),
    ),
    (
        "shift",  # a year earlier / two days later: from the time just mentioned
        re.compile(
            r"\b"
            + _NUMW
            + r"\s+"
            + _UNIT
            + r"\s+(?P<dir>earlier|later|(?:before|after)(?=\s*(?:[,.;:)]|$)))\b",
            _FLAGS,
        ),
    ),
    (
        "unit_before",  # the month before / the year earlier: one unit before the time just told
        re.compile(
            r"\bthe\s+(?P<unit>week|month|quarter|year)\s+(?:before|earlier)"
            r"(?=\s*(?:[,.;:)]|$))",
            _FLAGS,
        ),
    ),
    (
        "next_unit",  # the next day / the following week: from the time just mentioned
        re.compile(
            # ("the next morning": the next day)
            r"\bthe\s+(?:next|following)\s+(?:" + _UNIT.replace("s?", "") + r"|morning)\b",
            _FLAGS,
        ),
    ),
    (
        "ago",  # two days ago / a month ago
        re.compile(r"\b" + _NUMW + r"\s+" + _UNIT + r"\s+ago\b", _FLAGS),
    ),
    (
        "relday",
        re.compile(
            r"\b(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday"
            r"|today|tonight|tomorrow|this\s+(?:morning|afternoon|evening))\b",
            _FLAGS,
        ),
    ),
    (
        "weekend",  # over the weekend / last weekend
        re.compile(r"\b(?:(?:over|during|at|on)\s+the|last|this|past)\s+weekend\b(?!['’])", _FLAGS),
    ),
    (
        "week",  # last week / this week / next week / the previous week
        re.compile(r"\b(?P<rel>last|this|next|previous|past|coming|current)\s+week\b", _FLAGS),
    ),
    (
        "vague",
        re.compile(
            r"\b(?P<v>earlier\s+this\s+(?:month|week)|earlier\s+in\s+the\s+(?:month|week)"
            r"|earlier\s+this\s+year|earlier\s+in\s+the\s+year|(?<!than\s)earlier(?!\s+than)"
            # "The day she left, ...": a day an event names, which the text does not date
            r"|^(?:on\s+)?the\s+(?:day|morning|night|week)\s+(?:that\s+|when\s+)?"
            r"(?:she|he|they|we|I)\s+(?:left|arrived|died|was\s+\w+|were\s+\w+|returned|fled))\b",
            _FLAGS,
        ),
    ),
    (
        "relmonth",  # this month / last month / next month / the previous month
        re.compile(
            r"\b(?:(?P<part>early|late|mid)[- ]?)?"
            r"(?P<rel>this|last|next|previous|current)\s+month\b",
            _FLAGS,
        ),
    ),
    (
        "season",  # the summer / this winter / next spring / the autumn of 2024
        re.compile(
            r"\b(?:(?P<rel>the|this|next|last|coming|previous|preceding)\s+)(?P<season>spring|summer|autumn|winter"
            # "the fall of 2023" is a season, "the fall of Bakhmut" an event
            r"|fall(?!\s+of\s+(?!(?:19|20)\d\d)))"
            r"(?:\s+of\s+" + _YEAR + r")?\b"
            # "in the winter mud", "the summer offensive": the season names a thing, not a time
            r"(?!\s+(?:mud|cold|heat|rains?|snows?|frosts?|fog|thaw|storms?|weather|offensive"
            r"|counter-?offensive|campaign|break|holidays?|recess|session)\b)",
            _FLAGS,
        ),
    ),
    (
        "relyear",  # this year / last year / next year
        re.compile(
            r"\b(?:(?P<part>early|late|mid)[- ]?)?"
            r"(?P<rel>this|last|next|previous|current)\s+year\b",
            _FLAGS,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:(?P<mod>last|this|next|past|previous)\s+)?"
            + _WD
            + r"(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?\b",
            _FLAGS,
        ),
    ),
    (
        "month",  # [early|mid|late|the end of] July [2024 | last year], 2016 June
        re.compile(
            r"(?:\b(?P<part>early|mid|late|the\s+(?:end|beginning|start|middle)\s+of)[- ]?\s*)?"
            r"(?<![\d/])\b" + _MON + r"(?:,?\s+" + _YEAR + r"|\s+" + _YREL + r")?"
            r"|\b" + _YEAR.replace("?P<year>", "?P<year2>") + r"\s*,?\s+" + _MON2,
            _FLAGS,
        ),
    ),
    (
        "the_month",  # during the month / over the whole month: the month the discourse is about
        re.compile(
            r"\b(?:(?:over|during|throughout|across|in|for)\s+the\s+(?:whole\s+|entire\s+|full\s+)?"
            r"(?:calendar\s+)?|(?:(?:over|during|throughout|across|in|for)\s+)?that\s+)"
            r"month\b(?![-'’]|\s*\d|\s+(?:to|ending|ended|through|before|after|earlier|ago|of"
            r"|since|when|in\s+which|that))"
            # "The month's tally of 48 Russian aircraft": the month's own count (not "the
            # month's daily reports", which a month named in the sentence dates)
            r"|\bthe\s+(?:whole\s+|entire\s+|full\s+)?month['’]s(?=\s+(?:[a-z]+\s+)?"
            r"(?:tally|toll|total|count|losses|figure)\b)",
            _FLAGS,
        ),
    ),
    (
        "the_week",  # over the week / during the week: the week the discourse is about
        re.compile(
            r"\b(?:(?:over|during|throughout|across|in|for)\s+the\s+(?:whole\s+|entire\s+|full\s+)?"
            r"(?:calendar\s+)?|(?:(?:over|during|throughout|across|in|for)\s+)?that\s+)"
            r"week\b(?![-'’]|\s*\d|\s+(?:to|ending|ended|through|before|after|earlier|ago|of"
            r"|since|when|in\s+which|that))",
            _FLAGS,
        ),
    ),
    (
        "the_quarter",  # over the quarter: the calendar quarter the discourse is in
        re.compile(
            r"\b(?:over|during|throughout|across|in|for)\s+the\s+(?:whole\s+|entire\s+|full\s+)?"
            r"quarter\b(?![-'’]|\s*\d|\s+(?:to|ending|ended|through|before|after|earlier|ago"
            r"|of|since|when|in\s+which|that|(?:a|one|the)\s+year))",
            _FLAGS,
        ),
    ),
    (
        "the_year",  # over the year / during the whole year: the year the discourse is about
        re.compile(
            r"\b(?:(?:over|during|throughout|across|in|for)\s+the\s+(?:whole\s+|entire\s+|full\s+)?"
            r"(?:calendar\s+)?|(?:(?:over|during|throughout|across|in|for)\s+)?that\s+)"
            r"(?:year|twelve\s+months|12\s+months)\b"
            r"(?![-'’]|\s*\d|\s+(?:to|ending|ended|through|before|after|earlier|ago|of"
            r"|since|when|in\s+which|that))"
            # "The year's equipment tally included 3,689 tanks": the year's own count
            r"|\bthe\s+(?:whole\s+|entire\s+|full\s+)?year['’]s(?=\s+[a-z])",
            _FLAGS,
        ),
    ),
    (
        "year",  # in 2024 / early 2021 / 2022: (a list header)
        re.compile(
            r"(?:\b(?P<part>early|mid|late|the\s+(?:end|beginning|start|middle)\s+of)[- ]?\s*)?"
            r"(?<![\d,.$£€])\b" + _YEAR + r"(?![.,]\d|%|\s*(?:percent|per\s*cent))",
            _FLAGS,
        ),
    ),
]
_RELDAY_OFFSETS = {
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "tomorrow": 1,
}
_PARTS = {"early": "early", "mid": "mid", "late": "late", "the end of": "late"}
_PARTS |= {"the beginning of": "early", "the start of": "early", "the middle of": "mid"}

# A bare year is a time only after a preposition, as a list header ("2022: ...") or with a part.
_YEAR_PREP = re.compile(
    r"(?:\b(?:in|during|for|throughout|of|since|from|until|till|through|by|to|and|between"
    # ("over calendar 2025", "in calendar year 2025", "in fiscal 2024": the year named)
    r"|as\s+of|after|before|than|across)\s+(?:the\s+year\s+|(?:the\s+)?(?:calendar|fiscal)\s+(?:year\s+)?)?)$",
    re.I,
)
# "over 2023 as a whole", "over 2024, ...": a year the count ran through (not "over 2023
# people", an amount)
_WHOLE_AFTER = re.compile(r"\s+as\s+a\s+whole\b|\s*[,;.]|\s*$|\s+(?:and|when|while|but)\b")
_HEADER = re.compile(r"^\s*[:(]")
_IN_BRACKETS_AFTER = re.compile(r"\s*(?:\)|,\s*(?:per|according|by|from)\b)", re.I)
# Where a list header may stand: at the start, or after a line break, a layout gap of two or
# more spaces, or a list mark ("by year: 2022: ...; 2023: ...").
_HEADER_BEFORE = re.compile(r"(?:^|[\n:;•·▪]|\s\s)\s*$")
# A capitalised month that is really a verb or a name: "May I", "May be", "March on".
_COUNT_NOUN_AFTER = re.compile(
    r"^\s+(?:tally|count|total|toll|figures?|losses|report|update|bulletin)\b", re.I
)
_NOT_MONTH_AFTER = re.compile(r"^\s+(?:be|have|not|I|we|you|they|he|she|it|also)\b")


# The months' full names (case-insensitive patterns use it)
MONTH_NAMES = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)"
)
_FULL_MONTH_DOT = re.compile(r"(?:" + MONTH_NAMES + r"|\d)\.$", re.I)
_PREV_WORD = re.compile(r"([A-Za-z][\w'’]*)\s*$")
_PREPS = {
    "in",
    "by",
    "since",
    "until",
    "till",
    "from",
    "during",
    "through",
    "on",
    "of",
    "as",
    "before",
    "after",
    "early",
    "mid",
    "late",
    "last",
    "this",
    "next",
    "and",
    "or",
}


def _num(word: str | None) -> int | None:
    if word is None:
        return 1
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    if w in _WORDNUM:
        return _WORDNUM[w]
    v = parse_words(w)
    return int(v) if v is not None and v >= 1 and float(v).is_integer() else None


def _month_ok(sentence: str, m: re.Match[str], group: str, has_anchor: bool) -> bool:
    """A month name counts when capitalised or beside a day/year; 'May'/'March' need more."""
    word = m.group(group)
    if word is None:
        return True
    low = word.lower().rstrip(".")
    if has_anchor:
        return True
    if not word[0].isupper():
        return False
    if low in ("may", "march", "mar"):
        prev = _PREV_WORD.search(sentence[: m.start(group)])
        after_prep = prev is not None and prev.group(1) in _PREPS | {"for", "over", "throughout"}
        if _NOT_MONTH_AFTER.match(sentence[m.end(group) :]) and not after_prep:
            # ("the tally for May also includes": after a lower-case preposition, a month)
            return False
        # "Theresa May", "the Women's March": a capitalised word before it makes it a name
        # (not a determiner before a count it dates: "The March tally also included")
        if (
            prev
            and prev.group(1)[0].isupper()
            and prev.group(1).lower() not in _PREPS
            and not (
                prev.group(1).lower() in ("the", "this", "that", "its", "their")
                and _COUNT_NOUN_AFTER.match(sentence[m.end(group) :])
            )
        ):
            return False
    return True


def _timex(kind: str, m: re.Match[str], sentence: str) -> Timex | None:
    g: dict[str, Any] = m.groupdict()
    rel: str | None
    part: str | None
    has: bool
    s, e = m.span()
    if kind in ("iso", "ymd"):
        return Timex(s, e, "date", year=int(g["year"]), month=int(g["month"]), day=int(g["day"]))
    if kind == "numeric":
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        y = y + 2000 if y < 100 else y
        if g["sep"] == "." or a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        else:
            return None  # 02/03/2022: the order is the writer's locale
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return Timex(s, e, "date", year=y, month=month, day=day)
    if kind in ("mdy", "dmy"):
        # a day number beside it makes the name a month, whatever its case
        year = int(g["year"]) if g.get("year") else None
        rel = g.get("yrel")
        day = int(g["day"]) if g.get("day") else DAY_WORDS[re.sub(r"\s+", "-", g["dayw"].lower())]
        if not 1 <= day <= 31:
            return None
        if (
            kind == "mdy"
            and g.get("dayw")
            and not g["mon"][:1].isupper()
            and not re.search(r"\bthe\s+\S+$", m.group(0)[: m.start("dayw") - s], re.I)
        ):
            return None  # ("They may first need to agree": a verb, not "May first")
        return Timex(
            s,
            e,
            "date",
            year=year,
            month=MONTHS[g["mon"].lower().rstrip(".")],
            day=day,
            rel=rel.lower() if rel else None,
        )
    if kind == "first_n":
        # "the first week of the war": one; "the first weeks": not known
        n = (
            _num(g["n"])
            if g["n"] is not None
            else (0 if m.group(0).lower().split()[2].endswith("s") else 1)
        )
        if not n:
            return None
        if g.get("war"):
            return Timex(s, e, "first_n", n=n, unit=g["unit"].lower(), rel="war")
        if g.get("mon"):
            if g["unit"].lower().rstrip("s") not in ("day", "week"):
                return None
            month = MONTHS[g["mon"].lower().rstrip(".")]
            myear = int(g["myear"]) if g.get("myear") else None
            return Timex(s, e, "first_n", n=n, unit=g["unit"].lower(), year=myear, month=month)
        year = int(g["year"]) if g.get("year") else None
        yrel = {"the": "this"}.get(g["yrel"].lower(), g["yrel"].lower()) if g.get("yrel") else None
        return Timex(s, e, "first_n", n=n, unit=g["unit"].lower(), year=year, rel=yrel)
    if kind == "last_n":
        n = (
            _num(g["n"])
            if g["n"] is not None
            else (0 if m.group(0).lower().split()[2].endswith("s") else 1)
        )
        if not n or not g.get("year") or g["unit"].lower() == "hour":
            return None
        return Timex(s, e, "last_n", n=n, unit=g["unit"].lower(), year=int(g["year"]))
    if kind == "anniversary":
        day = 23 if g.get("eve") else 24
        if not g.get("ord"):
            return Timex(s, e, "date", year=None, month=2, day=day)
        n = ORDINALS.get(g["ord"].lower(), 1)
        return Timex(s, e, "date", year=2022 + n, month=2, day=day)
    if kind == "war_day":
        n = int((g.get("n") or g.get("n2") or "0").replace(",", ""))
        if not 1 <= n <= 5000:
            return None
        d = WAR_START + timedelta(days=n - 1)
        return Timex(s, e, "date", d.year, d.month, d.day)
    if kind in ("war_mark", "war_into"):
        n = 1 if g["n"].lower() in ("a", "an") else _num(g["n"].replace(",", ""))
        unit = g["unit"].lower()
        if not n or n > 5000:
            return None
        if unit in ("day", "week"):
            d = WAR_START + timedelta(days=n * (7 if unit == "week" else 1))
        else:
            d = add_months(WAR_START, n * (12 if unit == "year" else 1))
        # (part "mark": a milestone, at which a level is told, not a day's count)
        return Timex(s, e, "date", d.year, d.month, d.day, part="mark")
    if kind == "holiday":
        h = " ".join(g["hol"].lower().replace("’", "'").split())
        month, day = {
            "new year's day": (1, 1),
            "new year's eve": (12, 31),
            "christmas eve": (12, 24),
        }.get(h, (12, 25))
        return Timex(s, e, "date", int(g["year"]) if g.get("year") else None, month, day)
    if kind == "same_day":
        return Timex(s, e, "date", year=int(g["year"]), rel="same_day")
    if kind == "edge":
        part = "end" if g["edge"].lower() in ("end", "close") else "start"
        if g.get("unit"):
            r = g["rel"].lower()
            rel = r if r in ("this", "last") else "the"  # "the", "that", "the same": discourse's
            return Timex(s, e, g["unit"].lower(), rel=rel, part=part)
        if g.get("mon"):
            year = int(g["year"]) if g.get("year") else None
            month = MONTHS[g["mon"].lower().rstrip(".")]
            return Timex(s, e, "month", year=year, month=month, part=part)
        return Timex(s, e, "year", year=int(g["year2"]), part=part)
    if kind == "the_month":
        return Timex(s, e, "month", rel="the")  # placed by dates.time_ref from the discourse
    if kind == "the_week":
        return Timex(s, e, "week", rel="the")  # placed by dates.time_ref from the discourse
    if kind == "the_quarter":
        return Timex(s, e, "quarter", rel="the")  # placed by dates.time_ref from the discourse
    if kind == "the_year":
        # Placed by the caller from the discourse (dates.time_ref): "Russia lost 253,290
        # soldiers in 2023. ... It lost 2,948 tanks over the year" is 2023.
        return Timex(s, e, "year", rel="the")
    if kind == "first_n_event":
        words_ = m.group(0).lower().split()
        n = _num(g.get("n")) if g.get("n") is not None else (0 if words_[2].endswith("s") else 1)
        if not n:
            return None
        return Timex(s, e, "relper", n=n, unit=g["unit"].lower(), rel="approx")
    if kind == "half_month":
        part = "first_half" if g["part"].lower() in ("first", "1st") else "second_half"
        year = int(g["year"]) if g.get("year") else None
        return Timex(
            s, e, "month", year=year, month=MONTHS[g["mon"].lower().rstrip(".")], part=part
        )
    if kind == "half_year":
        if g.get("h") or g.get("h2"):
            part = "first_half" if (g.get("h") or g["h2"]).upper() == "H1" else "second_half"
            return Timex(s, e, "year", year=int(g.get("year2") or g["year3"]), part=part)
        part = "first_half" if g["part"].lower() in ("first", "1st") else "second_half"
        if g.get("year"):
            return Timex(s, e, "year", year=int(g["year"]), part=part)
        rel = (g.get("yrel") or "this").lower()
        return Timex(s, e, "year", rel=rel, part=part)
    if kind == "quarter":
        q = g.get("q") or g.get("q2") or g.get("q3") or g.get("q4")
        qn = ORDINALS.get(q.lower()) if q and not q.isdigit() else int(q) if q else None
        if g.get("qlast"):
            qn = 4
        if qn is None:
            return None
        qyear = g.get("year") or g.get("year2") or g.get("year3") or g.get("year4")
        qrel = g.get("yrel")
        return Timex(
            s,
            e,
            "quarter",
            n=qn,
            year=int(qyear) if qyear else None,
            rel=qrel.lower() if qrel else None,
        )
    if kind == "hours24":
        return Timex(s, e, "relper", n=int(g["hn"]) // 24, unit="day")
    if kind == "unit_to":
        if g.get("ytd"):
            return Timex(s, e, g["ytd"].lower(), rel="this")
        if g.get("hn"):
            hours = _num(g["hn"].replace("-", " ")) or _num(g["hn"])
            return Timex(s, e, "relper", n=hours // 24, unit="day") if hours else None
        n = _num(g.get("n"))
        return Timex(s, e, "relper", n=n, unit=g["unit"].lower()) if n else None
    if kind in ("relper", "ahalf"):
        unit = g["unit"].lower()
        if kind == "ahalf":
            return Timex(
                s,
                e,
                "relper",
                n=18 if unit == "year" else 45,
                unit="month" if unit == "year" else "day",
            )
        which = g["which"].lower()
        the_last = which == "last" and re.search(r"\bthe\s+last\b", m.group(0), re.I)
        if (
            g.get("n") is None
            and not g.get("half")
            and not the_last
            and g.get("poss")
            and unit in ("month", "year")
            and which == "last"
        ):
            # "last month's reports": that month's too (not "the previous year's figure", a
            # year back from the time told)
            return Timex(s, e, unit, rel="last")
        if g.get("n") is None and not g.get("half") and not g.get("poss") and not the_last:
            # "last week/month/year", "the previous month": the calendar unit before the
            # current one; "the past week/month/year", "in the last week" and any "day" count
            # back from the report.
            if unit in ("month", "year") and which in ("last", "previous"):
                return Timex(s, e, unit, rel="last")
            if unit == "week" and which == "last":
                return Timex(s, e, "week", rel="last")
        n = _num(g.get("n"))
        if n is None:
            return None
        if g.get("half"):
            if unit == "year":
                return Timex(s, e, "relper", n=12 * n + 6, unit="month")
            if unit == "month":
                return Timex(s, e, "relper", n=30 * n + 15, unit="day")
        if unit == "hour":
            n, unit = max(1, -(-n // 24)), "day"
        return Timex(s, e, "relper", n=n, unit=unit)
    if kind == "within":
        n = _num(g.get("n"))
        if n is None:
            return None
        unit = g["unit"].lower()
        if unit == "hour":
            n, unit = max(1, -(-n // 24)), "day"
        return Timex(s, e, "relper", n=n, unit=unit, rel="approx" if g.get("approx") else None)
    if kind == "theday":
        return Timex(s, e, "relper", n=1, unit="day")
    if kind == "shift":
        n = _num(g.get("n"))
        if n is None:
            return None
        sign = -1 if g["dir"].lower() in ("earlier", "before") else 1
        return Timex(s, e, "relday", n=sign * n, unit=g["unit"].lower(), rel="shift")
    if kind == "unit_before":
        return Timex(s, e, "relday", n=-1, unit=g["unit"].lower(), rel="shift")
    if kind == "next_unit":
        unit = (g.get("unit") or "day").lower()
        return Timex(s, e, "relday", n=1, unit=unit, rel="shift_next")
    if kind == "ago":
        n = _num(g.get("n"))
        if n is None:
            return None
        return Timex(s, e, "relday", n=-n, unit=g["unit"].lower())
    if kind == "relday":
        w = " ".join(m.group(0).lower().split())
        if w.endswith("this time last year"):
            return Timex(s, e, "relday", n=-1, unit="year", rel="ago")
        if w not in _RELDAY_OFFSETS:
            w = "today"  # "this morning", "this evening": today's
        return Timex(s, e, "relday", n=_RELDAY_OFFSETS[w], unit="day", rel=w)
    if kind == "weekend":
        return Timex(s, e, "week", rel="weekend")
    if kind == "week":
        rel = g["rel"].lower()
        if rel in ("past", "previous"):  # "the past week": seven days back from the report
            return Timex(s, e, "relper", n=1, unit="week")
        return Timex(s, e, "week", rel={"coming": "next", "current": "this"}.get(rel, rel))
    if kind == "vague":
        v = " ".join(g["v"].lower().split())
        if not v.startswith("earlier"):
            return Timex(s, e, "vague", rel="event")  # "the day she left": not placed
        rel = "earlier_year" if v.endswith("year") else "earlier"
        return Timex(s, e, "vague", rel=rel)
    if kind == "season":
        n = _SEASONS[g["season"].lower()]
        rel = g["rel"].lower()
        year = int(g["year"]) if g.get("year") else None
        return Timex(s, e, "season", n=n, year=year, rel=None if year else _SEASON_REL[rel])
    if kind in ("relmonth", "relyear"):
        rel = g["rel"].lower()
        rel = {"previous": "last", "current": "this"}.get(rel, rel)
        part = g.get("part")
        return Timex(
            s,
            e,
            "month" if kind == "relmonth" else "year",
            rel=rel,
            part=part.lower() if part else None,
        )
    if kind == "weekday":
        mod = (g.get("mod") or "").lower() or None
        if mod in ("past", "previous"):
            mod = "last"
        return Timex(s, e, "weekday", n=WEEKDAYS.index(g["wd"].lower()), rel=mod)
    if kind == "month":
        group = "mon" if g.get("mon") else "mon2"
        has = bool(g.get("year") or g.get("year2") or g.get("yrel"))
        if not _month_ok(sentence, m, group, has):
            return None
        year = g.get("year") or g.get("year2")
        part = g.get("part")
        part = _PARTS.get(" ".join(part.lower().split())) if part else None
        rel = g.get("yrel")
        return Timex(
            s,
            e,
            "month",
            year=int(year) if year else None,
            month=MONTHS[g[group].lower().rstrip(".")],
            part=part,
            rel=("year_" + rel.lower()) if rel else None,
        )
    if kind == "year":
        part = g.get("part")
        before = sentence[:s]
        if (
            not part
            and not _YEAR_PREP.search(before)
            and not (
                re.search(r"\bover\s+(?:(?:the\s+)?calendar\s+(?:year\s+)?)?$", before, re.I)
                and _WHOLE_AFTER.match(sentence, e)
            )
            and not (_HEADER.match(sentence[e:]) and _HEADER_BEFORE.search(before))
            # ("By the numbers (2023, per Kyiv):", "Losses (2024):": a heading's year in
            # brackets)
            and not (re.search(r"\(\s*$", before) and _IN_BRACKETS_AFTER.match(sentence, e))
        ):
            return None
        part = _PARTS.get(" ".join(part.lower().split())) if part else None
        return Timex(s, e, "year", year=int(g["year"]), part=part)
    raise AssertionError(kind)


def find_timexes(sentence: str) -> list[Timex]:
    """Every time expression of ``sentence``, left to right, none overlapping."""
    return list(_find_timexes(sentence))


@lru_cache(maxsize=4096)
def _find_timexes(sentence: str) -> tuple[Timex, ...]:
    # Cached: the date readers ask about the same sentence once per figure and per claim
    # (about 26 times an article); Timex records are frozen, so sharing them is safe.
    taken: list[Timex] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(sentence):
            if m.end() == m.start():
                continue
            if any(m.start() < t.end and t.start < m.end() for t in taken):
                continue
            tx = _timex(kind, m, sentence)
            if tx is not None:
                if sentence[tx.end - 1] == "." and _FULL_MONTH_DOT.search(sentence[: tx.end]):
                    tx = replace(tx, end=tx.end - 1)  # the sentence's full stop, not "Sept."
                taken.append(tx)
    taken.sort(key=lambda t: t.start)
    for i, t in enumerate(taken):
        prev = _PREVIOUS_UNIT.search(sentence, t.start, t.end)
        if prev is None or prev.end() != t.end or t.kind not in ("month", "year", "relper"):
            continue
        unit = prev.group(1).lower()
        if any(u.kind == unit for u in taken[:i]):
            # "28,200 in March, up from 28,450 the previous month": the month before the one
            # just told (only with nothing told before is it the calendar's last month)
            taken[i] = Timex(t.start, t.end, "relday", n=-1, unit=unit, rel="shift")
    return tuple(taken)


# "the previous month", "the preceding year": one unit before a time told, when one is
_PREVIOUS_UNIT = re.compile(r"\bthe\s+(?:previous|preceding)\s+(month|year)\b", re.I)


# ----------------------------------------------------------------------------- calendar


def month_end(y: int, m: int) -> date:
    return (date(y + (m == 12), m % 12 + 1, 1)) - timedelta(days=1)


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` calendar months, the day clipped to the month's length."""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return date(y, m + 1, min(d.day, month_end(y, m + 1).day))


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_for(month: int, day: int, ref: date) -> date | None:
    """A day without a year: the reference year, or the latest earlier year it exists in."""
    for y in range(ref.year, ref.year - 9, -1):
        d = _safe(y, month, day)
        if d is not None and d <= ref:
            return d
    return None


def _part(lo: date, hi: date, part: str | None, unit: str) -> tuple[date, date]:
    """Narrow a month or year to its early/mid/late part or half."""
    if part is None:
        return lo, hi
    if part in ("start", "end"):  # "at the start of the year": its first day
        return (lo, lo) if part == "start" else (hi, hi)
    if unit == "month":
        last = hi.day
        spans = {
            "early": (1, 10),
            "mid": (11, 20),
            "late": (21, last),
            "first_half": (1, 15),
            "second_half": (16, last),
        }
        a, b = spans[part]
        return lo.replace(day=a), lo.replace(day=b)
    spans_m = {
        "early": (1, 3),
        "mid": (4, 9),
        "late": (10, 12),
        "first_half": (1, 6),
        "second_half": (7, 12),
    }
    a, b = spans_m[part]
    return date(lo.year, a, 1), month_end(lo.year, b)


# Seasons as the northern hemisphere's meteorological ones: spring March-May, summer
# June-August, autumn September-November, winter December to February.
_SEASONS: Final = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}
_SEASON_REL: Final = {
    "the": "this",
    "this": "this",
    "coming": "next",
    "next": "next",
    "last": "last",
    "previous": "previous",
    "preceding": "previous",
}


def _season(n: int, y: int) -> tuple[date, date]:
    """Season ``n`` (1 spring .. 4 winter) that begins in year ``y``."""
    first = date(y, 3 * n, 1)
    return first, add_months(first, 3) - timedelta(days=1)


def interval(t: Timex, ref: date | None) -> tuple[date, date] | None:
    """The first and last day ``t`` names, or None when it cannot be placed without ``ref``.

    Relative periods (`relper`) and vague anchors are placed by the caller, who knows which
    report they count back from."""
    if t.kind == "date" and t.rel == "same_day":
        if ref is None or t.year is None:
            return None
        d = _safe(t.year, ref.month, ref.day) or _safe(t.year, ref.month, ref.day - 1)
        return (d, d) if d else None
    if t.kind == "date":
        if t.year is not None:
            d = _safe(t.year, t.month or 0, t.day or 0)
        elif ref is None:
            return None
        elif t.rel is not None:
            y = ref.year + {"last": -1, "this": 0, "next": 1}[t.rel]
            d = _safe(y, t.month or 0, t.day or 0)
        else:
            d = _year_for(t.month or 0, t.day or 0, ref)
        return (d, d) if d else None
    if ref is None and t.kind in ("weekday", "relday", "week"):
        return None
    if t.kind == "weekday":
        assert ref is not None and t.n is not None
        if t.rel == "next":
            d = ref + timedelta(days=(t.n - ref.weekday()) % 7 or 7)
        else:
            back = (ref.weekday() - t.n) % 7
            if t.rel == "last" and back == 0:
                back = 7
            d = ref - timedelta(days=back)
        return d, d
    if t.kind == "relday":
        assert ref is not None and t.n is not None
        if t.unit == "day":
            d = ref + timedelta(days=t.n)
        elif t.unit in ("week", "fortnight"):
            d = ref + timedelta(days=(7 if t.unit == "week" else 14) * t.n)
        elif t.unit == "month":
            d = add_months(ref, t.n)
        elif t.unit == "year":
            d = add_months(ref, 12 * t.n)
        else:  # hours ago: still the same day
            d = ref
        return d, d
    if t.kind == "week" and t.rel == "weekend":  # the latest Saturday and Sunday
        assert ref is not None
        sat = ref - timedelta(days=(ref.weekday() - 5) % 7 or 7)
        return sat, min(sat + timedelta(days=1), ref)
    if t.kind == "week" and t.rel == "the":
        return None  # "over the week" with no week in the discourse: not placed
    if t.kind == "week":
        assert ref is not None
        monday = ref - timedelta(days=ref.weekday())
        monday += timedelta(days=7 * {"last": -1, "this": 0, "next": 1}[t.rel or "this"])
        return monday, monday + timedelta(days=6)
    if t.kind == "month":
        assert t.month is not None or t.rel in ("this", "last", "next", "the")
        if t.rel == "the" and t.month is None:
            return None  # "during the month" with no month in the discourse: not placed
        if t.rel in ("this", "last", "next"):
            if ref is None:
                return None
            first = add_months(ref.replace(day=1), {"last": -1, "this": 0, "next": 1}[t.rel])
        elif t.year is not None:
            first = date(t.year, t.month or 1, 1)
        elif ref is None:
            return None
        elif t.rel and t.rel.startswith("year_"):
            first = date(
                ref.year + {"year_last": -1, "year_this": 0, "year_next": 1}[t.rel], t.month or 1, 1
            )
        else:
            first = date(ref.year, t.month or 1, 1)
            if first > ref:
                first = first.replace(year=ref.year - 1)
        return _part(first, month_end(first.year, first.month), t.part, "month")
    if t.kind == "year":
        if t.year is not None:
            y = t.year
        elif ref is None or t.rel == "the":
            return None  # "over the year" with no year in the discourse: not placed
        else:
            y = ref.year + {"last": -1, "this": 0, "next": 1}[t.rel or "this"]
        return _part(date(y, 1, 1), date(y, 12, 31), t.part, "year")
    if t.kind == "quarter":
        if t.n is None:
            return None  # "over the quarter" not placed by the discourse
        if t.year is not None:
            y = t.year
        elif ref is None:
            return None
        elif t.rel:
            y = ref.year + {"last": -1, "this": 0, "next": 1}[t.rel]
        else:  # the latest such quarter that has begun
            y = ref.year if date(ref.year, 3 * t.n - 2, 1) <= ref else ref.year - 1
        return date(y, 3 * t.n - 2, 1), month_end(y, 3 * t.n)
    if t.kind == "season":
        assert t.n is not None
        if t.year is not None:
            return _season(t.n, t.year)
        if ref is None:
            return None
        # "this summer": the season of the reference year that is current or next
        # (winter: the one that began last December while it lasts)
        y = ref.year - (1 if t.n == 4 and ref.month < 3 else 0)
        lo, hi = _season(t.n, y)
        if t.rel == "previous":
            # "compared with 84,640 in the previous winter" in a round-up of the winter
            # just ended (or still running): the one before it; of another season, the
            # words do not say which
            if lo > ref:
                lo, hi = _season(t.n, y - 1)
            if not lo <= ref <= hi + timedelta(days=31):
                return None
            return _season(t.n, lo.year - 1)
        if t.rel == "next" and lo <= ref:
            lo, hi = _season(t.n, y + 1)
        elif t.rel == "last":
            lo, hi = _season(t.n, y - 1) if lo <= ref <= hi or lo > ref else (lo, hi)
        return lo, hi
    if t.kind == "last_n":
        assert t.n is not None and t.year is not None
        unit = (t.unit or "day").rstrip("s")
        return _count_back_from_year_end(t.year, t.n, unit), date(t.year, 12, 31)
    if t.kind == "first_n":
        assert t.n is not None
        if t.month is not None:
            # "the first two weeks of March": of the latest March on or before the date
            if t.year is not None:
                y = t.year
            elif ref is not None:
                y = ref.year if t.month <= ref.month else ref.year - 1
            else:
                return None
            first = date(y, t.month, 1)
            return first, _count_forward(first, t.n, t.unit or "day")
        if t.rel in ("this", "last"):
            if ref is None:
                return None
            first = date(ref.year - (t.rel == "last"), 1, 1)
        else:
            first = date(t.year, 1, 1) if t.year is not None else WAR_START
        return first, _count_forward(first, t.n, t.unit or "day")
    return None


def _count_back_from_year_end(year: int, n: int, unit: str) -> date:
    """The first day of the last ``n`` units of a calendar year."""
    end = date(year, 12, 31)
    if unit == "day":
        return end - timedelta(days=n - 1)
    if unit in ("week", "fortnight"):
        return end - timedelta(days=(7 if unit == "week" else 14) * n - 1)
    months = n if unit == "month" else 12 * n
    return add_months(date(year + 1, 1, 1), -months)


def _count_forward(start: date, n: int, unit: str) -> date:
    """The last day of ``n`` units that begin on ``start``."""
    if unit == "day":
        return start + timedelta(days=n - 1)
    if unit in ("week", "fortnight"):
        return start + timedelta(days=(7 if unit == "week" else 14) * n - 1)
    months = n if unit == "month" else 12 * n
    return add_months(start, months) - timedelta(days=1)


def count_back(report: date, n: int, unit: str) -> tuple[date, date]:
    """``n`` units ending the day before ``report`` (a "past N days" figure of that report)."""
    end = report - timedelta(days=1)
    if unit == "day":
        return report - timedelta(days=n), end
    if unit in ("week", "fortnight"):
        return report - timedelta(days=(7 if unit == "week" else 14) * n), end
    months = n if unit == "month" else 12 * n
    return add_months(report, -months), end
