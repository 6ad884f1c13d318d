"""The interchange workbook's contract (SPEC §3.3): sheet names, column headers
and the rows of the `Thông tin` sheet, exactly as written there, plus a few
extra columns and rows that carry the rest of a plan so that export → import
gives the same plan (extra columns and rows are ignored by readers that do not
know them).

Headers and sheet names are matched after NFC, trimming, collapsing inner
spaces and case-folding (:func:`header_key`).
"""

from __future__ import annotations

from dataclasses import dataclass

from cbdesk.core.text import clean_line

INFO = "Thông tin"
UNITS = "Đơn vị"
AREAS = "Địa bàn"
TARGETS = "Chỉ tiêu"
ALLOCATIONS = "Phân bổ"
TASKS = "Nhiệm vụ"
RESULTS = "Kết quả"
UPDATES = "Tiến độ"
SHEETS: tuple[str, ...] = (INFO, UNITS, AREAS, TARGETS, ALLOCATIONS, TASKS, RESULTS, UPDATES)


def header_key(text: object) -> str:
    """How headers, sheet names and `Mục` labels are compared: NFC, inner
    whitespace collapsed, trimmed, case-folded."""
    return clean_line(str(text) if text is not None else "").casefold()


@dataclass(frozen=True)
class Column:
    """One column of a sheet.

    ``kind`` says how cells are written and read: ``code`` (short text kept as
    typed), ``text`` (one line), ``long`` (paragraphs, wrapped), ``number``,
    ``int``, ``date``, ``enum``, ``period``, ``deadline``, ``codes`` (codes
    separated by ``;``), ``done`` (a status word read as done / not done).
    """

    key: str
    header: str
    kind: str = "text"
    width: float = 14
    required: bool = False  # the sheet is refused without this column


def _c(key: str, header: str, kind: str = "text", width: float = 14,
       required: bool = False) -> Column:
    return Column(key, header, kind, width, required)


COLUMNS: dict[str, tuple[Column, ...]] = {
    INFO: (_c("item", "Mục", "text", 28, True), _c("value", "Giá trị", "long", 90, True)),
    UNITS: (
        _c("code", "Mã", "code", 12, True),
        _c("name", "Tên", "text", 45),
        _c("kind", "Loại", "enum", 14),
    ),
    AREAS: (
        _c("code", "Mã", "code", 10, True),
        _c("name", "Tên", "text", 30),
        _c("level", "Cấp", "enum", 10),
        _c("parent", "Mã cấp trên", "code", 14),
        _c("valid_from", "Hiệu lực từ", "date", 14),
        _c("valid_to", "Hiệu lực đến", "date", 14),
    ),
    TARGETS: (
        _c("code", "Mã", "code", 8, True),
        _c("parent", "Mã cha", "code", 8),
        _c("relation", "Quan hệ", "enum", 11),
        _c("name", "Tên chỉ tiêu", "long", 50),
        _c("unit", "Đơn vị tính", "text", 12),
        _c("kind", "Loại", "enum", 12),
        _c("direction", "Chiều", "enum", 9),
        _c("target", "Kế hoạch", "number", 13),
        _c("baseline", "Cơ sở", "number", 11),
        _c("lead_unit", "Đơn vị chủ trì", "code", 14),
        # Extras: how the plan document states the target.
        _c("decimals", "Số chữ số thập phân", "int", 10),
        _c("group", "Nhóm", "int", 8),
        _c("statement", "Câu trong kế hoạch", "long", 60),
    ),
    ALLOCATIONS: (
        _c("target", "Mã chỉ tiêu", "code", 12, True),
        _c("area", "Mã địa bàn", "code", 12, True),
        _c("value", "Kế hoạch", "number", 14, True),
        _c("target_name", "Tên chỉ tiêu (tham khảo)", "text", 45),
        _c("area_name", "Tên địa bàn (tham khảo)", "text", 24),
    ),
    TASKS: (
        _c("code", "Mã", "code", 9, True),
        _c("parent", "Mã cha", "code", 9),
        _c("title", "Tiêu đề", "long", 40),
        _c("description", "Nội dung", "long", 70),
        _c("lead_unit", "Đơn vị chủ trì", "code", 12),
        _c("coordinating", "Đơn vị phối hợp", "codes", 16),
        _c("deadline", "Thời hạn", "deadline", 13),
        _c("output", "Sản phẩm", "long", 30),
        _c("status", "Trạng thái", "done", 18),
        _c("percent", "% hoàn thành", "number", 11),
        _c("completed_on", "Ngày hoàn thành", "date", 14),
    ),
    RESULTS: (
        _c("target", "Mã chỉ tiêu", "code", 12, True),
        _c("period", "Kỳ", "period", 11, True),
        _c("area", "Mã địa bàn", "code", 11),
        _c("value", "Giá trị", "number", 14, True),
        _c("note", "Ghi chú", "text", 40),
        _c("source", "Nguồn", "text", 20),
    ),
    UPDATES: (
        _c("task", "Mã nhiệm vụ", "code", 12, True),
        _c("date", "Ngày", "date", 12, True),
        _c("percent", "% hoàn thành", "number", 12, True),
        _c("status", "Trạng thái", "done", 18),
        _c("note", "Ghi chú", "long", 70),
    ),
}

# `Thông tin` rows. Scalars: label → attribute path in PlanData; lists: one row
# per item. The first block is SPEC §3.3's; the rest carry the remainder of a
# plan (its status, opening and closing paragraphs…).
INFO_YEAR = "Năm"
INFO_SCALARS: tuple[tuple[str, str], ...] = (
    ("Tên kế hoạch", "title"),
    ("Số văn bản", "doc_number"),
    ("Ngày văn bản", "doc_date"),
    ("Trích yếu", "abstract"),
    ("Cơ quan chủ quản", "organisation.parent_agency"),
    ("Cơ quan ban hành", "organisation.name"),
    ("Ký hiệu cơ quan", "organisation.symbol"),
    ("Địa danh", "organisation.place"),
    ("Chức vụ người ký", "organisation.signer_authority"),
    ("Người ký", "organisation.signer_name"),
    # Extras.
    ("Chức danh người ký thay", "organisation.signer_title"),
    ("Đơn vị lưu văn bản", "organisation.archive_unit"),
    ("Trạng thái", "status"),
    ("Kính gửi", "addressee"),
    ("Đoạn kết", "closing"),
    ("Ghi chú", "note"),
)
INFO_LISTS: tuple[tuple[str, str], ...] = (
    ("Căn cứ", "legal_bases"),
    ("Nơi nhận", "recipients"),
    ("Tổ chức thực hiện", "implementation"),
    # Extras.
    ("Mở đầu", "intro"),
    ("Nơi nhận mặc định", "organisation.recipients"),
)

# The hidden sheet of a district form and its keys (see forms.py).
FORM_SHEET = "_cbdesk"
FORM_VERSION = "cbdesk-form-1"

# Five-year programmes (giai đoạn): a programme workbook has `Thông tin` with
# the row `Giai đoạn` instead of `Năm`, and the sheet `Chỉ tiêu giai đoạn`.
# A yearly plan's `Chỉ tiêu` sheet may carry `Mã chỉ tiêu giai đoạn`, the
# programme target each yearly target carries.
INFO_PROGRAMME = "Giai đoạn"
INFO_PROGRAMME_NAME = "Tên kế hoạch"
INFO_PROGRAMME_NOTE = "Ghi chú"
PROGRAMME_TARGETS = "Chỉ tiêu giai đoạn"
PER_YEAR_WORD = "Bình quân năm"
COLUMNS[PROGRAMME_TARGETS] = (
    _c("code", "Mã", "code", 8, True),
    _c("parent", "Mã cha", "code", 8),
    _c("relation", "Quan hệ", "enum", 11),
    _c("name", "Tên chỉ tiêu", "long", 50),
    _c("unit", "Đơn vị tính", "text", 12),
    _c("kind", "Loại", "enum", 12),
    _c("direction", "Chiều", "enum", 9),
    _c("target", "Kế hoạch giai đoạn", "number", 14),
    _c("baseline", "Cơ sở", "number", 11),
    _c("baseline_year", "Năm cơ sở", "int", 10),
    # Extra: a change target stated as a yearly average ("Có" / blank).
    _c("per_year", PER_YEAR_WORD, "text", 12),
)
TARGET_PROGRAMME = _c("programme_target", "Mã chỉ tiêu giai đoạn", "code", 14)
