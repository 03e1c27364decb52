"""The neural attribution tagger: MiniLM fine-tuned on PolNeAR, run with onnxruntime.

A token tagger reads the whole article in overlapping windows of word pieces and labels
each piece, independently per role, as outside/begin/inside a Source, a Cue or a Content
(Content has a fourth label, "begins a further part of the previous content", for the
discontinuous contents of split quotes: ``"A," he said, "B."``). Its input is the word
pieces plus the rule extractor's own roles for each piece (an embedding added to the word
embedding), so it learns where the dependency rules are right and where PolNeAR's
annotators draw the spans differently.

The network is all-MiniLM-L6-v2 (6 layers, 384 wide, Apache-2.0) fine-tuned by
:mod:`claimledger.train.tagger`, exported to ONNX and quantised to int8. At run time only
``onnxruntime`` and ``tokenizers`` are needed; nothing is downloaded. The files live in
``nlp/models/attribution_tagger`` with their MODEL_CARD.md.

Pure functions here (:func:`windows`, :func:`stitch`, :func:`decode`, :func:`rule_features`)
are what the tests exercise without the model.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import threading
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from ..models import Attribution

__all__ = [
    "MODEL_DIR",
    "Tagged",
    "Tagger",
    "available",
    "decode",
    "load_tagger",
    "tagger_threads",
    "rule_features",
    "stitch",
    "viterbi",
    "windows",
]

log = logging.getLogger(__name__)

MODEL_DIR = Path(__file__).parent / "models" / "attribution_tagger"
MODEL_FILE = "tagger.onnx"
TOKENIZER_FILE = "tokenizer.json"
META_FILE = "meta.json"

# Label layout of the network's output, per word piece: 3 Source, 3 Cue, 4 Content logits.
# 0 outside, 1 begin, 2 inside; Content 3 begins a further part of the previous content.
SLICES = {"Source": slice(0, 3), "Cue": slice(3, 6), "Content": slice(6, 10)}
N_LABELS = 10
# Input features: the rule extractor's (Source, Cue, Content) tags of a piece, each 0/1/2.
N_FEATS = 27
CLS_ID, SEP_ID = 101, 102


@dataclass(frozen=True, slots=True)
class Tagged:
    """Character spans the tagger found in one text."""

    sources: tuple[tuple[int, int], ...] = ()
    cues: tuple[tuple[int, int], ...] = ()
    contents: tuple[tuple[tuple[int, int], ...], ...] = ()  # each: its parts in order


def windows(n: int, length: int, stride: int) -> list[tuple[int, int]]:
    """Piece ranges ``[b, e)`` covering ``n`` pieces: ``length`` long, ``stride`` apart."""
    if n <= 0:
        return []
    out: list[tuple[int, int]] = []
    b = 0
    while True:
        out.append((b, min(n, b + length)))
        if b + length >= n:
            return out
        b += stride


def stitch(n: int, wins: Sequence[tuple[int, int]], logits: Sequence[np.ndarray]) -> np.ndarray:
    """One row of logits per piece, each taken from the window where it is most central."""
    out = np.zeros((n, logits[0].shape[-1] if logits else N_LABELS), dtype=np.float32)
    best = np.full(n, -1, dtype=np.int64)
    for (b, e), lg in zip(wins, logits, strict=True):
        k = np.arange(b, e)
        centrality = np.minimum(k - b, e - 1 - k)
        take = centrality > best[b:e]
        best[b:e] = np.where(take, centrality, best[b:e])
        out[b:e][take] = lg[: e - b][take]
    return out


def _runs(tags: np.ndarray) -> list[tuple[int, int, bool]]:
    """(first, last, continues) piece runs of a BIO(+continuation) tag sequence."""
    spans: list[tuple[int, int, bool]] = []
    cur: list[Any] | None = None
    for k, t in enumerate(tags.tolist()):
        if t in (1, 3) or (t == 2 and cur is None):
            if cur is not None:
                spans.append((cur[0], cur[1], cur[2]))
            cur = [k, k, t == 3]
        elif t == 2 and cur is not None:
            cur[1] = k
        elif cur is not None:
            spans.append((cur[0], cur[1], cur[2]))
            cur = None
    if cur is not None:
        spans.append((cur[0], cur[1], cur[2]))
    return spans


# Allowed transitions (previous label -> label): an "inside" follows a begin or an inside;
# a content's further part (3) may follow anything. A sequence cannot start inside.
_ALLOWED3 = np.array([[1, 1, 0], [1, 1, 1], [1, 1, 1]], dtype=bool)
_ALLOWED4 = np.array([[1, 1, 0, 1], [1, 1, 1, 1], [1, 1, 1, 1], [1, 1, 1, 1]], dtype=bool)


def _log_softmax(x: np.ndarray) -> np.ndarray:
    z = x - x.max(-1, keepdims=True)
    out: np.ndarray = z - np.log(np.exp(z).sum(-1, keepdims=True))
    return out


def _viterbi_full(lp: np.ndarray, trans: np.ndarray, may_start_inside: bool) -> np.ndarray:
    n, k = lp.shape
    score = lp[0].copy()
    if not may_start_inside:
        score[2] = -1e9
    back = np.zeros((n, k), dtype=np.int64)
    for t in range(1, n):
        cand = score[:, None] + trans
        back[t] = cand.argmax(0)
        score = cand.max(0) + lp[t]
    out = np.zeros(n, dtype=np.int64)
    out[-1] = int(score.argmax())
    for t in range(n - 1, 0, -1):
        out[t - 1] = back[t, out[t]]
    return out


def viterbi(logits: np.ndarray, allowed: np.ndarray) -> np.ndarray:
    """The most probable label sequence that respects ``allowed`` transitions.

    Per-piece argmax breaks a long content at one uncertain piece ("I I O I I" is two
    spans); the constrained best path keeps it whole unless the evidence for a break is
    real. Exact, and cheap: the argmax path is optimal wherever it is allowed, and a piece
    whose best label may follow and precede anything (a begin) splits the sequence into
    parts solved on their own, so dynamic programming runs only over the stretches where
    the argmax path breaks a rule.
    """
    n, k = logits.shape
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    tags: np.ndarray = logits.argmax(-1)
    bad = (tags == 2) & np.concatenate(([True], tags[:-1] == 0))
    if not bad.any():
        return tags
    # Labels that every label may precede and follow: cutting there loses nothing.
    free = np.array([bool(allowed[:, j].all() and allowed[j, :].all()) for j in range(k)])
    cuts = np.nonzero(free[tags])[0]
    lp = _log_softmax(logits.astype(np.float64))
    trans = np.where(allowed, 0.0, -1e9)
    out = tags.copy()
    done_until = -1
    for t in np.nonzero(bad)[0]:
        if t <= done_until:
            continue
        i = int(np.searchsorted(cuts, t))  # cuts[i - 1] < t <= cuts[i]
        a = int(cuts[i - 1]) + 1 if i > 0 else 0
        b = int(cuts[i]) if i < len(cuts) else n
        out[a:b] = _viterbi_full(lp[a:b], trans, may_start_inside=a > 0)
        done_until = b
    return out


# A clitic after an apostrophe ("he's", "they're", "we'll", "I'd", "I'm") is a word of
# its own for attribution: PolNeAR's cues begin at it ("'s claimed") and its sources end
# before it ("he"), as spaCy's tokenizer splits it; "n't" and names ("O'Brien") stay whole.
_CLITIC = re.compile(r"(?:s|re|ve|ll|d|m)(?![^\W\d_])", re.IGNORECASE)


def _inword(text: str, i: int) -> bool:
    """Whether ``text[i]`` continues a word: a letter or digit, or an apostrophe between
    letters ("O'Brien", "don't") that does not begin a clitic ("he's", "we'll")."""
    ch = text[i]
    if ch.isalnum():
        return True
    return (
        ch in "'\u2019"
        and 0 < i < len(text) - 1
        and text[i - 1].isalpha()
        and text[i + 1].isalpha()
        and _CLITIC.match(text, i + 1) is None
    )


def _word_edges(text: str, s: int, e: int) -> tuple[int, int]:
    """Grow a piece-aligned span to whole words (a run never starts or ends mid-word)."""
    while s > 0 and _inword(text, s - 1) and _inword(text, s):
        s -= 1
    if s > 0 and text[s - 1] in "'\u2019" and _CLITIC.match(text, s):
        s -= 1  # "he|'s": the clitic keeps its apostrophe
    while e < len(text) and _inword(text, e - 1) and _inword(text, e):
        e += 1
    if e < len(text) and text[e - 1] in "'\u2019" and (m := _CLITIC.match(text, e)):
        e = m.end()  # "Kremlin'|s": a span that takes the apostrophe takes the clitic
    return s, e


def decode(logits: np.ndarray, offsets: np.ndarray, text: str) -> Tagged:
    """Spans from per-piece logits (``offsets``: each piece's ``[start, end)`` in ``text``)."""
    if not len(logits):
        return Tagged()

    def spans(role: str) -> list[tuple[int, int, bool]]:
        tags = viterbi(logits[:, SLICES[role]], _ALLOWED4 if role == "Content" else _ALLOWED3)
        out = []
        for a, b, cont in _runs(tags):
            s, e = _word_edges(text, int(offsets[a][0]), int(offsets[b][1]))
            if e > s and text[s:e].strip():
                out.append((s, e, cont))
        return out

    groups: list[list[tuple[int, int]]] = []
    for s, e, cont in spans("Content"):
        if cont and groups:
            groups[-1].append((s, e))
        else:
            groups.append([(s, e)])
    return Tagged(
        sources=tuple((s, e) for s, e, _ in spans("Source")),
        cues=tuple((s, e) for s, e, _ in spans("Cue")),
        contents=tuple(tuple(g) for g in groups),
    )


def rule_features(offsets: np.ndarray, attributions: Iterable[Attribution]) -> np.ndarray:
    """Per piece, the rule extractor's roles encoded as ``9*source + 3*cue + content``."""
    n = len(offsets)
    tags = np.zeros((n, 3), dtype=np.int64)
    if n:
        starts, ends = offsets[:, 0], offsets[:, 1]
        for a in attributions:
            roles = ([a.source] if a.source else [], [a.cue] if a.cue else [], list(a.content))
            for r, spans in enumerate(roles):
                for sp in spans:
                    idx = np.nonzero((starts < sp.end) & (ends > sp.start))[0]
                    if len(idx):
                        tags[idx, r] = 2
                        tags[idx[0], r] = 1
    return tags[:, 0] * 9 + tags[:, 1] * 3 + tags[:, 2]


def tagger_threads() -> int:
    """Threads for the tagger: ``CLAIMLEDGER_THREADS`` when set (workers set it to their
    share of the cores), else the cores, at most 4."""
    env = os.environ.get("CLAIMLEDGER_THREADS")
    if env and env.isdigit() and int(env) > 0:
        return int(env)
    return max(1, min(4, os.cpu_count() or 1))


class Tagger:
    """The shipped tagger: ``tag(texts, rule_attributions)`` -> one :class:`Tagged` each."""

    def __init__(self, model_dir: str | Path = MODEL_DIR, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        root = Path(model_dir)
        self.meta: dict[str, Any] = json.loads((root / META_FILE).read_text(encoding="utf-8"))
        self.length = int(self.meta.get("window", 256)) - 2
        self.stride = int(self.meta.get("inference_stride", self.meta.get("stride", 224)))
        self.batch = int(self.meta.get("batch", 16))
        self.tokenizer = Tokenizer.from_file(str(root / TOKENIZER_FILE))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads or tagger_threads()
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        # onnxruntime's pool threads busy-wait after each run by default; between runs this
        # process parses the next article, and on a small machine the spinning threads take
        # the cores spaCy needs (default extract 6-31% faster without, 2 cores).
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(
            str(root / MODEL_FILE), opts, providers=["CPUExecutionProvider"]
        )
        # A session with a thread pool runs one call at a time (concurrent calls would
        # share its threads and wait on each other); a one-thread session runs in the
        # calling thread, so threads may call it at once (the overlapped extractor).
        self.threads = opts.intra_op_num_threads
        self._lock: AbstractContextManager[object] = (
            threading.Lock() if self.threads > 1 else contextlib.nullcontext()
        )

    def encode(self, texts: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        """(piece ids, piece offsets) per text."""
        encs = self.tokenizer.encode_batch(list(texts), add_special_tokens=False)
        return [
            (
                np.asarray(e.ids, dtype=np.int64),
                np.asarray(e.offsets, dtype=np.int64).reshape(-1, 2),
            )
            for e in encs
        ]

    def logits(self, ids: Sequence[np.ndarray], feats: Sequence[np.ndarray]) -> list[np.ndarray]:
        """Stitched per-piece logits for each text's pieces."""
        jobs: list[tuple[int, int, int]] = []  # (text, b, e)
        for t, x in enumerate(ids):
            jobs.extend((t, b, e) for b, e in windows(len(x), self.length, self.stride))
        # Similar lengths together keep padding low.
        order = sorted(range(len(jobs)), key=lambda j: jobs[j][2] - jobs[j][1])
        results: list[np.ndarray | None] = [None] * len(jobs)
        for i in range(0, len(order), self.batch):
            chunk = [jobs[j] for j in order[i : i + self.batch]]
            width = max(e - b for _, b, e in chunk) + 2
            x = np.zeros((len(chunk), width), dtype=np.int64)
            m = np.zeros_like(x)
            f = np.zeros_like(x)
            for r, (t, b, e) in enumerate(chunk):
                k = e - b
                x[r, 0], x[r, k + 1] = CLS_ID, SEP_ID
                x[r, 1 : k + 1] = ids[t][b:e]
                f[r, 1 : k + 1] = feats[t][b:e]
                m[r, : k + 2] = 1
            with self._lock:
                out = self.session.run(None, {"ids": x, "mask": m, "feats": f})[0]
            for r, j in enumerate(order[i : i + self.batch]):
                t, b, e = jobs[j]
                results[j] = out[r, 1 : e - b + 1]
        per_text: list[np.ndarray] = []
        j = 0
        for x in ids:
            wins = windows(len(x), self.length, self.stride)
            lgs = [results[j + w] for w in range(len(wins))]
            j += len(wins)
            per_text.append(stitch(len(x), wins, lgs))  # type: ignore[arg-type]
        return per_text

    def tag(
        self, texts: Sequence[str], rules: Sequence[Iterable[Attribution]] | None = None
    ) -> list[Tagged]:
        """Tag ``texts``; ``rules`` are the rule extractor's attributions for each text."""
        enc = self.encode(texts)
        rules = rules if rules is not None else [()] * len(texts)
        feats = [rule_features(off, r) for (_, off), r in zip(enc, rules, strict=True)]
        lgs = self.logits([ids for ids, _ in enc], feats)
        return [decode(lg, off, text) for lg, (_, off), text in zip(lgs, enc, texts, strict=True)]


def available(model_dir: str | Path = MODEL_DIR) -> bool:
    """Whether the tagger's files and its runtime (onnxruntime, tokenizers) are installed."""
    import importlib.util

    root = Path(model_dir)
    return (
        all((root / f).exists() for f in (MODEL_FILE, TOKENIZER_FILE, META_FILE))
        and importlib.util.find_spec("onnxruntime") is not None
        and importlib.util.find_spec("tokenizers") is not None
    )


@lru_cache(maxsize=4)
def load_tagger(model_dir: str | None = None, threads: int | None = None) -> Tagger | None:
    """The shipped tagger, loaded once per process (and per ``threads``: None is
    :func:`tagger_threads`); None when it is not installed."""
    root = Path(model_dir) if model_dir else MODEL_DIR
    if not available(root):
        log.info("attribution tagger not installed (%s); using the rules alone", root)
        return None
    return Tagger(root, threads)
