"""`claimledger eval`: score extraction on public benchmarks beside published numbers."""

from __future__ import annotations

import importlib
import json

import click

from ..settings import Settings
from . import main


@main.group(name="eval")
def eval_group() -> None:
    """Score extraction on public benchmarks, time frames and field news (data not
    bundled)."""


def _run(module: str, path: str, settings: Settings, as_json: bool) -> None:
    mod = importlib.import_module(f"claimledger.evaluate.{module}")
    report = mod.evaluate(path, settings)
    click.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.render())


_PATH = click.argument("path", type=click.Path(exists=True))
_JSON = click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")


@eval_group.command()
@_PATH
@_JSON
@click.pass_obj
def newsquant(settings: Settings, path: str, as_json: bool) -> None:
    """Quantities on NewsQuant (PATH: a NewsQuant JSON file, e.g. NewsQuant.dev.json)."""
    _run("newsquant", path, settings, as_json)


@eval_group.command()
@_PATH
@_JSON
@click.pass_obj
def polnear(settings: Settings, path: str, as_json: bool) -> None:
    """Attribution on PolNeAR (PATH: a split folder holding text/ and attributions/)."""
    _run("polnear", path, settings, as_json)


@eval_group.command()
@_PATH
@_JSON
@click.pass_obj
def hcn(settings: Settings, path: str, as_json: bool) -> None:
    """Main claim and claimer on HCN (PATH: dev.json; word2idx.json must sit beside it)."""
    _run("hcn", path, settings, as_json)


@eval_group.command()
@_PATH
@_JSON
@click.pass_obj
def claimbuster(settings: Settings, path: str, as_json: bool) -> None:
    """Check-worthiness on ClaimBuster by 4-fold cross-validation (PATH: kfold_25ncs.json)."""
    _run("claimbuster", path, settings, as_json)


@eval_group.command()
@_PATH
@_JSON
@click.pass_obj
def fieldnews(settings: Settings, path: str, as_json: bool) -> None:
    """Claims, frames and verdicts on real news (PATH: a folder with articles.jsonl,
    gold.jsonl and its score.py, e.g. ../shared/data/fieldnews)."""
    _run("fieldnews", path, settings, as_json)


@eval_group.command()
@_PATH
@click.option(
    "--fieldnews",
    "fieldnews_dir",
    type=click.Path(exists=True, file_okay=False),
    help="Also score time frames on a field-news folder (gold.jsonl + articles.jsonl).",
)
@_JSON
@click.pass_obj
def dates(settings: Settings, path: str, fieldnews_dir: str | None, as_json: bool) -> None:
    """Time frames on Microsoft Recognizers-Text date specs (PATH: the recognizers-text folder)."""
    from ..evaluate.dates import evaluate

    report = evaluate(path, settings, fieldnews_dir=fieldnews_dir)
    click.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.render())
