"""The audit trail, in words, to an Excel workbook (issue 18)."""

from __future__ import annotations

from pathlib import Path

from cbdesk.services.audit_words import AuditWords

HEADERS = {
    "vi": ("Thời điểm", "Người sửa", "Loại", "Nội dung", "Mục", "Giá trị cũ", "Giá trị mới",
           "Lý do"),
    "en": ("When", "User", "What", "Which", "Field", "Old value", "New value", "Reason"),
}
WIDTHS = (20, 14, 16, 60, 22, 28, 28, 30)


def export_trail(rows: list[AuditWords], path: Path, lang: str = "vi") -> Path:
    """Write ``rows`` (as :func:`audit_words.trail` gives them) to ``path``,
    atomically: a half-written workbook is never left under that name."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from cbdesk.services.files import write_atomically

    wb = Workbook()
    ws = wb.active
    ws.title = "Nhật ký thay đổi" if lang == "vi" else "Audit trail"
    ws.append(list(HEADERS["vi" if lang == "vi" else "en"]))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for w in rows:
        ws.append([w.at, w.user, w.what, w.subject, w.field, w.old, w.new, w.reason])
    for i, width in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.data_type = "s"
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions

    import io

    buf = io.BytesIO()
    wb.save(buf)
    return write_atomically(Path(path), buf.getvalue())
