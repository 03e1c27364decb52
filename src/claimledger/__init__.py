"""claimledger: a ledger of attributed, quantified claims from news, with provenance.

>>> import claimledger
>>> summary = claimledger.add(["article.txt"])          # ingest into ./claimledger.db
>>> rows = claimledger.claims(claimledger.ClaimQuery(claimer="Ukraine"))
>>> with claimledger.Ledger() as ledger:                  # one object, one method a feature
...     ledger.check(); rows = ledger.claims(claimledger.ClaimQuery(claimer="Ukraine"))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import ClaimLedgerError
from .models import Article, Attribution, Claim, Entity, Extraction, Quantity, Skipped, Span
from .settings import Settings
from .store import ClaimQuery, open_store

if TYPE_CHECKING:
    from .ledger import IngestSummary, Ledger, add, claims, extract

__version__ = "0.1.0"

_LAZY = {"IngestSummary", "Ledger", "add", "claims", "extract"}


def __getattr__(name: str) -> Any:
    # The extraction stack (spaCy) loads on first use, not on `import claimledger`.
    if name in _LAZY:
        from . import ledger

        return getattr(ledger, name)
    raise AttributeError(f"module 'claimledger' has no attribute {name!r}")


__all__ = [
    "Article",
    "Attribution",
    "Claim",
    "ClaimLedgerError",
    "ClaimQuery",
    "Entity",
    "Extraction",
    "IngestSummary",
    "Ledger",
    "Quantity",
    "Settings",
    "Skipped",
    "Span",
    "add",
    "claims",
    "extract",
    "open_store",
]
