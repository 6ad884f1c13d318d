"""The main window: navigation on the left, the plan and period chosen at the
top (every view follows them), shortcuts, status bar; the menus are built in
:mod:`cbdesk.ui.menus`. Views are pluggable: ``VIEWS`` maps a key to a factory."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cbdesk import __version__ as VERSION
from cbdesk.core.periods import Period
from cbdesk.paths import data_dir
from cbdesk.services.actors import Actor, system_actor
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.menus import build_menus
from cbdesk.ui.plan_period import PlanPeriodChoice
from cbdesk.ui.screen import ViewHolder, fit_to_screen, install_screen_habits, view_holder
from cbdesk.ui.ui_settings import app_settings  # noqa: F401 - imported from here too
from cbdesk.ui.undo_menu import sync_undo_actions
from cbdesk.ui.views import VIEWS

PLANLESS_VIEWS = ("catalog", "settings")  # loaded even before there is a plan


class MainWindow(PlanPeriodChoice, QMainWindow):
    def __init__(self, db, actor: Actor | None = None, read_only: bool = False,
                 db_name: str = ""):
        """``db`` may be None for the first paint (``ui.startup``): the frame and
        the plan selector show while the database opens; :meth:`attach` gives
        it the database before :meth:`load`."""
        super().__init__()
        self.db = db
        self.db_name = db.display_name() if db is not None else db_name
        self.actor = actor or system_actor()
        self.read_only = read_only or getattr(db, "read_only", False)
        self.year: int | None = None
        self.period: Period | None = None
        self.views: dict[str, QWidget] = {}
        self._loading = False
        self.plans_loaded = False  # the plan selector holds the database's plans
        install_screen_habits(app_settings())
        self._build()
        self._restore_geometry()
        self._update_title()

    # -- layout -------------------------------------------------------------
    def _build(self) -> None:
        top = QWidget()
        bar = QHBoxLayout(top)
        bar.setContentsMargins(8, 6, 8, 6)
        self.plan_label = QLabel(tr("Plan:"))
        bar.addWidget(self.plan_label)
        self.plan_combo = QComboBox()
        self.plan_combo.setObjectName("planSelector")
        self.plan_combo.setMinimumWidth(90)
        bar.addWidget(self.plan_combo)
        bar.addSpacing(8)
        self.period_label = QLabel(tr("Period:"))
        bar.addWidget(self.period_label)
        self.period_combo = QComboBox()
        self.period_combo.setMinimumWidth(200)
        bar.addWidget(self.period_combo)
        bar.addSpacing(16)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(tr("Search…"))
        self.search_edit.setMinimumWidth(150)
        bar.addWidget(self.search_edit)
        bar.addStretch(1)
        self.save_button = QPushButton(tr("Save"))
        self.save_button.setToolTip(tr("Save the figures entered (Ctrl+S)"))
        bar.addWidget(self.save_button)

        self.nav = QListWidget()
        self.nav.setMinimumWidth(110)
        self.nav.setMaximumWidth(200)
        self.nav.setStyleSheet("QListWidget::item { padding: 7px 10px; }")
        self.stack = QStackedWidget()
        self.keys = list(VIEWS)
        for key in self.keys:
            self.nav.addItem(VIEWS[key][0]())
            self.stack.addWidget(QWidget())  # the view's scrolling page comes with the view
        split = QSplitter()
        split.addWidget(self.nav)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 1)
        split.setSizes([150, 1100])
        split.setChildrenCollapsible(False)

        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(top)
        lay.addWidget(split, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel(tr("Database:") + " " + self.db_name)
        self.save_label = QLabel(tr("Not saved in this session"))
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.save_label)
        build_menus(self)

        self.nav.currentRowChanged.connect(self._show_view)
        self.plan_combo.currentIndexChanged.connect(self._plan_changed)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        self.search_edit.textChanged.connect(self._search_changed)
        self.save_button.clicked.connect(self.save)

    def _search_changed(self, text: str) -> None:
        # The clear button (shown only while there is text) is turned on at the
        # first text: its icon comes from the icon theme, whose look-up under X
        # cost the first paint ~0,1 s.
        if text and not self.search_edit.isClearButtonEnabled():
            self.search_edit.setClearButtonEnabled(True)
        self.current_view().search(text)

    def _sync_undo(self) -> None:
        sync_undo_actions(self)

    # -- views --------------------------------------------------------------
    def view(self, key: str) -> QWidget:
        """The view of ``key``, created on first use."""
        if key not in self.views:
            widget = VIEWS[key][1](self)
            self.views[key] = widget
            stack = getattr(widget, "undo_stack", None)
            if stack is not None:
                stack.indexChanged.connect(lambda _i: self._sync_undo())
            self._page(key).widget().layout().addWidget(widget)
            if self.db is not None and (self.year is not None or key in PLANLESS_VIEWS):
                widget.reload()  # (no database yet: show_first_view fills it)
        return self.views[key]

    def _page(self, key: str):
        """The scrolling page (``ui.screen.view_holder``) of ``key``'s view,
        put in the stack in place of its empty placeholder the first time:
        ten scroll areas built at start-up cost the first paint ~10 ms."""
        index = self.keys.index(key)
        page = self.stack.widget(index)
        if isinstance(page, ViewHolder):
            return page
        holder = view_holder()
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, holder)
        self.stack.removeWidget(page)
        page.deleteLater()
        self.stack.setCurrentIndex(current)
        return holder

    def current_key(self) -> str:
        return self.keys[max(self.nav.currentRow(), 0)]

    def current_view(self):
        return self.view(self.current_key())

    def show_view(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self.keys.index(key))
        return self.view(key)

    def _show_view(self, row: int) -> None:
        if row < 0:
            return
        view = self.view(self.keys[row])
        self.stack.setCurrentIndex(row)
        self._sync_undo()
        if self.db is None:  # the first view before the open: load() adds the banners
            return
        from cbdesk.ui import empty_states

        empty_states.refresh(self)
        if self.search_edit.text():
            view.search(self.search_edit.text())

    # -- plan and period ----------------------------------------------------
    def attach(self, db) -> None:
        """The database opened after the first paint."""
        self.db = db
        self.db_name = db.display_name()
        self.read_only = self.read_only or getattr(db, "read_only", False)
        self.db_label.setText(tr("Database:") + " " + self.db_name)

    def show_first_view(self, key: str, rows) -> None:
        """Before the database has opened: show view ``key`` holding ``rows``
        (``services.first_view``); :meth:`load` reads it again once open."""
        self.nav.setCurrentRow(self.keys.index(key))
        self.view(key).show_rows(rows)

    def load(self) -> None:
        """Fill the plan list and show the remembered plan, period and view."""
        from cbdesk.services import plans as plan_service

        st = app_settings()
        self.show_plans([i.year for i in plan_service.list_plans(self.db)])
        key = st.value("view", "targets")
        existing = set(self.views)
        row = self.keys.index(key) if key in self.keys else 1
        shown = row != self.nav.currentRow()  # _show_view runs and refreshes the banners
        self.nav.setCurrentRow(row)
        # A view created just now has loaded itself; reload only the others.
        self.reload_all(only=existing, banners=not shown)  # empty views say what to do next
        from cbdesk.ui.views.calendar_reminder import remind

        remind(self)  # a report due or overdue: a note in the status bar

    def reload_all(self, only: set[str] | None = None, banners: bool = True) -> None:
        from cbdesk.ui import empty_states

        if banners:  # False when the banners were refreshed just now
            empty_states.refresh(self)
        if self.year is None:  # catalogs and settings have something to show already
            return empty_states.reload_planless(self, PLANLESS_VIEWS, only)
        for v in [v for key, v in self.views.items() if only is None or key in only]:
            try:
                v.reload()
            except Exception as e:  # a service error in one view must not stop the rest
                if hasattr(e, "message_vi"):
                    from cbdesk.ui.dialogs import show_error

                    show_error(self, e)
                else:
                    raise

    def _update_title(self) -> None:
        if self.year is None or self.period is None:
            self.setWindowTitle("cbdesk")
            return
        self.setWindowTitle(f"cbdesk — {tr('Plan')} {self.year} · {self.period.label(lang())}")

    # -- actions ------------------------------------------------------------
    def save(self) -> None:
        view = self.current_view()
        if view.has_unsaved() and view.save():
            self._saved()

    def _saved(self) -> None:
        self.save_label.setText(tr("Saved at") + " " + datetime.now().strftime("%H:%M:%S"))

    def print_report(self) -> None:
        """Ctrl+P: the report chosen in the Reports screen, through the print dialog."""
        self.show_view("reports").print_report()

    def open_data_folder(self) -> None:
        """Help → Open data folder: the database, backups and logs, in the file manager."""
        from cbdesk.ui import menu_extras

        menu_extras.open_folder(data_dir())

    def set_language(self, language: str) -> bool:
        """Switch the interface language now: menus, navigation, the top bar
        and every view are rebuilt in it. False when the user kept unsaved edits."""
        if not self._confirm_leave():
            return False
        from cbdesk.ui.language_switch import switch_language

        switch_language(self, language)
        return True

    def about(self) -> None:
        from cbdesk.ui import menu_extras

        menu_extras.about(self, VERSION)

    # -- geometry and closing -----------------------------------------------
    def _restore_geometry(self) -> None:
        geo = app_settings().value("geometry")
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            self.restoreGeometry(geo)
        else:
            self.resize(1280, 720)
        fit_to_screen(self)

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._confirm_leave():
            event.ignore()
            return
        st = app_settings()
        st.setValue("geometry", self.saveGeometry())
        st.setValue("view", self.current_key())
        st.sync()
        event.accept()
