"""Every empty view says what to do next, with the button to do it (issue 18).

A banner at the top of each view's place in the main window: no plan yet (set
up the office, a new plan, a workbook, a document, the sample as its own
file), a plan without targets or tasks, a grid with nothing to enter, an
empty audit trail. :func:`refresh` is called by the main window whenever the
plan, the period or the data change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from cbdesk.services.setup import first_start
from cbdesk.ui.i18n import tr


class EmptyState(QFrame):
    """A short sentence and the buttons that lead on."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setStyleSheet("#emptyState { background:#fff8e1; border:1px solid #e6d49a;"
                           " border-radius:4px; }")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 10, 14, 10)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        lay.addWidget(self.label)
        self.row = QHBoxLayout()
        lay.addLayout(self.row)
        self.buttons: list[QPushButton] = []

    def show_hint(self, text: str, actions) -> None:
        self.label.setText(text)
        for b in self.buttons:
            b.setParent(None)
            b.deleteLater()
        self.buttons = []
        while self.row.count():
            self.row.takeAt(0)
        for label, slot in actions:
            b = QPushButton(label)
            b.clicked.connect(lambda _=False, slot=slot: slot())
            self.row.addWidget(b)
            self.buttons.append(b)
        self.row.addStretch(1)
        self.show()

    def button(self, text: str) -> QPushButton | None:
        return next((b for b in self.buttons if b.text() == text), None)


def _no_plan_actions(window, counts) -> list:
    from cbdesk.ui import file_actions as fa
    from cbdesk.ui import plan_actions
    from cbdesk.ui.setup import wizard

    actions = []
    writable = not window.read_only
    if writable and first_start.needs_setup(window.db):
        actions.append((tr("Set up the office…"), lambda: wizard.run_setup(window)))
    if writable:
        actions.append((tr("New plan…"), lambda: plan_actions.new_plan(window)))
        actions.append((tr("Import from Excel…"), lambda: fa.import_workbooks(window)))
        actions.append((tr("Read a plan from a document…"),
                        lambda: fa.import_plan_document(window)))
    actions.append((tr("Open the sample plan (its own file)"),
                    lambda: wizard.open_demo(window)))
    return actions


def hint(window, key: str, c: first_start.Counts | None = None):
    """(text, actions) for the view ``key`` now, or None when it has content."""
    from cbdesk.ui.setup import wizard

    if key in ("settings",):
        return None
    c = c or first_start.counts(window.db, window.year)
    if window.year is None:
        if key == "catalog":
            if c.areas == 0 or c.units == 0:
                return (tr("No areas or units yet. Add them here (Areas and Units tabs), or "
                           "run the setup, which also asks for the agency's header."),
                        [(tr("Set up the office…"), lambda: wizard.run_setup(window))]
                        if not window.read_only else [])
            return None
        text = tr("There is no plan yet. Start here: set up the office (agency, areas, "
                  "units) if you have not, then make a new plan, import one from Excel or "
                  "read it from a Word document. The sample plan opens as a separate file "
                  "and never mixes with your data.") if first_start.needs_setup(window.db) \
            else tr("There is no plan yet. Make a new plan, import one from Excel or read it "
                    "from a Word document. The sample plan opens as a separate file.")
        return text, _no_plan_actions(window, c)
    if key in ("targets", "overview", "entry", "reports") and c.targets == 0 and not (
            key == "reports" and c.tasks):
        def add_target():
            window.show_view("targets").add_target()
        text = {
            "targets": tr("This plan has no targets yet. Add the first one, or import the "
                          "targets from Excel."),
            "overview": tr("Nothing to show: this plan has no targets yet."),
            "entry": tr("There is nothing to enter: this plan has no targets yet. Add a "
                        "target first; its row then appears here."),
            "reports": tr("A report needs targets or tasks: add them first."),
        }[key]
        from cbdesk.ui import file_actions as fa

        return text, [(tr("Add target…"), add_target),
                      (tr("Import from Excel…"), lambda: fa.import_workbooks(window))]
    if key == "tasks" and c.tasks == 0:
        def add_task():
            view = window.show_view("tasks")
            view.add_task()
            refresh(window)
        return tr("This plan has no tasks yet. Add the first one (its section code, "
                  "title, lead unit and deadline)."), [(tr("Add task…"), add_task)]
    if key == "entry" and c.areas == 0 and c.results == 0:
        return (tr("Figures can be entered for the whole province now. To enter them by "
                   "area, add the areas in Catalogs."),
                [(tr("Catalogs"), lambda: window.show_view("catalog"))])
    if key == "audit" and c.audit == 0:
        return tr("No change has been recorded for this plan yet. Every figure, target, "
                  "task and catalog change will be listed here."), []
    return None


def _banner(window, key: str) -> EmptyState:
    page = window.stack.widget(window.keys.index(key))
    holder = page.widget()  # the view's scrolling page (ui.screen.view_holder)
    banner = holder.findChild(EmptyState)
    if banner is None:
        banner = EmptyState(holder)
        holder.layout().insertWidget(0, banner, 0, Qt.AlignmentFlag.AlignTop)
    return banner


def refresh(window) -> None:
    """Show or hide the banner of every view that exists."""
    counts = first_start.counts(window.db, window.year) if window.views else None
    for key, view in list(window.views.items()):
        found = hint(window, key, counts)
        banner = _banner(window, key)
        if found is None:
            banner.hide()
            view.setVisible(True)
        else:
            banner.show_hint(*found)
            # Without a plan the view itself has nothing to show.
            view.setVisible(window.year is not None or key in ("catalog", "settings"))


def banner_of(window, key: str) -> EmptyState | None:
    holder = window.stack.widget(window.keys.index(key))
    found = holder.findChild(EmptyState)
    return found if found is not None and not found.isHidden() else None


def reload_planless(window, keys, only=None) -> None:
    """Without a plan, the views that have something to show anyway (catalogs,
    settings) still load."""
    for key in keys:
        if key in window.views and (only is None or key in only):
            window.views[key].reload()
