"""A new office types or pastes its areas and units as lists: every way a list
is written is read the same, codes already there are kept, a bad line is
named with its number, and nothing is added while any line is wrong."""

from __future__ import annotations

from datetime import date

import pytest

from cbdesk.core.enums import Role
from cbdesk.services.actors import Actor
from cbdesk.services.audit import list_entries
from cbdesk.services.catalog_changes import NewArea, add_areas, add_units, parse_area_lines
from cbdesk.services.errors import ValidationError

ADMIN = Actor("quantri", Role.ADMIN)


def test_every_way_of_writing_an_area_line_reads_the_same():
    text = ("040\tThành phố Cao Bằng\t01/01/2020\t31/12/2025\n"
            "042 – Bảo Lâm\n043 - Bảo Lạc\n045, Hà Quảng\n047,Trùng Khánh\n"
            "048 Hạ Lang\n\n   \nQuảng Hòa\n")
    got = [(a.code, a.name, a.level, a.valid_from, a.valid_to) for a in parse_area_lines(text)]
    assert got == [
        ("040", "Thành phố Cao Bằng", "district", date(2020, 1, 1), date(2025, 12, 31)),
        ("042", "Bảo Lâm", "district", None, None), ("043", "Bảo Lạc", "district", None, None),
        ("045", "Hà Quảng", "district", None, None),
        ("047", "Trùng Khánh", "district", None, None), ("048", "Hạ Lang", "district", None, None),
        ("07", "Quảng Hòa", "district", None, None)]  # the 7th line with text: code 07
    communes = parse_area_lines("Xã Đức Long\tx\nPhường Sông Hiến", level="commune")
    assert [(a.code, a.name, a.level) for a in communes] == [
        ("Xã Đức Long", "x", "commune"), ("02", "Phường Sông Hiến", "commune")]
    assert [(a.code, a.name) for a in parse_area_lines("Thạch An\t")] == [("Thạch An", "")]
    assert [(a.code, a.name) for a in parse_area_lines("Nguyên Bình")] == [("01", "Nguyên Bình")]


def test_an_unreadable_date_names_its_line():
    with pytest.raises(ValidationError) as bad:
        parse_area_lines("040\tCao Bằng\n042\tBảo Lâm\t31/02/2021")
    assert bad.value.message_vi.startswith("Dòng 2: ngày không đọc được")
    assert bad.value.message_en.startswith("Line 2: unreadable date")


def test_new_areas_are_added_and_audited_existing_codes_kept(db):
    added = add_areas(db, ADMIN, [NewArea("040", "Thành phố Cao Bằng"),
                                  NewArea(" 042 ", " Bảo  Lâm ", "district", date(2020, 1, 1))])
    assert added == 2
    again = add_areas(db, ADMIN, [NewArea("040", "Tên khác"), NewArea("043", "Bảo Lạc")])
    assert again == 1
    from cbdesk.services.catalog import list_areas

    areas = {a.code: a for a in list_areas(db)}
    assert areas["040"].name == "Thành phố Cao Bằng" and areas["042"].name == "Bảo Lâm"
    assert areas["042"].valid_from == date(2020, 1, 1)
    assert [(e.key, e.field, e.new) for e in list_entries(db, entity="area")
            if e.key == "043"] == [("043", "created", "Bảo Lạc")]


def test_areas_with_a_missing_name_or_ending_before_they_start_add_nothing(db):
    from cbdesk.services.catalog import list_areas

    with pytest.raises(ValidationError) as bad:
        add_areas(db, ADMIN, [NewArea("040", "Thành phố Cao Bằng"), NewArea("041", " "),
                              NewArea("042", "Bảo Lâm", "district", date(2021, 1, 1),
                                      date(2020, 12, 31))])
    assert [vi for vi, _ in bad.value.problems] == [
        "Địa bàn '041' cần có mã và tên.",
        "Địa bàn '042': ngày hết hiệu lực trước ngày có hiệu lực."]
    assert list_areas(db) == []
    # Valid for one day only is a valid area.
    assert add_areas(db, ADMIN, [NewArea("042", "Bảo Lâm", "district", date(2021, 1, 1),
                                          date(2021, 1, 1))]) == 1


def test_units_are_added_once_and_a_unit_without_a_name_is_refused(db):
    from cbdesk.services.catalog import list_units

    assert add_units(db, ADMIN, [("VP", "Văn phòng Sở", "internal"),
                                 ("UBND", "UBND các huyện", "external")]) == 2
    assert add_units(db, ADMIN, [("VP", "Tên khác", "internal"),
                                 ("LDVL", "Phòng Lao động - Việc làm", "internal")]) == 1
    with pytest.raises(ValidationError) as bad:
        add_units(db, ADMIN, [("TE", " ", "internal")])
    assert bad.value.message_vi == "Đơn vị 'TE' cần có mã và tên."
    units = {u.code: u for u in list_units(db)}
    assert set(units) == {"VP", "UBND", "LDVL"} and units["VP"].name == "Văn phòng Sở"
    assert [e.new for e in list_entries(db, entity="unit") if e.key == "LDVL"] == [
        "Phòng Lao động - Việc làm"]


def test_ending_a_unit_is_audited_with_its_date_and_cannot_be_done_twice(db):
    from cbdesk.services.catalog import list_units
    from cbdesk.services.catalog_changes import end_unit

    add_units(db, ADMIN, [("TE", "Phòng Bảo vệ chăm sóc trẻ em", "internal")])
    end_unit(db, ADMIN, "TE", date(2025, 7, 1))
    assert not {u.code: u for u in list_units(db)}["TE"].active
    assert [(e.field, e.old, e.new, e.reason) for e in list_entries(db, entity="unit")
            if e.key == "TE" and e.field == "active"] == [("active", "1", "0", "từ 2025-07-01")]
    with pytest.raises(ValidationError) as twice:
        end_unit(db, ADMIN, "TE", date(2025, 8, 1))
    assert twice.value.message_vi == "Đơn vị 'TE' đã ngừng sử dụng."
