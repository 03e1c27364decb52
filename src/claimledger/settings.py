"""The one options object shared by the CLI, the web app and the library."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

from .errors import InputError
from .models import ATTRIBUTION_MODES, AttributionMode

DEFAULT_DB = "claimledger.db"


def _env_db() -> str:
    return os.environ.get("CLAIMLEDGER_DB", DEFAULT_DB)


def _mode(var: str) -> AttributionMode:
    value = os.environ.get(var, "auto")
    if value not in ATTRIBUTION_MODES:
        raise InputError(
            f"{var}={value!r} is not an attribution mode; use one of {', '.join(ATTRIBUTION_MODES)}"
        )
    return value


@dataclass(frozen=True, slots=True)
class Settings:
    """Where the ledger lives and how extraction runs.

    ``db`` is a SQLite path (default ``./claimledger.db``, or ``$CLAIMLEDGER_DB``) or a
    ``postgresql://`` URL. ``model`` overrides the spaCy pipeline for English;
    ``attribution`` picks the attribution extractor (``auto``, ``tagger`` or ``rules``).
    """

    db: str = field(default_factory=_env_db)
    model: str | None = field(default_factory=lambda: os.environ.get("CLAIMLEDGER_MODEL"))
    batch_size: int = 32
    workers: int = 1
    # Parse only sentences that can hold a claim (numbers, quotes, reporting verbs, hedges).
    cascade: bool = False
    # Attribution extractor: "auto" (the neural tagger when installed, else the rules),
    # "tagger" or "rules".
    attribution: AttributionMode = field(default_factory=lambda: _mode("CLAIMLEDGER_ATTRIBUTION"))

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]
