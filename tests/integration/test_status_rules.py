"""SPEC §3.5 status rules through the database, on every engine of the ``db``
fixture. Every expected figure below is worked out by hand in the comments,
not taken from the code under test."""

from __future__ import annotations

import pytest

from cbdesk.core.enums import TargetStatus as S
from cbdesk.core.plandata import AreaData, PlanData, ResultData, TargetData
from cbdesk.services import settings
from cbdesk.services.actors import system_actor
from cbdesk.services.plan_apply import apply_plan_data
from cbdesk.services.progress import target_rows

AREAS = [AreaData("A", "Huyện A"), AreaData("B", "Huyện B")]


def _plan(year: int, results: list[ResultData]) -> PlanData:
    return PlanData(
        year=year, title=f"Kế hoạch thử năm {year}", areas=AREAS,
        targets=[
            TargetData("1", "Tạo việc làm mới", "người", "cumulative", "increase", 12000.0),
            TargetData("2", "Tỷ lệ thất nghiệp thành thị", "%", "level", "decrease", 3.45,
                       decimals=2),
            TargetData("3", "Giảm tỷ lệ hộ nghèo", "%", "change", "decrease", 4.0, 20.0,
                       decimals=1),
            TargetData("4", "Giảm dần số trẻ em có hoàn cảnh đặc biệt", "trẻ em",
                       "qualitative", "decrease", None, 120.0),
        ],
        results=results,
    )


def _rows(db, period: str) -> dict:
    return {r.code: r for r in target_rows(db, 2021, period)}


@pytest.fixture
def plans(db):
    apply_plan_data(db, _plan(2020, [
        ResultData("2", "2020-M06", None, 3.48),
        ResultData("3", "2020-M06", None, 18.0),
    ]), system_actor())
    apply_plan_data(db, _plan(2021, [
        # Figures only to June, even for the 9-month and year reports.
        ResultData("1", "2021-M06", None, 6120.0),
        ResultData("1", "2021-M06", "A", 3000.0),
        ResultData("1", "2021-M06", "B", 3120.0),  # A + B = 6.120: no mismatch
        ResultData("2", "2021-M06", None, 3.52),
        ResultData("3", "2021-M06", None, 18.2),
    ]), system_actor())
    return db


def test_a_ceiling_passed_is_behind_and_the_rise_on_last_year_is_known(plans):
    # 3,52% against a ceiling of 3,45%: wrong side → behind, in every period
    # up to the 9 months (never 3,45 ÷ 3,52 = 98% "on track").
    for period in ("2021-Q2", "2021-H1", "2021-9M"):
        row = _rows(plans, period)["2"]
        assert row.status is S.BEHIND, period
        assert row.progress.threshold and row.progress.pace is None
    h1 = _rows(plans, "2021-H1")["2"]
    # Last June 3,48%; now 3,52%: the rate rose — the wrong way for a cut.
    assert h1.previous_ytd == pytest.approx(3.48) and h1.wrong_way
    # The poor-household rate went from 18,0 last June to 18,2: rose too.
    assert _rows(plans, "2021-H1")["3"].wrong_way


def test_missing_months_are_said_and_pace_judged_at_june(plans):
    rows = _rows(plans, "2021-9M")
    jobs = rows["1"]
    # Figures to June only: 6.120 against 6.000 due by June = 102,0% → on
    # track (against 9.000 due by September it would read 68,0%, behind).
    assert jobs.data_to == 6
    assert jobs.progress.due == pytest.approx(6000)
    assert jobs.progress.pace == pytest.approx(102.0)
    assert jobs.status is S.ON_TRACK
    # Poor households: cut of 20,0 − 18,2 = 1,8 against 2,0 due by June = 90%.
    assert rows["3"].data_to == 6 and rows["3"].progress.pace == pytest.approx(90.0)
    # Year report with June figures: still judged at June, not "không đạt".
    assert _rows(plans, "2021")["1"].status is S.ON_TRACK
    # H1 itself runs to its end: nothing to say.
    assert _rows(plans, "2021-H1")["1"].data_to is None


def test_the_tolerance_setting_changes_statuses_and_the_note(plans):
    # 6.120 ÷ 6.000 = 102,0%: on track with 85/115 …
    assert _rows(plans, "2021-H1")["1"].status is S.ON_TRACK
    # … ahead with 90/101 (102,0 > 101), behind with 103/110 (102,0 < 103).
    settings.write(plans, {"tolerance.behind_below": "0.90", "tolerance.ahead_above": "1.01"}, system_actor())
    row = _rows(plans, "2021-H1")["1"]
    assert row.status is S.AHEAD
    assert "101%" in row.progress.tolerances.note() and "90%" in row.progress.tolerances.note()
    # 5.500 would be 91,7%: behind with 95/105, while the jobs of 6.120 are
    # on track again (102,0 within 95–105).
    settings.write(plans, {"tolerance.behind_below": "0.95", "tolerance.ahead_above": "1.05"}, system_actor())
    assert _rows(plans, "2021-H1")["1"].status is S.ON_TRACK


def test_whole_province_against_areas_mismatch_flag(db):
    apply_plan_data(db, _plan(2021, [
        ResultData("1", "2021-M06", None, 6120.0),
        ResultData("1", "2021-M06", "A", 3000.0),
        ResultData("1", "2021-M06", "B", 3000.0),  # 6.000 ≠ 6.120: flagged
    ]), system_actor())
    row = _rows(db, "2021-H1")["1"]
    assert row.mismatch
    assert row.ytd == pytest.approx(6120)  # the entered figure, never replaced
    apply_plan_data(db, _plan(2021, [ResultData("1", "2021-M06", "B", 3120.0)]),
                    system_actor())
    assert not _rows(db, "2021-H1")["1"].mismatch


def test_the_report_note_states_the_bands_its_statuses_used(plans):
    from cbdesk.reports.build import build_report
    from cbdesk.reports.document import Paragraph, Table

    settings.write(plans, {"tolerance.behind_below": "0.90", "tolerance.ahead_above": "1.01"}, system_actor())
    doc = build_report(plans, 2021, "progress", "2021-H1")
    notes = [b.text for b in doc.blocks if isinstance(b, Paragraph) and b.text.startswith("Ghi chú")]
    assert len(notes) == 1 and "dưới 90% là chậm tiến độ" in notes[0]
    assert "trên 101% là vượt tiến độ" in notes[0]
    # … and the table's status of the jobs (102,0% > 101%) is the one those bands give.
    [table] = [b for b in doc.blocks if isinstance(b, Table)]
    jobs = next(r for r in table.rows if r[0] == "1")
    assert jobs[-1] == "Vượt tiến độ"
