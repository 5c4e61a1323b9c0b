"""例会与培训: the weekly meeting's minutes (attendees, each member's report, decisions with an
owner and a due date; printable) and training records with a score per attendee."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm
from shopmanager.services import meetings, staff as staff_service
from shopmanager.ui import messages
from shopmanager.ui.pages.roster_common import CodeDialog, add_buttons, date_edit, datetime_edit, to_date, to_datetime
from shopmanager.ui.pages.users import selected_id, set_rows, small_table

NO_SCORE = -1


def _people_combo(parent, people, current: int | None, *, blank: bool = True) -> QComboBox:
    combo = QComboBox(parent)
    if blank:
        combo.addItem("—", None)
    for person in people:
        combo.addItem(person.label(), person.id)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _editable(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)


def _fixed(text: str, staff_id: int | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setData(Qt.ItemDataRole.UserRole, staff_id)
    return item


class MeetingDialog(CodeDialog):
    """The minutes of one meeting; read-only for those who may not edit them."""

    field_widgets = {"held_at": "held_at", "decisions": "decisions", "members": "members"}

    def __init__(self, parent, actor, record: meetings.MeetingRecord):
        super().__init__(parent, record.title or tr("Meetings", "Weekly meeting"), scroll=True)
        self.actor, self.record = actor, record
        self.people = staff_service.list_staff(actor, include_left=record.id is not None)
        self.held_at = self.add_row(tr("Meetings", "Held at"), datetime_edit(self, record.held_at), "held_at")
        self.chair = self.add_row(tr("Meetings", "Chaired by"), _people_combo(self, self.people, record.chair_id),
                                  "chair")
        self.title_edit = self.add_row(tr("Meetings", "Title"), QLineEdit(record.title, self), "title")
        self.members = QTableWidget(len(record.members), 4, self)
        self.members.setObjectName("members")
        self.members.setHorizontalHeaderLabels([tr("Staff", "Name"), tr("Meetings", "Present"),
                                                tr("Meetings", "Last week's work"), tr("Meetings", "What to improve")])
        self.members.verticalHeader().setVisible(False)
        header = self.members.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for row, member in enumerate(record.members):
            self.members.setItem(row, 0, _fixed(member.name, member.staff_id))
            present = _fixed("")
            present.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            present.setCheckState(Qt.CheckState.Checked if member.present else Qt.CheckState.Unchecked)
            self.members.setItem(row, 1, present)
            self.members.setItem(row, 2, _editable(member.last_week))
            self.members.setItem(row, 3, _editable(member.improve))
        self.members.setMinimumHeight(170)
        self.fields.addRow(QLabel(tr("Meetings", "Reports of the members (double-click to write):"), self))
        self.fields.addRow(self.members)
        self.decisions = QTableWidget(0, 4, self)
        self.decisions.setObjectName("decisions")
        self.decisions.setHorizontalHeaderLabels([tr("Meetings", "Decision"), tr("Meetings", "Owner"),
                                                  tr("Meetings", "Due"), tr("Meetings", "Done")])
        self.decisions.verticalHeader().setVisible(False)
        self.decisions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.decisions.setMinimumHeight(120)
        for decision in record.decisions:
            self.add_decision(decision)
        add = QPushButton(tr("Meetings", "Add a decision"), self)
        add.setObjectName("add_decision")
        add.clicked.connect(lambda: self.add_decision(meetings.Decision("")))
        remove = QPushButton(tr("Meetings", "Remove the decision"), self)
        remove.clicked.connect(lambda: self.decisions.removeRow(self.decisions.currentRow()))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Meetings", "Decisions:"), self))
        bar.addStretch(1)
        bar.addWidget(add)
        bar.addWidget(remove)
        self.fields.addRow(bar)
        self.fields.addRow(self.decisions)
        self.notes = self.add_row(tr("Meetings", "Notes"), QPlainTextEdit(record.notes, self), "notes")
        self.notes.setMaximumHeight(70)
        if not actor.can(Perm.MEETINGS_EDIT):
            self.read_only()
        self.resize(980, 640)

    def add_decision(self, decision: meetings.Decision) -> None:
        row = self.decisions.rowCount()
        self.decisions.insertRow(row)
        self.decisions.setItem(row, 0, _editable(decision.text))
        self.decisions.setCellWidget(row, 1, _people_combo(self.decisions, self.people, decision.owner_id))
        due = date_edit(self.decisions, decision.due_date or (self.record.held_at.date() + dt.timedelta(days=7)))
        self.decisions.setCellWidget(row, 2, due)
        done = QCheckBox(self.decisions)
        done.setChecked(decision.done)
        self.decisions.setCellWidget(row, 3, done)

    def collect(self) -> meetings.MeetingRecord:
        record = self.record
        record.held_at = to_datetime(self.held_at)
        record.chair_id = self.chair.currentData()
        record.title = self.title_edit.text()
        record.notes = self.notes.toPlainText()
        members = []
        for row in range(self.members.rowCount()):
            members.append(meetings.MemberReport(
                self.members.item(row, 0).data(Qt.ItemDataRole.UserRole),
                self.members.item(row, 1).checkState() == Qt.CheckState.Checked,
                self.members.item(row, 2).text() if self.members.item(row, 2) else "",
                self.members.item(row, 3).text() if self.members.item(row, 3) else "",
                self.members.item(row, 0).text()))
        record.members = members
        decisions = []
        for row in range(self.decisions.rowCount()):
            text = self.decisions.item(row, 0).text() if self.decisions.item(row, 0) else ""
            due: QDateEdit = self.decisions.cellWidget(row, 2)
            decisions.append(meetings.Decision(text, self.decisions.cellWidget(row, 1).currentData(), to_date(due),
                                               self.decisions.cellWidget(row, 3).isChecked()))
        record.decisions = decisions
        return record

    def save(self) -> None:
        self.record.id = meetings.save_meeting(self.actor, self.collect())


class TrainingDialog(CodeDialog):
    field_widgets = {"topic": "topic", "attendees": "attendees"}

    def __init__(self, parent, actor, record: meetings.TrainingRecord | None = None):
        super().__init__(parent, tr("Training", "Training record"), scroll=True)
        self.actor, self.record = actor, record
        self.held_on = self.add_row(tr("Training", "Date"), date_edit(self, record.held_on if record else None),
                                    "held_on")
        self.topic = self.add_row(tr("Training", "Topic"), QLineEdit(record.topic if record else "", self), "topic")
        self.trainer = self.add_row(tr("Training", "Trainer"), QLineEdit(record.trainer if record else "", self),
                                    "trainer")
        self.attendees = QTableWidget(0, 3, self)
        self.attendees.setObjectName("attendees")
        self.attendees.setHorizontalHeaderLabels([tr("Training", "Attended"), tr("Training", "Score (0–100)"),
                                                  tr("Training", "Comment")])
        self.attendees.verticalHeader().setVisible(False)
        self.attendees.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        given = {a.staff_id: a for a in (record.attendees if record else [])}
        for person in staff_service.list_staff(actor, include_left=bool(given)):
            if person.status != "active" and person.id not in given:
                continue
            row = self.attendees.rowCount()
            self.attendees.insertRow(row)
            name = _fixed(person.label(), person.id)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked if person.id in given else Qt.CheckState.Unchecked)
            self.attendees.setItem(row, 0, name)
            score = QSpinBox(self.attendees)
            score.setRange(NO_SCORE, 100)
            score.setSpecialValueText("—")
            score.setValue(given[person.id].score if person.id in given and given[person.id].score is not None
                           else NO_SCORE)
            self.attendees.setCellWidget(row, 1, score)
            self.attendees.setItem(row, 2, _editable(given[person.id].comment if person.id in given else ""))
        self.attendees.setMinimumHeight(330)
        self.fields.addRow(self.attendees)
        self.notes = self.add_row(tr("Training", "Content and notes"), QPlainTextEdit(record.notes if record else "",
                                                                                      self), "notes")
        self.notes.setMaximumHeight(80)
        if not actor.can(Perm.MEETINGS_EDIT):
            self.read_only()
        self.resize(720, 600)

    def save(self) -> None:
        attendees = []
        for row in range(self.attendees.rowCount()):
            name = self.attendees.item(row, 0)
            if name.checkState() != Qt.CheckState.Checked:
                continue
            score = self.attendees.cellWidget(row, 1).value()
            comment = self.attendees.item(row, 2).text() if self.attendees.item(row, 2) else ""
            attendees.append(meetings.Attendee(name.data(Qt.ItemDataRole.UserRole),
                                               None if score == NO_SCORE else score, comment, name.text()))
        record = meetings.TrainingRecord(to_date(self.held_on), self.topic.text(), self.trainer.text(),
                                         self.notes.toPlainText(), attendees, self.record.id if self.record else None)
        meetings.save_training(self.actor, record)


class MeetingsPage(QWidget):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.actor = context, context.actor
        editor = self.actor.can(Perm.MEETINGS_EDIT)
        self.reminder = QLabel(self)
        self.reminder.setObjectName("reminder")
        self.reminder.setWordWrap(True)
        self.reminder.setStyleSheet("background: #ede7f6; border: 1px solid #b39ddb; padding: 6px;")
        self.tabs = QTabWidget(self)
        meetings_tab = QWidget(self)
        bar = QHBoxLayout()
        actions = [("open_meeting", tr("Meetings", "Open…"), self.open_meeting),
                   ("print_minutes", tr("Meetings", "Print minutes…"), self.print_minutes)]
        if editor:
            actions.insert(0, ("new_meeting", tr("Meetings", "Write this week's minutes…"), self.new_meeting))
        add_buttons(meetings_tab, bar, actions)
        bar.addStretch(1)
        self.meetings = small_table([tr("Meetings", "Held at"), tr("Meetings", "Title"), tr("Meetings", "Chaired by"),
                                     tr("Meetings", "Present"), tr("Meetings", "Decisions"),
                                     tr("Meetings", "Open decisions")], meetings_tab)
        self.meetings.setObjectName("meetings")
        self.meetings.doubleClicked.connect(self.open_meeting)
        layout = QVBoxLayout(meetings_tab)
        layout.addLayout(bar)
        layout.addWidget(self.meetings, 1)
        self.tabs.addTab(meetings_tab, tr("Meetings", "Weekly meetings"))
        training_tab = QWidget(self)
        bar = QHBoxLayout()
        actions = [("open_training", tr("Training", "Open…"), self.open_training)]
        if editor:
            actions.insert(0, ("new_training", tr("Training", "New training record…"), self.new_training))
        add_buttons(training_tab, bar, actions)
        bar.addStretch(1)
        self.trainings = small_table([tr("Training", "Date"), tr("Training", "Topic"), tr("Training", "Trainer"),
                                      tr("Training", "Attendees"), tr("Training", "Average score")], training_tab)
        self.trainings.setObjectName("trainings")
        self.trainings.doubleClicked.connect(self.open_training)
        layout = QVBoxLayout(training_tab)
        layout.addLayout(bar)
        layout.addWidget(self.trainings, 1)
        self.tabs.addTab(training_tab, tr("Training", "Training records"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminder)
        layout.addWidget(self.tabs, 1)
        self.reload()

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        text = meetings.reminder(self.actor)
        self.reminder.setText(text or tr("Meetings", "Weekly meeting: next on {when}.").format(
            when=f"{meetings.next_meeting():%Y-%m-%d %H:%M}"))
        set_rows(self.meetings, [(m.id, [f"{m.held_at:%Y-%m-%d %H:%M}", m.title, m.chair, str(m.present),
                                         str(m.decisions), str(m.open_decisions)])
                                 for m in meetings.list_meetings(self.actor)])
        self.meetings.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        set_rows(self.trainings, [(t.id, [f"{t.held_on:%Y-%m-%d}", t.topic, t.trainer, str(t.attendees),
                                          f"{t.average_score:.1f}" if t.average_score is not None else ""])
                                  for t in meetings.list_trainings(self.actor)])
        self.trainings.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def _done(self, entity: str) -> None:
        self.reload()
        self.context.changed(entity)

    def new_meeting(self) -> None:
        if MeetingDialog(self, self.actor, meetings.new_meeting(self.actor)).exec():
            self._done("meeting")

    def _meeting_id(self) -> int | None:
        meeting_id = selected_id(self.meetings)
        if meeting_id is None:
            messages.info(self, tr("Meetings", "Select a meeting first."))
        return meeting_id

    def open_meeting(self) -> None:
        meeting_id = self._meeting_id()
        if meeting_id is not None and MeetingDialog(self, self.actor, meetings.get_meeting(self.actor,
                                                                                            meeting_id)).exec():
            self._done("meeting")

    def print_minutes(self) -> None:
        from shopmanager.services.roster_reports import meeting_minutes_pdf
        from shopmanager.ui.printing import show_report

        meeting_id = self._meeting_id()
        if meeting_id is None:
            return
        actor = self.actor
        show_report(self, tr("Meetings", "Minutes"), lambda progress: meeting_minutes_pdf(actor, meeting_id, progress),
                    f"minutes-{meeting_id}.pdf")

    def new_training(self) -> None:
        if TrainingDialog(self, self.actor).exec():
            self._done("training")

    def open_training(self) -> None:
        training_id = selected_id(self.trainings)
        if training_id is None:
            messages.info(self, tr("Training", "Select a training first."))
            return
        if TrainingDialog(self, self.actor, meetings.get_training(self.actor, training_id)).exec():
            self._done("training")

