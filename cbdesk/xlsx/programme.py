"""Programme workbooks (giai đoạn): `Thông tin` with the row `Giai đoạn`
(``2026-2030``) and the sheet `Chỉ tiêu giai đoạn`; read all or nothing,
written so that export → import gives the same programme."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook

from cbdesk.core.enums import Direction, Relation, TargetKind
from cbdesk.core.text import clean_line, fold
from cbdesk.services.errors import ValidationError
from cbdesk.services.programmes.data import (
    ProgrammeData,
    ProgrammeTargetData,
    code_of,
    parse_code,
)
from cbdesk.xlsx import schema as S
from cbdesk.xlsx.cells import (
    CellError,
    Issue,
    WorkbookRefused,
    read_code,
    read_enum,
    read_int,
    read_number,
    read_text,
)
from cbdesk.xlsx.reader import Book, Table, read_table
from cbdesk.xlsx.rows import SheetRows, ok

_YES = {"co", "x", "yes", "y", "1", "true", "binh quan", "binh quan nam"}


def _long(value: object) -> str:
    return read_text(value, long=True)


def _yes(value: object) -> bool:
    if value is None or (isinstance(value, str) and not value.strip()):
        return False
    if isinstance(value, bool):
        return value
    word = fold(clean_line(str(value)))
    if word in _YES:
        return True
    if word in {"khong", "no", "0", "false"}:
        return False
    raise CellError(f"‘{value}’: hãy ghi ‘Có’ hoặc để trống.",
                    f"‘{value}’: write ‘Có’ or leave it blank.")


def _info_rows(info: Table) -> dict[str, list[object]]:
    out: dict[str, list[object]] = {}
    for row in info.rows:
        out.setdefault(S.header_key(row.cells.get("item")), []).append(row.cells.get("value"))
    return out


def is_programme(book: Book) -> bool:
    """A workbook with the sheet `Chỉ tiêu giai đoạn` is a programme workbook."""
    return book.sheet(S.PROGRAMME_TARGETS) is not None


def read_programme(book: Book) -> ProgrammeData:
    """The programme of ``book``; raises WorkbookRefused with every problem."""
    issues: list[Issue] = []
    ws = book.sheet(S.INFO)
    info = read_table(book, ws, S.COLUMNS[S.INFO], issues) if ws is not None else None
    code = None
    name = note = ""
    if info is None and ws is None:
        issues.append(Issue(book.name, f"thiếu trang ‘{S.INFO}’ với dòng ‘{S.INFO_PROGRAMME}’.",
                            f"the sheet ‘{S.INFO}’ with the row ‘{S.INFO_PROGRAMME}’ is "
                            "missing."))
    elif info is not None:
        rows = _info_rows(info)
        codes = rows.get(S.header_key(S.INFO_PROGRAMME), [])
        if not codes:
            issues.append(Issue(book.name, f"thiếu dòng ‘{S.INFO_PROGRAMME}’ (ví dụ 2026-2030).",
                                f"the row ‘{S.INFO_PROGRAMME}’ (e.g. 2026-2030) is missing.",
                                sheet=info.sheet))
        else:
            try:
                code = code_of(*parse_code(codes[0]))
            except ValidationError as e:
                issues.append(Issue(book.name, e.message_vi, e.message_en or e.message_vi,
                                    sheet=info.sheet))
        name = _long((rows.get(S.header_key(S.INFO_PROGRAMME_NAME)) or [""])[0])
        note = _long((rows.get(S.header_key(S.INFO_PROGRAMME_NOTE)) or [""])[0])
    table = read_table(book, book.sheet(S.PROGRAMME_TARGETS), S.COLUMNS[S.PROGRAMME_TARGETS],
                       issues)
    targets: list[ProgrammeTargetData] = []
    if table is not None:
        sh = SheetRows(book.name, table, issues)
        seen: dict[str, int] = {}
        for row in table.rows:
            v = {key: sh.read(row, key, reader, *args) for key, reader, *args in (
                ("code", read_code), ("parent", read_code), ("relation", read_enum, Relation),
                ("name", _long), ("unit", _long), ("kind", read_enum, TargetKind),
                ("direction", read_enum, Direction), ("target", read_number),
                ("baseline", read_number), ("baseline_year", read_int),
                ("per_year", _yes))}
            if not ok(*v.values()):
                continue
            tcode = v["code"]
            if not tcode:
                sh.issue(row, "code", "thiếu mã chỉ tiêu.", "the target has no code.")
                continue
            if tcode in seen:
                sh.issue(row, "code", f"mã ‘{tcode}’ đã có ở dòng {seen[tcode]}.",
                         f"the code ‘{tcode}’ is already on row {seen[tcode]}.", tcode)
                continue
            seen[tcode] = row.number
            if not v["name"]:
                sh.issue(row, "name", "thiếu tên chỉ tiêu.", "the target has no name.")
            kind = v["kind"] or TargetKind.CUMULATIVE.value
            if v["per_year"] and kind != TargetKind.CHANGE.value:
                sh.issue(row, "per_year", "chỉ chỉ tiêu loại thay đổi mới tính bình quân năm.",
                         "only change targets can be a yearly average.", reading=False)
            year = v["baseline_year"]
            if year is not None and not 1900 <= year <= 2200:
                sh.issue(row, "baseline_year", "năm cơ sở phải là một năm như 2025.",
                         "the baseline year must be a year such as 2025.", year)
            targets.append(ProgrammeTargetData(
                tcode, v["name"] or "", v["unit"] or "", kind,
                v["direction"] or Direction.INCREASE.value, v["target"], v["baseline"], year,
                bool(v["per_year"]), v["parent"] or None,
                (v["relation"] or Relation.OF_WHICH.value) if v["parent"] else None))
        for row in table.rows:
            parent = row.cells.get("parent")
            if parent not in (None, "") and str(parent).strip() not in seen:
                sh.issue(row, "parent", f"không có chỉ tiêu giai đoạn mã ‘{parent}’.",
                         f"there is no programme target with the code ‘{parent}’.",
                         reading=False)
    if issues or code is None:
        raise WorkbookRefused(issues)
    return ProgrammeData(code, name, note, targets)


def import_programme(db, book: Book, actor, dry_run: bool = False):
    """Read and apply a programme workbook (all or nothing)."""
    from cbdesk.services.programmes import apply_programme
    from cbdesk.xlsx.importer import ImportOutcome

    data = read_programme(book)
    try:
        summary = apply_programme(db, data, actor, dry_run=dry_run)
    except ValidationError as e:
        problems = e.problems or [(e.message_vi, e.message_en)]
        raise WorkbookRefused([Issue(book.name, vi, en, reading=False)
                               for vi, en in problems]) from None
    return ImportOutcome(book.name, "programme", summary.year, summary, dry_run,
                         f"giai đoạn {data.code}", f"the programme {data.code}")


def _label(enum_cls, value: str | None) -> str | None:
    if not value:
        return None
    try:
        return enum_cls(value).label("vi")
    except ValueError:
        return value


def programme_workbook(data: ProgrammeData) -> bytes:
    """The programme workbook of ``data`` as .xlsx bytes."""
    from cbdesk.xlsx.layout import print_setup, set_widths

    wb = Workbook()
    info = wb.active
    info.title = S.INFO
    info.append([c.header for c in S.COLUMNS[S.INFO]])
    info.append([S.INFO_PROGRAMME, data.code])
    info.append([S.INFO_PROGRAMME_NAME, data.name])
    if data.note:
        info.append([S.INFO_PROGRAMME_NOTE, data.note])
    set_widths(info, [c.width for c in S.COLUMNS[S.INFO]])
    ws = wb.create_sheet(S.PROGRAMME_TARGETS)
    cols = S.COLUMNS[S.PROGRAMME_TARGETS]
    ws.append([c.header for c in cols])
    for t in data.targets:
        ws.append([t.code, t.parent_code, _label(Relation, t.relation), t.name, t.unit,
                   _label(TargetKind, t.kind), _label(Direction, t.direction), t.target,
                   t.baseline, t.baseline_year, "Có" if t.per_year else None])
    for row in ws.iter_rows(min_row=2, max_col=2):
        for cell in row:
            cell.number_format = "@"
    set_widths(ws, [c.width for c in cols])
    ws.freeze_panes = "B2"
    print_setup(ws, landscape=True)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def export_programme(db, code: str, path: str | Path) -> Path:
    from cbdesk.services.files import write_atomically
    from cbdesk.services.programmes import programme_data

    return write_atomically(path, programme_workbook(programme_data(db, code)))
