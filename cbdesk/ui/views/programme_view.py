"""Giai đoạn: a five-year programme's targets with each year's value (from
the yearly plans' figures), to date, % of the programme target and status
against the share due, with a small multi-year chart of the chosen target.
Everything comes from services.programmes.review (rules in core.programme)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cbdesk.ui.common import Column, RowsModel, View, num, pct, status_word
from cbdesk.ui.dialogs import ConfirmDialog, show_error
from cbdesk.ui.i18n import tr
from cbdesk.ui.views.calendar_common import when_alive
from cbdesk.ui.workers import BusyBar, run_in_background


def load(db, code: str | None, upto: int | None):
    from cbdesk.services import programmes

    listed = programmes.list_programmes(db)
    if not listed:
        return listed, None
    codes = [c for c, _ in listed]
    code = code if code in codes else codes[-1]
    return listed, programmes.review(db, code, upto)


def columns(review) -> list[Column]:
    cols = [Column(tr("Code"), lambda r: r.target.code),
            Column(tr("Programme target"), lambda r: "    " * r.depth + r.target.name,
                   tooltip=lambda r: r.target.name),
            Column(tr("Unit"), lambda r: r.target.unit),
            Column(tr("Target for the programme"),
                   lambda r: num(r.target.target) + (tr(" a year") if r.target.per_year else ""),
                   right=True)]
    for y in range(review.start, review.upto + 1):
        cols.append(Column(
            str(y), lambda r, y=y: num(r.rollup.years.get(y)) + (
                f" ({tr('to month')} {r.partial[y]})" if y in r.partial else ""), right=True))
    cols += [Column(tr("To date"), lambda r: num(r.rollup.to_date), right=True),
             Column(tr("% of programme target"), lambda r: pct(r.rollup.percent), right=True),
             Column(tr("Status"), lambda r: status_word(r.rollup.status),
                    colour=lambda r: r.rollup.status)]
    return cols


class YearsChart(QWidget):
    """Bars of one target's yearly values, the years without figures left as gaps."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.row = None
        self.setMinimumHeight(110)

    def show_row(self, row) -> None:
        self.row = row
        self.update()

    def paintEvent(self, event):  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(8, 18, -8, -20)
        if self.row is None:
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, tr("Choose a target to see its years"))
            return
        years = self.row.rollup.years
        values = [v for v in years.values() if v is not None]
        p.drawText(QRectF(8, 0, self.width() - 16, 16), Qt.AlignmentFlag.AlignLeft,
                   self.row.target.name)
        top = max([abs(v) for v in values] + [1e-9])
        n = max(len(years), 1)
        slot = rect.width() / n
        bar = QColor("#4a78b5")
        for i, (year, value) in enumerate(years.items()):
            x = rect.left() + i * slot
            p.setPen(QPen(QColor("#555555")))
            p.drawText(QRectF(x, rect.bottom() + 2, slot, 16), Qt.AlignmentFlag.AlignCenter,
                       str(year))
            if value is None:
                p.drawText(QRectF(x, rect.bottom() - 18, slot, 16),
                           Qt.AlignmentFlag.AlignCenter, "—")
                continue
            h = (rect.height() - 16) * abs(value) / top
            p.fillRect(QRectF(x + slot * 0.2, rect.bottom() - h, slot * 0.6, h), bar)
            p.drawText(QRectF(x, rect.bottom() - h - 16, slot, 16),
                       Qt.AlignmentFlag.AlignCenter, num(value))
        p.setPen(QPen(QColor("#888888")))
        p.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))


class ProgrammeView(View):
    def __init__(self, window, parent=None):
        super().__init__(window, parent)
        self.review = None
        lay = QVBoxLayout(self)
        self.title_label = QLabel(tr("Five-year programme"))
        f = QFont(self.title_label.font())
        f.setPointSizeF(f.pointSizeF() * 1.25)
        f.setBold(True)
        self.title_label.setFont(f)
        self.title_label.setWordWrap(True)
        lay.addWidget(self.title_label)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Programme:")))
        self.programme_box = QComboBox()
        self.programme_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.programme_box.setMinimumContentsLength(12)
        bar.addWidget(self.programme_box)
        bar.addWidget(QLabel(tr("Up to the year:")))
        self.year_box = QSpinBox()
        self.year_box.setRange(1900, 2200)
        bar.addWidget(self.year_box)
        bar.addStretch(1)
        self.start_button = QPushButton(tr("Start a yearly plan…"))
        self.start_button.setToolTip(tr("The next year's plan with each programme target's "
                                        "share of that year; edit it afterwards."))
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start_plan)
        bar.addWidget(self.start_button)
        lay.addLayout(bar)
        self.note = QLabel()
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        self.busy = BusyBar(lay, self)
        self.model = RowsModel([], self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        lay.addWidget(self.table, 1)
        self.chart = YearsChart()
        lay.addWidget(self.chart)
        self._quiet = False
        self.programme_box.currentIndexChanged.connect(self._programme_chosen)
        self.year_box.valueChanged.connect(self._year_chosen)

    def reload(self) -> None:
        code = self.programme_box.currentData() if self.programme_box.count() else None
        upto = self.year_box.value() if code else None
        self._load(code, upto)

    def _load(self, code, upto) -> None:
        self.busy.start(tr("Adding up the years…"))
        db = self.db
        run_in_background(lambda: load(db, code, upto), when_alive(self, self._loaded),
                          when_alive(self, self._failed))

    def _failed(self, exc) -> None:
        self.busy.stop()
        show_error(self, exc)

    def _loaded(self, result) -> None:
        self.busy.stop()
        listed, review = result
        self._quiet = True
        try:
            self.programme_box.clear()
            for code, name in listed:
                self.programme_box.addItem(f"{code} — {name}" if name else code, code)
            if review is None:
                self.note.setText(tr("No five-year programme yet: import a programme workbook "
                                     "(sheet ‘Chỉ tiêu giai đoạn’)."))
                self.model.set_rows([])
                return
            self.programme_box.setCurrentIndex(self.programme_box.findData(review.code))
            self.year_box.setRange(review.start, review.end)
            self.year_box.setValue(review.upto)
        finally:
            self._quiet = False
        self.review = review
        self.start_button.setEnabled(self.next_year() is not None
                                     and not getattr(self.window_, "read_only", False))
        self.title_label.setText(tr("Five-year programme") + f" {review.code}")
        kind = tr("final review") if review.final else tr("mid-term review")
        self.note.setText(tr("Up to {year} ({kind}): {done} of {total} years; the share due "
                             "is on a straight line. Yearly plans: {plans}.").format(
            year=review.upto, kind=kind, done=review.upto - review.start + 1,
            total=review.end - review.start + 1,
            plans=", ".join(str(y) for y in review.plan_years) or "—"))
        self.model = RowsModel(columns(review), self)
        self.model.set_rows(review.rows)
        self.table.setModel(self.model)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        if review.rows:
            self.table.selectRow(0)
            self.chart.show_row(review.rows[0])

    def _row_chosen(self, current, _previous) -> None:
        if self.review is not None and 0 <= current.row() < len(self.review.rows):
            self.chart.show_row(self.review.rows[current.row()])

    def _programme_chosen(self, _index) -> None:
        if not self._quiet:
            self._load(self.programme_box.currentData(), None)

    def _year_chosen(self, value) -> None:
        if not self._quiet:
            self._load(self.programme_box.currentData(), value)

    def next_year(self) -> int | None:
        """The first year of the programme without a plan after the last one with a plan."""
        r = self.review
        if r is None:
            return None
        year = (max(r.plan_years) + 1) if r.plan_years else r.start
        return year if year <= r.end else None

    def start_plan(self) -> None:
        year = self.next_year()
        if year is None:
            return
        if not ConfirmDialog.ask(self, tr("Start a yearly plan…"), tr(
                "Make the {0} plan from the programme {1}: each programme target with that "
                "year's share on a straight line, linked to it. Continue?").format(
                    year, self.review.code)):
            return
        from cbdesk.services.errors import ServiceError
        from cbdesk.services.programmes.start import start_plan

        try:
            start_plan(self.db, self.review.code, year, self.actor)
        except ServiceError as e:
            show_error(self, e)
            return
        self.window_.load()
        self.window_.set_plan_period(year, f"{year}-H1")
