"""Settings from the environment: closed sets are checked where they are read."""

from __future__ import annotations

import pytest

from claimledger.errors import InputError
from claimledger.models import ATTRIBUTION_MODES, CLAIM_ORDERS
from claimledger.settings import Settings


def test_attribution_mode_from_the_environment(monkeypatch):
    monkeypatch.setenv("CLAIMLEDGER_ATTRIBUTION", "rules")
    assert Settings().attribution == "rules"
    monkeypatch.setenv("CLAIMLEDGER_ATTRIBUTION", "neural")
    with pytest.raises(InputError, match="CLAIMLEDGER_ATTRIBUTION='neural'.*auto, tagger, rules"):
        Settings()


def test_closed_sets_are_defined_once():
    assert ATTRIBUTION_MODES == ("auto", "tagger", "rules")
    assert CLAIM_ORDERS == ("score", "date", "id")
    from claimledger.nlp.attrib_assemble import MODES

    assert MODES is ATTRIBUTION_MODES
