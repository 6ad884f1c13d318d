"""The tolerance bands' limits and the sentence that states them."""

from __future__ import annotations

import pytest

from cbdesk.core.tolerances import Tolerances


def test_bands_touching_one_are_allowed_and_a_zero_lower_band_is_not():
    assert Tolerances(1.0, 1.2).behind_below == 1.0
    assert Tolerances(0.9, 1.0).ahead_above == 1.0
    assert Tolerances(1.0, 1.0).note("en")
    for low, high in ((0.0, 1.1), (1.01, 1.1), (0.9, 0.99), (-0.1, 1.1)):
        with pytest.raises(ValueError):
            Tolerances(low, high)


def test_the_note_states_the_bands_as_percentages():
    note = Tolerances(0.8, 1.25).note("en")
    assert "under 80% is behind" in note and "over 125% is ahead" in note
    assert "dưới 80% là chậm tiến độ" in Tolerances(0.8, 1.25).note("vi")
