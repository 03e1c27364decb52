"""The web UI and JSON API: an app factory, views returning dicts, templates.

Every page has a ``.json`` twin from the same view function. Start it with
``claimledger serve`` or ``create_app(settings)`` under any ASGI server.
"""

from __future__ import annotations

from .app import create_app
from .server import Answer, get, serve

__all__ = ["Answer", "create_app", "get", "serve"]
