"""JSON objects kept with their encoding, so a page of claims is joined, not re-encoded.

A stored claim never changes (the ledger only grows), so the JSON of its listing entry is
made once per process and kept (``ClaimCache``, bounded); a page then costs its queries
and a join of bytes. The HTML page renders each entry's table row once, too.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from fastapi.responses import Response

__all__ = ["ClaimCache", "Encoded", "JSONBytes", "dumps"]


# As Starlette's JSONResponse writes it; one encoder (json.dumps makes one per call).
_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def _dump(value: Any) -> bytes:
    return _ENCODER.encode(value).encode("utf-8")


class Encoded:
    """A JSON object kept as its encoding (``raw``); ``to_dict()`` reads it back."""

    __slots__ = ("_last", "html", "raw")

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self._last: tuple[dict[str, Any], Encoded] | None = None
        self.html: Any = None  # the HTML page's table row, once rendered

    @classmethod
    def of(cls, data: dict[str, Any]) -> Encoded:
        return cls(_dump(data))

    def to_dict(self) -> dict[str, Any]:
        return json.loads(self.raw)  # type: ignore[no-any-return]

    def plus(self, **fields: Any) -> Encoded:
        """This object with ``fields`` added at the end (keys it does not have). The last
        result is kept: a claim's verdicts rarely change between two pages."""
        if not fields:
            return self
        if self._last is not None and self._last[0] == fields:
            return self._last[1]
        tail = b",".join(_dump(k) + b":" + _dump(v) for k, v in fields.items())
        sep = b"," if self.raw != b"{}" else b""
        out = Encoded(self.raw[:-1] + sep + tail + b"}")
        self._last = (fields, out)
        return out


def dumps(data: dict[str, Any]) -> bytes:
    """``data`` as JSON, each ``Encoded`` value (or list of them) taken as encoded."""
    parts = []
    for k, v in data.items():
        if isinstance(v, Encoded):
            enc = v.raw
        elif isinstance(v, list) and v and all(isinstance(x, Encoded) for x in v):
            enc = b"[" + b",".join(x.raw for x in v) + b"]"
        else:
            enc = _dump(v)
        parts.append(_dump(k) + b":" + enc)
    return b"{" + b",".join(parts) + b"}"


class JSONBytes(Response):
    """A JSON response from a dict that may hold ``Encoded`` values."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return dumps(content)


class ClaimCache:
    """The encoded listing entries of up to ``size`` claims, by claim id, least recently
    used dropped first. One per app: claim ids belong to one ledger."""

    def __init__(self, size: int = 10_000) -> None:
        self.size = size
        self._items: OrderedDict[int, Encoded] = OrderedDict()
        self._lock = threading.Lock()

    def get_many(
        self, ids: Iterable[int], load: Callable[[list[int]], dict[int, Encoded]]
    ) -> dict[int, Encoded]:
        """The entries of ``ids``; ``load`` makes the missing ones (and they are kept)."""
        ids = list(ids)
        found: dict[int, Encoded] = {}
        with self._lock:
            for i in ids:
                hit = self._items.get(i)
                if hit is not None:
                    self._items.move_to_end(i)
                    found[i] = hit
        missing = [i for i in ids if i not in found]
        if missing:
            made = load(missing)
            found.update(made)
            if self.size > 0:
                with self._lock:
                    self._items.update(made)
                    while len(self._items) > self.size:
                        self._items.popitem(last=False)
        return found
