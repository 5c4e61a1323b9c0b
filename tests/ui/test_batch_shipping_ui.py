"""Batch shipping with a scanner: the order shown before the label, wrong orders refused at once,
the carrier recognised from the number and a mismatch asked, the counter and the cut-off, the
cursor back in the order box after any error; the dispatch queue and its badge."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication

from shopmanager.core import timeutil
from shopmanager.core.orders import OrderStatus
from shopmanager.core.permissions import Role
from shopmanager.db.models import SalesOrder, Shipment
from shopmanager.services import orders
from shopmanager.ui.i18n import apply_language
from tests.ui.test_foundation_ui import make_window
from tests.ui.test_orders_ui import catalogue, paid_order


def scan(page, order_no: str, tracking: str | None = None) -> None:
    page.order.setText(order_no)
    page.order_entered()
    if tracking is not None:
        page.tracking.setText(tracking)
        page.ship()


def test_scanning_shows_the_parcel_and_recognises_the_carrier(qtbot, sqlite_db, sqlite_shop, dialogs):
    owner = sqlite_shop[Role.OWNER]
    rice = catalogue(owner)
    first, second = paid_order(owner, rice, qty=3, buyer_message="轻拿轻放"), paid_order(owner, rice)
    window = make_window(qtbot, sqlite_shop[Role.SHIPPING], sqlite_db)
    page = window.show_page("batch")
    assert page.left.text() == "Left to ship today: 2"
    assert page.carrier.currentText() == "Recognise from the number"
    scan(page, first.order_no)
    assert first.order_no in page.receiver.text() and "张伟" in page.receiver.text()
    assert page.items.text() == "五常大米 5kg × 3" and page.pieces.text() == "3 pcs" and "轻拿轻放" in page.note.text()
    assert page.focusWidget() is page.tracking
    page.tracking.setText("JT0001234567890")
    page._show_recognised()
    assert page.recognised.text() == "Carrier by the number: 极兔速递"
    page.ship()
    shipment = Shipment.get()
    assert shipment.carrier_name == "极兔速递" and "Shipped, 3 piece(s)" in page.results.item(0, 5).text()
    assert page.left.text() == "Left to ship today: 1" and page.receiver.text() == "Scan an order"
    # a chosen carrier that does not fit the number asks which one takes the parcel
    page.carrier.setCurrentIndex(page.carrier.findText("顺丰速运"))
    dialogs.answer("recognised")  # ship with the recognised one
    scan(page, second.order_no, "75123456789012")
    assert "looks like 中通快递, but 顺丰速运 is chosen" in dialogs.texts("buttons")[-1]
    assert Shipment.get(Shipment.order == second.id).carrier_name == "中通快递"
    assert page.left.text() == "Left to ship today: 0"


def test_wrong_orders_are_refused_at_once_and_the_cursor_goes_back(qtbot, sqlite_db, sqlite_shop, dialogs):
    owner = sqlite_shop[Role.OWNER]
    rice = catalogue(owner)
    unpaid = orders.create_order(owner, orders.OrderInput(channel="taobao", lines=[orders.LineInput(1, product_id=rice)]))
    paid = paid_order(owner, rice)
    window = make_window(qtbot, sqlite_shop[Role.SHIPPING], sqlite_db)
    page = window.show_page("batch")
    page.activated()
    scan(page, unpaid.order_no)
    assert "not paid yet" in page.status.text() and "b00020" in page.status.styleSheet()
    assert page.focusWidget() is page.order and page.order.selectedText() == unpaid.order_no
    assert page.tracking.text() == "" and page.receiver.text() == "Scan an order"
    scan(page, "SF1234567890123")  # the label scanned into the order box
    assert "is a parcel's tracking number: scan the order number first" in page.status.text()
    page.carrier.setCurrentIndex(page.carrier.findText("顺丰速运"))
    dialogs.answer(None)  # the clerk cancels the mismatch question
    scan(page, paid.order_no, "75123456789012")
    assert "Not shipped" in page.status.text() and page.focusWidget() is page.order
    assert SalesOrder.get_by_id(paid.id).status == OrderStatus.PAID
    page.carrier.setCurrentIndex(0)
    scan(page, paid.order_no, "ABC1234567")  # no pattern fits: the carrier must be chosen
    assert "Cannot tell the carrier of ABC1234567" in page.status.text()
    assert SalesOrder.get_by_id(paid.id).status == OrderStatus.PAID and page.results.rowCount() == 4


def test_counter_cut_off_and_badge_in_chinese(qtbot, sqlite_db, sqlite_shop):
    from shopmanager.ui.pages.batch_shipping import time_to_cutoff

    owner = sqlite_shop[Role.OWNER]
    rice = catalogue(owner)
    yesterday = timeutil.now() - dt.timedelta(days=1)
    paid_order(owner, rice, paid_at=yesterday.replace(hour=10), ordered_at=yesterday.replace(hour=9))
    paid_order(owner, rice, paid_at=timeutil.now().replace(hour=0, minute=1, second=0),
               ordered_at=timeutil.now().replace(hour=0, minute=0, second=0))
    apply_language("zh_CN")
    window = make_window(qtbot, sqlite_shop[Role.SHIPPING], sqlite_db)
    qtbot.waitUntil(lambda: window.badge_value("dispatch") == (2, 1))
    page = window.show_page("batch")
    assert page.left.text() == "今天还有 2 件要发（其中 1 件已超时）"
    assert time_to_cutoff(dt.datetime(2026, 11, 30, 14, 37), dt.time(16)) == "16:00 截单：还剩 1 小时 23 分"
    assert time_to_cutoff(dt.datetime(2026, 11, 30, 15, 50), dt.time(16)) == "16:00 截单：还剩 10 分"
    assert "明天发" in time_to_cutoff(dt.datetime(2026, 11, 30, 16, 0), dt.time(16))
    queue = window.show_page("dispatch")
    items = queue.model.index(0, queue.source.column_index("items")).data()
    assert items == "五常大米 5kg ×2"  # names, not SKUs
