"""The documents kept with a task or a result (issue 23): a list with Add…,
Open (a temporary copy in the system's viewer), Save a copy… and Remove.

File names are shown as typed; a copy on the disk gets a cleaned name in a
folder of its own, and nothing is ever executed by cbdesk itself."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from cbdesk.core.vnformat import format_number
from cbdesk.services import permissions
from cbdesk.services.attachments import add_files, fetch, list_attachments, remove
from cbdesk.services.files import write_atomically
from cbdesk.ui.dialogs import ConfirmDialog, buttons, show_error
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.screen import FitsScreen

PAPERCLIP = "\U0001F4CE"


def paperclip(n: int) -> str:
    """The mark shown where something has attachments ("" when none)."""
    return f"{PAPERCLIP} {n}" if n else ""


_ICONS: dict[int, QIcon] = {}


def paperclip_icon(n: int) -> QIcon | None:
    """A small paperclip with the count beside it (None when nothing is attached);
    drawn, so that it shows without an emoji font."""
    if n <= 0:
        return None
    if n not in _ICONS:
        pix = QPixmap(16, 16)  # the views' icon size: never scaled down
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor("#1f4e99"), 1.4))
        p.drawRoundedRect(QRectF(0.8, 0.8, 5.4, 14.4), 2.7, 2.7)
        p.drawRoundedRect(QRectF(2.4, 3.5, 2.2, 8.5), 1.1, 1.1)
        font = QFont()
        font.setPixelSize(10 if n < 10 else 8)
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(6.5, 0, 9.5, 16), Qt.AlignmentFlag.AlignCenter,
                   str(n) if n < 100 else "99")
        p.end()
        _ICONS[n] = QIcon(pix)
    return _ICONS[n]


# Never handed to the system to "open": on Windows that would run them.
RUNNABLE = {".exe", ".com", ".bat", ".cmd", ".msi", ".msp", ".scr", ".pif", ".lnk", ".ps1",
            ".vbs", ".vbe", ".js", ".jse", ".wsf", ".wsh", ".hta", ".cpl", ".jar", ".reg",
            ".sh", ".desktop", ".appimage", ".py", ".pyw"}


def runnable(name: str) -> bool:
    return Path(name).suffix.lower() in RUNNABLE


def safe_file_name(name: str) -> str:
    """A name fit for a temporary copy on any system (the stored name stays as typed)."""
    cleaned = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", name).strip(" .")
    return cleaned[:150] or "tai-lieu"


class AttachmentsDialog(FitsScreen, QDialog):
    """The attachments of one owner; ``changed`` is True once something was
    added or removed (the caller refreshes its paperclips)."""

    def __init__(self, parent, db, actor, year: int, owner, title: str):
        super().__init__(parent)
        self.db, self.actor, self.year, self.owner = db, actor, year, owner
        self.changed = False
        self.rows = []
        self.setWindowTitle(tr("Attached documents"))
        self.heading = QLabel(title)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [tr("File name"), tr("Size"), tr("Added by"), tr("Added on")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.add_btn = QPushButton(tr("Add…"))
        self.open_btn = QPushButton(tr("Open"))
        self.save_btn = QPushButton(tr("Save a copy…"))
        self.remove_btn = QPushButton(tr("Remove"))
        row = QHBoxLayout()
        for b in (self.add_btn, self.open_btn, self.save_btn, self.remove_btn):
            row.addWidget(b)
        row.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        lay.addWidget(buttons(QDialogButtonBox.StandardButton.Close, self))
        self.add_btn.clicked.connect(self.add)
        self.open_btn.clicked.connect(self.open_current)
        self.save_btn.clicked.connect(self.save_current)
        self.remove_btn.clicked.connect(self.remove_current)
        self.table.doubleClicked.connect(lambda _i: self.open_current())
        self.table.itemSelectionChanged.connect(self._enable)
        self.resize(640, 320)
        self.reload()

    # -- patchable (tests)
    @classmethod
    def pick_files(cls, parent) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(parent, tr("Attach documents"))
        return files

    @classmethod
    def pick_save(cls, parent, name: str) -> str:
        path, _ = QFileDialog.getSaveFileName(parent, tr("Save a copy"), name)
        return path

    @classmethod
    def open_url(cls, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)

    @classmethod
    def open_for(cls, parent, db, actor, year: int, owner, title: str) -> bool:
        """Show the dialog; True when attachments were added or removed."""
        dlg = cls(parent, db, actor, year, owner, title)
        dlg.exec()
        return dlg.changed

    # -- the list
    def reload(self) -> None:
        self.rows = list_attachments(self.db, self.year, self.owner)
        self.table.setRowCount(len(self.rows))
        for i, a in enumerate(self.rows):
            when = a.added_at.strftime("%d/%m/%Y %H:%M") if a.added_at else ""
            size = (format_number(a.size) if lang() == "vi" else f"{a.size:,}") + " B"
            for c, text in enumerate((a.file_name, size, a.added_by, when)):
                item = QTableWidgetItem(text)
                if c == 0 and a.note:
                    item.setToolTip(a.note)
                if c == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if self.rows:
            self.table.selectRow(0)
        self._enable()

    def current(self):
        i = self.table.currentRow()
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def _enable(self) -> None:
        has = self.current() is not None
        self.add_btn.setEnabled(permissions.can(self.actor, "attachments.add"))
        self.open_btn.setEnabled(has)
        self.save_btn.setEnabled(has)
        self.remove_btn.setEnabled(has and permissions.can(self.actor, "attachments.remove"))

    # -- actions
    def add(self) -> None:
        files = self.pick_files(self)
        if files:
            self.add_paths(files)

    def add_paths(self, files) -> bool:
        try:
            add_files(self.db, self.actor, self.year, self.owner, files)
        except Exception as e:  # noqa: BLE001 - shown in words, nothing saved
            show_error(self, e, tr("Could not attach"))
            return False
        self.changed = True
        self.reload()
        self.table.selectRow(len(self.rows) - 1)
        return True

    def _bytes(self):
        a = self.current()
        if a is None:
            return None, None
        try:
            return fetch(self.db, a.id)
        except Exception as e:  # noqa: BLE001 - a damaged attachment, said in words
            show_error(self, e)
            return None, None

    def open_current(self) -> Path | None:
        a = self.current()
        if a is not None and runnable(a.file_name):
            from cbdesk.services.errors import ServiceError

            show_error(self, ServiceError(
                f"Không mở '{a.file_name}' vì đó là tệp chạy được (chương trình, lệnh); hãy "
                "dùng Lưu một bản… nếu cần.",
                f"'{a.file_name}' is not opened: it is a file that runs (a program, a "
                "script). Use Save a copy… if you need it."))
            return None
        info, data = self._bytes()
        if info is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="cbdesk-tai-lieu-"))
        path = write_atomically(folder / safe_file_name(info.file_name), data)
        self.open_url(QUrl.fromLocalFile(str(path)))
        return path

    def save_current(self) -> Path | None:
        info, data = self._bytes()
        if info is None:
            return None
        target = self.pick_save(self, info.file_name)
        if not target:
            return None
        try:
            return write_atomically(target, data)
        except Exception as e:  # noqa: BLE001
            show_error(self, e)
            return None

    def remove_current(self) -> None:
        a = self.current()
        if a is None or not ConfirmDialog.ask(
                self, tr("Remove attachment"),
                tr("Remove “{0}”? The removal is kept in the audit trail.").format(a.file_name)):
            return
        try:
            remove(self.db, self.actor, a.id)
        except Exception as e:  # noqa: BLE001
            show_error(self, e)
            return
        self.changed = True
        self.reload()
