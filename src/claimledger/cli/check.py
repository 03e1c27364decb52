"""Checking commands: reference, check, links, contradictions, timeline, export."""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Callable
from typing import Any

import click

from ..ledger import Ledger
from ..models import json_line
from ..settings import Settings
from . import main

# Every command is one `Ledger` call; the checker, exporter and linker behind it load the NLP
# stack on first use, so `claimledger --help` stays fast. The choices below are the modules'
# own constants (tests/test_cli_help.py holds them equal).
REFERENCE_FORMATS = ("auto", "csv", "json", "general-staff", "oryx")
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "claimreview")


def _wrap(text: str, indent: str = "       ") -> str:
    return textwrap.fill(text, width=100, initial_indent=indent, subsequent_indent=indent)


def _jsonl(items: list[Any], to_dict: Callable[[Any], dict[str, Any]] | None = None) -> None:
    for it in items:
        click.echo(json_line(to_dict(it) if to_dict else it.to_dict()))


@main.group()
def reference() -> None:
    """Reference series that claims are checked against."""


@reference.command("add")
@click.argument("path", type=click.Path(exists=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(REFERENCE_FORMATS)),
    default="auto",
    show_default=True,
    help="generic csv/json (series,date,value,unit,publisher,definition,aliases), the "
    "General Staff JSON folder, or an Oryx totals_by_type CSV.",
)
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def reference_add(settings: Settings, path: str, fmt: str, as_json: bool) -> None:
    """Import dated reference series from PATH."""
    with Ledger(settings) as ledger:
        result = ledger.add_references(path, fmt)
    if as_json:
        click.echo(json.dumps(result.to_dict()))
    else:
        click.echo(
            f"added {len(result.added)} series ({result.points} points), "
            f"unchanged {len(result.unchanged)}",
            err=True,
        )


@reference.command("bundled")
@click.pass_obj
def reference_bundled(settings: Settings) -> None:
    """Import the bundled General Staff (MIT) and Oryx (CC BY 4.0) series."""
    with Ledger(settings) as ledger:
        n = ledger.bundled_references()
    click.echo(f"bundled reference series added or updated: {n}", err=True)


@reference.command("list")
@click.option("--measure", help="Only series of this measure (e.g. personnel, tank).")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def reference_list(settings: Settings, measure: str | None, as_json: bool) -> None:
    """List the stored reference series."""
    with Ledger(settings) as ledger:
        series = ledger.references(measure)
    if as_json:
        _jsonl(series)
        return
    for s in series:
        last = s.points[-1] if s.points else None
        click.echo(
            f"{s.id:45} {s.measure:24} {s.subject or '-':8} {s.basis:24} "
            f"{len(s.points):5} pts  last {last.date + ' ' + f'{last.value:,.0f}' if last else '-'}"
        )
    click.echo(f"{len(series)} series", err=True)


@main.command("check")
@click.option("--claim", "claim_ids", type=int, multiple=True, help="Only this claim (repeat).")
@click.option(
    "--recheck",
    is_flag=True,
    help="Check claims that already have verdicts again (after re-importing a series) and "
    "report each verdict that changed.",
)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one verdict a line.")
@click.pass_obj
def check_cmd(settings: Settings, claim_ids: tuple[int, ...], recheck: bool, as_json: bool) -> None:
    """Check quantified claims against the reference series and record verdicts.

    A verdict names the series version (checksum and import date) it was read against;
    claims already checked keep their verdicts until --recheck."""
    with Ledger(settings) as ledger:
        results, changes = ledger.check(list(claim_ids) or None, recheck=recheck)
    for ch in changes:
        moved = {
            k: f"{ch.versions_before.get(k)} -> {v}"
            for k, v in ch.versions_after.items()
            if ch.versions_before.get(k) != v
        }
        why = f" (series re-imported: {moved})" if moved else ""
        click.echo(
            f"changed #{ch.claim_id}.{ch.quantity_index}: {ch.before} -> {ch.after}{why}", err=True
        )
    if as_json:
        _jsonl(results)
        return
    for r in results:
        ev = r.evidence[0] if r.evidence else None
        where = f"  {ev.series} {ev.date}: {ev.value:,.0f}" if ev else ""
        click.echo(f"#{r.claim_id}.{r.quantity_index}  {r.label.upper():13} {r.claimed}{where}")
        click.echo(_wrap(r.explanation))
        click.echo()
    counts: dict[str, int] = {}
    for r in results:
        counts[r.label] = counts.get(r.label, 0) + 1
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "no quantified claims"
    click.echo(f"{len(results)} verdicts: {summary}", err=True)


@main.command("links")
@click.option("--claim", "claim_id", type=int, help="Claims linked to this claim.")
@click.option("--no-embeddings", is_flag=True, help="Link by key only, even with the extra.")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def links_cmd(settings: Settings, claim_id: int | None, no_embeddings: bool, as_json: bool) -> None:
    """Link claims about the same measure by the same claimer across articles."""
    with Ledger(settings) as ledger:
        if claim_id is not None:
            related = ledger.related(claim_id)
            if as_json:
                _jsonl(related, dict)
            else:
                for m in related:
                    click.echo(
                        f"#{m['claim_id']}  {m['as_of']}  {m['claimer']}  {m['quantity']}"
                        f"  [{m['link_key']}]"
                    )
            return
        groups = ledger.links(embeddings=False if no_embeddings else None)
    if as_json:
        _jsonl(groups)
        return
    for g in groups:
        click.echo(f"{g.key}  ({len(g.members)} claims)")
        for m in g.members:
            via = "" if m.method == "key" else f"  via {m.method}"
            click.echo(f"   #{m.claim_id}  {m.as_of}  {m.quantity:20} {m.article_id}{via}")


@main.command("contradictions")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def contradictions_cmd(settings: Settings, as_json: bool) -> None:
    """List incompatible figures for the same measure (same claimer, or two claimers)."""
    with Ledger(settings) as ledger:
        found = ledger.contradictions()
    if as_json:
        _jsonl(found)
        return
    for c in found:
        click.echo(f"{c.kind:14} #{c.a.claim_id} vs #{c.b.claim_id}")
        click.echo(_wrap(c.explanation))
    click.echo(f"{len(found)} contradictions", err=True)


@main.command("timeline")
@click.argument("measure")
@click.option("--subject", help="Whose losses: russia or ukraine.")
@click.option("--json", "as_json", is_flag=True, help="The timeline as one JSON object.")
@click.pass_obj
def timeline_cmd(settings: Settings, measure: str, subject: str | None, as_json: bool) -> None:
    """Claimed values of MEASURE (e.g. personnel, tank, soldiers) over time beside the series."""
    with Ledger(settings) as ledger:
        t = ledger.timeline(measure, subject)
    if as_json:
        click.echo(json_line(t))
        return
    refs = t["series"]
    click.echo(f"{t['label']} ({t['measure']}): {t['summary']}")
    for p in t["claims"]:
        beside = []
        for s in refs:
            vals = [v for d, v in s["points"] if p["date"] and d <= p["date"]]
            if vals:
                beside.append(f"{s['publisher'].split(' of ')[0]} {vals[-1]:,.0f}")
        click.echo(
            f"{p['date'] or '?':10}  {p['claimed']:>20}  {p['claimer'] or '-':28} "
            f"{p['verdict'] or '-':12} {'; '.join(beside)}"
        )
    if not t["claims"]:
        for s in refs:
            last = s["points"][-1] if s["points"] else None
            click.echo(f"  {s['id']}: last {last}")


@main.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(EXPORT_FORMATS)),
    default="jsonl",
    show_default=True,
)
@click.option(
    "-o", "--out", "out", default="-", help="Output file (default stdout; parquet needs a file)."
)
@click.pass_obj
def export_cmd(settings: Settings, fmt: str, out: str) -> None:
    """Export claims with their verdicts: jsonl, csv, parquet or ClaimReview JSON-LD."""
    if fmt == "parquet" and out == "-":
        raise click.UsageError("parquet needs a file: pass --out FILE.parquet")
    with Ledger(settings) as ledger:
        summary = ledger.export(fmt, sys.stdout if out == "-" else out)
    click.echo(f"exported {summary.rows} rows as {fmt}", err=True)
