"""Backups in the window (issue 18): Tools → Back up now, Restore… (the
verified backups with date, size, kind and what each holds; a restore that
says first what will change). Uses ``services.backup`` / ``services.restore``
as the command line does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from cbdesk.core.enums import Role
from cbdesk.core.vnformat import format_number
from cbdesk.services import backup, backup_contents
from cbdesk.services.errors import ServiceError, message_of
from cbdesk.ui import workers
from cbdesk.ui.dialogs import ConfirmDialog, Notice, buttons, show_error
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.screen import FitsScreen


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return format_number(size / 1024 / 1024, 1) + " MB"
    return format_number(max(1, round(size / 1024))) + " KB"


def kind_text(kind: str) -> str:
    return tr("SQLite copy") if kind == "sqlite" else tr("Portable dump (.json.gz)")


def reason_text(reason: str) -> str:
    return {"daily": tr("daily"), "exit": tr("on closing"), "manual": tr("by hand"),
            "before-import": tr("before an import"), "before-restore": tr("before a restore"),
            "before-delete": tr("before deleting a plan"),
            "by-hand": tr("chosen file")}.get(reason, reason)


def back_up_now(window, on_done=None) -> None:
    """Tools → Back up now: a verified backup in the backup folder, off the UI thread."""
    db = window.db

    def done(info) -> None:
        Notice.info(window, tr("Back up now"),
                    tr("Backup made and verified:") + f"\n{info.path}\n({size_text(info.size)})")
        label = getattr(window, "backup_label", None)
        if label is not None:
            from cbdesk.ui.session import last_backup_text

            label.setText(last_backup_text(db))
        if on_done:
            on_done(info)

    def failed(exc) -> None:
        show_error(window, exc, tr("Back up now"))

    window.statusBar().showMessage(tr("Making a backup…"))
    workers.run_in_background(lambda: backup.make_backup(db, reason="manual"), done, failed)


class RestoreDialog(FitsScreen, QDialog):
    """The backups of this database, newest first, each verified."""

    COLUMNS = 5

    def __init__(self, parent, entries: list[backup_contents.BackupEntry], folder: Path):
        super().__init__(parent)
        self.setWindowTitle(tr("Restore from a backup"))
        self.entries = list(entries)
        self.chosen: backup_contents.BackupEntry | None = None
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(tr("Backup folder:") + f" {folder}"))
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([tr("Made on"), tr("Size"), tr("Kind"),
                                              tr("Checked"), tr("What it holds")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self._fill()
        lay.addWidget(self.table, 1)
        if not self.entries:
            lay.addWidget(QLabel(tr("No backup of this database yet. Use Tools → Back up now.")))
        row = QHBoxLayout()
        self.other = QPushButton(tr("Another file…"))
        self.other.clicked.connect(self._other_file)
        row.addWidget(self.other)
        row.addStretch(1)
        lay.addLayout(row)
        box = buttons(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = box.addButton(tr("Restore…"),
                                            QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.clicked.connect(self._accept_selected)
        lay.addWidget(box)
        if self.entries:
            self.table.selectRow(0)
        self.resize(900, 420)

    def _fill(self) -> None:
        self.table.setRowCount(len(self.entries))
        for i, e in enumerate(self.entries):
            reason = reason_text(e.info.reason)
            cells = [e.info.created.strftime("%d/%m/%Y %H:%M") + (f" ({reason})" if reason else ""),
                     size_text(e.info.size), kind_text(e.info.kind),
                     tr("good") if e.good else tr("damaged"),
                     e.contents.summary(lang()) if e.contents else "; ".join(e.problems)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(e.info.path) if c == 0 else text)
                self.table.setItem(i, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)

    def select_path(self, path: Path) -> None:
        for i, e in enumerate(self.entries):
            if e.info.path == Path(path):
                self.table.selectRow(i)

    def _other_file(self) -> None:
        from cbdesk.ui.file_actions import FileDialogs

        chosen = FileDialogs.open_files(self, tr("Restore from a backup"),
                                        tr("Backups (*.sqlite *.json.gz)"), many=False)
        if chosen:
            self.entries.insert(0, backup_contents.entry_of_file(Path(chosen[0]), lang()))
            self._fill()
            self.table.selectRow(0)

    def _accept_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.entries[rows[0].row()]
        if not entry.good:
            Notice.error(self, tr("Restore from a backup"),
                         tr("This backup failed its check and cannot be restored:") + "\n"
                         + "\n".join(entry.problems))
            return
        self.chosen = entry
        self.accept()

    @classmethod
    def ask(cls, parent, entries, folder) -> backup_contents.BackupEntry | None:
        dialog = cls(parent, entries, folder)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None


def restore_in_window(window, path: Path) -> None:
    """Replace the open database with the backup ``path`` (the current one is
    backed up first by the service), then show the restored data."""
    from cbdesk.services import restore
    from cbdesk.services.database import open_database

    session = getattr(window, "session", None)
    lock = getattr(session, "lock", None)
    target = window.db.url
    window.db.dispose()
    if lock is not None:
        lock.release()
    try:
        restore.restore_backup(target, Path(path))
    finally:
        if lock is not None:
            lock.acquire()
        window.db = open_database(target)
        if session is not None:
            session.db = window.db
        window.load()


def restore_from_backup(window) -> None:
    """Tools → Restore…: choose a verified backup, see what will change, restore."""
    if window.read_only:
        return
    try:
        window.actor.require(Role.ADMIN, "khôi phục dữ liệu", "restore the data")
        entries = backup_contents.backup_entries(window.db, lang())
        folder = backup.backup_folder(window.db)
    except ServiceError as e:
        show_error(window, e, tr("Restore from a backup"))
        return
    entry = RestoreDialog.ask(window, entries, folder)
    if entry is None:
        return
    now = backup_contents.current_contents(window.db)
    what = "\n".join("• " + line for line in backup_contents.changes(now, entry.contents, lang()))
    if not ConfirmDialog.ask(
            window, tr("Restore from a backup"),
            tr("Restore the backup of {0}? This will change:").format(
                entry.info.created.strftime("%d/%m/%Y %H:%M")) + "\n\n" + what + "\n\n"
            + tr("The data as it is now is backed up first, so this can be undone.")):
        return
    if not window._confirm_leave():  # noqa: SLF001 (unsaved edits: save or drop first)
        return
    try:
        restore_in_window(window, entry.info.path)
    except ServiceError as e:
        show_error(window, e, tr("Restore from a backup"))
        return
    except Exception as e:  # an unexpected failure: said in one line, logged
        from cbdesk.logging_setup import log_exception

        log_exception(e)
        Notice.error(window, tr("Restore from a backup"), message_of(e, lang()))
        return
    Notice.info(window, tr("Restore from a backup"),
                tr("Restored. The data now is as it was on {0}.").format(
                    entry.info.created.strftime("%d/%m/%Y %H:%M")))
