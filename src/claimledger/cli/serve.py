"""``claimledger serve``: the ledger in a browser, with a JSON API."""

from __future__ import annotations

import click

from ..settings import Settings
from . import main


@main.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to bind. Anything but loopback exposes the ledger to the network.",
)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option(
    "--write-token",
    envvar="CLAIMLEDGER_WRITE_TOKEN",
    default=None,
    help="Enable writes (POST /api/articles) for requests sending `Authorization: Bearer "
    "TOKEN` (env CLAIMLEDGER_WRITE_TOKEN). Without it the server is read-only.",
)
@click.option(
    "--max-body",
    type=click.IntRange(1024, 64 << 20),
    default=1 << 20,
    show_default=True,
    help="Largest request body in bytes.",
)
@click.pass_obj
def serve(settings: Settings, host: str, port: int, write_token: str | None, max_body: int) -> None:
    """Open the ledger in a browser: claims, articles with highlights, timelines, API docs.

    Every page has a .json twin (/claims.json, /claims/ID.json, ...); the API is
    described at /docs and /openapi.json.
    """
    from ..web import serve as run

    click.echo(f"claimledger: serving {settings.db} at http://{host}:{port}/", err=True)
    run(settings, host=host, port=port, write_token=write_token or None, max_body=max_body)
