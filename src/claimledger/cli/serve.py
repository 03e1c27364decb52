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
@click.option(
    "--get",
    "get_path",
    metavar="PATH",
    help="Print what the server answers to GET PATH (e.g. '/claims.json?claimer=kremlin') "
    "and exit, without starting a server; exit 1 when the answer is an error.",
)
@click.option("--html", is_flag=True, help="With --get: ask for the HTML page instead of the JSON.")
@click.pass_obj
def serve(
    settings: Settings,
    host: str,
    port: int,
    write_token: str | None,
    max_body: int,
    get_path: str | None,
    html: bool,
) -> None:
    """Open the ledger in a browser: claims, articles with highlights, timelines, API docs.

    Every page has a .json twin (/claims.json, /claims/ID.json, ...); the API is
    described at /docs and /openapi.json. `--get PATH` prints one answer instead.
    """
    if get_path is not None:
        from ..web import get

        answer = get(settings, get_path, html=html)
        click.echo(answer.body.decode("utf-8", "replace"))
        if answer.status >= 400:
            raise SystemExit(1)
        return
    from ..web import serve as run

    click.echo(f"claimledger: serving {settings.db} at http://{host}:{port}/", err=True)
    run(settings, host=host, port=port, write_token=write_token or None, max_body=max_body)
