"""The cascade: parse only the sentences that can hold a claim.

A claim needs a quantity or an attribution, and both have cheap lexical triggers: a digit
or number word, a quote mark, a cue verb or noun (any inflection the lemmatizer could map
to a lemma of the hand lexicon or of the attribution extractor's learned lexicon),
"according to", or a hedge adverb. Each article is split into sentences on the tokenizer
output (no model); candidate sentences
go through the full pipeline, the others are only tokenized. The per-sentence Docs are
joined with ``Doc.from_docs`` into one Doc whose text is exactly the article text, so every
offset is unchanged, and the usual extractors run over it.

What is identical to parsing every sentence (the ``mode="all"`` baseline, the same
sentence split and the full pipeline on each sentence): quantities, attributions (with
speaker resolution: when a source needs a look-back to earlier names, the skipped
sentences get a NER-only pass first). With the attribution tagger (the default
``--attribution auto``), the tagger reads the whole text and the rules' output, both the
same as when every sentence is parsed; skipped sentences that hold one of its spans are
then parsed too, so that pairing its spans sees the same parse. What is not identical: the
``entities`` of skipped sentences are absent, except in articles that needed that NER pass;
and, rarely, claims: a skipped segment the parser would have split in two becomes one claim
when the check-worthiness model rates it high. See docs/ingest.md.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any, Literal

import numpy as np

from ..errors import InputError
from ..models import Article, Extraction, Skipped
from ..settings import Settings
from .attrib_assemble import tag_doc
from .attribution import quote_spans
from .cues import HEDGE_ADVERBS, REPORTING_NOUNS, REPORTING_VERBS
from .extract import Extractor, _restore, bounded, extract_doc, resilient
from .numbers import NUMBER_HINT, find_numbers
from .speakers import FIRST_SECOND

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .attrib_tagger import Tagged

log = logging.getLogger(__name__)

__all__ = ["CascadeExtractor", "Plan", "candidate", "plan"]

Mode = Literal["cascade", "all"]

_CUE_LEMMAS = frozenset(REPORTING_VERBS) | frozenset(REPORTING_NOUNS)
# A number (digits, a vulgar fraction or any number word the quantity step reads, from
# numbers.NUMBER_WORDS so both modes agree) or a word of amount that a claim may rest on.
_NUMBER = re.compile(
    rf"{NUMBER_HINT.pattern}|\b(?:percent|twice|thrice|double[ds]?|triple[ds]?|quadrupled?|fold"
    r"|a\s+few|several|many)\b",
    re.I,
)
_QUOTE = re.compile(r"[\"\u201c\u201d\u00ab\u00bb\u201e]|``|''")
_ACCORDING = re.compile(r"\baccording\s+to\b", re.I)
_SENT_END = frozenset(".!?\u2026")


@dataclass(frozen=True, slots=True)
class Plan:
    """An article cut into contiguous sentence segments ``[start, end)``, some to parse."""

    bounds: tuple[tuple[int, int], ...]
    parse: tuple[bool, ...]


def cue_lemmas_in_use() -> frozenset[str]:
    """The verb lemmas the attribution extractor proposes beyond the hand lexicon: its
    learned cue lexicon or the lemmas of its learned candidate filter."""
    from . import attribution

    learned: dict[str, float] = {}
    active = getattr(attribution, "_active_filter", None)
    lexicon = getattr(attribution, "_lexicon", None)
    try:
        flt = active() if active is not None else None
        if flt is not None:
            learned = dict(flt.lemmas)
        elif lexicon is not None:
            learned = lexicon()
        else:
            learned = attribution.learned_lexicon()
    except Exception:  # a broken model file must not break ingest; the hand lexicon stays
        log.warning("cascade: cannot read the learned cue lexicon; using the hand lexicon")
    return frozenset(k.partition(":")[2] or k for k in learned)


class _CueTest:
    """Whether a token could be lemmatised to a cue lemma by this pipeline's lemmatizer.

    Mirrors spaCy's rule lemmatizer for the VERB and NOUN tables: the lemma it picks is
    one of the exceptions, the suffix-rule outputs, or the word itself, so testing all of
    them is a superset test (no cue is missed; a few non-cues are parsed needlessly).
    """

    def __init__(self, nlp: Language, *, learned: bool = True) -> None:
        self.cues = _CUE_LEMMAS | cue_lemmas_in_use() if learned else _CUE_LEMMAS
        self.exc: dict[str, dict[str, list[str]]] = {}
        self.rules: dict[str, list[list[str]]] = {}
        if "lemmatizer" in nlp.pipe_names:
            lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
            if lookups is not None and lookups.has_table("lemma_rules"):
                rules, exc = lookups.get_table("lemma_rules"), lookups.get_table("lemma_exc")
                for pos in ("verb", "noun"):
                    self.rules[pos] = list(rules.get(pos, []))
                    self.exc[pos] = dict(exc.get(pos, {}))
        self.could_be_cue = lru_cache(maxsize=1 << 16)(self._test)

    def _test(self, word: str) -> bool:
        w = word.lower()
        cues = self.cues
        if w in cues or w in HEDGE_ADVERBS:
            return True
        for pos, rules in self.rules.items():
            if any(f in cues for f in self.exc[pos].get(w, ())):
                return True
            for old, new in rules:
                if w.endswith(old) and w[: len(w) - len(old)] + new in cues:
                    return True
        if not self.rules:  # no lookups: crude stemming, still a superset for English
            return any(w.startswith(lemma[:4]) for lemma in cues if len(lemma) >= 4)
        return False


def candidate(text: str, words: Iterable[str], test: _CueTest) -> bool:
    """Whether a sentence can hold a claim: number, quote mark, cue or hedge word."""
    if _NUMBER.search(text) or _QUOTE.search(text) or _ACCORDING.search(text):
        return True
    if any(test.could_be_cue(w) for w in words):
        return True
    # Whatever the quantity extractor's number finder sees (it is the source of quantities).
    return next(iter(find_numbers(text)), None) is not None


def _sentence_starts(doc: Doc) -> list[int]:
    """Token indices that start a sentence: after . ! ? (with closing quotes), or after a
    line break. Close to spaCy's Sentencizer, plus paragraph breaks; tokenizer only."""
    starts = [0]
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if tok.text in _SENT_END or (tok.is_punct and tok.text[-1:] in _SENT_END):
            j = i + 1
            # Closing quotes and further stops stay with the sentence; a quote after a space
            # opens the next one.
            while j < n and (
                doc[j].is_space
                or doc[j].text in _SENT_END
                or (doc[j].is_quote and not doc[j - 1].whitespace_ and not doc[j].is_left_punct)
            ):
                j += 1
            if j < n:
                starts.append(j)
            i = j
            continue
        if tok.is_space and "\n" in tok.text and i + 1 < n:
            starts.append(i + 1)
        i += 1
    return sorted(set(starts))


def plan(text: str, tokenized: Doc, test: _CueTest, mode: Mode = "cascade") -> Plan:
    """Cut ``text`` (tokenized as ``tokenized``) into sentence segments and pick the ones
    to parse."""
    starts = _sentence_starts(tokenized)
    chars = [0 if k == 0 else tokenized[s].idx for k, s in enumerate(starts)] + [len(text)]
    bounds = tuple((chars[k], chars[k + 1]) for k in range(len(starts)) if chars[k] < chars[k + 1])
    if mode == "all":
        return Plan(bounds, tuple(True for _ in bounds))
    quotes = quote_spans(text)
    parse = []
    tok_starts = [t.idx for t in tokenized]
    qi = 0
    for s, e in bounds:
        while qi < len(quotes) and quotes[qi][1] <= s:
            qi += 1
        in_quote = qi < len(quotes) and quotes[qi][0] < e
        if in_quote:
            parse.append(True)
            continue
        lo = np.searchsorted(tok_starts, s)
        hi = np.searchsorted(tok_starts, e)
        words = (tokenized[i].text for i in range(lo, hi))
        parse.append(candidate(text[s:e], words, test))
    return Plan(bounds, tuple(parse))


def _flat(doc: Doc) -> Doc:
    """Give a tokenized-only Doc a one-sentence dependency frame (all tokens under the first),
    so that joined Docs keep their sentence boundaries."""
    from spacy.attrs import DEP, HEAD

    n = len(doc)
    heads = (-np.arange(n, dtype=np.int64)).astype(np.uint64)
    root, dep = doc.vocab.strings.add("ROOT"), doc.vocab.strings.add("dep")
    deps = np.full(n, dep, dtype=np.uint64)
    if n:
        deps[0] = root
    doc.from_array([HEAD, DEP], np.stack([heads, deps], axis=1))  # type: ignore[arg-type]
    return doc


def _join(parts: Sequence[Doc], text: str) -> Doc:
    from spacy.tokens import Doc

    if len(parts) == 1:
        doc = parts[0]
    else:
        # Tensors differ in width between parsed and tokenized-only pieces; none is needed.
        exclude = ["tensor", "user_data"]
        doc = Doc.from_docs(list(parts), ensure_whitespace=False, exclude=exclude)  # type: ignore[call-arg]
    if doc.text != text:  # a programmer error: offsets would be wrong
        raise RuntimeError("cascade: joined Doc text differs from the article text")
    return doc


def _needs_lookback(ex: Extraction) -> bool:
    """Whether a source was resolved (or tried to be) through earlier named entities."""
    for a in ex.attributions:
        if a.source is None or a.resolution == "explicit":
            continue
        # "I"/"we"/"you" are left unresolved without looking back.
        if a.resolution == "unresolved" and a.source.text.strip().lower() in FIRST_SECOND:
            continue
        return True
    return False


class CascadeExtractor:
    """Drop-in for :class:`~claimledger.nlp.extract.Extractor` (``extract``, ``supports``).

    ``mode="all"`` parses every sentence the same way: the baseline the cascade is measured
    against (benchmarks/bench_cascade.py). ``learned_cues=False`` tests sentences against the
    hand cue lexicon only: faster, but attributions whose cue is only in the learned lexicon
    are lost in skipped sentences (not identical; measured by the benchmark).
    """

    def __init__(
        self,
        settings: Settings | None = None,
        nlp: Language | None = None,
        *,
        mode: Mode = "cascade",
        chunk: int = 64,
        learned_cues: bool = True,
    ) -> None:
        self.base = Extractor(settings, nlp)
        self.settings = self.base.settings
        self.mode = mode
        self.chunk = chunk
        self.learned_cues = learned_cues
        self._tests: dict[int, _CueTest] = {}
        self.stats = {"sentences": 0, "parsed": 0, "lookback_articles": 0, "articles": 0}

    def supports(self, language: str) -> bool:
        return self.base.supports(language)

    def unsupported(self, article: Article) -> Skipped:
        return self.base.unsupported(article)

    def extract_one(self, article: Article) -> Extraction:
        ex = next(self.extract([article]))
        if isinstance(ex, Skipped):
            raise InputError(ex.message, code=ex.code)
        return ex

    def _test(self, nlp: Language) -> _CueTest:
        key = id(nlp)
        if key not in self._tests:
            self._tests[key] = _CueTest(nlp, learned=self.learned_cues)
        return self._tests[key]

    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction | Skipped]:
        for language, group in itertools.groupby(articles, key=lambda a: a.language):
            nlp = self.base.nlp_for(language)
            it = iter(group)
            while chunk := list(itertools.islice(it, self.chunk)):
                yield from resilient(partial(self._bounded, nlp), chunk)

    def _bounded(self, nlp: Language, articles: list[Article]) -> Iterator[Extraction]:
        """:meth:`_chunk` over the part of each article extraction reads (see ``bounded``)."""
        cut = [bounded(a) for a in articles]
        done = self._chunk(nlp, [short for short, _ in cut])
        for a, (_, note), ex in zip(articles, cut, done, strict=False):
            yield _restore(ex, a, note)

    def _chunk(self, nlp: Language, articles: list[Article]) -> Iterator[Extraction]:
        test = self._test(nlp)
        plans = [plan(a.text, nlp.make_doc(a.text), test, self.mode) for a in articles]
        todo = [
            a.text[s:e]
            for a, p in zip(articles, plans, strict=True)
            for (s, e), go in zip(p.bounds, p.parse, strict=True)
            if go
        ]
        parsed = iter(nlp.pipe(todo, batch_size=max(self.settings.batch_size, 64)))
        for a, p in zip(articles, plans, strict=True):
            parts: list[Any] = []
            for (s, e), go in zip(p.bounds, p.parse, strict=True):
                parts.append(next(parsed) if go else _flat(nlp.make_doc(a.text[s:e])))
            doc = _join(parts, a.text)
            _, tagged = tag_doc(doc, self.settings.attribution)
            if tagged is not None and not all(p.parse):
                p, doc = self._parse_tagged(nlp, a, p, parts, tagged, doc)
            ex = extract_doc(doc, a, attribution=self.settings.attribution, tagged=tagged)
            self.stats["articles"] += 1
            self.stats["sentences"] += len(p.bounds)
            self.stats["parsed"] += sum(p.parse)
            if not all(p.parse) and _needs_lookback(ex):
                ex = self._with_entities(nlp, a, p, parts, tagged)
            yield ex

    def _parse_tagged(
        self, nlp: Language, a: Article, p: Plan, parts: list[Any], tagged: Tagged, doc: Doc
    ) -> tuple[Plan, Doc]:
        """Parse the skipped sentences that hold a span of the attribution tagger.

        The tagger reads the whole text (and the rules' output, identical either way), so
        its spans are those of parsing every sentence; pairing them into attributions needs
        the parse of their sentences, which this pass supplies.
        """
        spans = [*tagged.sources, *tagged.cues, *(q for g in tagged.contents for q in g)]
        need = [
            k
            for k, ((s, e), go) in enumerate(zip(p.bounds, p.parse, strict=True))
            if not go and any(x < e and s < y for x, y in spans)
        ]
        if not need:
            return p, doc
        texts = [a.text[slice(*p.bounds[k])] for k in need]
        for k, d in zip(need, nlp.pipe(texts), strict=True):
            parts[k] = d
        self.stats["tagger_parsed"] = self.stats.get("tagger_parsed", 0) + len(need)
        go = list(p.parse)
        for k in need:
            go[k] = True
        return replace(p, parse=tuple(go)), _join(parts, a.text)

    def _with_entities(
        self, nlp: Language, a: Article, p: Plan, parts: list[Any], tagged: Tagged | None
    ) -> Extraction:
        """Re-extract after a NER-only pass over the skipped sentences (speaker look-back)."""
        self.stats["lookback_articles"] += 1
        skipped = [k for k, go in enumerate(p.parse) if not go]
        only_ner = [n for n in nlp.pipe_names if n != "ner"]
        texts = [a.text[slice(*p.bounds[k])] for k in skipped]
        for k, doc in zip(skipped, nlp.pipe(texts, disable=only_ner), strict=True):
            parts[k] = _flat(doc)
        return extract_doc(
            _join(parts, a.text), a, attribution=self.settings.attribution, tagged=tagged
        )
