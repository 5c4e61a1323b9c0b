"""What the roster module's pages share: a code-built form dialog with the inline error of
ui/dialogs.FormDialog, month and week pickers, a guarded action runner, date-time edits."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QDateEdit, QDateTimeEdit, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from shopmanager.core import timeutil
from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.roster import week_label, week_start
from shopmanager.ui import messages
from shopmanager.ui.dialogs import Dialog, ok_cancel_buttons
from shopmanager.ui.screen import FitScrollArea


def add_buttons(parent: QWidget, bar, actions) -> dict[str, QPushButton]:
    """(object name, text, slot) → buttons added to `bar`, by name."""
    buttons = {}
    for name, text, slot in actions:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.clicked.connect(slot)
        bar.addWidget(button)
        buttons[name] = button
    return buttons


def export_file(parent: QWidget, suggested: str, write: Callable[[Path, object], object]) -> None:
    """Ask where to save an xlsx (in the last folder), write it on the task runner (→ excel.WrittenFile),
    say how many rows, and what had to be cut."""
    from shopmanager.ui.state import UiState
    from shopmanager.ui.tasks import runner

    state = UiState()
    path = messages.choose_save_file(parent, tr("Tables", "Export to Excel"), tr("Tables", "Excel files (*.xlsx)"),
                                     str(Path(state.last_folder()) / suggested))
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    state.set_last_folder(path)
    from shopmanager.ui.exporting import tell_written

    runner().run(lambda progress: write(Path(path), progress), parent=parent,
                 title=tr("Tables", "Exporting to Excel…"),
                 on_success=lambda written: tell_written(parent, written, path))


def guarded(parent: QWidget, action: Callable[[], object], on_done: Callable[[], None] | None = None) -> bool:
    """Run a service call; a ShopError becomes a message and nothing else happens."""
    try:
        action()
    except ShopError as error:
        messages.error(parent, str(error))
        return False
    if on_done is not None:
        on_done()
    return True


class CodeDialog(Dialog):
    """A form built in code: rows in `self.fields`, save() raises ShopError → the message shows
    under the form, the named field gets focus, the dialog stays open with nothing saved. Its
    body scrolls when the screen is too short (ui.screen.FitScrollArea), like every form."""

    field_widgets: dict[str, str] = {}

    def __init__(self, parent: QWidget | None, title: str, ok_text: str | None = None, *, scroll: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = QWidget(self)
        self.fields = QFormLayout()
        self.message = QLabel(self.body)
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        column = QVBoxLayout(self.body)
        column.addLayout(self.fields)
        column.addWidget(self.message)
        if scroll:  # a body with tables: they take the height, not empty space below them
            column.addStretch(1)
        self.buttons = ok_cancel_buttons(self, ok_text or tr("Dialogs", "Save"))
        layout = QVBoxLayout(self)
        layout.addWidget(FitScrollArea(self.body, self), 1)
        layout.addWidget(self.buttons)

    def resize_width(self, width: int) -> None:
        """This wide, and as tall as the form asks (the screen's limit is applied when it shows)."""
        self.body.layout().invalidate()  # rows were added after the scroll area first asked
        self.layout().invalidate()
        self.resize(width, self.sizeHint().height())

    def read_only(self) -> None:
        """For who may read but not change it: the fields greyed, one Close button."""
        from PySide6.QtWidgets import QDialogButtonBox

        self.body.setEnabled(False)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

    def add_row(self, label: str, widget: QWidget, name: str = "") -> QWidget:
        if name:
            widget.setObjectName(name)
        self.fields.addRow(label, widget)
        return widget

    def save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.save()
        except ShopError as error:
            self.message.setText(str(error))
            self.message.show()
            name = self.field_widgets.get(error.field or "", error.field or "")
            widget = self.findChild(QWidget, name) if name else None
            if widget is not None:
                widget.setFocus()
            return
        super().accept()


def date_edit(parent: QWidget, day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    day = day or timeutil.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def datetime_edit(parent: QWidget, moment: dt.datetime | None = None) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    moment = moment or timeutil.now()
    edit.setDateTime(QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)))
    return edit


def to_datetime(edit: QDateTimeEdit) -> dt.datetime:
    value = edit.dateTime()
    day, time = value.date(), value.time()
    return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def to_date(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class _Stepper(QWidget):
    """◀ label ▶ and a 'now' button; subclasses say how a step moves and how it reads."""

    changed = Signal()

    def __init__(self, parent: QWidget | None, now_text: str):
        super().__init__(parent)
        self.previous = QPushButton("◀", self)
        self.previous.setObjectName("previous")
        self.previous.setFixedWidth(32)
        self.label = QLabel(self)
        self.label.setObjectName("period")
        self.label.setStyleSheet("font-weight: bold; padding: 0 6px;")
        self.next = QPushButton("▶", self)
        self.next.setObjectName("next")
        self.next.setFixedWidth(32)
        self.now = QPushButton(now_text, self)
        self.now.setObjectName("now")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous, self.label, self.next, self.now):
            layout.addWidget(widget)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(1))
        self.now.clicked.connect(self.reset)

    def step(self, direction: int) -> None:
        raise NotImplementedError

    def reset(self) -> None:
        raise NotImplementedError


class WeekPicker(_Stepper):
    def __init__(self, parent: QWidget | None, monday: dt.date | None = None):
        super().__init__(parent, tr("Roster", "This week"))
        self.monday = week_start(monday or timeutil.today())
        self._show()

    def _show(self) -> None:
        self.label.setText(week_label(self.monday))

    def set_week(self, day: dt.date) -> None:
        self.monday = week_start(day)
        self._show()
        self.changed.emit()

    def step(self, direction: int) -> None:
        self.set_week(self.monday + dt.timedelta(weeks=direction))

    def reset(self) -> None:
        self.set_week(timeutil.today())


class MonthPicker(_Stepper):
    def __init__(self, parent: QWidget | None, day: dt.date | None = None):
        super().__init__(parent, tr("Roster", "This month"))
        day = day or timeutil.today()
        self.year, self.month = day.year, day.month
        self._show()

    @property
    def text(self) -> str:
        return f"{self.year}-{self.month:02d}"

    @property
    def first(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last(self) -> dt.date:
        return (self.first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)

    def _show(self) -> None:
        self.label.setText(self.text)

    def set_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self._show()
        self.changed.emit()

    def step(self, direction: int) -> None:
        index = self.year * 12 + self.month - 1 + direction
        self.set_month(index // 12, index % 12 + 1)

    def reset(self) -> None:
        today = timeutil.today()
        self.set_month(today.year, today.month)


def person_label(staff_no: str, name: str) -> str:
    return f"{staff_no} {name}".strip()
