"""Five-year programmes through the services (their import and window run
in child processes or the window): a programme's code and years, a re-import
changing what it changes (names, yearly averages, relations, every target
after a new one), another programme kept apart, yearly targets linked to the
programme (its last year included, unknown codes refused, an empty code
unlinking), a year's share of a programme target, and the review's rows."""

from __future__ import annotations

import pytest

from cbdesk.core.enums import Role
from cbdesk.core.plandata import PlanData, TargetData
from cbdesk.services.actors import Actor
from cbdesk.services.errors import ValidationError
from cbdesk.services.plan_apply import apply_plan_data
from cbdesk.services.programmes import store
from cbdesk.services.programmes.data import ProgrammeData, ProgrammeTargetData, parse_code
from cbdesk.services.programmes.start import year_share

ADMIN = Actor("quantri", Role.ADMIN)


def _programme(code="2026-2030", name="Giai đoạn 2026–2030", **changes):
    targets = [ProgrammeTargetData("A", "Việc làm", "người", target=5000),
               ProgrammeTargetData("B", "Giảm nghèo", "%", kind="change", direction="decrease",
                                   target=1.5, baseline=8.0),
               ProgrammeTargetData("B.1", "Hộ nghèo dân tộc", "%", kind="change",
                                   direction="decrease", target=0.5, parent_code="B",
                                   relation="of_which")]
    for i, t in enumerate(targets):
        if t.code in changes:
            targets[i] = changes[t.code]
    return ProgrammeData(code, name, targets=targets)


def test_a_programmes_code_gives_its_years_ten_at_most():
    assert parse_code("2026–2030") == (2026, 2030)
    assert ProgrammeData("2026-2030").years == (2026, 2030)
    assert parse_code("2020-2030") == (2020, 2030)
    with pytest.raises(ValidationError):
        parse_code("2020-2031")


def test_a_reimport_changes_names_averages_relations_and_every_target_after_a_new_one(db):
    store.apply_programme(db, _programme(), ADMIN)
    again = _programme(
        name="Chương trình 2026–2030",
        A=ProgrammeTargetData("A", "Việc làm mới", "người", target=5000),
        B=ProgrammeTargetData("B", "Giảm nghèo", "%", kind="change", direction="decrease",
                              target=1.5, baseline=8.0, per_year=True),
        **{"B.1": ProgrammeTargetData("B.1", "Hộ nghèo dân tộc", "%", kind="change",
                                      direction="decrease", target=0.5, parent_code="B",
                                      relation="breakdown")})
    again.targets.insert(0, ProgrammeTargetData("C", "Mới thêm", "người", target=10))
    summary = store.apply_programme(db, again, ADMIN)
    changed = {(c.key, c.field) for c in summary.changes}
    assert {("2026-2030", "name"), ("A", "name"), ("B", "per_year"), ("B.1", "relation"),
            ("C", "*")} <= changed
    back = {t.code: t for t in store.programme_data(db, "2026-2030").targets}
    assert back["A"].name == "Việc làm mới" and back["B"].per_year is True
    assert back["B.1"].relation == "breakdown" and back["C"].name == "Mới thêm"
    assert store.list_programmes(db)[0][1] == "Chương trình 2026–2030"


def test_another_programme_is_kept_apart(db):
    store.apply_programme(db, _programme(), ADMIN)
    store.apply_programme(db, _programme("2031-2035", "Giai đoạn sau"), ADMIN)
    assert sorted(store.list_programmes(db)) == [("2026-2030", "Giai đoạn 2026–2030"),
                                                 ("2031-2035", "Giai đoạn sau")]


def test_a_target_without_a_direction_increases(db):
    store.apply_programme(db, _programme(A=ProgrammeTargetData("A", "Việc làm", "người",
                                                               target=5000)), ADMIN)
    assert {t.code: t.direction for t in store.programme_data(db, "2026-2030").targets}["A"] \
        == "increase"


def test_every_problem_of_a_programme_is_listed_the_first_told(db):
    bad = ProgrammeData("2026-2030", "X", targets=[ProgrammeTargetData("A", ""),
                                                   ProgrammeTargetData("A", "Lặp", kind="?")])
    with pytest.raises(ValidationError) as refused:
        store.apply_programme(db, bad, ADMIN)
    problems = refused.value.problems
    assert len(problems) >= 2
    assert (refused.value.message_vi, refused.value.message_en) == problems[0]


def _links(db, year, links):
    with db.session() as s:
        return store.link_in_session(s, year, links, ADMIN)


def test_yearly_targets_link_to_the_programme_in_its_last_year_too(db):
    store.apply_programme(db, _programme(), ADMIN)
    apply_plan_data(db, PlanData(year=2030, title="K", targets=[
        TargetData("1", "Việc làm", "người", target=1000)]), ADMIN)
    assert _links(db, 2030, {"1": "A"}) == 1
    assert store.links_of_year(db, 2030) == {"1": "A"}
    assert _links(db, 2030, {"1": "A"}) == 0  # the same link again: no change
    with pytest.raises(ValidationError) as refused:
        _links(db, 2030, {"1": "Z"})
    assert "Z" in refused.value.message_vi and "Z" in refused.value.message_en
    assert _links(db, 2030, {"1": ""}) == 1  # an empty code unlinks
    assert store.links_of_year(db, 2030) == {}


def test_unlinking_in_a_year_of_no_programme_changes_nothing(db):
    apply_plan_data(db, PlanData(year=2040, title="K"), ADMIN)
    assert _links(db, 2040, {"1": ""}) == 0


def test_a_level_targets_yearly_share_runs_from_the_year_before_the_programme():
    # 10 → 20 over 2026–2030, no baseline year: 2025 is the baseline's year.
    assert year_share("level", "increase", 20.0, 10.0, None, False, 2026, 2030, 2026, None) \
        == (12.0, 10.0)
    # A baseline of the year before the last: the last year reaches the target.
    assert year_share("level", "increase", 20.0, 10.0, 2029, False, 2026, 2030, 2030, None) \
        == (20.0, 10.0)


def test_the_review_indents_a_child_under_its_parent(db):
    from cbdesk.services.programmes.rollup import review

    store.apply_programme(db, _programme(), ADMIN)
    rows = review(db, "2026-2030", 2026).rows
    assert [(r.target.code, r.depth) for r in rows] == [("A", 0), ("B", 0), ("B.1", 1)]


def test_the_programme_dump_is_readable_vietnamese(db):
    from cbdesk.services.programmes.dump import programme_dump_json

    store.apply_programme(db, _programme(), ADMIN)
    text = programme_dump_json(db, "2026-2030")
    assert "Giảm nghèo" in text and "\\u" not in text
