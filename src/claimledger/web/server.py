"""Run the web app under uvicorn: loopback by default, read-only unless given a token."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from ..settings import Settings
from .app import create_app
from .guard import MAX_BODY

log = logging.getLogger(__name__)

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def loopback_hosts(port: int) -> list[str]:
    """Host names a browser sends for a loopback server (blocks DNS rebinding)."""
    return ["127.0.0.1", "localhost", "[::1]"]


def serve(
    settings: Settings | None = None,
    *,
    host: str = DEFAULT_HOST,
    port: int = DEFAULT_PORT,
    write_token: str | None = None,
    max_body: int = MAX_BODY,
    log_level: str = "info",
) -> None:
    """Serve the ledger until interrupted."""
    import uvicorn

    settings = settings or Settings()
    if not is_loopback(host):
        log.warning(
            "serving on %s: anyone who can reach this address can read the ledger%s",
            host,
            "; the write token travels in clear text without a TLS proxy" if write_token else "",
        )
    app = create_app(
        settings,
        write_token=write_token,
        max_body=max_body,
        allowed_hosts=loopback_hosts(port) if is_loopback(host) else None,
    )
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False)


@dataclass(frozen=True, slots=True)
class Answer:
    """What the app answered to one request."""

    status: int
    content_type: str
    body: bytes


def get(settings: Settings | None, path: str, *, html: bool = False) -> Answer:
    """Answer ``GET path`` in this process, without a server (``claimledger serve --get``,
    as ``datasette --get``): the same app, routes and dicts a browser or client gets.

    ``html`` asks for the page instead of the JSON (the ``Accept`` header a browser sends).
    """
    parts = urlsplit(path if path.startswith("/") else "/" + path)
    app = create_app(settings or Settings())
    accept = b"text/html" if html else b"application/json"
    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": unquote(parts.path),
        # Typed paths may hold any character ("?q=Київ"): percent-encode what a browser would.
        "raw_path": quote(parts.path, safe="/%:@!$&'()*+,;=").encode("ascii"),
        "query_string": quote(parts.query, safe="/%:@!$&'()*+,;=?").encode("ascii"),
        "root_path": "",
        "headers": [(b"host", b"localhost"), (b"accept", accept)],
        "client": ("127.0.0.1", 0),
        "server": ("localhost", 80),
    }
    status = 500
    headers: dict[bytes, bytes] = {}
    body = bytearray()

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])
            headers.update((k.lower(), v) for k, v in message.get("headers", []))
        elif message["type"] == "http.response.body":
            body.extend(message.get("body", b""))

    try:
        asyncio.run(app(scope, receive, send))
    finally:
        app.state.stores.close()
    return Answer(status, headers.get(b"content-type", b"").decode("latin-1"), bytes(body))
