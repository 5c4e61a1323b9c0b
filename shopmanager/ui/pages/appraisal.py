"""绩效考核: the month's appraisal page (every employee's status: waiting for self /
supervisor / peers / signed), the employee's own view with their self-assessment and the
colleagues they score, the owner's template editor and teams."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
    QWidget,
)

from shopmanager.core import timeutil
from shopmanager.core.appraisal import APPRAISED_ROLES, Month, appraisal_month_for, format_total, grade_label
from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm, role_label
from shopmanager.services import appraisal, appraisal_scoring, settings
from shopmanager.ui import messages
from shopmanager.ui.pages.appraisal_dialogs import ScoringDialog
from shopmanager.ui.pages.users import selected_id, small_table
from shopmanager.ui.state import UiState

BANNER_STYLE = "background: #fff8e1; border: 1px solid #ffe082; border-radius: 4px; padding: 6px;"


class SortItem(QTableWidgetItem):
    """A cell that sorts by a value of its own (totals as numbers, '—' last)."""

    def __init__(self, text: str, key):
        super().__init__(text)
        self.key = key
        self.setFlags(self.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def __lt__(self, other) -> bool:
        if isinstance(other, SortItem):
            mine, theirs = self.key, other.key
            if mine is None or theirs is None:
                return mine is None and theirs is not None
            return mine < theirs
        return super().__lt__(other)


def _set_table(table: QTableWidget, rows: list[tuple[int, list[tuple[str, object]]]], *,
               muted: set[int] = frozenset()) -> None:
    """Rows of (id, [(text, sort key)]); the rows in `muted` are shown grey (provisional)."""
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, (row_id, cells) in enumerate(rows):
        for c, (text, key) in enumerate(cells):
            item = SortItem(text, key)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            if isinstance(key, (int, float)) and not isinstance(key, bool) or key is None and text in ("—", ""):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row_id in muted and c in (7, 8):
                item.setForeground(QBrush(QColor("#888")))
                item.setToolTip(tr("Appraisal", "Provisional: not everyone has scored yet."))
            table.setItem(r, c, item)
    table.setSortingEnabled(True)


def _month_choices(combo: QComboBox, months: list[tuple[Month, str]], current: Month) -> None:
    combo.blockSignals(True)
    combo.clear()
    known = {m for m, _status in months}
    entries = sorted(known | {current}, reverse=True)
    labels = {"open": tr("Appraisal", "open"), "signed": tr("Appraisal", "signed off")}
    status = dict(months)
    for month in entries:
        suffix = labels.get(status.get(month, ""), tr("Appraisal", "not opened"))
        combo.addItem(f"{month} ({suffix})", str(month))
    combo.setCurrentIndex(max(0, combo.findData(str(current))))
    combo.blockSignals(False)


def _current_month() -> Month:
    return appraisal_month_for(timeutil.today(), int(settings.get("appraisal.self_from_day")))


def open_form(parent: QWidget, context, appraisal_id: int, mode: str) -> bool:
    """The scoring form of one appraisal; True when something was saved."""
    try:
        dialog = ScoringDialog(parent, context, appraisal_id, mode)
    except ShopError as error:
        messages.error(parent, str(error))
        return False
    dialog.exec()
    return dialog.changed


def print_month(parent: QWidget, actor, month: str) -> None:
    from shopmanager.services.appraisal_reports import monthly_appraisal_pdf
    from shopmanager.ui.printing import show_report

    show_report(parent, tr("Appraisal", "Monthly appraisal {month}").format(month=month),
                lambda progress: monthly_appraisal_pdf(actor, month, progress), f"appraisal-{month}.pdf")


def month_columns() -> list[str]:
    return [tr("Appraisal", "Name"), tr("Appraisal", "Role"), tr("Appraisal", "Team"), tr("Appraisal", "Self"),
            tr("Appraisal", "Supervisor"), tr("Appraisal", "Peers"), tr("Appraisal", "Customers"),
            tr("Appraisal", "Total score"), tr("Appraisal", "Grade"), tr("Appraisal", "Status"),
            tr("Appraisal", "Still to score")]


class MonthTab(QWidget):
    """Every employee of a month: who still has to score, totals, sign-off (owner)."""

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.actor = context, context.actor
        self.overview = None
        self.month = QComboBox(self)
        self.month.setObjectName("month")
        self.month.setMinimumWidth(190)
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(tr("Appraisal", "Find a name…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.banner = QLabel(self)
        self.banner.setObjectName("reminders")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.table = small_table(month_columns(), self)
        self.table.setObjectName("employees")
        self.table.doubleClicked.connect(lambda _index: self.score())
        manage = self.actor.can(Perm.APPRAISAL_MANAGE)
        self.buttons: dict[str, QPushButton] = {}
        specs = [("open", tr("Appraisal", "Open the month"), self.open_month, manage),
                 ("score", tr("Appraisal", "Score / view…"), self.score, True),
                 ("sign", tr("Appraisal", "Sign off"), self.sign_off, manage),
                 ("sign_month", tr("Appraisal", "Sign off the month"), self.sign_month, manage),
                 ("reopen", tr("Appraisal", "Reopen…"), self.reopen, manage),
                 ("print", tr("Appraisal", "Print report…"), self.print_report, True),
                 ("export", tr("Tables", "Export to Excel…"), self.export, True)]
        bar = QHBoxLayout()
        for key, text, slot, shown in specs:
            button = QPushButton(text, self)
            button.setObjectName(key)
            button.clicked.connect(slot)
            button.setVisible(shown)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Appraisal", "Month:"), self))
        top.addWidget(self.month)
        top.addWidget(self.search)
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=self.refresh)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_report)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.score)
        self.reload_months()

    def reload_months(self) -> None:
        selected = self.month.currentData()
        current = Month.parse(selected) if selected else _current_month()
        _month_choices(self.month, appraisal.opened_months(self.actor), current)
        self.refresh()

    def selected_month(self) -> str:
        return self.month.currentData() or str(_current_month())

    def refresh(self) -> None:
        month = self.selected_month()
        self.overview = overview = appraisal.month_overview(self.actor, month)
        reminders = appraisal.reminders(self.actor)
        self.banner.setText("\n".join(reminders))
        self.banner.setVisible(bool(reminders))
        rows = []
        provisional = set()
        for row in overview.rows:
            if row.grade is None:
                provisional.add(row.appraisal_id)
            state = appraisal.state_label(row.state)
            rows.append((row.appraisal_id, [
                (row.name, row.name), (role_label(row.role), role_label(row.role)),
                (row.team or "—", row.team), (row.self_state, row.self_state),
                (row.supervisor_state, row.supervisor_state), (row.peers, row.peers),
                (row.customers, row.customers),
                (format_total(row.total), float(row.total) if row.total is not None else None),
                (grade_label(row.grade) or "—", grade_label(row.grade)), (state, state),
                (", ".join(row.waiting_names), ", ".join(row.waiting_names))]))
        _set_table(self.table, rows, muted=provisional)
        self.table.resizeColumnsToContents()
        for column, width in ((0, 90), (9, 150)):
            self.table.setColumnWidth(column, max(width, self.table.columnWidth(column)))
        self._filter(self.search.text())
        opened = overview.status != "none"
        signed = overview.status == "signed"
        if not opened:
            self.summary.setText(tr("Appraisal", "Not opened yet. Due by {due}.").format(due=overview.due))
        else:
            done = overview.counts.get("signed", 0)
            self.summary.setText(tr("Appraisal", "{n} employees · {signed} signed off · due by {due}").format(
                n=len(overview.rows), signed=done, due=overview.due) + (
                "  🔒 " + tr("Appraisal", "locked") if signed else ""))
        self.buttons["open"].setEnabled(not signed)
        self.buttons["open"].setText(tr("Appraisal", "Add new staff") if opened else tr("Appraisal", "Open the month"))
        for key in ("score", "sign", "print", "export"):
            self.buttons[key].setEnabled(opened)
        self.buttons["sign_month"].setEnabled(opened and not signed)
        self.buttons["reopen"].setEnabled(opened and overview.counts.get("signed", 0) > 0)

    def _filter(self, text: str) -> None:
        text = text.strip().lower()
        for row in range(self.table.rowCount()):
            name = self.table.item(row, 0).text().lower()
            self.table.setRowHidden(row, bool(text) and text not in name)

    def _selected(self):
        appraisal_id = selected_id(self.table)
        if appraisal_id is None:
            messages.info(self, tr("Appraisal", "Choose an employee first."))
            return None
        return next(r for r in self.overview.rows if r.appraisal_id == appraisal_id)

    # -- actions -------------------------------------------------------------------------------------
    def open_month(self) -> None:
        month = self.selected_month()
        try:
            opened = appraisal.open_month(self.actor, month)
        except ShopError as error:
            messages.error(self, str(error))
            return
        messages.info(self, tr("Appraisal", "Appraisal {month}: {created} new, {total} employees in all. They can "
                                            "score now; it is due by {due}.").format(
            month=month, created=opened.created, total=opened.total, due=self.overview.due))
        self.context.changed("appraisal")
        self.reload_months()

    def score(self) -> None:
        row = self._selected()
        if row is None:
            return
        mode = "view"
        if self.overview.status != "signed" and row.state != "signed" and row.staff_id != self.actor.staff_id:
            mode = "supervisor" if appraisal_scoring.may_score_as(self.actor, row.appraisal_id, "supervisor") \
                else "view"
        if open_form(self, self.context, row.appraisal_id, mode):
            self.refresh()

    def sign_off(self) -> None:
        row = self._selected()
        if row is None:
            return
        waiting = ""
        if row.waiting_names:
            waiting = "\n" + tr("Appraisal", "Still to score: {names}. Their scores will be missing.").format(
                names=", ".join(row.waiting_names))
        if not messages.confirm(self, tr("Appraisal", "Sign off the appraisal of {name} for {month}? It is then "
                                                      "locked.").format(name=row.name, month=self.selected_month())
                                + waiting, yes_text=tr("Appraisal", "Sign off")):
            return
        try:
            signed = appraisal.sign_off(self.actor, row.appraisal_id)
        except ShopError as error:
            messages.error(self, str(error))
            return
        messages.info(self, tr("Appraisal", "{name}: {total}, {grade}. Signed off and locked.").format(
            name=signed.name, total=signed.total, grade=grade_label(signed.grade)) + self._fund_text([signed]))
        self.context.changed("appraisal")
        self.refresh()

    @staticmethod
    def _fund_text(signed) -> str:
        entries = [s for s in signed if s.fund_entry]
        if not entries:
            return ""
        return "\n" + tr("Appraisal", "Rewards and fines for the grades were recorded in the growth fund: {names}.") \
            .format(names=", ".join(s.name for s in entries))

    def sign_month(self) -> None:
        month = self.selected_month()
        if not messages.confirm(self, tr("Appraisal", "Sign off every appraisal of {month} and lock the month?").format(
                month=month), yes_text=tr("Appraisal", "Sign off the month")):
            return
        try:
            signed = appraisal.sign_month(self.actor, month)
        except ShopError as error:
            messages.error(self, str(error))
            return
        messages.info(self, tr("Appraisal", "{n} appraisals of {month} signed off; the month is locked.").format(
            n=len(signed), month=month) + self._fund_text(signed))
        self.context.changed("appraisal")
        self.reload_months()

    def reopen(self) -> None:
        month = self.selected_month()
        row = self.table.currentRow() >= 0 and self._selected()
        who = row.name if row and row.state == "signed" else tr("Appraisal", "every employee")
        reason = messages.ask_text(self, tr("Appraisal", "Reopen {month}").format(month=month),
                                   tr("Appraisal", "Reopen the appraisal of {who}. Why? (kept in the audit log)")
                                   .format(who=who))
        if reason is None:
            return
        try:
            count = appraisal.reopen(self.actor, month, reason,
                                     staff_id=row.staff_id if row and row.state == "signed" else None)
        except ShopError as error:
            messages.error(self, str(error))
            return
        messages.info(self, tr("Appraisal", "{n} appraisal(s) reopened. A reward or fine already recorded for a grade "
                                            "stays in the growth fund.").format(n=count))
        self.context.changed("appraisal")
        self.reload_months()

    def print_report(self) -> None:
        if self.overview is None or self.overview.status == "none":
            return
        print_month(self, self.actor, self.selected_month())

    def export(self) -> None:
        from shopmanager.services.appraisal_reports import export_month_xlsx
        from shopmanager.ui.tasks import runner

        month = self.selected_month()
        state = UiState()
        path = messages.choose_save_file(self, tr("Tables", "Export to Excel"), tr("Tables", "Excel files (*.xlsx)"),
                                         str(Path(state.last_folder()) / f"appraisal-{month}.xlsx"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        state.set_last_folder(path)
        actor = self.actor
        runner().run(lambda progress: export_month_xlsx(actor, month, path, progress), parent=self,
                     title=tr("Tables", "Exporting to Excel…"),
                     on_success=lambda written: messages.info(self, "\n".join([tr(
                         "Tables", "{n} rows exported to {path}").format(n=written.rows, path=path), *written.notes])))


class MyTab(QWidget):
    """The employee's own appraisal (and only theirs) and the colleagues they score as a peer."""

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.actor = context, context.actor
        self.banner = QLabel(self)
        self.banner.setObjectName("my_reminders")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.mine = small_table([tr("Appraisal", "Month"), tr("Appraisal", "Total score"), tr("Appraisal", "Grade"),
                                 tr("Appraisal", "Status")], self)
        self.mine.setObjectName("my_months")
        self.mine.doubleClicked.connect(lambda _index: self.view_mine())
        self.colleagues = small_table([tr("Appraisal", "Colleague"), tr("Appraisal", "Role"),
                                       tr("Appraisal", "Scored by you")], self)
        self.colleagues.setObjectName("colleagues")
        self.colleagues.doubleClicked.connect(lambda _index: self.score_colleague())
        self.month = QComboBox(self)
        self.month.setObjectName("peer_month")
        self.month.currentIndexChanged.connect(lambda _i: self.refresh_colleagues())
        buttons = {}
        for key, text, slot in (("view_mine", tr("Appraisal", "Open my form"), self.view_mine),
                                ("self", tr("Appraisal", "Self-assessment…"), self.self_assess),
                                ("print_mine", tr("Appraisal", "Print my form…"), self.print_mine),
                                ("score_peer", tr("Appraisal", "Score the colleague…"), self.score_colleague)):
            button = QPushButton(text, self)
            button.setObjectName(key)
            button.clicked.connect(slot)
            buttons[key] = button
        left = QVBoxLayout()
        left.addWidget(QLabel(tr("Appraisal", "My appraisals (only you, your supervisor and the owner see them)"),
                              self))
        left.addWidget(self.mine, 1)
        row = QHBoxLayout()
        for key in ("view_mine", "self", "print_mine"):
            row.addWidget(buttons[key])
        row.addStretch(1)
        left.addLayout(row)
        right = QVBoxLayout()
        header = QHBoxLayout()
        header.addWidget(QLabel(tr("Appraisal", "Colleagues I score (anonymously) in"), self))
        header.addWidget(self.month)
        header.addStretch(1)
        right.addLayout(header)
        right.addWidget(self.colleagues, 1)
        peer_row = QHBoxLayout()
        peer_row.addWidget(buttons["score_peer"])
        peer_row.addStretch(1)
        right.addLayout(peer_row)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        self.refresh()

    def refresh(self) -> None:
        reminders = appraisal.reminders(self.actor)
        self.banner.setText("\n".join(reminders) if reminders else tr("Appraisal", "Nothing left for you to score."))
        self.my_rows = appraisal.my_appraisals(self.actor)
        _set_table(self.mine, [(r.appraisal_id, [
            (str(r.month), str(r.month)), (format_total(r.total) if r.grade else "—", float(r.total) if r.grade else None),
            (grade_label(r.grade) or "—", grade_label(r.grade)), (appraisal.state_label(r.state), r.state)])
            for r in self.my_rows])
        self.mine.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.mine.resizeColumnsToContents()
        current = self.month.currentData()
        months = [m for m, status in appraisal.opened_months(self.actor) if status == "open"]
        self.month.blockSignals(True)
        self.month.clear()
        for month in months:
            self.month.addItem(str(month), str(month))
        if current:
            self.month.setCurrentIndex(max(0, self.month.findData(current)))
        self.month.blockSignals(False)
        self.refresh_colleagues()

    def refresh_colleagues(self) -> None:
        month = self.month.currentData()
        people = appraisal_scoring.colleagues_to_score(self.actor, month) if month else []
        yes, no = "✓", "✗"
        _set_table(self.colleagues, [(c.appraisal_id, [(c.name, c.name), (role_label(c.role), role_label(c.role)),
                                                        (yes if c.done else no, c.done)]) for c in people])
        self.colleagues.resizeColumnsToContents()

    def _my_selected(self):
        appraisal_id = selected_id(self.mine)
        if appraisal_id is None and self.my_rows:
            appraisal_id = max(self.my_rows, key=lambda r: r.month).appraisal_id
        return appraisal_id

    def _open(self, appraisal_id: int | None, mode: str) -> None:
        if appraisal_id is None:
            messages.info(self, tr("Appraisal", "There is no appraisal of yours yet."))
            return
        if open_form(self, self.context, appraisal_id, mode):
            self.refresh()

    def view_mine(self) -> None:
        self._open(self._my_selected(), "view")

    def self_assess(self) -> None:
        self._open(self._my_selected(), "self")

    def print_mine(self) -> None:
        appraisal_id = self._my_selected()
        row = next((r for r in self.my_rows if r.appraisal_id == appraisal_id), None)
        if row is None:
            messages.info(self, tr("Appraisal", "There is no appraisal of yours yet."))
            return
        print_month(self, self.actor, str(row.month))

    def score_colleague(self) -> None:
        appraisal_id = selected_id(self.colleagues)
        if appraisal_id is None:
            messages.info(self, tr("Appraisal", "Choose a colleague first."))
            return
        self._open(appraisal_id, "peer")


class AppraisalPage(QWidget):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.actor = context, context.actor
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.month_tab = self.my_tab = self.templates = self.teams = None
        if self.actor.can(Perm.APPRAISAL_TEAM):
            self.month_tab = MonthTab(context, self)
            self.tabs.addTab(self.month_tab, tr("Appraisal", "Month overview"))
        if self.actor.staff_id is not None and self.actor.role in APPRAISED_ROLES and (
                self.actor.can(Perm.APPRAISAL_OWN) or self.actor.can(Perm.APPRAISAL_TEAM)):
            self.my_tab = MyTab(context, self)
            self.tabs.addTab(self.my_tab, tr("Appraisal", "My appraisal"))
        if self.actor.can(Perm.APPRAISAL_MANAGE):
            from shopmanager.ui.pages.appraisal_templates import TeamsTab, TemplateEditor

            self.templates = TemplateEditor(context, self)
            self.tabs.addTab(self.templates, tr("Appraisal", "Templates"))
            self.teams = TeamsTab(context, self)
            self.tabs.addTab(self.teams, tr("Appraisal", "Teams"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        context.data_changed.connect(self._changed)

    def _changed(self, entity: str) -> None:
        if entity == "appraisal" and self.isVisible():
            self.activated()

    def activated(self) -> None:
        if self.month_tab is not None:
            self.month_tab.refresh()
        if self.my_tab is not None:
            self.my_tab.refresh()
