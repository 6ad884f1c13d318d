"""The pluggable views of the main window: key → (title, factory(window)).

Another engineer may replace a factory (e.g. the reports page) without
touching the main window."""

from __future__ import annotations

from cbdesk.ui.i18n import tr


def _overview(window):
    from cbdesk.ui.views.overview import OverviewView
    return OverviewView(window)


def _targets(window):
    from cbdesk.ui.views.targets import TargetsView
    return TargetsView(window)


def _entry(window):
    from cbdesk.ui.views.entry import EntryView
    return EntryView(window)


def _tasks(window):
    from cbdesk.ui.views.tasks import TasksView
    return TasksView(window)


def _reports(window):
    from cbdesk.ui.views.reports_view import ReportsView
    return ReportsView(window)


def _calendar(window):
    from cbdesk.ui.views.calendar_view import CalendarView
    return CalendarView(window)


def _programme(window):
    from cbdesk.ui.views.programme_view import ProgrammeView
    return ProgrammeView(window)


def _catalog(window):
    from cbdesk.ui.views.catalog import CatalogView
    return CatalogView(window)


def _audit(window):
    from cbdesk.ui.views.audit_view import AuditView
    return AuditView(window)


def _settings(window):
    from cbdesk.ui.views.settings_view import SettingsView
    return SettingsView(window)


VIEWS = {
    "overview": (lambda: tr("Overview"), _overview),
    "targets": (lambda: tr("Targets"), _targets),
    "entry": (lambda: tr("Data entry"), _entry),
    "tasks": (lambda: tr("Tasks"), _tasks),
    "reports": (lambda: tr("Reports"), _reports),
    "calendar": (lambda: tr("Reporting calendar"), _calendar),
    "programme": (lambda: tr("Five-year programme"), _programme),
    "catalog": (lambda: tr("Catalogs"), _catalog),
    "audit": (lambda: tr("Audit trail"), _audit),
    "settings": (lambda: tr("Settings"), _settings),
}
