"""Highlight segments (the text comes back whole, each segment knows its marks), and numbers
and bounds in words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimledger.present import KINDS, Mark, bounds_text, fmt_number, marks, segments
from claimledger.web.sample import sample_extractions


@st.composite
def text_and_marks(draw: st.DrawFn) -> tuple[str, list[Mark]]:
    text = draw(st.text(min_size=1, max_size=80))
    n = draw(st.integers(0, 6))
    ms = []
    for i in range(n):
        a = draw(st.integers(0, len(text) - 1))
        b = draw(st.integers(a + 1, len(text)))
        kind = draw(st.sampled_from(KINDS))
        ms.append(Mark(f"m{i}", kind, a, b, text[a:b], {}, ()))
    return text, ms


@given(text_and_marks())
def test_segments_rebuild_the_text_and_cover_marks(case: tuple[str, list[Mark]]) -> None:
    text, ms = case
    segs = segments(text, ms)
    assert "".join(s["text"] for s in segs) == text
    by_id = {m.id: m for m in ms}
    for s in segs:
        start, end = s["start"], s["start"] + len(s["text"])
        assert text[start:end] == s["text"]
        for m in ms:
            inside = m.start <= start and end <= m.end
            assert (m.id in s["marks"]) == inside
            # A segment never straddles a mark boundary.
            assert inside or end <= m.start or start >= m.end
        if s["marks"]:
            ref = by_id[s["ref"]]
            assert all(by_id[i].start <= start for i in s["marks"])
            assert ref.kind in s["kinds"]
        else:
            assert s["ref"] is None


def test_quantity_wins_a_click_over_its_content() -> None:
    text = "He said 5 bridges closed."
    ms = [
        Mark("t0", "content", 8, 24, text[8:24], {}, ()),
        Mark("q0", "quantity", 8, 9, "5", {}, ()),
    ]
    seg = next(s for s in segments(text, ms) if s["text"] == "5")
    assert seg["ref"] == "q0" and seg["kinds"] == ["quantity", "content"]


def test_marks_link_to_stored_claims() -> None:
    from claimledger.store import ClaimQuery, open_store

    store = open_store(":memory:")
    ex = sample_extractions()[0]
    store.add(ex)
    rows = store.claims(ClaimQuery(article=ex.article.id, order="id"))
    ms = {m.text: m for m in marks(ex, rows)}
    assert ms["over 13,000 vehicles"].claims == (rows[0].id,)
    assert ms["430,000 soldiers"].claims == (rows[1].id,)
    assert ms["The Kremlin"].kind == "source" and ms["The Kremlin"].claims == (rows[2].id,)
    for m in ms.values():
        assert ex.article.text[m.start : m.end] == m.text
    store.close()


def test_bounds_text() -> None:
    assert bounds_text(13000, 13000, None, ">", None) == "over 13,000"
    assert bounds_text(50, 50, None, ">=", "people") == "at least 50 people"
    assert bounds_text(9, None, 9, "<=", None) == "up to 9"
    assert bounds_text(3.5, None, None, "down", "%") == "down 3.5 %"
    assert bounds_text(None, 15, 16, "=", "%") == "between 15 and 16 %"
    assert bounds_text(20, None, None, "~", "%") == "about 20 %"
    assert bounds_text(7.4, 7.4, 7.4, "=", "%") == "7.4 %"
    assert bounds_text(None, 5, None, "=", None) == "at least 5"
    assert bounds_text(None, None, 8, "=", "km") == "up to 8 km"
    assert bounds_text(None, None, None, "=", None) == "no value"


def test_fmt_number() -> None:
    assert fmt_number(13000) == "13,000"
    assert fmt_number(13000.0) == "13,000"
    assert fmt_number(13000.5) == "13,000.5"
    assert fmt_number(1234.567) == "1,234.57"
    assert fmt_number(0.0123) == "0.0123"
    assert fmt_number(None) == "–"
    assert fmt_number("n/a") == "n/a"
    assert fmt_number(1e20) == "1e+20"  # not twenty-one digits
    assert fmt_number(float("nan")) == "nan"
