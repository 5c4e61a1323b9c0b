"""离职交接: the owner sees what a leaving person still holds and hands it over in one step."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QWidget

from shopmanager.core.i18n import tr
from shopmanager.core.money import format_money
from shopmanager.services import leaving, staff as staff_service
from shopmanager.ui import messages
from shopmanager.ui.pages.roster_common import CodeDialog, date_edit, to_date


class LeavingDialog(CodeDialog):
    field_widgets = {"successor": "successor"}

    def __init__(self, parent: QWidget | None, actor, person):
        super().__init__(parent, tr("Staff", "{name} leaves the shop (离职)").format(name=person.name),
                         tr("Staff", "Confirm leaving"), scroll=True)
        self.actor, self.person = actor, person
        self.last_day = self.add_row(tr("Staff", "Last working day"), date_edit(self), "last_day")
        self.last_day.dateChanged.connect(self.refresh)
        self.successor = self.add_row(tr("Staff", "Hand over to"), QComboBox(self), "successor")
        self.successor.addItem(tr("Staff", "(nobody: the items stay with the leaver)"), None)
        for other in staff_service.list_staff(actor, include_left=False):
            if other.id != person.id:
                self.successor.addItem(other.label(), other.id)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.fields.addRow(self.summary)
        self.orders = QListWidget(self)
        self.orders.setObjectName("orders")
        self.orders.setMaximumHeight(130)
        self.fields.addRow(tr("Staff", "Open orders"), self.orders)
        self.items = QListWidget(self)
        self.items.setObjectName("items")
        self.items.setMaximumHeight(90)
        self.fields.addRow(tr("Staff", "Open handover items"), self.items)
        self.note = self.add_row(tr("Staff", "Note"), QLineEdit(self), "note")
        self.resize(640, 470)
        self.refresh()

    def refresh(self) -> None:
        summary = leaving.leaving_summary(self.actor, self.person.id, to_date(self.last_day))
        self.info = summary
        lines = [tr("Staff", "Their accounts are disabled at once: {accounts}.").format(
            accounts=", ".join(summary.accounts) or tr("Staff", "none"))]
        lines.append(tr("Staff", "Open after-sales cases: {n}.").format(n=summary.open_cases))
        lines.append(tr("Staff", "Shifts after the last day (removed): {n}. Leave waiting for approval (withdrawn): "
                                 "{pending}.").format(n=summary.future_shifts, pending=summary.pending_leave))
        self.summary.setText("\n".join(lines))
        self.orders.clear()
        for order in summary.open_orders:
            self.orders.addItem(f"{order.order_no}  {order.status_text}  {order.ordered_at:%Y-%m-%d}  "
                                f"¥{format_money(order.total_cents)}")
        if not summary.open_orders:
            self.orders.addItem(tr("Staff", "none"))
        self.items.clear()
        self.items.addItems(summary.handover_items or [tr("Staff", "none")])

    def save(self) -> None:
        holds = self.info.open_orders or self.info.handover_items or self.info.open_cases
        if holds and self.successor.currentData() is None and not messages.confirm(
                self, tr("Staff", "{name} still holds open work and nobody takes it over. Leave it with them?").format(
                    name=self.person.name), destructive=True):
            return
        self.result_info = leaving.leave_shop(self.actor, self.person.id, to_date(self.last_day),
                                              successor_id=self.successor.currentData(), note=self.note.text())
        done = self.result_info
        text = tr("Staff", "{name} has left: {accounts} account(s) disabled, {orders} orders, {cases} cases and "
                           "{items} handover items handed over, {shifts} shifts removed.")
        messages.info(self, text.format(name=self.person.name, accounts=done.accounts_disabled,
                                        orders=done.orders_moved, cases=done.cases_moved, items=done.handover_moved,
                                        shifts=done.shifts_removed))
