"""`claimledger add`: ingest articles into the ledger."""

from __future__ import annotations

import sys
from typing import Any

import click

from .. import ledger
from ..models import json_line
from ..settings import Settings
from . import main

DATE = click.DateTime(formats=["%Y-%m-%d"])


def _date(value: object) -> str | None:
    return value.date().isoformat() if value is not None else None  # type: ignore[attr-defined]


def echo_summary(
    summary: ledger.IngestSummary, as_json: bool, stats: dict[str, Any] | None = None
) -> None:
    if as_json:
        d = summary.to_dict()
        for key in ("near_duplicates", "resumed", "records", "elapsed_s", "rate_per_s"):
            if stats and key in stats and key not in d:
                d[key] = stats[key]
        click.echo(json_line(d))
    else:
        near = f", near duplicates {stats['near_duplicates']}" if stats else ""
        click.echo(
            f"ingested {len(summary.ingested)}, duplicates {len(summary.duplicates)}{near}, "
            f"skipped {len(summary.skipped)}",
            err=True,
        )
    for s in summary.skipped:
        click.echo(f"skipped: {s.message} [{s.code}]", err=True)


def _columns(values: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for v in values:
        field, sep, column = v.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise click.BadParameter(f"{v!r}: write FIELD=COLUMN, e.g. text=body")
        out[field.strip()] = column.strip()
    return out


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", type=DATE, help="Date for records without one (text, HTML, feeds).")
@click.option(
    "--format", "fmt", help="Read every path as this format (txt, jsonl, csv, html, rss, warc)."
)
@click.option(
    "--column",
    "columns",
    multiple=True,
    metavar="FIELD=COLUMN",
    help="CSV: the column holding an article field, e.g. --column text=body (repeatable).",
)
@click.option("--delimiter", help="CSV: the field separator (default: tab for .tsv, else comma).")
@click.option(
    "--workers",
    type=click.IntRange(1),
    default=None,
    help="Extraction processes (default 1); this process alone writes.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "ray"]),
    default="local",
    show_default=True,
    help="Where extraction runs: local processes or Ray Data (pip install claimledger[ray]).",
)
@click.option("--ray-address", help="Ray cluster address (default: local Ray, or $RAY_ADDRESS).")
@click.option(
    "--shards",
    type=click.Path(file_okay=False),
    help="With --engine ray: write extractions as Parquet shards here instead of the ledger; "
    "load them later with `claimledger add DIR`.",
)
@click.option(
    "--near-duplicates/--no-near-duplicates",
    default=True,
    show_default=True,
    help="Link near-identical copies (MinHash) to the stored article instead of storing them.",
)
@click.option(
    "--cascade/--no-cascade",
    default=None,
    help="Parse only sentences that can hold a claim (default: the settings' cascade); "
    "see docs/ingest.md for what stays identical.",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show rate and ETA on stderr (default: when stderr is a terminal).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_obj
def add(
    settings: Settings,
    paths: tuple[str, ...],
    date: object,
    fmt: str | None,
    columns: tuple[str, ...],
    delimiter: str | None,
    workers: int | None,
    engine: str,
    ray_address: str | None,
    shards: str | None,
    near_duplicates: bool,
    cascade: bool | None,
    progress: bool | None,
    as_json: bool,
) -> None:
    """Ingest articles into the ledger (files, folders, or - for stdin).

    Formats by extension: text (.txt, a first line `date YYYY-MM-DD` or --date), JSON Lines
    (.jsonl: {"id", "text", "date", "title", "url", "source"}), CSV/TSV (--column maps
    fields), HTML (.html), RSS/Atom (.rss, .atom), WARC (.warc, .warc.gz) and Parquet
    shards written by --shards. Re-adding the same text is a no-op; an interrupted run
    resumes where it stopped. Bad records are reported and stored in the ledger's skipped
    list; the exit status is 1 when anything was skipped.
    """
    options: dict[str, Any] = {}
    if columns:
        options["columns"] = _columns(columns)
    if delimiter:
        options["delimiter"] = delimiter
    if shards and engine != "ray":
        raise click.BadParameter("--shards needs --engine ray", param_hint="--shards")
    if cascade is not None:
        settings = settings.with_(cascade=cascade)
    stats: dict[str, Any] = {}
    summary = ledger.add(
        paths,
        settings,
        date=_date(date),
        format=fmt,
        workers=workers,
        engine=engine,
        options=options,
        near_duplicates=near_duplicates,
        progress=sys.stderr.isatty() if progress is None else progress,
        shards=shards,
        ray_address=ray_address,
        stats=stats,
    )
    echo_summary(summary, as_json, stats)
    sys.exit(1 if summary.skipped else 0)
