"""Floors: the least work that could do each measured job, timed in the same
run as cbdesk's own code so that a loaded machine moves both alike and the
ratio stays meaningful.

Each floor touches the same rows, cells or bytes as the job it stands beside,
with the bare library and nothing of ours: raw sqlite3 SELECTs, a plain
reportlab platypus document, openpyxl write-only / read-only, sqlite3's
backup API.
"""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

# -- database -----------------------------------------------------------------


def open_plan_sql(conn: sqlite3.Connection, year: int) -> int:
    """The rows ``target_rows`` + ``task_rows`` read for ``year``: the plan's
    targets, the results of the plan and of the year before, areas, units,
    allocations, the tasks with their coordinators and progress updates."""
    n = 0
    plan = conn.execute("SELECT id FROM plan WHERE year = ?", (year,)).fetchone()[0]
    prev = conn.execute("SELECT id FROM plan WHERE year = ?", (year - 1,)).fetchone()
    n += len(conn.execute("SELECT * FROM target WHERE plan_id = ? ORDER BY sort_order, id",
                          (plan,)).fetchall())
    for pid in [plan] + ([prev[0]] if prev else []):
        n += len(conn.execute(
            "SELECT r.target_id, r.period, r.area_key, r.value FROM result r "
            "JOIN target t ON t.id = r.target_id WHERE t.plan_id = ? AND r.value IS NOT NULL",
            (pid,)).fetchall())
    n += len(conn.execute("SELECT * FROM area").fetchall())
    n += len(conn.execute("SELECT id, name FROM unit").fetchall())
    n += len(conn.execute("SELECT a.* FROM allocation a JOIN target t ON t.id = a.target_id "
                          "WHERE t.plan_id = ?", (plan,)).fetchall())
    n += len(conn.execute("SELECT * FROM task WHERE plan_id = ? ORDER BY sort_order, id",
                          (plan,)).fetchall())
    n += len(conn.execute("SELECT c.* FROM task_coordinator c JOIN task t ON t.id = c.task_id "
                          "WHERE t.plan_id = ?", (plan,)).fetchall())
    n += len(conn.execute("SELECT u.* FROM progress_update u JOIN task t ON t.id = u.task_id "
                          "WHERE t.plan_id = ?", (plan,)).fetchall())
    return n


def report_sql(conn, year: int, codes: list[str] | None) -> int:
    """The rows a report of ``year`` reads, with the bare driver and no
    arithmetic: the settings, the plan, its targets (lead unit by name),
    areas and allocations, its tasks (lead unit) with their coordinators;
    for a progress report (``codes``: the periods its figures add up) also
    the results of those periods of this year's and last year's targets and
    the tasks' progress updates."""
    n = len(conn.execute("SELECT key, value FROM setting").fetchall())
    plans = dict(conn.execute("SELECT year, id FROM plan WHERE year IN (?, ?)",
                              (year, year - 1)).fetchall())
    plan = plans[year]
    targets = conn.execute(
        "SELECT t.id, t.code, t.parent_id, t.relation, t.name, t.unit, t.kind, t.direction, "
        "t.target_value, t.baseline, t.decimals, t.profile, t.manual_achieved, "
        "t.year_estimate, u.name FROM target t LEFT JOIN unit u ON u.id = t.lead_unit_id "
        "WHERE t.plan_id = ? ORDER BY t.sort_order, t.id", (plan,)).fetchall()
    n += len(targets)
    n += len(conn.execute("SELECT id, code, name FROM area").fetchall())
    n += len(conn.execute("SELECT a.target_id, a.area_id, a.value FROM allocation a "
                          "JOIN target t ON t.id = a.target_id WHERE t.plan_id = ?",
                          (plan,)).fetchall())
    n += len(conn.execute(
        "SELECT t.id, t.code, t.parent_id, t.title, t.description, t.deadline, "
        "t.expected_output, t.percent_done, t.done, t.completed_on, u.code, u.name "
        "FROM task t LEFT JOIN unit u ON u.id = t.lead_unit_id "
        "WHERE t.plan_id = ? ORDER BY t.sort_order, t.id", (plan,)).fetchall())
    n += len(conn.execute(
        "SELECT c.task_id, u.code, u.name FROM task_coordinator c "
        "JOIN task t ON t.id = c.task_id JOIN unit u ON u.id = c.unit_id "
        "WHERE t.plan_id = ? ORDER BY c.task_id, c.position", (plan,)).fetchall())
    if codes is None:
        return n
    ids = [t[0] for t in targets]
    if year - 1 in plans:
        ids += [r[0] for r in conn.execute("SELECT id FROM target WHERE plan_id = ?",
                                           (plans[year - 1],))]
    marks = ", ".join("?" * len(ids))
    n += len(conn.execute(
        f"SELECT target_id, period, area_key, value FROM result WHERE target_id IN ({marks}) "
        f"AND value IS NOT NULL AND period IN ({', '.join('?' * len(codes))})",
        (*ids, *codes)).fetchall())
    n += len(conn.execute(
        "SELECT u.task_id, u.id, u.date, u.percent_done, u.done, u.note FROM progress_update u "
        "JOIN task t ON t.id = u.task_id WHERE t.plan_id = ? ORDER BY u.date, u.id",
        (plan,)).fetchall())
    return n


def grid_sql(conn: sqlite3.Connection, year: int) -> int:
    """The rows ``entry_grid`` reads: targets and every result of the plan."""
    plan = conn.execute("SELECT id FROM plan WHERE year = ?", (year,)).fetchone()[0]
    n = len(conn.execute("SELECT * FROM target WHERE plan_id = ? ORDER BY sort_order, id",
                         (plan,)).fetchall())
    n += len(conn.execute(
        "SELECT r.target_id, r.period, r.area_key, r.value, r.version FROM result r "
        "JOIN target t ON t.id = r.target_id WHERE t.plan_id = ?", (plan,)).fetchall())
    return n


def period_sql(conn, year: int, period: str) -> int:
    """The rows one period of the data-entry grid shows: the plan's targets,
    their allocations and the results stored for ``period``."""
    plan = conn.execute("SELECT id FROM plan WHERE year = ?", (year,)).fetchone()[0]
    n = len(conn.execute("SELECT * FROM target WHERE plan_id = ? ORDER BY sort_order, id",
                         (plan,)).fetchall())
    n += len(conn.execute("SELECT a.* FROM allocation a JOIN target t ON t.id = a.target_id "
                          "WHERE t.plan_id = ?", (plan,)).fetchall())
    n += len(conn.execute(
        "SELECT r.target_id, r.area_key, r.value, r.version FROM result r "
        "JOIN target t ON t.id = r.target_id WHERE t.plan_id = ? AND r.period = ?",
        (plan, period)).fetchall())
    return n


def sqlite_backup(src: Path, dest: Path) -> None:
    """sqlite3's online backup API, file to file."""
    dest.unlink(missing_ok=True)
    with sqlite3.connect(src) as a, sqlite3.connect(dest) as b:
        a.backup(b)
    a.close()
    b.close()


# -- text -----------------------------------------------------------------------


def plain_filter(haystack: list[str], query: str) -> int:
    """Case-folded substring test, no accent folding: the least a filter does."""
    q = query.casefold()
    return sum(1 for s in haystack if q in s.casefold())


def fold_once(texts: list[str]) -> list[str]:
    """Accent-free, lower-case copies (done once, outside the timing)."""
    out = []
    for t in texts:
        d = unicodedata.normalize("NFD", t.replace("đ", "d").replace("Đ", "D"))
        out.append("".join(c for c in d if not unicodedata.combining(c)).casefold())
    return out


# -- PDF -----------------------------------------------------------------------


def bare_pdf(doc, fonts) -> bytes:
    """The same tables and paragraphs as ``doc`` (a cbdesk.reports Document)
    in a plain platypus SimpleDocTemplate with the same registered fonts: no
    page templates, header block, keep-togethers or measured column widths."""
    import io

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    from cbdesk.reports import document as m

    body = ParagraphStyle("b", fontName=fonts.regular, fontSize=13, leading=16)
    story = []

    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    def add(blocks) -> None:
        for b in blocks:
            if isinstance(b, m.Table):
                style = ParagraphStyle("c", fontName=fonts.regular, fontSize=b.font_size,
                                       leading=b.font_size * 1.2)
                # Only text that may need wrapping becomes a Paragraph; short
                # cells (figures, codes) stay plain strings — the cheapest cell.
                def cell(text: str, style=style):
                    return Paragraph(esc(text), style) if len(text) > 14 else text

                data = [[cell(c.title) for c in b.columns]]
                data += [[cell(c) for c in row] for row in b.rows]
                t = Table(data, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("FONTNAME", (0, 0), (-1, -1), fonts.regular),
                                       ("FONTNAME", (0, 0), (-1, 0), fonts.bold),
                                       ("FONTSIZE", (0, 0), (-1, -1), b.font_size)]))
                story.append(t)
            elif isinstance(b, m.Heading):
                story.append(Paragraph(esc(b.text), body))
            elif isinstance(b, m.Paragraph):
                story.append(Paragraph(esc(b.text), body))
            elif isinstance(b, m.PageBreak):
                story.append(PageBreak())

    add(doc.blocks)
    for annex in doc.annexes:
        story.append(PageBreak())
        story.append(Paragraph(esc(annex.title), body))
        add(annex.blocks)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, initialFontName=fonts.regular).build(story)
    return buf.getvalue()


# -- workbooks -------------------------------------------------------------------


def workbook_cells(path: Path) -> dict[str, list[tuple]]:
    """Every sheet's values (read once, outside the timing)."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)]
                for ws in wb.worksheets}
    finally:
        wb.close()


def write_only(cells: dict[str, list[tuple]], dest: Path) -> None:
    """The same cells through openpyxl's write-only mode."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for title, rows in cells.items():
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
    wb.save(dest)


def read_only(path: Path) -> int:
    """Every cell value of the workbook through openpyxl's read-only mode."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    n = 0
    try:
        for ws in wb.worksheets:
            for r in ws.iter_rows(values_only=True):
                n += len(r)
    finally:
        wb.close()
    return n
