"""The assignment of tasks (phân công nhiệm vụ, SPEC §3.4 ``assignments``): a
short covering report and, as a landscape annex, the table of tasks with their
lead and coordinating units, deadline and expected output."""

from __future__ import annotations

from cbdesk.reports import common
from cbdesk.reports.document import Annex, Column, Document, Paragraph, Table
from cbdesk.services.issued import PlanHeader
from cbdesk.services.tasks_view import TaskRow

TYPE_NAME = "BÁO CÁO"
LETTERS = "BC"


def assignments_table(tasks: list[TaskRow]) -> Table:
    """Mã, Nhiệm vụ, Đơn vị chủ trì, Đơn vị phối hợp, Thời hạn, Sản phẩm."""
    columns = [
        Column("Mã", 0.7, "center"),
        Column("Nhiệm vụ", 4.1),
        Column("Đơn vị chủ trì", 1.9),
        Column("Đơn vị phối hợp", 2.3),
        Column("Thời hạn", 1.3, "center"),
        Column("Sản phẩm", 2.6),
    ]
    rows = [[t.code, t.title, t.lead_unit, "; ".join(t.coordinating_units), t.deadline_label,
             t.expected_output] for t in tasks]
    emphasis = {i for i, t in enumerate(tasks) if t.has_children}
    return Table(columns, rows, emphasis=emphasis, font_size=11)


def build(plan: PlanHeader, tasks: list[TaskRow], meta: common.Resolved) -> Document:
    """The assignment report of ``plan``."""
    code = common.symbol(LETTERS, plan.organisation)
    title = plan.title
    blocks: list = common.legal_basis_paragraphs(plan.legal_bases)
    blocks += [
        Paragraph.of(f"Để tổ chức triển khai thực hiện có hiệu quả {title}, các nhiệm vụ, "
                     f"giải pháp được phân công cho các đơn vị chủ trì, phối hợp thực hiện "
                     f"theo Phụ lục kèm theo."),
        Paragraph.of("Đơn vị được giao chủ trì có trách nhiệm xây dựng kế hoạch cụ thể, "
                     "phối hợp với các đơn vị liên quan tổ chức thực hiện, bảo đảm đúng thời "
                     "hạn và sản phẩm được giao; định kỳ báo cáo tiến độ, kết quả thực hiện "
                     "để tổng hợp theo quy định."),
        Paragraph.of("Đơn vị phối hợp có trách nhiệm tham gia, cung cấp thông tin, số liệu "
                     "theo đề nghị của đơn vị chủ trì."),
    ]
    annexes = []
    if tasks:
        annexes.append(Annex(
            "Phụ lục",
            f"PHÂN CÔNG NHIỆM VỤ THỰC HIỆN {title.upper()}",
            common.accompanying_note(TYPE_NAME, meta, code),
            [assignments_table(tasks)],
        ))
    else:
        blocks.append(Paragraph.of("Kế hoạch chưa có nhiệm vụ để phân công."))
    return common.report_document(plan, meta, code, TYPE_NAME, f"Phân công nhiệm vụ thực hiện {title}", blocks, annexes,
                                  f"Phân công nhiệm vụ thực hiện {title}")
