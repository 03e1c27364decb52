"""Plain-terminal rendering of ledger records. Presentation only: no SQL, no spaCy."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Sequence

import click

from ..models import Extraction, Quantity
from ..present import bounds_text, marks, segments
from ..store import ClaimRow


def quantity(q: Quantity) -> str:
    """ "over 13,000 vehicle": the bound in the words the web shows."""
    return bounds_text(q.value, q.low, q.high, q.change, q.unit)


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
    """The article text with extracted spans styled (cut as the web's article page cuts
    it: the most specific mark styles a segment); a legend follows."""
    text = ex.article.text
    ms = marks(ex, [])
    # A hedge ("reportedly") is a cue of its own colour.
    kind_of = {
        m.id: "hedge" if m.kind == "cue" and m.detail.get("attribution") == "hedge" else m.kind
        for m in ms
    }
    parts: list[str] = []
    for seg in segments(text, ms):
        kind = kind_of.get(seg["ref"]) if seg["ref"] else None
        chunk = seg["text"]
        parts.append(click.style(chunk, **_STYLES[kind]) if kind else chunk)  # type: ignore[arg-type]
    legend = "  ".join(click.style(k, **v) for k, v in _STYLES.items())  # type: ignore[arg-type]
    a = ex.article
    head = f"{a.id}  date: {a.date or '-'}  source: {a.source or '-'}  language: {a.language}"
    return f"{head}\n{legend}\n\n{''.join(parts)}\n"
