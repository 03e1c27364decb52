"""The time frame of a figure: the date it refers to and, for a count of a period, the days.

`time_ref(sentence, article_date, at)` reads the time words of one sentence and returns a
`TimeRef` for the quantity at character offset ``at``. Three layers: ``nlp/timex.py`` finds
and resolves the time expressions, ``nlp/timecues.py`` gives each a role from the words
around it, and this module picks the one that governs the figure and composes the frame:

- a **start**: "since the beginning of the full-scale invasion", "since February 24, 2022"
  (the war's start: a *cumulative* count), "since December", "since mid-January" (a
  *period* from that day to the day before the as-of date);
- a **range**: "from February 24 to May 20", "between January and August 2020" (cumulative
  when it starts at the war's start, else a period);
- an **anchor**: "as of Friday morning, April 1", "by September", "until Tuesday";
- a **report** date: "said on Sunday", "a Monday update", "Kiev, April 17:" (the as-of date,
  and the report that a "past 24 hours" figure counts back from);
- a **period**: "in July", "on Tuesday alone", "in 2024", "last week", "the first half of
  June", "in the past 24 hours", "the previous seven days", "within a day".

The expression that governs the figure is the nearest one, counting a clause boundary (";",
", and", ", bringing", " as the ", ...) as far away, so that in "over 35,000 in July alone,
and ... 38,130 by September" July governs the first figure and September the second. Dates
inside a comparison ("from 7.2 percent in September", "than ... in May 2021") govern only the
figures inside it.

Conventions (the field-news guidelines): a weekday is the latest such day on or before the
article date; "said on March 25" is in the article's year or the year before; a month alone
gives its last day (the article date for the current month); "earlier this month" and
"earlier" give the article date; a "past 24 hours" figure has the date of its report and
covers the day before it; with no article date and no full date, as_of is None. Unanchored
durations ("for 16 days", "in less than a week") are not periods.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from .numbers import SMALL_NUMBERS
from .timecues import CLAUSE_OPENING, Cue, between, day_range, find_cues
from .timex import WAR_START, Timex, add_months, count_back, find_timexes, interval
from .units import TIME_AGO

__all__ = ["WAR_START", "TimeRef", "as_of", "parse_iso", "time_ref"]

Aggregation = Literal["cumulative", "period"]


@dataclass(frozen=True, slots=True)
class TimeRef:
    """The time frame of one figure; spans are character offsets into the sentence.

    ``as_of`` is the date the figure refers to (``YYYY-MM-DD``); ``as_of_span`` is None when
    it is the article date by default (or inherited from ``context``). ``aggregation`` is what
    the time words say: ``cumulative`` (a total since a start, ``since`` when stated),
    ``period`` (a count of ``period_days`` days, ``period_start`` to ``period_end``
    inclusive), or None when they say neither.
    """

    as_of: str | None
    as_of_span: tuple[int, int] | None = None
    aggregation: Aggregation | None = None
    period_days: int | None = None
    period_start: str | None = None
    period_end: str | None = None
    period_span: tuple[int, int] | None = None
    since: str | None = None
    since_span: tuple[int, int] | None = None
    future: bool = False  # the governing time lies after the article date: a forecast
    night: bool = False  # the period is a night ("overnight"), which a report may straddle
    # the as-of date stands for a month, quarter or year told ("in August": its last day), a
    # time that no "that morning" can point back to
    coarse: bool = False


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# ----------------------------------------------------------------------------- choice

# Boundaries of a new clause with its own subject: a count's time never reaches across one.
_STRONG = re.compile(
    # (a footnote mark may stand after the comma: "48,670 personnel losses,[3] and on 20
    # December the General Staff reported 2,200")
    r";|,(?:\[\w{1,3}\])*\s+(?:but|while|whereas|yet)\b|\s(?:but|while|whereas)\s"
    # ", and the military said ...": a report of its own, coordinated
    r"|,(?:\[\w{1,3}\])*\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}(?:said|says|reported|reports"
    r"|announced|added|claimed|claims|show|shows|showed)\b"
    # "It put the total at 553,410 and said 35,030 had been killed or wounded in June": a
    # coordinated report of its own
    # (not "and added 43 cruise missiles", a count of the same report)
    r"|\s+and\s+(?:also\s+)?(?:said|says|announced|claimed|claims)\s"
    r"|\s+and\s+(?:also\s+)?(?:notes?|noted|points?\s+out|pointed\s+out|adds|added|argues"
    r"|argued|warns|warned|writes|wrote)\s+that\s",
    re.I,
)
# "stands at 30 after it said a ship had been hit last week": a clause of its own after the
# figure, whose time is that clause's
_AND_BEFORE = re.compile(r",\s+(?:and|but|while)\s+(?:the\s+)?$", re.I)
# a coordinated clause with a subject of its own (a determiner's or a name's noun phrase, not a
# list's next item: "and another 12", "and 12 artillery systems"), a finite verb and its
# figure, then nothing but words up to the end of the search: ", and its naval tally went to 34
# in its"
_OTHER_CLAUSE_FIGURE = re.compile(
    r",\s+(?:and|but|while)\s+(?:its|their|the|his|her|this|that|[A-Z][\w.'’-]*)\s+"
    r"(?:[\w'’-]+\s+){0,5}?"
    r"(?:went|rose|grew|fell|stood|stands|reached|reaches|climbed|hit|was|were|is|are|came"
    r"|added|put|gave|listed|counted|recorded|reported|showed|totall?ed|amounted)\s+"
    r"(?:[\w'’-]+\s+){0,3}?\d[\d,.]*(?:\s+[a-z][\w'’-]*){0,3}\s+(?:in|on|as\s+of|by)\s+"
    r"(?:(?:its|their|the|a)\s+)?$"
)
_TIME_SUBJECT_VERB = re.compile(
    r"(?:['’]s\s+[\w-]+)?\s+(?:is|was|has|had|will|would|could|looks|appears|seems|promises"
    r"|saw|brought)\b",
    re.I,
)
_WHEN_SPOKE = re.compile(
    r"\s(?:when|as)\s+(?:it|he|she|they|we|I)\s+(?:spoke|said|testified|told|briefed|wrote"
    r"|addressed|appeared)\b",
    re.I,
)
_CLAUSE_AFTER_FIGURE = re.compile(
    r"\s(?:after|because|although|though|when|before)\s+(?:it|he|she|they|we|I)\s+[a-z]+"
    r"|\s(?:after|because|although|though|when|before)\s+(?:the\s+)?[\w'’-]+\s+"
    r"(?:said|says|reported|announced|claimed|added)\b"
    # "with 48,670 personnel losses,[3] and on 20 December the General Staff reported
    # 2,200": a coordinated clause that opens with its own time
    r"|,(?:\[\w{1,3}\])*\s+and\s+(?:then\s+)?(?:on|in|by|at|during)\s",
    re.I,
)
# A rate: "340 per day", "6 million tonnes a month", "1,000 daily" (not "in a day", "in
# less than a week", "over a month": the period a count took).
_RATE_AFTER = re.compile(
    r"^(?:\s+[A-Za-z-]+){0,4}?\s+(?:(?<!in\s)(?<!within\s)(?<!than\s)(?<!under\s)"
    r"(?<!over\s)(?:(?:per|each|every)\s+(?:day|week|month|year|annum)\b"
    r"|an?\s+(?:day|week|month|year|annum)\b(?!\s+" + TIME_AGO + r"))"
    r"|(?:daily|weekly|monthly|annually)\b)",
    re.I,
)
# the words before a level reached or a term compared: "climbed to 208 from 135"
_COMPARED_TERM_BEFORE = re.compile(
    r"\b(?:to|from|against|than|versus|at)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?$"
    r"|\d[^,;]*\b(?:from|against|than)\s+(?:about\s+|some\s+|nearly\s+)?$",
    re.I,
)
# "In the same report": the report just told
_SAME_REPORT_WORDS = (
    r"(?:in|by)\s+the\s+same\s+(?:daily\s+)?(?:report|update|bulletin|briefing|summary)"
)
# A day pointed back to ("that morning", "that day", "the same day"): the one just told
THAT_DAY = re.compile(
    r"\b(?:that\s+(?:morning|afternoon|evening|night|day)|the\s+same\s+(?:day|date|morning)"
    # ("In the same report, the tally of drones destroyed reached 153,169": the report's day)
    r"|" + _SAME_REPORT_WORDS + r")\b",
    re.I,
)
SAME_REPORT = re.compile(r"\b" + _SAME_REPORT_WORDS + r"\b", re.I)
_BY_THEN = re.compile(
    r"\b(?:by|until|till)\s+then\b|\b(?:by|at)\s+that\s+(?:point|time|date)\b", re.I
)
# ", bringing its total on 1 July to 1,577,": an aside on the total a figure brought about
_TOTAL_ASIDE = re.compile(
    r",\s*(?:bringing|taking|pushing|raising|lifting)\s+(?:[^,;]|,(?=\d))*?\d(?:[^,;]|,(?=\d))*,(?=\s)",
    re.I,
)
# ", a total of 125,830": the sum of the figures told before it
_TOTAL_OF_LIST = re.compile(
    r",\s+(?:a|the)\s+(?:combined\s+)?(?:total|sum)\s+of\s+(?:(?:about|some|nearly|roughly"
    r"|around|more\s+than|over|almost)\s+)?$",
    re.I,
)
# "its tank count rose by 339 in January, from 5,983 to 6,322": a count's rise over a period
# and its levels at the period's ends
_RISE_ENDS = re.compile(
    # (a count, tally or total that rose: not "losses fell by 2,000 in March, from 30,000 to
    # 28,000", two months' counts)
    r"\b(?:count|tally|total|toll)\s+(?:of\s+[^,;\d]{1,40}?\s+)?(?:has\s+|had\s+)?"
    r"(?:rose|risen|grew|grown|increased|climbed|went\s+up|jumped)\s+(?:by\s+)?"
    r"(?:(?:about|some|nearly|roughly|around|more\s+than|over|almost)\s+)?(?P<n>\d[\d,.]*)"
    r"\s+(?:in|during|over|across)\s+[^,;\d]{2,30}?,?\s+from\s+"
    r"(?:(?:about|some|nearly|roughly|around)\s+)?(?P<a>\d[\d,.]*)\s+to\s+"
    r"(?:(?:about|some|nearly|roughly|around)\s+)?(?P<b>\d[\d,.]*)",
    re.I,
)
_OWN_TIME_OPENS = re.compile(r"\s+(?:on|as\s+of|by|in|at\s+the\s+end\s+of)\s+", re.I)
_SMALL_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SMALL_OR_DIGITS = rf"(?:\d[\d,.]*|{_SMALL_WORDS})\b"
# "On April 15 the count of Russian warships rose by one, to eight": the level a count's rise
# reached, at the end of the rise's own time
_RISE_BY_TO = re.compile(
    r"\b(?:count|tally|total|toll|number)\s+(?:of\s+[^,;\d]{1,40}?\s+)?(?:has\s+|had\s+)?"
    r"(?:rose|risen|grew|grown|increased|climbed|went\s+up|jumped)\s+by\s+"
    r"(?:(?:about|some|nearly|roughly|around|more\s+than|over|almost|another)\s+)?"
    rf"(?P<n>{_SMALL_OR_DIGITS}),\s+to\s+"
    rf"(?:(?:about|some|nearly|roughly|around)\s+)?(?P<b>{_SMALL_OR_DIGITS})",
    re.I,
)
# "... from about 30,700 in the report of 1 June to about 35,750": the term a range starts
# from, and the level it reached right before the figure
_FROM_TERM = re.compile(
    r"\bfrom\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|around\s+)?\d[^;]*$", re.I
)
_TO_LEVEL_BEFORE = re.compile(
    r"[^\d;]*\bto\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|around\s+|more\s+than\s+)?",
    re.I,
)
# "1,043,160 in Monday's report", "35,750 in that of 1 July": the words between a figure
# and the day of its report
_IN_REPORT_RIGHT_AFTER = re.compile(
    r"\s+(?:in|by)\s+(?:(?:its|the|their)\s+|(?:that|those)\s+of\s+(?:the\s+)?)?"
)
# "3,229 in the General Staff's Saturday report": the report a figure is given in, named
# right after it (its day before the report's noun)
_IN_NAMED_REPORT = re.compile(
    r"\s+(?:in|by)\s+(?:(?:its|the|their)\s+)?(?:[A-Z][\w.-]*\s+){0,3}?[A-Z][\w.-]*['’]s\s+"
)
# ("Russian artillery pieces Oryx had confirmed lost by Thursday, against 3,229 in ...": the
# other term of a comparison whose figure stands in a heading)
_AGAINST_BEFORE = re.compile(r"\b(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+$", re.I)
# ", 540 on Tuesday": the next item of a list of days' counts
_NEXT_DAY_ITEM = re.compile(
    r"(?:\s+report)?,\s+(?:and\s+)?\d[\d,.]*\s+(?:\w+\s+)?(?:on|in)\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.I,
)
# ("520 personnel in Monday's report": a noun of the figure's own may stand between)
_IN_REPORT_AFTER_NOUN = re.compile(
    r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:in|by)\s+(?:(?:its|the|their)\s+)?", re.I
)
_REPORT_NOUN_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:report|update|bulletin)\b", re.I)
_RATE_BEFORE = re.compile(r"\baverag(?:e|ed|ing)\b(?:\s+\S+){0,3}\s*$", re.I)
# "now" in the figure's own words ("and now lists 416", "now stands at"), up to five words
# before it, none a figure or a clause mark
_NOW_BEFORE = re.compile(
    r"\bnow\s+(?:[A-Za-z'’-]+\s+){0,5}?(?:(?:about|some|over|nearly)\s+)?$", re.I
)
_INCREMENT = re.compile(r"\(\s*$")
_INCREMENT_Q = re.compile(r"^(?:plus\b|\+\s*\d)", re.I)
_CONTINUE = re.compile(
    r"\b(?:(?:during|in|over|for)\s+(?:this|that|the\s+same)\s+(?:period|time(?:\s*frame)?"
    r"|timeframe|day|week|month)|also|in\s+addition|additionally|more|another|as\s+well"
    # "... destroyed in that attack": the attack the previous sentence told, and its time
    r"|(?:in|during)\s+(?:this|that|the)\s+(?:same\s+)?(?:attack|strike|barrage|raid|wave)"
    r"|among\s+them|of\s+these|of\s+them)\b",
    re.I,
)
# The resultative that names a running total ("bringing the total to", "raising its
# tally to"; timecues._CUMLEX): the figure before it is the increment.
_RESULTATIVE = re.compile(r"(?:bring|brought|tak(?:e|i)|took|push|rais|lift)", re.I)
_MODAL = re.compile(
    r"\b(?:will|would|could|may|might|should|shall|expected\s+to|likely\s+to|set\s+to"
    r"|on\s+(?:track|course)\s+to|projected|forecast)\b",
    re.I,
)
# A night named as the period ("overnight", "last night", "on Sunday night"): frames.py
# makes such a count a part of the day a report covers.
NIGHT = re.compile(
    r"\b(?:overnight|last\s+night|tonight|during\s+the\s+night|at\s+night|the\s+night\s+of"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+night)\b",
    re.I,
)
_ANAPHORIC_SUBJECT = re.compile(r"\s*(?:This|That|It)\s+(?:is|was|represents|marks)\b")
_NUMBER_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|thousand|million|billion|dozen)"
)
# Where the figure at an offset ends: its digits, or its words ("three hundred", "four
# hundred and seventy-six"), so that the time words after it are measured from its end
_Q_END = re.compile(
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|up\s+to|at\s+least)\s+)?"
    + _NUMBER_WORD
    + r"(?:[\s-]+(?:and[\s-]+)?"
    + _NUMBER_WORD
    + r")*\b(?![\s-]*\d)"
    r"|[^\d]{0,24}?\d(?:[\d,.]*\d)?(?:\s\d{3}\b)*",
    re.I,
)


# "350 of them " right before a time: the part of a total that the time dates
_OF_THEM_THEN = re.compile(
    # ("1,500 of those soldiers in the last day alone": the noun may be said again)
    r"\s+of\s+(?:them|(?:those|these)(?:\s+[a-z]+)?|the\s+latter)\s+"
    r"(?:(?:in|on|during|over|at)\s+(?:the\s+)?)?",
    re.I,
)
_OF_THEM_BEFORE = re.compile(r"\bof\s+(?:them|those|these|the\s+latter)\s+$", re.I)
_RECRUITED = (
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:called\s+up|mobili[sz]ed|recruited|conscripted|drafted|enlisted"
    r"|born|hired|pardoned)\b[^,;.\d]{0,40}$"
)
_RECRUITED_WHEN = re.compile(_RECRUITED, re.I)
_RECRUITED_AFTER_FIGURE = re.compile(r"\d" + _RECRUITED, re.I)
_ELIDED_FIGURE_BEFORE = re.compile(
    # ("rose by 46 in its report on Tuesday and by a further 20 on Wednesday": a second
    # change, told with its own preposition and "a further")
    # ("520 in Monday's report, 430 on Tuesday, 510 on Wednesday": so is each item of a
    # list of figures, each told with its own time)
    r"(?:,?\s+(?:and|but|with)\s+|,\s+)(?:by\s+)?(?:(?:a\s+further|another|about|around|some|nearly"
    r"|almost|over|more\s+than)\s+)?"
    r"\d[\d,.]*\s+(?:(?:of\s+them|more)\s+)?(?:in|on|during|over|since|for)\s+(?:the\s+)?$",
    re.I,
)


# The comma that ends an opening adverbial, after a focus word ("In October alone, ...")
_OPENING_END = re.compile(
    r"\s*(?:(?:alone|only|by itself|itself)\s*)?,"
    # (or with no comma, right before the clause's subject: "Over the month the General Staff
    # counted ...", "In October Russia lost ...")
    r"|\s+(?=(?:the|its|their|Russia|Ukraine|Kyiv|Moscow)\b|[A-Z][a-z])",
)


def _opening(sentence: str, c: Cue) -> bool:
    """Whether the cue is an opening adverbial ("So far, ...", "In October alone, ..."),
    which scopes over the whole sentence."""
    return bool(CLAUSE_OPENING.match(sentence[: c.start]) and _OPENING_END.match(sentence, c.end))


def _cost(c: Cue, at: int, q_end: int, bounds: list[tuple[int, int]], sentence: str) -> float:
    """How far a cue is from the figure: characters, plus 250 a clause boundary between
    them and 10,000 a new clause with its own subject ("; ", ", while")."""
    if _same_parenthesis(sentence, c, at):
        return 0.0  # "(812,670 in total)": a parenthesis is its own scope
    if c.start >= q_end and _OF_THEM_THEN.fullmatch(sentence, q_end, c.start):
        return 0.0  # "53,650 lost since February, 350 of them in the past day": the part's own
    if c.start <= at < c.end:
        gap = 0
    elif c.end <= at:
        gap = at - c.end
    else:
        gap = max(0, c.start - q_end)
    n = between(bounds, c.end if c.end <= at else q_end, at if c.end <= at else c.start)
    if c.rel_clause and c.end <= at:
        # "in May, when it jumped 0.3 points": the relative clause speaks of this time
        n -= sum(1 for s, e in bounds if c.end <= s <= c.end + 3 and e <= at)
    lo, hi = (c.end, at) if c.end <= at else (q_end, c.start)
    heading = _LIST_COLON.search(sentence, lo, max(lo, hi)) if c.end <= at else None
    if heading is not None:
        # "Total combat losses from 24.02.22 to 20.12.24 amounted to: personnel — 770 420;
        # tanks — 9584; armoured combat vehicles — 19 823": the time before a colon heads
        # every item of the list the colon opens, whatever semicolons part them
        hi = heading.start()
        n = between(bounds, c.end, hi)
    strong = sum(1 for m in _STRONG.finditer(sentence, lo, max(lo, hi)))
    opening = _opening(sentence, c)
    if c.end <= at and opening:
        strong = 0  # "So far, X was allocated while Y ...": an opening adverbial scopes over all
    # ("11,390 soldiers, including 1,730 in the past day": a part's time after the figure is
    # never usable for it; time_ref drops such cues before any cost is taken)
    if (
        c.start >= q_end
        and (after := _CLAUSE_AFTER_FIGURE.search(sentence, q_end, c.start)) is not None
        # (not the statement's own day: "put Russian killed and wounded at 'well over
        # 100,000' when he spoke on November 9")
        and not (c.role == "report" and _WHEN_SPOKE.match(sentence, after.start()))
    ):
        strong += 1
    if c.start >= q_end and (
        _RECRUITED_WHEN.match(sentence, q_end, c.start)
        or _RECRUITED_AFTER_FIGURE.search(sentence, q_end, c.start)
    ):
        # "2,003 were men called up in last autumn's mobilisation": when the counted people
        # were recruited, not when they were counted (by this figure or one before it)
        strong += 1
    if c.start >= q_end and _ELIDED_FIGURE_BEFORE.search(sentence, q_end, c.start):
        # "had lost about 55,510 troops, and 7,320 in August alone": a second figure of the
        # same things, its noun left out, is told for a time of its own
        strong += 1
    if (
        c.end <= at
        and not opening
        and _TERM_BEFORE.search(sentence[: c.start])
        and _NEW_PREDICATE.match(sentence, c.end, at)
    ):
        # "air defences had downed 36 cruise missiles in a day, and estimated total
        # personnel losses at 5.5 lakh": the time of the figure before it, in a predicate of
        # its own that values or tells a total
        strong += 1
    if (
        c.end <= at
        and _TERM_BEFORE.search(sentence[: c.start])
        and _NEW_LOSS_PREDICATE.match(sentence, c.end, at)
        and _OWN_TIME_AFTER.match(sentence, at)
    ):
        # "shot down 315 Russian drones over the past week and destroyed 92 vehicles and
        # fuel tanks in the last day": a coordinated predicate with a time of its own
        strong += 1
    if (
        c.end <= at
        and _AND_NEXT_FIGURE.fullmatch(sentence, c.end, at)
        and _OWN_TIME_AFTER.match(sentence, q_end)
        and re.search(r"\d", sentence[max(0, c.start - 80) : c.start])
    ):
        # "92 artillery systems destroyed in the past day and 10,090 troops over the past
        # week": a gapped conjunct with a time of its own after it; the time before "and"
        # ends the conjunct before
        strong += 1
    if (
        c.start >= q_end
        and _AND_BEFORE.search(sentence, q_end, c.start)
        and _TIME_SUBJECT_VERB.match(sentence, c.end)
    ):
        # "October was the costliest month, with 41,980 losses, and November is on track to
        # top it": a coordinated clause whose subject is a time of its own
        strong += 1
    if c.role == "cumlex" and c.end <= at and _COMPANION_AFTER_TOTAL.search(sentence, c.end, at):
        # "lost 136 artillery systems over the past week, bringing the total to 5,028, along
        # with 54 tanks": the items that go with the losses are not the total's
        strong += 1
    if (
        c.start >= q_end
        and _AND_SUBJECT_BEFORE.search(sentence, q_end, c.start)
        and _REPORTING_VERB_AFTER.match(sentence, c.end)
    ):
        # "the figure rose by 5,970, and the report published on Saturday counted more than
        # 1,000 in a single day": the day of a coordinated clause's own subject
        strong += 1
    if c.start >= q_end and _OTHER_CLAUSE_FIGURE.search(sentence, q_end, c.start):
        # "its count of drones rose by 54,436 in July, and its naval tally went to 34 in its
        # July 15 report": a time right after the figure of a coordinated clause with its own
        # subject is that figure's (not one set off by a comma, which may close the whole
        # sentence: "..., and tanks reached 11,000, the General Staff said in Monday's report")
        strong += 1
    if c.start >= q_end and _SAYING_FIGURE_BEFORE.search(sentence, q_end, c.start):
        # "put total Russian losses at 202,430 troops, saying 670 Russian soldiers had been
        # killed on Friday alone": the time of the figure a reporting participle adds
        strong += 1
    if c.start >= q_end and _OF_THEM_BEFORE.search(sentence, q_end, c.start):
        strong += 1  # "131 ..., and said 81 drones had been shot down, ten of them in the past day"
    for rel in _rel_clauses(sentence):
        if (
            rel.start() <= c.start
            and c.end <= rel.end()
            and not rel.start() <= at < rel.end()
            # (not a time that closes it, spoken of by the clause on it that holds the figure:
            # "casualties, which Moscow last updated on March 25, when it said 1,351 ...")
            and not (c.rel_clause and rel.end() <= at and _WHEN_AFTER.match(sentence, rel.end()))
        ):
            # "Oryx, whose count has been the benchmark since 2022, had listed 4,074 tanks":
            # a relative clause's time is its own
            strong += 1
    paren = _parenthesis_around(sentence, c.start, c.end)
    if (
        paren is not None
        and not paren[0] < at < paren[1]
        # (not a label's stamp: "Visually confirmed losses (Oryx, snapshot of November 17):
        # 19,110 pieces")
        and not (paren[1] < at and re.match(r"\)\s*:", sentence[paren[1] : paren[1] + 4]))
        # (not a date restated in brackets: "this morning (Aug 8)")
        and len(sentence[paren[0] + 1 : paren[1]].strip()) > c.end - c.start + 3
    ):
        # "put losses at 1,040,950 (the tally passed one million on June 12) alongside
        # 11,032 tanks": an aside's time is the aside's
        strong += 1
    if (
        c.end <= at
        and _PART_BEFORE_CUE.search(sentence, max(0, c.start - 60), c.start)
        and "," in sentence[c.end : at]
    ) or (
        c.end <= at
        and _WITH_BEFORE_CUE.search(sentence, max(0, c.start - 60), c.start)
        and _NEW_LEVEL_AFTER.match(sentence, c.end, at)
    ):
        # "nearly 218,000 troops ..., including 580 in the past day, and more than 4,000
        # tanks": the part's time is not the next item's
        strong += 1
    # "from 360,000 at the start of the year to 790,800 on January 1": a time between two
    # terms of a range or a list dates the term before it
    other = (
        c.end <= at
        and _NEXT_TERM.fullmatch(sentence, c.end, at) is not None
        and _TERM_BEFORE.search(sentence[: c.start]) is not None
    )
    if (
        c.role == "cumlex"
        and c.end <= at
        and _FOR_A_TOTAL.search(sentence, max(0, c.start - 12), at)
    ):
        # "307 tanks in November, for a total of 9,469": the running total the period's count
        # brought, not a count of the period
        return 0.0
    return gap + 250 * max(0, n) + 10_000 * strong + (60 if c.role == "cumlex" else 0) + 40 * other


_COMPANION_AFTER_TOTAL = re.compile(
    r"\bto\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?\d[\d,.]*\s*,\s*(?:along\s+with"
    r"|as\s+well\s+as|together\s+with)\s+(?:(?!\btotal\b)[^;:.])*$",
    re.I,
)
_FOR_A_TOTAL = re.compile(
    r",\s*(?:for|making|to)\s+a\s+(?:grand\s+|running\s+|cumulative\s+)?total\s+of\s+"
    + r"(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$",
    re.I,
)
# The colon that opens a list of items after a heading's words ("amounted to: ...")
_LIST_COLON = re.compile(r":\s")
# A bound word before a figure ("about", "more than"), optional.
_BOUND_WORDS = (
    r"(?:(?:about|around|some|nearly|almost|roughly|approximately|another|more\s+than|over"
    r"|at\s+least|fewer\s+than|less\s+than|up\s+to)\s+)?"
)
# A clause that dates the period before it ("its fourth quarter, which ended July 31")
_QUALIFIES = re.compile(
    r"\b(?:ended|ends|ending|began|begins|beginning|started|starts|ran)\b", re.I
)
_RISE_TO = re.compile(
    # ("pushed the count up by 41 in its report of June 3, to 413")
    r"\b(?:rose|risen|climbed|grew|grown|increased|jumped|went\s+up|up\s+by)\b[^.;:]{0,60}?,\s*to\s+"
    + _BOUND_WORDS
    + "$",
    re.I,
)
TALLY_REACHED = re.compile(
    r"\b(?:tall(?:y|ies)|counts?|totals?|tolls?|numbers?|figures?)\b[^.;:,]{0,60}?\b(?:reached"
    r"|stood\s+at|stands\s+at"
    r"|topped|passed)\s+" + _BOUND_WORDS + "$",
    re.I,
)
_COMPARED_TERM = re.compile(
    r"\b(?:times|twice|thrice|double|triple|than|compared\s+(?:with|to)|against|versus|vs\.?"
    r"|(?:up|down)\s+from|(?:identical|similar|close|equal|comparable|equivalent)\s+to"
    # ("rose by 5,050 during June, from about 30,700 in the report of 1 June to ...": the
    # level it rose from)
    r"|(?<=,\s)from"
    r"|the\s+same\s+as)\s+"
    r"(?:(?:the|its|their|a)\s+)?(?:" + _BOUND_WORDS + r"\d"
    # ... or a source's figure left implicit after its possessive ("a figure almost
    # identical to the General Staff's for 2024 alone", "higher than Kyiv's in May")
    r"|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s?(?=\s*(?:for|in|on|of|at|by|as|,|\.|;|\)|$))"
    # ... or its level at another time ("more than five times what it was a year ago")
    r"|what\s+(?:it|they|this|that|the\s+\w+)\s+(?:was|were|had\s+been|stood\s+at))",
    re.I,
)
# "than in any previous month", "than last year", "in line with January": a comparison's
# other term is a time
_THAN_BEFORE = re.compile(
    r"\b(?:than|in\s+line\s+with|compared\s+(?:with|to)|similar\s+to|on\s+a\s+par\s+with"
    r"|unlike|versus|vs\.?"
    # ("rose by 262,190, far outstripping the first year of the war": a verb that compares)
    r"|(?:outstripp|outpac|exceed|surpass|eclips|dwarf|overtak)(?:ing|ed|es|e|s)?)\s+"
    r"(?:(?:in|during|on|at|for|over|by)\s+)?(?:(?:any|the|a|an|all|ever)\s+)?$",
    re.I,
)
# "more than 13,000", "fewer than 50": a bound on the next figure, not a comparison with it
_BOUND_BEFORE_THAN = re.compile(r"\b(?:more|less|fewer)\s+$", re.I)


# "..., against 158 in September": a comparison's second term opens right before the figure
_COMPARISON_OPENS = re.compile(
    r"\b(?:against|versus|vs\.?|compared\s+(?:with|to)|(?:up|down)\s+from)\s+"
    r"(?:(?:the|its|their)\s+)?" + _BOUND_WORDS + "$",
    re.I,
)


_LEVEL_REACHED = re.compile(
    r",?\s*(?:to|reaching)\s+" + _BOUND_WORDS + r"\d[\d,.]*(?:\s+[a-z]+){0,2}?\s+"
    r"(?:on|in|as\s+of|by)\s+(?:the\s+)?$",
    re.I,
)


_TOTAL_BROUGHT = re.compile(
    r"[^,;]{0,40},\s*(?:bringing|taking|pushing|lifting|raising)\s+(?:to\s+"
    + _BOUND_WORDS
    + r"\d[\d,.]*\s+)?(?:the|its|their)\b[^,;.]*$",
    re.I,
)


def _compared_between(sentence: str, start: int, end: int) -> bool:
    """Whether a figure compared with the one before it stands in ``sentence[start:end]``
    ("three times the 2,021 in its report of Jan. 1"; not the next item of a list, "some
    3,700 tanks, more than 13,000 artillery systems ... over the year")."""
    return any(
        not (
            re.match(r"than\s+\d", m.group(0), re.I)
            and _BOUND_BEFORE_THAN.search(sentence, max(0, m.start() - 8), m.start())
        )
        for m in _COMPARED_TERM.finditer(sentence, start, end)
    )


# ", and estimated ... at", ", and it said ...": a coordinated predicate of its own that
# values, reports or holds a total
_NEW_PREDICATE = re.compile(
    r"\s*,\s+and\s+(?:[\w'’-]+\s+){0,6}?(?:estimated|estimates|put|puts|said|says|has|have"
    r"|stands?|stood|listed|lists|counted|counts|recorded|records|logged|logs|reported|reports"
    r"|tallied|tallies)\b"
)
_NEW_LOSS_PREDICATE = re.compile(
    r"\s+and\s+(?:also\s+)?(?:destroyed|downed|shot\s+down|killed|hit|struck|eliminated"
    r"|captured|wounded)\s+(?:(?:about|some|nearly|more\s+than|over|at\s+least|another)\s+)?$"
)
_SAYING_FIGURE_BEFORE = re.compile(
    r",\s+(?:saying|adding|noting|reporting|stating)\b[^;.]*?\d", re.I
)
_AND_NEXT_FIGURE = re.compile(
    # (also "alongside", "along with", "as well as", "plus": "downed 1,309 drones over the past
    # week, alongside 15 cruise missiles in the previous day")
    r",?\s+(?:and|alongside|along\s+with|as\s+well\s+as|plus)\s+(?:also\s+)?"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least"
    r"|another)\s+)?"
)
_OWN_TIME_AFTER = re.compile(
    r"[^,;.]*?\b(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours"
    r"|week|seven\s+days|month)\b"
)
_NEXT_TERM = re.compile(
    # ("put losses at about 340,650 on December 12 and at 348,300 in its report on Tuesday")
    # ("rose by 229,210 since January 1 and by 31,450 so far this month": a gapped rise)
    r"\s*(?:to|and|against|versus|vs\.?|,)\s+(?:at\s+|by\s+)?(?:"
    # ("against 253,290 in 2023 and fewer than 110,000 in the ten months of 2022")
    r"(?:fewer|less|more)\s+than\s+|under\s+|at\s+least\s+|up\s+to\s+|roughly\s+|"
    r"approximately\s+|just\s+(?:over|under)\s+)?" + _BOUND_WORDS,
    re.I,
)
_TERM_BEFORE = re.compile(r"\d[\d,.]*(?:\s+[A-Za-z-]+){0,3}\s+(?:(?:at|on|in|by)\s+)?$")


def _same_parenthesis(sentence: str, c: Cue, at: int) -> bool:
    """Whether the cue and the figure at ``at`` stand inside the same parentheses."""
    lo, hi = min(c.start, at), max(c.end, at)
    opening = sentence.rfind("(", 0, lo)
    if opening < 0 or sentence.rfind(")", opening, lo) >= 0:
        return False
    return "(" not in sentence[lo:hi] and ")" not in sentence[lo:hi] and ")" in sentence[hi:]


def _parenthesis_around(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The offsets of the brackets that enclose ``start``-``end``, if any."""
    opening = sentence.rfind("(", 0, start)
    if opening < 0 or sentence.rfind(")", opening, start) >= 0:
        return None
    closing = sentence.find(")", end)
    if closing < 0 or "(" in sentence[end:closing]:
        return None
    return opening, closing


# The ends of a change, each with its day: "from 89,440 on December 1 to 106,720 on January 1"
_FROM_END = re.compile(r"\bfrom\s+" + _BOUND_WORDS + "$", re.I)
_TO_END_BEFORE = re.compile(r"\bto\s+" + _BOUND_WORDS + "$", re.I)
_TO_END = re.compile(r"\s+to\s+" + _BOUND_WORDS + r"\d", re.I)
_FROM_FIGURE = re.compile(r"\bfrom\s+" + _BOUND_WORDS + r"\d", re.I)
_ON_ITS_DAY = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:on|as\s+of)\s+(?:the\s+)?", re.I)

# Words that open a part of the figure before ("including", "of which", "of whom", "among them")
_PART_WORDS = r"\b(?:including|of\s+which|of\s+whom|among\s+them)\s+"
_PART_BETWEEN = re.compile(
    _PART_WORDS + r"(?:about\s+|some\s+|nearly\s+"
    r"|more\s+than\s+|over\s+|at\s+least\s+)?\d"
    # "rose to 30,080 on Friday after Ukrainian forces destroyed 185 in the past day": the
    # time of the clause that tells the other figure
    r"|\b(?:after|when|as|while|because)\s+[^.;\d]{0,60}\d"
    # "lost 173,068 drones, ..., with 2,102 knocked out on Tuesday alone": the other's time
    # (not past its comma: "more than 100,000 casualties, with over 20,000 killed, since
    # December" is the whole's time)
    r"|,\s+with\s+" + _BOUND_WORDS + r"\d[\d,.]*[^,;]*$"
    # "26 warships and boats lost, including the patrol ship Sergei Kotov, sunk on March 5":
    # the time of one item named in the whole, told in its own participle clause
    r"|\bincluding\s+(?:the|a|an|its)\s+[^,;\d]{1,60},\s+(?:[a-z]+\s+){1,2}"
    r"(?:on|in|at|during|last)\s+$"
    # "put Russia's personnel losses at 724,050, having added 1,160 in the past day": the
    # rise's own time
    r"|,\s+(?:having\s+added|adding)\s+" + _BOUND_WORDS + r"(?:\d|" + _SMALL_WORDS + r"\b)" +
    # "... at some 850,000, and believe almost half of them were suffered in 2024 alone"
    r"|\b(?:half|a\s+third|a\s+quarter|two-thirds|most|\d[\d,.]*\s*(?:%|percent)?)\s+of\s+"
    r"(?:them|these|those|which|whom|the\s+latter)\b"
    # "had likely suffered more than 15,000 deaths and had probably lost around a third of the
    # strength it committed in February": the time of the next predicate
    r"|\s(?:and|but)\s+(?:had|has|have)\s+(?:\w+ly\s+|also\s+)?(?:lost|suffered|taken|seen|"
    r"destroyed|downed|killed|shot|[a-z]+ed)\b"
    # "rose from 742 on June 1 to 808 on July 1, an increase of 66 in the month": the time of
    # the change, not of the levels
    r"|,\s+an?\s+(?:increase|rise|decrease|drop|fall|gain|jump)\s+of\s+\S*\d"
    r"|,\s+(?:up|down)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?\d"
    # "put losses at about 1,456,610, and recorded 8,990 in the past seven days": the time of
    # the next predicate's own figure
    r"|,\s+and\s+(?:it\s+|they\s+)?(?:recorded|reported|added|listed|registered|counted"
    r"|logged)\s+" + _BOUND_WORDS + r"\d",
    re.I,
)
_ADDING_BEFORE = re.compile(r",\s+(?:having\s+added|adding)\s+" + _BOUND_WORDS + r"$", re.I)
_WHEN_CLAUSE = re.compile(r"\s*,\s*(?:when|which|that)\b(?:[^,;]|,(?=\d))*,(?=\s)", re.I)
# ", when Sergei Rudskoy,": a subject named and set off by its apposition; no predicate
_NAME_ONLY_CLAUSE = re.compile(r"\s*,\s*(?i:when|which|that)(?:\s+(?:the|[A-Z][\w.'’-]*))+\s*,")
# ", whose count ..., ": a relative clause set off by commas (not a figure's digit-group
# comma, nor one that carries on its list: "whose Thursday report put losses at about 21,000,
# along with 829 tanks, 2,118 armoured vehicles and 172 aircraft")
_REL_GOES_ON = r"(?:\s*\d|\s+(?:along\s+with|alongside|as\s+well\s+as|plus|including)\b)"
_AND_SUBJECT_BEFORE = re.compile(
    r",\s+(?:and|but|while)\s+(?:the|its|their|a|an)\s+[^,;\d]{0,40}$", re.I
)
_REPORTING_VERB_AFTER = re.compile(
    r"\s*(?:[a-z]+\s+){0,2}?(?:counted|reported|recorded|listed|said|showed|put|added|gave"
    r"|logged|registered)\b"
)
_WHEN_AFTER = re.compile(r"\s*when\b", re.I)
_REL_CLAUSE_SPAN = re.compile(
    r",\s+(?:whose|which|who|where)\b(?:[^,;()]|,(?="
    + _REL_GOES_ON
    + r"))*,(?!"
    + _REL_GOES_ON
    + ")"
)
# "..., most of them around Kharkiv, where Russia launched an offensive on May 10.": a clause
# of "where" that closes the sentence tells of the place's own event
_WHERE_CLOSES = re.compile(r",\s+where\b[^,;()]*$")


def _rel_clauses(sentence: str) -> list[re.Match[str]]:
    """The relative clauses set off by commas, with one of "where" that closes the sentence."""
    return [*_REL_CLAUSE_SPAN.finditer(sentence), *_WHERE_CLOSES.finditer(sentence)]


_PART_ASIDE = re.compile(
    r"[^,;\d]*,\s+(?:including|among\s+them)\s+[^,;()\d]{0,12}\d[\d,.]*(?<!,)[^,;()\d]{0,40},\s*"
    # ("..., including at least 4,049 tanks, as of June 12": a closing "as of")
    r"(?:as\s+(?:of|at)\s+)?"
)
_PART_OPENS = re.compile(_PART_WORDS + _BOUND_WORDS + r"$", re.I)
_SEGMENT_END = re.compile(r"[,;:()]|\.\s")
_SOME_OF_THEM_BEFORE = re.compile(
    # (or a number: "8,640 tanks, 193 of them in August, and 627,790 personnel")
    r"(?:\b(?:most|many|some|half|all|several|the\s+bulk|a\s+third|a\s+quarter)|\d[\d,.]*)"
    r"\s+of\s+"
    r"(?:them|which|these|those)\s+(?:on|in|during|over)\s+$",
    re.I,
)
_PART_BEFORE_CUE = re.compile(_PART_WORDS + _BOUND_WORDS + r"\d[\d,.]*[^,;\d]*$", re.I)
# a figure told "with" the one before it ("at about 217,910, with 580 added overnight"), whose
# time is not that of a new level after ", and" ("..., and tank losses at 3,955"; things
# "along with" it share it: "with 1,330 added in the previous 24 hours, along with 15 tanks")
_WITH_BEFORE_CUE = re.compile(r",\s*with\s+" + _BOUND_WORDS + r"\d[\d,.]*[^,;\d]*$", re.I)
_NEW_LEVEL_AFTER = re.compile(
    r",\s+and\s+(?!\d)(?!(?:about|around|some|nearly|almost|another|more|over|a\s+further)\b)"
    r"[^,;\d]*?\b(?:at|to|stood|stands|reached|was|were)\s+$",
    re.I,
)
# A figure of change set after another ("743,920, an increase of 11,570 on a week earlier").
_CHANGE_FIGURE = re.compile(
    r"\b(?:increase|rise|decrease|drop|fall|gain|jump|growth|decline|change)\s+of\s+\S*\d"
    r"|\b(?:up|down)\s+(?:by\s+)?\S*\d",
    re.I,
)
_AUX = re.compile(r"\b(is|are|has|have|remains?|was|were|had|remained)\b", re.I)


# A clause set off by commas that describes the noun before it: a relative clause or a
# participle ("X, which began on June 4, ...", "X, launched in early June, ..."), the time
# word in its first few words, the clause closing with a comma soon after the time word.
_NOUN_CLAUSE_BEFORE = re.compile(
    r"\w,\s+(?:(?:which|who|that)\s+(?:[\w'-]+\s+){1,4}|\w+(?:ed|en|un|wn)\s+(?:[\w'-]+\s+){0,3})$",
    re.I,
)
_NOUN_CLAUSE_CLOSES = re.compile(r"[^,.;:!?\n]{0,25},")


_DIGIT = re.compile(r"\d")
_IN_ITS_REPORT = re.compile(
    r"\s+(?:in|by)\s+(?:its|the|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:report|update|bulletin)"
    r"\s+(?:of|on|for|dated)\s+",
    re.I,
)
# An appositive that speaks of the figure as a number ("..., a figure that ...")
_FIGURE_CLAUSE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:figure|number|tally|count|total|level|toll)s?"
    r"\s+(?:that|which)\b",
    re.I,
)


_SOURCE_WORDS = re.compile(r"\b(?:according\s+to|said|says|told|per)\b", re.I)
_WHO_CLAUSE_BEFORE = re.compile(r"\bwho\s+(?:[\w'’-]+\s+){1,5}$", re.I)
_TIME_NOUN_END = re.compile(
    r"\b(?:quarter|year|month|week|fortnight|day|night|weekend|period|half|season|term"
    r"|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4})s?\s*$",
    re.I,
)
# a relative clause set off by a comma that runs on to a time word
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who|whose)\s+[^,;:()]*$", re.I)


def noun_clause(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The clause that only describes a noun ("Ukraine's counteroffensive, launched in early
    June, has chewed through armour") when the time word at ``start:end`` stands in it, as
    its offsets; the sentence's own time stands in its main clause."""
    opens = _NOUN_CLAUSE_BEFORE.search(sentence, 0, start)
    closes = _NOUN_CLAUSE_CLOSES.match(sentence, end)
    return (opens.start() + 1, closes.end()) if opens and closes else None


def in_noun_clause(sentence: str, start: int, end: int) -> bool:
    """Whether the time word at ``start:end`` dates an event told in a clause on a noun."""
    return noun_clause(sentence, start, end) is not None


def report_day(sentence: str, article_date: str | None) -> TimeRef | None:
    """The day of the report a sentence tells of ("said on Tuesday that ...", "Monday's
    report"), or None."""
    ref = parse_iso(article_date)
    cues, _ = find_cues(sentence, ref)
    for c in cues:
        if c.role == "report" and c.tx is not None and (d := _point(c, ref)) is not None:
            return TimeRef(_iso(d), (c.start, c.end))
    return None


def in_present(sentence: str) -> bool:
    """Whether the sentence's first auxiliary or copula is in the present."""
    return _present(sentence)


def _present(sentence: str) -> bool:
    """Whether the first auxiliary or copula is in the present ("is", "have been")."""
    m = _AUX.search(sentence)
    return m is not None and m.group(1).lower() in ("is", "are", "has", "have", "remain", "remains")


def _respectively(sentence: str, cues: list[Cue], at: int) -> Cue | None:
    """ "during July and August, with 1,520 and 1,517 destroyed, respectively": by order
    (so too two times compared, then their figures set against each other: "Fewer tanks were
    lost in November than in October, 217 against 344")."""
    periods = sorted((c for c in cues if c.role == "period"), key=lambda c: c.start)
    joiner = r"\s*(?:,|and|,\s*and)\s*"
    if "respectively" not in sentence.lower():
        pair = [
            (a, b)
            for a, b in zip(periods, periods[1:], strict=False)
            if re.fullmatch(r"\s*than\s+(?:in\s+|during\s+|over\s+)?", sentence[a.end : b.start])
            and _AGAINST_PAIR.match(sentence, b.end)
        ]
        if not pair:
            return None
        periods, joiner = list(pair[0]), r"\s*than\s+(?:in\s+|during\s+|over\s+)?"
    group: list[Cue] = []
    for c in periods:
        if group and not re.fullmatch(joiner, sentence[group[-1].end : c.start]):
            if len(group) > 1:
                break
            group = []
        group.append(c)
    if len(group) < 2:
        return None
    nums = [m.start() for m in re.finditer(r"(?<![\w.,])\d[\d,.]*", sentence[group[-1].end :])]
    nums = [group[-1].end + n for n in nums]
    for i, n in enumerate(nums[: len(group)]):
        if n <= at < n + 12 and (i + 1 == len(nums) or at < nums[i + 1]):
            return group[i]
    return None


_ADDED_WORDS = re.compile(
    r"\b(?:added|adds|adding|alone|more|new|another|rose|risen|rise|increase[ds]?|up|grew)\b", re.I
)
# ", its highest monthly figure since": an aside calling the figure a record, the time it is
# a record since is the record's (not its own unit: "242 ..., the most in a week since
# October", a week's count)
_RECORD_SINCE = re.compile(
    r",\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,3}?(?:highest|lowest|largest|biggest|smallest"
    r"|heaviest|worst|best|most|fewest|greatest|steepest)\b[^,;()]*?\bsince\s+$",
    re.I,
)
# ", 217 against 344": two figures set against each other, in the order of what they count
_AGAINST_PAIR = re.compile(
    r"\s*,\s*(?:\d[\d,.]*)\s+(?:against|versus|vs\.?|compared\s+with|to)\s+\d[\d,.]*\b"
)
# A report day in a dateline: "KYIV, April 12 —", "LONDON, Feb 24 (Reuters) -"
_DATELINE_REPORT = re.compile(r"^[A-Z][A-Za-z'’. /-]*,\s*[^,]{3,20}$")


def _figure_starts(text: str, cues: list[Cue]) -> list[int]:
    """Where the numbers of ``text`` that are no part of a time word start (nor of a clock
    time: "BAKU, January 3, 11:10 local time - Russia lost 430,790 soldiers in 2024")."""
    clocks = [m.span() for m in _CLOCK.finditer(text)]
    return [
        m.start()
        for m in re.finditer(r"(?<![\d,.])\d", text)
        if not any(c.start <= m.start() < c.end for c in cues if c.tx is not None)
        and not any(a <= m.start() < b for a, b in clocks)
    ]


# "26 of them": a part of what the words before it count
_PART_FIGURE = re.compile(r"\d[\d,.]*\s+of\s+(?:them|these|those|which)\b")
# A clock time: "11:10", "10.30 a.m.", "16.20 local time"
_CLOCK = re.compile(
    r"(?<![\d,.:])\d{1,2}(?::\d\d|\.\d\d(?=\s*(?:[ap]\.?m\b|local\b|GMT\b|UTC\b|[A-Z]{2,4}T\b)))"
    r"(?![\d,.:])",
    re.I,
)


def _usable(c: Cue, at: int) -> bool:
    return c.baseline is None or c.baseline[0] <= at < c.baseline[1]


# "Compared with Monday's report", "against the previous day's update": the report a rise is
# counted from
_SINCE_REPORT = re.compile(
    r"^(?:compared\s+(?:with|to)|against|from|since|relative\s+to|versus)\s+[^,;.]{0,40}?"
    r"\b(?:report|update|bulletin|summary)\b",
    re.I,
)
_RISE_VERB = re.compile(
    r"\b(?:grew|rose|risen|increased|climbed|jumped|went\s+up|added|gained)\b", re.I
)


def _rise_since_report(
    sentence: str, cues: list[Cue], usable: list[Cue], at: int, ref: date | None
) -> TimeRef | None:
    """A rise counted from a day's report to the article's own, for a figure with no time of
    its own: "Compared with Monday's report, the personnel figure grew by 100" in a story of
    Tuesday is Monday's losses (the rise between the two reports)."""
    if ref is None or any(c.role != "vague" for c in usable):
        return None
    base = [
        c
        for c in cues
        if c.role == "report"
        and c.baseline is not None
        and c.baseline[1] <= at
        and c.tx is not None
        and c.tx.kind in ("weekday", "date", "relday")
    ]
    if len(base) != 1:
        return None
    c = base[0]
    assert c.baseline is not None
    if not _SINCE_REPORT.match(sentence, c.baseline[0]) or not _RISE_VERB.search(
        sentence, c.baseline[1], at
    ):
        return None
    day = _point(c, ref)
    if day is None or day >= ref:
        return None
    return _period(day, ref - timedelta(days=1), ref, None, c.baseline)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _point(c: Cue, ref: date | None) -> date | None:
    """The as-of date an anchor, report or calendar cue gives: its last day, capped at ref."""
    if c.role == "vague":
        return ref if c.tx and c.tx.rel == "earlier" else None
    if c.tx is None:
        return None
    iv = interval(c.tx, ref)
    if iv is None:
        return None
    hi = iv[1]
    if ref is not None and iv[0] <= ref < hi:
        hi = ref  # the current month or year: as of the article date
    return hi + timedelta(days=c.offset)


def time_ref(
    sentence: str,
    article_date: str | None,
    at: int | None = None,
    context: TimeRef | None = None,
    present: bool | None = None,
    carry: bool = False,
) -> TimeRef:
    """The time frame of the figure at offset ``at`` of ``sentence`` (see the module doc).

    ``at`` None reads the sentence as a whole (its first figure). ``context`` is the frame
    of the previous sentence of the same article: a sentence without time words of its own
    keeps its as-of date, and one that continues it ("also", "in addition", "during this
    period", "more") keeps its aggregation too. ``present`` is the tense of the verb that
    governs the figure when the caller has a parse (else the sentence's first auxiliary
    says): a figure in the present is as of the article date. ``carry``: the sentence is an
    item of a list whose heading gave ``context``, which it keeps whole.
    """
    ref = parse_iso(article_date)
    if (
        context is not None
        and ref is not None
        and (d := parse_iso(context.as_of)) is not None
        and d > ref
        and not _MODAL.search(sentence)
    ):
        # the previous sentence was a forecast ("could be largely empty by 2026"): a
        # figure stated without a modal of its own is not dated in its future
        context = None
    if at is not None:
        ends = next(
            (m for m in _RISE_ENDS.finditer(sentence) if at in (m.start("a"), m.start("b"))),
            None,
        )
        if ends is not None:
            # "its tank count rose by 339 in January, from 5,983 to 6,322": the levels at the
            # ends of the rise's period, the reports of its first day and of the day after it
            rise = time_ref(sentence, article_date, ends.start("n"), context=context)
            lo, hi = parse_iso(rise.period_start), parse_iso(rise.period_end)
            if rise.aggregation == "period" and lo is not None and hi is not None:
                day = lo if at == ends.start("a") else hi + timedelta(days=1)
                return TimeRef(_iso(day), rise.period_span, "cumulative", coarse=rise.coarse)
        to = next((m for m in _RISE_BY_TO.finditer(sentence) if at == m.start("b")), None)
        if to is not None and not _OWN_TIME_OPENS.match(sentence, to.end()):
            # (not a level with a time of its own: "the tally rose by nearly 126,000, to
            # 743,920 on Monday")
            rise = time_ref(sentence, article_date, to.start("n"), context=context)
            hi = parse_iso(rise.period_end)
            if rise.aggregation == "period" and hi is not None and rise.as_of is not None:
                # (a day's report: the level in it; a longer time: the report after its end)
                level = rise.as_of if rise.period_days == 1 else _iso(hi + timedelta(days=1))
                return TimeRef(level, rise.period_span, "cumulative", coarse=rise.coarse)
    cues, bounds = find_cues(sentence, ref)
    if at is not None and _TOTAL_OF_LIST.search(sentence, max(0, at - 30), at):
        # "45,720 in November, after 41,980 in October and 38,130 in September, a total of
        # 125,830 for the season": the sum of the periods told, which follow each other
        spans = sorted(
            iv
            for c in cues
            if c.role == "period"
            and c.end <= at
            and c.tx is not None
            and c.tx.kind in ("month", "quarter", "year")
            and (iv := interval(c.tx, ref)) is not None
        )
        if len(spans) >= 2 and all(
            b[0] == a[1] + timedelta(days=1) for a, b in zip(spans, spans[1:], strict=False)
        ):
            lo, hi = spans[0][0], spans[-1][1]
            return TimeRef(_iso(hi), None, "period", (hi - lo).days + 1, _iso(lo), _iso(hi))
    cues = [_month_named_before(c, cues, ref) for c in cues]
    # (the year the sentence itself names before "during the year" comes before the one the
    # sentences before it counted: "... drones in 2025, while ... reached 14,146 during the
    # year" after "compares with some 430,000 in 2024")
    cues = _year_told_before(cues)
    cues = [_previous_unit(_the_year(c, context, ref), sentence, context) for c in cues]
    cues = [_previous_unit_compared(c, sentence, article_date, context, cues) for c in cues]
    same = _SAME_PERIOD.search(sentence)
    same_ref = None
    if same is not None and re.search(r"\d", sentence[: same.start()]):
        # "382,120 year to date, compared with 223,320 over the same period of 2023": the
        # period of the figure before it in the sentence, when that has one; the nearest
        # figure whose period is the unit named when the first one's is not ("150 in the
        # past 24 hours and 1,600 over the past seven days, and 99 vehicles ... over the
        # same week")
        head = sentence[: same.start()]
        for figure_at in [None, *reversed(_figure_starts(head, cues))]:
            earlier = time_ref(head, article_date, figure_at, context=context)
            lo, hi = parse_iso(earlier.period_start), parse_iso(earlier.period_end)
            if lo is None or hi is None:
                # (a level first, "302,420 in total, 930 of them in the past day, along with
                # 42 artillery systems lost over the same 24 hours": the nearest figure with
                # a period of the unit named)
                continue
            if _same_unit_fits(same.group(0), lo, hi):
                same_ref = earlier
                break
    cues += _same_period(sentence, same_ref or context)
    ctx_day = parse_iso(context.as_of) if context is not None else None
    if any(c.pointer for c in cues):
        # "The counteroffensive began on June 4. Since then, ...", "Between that day and
        # Saturday, ...": the start is the day the story told before (a day it named, not
        # a period's end); without one the span is not placed
        day_told = (
            ctx_day
            if context is not None
            and (context.as_of_span is not None or context.period_span is not None)
            and (context.aggregation != "period" or context.period_days == 1)
            else None
        )
        cues = [replace(c, lo=day_told) if c.pointer else c for c in cues]
    if (
        ctx_day is not None
        and ref is not None
        and context is not None
        and context.as_of_span is not None
        and ctx_day.year < ref.year
    ):
        cues = [_in_narrative(c, ctx_day, ref) for c in cues]
    whole = at is None
    if at is not None:
        at = max(0, min(at, len(sentence)))
    if at is None:
        # the first figure: a number inside a time word is a date, not a figure ("Drones,
        # which barely registered in 2022, accounted for nearly 14,500"); a heading with a
        # time only ("Losses in 2024:") is read at its year
        real = _figure_starts(sentence, cues)
        figures = real or [m.start() for m in re.finditer(r"\d", sentence)]
        at = figures[0] if figures else 0
        if figures and _PART_FIGURE.match(sentence, at) and sentence[:at].rstrip().endswith(","):
            # "Russian tanks added over the same seven days, 26 of them in the past 24
            # hours": the first figure is a part of a whole the words before it count, and
            # the sentence's time is the whole's (the part's own time is not)
            at = sentence.rindex(",", 0, at)
            if any(c.end <= at for c in cues):
                cues = [c for c in cues if c.end <= at]
        if not figures:  # no figure: the sentence's time is its report's
            cues = [c for c in cues if c.role in ("report", "anchor", "vague")]
        # (not an event's told in a clause on a noun, unless the figure is in it too: "The
        # offensive, which began on June 4, has stalled")
        cues = [
            c
            for c in cues
            if (nc := noun_clause(sentence, c.start, c.end)) is None
            or (real and nc[0] <= real[0] < nc[1])
        ]
    qm = _Q_END.match(sentence, at)
    q_end = qm.end() if qm else at + 1
    usable = [c for c in cues if _usable(c, at)]
    since_report = _rise_since_report(sentence, cues, usable, at, ref)
    if since_report is not None:
        return since_report
    # "6,461 artillery systems, more than three times the 2,021 in its report of Jan. 1,
    # 2023": a time after a figure compared with this one is that figure's
    # ("37,560, with more than 14,000 of them added during 2025": nor is a time after a
    # part of this figure that the part tells)
    usable = [
        c
        for c in usable
        if c.start < q_end
        or not (
            _compared_between(sentence, q_end, c.start)
            # "the tally rose by nearly 126,000, to 743,920 on Monday": the day of the level
            # the rise reached, not the rise's
            or _LEVEL_REACHED.match(sentence, q_end, c.start) is not None
            # ("destroyed 61 cruise missiles during the attack, bringing to 592 the number it
            # has shot down since the invasion": the time of the total it brought)
            or _TOTAL_BROUGHT.match(sentence, q_end, c.start) is not None
            or (
                _PART_BETWEEN.search(sentence, q_end, c.start)
                # ("lost 246 tanks, including 13 Leopards, since it began its offensive on
                # June 4": a time after the part's closing comma is the whole's too)
                and not _PART_ASIDE.fullmatch(sentence, q_end, c.start)
            )
        )
    ]
    # "listed 60 air defence systems destroyed, its highest monthly figure since the summer of
    # 2023": the time a record is measured against is not the figure's
    usable = [
        c
        for c in usable
        if not (c.start >= q_end and _RECORD_SINCE.search(sentence, q_end, c.start))
    ]
    if _ADDING_BEFORE.search(sentence, max(0, at - 40), at):
        # "raised its count of warships lost since February 2022 to 35, adding one vessel in
        # its morning update": what the report added is no count since the level's start
        usable = [c for c in usable if not (c.end <= at and c.role == "start")]
    # "added 216 tanks, bringing its total on 1 July to 1,577, and 137 artillery systems": the
    # time inside an aside on the total the figure before reached is the aside's
    usable = [
        c
        for c in usable
        if not (
            c.end <= at
            and any(
                m.start() < c.start
                and c.end <= m.end() <= at
                # (the next item of the verb before the aside: not "..., together with 650
                # self-propelled guns", a companion of the total, which shares its time)
                and _AND_NEXT_FIGURE.fullmatch(sentence, m.end(), at) is not None
                for m in _TOTAL_ASIDE.finditer(sentence, 0, at)
            )
        )
    ]
    # "from about 30,700 in the report of 1 June to about 35,750 in that of 1 July": the time
    # of the term a range starts from is that term's, not the level it reached
    usable = [
        c
        for c in usable
        if not (
            c.end <= at
            and _TO_LEVEL_BEFORE.fullmatch(sentence, c.end, at) is not None
            and (fr := _FROM_TERM.search(sentence[: c.start])) is not None
            and not re.search(r"[;]|\b(?:and|but|while)\b", sentence[fr.end() : c.start])
        )
    ]
    # "26,645 Russian drones downed since 2022, a figure that barely meant anything two
    # years ago": a clause said of the figure itself tells another time (not the report it
    # names: "a figure that the ministry published on Monday")
    usable = [
        c
        for c in usable
        if not (
            c.start >= q_end
            and c.role != "report"
            and (m := _FIGURE_CLAUSE.search(sentence, q_end, c.start)) is not None
            and not any(
                not any(t.start <= d.start() < t.end for t in cues)
                for d in _DIGIT.finditer(sentence, q_end, m.start())
            )
        )
    ]
    # "held about 7,000 tanks in storage, according to the Conflict Intelligence Team, a
    # group of Russian investigators who left the country in 2022": the time of what a
    # source's people did is not the figure's
    usable = [
        c
        for c in usable
        if not (
            c.start >= q_end
            and _SOURCE_WORDS.search(sentence, q_end, c.start)
            and _WHO_CLAUSE_BEFORE.search(sentence, q_end, c.start)
        )
    ]
    # "lost 2,952 tanks ..., as well as seven warships and one submarine, the Rostov-on-Don,
    # which was struck in dry dock in September": the time of a relative clause on a noun
    # past the figure's own is that noun's (not "300 tanks, which were destroyed in May")
    usable = [
        c
        for c in usable
        if not (
            c.start >= q_end
            and (rel := _RELATIVE_BEFORE.search(sentence, q_end, c.start)) is not None
            and re.search(r"[,;]|\band\b", sentence[q_end : rel.start()])
            # (a clause on a time noun tells that time: "in its fourth quarter, which
            # ended July 31")
            and not _TIME_NOUN_END.search(sentence, q_end, rel.start())
        )
    ]
    # "rose by 49, most of them on Monday, while its tally ... reached 1,114": the time of a
    # part told as "most of them" is the part's alone
    usable = [
        c
        for c in usable
        if not (
            c.end <= at
            and _SOME_OF_THEM_BEFORE.search(sentence, max(0, c.start - 30), c.start)
            and "," in sentence[c.end : at]
        )
    ]
    # "pushed the General Staff's aircraft count up by 41 in its report of June 3, to 413"
    # after "Ukraine's drone attack ... on June 1": the report right after the figure dates
    # it, not the day of the event the sentence opened with
    in_report = next(
        (
            c
            for c in usable
            if c.role == "report"
            and c.start >= q_end
            and _IN_ITS_REPORT.fullmatch(sentence, q_end, c.start)
        ),
        None,
    )
    if in_report is not None:
        usable = [
            c for c in usable if not (c.end <= at and c.role in ("period", "range", "relper"))
        ]
    # "688 artillery systems in June alone, more than in any previous month, along with 238
    # tanks": the time of a comparison's other term ("than in May", "than last year") is not
    # a figure's outside it (one after it is in it: "fewer than last week's 1,200", "than
    # the previous week's, when the General Staff reported 7,110")
    usable = [
        c
        for c in usable
        if not (
            _THAN_BEFORE.search(sentence, max(0, c.start - 30), c.start)
            and (
                at < c.start
                or re.search(
                    r"[,;:]\s*(?:along\s+with|as\s+well\s+as|and|plus|while|but|with)\b",
                    sentence[c.end : at],
                )
            )
        )
    ]
    # "has grown by 260 since the start of October, against 158 in the whole of
    # September": a time before the comparison is its first term's when the figure
    # compared has a time of its own after it
    if _COMPARISON_OPENS.search(sentence, max(0, at - 40), at) and any(
        c.start >= q_end
        and c.role in ("period", "range", "relper")
        and not _compared_between(sentence, q_end, c.start)
        for c in usable
    ):
        usable = [
            c
            for c in usable
            if not (
                c.end <= at
                and c.role in ("start", "period", "range", "relper")
                and _compared_between(sentence, c.end, q_end)
            )
        ]
    # "rose by 17,280 over December, from 89,440 on December 1 to 106,720 on January 1":
    # an end of a change that names its own day is the level on that day, whatever period
    # the change was told for
    end_day = next(
        (
            c
            for c in usable
            if c.start >= q_end
            and c.tx is not None
            and c.tx.kind in ("date", "weekday")
            and _ON_ITS_DAY.fullmatch(sentence, q_end, c.start)
        ),
        None,
    )
    if end_day is not None and (
        (_FROM_END.search(sentence, max(0, at - 16), at) and _TO_END.match(sentence, end_day.end))
        or (
            _TO_END_BEFORE.search(sentence, max(0, at - 16), at)
            and _FROM_FIGURE.search(sentence, max(0, at - 90), at)
        )
    ):
        # (what says it is a running count stays: "raised its count ... from 106 to 115")
        usable = [
            replace(c, role="anchor") if c is end_day else c
            for c in usable
            if c is end_day or c.role in ("cumlex", "start")
        ]
    part_opens = _PART_OPENS.search(sentence, max(0, at - 40), at)
    if part_opens is not None:
        # "lost 484,030 troops since the beginning of the invasion on Feb. 24, 2022,
        # including 1,740 casualties over the past day": a part's own time, in its phrase,
        # is the part's; the whole's span before "including" is not (its report's day
        # stays: "said on Friday that ..., including 150 in the previous 24 hours")
        seg = _SEGMENT_END.search(sentence, q_end)
        end = seg.start() if seg else len(sentence)
        if any(q_end <= c.start < end and c.role in ("period", "relper") for c in usable):
            # ("put the losses at 409,820 on Sunday, including 810 over the previous day":
            # the whole's day, the last time before the part, is the report the part
            # counts back from; not an earlier figure's "at 340,650 on December 12 and at
            # 348,300 in its report on Tuesday")
            whole_day = max(
                (c for c in usable if c.end <= part_opens.start()),
                key=lambda c: c.end,
                default=None,
            )
            if not (
                whole_day is not None
                and whole_day.role == "period"
                and whole_day.tx is not None
                and whole_day.tx.kind in ("date", "weekday")
            ):
                whole_day = None
            usable = [
                replace(c, role="anchor") if c is whole_day else c
                for c in usable
                if c is whole_day
                or c.end > part_opens.start()
                or (
                    c.role not in ("start", "range", "period", "relper", "cumlex")
                    # (nor the day of a figure before the whole: "at 340,650 on December 12
                    # and at 348,300 in its report on Tuesday, including 1,140 in the past
                    # day")
                    and not (
                        c.role == "anchor"
                        and re.search(r"\d", sentence[c.end : part_opens.start()])
                    )
                )
            ]
    rise_to = _RISE_TO.search(sentence, 0, at) is not None
    # "Over the past seven days, ..., while its tally of destroyed drones reached 1,114": the
    # level the tally reached when the period ended, not a count of the days (not a count
    # for a period of its own: "Kyiv's count of losses for January through June reached")
    tally = TALLY_REACHED.search(sentence, max(0, at - 90), at)
    level_reached = tally is not None and not any(
        # (nor a tally counted from a start its clause opens with: "Since the start of
        # March, the total stands at 7,100")
        c.end <= at
        and (
            tally.start() <= c.start
            or (c.role == "start" and not _STRONG.search(sentence, c.end, tally.start()))
        )
        for c in cues
        if c.role in ("period", "range", "relper", "start")
    )
    if rise_to:
        # "rose by two during the week, to 32": the level it reached, not the week's count;
        # "..., to 449,606 on Saturday": the day it stood at it
        usable = [
            replace(c, role="anchor")
            if c.role == "period"
            and c.start >= at
            and c.tx is not None
            and c.tx.kind in ("date", "weekday")
            else c
            for c in usable
            if not (c.role in ("period", "relper", "range") and c.start < at)
        ]

    def behind(c: Cue) -> bool:
        """Whether a nearer figure with its own time stands between the cue and this one
        ("430,790 ... over the year, against 253,290 in 2023 and fewer than 110,000":
        "over the year" is behind 253,290 and its 2023); not an opening adverbial, which
        scopes over all ("In 2023, Russia lost 253,290 soldiers, up from 110,000 in 2022,
        and 2,000 tanks")."""
        if c.end > at or _opening(sentence, c):
            return False
        return any(
            c.end <= c2.start
            and c2.end <= at
            and c2.tx is not None
            and re.search(r"(?<![\d,.])\d", sentence[c.end : c2.start]) is not None
            for c2 in usable
        )

    def nearest(roles: tuple[str, ...], limit: float = float("inf")) -> Cue | None:
        pool = [
            (_cost(c, at, q_end, bounds, sentence) + (100 if behind(c) else 0), c)
            for c in usable
            if c.role in roles
        ]
        pool = [(k, c) for k, c in pool if k < limit]
        return min(pool, key=lambda kc: kc[0])[1] if pool else None

    agg = (
        _respectively(sentence, usable, at)
        # (the time compared with, which the usable ones leave out: "than in October")
        or (None if "respectively" in sentence.lower() else _respectively(sentence, cues, at))
        or nearest(("start", "range", "period", "relper", "cumlex"), limit=10_000)
    )
    anchor = nearest(("anchor", "vague"))
    if (
        anchor is not None
        and anchor.start >= q_end
        and ";" in sentence[q_end : anchor.start]
        and _cost(anchor, at, q_end, bounds, sentence) >= 10_000
    ):
        # "claimed 157 Russian aircraft and 140 helicopters; by Monday, Oryx had confirmed 20":
        # a day told after a semicolon is the next clause's
        anchor = None
    # ("..., according to figures Kyiv published last Tuesday, and the military said about
    # 200 more ... over the past 24 hours": a report named in another clause with its own
    # subject, or in a relative clause, is not this figure's; unless the figure's own words
    # point back to it: "Oryx, whose data set stops at the update of 19 July 2025, had by
    # then documented 22,381")
    report = nearest(("report",), limit=float("inf") if _BY_THEN.search(sentence) else 10_000)
    own_time = next(
        (
            c
            for c in (report, anchor)
            if c is not None
            and agg is not None
            and agg.end <= c.start
            and c.end <= at
            and ";" in sentence[agg.end : c.start]
            and ";" not in sentence[c.end : at]
            # (not what a report added: "...; in its Thursday report alone it added 1,060
            # personnel" is a day's count)
            and not _ADDED_WORDS.search(sentence, sentence.rfind(";", 0, at), at)
        ),
        None,
    )
    if agg is not None and own_time is not None and agg.role in ("period", "relper", "range"):
        # "In July alone, the General Staff counted 17,820 ...; Thursday's report put the
        # number of tanks lost at 4,278": the clause after a semicolon with a time of its
        # own is not the opening adverbial's
        agg = None
    if (
        anchor is not None
        and report is not None
        and anchor.role == "anchor"
        and anchor.end <= at
        and report.start >= q_end
        and (
            _cost(report, at, q_end, bounds, sentence)
            < min(250, _cost(anchor, at, q_end, bounds, sentence))
            or (
                _IN_NAMED_REPORT.fullmatch(sentence, q_end, report.start) is not None
                and (
                    re.search(r"(?<![\w,.])\d", sentence[anchor.end : at]) is not None
                    or _AGAINST_BEFORE.search(sentence, anchor.end, at) is not None
                )
            )
        )
    ):
        # "passed one million on 12 June and stood at 1,033,930 in Sunday's report": the
        # report the figure is told in dates it, not the day of the verb before; so does the
        # report a compared figure is given in ("Oryx had confirmed 607 lost by Thursday,
        # against 3,229 in the General Staff's Saturday report": the day told of the figure
        # before is that figure's)
        anchor = None
    if (
        anchor is not None
        and anchor.role == "anchor"
        and any(
            rel.start() <= anchor.start
            and anchor.end <= rel.end()
            and not rel.start() <= at < rel.end()
            for rel in _rel_clauses(sentence)
        )
    ):
        # "In the south, where the offensive launched at the beginning of June is slowing,
        # the army reported on Wednesday that Russia had lost 235,530 ...; over the past week
        # alone, losses amounted to 3,830": the day of a relative clause is that clause's
        # event, never a figure's outside it
        anchor = None
    if (
        agg is not None
        and report is not None
        and agg.end <= at
        and report.start >= q_end
        and _IN_REPORT_RIGHT_AFTER.fullmatch(sentence, q_end, report.start)
        and (
            re.search(r"\band\b", sentence[agg.end : at]) is not None
            or (
                agg.role in ("period", "range", "relper")
                and re.search(
                    # ("rose by 688 in June, standing at 4,162 in Saturday's report": the
                    # level the rise reached, told in its own report; "rose by 5,050 during
                    # June, from ... to about 35,750 in that of 1 July")
                    r",\s*(?:standing|reaching|to\s+reach|to\s+stand"
                    r"|bringing\s+(?:it|the\s+\w+)\s+to|leaving\s+(?:it|the\s+\w+)\s+at)\b"
                    r"|\bto\s+(?:(?:about|some|nearly|roughly|around|more\s+than)\s+)?$",
                    sentence[agg.end : at],
                )
                is not None
            )
        )
    ):
        # "passed one million in June and stood at 1,043,160 in Monday's report": the level
        # told in a day's report is that day's, not a count of the month told before "and"
        agg = None
    # "440 in Monday's report, 540 on Tuesday, 510 on Wednesday": the report told right
    # after the figure is its own, and in a list of days' counts it is a day's count too:
    # what the report added (a time told after the next figure is that one's)
    list_day = (
        report is not None
        and report.start >= q_end
        and _IN_REPORT_AFTER_NOUN.fullmatch(sentence, q_end, report.start) is not None
        and _NEXT_DAY_ITEM.match(sentence, report.end) is not None
    )
    if list_day and agg is not None and report is not None and agg.start >= report.end:
        agg = None
    if (
        anchor is not None
        and report is not None
        and anchor.role == "anchor"
        and anchor.end <= report.start
        and report.end <= at
        and re.search(r",\s+and\b|;", sentence[anchor.end : report.start]) is not None
    ):
        # "By Sunday, the count of artillery systems had reached 2,765, and Tuesday's update
        # listed 2,332 drones": the report of the figure's own clause dates it
        anchor = None
    own = sentence[max([m.end() for m in _STRONG.finditer(sentence, 0, at)] or [0]) : at]
    if len(own) < at and (_present(own) or re.search(r"\bnow\b", own, re.I)):
        # "On New Year's Day it reported 1,250 casualties; its cumulative personnel count now
        # stands at 792,170": a clause of its own in the present speaks of the article's day
        if anchor is not None and anchor.end <= at - len(own):
            anchor = None
        if report is not None and report.end <= at - len(own):
            report = None

    now_before = _NOW_BEFORE.search(sentence, max(0, at - 60), at)
    if now_before is not None:
        # "added 41 aircraft ... two days earlier, and now lists 416": "now" before the
        # figure's own verb dates it today, not by the times told before it
        # (not the day of the statement "now" speaks from: "assessed on Thursday that
        # Russian casualties likely now number more than 1.4 million"; nor a word of a
        # running total: "the cumulative drone tally is now more than 90,000")
        anchor, agg = (
            None if c is not None and c.tx is not None and c.end <= now_before.start() else c
            for c in (anchor, agg)
        )
        if (
            report is not None
            and report.end <= now_before.start()
            and re.search(r"\band\b", sentence[report.end : now_before.start()], re.I)
        ):
            report = None  # ("in its report of June 3, ..., and now lists 416": a new predicate)
    if re.search(r"\bnow\b", own, re.I):
        for c in (anchor, report):
            if (
                c is not None
                and c.start >= q_end
                and _cost(c, at, q_end, bounds, sentence) >= 10_000
            ):
                # "Its drone count is now more than 449,000, with 54,436 added in July":
                # now, not the time of the part told after it
                anchor = None if c is anchor else anchor
                report = None if c is report else report
    if (
        agg is not None
        and report is not None
        and anchor is None
        and agg.start >= q_end
        and agg.role in ("period", "relper", "range")
        and _cost(agg, at, q_end, bounds, sentence) >= 250
        and _cost(report, at, q_end, bounds, sentence) < 250
        # (a figure, not a sentence read for its time alone, nor a day in a dateline)
        and any(at <= f < q_end for f in _figure_starts(sentence, cues))
        and not _DATELINE_REPORT.match(sentence[: report.end])
    ):
        # "said on Tuesday that Russian personnel losses stood at 425,890, and its tally had
        # risen by more than 28,000 in February alone": the report in the figure's own clause
        # dates it; the period of the next clause is that clause's figure's
        agg = None
    if agg and anchor:
        ca, cg = _cost(anchor, at, q_end, bounds, sentence), _cost(agg, at, q_end, bounds, sentence)
        qualifies = 0 <= anchor.start - agg.end <= 12  # "2025 (as of June 4): ..."
        if ca < cg and cg >= 250 and agg.role != "cumlex" and not qualifies:
            agg = None  # an anchor in the figure's clause outranks a period in another
        elif (
            cg < ca
            and ca >= 250
            and cg < 250
            and (
                agg.role in ("period", "range")
                # (a count back from the report, "25 over the past day — one of the largest
                # tallies reported this summer": not the end of the time told after it)
                or (agg.role == "relper" and anchor.start >= q_end)
            )
            and not _QUALIFIES.search(sentence, agg.end, max(agg.end, anchor.start))
        ):
            # and a period in the figure's clause an anchor in another ("grew by 253,290 over
            # 2023, ..., whose total on January 1, 2023 had stood at 106,720")
            anchor = None
    if (
        anchor is not None
        and anchor.role == "anchor"
        and anchor.rel_clause
        and anchor.end <= at
        and (
            agg is None
            or _cost(agg, at, q_end, bounds, sentence) > _cost(anchor, at, q_end, bounds, sentence)
        )
    ):
        agg, anchor = replace(anchor, role="period"), None  # "by October 2023, which saw 521"

    # A forecast: the time that governs the figure lies after the article's date ("could
    # reach one million by the summer", "500,000 next year"). No report can have given it.
    future = ref is not None and any(
        c is not None
        and c.tx is not None
        and c.role != "cumlex"
        and (iv := interval(c.tx, ref)) is not None
        and iv[0] > ref
        for c in (agg, anchor)
    )

    night = agg is not None and bool(NIGHT.search(sentence, agg.start, agg.end))

    def done(r: TimeRef) -> TimeRef:
        if r.as_of_span is not None and any(
            c.tx is not None
            and c.tx.kind in ("month", "quarter", "year")
            and (c.tx.start, c.tx.end) == r.as_of_span
            for c in cues
        ):
            r = replace(r, coarse=True)
        if night and r.aggregation == "period":
            r = replace(r, night=True)
        if (rise_to or level_reached) and r.aggregation == "period":
            # a level reached: never a period's count, whatever the sentence before counted
            r = replace(r, aggregation=None, period_days=None, period_start=None, period_end=None)
            r = replace(r, period_span=None)
        return replace(r, future=True) if future else r

    # The report date a "past N days" figure counts back from, and the default as-of date.
    base_cue = anchor if anchor and anchor.role == "anchor" else report
    base = _point(base_cue, ref) if base_cue else None
    if base is None and anchor and anchor.role == "vague":
        base = _point(anchor, ref)
    if (
        base is None
        and ctx_day is not None
        and context is not None
        and not context.coarse
        and THAT_DAY.search(sentence)
    ):
        # "that morning's report listed 217 drones downed in the previous day": the day the
        # story last told, not the article's
        base = ctx_day
    report_day = base or ref
    default = report_day
    default_span = (base_cue.start, base_cue.end) if base_cue and base else None
    if list_day and base_cue is report and base is not None and anchor is None:
        day = base - timedelta(days=1)
        return done(TimeRef(_iso(base), default_span, "period", 1, _iso(day), _iso(day)))
    if default_span is None and anchor and anchor.role == "vague":
        default_span = (anchor.start, anchor.end)
        if anchor.tx and anchor.tx.rel == "earlier_year":
            default = None
    shift = None if whole else nearest(("shift",))
    if (
        shift is not None
        and shift.start >= q_end
        and _CHANGE_FIGURE.search(sentence, q_end, shift.start)
    ):
        # "stood at 743,920, an increase of 11,570 on a week earlier": a shift after another
        # figure moves that one
        shift = None
    if shift is not None and now_before is not None and shift.end <= now_before.start():
        shift = None
    if (
        shift is not None
        and shift.end <= at
        and re.search(r"\d", sentence[shift.end : at])
        and agg is not None
        and agg.role == "cumlex"
        and shift.end <= agg.start < at
        and _RESULTATIVE.match(sentence, agg.start)
    ):
        # "after 4,730 the week before: nearly 10,000 in two weeks, taking its running total
        # to 80,860": the shift dates a figure before; the running total is the report's
        shift = None
    if (
        shift is not None
        and shift.tx is not None
        and shift.tx.unit in ("month", "year")
        and shift.tx.n
        and agg is not None
        and agg.role == "range"
        and agg.end <= at
        and shift.start >= q_end
        and _BASELINE_WORDS.search(sentence, agg.end, at) is not None
    ):
        # "recorded 84,640 losses between its reports of December 1 and March 1, up from
        # 60,450 a year earlier": the same span of days, moved
        spanned = _compose(
            agg, anchor, default, default_span, report_day, ref, usable, at, bounds, sentence
        )
        lo, hi = parse_iso(spanned.period_start), parse_iso(spanned.period_end)
        if spanned.aggregation == "period" and lo is not None and hi is not None:
            months = shift.tx.n * (12 if shift.tx.unit == "year" else 1)
            lo2 = add_months(lo, months)
            hi2 = add_months(hi + timedelta(days=1), months) - timedelta(days=1)
            span = (shift.start, shift.end)
            return done(_period(lo2, hi2, hi2, span, span))
    if shift is not None and shift.tx is not None:
        k = _cost(shift, at, q_end, bounds, sentence)
        # (a report nearer the figure dates it: "added 41 aircraft in its report of June
        # 3, after drones struck four air bases two days earlier")
        if all(k < _cost(c, at, q_end, bounds, sentence) for c in (agg, anchor, report) if c):
            shifted = _shift(shift, cues, ref, ctx_day, context, sentence)
            if shifted is not None:
                return done(shifted)
    if (
        agg is not None
        and agg.role == "cumlex"
        and agg.start >= q_end
        and _RESULTATIVE.match(sentence, agg.start)
    ):
        # "destroyed 52 artillery systems, bringing the total to 21,975": the figure is what
        # brought the total there, an increment over a period the words do not give; one
        # that carries on the previous sentence ("also") counts that sentence's period
        if context is not None and context.aggregation == "period" and _CONTINUE.search(sentence):
            return done(replace(context, as_of_span=None, period_span=None, since_span=None))
        named = nearest(("period", "relper", "range"), limit=10_000)
        if named is not None and named.end <= at:
            # "in February, the General Staff added two warships to its list, ..., bringing
            # the count to 25": the increment of the period its clause names
            composed = _compose(
                named, anchor, default, default_span, report_day, ref, usable, at, bounds, sentence
            )
            if composed.aggregation == "period":
                return done(composed)
        if _DAILY_REPORT.search(sentence, 0, at) and default is not None:
            # "The General Staff's daily report also listed 1,190 soldiers, ..., taking the
            # overall toll to 1,456,610": what a daily report adds is the day before it
            day = default - timedelta(days=1)
            return done(TimeRef(_iso(default), default_span, "period", 1, _iso(day), _iso(day)))
        return done(TimeRef(_iso(default), default_span, "period"))
    # "3,620 tanks (+1)": a rise in brackets after a total
    increment = bool(_INCREMENT.search(sentence[:at]) and _INCREMENT_Q.match(sentence[at:]))
    if agg is None and anchor is None and report is None and not carry:
        # No time words in the figure's clause, but a clause before it in the sentence has
        # some ("... lost 3,689 tanks in 2024, but its artillery tally grew by more than
        # 13,000"): that clause's time is the latest the story has told, and it stands in
        # for the previous sentence's
        cut = max([m.end() for m in _STRONG.finditer(sentence, 0, at)] or [0])
        told = _figure_starts(sentence[:cut], cues)
        if told and any(c.end <= cut and c.tx is not None for c in cues):
            before = time_ref(sentence[:cut], article_date, told[-1], context=context)
            if (
                re.search(r"\bwhile\s*$", sentence[:cut], re.I)
                # (not a level or a compared term: "while artillery losses climbed to 208
                # from 135" tells another time's)
                and not _COMPARED_TERM_BEFORE.search(sentence, cut, at)
                # (nor a level reached in the present perfect: "while the tally of Russian
                # drones downed has reached 145,571" is today's)
                and not ((rise_to or level_reached) and _present(sentence[cut:at]))
                # (the main clause's own figure, the first: not "up from 14,474 in 2024", a
                # compared term after it)
                and (
                    main := time_ref(sentence[:cut], article_date, told[0], context=context)
                ).aggregation
                == "period"
            ):
                # "losses rose by 17,280 during the month, while air defences shot down 192
                # cruise missiles": what happened meanwhile counts the same span (and when no
                # date places it, it is still no total)
                return done(replace(main, as_of_span=None, period_span=None, since_span=None))
            if (before.as_of_span or before.period_span) and not before.future:
                context, ctx_day = before, parse_iso(before.as_of)
    own_period = rise_to and any(
        c.role in ("period", "relper", "range") and c.end <= at for c in cues
    )  # ("rose by 1,510 over the same week, to about 54,810": its own time, not the last one's)
    if agg is None and anchor is None and report is None and ctx_day is not None and not own_period:
        # No time words of its own: the time of the previous sentence, unless the sentence is
        # in the present ("are", "has been": now, the article date).
        assert context is not None
        # "This is 0.18 points lower than ...": a figure said of the previous sentence's
        # figure shares its time, whatever the tense.
        now = (present if present is not None else _present(sentence)) and not (
            _ANAPHORIC_SUBJECT.match(sentence)
        )
        if increment:
            pass  # "3,620 tanks (+1)": a day's rise, whatever the sentence before counted
        elif (whole_at := _whole_before_part(sentence, at, q_end)) is not None and not whole:
            # "Oryx has visually confirmed 1,445 Russian tanks lost, 832 of them destroyed":
            # a part told as "N of them" right after its whole is of the whole's time (in
            # the present when the part's verb is; "destroyed" after "of them" is no tense)
            whole_now = True if present else None
            return time_ref(sentence, article_date, whole_at, context=context, present=whole_now)
        elif carry or _CONTINUE.search(sentence):  # "In addition, ...", "during this period ..."
            if not now:
                return done(replace(context, as_of_span=None, period_span=None, since_span=None))
            if context.aggregation == "cumulative":
                return done(TimeRef(_iso(default), None, "cumulative", since=context.since))
        elif (
            present is False
            and context.aggregation == "period"
            and context.period_days == 1
            and context.period_span is not None
            and context.period_end is not None
            and context.period_end < (context.as_of or "")
        ):
            # "Russia launched 70 missiles and 145 drones overnight. Air defences shot down
            # 48 cruise missiles": the next event told in the past, with no time of its own,
            # happened in the day or night the report before counted back
            return done(replace(context, as_of_span=None, period_span=None, since_span=None))
        elif context.coarse and THAT_DAY.search(sentence):
            # "Kyiv said in August that ... . She read from that morning's report": no day
            # pointed back to a month; the morning is the story's own, the article's day
            pass
        elif not now and not _later_day_told(sentence, ref, ctx_day):
            default, default_span = ctx_day, None

    rate = bool(_RATE_AFTER.match(sentence[q_end:]) or _RATE_BEFORE.search(sentence[:at]))

    if agg is not None and agg.role == "start" and agg.rel_clause:
        closed = _WHEN_CLAUSE.match(sentence, agg.end)
        if closed is not None and _NAME_ONLY_CLAUSE.fullmatch(closed.group()):
            # "since March 25, when Sergei Rudskoy, deputy chief of the General Staff, said
            # 1,351 ...": a name before its apposition, no clause of its own (the clause goes
            # on to its verb)
            closed = None
        if closed is not None and at >= closed.end():
            # "since 4 June, when the counteroffensive began, they have lost 246 tanks": the
            # when-clause dates only what it holds; the figure after it counts from the start
            agg = replace(agg, rel_clause=False)
    ref_out = _compose(
        agg, anchor, default, default_span, report_day, ref, usable, at, bounds, sentence
    )
    if agg is not None and agg.tx is not None and agg.tx.rel == "approx":
        # "in less than a week": a count of a period whose length and days are not known;
        # no dates (a checker must not read it against a guessed week)
        ref_out = replace(ref_out, period_days=None, period_start=None, period_end=None)
    if increment and ref_out.as_of:
        r = parse_iso(ref_out.as_of)
        assert r is not None
        d = r - timedelta(days=1)
        return done(TimeRef(ref_out.as_of, ref_out.as_of_span, "period", 1, _iso(d), _iso(d), None))
    if rate:
        return done(TimeRef(ref_out.as_of, ref_out.as_of_span))
    return done(ref_out)


_DAILY_REPORT = re.compile(r"\bdaily\s+(?:report|update|bulletin|briefing|summary)\b", re.I)
_PART_OF_THEM_AFTER = re.compile(r"\s+of\s+(?:them|these|those)\b")


def _whole_before_part(sentence: str, at: int, q_end: int) -> int | None:
    """Where the whole starts that a part "N of them" right after it belongs to ("1,445
    Russian tanks lost, 832 of them destroyed"): the last figure before it in its clause."""
    if not _PART_OF_THEM_AFTER.match(sentence, q_end):
        return None
    clause = sentence[:at]
    cut = max(clause.rfind(";"), clause.rfind(". "))
    figures = [m.start() for m in re.finditer(r"(?<![\d,.])\d", clause) if m.start() > cut]
    if not figures:
        return None
    between = re.sub(r"^[\d,.]+", "", clause[figures[-1] :])  # (past the whole's digits)
    return figures[-1] if re.fullmatch(r"[^\d;]{0,40},\s*", between) else None


def _later_day_told(sentence: str, ref: date | None, told: date) -> bool:
    """Whether the sentence names a day after the one the story last told, up to the
    article's ("its count stood at 23, after Tuesday's strike" after a sentence on November):
    an event's day that the figure comes after, which keeps it from the earlier time."""
    if ref is None:
        return False
    for tx in find_timexes(sentence):
        if tx.kind not in ("weekday", "date"):
            continue
        iv = interval(tx, ref)
        if iv is not None and told < iv[0] <= ref:
            return True
    return False


def _year_told_before(cues: list[Cue]) -> list[Cue]:
    """ "over the year" after the one calendar year the sentence names before it ("its figures
    for 2023, saying Russia lost 253,290 personnel over the year"): that year (not a year
    compared with: "Compared with 2022, ... over the year")."""
    out = list(cues)
    for k, c in enumerate(cues):
        t = c.tx
        if t is None or t.kind != "year" or t.rel != "the" or t.year is not None:
            continue
        years = {
            b.tx.year
            for b in cues[:k]
            if b.role == "period"
            and b.tx is not None
            and b.tx.kind == "year"
            and b.tx.year is not None
            and b.tx.rel is None
            and b.end_tx is None
            and b.baseline is None
        }
        if len(years) == 1:
            out[k] = replace(c, tx=replace(t, year=years.pop(), rel=None))
    return out


def _quarter_of(d: date) -> tuple[int, int]:
    """The calendar quarter a day lies in: (year, 1-4)."""
    return d.year, (d.month - 1) // 3 + 1


def _the_year(c: Cue, context: TimeRef | None, ref: date | None) -> Cue:
    """ "over the year", "during the year": the calendar year the previous sentence counted
    ("Russia lost 253,290 soldiers in 2023. ... It lost 2,948 tanks over the year"). With no
    such year, the figure stays a count of a period that is not placed (not checked); it is
    never read as a total since the war began."""
    t = c.tx
    if t is not None and t.kind == "month" and t.rel == "the" and t.month is None:
        return _the_month(c, context)
    if t is not None and t.kind == "week" and t.rel == "the":
        # "Equipment losses over the week included 66 tanks": the week just counted, else
        # a week not placed
        lo = parse_iso(context.period_start) if context is not None else None
        hi = parse_iso(context.period_end) if context is not None else None
        if lo is not None and hi is not None and (hi - lo).days == 6:
            ctx_day = parse_iso(context.as_of) if context is not None else None
            if ctx_day is not None and ctx_day == hi + timedelta(days=1):
                # a week counted back from a report ("over the past seven days"): so is this
                week = Timex(c.start, c.end, "relper", n=7, unit="day")
                return Cue(c.start, c.end, "relper", tx=week)
            return day_range(c.start, c.end, lo, hi)
        return Cue(
            c.start,
            c.end,
            "relper",
            tx=Timex(c.start, c.end, "relper", n=1, unit="week", rel="approx"),
        )
    if t is not None and t.kind == "quarter" and t.rel == "the" and t.n is None:
        # "Over the quarter, the drone count rose by more than 10,000" after March's count:
        # the calendar quarter the period before lies in, else a quarter not placed
        lo = parse_iso(context.period_start) if context is not None else None
        hi = parse_iso(context.period_end) if context is not None else None
        if lo is not None and hi is not None and _quarter_of(lo) == _quarter_of(hi):
            year, n = _quarter_of(lo)
            return replace(c, tx=replace(t, n=n, year=year, rel=None))
        return Cue(
            c.start,
            c.end,
            "relper",
            tx=Timex(c.start, c.end, "relper", n=3, unit="month", rel="approx"),
        )
    if t is None or t.kind != "year" or t.rel != "the":
        return c
    lo = parse_iso(context.period_start) if context is not None else None
    hi = parse_iso(context.period_end) if context is not None else None
    if lo is None or hi is None or hi.year != lo.year:
        return c
    whole = (lo.month, lo.day) == (1, 1) and (
        (hi.month, hi.day) == (12, 31) or (ref is not None and hi >= ref - timedelta(days=1))
    )
    if not whole and (ref is None or lo.year > ref.year):
        # (a part of one calendar year, "48,670 in December. ... some 3,700 tanks over the
        # year", names the year it belongs to when that is over or is the report's own)
        return c
    return replace(c, tx=replace(t, year=lo.year, rel=None))


_SAME_PERIOD = re.compile(
    r"\b(?:over|during|in|for|within)\s+the\s+same\s+(?:(?:\d+|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|twenty-four|thirty)\s+)?"
    r"(?:period|weeks?|months?|days?|years?|hours|time|span)\b",
    re.I,
)


_SAME_PERIOD_YEAR = re.compile(
    r"\s+(?:(?:of|in)\s+((?:19|20)\d\d)\b|(?:last|the\s+previous)\s+year\b"
    r"|a\s+year\s+(?:earlier|before|ago)\b)",
    re.I,
)


_UNIT_DAYS = {"day": (1, 1), "week": (6, 8), "month": (28, 31), "year": (365, 366)}


def _same_unit_fits(phrase: str, lo: date, hi: date) -> bool:
    """Whether a period from ``lo`` to ``hi`` can be the one "over the same week" (or day,
    month, year) names; any period can be "the same period" or "the same 30 days"."""
    words = phrase.lower().split()
    unit = words[-1].rstrip("s")
    if len(words) != 4 or unit not in _UNIT_DAYS:
        return True
    shortest, longest = _UNIT_DAYS[unit]
    return shortest <= (hi - lo).days + 1 <= longest


# "over the three months" (not "the past three months", nor "the three months to June"):
# a span of that length told before
_THE_N_UNITS = re.compile(
    r"\b(?:over|during|in|for|within|across)\s+the\s+(\d+|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve)\s+(days|weeks|months|years)\b"
    r"(?!\s+(?:to|since|before|after|ending|ended|of|from|through|until|that|when)\b)",
    re.I,
)


def _same_period(sentence: str, context: TimeRef | None) -> list[Cue]:
    """ "7,460 troops ... over the same week": the period the previous sentence counted."""
    start = parse_iso(context.period_start) if context is not None else None
    end = parse_iso(context.period_end) if context is not None else None
    out = []
    for m in _THE_N_UNITS.finditer(sentence):
        # "Kyiv counted nearly 4,500 artillery systems over the three months": the span of
        # that length the story told, or one not placed (never the last month told)
        a, b = m.span()
        n = int(m.group(1)) if m.group(1).isdigit() else int(SMALL_NUMBERS[m.group(1).lower()])
        unit = m.group(2).lower().rstrip("s")
        lo_days, hi_days = (n * d for d in _UNIT_DAYS[unit])
        if (
            start is not None
            and end is not None
            and lo_days - 2 <= (end - start).days + 1 <= hi_days + 2
        ):
            out.append(day_range(a, b, start, end))
        else:
            out.append(Cue(a, b, "relper", tx=Timex(a, b, "relper", n=n, unit=unit, rel="approx")))
    for m in _SAME_PERIOD.finditer(sentence):
        a, b = m.span()
        lo, hi = start, end
        unit = m.group(0).lower().split()[-1].rstrip("s")
        if lo is not None and hi is not None and not _same_unit_fits(m.group(0), lo, hi):
            # "over the same week" after a sentence that counted August: some week told
            # further back, not that month
            lo = hi = None
        if lo is None or hi is None:
            # the period of a sentence further back: a period not placed, never a total
            u = unit if unit in ("day", "week", "month", "year") else "day"
            out.append(Cue(a, b, "relper", tx=Timex(a, b, "relper", n=1, unit=u, rel="approx")))
            continue
        later = _SAME_PERIOD_YEAR.match(sentence, b)
        if later is not None:
            # "382,120 year to date, compared with 223,320 over the same period of 2023": the
            # same days of that year
            year = int(later.group(1)) if later.group(1) else lo.year - 1
            try:
                lo, hi = lo.replace(year=year - (hi.year - lo.year)), hi.replace(year=year)
            except ValueError:  # (February 29)
                continue
            b = later.end()
        out.append(day_range(a, b, lo, hi))
    return out


_PREVIOUS_UNIT = re.compile(r"\b(?:previous|preceding)\s+(week|month)\b", re.I)


def _previous_unit(c: Cue, sentence: str, context: TimeRef | None) -> Cue:
    """ "the previous week", "the preceding month" after a sentence that counted a week or
    a calendar month: the unit before that one, not before the report ("Russia lost 41,980
    troops in October ... the previous month's 38,130": September). Without such a
    sentence they keep their reading from the report date."""
    m = _PREVIOUS_UNIT.search(sentence, c.start, c.end) if c.tx is not None else None
    lo = parse_iso(context.period_start) if context is not None else None
    hi = parse_iso(context.period_end) if context is not None else None
    if m is not None and context is not None and context.aggregation == "period" and hi is None:
        # the one before a period whose days the words did not give ("over the week"): not
        # placed either
        unit = m.group(1).lower()
        return Cue(
            c.start,
            c.end,
            "relper",
            tx=Timex(c.start, c.end, "relper", n=1, unit=unit, rel="approx"),
        )
    if m is None or lo is None or hi is None:
        return c
    before = _unit_before(c, m.group(1), lo, hi)
    return before if before is c else replace(before, baseline=None)


def _unit_before(c: Cue, unit: str, lo: date, hi: date) -> Cue:
    """The week or calendar month before the period ``lo``-``hi`` when that is a week or a
    whole calendar month ("the previous week", "the preceding month"), else ``c``."""
    if unit.lower() == "week" and (hi - lo).days == 6:
        before = day_range(c.start, c.end, lo - timedelta(days=7), lo - timedelta(days=1))
        return replace(before, baseline=c.baseline)
    whole_month = lo.day == 1 and (hi - lo).days >= 27 and hi.month == lo.month
    if unit.lower() == "month" and whole_month:
        day = lo - timedelta(days=1)
        tx = Timex(c.start, c.end, "month", year=day.year, month=day.month)
        return Cue(c.start, c.end, "period", tx=tx, baseline=c.baseline)
    return c


def _previous_unit_compared(
    c: Cue, sentence: str, article_date: str | None, context: TimeRef | None, cues: list[Cue]
) -> Cue:
    """ "the previous week" in the term a figure is compared with ("added 1,400 personnel in
    the week to Sunday, down from 1,900 in the previous week"): the week before the one the
    figure before it counts, when that is a week (or a calendar month for "the previous
    month")."""
    m = _PREVIOUS_UNIT.search(sentence, c.start, c.end) if c.tx is not None else None
    if m is None or c.role != "relper" or c.baseline is None:
        return c
    head = sentence[: c.baseline[0]]
    starts = _figure_starts(head, [b for b in cues if b.end <= c.baseline[0]])
    if not starts:
        return c
    earlier = time_ref(head, article_date, starts[-1], context=context)
    lo, hi = parse_iso(earlier.period_start), parse_iso(earlier.period_end)
    if earlier.aggregation != "period" or lo is None or hi is None:
        return c
    return _unit_before(c, m.group(1), lo, hi)


def _month_named_before(c: Cue, cues: list[Cue], ref: date | None) -> Cue:
    """ "during the month" after a month its own sentence names ("February was among the
    costliest months: its reports showed 28,450 troops lost during the month"): that month,
    not one the story told before."""
    t = c.tx
    if t is None or t.kind != "month" or t.rel != "the" or t.month is not None:
        return c
    named = [
        n
        for n in cues
        if n.end <= c.start and n.tx is not None and n.tx.kind == "month" and n.tx.month
    ]
    spans = {interval(n.tx, ref) for n in named if n.tx is not None}
    if len(spans) != 1:
        return c  # (none, or "in July ..., up from 39,290 in June, ... over the month": which?)
    iv = spans.pop()
    if iv is None or ref is None or iv[1] >= ref:
        return c  # (a month not yet over, or one a narrative may place in another year)
    return replace(c, tx=replace(t, year=iv[0].year, month=iv[0].month, rel=None))


def _the_month(c: Cue, context: TimeRef | None) -> Cue:
    """ "during the month", "over the month": the calendar month the previous sentence
    counted ("... in February. The tally of aircraft rose by 13 during the month"); else a
    month not placed (not checked)."""
    assert c.tx is not None
    lo = parse_iso(context.period_start) if context is not None else None
    hi = parse_iso(context.period_end) if context is not None else None
    if lo is None or hi is None or lo.day != 1 or (lo.year, lo.month) != (hi.year, hi.month):
        return c
    if hi != add_months(lo, 1) - timedelta(days=1):
        return c  # a day or a week of the month (a dateline's "March 1"), not the month
    return replace(c, tx=replace(c.tx, year=lo.year, month=lo.month, rel=None))


# How far after the date just told a day or month without a year may lie and still be read
# in that date's year: a narrative's next steps ("on March 1, 2022 ... . By March 3, ...").
_NARRATIVE_DAYS = 62


_RECENT_DAYS = 31


def _in_narrative(c: Cue, ctx_day: date, ref: date) -> Cue:
    """A day or month without a year, shortly after the explicitly dated time of the previous
    sentence and in an earlier year than the article: read in that year, not the article's.

    Temporal anaphora: a story told from a past date ("Ukraine began publishing its count on
    March 1, 2022. ... by March 3, the figure was revised to 9,000") moves its reference
    time forward from that date; the article's year is only the default when nothing in the
    discourse has moved it. A date more than two months on, or before the one just told,
    keeps the article's year.
    """
    t = c.tx
    if t is None or c.war or t.year is not None or t.rel is not None or t.month is None:
        return c
    if t.kind == "date" and t.day is not None:
        try:
            lo = hi = date(ctx_day.year, t.month, t.day)
            recent = date(ref.year, t.month, t.day)
            if recent > ref:
                recent = date(ref.year - 1, t.month, t.day)
        except ValueError:
            return c
        if (ref - recent).days <= _RECENT_DAYS:
            # "On November 11 Oryx listed ..." in a story of November 12: the day just
            # past, whatever year the sentence before spoke of
            return _in_year(c, recent.year, ref)
    elif t.kind == "month" and t.part is None:
        lo = date(ctx_day.year, t.month, 1)
        hi = add_months(lo, 1) - timedelta(days=1)
        recent = date(ref.year if t.month <= ref.month else ref.year - 1, t.month, 1)
        if 0 <= (ref - recent).days <= 2 * _RECENT_DAYS and recent.year != ctx_day.year:
            # "in October" in a story of November 12: the month just past
            return _in_year(c, recent.year, ref)
    else:
        return c
    if hi < ctx_day or (lo - ctx_day).days > _NARRATIVE_DAYS:
        return c
    return _in_year(c, ctx_day.year, ref)


def _in_year(c: Cue, year: int, ref: date) -> Cue:
    """The cue with its day or month placed in ``year`` (and a start cue's first day with
    it)."""
    assert c.tx is not None
    tx = replace(c.tx, year=year)
    if c.lo is not None:
        iv = interval(tx, ref)
        return replace(c, tx=tx, lo=iv[0] if iv else c.lo)
    return replace(c, tx=tx)


def _shift(
    shift: Cue,
    cues: list[Cue],
    ref: date | None,
    ctx_day: date | None,
    context: TimeRef | None = None,
    sentence: str = "",
) -> TimeRef | None:
    """ "44 a day earlier", "the quarter a year earlier", "the next day": moved from the
    nearest other time of the sentence (in a comparison, the time of what is compared,
    before "compared with", "up from"), else from the previous sentence's."""
    assert shift.tx is not None
    others = [c for c in cues if c.role in ("period", "anchor", "report") and c.tx is not None]
    marker = next((m.start() for m in _BASELINE_WORDS.finditer(sentence, 0, shift.start)), None)
    if marker is not None and any(c.end <= marker for c in others):
        others = [
            c for c in others if c.end <= marker
        ]  # "in May, compared with ... a year earlier"
    base_cue = min(others, key=lambda c: abs(c.start - shift.start), default=None)
    base = _point(base_cue, ref) if base_cue is not None else ctx_day
    if shift.tx.rel == "shift_next" and ctx_day is not None:
        base = ctx_day  # "The next day, ...": the day after the one just told
    if base is None:
        return None
    moved = _shifted_period(shift, base_cue, ref)
    if moved is None and base_cue is None and context is not None:
        moved = _shifted_context(shift, context)
    if moved is not None:
        return moved
    iv = interval(Timex(0, 0, "relday", n=shift.tx.n, unit=shift.tx.unit), base)
    if iv is None:
        return None
    return TimeRef(_iso(iv[1]), (shift.start, shift.end))


_BASELINE_WORDS = re.compile(
    r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|against|versus|than)\b", re.I
)


def _shifted_context(shift: Cue, context: TimeRef) -> TimeRef | None:
    """ "to 1,391 systems from 1,584 the month before", after a sentence that counted May:
    April."""
    t = shift.tx
    lo, hi = parse_iso(context.period_start), parse_iso(context.period_end)
    if t is None or t.n is None or t.unit not in ("month", "year") or lo is None or hi is None:
        return None
    if lo.day != 1 or hi != add_months(lo, 1) - timedelta(days=1):
        return None  # a calendar month only
    lo2 = add_months(lo, t.n * (12 if t.unit == "year" else 1))
    hi2 = add_months(lo2, 1) - timedelta(days=1)
    return _period(lo2, hi2, hi2, (shift.start, shift.end), (shift.start, shift.end))


def _shifted_period(shift: Cue, base_cue: Cue | None, ref: date | None) -> TimeRef | None:
    """ "140 tanks in May, compared with 359 a year earlier": the same calendar month (or
    quarter, or year) moved by whole months or years, a period like the one it is set
    against."""
    t = shift.tx
    if (
        t is None
        or base_cue is None
        or base_cue.role != "period"
        or base_cue.tx is None
        or base_cue.tx.kind not in ("month", "quarter", "year")
        or base_cue.tx.part is not None
        or t.unit not in ("month", "year")
        or t.n is None
    ):
        return None
    iv = interval(base_cue.tx, ref)
    if iv is None:
        return None
    months = t.n * (12 if t.unit == "year" else 1)
    lo = add_months(iv[0], months)
    span_months = (iv[1].year - iv[0].year) * 12 + iv[1].month - iv[0].month + 1
    hi = add_months(lo, span_months) - timedelta(days=1)
    return _period(lo, hi, hi, (shift.start, shift.end), (shift.start, shift.end))


def _period(
    lo: date, hi: date, as_of_d: date, as_span: tuple[int, int] | None, span: tuple[int, int]
) -> TimeRef:
    return TimeRef(_iso(as_of_d), as_span, "period", (hi - lo).days + 1, _iso(lo), _iso(hi), span)


def _compose(
    agg: Cue | None,
    anchor: Cue | None,
    default: date | None,
    default_span: tuple[int, int] | None,
    report_day: date | None,
    ref: date | None,
    usable: list[Cue],
    at: int,
    bounds: list[tuple[int, int]],
    sentence: str,
) -> TimeRef:
    none = TimeRef(_iso(default), default_span)
    if agg is None:
        return none
    span = (agg.start, agg.end)
    if agg.role in ("cumlex", "start") and (agg.role == "cumlex" or agg.war):
        # "placed the number killed since the invasion at 100,000 in November"
        month = next(
            (
                c
                for c in usable
                if c.role == "period"
                and c.tx is not None
                and c.tx.kind in ("month", "year", "quarter")
                and abs(c.start - at) < 40
                and between(bounds, c.start, at) == 0
                # (not a month in a coordinated report of its own: "reported 20,500 losses
                # in June and said Russia had lost 4,330 artillery systems in total as of
                # Friday"; nor one farther than the figure's own day)
                and not _STRONG.search(sentence, min(c.end, at), max(c.start, at))
                # (nor the month of a figure before it, coordinated with this one: "lost
                # 31,225 drones in February alone and 156,431 since the invasion")
                and not (
                    c.end <= at
                    and re.search(r"(?<![\w,.])\d[^.;:]{0,30}$", sentence[: c.start])
                    and re.search(r"\band\b", sentence[c.end : at])
                )
                and not (
                    anchor is not None
                    and anchor.role == "anchor"
                    and _cost(anchor, at, at, bounds, sentence) < _cost(c, at, at, bounds, sentence)
                )
            ),
            None,
        )
        if month is not None and (p := _point(month, ref)) is not None:
            default, default_span = p, (month.start, month.end)
            if _FOR_A_TOTAL.search(sentence, max(0, agg.start - 12), at):
                # ("307 tanks in November, for a total of 9,469": the level the month's
                # count reached, which the next day's report gives)
                default = min(p + timedelta(days=1), ref) if ref else p + timedelta(days=1)
    if agg.role == "cumlex":
        return TimeRef(_iso(default), default_span, "cumulative")
    if agg.role == "start" and agg.rel_clause and agg.end <= at and agg.tx is not None:
        # "since October 19, when it said ...": that day, for the when-clause; "since
        # December, when it put ...": the month, dated by its last day (the article date
        # while it runs)
        d = _point(replace(agg, role="anchor"), ref) if agg.tx.kind == "month" else agg.lo
        return TimeRef(_iso(d), span) if d else none
    if agg.role == "start" and agg.war:
        return TimeRef(
            _iso(default), default_span, "cumulative", since=_iso(agg.lo), since_span=span
        )
    if agg.role == "range":
        hi_iv = interval(agg.end_tx, ref) if agg.end_tx else None
        if hi_iv is None:
            return none
        hi = _point(Cue(0, 0, "anchor", tx=agg.end_tx), ref) or hi_iv[1]
        end_span = (agg.end_tx.start, agg.end_tx.end) if agg.end_tx else span
        if agg.war:
            return TimeRef(_iso(hi), end_span, "cumulative", since=_iso(agg.lo), since_span=span)
        if agg.pointer and (agg.lo is None or agg.lo > hi):
            return TimeRef(_iso(hi), end_span, "period")  # (from a day not told: not placed)
        if agg.lo is None or agg.lo > hi:
            return TimeRef(_iso(hi), end_span)
        return _period(agg.lo, hi, hi, end_span, span)
    if agg.role == "start":
        if agg.lo is None or report_day is None:
            return TimeRef(_iso(default), default_span, "period", since=None)
        hi = max(agg.lo, report_day - timedelta(days=1))
        return _period(agg.lo, hi, report_day, default_span, span)
    if agg.role == "relper":
        t = agg.tx
        assert t is not None and t.n is not None and t.unit is not None
        # "2,030 casualties in a single day" under a day's heading: that day
        if t.n == 1 and t.unit == "day":
            day = next(
                (
                    c
                    for c in usable
                    if c.role == "period"
                    and c.tx is not None
                    and c.tx.kind in ("date", "weekday", "relday")
                    and between(bounds, c.end + 2, at) == 0
                    # (not a day told in a clause of its own after the figure: "listed 1,740
                    # losses over the previous 24 hours, where Russia attacked on May 10")
                    and (c.end <= at or _cost(c, at, at, bounds, sentence) < 10_000)
                ),
                None,
            )
            if day is not None and day.tx is not None:
                iv = interval(day.tx, ref)
                if iv is not None:
                    return _period(iv[0], iv[0], iv[0], (day.start, day.end), span)
        if report_day is None:  # no date to count back from: the length alone
            days = {"day": 1, "week": 7, "fortnight": 14}.get(t.unit)
            return TimeRef(None, None, "period", t.n * days if days else None, None, None, span)
        rep, as_d = report_day, report_day
        if (
            anchor is not None
            and anchor.role == "anchor"
            and 0 <= anchor.start - agg.end < 12
            and (a := _point(anchor, ref)) is not None
        ):
            rep, as_d = a + timedelta(days=1), a  # "the 12 months through March"
        lo, hi = count_back(rep, t.n, t.unit)
        return _period(lo, hi, as_d, default_span, span)
    # a calendar period: a day, month, year, quarter or week
    t = agg.tx
    if t is None:
        return none
    iv = interval(t, ref)
    if iv is None:
        return TimeRef(_iso(default) if t.kind not in ("date",) else None, default_span, "period")
    lo, hi = iv
    if t.kind in ("date", "weekday", "relday"):
        if any(
            c.role == "cumlex" and between(bounds, min(c.start, at), max(c.end, at)) == 0
            for c in usable
        ):
            return TimeRef(_iso(hi), span, "cumulative")  # "the toll rose to 58 on Monday"
        return _period(lo, hi, hi, span, span)
    if (
        t.kind == "quarter"
        and anchor is not None
        and anchor.role == "anchor"
        and 0 <= anchor.start - agg.end <= 25
        and (end := _point(anchor, ref)) is not None
    ):
        # "its fourth quarter, which ended July 31": the three months to that day
        return _period(
            add_months(end + timedelta(days=1), -3), end, end, (anchor.start, anchor.end), span
        )
    if anchor is not None and anchor.role == "anchor" and anchor.tx is not None:
        closing = interval(anchor.tx, ref)
        if closing is not None and lo <= closing[1] <= hi:
            # "2025 (as of June 4)": the year so far, through that day; "In February, up to
            # Thursday's report": through the day before the report's
            if lo < closing[1] and _REPORT_NOUN_AFTER.match(sentence, anchor.end):
                last = closing[1] - timedelta(days=1)
                return _period(lo, last, closing[1], (anchor.start, anchor.end), span)
            return _period(lo, closing[1], closing[1], (anchor.start, anchor.end), span)
    if report_day is not None and hi > report_day:
        if lo > report_day:
            return TimeRef(_iso(report_day), span, "period")  # a future period
        if lo == report_day:
            return _period(lo, lo, report_day, span, span)  # "this week" on its Monday
        return _period(lo, report_day - timedelta(days=1), report_day, span, span)
    return _period(lo, hi, hi, span, span)


def as_of(sentence: str, article_date: str | None) -> str | None:
    """The as-of date of a sentence as ``YYYY-MM-DD`` (its first figure's), else the article
    date; an article date that is not ISO is returned as given."""
    found = time_ref(sentence, article_date).as_of
    if found is None and article_date and parse_iso(article_date) is None:
        return article_date
    return found
