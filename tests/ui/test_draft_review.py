"""A draft plan whose figures disagree: the review screen shows the problem on
the target, and saving keeps the draft with the problem in its note."""

from __future__ import annotations

from cbdesk.ui import workers

DRAFT = """KẾ HOẠCH
Thực hiện nhiệm vụ năm 2025

I. CHỈ TIÊU CHỦ YẾU

- Tuyển mới đào tạo nghề: 12.000 người, cụ thể: trình độ trung cấp: 450 người; sơ cấp và \
đào tạo dưới 3 tháng: 1.550 người.

II. NHIỆM VỤ VÀ GIẢI PHÁP

1. Đẩy mạnh đào tạo nghề
Tổ chức các lớp đào tạo nghề.
"""


def test_the_review_screen_shows_the_problem_on_the_target(qtbot, tmp_path):
    from cbdesk.docimport import parse_plan_document
    from cbdesk.ui.file_actions import PlanReviewDialog, QTableView

    path = tmp_path / "du-thao.txt"
    path.write_text(DRAFT, encoding="utf-8")
    dialog = PlanReviewDialog(None, parse_plan_document(path, 2025), 2025)
    qtbot.addWidget(dialog)
    model = max((t.model() for t in dialog.findChildren(QTableView)),
                key=lambda m: m.rowCount())  # the targets (3), not the tasks (1)
    headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    assert "Cần xem lại" in headers, headers
    col = headers.index("Cần xem lại")
    rows = {model.index(r, 0).data(): model.index(r, col).data()
            for r in range(model.rowCount())}
    assert rows["1"].startswith("tổng các chỉ tiêu cơ cấu (2.000) khác kế hoạch (12.000)")
    assert rows["1.1"] and rows["1.2"]


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_a_draft_that_does_not_sum_is_saved_with_its_problem(qtbot, window, monkeypatch,
                                                             tmp_path, errors):
    from cbdesk.services.dump import plan_dump
    from cbdesk.ui import file_actions

    path = tmp_path / "du-thao.txt"
    path.write_text(DRAFT, encoding="utf-8")
    monkeypatch.setattr(file_actions.FileDialogs, "open_files",
                        classmethod(lambda cls, *a, **k: [str(path)]))
    monkeypatch.setattr(file_actions.PlanReviewDialog, "ask",
                        classmethod(lambda cls, p, outcome, year: 2025))
    file_actions.import_plan_document(window)
    qtbot.waitUntil(lambda: not workers.busy(), timeout=60000)
    data = plan_dump(window.db, 2025)
    assert data["plan"]["status"] == "draft"
    assert {t["code"]: t["target"] for t in data["targets"]} == {
        "1": 12000, "1.1": 450, "1.2": 1550}
    assert "tổng các chỉ tiêu cơ cấu (2.000)" in data["plan"]["note"]
