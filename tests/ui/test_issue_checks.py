"""Issuing from the window checks what the paper will say (SPEC §3.4): a bad
number is refused with the service's sentence, a date before the cut-off is
warned about, and unwritten sections are issued as "Không có" only after a
question — the answer kept in the audit trail."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from cbdesk.core.enums import Role
from cbdesk.services import issued
from cbdesk.services.actors import Actor
from cbdesk.services.audit import list_entries
from cbdesk.ui import workers


class Host:
    def __init__(self, db):
        from cbdesk.core.periods import Period

        self.db, self.actor, self.year = db, Actor("lanhdao", Role.LEADER), 2021
        self.period, self.read_only = Period.parse("2021-H1"), False


@pytest.fixture
def reports(qtbot, demo_sqlite, errors):
    from cbdesk.services.database import open_database
    from cbdesk.ui.views.reports_view import ReportsView

    db = open_database(str(demo_sqlite))
    view = ReportsView(Host(db))
    qtbot.addWidget(view)
    view.reload()
    view.set_choice("progress", "2021-H1")
    view.date_edit.setDate(QDate(2021, 7, 5))
    yield view
    db.dispose()


def _answers(monkeypatch, **by_title):
    from cbdesk.ui.views.reports_view import ReportsView

    asked = []

    def confirm(cls, parent, title, text):
        asked.append(title)
        return by_title.get(title, True)

    monkeypatch.setattr(ReportsView, "confirm", classmethod(confirm))
    return asked


def test_a_bad_number_is_refused(reports, monkeypatch, errors):
    asked = _answers(monkeypatch)
    reports.number_edit.setText("abc")
    reports.issue_button.click()
    assert errors and "Số văn bản 'abc' không hợp lệ" in errors[-1]
    assert not asked and issued.list_issued(reports.db, 2021) == []


def test_an_early_date_is_warned_about(reports, monkeypatch):
    asked = _answers(monkeypatch, **{"Ngày báo cáo": False})
    reports.number_edit.setText("5")
    reports.date_edit.setDate(QDate(2021, 1, 5))  # H1's figures run to 14/06/2021
    reports.issue_button.click()
    assert "Ngày báo cáo" in asked and issued.list_issued(reports.db, 2021) == []


def test_unwritten_sections_ask_and_the_choice_is_recorded(qtbot, reports, monkeypatch):
    asked = _answers(monkeypatch, **{"Mục chưa viết": False})
    reports.number_edit.setText("5")
    reports.issue_button.click()
    assert "Mục chưa viết" in asked and issued.list_issued(reports.db, 2021) == []
    _answers(monkeypatch)
    with qtbot.waitSignal(reports.issued_changed, timeout=60000):
        reports.issue_button.click()
    qtbot.waitUntil(lambda: not workers.busy(), timeout=60000)
    [info] = issued.list_issued(reports.db, 2021)
    assert info.issued_on == date(2021, 7, 5)
    chosen = {e.field for e in list_entries(reports.db, 2021) if e.entity == "report"
              and e.new == "không có"}
    assert chosen == {"difficulties", "next_steps", "proposals"}
