"""The domain's enumerations and the words the office uses for them
(core.enums): every member's Vietnamese and English word, every way a
workbook cell may name it, and the two questions the reports ask
(is a status short of the target, is a task done)."""

from __future__ import annotations

import pytest

from cbdesk.core.enums import (
    AreaLevel,
    Direction,
    PlanStatus,
    Relation,
    ReportKind,
    Role,
    TargetKind,
    TargetStatus,
    TaskStatus,
    UnitKind,
)

ALL = [TargetKind, Direction, Relation, UnitKind, AreaLevel, TargetStatus, TaskStatus,
       PlanStatus, Role, ReportKind]

WORDS = {  # a sample of each enum: member -> (Vietnamese, English)
    TargetKind.CUMULATIVE: ("Cộng dồn", "Cumulative"),
    Direction.MAINTAIN: ("Duy trì", "Maintain"),
    Relation.OF_WHICH: ("Trong đó", "Of which"),
    UnitKind.EXTERNAL: ("Bên ngoài", "External"),
    AreaLevel.COMMUNE: ("Xã", "Commune"),
    TargetStatus.BEHIND: ("Chậm tiến độ", "Behind"),
    TaskStatus.DONE_LATE: ("Hoàn thành quá hạn", "Done late"),
    PlanStatus.ISSUED: ("Đã ban hành", "Issued"),
    Role.LEADER: ("Lãnh đạo", "Leader"),
    ReportKind.ASSIGNMENTS: ("Phân công nhiệm vụ", "Task assignments"),
}


@pytest.mark.parametrize("member", list(WORDS), ids=str)
def test_each_member_is_named_in_vietnamese_and_in_english(member):
    vi, en = WORDS[member]
    assert member.label() == vi
    assert member.label("vi") == vi
    assert member.label("en") == en


@pytest.mark.parametrize("enum", ALL, ids=lambda e: e.__name__)
def test_every_member_reads_back_from_its_code_and_both_its_words(enum):
    for member in enum:
        assert enum.parse(member.value) is member
        assert enum.parse(member.label("vi")) is member
        assert enum.parse(member.label("en")) is member


def test_a_word_is_read_in_any_case_without_diacritics_and_with_spaces_around():
    assert TargetKind.parse("  CỘNG DỒN ") is TargetKind.CUMULATIVE
    assert TargetKind.parse("cong don") is TargetKind.CUMULATIVE
    assert TaskStatus.parse("hoan thanh dung han") is TaskStatus.DONE_ON_TIME
    assert AreaLevel.parse("DISTRICT") is AreaLevel.DISTRICT
    assert Role.parse("Quan tri") is Role.ADMIN


def test_a_cell_written_as_word_and_bracketed_code_reads_as_the_code():
    # The interchange workbook's drop-downs read "Cộng dồn [cumulative]".
    assert TargetKind.parse("Cộng dồn [cumulative]") is TargetKind.CUMULATIVE
    assert Direction.parse("Giảm [decrease]") is Direction.DECREASE
    assert TargetStatus.parse("Không đạt [not_achieved]") is TargetStatus.NOT_ACHIEVED
    # The code in brackets decides, whatever the words before it say.
    assert Direction.parse("Tăng [maintain]") is Direction.MAINTAIN


def test_an_unknown_word_is_refused_naming_what_was_written():
    with pytest.raises(ValueError) as e:
        TargetKind.parse(" tuyệt đối ")
    assert str(e.value) == "tuyệt đối"


def test_a_half_bracketed_cell_is_refused_as_written():
    # Only a whole "word [code]" is read as its code; a cell cut off before or
    # after the bracket is refused, and the message shows the whole cell.
    for cell in ("Cộng dồn [cumulative", "Cộng dồn cumulative]"):
        with pytest.raises(ValueError) as e:
            TargetKind.parse(cell)
        assert str(e.value) == cell


def test_short_of_target_means_behind_during_the_year_or_not_achieved_at_its_end():
    short = {s for s in TargetStatus if s.is_short}
    assert short == {TargetStatus.BEHIND, TargetStatus.NOT_ACHIEVED}


def test_a_task_is_done_on_time_or_late_and_in_no_other_state():
    done = {s for s in TaskStatus if s.is_done}
    assert done == {TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE}


def test_roles_rank_from_viewer_up_to_admin():
    assert [r.rank for r in (Role.VIEWER, Role.STAFF, Role.LEADER, Role.ADMIN)] == [0, 1, 2, 3]


def test_codes_are_the_stable_english_strings_stored_in_the_database():
    assert [k.value for k in TargetKind] == ["cumulative", "level", "change", "qualitative"]
    assert TargetStatus.NOT_ACHIEVED == "not_achieved"
    assert TaskStatus.ONGOING == "ongoing"
