"""services.progress._province_figures (last year's figures of the progress
report, issue 24) gives the province's period value and year to date exactly
as _figures does, for every kind of target, with and without a figure
entered for the whole province, for periods from January and later ones."""

from __future__ import annotations

import itertools
import random

from cbdesk.core.enums import TargetKind
from cbdesk.core.periods import Period
from cbdesk.core.progress import Entry
from cbdesk.services.progress_rows import _figures, _province_figures

CODES = ["2024-M01", "2024-M02", "2024-M03", "2024-Q1", "2024-M04", "2024-M05", "2024-M06",
         "2024-Q2", "2024-H1", "2024-M07", "2024-9M"]


def _cells(rng: random.Random, with_whole: bool, areas: list[int]) -> dict[int, list[Entry]]:
    cells: dict[int, list[Entry]] = {}
    for key in ([0] if with_whole else []) + areas:
        picked = rng.sample(CODES, rng.randint(0, 4))
        if picked:
            cells[key] = [Entry(Period.parse(c), round(rng.uniform(-5, 100), 2)) for c in picked]
    return cells


def test_province_figures_equal_those_of_figures():
    rng = random.Random(24)
    areas = [11, 12, 13]
    checked = 0
    for kind, with_whole, code in itertools.product(
            list(TargetKind), (True, False), ("2024-M06", "2024-Q2", "2024-H1", "2024-9M")):
        period = Period.parse(code)
        for _ in range(40):
            cells = _cells(rng, with_whole, areas)
            pv, yv, _, _ = _figures(kind, cells, period, areas)
            assert _province_figures(kind, cells, period, areas) == (pv, yv)
            checked += 1
    assert checked == len(TargetKind) * 2 * 4 * 40
