"""PolNeAR (Newell et al., LREC 2018): exact and overlap F1 of Source, Cue and Content.

Protocol: one annotator's ``.ann`` file per article (the first in sorted order). Spans are
compared after stripping surrounding whitespace and punctuation from each part; a
discontinuous gold span (``s e;s e``) is compared as its list of parts, so a predicted
content must be the same list of parts. Exact: a predicted span counts when some gold
attribution of the article has exactly that span in that role. Overlap: it counts when it
shares a token with such a span. Precision is over predicted spans, recall over gold spans.

The texts are copyrighted news: they are read from the caller's copy, never shipped.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from .report import EvalReport, Row

if TYPE_CHECKING:
    from ..models import Attribution, Span
    from ..settings import Settings

__all__ = [
    "GoldArticle",
    "evaluate",
    "load_split",
    "score",
    "score_records",
]

log = logging.getLogger(__name__)

ROLES = ("Source", "Cue", "Content")
Parts = tuple[tuple[int, int], ...]

# Published exact-match F1 on the PolNeAR test split (CofeNet, COLING 2022; Citron, BBC).
PUBLISHED: dict[str, dict[str, float]] = {
    "Source": {
        "rules": 10.7,
        "CoreNLP": 13.9,
        "CRF": 50.6,
        "BERT": 81.1,
        "BERT-CRF": 82.2,
        "CofeNet": 83.2,
        "Citron": 49.0,
    },
    "Content": {
        "rules": 5.6,
        "CoreNLP": 17.5,
        "CRF": 28.6,
        "BERT": 68.9,
        "BERT-CRF": 71.0,
        "CofeNet": 72.9,
        "Citron": 29.0,
    },
}

_T = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)")
_E = re.compile(r"^(E\d+)\t(.*)$")


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """One article's text and its gold attributions as role -> normalised parts."""

    name: str
    text: str
    attributions: tuple[dict[str, Parts], ...]
    annotator: str = ""


def _is_strip(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] == "P" or ch in "`'\"´"


def normalise(text: str, parts: Iterable[tuple[int, int]]) -> Parts:
    """Each part stripped of surrounding whitespace and punctuation; empty parts dropped."""
    out = []
    for s, e in sorted(parts):
        s, e = max(0, s), min(len(text), e)
        while s < e and _is_strip(text[s]):
            s += 1
        while e > s and _is_strip(text[e - 1]):
            e -= 1
        if e > s:
            out.append((s, e))
    return tuple(out)


def _parse_ann(path: Path, text: str) -> tuple[dict[str, Parts], ...]:
    spans: dict[str, Parts] = {}
    events: list[dict[str, str]] = []
    # T-line text may run over several lines: only the leading fields are parsed.
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _T.match(line)
        if m:
            parts = tuple((int(a), int(b)) for a, b in (x.split() for x in m.group(3).split(";")))
            spans[m.group(1)] = parts
            continue
        m = _E.match(line)
        if m:
            args = (a.split(":", 1) for a in m.group(2).split()[1:] if ":" in a)
            events.append({role: ref for role, ref in args})
    out = []
    for ev in events:
        att: dict[str, Parts] = {}
        for role in ROLES:
            ref = ev.get(role)
            if ref in spans:
                parts = normalise(text, spans[ref])
                if parts:
                    att[role] = parts
        out.append(att)
    return tuple(out)


def load_split(path: str | Path) -> list[GoldArticle]:
    """The articles of a PolNeAR split folder (with ``text/`` and ``attributions/``)."""
    root = Path(path)
    if (root / "data").is_dir() and not (root / "text").is_dir():
        raise InputError(f"{root} is the PolNeAR root: pass a split folder such as {root}/data/dev")
    tdir, adir = root / "text", root / "attributions"
    if not tdir.is_dir() or not adir.is_dir():
        raise InputError(
            f"{root} is not a PolNeAR split folder: expected {tdir} and {adir} "
            "(point at .../polnear/data/dev)"
        )
    chosen: dict[str, Path] = {}
    for ann in sorted(adir.glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(name, ann)  # the first annotator in sorted order
    out = []
    for name, ann in sorted(chosen.items()):
        txt = tdir / f"{name}.txt"
        if not txt.exists():
            log.warning("PolNeAR: no text for %s, skipped", ann.name)
            continue
        text = txt.read_text(encoding="utf-8")
        out.append(GoldArticle(name, text, _parse_ann(ann, text), ann.stem.rsplit("_", 1)[1]))
    return out


def predicted_parts(text: str, attributions: Iterable[Attribution]) -> dict[str, set[Parts]]:
    """Role -> the set of normalised predicted spans of one article."""
    out: dict[str, set[Parts]] = {r: set() for r in ROLES}
    for a in attributions:
        if a.source is not None:
            p = normalise(text, [(a.source.start, a.source.end)])
            if p:
                out["Source"].add(p)
        if a.cue is not None:
            p = normalise(text, [(a.cue.start, a.cue.end)])
            if p:
                out["Cue"].add(p)
        p = normalise(text, [(c.start, c.end) for c in a.content])
        if p:
            out["Content"].add(p)
    return out


@dataclass(slots=True)
class _Counts:
    tp_p: int = 0  # predicted spans that match
    tp_g: int = 0  # gold spans matched
    n_pred: int = 0
    n_gold: int = 0

    def add(self, tp_p: int, tp_g: int, n_pred: int, n_gold: int) -> None:
        self.tp_p += tp_p
        self.tp_g += tp_g
        self.n_pred += n_pred
        self.n_gold += n_gold

    def prf(self) -> tuple[float, float, float]:
        p = self.tp_p / self.n_pred if self.n_pred else 0.0
        r = self.tp_g / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def _overlaps(a: Parts, b: Parts) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


@dataclass(slots=True)
class Scorer:
    """Accumulates exact and overlap counts per role over articles."""

    exact: dict[str, _Counts] = field(default_factory=lambda: {r: _Counts() for r in ROLES})
    overlap: dict[str, _Counts] = field(default_factory=lambda: {r: _Counts() for r in ROLES})
    articles: int = 0

    def add(self, gold: GoldArticle, pred: dict[str, set[Parts]]) -> None:
        self.articles += 1
        for role in ROLES:
            g = {a[role] for a in gold.attributions if role in a}
            p = pred.get(role, set())
            hit = len(p & g)
            self.exact[role].add(hit, hit, len(p), len(g))
            tp_p = sum(1 for x in p if any(_overlaps(x, y) for y in g))
            tp_g = sum(1 for y in g if any(_overlaps(x, y) for x in p))
            self.overlap[role].add(tp_p, tp_g, len(p), len(g))

    def report(self, notes: Iterable[str] = ()) -> EvalReport:
        rows = []
        for mode, counts in (("exact", self.exact), ("overlap", self.overlap)):
            for role in ROLES:
                p, r, f = counts[role].prf()
                pub = PUBLISHED.get(role, {}) if mode == "exact" else {}
                rows.append(Row(f"{role} {mode}", p, r, f, dict(pub)))
        counts_extra = {
            "articles": self.articles,
            "counts": {
                f"{role} {mode}": vars_of(c[role])
                for mode, c in (("exact", self.exact), ("overlap", self.overlap))
                for role in ROLES
            },
        }
        return EvalReport("polnear", tuple(rows), tuple(notes), counts_extra)


def vars_of(c: _Counts) -> dict[str, int]:
    return {"tp_pred": c.tp_p, "tp_gold": c.tp_g, "n_pred": c.n_pred, "n_gold": c.n_gold}


def score(
    gold: Iterable[GoldArticle], predictions: Mapping[str, Iterable[Attribution]]
) -> EvalReport:
    """Score attributions keyed by article name against ``gold``."""
    sc = Scorer()
    for art in gold:
        sc.add(art, predicted_parts(art.text, predictions.get(art.name, ())))
    return sc.report()


def _iter_docs(texts: list[str], settings: Settings | None) -> Iterator[Any]:
    from ..nlp.pipeline import load

    nlp = load("en", getattr(settings, "model", None) if settings else None)
    batch = getattr(settings, "batch_size", 16) if settings else 16
    yield from nlp.pipe(texts, batch_size=batch)


def evaluate(
    path: str | Path, settings: Settings | None = None, *, limit: int | None = None
) -> EvalReport:
    """Run the attribution extractor (``settings.attribution``) over a split and score it."""
    from ..nlp.attrib_assemble import attributions

    gold = load_split(path)
    if limit is not None:
        gold = gold[:limit]
    mode = getattr(settings, "attribution", "auto") if settings else "auto"
    sc = Scorer()
    for art, doc in zip(gold, _iter_docs([a.text for a in gold], settings), strict=True):
        sc.add(art, predicted_parts(art.text, attributions(doc, mode)))
    split = Path(path).name
    return sc.report(
        notes=(
            f"PolNeAR {split}: {sc.articles} articles, first annotator per article; "
            f"attribution extractor: {mode}; "
            "published figures are test-split F1 (CofeNet COLING 2022, Citron)",
        )
    )


def _shifted(d: dict[str, Any] | None, shift: int) -> Span | None:
    from ..models import Span

    sp = Span.from_dict(d)
    return None if sp is None else Span(sp.start + shift, sp.end + shift, sp.text)


def score_records(path: str | Path, records: Iterable[dict[str, Any]] | str | Path) -> EvalReport:
    """Score saved ``extract --format jsonl`` records (dicts with ``attributions``).

    A record is matched to an article by ``id`` (the article's file stem, with or without
    ``.txt``) or, failing that, by identical text.
    """
    from ..models import Attribution

    gold = load_split(path)
    if isinstance(records, (str, Path)):
        with Path(records).open(encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh if line.strip()]
    by_name = {g.name: g for g in gold}
    by_text = {g.text: g for g in gold}
    preds: dict[str, list[Attribution]] = {}
    unaligned = 0
    for rec in records:
        rid = str(rec.get("id", ""))
        stem = Path(rid).name.removesuffix(".txt")
        rtext = str(rec.get("text", ""))
        art = by_name.get(stem) or by_text.get(rtext)
        if art is None:
            continue
        # Offsets are into the record's text: shift them if ingest trimmed the file.
        shift = 0 if rtext == art.text else art.text.find(rtext)
        if shift < 0:
            unaligned += 1
            continue
        got = preds.setdefault(art.name, [])
        for d in rec.get("attributions", ()):
            got.append(
                Attribution(
                    kind=d.get("kind", "indirect"),
                    source=_shifted(d.get("source"), shift),
                    cue=_shifted(d.get("cue"), shift),
                    content=tuple(
                        sp for c in d.get("content", ()) if (sp := _shifted(c, shift)) is not None
                    ),
                )
            )
    scored = [g for g in gold if g.name in preds]
    rep = score(scored, preds)
    notes = (
        f"scored {len(scored)} of {len(gold)} gold articles that have a saved record"
        + (f"; {unaligned} records whose text does not align were skipped" if unaligned else ""),
    )
    return EvalReport(rep.benchmark, rep.rows, notes, rep.extra)
