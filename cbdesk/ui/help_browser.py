"""Help → User guide (F1): the Vietnamese guide of ``docs/guide/`` (Markdown,
shipped inside the program), shown offline in a QTextBrowser with its
chapters on the left and its screenshots inline."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QSplitter, QTextBrowser

from cbdesk.paths import guide_dir
from cbdesk.ui.i18n import tr
from cbdesk.ui.screen import FitsScreen


def chapters() -> list[tuple[str, str]]:
    """(file name, title) of the guide's chapters, in order (the index first)."""
    folder = guide_dir()
    out = []
    for path in sorted(folder.glob("*.md")):
        first = next((ln for ln in path.read_text(encoding="utf-8").splitlines()
                      if ln.startswith("# ")), path.stem)
        out.append((path.name, first.lstrip("# ").strip()))
    out.sort(key=lambda c: (c[0] != "README.md", c[0]))
    return out


class GuideDialog(FitsScreen, QDialog):
    """A window beside the main one (not modal), so that one can read and work."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("User guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.toc = QListWidget()
        self.toc.setMaximumWidth(260)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        folder = guide_dir()
        self.browser.setSearchPaths([str(folder), str(folder.parent / "images")])
        self.files = chapters()
        for _name, title in self.files:
            self.toc.addItem(title)
        self.toc.currentRowChanged.connect(self.show_chapter)
        split = QSplitter()
        split.addWidget(self.toc)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(split)
        self.resize(1000, 700)
        if self.files:
            self.toc.setCurrentRow(0)
        else:
            self.browser.setPlainText(tr("The user guide was not found in {0}.").format(folder))

    def show_chapter(self, row: int) -> None:
        if 0 <= row < len(self.files):
            url = QUrl.fromLocalFile(str(guide_dir() / self.files[row][0]))
            self.browser.setSource(url, self.browser.document().ResourceType.MarkdownResource)
            self.fit_images()

    def fit_images(self, widest: int = 600) -> None:
        """Screenshots shown at most ``widest`` pixels wide (they are taken at
        1366 px): the text beside them stays readable without scrolling sideways."""
        from PySide6.QtGui import QImageReader, QTextCursor

        doc = self.browser.document()
        base = guide_dir()
        if self.browser.isVisible():
            widest = max(320, min(widest, self.browser.viewport().width() - 80))
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                fmt = frag.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    size = QImageReader(str((base / image.name()).resolve())).size()
                    if size.width() > widest:
                        image.setWidth(widest)
                        image.setHeight(size.height() * widest / size.width())
                        cursor = QTextCursor(doc)
                        cursor.setPosition(frag.position())
                        cursor.setPosition(frag.position() + frag.length(),
                                           QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(image)
                it += 1
            block = block.next()

    def text(self) -> str:
        return self.browser.toPlainText()


def open_guide(window) -> GuideDialog:
    """Show the guide (one window, raised when open already)."""
    dialog = getattr(window, "guide_dialog", None)
    if dialog is None:
        dialog = GuideDialog(window)
        window.guide_dialog = dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
