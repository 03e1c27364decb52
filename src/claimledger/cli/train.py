"""`claimledger train`: rebuild the shipped models from their public training data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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
@click.option(
    "--tagger-out",
    type=click.Path(file_okay=False),
    default=str(MODELS / "attribution_tagger"),
    show_default=True,
    help="Where to write the neural tagger (ONNX), its tokenizer and model card.",
)
@click.option("--no-filter", is_flag=True, help="Skip the candidate filter (needs scikit-learn).")
@click.option(
    "--rules/--no-rules", default=True, show_default=True, help="Relearn the cue lexicon/filter."
)
@click.option(
    "--tagger/--no-tagger",
    default=True,
    show_default=True,
    help="Fine-tune the neural tagger after the rules (needs the train extra: "
    "pip install torch==2.13.0 && pip install -e '.[train]').",
)
@click.option("--epochs", type=float, default=7.0, show_default=True, help="Tagger epochs.")
@click.option("--seed", type=int, default=0, show_default=True, help="Tagger seed.")
@click.option(
    "--limit", type=int, default=None, help="Only the first N train articles (smoke test)."
)
@click.option(
    "--layers",
    type=click.IntRange(1, 6),
    default=6,
    show_default=True,
    help="Transformer layers kept from the base (evenly spaced): fewer is a cheaper student.",
)
@click.option(
    "--teacher",
    type=click.Path(exists=True, file_okay=False),
    default=None,
    help="A trained tagger folder whose outputs the new tagger also learns (distillation).",
)
def train_attribution(
    train_dir: str,
    dev_dir: str,
    out: str,
    tagger_out: str,
    no_filter: bool,
    rules: bool,
    tagger: bool,
    epochs: float,
    seed: int,
    limit: int | None,
    layers: int,
    teacher: str | None,
) -> None:
    """Train attribution on PolNeAR TRAIN_DIR (.../polnear/data/train), tune on DEV_DIR.

    First the rules' learned cue lexicon and candidate filter, then the neural tagger that
    reads the rules' output (it is retrained whenever the rules change). Prints the dev
    scores; each model folder gets a MODEL_CARD.md.
    """
    result: dict[str, Any] = {}
    if rules:
        from ..train.attribution import train as run

        result["rules"] = run(train_dir, dev_dir, out, with_filter=not no_filter)
        result["rules"].pop("lemmas", None)
    if tagger:
        from ..train.tagger import TrainConfig
        from ..train.tagger import train as run_tagger

        cfg = TrainConfig(epochs=epochs, seed=seed, limit=limit, layers=layers, teacher=teacher)
        result["tagger"] = run_tagger(train_dir, dev_dir, tagger_out, cfg)
    click.echo(json.dumps(result, indent=2, default=str))


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
    from ..train.worthiness import train as run

    result = run(data, out, seed=seed)
    click.echo(json.dumps(result, indent=2, default=str))


@train.command("mainclaim")
@click.argument("data", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    default=str(MODELS / "mainclaim"),
    show_default=True,
    help="Where to write the main-claim weights and model card.",
)
@click.option("--folds", type=click.IntRange(2), default=10, show_default=True)
def train_mainclaim(data: str, out: str, folds: int) -> None:
    """Train the main-claim model on an HCN split DATA (dev.json; word2idx.json beside it).

    Cross-validates each L2 strength by article, fits the best on all of DATA and writes
    weights.json and MODEL_CARD.md (needs scipy, installed with the dev or train extra).
    """
    from ..train.mainclaim import train as run

    result = run(data, out, k=folds)
    click.echo(json.dumps({k: v for k, v in result.items() if k != "model"}, indent=2))
