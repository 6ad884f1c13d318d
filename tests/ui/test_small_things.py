"""Small things that add up: Qt's own text-field menu in Vietnamese, the
report preview's page and zoom controls, the typed report number kept in the
draft, no stale message after a refusal, unexpected errors logged and said in
words, a draft that cannot be saved is said so, the interface size setting."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from cbdesk.ui.app import _drain_background_work


def _settle():
    _drain_background_work(QApplication.instance(), timeout=60)
    QApplication.processEvents()


def _texts(menu) -> list[str]:
    return [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]


def test_text_field_menus_are_in_vietnamese(qapp):
    for widget in (QLineEdit("x"), QPlainTextEdit("x")):
        texts = _texts(widget.createStandardContextMenu())
        assert "&Hoàn tác" in texts and "&Dán" in texts and "Chọn tất cả" in texts, texts
        assert not {"&Undo", "&Paste", "Select All"} & set(texts)


def test_reading_the_ts_directly_keeps_qt_texts_it_does_not_translate(qapp):
    from cbdesk.ui import i18n

    translator = i18n.TsTranslator(i18n.ts_path("vi"))
    assert translator.translate("QShortcut", "Ctrl") is None  # Qt falls back, not ""


def test_preview_has_page_and_zoom_controls(window):
    view = window.show_view("reports")
    view.set_choice("progress", "2021-H1")
    view.preview()
    _settle()
    pane = view.preview_pane
    assert pane.pages() > 1
    assert pane.page_label.text() == f"Trang 1 / {pane.pages()}"
    pane.next_button.click()
    assert pane.page() == 1 and pane.page_label.text().startswith("Trang 2 /")
    pane.prev_button.click()
    assert pane.page() == 0 and not pane.prev_button.isEnabled()
    before = pane.view.zoomFactor()
    pane.larger.click()
    assert pane.view.zoomFactor() > before
    pane.fit_page.click()
    assert pane.view.zoomMode() == pane.view.ZoomMode.FitInView


def test_typed_report_number_is_kept_in_the_draft(window):
    view = window.show_view("reports")
    view.set_choice("progress", "2021-H1")
    view.number_edit.setText("17")
    view.difficulties_edit.setPlainText("Thiếu cán bộ.")
    window.show_view("targets")  # leaving the view keeps the draft
    view = window.show_view("reports")
    view.set_choice("plan", "")
    assert view.number_edit.text() == ""  # another report: its own draft
    view.set_choice("progress", "2021-H1")
    assert view.number_edit.text() == "17"


def test_a_refusal_clears_the_old_message(window, errors, monkeypatch):
    from cbdesk.services.errors import ValidationError
    from cbdesk.ui.views import reports_view

    view = window.show_view("reports")
    view.set_choice("progress", "2021-H1")
    view.message.setText("Đã ban hành số 05.")

    def refuse(*_a, **_k):
        raise ValidationError("Số 05 đã dùng.", "Number 05 is taken.")

    monkeypatch.setattr(reports_view, "_render", refuse)
    view.preview()
    _settle()
    assert view.message.text() == ""
    assert errors[-1] == "Số 05 đã dùng."


def test_unexpected_errors_are_logged_and_said_in_words(window, errors):
    from cbdesk.logging_setup import log_path
    from cbdesk.ui.dialogs import show_error

    try:
        {}["missing-key"]
    except KeyError as exc:
        show_error(window, exc)
    assert "lỗi ngoài dự kiến" in errors[-1] and "Traceback" not in errors[-1]
    logged = log_path().read_text(encoding="utf-8")
    assert "Traceback" in logged and "missing-key" in logged


def test_a_draft_that_cannot_be_saved_is_said_not_dropped(window, monkeypatch):
    from cbdesk.services import issued

    view = window.show_view("reports")
    view.set_choice("progress", "2021-H1")
    view.difficulties_edit.setPlainText("Đang soạn.")

    def broken(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(issued, "save_draft", broken)
    window.show_view("targets")
    assert "Không lưu được bản nháp" in view.message.text()
    assert view._dirty  # kept, to be saved next time


def test_interface_size_is_saved_and_applied(window):
    from cbdesk.ui.main_window import app_settings

    app = QApplication.instance()
    view = window.show_view("settings")
    base = app.font().pointSizeF()
    try:
        view.scale_combo.setCurrentIndex(view.scale_combo.findData(150))
        assert view.save()
        assert int(app_settings().value("font_scale")) == 150
        assert abs(app.font().pointSizeF() - base * 1.5) < 0.01
    finally:
        view.scale_combo.setCurrentIndex(view.scale_combo.findData(100))
        view.save()
    assert abs(app.font().pointSizeF() - base) < 0.01
