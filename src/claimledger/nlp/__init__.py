"""spaCy-native extraction: pure functions ``Doc -> records`` and the streaming Extractor.

The package imports spaCy lazily: a later stage may use its spaCy-free modules (the party
tables of :mod:`.parties`) without loading a pipeline library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .extract import Extractor, extract_doc

__all__ = ["Extractor", "extract_doc"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import extract

        return getattr(extract, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
