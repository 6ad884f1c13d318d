"""File → Import an office table…: the mapping wizard proposes, the clerk
corrects, the table is imported (the same import as `cbdesk import-table`)."""

from __future__ import annotations

from table_books import TWO_ROW_EXPECTED, one_header_row, two_row_header

from cbdesk.ui import workers


def idle(qtbot):
    qtbot.waitUntil(lambda: not workers.busy(), timeout=60000)


def test_the_wizard_imports_a_two_row_header_table(qtbot, window, monkeypatch, tmp_path,
                                                   errors):
    from cbdesk.services.dump import plan_dump
    from cbdesk.ui import file_actions, table_wizard

    book = two_row_header(tmp_path / "bieu-01.xlsx")
    monkeypatch.setattr(file_actions.FileDialogs, "open_files",
                        classmethod(lambda cls, *a, **k: [str(book)]))
    shown: dict = {}

    def ask(cls, parent, read, year, db=None):
        dialog = cls(parent, read, year, db)
        qtbot.addWidget(dialog)
        shown["roles"] = [b.currentData() for b in dialog.role_boxes]
        shown["kinds"] = {r: b.currentData() for r, b in dialog.kind_boxes.items()}
        dialog.year.setValue(2025)
        dialog.check()
        shown["report"] = dialog.report.toPlainText()
        dialog.grab().save(str(tmp_path / "wizard.png"))
        dialog.apply_choices()
        return dialog.choice()

    monkeypatch.setattr(table_wizard.TableWizard, "ask", classmethod(ask))
    previews: list[str] = []
    monkeypatch.setattr(file_actions.PreviewDialog, "ask",
                        classmethod(lambda cls, p, t, text: previews.append(text) or True))
    table_wizard.import_office_table(window)
    idle(qtbot)
    assert shown["roles"] == ["code", "name", "unit", "plan", "result", "computed", "note"]
    assert shown["kinds"][8] == "section" and shown["kinds"][10] == "label"
    assert shown["kinds"][22] == "total"
    assert "Đọc được 8 chỉ tiêu; 0 vấn đề." in shown["report"]
    assert previews and "Chỉ tiêu I.1: thêm mới" in previews[0]
    data = plan_dump(window.db, 2025)
    assert {t["code"]: (t["name"], t["unit"], t["target"], t["parent"], t["relation"])
            for t in data["targets"]} == {
        code: (name, unit, plan, parent, rel)
        for code, (name, unit, plan, _h1, parent, rel) in TWO_ROW_EXPECTED.items()}
    assert {r["target"]: r["value"] for r in data["results"] if r["period"] == "2025-H1"} == {
        c: v[3] for c, v in TWO_ROW_EXPECTED.items()}
    assert window.year == 2025
    assert errors and errors[-1] == "Đã nhập xong."


def test_columns_and_rows_corrected_in_the_wizard_are_imported_as_corrected(qtbot, window, monkeypatch,
                                                                    tmp_path, errors):
    from cbdesk.services.dump import plan_dump
    from cbdesk.ui import file_actions, table_wizard

    book = one_header_row(tmp_path / "kh.xlsx")
    monkeypatch.setattr(file_actions.FileDialogs, "open_files",
                        classmethod(lambda cls, *a, **k: [str(book)]))

    def ask(cls, parent, read, year, db=None):
        dialog = cls(parent, read, year, db)
        qtbot.addWidget(dialog)
        dialog.year.setValue(2025)
        box = dialog.period_boxes[4]  # "Thực hiện Quý II" — the clerk says: 6 months
        assert box.isEnabled()
        box.setCurrentIndex(box.findData("H1"))
        dialog.role_boxes[6].setCurrentIndex(dialog.role_boxes[6].findData("skip"))
        row = dialog.kind_boxes[4]  # "Tỷ lệ thất nghiệp…": the clerk leaves it out
        row.setCurrentIndex(row.findData("skip"))
        dialog.apply_choices()
        return dialog.choice()

    monkeypatch.setattr(table_wizard.TableWizard, "ask", classmethod(ask))
    monkeypatch.setattr(file_actions.PreviewDialog, "ask", classmethod(lambda cls, *a: True))
    table_wizard.import_office_table(window)
    idle(qtbot)
    data = plan_dump(window.db, 2025)
    assert {r["target"]: (r["period"], r["value"]) for r in data["results"]} == {
        "2": ("2025-H1", 13)}
    assert [t["code"] for t in data["targets"]] == ["1", "2"]


def test_a_table_with_problems_imports_nothing_and_says_why(qtbot, window, monkeypatch,
                                                            tmp_path, errors):
    import openpyxl

    from cbdesk.services.plans import plan_exists
    from cbdesk.ui import file_actions, table_wizard

    wb = openpyxl.Workbook()
    wb.active.append(["STT", "Chỉ tiêu", "Kế hoạch", "TH 6 tháng"])
    wb.active.append([1, "Tạo việc làm mới", "12.000", "1,234"])
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    monkeypatch.setattr(file_actions.FileDialogs, "open_files",
                        classmethod(lambda cls, *a, **k: [str(path)]))
    monkeypatch.setattr(table_wizard.TableWizard, "ask",
                        classmethod(lambda cls, parent, read, year, db=None: (2026, None)))
    table_wizard.import_office_table(window)
    idle(qtbot)
    assert errors and errors[-1].startswith("Chưa nhập gì:") and "1,234" in errors[-1]
    assert not plan_exists(window.db, 2026)


def test_the_sheet_to_read_is_chosen_when_the_workbook_has_several(qtbot, window, monkeypatch,
                                                                   tmp_path, errors):
    import openpyxl

    from cbdesk.services.dump import plan_dump
    from cbdesk.ui import file_actions, table_wizard

    wb = openpyxl.Workbook()
    wb.active.title = "Ghi chú"
    wb.active["A1"] = "Biểu này do Phòng Việc làm lập."
    ws = wb.create_sheet("Biểu 02")
    ws.append(["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2026"])
    ws.append([1, "Số phiên giao dịch việc làm", "phiên", 24])
    path = tmp_path / "hai-trang.xlsx"
    wb.save(path)
    monkeypatch.setattr(file_actions.FileDialogs, "open_files",
                        classmethod(lambda cls, *a, **k: [str(path)]))
    offered = []
    monkeypatch.setattr(table_wizard.SheetChooser, "ask", classmethod(
        lambda cls, parent, sheets, current: offered.append(sheets) or "Biểu 02"))
    years = []

    def ask(cls, parent, read, year, db=None):
        years.append((read.grid.sheet, year))
        return year, None

    monkeypatch.setattr(table_wizard.TableWizard, "ask", classmethod(ask))
    monkeypatch.setattr(file_actions.PreviewDialog, "ask", classmethod(lambda cls, *a: True))
    table_wizard.import_office_table(window)
    idle(qtbot)
    assert offered == [["Ghi chú", "Biểu 02"]] and years == [("Biểu 02", 2026)]
    assert [(t["name"], t["target"]) for t in plan_dump(window.db, 2026)["targets"]] == [
        ("Số phiên giao dịch việc làm", 24)]
