"""`claimledger eval`: score extraction on public benchmarks beside published numbers."""

from __future__ import annotations

import importlib
import json

import click

from ..settings import Settings
from . import main


@main.group(name="eval")
def eval_group() -> None:
    """Score extraction on public benchmarks, the quantity suites (Recognizers-Text,
    quantulum3, MeasEval), time frames and field news; data not bundled."""


def _run(module: str, path: str | None, settings: Settings, as_json: bool) -> None:
    mod = importlib.import_module(f"claimledger.evaluate.{module}")
    report = mod.evaluate(path, settings)
    click.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.render())


_PATH = click.argument("path", type=click.Path(exists=True))
_JSON = click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")


@eval_group.command()
@_PATH
@_JSON
@click.option(
    "--folds",
    type=int,
    default=0,
    help="Report k-fold figures (mean and spread over folds) instead of one pooled score.",
)
@click.pass_obj
def newsquant(settings: Settings, path: str, as_json: bool, folds: int) -> None:
    """Quantities on NewsQuant (PATH: a NewsQuant JSON file, e.g. NewsQuant.dev.json)."""
    if folds:
        from ..evaluate.newsquant import cross_validate

        report = cross_validate(path, folds, settings)
        click.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.render())
        return
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
@click.option(
    "--records",
    type=click.Path(exists=True, dir_okay=False),
    default=None,
    help="Score these saved `extract --format jsonl` records instead of extracting.",
)
@click.pass_obj
def hcn(settings: Settings, path: str, as_json: bool, records: str | None) -> None:
    """Main claim and claimer on HCN (PATH: dev.json; word2idx.json must sit beside it)."""
    if records is None:
        _run("hcn", path, settings, as_json)
        return
    from ..evaluate.hcn import score_records

    report = score_records(path, records)
    click.echo(json.dumps(report.to_dict(), indent=2) if as_json else report.render())


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


@eval_group.command()
@_PATH
@_JSON
@click.pass_obj
def recognizers(settings: Settings, path: str, as_json: bool) -> None:
    """Quantities on Microsoft Recognizers-Text number and unit specs (PATH: the folder
    holding Number/ and NumberWithUnit/)."""
    _run("recognizers", path, settings, as_json)


@eval_group.command(name="quantulum3")
@click.option(
    "--path",
    type=click.Path(exists=True),
    default=None,
    help="A folder of quantulum3 test files (default: the installed package's own).",
)
@_JSON
@click.pass_obj
def quantulum3_cases(settings: Settings, path: str | None, as_json: bool) -> None:
    """Quantities on quantulum3's own English test cases, read from the installed package."""
    _run("quantulum", path, settings, as_json)


@eval_group.command()
@_PATH
@_JSON
@click.pass_obj
def measeval(settings: Settings, path: str, as_json: bool) -> None:
    """Quantity spans, units and modifiers on MeasEval (PATH: the MeasEval folder or a split
    holding text/ and tsv/)."""
    _run("measeval", path, settings, as_json)
