"""Cài đặt: this PC's choices (language, database location — kept in the
window's QSettings) and the settings shared by everyone using the database
(report font, status tolerances, cut-off day, backups — services.settings)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cbdesk.services import calendar as calendar_service
from cbdesk.services import settings as settings_service
from cbdesk.services.permissions import can
from cbdesk.ui.common import View
from cbdesk.ui.dialogs import show_error
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.screen import FONT_SCALES, apply_font_scale, font_scale, scrolled
from cbdesk.ui.workers import BusyBar, run_in_background


def local_settings():
    """This PC's QSettings: the main window's file when it exists."""
    try:
        from cbdesk.ui.ui_settings import app_settings
    except ImportError:  # the window is built separately; fall back to Qt's default
        from PySide6.QtCore import QSettings

        return QSettings()
    return app_settings()


def check_connection(target: str) -> str:
    """Open the database named by ``target`` (no creation, no upgrade) and
    say what it is; raises the service's error when it cannot."""
    from cbdesk.services.database import open_database

    db = open_database(target, create=False, upgrade=False)
    try:
        return db.display_name()
    finally:
        db.dispose()


class SettingsView(View):
    saved = Signal()
    checked = Signal(bool, str)

    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self._dirty = False
        content = QWidget()
        lay = QVBoxLayout(content)

        here = QGroupBox(tr("This computer"))
        f1 = QFormLayout(here)
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        f1.addRow(tr("Language:"), self.language)
        self.scale_combo = QComboBox()
        for pct_ in FONT_SCALES:
            self.scale_combo.addItem(f"{pct_} %", pct_)
        self.scale_combo.setToolTip(tr("Makes the text of the whole window larger"))
        f1.addRow(tr("Interface size:"), self.scale_combo)
        db_row = QWidget()
        dl = QHBoxLayout(db_row)
        dl.setContentsMargins(0, 0, 0, 0)
        self.db_edit = QLineEdit()
        self.db_edit.setPlaceholderText(tr("A SQLite file, or postgresql+psycopg://user@server/db"))
        self.db_browse = QPushButton(tr("Choose file…"))
        self.check_button = QPushButton(tr("Check connection"))
        dl.addWidget(self.db_edit, 1)
        dl.addWidget(self.db_browse)
        dl.addWidget(self.check_button)
        f1.addRow(tr("Database (after restart):"), db_row)
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        f1.addRow("", self.check_label)
        lay.addWidget(here)

        shared = QGroupBox(tr("Shared by everyone using this database"))
        f2 = QFormLayout(shared)
        self.font_combo = QComboBox()
        self.font_combo.addItem(tr("Automatic (Times New Roman when installed)"), "auto")
        self.font_combo.addItem(tr("Bundled font (Liberation Serif)"), "bundled")
        self.font_combo.addItem(tr("Times New Roman"), "times")
        f2.addRow(tr("Report font:"), self.font_combo)
        self.behind_spin = QDoubleSpinBox()
        self.behind_spin.setRange(1, 100)
        self.behind_spin.setDecimals(0)
        self.behind_spin.setSuffix(" %")
        self.ahead_spin = QDoubleSpinBox()
        self.ahead_spin.setRange(100, 300)
        self.ahead_spin.setDecimals(0)
        self.ahead_spin.setSuffix(" %")
        f2.addRow(tr("Behind schedule when the pace is under:"), self.behind_spin)
        f2.addRow(tr("Ahead of schedule when the pace is over:"), self.ahead_spin)
        self.cutoff_spin = QSpinBox()
        self.cutoff_spin.setRange(1, 28)  # every month has the day (the calendar clamps to 28)
        f2.addRow(tr("Figures run to this day of the period's last month:"), self.cutoff_spin)
        folder_row = QWidget()
        fl = QHBoxLayout(folder_row)
        fl.setContentsMargins(0, 0, 0, 0)
        self.backup_edit = QLineEdit()
        self.backup_edit.setPlaceholderText(tr("Blank: the data folder"))
        self.backup_browse = QPushButton(tr("Choose folder…"))
        fl.addWidget(self.backup_edit, 1)
        fl.addWidget(self.backup_browse)
        f2.addRow(tr("Backup folder:"), folder_row)
        self.keep_spin = QSpinBox()
        self.keep_spin.setRange(1, 365)
        f2.addRow(tr("Backups to keep:"), self.keep_spin)
        self.attach_spin = QSpinBox()  # issue 23: the size limit of one attachment
        self.attach_spin.setRange(1, 1000)
        self.attach_spin.setSuffix(" MB")
        self.evidence_box = QCheckBox(tr("list them in the progress report"))
        attach_row = QWidget()  # one row: the settings fit a small screen unscrolled
        al = QHBoxLayout(attach_row)
        al.setContentsMargins(0, 0, 0, 0)
        al.addWidget(self.attach_spin)
        al.addWidget(self.evidence_box, 1)
        f2.addRow(tr("Attached documents: up to"), attach_row)
        from cbdesk.ui.views.calendar_settings import CalendarSettingsBox

        lay.addWidget(shared)
        self.calendar_box = CalendarSettingsBox()
        self.calendar_box.edited.connect(self._edited)
        lay.addWidget(self.calendar_box)
        lay.addStretch(1)

        # The groups scroll; the Save button stays in sight on a small screen.
        outer = QVBoxLayout(self)
        outer.addWidget(scrolled(content), 1)
        row = QHBoxLayout()
        self.save_button = QPushButton(tr("Save settings"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        outer.addLayout(row)
        self.busy = BusyBar(outer, self)

        self.save_button.clicked.connect(self.save)
        self.check_button.clicked.connect(self.check)
        self.db_browse.clicked.connect(self._browse_db)
        self.backup_browse.clicked.connect(self._browse_backup)
        for w in (self.font_combo, self.language, self.scale_combo):
            w.currentIndexChanged.connect(self._edited)
        for w in (self.behind_spin, self.ahead_spin, self.cutoff_spin, self.keep_spin):
            w.valueChanged.connect(self._edited)
        for w in (self.db_edit, self.backup_edit):
            w.textEdited.connect(self._edited)
        self.attach_spin.valueChanged.connect(self._edited)
        self.evidence_box.toggled.connect(self._edited)
        self._loading = False

    # -- patchable dialogs ---------------------------------------------------
    @classmethod
    def ask_folder(cls, parent, start: str) -> str | None:
        return QFileDialog.getExistingDirectory(parent, tr("Backup folder"), start) or None

    @classmethod
    def ask_db_file(cls, parent, start: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, tr("Database"), start,
                                              tr("SQLite databases (*.sqlite *.db);;"
                                                 "All files (*)"))
        return path or None

    # -- values --------------------------------------------------------------
    def _edited(self, *_args) -> None:
        if not self._loading:
            self._dirty = True
            self.message.setText("")

    def reload(self) -> None:
        self._loading = True
        try:
            st = local_settings()
            language = str(st.value("lang", lang()) or "vi")
            self.language.setCurrentIndex(0 if language == "vi" else 1)
            self.scale_combo.setCurrentIndex(max(self.scale_combo.findData(
                font_scale(st)), 0))
            self.db_edit.setText(str(st.value("database", "") or "") or self.db.display_name())
            values = settings_service.read_all(self.db)
            self.font_combo.setCurrentIndex(max(self.font_combo.findData(
                values.get("report.font", "auto")), 0))
            self.behind_spin.setValue(float(values["tolerance.behind_below"]) * 100)
            self.ahead_spin.setValue(float(values["tolerance.ahead_above"]) * 100)
            self.cutoff_spin.setValue(int(values["cutoff_day"]))
            self.keep_spin.setValue(int(values["backup.keep"]))
            self.backup_edit.setText(values.get("backup.folder", ""))
            try:
                self.attach_spin.setValue(round(float(values["attachments.max_mb"])))
            except ValueError:
                self.attach_spin.setValue(50)
            self.evidence_box.setChecked(values.get("report.list_attachments") == "1")
            self.calendar_box.load(calendar_service.read_settings(self.db))
        finally:
            self._loading = False
        self._dirty = False
        allowed = can(self.actor, "settings.write") \
            and not getattr(self.window_, "read_only", False)
        for w in (self.font_combo, self.behind_spin, self.ahead_spin, self.cutoff_spin,
                  self.keep_spin, self.backup_edit, self.backup_browse, self.calendar_box,
                  self.attach_spin, self.evidence_box):
            w.setEnabled(allowed)

    def shared_values(self) -> dict[str, str]:
        return {
            "report.font": self.font_combo.currentData(),
            "tolerance.behind_below": f"{self.behind_spin.value() / 100:g}",
            "tolerance.ahead_above": f"{self.ahead_spin.value() / 100:g}",
            "cutoff_day": str(self.cutoff_spin.value()),
            "backup.keep": str(self.keep_spin.value()),
            "backup.folder": self.backup_edit.text().strip(),
            "attachments.max_mb": str(self.attach_spin.value()),
            "report.list_attachments": "1" if self.evidence_box.isChecked() else "0",
        }

    def has_unsaved(self) -> bool:
        return self._dirty

    def discard(self) -> None:
        self.reload()

    def save(self) -> bool:
        if self.behind_spin.value() >= self.ahead_spin.value():
            show_error(self, ValueError(tr("The 'behind' bound must be under the 'ahead' bound.")))
            return False
        st = local_settings()
        new_language = self.language.currentData()
        st.setValue("lang", new_language)
        st.setValue("font_scale", self.scale_combo.currentData())
        apply_font_scale(self.scale_combo.currentData())
        target = self.db_edit.text().strip()
        if target and target != self.db.display_name():
            st.setValue("database", target)
        st.sync()
        if self.font_combo.isEnabled():
            try:
                calendar_service.save_settings(self.db, self.window_.actor,
                                               self.calendar_box.values())
                settings_service.write(self.db, self.shared_values(), self.window_.actor)
            except Exception as exc:  # noqa: BLE001
                show_error(self, exc)
                return False
        self._dirty = False
        self.message.setText(tr("Settings saved."))
        self.saved.emit()
        if new_language != lang():
            # Last: the window rebuilds every view, this one included.
            self.window_.set_language(new_language)
        return True

    # -- database location ---------------------------------------------------
    def check(self) -> None:
        target = self.db_edit.text().strip()
        if not target:
            return
        self.check_button.setEnabled(False)
        self.check_label.setText("")
        self.busy.start(tr("Connecting…"))
        run_in_background(lambda: check_connection(target), self._checked_ok, self._checked_bad)

    def _checked_ok(self, name: str) -> None:
        self.busy.stop()
        self.check_button.setEnabled(True)
        text = tr("Connected: {name}").format(name=name)
        self.check_label.setText(text)
        self.checked.emit(True, text)

    def _checked_bad(self, exc) -> None:
        from cbdesk.services.errors import message_of

        self.busy.stop()
        self.check_button.setEnabled(True)
        text = tr("Cannot connect:") + " " + message_of(exc, lang())
        self.check_label.setText(text)
        self.checked.emit(False, text)

    def _browse_db(self) -> None:
        path = self.ask_db_file(self, self.db_edit.text())
        if path:
            self.db_edit.setText(path)
            self._edited()

    def _browse_backup(self) -> None:
        path = self.ask_folder(self, self.backup_edit.text())
        if path:
            self.backup_edit.setText(path)
            self._edited()
