"""Near-duplicate detection: MinHash (datasketch) over word 3-grams, and an LSH index.

A wire copy with a changed headline or dateline shares nearly all its 3-grams with the
original. An article whose estimated Jaccard similarity to a stored one is at least
``threshold`` is linked to it instead of stored. Signatures are kept in the ledger
(``article_minhash``), so detection spans runs; the LSH index is rebuilt from them at start.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import numpy as np

log = logging.getLogger(__name__)

__all__ = ["NearDupIndex", "NearMatch", "signature"]

NUM_PERM = 64
THRESHOLD = 0.8
SCHEME = "affine32"  # datasketch 2 hashing scheme of MinHash(); kept with stored signatures
# Shorter texts share too few 3-grams for a reliable estimate; they are only deduplicated
# exactly.
MIN_WORDS = 12
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class NearMatch:
    hash: str  # content hash of the stored (or earlier in-run) article
    similarity: float


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature (uint32) of ``text``'s word 3-grams, or None if too short."""
    from datasketch import MinHash

    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return None
    shingles = {" ".join(words[i : i + 3]).encode("utf-8") for i in range(len(words) - 2)}
    m = MinHash(num_perm=NUM_PERM)
    if getattr(m, "scheme", SCHEME) != SCHEME:
        raise RuntimeError(f"datasketch MinHash scheme {m.scheme!r}, expected {SCHEME!r}")
    m.update_batch(list(shingles))
    return np.asarray(m.hashvalues, dtype=np.uint32)


def _similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.count_nonzero(a == b)) / len(a)


class NearDupIndex:
    """An in-memory LSH (8 bands of 8 rows) over the signatures of stored and in-run articles.

    Compact on purpose, since it grows with the ledger: each article costs its 256-byte
    signature (in blocks of a numpy array), its hash string and one small-int entry per
    band, about 1.2 KB in all. A candidate from any band is verified on the full
    signature (estimated Jaccard at least ``threshold``). The band keys use Python's
    salted ``hash``: the index is rebuilt from stored signatures in every process.
    """

    BANDS, ROWS = 8, 8
    BLOCK = 65_536

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self._bands: list[dict[int, int | list[int]]] = [{} for _ in range(self.BANDS)]
        self._blocks: list[np.ndarray] = []
        self._hashes: list[str] = []
        self._known: set[str] = set()

    def __len__(self) -> int:
        return len(self._hashes)

    def _keys(self, sig: np.ndarray) -> list[int]:
        r = self.ROWS
        return [hash(sig[b * r : (b + 1) * r].tobytes()) for b in range(self.BANDS)]

    def _sig(self, i: int) -> np.ndarray:
        sig: np.ndarray = self._blocks[i // self.BLOCK][i % self.BLOCK]
        return sig

    def load(self, rows: list[tuple[str, bytes]]) -> None:
        """Index stored signatures: ``(hash, signature bytes)`` rows."""
        for h, sig in rows:
            self.add(h, np.frombuffer(bytes(sig), dtype=np.uint32))

    def add(self, h: str, sig: np.ndarray) -> None:
        if h in self._known:
            return
        i = len(self._hashes)
        if i % self.BLOCK == 0:
            self._blocks.append(np.empty((self.BLOCK, NUM_PERM), dtype=np.uint32))
        self._blocks[-1][i % self.BLOCK] = sig
        self._hashes.append(h)
        self._known.add(h)
        for band, key in zip(self._bands, self._keys(sig), strict=True):
            found = band.get(key)
            if found is None:
                band[key] = i
            elif isinstance(found, list):
                found.append(i)
            else:
                band[key] = [found, i]

    def match(self, sig: np.ndarray) -> NearMatch | None:
        """The most similar indexed article at or above the threshold (ties: smallest hash)."""
        seen: set[int] = set()
        for band, key in zip(self._bands, self._keys(sig), strict=True):
            found = band.get(key)
            if found is None:
                continue
            seen.update(found if isinstance(found, list) else (found,))
        best: NearMatch | None = None
        for i in seen:
            sim = _similarity(sig, self._sig(i))
            if sim < self.threshold:
                continue
            h = self._hashes[i]
            if best is None or sim > best.similarity or (sim == best.similarity and h < best.hash):
                best = NearMatch(h, sim)
        return best
