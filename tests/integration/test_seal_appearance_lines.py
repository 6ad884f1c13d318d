"""The lines under the agency's seal, read back from the appearance drawn
(services.signing.appearance): black, centred in the widget, one under the
other, and a line too long shrunk down to 4 pt at the least; an annex's lines
black too, flush right."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from signing_support import seal_png

from cbdesk.services.signing import layout as lay
from cbdesk.services.signing.appearance import agency_appearance, annex_appearance


def _lines(pdf: bytes):
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        rows: dict[float, list] = {}
        for ch in page.chars:
            rows.setdefault(round(ch["top"], 1), []).append(ch)
        return page.width, [sorted(r, key=lambda ch: ch["x0"]) for _, r in sorted(rows.items())]


def test_the_lines_under_the_seal_are_black_centred_and_stacked():
    box = lay.Box(0, 100, 100, 300, 260)
    seal = lay.Box(0, 140, 150, 240, 250)
    width, rows = _lines(agency_appearance(box, seal, seal_png(), ["05/BC-SLĐTBXH", "Sở X"]))
    assert ["".join(ch["text"] for ch in r) for r in rows] == ["05/BC-SLĐTBXH", "Sở X"]
    for r in rows:
        middle = (r[0]["x0"] + r[-1]["x1"]) / 2
        assert abs(middle - width / 2) < 1.0
        assert all(ch["non_stroking_color"] in ((0,), (0, 0, 0), [0], [0, 0, 0]) for ch in r)
    assert rows[1][0]["top"] - rows[0][0]["top"] == pytest.approx(lay.INFO_LEADING, abs=0.1)


def test_a_line_too_long_for_the_widget_is_shrunk_to_four_points_at_least():
    box = lay.Box(0, 0, 0, 60, 160)
    seal = lay.Box(0, 5, 60, 55, 110)
    _, rows = _lines(agency_appearance(box, seal, seal_png(), ["Sở Lao động " * 12]))
    assert {round(ch["size"], 1) for ch in rows[0]} == {4.0}


def test_an_annexs_agency_lines_are_black_and_flush_right():
    box = lay.Box(0, 300, 700, 560, 760)
    width, rows = _lines(annex_appearance(box, ["05/BC-SLĐTBXH", "Sở X"]))
    assert ["".join(ch["text"] for ch in r) for r in rows] == ["05/BC-SLĐTBXH", "Sở X"]
    for r in rows:
        assert r[-1]["x1"] == pytest.approx(width, abs=1.0)
        assert all(tuple(ch["non_stroking_color"]) == (0, 0, 0) for ch in r)
