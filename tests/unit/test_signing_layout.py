"""The geometry of NĐ 30's signature layout (services/signing/layout.py)."""

from __future__ import annotations

import pytest

from cbdesk.services.signing import layout as lay

ROOM = lay.Box(4, 286.0, 591.0, 552.0, 668.0)  # the sample report's signing room


def test_signature_image_keeps_its_aspect_and_is_centred_in_the_room():
    box = lay.signature_box(ROOM, (600, 240))
    assert box.page == 4
    assert box.width / box.height == pytest.approx(600 / 240)
    assert box.centre == pytest.approx(ROOM.centre)
    assert box.height <= ROOM.height - 2 * lay.SIGNATURE_MARGIN + 1e-9
    assert box.width <= lay.SIGNATURE_MAX_W + 1e-9


def test_a_wide_signature_is_limited_to_60_mm():
    box = lay.signature_box(ROOM, (3000, 100))
    assert box.width == pytest.approx(60 * lay.MM)


def test_the_seal_is_its_actual_size_over_the_left_third_of_the_image():
    img = lay.signature_box(ROOM, (600, 240))
    seal = lay.seal_box(img, 40)
    assert seal.width == pytest.approx(40 * lay.MM) and seal.height == pytest.approx(seal.width)
    assert seal.x1 == pytest.approx(img.x0 + img.width / 3)
    assert seal.centre[1] == pytest.approx(img.centre[1])


def test_the_agency_widget_holds_the_seal_and_its_lines_under_it():
    seal = lay.seal_box(lay.signature_box(ROOM, (600, 240)))
    w = lay.agency_widget_box(seal, 2)
    assert w.x0 < seal.x0 and seal.x1 < w.x1 and w.centre[0] == pytest.approx(seal.centre[0])
    assert w.y1 == seal.y1 and w.y0 == pytest.approx(seal.y0 - 2 * lay.INFO_LEADING)


def test_annex_text_is_top_right_in_the_top_margin():
    frame = lay.Box(5, 85.0, 56.7, 799.4, 538.6)  # a landscape annex's text frame
    box = lay.annex_text_box(frame, 595.3, 3)
    assert box.x1 == frame.x1 and box.y1 == pytest.approx(595.3 - 6 * lay.MM)
    assert box.y0 > frame.y1  # above the text, inside the 20 mm top margin
