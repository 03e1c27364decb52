"""Helpers shared by the quantity tests: run the extractor on one made-up sentence, and check
that a bound's change and its open side agree."""

from __future__ import annotations

import pytest

from claimledger.models import Quantity
from claimledger.nlp.quantities import extract_quantities


def run(nlp, text: str) -> list[Quantity]:  # noqa: ANN001
    """The quantities of ``text``, each checked to quote the text it spans."""
    out = list(extract_quantities(nlp(text), raise_errors=True))
    for q in out:
        assert q.text == text[q.start : q.end]
    return out


def assert_bound(q: Quantity, value: float, change: str) -> None:
    """``q`` has ``change``, and an upper bound has no low end, a lower bound no high end."""
    assert q.change == change
    if change in ("<", "<="):
        assert q.low is None and q.high == pytest.approx(value)
    if change in (">", ">="):
        assert q.high is None and q.low == pytest.approx(value)
