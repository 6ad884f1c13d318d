"""The whole-process floor of `cbdesk report`: the least a process could do to
make the same PDF with the bare libraries — import SQLAlchemy, open the same
file, read the rows the report needs, build a bare reportlab document with
the same fonts, text and tables. Nothing of cbdesk is imported.

    python benchmarks/report_floor.py SPEC.json OUT.pdf

SPEC.json (written by benchmarks/jobs_report.py, untimed) holds the database
path, the plan year, the report's blocks (paragraphs, tables' cells, page
breaks) and the font files.
"""

from __future__ import annotations

import json
import sys

QUERIES = [
    "SELECT * FROM organisation",
    "SELECT * FROM target WHERE plan_id = :plan ORDER BY sort_order, id",
    "SELECT r.target_id, r.period, r.area_key, r.value FROM result r JOIN target t "
    "ON t.id = r.target_id WHERE t.plan_id IN (:plan, :prev)",
    "SELECT * FROM area",
    "SELECT id, name FROM unit",
    "SELECT a.* FROM allocation a JOIN target t ON t.id = a.target_id WHERE t.plan_id = :plan",
    "SELECT * FROM task WHERE plan_id = :plan ORDER BY sort_order, id",
    "SELECT c.* FROM task_coordinator c JOIN task t ON t.id = c.task_id WHERE t.plan_id = :plan",
    "SELECT u.* FROM progress_update u JOIN task t ON t.id = u.task_id WHERE t.plan_id = :plan",
]


def read_rows(db_path: str, year: int) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(f"sqlite:///{db_path}")
    n = 0
    with engine.connect() as c:
        plan = c.execute(text("SELECT id FROM plan WHERE year = :y"), {"y": year}).scalar()
        prev = c.execute(text("SELECT id FROM plan WHERE year = :y"), {"y": year - 1}).scalar()
        for q in QUERIES:
            n += len(c.execute(text(q), {"plan": plan, "prev": prev or -1}).fetchall())
    engine.dispose()
    return n


def build(spec: dict, out: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    names = []
    for i, f in enumerate(spec["fonts"]):
        name = f"floor-{i}"
        pdfmetrics.registerFont(TTFont(name, f))
        names.append(name)
    regular = names[0] if names else "Times-Roman"
    bold = names[1] if len(names) > 1 else regular  # headers in bold, as the report
    body = ParagraphStyle("b", fontName=regular, fontSize=13, leading=16)

    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    story = []
    for b in spec["blocks"]:
        if b["t"] == "table":
            style = ParagraphStyle("c", fontName=regular, fontSize=b["size"],
                                   leading=b["size"] * 1.2)
            data = [[Paragraph(esc(c), style) if len(c) > 14 else c for c in row]
                    for row in b["rows"]]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("FONTNAME", (0, 0), (-1, -1), regular),
                                   ("FONTNAME", (0, 0), (-1, 0), bold),
                                   ("FONTSIZE", (0, 0), (-1, -1), b["size"])]))
            story.append(t)
        elif b["t"] == "p":
            story.append(Paragraph(esc(b["text"]), body))
        else:
            story.append(PageBreak())
    SimpleDocTemplate(out, pagesize=A4, initialFontName=regular).build(story)


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    read_rows(spec["db"], spec["year"])
    build(spec, sys.argv[2])
    return 0


if __name__ == "__main__":
    sys.exit(main())
