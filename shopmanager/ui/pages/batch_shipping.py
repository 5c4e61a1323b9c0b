"""批量发货: 200 parcels before the cut-off with a scanner.

Scan the order number: the receiver, the items and the number of pieces appear (an unpaid,
cancelled or already shipped order is refused at once, with a beep). Scan the parcel label:
the carrier is recognised from the number's shape, or checked against the one chosen (a
mismatch asks first), and the order ships. After any error the cursor is back in the order
box. The counter says how many parcels are left for today and how long until the cut-off.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from shopmanager.core import timeutil
from shopmanager.core.errors import NotFound, ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.orders import clean_tracking_no
from shopmanager.services import dispatch, shipping
from shopmanager.ui import messages

RECOGNISE = None  # the carrier combo's first entry: tell the carrier from the number
BIG = "font-size: 13pt; padding: 4px;"


def fill_carriers(combo: QComboBox, actor, *, recognise: bool = False) -> None:
    if recognise:
        combo.addItem(tr("Shipping", "Recognise from the number"), RECOGNISE)
    for carrier in shipping.list_carriers(actor):
        combo.addItem(carrier.name, carrier.id)


def choose_carrier(parent: QWidget, actor, tracking_no: str, chosen: int | None) -> int | None:
    """The carrier to ship with: the one recognised from the number when none is chosen; when one
    is chosen and the number has another carrier's shape, the clerk decides. None: do not ship."""
    recognised = shipping.recognise_carrier(actor, tracking_no)
    if chosen is RECOGNISE:
        if recognised is None:
            raise ShopError(tr("Shipping", "Cannot tell the carrier of {number} from its shape: choose the carrier "
                                           "above (or add its number pattern under Carriers…).").format(
                number=tracking_no))
        return recognised.id
    if shipping.carrier_fits(actor, tracking_no, chosen) is not False:
        return chosen
    names = {c.id: c.name for c in shipping.list_carriers(actor)}
    if recognised is not None:
        answer = messages.ask_buttons(parent, tr(
            "Shipping", "Tracking number {number} looks like {recognised}, but {chosen} is chosen. Which carrier "
            "takes this parcel?").format(number=tracking_no, recognised=recognised.name, chosen=names.get(chosen, "")),
            [("recognised", tr("Shipping", "Ship with {name}").format(name=recognised.name)),
             ("chosen", tr("Shipping", "Ship with {name}").format(name=names.get(chosen, ""))),
             ("cancel", tr("Messages", "Cancel"))],
            title=tr("Shipping", "Carrier does not match"))
        return {"recognised": recognised.id, "chosen": chosen}.get(answer or "")
    answer = messages.ask_buttons(parent, tr(
        "Shipping", "Tracking number {number} does not look like a {chosen} number. Ship with {chosen} anyway?")
        .format(number=tracking_no, chosen=names.get(chosen, "")),
        [("chosen", tr("Shipping", "Ship with {name}").format(name=names.get(chosen, ""))),
         ("cancel", tr("Messages", "Cancel"))],
        title=tr("Shipping", "Carrier does not match"))
    return chosen if answer == "chosen" else None


def time_to_cutoff(now: dt.datetime, cutoff: dt.time) -> str:
    limit = dt.datetime.combine(now.date(), cutoff)
    if now >= limit:
        return tr("Shipping", "Past today's cut-off {cutoff}: orders paid now ship tomorrow.").format(
            cutoff=f"{cutoff:%H:%M}")
    minutes = int((limit - now).total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    left = tr("Shipping", "{h} h {m} min").format(h=hours, m=minutes) if hours else \
        tr("Shipping", "{m} min").format(m=minutes)
    return tr("Shipping", "Cut-off {cutoff}: {left} left").format(cutoff=f"{cutoff:%H:%M}", left=left)


class BatchShippingPage(QWidget):
    """Scan the order (or its platform number), check what goes in, scan the parcel label; next."""

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.actor = context, context.actor
        self.preview: shipping.ShipPreview | None = None
        self.shipped = 0
        self.carrier = QComboBox(self)
        self.carrier.setObjectName("carrier")
        fill_carriers(self.carrier, self.actor, recognise=True)
        carriers = QPushButton(tr("Shipping", "Carriers…"), self)
        carriers.setObjectName("carriers")
        carriers.clicked.connect(self.manage_carriers)
        self.left = QLabel(self)
        self.left.setObjectName("left")
        self.left.setStyleSheet("font-weight: bold;")
        self.cutoff = QLabel(self)
        self.cutoff.setObjectName("cutoff")
        self.order = QLineEdit(self)
        self.order.setObjectName("order")
        self.order.setPlaceholderText(tr("Shipping", "1. Scan or type the order number"))
        self.order.setStyleSheet(BIG)
        self.tracking = QLineEdit(self)
        self.tracking.setObjectName("tracking")
        self.tracking.setPlaceholderText(tr("Shipping", "2. Scan the parcel's tracking number"))
        self.tracking.setStyleSheet(BIG)
        self.order.returnPressed.connect(self.order_entered)
        self.tracking.returnPressed.connect(self.ship)
        self.tracking.textEdited.connect(lambda _text: self._show_recognised())
        self.recognised = QLabel(self)
        self.recognised.setObjectName("recognised")
        self.recognised.setStyleSheet("color: #00695c;")

        self.card = QFrame(self)
        self.card.setObjectName("preview")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setStyleSheet("#preview { background: white; border: 1px solid #cfd8dc; border-radius: 6px; }")
        self.receiver = QLabel(self.card)
        self.receiver.setObjectName("receiver")
        self.receiver.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.address = QLabel(self.card)
        self.address.setObjectName("address")
        self.address.setWordWrap(True)
        self.items = QLabel(self.card)
        self.items.setObjectName("items")
        self.items.setWordWrap(True)
        self.items.setStyleSheet("font-size: 12pt;")
        self.pieces = QLabel(self.card)
        self.pieces.setObjectName("pieces")
        self.pieces.setStyleSheet("font-size: 22pt; font-weight: bold; color: #263238;")
        self.note = QLabel(self.card)
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #bf360c;")
        card = QGridLayout(self.card)
        card.addWidget(self.receiver, 0, 0)
        card.addWidget(self.pieces, 0, 1, 3, 1)
        card.addWidget(self.address, 1, 0)
        card.addWidget(self.items, 2, 0)
        card.addWidget(self.note, 3, 0, 1, 2)
        card.setColumnStretch(0, 1)

        self.status = QLabel(tr("Shipping", "Scan the order number and press Enter: check the items, then scan the "
                                            "parcel label. The order ships and the next one can be scanned."), self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-size: 12pt;")
        self.results = QTableWidget(0, 6, self)
        self.results.setObjectName("results")
        self.results.setHorizontalHeaderLabels([
            tr("Shipping", "Time"), tr("Orders", "Order number"), tr("Orders", "Receiver"), tr("Shipping", "Carrier"),
            tr("Shipping", "Tracking number"), tr("Shipping", "Result")])
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.verticalHeader().setVisible(False)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Shipping", "Carrier"), self))
        top.addWidget(self.carrier)
        top.addWidget(carriers)
        top.addStretch(1)
        top.addWidget(self.left)
        top.addSpacing(12)
        top.addWidget(self.cutoff)
        scans = QHBoxLayout()
        scans.addWidget(self.order, 1)
        scans.addWidget(self.tracking, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(scans)
        layout.addWidget(self.recognised)
        layout.addWidget(self.card)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self._show_preview(None)
        self.clock = QTimer(self)
        self.clock.setInterval(30_000)
        self.clock.timeout.connect(self.refresh_counter)
        self.clock.start()
        context.data_changed.connect(lambda entity: self.refresh_counter() if entity in ("order", "settings") else None)
        self.refresh_counter()

    def activated(self) -> None:
        self.refresh_counter()
        self.order.setFocus()

    def refresh_counter(self) -> None:
        today, overdue = dispatch.dispatch_counts(self.actor)
        text = tr("Shipping", "Left to ship today: {n}").format(n=today)
        if overdue:
            text += tr("Shipping", " ({n} overdue)").format(n=overdue)
        self.left.setText(text)
        self.left.setStyleSheet("font-weight: bold; color: %s;" % ("#c62828" if overdue else "#263238"))
        self.cutoff.setText(time_to_cutoff(timeutil.now(), dispatch.cutoff()))

    def manage_carriers(self) -> None:
        from shopmanager.ui.pages.lists import CarriersDialog

        dialog = CarriersDialog(self, self.actor)
        dialog.exec()
        if dialog.changed:
            current = self.carrier.currentIndex()
            self.carrier.clear()
            fill_carriers(self.carrier, self.actor, recognise=True)
            self.carrier.setCurrentIndex(max(0, min(current, self.carrier.count() - 1)))

    # -- scanning ------------------------------------------------------------------------------------
    def order_entered(self) -> None:
        number = self.order.text().strip()
        if not number:
            return
        try:
            self.preview = shipping.preview_shipment(self.actor, number)
        except ShopError as error:
            if isinstance(error, NotFound) and self._is_tracking_number(number):
                error = ShopError(tr("Shipping", "{number} is a parcel's tracking number: scan the order number "
                                                 "first.").format(number=number))
            self._refused(number, "", str(error))
            return
        self._show_preview(self.preview)
        self.status.setText(tr("Shipping", "Order {order_no}: pack {n} piece(s), then scan the parcel label.").format(
            order_no=self.preview.order_no, n=self.preview.pieces))
        self.status.setStyleSheet("font-size: 12pt;")
        self.tracking.clear()
        self.tracking.setFocus()

    def _is_tracking_number(self, text: str) -> bool:
        try:
            return shipping.recognise_carrier(self.actor, text) is not None
        except ShopError:
            return False

    def _show_recognised(self) -> None:
        text = self.tracking.text().strip()
        try:
            carrier = shipping.recognise_carrier(self.actor, text) if len(text) >= 8 else None
        except ShopError:
            carrier = None
        self.recognised.setText(tr("Shipping", "Carrier by the number: {name}").format(name=carrier.name)
                                if carrier else "")

    def ship(self) -> None:
        number, tracking = self.order.text().strip(), self.tracking.text().strip()
        if not number or self.preview is None:
            self.order.setFocus()
            self.order.selectAll()
            return
        try:
            tracking = clean_tracking_no(tracking)
            carrier_id = choose_carrier(self, self.actor, tracking, self.carrier.currentData())
            if carrier_id is None:
                self._refused(number, tracking, tr("Shipping", "Not shipped: the carrier was not confirmed."))
                return
            result = shipping.ship_by_order_number(self.actor, number, carrier_id, tracking)
        except ShopError as error:
            self._refused(number, tracking, str(error))
            return
        self.shipped += 1
        warning = "" if result.address_confirmed else tr("Shipping", " (address not confirmed with the buyer)")
        self._add_row([result.shipped_at.strftime("%H:%M:%S"), result.order_no, result.receiver, result.carrier,
                       result.tracking_no, tr("Shipping", "Shipped, {n} piece(s)").format(n=result.pieces) + warning],
                      ok=True)
        self.status.setText(tr("Shipping", "{order_no} shipped with {carrier}. {n} shipped in this session. Next "
                                           "order…").format(order_no=result.order_no, carrier=result.carrier,
                                                            n=self.shipped))
        self.status.setStyleSheet("font-size: 12pt; color: #1b5e20;")
        self.context.changed("order")
        self.preview = None
        self._show_preview(None)
        self.order.clear()
        self.tracking.clear()
        self.recognised.clear()
        self.order.setFocus()

    def _refused(self, number: str, tracking: str, problem: str) -> None:
        """Any error: a beep, the reason in red, the order box ready for the next scan."""
        QApplication.beep()
        self._add_row([timeutil.now().strftime("%H:%M:%S"), number, "", self.carrier.currentText(), tracking, problem],
                      ok=False)
        self.status.setText(problem)
        self.status.setStyleSheet("font-size: 12pt; color: #b00020; font-weight: bold;")
        self.preview = None
        self._show_preview(None)
        self.tracking.clear()
        self.recognised.clear()
        self.order.setFocus()
        self.order.selectAll()

    def _show_preview(self, preview: shipping.ShipPreview | None) -> None:
        if preview is None:
            self.receiver.setText(tr("Shipping", "Scan an order"))
            self.receiver.setStyleSheet("font-size: 13pt; color: #90a4ae;")
            for label in (self.address, self.items, self.pieces, self.note):
                label.clear()
            return
        self.receiver.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.receiver.setText(f"{preview.order_no}   {preview.receiver}   {preview.phone}")
        self.address.setText(preview.address)
        self.items.setText(tr("Audit", "; ").join(tr("Shipping", "{item} × {qty}").format(item=item, qty=qty)
                                     for item, qty in preview.items))
        self.pieces.setText(tr("Shipping", "{n} pcs").format(n=preview.pieces))
        notes = []
        if preview.buyer_message:
            notes.append(tr("Shipping", "Buyer's message: {text}").format(text=preview.buyer_message))
        if not preview.address_confirmed:
            notes.append(tr("Shipping", "Address not confirmed with the buyer."))
        self.note.setText("  ".join(notes))

    def _add_row(self, values: list[str], *, ok: bool) -> None:
        self.results.insertRow(0)
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setForeground(QColor("#1b5e20" if ok else "#b00020"))
            self.results.setItem(0, column, item)
        self.results.resizeColumnsToContents()

