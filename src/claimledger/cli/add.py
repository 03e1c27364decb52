"""`claimledger add`: ingest articles into the ledger."""

from __future__ import annotations

import json
import sys

import click

from .. import ledger
from ..settings import Settings
from . import main

DATE = click.DateTime(formats=["%Y-%m-%d"])


def _date(value: object) -> str | None:
    return value.date().isoformat() if value is not None else None  # type: ignore[attr-defined]


def echo_summary(summary: ledger.IngestSummary, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False))
    else:
        click.echo(
            f"ingested {len(summary.ingested)}, duplicates {len(summary.duplicates)}, "
            f"skipped {len(summary.skipped)}",
            err=True,
        )
    for s in summary.skipped:
        click.echo(f"skipped: {s.message} [{s.code}]", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", type=DATE, help="Date for plain-text files without a `date` header.")
@click.option("--format", "fmt", help="Read every path as this format (txt, jsonl, ...).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_obj
def add(
    settings: Settings, paths: tuple[str, ...], date: object, fmt: str | None, as_json: bool
) -> None:
    """Ingest articles into the ledger (files, folders, or - for stdin).

    Plain text starts with a line `date YYYY-MM-DD` (or pass --date); JSON Lines records are
    {"id", "text", "date", "title", "url", "source"}. Re-adding the same text is a no-op.
    Bad records are reported and stored in the ledger's skipped list; the exit status is 1
    when anything was skipped.
    """
    summary = ledger.add(paths, settings, date=_date(date), format=fmt)
    echo_summary(summary, as_json)
    sys.exit(1 if summary.skipped else 0)
