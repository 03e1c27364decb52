"""spaCy-native extraction: pure functions ``Doc -> records`` and the streaming Extractor."""

from __future__ import annotations

from .extract import Extractor, extract_doc

__all__ = ["Extractor", "extract_doc"]
