"""客户档案 and 回访计划: customers with their purchases and revisits; personal data masked
for roles that do not need it; export or erasure on request (the owner)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QTableWidget, QTabWidget, QVBoxLayout, QWidget,
)

from shopmanager.core import timeutil
from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.orders import Channel, CustomerTier, channel_label, status_label, tier_label
from shopmanager.core.permissions import Perm
from shopmanager.services import customers
from shopmanager.ui import messages
from shopmanager.ui.dialogs import ok_cancel_buttons
from shopmanager.ui.format import display
from shopmanager.ui.pages.products import fill_table
from shopmanager.ui.validation import FieldMarker, mark_required
from shopmanager.ui.widgets.table_page import TablePage


class CustomerDialog(QDialog):
    def __init__(self, parent, context, customer_id: int | None = None):
        super().__init__(parent)
        self.context, self.actor, self.customer_id = context, context.actor, customer_id
        self.changed = False
        self.detail = customers.get_customer(self.actor, customer_id) if customer_id else None
        self.setWindowTitle(tr("Customers", "Customer") if customer_id else tr("Customers", "New customer"))
        editable = self.actor.can(Perm.CUSTOMERS_EDIT) and not (self.detail and (self.detail.masked
                                                                                   or self.detail.erased_at))
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()
        for key, label in (("name", tr("Customers", "Name")), ("nickname", tr("Customers", "Buyer id")),
                           ("phone", tr("Customers", "Phone")), ("wechat", tr("Customers", "WeChat"))):
            edit = QLineEdit(self)
            edit.setObjectName(key)
            edit.setReadOnly(not editable)
            self.fields[key] = edit
            form.addRow(label, edit)
        channel = QComboBox(self)
        channel.setObjectName("channel")
        channel.addItem("", "")
        for item in Channel:
            channel.addItem(channel_label(item), item.value)
        tier = QComboBox(self)
        tier.setObjectName("tier")
        for item in CustomerTier:
            tier.addItem(tier_label(item), item.value)
        birthday = QDateEdit(self)
        birthday.setObjectName("birthday")
        birthday.setDisplayFormat("yyyy-MM-dd")
        birthday.setCalendarPopup(True)
        birthday.setMinimumDate(QDate(1900, 1, 1))
        birthday.setSpecialValueText(tr("Customers", "(unknown)"))
        birthday.setDate(birthday.minimumDate())
        notes = QPlainTextEdit(self)
        notes.setObjectName("notes")
        notes.setMaximumHeight(70)
        for key, widget, label in (("channel", channel, tr("Customers", "Channel")), ("tier", tier, tr("Customers", "Tier")),
                                   ("birthday", birthday, tr("Customers", "Birthday")),
                                   ("notes", notes, tr("Customers", "Notes"))):
            widget.setEnabled(editable)
            self.fields[key] = widget
            form.addRow(label, widget)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.marker = FieldMarker(self.message, self.fields.get)
        name_label = form.labelForField(self.fields["name"])
        if isinstance(name_label, QLabel) and editable:
            mark_required(name_label)
            name_label.setToolTip(tr("Customers", "Required: a name, a buyer id or a phone number"))
        tabs = QTabWidget(self)
        self.orders_table = QTableWidget(self)
        self.revisits_table = QTableWidget(self)
        self.addresses_table = QTableWidget(self)
        tabs.addTab(self.orders_table, tr("Customers", "Purchases"))
        tabs.addTab(self.addresses_table, tr("Customers", "Addresses"))
        revisit_tab = QWidget(self)
        revisit_layout = QVBoxLayout(revisit_tab)
        revisit_layout.addWidget(self.revisits_table)
        revisit_buttons = QHBoxLayout()
        if self.actor.can(Perm.CUSTOMERS_EDIT) and customer_id:
            plan = QPushButton(tr("Customers", "Plan a revisit…"), self)
            plan.setObjectName("plan_revisit")
            plan.clicked.connect(self.plan_revisit)
            done = QPushButton(tr("Customers", "Record the result…"), self)
            done.setObjectName("revisit_done")
            done.clicked.connect(self.complete_revisit)
            revisit_buttons.addWidget(plan)
            revisit_buttons.addWidget(done)
        revisit_buttons.addStretch(1)
        revisit_layout.addLayout(revisit_buttons)
        tabs.addTab(revisit_tab, tr("Customers", "Revisit plan"))
        if customer_id and self.actor.can(Perm.AFTERSALES_VIEW):
            from shopmanager.ui.pages.aftersales import CaseList

            self.cases = CaseList(self, context, customer_id=customer_id)
            tabs.addTab(self.cases, tr("Customers", "Service history"))
        buttons = ok_cancel_buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(editable)
        if customer_id and self.actor.can(Perm.CUSTOMERS_ERASE):
            export = buttons.addButton(tr("Customers", "Export personal data…"), QDialogButtonBox.ButtonRole.ActionRole)
            export.setObjectName("export_data")
            export.clicked.connect(self.export_data)
            erase = buttons.addButton(tr("Customers", "Erase personal data…"), QDialogButtonBox.ButtonRole.ActionRole)
            erase.setObjectName("erase")
            erase.clicked.connect(self.erase)
        self.summary = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 680)
        if self.detail:
            self.load()

    def load(self) -> None:
        d = self.detail = customers.get_customer(self.actor, self.customer_id)
        for key in ("name", "nickname", "phone", "wechat"):
            self.fields[key].setText(getattr(d, key))
        self.fields["channel"].setCurrentIndex(max(0, self.fields["channel"].findData(d.channel)))
        self.fields["tier"].setCurrentIndex(max(0, self.fields["tier"].findData(d.tier)))
        if d.birthday:
            self.fields["birthday"].setDate(QDate(d.birthday.year, d.birthday.month, d.birthday.day))
        self.fields["notes"].setPlainText(d.notes)
        state = tr("Customers", " — personal data erased {date}").format(date=display("date", d.erased_at)) \
            if d.erased_at else ""
        self.summary.setText(tr("Customers", "{n} orders, ¥{amount} in total; last order {last}").format(
            n=d.order_count, amount=f"{d.total_spent_cents / 100:,.2f}", last=display("date", d.last_order_at)) + state)
        fill_table(self.orders_table, [tr("Orders", "Order number"), tr("Orders", "Channel"), tr("Orders", "Status"),
                                       tr("Orders", "Ordered"), tr("Orders", "Total")],
                   [[o.order_no, channel_label(o.channel), status_label(o.status), display("datetime", o.ordered_at),
                     display("money", o.total_cents)] for o in d.orders])
        fill_table(self.addresses_table, [tr("Customers", "Receiver"), tr("Customers", "Phone"),
                                          tr("Customers", "Address")],
                   [[a.receiver, a.phone, a.address] for a in d.addresses])
        fill_table(self.revisits_table, [tr("Customers", "Due"), tr("Customers", "Purpose"),
                                         tr("Customers", "Assigned to"), tr("Customers", "Done"),
                                         tr("Customers", "Result")],
                   [[display("date", r.due_date), r.purpose, r.assigned_to, display("datetime", r.done_at), r.result]
                    for r in d.revisits])

    def values(self) -> dict:
        birthday = self.fields["birthday"]
        return {"name": self.fields["name"].text(), "nickname": self.fields["nickname"].text(),
                "phone": self.fields["phone"].text(), "wechat": self.fields["wechat"].text(),
                "channel": self.fields["channel"].currentData(), "tier": self.fields["tier"].currentData(),
                "birthday": None if birthday.date() == birthday.minimumDate() else birthday.date().toPython(),
                "notes": self.fields["notes"].toPlainText()}

    def accept(self) -> None:
        self.marker.clear()
        try:
            if self.customer_id:
                customers.update_customer(self.actor, self.customer_id, self.values(),
                                          row_version=self.detail.row_version)
            else:
                self.customer_id = customers.create_customer(self.actor, self.values())
        except ShopError as error:
            self.marker.show(error)
            return
        self.changed = True
        super().accept()

    def plan_revisit(self) -> None:
        purpose = messages.ask_text(self, tr("Customers", "Plan a revisit"),
                                    tr("Customers", "What is the call about? (due in 7 days)"))
        if not purpose:
            return
        try:
            customers.create_revisit(self.actor, self.customer_id, timeutil.today() + dt.timedelta(days=7), purpose)
        except ShopError as error:
            self.message.setText(str(error))
            return
        self.changed = True
        self.load()

    def complete_revisit(self) -> None:
        open_plans = [r for r in self.detail.revisits if r.done_at is None]
        if not open_plans:
            messages.info(self, tr("Customers", "There is no open revisit."))
            return
        result = messages.ask_text(self, tr("Customers", "Revisit result"), tr(
            "Customers", "Result of the call due {date}:").format(date=display("date", open_plans[-1].due_date)))
        if not result:
            return
        try:
            customers.complete_revisit(self.actor, open_plans[-1].id, result)
        except ShopError as error:
            self.message.setText(str(error))
            return
        self.changed = True
        self.load()

    def export_data(self) -> None:
        path = messages.choose_save_file(self, tr("Customers", "Export personal data"),
                                         tr("Customers", "JSON files (*.json)"), f"customer-{self.customer_id}.json")
        if not path:
            return
        data = customers.export_personal_data(self.actor, self.customer_id)
        Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
        messages.info(self, tr("Customers", "Personal data written to {path}").format(path=path))

    def erase(self) -> None:
        reason = messages.ask_text(self, tr("Customers", "Erase personal data"), tr(
            "Customers", "This removes the customer's name, phone, WeChat, addresses, birthday and notes, also on "
            "their orders; amounts stay for the books. It cannot be undone. Reason (the customer's request):"))
        if not reason:
            return
        try:
            customers.erase_customer(self.actor, self.customer_id, reason)
        except ShopError as error:
            self.message.setText(str(error))
            return
        self.changed = True
        self.load()


class CustomersPage(TablePage):
    table_key = "customers"

    def make_source(self):
        return customers.CustomerSource(self.actor)

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.search.setPlaceholderText(tr("Customers", "Name, buyer id, phone or its last 4 digits  (Ctrl+F)"))
        self.tier = QComboBox(self)
        self.tier.setObjectName("tier_filter")
        self.tier.addItem(tr("Customers", "All tiers"), None)
        for item in CustomerTier:
            self.tier.addItem(tier_label(item), item.value)
        self.filters.addWidget(self.tier)
        self.tier.currentIndexChanged.connect(lambda: self.set_filter("tier", self.tier.currentData()))
        if self.actor.can(Perm.CUSTOMERS_EDIT):
            new = QPushButton(tr("Customers", "New customer"), self)
            new.setObjectName("new")
            new.clicked.connect(lambda: self.open_customer(None))
            self.buttons.addWidget(new)

    def export_title(self) -> str:
        return tr("Customers", "Customers")

    def empty_message(self) -> str:
        return tr("Customers", "No customers yet. A customer is added with their first order (Find customer in "
                               "the order), or with New customer.")

    def activated(self) -> None:
        self.refresh()

    def open_row(self, row: int) -> None:
        customer_id = self.model.id_at(row)
        if customer_id is not None:
            self.open_customer(customer_id)

    def open_customer(self, customer_id: int | None) -> None:
        dialog = CustomerDialog(self, self.context, customer_id)
        dialog.exec()
        if dialog.changed:
            self.context.changed("customer")
            self.refresh()


class RevisitsPage(TablePage):
    table_key = "revisits"

    def make_source(self):
        return customers.RevisitSource(self.actor)

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.search.hide()
        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("state_filter")
        for code, label in (("due", tr("Customers", "Due today or earlier")), ("overdue", tr("Customers", "Overdue")),
                            ("open", tr("Customers", "All open")), ("done", tr("Customers", "Done")),
                            ("all", tr("Customers", "All"))):
            self.state_filter.addItem(label, code)
        self.filters.addWidget(self.state_filter)
        self.state_filter.currentIndexChanged.connect(
            lambda: self.set_filter("state", self.state_filter.currentData()))

    def export_title(self) -> str:
        return tr("Customers", "Revisit plan")

    def is_filtered(self) -> bool:
        return False

    def empty_message(self) -> str:
        return tr("Customers", "No revisits here. Plan one in a customer's record, on its Revisit plan tab.")

    def activated(self) -> None:
        self.refresh()
