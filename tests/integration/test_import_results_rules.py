"""Results arriving in a file follow the same rules as typed ones: the same
file again changes nothing, one moment holds one figure (a file giving two is
refused, a new figure replaces the other period's unless the file carries that
too), and every refused row is named."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cbdesk.core.enums import Role
from cbdesk.core.plandata import ResultData
from cbdesk.services.actors import Actor
from cbdesk.services.errors import ValidationError
from cbdesk.services.plan_apply import apply_plan_data
from cbdesk.services.plans import plan_to_data
from cbdesk.services.results import entry_grid

ADMIN = Actor("quantri", Role.ADMIN)


def _with(db, *rows: ResultData):
    """The plan as a file would carry it, without target 2's stored Q2 figure
    (a file of June's figures), plus ``rows``."""
    data = plan_to_data(db, 2021)
    kept = [r for r in data.results if (r.target, r.period) != ("2", "2021-Q2")]
    return replace(data, results=[*kept, *rows])


def test_the_same_file_again_changes_nothing(demo_db):
    assert apply_plan_data(demo_db, plan_to_data(demo_db, 2021), ADMIN).changes == []


def test_a_file_giving_one_moment_two_figures_is_refused_naming_both(demo_db):
    # Target 2 is a level: June and the first half-year end the same day.
    with pytest.raises(ValidationError) as refused:
        apply_plan_data(demo_db, _with(demo_db, ResultData("2", "2021-M06", None, 3.4),
                                       ResultData("2", "2021-H1", None, 3.3)), ADMIN)
    said = [vi for vi, _ in refused.value.problems]
    assert any("Chỉ tiêu 2, toàn tỉnh: Tháng 6/2021 = 3,4 và 6 tháng đầu năm 2021 = 3,3" in p
               for p in said), said
    en = [e for _, e in refused.value.problems]
    assert any("Target 2, whole province:" in p and "keep one" in p for p in en)
    # The same figure twice is one fact, not a clash.
    apply_plan_data(demo_db, _with(demo_db, ResultData("2", "2021-M06", None, 3.4),
                                   ResultData("2", "2021-H1", None, 3.4)), ADMIN)


def test_a_new_figure_for_a_moment_replaces_the_other_periods_unless_the_file_has_it(demo_db):
    # Stored: 3,52 for Q2. A file with June alone: June's figure is the fact now.
    done = apply_plan_data(demo_db, _with(demo_db, ResultData("2", "2021-M06", None, 3.4)),
                           ADMIN)
    assert ("result", "2|2021-Q2|", "value", 3.52, None) in [
        (c.entity, c.key, c.field, c.old, c.new) for c in done.changes]
    assert entry_grid(demo_db, 2021, "2021-Q2").cell("2", None).value is None
    assert entry_grid(demo_db, 2021, "2021-M06").cell("2", None).value == 3.4
    # A file that carries Q2 as well (the same figure as June): both kept.
    again = apply_plan_data(demo_db, _with(demo_db, ResultData("2", "2021-Q2", None, 3.4)),
                            ADMIN)
    assert [(c.key, c.old, c.new) for c in again.changes] == [("2|2021-Q2|", None, 3.4)]
    assert entry_grid(demo_db, 2021, "2021-Q2").cell("2", None).value == 3.4
    assert entry_grid(demo_db, 2021, "2021-M06").cell("2", None).value == 3.4
