"""Reading one cell as people type it into Excel, and how problems are worded
(SPEC §3.3)."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pytest

from cbdesk.core.enums import AreaLevel, Direction, Relation, TargetKind, UnitKind
from cbdesk.xlsx.cells import (
    CellError,
    Issue,
    read_code,
    read_codes,
    read_date,
    read_done,
    read_enum,
    read_int,
    read_number,
    read_period,
    read_text,
)
from cbdesk.xlsx.layout import decimals_of, number_format
from cbdesk.xlsx.schema import COLUMNS, SHEETS, header_key


@pytest.mark.parametrize(("raw", "value"), [
    ("12.000", 12000.0), ("12000", 12000.0), ("3,45", 3.45), ("3,45%", 3.45),
    (" 12.000 ", 12000.0), ("1.234.567,5", 1234567.5), (12000, 12000.0), (3.45, 3.45),
    ("12\u00a0000", 12000.0), ("", None), (None, None), ("  ", None), ("-4,0", -4.0),
])
def test_numbers_as_people_type_them(raw, value):
    assert read_number(raw) == value


@pytest.mark.parametrize(("raw", "words"), [
    ("1,234", "không rõ là 1.234 hay 1,234"),
    ("12.000,5.3", "không phải là số"),
    ("3.45", "dấu chấm"),
    ("mười", "không phải là số"),
])
def test_ambiguous_or_wrong_numbers_are_refused(raw, words):
    with pytest.raises(CellError) as e:
        read_number(raw)
    assert words in e.value.message_vi
    assert not e.value.message_vi.startswith("'")  # the Issue quotes the value itself


def test_a_date_or_a_bool_is_not_a_number():
    with pytest.raises(CellError):
        read_number(datetime(2021, 3, 1))
    with pytest.raises(CellError):
        read_number(True)


@pytest.mark.parametrize(("raw", "value"), [
    (datetime(2021, 1, 5), date(2021, 1, 5)), ("05/01/2021", date(2021, 1, 5)),
    ("5/1/2021", date(2021, 1, 5)), (44201, date(2021, 1, 5)), ("2021-01-05", date(2021, 1, 5)),
    (None, None), ("", None),
])
def test_dates_as_excel_dates_serials_or_text(raw, value):
    assert read_date(raw) == value


def test_a_day_that_does_not_exist_is_refused():
    with pytest.raises(CellError):
        read_date("31/06/2021")


@pytest.mark.parametrize(("raw", "code"), [
    ("2021-Q2", "2021-Q2"), ("Quý II/2021", "2021-Q2"), ("quy ii/2021", "2021-Q2"),
    (unicodedata.normalize("NFD", "Quý II/2021"), "2021-Q2"), ("6 tháng đầu năm 2021", "2021-H1"),
    ("Tháng 3/2021", "2021-M03"), (2021, "2021"), (2021.0, "2021"),
    (datetime(2021, 3, 1), "2021-M03"), ("2021-9M", "2021-9M"), (None, None),
])
def test_periods_as_codes_labels_or_what_excel_made_of_them(raw, code):
    assert read_period(raw) == code


@pytest.mark.parametrize("raw", ["Quý V/2021", "sometime", datetime(2021, 3, 15), 2021.5])
def test_bad_periods_are_refused(raw):
    with pytest.raises(CellError):
        read_period(raw)


@pytest.mark.parametrize(("cls", "raw", "code"), [
    (TargetKind, "Cộng dồn", "cumulative"), (TargetKind, "cumulative", "cumulative"),
    (TargetKind, "Cộng dồn [cumulative]", "cumulative"), (TargetKind, "cong don", "cumulative"),
    (TargetKind, unicodedata.normalize("NFD", "Thời điểm"), "level"),
    (Direction, "Giảm", "decrease"), (Relation, "Trong đó", "of_which"),
    (Relation, "breakdown", "breakdown"), (UnitKind, "Bên ngoài", "external"),
    (AreaLevel, "Huyện", "district"), (TargetKind, "", None),
])
def test_enumerations_in_vietnamese_or_english(cls, raw, code):
    assert read_enum(raw, cls) == code


def test_unknown_enumeration_word_lists_the_accepted_ones():
    with pytest.raises(CellError) as e:
        read_enum("nhiều", TargetKind)
    assert "Cộng dồn [cumulative]" in e.value.message_vi


@pytest.mark.parametrize(("raw", "done"), [
    ("Hoàn thành đúng hạn", True), ("Hoàn thành quá hạn", True), ("done_late", True),
    ("Hoàn thành", True), ("Đang thực hiện", False), ("Quá hạn", False), ("", None),
    ("Thường xuyên", False),
])
def test_task_status_words_read_as_done_or_not(raw, done):
    assert read_done(raw) == done


def test_codes_text_numbers_and_lists():
    assert read_code(" 040 ") == "040"
    assert read_code(40.0) == "40"
    assert read_code(1.1) == "1.1"
    assert read_codes("VP; LDVL ;") == ["VP", "LDVL"]
    assert read_codes("VP, LDVL") == ["VP", "LDVL"]
    assert read_int("2") == 2
    with pytest.raises(CellError):
        read_int("2,5")
    nfd = unicodedata.normalize("NFD", "Tạo việc làm mới  ")
    assert read_text(nfd) == "Tạo việc làm mới"
    assert read_text("a\n\n\n b", long=True) == "a\n\nb"


def test_issue_line_names_file_sheet_row_column_and_value():
    issue = Issue("bao-cao.xlsx", "không rõ là 1.234 hay 1,234.", "ambiguous.", sheet="Kết quả",
                  row=12, column="Giá trị", value="1,234")
    assert issue.line("vi") == ("Không đọc được tệp ‘bao-cao.xlsx’: trang ‘Kết quả’ dòng 12, "
                                "cột ‘Giá trị’ có ‘1,234’ — không rõ là 1.234 hay 1,234. "
                                "Hãy sửa rồi nhập lại.")
    assert issue.line("en").startswith("Cannot read ‘bao-cao.xlsx’: sheet ‘Kết quả’ row 12, "
                                       "column ‘Giá trị’ has ‘1,234’")
    assert "\n" not in Issue("a.xlsx", "x\ny", "x\ny").line()


def test_headers_and_sheet_names_compare_folded():
    assert header_key(" mã  CHỈ tiêu ") == header_key("Mã chỉ tiêu")
    assert header_key(unicodedata.normalize("NFD", "Kết quả")) == header_key("Kết quả")


def test_schema_has_the_contract_headers():
    expected = {
        "Thông tin": ["Mục", "Giá trị"],
        "Đơn vị": ["Mã", "Tên", "Loại"],
        "Địa bàn": ["Mã", "Tên", "Cấp", "Mã cấp trên", "Hiệu lực từ", "Hiệu lực đến"],
        "Chỉ tiêu": ["Mã", "Mã cha", "Quan hệ", "Tên chỉ tiêu", "Đơn vị tính", "Loại", "Chiều",
                     "Kế hoạch", "Cơ sở", "Đơn vị chủ trì"],
        "Phân bổ": ["Mã chỉ tiêu", "Mã địa bàn", "Kế hoạch"],
        "Nhiệm vụ": ["Mã", "Mã cha", "Tiêu đề", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp",
                     "Thời hạn", "Sản phẩm", "Trạng thái", "% hoàn thành"],
        "Kết quả": ["Mã chỉ tiêu", "Kỳ", "Mã địa bàn", "Giá trị", "Ghi chú"],
        "Tiến độ": ["Mã nhiệm vụ", "Ngày", "% hoàn thành", "Trạng thái", "Ghi chú"],
    }
    assert list(SHEETS) == list(expected)
    for sheet, headers in expected.items():
        assert [c.header for c in COLUMNS[sheet]][: len(headers)] == headers


def test_number_formats_show_the_decimals_a_value_has():
    assert number_format(0) == "#,##0"
    assert number_format(2) == "#,##0.00"
    assert decimals_of(12000.0) == 0
    assert decimals_of(3.45) == 2
    assert decimals_of(4.0, at_least=1) == 1
    assert decimals_of(1 / 3) == 4
