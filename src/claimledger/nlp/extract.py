"""From articles to extractions: one spaCy pass, then pure functions over each Doc."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..errors import ModelError
from ..models import Article, Entity, Extraction, Skipped
from ..settings import Settings
from . import pipeline
from .attrib_assemble import attributions as find_attributions
from .claims import build_claims
from .frames import frame_quantities
from .quantities import extract_quantities

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .attrib_tagger import Tagged

log = logging.getLogger(__name__)


def extract_entities(doc: Doc) -> list[Entity]:
    return [Entity(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents]


def extract_doc(
    doc: Doc, article: Article, *, attribution: str = "auto", tagged: Tagged | None = None
) -> Extraction:
    """Everything claimledger extracts from one parsed article (``doc.text == article.text``).

    ``attribution`` picks the attribution extractor: ``auto`` (the neural tagger when
    installed, else the rules), ``tagger`` or ``rules``; ``tagged``: the tagger's spans when
    the caller already has them.
    """
    entities = extract_entities(doc)
    quantities = list(extract_quantities(doc))
    attributions = find_attributions(doc, attribution, tagged)
    claims = build_claims(doc, article, quantities, attributions)
    quantities = frame_quantities(doc, article, quantities, claims)
    return Extraction(
        article=article,
        entities=tuple(entities),
        quantities=tuple(quantities),
        attributions=tuple(attributions),
        claims=tuple(claims),
    )


class Extractor:
    """Holds one pipeline per language and streams extractions in input order."""

    def __init__(self, settings: Settings | None = None, nlp: Language | None = None) -> None:
        self.settings = settings or Settings()
        self._nlps: dict[str, Language] = {}
        if nlp is not None:
            self._nlps["en"] = nlp

    def nlp_for(self, language: str) -> Language:
        if language not in self._nlps:
            override = self.settings.model if language == "en" else None
            self._nlps[language] = pipeline.load(language, override)
        return self._nlps[language]

    def supports(self, language: str) -> bool:
        """Whether a pipeline for ``language`` is loaded or installed."""
        if language in self._nlps:
            return True
        try:
            pipeline.model_name(language, self.settings.model if language == "en" else None)
        except ModelError:
            return False
        return True

    def unsupported(self, article: Article) -> Skipped:
        """The Skipped record for an article in a language with no installed pipeline."""
        return Skipped(
            article.origin or article.id,
            "no_model",
            f"{article.origin or article.id}: no spaCy pipeline for language "
            f"{article.language!r} is installed; install one (see LANGUAGE_MODELS in "
            'claimledger.nlp.pipeline) or set the record\'s "language"',
        )

    def extract_one(self, article: Article) -> Extraction:
        return next(self.extract([article]))

    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """Extract each article; runs of the same language share one ``nlp.pipe`` stream."""
        for language, group in itertools.groupby(articles, key=lambda a: a.language):
            nlp = self.nlp_for(language)
            stream = ((a.text, a) for a in group)
            for doc, article in nlp.pipe(
                stream, as_tuples=True, batch_size=self.settings.batch_size
            ):
                yield extract_doc(doc, article, attribution=self.settings.attribution)
