"""报表: every report of the program in one place (services/report_catalog.py), each with the
period it covers picked from a list or a calendar — no "YYYY-MM" to type."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QSpinBox,
    QSplitter, QStackedWidget, QVBoxLayout, QWidget,
)

from shopmanager.core import timeutil
from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.periods import (
    Period, month_period, range_period, recent_months, today_period, week_period, year_period,
)
from shopmanager.services import report_catalog
from shopmanager.ui import messages
from shopmanager.ui.state import UiState

ID_ROLE = Qt.ItemDataRole.UserRole


def _date_edit(parent: QWidget, name: str, day: dt.date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


class PeriodPicker(QStackedWidget):
    """The period of a report: a month from a list (last month first chosen), a week from a
    calendar, a year, or a first and last day; nothing for a report of the present."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        today = timeutil.today()
        self.month = QComboBox(self)
        self.month.setObjectName("month")
        self.month.setMinimumWidth(180)
        for period in recent_months(today, 36):
            self.month.addItem(period.label(), period.month_text)
        self.month.setCurrentIndex(1 if self.month.count() > 1 else 0)  # month-end reports: last month
        self.week_day = _date_edit(self, "week", today - dt.timedelta(days=7))
        self.week_text = QLabel(self)
        self.week_day.dateChanged.connect(lambda _d: self.week_text.setText(self._week().label()))
        week = QWidget(self)
        week_layout = QHBoxLayout(week)
        week_layout.setContentsMargins(0, 0, 0, 0)
        week_layout.addWidget(self.week_day)
        week_layout.addWidget(self.week_text, 1)
        self.week_text.setText(self._week().label())
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        # The year's reports are made in January for the year just ended (the annual appraisal, seed 002 四(二)).
        self.year.setValue(today.year - 1 if today.month == 1 else today.year)
        first = today.replace(day=1)
        self.date_from = _date_edit(self, "date_from", first)
        self.date_to = _date_edit(self, "date_to", today)
        days = QWidget(self)
        days_layout = QHBoxLayout(days)
        days_layout.setContentsMargins(0, 0, 0, 0)
        days_layout.addWidget(self.date_from)
        days_layout.addWidget(QLabel("–", days))
        days_layout.addWidget(self.date_to)
        days_layout.addStretch(1)
        self.now = QLabel(tr("Reports", "As of now ({date})").format(date=f"{today:%Y-%m-%d}"), self)
        self.pages = {"month": self.month, "week": week, "year": self.year, "range": days, "none": self.now}
        for widget in self.pages.values():
            self.addWidget(widget)
        self.kind = "month"

    def show_kind(self, kind: str) -> None:
        self.kind = kind
        self.setCurrentWidget(self.pages[kind])

    def _week(self) -> Period:
        year, week, _ = self.week_day.date().toPython().isocalendar()
        return week_period(year, week)

    def period(self) -> Period:
        if self.kind == "month":
            year, month = (int(part) for part in self.month.currentData().split("-"))
            return month_period(year, month)
        if self.kind == "week":
            return self._week()
        if self.kind == "year":
            return year_period(self.year.value())
        if self.kind == "range":
            return range_period(self.date_from.date().toPython(), self.date_to.date().toPython())
        return today_period(timeutil.today())

    def choose_month(self, month_text: str) -> None:
        index = self.month.findData(month_text)
        if index >= 0:
            self.month.setCurrentIndex(index)


class ReportsPage(QWidget):
    """Left: the reports this user may open, by group. Right: what it shows, its period, and
    Preview / Print (the PDF) or Save as Excel (where the report has figures to reuse)."""

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.actor = context, context.actor
        self.reports = report_catalog.reports_for(self.actor)
        self.list = QListWidget(self)
        self.list.setObjectName("reports")
        self.list.setMinimumWidth(220)
        self.list.setMaximumWidth(320)
        self.list.setStyleSheet("QListWidget::item { padding: 5px 2px; }")
        group = None
        for entry in self.reports:
            if entry.group() != group:
                group = entry.group()
                header = QListWidgetItem(group)
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = QFont(header.font())
                font.setBold(True)
                header.setFont(font)
                self.list.addItem(header)
            item = QListWidgetItem("    " + entry.title())
            item.setData(ID_ROLE, entry.id)
            self.list.addItem(item)
        self.title = QLabel(self)
        self.title.setObjectName("title")
        self.title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.description = QLabel(self)
        self.description.setObjectName("description")
        self.description.setWordWrap(True)
        self.picker = PeriodPicker(self)
        self.picker.setObjectName("period")
        self.picker.setMaximumWidth(460)
        self.period_label = QLabel(tr("Reports", "Period"), self)
        self.preview = QPushButton(tr("Reports", "Preview and print…"), self)
        self.preview.setObjectName("preview")
        self.preview.setDefault(True)
        self.preview.clicked.connect(self.open_preview)
        self.excel = QPushButton(tr("Reports", "Save as Excel…"), self)
        self.excel.setObjectName("excel")
        self.excel.clicked.connect(self.save_excel)
        form = QFormLayout()
        form.addRow(self.period_label, self.picker)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview)
        buttons.addWidget(self.excel)
        buttons.addStretch(1)
        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.description)
        detail_layout.addSpacing(8)
        detail_layout.addLayout(form)
        detail_layout.addLayout(buttons)
        detail_layout.addStretch(1)
        self.empty = QLabel(tr("Reports", "Your role has no reports."), detail)
        self.empty.setVisible(not self.reports)
        detail_layout.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.list.currentItemChanged.connect(lambda _now, _before: self._show_current())
        self.list.itemActivated.connect(lambda _item: self.open_preview())
        if self.reports:
            self.select(self.reports[0].id)
        else:
            for widget in (self.preview, self.excel, self.picker, self.period_label):
                widget.setEnabled(False)

    def select(self, report_id: str, month: str | None = None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ID_ROLE) == report_id:
                self.list.setCurrentRow(row)
                break
        if month:
            self.picker.choose_month(month)

    def current(self) -> report_catalog.ReportDef | None:
        item = self.list.currentItem()
        report_id = item.data(ID_ROLE) if item is not None else None
        return next((r for r in self.reports if r.id == report_id), None)

    def _show_current(self) -> None:
        entry = self.current()
        if entry is None:
            return
        self.title.setText(entry.title())
        self.description.setText(entry.description())
        self.picker.show_kind(entry.period)
        self.excel.setVisible(entry.excel is not None)

    def activated(self) -> None:
        self.list.setFocus()

    def _period(self) -> Period | None:
        try:
            return self.picker.period()
        except ShopError as error:
            messages.warning(self, str(error))
            return None

    def open_preview(self) -> None:
        from shopmanager.ui.printing import show_report

        entry, period = self.current(), self._period()
        if entry is None or period is None:
            return
        actor = self.actor
        title = f"{entry.title()} · {period.label()}"
        show_report(self, title, lambda progress: report_catalog.build_pdf(actor, entry.id, period, progress),
                    entry.file_name(period))

    def save_excel(self) -> None:
        from shopmanager.ui.tasks import runner

        entry, period = self.current(), self._period()
        if entry is None or period is None or entry.excel is None:
            return
        state = UiState()
        path = messages.choose_save_file(self, tr("Reports", "Save as Excel"), tr("Tables", "Excel files (*.xlsx)"),
                                         str(Path(state.last_folder()) / entry.file_name(period, "xlsx")))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        state.set_last_folder(path)
        actor = self.actor

        def done(count: int) -> None:
            messages.info(self, tr("Reports", "{title} saved to {path}").format(title=entry.title(), path=path))

        runner().run(lambda progress: report_catalog.build_excel(actor, entry.id, period, Path(path), progress),
                     parent=self, title=tr("Reports", "Saving {title}…").format(title=entry.title()), on_success=done)
