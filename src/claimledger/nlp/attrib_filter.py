"""A learned filter over verb-cue candidates: keep or drop "<subject> <verb> <content>".

The rules propose a wide set of candidates (any verb whose lemma is ever a cue in PolNeAR
train, with a subject and a content); a logistic regression over cheap parse features
(lemma, dependency, tag, subject type, complement types, quoting) decides which are
attributions. Weights are a small JSON table trained by
:mod:`claimledger.train.attribution`; scoring is a dictionary lookup and a sigmoid, so it
adds next to nothing to the rules' cost.
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["FILTER_FILE", "CueFilter", "features", "load_filter"]

log = logging.getLogger(__name__)

FILTER_FILE = "cue_filter.json"
_MODEL_DIR = Path(__file__).parent / "models" / "attribution"


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2-4" if n < 5 else "5-14" if n < 15 else "15+"


def features(
    verb: Token,
    *,
    kind: str,
    source: tuple[int, int] | None,
    content: set[int],
    cue: tuple[int, int],
    hand: bool,
    rate: float,
) -> list[str]:
    """String features of one verb-cue candidate."""
    doc = verb.doc
    lemma = verb.lemma_.lower()
    deps = {c.dep_ for c in verb.children}
    f = [
        f"lemma={lemma}",
        f"dep={verb.dep_}",
        f"tag={verb.tag_}",
        f"kind={kind}",
        f"hand={hand}",
        f"rate={min(int(rate * 10), 9)}",
        f"lemma_dep={lemma}|{verb.dep_}",
        f"clen={_bucket(len(content))}",
        f"cue_len={cue[1] - cue[0]}",
        f"head_lemma={verb.head.lemma_.lower() if verb.head.i != verb.i else 'ROOT'}",
    ]
    for d in ("ccomp", "xcomp", "dobj", "parataxis", "oprd", "neg", "auxpass", "prt", "dative"):
        if d in deps:
            f.append(f"has={d}")
            f.append(f"lemma_has={lemma}|{d}")
    if source is not None:
        s = doc[source[1] - 1]
        root = doc[source[0] : source[1]].root
        f += [
            f"src_pos={root.pos_}",
            f"src_ent={root.ent_type_ or '-'}",
            f"src_len={_bucket(source[1] - source[0])}",
            f"src_after={source[0] > verb.i}",
            f"src_last_pos={s.pos_}",
        ]
        if root.pos_ == "PRON":
            f.append(f"src_pron={root.lower_}")
        else:
            f.append(f"src_lemma={root.lemma_.lower()}")
        f.append(f"lemma_srcent={lemma}|{root.ent_type_ or root.pos_}")
    else:
        f.append("src=none")
    first = min(content) if content else verb.i
    f.append(f"content_first={doc[first].lower_ if doc[first].is_stop else doc[first].pos_}")
    f.append(f"content_after={first > verb.i}")
    return f


@dataclass(frozen=True, slots=True)
class CueFilter:
    """Logistic regression weights per feature, the decision threshold, the candidate lemmas."""

    weights: dict[str, float]
    bias: float
    threshold: float
    lemmas: dict[str, float]  # "VERB:lemma" -> train cue rate: which verbs become candidates

    def prob(self, feats: list[str]) -> float:
        z = self.bias + sum(self.weights.get(x, 0.0) for x in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_dict(self) -> dict[str, Any]:
        return {
            "weights": self.weights,
            "bias": self.bias,
            "threshold": self.threshold,
            "lemmas": self.lemmas,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CueFilter:
        return cls(
            {str(k): float(v) for k, v in d["weights"].items()},
            float(d["bias"]),
            float(d["threshold"]),
            {str(k): float(v) for k, v in d["lemmas"].items()},
        )


@lru_cache(maxsize=1)
def load_filter() -> CueFilter | None:
    """The shipped filter, or None when absent, unreadable, or not better than rules on dev."""
    path = _MODEL_DIR / FILTER_FILE
    if not path.exists():
        return None
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
        if not meta.get("use"):
            return None
        return CueFilter.from_dict(meta)
    except (OSError, ValueError, KeyError) as exc:
        log.warning("ignoring unreadable cue filter %s: %s", path, exc)
        return None
