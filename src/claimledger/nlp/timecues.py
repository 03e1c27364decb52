"""Roles of the time expressions of a sentence: start, range, anchor, report or period.

The middle layer of ``nlp/dates.py``: `find_cues` takes the expressions that
``nlp/timex.py`` finds and says what each does for the figures around it, from the words
beside it: "since ..." is a start (the war's when it names the invasion or its date), "from
X to Y" a range, "as of/by/until X" an anchor, a date beside a reporting word ("said on
Sunday", "a Monday update", a dateline) the report's date, and any other day, month, year or
"past N days" a period. Dates inside a comparison ("from 7.2 percent in September") are
marked as its baseline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from .cues import words
from .timex import ORDINALS, WAR_START, Timex, add_months, find_timexes, interval

__all__ = ["CLAUSE_OPENING", "Cue", "Role", "between", "day_range", "find_cues"]

# ----------------------------------------------------------------------------- lexicons

# Words of reporting: a date beside one is the report's date, not the counted day.
_REPORT = (
    r"said|says|say|saying|told|tells|telling|reported|reports|reporting|report|announced"
    r"|announces|announcing|announcement|stated|states|statement|declared|declares|claimed"
    r"|claims|claiming|wrote|writes|added|adding|estimated|estimates|estimate|update|updated"
    r"|updates|briefing|briefed|brief|published|publishes|publishing|released|releases"
    r"|release|revealed|reveals|disclosed|confirmed|showed|shows|data|figures|tally|posted"
    r"|post|tweeted|noted|acknowledged|admitted|rejected|denied|denies|put|puts|placed|given"
    r"|gave"  # ("the death toll of 31,000 soldiers that Zelensky gave in February")
    r"|provided|according|assessment|bulletin|named|informed|indicated|suggested|warned"
    r"|insisted|conceded|presented|cited|quoted|issued|assessed|assesses|calculated|judged"
    r"|speaking|spoke|addressing|addressed"  # ("Speaking to lawmakers on Friday, he said ...")
    r"|broadcast|aired|interview|interviewed"  # ("In an interview broadcast on Sunday, he said")
    # ("At a press conference in Kyiv on 25 February, President Zelenskyy said ...")
    r"|conference|speech|remarks"
)
_REPORT_WORD = re.compile(rf"^(?:{_REPORT})$", re.I)
# A day after a comma that closes the figure's words ("killed, on March 25")
_SET_OFF_DAY = re.compile(r"[a-z],\s+(?:on\s+)?$", re.I)
# A reporting verb or report noun right after a date: "on Tuesday rejected", "a June 12 report",
# "Sunday, said". After a comma, a clause with its own subject reports the clause the date is
# in ("fell 40% in June, ministry data showed"; "lost 300 on Sunday, officials said").
_REPORT_VERBS = (
    r"said|says|told|reported|announced|stated|declared|claimed"
    r"|wrote|estimated|rejected|denied|put|placed|released|published|confirmed|revealed"
    r"|dismissed|disputed|acknowledged|admitted|insisted|warned|noted|added|listed|recorded"
    # ("officials were this week putting the Russian dead at more than 7,000")
    r"|putting|placing|estimating|saying|reporting|claiming|telling|announcing"
    # ("On Sunday President Zelensky gave a figure for Ukraine's military dead: 31,000")
    r"|gave|gives"
)
_REPORT_AFTER = re.compile(
    rf"^\s*(?:,\s*(?:{_REPORT_VERBS})|(?:(?!(?:and|or|but|then)\b)\w+\s+)?(?:{_REPORT_VERBS}"
    # ("Tuesday's General Staff report": a name of up to three words before it)
    r"|(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}(?:report|update|statement|briefing|bulletin|tally)"
    r"|update|report|statement|briefing|bulletin|release|tally|data|figures|post|assessment))\b",
    re.I,
)
_REPORTS_OF_SPAN = re.compile(
    r"\s+(?:daily\s+|General\s+Staff\s+)?(?:reports|updates|bulletins|briefings)\b", re.I
)
_WORD = re.compile(r"[\w'’.-]+")
# A day's possessive with its report left out, before the figure it put ("and Friday's at")
_GAPPED_REPORT = re.compile(r"\s+at\s+(?:about\s+|some\s+|nearly\s+|over\s+)?\d")
_REPORT_BEFORE_GAP = re.compile(
    r"\b(?:report|update|bulletin|statement|figures?|tally|count)\b[^.;]*\b(?:put|placed|had)\b"
    r"[^.;]*,\s*(?:and|while|but)\s+$",
    re.I,
)
_LOGGED_FIGURE = re.compile(
    r"(?:reported|recorded|counted|registered|logged|listed|documented|tallied|added)\s+"
    r"(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least)\s+)?"
    # ("In February, the General Staff added two Russian warships to its list")
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\b)",
    re.I,
)
_SMALL_NUMBER_WORDS = words(
    """two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred dozen"""
)
# the end of a reporting clause set in the middle ("Kyiv's data | showed, Russia lost ...")
_ASIDE_END = re.compile(r"(?:\s+[A-Za-z'’]+){0,2}\s*,")
_ACCORDING_ASIDE = re.compile(r"\s+to\s+[^,.;:\d]{1,60},")
# "between the General Staff's reports of June 4th and Thursday": a span between reports
_REPORTS_OF = re.compile(
    r"(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?(?:reports?|updates?|bulletins?|snapshots?)\s+(?:of|on|for)\s+",
    re.I,
)
# ", Richard Moore, the head of Britain's MI6," a name and its apposition after a date
_APPOSITION = re.compile(r"\s*,\s*(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*\s*,[^,;]{3,60},")
_REPORTS_AFTER = re.compile(r"\s+(?:reports|updates|bulletins|snapshots)\b", re.I)
# "during 2023 it added 2,952 more": a verb that counts the figure after it is no report
_COUNTS_AFTER = re.compile(
    r"\s+(?:(?:about|around|some|nearly|almost|another|more\s+than|over|roughly)\s+)?\d", re.I
)
_CLAUSE = re.compile(
    r";|:\s|\s[—–]\s|\s--\s|,\s+(?:but|while|whereas|and|bringing|raising|pushing|lifting|adding"
    r"|meaning|which\s+means"
    r"|which|who|whose|when"
    r"|as(?!\s+(?:of|at|well|many|much|part|a\s+result))|although|though|leading|taking|making"
    r"|with|yet)\b|\s(?:but|while|whereas)\s"
    r"|\sas\s+(?:the|a|an|its|their)\s",
    re.I,
)
# Lexical signs of a running total.
_TIME_WORD = r"(?:day|week|fortnight|month|quarter|year|today|yesterday|daily|weekly|monthly)\b"
_CUMLEX = re.compile(
    r"\b(?:so\s+far|to\s+date|thus\s+far|in\s+total|a\s+total\s+of|in\s+all|altogether|already"
    r"|overall|cumulative(?:ly)?|(?<!daily\s)(?:death\s+)?(?<!daily\sdeath\s)toll"
    # "..., bringing the total to 433,090": the running total after a day's count
    r"|(?:bring(?:s|ing)?|brought|tak(?:es|ing)|took|push(?:es|ing|ed)?|rais(?:es|ing|ed))"
    r"\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:totals?|tally|count)"
    # "..., bringing Russia's total losses to 790,800", "raising the overall toll to 54": a
    # resultative names the running total it reaches, unless a time word makes it a period's
    # ("bringing the month's total to ...", "losses for the week to ...")
    r"|(?:bring|brought|tak(?:e|i)|took|push|rais|lift)\w*\s+"
    r"(?:(?!" + _TIME_WORD + r")[\w'’-]+\s+){0,3}?"
    r"(?:totals?|tally|count|toll|losses|casualties)\s+"
    r"(?:(?!" + _TIME_WORD + r")[\w'’-]+\s+){0,6}?"
    r"to(?=\s+(?:about|around|approximately|some|nearly|almost|over|more\s+than|at\s+least|\d))"
    r"|(?:in|during|throughout|over\s+the\s+course"
    r"\s+of)\s+(?:the|this|its)\s+(?:full[- ]scale\s+)?(?:war|invasion|conflict))\b",
    re.I,
)
_SINCE = re.compile(r"(?<![A-Za-z])since\b(?!\s+then\b)(?!\s+that\s+(?:day|date)\b)", re.I)
# A time pointed back at ("then", "that day"): the start of a span the story told before
_POINTER = r"(then|that\s+(?:day|date|time|point|moment)|the\s+same\s+day)"
_SINCE_POINTER = re.compile(rf"(?<![A-Za-z])since\s+{_POINTER}\b", re.I)
_RANGE_POINTER = re.compile(
    rf"\b(?:between|from)\s+{_POINTER}\s+(?:(?:and|to|until|till|through)\s+)(?:the\s+)?", re.I
)
_RANGE_END_KINDS = ("date", "month", "year", "weekday", "relday", "quarter")
_PART_OF_TODAY = re.compile(r"this\s+(?:morning|afternoon|evening)\b", re.I)
_LIST_HEAD = re.compile(r"\s*:")
# "its first update in more than three weeks": a first or a record within a time
_FIRST_IN = re.compile(
    r"\b(?:first|highest|lowest|largest|biggest|smallest|worst|deadliest|heaviest|sharpest"
    r"|steepest|fewest)\b(?:\s+[\w'’-]+){1,4}\s+$",
    re.I,
)
# "the highest since", "for the first time since": a baseline, not the count's start.
_SINCE_NOT_START = re.compile(
    r"\b(?:first\s+time|highest|lowest|largest|biggest|smallest|most|least|worst|best"
    r"|deadliest|heaviest|strongest|weakest|fastest|slowest|record|ever|quietest|calmest"
    r"|bloodiest|costliest|busiest|sharpest|steepest|longest|shortest|greatest|fewest|toughest"
    r"|fiercest|hardest|lightest|quickest|smallest|hottest|coldest)\b(?:\s+\S+){0,4}\s*$",
    re.I,
)
_WAR = re.compile(
    r"\b(?:invasion|invaded|invade|invading|war|conflict|aggression|hostilities"
    r"|(?:special\s+)?military\s+operations?)\b",
    re.I,
)
# The start of an event that a running total counts from.
_EVENT = re.compile(r"\b(?:pandemic|epidemic|outbreak|resurgence)\b", re.I)
_OPERATION = re.compile(
    r"\b(?:counter-?offensive|offensive|incursion|assault|push|advance|mobili[sz]ation|siege"
    r"|battle|operation)\b(?!\s+(?:of|in)\s+(?:the\s+)?(?:war|invasion))",
    re.I,
)
_UNIT_START = re.compile(
    r"\b(?:start|beginning)\s+of\s+(?:the|this)\s+(?P<u>year|month|week)\b", re.I
)
_WAR_PHRASE = re.compile(
    r"(?:the\s+)?(?:start|beginning|outset|onset|first\s+day)\s+of\s+(?:the\s+|its\s+|russia['’]s\s+)?"
    r"(?:full[- ]scale\s+)?(?:russian\s+)?(?:war|invasion|conflict|aggression|hostilities"
    r"|special\s+military\s+operation)\b(?:\s+(?:of|in|against)\s+\w+)?",
    re.I,
)
_COORDINATED_PERIODS = re.compile(
    r"\b(?:in|during|over|for|across|throughout|on)\s+(?:the\s+)?", re.I
)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_PLANNED_BEFORE = re.compile(
    r"\b(?:planned|scheduled|set|due|slated|expected|intended|envisaged)\s+(?:for|in)\s+$", re.I
)
# "from the report of January 1, 2025, to that of January 1, 2026": a year's comma
_COMMA_TO = re.compile(r",\s*(?:to|until|through)\s+", re.I)
_WHEN_ASIDE = re.compile(r",\s*(?:when|as|after|the\s+day)\b[^,;.()]{1,80},", re.I)
_AND_JOIN = re.compile(r"\s*and\s+(?:the\s+)?", re.I)
_MONTH_RANGE_JOIN = re.compile(r"\s*(?:through|thru|until|till|[-–])\s*", re.I)
_FROM_BEFORE = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.I)
# (a year's comma may stand before the join: "reports of January 1, 2024, and January 1,
# 2025"; so may the comma that closes a weekday's date: "between Saturday, June 3, and
# Saturday, June 10")
_RANGE_JOIN = re.compile(
    r"(?:(?<=\d),)?\s*(?:to|through|thru|until|till|and|[-–])\s*(?:the\s+)?", re.I
)
_ANCHOR_PREP = re.compile(
    r"\b(?:as\s+of|as\s+at|by|until|till|through|up\s+to|ending|ended|end(?:ing)?\s+on"
    r"|which\s+ended|that\s+ended|to|dat(?:es|ed|ing)\s+(?:from|back\s+to)"
    # "the American estimate from August": the document's date, not a start
    r"|(?:estimates?|figures?|reports?|data|assessments?|counts?|tall(?:y|ies)|numbers"
    r"|statistics|update)\s+from)"
    # ("as of its April 20 snapshot": the count's own dated list)
    r"(?:\s+(?:its|their))?\s*$",
    re.I,
)
_LEVEL_ON = re.compile(
    r"\b(?:(?:stood|stands?|standing)\s+at|reached|totall?ed|amounted\s+to|topped|passed"
    r"|(?:rose|climbed|grew|increased|rising|climbing|growing|increasing)\s+to"
    r"|\bfrom\s+[^.;]{1,80}?\s+to"
    # "rose from 742 on June 1 to 808 on July 1": the level the rise started from
    r"|(?:rose|climbed|grew|increased|fell|dropped|declined)\s+from"
    r"|surpassed|exceeded)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+"
    r"|over\s+)?[\d][\d,.]*(?:\s+[A-Za-z-]+){0,3}\s+on\s+$",
    re.I,
)
# A level reached, right before "this week", "this month": "stood at 3,356 this week"
_LEVEL_THEN = re.compile(
    r"\b(?:(?:stood|stands?|standing)\s+at|reached|topped|passed|surpassed|exceeded|crossed"
    r"|(?:rose|climbed|grew|increased|risen|grown)\s+to)\s+(?:about\s+|around\s+"
    r"|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?[\d][\d,.]*"
    r"(?:\s+(?:thousand|million|[a-z-]+)){0,2}\s+$",
    re.I,
)
# What a list or a counter holds on a day: "Oryx had 3,335 Russian tanks on its list on
# Monday", "its database showed 3,773 on Monday" (not "had 300 tanks destroyed on Monday").
_HOLDING_ON = re.compile(
    r"\b(?:had|has|held|holds|showed|shows|documented)\s+(?:about\s+|around\s+|some\s+"
    r"|nearly\s+|almost\s+|more\s+than\s+|over\s+)?[\d][\d,.]*"
    r"(?:\s+(?!(?:destroyed|lost|killed|damaged|captured|downed|shot|hit|wounded|sunk)\b)"
    r"[A-Za-z'’-]+){0,6}\s+(?:on|as\s+of)\s+$",
    re.I,
)
# A level, a total or its movement: a point in time ("at the end of 2023") dates it.
_LEVEL_WORDS = re.compile(
    r"\b(?:stood|stands?|standing|reached|total\w*|tall(?:y|ies)|counts?|cumulative|overall"
    r"|running|climb\w*|r[io]s(?:e|en|ing)|gr[eo]wn?|growing|increas\w*|f[ae]ll(?:en|ing)?"
    r"|ha(?:d|s|ve)\s+(?:lost|reached|risen|climbed|grown)"
    # ("The named list of Russian dead passed 64,000 at the end of August": a mark passed)
    r"|passed|surpassed|topped|exceeded|crossed)\b",
    re.I,
)
_LEVEL_VERB = re.compile(
    r"\b(?:stood|stands?|standing)\s+at\b|\b(?:had|has|have)\s+(?:reached|risen\s+to|climbed\s+to"
    r"|grown\s+to)\b|\b(?:reached|totall?ed|amounted\s+to)\b"
    r"|\b(?:its|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:list|database|tally|count|catalogue|log)\s+"
    r"(?:held|had|showed)\b"
    # "On 1 June it had 141 Russian planes": what a counter held that day
    r"|\b(?:it|they|Oryx)\s+(?:had|held|showed)\s+(?=(?:about|around|some|nearly|almost|over"
    r"|more\s+than|just\s+over|just\s+under|roughly)?\s*\d)"
    # "On Tuesday, ..., the running total had been 211,150": a total's level on that day
    r"|\b(?:its|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:total|tally|count|toll)\s+"
    r"(?:had\s+been|has\s+been|was|is)\s+(?=(?:about|around|some|nearly|almost|over|more\s+than"
    r"|just\s+over|just\s+under|roughly)?\s*\d)",
    re.I,
)
# "The morning update also listed ...": today's report, whatever the sentence before dated
_TODAYS_REPORT = re.compile(
    r"\b(?:this|the|today['’]s)\s+(?:morning['’]s\s+|morning\s+|latest\s+|daily\s+|new\s+)"
    r"(?:update|report|bulletin|summary|briefing|tally)\b",
    re.I,
)
_START_PREP = re.compile(r"\b(?:from|starting|beginning)\s*$", re.I)
_FOR_BEFORE = re.compile(
    r"\b(?:reported|recorded|published|announced|given|listed"
    # "Kyiv's figures for 2024:", "its tallies for May": what a count covers
    r"|figures|tall(?:y|ies)|totals?|counts?|losses|numbers|data|statistics)\s+for\s+$",
    re.I,
)
_AFTER_CLAUSE = re.compile(r"\b(?:after|following)\b[^,;:.()]{0,80}$", re.I)
_JUST_BEFORE = re.compile(r"\b(?:before|prior\s+to|ahead\s+of)\s+(?:the\s+|last\s+)?$", re.I)
# "the deadliest day of", "the worst single day of": one day picked out of a span
_DAY_OF_BEFORE = re.compile(
    r"\b(?:[a-z]+est|worst|best|single)\s+(?:single\s+)?(?:day|night)\s+of\s+"
    r"(?:the\s+|this\s+|that\s+|its\s+|last\s+)?$",
    re.I,
)
# "days before", "two weeks ahead of": a stretch of time before an event
_SOME_TIME_BEFORE = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|few|some|\d+)\s+)?"
    r"(?:days|hours|weeks|months|day|hour|week|month)\s+"
    r"(?:before|prior\s+to|ahead\s+of)\s+(?:the\s+|last\s+)?$",
    re.I,
)
_BEFORE_CLAUSE = re.compile(r"\b(?:before|prior\s+to|ahead\s+of)\b[^,;:.()]{0,50}$", re.I)
_BASELINE = re.compile(
    r"\b(?:compared\s+(?:with|to)|(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!greater\s)(?<!rather\s)"
    r"(?<!other\s)(?<!no\s)than|versus|vs\.?|in\s+relation\s+to"
    r"|over\s+the\s+(?:rate|level|figure|same)|(?:up|down)\s+from"
    r"|from(?=\s+(?:the\s+same|an?\s+|\$|£|€)?\s*\d)"
    # "more than in 2022 and 2023 combined": a comparison of times, not a bound
    r"|\b(?:more|less|fewer|greater)\s+than(?=\s+(?:in|during|over|on|at|last|the\s+previous"
    r"|(?:a|one)\s+(?:day|week|month|year)\s+(?:earlier|before|ago))\b)"
    r"|\bahead\s+of(?=\s+\w+['’]s\s+(?:about\s+|some\s+|nearly\s+)?\d)"
    # "down almost a quarter from January", "up about 9 per cent on June": the time compared
    r"|\b(?:up|down|higher|lower)\s+(?:by\s+)?(?:(?:almost|about|nearly|roughly|some|around"
    r"|more\s+than|over|just\s+over|just\s+under)\s+)?(?:a\s+(?:quarter|third|half|fifth|tenth)"
    r"|one-(?:quarter|third|half)|\d[\d.,]*\s*(?:%|per\s*cent|percent)|\d[\d.,]*)\s+"
    r"(?P<base>from|on|over|against|compared\s+(?:with|to))"
    # "roughly 1.6 times January's level", "twice last year's": the time of the base
    r"|\b(?:times|twice|double|triple|half)(?=\s+(?:the\s+)?[\w-]+['’]s?\s))",
    re.I,
)
# Where a comparison's phrase ends (a relative clause about its date stays inside it).
_BASELINE_END = re.compile(
    r",\s+(?!when\b|which\b)|\sto\s|[;)]|:\s|\s[—–]\s|\s--\s|\s(?:but|while)\s"
    # a full stop, not a month's abbreviation ("compared with nine on Feb. 12")
    r"|(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bJun)(?<!\bJul)(?<!\bAug)(?<!\bSep)"
    r"(?<!\bSept)(?<!\bOct)(?<!\bNov)(?<!\bDec)\.\s"
)
_REPORT_LISTED = re.compile(
    r"^(?:['’]s)?\s+(?:report|update|bulletin|summary)\s+(?:listed|recorded|put|placed)$", re.I
)
_ALONE = re.compile(r"^\s*(?:,\s*)?alone\b", re.I)
# "ahead of November's 45,270": the time of a figure compared, not a day before
_FIGURE_NEXT = re.compile(r"\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+)?\d")
_COUNTED_IN = re.compile(
    r"\b(?:loss(?:es)?|casualt(?:y|ies)|deaths)\s+(?:in|during|over)\s+$",
    re.I,
)
# "Its tally of tanks lost last year was nearly 3,000": the time of a loss participle is
# when the things were lost, whatever report noun stands before (not after a reporting
# verb, whose time it may be: "last named the number of people killed in September 2022")
_LOST_WHEN = re.compile(
    r"\b(?:lost|killed|destroyed|downed|shot\s+down|wounded|captured|eliminated)\s+"
    r"(?:(?:in|during|over|on)\s+(?:the\s+)?)?$",
    re.I,
)
_REPORTING_VERB = re.compile(
    r"^(?:said|says|told|tells|reported|reports|announced|announces|stated|declared|claimed"
    r"|claims|wrote|writes|named|names|put|puts|gave|gives|estimated|estimates|published"
    r"|released|confirmed|acknowledged|admitted|listed|lists|recorded|records|posted)$",
    re.I,
)
_SUBJECT_REPORTS = re.compile(
    # ("on March 25 Russia's defence ministry acknowledged ...": a name and the lower-case
    # words of its body)
    rf"^\s+(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Za-z'’.-]+){{0,5}}?"
    # ("On March 25 the defence ministry in Moscow said ...": a body named by its office and
    # its capital)
    rf"|the\s+(?:[a-z'’-]+\s+){{0,2}}(?:ministry|military|army|government|command"
    rf"|authorities|officials)(?:\s+(?:in|of)\s+[A-Z][\w'’.-]*)?)\s+"
    rf"(?:{_REPORT_VERBS}|acknowledged|admitted)\b"
)
# "In August the New York Times, citing US officials, put Russian deaths at ...": a named
# subject (an apposition or a participle between commas allowed) and a reporting verb that
# does not count the figure right after it ("recorded 20,000" counts August's): the time
# of the saying, for any date
_MONTH_COUNT_AFTER = re.compile(r"\s+(?:tally|count|total|toll|losses)\b", re.I)
_NAMED_SUBJECT = (
    rf"^\s+(?:(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){{0,5}}[A-Z][\w'’.-]*"
    # ("In December a Western intelligence official, speaking on condition of anonymity,
    # estimated Russian dead at around 150,000": one who speaks for a body)
    rf"|(?:a|an|the)\s+(?:[A-Z][\w'’.-]*\s+)?(?:[a-z]+\s+){{0,2}}(?:official|spokes(?:man|woman"
    rf"|person)|analyst|minister|officer|source|commander|diplomat)s?)"
    rf"(?:\s*,[^,;]{{3,60}},)?\s+"
    rf"(?:{_REPORT_VERBS})\b"
)
_NAMED_SUBJECT_SAYS = re.compile(
    _NAMED_SUBJECT + r"(?!\s+(?:(?:about|around|some|nearly|almost|another|more\s+than"
    r"|over|roughly|up\s+to|at\s+least)\s+)?\d)"
)
# ("On September 21 the defence minister, Sergei Shoigu, said 5,937 Russian soldiers had been
# killed": on a day, what a named speaker said is that day's statement, a figure right after
# the verb too, as with a comma after the day)
_NAMED_SUBJECT_SAYS_ON_DAY = re.compile(_NAMED_SUBJECT)
# A post's participle before the time it was shared, and the verb of what it claims after
_SHARED_BEFORE = re.compile(
    r"\b(?:post|video|clip|graphic|infographic|image|photo|picture|message|tweet|meme|screenshot"
    r"|map|chart|claim|story|reel|thread)s?\s+(?:(?:that|which)\s+(?:was|were|has\s+been|had\s+been"
    r"|is|are)\s+(?:widely\s+)?|widely\s+)?"
    r"(?:shared|posted|circulated|circulating|reposted|uploaded|viewed|spread|published)\b"
    r"[^,;:.\d\"“”]{0,40}$",
    re.I,
)
_CLAIMS_AFTER = re.compile(
    r"[^,;.\d\"“”]{0,40}?\b(?:claims?|claimed|says?|said|shows?|showed|alleges?|alleged|states?"
    r"|purports?|asserts?)\b",
    re.I,
)
_COVERS = re.compile(
    r"\b(?:cover(?:s|ed|ing)?|spann?(?:s|ed|ing)?)\s+(?:the\s+(?:whole|entire|full)\s+of\s+)?$",
    re.I,
)
_WHEN_AFTER = re.compile(r"^\s*,?\s*when\b", re.I)
_DURING_BEFORE = re.compile(r"\b(?:during|in|amid|throughout)\s+$", re.I)
_EVENT_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+|[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?)?(?:strikes?|attacks?|offensive"
    r"|counteroffensive|raids?|assault|barrage|elections?|summit|visit|decree|talks|deal"
    # ("since last year's Victory Day parade": the day of the event, not the year's start)
    r"|incursion|parade|ceremony|celebrations?|exercises?|drills|speech|address)\b"
)
_DAY_NAMED = re.compile(
    r"^\W*(?:on|by)\s+(?:the|its|this)\s+(?:[^,;.]|[,.](?=\d)){0,40}?\b(?:day|anniversary)(?:\s*,\s*|\s+on\s+)$",
    re.I,
)
# ("LVIV, Ukraine, March 26 - ...": a city and its country)
# ("KYIV/LONDON, Nov 1 - ...": places of a story filed in two)
_DATELINE_BEFORE = re.compile(r"^\s*(?:[A-Z][\w.'’/-]*(?:\s+[A-Z][\w.'’/-]*)*\s*,\s*){0,2}$")
# ("Kyiv, Feb 1 (EFE).- Russia lost ...": the Spanish agencies' stop and dash)
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^)]{1,24}\)\s*)?\.?(?:--|—|–|:|-(?=\s))")
_NUMBER_AFTER = re.compile(r"^\s*(?:\([^)]{1,24}\)\s*)?:\s*(?:over|about|some|nearly|\W)*\d")
CLAUSE_OPENING = re.compile(
    r"^\W*(?:(?:however|but|and|meanwhile|then|also|earlier|later|separately)\W+)?"
    r"(?:(?:on|in|during|at|by)\s+)?$",
    re.I,
)
_REL_CLAUSE = re.compile(r"^\s*,?\s*(?:when|which|that)\b", re.I)

Role = Literal["start", "range", "anchor", "report", "period", "relper", "cumlex", "vague", "shift"]


@dataclass(frozen=True, slots=True)
class Cue:
    """A time expression (or a lexical sign of a total) and what it does for the figures near
    it; ``start``/``end`` span the words that carry the role ("since ... 2022")."""

    start: int
    end: int
    role: Role
    tx: Timex | None = None
    end_tx: Timex | None = None  # a range's last term
    war: bool = False  # a start/range at the war's (or a whole event's) beginning
    lo: date | None = None  # a start/range's first day
    rel_clause: bool = False  # followed by ", when/which ..." that speaks of this time
    baseline: tuple[int, int] | None = None
    offset: int = 0  # days added to the point ("before X": -1)
    pointer: bool = False  # a start pointed back at ("since then"): the day told before


# ----------------------------------------------------------------------------- cues


def _clauses(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in _CLAUSE.finditer(sentence)]


def day_range(a: int, b: int, lo: date, hi: date) -> Cue:
    """A cue over the words [a, b) that names the days ``lo`` to ``hi``."""
    tx = Timex(a, b, "date", lo.year, lo.month, lo.day)
    end = Timex(a, b, "date", hi.year, hi.month, hi.day)
    return Cue(a, b, "range", tx=tx, end_tx=end, lo=lo)


def between(bounds: list[tuple[int, int]], a: int, b: int) -> int:
    """How many clause boundaries lie between offsets ``a`` and ``b``."""
    lo, hi = min(a, b), max(a, b)
    return sum(1 for s, e in bounds if lo <= s and e <= hi)


def _words_before(text: str, n: int) -> list[str]:
    return _WORD.findall(text)[-n:]


# The reports of a month are its count: "the General Staff's reports for February added
# 21,470", "February's updates listed 186 tanks" (one report in a month is no such thing)
_REPORTS_FOR = re.compile(
    r"\b(?:reports|updates|bulletins|briefings|tallies)\s+(?:for|in|during|over|covering|of)"
    r"\s+(?:the\s+(?:whole\s+)?(?:month\s+of\s+)?)?$",
    re.I,
)
_MONTHS_REPORTS = re.compile(
    r"(?:['’]s?|\s*,\s*(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)\s*(?:daily\s+)?"
    r"(?:reports|updates|bulletins|briefings)\s+(?:(?:also|together)\s+)?"
    # ("In April, the reports added almost 17,000 troops": a subject of many reports)
    r"(?:added|listed|recorded|counted|logged|showed|registered)\b",
    re.I,
)


# A figure a valuing verb sets, right before a day: "put its dead at 1,351 on March 25"
_VALUED_AT_BEFORE = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|pegged|pegs|pegging)\s+(?:[\w'’-]+\s+){1,6}?"
    r"at\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|roughly)\s+)?"
    r"\d[\d,.]*(?:\s+(?:million|thousand))?(?:\s+[a-z]+){0,2}\s+(?:on|as\s+of)\s+(?:the\s+)?$",
    re.I,
)


# "... in the report of 1 June to about 35,750 in that of 1 July": a report named before,
# of another day
_THAT_OF = re.compile(r"\b(?:in|to|and|with)\s+(?:that|those)\s+of\s+(?:the\s+)?$", re.I)
_REPORT_NOUN_BEFORE = re.compile(
    r"\b(?:reports?|updates?|bulletins?|briefings?|summar(?:y|ies))\b", re.I
)
# "in its count on Wednesday", "in the tally of June 3": a running count's day, as a report's
_IN_COUNT_OF_DAY = re.compile(
    r"\bin\s+(?:its|the|their|a)\s+(?:[\w'’-]+\s+){0,2}?(?:count|tally|list|listing)\s+"
    r"(?:on|of|dated|for)\s+(?:the\s+)?$",
    re.I,
)


def _is_report(sentence: str, tx: Timex, bounds: list[tuple[int, int]]) -> bool:
    """Whether a day or month names the report rather than the counted time."""
    before, after = sentence[: tx.start], sentence[tx.end :]
    if _ALONE.match(after) or (tx.rel == "the" and tx.part is None):
        return False  # "... to its tally during the year": a period, not a report's day
    if _COUNTED_IN.search(before):
        return False  # "reported Russian personnel losses in July": the losses' month
    lost_when = _LOST_WHEN.search(before)
    if lost_when is not None:
        clause = max([e for s, e in bounds if e <= tx.start] + [0])
        if not any(
            _REPORTING_VERB.match(w) for w in _WORD.findall(before[clause : lost_when.start()])
        ):
            return False
    if _COVERS.search(before):
        return False  # "the report on Monday, which covers the whole of Sunday": the day counted
    if _IN_COUNT_OF_DAY.search(before):
        return True  # "listed 9,274 Ukrainian pieces ... in its count on Wednesday": its snapshot
    if _THAT_OF.search(before) and _REPORT_NOUN_BEFORE.search(before):
        # "from about 30,700 in the report of 1 June to about 35,750 in that of 1 July": the
        # report named before, of another day
        return True
    if tx.kind == "month" and (_REPORTS_FOR.search(before) or _MONTHS_REPORTS.match(after)):
        return False  # "the reports for February added 21,470": the month's, a period
    if _WHEN_AFTER.match(after):
        # "on Friday, when Colonel General Rudskoy told a briefing that 1,351 ...": the day
        # of the statement the when-clause tells
        for w in _WORD.findall(after)[1:16]:
            if any(ch.isdigit() for ch in w):
                break
            if _REPORT_WORD.match(w.strip(".")):
                return True
    reported = _REPORT_AFTER.match(after)
    if reported and not (
        re.search(r"(?:added|listed|recorded|put|placed)$", reported.group(0), re.I)
        and _COUNTS_AFTER.match(after, reported.end())
        # (what a day's report lists is its total: "Monday's report listed 7,485 tanks";
        # what it adds is the day's: "Tuesday's report added four tanks")
        and not _REPORT_LISTED.match(reported.group(0))
    ):
        return True
    # The clause before the date: a reporting word within 12 words, no number between.
    cut = max([e for s, e in bounds if e <= tx.start] + [0])
    words = _words_before(before[cut:], 12)
    if _SET_OFF_DAY.search(before) and tx.kind in ("date", "weekday"):
        # "Moscow last acknowledged 1,351 soldiers killed, on March 25": a day set off by a
        # comma from the figure's words dates the clause's verb, a report when it reports
        # (a number between is the reported figure; a "that" ends the clause)
        for w in reversed(words):
            if w.lower() == "that":
                break
            if _REPORT_WORD.match(w.strip(".")):
                return True
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        # (a figure in words too: "said it had shot down three jets on Saturday")
        if any(ch.isdigit() for ch in w) or w.lower() in _SMALL_NUMBER_WORDS or w.lower() == "that":
            break
        if w.lower() == "according" and tx.kind in ("month", "year", "quarter", "week"):
            # "According to the General Staff, in 2025 the army lost ...": "according to"
            # is no statement made in the year
            continue
        if _REPORT_WORD.match(w.strip(".")):
            # ("with 54,436 added in July": a verb that counts the figure before it)
            return not (k > 0 and re.fullmatch(r"[\d,.]+", words[k - 1]) is not None)
    # A clause that opens with the date: "On Sunday, the ministry said ...", also after the
    # day's name ("On the war's thousandth day, Tuesday, the General Staff announced ...")
    if CLAUSE_OPENING.match(before[cut:]) or _DAY_NAMED.match(before[cut:]):
        rest = after.lstrip()
        # (also without the comma: "on March 25 the Russian Defence Ministry acknowledged
        # 1,351 servicemen killed", a subject of up to six words and its reporting verb)
        bare = (_SUBJECT_REPORTS.match(after) is not None and tx.kind in ("date", "weekday")) or (
            _NAMED_SUBJECT_SAYS_ON_DAY if tx.kind in ("date", "weekday") else _NAMED_SUBJECT_SAYS
        ).match(after) is not None
        if rest.startswith(",") or bare:
            nxt = [m.start() for m in _CLAUSE.finditer(after)]
            seg = after[: nxt[0]] if nxt else after
            appos = _APPOSITION.match(after)
            if appos is not None:
                # "On July 21, Richard Moore, the head of Britain's MI6, said that ...": the
                # speaker's apposition does not end the clause
                seg = after[: appos.end()] + after[appos.end() :][: len(seg)]
            spans = list(_WORD.finditer(seg))
            found = [m.group() for m in spans]
            for k, w in enumerate(found):
                if re.fullmatch(r"[\d,.]+", w) or w.lower() == "that":
                    break  # (a figure; not a name with a digit: "MI6")
                if _REPORT_WORD.match(w.strip(".")):
                    # "Last month, the military reported destroying 272 tanks": what a
                    # month's reports told of is that month's (not so for a day, the report's)
                    gerund = k + 1 < len(found) and found[k + 1].lower().endswith("ing")
                    # "in July, Kyiv's data showed, Russia lost 42,860 soldiers": a reporting
                    # clause set in the middle; the month is the main clause's count's
                    aside = _ASIDE_END.match(after, spans[k].end()) is not None or (
                        # "Last year, according to General Staff figures, Russia lost ...":
                        # "according to" is no statement with a day of its own
                        w.lower() == "according" and _ACCORDING_ASIDE.match(after, spans[k].end())
                    )
                    # "In January, Ukraine's military reported 21,700 Russian personnel
                    # losses": a month's count logged, not the day of a statement
                    logged = _LOGGED_FIGURE.match(after, spans[k].start()) is not None
                    return not (
                        (gerund or aside or logged)
                        and tx.kind in ("month", "year", "week", "quarter")
                    )
    return False


def _dateline(sentence: str, tx: Timex) -> bool:
    """ "Kiev, April 17: ..." or "May 2 (UPI) -- ..." (not a list line "2024: 2,030 ...")."""
    if tx.kind not in ("date", "weekday") or not _DATELINE_BEFORE.match(sentence[: tx.start]):
        return False
    after = sentence[tx.end :]
    if not _DATELINE_AFTER.match(after):
        return False
    has_place = bool(sentence[: tx.start].strip())
    if tx.kind == "weekday" and not has_place:
        return False  # ("WELLINGTON, Monday - ...": a weekday only after its place)
    return has_place or not (tx.year is not None and _NUMBER_AFTER.match(after))


# "two years of war", "18 months of the invasion": a span named by the war it is part of.
_OF_THE_WAR = re.compile(
    r"\s+of\s+(?:the\s+|this\s+|its\s+)?(?:full[- ]scale\s+)?(?:russian\s+)?"
    r"(?:war|invasion|conflict|fighting|hostilities|combat|aggression)\b",
    re.I,
)


_LOCAL = re.compile(
    r"\b(?:in|on|at|near|around|for)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+)"
    r"(?P<front>\s+(?:direction|region|oblast|front|sector|area|axis|province))?"
)


def _local_war(head: str) -> bool:
    """Whether a war's start is qualified by a place that is not a country: "hostilities in
    the Kursk direction", "fighting in Bakhmut" (not "the war in Ukraine")."""
    from .parties import party_key  # a country names the whole war

    for m in _LOCAL.finditer(head):
        name = m.group("name")
        if _CALENDAR_NAME.match(name):
            continue  # "the start of the war in February 2022": a date
        if m.group("front") or party_key(name) is None:
            return True
    return False


_CALENDAR_NAME = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)", re.I
)


def _whole_war(tx: Timex, after: str, ref: date | None) -> bool:
    """Whether "N years of war" ("the first N" is a period of its own) reaches back to the
    war's start from the report's day, within a tenth of N: then its figure is the war's
    running total, not a period's ("lost 7,000 tanks in two years of war", in March 2024;
    in June 2025 the same words are a period of two years)."""
    if ref is None or tx.n is None or tx.unit not in ("year", "month") or tx.rel is not None:
        return False
    if not _OF_THE_WAR.match(after):
        return False
    months = tx.n * (12 if tx.unit == "year" else 1)
    back = add_months(ref, -months)
    return abs((back - WAR_START).days) <= max(31, 3 * months)


def _resolve_start(tx: Timex | None, ref: date | None) -> tuple[date | None, bool]:
    """A start's first day and whether it is the war's start."""
    if tx is None:
        return None, False
    if (
        tx.kind == "date"
        and tx.year is None
        and (tx.month, tx.day) == (2, 24)
        and (ref is None or ref >= WAR_START)
    ):
        return WAR_START, True
    iv = interval(tx, ref)
    if iv is None:
        return None, False
    lo, hi = iv
    if tx.kind == "month" and tx.part == "mid":
        lo = lo.replace(day=15)
    war = lo <= WAR_START <= hi and (hi - lo).days <= 31
    return (WAR_START if war else lo), war


_ANNIVERSARIES = re.compile(
    r"\bbetween\s+the\s+(?:(?:war|invasion)['’]s\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)"
    r"\s+and\s+(?:the\s+)?(second|third|fourth|fifth|2nd|3rd|4th|5th)\s+anniversar(?:y|ies)\b"
    r"(?:\s+of\s+(?:the\s+|russia['’]s\s+)?(?:full[- ]scale\s+)?(?:war|invasion)\b)?",
    re.I,
)
# "in the second year of the war", "during the invasion's third year": the year from one
# anniversary of the invasion to the day before the next
_WAR_YEAR = re.compile(
    r"\b(?:in|during|over|throughout)\s+(?:the\s+)?(?:(?:war|invasion)['’]s\s+"
    r"(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+year"
    r"|(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+year\s+of\s+(?:the\s+|russia['’]s\s+)?"
    r"(?:full[- ]scale\s+)?(?:war|invasion)"
    # ("3,171 tank losses in the second year": a war story's years are the war's; not "in
    # the second year of the programme")
    r"|(?<=the\s)(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+year(?!\s+of\b))\b"
    # ("the war's second year alone had cost Russia about 262,000 personnel": the year as
    # the subject of what it cost)
    r"|\bthe\s+(?:war|invasion)['’]s\s+(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)"
    r"\s+year(?=(?:\s+alone)?\s+(?:has\s+|had\s+)?(?:cost|costs|saw|sees|brought|claimed)\b)",
    re.I,
)
# "between the first anniversary and the second": the second anniversary left out
_ANNIVERSARY_AND = re.compile(
    r"\bbetween\s+the\s+(?:(?:war|invasion)['’]s\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)"
    r"\s+anniversary(?:\s+of\s+(?:the\s+|russia['’]s\s+)?(?:full[- ]scale\s+)?(?:war|invasion))?"
    r"\s+and\s+the\s+(second|third|fourth|fifth|2nd|3rd|4th|5th)(?:\s+anniversary)?\b",
    re.I,
)
_DAY_BEFORE_RANGE = re.compile(
    r"(?<![\d,.])\b([0-3]?\d)(?:st|nd|rd|th)?\s*(?:[-–]|to|through|until|till|(?<=\d\s)and)\s*$",
    re.I,
)
# "as of the 1st", "on the 14th": a day of the month named alone (not "the 47th Brigade")
_ORDINAL_DAY = re.compile(
    r"\b(?:on|as\s+of|by|since|until|till|from|to)\s+(the\s+([0-3]?\d)(?:st|nd|rd|th))\b"
    r"(?![ \t]*(?:of\b|(?!alone\b)[A-Za-z0-9]))",
    re.I,
)


def _ordinal_days(sentence: str, ref: date | None, txs: list[Timex]) -> list[Timex]:
    """ "As of the 1st, the total ... amounted to": the latest such day of a month on or
    before ``ref`` (the article's date)."""
    out: list[Timex] = []
    if ref is None:
        return out
    for m in _ORDINAL_DAY.finditer(sentence):
        n = int(m.group(2))
        if not 1 <= n <= 31:
            continue
        y, mo = ref.year, ref.month
        named = [t for t in txs if t.kind == "month" and t.month and t.end <= m.start()]
        if named:
            # "October is when the offensive started, on the 10th": that month's day
            mo = named[-1].month or mo
            y = named[-1].year or (ref.year if mo <= ref.month else ref.year - 1)
        for _ in range(3):
            try:
                d = date(y, mo, n)
            except ValueError:
                d = None
            if d is not None and d <= ref:
                out.append(Timex(m.start(1), m.end(1), "date", d.year, d.month, d.day))
                break
            y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    return out


_LOOKS_AHEAD = re.compile(
    r"\b(?:will|shall|expected|expects?|expecting|forecasts?|forecasting|projected|chance|odds"
    r"|bets?|betting|priced|pricing|scheduled|due\s+to|plans?\s+to|planned|set\s+to|upcoming"
    r"|hopes?\s+to|intends?\s+to)\b",
    re.I,
)


def find_cues(sentence: str, ref: date | None) -> tuple[list[Cue], list[tuple[int, int]]]:
    """The cues of ``sentence`` and its clause boundaries (spans)."""
    txs = find_timexes(sentence)
    extra = [
        t
        for t in _ordinal_days(sentence, ref, txs)
        if not any(t.start < u.end and u.start < t.end for u in txs)
    ]
    if extra:
        txs = sorted([*txs, *extra], key=lambda t: t.start)
    # "A video shared on TikTok over the weekend claims that ...", "A graphic shared on X
    # since New Year's Day claims ...": when a post was shared, not when what it claims befell
    txs = [
        t
        for t in txs
        if not (
            _SHARED_BEFORE.search(sentence, max(0, t.start - 60), t.start)
            and _CLAIMS_AFTER.match(sentence, t.end)
        )
    ]
    # "By Friday, the anniversary of Russia's full-scale invasion, ...": the day described
    # again in apposition has no role of its own (it read as a day's count)
    txs = [
        t
        for k, t in enumerate(txs)
        if not (
            k
            and txs[k - 1].kind in ("date", "weekday")
            and re.fullmatch(r"\s*,\s*", sentence[txs[k - 1].end : t.start])
            and re.match(r"the\b", sentence[t.start : t.end], re.I)
            and re.match(r"\s*,", sentence[t.end :])
        )
    ]
    # "as of Sunday (June 12)", "said on Tuesday (Dec 2)": a weekday with its date restated
    # in brackets, as Asian outlets print it, is one day, named by the date, in the
    # weekday's place
    for pair in range(len(txs) - 1, 0, -1):
        day, dated = txs[pair - 1], txs[pair]
        if (
            day.kind == "weekday"
            and dated.kind == "date"
            and re.fullmatch(r"\s*\(\s*", sentence[day.end : dated.start])
            and re.match(r"\s*\)", sentence[dated.end :])
        ):
            txs[pair - 1 : pair + 1] = [replace(dated, start=day.start)]
    if ref is not None:
        # "futures priced a 60% chance of a rate cut in September", "talks are expected in
        # October" (written in August): a month later in the year than the article's, in
        # words that look ahead, is the coming one, not last year's
        txs = [
            replace(t, year=ref.year)
            if t.kind == "month"
            and t.year is None
            and t.rel is None
            and t.month is not None
            and t.month > ref.month
            and _LOOKS_AHEAD.search(sentence, max(0, t.start - 60), t.start)
            and not re.search(r"[.;:]\s", sentence[max(0, t.start - 60) : t.start])
            else t
            for t in txs
        ]
    bounds = _clauses(sentence)
    used: set[int] = set()
    cues: list[Cue] = []

    def tx_at(pos: int, gap: str = r"[\s,]*") -> int | None:
        """The time expression that starts at ``pos`` after only ``gap``."""
        for i, t in enumerate(txs):
            if t.start >= pos and re.fullmatch(gap, sentence[pos : t.start], re.I):
                return i
        return None

    # "between the second and third anniversaries of the invasion": the year from one
    # anniversary up to the day before the next
    for am in [*_ANNIVERSARIES.finditer(sentence), *_ANNIVERSARY_AND.finditer(sentence)]:
        n1, n2 = (ORDINALS[am.group(i).lower()] for i in (1, 2))
        if not 1 <= n1 < n2 <= 10:
            continue
        first_day = date(WAR_START.year + n1, 2, 24)
        last_day = date(WAR_START.year + n2, 2, 24) - timedelta(days=1)
        txs = [t for t in txs if not (am.start() <= t.start < am.end())]
        cues.append(day_range(am.start(), am.end(), first_day, last_day))

    for wy in _WAR_YEAR.finditer(sentence):
        n = ORDINALS[next(g for g in wy.groups() if g).lower()]
        first_day = date(WAR_START.year + n - 1, 2, 24)
        last_day = date(WAR_START.year + n, 2, 24) - timedelta(days=1)
        txs = [t for t in txs if not (wy.start() <= t.start < wy.end())]
        # (the first year runs from the war's start: a total as of its end)
        cues.append(replace(day_range(wy.start(), wy.end(), first_day, last_day), war=n == 1))

    # "in May and June together", "over 2023 and 2024", "on Monday and Tuesday", "in
    # Monday's and Tuesday's strikes": two periods of one kind that follow each other,
    # counted as one (not "in May and August", which no one period covers)
    # ("during July and August, with 1,520 and 1,517 systems destroyed, respectively": one
    # period each)
    for cm in () if _RESPECTIVELY.search(sentence) else _COORDINATED_PERIODS.finditer(sentence):
        ia_ = tx_at(cm.end(), "")
        if ia_ is None or txs[ia_].kind not in ("month", "year", "quarter", "weekday", "date"):
            continue
        conj = re.match(r"\s+and\s+", sentence[txs[ia_].end :])
        ib_ = tx_at(txs[ia_].end + conj.end(), "") if conj else None
        if ib_ is None or txs[ib_].kind != txs[ia_].kind:
            continue
        ta, tb = txs[ia_], txs[ib_]
        if ta.year is None and tb.year is not None and ta.kind == "month":
            ta = replace(ta, year=tb.year)
        span_a, span_b = interval(ta, ref), interval(tb, ref)
        if span_a is None or span_b is None or span_b[0] != span_a[1] + timedelta(days=1):
            continue
        day_a, day_b = span_a[0], span_b[1]
        txs = [t for t in txs if not (ta.start <= t.start < tb.end)]
        cues.append(day_range(ta.start, tb.end, day_a, day_b))

    # "for January through June", "in January-June": months of one year, end to end
    for n in range(len(txs) - 1):
        ta, tb = txs[n], txs[n + 1]
        if (
            ta.kind != "month"
            or tb.kind != "month"
            or not _MONTH_RANGE_JOIN.fullmatch(sentence, ta.end, tb.start)
            or _FROM_BEFORE.search(sentence, max(0, ta.start - 12), ta.start)
        ):
            continue
        if ta.year is None and tb.year is not None:
            ta = replace(ta, year=tb.year)
        span_a, span_b = interval(ta, ref), interval(tb, ref)
        if span_a is None or span_b is None or not span_a[0] < span_b[1]:
            continue
        day_a, day_b = span_a[0], span_b[1]
        if (day_b - day_a).days > 366:
            continue
        txs = [t for t in txs if not (ta.start <= t.start < tb.end)]
        cues.append(day_range(ta.start, tb.end, day_a, day_b))
        break

    # Ranges: from X to Y / between X and Y (X a date or the war's start).
    # ("comparing its 9 October and 15 February snapshots": the span between them)
    # ("a comparison of its reports of October 1 and November 1": so is a comparison of two
    # reports, never of two other times)
    # ("according to the General Staff's reports of January 1, 2024 and January 1, 2025": two
    # reports named together, the span between them, as with "between")
    for m in re.finditer(
        r"\b(?:from|between|comparing|(?:comparison|difference)\s+(?:of|between))\s+"
        r"|(?<=\s)(?=(?:reports|updates|bulletins)\s+(?:of|on)\s+)",
        sentence,
        re.I,
    ):
        pos, war, lo_tx, war_day = m.end(), False, None, None
        two_reports = not m.group(0)
        # "between the General Staff's reports of June 4th and Thursday": the days the
        # later report adds to the earlier one's, up to the day before it
        of_reports = _REPORTS_OF.match(sentence, pos)
        if of_reports is not None:
            pos = of_reports.end()
        elif m.group(0)[0].lower() in "cd" and not m.group(0).lower().startswith("comparing"):
            continue
        wm = _WAR_PHRASE.match(sentence, m.end())
        if wm:
            war, pos = True, wm.end()
            war_day = tx_at(pos, r"[\s,]*(?:(?:on|in)\s+)?")
            if war_day is not None:
                pos = txs[war_day].end
        else:
            # ("between its July 31 and August 31 updates": the reports' own determiner;
            # "between the start of the Avdiivka assault on Oct. 10 and New Year's Day": an
            # event's start and its date)
            i = tx_at(
                pos,
                r"[\s,]*(?:(?:its|their|the)\s+)?(?:(?:start|beginning|launch|outset)\s+of\s+"
                r"(?:the\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+(?:on|in)\s+)?",
            )
            if i is None or txs[i].kind not in ("date", "month", "year", "weekday", "quarter"):
                continue
            lo_tx, pos = txs[i], txs[i].end
        j = _RANGE_JOIN.match(sentence, pos) or _COMMA_TO.match(sentence, pos)
        if not j and (aside := _WHEN_ASIDE.match(sentence, pos)) is not None:
            # "between its reports of October 10, when Russia launched the assault, and
            # October 20": a when-clause set off after the first day
            j = _AND_JOIN.match(sentence, aside.end())
        if not j:
            continue
        k = tx_at(j.end())
        if k is None:
            # ("between Dec. 1 and the end of February": a time that takes the join's "the")
            k = tx_at(j.start(), r"[\s,]*(?:to|through|thru|until|till|and|[-–])\s*")
        if k is None and of_reports is None:
            # "between Oct. 10 and the withdrawal on Feb. 17": an event's day ends it
            the = "" if j.group(0).rstrip().lower().endswith("the") else r"(?:the|its|their)\s+"
            k = tx_at(
                j.end(),
                r"[\s,]*" + the + r"[\w'’-]+(?:\s+(?!and\b|to\b)[\w'’-]+){0,3}?\s+(?:on|in)\s+",
            )
        if k is None and of_reports is not None:
            # "measured from the report of March 1 to that of April 1"
            k = tx_at(
                j.end(),
                r"[\s,]*(?:(?:that|those)\s+of\s+|the\s+(?:report|update|snapshot|bulletin)s?"
                r"\s+of\s+)?",
            )
        if (
            k is None
            and of_reports is not None
            and lo_tx is not None
            and lo_tx.kind == "date"
            and (d2 := re.match(r"([0-3]?\d)(?:st|nd|rd|th)?\b", sentence[j.end() :]))
        ):
            # "of September 6th and 13th": the later day of the same month
            end = j.end() + d2.end()
            txs.append(replace(lo_tx, start=j.end(), end=end, day=int(d2.group(1))))
            k = len(txs) - 1
        if k is None and lo_tx is not None and m.group(0).lower().startswith("between"):
            # "between October and its fall": a span whose end the sentence names by no
            # time is not placed (not the first time's alone)
            used.add(txs.index(lo_tx))
            hole = Timex(m.start(), j.end(), "vague", rel="event")
            cues.append(Cue(m.start(), j.end(), "vague", tx=hole))
            continue
        if k is None or txs[k].kind not in (
            "date",
            "month",
            "year",
            "weekday",
            "relday",
            "quarter",
        ):
            continue
        hi_tx = txs[k]
        if two_reports and (lo_tx is None or lo_tx.kind != "date" or hi_tx.kind != "date"):
            continue
        if lo_tx is not None:
            used.add(txs.index(lo_tx))
            if lo_tx.year is None and hi_tx.year is not None and lo_tx.kind in ("date", "month"):
                lo_year = hi_tx.year - (1 if (lo_tx.month or 0) > (hi_tx.month or 0) else 0)
                lo_tx = replace(lo_tx, year=lo_year)
            lo, war = _resolve_start(lo_tx, ref)
            if (
                lo_tx.kind == "weekday"
                and hi_tx.kind == "weekday"
                and lo_tx.n is not None
                and hi_tx.n is not None
                and (hi_iv := interval(hi_tx, ref)) is not None
            ):
                # "from Monday to Friday": the Monday before that Friday (each resolved
                # alone, Monday may fall after it)
                lo = hi_iv[0] - timedelta(days=(hi_tx.n - lo_tx.n) % 7 or 7)
        else:
            lo = WAR_START
            if war_day is not None:
                used.add(war_day)
        used.add(k)
        if of_reports is None and _REPORTS_AFTER.match(sentence, hi_tx.end):
            of_reports = _REPORTS_AFTER.match(sentence, hi_tx.end)  # "... and October 29 reports"
        snapshots = of_reports is not None and "snapshot" in of_reports.group(0).lower()
        if (
            of_reports is not None
            and not snapshots  # (Oryx's snapshots are of their own day)
            and (iv := interval(hi_tx, ref)) is not None
        ):
            last = iv[1] - timedelta(days=1)
            hi_tx = Timex(hi_tx.start, hi_tx.end, "date", last.year, last.month, last.day)
        if snapshots and lo is not None:
            # "between its snapshots of September 30 and November 1": what the later one adds,
            # from the day after the earlier
            lo = lo + timedelta(days=1)
            if lo_tx is not None:
                lo_tx = Timex(lo_tx.start, lo_tx.end, "date", lo.year, lo.month, lo.day)
        cues.append(Cue(m.start(), hi_tx.end, "range", tx=lo_tx, end_tx=hi_tx, war=war, lo=lo))

    # Bare day ranges: "Oct. 2 to October 22", "November 19-20"
    for i, t in enumerate(txs):
        if i in used or t.kind != "date":
            continue
        nxt = txs[i + 1] if i + 1 < len(txs) else None
        end_tx: Timex | None = None
        if (
            nxt is not None
            and nxt.kind == "date"
            and i + 1 not in used
            and re.fullmatch(
                r"\s*(?:to|through|thru|until|till|[-–])\s*", sentence[t.end : nxt.start], re.I
            )
        ):
            end_tx, used_hi = nxt, True
        elif d2 := re.match(
            r"\s*(?:[-–]|to|through)\s*([0-3]?\d)\b(?![\d:]|[.,]\d)", sentence[t.end :]
        ):
            day2 = int(d2.group(1))
            if t.day is not None and t.day < day2 <= 31:
                end_tx, used_hi = replace(t, start=t.end, end=t.end + d2.end(), day=day2), False
        elif (d0 := _DAY_BEFORE_RANGE.search(sentence, 0, t.start)) is not None:
            # "from 1 to 7 June", "1-7 June 2023", "in the period from 1 to 7 of June": the
            # first day is the month's too
            day1 = int(d0.group(1))
            if t.day is not None and 1 <= day1 < t.day:
                end_tx, used_hi = t, False
                t = replace(t, start=d0.start(1), end=d0.end(1), day=day1)
        if end_tx is None:
            continue
        if t.year is None and end_tx.year is not None:
            t = replace(t, year=end_tx.year - (1 if (t.month or 0) > (end_tx.month or 0) else 0))
        elif end_tx.year is None and t.year is not None:
            end_tx = replace(
                end_tx, year=t.year + (1 if (end_tx.month or 0) < (t.month or 0) else 0)
            )
        lo, war = _resolve_start(t, ref)
        used.add(i)
        if used_hi:
            used.add(i + 1)
        cues.append(Cue(t.start, end_tx.end, "range", tx=t, end_tx=end_tx, war=war, lo=lo))

    # "on the 10th, and since then ... has counted": a start at the day named before it;
    # with none in the sentence ("The counteroffensive began on June 4. Since then, ..."),
    # a start the story told before, which the caller resolves from its context
    for sm in _SINCE_POINTER.finditer(sentence):
        earlier = [t for t in txs if t.end <= sm.start() and t.kind == "date" and t.day]
        if earlier and sm.group(1).lower() == "then":
            start_day, _ = _resolve_start(earlier[-1], ref)
            cues.append(Cue(sm.start(), sm.end(), "start", tx=earlier[-1], lo=start_day))
            used.add(txs.index(earlier[-1]))
        elif not earlier:
            cues.append(Cue(sm.start(), sm.end(), "start", pointer=True))
    # "Between that day and Saturday, the count rose by ...", "from then until Monday": a
    # span from the day told before to the date named
    for rm in _RANGE_POINTER.finditer(sentence):
        k = tx_at(rm.end(), "")
        if k is None or k in used or txs[k].kind not in _RANGE_END_KINDS:
            continue
        used.add(k)
        cues.append(Cue(rm.start(), txs[k].end, "range", end_tx=txs[k], pointer=True))

    # Starts: since ... (up to a comma, a number or a clause boundary; dates inside belong to it)
    for m in _SINCE.finditer(sentence):
        baseline_since = bool(_SINCE_NOT_START.search(sentence[: m.start()]))
        end, pos = len(sentence), m.end()
        while pos < len(sentence):
            inside = next((t for t in txs if t.start <= pos < t.end), None)
            if inside is not None:
                pos = inside.end
                continue
            ch = sentence[pos]
            if ch in ",;:()—–" or ch.isdigit() or sentence.startswith(". ", pos):
                end = pos
                break
            if re.match(r"\s(?:to|and|but|while|when|as)\s", sentence[pos : pos + 7], re.I):
                end = pos
                break
            pos += 1
        end = min(end, pos)
        window = sentence[m.start() : end].rstrip(" .")
        inner = [
            i for i, t in enumerate(txs) if m.end() <= t.start and t.end <= m.start() + len(window)
        ]
        span_end = m.start() + len(window)
        if _SHARED_BEFORE.search(sentence, max(0, m.start() - 60), m.start()) and (
            _CLAIMS_AFTER.match(sentence, m.end())
        ):
            continue  # (as above: when a post was shared, not a start of what it claims)
        first = txs[inner[0]] if inner else None
        head = window if first is None else sentence[m.start() : first.start]
        if baseline_since:
            # "the highest since October 19": not a start; only a ", when ..." clause speaks
            # of that day
            if first is not None and _REL_CLAUSE.match(sentence[first.end :]):
                lo, _ = _resolve_start(first, ref)
                cues.append(Cue(m.start(), span_end, "start", tx=first, lo=lo, rel_clause=True))
        elif _OPERATION.search(head) and not _WAR.search(head) and first is None:
            # "since the counteroffensive began": the start of one operation, whose day the
            # words do not give (a count of a period not placed, never the war's total)
            cues.append(Cue(m.start(), span_end, "start"))
        elif (_WAR.search(head) or _EVENT.search(head)) and _local_war(head):
            # "since the beginning of hostilities in the Kursk direction": the start of one
            # front's fighting, whose day the words do not give (not the war's start)
            lo, _ = _resolve_start(first, ref) if first is not None else (None, False)
            cues.append(Cue(m.start(), span_end, "start", tx=first, lo=lo))
        elif _WAR.search(head) or _EVENT.search(head):
            lo, _ = _resolve_start(first, ref)
            cues.append(Cue(m.start(), span_end, "start", tx=first, war=True, lo=lo))
        elif (
            first is not None
            and first.kind in ("month", "year")
            and sentence[first.start : first.end].rstrip().endswith(("'s", "’s"))
            and _EVENT_NOUN_AFTER.match(sentence, first.end)
        ):
            # "since last year's Victory Day parade": the start of an event, whose day the
            # words do not give (not the start of the year)
            cues.append(Cue(m.start(), span_end, "start"))
        elif first is not None and first.kind in (
            "date",
            "month",
            "year",
            "weekday",
            "relday",
            "quarter",
        ):
            lo, war = _resolve_start(first, ref)
            rel = bool(_REL_CLAUSE.match(sentence[first.end :])) and not war
            cues.append(Cue(m.start(), span_end, "start", tx=first, war=war, lo=lo, rel_clause=rel))
        elif (u := _UNIT_START.search(window)) and ref is not None:
            unit = u.group("u").lower()
            lo = (
                ref.replace(month=1, day=1)
                if unit == "year"
                else ref.replace(day=1)
                if unit == "month"
                else ref - timedelta(days=ref.weekday())
            )
            cues.append(Cue(m.start(), span_end, "start", lo=lo))
        else:
            continue
        used.update(inner)

    for i, t in enumerate(txs):
        if i in used:
            continue
        before, after = sentence[: t.start], sentence[t.end :]
        rel = bool(_REL_CLAUSE.match(after))
        if (
            t.kind == "month"
            and t.year is None
            and t.month is not None
            and ref is not None
            and _PLANNED_BEFORE.search(before)
        ):
            # "the exercise planned for September" (in June): the coming September
            t = replace(t, year=ref.year if t.month >= ref.month else ref.year + 1)
        if t.kind in ("season", "month", "year", "week", "quarter") and _DAY_OF_BEFORE.search(
            before
        ):
            # "the worst single day of the winter ... was Dec. 14, with 1,300": the span the
            # day is picked from, not the figure's time
            continue
        if t.kind == "vague":
            cues.append(Cue(t.start, t.end, "vague", tx=t))
        elif t.kind == "relday" and t.rel in ("shift", "shift_next"):
            cues.append(Cue(t.start, t.end, "shift", tx=t))
        elif t.kind in ("relper", "season") and _FIRST_IN.search(before):
            # "its first update on casualties in more than three weeks", "the biggest drop
            # in a month": the time since the last such, not a count's period; "one of the
            # largest daily tallies reported this summer": the span the record is of
            continue
        elif t.kind == "relper" and _whole_war(t, after, ref):
            cues.append(Cue(t.start, t.end, "cumlex"))  # "in two years of war": since its start
        elif t.kind in ("relper", "first_n", "last_n"):
            role: Role = "relper" if t.kind == "relper" else "period"
            cues.append(Cue(t.start, t.end, role, tx=t))
        elif t.kind in ("month", "year") and _EVENT_NOUN_AFTER.match(after):
            continue  # "Ukraine's June drone strikes": the month names the event, not the count
        elif t.part == "mark":
            # "Two years into the war, Oryx had recorded 2,754 tanks", "at the six-month
            # mark": the level the war had reached then
            cues.append(Cue(t.start, t.end, "anchor", tx=t))
        elif t.part in ("start", "end"):
            if _LEVEL_WORDS.search(sentence):
                # "climbing from about 360,000 at the start of the year": a level on that day
                cues.append(Cue(t.start, t.end, "anchor", tx=t))
            else:
                # "lost 5,000 at the end of March": a count over the period's last days
                part = "early" if t.part == "start" else "late"
                cues.append(Cue(t.start, t.end, "period", tx=replace(t, part=part)))
        elif (
            sentence[t.end - 2 : t.end] in ("'s", "’s")
            and _JUST_BEFORE.search(before)
            and not _FIGURE_NEXT.match(after)
        ):
            if _SOME_TIME_BEFORE.search(before):
                # "said ..., days before Sunday's runoff": some time before that event (a
                # day the words do not give), not the day before it
                continue
            # "up from 372 before Sunday's drone strikes": the day before that event
            cues.append(Cue(t.start, t.end, "anchor", tx=t, offset=-1))
        elif (
            sentence[t.end - 2 : t.end] in ("'s", "’s")
            and _DURING_BEFORE.search(before)
            and _EVENT_NOUN_AFTER.match(after)
        ):
            # "shot down 75 cruise missiles during Tuesday's attack": the attack's day
            cues.append(Cue(t.start, t.end, "period", tx=t))
        elif (
            sentence[t.end - 2 : t.end] in ("'s", "’s")
            and t.kind in ("weekday", "date", "relday")
            and _GAPPED_REPORT.match(after)
            and _REPORT_BEFORE_GAP.search(before)
        ):
            # "The report on Thursday put losses at 1,000,340, and Friday's at 1,001,560":
            # the day's report, its noun and verb left out
            cues.append(Cue(t.start, t.end, "report", tx=t))
        elif t.kind == "month" and _MONTH_COUNT_AFTER.match(after):
            # "The March tally also included 221 tanks": the month's own count
            cues.append(Cue(t.start, t.end, "period", tx=t, rel_clause=rel))
        elif (
            sentence[t.end - 2 : t.end] in ("'s", "’s")
            and t.kind in ("month", "year", "quarter", "week")
            and _REPORTS_OF_SPAN.match(after)
        ):
            # "Last month's reports also list 331 tanks": what the reports published over a
            # month list is that month's count
            cues.append(Cue(t.start, t.end, "period", tx=t, rel_clause=rel))
        elif sentence[t.end - 2 : t.end] in ("'s", "’s") and not _REPORT_AFTER.match(after):
            continue  # "the toll from Saturday's strike": the day names the event, not the count
        elif _AFTER_CLAUSE.search(before):
            continue  # "after February 2022": not the figure's time
        elif _BEFORE_CLAUSE.search(before):
            # "a month before Russia launched its invasion on Feb. 24": the day before it
            cues.append(Cue(t.start, t.end, "anchor", tx=t, offset=-1))
        elif _ANCHOR_PREP.search(before) or (
            (
                _LEVEL_ON.search(before)
                or _HOLDING_ON.search(before)
                or (t.kind in ("date", "weekday") and _VALUED_AT_BEFORE.search(before))
            )
            and not _ALONE.match(after)
        ):
            # ("stood at 1,924 on Thursday": a level on a day, not a count during it; "last
            # put its dead at 1,351 on March 25": the level the valuing gave that day)
            cues.append(Cue(t.start, t.end, "anchor", tx=t, rel_clause=rel))
        elif _START_PREP.search(before) and t.kind != "relday":
            lo, war = _resolve_start(t, ref)
            cues.append(Cue(t.start, t.end, "start", tx=t, war=war, lo=lo))
        elif t.kind in ("month", "year", "quarter") and _FOR_BEFORE.search(before):
            # "the losses Kyiv reported for July": the month the report covers
            cues.append(Cue(t.start, t.end, "period", tx=t, rel_clause=rel))
        elif _dateline(sentence, t):
            cues.append(Cue(t.start, t.end, "report", tx=t))
        elif _is_report(sentence, t, bounds):
            # ("which Moscow last updated on March 25, when it said 1,351 soldiers had died":
            # the clause on the day speaks of that day's report)
            cues.append(Cue(t.start, t.end, "report", tx=t, rel_clause=rel))
        elif (
            t.kind in ("date", "weekday", "relday")
            and (lv := _LEVEL_VERB.search(sentence, t.end)) is not None
            and not re.search(r"\d", sentence[t.end : lv.start()])
        ):
            # "On Sunday, its count had stood at 25,500": a level on that day
            cues.append(Cue(t.start, t.end, "anchor", tx=t))
        elif t.rel == "this" and t.kind in ("week", "month", "year") and _LEVEL_THEN.search(before):
            # "the tally for the whole war stood at 3,356 this week": the level it reached
            # then, not a count of the week (not "totalled 9,000 this month", a sum)
            cues.append(Cue(t.start, t.end, "anchor", tx=t))
        elif t.kind == "relday" and (t.unit != "day" or _PART_OF_TODAY.match(sentence, t.start)):
            # "a year ago", "put the toll at 100,400 this morning": a point, not a day's count
            cues.append(Cue(t.start, t.end, "anchor", tx=t))
        elif t.kind == "relday" and t.n == -1 and t.unit == "day":
            # "sunk yesterday": a count of the day before the report, like "the past day"
            cues.append(
                Cue(t.start, t.end, "relper", tx=Timex(t.start, t.end, "relper", n=1, unit="day"))
            )
        else:
            cues.append(Cue(t.start, t.end, "period", tx=t, rel_clause=rel))

    for m in _TODAYS_REPORT.finditer(sentence):
        if not any(c.role in ("report", "anchor") for c in cues):
            today = Timex(m.start(), m.end(), "relday", n=0, unit="day")
            cues.append(Cue(m.start(), m.end(), "report", tx=today))
    for m in _CUMLEX.finditer(sentence):
        if not any(c.start <= m.start() < c.end for c in cues):
            cues.append(Cue(m.start(), m.end(), "cumlex"))

    # Comparison baselines: cues inside one speak only of the figures inside it.
    out = []
    for c in cues:
        base = None
        for b in _BASELINE.finditer(sentence):
            # ("up 79 percent from $1.1 billion": the base begins at "from", after the figure)
            b_lo = b.start("base") if b.group("base") else b.start()
            if b_lo > c.start:
                break
            stop = _BASELINE_END.search(sentence, b.end())
            hi = stop.start() if stop else len(sentence)
            if b_lo <= c.start and c.end <= hi:
                base = (b_lo, hi)
            elif c.role == "shift" and between(bounds, b_lo, c.start) == 0:
                base = (b_lo, c.end)  # "from $1.1 billion, ..., in the quarter a year earlier"
        out.append(replace(c, baseline=base) if base else c)
    # List headers ("2022: 106,720 troops ... 2023: 253,290 troops"): each speaks of the
    # figures after it, up to the next header.
    heads = sorted(
        (
            c
            for c in out
            if c.tx is not None and c.tx.kind == "year" and _LIST_HEAD.match(sentence, c.end)
        ),
        key=lambda c: c.start,
    )
    if heads:
        scope = {
            id(h): (h.start, nxt.start if nxt else len(sentence))
            for h, nxt in zip(heads, [*heads[1:], None], strict=True)
        }
        out = [
            replace(c, baseline=scope[id(c)]) if id(c) in scope and c.baseline is None else c
            for c in out
        ]
    return out, bounds
