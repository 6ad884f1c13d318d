"""The views a leader uses: overview, reports, closing a period, audit trail,
settings — each built standalone over a small host (db, actor, plan, period)."""

from __future__ import annotations

import dataclasses
import io
from dataclasses import dataclass

import pytest

pytest.importorskip("PySide6.QtPdfWidgets")

from PySide6.QtPrintSupport import QPrinter  # noqa: E402

from cbdesk.core.enums import Role, TargetStatus  # noqa: E402
from cbdesk.core.periods import Period  # noqa: E402
from cbdesk.services.actors import Actor  # noqa: E402
from cbdesk.ui import workers  # noqa: E402
from cbdesk.ui.dialogs import ConfirmDialog  # noqa: E402


@dataclass
class Host:
    """What a view needs from the main window."""

    db: object
    actor: Actor
    year: int = 2021
    period: Period = Period.parse("2021-H1")
    read_only: bool = False
    languages: list = dataclasses.field(default_factory=list)

    def set_language(self, language: str) -> bool:
        self.languages.append(language)
        return True


LEADER = Actor("lanhdao", Role.LEADER)


@pytest.fixture
def host(demo_sqlite):
    from cbdesk.services.database import open_database

    db = open_database(str(demo_sqlite))
    yield Host(db, LEADER)
    db.dispose()


def idle(qtbot):
    qtbot.waitUntil(lambda: not workers.busy(), timeout=30000)


def pdf_text(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.fixture
def no_modal(monkeypatch):
    """Any error box would block a test: fail loudly instead."""
    from cbdesk.ui import dialogs

    def boom(parent, title, text):
        raise AssertionError(f"unexpected message: {title}: {text}")

    monkeypatch.setattr(dialogs.Notice, "error", classmethod(lambda cls, p, t, x: boom(p, t, x)))


# -- overview -------------------------------------------------------------------


def test_overview_counts_match_target_rows(qtbot, host, no_modal):
    from cbdesk.services.progress import target_rows
    from cbdesk.ui.views.overview import OverviewView

    view = OverviewView(host)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.reload()
    rows = target_rows(host.db, 2021, "2021-H1")
    model = view.target_counts
    shown = {model.rows[i][0]: model.rows[i][1] for i in range(model.rowCount())}
    for status in TargetStatus:
        assert shown[status] == sum(1 for r in rows if r.status == status)
    assert sum(shown.values()) == len(rows)
    behind = [r.code for r in rows if r.status == TargetStatus.BEHIND]
    assert [r.code for r in view.behind_model.rows] == behind
    assert len(view.chart.rows) == len(rows)
    # Shares are shown in words with Vietnamese decimals.
    texts = [model.data(model.index(i, 2)) for i in range(model.rowCount())]
    assert all("," in t or t in ("0%", "100%") or t.endswith("%") for t in texts)


def test_overview_click_opens_item(qtbot, host, no_modal):
    from cbdesk.ui.views.overview import OverviewView

    view = OverviewView(host)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.reload()
    first = view.chart.rows[0].code
    with qtbot.waitSignal(view.open_item) as sig:
        view.chart.clicked.emit(first)
    assert sig.args == ["target", first]
    if view.overdue_model.rowCount():
        with qtbot.waitSignal(view.open_item) as sig:
            view.overdue_view.clicked.emit(view.overdue_model.index(0, 1))
        assert sig.args == ["task", view.overdue_model.rows[0].code]


# -- reports --------------------------------------------------------------------


@pytest.fixture
def reports(qtbot, host, no_modal):
    from cbdesk.ui.views.reports_view import ReportsView

    view = ReportsView(host)
    qtbot.addWidget(view)
    view.reload()
    view.set_choice("progress", "2021-H1")
    return view


def test_progress_report_saved_as_pdf(qtbot, reports, tmp_path, monkeypatch):
    from cbdesk.ui.views.reports_view import ReportsView

    out = tmp_path / "Báo cáo 6 tháng.pdf"
    monkeypatch.setattr(ReportsView, "ask_save_path",
                        classmethod(lambda cls, *a: str(out)))
    reports.number_edit.setText("05")
    with qtbot.waitSignal(reports.rendered, timeout=30000):
        reports.pdf_button.click()
    text = pdf_text(out.read_bytes())
    assert "6.120" in text and "51,0%" in text
    assert "05/BC-" in text


def test_word_report_saved(qtbot, reports, tmp_path, monkeypatch):
    from cbdesk.ui.views.reports_view import ReportsView

    out = tmp_path / "bao-cao.docx"
    monkeypatch.setattr(ReportsView, "ask_save_path", classmethod(lambda cls, *a: str(out)))
    with qtbot.waitSignal(reports.rendered, timeout=30000):
        reports.word_button.click()
    assert out.read_bytes()[:2] == b"PK"


def test_preview_shows_pdf(qtbot, reports):
    from PySide6.QtPdf import QPdfDocument

    with qtbot.waitSignal(reports.rendered, timeout=30000):
        reports.preview_button.click()
    assert reports.pdf_doc is not None
    assert reports.pdf_doc.status() == QPdfDocument.Status.Ready
    assert reports.pdf_doc.pageCount() >= 2
    assert reports.pdf_view.document() is reports.pdf_doc


def test_draft_kept_between_sessions(qtbot, host, reports):
    from cbdesk.ui.views.reports_view import ReportsView

    reports.difficulties_edit.setPlainText("Thiếu kinh phí cho công tác đào tạo nghề.")
    reports.draft_button.click()
    again = ReportsView(host)
    qtbot.addWidget(again)
    again.reload()
    again.set_choice("progress", "2021-H1")
    assert again.difficulties_edit.toPlainText() == "Thiếu kinh phí cho công tác đào tạo nghề."
    # Leaving the view keeps what was typed without a button.
    again.show()
    again.next_steps_edit.setPlainText("Đẩy mạnh giải quyết việc làm.")
    again.hide()
    third = ReportsView(host)
    qtbot.addWidget(third)
    third.reload()
    third.set_choice("progress", "2021-H1")
    assert third.next_steps_edit.toPlainText() == "Đẩy mạnh giải quyết việc làm."


def test_issue_and_reprint_byte_identical(qtbot, host, reports, tmp_path, monkeypatch):
    from cbdesk.services import issued
    from cbdesk.ui.views.reports_view import ReportsView

    asked = []
    monkeypatch.setattr(ReportsView, "confirm",
                        classmethod(lambda cls, p, title, text: asked.append(text) or True))
    reports.number_edit.setText("07")
    with qtbot.waitSignal(reports.issued_changed, timeout=30000):
        reports.issue_button.click()
    assert asked and "07" in asked[0]
    infos = issued.list_issued(host.db, 2021)
    assert len(infos) == 1 and infos[0].number == "07"
    assert reports.issued_model.rowCount() == 1
    stored = issued.issued_pdf(host.db, infos[0].id)
    assert "6.120" in pdf_text(stored)

    out = tmp_path / "ban-luu.pdf"
    monkeypatch.setattr(ReportsView, "ask_save_path", classmethod(lambda cls, *a: str(out)))
    reports.issued_view.selectRow(0)
    reports.save_copy_button.click()
    assert out.read_bytes() == stored

    printed = tmp_path / "in-lai.pdf"

    def printer(cls, parent):
        p = QPrinter(QPrinter.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setResolution(300)  # a small job (tests/ui/test_printing.py checks the output)
        p.setOutputFileName(str(printed))
        return p

    monkeypatch.setattr(ReportsView, "ask_printer", classmethod(printer))
    reports.reprint_button.click()
    assert printed.read_bytes().startswith(b"%PDF")


def test_issue_refused_without_confirmation(qtbot, host, reports, monkeypatch):
    from cbdesk.services import issued
    from cbdesk.ui.views.reports_view import ReportsView

    monkeypatch.setattr(ReportsView, "confirm", classmethod(lambda cls, *a: False))
    reports.number_edit.setText("08")
    reports.issue_button.click()
    idle(qtbot)
    assert issued.list_issued(host.db, 2021) == []


def test_print_path_writes_pdf(qtbot, reports, tmp_path, monkeypatch):
    import pdfplumber

    from cbdesk.ui.views.reports_view import ReportsView

    out = tmp_path / "in.pdf"

    def printer(cls, parent):
        p = QPrinter(QPrinter.HighResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setResolution(300)  # a small job (tests/ui/test_printing.py checks the output)
        p.setOutputFileName(str(out))
        return p

    monkeypatch.setattr(ReportsView, "ask_printer", classmethod(printer))
    with qtbot.waitSignal(reports.rendered, timeout=30000):
        reports.print_button.click()
    with pdfplumber.open(str(out)) as pdf:
        assert len(pdf.pages) >= 2
        assert pdf.pages[0].images  # the pages went through as images
    assert "Sent" in reports.message.text() or "Đã gửi" in reports.message.text()


def test_viewer_cannot_issue(qtbot, host):
    from cbdesk.ui.views.reports_view import ReportsView

    host.actor = Actor("xem", Role.VIEWER)
    view = ReportsView(host)
    qtbot.addWidget(view)
    view.reload()
    assert not view.issue_button.isEnabled()


# -- closing a period, audit trail ---------------------------------------------------


def test_close_and_reopen_period_with_reason(qtbot, host, no_modal, monkeypatch):
    from cbdesk.services.plans import closed_periods
    from cbdesk.ui.views import overview
    from cbdesk.ui.views.audit_view import AuditView
    from cbdesk.ui.views.overview import OverviewView

    view = OverviewView(host)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.reload()
    assert view.close_button.isEnabled() and not view.reopen_button.isEnabled()
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a: True))
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.close_button.click()
    assert "2021-H1" in closed_periods(host.db, 2021)
    assert view.reopen_button.isEnabled() and not view.close_button.isEnabled()

    # The data-entry grid shows the closed period read-only.
    from PySide6.QtWidgets import QAbstractItemView

    from cbdesk.ui.views.entry import EntryView

    entry = EntryView(host)
    qtbot.addWidget(entry)
    entry.reload()
    assert entry.grid.locked
    assert entry.table.editTriggers() == QAbstractItemView.NoEditTriggers
    assert not entry.save_btn.isEnabled()

    reason = "Sở Tài chính điều chỉnh số liệu giải quyết việc làm"
    monkeypatch.setattr(overview.ReasonDialog, "ask", classmethod(lambda cls, *a: reason))
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.reopen_button.click()
    assert "2021-H1" not in closed_periods(host.db, 2021)

    audit = AuditView(host)
    qtbot.addWidget(audit)
    with qtbot.waitSignal(audit.loaded, timeout=30000):
        audit.reload()
    model = audit.model
    reasons = [model.data(model.index(i, 7)) for i in range(model.rowCount())]
    assert reason in reasons
    with qtbot.waitSignal(audit.loaded, timeout=30000):
        audit.set_filters(period="2021-H1", user="lanhdao")
    assert model.rowCount() == 2  # closed, then reopened
    assert all(r.user == "lanhdao" for r in model.rows)
    with qtbot.waitSignal(audit.loaded, timeout=30000):
        audit.set_filters(period="2021-Q3")
    assert reason not in [r.reason for r in model.rows]


def test_staff_cannot_close_period(qtbot, host, no_modal):
    from cbdesk.ui.views.overview import OverviewView

    host.actor = Actor("chuyenvien", Role.STAFF)
    view = OverviewView(host)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.reload()
    assert not view.close_button.isEnabled() and not view.reopen_button.isEnabled()


def test_audit_filters_by_target(qtbot, host, no_modal):
    from cbdesk.services.results import CellChange, save_entries
    from cbdesk.ui.views.audit_view import AuditView

    save_entries(host.db, LEADER, 2021, "2021-Q3", [CellChange("1", None, 6200.0)])
    view = AuditView(host)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.set_filters(key="1")
    assert view.model.rowCount() >= 1
    assert all(r.target == "1" or r.target.startswith("1.") for r in view.model.rows)
    assert not any("|" in r.subject for r in view.model.rows)
    texts = [view.model.data(view.model.index(i, 6)) for i in range(view.model.rowCount())]
    assert any("6200" in t or "6.200" in t for t in texts)


# -- settings -------------------------------------------------------------------


def test_settings_saved(qtbot, host, no_modal, tmp_path):
    from cbdesk.core.enums import Role
    from cbdesk.services import settings
    from cbdesk.services.actors import Actor
    from cbdesk.ui.views.settings_view import SettingsView, local_settings

    view = SettingsView(host)  # a leader: shared settings are an administrator's
    qtbot.addWidget(view)
    view.reload()
    assert not view.behind_spin.isEnabled() and not view.keep_spin.isEnabled()
    host.actor = Actor("quantri", Role.ADMIN)
    view = SettingsView(host)
    qtbot.addWidget(view)
    view.reload()
    assert view.behind_spin.value() == 85 and view.ahead_spin.value() == 115
    view.behind_spin.setValue(80)
    view.cutoff_spin.setValue(20)
    view.keep_spin.setValue(5)
    view.font_combo.setCurrentIndex(view.font_combo.findData("bundled"))
    view.backup_edit.setText(str(tmp_path / "Sao lưu"))
    view.language.setCurrentIndex(1)
    assert view.has_unsaved()
    view.save_button.click()
    assert host.languages == ["en"]  # the window switches language at once
    values = settings.read_all(host.db)
    assert values["tolerance.behind_below"] == "0.8"
    assert values["cutoff_day"] == "20" and values["backup.keep"] == "5"
    assert values["report.font"] == "bundled"
    assert values["backup.folder"] == str(tmp_path / "Sao lưu")
    assert local_settings().value("lang") == "en"
    local_settings().setValue("lang", "vi")
    assert not view.has_unsaved()


def test_settings_check_connection(qtbot, host, no_modal, demo_sqlite, tmp_path):
    from cbdesk.ui.views.settings_view import SettingsView

    view = SettingsView(host)
    qtbot.addWidget(view)
    view.reload()
    view.db_edit.setText(str(demo_sqlite))
    with qtbot.waitSignal(view.checked, timeout=30000) as sig:
        view.check_button.click()
    assert sig.args[0] is True
    view.db_edit.setText(str(tmp_path / "không-có.sqlite"))
    with qtbot.waitSignal(view.checked, timeout=30000) as sig:
        view.check_button.click()
    assert sig.args[0] is False and "không-có.sqlite" in sig.args[1]
