"""The report preview: the PDF with page and zoom controls (previous / next
page, "page 2 / 6", smaller / larger, fit the width, whole page)."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from cbdesk.ui.flow import FlowLayout
from cbdesk.ui.i18n import tr

ZOOM_STEP = 1.25


class PdfPreview(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = QPdfView()
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.prev_button = self._button("◀", tr("Previous page"), lambda: self.go(-1))
        self.next_button = self._button("▶", tr("Next page"), lambda: self.go(1))
        self.page_label = QLabel()
        self.smaller = self._button("−", tr("Zoom out"), lambda: self.zoom(1 / ZOOM_STEP))
        self.larger = self._button("+", tr("Zoom in"), lambda: self.zoom(ZOOM_STEP))
        self.fit_width = self._button(tr("Fit width"), tr("Fit the page width"),
                                      lambda: self.fit(QPdfView.ZoomMode.FitToWidth))
        self.fit_page = self._button(tr("Whole page"), tr("Show a whole page"),
                                     lambda: self.fit(QPdfView.ZoomMode.FitInView))
        bar = FlowLayout()
        for w in (self.prev_button, self.page_label, self.next_button, self.smaller,
                  self.larger, self.fit_width, self.fit_page):
            bar.addWidget(w)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addLayout(bar, 1)
        lay.addLayout(row)
        lay.addWidget(self.view, 1)
        self.view.pageNavigator().currentPageChanged.connect(lambda _p: self._update())
        self.view.documentChanged.connect(lambda _d: self._update())
        self._update()

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        b = QToolButton()
        b.setText(text)
        b.setToolTip(tip)
        b.clicked.connect(slot)
        return b

    def pages(self) -> int:
        doc = self.view.document()
        return doc.pageCount() if doc is not None else 0

    def page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go(self, step: int) -> None:
        target = min(max(self.page() + step, 0), max(self.pages() - 1, 0))
        if self.pages():
            self.view.pageNavigator().jump(target, QPointF(), self.view.zoomFactor())
        self._update()

    def zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(self.view.zoomFactor() * factor, 0.25), 4.0))

    def fit(self, mode) -> None:
        self.view.setZoomMode(mode)

    def _update(self) -> None:
        n = self.pages()
        self.page_label.setText(tr("Page {page} / {pages}").format(
            page=self.page() + 1 if n else 0, pages=n))
        self.prev_button.setEnabled(n > 0 and self.page() > 0)
        self.next_button.setEnabled(n > 0 and self.page() < n - 1)
        for b in (self.smaller, self.larger, self.fit_width, self.fit_page):
            b.setEnabled(n > 0)
