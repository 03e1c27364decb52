"""Check-worthiness of sentences from a small trained spaCy text classifier.

The shipped model (``nlp/models/worthiness``) is a standalone pipeline, a blank English
tokenizer plus one ``textcat_multilabel`` with a single label, trained on ClaimBuster by
``claimledger.train.worthiness`` (see its MODEL_CARD.md). It is independent of the
parsing pipeline, so it scores plain strings and costs a tokenizer pass plus a sparse dot
product per sentence.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["LABEL", "MODEL_DIR", "WorthinessScorer", "get_scorer", "normalize_text"]

log = logging.getLogger(__name__)

LABEL = "CHECKWORTHY"
MODEL_DIR = Path(__file__).resolve().parent / "models" / "worthiness"
# Longer inputs are cut: a sentence this long is not a sentence, and spaCy caps doc length.
_MAX_CHARS = 20_000
_DIGIT = re.compile(r"\d")


# Word-count buckets: check-worthy sentences are longer (ClaimBuster: 11 % of 3-5 word
# sentences are check-worthy, 51 % of those with 36+ words); a bag of words cannot see length.
_LEN_EDGES = (6, 9, 12, 18, 24, 36)
_LEN_TOKENS = tuple(f"zzlen{c}zz" for c in "abcdefg")


def _length_token(text: str) -> str:
    n = len(text.split())
    return _LEN_TOKENS[sum(1 for e in _LEN_EDGES if n >= e)]


def normalize_text(text: str, mode: str = "lower_digits") -> str:
    """The text as the model sees it: ``lower_digits`` lowercases and maps every digit to 0;
    ``lower_digits_len`` also appends a word-count bucket token.

    Numbers matter to check-worthiness by their presence and shape, not their value.
    """
    if mode == "none":
        return text
    if mode == "lower_digits":
        return _DIGIT.sub("0", text.lower())
    if mode == "lower_digits_len":
        return f"{_DIGIT.sub('0', text.lower())} {_length_token(text)}"
    raise ValueError(f"unknown normalisation {mode!r}")


class WorthinessScorer:
    """P(check-worthy) for sentences, batched through ``nlp.pipe``."""

    def __init__(
        self, nlp: Language, *, normalize: str = "lower_digits_len", batch_size: int = 512
    ):
        self.nlp = nlp
        self.normalize = normalize
        self.batch_size = batch_size

    @classmethod
    def load(cls, path: str | Path = MODEL_DIR) -> WorthinessScorer:
        """Load a pipeline saved by ``claimledger.train.worthiness.train`` (raises ModelError
        if unusable)."""
        import spacy

        p = Path(path)
        try:
            nlp = spacy.load(p)
            recipe = json.loads((p / "recipe.json").read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError) as e:  # spaCy's load errors, bad JSON
            raise ModelError(
                f"{p}: cannot load the worthiness model ({e}); retrain it with "
                "python -m claimledger.train.worthiness DATA.json OUT_DIR"
            ) from e
        if "textcat_multilabel" not in nlp.pipe_names:
            raise ModelError(f"{p}: no textcat_multilabel in the worthiness model; retrain it")
        return cls(nlp, normalize=str(recipe.get("normalize", "lower_digits_len")))

    def score_texts(self, texts: Sequence[str]) -> list[float]:
        """One score in 0..1 per text, in order; never raises on odd Unicode.

        Blank texts score 0.0 without reaching the model (thinc's bag-of-words layer fails
        on a zero-token doc mixed into a batch, and a blank sentence claims nothing).
        """
        out = [0.0] * len(texts)
        idx = [i for i, t in enumerate(texts) if t.strip()]
        prepped = (normalize_text(texts[i][:_MAX_CHARS], self.normalize) for i in idx)
        for i, doc in zip(idx, self.nlp.pipe(prepped, batch_size=self.batch_size), strict=True):
            s = float(doc.cats.get(LABEL, 0.0))
            out[i] = min(1.0, max(0.0, s)) if s == s else 0.0  # s != s: NaN
        return out

    def score_text(self, text: str) -> float:
        return self.score_texts([text])[0]


@functools.lru_cache(maxsize=1)
def get_scorer() -> WorthinessScorer | None:
    """The shipped scorer, loaded once; None when the model files are not installed."""
    if not (MODEL_DIR / "config.cfg").is_file():
        log.warning("worthiness model not found at %s; using heuristic scores", MODEL_DIR)
        return None
    return WorthinessScorer.load(MODEL_DIR)
