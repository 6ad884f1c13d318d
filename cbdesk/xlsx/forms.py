"""`cbdesk form`: data-collection forms (biểu mẫu thu thập số liệu) for the
district offices, one workbook per area and period (SPEC §3.3).

A form lists the area's targets with their code, name, unit and the area's
plan figure, one input cell (yellow, unlocked) per target and a notes cell;
every other cell is protected; the value cells are text cells (what was
typed is kept whatever Excel's number settings, and read back with the
Vietnamese rules). Instructions in Vietnamese sit on top; the page is set up for A4. A
very hidden sheet carries what :mod:`cbdesk.xlsx.form_import` needs to file
the figures back: plan year, area, period, form version and a fingerprint of
the plan.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Protection
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from cbdesk.core.periods import Period
from cbdesk.core.text import fold
from cbdesk.core.vnformat import format_date
from cbdesk.services.forms import FormArea, FormLine, fingerprint
from cbdesk.services.validation import is_rate
from cbdesk.xlsx.layout import BOX, HEADER_FILL, INPUT_FILL, print_setup, set_widths
from cbdesk.xlsx.schema import FORM_SHEET, FORM_VERSION

MAIN_SHEET = "Biểu mẫu"
# Columns of the table: code, name, unit, plan figure, value (input), note (input).
WIDTHS = [8, 52, 12, 15, 17, 32]
VALUE_COL, NOTE_COL = 5, 6
UNLOCKED = Protection(locked=False)


@dataclass(frozen=True)
class FormSpec:
    """Everything one form shows."""

    year: int
    plan_title: str
    organisation: str  # who the form goes back to
    area: FormArea
    period: Period
    deadline: date
    lines: list[FormLine]


def default_deadline(period: Period, cutoff_day: int) -> date:
    """The day after the cut-off day of the period's last month (figures run to
    the cut-off day, Nghị định 09/2019/NĐ-CP)."""
    return date(period.year, period.last_month, cutoff_day) + timedelta(days=1)


def file_name(spec: FormSpec) -> str:
    """``bieu-mau-2021-Q2-051-hoa-an.xlsx``: ASCII, safe in e-mail attachments."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(spec.area.name)).strip("-")
    code = re.sub(r"[^A-Za-z0-9]+", "-", spec.area.code).strip("-")
    return f"bieu-mau-{spec.period.code}-{code}{'-' + slug if slug else ''}.xlsx"


def _merged_line(ws, row: int, text: str, font: Font | None = None, height: float = 15,
                 align: str = "left") -> None:
    ws.cell(row=row, column=1, value=text)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(WIDTHS))
    cell = ws.cell(row=row, column=1)
    cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal=align)
    if font is not None:
        cell.font = font
    ws.row_dimensions[row].height = height


def _instructions(spec: FormSpec) -> list[str]:
    p, area = spec.period.label("vi"), spec.area
    return [
        f"1. Người điền: cán bộ phụ trách số liệu của {area.name} (mã {area.code}).",
        f"2. Kỳ báo cáo: {p}. Ghi số liệu thực hiện vào cột ‘Giá trị thực hiện’: chỉ tiêu "
        "cộng dồn ghi số phát sinh trong kỳ; chỉ tiêu tỷ lệ hoặc tại thời điểm ghi số tại "
        "thời điểm cuối kỳ. Chưa có số liệu thì để trống và ghi lý do ở cột ‘Ghi chú’.",
        "3. Ghi số theo kiểu Việt Nam: dấu chấm ngăn cách hàng nghìn, dấu phẩy ngăn cách "
        "phần thập phân (ví dụ 12.000; 3,45). Ô màu vàng giữ đúng số đã gõ, dù máy tính cài "
        "đặt số kiểu nào. Tỷ lệ (%) ghi từ 0 đến 100, không ghi dấu %.",
        "4. Chỉ điền vào các ô màu vàng; không đổi tên trang, không thêm hoặc xóa dòng, cột.",
        f"5. Hạn gửi: ngày {format_date(spec.deadline)}. Lưu tệp (giữ định dạng .xlsx) và "
        f"gửi lại cho {spec.organisation or 'cơ quan tổng hợp'} qua thư điện tử hoặc USB.",
    ]


def _lines(text: str, width_chars: float) -> int:
    """Lines a wrapped cell of ``width_chars`` (Excel's character units) needs."""
    per_line = max(int(width_chars * 1.2), 10)
    return max(1, -(-len(text) // per_line))


def form_workbook(spec: FormSpec) -> bytes:
    """One area's form as .xlsx bytes."""
    wb = Workbook()
    ws = wb.active
    ws.title = MAIN_SHEET
    set_widths(ws, WIDTHS)
    _merged_line(ws, 1, "BIỂU MẪU THU THẬP SỐ LIỆU", Font(bold=True, size=14), 22, "center")
    _merged_line(ws, 2, spec.plan_title, Font(italic=True), 30, "center")
    _merged_line(ws, 3, f"Địa bàn: {spec.area.name} (mã {spec.area.code}) — Kỳ báo cáo: "
                        f"{spec.period.label('vi')}", Font(bold=True), 18, "center")
    _merged_line(ws, 5, "Hướng dẫn:", Font(bold=True))
    row = 6
    for text in _instructions(spec):
        _merged_line(ws, row, text, height=15 * (1 + len(text) // 110))
        row += 1
    header = row + 1
    titles = ["Mã", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm của địa bàn",
              f"Giá trị thực hiện {spec.period.label('vi')}", "Ghi chú"]
    for col, title in enumerate(titles, start=1):
        c = ws.cell(row=header, column=col, value=title)
        c.font, c.fill, c.border = Font(bold=True), HEADER_FILL, BOX
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.row_dimensions[header].height = 32
    # Input cells are text cells: Excel keeps ‘12.000’ as typed whatever the
    # PC's number settings (an English-settings Excel would store the number
    # 12), and the import reads it the Vietnamese way (form_import, form_checks).
    # Excel's number validation would refuse text, so the cells only say how
    # to write a figure; the import checks the figures.
    counts = DataValidation(type="textLength", operator="lessThanOrEqual", formula1="30",
                            allow_blank=True, showInputMessage=True, showErrorMessage=True,
                            promptTitle="Cách ghi số",
                            prompt="Số kiểu Việt Nam: 12.000 (mười hai nghìn); 3,45.",
                            errorTitle="Quá dài", error="Chỉ ghi một số, ví dụ 12.000.")
    rates = DataValidation(type="textLength", operator="lessThanOrEqual", formula1="30",
                           allow_blank=True, showInputMessage=True, showErrorMessage=True,
                           promptTitle="Tỷ lệ (%)",
                           prompt="Số từ 0 đến 100, không ghi dấu %; ví dụ 95,5.",
                           errorTitle="Quá dài", error="Chỉ ghi một số, ví dụ 95,5.")
    first = header + 1
    for i, line in enumerate(spec.lines):
        r = first + i
        values = [line.code, line.name, line.unit, line.allocation, None, None]
        for col, value in enumerate(values, start=1):
            c = ws.cell(row=r, column=col, value=value)
            c.border = BOX
            c.alignment = Alignment(wrap_text=col in (2, NOTE_COL), vertical="top")
        ws.cell(row=r, column=1).number_format = "@"
        if line.allocation is not None:
            d = max(line.decimals, 0)
            ws.cell(row=r, column=4).number_format = "#,##0" + ("." + "0" * d if d else "")
        for col in (VALUE_COL, NOTE_COL):
            c = ws.cell(row=r, column=col)
            c.protection, c.fill = UNLOCKED, INPUT_FILL
        ws.cell(row=r, column=VALUE_COL).number_format = "@"
        ws.cell(row=r, column=VALUE_COL).alignment = Alignment(horizontal="right",
                                                               vertical="top")
        (rates if is_rate(line.unit) else counts).add(ws.cell(row=r, column=VALUE_COL))
        # Spreadsheets do not grow a row for wrapped text they open: size it
        # from the name's length, or long names print over the next row.
        ws.row_dimensions[r].height = 15 * _lines(line.name, WIDTHS[1])
    last = first + len(spec.lines) - 1
    for dv in (counts, rates):
        if dv.sqref:
            ws.add_data_validation(dv)
    sign = last + 2
    ws.cell(row=sign, column=2, value="Người lập biểu (họ tên, số điện thoại):")
    ws.cell(row=sign, column=2).font = Font(italic=True)
    reporter = ws.cell(row=sign, column=4)
    ws.merge_cells(start_row=sign, start_column=4, end_row=sign, end_column=6)
    reporter.protection, reporter.fill = UNLOCKED, INPUT_FILL
    ws.freeze_panes = ws.cell(row=first, column=1)
    print_setup(ws, landscape=False, title_rows=f"{header}:{header}")
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # people may widen columns and rows
    ws.protection.formatRows = False
    _meta_sheet(wb, spec, first, last, sign)
    wb.security = WorkbookProtection(lockStructure=True)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _meta_sheet(wb: Workbook, spec: FormSpec, first: int, last: int, sign: int) -> None:
    meta = wb.create_sheet(FORM_SHEET)
    codes = [line.code for line in spec.lines]
    rows = [
        ("form_version", FORM_VERSION),
        ("plan_year", str(spec.year)),
        ("area", spec.area.code),
        ("period", spec.period.code),
        ("fingerprint", fingerprint(spec.year, [(ln.code, ln.name) for ln in spec.lines])),
        ("sheet", MAIN_SHEET),
        ("first_row", str(first)),
        ("last_row", str(last)),
        ("reporter_row", str(sign)),
        ("targets", "\t".join(codes)),
        ("due", spec.deadline.isoformat()),
        ("created", datetime.now().replace(microsecond=0).isoformat()),
    ]
    for key, value in rows:
        meta.append([key, value])
        meta.cell(row=meta.max_row, column=2).number_format = "@"
    meta.sheet_state = "veryHidden"
    meta.protection.sheet = True


def make_forms(db, year: int, period_text: str, area_code: str | None = None,
               deadline: date | None = None) -> list[tuple[FormSpec, bytes]]:
    """The forms of ``period_text`` for one area, or for every district-level
    area valid in ``year`` when ``area_code`` is None."""
    from cbdesk.services import forms as svc
    from cbdesk.services.plans import check_period

    period = check_period(year, period_text)
    areas = [svc.find_area(db, area_code)] if area_code else svc.district_areas(db, year)
    title, org = svc.plan_heading(db, year)
    from cbdesk.services.calendar import forms_due

    due = deadline or forms_due(db, period)  # the reporting calendar's day
    out = []
    for area in areas:
        spec = FormSpec(year, title, org, area, period, due, svc.form_lines(db, year, area.code))
        out.append((spec, form_workbook(spec)))
    return out
