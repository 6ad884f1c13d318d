"""The plan and period lists at the top of the main window: filled from the
database's plans (the remembered ones chosen), and a change asks about
unsaved edits first, then reloads every view (a mixin of MainWindow)."""

from __future__ import annotations

from cbdesk.core.periods import periods_of_year
from cbdesk.ui.i18n import lang
from cbdesk.ui.ui_settings import app_settings


class PlanPeriodChoice:
    """Needs ``plan_combo``, ``period_combo``, ``views``, ``year``, ``period``,
    ``_loading``, ``plans_loaded``, ``_update_title``, ``_saved`` and
    ``reload_all`` (MainWindow)."""

    def show_plans(self, years: list[int]) -> None:
        """The plan selector holds ``years`` (newest first), the remembered plan
        and period chosen; no view is loaded (the first paint's part of
        :meth:`load`)."""
        st = app_settings()
        if self.plans_loaded and years == [self.plan_combo.itemData(i)
                                           for i in range(self.plan_combo.count())]:
            return  # the first paint's list was right: nothing to redo
        self._loading = True
        try:
            self.plan_combo.clear()
            for year in years:
                self.plan_combo.addItem(str(year), year)
            want = int(st.value("plan", years[0] if years else 0) or 0)
            if years:
                self.plan_combo.setCurrentIndex(years.index(want) if want in years else 0)
                self._fill_periods(self.plan_combo.currentData(), st.value("period", ""))
            else:
                self.period_combo.clear()
        finally:
            self._loading = False
        self.plans_loaded = True
        self.year = self.plan_combo.currentData()
        self.period = self.period_combo.currentData()
        self._update_title()

    def _fill_periods(self, year: int, wanted: str = "") -> None:
        self.period_combo.clear()
        codes = []
        for p in periods_of_year(year):
            self.period_combo.addItem(p.label(lang()), p)
            codes.append(p.code)
        default = f"{year}-H1"
        pick = wanted if wanted in codes else default
        self.period_combo.setCurrentIndex(codes.index(pick))

    def set_plan_period(self, year: int, period: str) -> None:
        """Choose a plan and a period (as a user would in the two lists)."""
        idx = self.plan_combo.findData(year)
        if idx >= 0 and idx != self.plan_combo.currentIndex():
            self.plan_combo.setCurrentIndex(idx)
        for i in range(self.period_combo.count()):
            if self.period_combo.itemData(i).code == period:
                self.period_combo.setCurrentIndex(i)
                break

    def _confirm_leave(self) -> bool:
        """Unsaved edits anywhere: save, discard or stay."""
        dirty = [v for v in self.views.values() if v.has_unsaved()]
        if not dirty:
            return True
        from cbdesk.ui.dialogs import SaveChangesDialog

        answer = SaveChangesDialog.ask(self)
        if answer == "cancel":
            return False
        for v in dirty:
            if answer == "save":
                if not v.save():
                    return False
                self._saved()
            else:
                v.discard()
        return True

    def _plan_changed(self, _index: int) -> None:
        if self._loading or self.plan_combo.currentData() is None:
            return
        if not self._confirm_leave():
            self._loading = True
            self.plan_combo.setCurrentIndex(self.plan_combo.findData(self.year))
            self._loading = False
            return
        self._loading = True
        self.year = self.plan_combo.currentData()
        self._fill_periods(self.year, f"{self.year}-{self.period.code.split('-', 1)[1]}"
                           if self.period else "")
        self._loading = False
        self.period = self.period_combo.currentData()
        self._after_change()

    def _period_changed(self, _index: int) -> None:
        if self._loading or self.period_combo.currentData() is None:
            return
        if not self._confirm_leave():
            self._loading = True
            for i in range(self.period_combo.count()):
                if self.period_combo.itemData(i) == self.period:
                    self.period_combo.setCurrentIndex(i)
            self._loading = False
            return
        self.period = self.period_combo.currentData()
        self._after_change()

    def _after_change(self) -> None:
        self._update_title()
        st = app_settings()
        st.setValue("plan", self.year)
        st.setValue("period", self.period.code if self.period else "")
        self.reload_all()
