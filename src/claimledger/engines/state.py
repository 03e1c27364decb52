"""What the batch runner keeps between runs: file fingerprints here, the tables in the store.

The SQL of checkpoints, runs, signatures and near-duplicates lives in
:mod:`claimledger.store.ingest_state` with the rest of the ledger's SQL.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..store.ingest_state import IngestState

__all__ = ["IngestState", "fingerprint"]


def fingerprint(path: Path) -> str:
    """What identifies a file's content for resuming: its size and modification time."""
    st = os.stat(path)
    return f"{st.st_size}:{st.st_mtime_ns}"
