"""The signer's image fits the signing room (services.signing.layout):
a wide image takes nine tenths of a narrow room's width, a tall one its
height less a millimetre above and below; the aspect is kept, the box centred."""

from __future__ import annotations

import pytest

from cbdesk.services.signing import layout as lay


def test_a_wide_image_takes_nine_tenths_of_a_narrow_rooms_width():
    room = lay.Box(0, 100, 100, 200, 300)  # 100 pt wide: under the 60 mm cap
    box = lay.signature_box(room, (1000, 100))
    assert box.width == pytest.approx(90.0)
    assert box.height == pytest.approx(9.0)
    assert box.centre == pytest.approx(room.centre)


def test_a_tall_image_takes_the_rooms_height_less_a_millimetre_each_side():
    room = lay.Box(0, 0, 0, 400, 50)
    box = lay.signature_box(room, (100, 1000))
    assert box.height == pytest.approx(50 - 2 * lay.SIGNATURE_MARGIN)
    assert box.width == pytest.approx(box.height / 10)
