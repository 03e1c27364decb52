"""Importing reference series: generic CSV/JSON, the bundled data, the raw source formats."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger.check import add_references, load_bundled_references, reference_series
from claimledger.check.loaders import bundled_series, read_oryx, read_series
from claimledger.errors import ReferenceError_
from claimledger.store import SQLiteStore

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "src" / "claimledger" / "data" / "reference"
SHARED = ROOT.parent / "shared" / "data"

CSV = (
    "series,date,value,unit,publisher,definition,aliases,subject,qualifier,basis\n"
    "Russian tanks (MoD),2024-01-01,100,tank,Russian Ministry of Defence,"
    "Tanks it says it lost,tanks;armour,russia,about,official_claim\n"
    'Russian tanks (MoD),2024-02-01,"1,200",tank,Russian Ministry of Defence,'
    "Tanks it says it lost,tanks;armour,russia,,official_claim\n"
)


@pytest.fixture()
def store():
    s = SQLiteStore(":memory:")
    yield s
    s.close()


def test_generic_csv(tmp_path, store):
    p = tmp_path / "mod.csv"
    p.write_text(CSV)
    result = add_references(store, p)
    assert result.added == ["russian-ministry-of-defence-russian-tanks-mod"] and result.points == 2
    (s,) = reference_series(store)
    assert s.measure == "tank" and s.subject == "russia" and s.basis == "official_claim"
    assert s.aliases == ("tanks", "armour")
    assert [(p.date, p.value, p.qualifier) for p in s.points] == [
        ("2024-01-01", 100, "about"),
        ("2024-02-01", 1200, None),
    ]
    assert s.at("2024-01-20").value == 100 and s.at("2023-12-31") is None
    # Idempotent: the same content again changes nothing.
    assert add_references(store, p).unchanged == [s.id]


def test_generic_json_rows_and_compact(tmp_path, store):
    rows = [
        {"series": "Drones", "date": "2024-01-01", "value": 5, "publisher": "X", "measure": "drone"}
    ]
    p = tmp_path / "d.json"
    p.write_text(json.dumps(rows))
    (s,) = read_series(p)
    assert s.measure == "drone"
    compact = tmp_path / "c.json"
    compact.write_text(json.dumps({"series": [s.to_dict(points=True)]}))
    assert read_series(compact) == [s]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("series,date,value,publisher\nA,2024-13-01,1,X\n", "not YYYY-MM-DD"),
        ("series,date,value,publisher\nA,2024-01-01,lots,X\n", "not a number"),
        ("series,date,value,publisher\nwidgets,2024-01-01,1,X\n", "add a 'measure' column"),
        ("series,date,value\ntanks,2024-01-01,1\n", "no 'publisher'"),
    ],
)
def test_bad_rows_raise_one_line_errors(tmp_path, text, message):
    p = tmp_path / "bad.csv"
    p.write_text(text)
    with pytest.raises(ReferenceError_, match=message):
        read_series(p)


def test_unknown_format_and_missing_file(tmp_path):
    with pytest.raises(ReferenceError_, match="no such file"):
        read_series(tmp_path / "nope.csv")
    p = tmp_path / "x.txt"
    p.write_text("x")
    with pytest.raises(ReferenceError_, match="--format"):
        read_series(p)


def test_bundled_series_are_small_licensed_and_attributed():
    files = [REFERENCE / "ua-general-staff.json.gz", REFERENCE / "oryx.json.gz"]
    assert sum(f.stat().st_size for f in files) < 2_000_000
    attribution = (REFERENCE / "ATTRIBUTION.md").read_text()
    assert "MIT" in attribution and "CC BY 4.0" in attribution
    assert "Petro Ivaniuk" in attribution and "scarnecchia" in attribution
    series = {s.id: s for s in bundled_series()}
    gs = series["ua-general-staff/personnel"]
    assert gs.at("2024-03-20").value == 433_090 and gs.at("2024-03-20").qualifier == "about"
    assert gs.basis == "official_claim" and "Ukraine" in gs.publisher_aliases
    assert series["ua-general-staff/apc"].at("2024-03-20").value == 13_058
    assert series["ua-general-staff/vehicles-and-fuel-tanks"].at("2024-03-20").value == 14_198
    oryx = series["oryx/russia/all-types"]
    assert oryx.basis == "independent_lower_bound" and oryx.licence == "CC BY 4.0"
    assert oryx.at("2024-03-20").date == "2024-03-03" and oryx.at("2024-03-20").value == 14_644
    assert oryx.after("2024-03-20").value == 15_264


def test_load_bundled_is_idempotent(store):
    n = load_bundled_references(store)
    assert n == len(bundled_series())
    assert load_bundled_references(store) == 0
    assert len(reference_series(store, with_points=False)) == n


def test_oryx_reader_repairs_the_split_ifv_row():
    text = (
        "snapshot_date,commit,country,equipment_type,destroyed,abandoned,captured,damaged,type_total\n"
        '2022-12-26,x,Russia,"Infantry Fighting Vehicles (1849, of which destroyed: 1159, cap",'
        "1159,81,0,40,1280\n"
        "2022-12-26,x,Russia,tured: 569),,,,,\n"
        "2022-12-26,x,Russia,Tanks,1,1,1,1,4\n"
    )
    series = {s.id: s for s in read_oryx(text)}
    assert series["oryx/russia/tanks"].points[0].value == 4
    assert "oryx/russia/armoured-combat-vehicles" not in series  # AFV/APC/MRAP rows missing


@pytest.mark.skipif(
    not (SHARED / "ua-general-staff-russian-losses").exists(), reason="no shared data"
)
def test_raw_sources_match_the_bundle():
    gs = read_series(SHARED / "ua-general-staff-russian-losses")
    oryx = read_series(SHARED / "oryx-losses-scarnecchia" / "totals_by_type_history.csv")
    assert {s.id: s.checksum for s in gs + oryx} == {s.id: s.checksum for s in bundled_series()}
