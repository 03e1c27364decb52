"""Measures: what a figure counts, in the vocabulary of the reference series.

``MEASURES`` are the measure keys of the bundled series with readable labels; ``LEXICON``
maps the words news uses for them (singular, lower case) to the measures they may mean. A
phrase mapping to several measures is ambiguous on purpose ("vehicles" may be armoured combat
vehicles or the General Staff's "vehicles and fuel tanks"). Pure functions, no spaCy.
"""

from __future__ import annotations

import re

__all__ = ["LEXICON", "MEASURES", "measures_in", "singular", "words"]

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
    # Oryx's own row; the frames read "infantry fighting vehicles" as a part of the
    # armoured combat vehicles, and only a figure from Oryx is read against this row
    "infantry_fighting_vehicle": "infantry fighting vehicles",
    # Oryx's two kinds of artillery, read only for a figure from Oryx (to anyone else
    # "self-propelled guns" are a part of the artillery)
    "self_propelled_artillery": "self-propelled artillery",
    "towed_artillery": "towed artillery",
    "surface_to_air_missile_system": "surface-to-air missile systems",
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
    # ("1,279 armoured personnel vehicles": the vehicles, not the personnel)
    "armoured personnel vehicle": ("armoured_combat_vehicle",),
    "armored personnel vehicle": ("armoured_combat_vehicle",),
    "personnel carrier": ("armoured_combat_vehicle",),
    "infantry fighting vehicle": ("armoured_combat_vehicle",),
    "armoured vehicle": ("armoured_combat_vehicle",),
    "armored vehicle": ("armoured_combat_vehicle",),
    "combat vehicle": ("armoured_combat_vehicle",),
    "military vehicle": ("armoured_combat_vehicle", "vehicles_fuel_tanks", "truck"),
    "fuel tank": ("vehicles_fuel_tanks",),
    "vehicle and fuel tank": ("vehicles_fuel_tanks",),  # the General Staff's own category
    "tank with fuel": ("vehicles_fuel_tanks",),
    "military auto": ("vehicles_fuel_tanks",),
    # "vehicles" in the General Staff's early reports, which listed fuel tanks apart
    "automotive equipment": ("vehicles_fuel_tanks", "truck"),
    "automotive technology": ("vehicles_fuel_tanks", "truck"),
    "rocket launcher": ("mlrs",),
    "multiple rocket": ("mlrs",),
    "rocket system": ("mlrs",),
    "launch rocket": ("mlrs",),  # multiple launch rocket systems
    "rocket salvo": ("mlrs",),  # "rocket salvo systems", "salvo fire systems" (Ukr. РСЗВ)
    "salvo system": ("mlrs",),
    "salvo fire": ("mlrs",),
    "rocket artillery": ("mlrs",),
    "air defence": ("air_defence",),
    "air defense": ("air_defence",),
    "anti aircraft": ("air_defence",),
    "surface to air": ("air_defence",),  # "surface-to-air missile systems" (Oryx's row)
    "sam system": ("air_defence",),
    "fighter jet": ("aircraft",),
    # a fighter is a person, a fighter-bomber or fighter plane an aircraft
    "fighter bomber": ("aircraft",),
    "fighter plane": ("aircraft",),
    "fighter aircraft": ("aircraft",),
    "bomber": ("aircraft",),
    "cruise missile": ("cruise_missile",),
    # The General Staff counts cruise missiles; a ballistic missile is none of its
    # categories (the words then name the measure, with no series to read)
    "ballistic missile": (),
    # uncrewed surface vessels are no ships or boats of a navy's list, nor drones of the
    # General Staff's (aerial) count
    "uncrewed boat": (),
    "unmanned boat": (),
    "drone boat": (),
    "naval drone": (),
    "sea drone": (),
    "uncrewed surface vessel": (),
    "unmanned surface vessel": (),
    "usv": (),
    "special equipment": ("special_equipment",),
    "special vehicle": ("special_equipment",),
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
    "manpower": ("personnel",),
    "occupier": ("personnel",),
    "casualty": ("personnel",),
    "casualties": ("personnel",),
    "artillery": ("artillery",),
    "howitzer": ("artillery",),
    "gun": ("artillery",),
    "mlrs": ("mlrs",),
    "mrl": ("mlrs",),
    # OSINT shorthand: main battle tanks, armoured combat vehicles, self-propelled guns
    "mbt": ("tank",),
    "acv": ("armoured_combat_vehicle",),
    "spg": ("artillery",),
    "aircraft": ("aircraft",),
    "plane": ("aircraft",),
    "airplane": ("aircraft",),
    "aeroplane": ("aircraft",),
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
    # each part of a hyphenated word in its singular ("fighter-bombers": fighter bomber)
    flat = [singular(p) for w in words(text) for p in w.replace("-", " ").split()]
    found: list[tuple[int, tuple[str, ...]]] = []
    used = [False] * len(flat)
    for i in range(1, len(flat) - 1):
        if flat[i] == "type":
            used[i - 1] = True  # "aircraft-type unmanned aerial vehicles": a kind, not a count
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
