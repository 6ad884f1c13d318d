"""Office tables of the kinds offices really keep, built with openpyxl for the
import-table tests (command line and wizard)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

# What the two-row-header table holds: code → (name, unit, plan, H1 result, parent, relation)
TWO_ROW_EXPECTED = {
    "I.1": ("Tạo việc làm mới", "người", 12000, 6500, None, None),
    "I.1.1": ("Lao động đi làm việc ở nước ngoài", "người", 100, 40, "I.1", "of_which"),
    "I.1.2": ("Lao động nữ", "người", 5000, 2600, "I.1", "of_which"),
    "I.2": ("Tỷ lệ lao động qua đào tạo", "%", 65.5, 60.2, None, None),
    "II.1": ("Số hộ nghèo giảm trong năm", "hộ", 3200, 1500, None, None),
    "II.1.1": ("Hộ nghèo dân tộc thiểu số", "hộ", 2000, 900, "II.1", "breakdown"),
    "II.1.2": ("Hộ nghèo khác", "hộ", 1200, 600, "II.1", "breakdown"),
    "II.2": ("Đào tạo nghề cho lao động nông thôn", "người", 3000, 1200, None, None),
}


def _title(ws, width: int) -> None:
    ws["A1"] = "UBND TỈNH CAO BẰNG"
    ws["A2"] = "BIỂU TỔNG HỢP KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2025"
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    ws["A3"] = "(Kèm theo Báo cáo số 123/BC-SLĐTBXH ngày 20/6/2025)"


def two_row_header(path: Path) -> Path:
    """Title, two merged header rows, column numbers, Roman sections restarting
    their numbering, a "Trong đó:" line with "-" children, a "cơ cấu" pair
    numbered 1.1/1.2, a blank separator row and a totals row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Biểu 01"
    _title(ws, 7)
    ws.append([])
    ws.append(["STT", "Chỉ tiêu", "ĐVT", "Năm 2025", None, None, "Ghi chú"])  # row 5
    ws.append([None, None, None, "Kế hoạch", "TH 6 tháng", "So với KH (%)", None])  # row 6
    for col in ("A", "B", "C", "G"):
        ws.merge_cells(f"{col}5:{col}6")
    ws.merge_cells("D5:F5")
    ws.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(5)/(4)", "(7)"])
    ws.append(["I", "LĨNH VỰC VIỆC LÀM", None, None, None, None, None])
    ws.merge_cells(start_row=8, start_column=2, end_row=8, end_column=7)
    ws.append([1, "Tạo việc làm mới", "người", 12000, 6500, 54.2, None])
    ws.append([None, "Trong đó:", None, None, None, None, None])
    ws.append(["-", "Lao động đi làm việc ở nước ngoài", "người", 100, 40, 40, None])
    ws.append(["-", "Lao động nữ", "người", "5.000", "2.600", "52,0", "ước"])
    ws.append([2, "Tỷ lệ lao động qua đào tạo", "%", 65.5, "60,2", None, None])
    ws.append([])
    ws.append(["II", "LĨNH VỰC GIẢM NGHÈO", None, None, None, None, None])
    ws.append([1, "Số hộ nghèo giảm trong năm", "hộ", 3200, 1500, 46.9, None])
    ws.append([None, "Cơ cấu:", None, None, None, None, None])
    ws.append(["1.1", "Hộ nghèo dân tộc thiểu số", "hộ", 2000, 900, 45, None])
    ws.append(["1.2", "Hộ nghèo khác", "hộ", 1200, 600, 50, None])
    ws.append([2, "Đào tạo nghề cho lao động nông thôn", "người", 3000, 1200, 40, None])
    ws.append([])
    ws.append([None, "Tổng cộng", None, 18200, 9200, None, None])
    for row in ws.iter_rows(min_row=5, max_row=6):
        for c in row:
            c.font = Font(bold=True)
            c.alignment = Alignment(wrap_text=True, horizontal="center")
    wb.save(path)
    return path


ONE_ROW_EXPECTED = {
    "1": ("Số người được tư vấn việc làm", "người", 20000, None),
    "2": ("Số phiên giao dịch việc làm", "phiên", 24, 13),
    "3": ("Tỷ lệ thất nghiệp khu vực thành thị", "%", 3.5, None),
}


def one_header_row(path: Path) -> Path:
    """One header row, no title, a quarter's results, an ignored % column."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["TT", "Nội dung", "Đơn vị tính", "KH năm 2025", "Thực hiện Quý II",
               "Tỷ lệ %", "Ghi chú"])
    ws.append([1, "Số người được tư vấn việc làm", "người", 20000, None, None, None])
    ws.append([2, "Số phiên giao dịch việc làm", "phiên", 24, 13, 54.2, None])
    ws.append([3, "Tỷ lệ thất nghiệp khu vực thành thị", "%", "3,5", None, None, None])
    wb.save(path)
    return path


def results_only(path: Path, names_and_values: list[tuple[str, float]]) -> Path:
    """A results-only sheet: names and one period's results (no plan column)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kết quả"
    ws["A1"] = "KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2021"
    ws.append([])
    ws.append(["STT", "Tên chỉ tiêu", "ĐVT", "Kết quả thực hiện 6 tháng", "So với cùng kỳ"])
    for i, (name, value) in enumerate(names_and_values, start=1):
        ws.append([i, name, "", value, 101.5])
    wb.save(path)
    return path
