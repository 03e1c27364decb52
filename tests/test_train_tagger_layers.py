"""Which of the base network's layers a smaller tagger keeps (no torch needed)."""

from __future__ import annotations

import pytest

from claimledger.train.tagger import kept_layers


def test_a_student_keeps_evenly_spaced_layers_ending_on_the_last():
    assert kept_layers(6, 6) == [0, 1, 2, 3, 4, 5]
    assert kept_layers(6, 3) == [1, 3, 5]
    assert kept_layers(6, 2) == [2, 5]
    assert kept_layers(6, 1) == [5]
    for keep in range(1, 7):
        layers = kept_layers(6, keep)
        assert len(set(layers)) == keep and layers == sorted(layers) and layers[-1] == 5


@pytest.mark.parametrize("keep", [0, 7])
def test_a_student_needs_between_one_layer_and_all(keep):
    with pytest.raises(ValueError, match="between 1 and 6"):
        kept_layers(6, keep)
