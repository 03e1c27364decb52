"""Readers for reference series: the generic CSV/JSON form and the two bundled sources.

Generic form, one row per dated value (CSV header or JSON list of objects)::

    series,date,value,unit,publisher,definition,aliases[,measure,subject,qualifier,basis,
    publisher_aliases,source,licence]

``aliases`` and ``publisher_aliases`` are ``;``-separated. Without ``measure`` the measure is
read from the series name, aliases and unit with the same lexicon claims are read with.
JSON may also be the compact form ``{"series": [{"id", "measure", ..., "points": [[date,
value, qualifier], ...]}]}`` that the bundled data uses.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import logging
import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date as _date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import ReferenceError_
from .measures import MEASURES, measures_in
from .series import BASES, Point, Series, series_from_dict

log = logging.getLogger(__name__)

FORMATS = ("auto", "csv", "json", "general-staff", "oryx")

GENERAL_STAFF = {
    "publisher": "General Staff of the Armed Forces of Ukraine",
    "publisher_aliases": (
        "Ukraine",
        "General Staff",
        "Ukrainian General Staff",
        "Armed Forces of Ukraine",
        "Ministry of Defence of Ukraine",
        "Ukrainian military",
    ),
    "source": "PetroIvaniuk/2022-Ukraine-Russia-War-Dataset (daily General Staff reports, "
    "zsu.gov.ua / mil.gov.ua)",
    "licence": "MIT, Copyright (c) 2022 Petro Ivaniuk",
}
_GS_NOTE = (
    " Cumulative since 2022-02-24, as reported each morning by the General Staff of the Armed "
    "Forces of Ukraine: Ukrainian official claims, not independently verified."
)
# General Staff field -> (measure, unit, definition)
GS_FIELDS: dict[str, tuple[str, str, str]] = {
    "personnel": (
        "personnel",
        "person",
        "Russian personnel losses ('total combat losses of the enemy'): killed, wounded and "
        "otherwise put out of action, not a count of deaths.",
    ),
    "tank": ("tank", "tank", "Russian tanks lost."),
    "APC": (
        "armoured_combat_vehicle",
        "vehicle",
        "Russian armoured combat vehicles lost (ББМ; broad: AFVs, IFVs, APCs, MRAPs, IMVs, "
        "command and engineering vehicles).",
    ),
    "field artillery": ("artillery", "system", "Russian artillery systems lost."),
    "MRL": ("mlrs", "launcher", "Russian multiple rocket launchers lost."),
    "anti-aircraft warfare": ("air_defence", "system", "Russian air defence systems lost."),
    "aircraft": ("aircraft", "aircraft", "Russian aircraft lost."),
    "helicopter": ("helicopter", "helicopter", "Russian helicopters lost."),
    "drone": ("drone", "drone", "Russian operational-tactical UAVs lost."),
    "cruise missiles": ("cruise_missile", "missile", "Cruise missiles shot down."),
    "naval ship": ("naval_ship", "ship", "Russian warships and boats lost."),
    "submarines": ("submarine", "submarine", "Russian submarines lost."),
    "vehicles and fuel tanks": (
        "vehicles_fuel_tanks",
        "vehicle",
        "Russian vehicles and fuel tanks lost (trucks and tankers; before 2022-05-01 the sum "
        "of 'military auto' and 'fuel tank').",
    ),
    "special equipment": ("special_equipment", "piece", "Russian special equipment lost."),
}

_GS_NAMES = {
    "personnel": "personnel losses",
    "APC": "armoured combat vehicles (APC)",
    "MRL": "multiple rocket launchers",
    "anti-aircraft warfare": "anti-aircraft warfare systems",
    "drone": "drones",
    "naval ship": "naval ships",
    "helicopter": "helicopters",
    "tank": "tanks",
}

ORYX = {
    "publisher": "Oryx",
    "publisher_aliases": ("Oryx", "oryxspioenkop"),
    "source": "scarnecchia/oryx_data (scrape of Oryx, oryxspioenkop.com)",
    "licence": "CC BY 4.0",
}
_ORYX_NOTE = (
    " Visually confirmed by Oryx (each item backed by a photo or video), so a lower bound on "
    "the true count; dated by the scrape's snapshot, not the loss."
)
# Oryx series -> (measure, unit, Oryx equipment types summed)
ORYX_SERIES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "all-types": ("all_equipment", "piece", ("All Types",)),
    "tanks": ("tank", "tank", ("Tanks",)),
    "armoured-combat-vehicles": (
        "armoured_combat_vehicle",
        "vehicle",
        (
            "Tanks",
            "Armoured Fighting Vehicles",
            "Infantry Fighting Vehicles",
            "Armoured Personnel Carriers",
            "Mine-Resistant Ambush Protected",
        ),
    ),
    "infantry-fighting-vehicles": (
        "infantry_fighting_vehicle",
        "vehicle",
        ("Infantry Fighting Vehicles",),
    ),
    "trucks": ("truck", "vehicle", ("Trucks, Vehicles, and Jeeps",)),
    "aircraft": ("aircraft", "aircraft", ("Aircraft",)),
    "helicopters": ("helicopter", "helicopter", ("Helicopters",)),
    "naval-ships": ("naval_ship", "ship", ("Naval Ships",)),
    "artillery": ("artillery", "system", ("Towed Artillery", "Self-Propelled Artillery")),
    "self-propelled-artillery": (
        "self_propelled_artillery",
        "system",
        ("Self-Propelled Artillery",),
    ),
    "towed-artillery": ("towed_artillery", "system", ("Towed Artillery",)),
    "surface-to-air-missile-systems": (
        "surface_to_air_missile_system",
        "system",
        ("Surface-To-Air Missile Systems",),
    ),
    "mlrs": ("mlrs", "launcher", ("Multiple Rocket Launchers",)),
    "air-defence": (
        "air_defence",
        "system",
        (
            "Surface-To-Air Missile Systems",
            "Self-Propelled Anti-Aircraft Guns",
            "Anti-Aircraft Guns",
        ),
    ),
}


ADJECTIVE = {"Russia": "Russian", "Ukraine": "Ukrainian"}


def _norm_oryx_type(name: str) -> str:
    name = " ".join(name.split())
    if name.startswith("Infantry Fighting Vehicles ("):
        return "Infantry Fighting Vehicles"
    if name.startswith("Trucks, Vehicles"):
        return "Trucks, Vehicles, and Jeeps"
    if name.startswith("Naval Ships"):
        return "Naval Ships"
    if name in ("Rocket and Missile Artillery",):
        return "Multiple Rocket Launchers"
    return name


def _valid_date(value: Any, where: str) -> str:
    s = str(value).strip()[:10]
    try:
        _date.fromisoformat(s)
    except ValueError:
        raise ReferenceError_(f"{where}: date {value!r} is not YYYY-MM-DD; fix the date") from None
    return s


def _split(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, list | tuple):
        return tuple(str(v).strip() for v in value if str(v).strip())
    return tuple(v.strip() for v in re.split(r"[;|]", str(value)) if v.strip())


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "series"


# -- generic ------------------------------------------------------------------------------
def _from_rows(rows: Iterable[dict[str, Any]], origin: str) -> list[Series]:
    groups: dict[str, list[tuple[int, dict[str, Any]]]] = defaultdict(list)
    for i, row in enumerate(rows, start=2):
        row = {str(k).strip().lower(): v for k, v in row.items() if k is not None}
        name = str(row.get("series") or "").strip()
        if not name:
            raise ReferenceError_(f"{origin}: row {i} has no 'series'; name the series")
        groups[name].append((i, row))
    out = []
    for name, items in groups.items():
        first = items[0][1]
        points = []
        for i, row in items:
            where = f"{origin}: row {i}"
            try:
                value = float(str(row.get("value", "")).replace(",", ""))
            except ValueError:
                raise ReferenceError_(
                    f"{where}: value {row.get('value')!r} is not a number; fix the value"
                ) from None
            points.append(
                Point(_valid_date(row.get("date"), where), value, row.get("qualifier") or None)
            )
        aliases = _split(first.get("aliases"))
        measure = str(first.get("measure") or "").strip()
        if not measure:
            found = measures_in(" ".join([name, *aliases, str(first.get("unit") or "")]))
            if not found:
                raise ReferenceError_(
                    f"{origin}: cannot tell what series {name!r} counts; add a 'measure' "
                    "column (e.g. personnel, tank, armoured_combat_vehicle)"
                )
            measure = found[0]
        basis = str(first.get("basis") or "other")
        publisher = str(first.get("publisher") or "").strip()
        if not publisher:
            raise ReferenceError_(
                f"{origin}: series {name!r} has no 'publisher'; name who publishes it"
            )
        out.append(
            Series(
                id=_slug(f"{publisher}-{name}") if not first.get("id") else str(first["id"]),
                name=name,
                publisher=publisher,
                measure=measure,
                subject=(str(first.get("subject")).lower() if first.get("subject") else None),
                unit=first.get("unit") or None,
                definition=str(first.get("definition") or ""),
                basis=basis if basis in BASES else "other",  # type: ignore[arg-type]
                publisher_aliases=_split(first.get("publisher_aliases")),
                aliases=aliases,
                source=first.get("source") or None,
                licence=first.get("licence") or first.get("license") or None,
                points=tuple(sorted(points, key=lambda p: p.date)),
            )
        )
    return out


def read_csv(text: str, origin: str) -> list[Series]:
    return _from_rows(csv.DictReader(io.StringIO(text)), origin)


def read_json(text: str, origin: str) -> list[Series]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReferenceError_(f"{origin}: not valid JSON ({exc}); fix the file") from None
    if isinstance(data, dict) and "series" in data and isinstance(data["series"], list):
        try:
            return [series_from_dict(d) for d in data["series"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise ReferenceError_(
                f"{origin}: bad series record ({exc}); see docs/checking.md"
            ) from None
    if isinstance(data, list) and all(isinstance(r, dict) for r in data):
        return _from_rows(data, origin)
    raise ReferenceError_(
        f"{origin}: expected a list of rows or {{'series': [...]}}; see docs/checking.md"
    )


# -- General Staff --------------------------------------------------------------------------
def read_general_staff(
    equipment: list[dict[str, Any]], personnel: list[dict[str, Any]]
) -> list[Series]:
    """The General Staff's daily cumulative series (PetroIvaniuk's JSON files)."""
    points: dict[str, list[Point]] = defaultdict(list)
    for r in personnel:
        if r.get("personnel") is None:
            continue
        q = r.get("personnel*") or None
        points["personnel"].append(Point(str(r["date"]), float(r["personnel"]), q))
    for r in equipment:
        d = str(r["date"])
        for key in GS_FIELDS:
            if key == "personnel":
                continue
            v = r.get(key)
            split = r.get("military auto") is not None or r.get("fuel tank") is not None
            if v is None and key == "vehicles and fuel tanks" and split:
                # Before 2022-05-01 the category was two fields.
                v = (r.get("military auto") or 0) + (r.get("fuel tank") or 0)
            if v is None:
                continue
            points[key].append(Point(d, float(v)))
    out = []
    for key, (measure, unit, definition) in GS_FIELDS.items():
        if not points.get(key):
            continue
        out.append(
            Series(
                id=f"ua-general-staff/{_slug(key)}",
                name=f"General Staff of Ukraine: Russian {_GS_NAMES.get(key, key)}",
                measure=measure,
                subject="russia",
                unit=unit,
                definition=definition + _GS_NOTE,
                basis="official_claim",
                publisher=GENERAL_STAFF["publisher"],  # type: ignore[arg-type]
                publisher_aliases=GENERAL_STAFF["publisher_aliases"],  # type: ignore[arg-type]
                aliases=(key,),
                source=GENERAL_STAFF["source"],  # type: ignore[arg-type]
                licence=GENERAL_STAFF["licence"],  # type: ignore[arg-type]
                points=tuple(sorted(points[key], key=lambda p: p.date)),
            )
        )
    return out


def _load_json_file(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ReferenceError_(f"{path}: cannot read General Staff JSON ({exc})") from None


def read_general_staff_path(path: Path) -> list[Series]:
    """The folder holding russia_losses_equipment.json and russia_losses_personnel.json."""
    folder = path if path.is_dir() else path.parent
    eq, pers = folder / "russia_losses_equipment.json", folder / "russia_losses_personnel.json"
    if path.is_file() and path.name not in (eq.name, pers.name):
        raise ReferenceError_(
            f"{path}: expected russia_losses_equipment.json or russia_losses_personnel.json"
        )
    equipment = _load_json_file(eq) if eq.exists() else []
    personnel = _load_json_file(pers) if pers.exists() else []
    if not equipment and not personnel:
        raise ReferenceError_(f"{path}: no General Staff files found; point at the data folder")
    return read_general_staff(equipment, personnel)


# -- Oryx ---------------------------------------------------------------------------------
def read_oryx(text: str, origin: str = "oryx") -> list[Series]:
    """Oryx totals by type: the history file (``snapshot_date`` column) or one snapshot."""
    reader = csv.DictReader(io.StringIO(text))
    fields = reader.fieldnames or []
    if "equipment_type" not in fields or "type_total" not in fields:
        raise ReferenceError_(
            f"{origin}: not an Oryx totals_by_type CSV (no equipment_type/type_total)"
        )
    # (date, country) -> type -> total
    table: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    snapshot = _date.today().isoformat()
    if "snapshot_date" not in fields:
        log.warning("%s: no snapshot_date column; dating the snapshot today (%s)", origin, snapshot)
    for row in reader:
        d = row.get("snapshot_date") or snapshot
        t = row["equipment_type"]
        total = row["type_total"]
        m = re.match(r"Infantry Fighting Vehicles \((\d+)", " ".join(t.split()))
        try:
            value = float(m.group(1)) if m else float(total)
        except (TypeError, ValueError):
            continue  # the tail of a row the upstream scrape split in two
        table[(d, row["country"].strip())][_norm_oryx_type(t)] = value
    out = []
    for country in ("Russia", "Ukraine"):
        for key, (measure, unit, types) in ORYX_SERIES.items():
            pts = []
            for (d, c), by_type in sorted(table.items()):
                if c != country:
                    continue
                if key == "naval-ships" and "Naval Ships" not in by_type:
                    continue
                if not all(t in by_type for t in types):
                    continue
                pts.append(Point(d, sum(by_type[t] for t in types), "at least"))
            if not pts:
                continue
            label = ", ".join(types)
            out.append(
                Series(
                    id=f"oryx/{country.lower()}/{key}",
                    name=f"Oryx: {ADJECTIVE[country]} {MEASURES.get(measure, measure)}"
                    " (visually confirmed)",
                    measure=measure,
                    subject=country.lower(),
                    unit=unit,
                    definition=f"{ADJECTIVE[country]} losses of {label} documented by Oryx "
                    "(destroyed, damaged, abandoned, captured)." + _ORYX_NOTE,
                    basis="independent_lower_bound",
                    publisher=ORYX["publisher"],  # type: ignore[arg-type]
                    publisher_aliases=ORYX["publisher_aliases"],  # type: ignore[arg-type]
                    aliases=types,
                    source=ORYX["source"],  # type: ignore[arg-type]
                    licence=ORYX["licence"],  # type: ignore[arg-type]
                    points=tuple(pts),
                )
            )
    return out


# -- entry points -------------------------------------------------------------------------
def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ReferenceError_(f"{path}: cannot read ({exc.strerror}); check the path") from None
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    return raw.decode("utf-8-sig")


def read_series(path: str | Path, format: str = "auto") -> list[Series]:
    """Read reference series from a file (or the General Staff folder) in ``format``."""
    p = Path(path)
    if format not in FORMATS:
        raise ReferenceError_(f"{p}: unknown format {format!r}; use one of {', '.join(FORMATS)}")
    if not p.exists():
        raise ReferenceError_(f"{p}: no such file or folder; check the path")
    name = p.name.lower().removesuffix(".gz")
    if format == "auto":
        if p.is_dir() or name.startswith("russia_losses_"):
            format = "general-staff"
        elif name.startswith("totals_by_type"):
            format = "oryx"
        elif name.endswith(".csv"):
            format = "csv"
        elif name.endswith(".json") or name.endswith(".jsonl"):
            format = "json"
        else:
            raise ReferenceError_(
                f"{p}: cannot tell the format; pass --format csv|json|general-staff|oryx"
            )
    if format == "general-staff":
        return read_general_staff_path(p)
    text = _read_text(p)
    if format == "oryx":
        return read_oryx(text, str(p))
    if format == "csv":
        return read_csv(text, str(p))
    return read_json(text, str(p))


BUNDLED = ("ua-general-staff.json.gz", "oryx.json.gz")


def bundled_series() -> list[Series]:
    """The two bundled, licensed series (see data/reference/ATTRIBUTION.md)."""
    return list(_bundled())


@lru_cache(maxsize=1)
def _bundled() -> tuple[Series, ...]:
    # Read once per process: series are frozen, so sharing them is safe.
    out: list[Series] = []
    root = resources.files("claimledger") / "data" / "reference"
    for name in BUNDLED:
        raw = gzip.decompress((root / name).read_bytes()).decode("utf-8")
        out.extend(read_json(raw, f"bundled {name}"))
    return tuple(out)


def write_compact(series: list[Series], path: str | Path) -> None:
    """Write series in the compact JSON form (gzip when the name ends in .gz)."""
    data = json.dumps(
        {"series": [s.to_dict(points=True) for s in series]},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    p = Path(path)
    p.write_bytes(gzip.compress(data, mtime=0) if p.suffix == ".gz" else data)
