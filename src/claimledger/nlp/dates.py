"""Time anchors: the date a claim speaks about ("as of" date).

The article date is the default anchor. A sentence that names an explicit full date with an
anchoring preposition ("as of 15 March 2024", "by March 1, 2024", "on 2024-03-18") moves the
anchor there; relative days ("yesterday", "on Tuesday") move it relative to the article date.
Open references such as "since February 2022" are a start, not an anchor, and are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
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
        ],
        start=1,
    )
    for m in names
}
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_ANCHOR = r"\b(?:as of|as at|by|on|until|through|to)\s+"
_ISO = re.compile(_ANCHOR + r"(\d{4})-(\d{2})-(\d{2})\b", re.I)
_DMY = re.compile(_ANCHOR + r"(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(\d{4})\b", re.I)
_MDY = re.compile(_ANCHOR + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_REL = re.compile(r"\b(yesterday|today|(?:on|last)\s+(" + "|".join(_WEEKDAYS) + r"))\b", re.I)


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def as_of(sentence: str, article_date: str | None) -> str | None:
    """The as-of date of a sentence, as ``YYYY-MM-DD``, or the article date."""
    found: date | None = None
    if m := _ISO.search(sentence):
        found = _safe(int(m[1]), int(m[2]), int(m[3]))
    elif m := _DMY.search(sentence):
        found = _safe(int(m[3]), _MONTHS[m[2].lower().rstrip(".")], int(m[1]))
    elif m := _MDY.search(sentence):
        found = _safe(int(m[3]), _MONTHS[m[1].lower().rstrip(".")], int(m[2]))
    if found is not None:
        return found.isoformat()
    base = parse_iso(article_date)
    if base is None:
        return article_date
    if m := _REL.search(sentence):
        word = m[1].lower()
        if word == "yesterday":
            return (base - timedelta(days=1)).isoformat()
        if m[2]:
            target = _WEEKDAYS.index(m[2].lower())
            back = (base.weekday() - target) % 7 or 7
            return (base - timedelta(days=back)).isoformat()
    return base.isoformat()


@dataclass(frozen=True, slots=True)
class TimeRef:
    """The time frame of a figure: the date it refers to and the period it counts."""

    as_of: str | None
    as_of_span: tuple[int, int] | None = None
    aggregation: str | None = None  # "cumulative" | "period" | None
    period_days: int | None = None
    period_start: str | None = None
    period_end: str | None = None
    period_span: tuple[int, int] | None = None
    since: str | None = None
    since_span: tuple[int, int] | None = None


_PAST = re.compile(
    r"\b(?:in|over|during|for|within)\s+(?:the\s+)?(?:past|last|previous|preceding)\s+"
    r"(24 hours|day|(?:seven|7) days|week)\b|\bwithin a day\b|\bduring the day\b",
    re.I,
)
_SINCE_START = re.compile(
    r"\bsince the (?:start|beginning|outbreak)\b|\bsince (?:the )?(?:full-scale )?invasion\b|"
    r"\bsince february 24\b|\bin total\b|\bso far\b|\bto date\b",
    re.I,
)


def time_ref(sentence: str, article_date: str | None, at: int | None = None) -> TimeRef:
    """The time frame of the figure at offset ``at`` of ``sentence`` (a first, simple reader:
    an explicit date or weekday, "in the past 24 hours/week", "since the start")."""
    day = as_of(sentence, article_date)
    base = parse_iso(day)
    if m := _PAST.search(sentence):
        unit = (m.group(1) or "day").lower()
        n = 7 if unit in ("week", "seven days", "7 days") else 1
        start = end = None
        if base is not None:
            start = (base - timedelta(days=n)).isoformat()
            end = (base - timedelta(days=1)).isoformat()
        return TimeRef(day, None, "period", n, start, end, m.span())
    if m := _SINCE_START.search(sentence):
        return TimeRef(day, None, "cumulative", since_span=m.span())
    return TimeRef(day)
