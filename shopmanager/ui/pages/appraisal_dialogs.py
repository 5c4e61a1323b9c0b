"""The appraisal's dialogs: the scoring form of one person (self-assessment, supervisor, peer,
or just looking), what a figure counts, a customer's score."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from shopmanager.core.appraisal import (
    SOURCES, format_number, format_total, grade_label, group_label, source_label,
)
from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm, role_label
from shopmanager.services import appraisal_scoring
from shopmanager.services.appraisal import state_label
from shopmanager.ui import messages
from shopmanager.ui.dialogs import Dialog, ok_cancel_buttons
from shopmanager.ui.format import display
from shopmanager.ui.screen import FitScrollArea

ERROR_STYLE = "color: #b00020;"


def mode_title(mode: str) -> str:
    return {
        "self": tr("Appraisal", "Self-assessment"),
        "supervisor": tr("Appraisal", "Supervisor's scores"),
        "peer": tr("Appraisal", "Peer scores"),
        "view": tr("Appraisal", "Appraisal"),
    }.get(mode, mode)


def read_only_item(text: str, *, right: bool = False, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class DetailDialog(Dialog):
    """What a computed figure counts: the orders, customers, parcels, cases or days."""

    def __init__(self, parent: QWidget | None, table):
        super().__init__(parent)
        self.setWindowTitle(table.title)
        view = QTableWidget(len(table.rows), len(table.columns), self)
        view.setObjectName("detail")
        view.setHorizontalHeaderLabels([header for header, _kind in table.columns])
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.setAlternatingRowColors(True)
        for r, row in enumerate(table.rows):
            for c, ((_header, kind), value) in enumerate(zip(table.columns, row)):
                view.setItem(r, c, read_only_item(display(kind, value), right=kind in ("int", "money", "percent")))
        view.resizeColumnsToContents()
        view.horizontalHeader().setStretchLastSection(True)
        count = QLabel(tr("Appraisal", "{n} in all").format(n=table.total), self)
        note = QLabel(table.note, self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(view, 1)
        layout.addWidget(count)
        if table.note:
            layout.addWidget(note)
        close = QPushButton(tr("Reports", "Close"), self)
        close.clicked.connect(self.accept)
        layout.addWidget(close, alignment=Qt.AlignmentFlag.AlignRight)
        self.resize(760, 480)


class CustomerScoreDialog(QDialog):
    """A customer's score from a revisit or a satisfaction result."""

    def __init__(self, parent: QWidget | None, actor, appraisal_id: int, lines: list):
        super().__init__(parent)
        self.actor, self.appraisal_id = actor, appraisal_id
        self.setWindowTitle(tr("Appraisal", "Add a customer score"))
        self.line = QComboBox(self)
        self.line.setObjectName("line")
        for line in lines:
            self.line.addItem(line.label(), line.line_id)
        self.score = QLineEdit(self)
        self.score.setObjectName("score")
        self.score.setPlaceholderText("0–100")
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(tr("Appraisal", "e.g. revisit 10-12, Ms Wang: very satisfied"))
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Appraisal", "Indicator"), self.line)
        form.addRow(tr("Appraisal", "Score"), self.score)
        form.addRow(tr("Appraisal", "From"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel_buttons(self, tr("Appraisal", "Add")))
        self.setMinimumWidth(460)

    def accept(self) -> None:
        try:
            appraisal_scoring.add_customer_score(self.actor, self.appraisal_id, self.line.currentData(),
                                                 self.score.text(), self.note.text())
        except ShopError as error:
            self.message.setText(str(error))
            return
        super().accept()


def line_columns() -> list[str]:
    return [tr("Appraisal", "Group"), tr("Appraisal", "Indicator"), tr("Appraisal", "Target / rule"),
            tr("Appraisal", "Actual"), tr("Appraisal", "Score"), tr("Appraisal", "Weight %"),
            tr("Appraisal", "Your score")]


class ScoringDialog(Dialog):
    """One person's appraisal form: the indicators with their figures (double-click opens what a
    figure counts), each source's score, the total and grade, the comments; in a scoring mode
    the actor's own scores are typed into the last column."""

    def __init__(self, parent: QWidget | None, context, appraisal_id: int, mode: str = "view"):
        super().__init__(parent)
        self.context, self.actor, self.appraisal_id, self.mode = context, context.actor, appraisal_id, mode
        self.changed = False
        self.view = appraisal_scoring.form(self.actor, appraisal_id, mode)
        result = self.view.result
        self.setWindowTitle(f"{mode_title(mode)} — {result.staff_name} {result.month}")
        self.header = QLabel(self)
        self.header.setObjectName("header")
        self.header.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        headers = line_columns()
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("lines")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.cellDoubleClicked.connect(self._open_detail)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("comment")
        self.comment.setFixedHeight(60)
        self.comments = QLabel(self)
        self.comments.setObjectName("comments")
        self.comments.setWordWrap(True)
        self.comments.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.header)
        body_layout.addWidget(self.status)
        body_layout.addWidget(self.table)
        body_layout.addWidget(self.summary)
        body_layout.addWidget(self.comments)
        self.comment_box = QGroupBox(self._comment_title(), body)
        comment_layout = QVBoxLayout(self.comment_box)
        comment_layout.addWidget(self.comment)
        body_layout.addWidget(self.comment_box)
        self.customer_box = self._customer_box(body)
        body_layout.addWidget(self.customer_box)
        body_layout.addStretch(1)
        scroll = FitScrollArea(body, self)

        self.buttons = ok_cancel_buttons(self, tr("Appraisal", "Save scores"))
        if not self.view.can_edit:
            self.buttons.button(self.buttons.StandardButton.Ok).hide()
            self.buttons.button(self.buttons.StandardButton.Cancel).setText(tr("Reports", "Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.accept)
        self._show()
        if self.view.shows_result:
            self.resize(1060, 660)
        else:  # a colleague scoring as a peer: the few lines they score, nothing else
            for column in (3, 4):
                self.table.setColumnHidden(column, True)
            self.resize(820, 320)

    # -- building ----------------------------------------------------------------------------
    def _comment_title(self) -> str:
        return {"employee_comment": tr("Appraisal", "Your comment (the employee's)"),
                "supervisor_comment": tr("Appraisal", "Supervisor's comment")}.get(self.view.comment_field, "")

    def _customer_box(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(tr("Appraisal", "Customer scores (revisits, satisfaction results)"), parent)
        self.customer_table = QTableWidget(0, 4, box)
        self.customer_table.setObjectName("customer_scores")
        self.customer_table.setHorizontalHeaderLabels([tr("Appraisal", "Indicator"), tr("Appraisal", "Score"),
                                                       tr("Appraisal", "From"), tr("Appraisal", "Entered")])
        self.customer_table.verticalHeader().setVisible(False)
        self.customer_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.customer_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.customer_table.horizontalHeader().setStretchLastSection(True)
        self.customer_table.setFixedHeight(110)
        add = QPushButton(tr("Appraisal", "Add a customer score…"), box)
        add.setObjectName("add_customer")
        add.clicked.connect(self.add_customer_score)
        remove = QPushButton(tr("Appraisal", "Remove"), box)
        remove.setObjectName("remove_customer")
        remove.clicked.connect(self.remove_customer_score)
        self.customer_buttons = [add, remove]
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.customer_table)
        layout.addLayout(buttons)
        return box

    def _show(self) -> None:
        view, result = self.view, self.view.result
        self.header.setText(tr("Appraisal", "{name} · {role} · {month}").format(
            name=result.staff_name, role=role_label(result.role), month=result.month))
        status = [state_label(result.state)] if view.shows_result else []
        if view.why_locked:
            status.append(view.why_locked)
        elif self.mode == "self":
            status.append(tr("Appraisal", "Score yourself 0–100 on each line of the last column; your supervisor and "
                                          "the owner see it."))
        elif self.mode == "peer":
            status.append(tr("Appraisal", "Your scores are anonymous: {name} sees only the mean of all colleagues.")
                          .format(name=result.staff_name))
        if view.peer_names:
            waiting = [name for name, done in view.peer_names if not done]
            if waiting:
                status.append(tr("Appraisal", "Peers still to score: {names}").format(names=", ".join(waiting)))
        self.status.setText("  ".join(status))
        editable = self.mode != "view" and view.can_edit
        self.table.setColumnHidden(6, self.mode == "view")
        self.table.setRowCount(len(result.lines))
        for row, line in enumerate(result.lines):
            target, actual = line.texts()
            explain = line.definition.explain() if line.definition else ""
            tip = "\n".join(part for part in (line.actual_text, explain) if part)
            if not line.direct and not line.hidden:
                tip += "\n" + tr("Appraisal", "Double-click to see what it counts.")
            values = [group_label(line.group), line.label(), target, actual,
                      format_number(line.score) if view.shows_result else "", str(line.weight)]
            for column, text in enumerate(values):
                self.table.setItem(row, column, read_only_item(text, right=column >= 4, tooltip=tip.strip()))
            mine = view.my_scores.get(line.line_id)
            item = QTableWidgetItem(format_number(mine) if mine is not None else "")
            item.setData(Qt.ItemDataRole.UserRole, line.line_id)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if editable and line.line_id in view.editable_lines:
                item.setBackground(QColor("#fff8e1"))
                item.setToolTip(tr("Appraisal", "Type a score 0–100"))
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setText("" if line.line_id not in view.editable_lines else item.text())
            self.table.setItem(row, 6, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((110, 250, 190, 200, 60, 70, 90)):
            self.table.setColumnWidth(column, width)
        self.table.resizeRowsToContents()
        # The whole form scrolls as one page: the indicators are all visible, no scroll bar of their own.
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth() + sum(
            self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMinimumHeight(height + 2)
        self.table.setMaximumHeight(height + 2)
        if view.shows_result:
            scores = "  ".join(f"{source_label(s)} {format_number(result.source_scores.get(s))}"
                               f" ({result.source_weights.get(s, 0)}%)" for s in SOURCES)
            peers = tr("Appraisal", "peers scored: {n} of {total}").format(n=view.peers_done, total=view.peers_total) \
                if view.peers_total else ""
            final = result.state in ("ready", "signed")
            provisional = "" if final else tr("Appraisal", " (provisional: not everyone has scored)")
            grade = grade_label(result.grade) if final else ""
            self.summary.setText(
                f"<b>{tr('Appraisal', 'Total score')}: {format_total(result.total)}{provisional}</b> &nbsp; "
                f"<b>{tr('Appraisal', 'Grade')}: {grade or '—'}</b><br>"
                f"{tr('Appraisal', 'Each source')}: {scores}" + (f" &nbsp; {peers}" if peers else ""))
            comments = []
            if result.supervisor_comment and self.view.comment_field != "supervisor_comment":
                comments.append(tr("Appraisal", "Supervisor's comment: {text}").format(text=result.supervisor_comment))
            if result.employee_comment and self.view.comment_field != "employee_comment":
                comments.append(tr("Appraisal", "Employee's comment: {text}").format(text=result.employee_comment))
            self.comments.setText("\n".join(comments))
        self.summary.setVisible(view.shows_result)
        self.comments.setVisible(view.shows_result and bool(self.comments.text()))
        self.comment_box.setVisible(bool(view.comment_field))
        self.comment.setReadOnly(not editable)
        if view.comment_field:
            self.comment.setPlainText(getattr(result, view.comment_field))
        customer_lines = [line for line in result.lines if line.direct and "customer" in line.sources]
        team = self.actor.can(Perm.APPRAISAL_TEAM) and self.actor.staff_id != result.staff_id
        self.customer_box.setVisible(bool(customer_lines) and team and self.mode in ("view", "supervisor"))
        self.customer_table.setRowCount(len(view.customer_scores))
        for row, score in enumerate(view.customer_scores):
            values = [score.line, format_number(score.score), score.note, display("datetime", score.at)]
            for column, text in enumerate(values):
                item = read_only_item(text, right=column == 1)
                item.setData(Qt.ItemDataRole.UserRole, score.score_id)
                self.customer_table.setItem(row, column, item)
        for column, width in enumerate((200, 60, 420)):
            self.customer_table.setColumnWidth(column, width)
        for button in self.customer_buttons:
            button.setEnabled(not view.locked)

    # -- actions --------------------------------------------------------------------------------
    def _open_detail(self, row: int, _column: int) -> None:
        line = self.view.result.lines[row]
        if line.direct or line.hidden:
            return
        try:
            table = appraisal_scoring.figure_detail(self.actor, self.appraisal_id, line.line_id)
        except ShopError as error:
            messages.error(self, str(error))
            return
        DetailDialog(self, table).exec()

    def _reload(self) -> None:
        self.view = appraisal_scoring.form(self.actor, self.appraisal_id, self.mode)
        self._show()

    def add_customer_score(self) -> None:
        lines = [line for line in self.view.result.lines if line.direct and "customer" in line.sources]
        if CustomerScoreDialog(self, self.actor, self.appraisal_id, lines).exec():
            self.changed = True
            self.context.changed("appraisal")
            self._reload()

    def remove_customer_score(self) -> None:
        items = self.customer_table.selectedItems()
        if not items:
            messages.info(self, tr("Appraisal", "Choose a customer score first."))
            return
        if not messages.confirm(self, tr("Appraisal", "Remove this customer score?"), destructive=True):
            return
        try:
            appraisal_scoring.remove_customer_score(self.actor, items[0].data(Qt.ItemDataRole.UserRole))
        except ShopError as error:
            messages.error(self, str(error))
            return
        self.changed = True
        self.context.changed("appraisal")
        self._reload()

    def scores(self) -> dict[int, str]:
        values = {}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 6)
            line_id = item.data(Qt.ItemDataRole.UserRole)
            if line_id in self.view.editable_lines:
                values[line_id] = item.text().strip()
        return values

    def accept(self) -> None:
        if not self.view.can_edit or self.mode == "view":
            super().accept()
            return
        comment = self.comment.toPlainText() if self.view.comment_field else None
        try:
            self.view = appraisal_scoring.save_scores(self.actor, self.appraisal_id, self.mode, self.scores(),
                                                      comment=comment,
                                                      expected_version=self.view.result.row_version)
        except ShopError as error:
            self.message.setText(str(error))
            self.message.show()
            self._focus_field(error.field)
            return
        self.changed = True
        self.context.changed("appraisal")
        super().accept()

    def _focus_field(self, field: str | None) -> None:
        if not field or not field.startswith("line_"):
            return
        line_id = int(field.split("_", 1)[1])
        for row in range(self.table.rowCount()):
            if self.table.item(row, 6).data(Qt.ItemDataRole.UserRole) == line_id:
                self.table.setCurrentCell(row, 6)
                self.table.editItem(self.table.item(row, 6))
                return

