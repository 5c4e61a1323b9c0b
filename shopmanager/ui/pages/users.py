"""Staff & accounts: the owner's page for user accounts, staff records and the role table."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDoubleSpinBox, QHBoxLayout, QHeaderView, QLineEdit, QPlainTextEdit,
    QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from shopmanager.core import timeutil
from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import MATRIX, Perm, Role, perm_label, role_label
from shopmanager.services import staff as staff_service
from shopmanager.services import users as user_service
from shopmanager.ui import messages
from shopmanager.ui.dialogs import FormDialog
from shopmanager.ui.format import display


def fill_roles(combo: QComboBox, current: str | None = None) -> None:
    for role in Role:
        combo.addItem(role_label(role), role.value)
    if current:
        combo.setCurrentIndex(combo.findData(current))


def small_table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    return table


def set_rows(table: QTableWidget, rows: list[tuple[int, list[str]]]) -> None:
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    for r, (row_id, values) in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, row_id)
            table.setItem(r, c, item)
    table.setSortingEnabled(True)
    header = table.horizontalHeader()
    if header.sortIndicatorSection() >= table.columnCount() or header.sortIndicatorSection() < 0:
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.resizeColumnsToContents()


def selected_id(table: QTableWidget) -> int | None:
    items = table.selectedItems()
    return items[0].data(Qt.ItemDataRole.UserRole) if items else None


class UserDialog(FormDialog):
    form_name = "user_account"
    field_widgets = {"username": "username", "password": "password", "role": "role", "staff": "staff"}

    def __init__(self, parent, actor):
        super().__init__(parent, tr("Users", "New account"))
        self.actor = actor
        fill_roles(self.w(QComboBox, "role"), Role.CUSTOMER_SERVICE)
        staff_combo = self.w(QComboBox, "staff")
        staff_combo.addItem(tr("Users", "(none)"), None)
        for person in staff_service.list_staff(actor, include_left=False):
            staff_combo.addItem(f"{person.name} — {role_label(person.role)}", person.id)
        staff_combo.currentIndexChanged.connect(self._staff_chosen)

    def _staff_chosen(self) -> None:
        staff_id = self.w(QComboBox, "staff").currentData()
        person = next((s for s in staff_service.list_staff(self.actor) if s.id == staff_id), None)
        if person:
            role = self.w(QComboBox, "role")
            role.setCurrentIndex(role.findData(person.role))

    def save(self) -> None:
        user_service.create_user(
            self.actor, username=self.w(QLineEdit, "username").text(), password=self.w(QLineEdit, "password").text(),
            role=self.w(QComboBox, "role").currentData(), staff_id=self.w(QComboBox, "staff").currentData())


class StaffDialog(FormDialog):
    """A staff record: 工号, name, role, phone, hire date, the base wage (the owner only) and the
    user account it is linked to (the owner, who manages accounts)."""

    form_name = "staff_member"
    field_widgets = {"name": "name", "role": "role", "staff_no": "staff_no", "base_wage": "base_wage"}

    def __init__(self, parent, actor, person=None):
        super().__init__(parent, tr("Users", "Edit staff member") if person else tr("Users", "New staff member"))
        self.actor, self.person = actor, person
        fill_roles(self.w(QComboBox, "role"), person.role if person else Role.CUSTOMER_SERVICE)
        hire = person.hire_date if person and person.hire_date else timeutil.today()
        self.w(QDateEdit, "hire_date").setDate(QDate(hire.year, hire.month, hire.day))
        if person:
            self.w(QLineEdit, "staff_no").setText(person.staff_no)
            self.w(QLineEdit, "name").setText(person.name)
            self.w(QLineEdit, "phone").setText(person.phone)
            self.w(QPlainTextEdit, "notes").setPlainText(person.notes)
        self.wages = actor.can(Perm.STAFF_WAGES)
        wage = self.w(QDoubleSpinBox, "base_wage")
        wage.setValue((person.base_wage_cents or 0) / 100 if person else 0)
        for name in ("base_wage", "wage_label"):
            self.form.findChild(QWidget, name).setVisible(self.wages)
        self.accounts = actor.can(Perm.USERS_MANAGE)
        account = self.w(QComboBox, "account")
        self.linked = None
        if self.accounts:
            account.addItem(tr("Users", "(none)"), None)
            for user in user_service.list_users(actor):
                if user.staff_id is None or (person and user.staff_id == person.id):
                    account.addItem(f"{user.username} ({role_label(user.role)})", user.id)
                    if person and user.staff_id == person.id:
                        self.linked = user.id
            account.setCurrentIndex(max(0, account.findData(self.linked)))
        for name in ("account", "account_label"):
            self.form.findChild(QWidget, name).setVisible(self.accounts)

    def save(self) -> None:
        values = dict(name=self.w(QLineEdit, "name").text(), role=self.w(QComboBox, "role").currentData(),
                      phone=self.w(QLineEdit, "phone").text(),
                      hire_date=self.w(QDateEdit, "hire_date").date().toPython(),
                      notes=self.w(QPlainTextEdit, "notes").toPlainText(),
                      staff_no=self.w(QLineEdit, "staff_no").text())
        if self.wages:
            values["base_wage_cents"] = round(self.w(QDoubleSpinBox, "base_wage").value() * 100)
        if self.person:
            saved = staff_service.update_staff(self.actor, self.person.id, **values)
        else:
            saved = staff_service.create_staff(self.actor, **values)
        account = self.w(QComboBox, "account").currentData() if self.accounts else self.linked
        if account != self.linked:
            if self.linked is not None:
                user_service.link_staff(self.actor, self.linked, None)
            if account is not None:
                user_service.link_staff(self.actor, account, saved.id)


class UsersPage(QWidget):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.actor = context.actor
        self.tabs = QTabWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        if self.actor.can(Perm.USERS_MANAGE):
            self.tabs.addTab(self._accounts_tab(), tr("Users", "Accounts"))
        if self.actor.can(Perm.STAFF_VIEW):
            self.tabs.addTab(self._staff_tab(), tr("Users", "Staff"))
        if self.actor.can(Perm.USERS_MANAGE):
            self.tabs.addTab(self._permissions_tab(), tr("Users", "Roles and permissions"))
        self.reload()

    # -- accounts -----------------------------------------------------------------------------
    def _accounts_tab(self) -> QWidget:
        tab = QWidget(self)
        self.accounts = small_table([tr("Users", "User name"), tr("Users", "Staff member"), tr("Users", "Role"),
                                     tr("Users", "Status"), tr("Users", "Last login")], tab)
        self.accounts.setObjectName("accounts")
        buttons = QHBoxLayout()
        for name, text, slot in (
            ("new_account", tr("Users", "New account…"), self.new_account),
            ("change_role", tr("Users", "Change role…"), self.change_role),
            ("reset_password", tr("Users", "Reset password…"), self.reset_password),
            ("toggle_active", tr("Users", "Disable / enable"), self.toggle_active),
        ):
            button = QPushButton(text, tab)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(buttons)
        layout.addWidget(self.accounts)
        return tab

    def _staff_tab(self) -> QWidget:
        tab = QWidget(self)
        headers = [tr("Staff", "Staff no."), tr("Staff", "Name"), tr("Users", "Role"), tr("Users", "Phone"),
                   tr("Users", "Hire date"), tr("Users", "Status"), tr("Staff", "User account")]
        if self.actor.can(Perm.STAFF_WAGES):
            headers.append(tr("Staff", "Base monthly wage"))
        self.staff_table = small_table(headers, tab)
        self.staff_table.setObjectName("staff")
        layout = QVBoxLayout(tab)
        if self.actor.can(Perm.STAFF_MANAGE):
            buttons = QHBoxLayout()
            for name, text, slot in (
                ("new_staff", tr("Users", "New staff member…"), self.new_staff),
                ("edit_staff", tr("Users", "Edit…"), self.edit_staff),
                ("staff_left", tr("Users", "Mark as left…"), self.staff_left),
            ):
                button = QPushButton(text, tab)
                button.setObjectName(name)
                button.clicked.connect(slot)
                buttons.addWidget(button)
            buttons.addStretch(1)
            layout.addLayout(buttons)
            self.staff_table.doubleClicked.connect(self.edit_staff)
        layout.addWidget(self.staff_table)
        return tab

    def _permissions_tab(self) -> QWidget:
        roles = list(Role)
        table = small_table([tr("Users", "Permission")] + [role_label(r) for r in roles], self)
        table.setObjectName("permissions")
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setRowCount(len(Perm))
        for r, perm in enumerate(Perm):
            table.setItem(r, 0, QTableWidgetItem(perm_label(perm)))
            for c, role in enumerate(roles, start=1):
                item = QTableWidgetItem("✓" if perm in MATRIX[role] else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        header = table.horizontalHeader()  # the permission's words take the room, not the last role's ticks
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def reload(self) -> None:
        if self.actor.can(Perm.USERS_MANAGE):
            set_rows(self.accounts, [
                (u.id, [u.username, u.staff_name, role_label(u.role),
                        tr("Users", "Active") if u.active else tr("Users", "Disabled"),
                        display("datetime", u.last_login_at)])
                for u in user_service.list_users(self.actor)])
        if self.actor.can(Perm.STAFF_VIEW):
            wages = self.actor.can(Perm.STAFF_WAGES)
            set_rows(self.staff_table, [
                (s.id, [s.staff_no, s.name, role_label(s.role), s.phone, display("date", s.hire_date),
                        s.status_text + (f" ({display('date', s.left_date)})" if s.left_date else ""),
                        ", ".join(s.accounts)] + ([display("money", s.base_wage_cents)] if wages else []))
                for s in staff_service.list_staff(self.actor)])
            if wages:
                column = self.staff_table.columnCount() - 1
                for row in range(self.staff_table.rowCount()):
                    self.staff_table.item(row, column).setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _done(self) -> None:
        self.reload()
        self.context.changed("user")

    def _run(self, action) -> bool:
        """Run a service call; True when it succeeded, False when it was refused (and said why)."""
        try:
            action()
        except ShopError as error:
            messages.error(self, str(error))
            return False
        self._done()
        return True

    def _selected_account(self):
        user_id = selected_id(self.accounts)
        if user_id is None:
            messages.info(self, tr("Users", "Select an account first."))
            return None
        return next(u for u in user_service.list_users(self.actor) if u.id == user_id)

    def new_account(self) -> None:
        if UserDialog(self, self.actor).exec():
            self._done()

    def change_role(self) -> None:
        user = self._selected_account()
        if user is None:
            return
        labels = [role_label(r) for r in Role]
        choice = messages.ask_choice(self, tr("Users", "Change role"),
                                     tr("Users", "New role of {name}:").format(name=user.username),
                                     labels, labels.index(role_label(user.role)))
        if choice is not None:
            role = list(Role)[labels.index(choice)]
            self._run(lambda: user_service.set_role(self.actor, user.id, role))

    def reset_password(self) -> None:
        user = self._selected_account()
        if user is None:
            return
        password = messages.ask_text(self, tr("Users", "Reset password"),
                                     tr("Users", "Temporary password for {name} (they must change it at "
                                                 "next login):").format(name=user.username), password=True)
        if password and self._run(lambda: user_service.reset_password(self.actor, user.id, password)):
            messages.info(self, tr("Users", "The password of {name} was reset.").format(name=user.username))

    def toggle_active(self) -> None:
        user = self._selected_account()
        if user is None:
            return
        if user.active and not messages.confirm(
                self, tr("Users", "Disable the account {name}? They can no longer log in; their records stay.")
                .format(name=user.username), destructive=True):
            return
        self._run(lambda: user_service.set_active(self.actor, user.id, not user.active))

    def _selected_staff(self):
        staff_id = selected_id(self.staff_table)
        if staff_id is None:
            messages.info(self, tr("Users", "Select a staff member first."))
            return None
        return next(s for s in staff_service.list_staff(self.actor) if s.id == staff_id)

    def new_staff(self) -> None:
        if StaffDialog(self, self.actor).exec():
            self._done()

    def edit_staff(self) -> None:
        person = self._selected_staff()
        if person is not None and StaffDialog(self, self.actor, person).exec():
            self._done()

    def staff_left(self) -> None:
        from shopmanager.ui.pages.leaving import LeavingDialog

        person = self._selected_staff()
        if person is None:
            return
        if person.status == "left":
            messages.info(self, tr("Staff", "{name} has already left the shop.").format(name=person.name))
            return
        if LeavingDialog(self, self.actor, person).exec():
            self._done()
