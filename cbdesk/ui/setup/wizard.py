"""The first-start setup, step by step: the agency, the areas, the units, then
a first plan (empty, from a document or a workbook, or the sample opened as
its own file). Saved through ``services.setup.first_start`` when Finish is
pressed; a problem is shown on the last page and nothing is lost."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QLabel, QWizard

from cbdesk.core.plandata import OrganisationData
from cbdesk.services import plan_info
from cbdesk.services.errors import ServiceError
from cbdesk.services.setup import demo, first_start
from cbdesk.ui.dialogs import show_error
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.screen import FitsScreen
from cbdesk.ui.setup.pages import AgencyPage, AreasPage, PlanPage, UnitsPage


class SetupWizard(FitsScreen, QWizard):
    def __init__(self, parent, db, actor):
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.setWindowTitle(tr("Set up the office"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for which, text in ((QWizard.WizardButton.BackButton, tr("< Back")),
                            (QWizard.WizardButton.NextButton, tr("Next >")),
                            (QWizard.WizardButton.FinishButton, tr("Finish")),
                            (QWizard.WizardButton.CancelButton, tr("Cancel"))):
            self.setButtonText(which, text)
        from cbdesk.services.plans import list_plans

        self.agency, self.areas, self.units, self.plan = (
            AgencyPage(), AreasPage(), UnitsPage(), PlanPage(years=[
                p.year for p in list_plans(db)]))
        self._prefill()
        for page in (self.agency, self.areas, self.units, self.plan):
            self.addPage(page)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b3261e")
        self.error.setWordWrap(True)
        self.plan.layout().addWidget(self.error)
        self.chosen: str | None = None
        self.resize(760, 560)

    def _prefill(self) -> None:
        """Run again on a database in use: the agency as it is now (areas and
        units already there are kept; the lists add new ones only)."""
        from cbdesk.services import catalog

        org = self.org = catalog.get_organisation(self.db)
        for key, edit in self.agency.edits.items():
            edit.setText(getattr(org, key, "") or "")

    def data(self) -> first_start.SetupData:
        org = OrganisationData(**self.agency.values(), recipients=list(self.org.recipients))
        return first_start.SetupData(org,
                                     list(self.areas.areas), self.units.units())

    def finish(self) -> bool:
        """Save everything; False (and the reason shown) when something is wrong."""
        try:
            first_start.apply_setup(self.db, self.actor, self.data())
            self.chosen = self.plan.choice()
            if self.chosen == "empty":
                plan_info.create_plan(self.db, self.actor, self.plan.year.value(),
                                      self.plan.title_edit.text(),
                                      self.plan.carry.currentData())
        except ServiceError as e:
            self.error.setText(e.message(lang()))
            return False
        return True

    def accept(self) -> None:
        if self.finish():
            super().accept()

    @classmethod
    def run(cls, parent, db, actor) -> tuple[str, int] | None:
        """Show the wizard; (the first-plan choice, the plan's year) once saved."""
        wizard = cls(parent, db, actor)
        if wizard.exec() != QWizard.DialogCode.Accepted:
            return None
        return wizard.chosen or "later", wizard.plan.year.value()


class DemoLauncher:
    """Opens the sample plan's own database in a second window (a new process),
    so that it never mixes with the office's data."""

    @classmethod
    def launch(cls, path: Path) -> bool:
        from PySide6.QtCore import QProcess

        from cbdesk.paths import IS_FROZEN

        args = ["--db", str(path), "--lang", lang()]
        if IS_FROZEN:
            return QProcess.startDetached(sys.executable, args)[0]
        return QProcess.startDetached(sys.executable, ["-m", "cbdesk", *args])[0]


def open_demo(window) -> None:
    """Help → Open the sample plan: its own file, made when missing."""
    try:
        path = demo.ensure_demo_database()
    except ServiceError as e:
        show_error(window, e)
        return
    if Path(str(window.db.display_name())) == path:
        return  # this window is the sample already
    DemoLauncher.launch(path)


def run_setup(window) -> None:
    """Run the setup from the window, then start the chosen first plan."""
    from cbdesk.ui import empty_states
    from cbdesk.ui import file_actions as fa

    answer = SetupWizard.run(window, window.db, window.actor)
    if answer is None:
        return
    choice, year = answer
    window.load()
    if choice == "empty":
        window.set_plan_period(year, f"{year}-H1")
        window.show_view("targets")
    elif choice == "document":
        fa.import_plan_document(window)
    elif choice == "excel":
        fa.import_workbooks(window)
    elif choice == "sample":
        open_demo(window)
    empty_states.refresh(window)
