"""From articles to extractions: one spaCy pass, then pure functions over each Doc."""

from __future__ import annotations

import itertools
import logging
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from ..errors import InputError, ModelError, quote
from ..models import Article, Attribution, Entity, Extraction, Skipped
from ..settings import Settings
from . import pipeline
from .attrib_assemble import attributions as find_attributions
from .attribution import extract_attributions
from .claims import build_claims
from .frames import frame_quantities
from .quantities import extract_quantities
from .syntax import doc_text

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .attrib_tagger import Tagged, Tagger

log = logging.getLogger(__name__)
T = TypeVar("T")


def extract_entities(doc: Doc) -> list[Entity]:
    return [Entity(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents]


def extract_doc(
    doc: Doc,
    article: Article,
    *,
    attribution: str = "auto",
    tagged: Tagged | None = None,
    rules: Sequence[Attribution] | None = None,
) -> Extraction:
    """Everything claimledger extracts from one parsed article (``doc.text == article.text``).

    ``attribution`` picks the attribution extractor: ``auto`` (the neural tagger when
    installed, else the rules), ``tagger`` or ``rules``; ``tagged``: the tagger's spans when
    the caller already has them; ``rules``: the rule attributions, when already found.
    """
    entities = extract_entities(doc)
    quantities = list(extract_quantities(doc))
    attributions = find_attributions(doc, attribution, tagged, rules)
    claims = build_claims(doc, article, quantities, attributions)
    quantities = frame_quantities(doc, article, quantities, claims)
    return Extraction(
        article=article,
        entities=tuple(entities),
        quantities=tuple(quantities),
        attributions=tuple(attributions),
        claims=tuple(claims),
        notes=tuple(doc.user_data.get(pipeline.NOTES, ())),
    )


# The most characters of one article that extraction reads (docs/ingest.md, "Limits").
# The ledger keeps the whole text; a longer article's extraction covers its beginning, cut
# at a paragraph or sentence end, and says so in a note. Cost is linear in the text, so
# this bounds an article's time and memory (a news article is rarely a tenth of it).
MAX_EXTRACT_CHARS = 200_000
# Memory grows with tokens, not characters: 200,000 quotation marks are 200,000 tokens
# (about 17 kB of pipeline memory each), ordinary news of that length about 40,000. Text
# is also cut after this many tokens (words and punctuation marks, counted by _TOKENS).
MAX_EXTRACT_TOKENS = 50_000
_TOKENS = re.compile(r"\w+|[^\w\s]")
_CUTS = ("\n\n", "\n", ". ", " ")


def bounded(
    article: Article, limit: int = MAX_EXTRACT_CHARS, max_tokens: int = MAX_EXTRACT_TOKENS
) -> tuple[Article, str | None]:
    """The part of ``article`` that extraction reads, and the note saying what was left."""
    text = article.text
    why = f"the limit is {limit:,}"
    if len(text) > max_tokens:  # fewer characters cannot hold more tokens
        starts = (m.start() for m in _TOKENS.finditer(text, 0, limit))
        over = next(itertools.islice(starts, max_tokens, None), None)
        if over is not None:  # token max_tokens + 1 starts before the character limit
            limit, why = over, f"the limit is {max_tokens:,} tokens"
    if len(text) <= limit:
        return article, None
    floor = limit // 2
    cut = limit
    for sep in _CUTS:
        k = text.rfind(sep, floor, limit)
        if k >= 0:
            cut = k + len(sep.rstrip()) if sep.strip() else k
            break
    note = (
        f"truncated: extraction covers the first {cut:,} of {len(text):,} characters "
        f"({why}); split the article to extract the rest"
    )
    return replace(article, text=text[:cut]), note


def _restore(ex: Extraction, article: Article, note: str | None) -> Extraction:
    if note is None:
        return ex
    return replace(ex, article=article, notes=(note, *ex.notes))


# Articles per step of the overlapped extractor: while spaCy parses one step in this
# thread, the attribution tagger labels the step before it in a background thread
# (onnxruntime runs without the GIL), so the two models share the cores instead of taking
# turns (docs/attribution.md, "Cost"). Small enough that the first and last steps, which
# overlap nothing, are a small part of a run; large enough for nlp.pipe to batch.
OVERLAP_STEP = 8


@dataclass(frozen=True, slots=True)
class _Parsed:
    """One article after the parse and the attribution rules (and before the tagger)."""

    doc: Doc
    short: Article  # the part extraction reads (see bounded)
    article: Article
    note: str | None
    rules: list[Attribution]


class Extractor:
    """Holds one pipeline per language and streams extractions in input order.

    ``overlap`` (default: on when the tagger runs) parses the next articles while the
    attribution tagger labels the previous ones; the extractions are the same either way.
    """

    def __init__(
        self, settings: Settings | None = None, nlp: Language | None = None, overlap: bool = True
    ) -> None:
        self.settings = settings or Settings()
        self.overlap = overlap
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
        """One article's extraction; an InputError when the article cannot be extracted."""
        ex = next(self.extract([article]))
        if isinstance(ex, Skipped):
            raise InputError(ex.message, code=ex.code)
        return ex

    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction | Skipped]:
        """Extract each article, in order; runs of the same language share ``nlp.pipe``
        batches. An article whose extraction fails gives a Skipped record in its place."""
        for language, group in itertools.groupby(articles, key=lambda a: a.language):
            nlp = self.nlp_for(language)
            it = iter(group)
            tagger = self._overlap_tagger()
            if tagger is not None:
                first = list(itertools.islice(it, OVERLAP_STEP))
                if len(first) == OVERLAP_STEP:  # more than one step: worth a second thread
                    yield from self._overlapped(nlp, tagger, itertools.chain(first, it))
                    continue
                it = iter(first)
            while batch := list(itertools.islice(it, self.settings.batch_size)):
                yield from resilient(partial(self._batch, nlp), batch)

    def _batch(self, nlp: Language, batch: list[Article]) -> Iterator[Extraction]:
        for p in self._parse(nlp, batch):
            ex = extract_doc(p.doc, p.short, attribution=self.settings.attribution, rules=p.rules)
            yield _restore(ex, p.article, p.note)

    def _overlap_tagger(self) -> Tagger | None:
        """The tagger to run beside the parse, or None (rules, not installed, or off)."""
        from .attrib_tagger import load_tagger, tagger_threads

        # A process given one core (each of --workers N on N cores) has none to overlap on.
        if not self.overlap or self.settings.attribution == "rules" or tagger_threads() < 2:
            return None

        # One-thread sessions, one per core: the operating system shares the cores among
        # the parse and the tagger calls (a pooled session's threads would wait on
        # whichever of them the parse has displaced).
        return load_tagger(threads=1)  # None when not installed: the plain path says so

    def _overlapped(
        self, nlp: Language, tagger: Tagger, articles: Iterator[Article]
    ) -> Iterator[Extraction | Skipped]:
        """:meth:`extract` for one language, the tagger running behind the parse."""
        from .attrib_tagger import tagger_threads

        lanes = tagger_threads()
        pending: deque[tuple[list[_Parsed | Skipped], Future[list[Tagged]]]] = deque()
        pool = ThreadPoolExecutor(max_workers=lanes, thread_name_prefix="claimledger-tagger")
        try:
            while batch := list(itertools.islice(articles, OVERLAP_STEP)):
                parsed = list(resilient(partial(self._parse, nlp), batch))
                docs = [p for p in parsed if isinstance(p, _Parsed) and len(p.doc)]
                texts = [doc_text(p.doc) for p in docs]
                pending.append((parsed, pool.submit(tagger.tag, texts, [p.rules for p in docs])))
                if len(pending) > lanes:
                    yield from self._finish(*pending.popleft())
            while pending:
                yield from self._finish(*pending.popleft())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _parse(self, nlp: Language, batch: list[Article]) -> Iterator[_Parsed]:
        stream = ((bounded(a)[0].text, a) for a in batch)
        for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=len(batch)):
            short, note = bounded(article)
            rules = list(extract_attributions(doc)) if len(doc) else []
            yield _Parsed(doc, short, article, note, rules)

    def _finish(
        self, parsed: list[_Parsed | Skipped], job: Future[list[Tagged]]
    ) -> Iterator[Extraction | Skipped]:
        try:
            tags: Iterator[Tagged] | None = iter(job.result())
        except Exception:  # tag each article again on its own in extract_doc
            log.warning("the attribution tagger failed on a batch; tagging one at a time")
            tags = None
        for p in parsed:
            if isinstance(p, Skipped):
                yield p
                continue
            tagged = next(tags) if tags is not None and len(p.doc) else None
            try:
                ex = extract_doc(
                    p.doc,
                    p.short,
                    attribution=self.settings.attribution,
                    tagged=tagged,
                    rules=p.rules,
                )
            except Exception as exc:  # record-caused: report it, keep the batch going
                yield _failed(p.article, exc)
            else:
                yield _restore(ex, p.article, p.note)


def _failed(article: Article, exc: Exception) -> Skipped:
    where = article.origin or article.id
    log.warning("%s: extraction failed", where, exc_info=True)
    return Skipped(
        where,
        "extract_error",
        f"{where}: extraction failed ({type(exc).__name__}: {quote(str(exc))}); "
        "the article was not stored (please report this record)",
    )


def resilient(
    run: Callable[[list[Article]], Iterable[T]], batch: list[Article]
) -> Iterator[T | Skipped]:
    """``run(batch)``, with any failure confined to the article that caused it.

    When the batch fails, the articles it had not yet given back are run one at a time;
    one that fails alone becomes a Skipped record (``extract_error``) and the rest go on.
    """
    done = 0
    try:
        for ex in run(batch):
            done += 1
            yield ex
        return
    except Exception:
        log.warning("extraction of a batch failed; retrying its articles one at a time")
    for article in batch[done:]:
        try:
            (ex,) = list(run([article]))
        except Exception as exc:  # record-caused: report it, keep the batch going
            yield _failed(article, exc)
        else:
            yield ex
