"""Numbers pasted from another PC's spreadsheet: read as that PC wrote them
when the block tells which way (`34.4`, `12,000` next to it), refused when
nothing or both ways tell (`12,000` alone)."""

from __future__ import annotations

import pytest

from cbdesk.core.pasted_numbers import ENGLISH, VIETNAMESE, as_vietnamese, convention
from cbdesk.core.vnformat import NumberFormatError, parse_number


def read(block: list[str]) -> list[float | None]:
    way = convention(block)
    return [parse_number(as_vietnamese(text, way)) for text in block]


@pytest.mark.parametrize("block,way", [
    (["34.4"], ENGLISH), (["1,234.5"], ENGLISH), (["1,234,567"], ENGLISH), (["0.5"], ENGLISH),
    (["3,45"], VIETNAMESE), (["1.234,5"], VIETNAMESE), (["1.234.567"], VIETNAMESE),
    (["12,000"], None), (["12.000"], None), (["12000", "7"], None),
    (["34.4", "3,45"], None),  # both ways: no guess
    (["Ghi chú", "34.4"], ENGLISH),
])
def test_the_block_tells_which_way_it_was_written(block, way):
    assert convention(block) == way


def test_an_english_block_is_read_as_english():
    assert read(["12,000", "34.4", "1,234.5", "1.234", "0.5", "-2.25%", "5,160"]) == [
        12000, 34.4, 1234.5, 1.234, 0.5, -2.25, 5160]


def test_a_vietnamese_block_is_read_as_before():
    assert read(["12.000", "3,45", "1.234,5"]) == [12000, 3.45, 1234.5]


@pytest.mark.parametrize("block", [["12,000"], ["12,000", "3,45"], ["34.4", "3,45"]])
def test_an_ambiguous_number_is_refused(block):
    with pytest.raises(NumberFormatError):
        read(block)
