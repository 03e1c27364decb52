"""Core commands: extract, claims, show, articles, skipped, demo."""

from __future__ import annotations

import json
import sys

import click

from .. import ledger as api
from ..ledger import Ledger
from ..models import CLAIM_ORDERS, ClaimOrder, Extraction, Skipped, json_line
from ..settings import Settings
from ..store import ClaimQuery
from . import main, render
from .add import echo_summary

DATE = click.DateTime(formats=["%Y-%m-%d"])


def _date(value: object) -> str | None:
    return value.date().isoformat() if value is not None else None  # type: ignore[attr-defined]


def _skipped_record(s: Skipped) -> dict[str, object]:
    return {
        "id": None,
        "text": None,
        "date": None,
        "entities": [],
        "quantities": [],
        "attributions": [],
        "claims": [],
        "notes": [],
        "error": {"source": s.source, "code": s.code, "message": s.message},
    }


@main.command()
@click.argument("paths", nargs=-1)
@click.option(
    "--format",
    "out_format",
    type=click.Choice(["jsonl", "json"]),
    default="jsonl",
    show_default=True,
    help="Output format.",
)
@click.option("--input-format", "in_format", help="Read inputs as this format (txt, jsonl, ...).")
@click.option("--date", type=DATE, help="Date for plain-text input without a `date` header.")
@click.pass_obj
def extract(
    settings: Settings, paths: tuple[str, ...], out_format: str, in_format: str | None, date: object
) -> None:
    """Extract without storing: one JSON line per input record (FILE..., or - / nothing for stdin).

    Each line is {"id","text","date","entities","quantities","attributions","claims"} with
    character offsets into "text". A record that cannot be read gives a line with empty
    lists and an "error" object, so output lines stay aligned with input records; the exit
    status is then 1.
    """
    failed = False
    records = []
    for item in api.extract(paths or ("-",), settings, date=_date(date), format=in_format):
        if isinstance(item, Skipped):
            failed = True
            click.echo(f"skipped: {item.message} [{item.code}]", err=True)
            rec = _skipped_record(item)
        else:
            rec = item.to_dict()
        if out_format == "jsonl":
            sys.stdout.write(json_line(rec) + "\n")
        else:
            records.append(rec)
    if out_format == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    sys.exit(1 if failed else 0)


@main.command()
@click.option("--claimer", help="Only claims whose claimer contains this (case-insensitive).")
@click.option("--article", help="Only claims from this article id.")
@click.option("--search", "q", help="Full-text search over sentences and claimers.")
@click.option("--entity", help="Only claims whose sentence names this entity.")
@click.option("--since", type=DATE, help="As-of date on or after.")
@click.option("--until", type=DATE, help="As-of date on or before.")
@click.option("--min-score", type=click.FloatRange(0, 1), help="Check-worthiness at least.")
@click.option("--order", type=click.Choice(CLAIM_ORDERS), default="score", show_default=True)
@click.option("--limit", type=click.IntRange(1, 10_000), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option(
    "--after",
    type=click.IntRange(1),
    help="Claims after this claim id in the order (the next page, as cheap as the first).",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="JSON Lines, one claim a line: each the claim's entry in the web's /claims.json.",
)
@click.pass_obj
def claims(
    settings: Settings,
    claimer: str | None,
    article: str | None,
    q: str | None,
    entity: str | None,
    since: object,
    until: object,
    min_score: float | None,
    order: ClaimOrder,
    limit: int,
    offset: int,
    after: int | None,
    as_json: bool,
) -> None:
    """List claims: claimer, cue, quantities with bounds, as-of date and sentence."""
    query = ClaimQuery(
        claimer=claimer,
        article=article,
        q=q,
        entity=entity,
        since=_date(since),
        until=_date(until),
        min_score=min_score,
        order=order,
        limit=limit,
        offset=offset,
        after=after,
    )
    with Ledger(settings) as ledger:
        if as_json:  # each line is the claim's entry in /claims.json
            for entry in ledger.claim_entries(query):
                click.echo(json_line(entry))
            return
        rows = ledger.claims(query)
        total = ledger.count_claims(query)
    click.echo(render.claims_table(rows, total))


@main.command()
@click.argument("article_id")
@click.option("--json", "as_json", is_flag=True, help="The stored extraction as JSON.")
@click.pass_obj
def show(settings: Settings, article_id: str, as_json: bool) -> None:
    """Show an article with its extracted spans marked."""
    with Ledger(settings) as ledger:
        ex: Extraction = ledger.article(article_id)
    if as_json:
        click.echo(json.dumps(ex.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render.highlighted(ex), color=None)


@main.command()
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="JSON Lines, one article a line: each the article's entry in /articles.json.",
)
@click.pass_obj
def articles(settings: Settings, limit: int, offset: int, as_json: bool) -> None:
    """List articles in the ledger."""
    with Ledger(settings) as ledger:
        if as_json:  # each line is the article's entry in /articles.json
            for entry in ledger.article_entries(limit, offset):
                click.echo(json_line(entry))
            return
        rows = ledger.articles(limit, offset)
        total = ledger.count_articles()
        mains = ledger.main_claims([a.id for a in rows])
    for a in rows:
        click.echo(f"{a.id}\t{a.date or '-'}\t{a.language}\t{a.title or a.text[:60]!r}")
        m = mains.get(a.id)
        if m is not None:
            who = m.claim.claimer_name or "no claimer"
            click.echo(f"\tmain claim (#{m.id}, {who}): {_clip(m.claim.text, 160)}")
    click.echo(f"{len(rows)} of {total} articles", err=True)


@main.command()
@click.option("--limit", type=click.IntRange(1), default=100, show_default=True)
@click.pass_obj
def skipped(settings: Settings, limit: int) -> None:
    """List records skipped by earlier runs, newest first, with the reason."""
    with Ledger(settings) as ledger:
        for s in ledger.skipped(limit):
            click.echo(f"{s.source}\t{s.code}\t{s.message}")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the ledger as JSON Lines.")
@click.pass_context
def demo(ctx: click.Context, as_json: bool) -> None:
    """Ingest the bundled example article and reference series, check, print the ledger.

    Loads the General Staff's daily loss series and Oryx's confirmed totals (bundled with
    their attribution), records a verdict for every quantified claim, then prints the
    claims and the verdicts.
    """
    settings: Settings = ctx.obj
    summary = api.demo(settings)
    echo_summary(summary, False)
    click.echo(f"ledger: {settings.db}", err=True)
    ctx.invoke(claims, limit=50, as_json=as_json)
    if not as_json:
        from .check import check_cmd

        ctx.invoke(check_cmd)


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"
