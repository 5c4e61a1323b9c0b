"""考勤: my day (clock in/out with one click, today's shift and result, my month), the team's
month (supervisor: punch-file import, corrections with a reason, sheet PDF/xlsx), leave
requests and approvals, and the handover book 交接本."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTabWidget, QVBoxLayout,
    QWidget,
)

from shopmanager.core import timeutil
from shopmanager.core.attendance import Mark, ShiftResult, mark_label
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm
from shopmanager.core.roster import LeaveKind, LeaveStatus, leave_label, weekday_label
from shopmanager.services import attendance, handover, leave, roster, staff as staff_service
from shopmanager.ui import messages
from shopmanager.ui.pages.roster_common import (
    CodeDialog, MonthPicker, add_buttons, datetime_edit, export_file, guarded, to_datetime,
)
from shopmanager.ui.pages.users import selected_id, set_rows, small_table

BAD = {Mark.LATE, Mark.EARLY, Mark.LATE_EARLY, Mark.ABSENT, Mark.MISSING}


def _time(moment: dt.datetime | None, day: dt.date | None = None) -> str:
    if moment is None:
        return "—"
    text = f"{moment:%H:%M}"
    return text + (tr("Attendance", " (next day)") if day is not None and moment.date() > day else "")


def result_rows(results: list[ShiftResult], punches: dict[dt.date, list[dt.datetime]] | None = None) -> list:
    rows = []
    for index, result in enumerate(results):
        day = result.shift.day
        values = [f"{day:%m-%d} {weekday_label(day)}",
                  f"{result.shift.name} {result.shift.start:%H:%M}–{result.shift.end:%H:%M}",
                  _time(result.in_at, day), _time(result.out_at, day), mark_label(result)]
        if punches is not None:
            values.insert(4, " ".join(f"{p:%H:%M}" for p in punches.get(day, [])))
        rows.append((index, values))
    return rows


def paint_results(table, results: list[ShiftResult], column: int) -> None:
    """The result column red for late/early/absent/missing, grey for leave."""
    for row in range(table.rowCount()):
        item = table.item(row, column)
        index = item.data(Qt.ItemDataRole.UserRole) if item else None
        if item is None or index is None or index >= len(results):
            continue
        mark = results[index].mark
        if mark in BAD:
            item.setForeground(QColor("#c62828"))
        elif mark == Mark.LEAVE:
            item.setForeground(QColor("#607d8b"))


def _totals_text(totals) -> str:
    text = tr("Attendance", "Scheduled {scheduled} days, worked {worked}; late {late}× ({late_min} min), left early "
                            "{early}× ({early_min} min); absent {absent} days; missing punches {missing}").format(
        scheduled=totals.scheduled_days, worked=totals.worked_days, late=totals.late_count,
        late_min=totals.late_minutes, early=totals.early_count, early_min=totals.early_minutes,
        absent=totals.absent_days, missing=totals.missing_punches)
    if totals.leave_days:
        text += "; " + ", ".join(f"{leave_label(k)} {v:g}" for k, v in totals.leave_days.items())
    return text


def _print_month(parent, actor, month: str, staff_id: int | None) -> None:
    from shopmanager.services.roster_reports import attendance_month_pdf
    from shopmanager.ui.printing import show_report

    show_report(parent, tr("Attendance", "Monthly attendance sheet"),
                lambda progress: attendance_month_pdf(actor, month, progress, staff_id=staff_id),
                f"attendance-{month}.pdf")


class MyDayTab(QWidget):
    def __init__(self, page: AttendancePage):
        super().__init__(page)
        self.page, self.actor = page, page.actor
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("now")
        self.clock_label.setStyleSheet("font-size: 16pt; color: #37474f;")
        self.shift_label = QLabel(self)
        self.shift_label.setObjectName("today_shift")
        self.shift_label.setStyleSheet("font-size: 12pt;")
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.clock_in = QPushButton(tr("Attendance", "Clock in"), self)
        self.clock_in.setObjectName("clock_in")
        self.clock_out = QPushButton(tr("Attendance", "Clock out"), self)
        self.clock_out.setObjectName("clock_out")
        for button, colour in ((self.clock_in, "#2e7d32"), (self.clock_out, "#1565c0")):
            button.setMinimumSize(160, 54)
            button.setStyleSheet(f"QPushButton {{ font-size: 14pt; font-weight: bold; color: white; "
                                 f"background: {colour}; border-radius: 6px; }} QPushButton:disabled {{ "
                                 f"background: #b0bec5; }}")
        self.clock_in.clicked.connect(lambda: self.clock("in"))
        self.clock_out.clicked.connect(lambda: self.clock("out"))
        self.handover_label = QLabel(self)
        self.handover_label.setObjectName("handover_note")
        self.handover_label.setWordWrap(True)
        self.handover_label.setStyleSheet("background: #fff8e1; border: 1px solid #ffe082; padding: 6px;")
        self.handover_label.linkActivated.connect(lambda _link: page.tabs.setCurrentWidget(page.handover_tab))
        left = QVBoxLayout()
        left.addWidget(self.clock_label)
        left.addWidget(self.shift_label)
        left.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clock_in)
        buttons.addWidget(self.clock_out)
        buttons.addStretch(1)
        left.addLayout(buttons)
        left.addWidget(self.handover_label)
        left.addWidget(QLabel(tr("Attendance", "My shifts of the next 7 days"), self))
        self.coming = small_table([tr("Attendance", "Date"), tr("Attendance", "Shift")], self)
        self.coming.setObjectName("coming")
        left.addWidget(self.coming, 1)
        self.month = MonthPicker(self)
        self.month.changed.connect(self.reload_month)
        print_button = QPushButton(tr("Attendance", "Print my sheet…"), self)
        print_button.setObjectName("print_mine")
        print_button.clicked.connect(lambda: _print_month(self, self.actor, self.month.text, self.actor.staff_id))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Attendance", "My month"), self))
        bar.addWidget(self.month)
        bar.addStretch(1)
        bar.addWidget(print_button)
        self.table = small_table([tr("Attendance", "Date"), tr("Attendance", "Shift"), tr("Attendance", "Clock-in"),
                                  tr("Attendance", "Clock-out"), tr("Attendance", "Result")], self)
        self.table.setObjectName("my_month")
        self.totals = QLabel(self)
        self.totals.setObjectName("my_totals")
        self.totals.setWordWrap(True)
        right = QVBoxLayout()
        right.addLayout(bar)
        right.addWidget(self.table, 1)
        right.addWidget(self.totals)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(20_000)
        self.reload()

    def _tick(self) -> None:
        now = timeutil.now()
        self.clock_label.setText(f"{now:%Y-%m-%d} {weekday_label(now.date())} {now:%H:%M}")

    def reload(self) -> None:
        self._tick()
        if self.actor.staff_id is None:
            self.shift_label.setText(tr("Attendance", "Your account is not linked to a staff record. Ask the owner to "
                                                      "link it (Staff & accounts)."))
            self.clock_in.setEnabled(False)
            self.clock_out.setEnabled(False)
            return
        day = attendance.my_day(self.actor)
        today = [r for r in day.results if r.shift.day == day.now.date()]
        if today:
            self.shift_label.setText(tr("Attendance", "Today: {shifts}").format(shifts="; ".join(
                f"{r.shift.name} {r.shift.start:%H:%M}–{r.shift.end:%H:%M}" for r in today)))
        else:
            self.shift_label.setText(tr("Attendance", "No shift on the roster today."))
        current = day.current
        parts = []
        if day.clocked_in is not None:
            parts.append(tr("Attendance", "Clocked in at {time}.").format(time=f"{day.clocked_in:%H:%M}"))
        if current is not None and (current.in_at or current.out_at or current.mark in BAD or current.leave_kind):
            parts.append(mark_label(current))
        self.status.setText(" ".join(parts))
        self.status.setStyleSheet("font-size: 12pt; font-weight: bold; color: %s;" % (
            "#c62828" if current is not None and current.mark in BAD else "#2e7d32"))
        set_rows(self.coming, [(index, [f"{s.day:%m-%d} {weekday_label(s.day)}",
                                        f"{s.name} {s.start:%H:%M}–{s.end:%H:%M}"])
                               for index, s in enumerate(roster.my_shifts(self.actor))])
        self.coming.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.clock_in.setEnabled(day.clocked_in is None)
        self.clock_out.setEnabled(day.clocked_in is not None)
        items = handover.open_for(self.actor)
        if items:
            self.handover_label.setText(tr("Attendance", "{n} open handover item(s) for your shift: {first} <a href="
                                                         "'handover'>Open the handover book</a>").format(
                n=len(items), first=items[0].text[:60]))
            self.handover_label.show()
        else:
            self.handover_label.hide()
        self.reload_month()

    def reload_month(self) -> None:
        if self.actor.staff_id is None:
            return
        period = attendance.person_period(self.actor, self.actor.staff_id, self.month.first, self.month.last)
        self.results = period.results
        set_rows(self.table, result_rows(period.results))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        paint_results(self.table, period.results, 4)
        self.table.scrollToBottom()  # today and the last days first in view
        self.totals.setText(_totals_text(period.totals))

    def clock(self, kind: str) -> None:
        result = {}

        def work() -> None:
            result["clock"] = attendance.clock(self.actor, kind)

        if not guarded(self, work):
            self.reload()
            return
        clocked = result["clock"]
        verb = tr("Attendance", "Clocked in at {time}.") if kind == "in" else tr("Attendance", "Clocked out at {time}.")
        text = verb.format(time=f"{clocked.at:%H:%M}")
        if not clocked.rostered:
            text += " " + tr("Attendance", "No shift on the roster today; the punch is kept.")
        elif clocked.result is not None and clocked.result.mark in BAD:
            text += " " + mark_label(clocked.result)
        self.page.context.changed("attendance")
        self.reload()
        self.status.setText(text)


class CorrectionDialog(CodeDialog):
    field_widgets = {"in_at": "in_at", "out_at": "out_at", "reason": "reason"}

    def __init__(self, parent, actor, staff_id: int, name: str, result: ShiftResult):
        super().__init__(parent, tr("Attendance", "Correct {name}'s {day}").format(
            name=name, day=f"{result.shift.day:%Y-%m-%d}"))
        self.actor, self.staff_id, self.day = actor, staff_id, result.shift.day
        self.fields.addRow(tr("Attendance", "Shift"), QLabel(
            f"{result.shift.name} {result.shift.start:%H:%M}–{result.shift.end:%H:%M} · {mark_label(result)}", self))
        self.use_in = QCheckBox(tr("Attendance", "Clock-in at"), self)
        self.in_at = datetime_edit(self, result.in_at or result.shift.start)
        self.in_at.setObjectName("in_at")
        self.use_out = QCheckBox(tr("Attendance", "Clock-out at"), self)
        self.out_at = datetime_edit(self, result.out_at or result.shift.end)
        self.out_at.setObjectName("out_at")
        self.use_in.setChecked(result.in_at is None)
        self.use_out.setChecked(result.out_at is None and result.in_at is not None)
        self.fields.addRow(self.use_in, self.in_at)
        self.fields.addRow(self.use_out, self.out_at)
        self.excused = self.add_row("", QCheckBox(tr("Attendance", "Excuse the day (business trip, clock broken …)"),
                                                  self), "excused")
        self.reason = self.add_row(tr("Attendance", "Reason"), QLineEdit(self), "reason")
        self.reason.setPlaceholderText(tr("Attendance", "e.g. forgot to clock out; confirmed by the supervisor"))
        self.resize_width(520)

    def save(self) -> None:
        attendance.correct_day(self.actor, self.staff_id, self.day,
                               in_at=to_datetime(self.in_at) if self.use_in.isChecked() else None,
                               out_at=to_datetime(self.out_at) if self.use_out.isChecked() else None,
                               excused=self.excused.isChecked(), reason=self.reason.text())


class TeamTab(QWidget):
    """The supervisor's month: everyone's totals; choose a person for their days and corrections."""

    def __init__(self, page: AttendancePage):
        super().__init__(page)
        self.page, self.actor = page, page.actor
        self.month = MonthPicker(self)
        self.month.changed.connect(self.reload)
        self.person = QComboBox(self)
        self.person.setObjectName("person")
        self.person.currentIndexChanged.connect(self.reload)
        bar = QHBoxLayout()
        bar.addWidget(self.month)
        bar.addWidget(self.person)
        bar.addStretch(1)
        add_buttons(self, bar, (("import", tr("Attendance", "Import punches…"), self.import_punches),
                                ("correct", tr("Attendance", "Correct day…"), self.correct),
                                ("print", tr("Attendance", "Print sheet…"), self.print_sheet),
                                ("export", tr("Attendance", "Excel…"), self.export)))
        self.table = small_table([], self)
        self.table.setObjectName("team")
        self.table.doubleClicked.connect(self.open_row)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self.fill_people()

    def fill_people(self) -> None:
        self.person.blockSignals(True)
        current = self.person.currentData()
        self.person.clear()
        self.person.addItem(tr("Attendance", "Everyone"), None)
        for person in staff_service.list_staff(self.actor):
            self.person.addItem(person.label() + ("" if person.status == "active" else f" ({person.status_text})"),
                                person.id)
        self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.person.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        staff_id = self.person.currentData()
        if staff_id is None:
            self._everyone()
        else:
            self._one(staff_id)

    def _everyone(self) -> None:
        self.results = []
        figures = attendance.period_totals(self.month.first, self.month.last)
        people = {p.id: p for p in staff_service.list_staff(self.actor)}
        headers = [tr("Staff", "Staff no."), tr("Staff", "Name"), tr("Attendance", "Scheduled days"),
                   tr("Attendance", "Days worked"), tr("Attendance", "Late (times)"), tr("Attendance", "Late (min)"),
                   tr("Attendance", "Early (times)"), tr("Attendance", "Early (min)"), tr("Attendance", "Absent days"),
                   tr("Attendance", "Missing punches"), tr("Attendance", "Leave")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        rows = []
        for staff_id, t in sorted(figures.items(), key=lambda item: people[item[0]].staff_no if item[0] in people
                                  else ""):
            person = people.get(staff_id)
            rows.append((staff_id, [person.staff_no if person else "", person.name if person else "",
                                    str(t.scheduled_days), str(t.worked_days), str(t.late_count), str(t.late_minutes),
                                    str(t.early_count), str(t.early_minutes), str(t.absent_days),
                                    str(t.missing_punches),
                                    ", ".join(f"{leave_label(k)} {v:g}" for k, v in t.leave_days.items())]))
        set_rows(self.table, rows)
        self.note.setText(tr("Attendance", "Computed from the roster and the punches. Double-click a person for their "
                                           "days."))

    def _one(self, staff_id: int) -> None:
        period = attendance.person_period(self.actor, staff_id, self.month.first, self.month.last)
        self.results, self.period = period.results, period
        headers = [tr("Attendance", "Date"), tr("Attendance", "Shift"), tr("Attendance", "Clock-in"),
                   tr("Attendance", "Clock-out"), tr("Attendance", "All punches"), tr("Attendance", "Result")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        set_rows(self.table, result_rows(period.results, period.punches))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        paint_results(self.table, period.results, 5)
        self.note.setText(_totals_text(period.totals))

    def open_row(self) -> None:
        if self.person.currentData() is None:
            staff_id = selected_id(self.table)
            if staff_id is not None:
                self.person.setCurrentIndex(self.person.findData(staff_id))
        else:
            self.correct()

    def correct(self) -> None:
        staff_id = self.person.currentData()
        index = selected_id(self.table)
        if staff_id is None or index is None:
            messages.info(self, tr("Attendance", "Choose a person, then the day to correct."))
            return
        result = self.results[index]
        if CorrectionDialog(self, self.actor, staff_id, self.period.name, result).exec():
            self.page.context.changed("attendance")
            self.reload()

    def import_punches(self) -> None:
        from shopmanager.ui.pages.importing import ImportDialog

        if ImportDialog(self, self.page.context, attendance_target()).exec():
            self.reload()

    def print_sheet(self) -> None:
        _print_month(self, self.actor, self.month.text, self.person.currentData())

    def export(self) -> None:
        from shopmanager.services.roster_reports import attendance_detail_xlsx, attendance_month_xlsx

        grid, detail = tr("Attendance", "The month grid with totals"), tr("Attendance", "Every shift with its punches")
        choice = messages.ask_choice(self, tr("Attendance", "Export to Excel"), tr("Attendance", "Which sheet?"),
                                     [grid, detail])
        if choice is None:
            return
        write = attendance_detail_xlsx if choice == detail else attendance_month_xlsx
        month, actor = self.month.text, self.actor
        export_file(self, f"attendance-{month}.xlsx", lambda path, progress: write(actor, month, path, progress))


def attendance_target():
    """The one import dialog, for punch files."""
    from shopmanager.services import punch_import
    from shopmanager.ui.pages.importing import ImportTarget

    def template(path: Path):
        from shopmanager.excel import write_template

        return write_template(path, punch_import.fields(), example_row={
            "staff_no": "0003", "name": "张敏", "date": "2026-03-09", "time": "08:57"})

    return ImportTarget(punch_import.TARGET, lambda: tr("Attendance", "Import punches (clock, DingTalk, WeCom)"),
                        punch_import.fields, punch_import.run_import, template)


class LeaveDialog(CodeDialog):
    field_widgets = {"kind": "kind", "start_at": "start_at", "end_at": "end_at", "reason": "reason",
                     "staff": "staff"}

    def __init__(self, parent, actor, *, for_someone: bool = False):
        super().__init__(parent, tr("Leave", "Ask for leave"), tr("Leave", "Send request"))
        self.actor = actor
        self.person = None
        if for_someone:
            self.person = self.add_row(tr("Leave", "Staff member"), QComboBox(self), "staff")
            for person in staff_service.list_staff(actor, include_left=False):
                self.person.addItem(person.label(), person.id)
        self.kind = self.add_row(tr("Leave", "Kind"), QComboBox(self), "kind")
        for kind in LeaveKind:
            self.kind.addItem(leave_label(kind), kind.value)
        tomorrow = timeutil.today() + dt.timedelta(days=1)
        self.start = self.add_row(tr("Leave", "From"), datetime_edit(self, dt.datetime.combine(tomorrow, dt.time(9))),
                                  "start_at")
        self.end = self.add_row(tr("Leave", "To"), datetime_edit(self, dt.datetime.combine(tomorrow, dt.time(18))),
                                "end_at")
        self.reason = self.add_row(tr("Leave", "Reason"), QLineEdit(self), "reason")
        self.fields.addRow("", QLabel(tr("Leave", "Leave is asked for in advance and approved by the supervisor."),
                                      self))
        self.resize_width(460)

    def save(self) -> None:
        leave.request_leave(self.actor, kind=self.kind.currentData(), start_at=to_datetime(self.start),
                            end_at=to_datetime(self.end), reason=self.reason.text(),
                            staff_id=self.person.currentData() if self.person is not None else None)


class LeaveTab(QWidget):
    def __init__(self, page: AttendancePage):
        super().__init__(page)
        self.page, self.actor = page, page.actor
        self.manager = self.actor.can(Perm.ATTENDANCE_MANAGE)
        self.scope = QComboBox(self)
        self.scope.setObjectName("scope")
        self.scope.addItem(tr("Leave", "My requests"), "mine")
        if self.manager:
            self.scope.addItem(tr("Leave", "Waiting for approval"), "pending")
            self.scope.addItem(tr("Leave", "Everyone's, last 90 days"), "all")
        self.scope.currentIndexChanged.connect(self.reload)
        bar = QHBoxLayout()
        bar.addWidget(self.scope)
        bar.addStretch(1)
        actions = [("request", tr("Leave", "Ask for leave…"), self.request),
                   ("withdraw", tr("Leave", "Withdraw"), self.withdraw)]
        if self.manager:
            actions += [("for_someone", tr("Leave", "Enter leave for someone…"), lambda: self.request(True)),
                        ("approve", tr("Leave", "Approve"), lambda: self.decide(True)),
                        ("reject", tr("Leave", "Reject…"), lambda: self.decide(False))]
        add_buttons(self, bar, actions)
        self.table = small_table([tr("Leave", "Staff member"), tr("Leave", "Kind"), tr("Leave", "From"),
                                  tr("Leave", "To"), tr("Leave", "Reason"), tr("Leave", "Status"),
                                  tr("Leave", "Decision note")], self)
        self.table.setObjectName("leave")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        if self.manager and leave.pending_count(self.actor):
            self.scope.setCurrentIndex(1)
        self.reload()

    def reload(self) -> None:
        scope = self.scope.currentData()
        if scope == "mine":
            rows = leave.list_leave(self.actor, staff_id=self.actor.staff_id) if self.actor.staff_id else []
        elif scope == "pending":
            rows = leave.list_leave(self.actor, status=LeaveStatus.PENDING)
        else:
            rows = leave.list_leave(self.actor, since=timeutil.today() - dt.timedelta(days=90))
        self.rows = {r.id: r for r in rows}
        set_rows(self.table, [(r.id, [r.staff_name, r.kind_text, f"{r.start_at:%Y-%m-%d %H:%M}",
                                      f"{r.end_at:%Y-%m-%d %H:%M}", r.reason, r.status_text, r.decision_note])
                              for r in rows])
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)

    def _changed(self) -> None:
        self.page.context.changed("leave")
        self.reload()

    def request(self, for_someone: bool = False) -> None:
        if LeaveDialog(self, self.actor, for_someone=for_someone).exec():
            self._changed()

    def _selected(self):
        leave_id = selected_id(self.table)
        if leave_id is None:
            messages.info(self, tr("Leave", "Select a request first."))
        return leave_id

    def withdraw(self) -> None:
        leave_id = self._selected()
        if leave_id is not None and messages.confirm(self, tr("Leave", "Withdraw this leave request?")):
            guarded(self, lambda: leave.withdraw(self.actor, leave_id), self._changed)

    def decide(self, approve: bool) -> None:
        leave_id = self._selected()
        if leave_id is None:
            return
        note = ""
        if not approve:
            note = messages.ask_text(self, tr("Leave", "Reject"), tr("Leave", "Why is it rejected?"))
            if note is None:
                return
        guarded(self, lambda: leave.decide(self.actor, leave_id, approve=approve, note=note), self._changed)


class HandoverTab(QWidget):
    def __init__(self, page: AttendancePage):
        super().__init__(page)
        self.page, self.actor = page, page.actor
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("handover_text")
        self.text.setPlaceholderText(tr("Handover", "What must the next shift know or do? One matter per item."))
        self.text.setMaximumHeight(70)
        write = QPushButton(tr("Handover", "Hand over"), self)
        write.setObjectName("write")
        write.clicked.connect(self.write)
        top = QHBoxLayout()
        top.addWidget(self.text, 1)
        top.addWidget(write)
        self.table = small_table([tr("Handover", "Written"), tr("Handover", "By"), tr("Handover", "Shift"),
                                  tr("Handover", "Matter"), tr("Handover", "Ticked off")], self)
        self.table.setObjectName("handover")
        self.table.setWordWrap(True)
        tick = QPushButton(tr("Handover", "Tick off (taken over)…"), self)
        tick.setObjectName("tick")
        tick.clicked.connect(self.tick)
        self.show_done = QCheckBox(tr("Handover", "Also show items ticked off in the last 14 days"), self)
        self.show_done.setObjectName("show_done")
        self.show_done.toggled.connect(self.reload)
        bar = QHBoxLayout()
        bar.addWidget(self.show_done)
        bar.addStretch(1)
        bar.addWidget(tick)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.reload()

    def reload(self) -> None:
        items = handover.list_items(self.actor, open_only=not self.show_done.isChecked())
        set_rows(self.table, [(i.id, [f"{i.written_at:%m-%d %H:%M}", i.author,
                                      f"{i.from_shift} → {i.to_shift}".strip(" →") if i.from_shift or i.to_shift
                                      else "", i.text,
                                      f"{i.done_at:%m-%d %H:%M} {i.done_by} {i.done_note}".strip() if i.done_at
                                      else tr("Handover", "open")]) for i in items])
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setColumnWidth(3, 460)
        self.table.resizeRowsToContents()

    def write(self) -> None:
        text = self.text.toPlainText()
        if guarded(self, lambda: handover.write_item(self.actor, text), self._changed):
            self.text.clear()

    def tick(self) -> None:
        item_id = selected_id(self.table)
        if item_id is None:
            messages.info(self, tr("Handover", "Select an item first."))
            return
        note = messages.ask_text(self, tr("Handover", "Tick off"), tr("Handover", "What was done (optional):"))
        if note is None:
            return
        guarded(self, lambda: handover.tick_off(self.actor, item_id, note), self._changed)

    def _changed(self) -> None:
        self.page.context.changed("handover")
        self.reload()


class AttendancePage(QWidget):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.actor = context, context.actor
        self.tabs = QTabWidget(self)
        self.my_day = MyDayTab(self)
        self.tabs.addTab(self.my_day, tr("Attendance", "My day"))
        self.team = None
        if self.actor.can(Perm.ATTENDANCE_MANAGE):
            self.team = TeamTab(self)
            self.tabs.addTab(self.team, tr("Attendance", "Team"))
        self.leave_tab = LeaveTab(self)
        self.tabs.addTab(self.leave_tab, tr("Attendance", "Leave"))
        self.handover_tab = HandoverTab(self)
        self.tabs.addTab(self.handover_tab, tr("Attendance", "Handover book"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _index: self.activated())
        context.data_changed.connect(lambda entity: self.activated() if self.isVisible() and entity in (
            "roster", "leave", "settings", "staff") else None)

    def activated(self) -> None:
        current = self.tabs.currentWidget()
        if current is self.team:
            self.team.fill_people()
        elif hasattr(current, "reload"):
            current.reload()
