"""Filing a returned district form: each figure under its area and period.

A form is recognised by its very hidden sheet (forms.py). It is refused when
its version is unknown, when it was made from another plan (year or
fingerprint differ), when its period is closed, or when a cell cannot be read;
figures that would replace different existing ones need --overwrite
(services.forms.apply_guarded). Importing the same form twice changes nothing.
"""

from __future__ import annotations

import warnings

from cbdesk.core.periods import Period, PeriodError
from cbdesk.core.plandata import ResultData
from cbdesk.services import forms as svc
from cbdesk.services.errors import NotFound
from cbdesk.services.plans import closed_periods, is_period_locked
from cbdesk.services.validation import check_value
from cbdesk.xlsx.cells import CellError, Issue, WorkbookRefused, read_code, read_number, read_text
from cbdesk.xlsx.form_checks import misread
from cbdesk.xlsx.reader import Book
from cbdesk.xlsx.safety import scan_sheet
from cbdesk.xlsx.schema import FORM_SHEET, FORM_VERSION

VALUE_HEADER = "Giá trị thực hiện"
NOTE_HEADER = "Ghi chú"


def is_form(book: Book) -> bool:
    """Whether ``book`` is one of our district forms."""
    return book.sheet(FORM_SHEET) is not None


def read_meta(book: Book) -> dict[str, str]:
    ws = book.sheet(FORM_SHEET)
    meta: dict[str, str] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for i, row in enumerate(ws.iter_rows(max_col=2, values_only=True)):
            if i > 100:
                break
            if row and row[0] is not None:
                meta[str(row[0]).strip()] = "" if row[1] is None else str(row[1]).strip()
    return meta


def _refuse(name: str, vi: str, en: str) -> WorkbookRefused:
    return WorkbookRefused([Issue(name, vi, en, reading=False, advice=False)])


def _check_meta(db, book: Book, meta: dict[str, str]):
    name = book.name
    version = meta.get("form_version", "")
    if version != FORM_VERSION:
        raise _refuse(name, f"biểu mẫu phiên bản ‘{version or '?'}’ không được hỗ trợ (cần "
                            f"{FORM_VERSION}). Hãy dùng biểu mẫu do cbdesk lập cho kỳ này.",
                      f"form version ‘{version or '?'}’ is not supported (expected "
                      f"{FORM_VERSION}). Use a form made by cbdesk for this period.")
    try:
        year = int(meta.get("plan_year", ""))
        period = Period.parse(meta.get("period", ""))
        first, last = int(meta["first_row"]), int(meta["last_row"])
    except (ValueError, KeyError, PeriodError):
        raise _refuse(name, "phần nhận dạng ẩn của biểu mẫu bị hỏng.",
                      "the form's hidden identification is damaged.") from None
    codes = [c for c in meta.get("targets", "").split("\t") if c]
    current = svc.current_fingerprint(db, year, codes)
    if current is None or current != meta.get("fingerprint"):
        raise _refuse(
            name,
            f"biểu mẫu được lập từ một kế hoạch khác (hoặc kế hoạch năm {year} đã đổi tên, "
            "xóa chỉ tiêu sau khi gửi biểu mẫu). Hãy lập biểu mẫu mới bằng ‘cbdesk form’.",
            f"the form was made from another plan (or the {year} plan's targets were renamed "
            "or removed since). Make a new form with ‘cbdesk form’.")
    if is_period_locked(closed_periods(db, year), period):
        raise _refuse(name, f"kỳ {period.label('vi')} đã chốt số liệu; không thể nhập thêm. "
                            "Nhờ lãnh đạo mở lại kỳ nếu cần sửa.",
                      f"{period.label('en')} is closed; its figures are read-only. Ask a "
                      "leader to reopen it.")
    try:
        area = svc.find_area(db, meta.get("area", ""))
    except NotFound as e:
        raise _refuse(name, e.message_vi, e.message_en) from None
    if period.year != year:
        raise _refuse(name, "kỳ của biểu mẫu không thuộc năm kế hoạch.",
                      "the form's period is outside the plan year.")
    return year, period, area, first, last, codes


def import_form(db, book: Book, actor, dry_run: bool = False, overwrite: bool = False,
                source: tuple[str, str] | None = None):
    """File the figures of the form ``book`` (an ImportOutcome)."""
    from cbdesk.xlsx.importer import apply_file

    name = book.name
    meta = read_meta(book)
    year, period, area, first, last, codes = _check_meta(db, book, meta)
    ws = book.sheet(meta.get("sheet", "")) or book.wb.worksheets[0]
    base, _ = svc.base_plan(db, year)
    targets = {t.code: t for t in base.targets}
    results = {(r.target, r.period, r.area): r for r in base.results}
    lines = {line.code: line for line in svc.form_lines(db, year, area.code)}
    issues: list[Issue] = []
    brought: list[str] = []  # the targets whose figures the form brings in

    def issue(row: int, column: str | None, vi: str, en: str, value=None,
              reading: bool = True) -> None:
        issues.append(Issue(name, vi, en, sheet=ws.title, row=row, column=column, value=value,
                            reading=reading))

    value_header = f"{VALUE_HEADER} {period.label('vi')}"
    scan = scan_sheet(book.wb._archive, ws._worksheet_path)
    unsaved = scan.unsaved_formulas
    from cbdesk.xlsx.hidden import note_sheet

    note_sheet(book, ws, scan.hidden)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = list(ws.iter_rows(min_row=first, max_row=max(last, first), max_col=6,
                                 values_only=True)) if last >= first else []
    for offset, row in enumerate(rows):
        number = first + offset
        row = tuple(row) + (None,) * (6 - len(row))
        try:
            code = read_code(row[0])
        except CellError:
            code = ""
        expected = codes[offset] if offset < len(codes) else None
        if code != expected:
            issue(number, "Mã", f"dòng này đáng lẽ là chỉ tiêu ‘{expected}’ — biểu mẫu đã bị "
                                "sửa ngoài các ô màu vàng.",
                  f"this row should hold target ‘{expected}’ — the form was changed outside "
                  "its yellow cells.", row[0])
            continue
        if (number, 5) in unsaved:
            issue(number, value_header, "ô có công thức nhưng tệp không lưu kết quả tính. Hãy "
                  "ghi số thay cho công thức, hoặc mở bằng Excel và lưu lại.",
                  "the cell holds a formula whose result was never saved. Type the number "
                  "instead, or open the file in Excel and save it.")
            continue
        try:
            value = read_number(row[4])
            note = read_text(row[5], long=True)
        except CellError as e:
            issue(number, value_header, e.message_vi, e.message_en, row[4])
            continue
        if value is None:
            continue  # no figure yet
        suspicious = misread(row[4], value, lines.get(code))
        if suspicious is not None:  # Excel's English reading of a Vietnamese figure
            issue(number, value_header, *suspicious, row[4])
            continue
        t = targets[code]
        for vi, en in check_value(code, t.unit, t.kind, value, "giá trị", "value"):
            issue(number, value_header, vi, en, row[4], reading=False)
        key = (code, period.code, area.code)
        brought.append(code)
        old = results.get(key)
        if old is None:
            results[key] = ResultData(code, period.code, area.code, value, note,
                                      f"Biểu mẫu {name}")
        else:
            old.value = value
            old.note = note or old.note
            old.source = f"Biểu mẫu {name}"
    if issues:
        raise WorkbookRefused(issues)
    base.results = list(results.values())
    what_vi = f"biểu mẫu {area.name} ({area.code}), {period.label('vi')}"
    what_en = f"form of {area.name} ({area.code}), {period.label('en')}"
    outcome = apply_file(db, base, actor, name, dry_run, overwrite, "form", what_vi, what_en,
                         source=source)
    if not dry_run:  # the reporting calendar counts the area's form as returned
        from cbdesk.services.calendar.returns import note_form_returned

        note_form_returned(db, actor, year, period.code, area.code, name)
        _attach_form(db, book, actor, year, period.code, area.code, brought)
    return outcome


def _attach_form(db, book: Book, actor, year: int, period: str, area: str,
                 codes: list[str]) -> None:
    """The returned form is kept as evidence with each figure it brought in."""
    from cbdesk.services.attachments import Owner, attach_everywhere

    if codes:
        attach_everywhere(db, actor, year, [Owner.of_result(c, period, area) for c in codes],
                          book.name, book.path.read_bytes(), note="Biểu mẫu địa bàn gửi về")
