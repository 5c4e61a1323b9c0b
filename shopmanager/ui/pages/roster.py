"""排班: the weekly roster grid (people × days). Select cells, then a shift (keys 1–9, the
right-click menu or the toolbar's shift box), R for a rest day, Delete to clear. Approved
leave shows in its cells; conflicts (overlaps, a shift during leave, a leaver) in red with
the reason in the cell's tooltip and the list below. Shift templates, copy last week,
print and export from the toolbar."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QColorDialog, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from shopmanager.core import timeutil
from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm, role_label
from shopmanager.core.roster import leave_label, week_label, weekday_label
from shopmanager.services import roster
from shopmanager.ui import messages
from shopmanager.ui.pages.roster_common import CodeDialog, WeekPicker, add_buttons, export_file, guarded
from shopmanager.ui.pages.users import selected_id, set_rows

CONFLICT = QColor("#c62828")
LEAVE_FILL = QColor("#eeeeee")
STAFF_ROLE = Qt.ItemDataRole.UserRole
DAY_ROLE = Qt.ItemDataRole.UserRole + 1


class ShiftDialog(CodeDialog):
    field_widgets = {"name": "name", "start_time": "start_time", "end_time": "end_time"}

    def __init__(self, parent, actor, shift: roster.ShiftInfo | None = None):
        super().__init__(parent, tr("Roster", "Edit shift") if shift else tr("Roster", "New shift"))
        self.actor, self.shift = actor, shift
        self.name = self.add_row(tr("Roster", "Name"), QLineEdit(shift.name if shift else "", self), "name")
        self.name.setMaxLength(20)
        self.start = self.add_row(tr("Roster", "Starts (HH:MM)"), QLineEdit(shift.start_time if shift else "09:00",
                                                                             self), "start_time")
        self.end = self.add_row(tr("Roster", "Ends (HH:MM)"), QLineEdit(shift.end_time if shift else "18:00", self),
                                "end_time")
        self.fields.addRow("", QLabel(tr("Roster", "An end before the start is the next morning (overnight shift)."),
                                      self))
        self.color = shift.color if shift else "#e0e0e0"
        self.color_button = self.add_row(tr("Roster", "Colour"), QPushButton(self), "color")
        self.color_button.clicked.connect(self.choose_color)
        self._show_color()
        self.active = self.add_row("", QCheckBox(tr("Roster", "In use"), self), "active")
        self.active.setChecked(shift.active if shift else True)

    def _show_color(self) -> None:
        self.color_button.setText(tr("Roster", "Choose colour…"))  # the colour shows, not its code
        self.color_button.setToolTip(self.color)
        self.color_button.setStyleSheet(f"background: {self.color};")

    def choose_color(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.color), self, tr("Roster", "Colour"))
        if chosen.isValid():
            self.color = chosen.name()
            self._show_color()

    def save(self) -> None:
        roster.save_shift(self.actor, self.shift.id if self.shift else None, name=self.name.text(),
                          start_time=self.start.text(), end_time=self.end.text(), color=self.color,
                          active=self.active.isChecked())


def edit_shifts(parent, actor) -> bool:
    """The shift list with New/Edit; True when something changed."""
    from shopmanager.ui.pages.lists import _ListDialog

    class Dialog(_ListDialog):
        def __init__(self):
            super().__init__(parent, tr("Roster", "Shifts"), [tr("Roster", "Name"), tr("Roster", "Times"),
                                                               tr("Roster", "In use")],
                             [("add", tr("Roster", "New shift…"), self.add), ("edit", tr("Roster", "Edit…"), self.edit)])
            self.table.doubleClicked.connect(self.edit)
            self.reload()

        def reload(self) -> None:
            self.rows = roster.list_shifts(actor, include_inactive=True)
            set_rows(self.table, [(s.id, [s.name, s.times.label(), tr("Common", "Yes") if s.active else
                                          tr("Common", "No")]) for s in self.rows])

        def add(self) -> None:
            if ShiftDialog(self, actor).exec():
                self.changed = True
                self.reload()

        def edit(self) -> None:
            shift_id = selected_id(self.table)
            shift = next((s for s in self.rows if s.id == shift_id), None)
            if shift is not None and ShiftDialog(self, actor, shift).exec():
                self.changed = True
                self.reload()

    dialog = Dialog()
    dialog.exec()
    return dialog.changed


class RosterPage(QWidget):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.actor = context.actor
        self.editable = self.actor.can(Perm.ROSTER_EDIT)
        self.week: roster.RosterWeek | None = None
        self.picker = WeekPicker(self)
        self.picker.changed.connect(self.reload)
        self.shift_box = QComboBox(self)
        self.shift_box.setObjectName("shift_box")
        self.shift_box.setToolTip(tr("Roster", "Shift to put in the selected cells (or press its number)"))
        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addStretch(1)
        buttons = []
        self.shift_box.setVisible(self.editable)
        if self.editable:
            top.addWidget(self.shift_box)
            buttons += [("assign", tr("Roster", "Assign"), self.assign_chosen),
                        ("rest", tr("Roster", "Rest day"), self.rest_selected),
                        ("clear", tr("Roster", "Clear"), self.clear_selected),
                        ("copy", tr("Roster", "Copy last week"), self.copy_last_week),
                        ("shifts", tr("Roster", "Shifts…"), self.edit_shifts)]
        buttons += [("print", tr("Roster", "Print…"), self.print_week),
                    ("export", tr("Roster", "Excel…"), self.export_week)]
        self.buttons = add_buttons(self, top, buttons)
        self.grid = QTableWidget(0, 8, self)
        self.grid.setObjectName("grid")
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.setWordWrap(True)
        self.grid.verticalHeader().setDefaultSectionSize(44)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._menu)
        self.grid.cellDoubleClicked.connect(lambda *_: self._menu(self.grid.viewport().mapFromGlobal(QCursor.pos())))
        self.conflicts = QLabel(self)
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setStyleSheet("color: #c62828;")
        self.hint = QLabel(tr("Roster", "Select cells, then choose a shift (or press 1–9), R for a rest day, Delete to "
                                        "clear. Right-click for the menu.") if self.editable else
                           tr("Roster", "Your row is in bold."), self)
        self.hint.setStyleSheet("color: #607d8b;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.hint)
        self.grid.installEventFilter(self)
        context.data_changed.connect(lambda entity: self.reload() if entity in ("roster", "leave", "staff", "user")
                                     and self.isVisible() else None)
        self.reload()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        """Keys of the grid: 1–9 a shift, R a rest day, Delete/Backspace clear (for those who may edit)."""
        if watched is self.grid and event.type() == QEvent.Type.KeyPress and self.editable \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            key = event.key()
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                self.assign_number(key - Qt.Key.Key_0)
                return True
            if key == Qt.Key.Key_R:
                self.rest_selected()
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_selected()
                return True
        return super().eventFilter(watched, event)

    # -- reading --------------------------------------------------------------------------------
    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        self.shifts = roster.list_shifts(self.actor)
        current = self.shift_box.currentData()
        self.shift_box.clear()
        for number, shift in enumerate(self.shifts, start=1):
            self.shift_box.addItem(f"{number}  {shift.label()}", shift.id)
        if current is not None and self.shift_box.findData(current) >= 0:
            self.shift_box.setCurrentIndex(self.shift_box.findData(current))
        self.week = roster.roster_week(self.actor, self.picker.monday)
        self._fill()

    def _fill(self) -> None:
        week = self.week
        selected = {(i.row(), i.column()) for i in self.grid.selectedIndexes()}
        self.grid.clearContents()
        self.grid.setRowCount(len(week.people))
        today = timeutil.today()
        headers = [f"{weekday_label(d)} {d:%m-%d}" + (" ●" if d == today else "") for d in week.days]
        self.grid.setColumnCount(7)
        self.grid.setHorizontalHeaderLabels(headers)
        self.grid.setVerticalHeaderLabels([f"{p.staff_no} {p.name}\n{role_label(p.role)}" for p in week.people])
        bold = QFont(self.grid.font())
        bold.setBold(True)
        for r, person in enumerate(week.people):
            if person.staff_id == self.actor.staff_id:
                self.grid.verticalHeaderItem(r).setFont(bold)
            for c, day in enumerate(week.days):
                self.grid.setItem(r, c, self._cell(person, day))
        for r, c in selected:
            if r < self.grid.rowCount():
                self.grid.item(r, c).setSelected(True)
        names = {p.staff_id: p.name for p in week.people}
        if week.conflicts:
            self.conflicts.setText(tr("Roster", "⚠ {n} conflict(s): {list}").format(
                n=len(week.conflicts), list="; ".join(f"{names.get(c.staff_id, '')} {c.message}"
                                                      for c in week.conflicts[:6])))
            self.conflicts.show()
        else:
            self.conflicts.hide()

    def _cell(self, person: roster.RosterPerson, day: dt.date) -> QTableWidgetItem:
        week = self.week
        items = week.cells.get((person.staff_id, day), [])
        lines = [i.text() for i in items]
        tips = []
        for kind in week.leave.get((person.staff_id, day), []):
            lines.append(tr("Roster", "On leave: {kind}").format(kind=leave_label(kind)))
        for kind in week.pending_leave.get((person.staff_id, day), []):
            tips.append(tr("Roster", "Leave asked for, not yet approved: {kind}").format(kind=leave_label(kind)))
        item = QTableWidgetItem("\n".join(lines))
        item.setData(STAFF_ROLE, person.staff_id)
        item.setData(DAY_ROLE, day.toordinal())
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        shift_colour = next((i.color for i in items if i.kind == "shift"), None)
        if shift_colour:
            item.setBackground(QBrush(QColor(shift_colour)))
        elif week.leave.get((person.staff_id, day)):
            item.setBackground(QBrush(LEAVE_FILL))
        conflicts = week.conflicts_of(person.staff_id, day)
        if conflicts:
            item.setForeground(QBrush(CONFLICT))
            item.setText("⚠ " + item.text())
            tips += [c.message for c in conflicts]
        if tips:
            item.setToolTip("\n".join(tips))
        return item

    # -- editing ----------------------------------------------------------------------------------
    def selected_cells(self) -> list[tuple[int, dt.date]]:
        cells = []
        for index in sorted(self.grid.selectedIndexes(), key=lambda i: (i.row(), i.column())):
            item = self.grid.item(index.row(), index.column())
            if item is not None:
                cells.append((item.data(STAFF_ROLE), dt.date.fromordinal(item.data(DAY_ROLE))))
        return cells

    def select_cell(self, staff_id: int, day: dt.date) -> None:
        row = next(i for i, p in enumerate(self.week.people) if p.staff_id == staff_id)
        self.grid.setCurrentCell(row, self.week.days.index(day))

    def _each(self, action) -> None:
        cells = self.selected_cells()
        if not cells:
            messages.info(self, tr("Roster", "Select one or more cells of the grid first."))
            return
        problems = []
        for staff_id, day in cells:
            try:
                action(staff_id, day)
            except ShopError as error:
                problems.append(str(error))
        self.reload()
        self.context.changed("roster")
        if problems:
            messages.error(self, "\n".join(dict.fromkeys(problems)))

    def assign(self, shift_id: int) -> None:
        self._each(lambda staff_id, day: self._assign_one(staff_id, day, shift_id))

    def _assign_one(self, staff_id: int, day: dt.date, shift_id: int) -> None:
        name = next((s.name for s in self.shifts if s.id == shift_id), None)
        if any(i.kind == "shift" and i.name == name for i in self.week.cells.get((staff_id, day), [])):
            return  # already there
        roster.assign_shift(self.actor, staff_id, day, shift_id)

    def assign_number(self, number: int) -> None:
        if 1 <= number <= len(self.shifts):
            self.shift_box.setCurrentIndex(number - 1)
            self.assign(self.shifts[number - 1].id)

    def assign_chosen(self) -> None:
        if self.shift_box.currentData() is not None:
            self.assign(self.shift_box.currentData())

    def rest_selected(self) -> None:
        self._each(lambda staff_id, day: roster.set_rest(self.actor, staff_id, day))

    def clear_selected(self) -> None:
        self._each(lambda staff_id, day: roster.clear_day(self.actor, staff_id, day))

    def _menu(self, position) -> None:
        if not self.editable or not self.selected_cells():
            return
        menu = QMenu(self)
        for number, shift in enumerate(self.shifts, start=1):
            action = menu.addAction(f"&{number}  {shift.label()}")
            action.triggered.connect(lambda _checked=False, s=shift.id: self.assign(s))
        menu.addSeparator()
        menu.addAction(tr("Roster", "&Rest day"), self.rest_selected)
        menu.addAction(tr("Roster", "&Clear"), self.clear_selected)
        menu.exec(self.grid.viewport().mapToGlobal(position))

    def copy_last_week(self) -> None:
        source = self.picker.monday - dt.timedelta(weeks=1)
        question = tr("Roster", "Copy the roster of {source} to {target}?").format(
            source=week_label(source), target=week_label(self.picker.monday))
        has_entries = any(self.week.cells.values())
        if has_entries:
            question += "\n" + tr("Roster", "This week's entries are replaced.")
        if not messages.confirm(self, question, destructive=has_entries, yes_text=tr("Roster", "Copy")):
            return

        def done() -> None:
            self.reload()
            self.context.changed("roster")

        result = {}

        def work() -> None:
            result["copy"] = roster.copy_week(self.actor, source, self.picker.monday, replace=has_entries)

        if guarded(self, work, done):
            copied = result["copy"]
            text = tr("Roster", "{n} entries copied.").format(n=copied.copied)
            if copied.skipped:
                text += " " + tr("Roster", "Not copied (left the shop): {names}").format(names=", ".join(copied.skipped))
            messages.info(self, text)

    def edit_shifts(self) -> None:
        if edit_shifts(self, self.actor):
            self.reload()

    # -- output -----------------------------------------------------------------------------------
    def print_week(self) -> None:
        from shopmanager.services.roster_reports import roster_week_pdf
        from shopmanager.ui.printing import show_report

        monday, actor = self.picker.monday, self.actor
        show_report(self, tr("Roster", "Weekly roster"), lambda progress: roster_week_pdf(actor, monday, progress),
                    f"roster-{monday:%Y%m%d}.pdf")

    def export_week(self) -> None:
        from shopmanager.services.roster_reports import roster_week_xlsx

        monday, actor = self.picker.monday, self.actor
        export_file(self, f"roster-{monday:%Y%m%d}.xlsx",
                    lambda path, progress: roster_week_xlsx(actor, monday, path, progress))
