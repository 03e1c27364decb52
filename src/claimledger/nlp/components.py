"""Every spaCy pipeline component claimledger adds, registered here, in one idiom.

- ``claimledger_paragraphs``: presets sentence starts at paragraphs, headings and list
  labels (added before the parser by :func:`.pipeline.load`);
- ``claimledger_bound_sentences``: caps sentences at 200 tokens (issue 15);
- ``claimledger_quantities``: ``doc._.quantities``, the doc's quantities;
- ``claimledger_attributions``: ``doc._.attributions``; ``config={"mode": ...}`` with
  ``rules`` (default), ``auto`` or ``tagger``.

Each is also registered as ``<name>_v1``: the plain names are the stable interface (the
README documents them), the ``_v1`` names pin today's behaviour for configs that want a
versioned factory. Each factory imports its module when a pipeline is built, so registering
costs nothing; ``register()`` is idempotent and is called by :mod:`.pipeline`,
:mod:`.quantities` and :mod:`.attribution` on import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["NAMES", "register"]

NAMES = (
    "claimledger_paragraphs",
    "claimledger_bound_sentences",
    "claimledger_quantities",
    "claimledger_attributions",
)


class QuantitiesComponent:
    """Fills ``doc._.quantities`` with :func:`claimledger.nlp.quantities.extract_quantities`."""

    def __init__(self, nlp: Language, name: str) -> None:
        from spacy.tokens import Doc as _Doc

        if not _Doc.has_extension("quantities"):
            _Doc.set_extension("quantities", default=None, force=True)
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from .quantities import extract_quantities

        doc._.quantities = list(extract_quantities(doc))
        return doc


class AttributionComponent:
    """Fills ``doc._.attributions``: the rules (``mode="rules"``, the default) or the tagger
    over the rules (``"auto"``, ``"tagger"``; see :func:`.attrib_assemble.attributions`)."""

    def __init__(self, nlp: Language, name: str, mode: str = "rules") -> None:
        from spacy.tokens import Doc as _Doc

        if not _Doc.has_extension("attributions"):
            _Doc.set_extension("attributions", default=(), force=True)
        self.name, self.mode = name, mode

    def __call__(self, doc: Doc) -> Doc:
        if self.mode == "rules":
            from .attribution import extract_attributions

            doc._.attributions = tuple(extract_attributions(doc))
        else:
            from .attrib_assemble import attributions

            doc._.attributions = tuple(attributions(doc, self.mode))
        return doc


def _paragraphs(doc: Doc) -> Doc:
    from .pipeline import paragraph_starts

    return paragraph_starts(doc)


def _bound(doc: Doc) -> Doc:
    from .pipeline import bound_sentences

    return bound_sentences(doc)


def _make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    return QuantitiesComponent(nlp, name)


def _make_attributions(nlp: Language, name: str, mode: str) -> AttributionComponent:
    return AttributionComponent(nlp, name, mode)


def register() -> None:
    """Register every component under its plain and its ``_v1`` name (once; no-op without
    spaCy)."""
    try:
        from spacy.language import Language
    except ImportError:  # pragma: no cover - the pure functions work without spaCy
        return
    for suffix in ("", "_v1"):
        names = [name + suffix for name in NAMES]
        paragraphs, bound, quantities, attrs = names
        if paragraphs not in Language.factories:
            Language.component(paragraphs)(_paragraphs)
        if bound not in Language.factories:
            Language.component(bound)(_bound)
        if quantities not in Language.factories:
            Language.factory(quantities)(_make_quantities)
        if attrs not in Language.factories:
            Language.factory(attrs, default_config={"mode": "rules"})(_make_attributions)
