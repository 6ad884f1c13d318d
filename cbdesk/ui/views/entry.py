"""Data entry: the grid of one period with Excel habits (arrows and Enter
move, typing replaces, F2 edits, Delete clears, Ctrl+C/Ctrl+V blocks as TSV,
Ctrl+Z/Ctrl+Y), a banner on closed periods, save in one transaction."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from cbdesk.core.pasted_numbers import as_vietnamese, convention
from cbdesk.services import results as result_service
from cbdesk.services.errors import ServiceError
from cbdesk.ui.common import View
from cbdesk.ui.context_menus import install_menu
from cbdesk.ui.dialogs import ConfirmDialog, show_error
from cbdesk.ui.flow import FlowLayout
from cbdesk.ui.i18n import lang, tr
from cbdesk.ui.views.entry_model import FIXED, EditCommand, EntryModel
from cbdesk.ui.views.entry_paint import CellPainter


class _Delegate(CellPainter):
    def __init__(self, grid):
        super().__init__(grid)
        self.grid = grid

    def setModelData(self, editor, model, index):  # noqa: N802
        self.grid.edit_cells({(index.row(), index.column()): editor.text()}, tr("Edit"))


class GridView(QTableView):
    """A QTableView that behaves like a spreadsheet."""

    def __init__(self, model: EntryModel, undo: QUndoStack, parent=None):
        super().__init__(parent)
        self.entry = model
        self.undo = undo
        self.setModel(model)
        self.setItemDelegate(_Delegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        edit = QAbstractItemView.EditTrigger
        self.setEditTriggers(edit.DoubleClicked | edit.EditKeyPressed | edit.AnyKeyPressed)
        self.setAlternatingRowColors(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter
                                                    | Qt.AlignmentFlag.AlignVCenter)
        self.setWordWrap(False)

    def changeEvent(self, event):  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.itemDelegate().forget()  # texts laid out and colours looked up again
        super().changeEvent(event)

    # -- edits through the undo stack ----------------------------------------
    def edit_cells(self, texts: dict[tuple[int, int], str], label: str) -> int:
        """Apply typed texts to (row, col) cells that accept input; one undo step."""
        edits = {}
        for (row, col), text in texts.items():
            if self.entry.is_editable(row, col):
                edits[self.entry.key(row, col)] = EntryModel.parse(text)
        if edits:
            self.undo.push(EditCommand(self.entry, edits, label))
        return len(edits)

    def clear_selection_cells(self) -> None:
        self.edit_cells({(i.row(), i.column()): "" for i in self.selectedIndexes()},
                        tr("Clear"))

    def copy_block(self) -> str:
        idxs = self.selectedIndexes() or ([self.currentIndex()] if self.currentIndex().isValid()
                                          else [])
        if not idxs:
            return ""
        rows = sorted({i.row() for i in idxs})
        cols = sorted({i.column() for i in idxs})
        lines = []
        for r in range(rows[0], rows[-1] + 1):
            lines.append("\t".join(str(self.entry.index(r, c).data() or "")
                                   for c in range(cols[0], cols[-1] + 1)))
        text = "\n".join(lines)
        QApplication.clipboard().setText(text)
        return text

    def paste_block(self, text: str | None = None) -> int:
        """Paste a rectangular TSV block at the current cell; returns cells filled."""
        text = QApplication.clipboard().text() if text is None else text
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if not lines:
            return 0
        cur = self.currentIndex()
        row0 = max(cur.row(), 0)
        value_cols = self.entry.editable_columns()
        start = next((i for i, c in enumerate(value_cols) if c >= max(cur.column(), FIXED)), 0)
        texts = {}
        for dr, line in enumerate(lines):
            row = row0 + dr
            if row >= self.entry.rowCount():
                break
            for dc, cell in enumerate(line.split("\t")):
                if start + dc >= len(value_cols):
                    break
                texts[(row, value_cols[start + dc])] = cell.strip()
        # Read as the source PC wrote them when the block tells (34.4, 12,000
        # from an English-settings Excel); ambiguous alone, still refused.
        way = convention(list(texts.values()))
        texts = {key: as_vietnamese(text, way) for key, text in texts.items()}
        return self.edit_cells(texts, tr("Paste"))

    # -- keys -----------------------------------------------------------------
    def keyPressEvent(self, event):  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_block()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_block()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != \
                QAbstractItemView.State.EditingState:
            self.clear_selection_cells()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != \
                QAbstractItemView.State.EditingState:
            self._move(1 if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier else -1)
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor, hint):  # noqa: N802
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self._move(1)

    def _move(self, step: int) -> None:
        cur = self.currentIndex()
        if cur.isValid():
            row = min(max(cur.row() + step, 0), self.entry.rowCount() - 1)
            self.setCurrentIndex(self.entry.index(row, cur.column()))


class EntryView(View):
    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self.model = EntryModel(self)
        self.undo_stack = QUndoStack(self)
        self.table = GridView(self.model, self.undo_stack)
        self.banner = QLabel()
        self.banner.setStyleSheet("background:#fff4e5; color:#7a4100; padding:6px; "
                                  "border:1px solid #f0c37a;")
        self.banner.hide()
        self.alloc_box = QCheckBox(tr("Show the plan figure of each area"))
        self.save_btn = QPushButton(tr("Save"))
        self.undo_btn = QPushButton(tr("Undo"))
        self.redo_btn = QPushButton(tr("Redo"))
        self.files_btn = QPushButton(tr("Attached documents…"))
        self.info = QLabel()
        bar = FlowLayout()
        # One Save: the window's (top bar, Ctrl+S) saves the grid; this one stays
        # for the code that enables it, out of sight.
        self.save_btn.hide()
        bar.addWidget(self.undo_btn)
        bar.addWidget(self.redo_btn)
        bar.addWidget(self.files_btn)
        bar.addWidget(self.alloc_box)
        bar.add_stretch()
        bar.addWidget(self.info)
        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        lay.addLayout(bar)
        lay.addWidget(self.table, 1)
        # The reason a cell is red, with its target and area, where the eye is.
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#b3261e; padding:2px 0;")
        self.problem.hide()
        lay.addWidget(self.problem)
        self.table.selectionModel().currentChanged.connect(lambda *_a: self._show_problem())
        install_menu(self.table, self._menu)
        self.save_btn.clicked.connect(self.save_clicked)
        self.undo_btn.clicked.connect(self.undo)
        self.redo_btn.clicked.connect(self.redo)
        self.files_btn.clicked.connect(self.show_attachments)
        from cbdesk.ui.views.attachment_drop import FileDrop

        self.file_drop = FileDrop(self.table, self._owner_at, self._attach_dropped)
        self.alloc_box.toggled.connect(self._toggle_alloc)
        self.undo_stack.indexChanged.connect(lambda _i: self._update_info())

    def reload(self) -> None:
        if self.year is None or self.period is None:
            return
        self.grid = result_service.entry_grid(self.db, self.year, self.period)
        self.model.set_grid(self.grid, self._attached())
        self.undo_stack.clear()
        self._layout_columns()
        locked = self.grid.locked or self.window_.read_only
        if self.grid.locked:
            self.banner.setText(self.grid.locked_note + " — " + tr("view only")
                                if lang() == "vi" else
                                tr("This period is closed; its figures are view only."))
        elif self.window_.read_only:
            self.banner.setText(tr("The database is open read-only."))
        self.banner.setVisible(locked)
        self.save_btn.setEnabled(not locked)
        edit = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(edit.NoEditTriggers if locked else
                                   self.table.editTriggers() | edit.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self._update_info()

    def _layout_columns(self) -> None:
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setMinimumSectionSize(40)
        self.table.setColumnWidth(0, 44)
        self.table.setColumnWidth(1, 250)
        self.table.setColumnWidth(2, 70)
        self.table.setColumnWidth(3, 110)  # "giảm 4,0 điểm %" whole
        for c in range(FIXED, self.model.columnCount()):
            self.table.setColumnWidth(c, 84)
        self.table.horizontalHeader().setFixedHeight(44)

    def _toggle_alloc(self, on: bool) -> None:
        self.model.set_show_allocations(on)
        self._layout_columns()

    def _menu(self):
        open_ = self.save_btn.isEnabled()
        return [(tr("Copy"), self.table.copy_block, True),
                (tr("Paste"), self.table.paste_block, open_),
                (tr("Clear"), self.table.clear_selection_cells, open_), None,
                (tr("Undo"), self.undo, self.undo_stack.canUndo()),
                (tr("Redo"), self.redo, self.undo_stack.canRedo())]

    def _show_problem(self) -> None:
        invalid = self.model.invalid
        cur = self.table.currentIndex()
        key = self.model.key(cur.row(), cur.column()) if cur.isValid() else None
        if key in invalid:
            text = f"{self.model.where(key)}: {invalid[key][1]}"
        elif invalid:
            first = next(iter(invalid))
            text = (tr("Invalid cells:") + f" {len(invalid)} — {self.model.where(first)}: "
                    f"{invalid[first][1]}")
        else:
            text = ""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _update_info(self) -> None:
        n = len(self.model.pending)
        bad = len(self.model.invalid)
        text = tr("Unsaved cells:") + f" {n}" if n else ""
        if bad:
            text += ("  · " if text else "") + tr("Invalid cells:") + f" {bad}"
        grid = getattr(self, "grid", None)
        origins = sorted({c.shared_from for c in grid.cells.values() if c.shared_from}) \
            if grid is not None else []
        if origins:
            # One fact per moment: say where the italic figures come from.
            text += ("  · " if text else "") + tr(
                "Italic figures come from %1 (same day; typing another figure replaces "
                "it)").replace("%1", ", ".join(origins))
        self.info.setText(text)
        self._show_problem()

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def has_unsaved(self) -> bool:
        return self.model.has_changes()

    def discard(self) -> None:
        self.reload()

    def save_clicked(self) -> None:
        if self.save():
            self.window_._saved()

    def save(self) -> bool:
        if self.model.invalid:
            show_error(self, ServiceError(
                "Có ô nhập sai (tô đỏ). Hãy sửa hoặc xóa các ô đó rồi lưu lại.",
                "Some cells hold invalid input (red). Correct or clear them, then save."))
            return False
        if not self.model.pending:
            return True
        try:
            try:
                result_service.save_entries(self.db, self.actor, self.year, self.period,
                                            self.model.changes(), self.model.versions())
            except result_service.SameMoment as e:
                # One fact per moment: ask before replacing the figure that counts.
                if not ConfirmDialog.ask(self, tr("Replace figure"), e.message(lang())):
                    return False
                result_service.save_entries(self.db, self.actor, self.year, self.period,
                                            self.model.changes(), self.model.versions(),
                                            replace_moment=True)
        except ServiceError as e:
            show_error(self, e)
            return False
        self.window_.reload_all()
        return True

    # -- evidence (issue 23) -----------------------------------------------------
    def _attached(self) -> dict[tuple, int]:
        from cbdesk.services.attachments import result_counts

        return result_counts(self.db, self.year, self.period.code)

    def _load_attached(self) -> None:
        self.model.set_attached(self._attached())

    def current_owner(self):
        """The result (target × period × area) of the current value cell, or None."""
        return self._owner_at(self.table.currentIndex())

    def _owner_at(self, cur):
        from cbdesk.services.attachments import Owner

        if not cur.isValid() or cur.column() < FIXED or self.model.grid is None:
            return None
        kind, area = self.model.columns[cur.column() - FIXED]
        if kind != "value":
            return None
        return Owner.of_result(self.model.grid.rows[cur.row()].code, self.period.code, area)

    def show_attachments(self) -> None:
        """The documents kept with the current cell's figure."""
        from cbdesk.ui.views.attachments_dialog import AttachmentsDialog

        owner = self.current_owner()
        if owner is None:
            show_error(self, ServiceError("Hãy chọn một ô số liệu trước.",
                                          "Select a figure's cell first."))
            return
        where = self.model.where((owner.target, owner.area))
        if AttachmentsDialog.open_for(self, self.db, self.actor, self.year, owner,
                                      f"{where} · {self.period.label(lang())}"):
            self._load_attached()

    def _attach_dropped(self, owner, files) -> None:
        from cbdesk.services.attachments import add_files

        add_files(self.db, self.actor, self.year, owner, files)
        self._load_attached()
