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
from ..nlp.parties import party_key

# Measure keys and their readable labels. The bundled series use these keys.
MEASURES: dict[str, str] = {
    "personnel": "personnel losses",
    "tank": "tanks",
    "armoured_combat_vehicle": "armoured combat vehicles",
    "vehicles_fuel_tanks": "vehicles and fuel tanks",
    "truck": "trucks, vehicles and jeeps",
    "artillery": "artillery systems",
    "mlrs": "multiple rocket launchers",
    "air_defence": "air defence systems",
    "aircraft": "aircraft",
    "helicopter": "helicopters",
    "drone": "drones",
    "cruise_missile": "cruise missiles",
    "naval_ship": "naval ships and boats",
    "submarine": "submarines",
    "special_equipment": "special equipment",
    "all_equipment": "equipment of all types",
}

# Phrase -> measures it may mean, longest phrases first when matching. A phrase mapping to
# several measures is ambiguous on purpose: "vehicles" may be armoured combat vehicles or
# the General Staff's "vehicles and fuel tanks".
LEXICON: dict[str, tuple[str, ...]] = {
    "unmanned aerial vehicle": ("drone",),
    "armoured combat vehicle": ("armoured_combat_vehicle",),
    "armored combat vehicle": ("armoured_combat_vehicle",),
    "armoured personnel carrier": ("armoured_combat_vehicle",),
    "armored personnel carrier": ("armoured_combat_vehicle",),
    "infantry fighting vehicle": ("armoured_combat_vehicle",),
    "armoured vehicle": ("armoured_combat_vehicle",),
    "armored vehicle": ("armoured_combat_vehicle",),
    "combat vehicle": ("armoured_combat_vehicle",),
    "military vehicle": ("armoured_combat_vehicle", "vehicles_fuel_tanks", "truck"),
    "fuel tank": ("vehicles_fuel_tanks",),
    "military auto": ("vehicles_fuel_tanks",),
    "rocket launcher": ("mlrs",),
    "multiple rocket": ("mlrs",),
    "rocket system": ("mlrs",),
    "air defence": ("air_defence",),
    "air defense": ("air_defence",),
    "anti aircraft": ("air_defence",),
    "fighter jet": ("aircraft",),
    "cruise missile": ("cruise_missile",),
    "special equipment": ("special_equipment",),
    "artillery system": ("artillery",),
    "piece of equipment": ("all_equipment",),
    "military equipment": ("all_equipment",),
    "apc": ("armoured_combat_vehicle",),
    "ifv": ("armoured_combat_vehicle",),
    "afv": ("armoured_combat_vehicle",),
    "bbm": ("armoured_combat_vehicle",),
    "vehicle": ("armoured_combat_vehicle", "vehicles_fuel_tanks", "truck"),
    "truck": ("vehicles_fuel_tanks", "truck"),
    "lorry": ("vehicles_fuel_tanks", "truck"),
    "jeep": ("truck",),
    "tanker": ("vehicles_fuel_tanks",),
    "tank": ("tank",),
    "soldier": ("personnel",),
    "troop": ("personnel",),
    "personnel": ("personnel",),
    "serviceman": ("personnel",),
    "servicemen": ("personnel",),
    "servicemembers": ("personnel",),
    "servicemember": ("personnel",),
    "fighter": ("personnel",),
    "men": ("personnel",),
    "invader": ("personnel",),
    "occupier": ("personnel",),
    "casualty": ("personnel",),
    "casualties": ("personnel",),
    "artillery": ("artillery",),
    "howitzer": ("artillery",),
    "gun": ("artillery",),
    "mlrs": ("mlrs",),
    "mrl": ("mlrs",),
    "aircraft": ("aircraft",),
    "plane": ("aircraft",),
    "warplane": ("aircraft",),
    "jet": ("aircraft",),
    "helicopter": ("helicopter",),
    "drone": ("drone",),
    "uav": ("drone",),
    "missile": ("cruise_missile",),
    "warship": ("naval_ship",),
    "ship": ("naval_ship",),
    "boat": ("naval_ship",),
    "vessel": ("naval_ship",),
    "submarine": ("submarine",),
    "equipment": ("all_equipment",),
}
_PHRASES = sorted(LEXICON, key=lambda p: (-len(p.split()), -len(p)))
_VOCAB = frozenset(w for p in LEXICON for w in p.split())

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

_WORD = re.compile(r"[a-z][a-z'\-]*")


def words(text: str) -> list[str]:
    """Lower-case words with hyphens read as spaces' neighbours ("anti-aircraft")."""
    return _WORD.findall(text.lower().replace("’", "'"))


def singular(word: str) -> str:
    """The singular of a word of the lexicon ("launchers" -> "launcher"); others unchanged."""
    if word in _VOCAB or len(word) <= 3:
        return word
    if word.endswith("ies") and word[:-3] + "y" in _VOCAB:
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2] in _VOCAB:
        return word[:-2]
    if word.endswith("s") and word[:-1] in _VOCAB:
        return word[:-1]
    return word


def measures_in(text: str) -> list[str]:
    """Measures named in ``text``, in order of first mention, longest phrase first."""
    toks = [singular(w.replace("-", " ").strip()) for w in words(text)]
    flat = " ".join(toks).split()
    found: list[tuple[int, tuple[str, ...]]] = []
    used = [False] * len(flat)
    for phrase in _PHRASES:
        parts = phrase.split()
        n = len(parts)
        for i in range(len(flat) - n + 1):
            if any(used[i : i + n]):
                continue
            if flat[i : i + n] == parts:
                found.append((i, LEXICON[phrase]))
                for j in range(i, i + n):
                    used[j] = True
    out: list[str] = []
    for _, ms in sorted(found, key=lambda f: f[0]):
        for m in ms:
            if m not in out:
                out.append(m)
    return out


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
