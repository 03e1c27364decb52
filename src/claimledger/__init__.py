"""claimledger: a ledger of attributed, quantified claims from news, with provenance.

>>> import claimledger
>>> summary = claimledger.add(["article.txt"])          # ingest into ./claimledger.db
>>> rows = claimledger.claims(claimledger.ClaimQuery(claimer="Ukraine"))
"""

from __future__ import annotations

from .errors import ClaimLedgerError
from .ledger import IngestSummary, add, claims, extract
from .models import Article, Attribution, Claim, Entity, Extraction, Quantity, Skipped, Span
from .settings import Settings
from .store import ClaimQuery, open_store

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Attribution",
    "Claim",
    "ClaimLedgerError",
    "ClaimQuery",
    "Entity",
    "Extraction",
    "IngestSummary",
    "Quantity",
    "Settings",
    "Skipped",
    "Span",
    "add",
    "claims",
    "extract",
    "open_store",
]
