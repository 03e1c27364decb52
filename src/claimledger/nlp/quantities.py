"""Quantities: value, bound/change, unit and the concept counted. (Placeholder: being written.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..models import Quantity

if TYPE_CHECKING:
    from spacy.tokens import Doc


def extract_quantities(doc: Doc) -> Iterator[Quantity]:
    """Every quantity in ``doc``, in text order, offsets into ``doc.text``."""
    return iter(())
