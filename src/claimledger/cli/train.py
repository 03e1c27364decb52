"""`claimledger train`: rebuild the shipped models from their public training data."""

from __future__ import annotations

import json
from pathlib import Path

import click

from . import main

MODELS = Path(__file__).resolve().parents[1] / "nlp" / "models"


@main.group()
def train() -> None:
    """Retrain the shipped models (data not bundled: pass its path)."""


@train.command("attribution")
@click.argument("train_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("dev_dir", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    default=str(MODELS / "attribution"),
    show_default=True,
    help="Where to write the cue lexicon, filter and model card.",
)
@click.option("--no-filter", is_flag=True, help="Skip the candidate filter (needs scikit-learn).")
def train_attribution(train_dir: str, dev_dir: str, out: str, no_filter: bool) -> None:
    """Learn attribution cues on PolNeAR TRAIN_DIR (.../polnear/data/train), tune on DEV_DIR."""
    from ..nlp.train_attribution import train as run

    scores = run(train_dir, dev_dir, out, with_filter=not no_filter)
    click.echo(json.dumps(scores, indent=2))


@train.command("worthiness")
@click.argument("data", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    default=str(MODELS / "worthiness"),
    show_default=True,
    help="Where to write the check-worthiness model.",
)
@click.option("--seed", type=int, default=0, show_default=True)
def train_worthiness(data: str, out: str, seed: int) -> None:
    """Train the check-worthiness classifier on ClaimBuster DATA (kfold_25ncs.json)."""
    from ..nlp.train_worthiness import train as run

    result = run(data, out, seed=seed)
    click.echo(json.dumps(result, indent=2, default=str))
