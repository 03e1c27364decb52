"""HCN news-claim analysis (Kotitsas et al., EACL 2024): main claim and claimer token F1.

Each article has one gold main claim and one or more gold claimer spans, or "No claimer
found" (a class of its own). Scoring reads the records ``claimledger extract --format
jsonl`` prints (:func:`score_records`; :func:`evaluate` extracts and calls it): the main
claim is the claim flagged ``main``, the claimer that claim's claimer. Two of HCN's
conventions differ from the ledger's and are mapped here, never in the ledger, as
NewsQuant's evaluation maps ranges to its own convention:

- HCN writes a claimer as the full mention, title and apposition included ("lead author
  Dr. Jane Roe, a professor at ..."), where the ledger files the name ("Jane Roe"): the
  prediction is the longest source span in the article naming the same party
  (:func:`fullest_mention`).
- HCN's claimer is whoever stands behind the main claim anywhere in the article (a
  science story's unattributed lead is the finding of the researcher quoted later), while
  the ledger files an unattributed lead under the outlet (no claimer): a main claim with
  no claimer maps to the article's first source that names a person (:func:`hcn_claimer`).
- HCN's claimers are named people and bodies. A claimer that names no one ("many
  governments", "the researchers": no named entity of the article in it,
  :func:`names_someone`) maps as an unattributed claim does, to the first source that
  names a person (HCN's "no claimer" only when there is none); on HCN dev, mapping it to
  "no claimer" instead was wrong more often than right (claimer F1 65.9 against 71.3).
- A document or a research team does not claim in HCN: the person who speaks for it
  does. A claimer headed by one of ``SPEAKS_FOR`` ("a new NASA study", "a team from the
  University of X", "the report") maps to the first source that names a person (the lead
  author, as a rule), when there is one.

Scoring is SQuAD style: answers are lower-cased, stripped of punctuation and articles, and
compared as bags of tokens; a prediction scores the best F1 over the gold answers, and
"no claimer" scores 1 only against "no claimer".
"""

from __future__ import annotations

import json
import re
import string
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from .report import EvalReport, Row

if TYPE_CHECKING:
    from ..settings import Settings

__all__ = [
    "HcnArticle",
    "evaluate",
    "fullest_mention",
    "hcn_claimer",
    "load_split",
    "main_claim",
    "names_someone",
    "predict",
    "score_records",
    "token_prf",
]

NO_CLAIMER = "no claimer found"
# Heads of claimers that a person speaks for in HCN: documents and research groups.
SPEAKS_FOR = frozenset(
    [
        "study",
        "report",
        "survey",
        "poll",
        "paper",
        "analysis",
        "review",
        "statement",
        "research",
        "team",
        "researchers",
        "scientists",
        "authors",
    ]
)
_NAMED = frozenset(["PERSON", "ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT"])
PUBLISHED_CLAIMER = {"NewsClaims": 42.3}


@dataclass(frozen=True, slots=True)
class HcnArticle:
    id: str
    text: str
    claim: str
    claimers: tuple[str, ...]  # empty tuple: no claimer


def _normalise(s: str) -> list[str]:
    s = s.lower()
    s = "".join(ch for ch in s if ch not in set(string.punctuation) | {"“", "”", "’", "‘"})
    s = re.sub(r"\b(a|an|the)\b", " ", s)
    return s.split()


def token_prf(pred: str | None, gold: str | None) -> tuple[float, float, float]:
    """SQuAD token precision, recall, F1; ``None`` stands for "no answer"."""
    if pred is None or gold is None:
        v = 1.0 if pred is None and gold is None else 0.0
        return v, v, v
    p, g = _normalise(pred), _normalise(gold)
    common = sum((Counter(p) & Counter(g)).values())
    if not p or not g or not common:
        v = 1.0 if not p and not g else 0.0
        return v, v, v
    prec, rec = common / len(p), common / len(g)
    return prec, rec, 2 * prec * rec / (prec + rec)


def _best(pred: str | None, golds: Iterable[str | None]) -> tuple[float, float, float]:
    return max((token_prf(pred, g) for g in golds), key=lambda t: t[2], default=(0.0, 0.0, 0.0))


def load_split(path: str | Path) -> list[HcnArticle]:
    """Articles of an HCN split: ``path`` is the split json (its folder holds word2idx.json)
    or the dataset folder (then ``data/dev.json``)."""
    p = Path(path)
    if p.is_dir():
        p = p / "data" / "dev.json" if (p / "data").is_dir() else p / "dev.json"
    vocab = p.parent / "word2idx.json"
    if not p.exists() or not vocab.exists():
        raise InputError(
            f"{path} is not an HCN split: expected a json split beside word2idx.json "
            "(point at .../hcn-news-claim-analysis/data/dev.json)"
        )
    idx2word = {v: k for k, v in json.loads(vocab.read_text(encoding="utf-8")).items()}
    rows = json.loads(p.read_text(encoding="utf-8"))
    by_id: dict[str, dict[str, Any]] = {}
    for r in rows:
        a = by_id.setdefault(str(r["id"]), {"claimers": [], "claim": None, "ids": None})
        a["ids"] = a["ids"] or r["inverted_text"]
        instr = r["instruction"].lower()
        if "main claim" in instr:
            a["claim"] = r["output"]
        elif "claimer" in instr:
            out = r["output"].strip()
            if out.lower() != NO_CLAIMER:
                a["claimers"].append(out)
    out = []
    for aid, a in by_id.items():
        ids = a["ids"] if isinstance(a["ids"], list) else json.loads(a["ids"])
        text = " ".join(idx2word.get(i, "") for i in ids)
        out.append(HcnArticle(aid, text, a["claim"] or "", tuple(a["claimers"])))
    return out


def main_claim(record: dict[str, Any]) -> dict[str, Any] | None:
    """The record's main claim: the claim flagged ``main`` (the top-scored claim, the
    earliest on a tie, in records without the flag)."""
    claims: list[dict[str, Any]] = list(record.get("claims") or ())
    flagged = [c for c in claims if c.get("main")]
    if flagged:
        return dict(flagged[0])
    if not claims:
        return None
    best: dict[str, Any] = max(
        claims, key=lambda c: (c.get("score") or 0.0, -int(c.get("start", 0)))
    )
    return dict(best)


def _people(record: dict[str, Any]) -> list[tuple[int, int]]:
    return [
        (int(e["start"]), int(e["end"]))
        for e in record.get("entities") or ()
        if e.get("label") == "PERSON"
    ]


def _sourced(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        a
        for a in record.get("attributions") or ()
        if a.get("kind") != "hedge" and a.get("source") is not None
    ]


def hcn_claimer(record: dict[str, Any]) -> str | None:
    """HCN's claimer for a main claim the article does not attribute: the full source
    span of the article's first attribution whose source names a PERSON."""
    people = _people(record)
    for a in _sourced(record):
        src = a["source"]
        if any(src["start"] <= s and e <= src["end"] for s, e in people):
            return str(src["text"])
    return None  # (no named person among the sources)


def fullest_mention(record: dict[str, Any], claim: dict[str, Any]) -> str | None:
    """The claimer of ``claim`` as HCN writes claimers: the longest source span in the
    article that names the same party, the full name written out where one does (a name
    with its title and apposition: "lead author Dr. Jane Roe, a professor at ..."), else
    the claim's own claimer words or name."""
    from ..nlp.parties import canonical_name

    name: str | None = claim.get("claimer_name")
    own = (claim.get("claimer") or {}).get("text")
    if not name:
        return None
    spans = [own] if own and canonical_name(own) == name else []
    for a in _sourced(record):
        resolved = a.get("resolved_name") or a["source"]["text"]
        if canonical_name(resolved) == name:
            spans.append(str(a["source"]["text"]))
    if not spans:
        return name
    words = [w for w in name.split() if len(w.strip(".")) > 1]  # initials left out
    full = [t for t in spans if all(w in t for w in words)]
    return str(max(full or spans, key=len))


def names_someone(record: dict[str, Any], name: str) -> bool:
    """Whether a claimer name holds one of the article's named entities (or is one):
    HCN annotates named claimers only, so "a recent study" or "many governments" is
    its "no claimer"."""
    ents = {str(e["text"]) for e in record.get("entities") or () if e.get("label") in _NAMED}
    return any(e in name or name in e for e in ents)


def predict(record: dict[str, Any]) -> tuple[str | None, str | None]:
    """(main claim text, claimer) from one ``extract --format jsonl`` record, the claimer
    mapped to HCN's conventions (module docstring)."""
    claim = main_claim(record)
    if claim is None:
        return None, hcn_claimer(record)
    text = str(claim.get("text") or "")
    name = str(claim.get("claimer_name") or "")
    if name and _head(name) in SPEAKS_FOR:
        person = hcn_claimer(record)
        if person is not None:
            return text, person
    if name and not names_someone(record, name):
        return text, hcn_claimer(record)
    claimer = fullest_mention(record, claim)
    if claimer is None:
        claimer = hcn_claimer(record)
    return text, claimer


def _head(name: str) -> str:
    """The head word of a claimer name: its last word, lower-cased ("a new NASA study" ->
    "study"); a name with an "of"/"from" phrase ends before it ("a team from the
    University of X" -> "team")."""
    words = re.findall(r"[\w'-]+", name.lower())
    for i, w in enumerate(words):
        if w in ("of", "from", "at", "by", "in", "led", "with") and i > 0:
            words = words[:i]
            break
    return words[-1] if words else ""


def _baseline(doc: Any, record: dict[str, Any]) -> tuple[str | None, str | None]:
    """Attribution-only baseline: the lead sentence as the main claim, and as claimer the
    full source span of the first attribution whose source names a PERSON."""
    lead = next((s.text.strip() for s in doc.sents if len(s.text.strip()) > 20), None)
    return lead, hcn_claimer(record)


def _match(arts: list[HcnArticle], records: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    by_id = {a.id: a for a in arts}
    by_text = {a.text: a for a in arts}
    out: dict[str, dict[str, Any]] = {}
    for rec in records:
        art = by_id.get(str(rec.get("id", ""))) or by_text.get(str(rec.get("text", "")))
        if art is not None:
            out[art.id] = rec
    return out


class _Sums:
    def __init__(self) -> None:
        self.v = [0.0, 0.0, 0.0]

    def add(self, prf: tuple[float, float, float]) -> None:
        for i, x in enumerate(prf):
            self.v[i] += x

    def row(self, name: str, n: int, published: dict[str, float] | None = None) -> Row:
        return Row(name, self.v[0] / n, self.v[1] / n, self.v[2] / n, dict(published or {}))


def score_records(
    path: str | Path, records: Iterable[dict[str, Any]] | str | Path, *, limit: int | None = None
) -> EvalReport:
    """Score saved ``extract --format jsonl`` records on an HCN split (matched to the
    articles by ``id``, else by identical text; an article without a record scores 0)."""
    arts = load_split(path)
    if limit is not None:
        arts = arts[:limit]
    if isinstance(records, (str, Path)):
        with Path(records).open(encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh if line.strip()]
    recs = _match(arts, records)
    claim_s, claimer_s, filed_s = _Sums(), _Sums(), _Sums()
    no_gold = no_pred = 0
    for art in arts:
        rec = recs.get(art.id, {})
        claim, claimer = predict(rec) if rec else (None, None)
        claim_s.add(token_prf(claim, art.claim) if claim is not None else (0.0, 0.0, 0.0))
        golds: tuple[str | None, ...] = art.claimers or (None,)
        claimer_s.add(_best(claimer, golds) if rec else (0.0, 0.0, 0.0))
        # The claimer as the ledger files it, without HCN's conventions: the main claim's
        # claimer name, None (HCN's "no claimer") for the outlet's own voice.
        filed = (main_claim(rec) or {}).get("claimer_name") if rec else None
        filed_s.add(_best(filed, golds) if rec else (0.0, 0.0, 0.0))
        no_gold += not art.claimers
        no_pred += claimer is None
    n = max(len(arts), 1)
    rows = (
        claim_s.row("main claim token", n),
        claimer_s.row("claimer token", n, PUBLISHED_CLAIMER),
        filed_s.row("claimer as filed", n),
    )
    notes = (
        f"HCN {Path(path).name}: {len(arts)} articles, {len(recs)} with a record; {no_gold} "
        f"with no gold claimer, {no_pred} predicted with none; SQuAD token P/R/F1 averaged "
        "over articles",
        "main claim: the claim flagged main; claimer: its fullest mention, or (no claimer) "
        "the first PERSON-named source (HCN's conventions, see claimledger.evaluate.hcn); "
        "claimer as filed: the main claim's claimer_name, unmapped",
    )
    return EvalReport("hcn", rows, notes, {"articles": len(arts)})


def evaluate(
    path: str | Path, settings: Settings | None = None, *, limit: int | None = None
) -> EvalReport:
    """Main-claim and claimer token F1 of the full extraction on an HCN split, scored by
    :func:`score_records` on the records ``extract --format jsonl`` would print, beside
    the lead-sentence and first-named-source baselines."""
    from ..models import Article
    from ..nlp.extract import extract_doc
    from ..nlp.pipeline import load

    arts = load_split(path)
    if limit is not None:
        arts = arts[:limit]
    nlp = load("en", getattr(settings, "model", None) if settings else None)
    mode = getattr(settings, "attribution", "auto") if settings else "auto"

    records = []
    base_claim, base_claimer = _Sums(), _Sums()
    for art, doc in zip(arts, nlp.pipe([a.text for a in arts], batch_size=8), strict=True):
        rec = extract_doc(doc, Article(id=art.id, text=art.text), attribution=mode).to_dict()
        records.append(rec)
        b_claim, b_claimer = _baseline(doc, rec)
        base_claim.add(token_prf(b_claim, art.claim))
        base_claimer.add(_best(b_claimer, art.claimers or (None,)))
    scored = score_records(path, records, limit=limit)
    n = max(len(arts), 1)
    rows = (
        *scored.rows,
        base_claim.row("baseline: lead sentence", n),
        base_claimer.row("baseline: 1st PERSON src", n, PUBLISHED_CLAIMER),
    )
    notes = (
        *scored.notes,
        f"attribution extractor: {mode}; the baseline rows use attributions only (lead "
        "sentence; first PERSON-named source span)",
        "the main-claim model is trained on HCN dev (nlp/models/mainclaim/MODEL_CARD.md): "
        "on dev these rows are in-sample; its cross-validated figure is in the model card",
    )
    return EvalReport("hcn", rows, notes, {"articles": len(arts)})
