"""The time frame of a figure: the date it refers to and, for a count of a period, the days.

`time_ref(sentence, article_date, at)` reads the time words of one sentence (found by
``nlp/timex.py``) and returns a `TimeRef` for the quantity at character offset ``at``. Each
time expression gets a role from the words around it:

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

from .timex import WAR_START, Timex, add_months, count_back, find_timexes, interval

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


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# ----------------------------------------------------------------------------- lexicons

# Words of reporting: a date beside one is the report's date, not the counted day.
_REPORT = (
    r"said|says|say|saying|told|tells|telling|reported|reports|reporting|report|announced"
    r"|announces|announcing|announcement|stated|states|statement|declared|declares|claimed"
    r"|claims|claiming|wrote|writes|added|adding|estimated|estimates|estimate|update|updated"
    r"|updates|briefing|briefed|brief|published|publishes|publishing|released|releases"
    r"|release|revealed|reveals|disclosed|confirmed|showed|shows|data|figures|tally|posted"
    r"|post|tweeted|noted|acknowledged|admitted|rejected|denied|denies|put|puts|placed"
    r"|provided|according|assessment|bulletin|named|informed|indicated|suggested|warned"
    r"|insisted|conceded|presented|cited|quoted|issued"
)
_REPORT_WORD = re.compile(rf"^(?:{_REPORT})$", re.I)
# A reporting verb or report noun right after a date: "on Tuesday rejected", "a June 12 report".
_REPORT_AFTER = re.compile(
    r"^\s*(?:,\s*)?(?:\w+\s+)?(?:said|says|told|reported|announced|stated|declared|claimed"
    r"|wrote|estimated|rejected|denied|put|placed|released|published|confirmed|revealed"
    r"|update|report|statement|briefing|bulletin|release|tally|data|figures|post|assessment)\b",
    re.I,
)
_WORD = re.compile(r"[\w'’.-]+")
_CLAUSE = re.compile(
    r";|:\s|\s[—–]\s|\s--\s|,\s+(?:but|while|whereas|and|bringing|adding|which|who|when"
    r"|as(?!\s+(?:of|at|well|many|much|part|a\s+result))|although|though|leading|taking|making"
    r"|with|yet)\b|\s(?:but|while|whereas)\s"
    r"|\sas\s+(?:the|a|an|its|their)\s",
    re.I,
)
# Boundaries of a new clause with its own subject: a count's time never reaches across one.
_STRONG = re.compile(r";|,\s+(?:but|while|whereas|yet)\b|\s(?:but|while|whereas)\s", re.I)
# Lexical signs of a running total.
_CUMLEX = re.compile(
    r"\b(?:so\s+far|to\s+date|thus\s+far|in\s+total|a\s+total\s+of|in\s+all|altogether|already"
    r"|overall|cumulative(?:ly)?|(?:death\s+)?toll|(?:in|during|throughout|over\s+the\s+course"
    r"\s+of)\s+(?:the|this|its)\s+(?:full[- ]scale\s+)?(?:war|invasion|conflict))\b",
    re.I,
)
_SINCE = re.compile(r"(?<![A-Za-z])since\b(?!\s+then\b)", re.I)
# "the highest since", "for the first time since": a baseline, not the count's start.
_SINCE_NOT_START = re.compile(
    r"\b(?:first\s+time|highest|lowest|largest|biggest|smallest|most|least|worst|best"
    r"|deadliest|heaviest|strongest|weakest|fastest|slowest|record|ever)\b(?:\s+\S+){0,4}\s*$",
    re.I,
)
_WAR = re.compile(
    r"\b(?:invasion|invaded|invade|invading|war|conflict|aggression|hostilities"
    r"|(?:special\s+)?military\s+operations?)\b",
    re.I,
)
# The start of an event that a running total counts from.
_EVENT = re.compile(r"\b(?:pandemic|epidemic|outbreak|resurgence)\b", re.I)
_UNIT_START = re.compile(
    r"\b(?:start|beginning)\s+of\s+(?:the|this)\s+(?P<u>year|month|week)\b", re.I
)
_WAR_PHRASE = re.compile(
    r"(?:the\s+)?(?:start|beginning|outset|onset|first\s+day)\s+of\s+(?:the\s+|its\s+|russia['’]s\s+)?"
    r"(?:full[- ]scale\s+)?(?:russian\s+)?(?:war|invasion|conflict|aggression|hostilities"
    r"|special\s+military\s+operation)\b(?:\s+(?:of|in|against)\s+\w+)?",
    re.I,
)
_RANGE_JOIN = re.compile(r"\s*(?:to|through|thru|until|till|and|[-–])\s*(?:the\s+)?", re.I)
_ANCHOR_PREP = re.compile(
    r"\b(?:as\s+of|as\s+at|by|until|till|through|up\s+to|ending|ended|end(?:ing)?\s+on"
    r"|which\s+ended|that\s+ended|to)\s*$",
    re.I,
)
_START_PREP = re.compile(r"\b(?:from|starting|beginning)\s*$", re.I)
_AFTER_CLAUSE = re.compile(r"\b(?:after|following)\b[^,;:.()]{0,50}$", re.I)
_BEFORE_CLAUSE = re.compile(r"\b(?:before|prior\s+to|ahead\s+of)\b[^,;:.()]{0,50}$", re.I)
_BASELINE = re.compile(
    r"\b(?:compared\s+(?:with|to)|(?<!more\s)(?<!less\s)(?<!fewer\s)(?<!greater\s)(?<!rather\s)"
    r"(?<!other\s)(?<!no\s)than|versus|vs\.?|in\s+relation\s+to"
    r"|over\s+the\s+(?:rate|level|figure|same)|(?:up|down)\s+from"
    r"|from(?=\s+(?:the\s+same|an?\s+|\$|£|€)?\s*\d))",
    re.I,
)
# Where a comparison's phrase ends (a relative clause about its date stays inside it).
_BASELINE_END = re.compile(
    r",\s+(?!when\b|which\b)|\sto\s|[;)]|:\s|\s[—–]\s|\s--\s|\.\s|\s(?:but|while)\s"
)
_RATE_AFTER = re.compile(
    r"^(?:\s+[A-Za-z-]+){0,4}?\s+(?<!in\s)(?<!within\s)(?:per|a|an|each|every)\s+(?:day|week"
    r"|month|year|annum)\b|^(?:\s+[A-Za-z-]+){0,4}?\s+(?:daily|weekly|monthly|annually)\b",
    re.I,
)
_RATE_BEFORE = re.compile(r"\baverag(?:e|ed|ing)\b(?:\s+\S+){0,3}\s*$", re.I)
_ALONE = re.compile(r"^\s*(?:,\s*)?alone\b", re.I)
_INCREMENT = re.compile(r"\(\s*$")
_INCREMENT_Q = re.compile(r"^(?:plus\b|\+\s*\d)", re.I)
_CONTINUE = re.compile(
    r"\b(?:(?:during|in|over|for)\s+(?:this|that|the\s+same)\s+(?:period|time(?:\s*frame)?"
    r"|timeframe|day|week|month)|also|in\s+addition|additionally|more|another|as\s+well"
    r"|among\s+them|of\s+these|of\s+them)\b",
    re.I,
)
_DATELINE_BEFORE = re.compile(r"^\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*,\s*)?$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\([^)]{1,24}\)\s*)?(?:--|—|–|:)")
_NUMBER_AFTER = re.compile(r"^\s*(?:\([^)]{1,24}\)\s*)?:\s*(?:over|about|some|nearly|\W)*\d")
_CLAUSE_OPENING = re.compile(
    r"^\W*(?:(?:however|but|and|meanwhile|then|also|earlier|later|separately)\W+)?"
    r"(?:(?:on|in|during|at|by)\s+)?$",
    re.I,
)
_REL_CLAUSE = re.compile(r"^\s*,?\s*(?:when|which|that)\b", re.I)
_Q_END = re.compile(r"[^\d]{0,24}?\d[\d,.]*(?:\s\d{3}\b)*")

Role = Literal["start", "range", "anchor", "report", "period", "relper", "cumlex", "vague", "shift"]


@dataclass(frozen=True, slots=True)
class _Cue:
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


# ----------------------------------------------------------------------------- cues


def _clauses(sentence: str) -> list[tuple[int, int]]:
    return [m.span() for m in _CLAUSE.finditer(sentence)]


def _between(bounds: list[tuple[int, int]], a: int, b: int) -> int:
    lo, hi = min(a, b), max(a, b)
    return sum(1 for s, e in bounds if lo <= s and e <= hi)


def _words_before(text: str, n: int) -> list[str]:
    return _WORD.findall(text)[-n:]


def _is_report(sentence: str, tx: Timex, bounds: list[tuple[int, int]]) -> bool:
    """Whether a day or month names the report rather than the counted time."""
    before, after = sentence[: tx.start], sentence[tx.end :]
    if _ALONE.match(after):
        return False
    if _REPORT_AFTER.match(after):
        return True
    # The clause before the date: a reporting word within 12 words, no number between.
    cut = max([e for s, e in bounds if e <= tx.start] + [0])
    words = _words_before(before[cut:], 12)
    for w in reversed(words):
        if any(ch.isdigit() for ch in w) or w.lower() == "that":
            break
        if _REPORT_WORD.match(w.strip(".")):
            return True
    # A clause that opens with the date: "On Sunday, the ministry said ..."
    if _CLAUSE_OPENING.match(before[cut:]):
        rest = after.lstrip()
        if rest.startswith(","):
            nxt = [m.start() for m in _CLAUSE.finditer(after)]
            seg = after[: nxt[0]] if nxt else after
            for w in _WORD.findall(seg):
                if any(ch.isdigit() for ch in w) or w.lower() == "that":
                    break
                if _REPORT_WORD.match(w.strip(".")):
                    return True
    return False


def _dateline(sentence: str, tx: Timex) -> bool:
    """ "Kiev, April 17: ..." or "May 2 (UPI) -- ..." (not a list line "2024: 2,030 ...")."""
    if tx.kind != "date" or not _DATELINE_BEFORE.match(sentence[: tx.start]):
        return False
    after = sentence[tx.end :]
    if not _DATELINE_AFTER.match(after):
        return False
    has_place = bool(sentence[: tx.start].strip())
    return has_place or not (tx.year is not None and _NUMBER_AFTER.match(after))


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


def _cues(sentence: str, ref: date | None) -> tuple[list[_Cue], list[tuple[int, int]]]:
    txs = find_timexes(sentence)
    bounds = _clauses(sentence)
    used: set[int] = set()
    cues: list[_Cue] = []

    def tx_at(pos: int, gap: str = r"[\s,]*") -> int | None:
        """The time expression that starts at ``pos`` after only ``gap``."""
        for i, t in enumerate(txs):
            if t.start >= pos and re.fullmatch(gap, sentence[pos : t.start], re.I):
                return i
        return None

    # Ranges: from X to Y / between X and Y (X a date or the war's start).
    for m in re.finditer(r"\b(?:from|between)\s+", sentence, re.I):
        pos, war, lo_tx = m.end(), False, None
        wm = _WAR_PHRASE.match(sentence, m.end())
        if wm:
            war, pos = True, wm.end()
            i = tx_at(pos, r"[\s,]*(?:(?:on|in)\s+)?")
            if i is not None:
                pos = txs[i].end
                used.add(i)
        else:
            i = tx_at(pos)
            if i is None or txs[i].kind not in ("date", "month", "year", "weekday", "quarter"):
                continue
            lo_tx, pos = txs[i], txs[i].end
        j = _RANGE_JOIN.match(sentence, pos)
        if not j:
            continue
        k = tx_at(j.end())
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
        if lo_tx is not None:
            used.add(txs.index(lo_tx))
            if lo_tx.year is None and hi_tx.year is not None and lo_tx.kind in ("date", "month"):
                lo_year = hi_tx.year - (1 if (lo_tx.month or 0) > (hi_tx.month or 0) else 0)
                lo_tx = replace(lo_tx, year=lo_year)
            lo, war = _resolve_start(lo_tx, ref)
        else:
            lo = WAR_START
        used.add(k)
        cues.append(_Cue(m.start(), hi_tx.end, "range", tx=lo_tx, end_tx=hi_tx, war=war, lo=lo))

    # Bare day ranges: "Oct. 2 to October 22", "November 19-20"
    for i, t in enumerate(txs):
        if i in used or t.kind != "date":
            continue
        nxt = txs[i + 1] if i + 1 < len(txs) else None
        hi_tx: Timex | None = None
        if (
            nxt is not None
            and nxt.kind == "date"
            and i + 1 not in used
            and re.fullmatch(
                r"\s*(?:to|through|thru|until|till|[-–])\s*", sentence[t.end : nxt.start], re.I
            )
        ):
            hi_tx, used_hi = nxt, True
        elif d2 := re.match(
            r"\s*(?:[-–]|to|through)\s*([0-3]?\d)\b(?![\d:]|[.,]\d)", sentence[t.end :]
        ):
            day2 = int(d2.group(1))
            if t.day is not None and t.day < day2 <= 31:
                hi_tx, used_hi = replace(t, start=t.end, end=t.end + d2.end(), day=day2), False
        if hi_tx is None:
            continue
        if t.year is None and hi_tx.year is not None:
            t = replace(t, year=hi_tx.year - (1 if (t.month or 0) > (hi_tx.month or 0) else 0))
        elif hi_tx.year is None and t.year is not None:
            hi_tx = replace(hi_tx, year=t.year + (1 if (hi_tx.month or 0) < (t.month or 0) else 0))
        lo, war = _resolve_start(t, ref)
        used.add(i)
        if used_hi:
            used.add(i + 1)
        cues.append(_Cue(t.start, hi_tx.end, "range", tx=t, end_tx=hi_tx, war=war, lo=lo))

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
        first = txs[inner[0]] if inner else None
        head = window if first is None else sentence[m.start() : first.start]
        if baseline_since:
            # "the highest since October 19": not a start; only a ", when ..." clause speaks
            # of that day
            if first is not None and _REL_CLAUSE.match(sentence[first.end :]):
                lo, _ = _resolve_start(first, ref)
                cues.append(_Cue(m.start(), span_end, "start", tx=first, lo=lo, rel_clause=True))
        elif _WAR.search(head) or _EVENT.search(head):
            lo, _ = _resolve_start(first, ref)
            cues.append(_Cue(m.start(), span_end, "start", tx=first, war=True, lo=lo))
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
            cues.append(
                _Cue(m.start(), span_end, "start", tx=first, war=war, lo=lo, rel_clause=rel)
            )
        elif (u := _UNIT_START.search(window)) and ref is not None:
            unit = u.group("u").lower()
            lo = (
                ref.replace(month=1, day=1)
                if unit == "year"
                else ref.replace(day=1)
                if unit == "month"
                else ref - timedelta(days=ref.weekday())
            )
            cues.append(_Cue(m.start(), span_end, "start", lo=lo))
        else:
            continue
        used.update(inner)

    for i, t in enumerate(txs):
        if i in used:
            continue
        before, after = sentence[: t.start], sentence[t.end :]
        rel = bool(_REL_CLAUSE.match(after))
        if t.kind == "vague":
            cues.append(_Cue(t.start, t.end, "vague", tx=t))
        elif t.kind == "relday" and t.rel == "shift":
            cues.append(_Cue(t.start, t.end, "shift", tx=t))
        elif t.kind in ("relper", "first_n"):
            role: Role = "relper" if t.kind == "relper" else "period"
            cues.append(_Cue(t.start, t.end, role, tx=t))
        elif _AFTER_CLAUSE.search(before):
            continue  # "after February 2022": not the figure's time
        elif _BEFORE_CLAUSE.search(before):
            # "a month before Russia launched its invasion on Feb. 24": the day before it
            cues.append(_Cue(t.start, t.end, "anchor", tx=t, offset=-1))
        elif _ANCHOR_PREP.search(before):
            cues.append(_Cue(t.start, t.end, "anchor", tx=t, rel_clause=rel))
        elif _START_PREP.search(before) and t.kind != "relday":
            lo, war = _resolve_start(t, ref)
            cues.append(_Cue(t.start, t.end, "start", tx=t, war=war, lo=lo))
        elif _dateline(sentence, t) or _is_report(sentence, t, bounds):
            cues.append(_Cue(t.start, t.end, "report", tx=t))
        elif t.kind == "relday" and t.n == -1 and t.unit == "day":
            # "sunk yesterday": a count of the day before the report, like "the past day"
            cues.append(
                _Cue(t.start, t.end, "relper", tx=Timex(t.start, t.end, "relper", n=1, unit="day"))
            )
        else:
            cues.append(_Cue(t.start, t.end, "period", tx=t, rel_clause=rel))

    for m in _CUMLEX.finditer(sentence):
        if not any(c.start <= m.start() < c.end for c in cues):
            cues.append(_Cue(m.start(), m.end(), "cumlex"))

    # Comparison baselines: cues inside one speak only of the figures inside it.
    out = []
    for c in cues:
        base = None
        for b in _BASELINE.finditer(sentence):
            if b.start() > c.start:
                break
            stop = _BASELINE_END.search(sentence, b.end())
            hi = stop.start() if stop else len(sentence)
            if b.start() <= c.start and c.end <= hi:
                base = (b.start(), hi)
            elif c.role == "shift" and _between(bounds, b.start(), c.start) == 0:
                base = (b.start(), c.end)  # "from $1.1 billion, ..., in the quarter a year earlier"
        out.append(replace(c, baseline=base) if base else c)
    return out, bounds


# ----------------------------------------------------------------------------- choice


def _cost(c: _Cue, at: int, q_end: int, bounds: list[tuple[int, int]], sentence: str) -> float:
    """How far a cue is from the figure: characters, plus 250 a clause boundary between
    them and 10,000 a new clause with its own subject ("; ", ", while")."""
    if c.start <= at < c.end:
        gap = 0
    elif c.end <= at:
        gap = at - c.end
    else:
        gap = max(0, c.start - q_end)
    n = _between(bounds, c.end if c.end <= at else q_end, at if c.end <= at else c.start)
    if c.rel_clause and c.end <= at:
        # "in May, when it jumped 0.3 points": the relative clause speaks of this time
        n -= sum(1 for s, e in bounds if c.end <= s <= c.end + 3 and e <= at)
    lo, hi = (c.end, at) if c.end <= at else (q_end, c.start)
    strong = sum(1 for m in _STRONG.finditer(sentence, lo, max(lo, hi)))
    if (
        c.end <= at
        and _CLAUSE_OPENING.match(sentence[: c.start])
        and sentence[c.end :].lstrip()[:1] == ","
    ):
        strong = (
            0  # "So far, X has been allocated while Y ...": an opening adverbial scopes over all
        )
    return gap + 250 * max(0, n) + 10_000 * strong + (60 if c.role == "cumlex" else 0)


_AUX = re.compile(r"\b(is|are|has|have|remains?|was|were|had|remained)\b", re.I)


def _present(sentence: str) -> bool:
    """Whether the first auxiliary or copula is in the present ("is", "have been")."""
    m = _AUX.search(sentence)
    return bool(m) and m.group(1).lower() in ("is", "are", "has", "have", "remain", "remains")


def _respectively(sentence: str, cues: list[_Cue], at: int) -> _Cue | None:
    """ "during July and August, with 1,520 and 1,517 destroyed, respectively": by order."""
    if "respectively" not in sentence.lower():
        return None
    periods = sorted((c for c in cues if c.role == "period"), key=lambda c: c.start)
    group: list[_Cue] = []
    for c in periods:
        if group and not re.fullmatch(
            r"\s*(?:,|and|,\s*and)\s*", sentence[group[-1].end : c.start]
        ):
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


def _usable(c: _Cue, at: int) -> bool:
    return c.baseline is None or c.baseline[0] <= at < c.baseline[1]


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _point(c: _Cue, ref: date | None) -> date | None:
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
) -> TimeRef:
    """The time frame of the figure at offset ``at`` of ``sentence`` (see the module doc).

    ``at`` None reads the sentence as a whole (its first figure). ``context`` is the frame
    of the previous sentence of the same article: a sentence without time words of its own
    keeps its as-of date, and one that continues it ("also", "in addition", "during this
    period", "more") keeps its aggregation too.
    """
    ref = parse_iso(article_date)
    cues, bounds = _cues(sentence, ref)
    whole = at is None
    if at is None:
        first = re.search(r"\d", sentence)
        at = first.start() if first else 0
        if first is None:  # no figure: the sentence's time is its report's
            cues = [c for c in cues if c.role in ("report", "anchor", "vague")]
    qm = _Q_END.match(sentence, at)
    q_end = qm.end() if qm else at + 1
    usable = [c for c in cues if _usable(c, at)]

    def nearest(roles: tuple[str, ...], limit: float = float("inf")) -> _Cue | None:
        pool = [(_cost(c, at, q_end, bounds, sentence), c) for c in usable if c.role in roles]
        pool = [(k, c) for k, c in pool if k < limit]
        return min(pool, key=lambda kc: kc[0])[1] if pool else None

    agg = _respectively(sentence, usable, at) or nearest(
        ("start", "range", "period", "relper", "cumlex"), limit=10_000
    )
    anchor = nearest(("anchor", "vague"))
    report = nearest(("report",))
    if agg and anchor:
        ca, cg = _cost(anchor, at, q_end, bounds, sentence), _cost(agg, at, q_end, bounds, sentence)
        if ca < cg and cg >= 250 and agg.role != "cumlex":
            agg = None  # an anchor in the figure's clause outranks a period in another
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

    # The report date a "past N days" figure counts back from, and the default as-of date.
    base_cue = anchor if anchor and anchor.role == "anchor" else report
    base = _point(base_cue, ref) if base_cue else None
    if base is None and anchor and anchor.role == "vague":
        base = _point(anchor, ref)
    report_day = base or ref
    default = report_day
    default_span = (base_cue.start, base_cue.end) if base_cue and base else None
    if default_span is None and anchor and anchor.role == "vague":
        default_span = (anchor.start, anchor.end)
        if anchor.tx and anchor.tx.rel == "earlier_year":
            default = None
    shift = None if whole else nearest(("shift",))
    ctx_day = parse_iso(context.as_of) if context is not None else None
    if shift is not None and ctx_day is not None and shift.tx is not None:
        # "the next day", "in the quarter a year earlier": from the time just mentioned
        iv = interval(Timex(0, 0, "relday", n=shift.tx.n, unit=shift.tx.unit), ctx_day)
        closer = anchor is None or _cost(shift, at, q_end, bounds, sentence) < _cost(
            anchor, at, q_end, bounds, sentence
        )
        if iv is not None and closer and (agg is None or agg.role == "cumlex"):
            default, default_span = iv[1], (shift.start, shift.end)
            report_day = default
    elif agg is None and anchor is None and report is None and ctx_day is not None:
        # No time words of its own: the time of the previous sentence, unless the sentence is
        # in the present ("are", "has been": now, the article date).
        assert context is not None
        now = _present(sentence)
        if _CONTINUE.search(sentence):  # "In addition, ...", "during this period ..."
            if not now:
                return replace(context, as_of_span=None, period_span=None, since_span=None)
            if context.aggregation == "cumulative":
                return TimeRef(_iso(default), None, "cumulative", since=context.since)
        elif not now:
            default, default_span = ctx_day, None

    rate = bool(_RATE_AFTER.match(sentence[q_end:]) or _RATE_BEFORE.search(sentence[:at]))
    increment = bool(_INCREMENT.search(sentence[:at]) and _INCREMENT_Q.match(sentence[at:]))

    ref_out = _compose(agg, anchor, default, default_span, report_day, ref, usable, at, bounds)
    if increment and ref_out.as_of:
        r = parse_iso(ref_out.as_of)
        assert r is not None
        d = r - timedelta(days=1)
        return TimeRef(ref_out.as_of, ref_out.as_of_span, "period", 1, _iso(d), _iso(d), None)
    if rate:
        return TimeRef(ref_out.as_of, ref_out.as_of_span)
    return ref_out


def _period(
    lo: date, hi: date, as_of_d: date, as_span: tuple[int, int] | None, span: tuple[int, int]
) -> TimeRef:
    return TimeRef(_iso(as_of_d), as_span, "period", (hi - lo).days + 1, _iso(lo), _iso(hi), span)


def _compose(
    agg: _Cue | None,
    anchor: _Cue | None,
    default: date | None,
    default_span: tuple[int, int] | None,
    report_day: date | None,
    ref: date | None,
    usable: list[_Cue],
    at: int,
    bounds: list[tuple[int, int]],
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
                and _between(bounds, c.start, at) == 0
            ),
            None,
        )
        if month is not None and (p := _point(month, ref)) is not None:
            default, default_span = p, (month.start, month.end)
    if agg.role == "cumlex":
        return TimeRef(_iso(default), default_span, "cumulative")
    if agg.role == "start" and agg.rel_clause and agg.end <= at and agg.tx is not None:
        d = agg.lo  # "since October 19, when it said ...": that day, for the when-clause
        return TimeRef(_iso(d), span) if d else none
    if agg.role == "start" and agg.war:
        return TimeRef(
            _iso(default), default_span, "cumulative", since=_iso(agg.lo), since_span=span
        )
    if agg.role == "range":
        hi_iv = interval(agg.end_tx, ref) if agg.end_tx else None
        if hi_iv is None:
            return none
        hi = _point(_Cue(0, 0, "anchor", tx=agg.end_tx), ref) or hi_iv[1]
        end_span = (agg.end_tx.start, agg.end_tx.end) if agg.end_tx else span
        if agg.war:
            return TimeRef(_iso(hi), end_span, "cumulative", since=_iso(agg.lo), since_span=span)
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
                    and _between(bounds, c.end + 2, at) == 0
                ),
                None,
            )
            if day is not None and day.tx is not None:
                iv = interval(day.tx, ref)
                if iv is not None:
                    return _period(iv[0], iv[0], iv[0], (day.start, day.end), span)
        if report_day is None:
            return TimeRef(None, None, "period", t.n if t.unit == "day" else None, None, None, span)
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
        a = interval(anchor.tx, ref)
        if a is not None and lo <= a[1] <= hi:
            # "2025 (as of June 4)": the year so far, through that day
            return _period(lo, a[1], a[1], (anchor.start, anchor.end), span)
    if report_day is not None and hi >= report_day:
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
