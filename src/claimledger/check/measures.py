"""What a quantity counts, whose losses, and who claims it: keyword rules, no model.

The extractors give a quantity's ``unit`` (the counted noun, singular) and ``concept`` span;
both change as the extractors improve, so the mapping reads the unit, the concept and a
short window of the claim sentence after the number, and falls back from one to the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..models import Claim, Quantity

# Measure keys and their readable labels. The bundled series use these keys.
from ..nlp.measures import LEXICON, MEASURES, measures_in, singular, words
from ..nlp.parties import party_key

__all__ = [
    "LEXICON",
    "MEASURES",
    "measures_in",
    "singular",
    "words",
    "canonical_claimer",
    "matches_publisher",
    "read_quantity",
]


# Words that say the figure counts deaths, which the personnel series does not.
DEATH_WORDS = frozenset(
    (
        "kill",
        "killed",
        "killing",
        "kills",
        "dead",
        "death",
        "deaths",
        "died",
        "die",
        "dying",
        "fatalities",
        "fatality",
        "slain",
        "perished",
    )
)
WOUNDED_WORDS = frozenset(["wounded", "injured", "casualties", "casualty", "captured"])
DESTROY_WORDS = frozenset(["destroy", "destroyed", "destroying", "destroys", "destruction"])

OWN_LOSS_WORDS = frozenset(["lost", "losing", "lose", "loses", "suffered", "suffering"])

SUBJECT_WORDS: dict[str, str] = {
    "russian": "russia",
    "russia": "russia",
    "russia's": "russia",
    "kremlin's": "russia",
    "moscow's": "russia",
    "enemy": "enemy",
    "enemy's": "enemy",
    "invader": "enemy",
    "invaders": "enemy",
    "occupier": "enemy",
    "occupiers": "enemy",
    "ukrainian": "ukraine",
    "ukraine": "ukraine",
    "ukraine's": "ukraine",
    "kyiv's": "ukraine",
    "kiev's": "ukraine",
}

# The side a claimer speaks for decides whose losses "the enemy" means. Claimer names map
# to a side through :func:`claimledger.nlp.parties.party_key` (countries, demonyms,
# capitals, the bundled series' publishers and the sides' spokespeople).
SIDE_OF: dict[str, str] = {"ukraine": "ukraine", "russia": "russia"}
OPPONENT: dict[str, str] = {"ukraine": "russia", "russia": "ukraine"}


def canonical_claimer(name: str | None) -> str | None:
    """A stable key for a claimer: the party it speaks for ("ukraine", "russia", "us",
    "oryx", ...; see :func:`claimledger.nlp.parties.party_key`) or, for anyone else, the
    name in lower case without a determiner or possessive."""
    if not name:
        return None
    key = party_key(name)
    if key is not None:
        return key
    n = " ".join(words(name))
    n = re.sub(r"^(the|a|an)\s+", "", n).strip()
    return n.removesuffix("'s") or None


def matches_publisher(claimer: str | None, aliases: tuple[str, ...], publisher: str) -> bool:
    """Whether a claimer name refers to a series' publisher."""
    if not claimer:
        return False
    c = canonical_claimer(claimer)
    pubs = {canonical_claimer(a) for a in (*aliases, publisher)}
    return c is not None and c in pubs


@dataclass(frozen=True, slots=True)
class Reading:
    """How one quantity of a claim is read: measures it may count, whose, and wording notes."""

    measures: tuple[str, ...]
    subject: str | None  # "russia", "ukraine" or None
    claimer_key: str | None
    death_wording: bool = False
    destroy_wording: bool = False
    context: str = ""
    source: str = ""  # where the measure came from: unit, concept, context
    notes: tuple[str, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "measures": list(self.measures),
            "subject": self.subject,
            "claimer_key": self.claimer_key,
            "death_wording": self.death_wording,
            "destroy_wording": self.destroy_wording,
            "context": self.context,
            "source": self.source,
        }


def _window_after(claim: Claim, q: Quantity, article_text: str | None, others: list[int]) -> str:
    """Text after the number up to the next number or clause break (``and``, comma)."""
    text = claim.text
    start = q.end - claim.start
    if not 0 <= start <= len(text):
        # Offsets do not line up with the claim sentence: read the quantity's own text.
        return q.text
    end = len(text)
    for o in others:
        if o - claim.start > start:
            end = min(end, o - claim.start)
    seg = text[start:end]
    cut = re.search(r"[,;:.()]|\band\b|\bwhile\b|\bbut\b", seg)
    return seg[: cut.start()] if cut and cut.start() > 0 else seg[:60]


def _window_before(claim: Claim, q: Quantity) -> str:
    start = q.start - claim.start
    if not 0 <= start <= len(claim.text):
        return ""
    seg = claim.text[max(0, start - 60) : start]
    parts = re.split(r"[,;:.()]|\band\b", seg)
    return parts[-1]


def read_quantity(
    claim: Claim,
    q: Quantity,
    other_starts: list[int] | None = None,
    article_text: str | None = None,
) -> Reading:
    """Read a quantity of a claim: what it counts (unit, then concept, then the words after
    the number), whose losses, and whether the wording speaks of deaths or destruction."""
    others = other_starts or []
    after = _window_after(claim, q, article_text, others)
    before = _window_before(claim, q)
    concept = q.concept.text if q.concept else ""
    measures: list[str] = []
    source = ""
    for src, text in (("unit", q.unit or ""), ("concept", concept), ("context", after)):
        ms = measures_in(text)
        if ms:
            measures, source = ms, src
            break
    if not measures:
        measures, source = measures_in(q.text), "quantity"
    context = " ".join([before, q.text, concept, after])
    ws = set(words(context))
    ckey = canonical_claimer(claim.claimer_name)
    # The words after the number ("13,000 Russian vehicles") say whose losses; elsewhere a
    # word for the claimer's own side is the claimer ("Ukraine's claims of ..."), not whose.
    near = [SUBJECT_WORDS[w] for w in words(q.text + " " + after) if w in SUBJECT_WORDS]
    own = SIDE_OF.get(ckey or "")
    far = [
        SUBJECT_WORDS[w]
        for w in words(concept + " " + before)[::-1]
        if w in SUBJECT_WORDS and SUBJECT_WORDS[w] != own
    ]
    subject: str | None = (near or far)[0] if (near or far) else None
    if subject is None and own and set(words(before)) & OWN_LOSS_WORDS:
        # "Russia's defence ministry denied losing 13,000 ...": the claimer's own losses.
        subject = own
    if subject == "enemy":
        subject = OPPONENT.get(ckey or "")
    if subject is None and ckey in OPPONENT:
        # A side reporting losses without saying whose means the other side's.
        subject = OPPONENT[ckey]
    return Reading(
        measures=tuple(measures),
        subject=subject,
        claimer_key=ckey,
        # "killed or wounded" is what the personnel series counts; "killed" alone is not.
        death_wording=bool(ws & DEATH_WORDS) and not ws & WOUNDED_WORDS,
        destroy_wording=bool(ws & DESTROY_WORDS),
        context=context.strip(),
        source=source,
    )
