"""Evidence in the window (issue 23): a document with a Vietnamese name is
attached to a task (tasks view) and to a figure's cell (entry grid), shows a
paperclip, survives backup → restore into another folder, and comes back byte
for byte through Save a copy and Open (a temporary copy for the system viewer)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt

from cbdesk.ui.views.attachments_dialog import AttachmentsDialog

NAME = "Biên bản bàn giao.pdf"


def _drive(monkeypatch, action):
    """Open the dialog without a modal loop and let ``action`` press its buttons."""
    seen = []

    def open_for(cls, parent, db, actor, year, owner, title):
        dlg = cls(parent, db, actor, year, owner, title)
        seen.append(dlg)
        action(dlg)
        dlg.close()
        return dlg.changed

    monkeypatch.setattr(AttachmentsDialog, "open_for", classmethod(open_for))
    return seen


def test_attach_in_the_window_backup_restore_and_fetch_the_same_bytes(
        make_window, demo_sqlite, tmp_path, monkeypatch, errors):
    from cbdesk.services.backup import make_backup
    from cbdesk.services.restore import restore_backup
    from cbdesk.ui.views.entry_model import FIXED
    from cbdesk.ui.views.tasks import TITLE

    src = tmp_path / "in" / NAME
    src.parent.mkdir()
    src.write_bytes(b"%PDF-1.4\n" + hashlib.sha512(b"bien ban").digest() * 4000)
    want = hashlib.sha256(src.read_bytes()).hexdigest()
    monkeypatch.setattr(AttachmentsDialog, "pick_files", classmethod(lambda cls, p: [str(src)]))

    win = make_window(demo_sqlite, "2021-Q1")
    tasks = win.show_view("tasks")
    tasks.select("II.3")
    _drive(monkeypatch, lambda dlg: dlg.add_btn.click())
    tasks.files_btn.click()
    tasks.select("II.3")
    idx = tasks.tree.currentIndex().siblingAtColumn(TITLE)
    assert idx.data(Qt.ItemDataRole.DecorationRole) is not None  # the paperclip
    assert "Tài liệu kèm theo: 1" in idx.data(Qt.ItemDataRole.ToolTipRole)

    entry = win.show_view("entry")
    m = entry.model
    row = next(i for i, r in enumerate(m.grid.rows) if r.code == "1")
    col = FIXED + m.columns.index(("value", "040"))
    entry.table.setCurrentIndex(m.index(row, col))
    dialogs = _drive(monkeypatch, lambda dlg: dlg.add_btn.click())
    entry.files_btn.click()
    assert [a.file_name for a in dialogs[0].rows] == [NAME]
    assert dialogs[0].table.item(0, 0).text() == NAME
    assert m.index(row, col).data(Qt.ItemDataRole.DecorationRole) is not None
    entry.grab().save(str(tmp_path / "entry.png"))
    win.show_view("tasks").grab().save(str(tmp_path / "tasks.png"))
    assert errors == []

    backup = make_backup(win.db, tmp_path / "usb" / "sao-luu.sqlite").path
    elsewhere = tmp_path / "máy khác" / "cbdesk.sqlite"
    restore_backup(str(elsewhere), backup)

    other = make_window(elsewhere, "2021-Q1")
    saved, opened = tmp_path / "ra" / "ban-sao.pdf", []
    saved.parent.mkdir()
    monkeypatch.setattr(AttachmentsDialog, "pick_save", classmethod(lambda c, p, n: str(saved)))
    monkeypatch.setattr(AttachmentsDialog, "open_url",
                        classmethod(lambda c, url: opened.append(Path(url.toLocalFile()))))
    tasks = other.show_view("tasks")
    tasks.select("II.3")
    _drive(monkeypatch, lambda dlg: (dlg.save_btn.click(), dlg.open_btn.click()))
    tasks.files_btn.click()
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == want
    assert opened and opened[0].name == NAME and opened[0].read_bytes() == src.read_bytes()

    entry = other.show_view("entry")
    entry.table.setCurrentIndex(entry.model.index(row, col))
    dialogs = _drive(monkeypatch, lambda dlg: dlg.save_btn.click())
    saved.unlink()
    entry.files_btn.click()
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == want
    dialogs[0].grab().save(str(tmp_path / "dialog.png"))
    assert errors == []


def _drop(view, index, files) -> bool:
    """Drag files from the file manager and drop them on ``index`` of ``view``."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    pos = view.visualRect(index).center()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), enter)
    drop = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), drop)
    return enter.isAccepted() and drop.isAccepted()


def test_files_dropped_on_a_task_or_a_grid_cell_are_attached(window, tmp_path, errors):
    from cbdesk.services.attachments import Owner, list_attachments
    from cbdesk.ui.views.entry_model import FIXED

    doc = tmp_path / "Quyết định thành lập.docx"
    doc.write_bytes(b"PK\x03\x04 quyet dinh")
    tasks = window.show_view("tasks")
    tasks.select("II.3")
    assert _drop(tasks.tree, tasks.tree.currentIndex(), [doc])
    assert [a.file_name for a in list_attachments(window.db, 2021, Owner.of_task("II.3"))] == [
        doc.name]

    window.set_plan_period(2021, "2021-Q1")
    entry = window.show_view("entry")
    m = entry.model
    row = next(i for i, r in enumerate(m.grid.rows) if r.code == "1")
    col = FIXED + m.columns.index(("value", None))
    assert _drop(entry.table, m.index(row, col), [doc])
    assert [a.file_name for a in list_attachments(
        window.db, 2021, Owner.of_result("1", "2021-Q1"))] == [doc.name]
    assert m.index(row, col).data(Qt.ItemDataRole.DecorationRole) is not None
    assert not _drop(entry.table, m.index(row, 1), [doc])  # a target's name: not a figure
    assert errors == []


def test_a_file_that_runs_is_never_opened_only_saved(window, tmp_path, monkeypatch, errors):
    from cbdesk.services.attachments import Owner, add_bytes

    add_bytes(window.db, window.actor, 2021, Owner.of_task("II.3"),
              [("cai-dat.exe", b"MZ\x90\x00")])
    opened = []
    monkeypatch.setattr(AttachmentsDialog, "open_url",
                        classmethod(lambda c, url: opened.append(url)))
    dlg = AttachmentsDialog(window, window.db, window.actor, 2021, Owner.of_task("II.3"), "II.3")
    dlg.open_btn.click()
    assert opened == [] and "tệp chạy được" in errors[-1]
    dlg.close()
