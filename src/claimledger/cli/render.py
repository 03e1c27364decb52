"""Plain-terminal rendering of ledger records. Presentation only: no SQL, no spaCy."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Sequence

import click

from ..models import Extraction, Quantity
from ..store import ClaimRow

BOUND_WORDS = {
    "=": "",
    "~": "about ",
    ">": "over ",
    ">=": "at least ",
    "<": "under ",
    "<=": "up to ",
    "up": "up ",
    "down": "down ",
}


def number(v: float | None) -> str:
    if v is None:
        return "?"
    if float(v).is_integer() and abs(v) < 1e15:
        return f"{int(v):,}"
    return f"{v:,.6g}" if abs(v) >= 1e-3 else f"{v:.3g}"


def quantity(q: Quantity) -> str:
    if q.value is None and (q.low is not None or q.high is not None):
        val = f"{number(q.low)}–{number(q.high)}"
    else:
        val = number(q.value)
    unit = f" {q.unit}" if q.unit else ""
    return f"{BOUND_WORDS.get(q.change, q.change + ' ')}{val}{unit}"


def _frame_text(q: Quantity) -> str:
    """What the figure is about, from its frame: "[russia, vehicles, cumulative]"."""
    f = q.frame
    if f is None:
        return f" [{q.concept.text}]" if q.concept else ""
    period = f" {f.period_days}d" if f.aggregation == "period" and f.period_days else ""
    parts = [f.party, f.measure, (f.part and f"part: {f.part}"), f.aggregation + period]
    return " [" + ", ".join(p for p in parts if p) + "]"


def claims_table(rows: Sequence[ClaimRow], total: int | None = None) -> str:
    width = max(80, shutil.get_terminal_size((120, 20)).columns)
    out: list[str] = []
    for r in rows:
        c = r.claim
        cue = r.attribution.cue.text if r.attribution and r.attribution.cue else "-"
        kind = r.attribution.kind if r.attribution else "-"
        qs = "; ".join(quantity(q) + _frame_text(q) for q in r.quantities)
        flags = []
        if c.main:
            flags.append("main claim")
        if c.hedged:
            flags.append("hedged")
        if c.stance != "asserts":
            flags.append(c.stance)
        head = (
            f"#{r.id:<5} {click.style(c.claimer_name or '(no claimer)', bold=True)}"
            f"  cue: {cue} ({kind})  as of: {c.as_of or '-'}  score: {c.score:.2f}"
            + (f"  [{', '.join(flags)}]" if flags else "")
        )
        out.append(head)
        if qs:
            out.append(f"       quantities: {qs}")
        out.extend(
            textwrap.wrap(
                c.text, width=width - 8, initial_indent="       ", subsequent_indent="       "
            )
        )
        out.append(f"       article: {r.article_id} [{c.start}:{c.end}]")
        out.append("")
    if total is not None:
        out.append(f"{len(rows)} of {total} claims")
    return "\n".join(out)


_STYLES = {
    "quantity": {"fg": "yellow", "bold": True},
    "source": {"fg": "cyan", "bold": True},
    "cue": {"fg": "magenta"},
    "content": {"underline": True},
    "hedge": {"fg": "red"},
}


def highlighted(ex: Extraction) -> str:
    """The article text with extracted spans styled; a legend follows."""
    text = ex.article.text
    marks: list[tuple[int, int, str]] = []
    for t in ex.attributions:
        for c in t.content:
            marks.append((c.start, c.end, "content"))
        if t.source:
            marks.append((t.source.start, t.source.end, "source"))
        if t.cue:
            marks.append((t.cue.start, t.cue.end, "hedge" if t.kind == "hedge" else "cue"))
    for q in ex.quantities:
        marks.append((q.start, q.end, "quantity"))
    # Per character, the last mark wins: quantities over sources/cues over contents.
    style_at: list[str | None] = [None] * len(text)
    for s, e, mark in marks:
        for i in range(max(0, s), min(e, len(text))):
            style_at[i] = mark
    parts: list[str] = []
    i = 0
    while i < len(text):
        kind = style_at[i]
        j = i
        while j < len(text) and style_at[j] == kind:
            j += 1
        chunk = text[i:j]
        parts.append(click.style(chunk, **_STYLES[kind]) if kind else chunk)  # type: ignore[arg-type]
        i = j
    legend = "  ".join(click.style(k, **v) for k, v in _STYLES.items())  # type: ignore[arg-type]
    a = ex.article
    head = f"{a.id}  date: {a.date or '-'}  source: {a.source or '-'}  language: {a.language}"
    return f"{head}\n{legend}\n\n{''.join(parts)}\n"
