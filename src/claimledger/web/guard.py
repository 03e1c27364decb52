"""The safety layer around the app: Host check, bounded request bodies, security headers,
and HEAD answered as GET without the body (HTTP requires HEAD wherever GET is served).

A plain ASGI middleware, so oversized bodies are refused before any route reads them.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_BODY = 1 << 20  # 1 MiB: an article is at most a few hundred kB of text

# Pages load scripts, styles and images from this server only; article text can never run.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def error_body(status: int, code: str, message: str, **extra: Any) -> bytes:
    return json.dumps(
        {"error": {"status": status, "code": code, "message": message, **extra}}
    ).encode()


async def send_error(send: Send, status: int, code: str, message: str) -> None:
    body = error_body(status, code, message)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *HEADERS,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class Guard:
    """Refuse unknown Host headers (DNS rebinding) and bodies over ``max_body`` bytes;
    add security headers to every response."""

    def __init__(
        self, app: ASGIApp, *, max_body: int = MAX_BODY, allowed_hosts: list[str] | None = None
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.allowed_hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None

    def _host_ok(self, scope: Scope) -> bool:
        if self.allowed_hosts is None:
            return True
        host = ""
        for k, v in scope.get("headers", []):
            if k == b"host":
                host = v.decode("latin-1").lower()
                break
        # "[::1]:8000" -> "[::1]", "localhost:8000" -> "localhost"
        name = host[: host.find("]") + 1] if host.startswith("[") else host.rsplit(":", 1)[0]
        return name in self.allowed_hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if not self._host_ok(scope):
            await send_error(
                send, 400, "bad_host", "Host header not allowed; use the address the server gave"
            )
            return
        length = None
        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    length = int(v)
                except ValueError:
                    await send_error(send, 400, "bad_request", "Content-Length is not a number")
                    return
        if length is not None and length > self.max_body:
            await send_error(
                send,
                413,
                "too_large",
                f"request body of {length:,} bytes is over the {self.max_body:,}-byte limit; "
                "send a shorter article",
            )
            return

        if scope["method"] in ("POST", "PUT", "PATCH", "DELETE"):
            # Read the (bounded) body up front, so a chunked body cannot grow past the limit.
            chunks: list[bytes] = []
            size = 0
            while True:
                msg = await receive()
                if msg["type"] == "http.disconnect":
                    return
                chunk = msg.get("body", b"")
                size += len(chunk)
                if size > self.max_body:
                    await send_error(
                        send,
                        413,
                        "too_large",
                        f"request body is over the {self.max_body:,}-byte limit; "
                        "send a shorter article",
                    )
                    return
                chunks.append(chunk)
                if not msg.get("more_body", False):
                    break
            body = b"".join(chunks)
            sent = False

            async def replay() -> Message:
                nonlocal sent
                if not sent:
                    sent = True
                    return {"type": "http.request", "body": body, "more_body": False}
                return await receive()

            receive = replay

        head = scope["method"] == "HEAD"
        if head:  # the GET route answers; its headers (Content-Length too) go, its body not
            scope = {**scope, "method": "GET"}

        async def send_with_headers(message: Message) -> None:
            if head and message["type"] == "http.response.body":
                if message.get("more_body", False):
                    return
                message = {"type": "http.response.body", "body": b"", "more_body": False}
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [
                    *message.get("headers", []),
                    *(h for h in HEADERS if h[0] not in names),
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)
