"""Run the web app under uvicorn: loopback by default, read-only unless given a token."""

from __future__ import annotations

import ipaddress
import logging

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
