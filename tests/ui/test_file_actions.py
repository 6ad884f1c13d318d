"""File menu: Excel out and in (with a preview before anything changes),
district forms, and a draft plan read from a document with a review screen."""

from __future__ import annotations

import pytest
from helpers import SEED

from cbdesk.ui import workers


@pytest.fixture
def actions(monkeypatch):
    from cbdesk.ui import file_actions

    return file_actions


def idle(qtbot):
    qtbot.waitUntil(lambda: not workers.busy(), timeout=60000)


def _first_result_value(db) -> float:
    from cbdesk.services.dump import plan_dump

    return plan_dump(db, 2021)["results"][0]["value"]


def test_export_then_import_with_a_preview(qtbot, window, actions, monkeypatch, tmp_path,
                                           errors):
    import openpyxl

    out = tmp_path / "kế hoạch 2021.xlsx"
    monkeypatch.setattr(actions.FileDialogs, "save_file",
                        classmethod(lambda cls, *a: str(out)))
    actions.export_workbook(window)
    idle(qtbot)
    book = openpyxl.load_workbook(out)
    assert "Kết quả" in book.sheetnames and "Chỉ tiêu" in book.sheetnames

    sheet = book["Kết quả"]
    header = [c.value for c in sheet[1]]
    col = header.index("Giá trị") + 1
    before = _first_result_value(window.db)
    sheet.cell(row=2, column=col).value = before + 1
    book.save(out)

    previews: list[str] = []
    monkeypatch.setattr(actions.FileDialogs, "open_files",
                        classmethod(lambda cls, *a, **k: [str(out)]))
    monkeypatch.setattr(actions.PreviewDialog, "ask",
                        classmethod(lambda cls, p, t, text: previews.append(text) or False))
    actions.import_workbooks(window)
    idle(qtbot)
    assert previews and "giá trị" in previews[0].lower() and "→" in previews[0]
    # in words: the target's name and the period's label, never a "|"-joined key
    assert "|" not in previews[0] and "Chỉ tiêu " in previews[0] and " – " in previews[0]
    assert _first_result_value(window.db) == before  # refused: nothing changed

    monkeypatch.setattr(actions.PreviewDialog, "ask",
                        classmethod(lambda cls, p, t, text: True))
    actions.import_workbooks(window)
    idle(qtbot)
    assert _first_result_value(window.db) == before + 1
    assert not [e for e in errors if "Không" in e]


def test_forms_for_the_chosen_period(qtbot, window, actions, monkeypatch, tmp_path, errors):
    monkeypatch.setattr(actions.FileDialogs, "folder", classmethod(lambda cls, *a: str(tmp_path)))
    actions.make_forms(window)
    idle(qtbot)
    made = sorted(p.name for p in tmp_path.glob("*.xlsx"))
    assert len(made) == 10 and errors and "10" in errors[-1]


def test_a_plan_read_from_a_document_is_reviewed_then_saved_as_draft(qtbot, window, actions,
                                                                      monkeypatch, errors):
    from cbdesk.services.dump import plan_dump
    from cbdesk.services.plans import plan_exists

    monkeypatch.setattr(actions.FileDialogs, "open_files",
                        classmethod(lambda cls, *a, **k: [str(SEED)]))
    seen = []
    monkeypatch.setattr(actions.PlanReviewDialog, "ask",
                        classmethod(lambda cls, p, outcome, year: seen.append(outcome) or None))
    actions.import_plan_document(window)
    idle(qtbot)
    assert seen and len(seen[0].plan.targets) == 17 and not seen[0].problems
    assert not plan_exists(window.db, 2022)  # cancelled: nothing saved

    monkeypatch.setattr(actions.PlanReviewDialog, "ask",
                        classmethod(lambda cls, p, outcome, year: 2030))
    actions.import_plan_document(window)
    idle(qtbot)
    data = plan_dump(window.db, 2030)
    assert data["plan"]["status"] == "draft" and len(data["targets"]) == 17
    assert window.year == 2030


def test_the_review_screen_lists_targets_tasks_and_what_was_not_read(qtbot, actions):
    from cbdesk.docimport import parse_plan_document

    outcome = parse_plan_document(SEED, 2022)
    dialog = actions.PlanReviewDialog(None, outcome, 2022)
    qtbot.addWidget(dialog)
    tabs = dialog.findChild(actions.QTabWidget)
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Chỉ tiêu (17)", "Nhiệm vụ (10)", "Chưa đọc được (0)"]
    assert dialog.year.value() == 2022


def test_the_import_preview_names_hidden_rows_and_sheets(qtbot, window, actions, monkeypatch,
                                                        tmp_path, errors):
    """Hidden content is named in the preview before anything is written
    (issue 16; the command line's warning lines are in test_xlsx_hidden.py)."""
    from openpyxl import Workbook

    book = tmp_path / "ẩn.xlsx"
    wb = Workbook()
    wb.active.title = "Thông tin"
    wb.active.append(["Mục", "Giá trị"])
    wb.active.append(["Năm", 2021])
    ws = wb.create_sheet("Kết quả")
    ws.append(["Mã chỉ tiêu", "Kỳ", "Mã địa bàn", "Giá trị"])
    ws.append(["1", "2021-Q3", "040", 4321])
    ws.append(["1", "2021-Q3", "042", 1234])
    ws.row_dimensions[3].hidden = True
    ws.sheet_state = "hidden"
    wb.save(book)
    previews: list[str] = []
    monkeypatch.setattr(actions.FileDialogs, "open_files",
                        classmethod(lambda cls, *a, **k: [str(book)]))
    monkeypatch.setattr(actions.PreviewDialog, "ask",
                        classmethod(lambda cls, p, t, text: previews.append(text) or False))
    actions.import_workbooks(window)
    idle(qtbot)
    assert not errors, errors
    assert "⚠ Trang ‘Kết quả’ đang ẩn: dữ liệu trong trang vẫn được nhập." in previews[0]
    assert "⚠ Hàng 3 của trang ‘Kết quả’ đang ẩn: vẫn được nhập." in previews[0]
