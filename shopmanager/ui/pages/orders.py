"""订单与发货: the order list (the sales ledger), the order form, shipping one order or a
batch by scanning, and the same-day dispatch queue (当天件当天发)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QMenu, QPlainTextEdit, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from shopmanager.core import timeutil
from shopmanager.core.errors import ProblemCollector, ShopError, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.money import format_money, to_cents
from shopmanager.core.orders import (
    Channel, OrderStatus, PaymentMethod, channel_label, clean_tracking_no, payment_label, status_label,
)
from shopmanager.core.permissions import Perm
from shopmanager.services import customers, orders, products, shipping, staff
from shopmanager.services.dispatch import DispatchSource
from shopmanager.ui import messages
from shopmanager.ui.dialogs import FormDialog, ok_cancel_buttons
from shopmanager.ui.format import display
from shopmanager.ui.pages.batch_shipping import choose_carrier, fill_carriers
from shopmanager.ui.pages.order_entry import PasteReceiverDialog, ProductPicker, clipboard_text
from shopmanager.ui.pages.products import fill_history, fill_table
from shopmanager.ui.state import UiState
from shopmanager.ui.widgets.table_page import TablePage

LINE_HEADERS = ("SKU", "Item", "Qty", "Unit price", "Discount", "Line total")
READONLY_STYLE = "background: #f0f0f0; color: #37474f;"


def _readonly_reason(detail, actor) -> str:
    if detail.status in (OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED):
        return tr("Orders", "This order has shipped: its items, amounts and receiver can no longer be changed. For a "
                            "return, an exchange or a refund, register an after-sales case.")
    if detail.status in (OrderStatus.CANCELLED, OrderStatus.CLOSED):
        return tr("Orders", "This order is {status}: it stays as it is.").format(status=detail.status_label)
    if detail.masked:
        return tr("Orders", "Your role sees the receiver masked, so it cannot change this order.")
    return tr("Orders", "Your role may look at orders but not change them.")


class ShipDialog(QDialog):
    """Carrier and tracking number for one order: the parcel leaves, the stock with it."""

    def __init__(self, parent, actor, order_id: int, order_no: str):
        super().__init__(parent)
        self.actor, self.order_id = actor, order_id
        self.setWindowTitle(tr("Shipping", "Ship order {order_no}").format(order_no=order_no))
        self.setMinimumWidth(420)  # a whole tracking number is visible while it is scanned
        self.carrier = QComboBox(self)
        self.carrier.setObjectName("carrier")
        fill_carriers(self.carrier, actor)
        self.tracking = QLineEdit(self)
        self.tracking.setObjectName("tracking")
        self.tracking.setPlaceholderText(tr("Shipping", "Scan the parcel label"))
        self.tracking.textEdited.connect(self._recognise)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Shipping", "Carrier"), self.carrier)
        form.addRow(tr("Shipping", "Tracking number"), self.tracking)
        buttons = ok_cancel_buttons(self, tr("Shipping", "Ship"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.tracking.setFocus()

    def _recognise(self, text: str) -> None:
        """The carrier follows the number typed or scanned, when its shape tells."""
        try:
            carrier = shipping.recognise_carrier(self.actor, text) if len(text.strip()) >= 8 else None
        except ShopError:
            carrier = None
        if carrier is not None:
            self.carrier.setCurrentIndex(max(0, self.carrier.findData(carrier.id)))

    def accept(self) -> None:
        try:
            tracking = clean_tracking_no(self.tracking.text())
            carrier_id = choose_carrier(self, self.actor, tracking, self.carrier.currentData())
            if carrier_id is None:
                return
            shipping.ship_order(self.actor, self.order_id, carrier_id, tracking)
        except ShopError as error:
            QApplication.beep()
            self.message.setText(str(error))
            self.tracking.selectAll()
            self.tracking.setFocus()
            return
        super().accept()


class OrderDialog(FormDialog):
    """Create or edit an order; status, shipping and shipment cancelling act at once."""

    form_name = "order"
    field_widgets = {"channel": "channel", "platform_order_no": "platform_order_no", "paid_cents": "paid",
                     "transfer_record": "transfer_record", "receiver_name": "receiver_name",
                     "receiver_phone": "receiver_phone", "receiver_address": "receiver_address",
                     "freight_cents": "freight", "discount_cents": "discount", "lines": "add_code",
                     "buyer_message": "buyer_message", "seller_note": "seller_note", "paid_at": "payment_method",
                     "payment_method": "payment_method", "staff": "staff", "customer": "find_customer",
                     "qty": "lines", "unit_price_cents": "lines", "title": "lines", "product": "lines"}
    TEXT_FIELDS = ("platform_order_no", "paid", "transfer_record", "receiver_name", "receiver_phone",
                   "buyer_message", "seller_note", "freight", "discount", "add_code")

    def __init__(self, parent, context, order_id: int | None = None):
        super().__init__(parent, tr("Orders", "Order") if order_id else tr("Orders", "New order"))
        self.context, self.actor, self.order_id = context, context.actor, order_id
        self.detail = None
        self.changed = False
        self.customer_id: int | None = None
        self.lines: list[orders.LineInput] = []
        for channel in Channel:
            self.w(QComboBox, "channel").addItem(channel_label(channel), channel.value)
        self.w(QComboBox, "payment_method").addItem(tr("Orders", "(not paid yet)"), "")
        for method in PaymentMethod:
            self.w(QComboBox, "payment_method").addItem(payment_label(method), method.value)
        staff_combo = self.w(QComboBox, "staff")
        for person in staff.list_staff(self.actor, include_left=False):
            staff_combo.addItem(person.name, person.id)
        staff_combo.setCurrentIndex(max(0, staff_combo.findData(self.actor.staff_id)))
        table = self.w(QTableWidget, "lines")
        table.setColumnCount(len(LINE_HEADERS))
        table.setHorizontalHeaderLabels([tr("Orders", h) for h in LINE_HEADERS])
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setVisible(False)
        table.setColumnWidth(1, 320)
        table.itemChanged.connect(self._line_edited)
        self.w(QLineEdit, "add_code").returnPressed.connect(self.add_line)
        self.picker = ProductPicker(self.w(QLineEdit, "add_code"), self.actor, self.add_product)
        self.w(QPushButton, "remove_line").clicked.connect(self.remove_line)
        self.w(QPushButton, "find_customer").clicked.connect(self.find_customer)
        self.w(QPushButton, "paste_receiver").clicked.connect(self.paste_receiver)
        QShortcut(QKeySequence("Ctrl+Shift+V"), self, activated=self.paste_receiver)
        self.w(QLineEdit, "receiver_phone").editingFinished.connect(
            lambda: self._receiver_phone_changed() if self.isVisible() else None)
        self.mark_required("channel")
        tabs = self.w(QTabWidget, "tabs")
        tabs.setTabText(0, tabs.tabText(0) + " *")
        self.w(QLabel, "readonly_note").hide()
        self.created: orders.OrderRef | None = None
        self.w(QPushButton, "status_action").clicked.connect(self.status_menu)
        self.w(QPushButton, "ship").clicked.connect(self.ship)
        self.w(QPushButton, "cancel_shipment").clicked.connect(self.cancel_shipment)
        for name in ("freight", "discount"):
            self.w(QLineEdit, name).textEdited.connect(lambda _text: self._show_total())
        QShortcut(QKeySequence(Qt.Key.Key_Delete), table, activated=self.remove_line)
        if order_id:
            self.load()
        else:
            self.w(QLabel, "order_no").setText(tr("Orders", "New order"))
            self.w(QLabel, "status").setText(status_label(OrderStatus.PENDING))
            for name in ("status_action", "ship", "cancel_shipment"):
                self.w(QPushButton, name).setEnabled(False)
            channel = self.w(QComboBox, "channel")
            channel.setCurrentIndex(max(0, channel.findData(UiState().last_channel())))
            self._show_customer()
            self._show_lines()
            self.w(QLineEdit, "add_code").setFocus()
        if order_id and self.actor.can(Perm.AFTERSALES_VIEW):
            from shopmanager.ui.pages.aftersales import CaseList

            self.cases = CaseList(self, context, order_id=order_id)
            self.w(QTabWidget, "tabs").addTab(self.cases, tr("AfterSales", "After-sales"))
        self.resize(1100, 720)

    # -- loading -------------------------------------------------------------------------
    def load(self) -> None:
        self.detail = d = orders.get_order(self.actor, self.order_id)
        self.w(QLabel, "order_no").setText(d.order_no)
        self.w(QLabel, "status").setText(d.status_label)
        self.customer_id = d.customer_id
        self._show_customer()
        self.w(QComboBox, "channel").setCurrentIndex(self.w(QComboBox, "channel").findData(d.channel))
        self.w(QLineEdit, "platform_order_no").setText(d.platform_order_no)
        staff_combo = self.w(QComboBox, "staff")
        if d.staff_id and staff_combo.findData(d.staff_id) < 0:
            staff_combo.addItem(d.staff_name, d.staff_id)
        staff_combo.setCurrentIndex(max(0, staff_combo.findData(d.staff_id)))
        self.w(QComboBox, "payment_method").setCurrentIndex(
            max(0, self.w(QComboBox, "payment_method").findData(d.payment_method)))
        self.w(QLineEdit, "paid").setText(format_money(d.paid_cents).replace(",", "") if d.paid_cents else "")
        for name in ("transfer_record", "receiver_name", "receiver_phone", "buyer_message", "seller_note"):
            self.w(QLineEdit, name).setText(getattr(d, name))
        self.w(QPlainTextEdit, "receiver_address").setPlainText(d.receiver_address)
        self.w(QCheckBox, "address_confirmed").setChecked(d.address_confirmed)
        self.w(QLineEdit, "freight").setText(format_money(d.freight_cents).replace(",", ""))
        self.w(QLineEdit, "discount").setText(format_money(d.discount_cents).replace(",", ""))
        self.lines = [orders.LineInput(qty=line.qty, unit_price_cents=line.unit_price_cents,
                                       product_id=line.product_id, title=line.title, sku=line.sku,
                                       discount_cents=line.discount_cents) for line in d.lines]
        self._show_lines()
        editable = d.editable and not d.masked
        for name in ("channel", "staff", "payment_method"):
            self.w(QComboBox, name).setEnabled(editable)
        self._set_editable(editable)
        self.w(QTableWidget, "lines").setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setVisible(editable)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            tr("Orders", "Cancel") if editable else tr("Orders", "Close"))
        note = self.w(QLabel, "readonly_note")
        if not editable:
            note.setText(_readonly_reason(d, self.actor))
        note.setVisible(not editable)
        self.w(QPushButton, "status_action").setEnabled(bool(orders.next_statuses(self.actor, d.status)))
        self.w(QPushButton, "ship").setEnabled(d.status == OrderStatus.PAID and self.actor.can(Perm.ORDERS_SHIP))
        fill_table(self.w(QTableWidget, "shipments"),
                   [tr("Shipping", "Carrier"), tr("Shipping", "Tracking number"), tr("Shipping", "Shipped"),
                    tr("Shipping", "By"), tr("Shipping", "Cancelled"), tr("Shipping", "Reason")],
                   [[s.carrier, s.tracking_no, display("datetime", s.shipped_at), s.shipped_by,
                     display("datetime", s.cancelled_at), s.cancel_reason] for s in d.shipments])
        self.w(QPushButton, "cancel_shipment").setEnabled(
            self.actor.can(Perm.ORDERS_SHIP) and any(s.cancelled_at is None for s in d.shipments)
            and d.status == OrderStatus.SHIPPED)
        fill_history(self.w(QTableWidget, "history"), d.history)

    def _set_editable(self, editable: bool) -> None:
        """A shipped (or cancelled) order, or one whose personal data is masked: every field read-only,
        and looking it (grey); the entry helpers hidden."""
        style = "" if editable else READONLY_STYLE
        for name in self.TEXT_FIELDS:
            field = self.w(QLineEdit, name)
            field.setReadOnly(not editable)
            field.setStyleSheet(style)
        address = self.w(QPlainTextEdit, "receiver_address")
        address.setReadOnly(not editable)
        address.setStyleSheet(style)
        self.w(QCheckBox, "address_confirmed").setEnabled(editable)
        for name in ("add_code", "remove_line", "find_customer", "paste_receiver"):
            self.w(QWidget, name).setVisible(editable)

    # -- lines -----------------------------------------------------------------------------
    def _show_lines(self) -> None:
        table = self.w(QTableWidget, "lines")
        table.blockSignals(True)
        table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            total = line.qty * (line.unit_price_cents or 0) - (line.discount_cents or 0)
            values = [line.sku, line.title, str(line.qty), format_money(line.unit_price_cents or 0),
                      format_money(line.discount_cents or 0), format_money(total)]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column in (0, 5):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.blockSignals(False)
        self._show_total()

    def _line_edited(self, item: QTableWidgetItem) -> None:
        line = self.lines[item.row()]
        text = item.text().strip()
        try:
            if item.column() == 1:
                line.title = text
            elif item.column() == 2:
                line.qty = int(text)
            elif item.column() == 3:
                line.unit_price_cents = to_cents(text, field=tr("Orders", "Unit price"))
            elif item.column() == 4:
                line.discount_cents = to_cents(text, field=tr("Orders", "Discount"))
        except (ValueError, ShopError):
            self.show_problem(ValidationError(tr("Orders", "Item {n}: '{value}' is not valid here.").format(
                n=item.row() + 1, value=text), field="lines"))
        self._show_lines()

    def add_line(self) -> None:
        """Enter in the item box: a scanned SKU or barcode adds its product at once; a name that
        matches one product adds it; otherwise the list of matches opens to pick from."""
        code = self.w(QLineEdit, "add_code").text().strip()
        if not code:
            return
        product_id = products.find_by_code(code)
        if product_id is None:
            self.picker.timer.stop()
            if self.picker.text != code:
                self.picker.search()
            product_id = self.picker.only_hit()
        if product_id is None:
            if not self.picker.ids:
                self.show_problem(ValidationError(tr("Orders", "No product has the name, SKU or barcode '{code}'.")
                                                  .format(code=code), field="lines"))
                self.w(QLineEdit, "add_code").selectAll()
            return
        self.picker.completer.popup().hide()
        self.add_product(product_id)

    def add_product(self, product_id: int) -> None:
        detail = products.get_product(self.actor, product_id)
        same = next((line for line in self.lines if line.product_id == product_id), None)
        if same:
            same.qty += 1
        else:
            self.lines.append(orders.LineInput(qty=1, unit_price_cents=detail.values["price_cents"],
                                               product_id=product_id, title=detail.values["name"],
                                               sku=detail.values["sku"]))
        self.w(QLineEdit, "add_code").clear()
        self.marker.clear()
        self._show_lines()
        self.w(QLineEdit, "add_code").setFocus()

    def remove_line(self) -> None:
        row = self.w(QTableWidget, "lines").currentRow()
        if 0 <= row < len(self.lines):
            del self.lines[row]
            self._show_lines()

    def _money(self, name: str, label: str, found: ProblemCollector | None = None) -> int:
        try:
            return to_cents(self.w(QLineEdit, name).text(), field=label)
        except ShopError as error:
            problem = ValidationError(str(error), field=next((k for k, v in self.field_widgets.items() if v == name),
                                                             name))
            if found is None:
                raise problem from None
            found.add(problem)
            return 0

    def _show_total(self) -> None:
        goods = sum(line.qty * (line.unit_price_cents or 0) - (line.discount_cents or 0) for line in self.lines)
        try:
            total = goods + self._money("freight", "") - self._money("discount", "")
        except ShopError:
            total = goods
        self.w(QLabel, "total").setText(tr("Orders", "Total ¥{amount}").format(amount=format_money(total)))

    # -- saving ----------------------------------------------------------------------------
    def draft(self, found: ProblemCollector | None = None) -> orders.OrderInput:
        paid_text = self.w(QLineEdit, "paid").text().strip()
        method = self.w(QComboBox, "payment_method").currentData()
        return orders.OrderInput(
            channel=self.w(QComboBox, "channel").currentData(), lines=list(self.lines),
            platform_order_no=self.w(QLineEdit, "platform_order_no").text(), customer_id=self.customer_id,
            freight_cents=self._money("freight", tr("Orders", "Freight"), found),
            discount_cents=self._money("discount", tr("Orders", "Order discount"), found),
            paid_cents=(self._money("paid", tr("Orders", "Paid amount"), found) if paid_text
                        else (None if method else 0)),
            payment_method=method, transfer_record=self.w(QLineEdit, "transfer_record").text(),
            buyer_message=self.w(QLineEdit, "buyer_message").text(), seller_note=self.w(QLineEdit, "seller_note").text(),
            receiver_name=self.w(QLineEdit, "receiver_name").text(),
            receiver_phone=self.w(QLineEdit, "receiver_phone").text(),
            receiver_address=self.w(QPlainTextEdit, "receiver_address").toPlainText(),
            address_confirmed=self.w(QCheckBox, "address_confirmed").isChecked(),
            staff_id=self.w(QComboBox, "staff").currentData(),
            paid_at=timeutil.now() if (method and not self.order_id) else None,
            customer_from_receiver=self.customer_id is None and not self.order_id)

    def save(self) -> None:
        """The amounts typed here and the service's checks: every problem is shown at once."""
        found = ProblemCollector()
        draft = self.draft(found)
        try:
            if self.order_id:
                orders.update_order(self.actor, self.order_id, draft, row_version=self.detail.row_version)
            else:
                self.created = orders.create_order(self.actor, draft)
                self.order_id = self.created.id
                UiState().set_last_channel(draft.channel)
        except ValidationError as error:
            found.add(error)
        found.raise_any()
        self.changed = True

    # -- actions -----------------------------------------------------------------------------
    def find_customer(self) -> None:
        text = messages.ask_text(self, tr("Orders", "Find customer"),
                                 tr("Orders", "Phone number or platform buyer name:"))
        if not text:
            return
        text = text.strip()
        found = customers.find_customer(self.actor, phone=text) or customers.find_customer(
            self.actor, channel=self.w(QComboBox, "channel").currentData(), nickname=text)
        if found is None:
            if not messages.confirm(self, tr("Orders", "No customer found for '{text}'. Create a new customer?")
                                    .format(text=text)):
                return
            try:
                is_phone = text.replace("-", "").replace(" ", "").isdigit()
                found = customers.create_customer(self.actor, {
                    "name": self.w(QLineEdit, "receiver_name").text() or (text if not is_phone else ""),
                    "nickname": "" if is_phone else text, "phone": text if is_phone else "",
                    "channel": self.w(QComboBox, "channel").currentData()})
            except ShopError as error:
                self.show_problem(error)
                return
        detail = customers.get_customer(self.actor, found)
        self.customer_id = found
        self._show_customer()
        if not self.w(QLineEdit, "receiver_name").text() and detail.addresses:
            address = detail.addresses[0]
            self.w(QLineEdit, "receiver_name").setText(address.receiver)
            self.w(QLineEdit, "receiver_phone").setText(address.phone)
            self.w(QPlainTextEdit, "receiver_address").setPlainText(address.address)

    def paste_receiver(self) -> None:
        """Ctrl+Shift+V: the buyer's 姓名 手机 地址 from a chat into the receiver fields."""
        if not self.w(QPushButton, "paste_receiver").isVisible():
            return
        dialog = PasteReceiverDialog(self, clipboard_text())
        if not dialog.exec():
            return
        self.fill_receiver(dialog.result_text)

    def fill_receiver(self, found) -> None:
        if found.name:
            self.w(QLineEdit, "receiver_name").setText(found.name)
        if found.phone:
            self.w(QLineEdit, "receiver_phone").setText(found.phone)
        if found.address:
            self.w(QPlainTextEdit, "receiver_address").setPlainText(found.address)
        self._receiver_phone_changed()
        self.w(QLineEdit, "add_code").setFocus()

    def _receiver_phone_changed(self) -> None:
        """A new order takes the customer with the receiver's phone (or makes one on saving)."""
        if self.order_id or (self.customer_id is not None and not getattr(self, "_customer_by_phone", False)):
            return
        brief = customers.customer_brief(self.actor, phone=self.w(QLineEdit, "receiver_phone").text())
        self.customer_id = brief.id if brief else None
        self._customer_by_phone = brief is not None
        self._show_customer(brief)

    def _show_customer(self, brief=None) -> None:
        label = self.w(QLabel, "customer")
        if self.customer_id is not None:
            brief = brief or customers.customer_brief(self.actor, customer_id=self.customer_id)
        if brief is not None:
            label.setText(tr("Orders", "Customer: {name} ({n} orders so far)").format(
                name=brief.name, n=brief.order_count))
        elif not self.order_id and self.actor.can(Perm.CUSTOMERS_EDIT):
            label.setText(tr("Orders", "New customer: made from the receiver on saving"))
        else:
            label.setText(tr("Orders", "No customer") if not self.order_id else "")

    def status_menu(self) -> None:
        menu = QMenu(self)
        for target in orders.next_statuses(self.actor, self.detail.status):
            menu.addAction(status_label(target), lambda t=target: self.change_status(t))
        button = self.w(QPushButton, "status_action")
        menu.exec(button.mapToGlobal(button.rect().bottomLeft()))

    def change_status(self, target: str) -> None:
        reason = ""
        if target in (OrderStatus.CANCELLED, OrderStatus.CLOSED):
            reason = messages.ask_text(self, status_label(target), tr("Orders", "Reason (kept in the history):"))
            if not reason:
                return
        try:
            orders.change_status(self.actor, self.order_id, target, reason=reason, row_version=self.detail.row_version)
        except ShopError as error:
            self.show_problem(error)
            return
        self.changed = True
        self.load()

    def ship(self) -> None:
        if ShipDialog(self, self.actor, self.order_id, self.detail.order_no).exec():
            self.changed = True
            self.load()

    def cancel_shipment(self) -> None:
        shipment = next((s for s in self.detail.shipments if s.cancelled_at is None), None)
        if shipment is None:
            return
        reason = messages.ask_text(self, tr("Shipping", "Cancel shipment"), tr(
            "Shipping", "Why is shipment {tracking} cancelled? The stock comes back.").format(
                tracking=shipment.tracking_no))
        if not reason:
            return
        try:
            shipping.cancel_shipment(self.actor, shipment.id, reason)
        except ShopError as error:
            self.show_problem(error)
            return
        self.changed = True
        self.load()


def announce_new_order(parent: QWidget, ref: orders.OrderRef) -> None:
    """Saving a new order says its number (copied, to paste into the chat with the buyer)."""
    from PySide6.QtGui import QGuiApplication

    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        clipboard.setText(ref.order_no)
    text = tr("Orders", "Order {order_no} is saved. The number is copied: paste it into the chat with the buyer.")
    if ref.new_customer:
        text += "\n" + tr("Orders", "A new customer was made from the receiver.")
    messages.info(parent, text.format(order_no=ref.order_no), title=tr("Orders", "Order saved"))


def ship_selected(page: TablePage) -> None:
    """Ship the order selected on a list page (orders, dispatch queue), then refresh it."""
    order_id = page.selected_id()
    if order_id is None:
        messages.info(page, tr("Orders", "Select an order first."))
        return
    detail = orders.get_order(page.actor, order_id)
    if detail.status != OrderStatus.PAID:
        messages.warning(page, tr("Shipping", "Order {order_no} is {status}: only paid orders can be shipped.")
                         .format(order_no=detail.order_no, status=detail.status_label))
        return
    if ShipDialog(page, page.actor, order_id, detail.order_no).exec():
        page.context.changed("order")
        page.refresh()


def print_packing_slips(page: QWidget, actor, ids: list[int]) -> None:
    from shopmanager.services.order_reports import packing_slips_pdf
    from shopmanager.ui.printing import show_report

    show_report(page, tr("Orders", "Packing slips"), lambda progress: packing_slips_pdf(actor, ids, progress),
                f"packing-slips-{timeutil.today():%Y%m%d}.pdf")


def period_start(code: str | None) -> dt.date | None:
    today = timeutil.today()
    return {"today": today, "7": today - dt.timedelta(days=6), "30": today - dt.timedelta(days=29),
            "month": today.replace(day=1)}.get(code or "")


class OrdersPage(TablePage):
    table_key = "orders"

    def make_source(self):
        return orders.OrderSource(self.actor)

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.search.setPlaceholderText(tr("Orders", "Order / platform number, phone, tracking no.  (Ctrl+F)"))
        self.status = QComboBox(self)
        self.status.setObjectName("status_filter")
        self.status.addItem(tr("Orders", "All statuses"), None)
        for status in OrderStatus:
            self.status.addItem(status_label(status), status.value)
        self.channel = QComboBox(self)
        self.channel.setObjectName("channel_filter")
        self.channel.addItem(tr("Orders", "All channels"), None)
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel.value)
        self.period = QComboBox(self)
        self.period.setObjectName("period_filter")
        for code, label in ((None, tr("Orders", "Any time")), ("today", tr("Orders", "Today")),
                            ("7", tr("Orders", "Last 7 days")), ("30", tr("Orders", "Last 30 days")),
                            ("month", tr("Orders", "This month"))):
            self.period.addItem(label, code)
        for widget in (self.status, self.channel, self.period):
            self.filters.addWidget(widget)
        self.status.currentIndexChanged.connect(lambda: self.set_filter("status", self.status.currentData()))
        self.channel.currentIndexChanged.connect(lambda: self.set_filter("channel", self.channel.currentData()))
        self.period.currentIndexChanged.connect(
            lambda: self.set_filter("date_from", period_start(self.period.currentData())))
        if self.actor.can(Perm.ORDERS_EDIT):
            self._button("new", tr("Orders", "New order"), self.new_order)
            QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_order)
        self._button("open", tr("Orders", "Open"), lambda: self.open_row(self.view.currentIndex().row()))
        if self.actor.can(Perm.ORDERS_SHIP):
            self._button("ship", tr("Shipping", "Ship…"), self.ship_selected)
        self._button("packing", tr("Orders", "Print packing slips…"), self.print_packing_slips)
        if self.actor.can(Perm.ORDERS_IMPORT):
            self._button("import", tr("Orders", "Import platform orders…"), self.import_orders)
        if self.actor.can(Perm.SALES_REPORT):
            self._button("sales_report", tr("Orders", "Sales report…"), self.sales_report)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

    def _button(self, name: str, text: str, slot) -> None:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)

    def export_title(self) -> str:
        return tr("Orders", "Orders")

    def empty_message(self) -> str:
        if not self.actor.can(Perm.ORDERS_EDIT):
            return tr("Orders", "No orders yet. Customer service enters or imports them.")
        return tr("Orders", "No orders yet. Enter one with New order (Ctrl+N), or import the orders exported "
                            "from your platform with Import platform orders….")

    def activated(self) -> None:
        self.refresh()

    def search_entered(self, text: str) -> bool:
        """A scanned order number (or platform number) opens the order."""
        try:
            order_id = orders.lookup_order_id(text)
        except ShopError:
            return False
        self.open_order(order_id)
        return True

    def open_row(self, row: int) -> None:
        order_id = self.model.id_at(row)
        if order_id is not None:
            self.open_order(order_id)

    def open_order(self, order_id: int | None) -> None:
        dialog = OrderDialog(self, self.context, order_id)
        dialog.exec()
        if dialog.changed:
            self.context.changed("order")
            self.refresh()
        if dialog.created is not None:
            self.select_id(dialog.created.id)
            announce_new_order(self, dialog.created)

    def new_order(self) -> None:
        self.open_order(None)

    def ship_selected(self) -> None:
        ship_selected(self)

    def print_packing_slips(self) -> None:
        ids = self.selected_ids()
        if not ids:
            messages.info(self, tr("Orders", "Select the orders to print (Ctrl+click or Shift+click for several)."))
            return
        print_packing_slips(self, self.actor, ids)

    def sales_report(self) -> None:
        """The sales report lives with the other reports: open it there, last month chosen."""
        page = self.window().show_page("reports") if hasattr(self.window(), "show_page") else None
        if page is not None:
            page.select("sales")

    def import_orders(self) -> None:
        from shopmanager.ui.pages.importing import OrdersImportDialog

        if OrdersImportDialog(self, self.context).exec():
            self.context.changed("order")
            self.reload()


class DispatchPage(TablePage):
    """当天件当天发: paid orders waiting, oldest payment first; overdue in red."""

    table_key = "dispatch"

    def make_source(self):
        return DispatchSource(self.actor)

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.search.hide()
        self.bucket = QComboBox(self)
        self.bucket.setObjectName("bucket_filter")
        for code, label in (("today", tr("Dispatch", "To ship today")), ("overdue", tr("Dispatch", "Overdue")),
                            ("tomorrow", tr("Dispatch", "Paid after the cut-off: tomorrow")),
                            ("all", tr("Dispatch", "All waiting"))):
            self.bucket.addItem(label, code)
        self.filters.addWidget(self.bucket)
        self.bucket.currentIndexChanged.connect(lambda: self.set_filter("bucket", self.bucket.currentData()))
        self.hint = QLabel(self)
        self.filters.addWidget(self.hint)
        if self.actor.can(Perm.ORDERS_SHIP):
            button = QPushButton(tr("Shipping", "Ship…"), self)
            button.setObjectName("ship")
            button.clicked.connect(self.ship_selected)
            self.buttons.addWidget(button)
        packing = QPushButton(tr("Orders", "Print packing slips…"), self)
        packing.setObjectName("packing")
        packing.clicked.connect(self.print_all)
        self.buttons.addWidget(packing)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._show_hint()

    def _show_hint(self) -> None:
        from shopmanager.services import settings

        self.hint.setText(tr("Dispatch", "Paid before {cutoff} ships the same day.").format(
            cutoff=settings.get("shipping.cutoff")))

    def activated(self) -> None:
        self.source = self.make_source()  # "now" moves on: today's cut-off is recomputed
        self.model.source = self.source
        self.refresh()
        self._show_hint()

    def export_title(self) -> str:
        return tr("Dispatch", "To ship")

    def is_filtered(self) -> bool:
        return False  # the bucket is a view of the queue, not a narrowing search

    def empty_message(self) -> str:
        return {"overdue": tr("Dispatch", "No overdue parcels."),
                "tomorrow": tr("Dispatch", "Nothing paid after today's cut-off.")}.get(
            self.bucket.currentData(), tr("Dispatch", "Nothing is waiting to be shipped. Paid orders appear here "
                                                      "until their parcel leaves."))

    def open_row(self, row: int) -> None:
        order_id = self.model.id_at(row)
        if order_id is not None:
            dialog = OrderDialog(self, self.context, order_id)
            dialog.exec()
            if dialog.changed:
                self.context.changed("order")
                self.refresh()

    def ship_selected(self) -> None:
        ship_selected(self)

    def print_all(self) -> None:
        ids = self.selected_ids() or list(self.model.ids)
        if not ids:
            messages.info(self, tr("Dispatch", "Nothing is waiting to be shipped."))
            return
        print_packing_slips(self, self.actor, ids)
