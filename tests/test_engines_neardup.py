"""The near-duplicate index: wire copies match, different stories and short texts do not."""

from __future__ import annotations

import random

from claimledger.engines.neardup import NearDupIndex, signature

WORDS = [
    "alpha",
    "bravo",
    "charlie",
    "delta",
    "echo",
    "foxtrot",
    "golf",
    "hotel",
    "india",
    "juliet",
    "kilo",
    "lima",
    "mike",
]


def story(seed: int, n: int = 200) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) + str(rng.randint(0, 50)) for _ in range(n))


def test_copy_with_a_new_headline_matches_and_others_do_not():
    idx = NearDupIndex()
    body = story(1)
    idx.add("orig", signature("Old headline here\n\n" + body))
    idx.add("other", signature(story(2)))
    m = idx.match(signature("A completely different headline for it\n\n" + body))
    assert m is not None and m.hash == "orig" and m.similarity >= 0.8
    assert idx.match(signature(story(3))) is None


def test_short_texts_have_no_signature():
    assert signature("Too short to compare.") is None


def test_index_survives_a_round_trip_through_bytes():
    a = NearDupIndex()
    sig = signature(story(5))
    a.add("h", sig)
    b = NearDupIndex()
    b.load([("h", sig.tobytes())])
    assert b.match(sig).hash == "h" and len(b) == 1
