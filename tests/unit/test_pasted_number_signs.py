"""English-written pasted numbers keep their sign and their percent sign when
rewritten the Vietnamese way (found by mutation testing)."""

from __future__ import annotations

from cbdesk.core.pasted_numbers import ENGLISH, VIETNAMESE, as_vietnamese


def test_signs_survive_the_rewrite():
    assert as_vietnamese("+1,234.5", ENGLISH) == "+1.234,5"
    assert as_vietnamese("-1,234.5", ENGLISH) == "-1.234,5"
    assert as_vietnamese("\u22121,234.5", ENGLISH) == "\u22121.234,5"


def test_a_percent_without_decimals_keeps_its_percent_sign():
    assert as_vietnamese("12%", ENGLISH) == "12%"
    assert as_vietnamese("1,234%", ENGLISH) == "1.234%"
    assert as_vietnamese("34.5%", ENGLISH) == "34,5%"


def test_a_vietnamese_block_is_left_as_written():
    assert as_vietnamese("1,234.5", VIETNAMESE) == "1,234.5"
