"""Orders, shipping and customers as the shop staff use them."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableWidget

from shopmanager.core.orders import OrderStatus
from shopmanager.core.permissions import Role
from shopmanager.db.models import Customer, Product, SalesOrder
from shopmanager.services import orders, products, shipping, stock
from tests.ui.conftest import wait_for_tasks
from tests.ui.test_foundation_ui import make_window

FIXTURES = Path(__file__).parents[1] / "fixtures"


def catalogue(owner):
    rice = products.create_product(owner, {"sku": "RICE-5", "name": "五常大米 5kg", "price_cents": "59.40",
                                           "barcode": "6901234567890"})
    stock.receive_goods(owner, [stock.ReceiptLine(rice, 50)])
    return rice


def paid_order(actor, product_id, qty=2, **extra):
    return orders.create_order(actor, orders.OrderInput(
        channel="taobao", lines=[orders.LineInput(qty=qty, product_id=product_id)], receiver_name="张伟",
        receiver_phone="13812345678", receiver_address="浙江省杭州市西湖区文三路100号", paid_at=extra.pop("paid_at", None)
        or __import__("shopmanager.core.timeutil", fromlist=["now"]).now(), **extra))


def test_order_form_takes_a_scanned_item_and_saves_a_paid_order(qtbot, sqlite_db, sqlite_shop, dialogs):
    from shopmanager.ui.pages.orders import OrderDialog

    rice = catalogue(sqlite_shop[Role.OWNER])
    window = make_window(qtbot, sqlite_shop[Role.CUSTOMER_SERVICE], sqlite_db)
    dialog = OrderDialog(window, window.context)
    qtbot.addWidget(dialog)
    code = dialog.w(QLineEdit, "add_code")
    for _ in range(2):
        code.setText("6901234567890")
        dialog.add_line()
    table = dialog.w(QTableWidget, "lines")
    assert table.rowCount() == 1 and table.item(0, 2).text() == "2" and table.item(0, 5).text() == "118.80"
    dialog.w(QLineEdit, "freight").setText("8")
    dialog._show_total()
    assert "126.80" in dialog.w(QLineEdit, "freight").parent().findChild(type(dialog.message), "total").text()
    dialog.w(QLineEdit, "receiver_name").setText("王芳")
    dialog.w(QLineEdit, "receiver_phone").setText("call me")
    payment = dialog.w(QComboBox, "payment_method")
    payment.setCurrentIndex(payment.findData("alipay"))
    dialog.accept()
    assert dialog.result() != OrderDialog.DialogCode.Accepted and "phone" in dialog.message.text().lower()
    dialog.w(QLineEdit, "receiver_phone").setText("13987654321")
    dialog.accept()
    assert dialog.result() == OrderDialog.DialogCode.Accepted
    order = SalesOrder.get()
    assert order.status == OrderStatus.PAID and order.total_cents == 12680 and order.receiver_phone == "13987654321"
    assert Product.get_by_id(rice).stock_qty == 50  # stock leaves only when shipped


def test_batch_shipping_by_scanning_ships_and_refuses_a_used_tracking_number(qtbot, sqlite_db, sqlite_shop):
    owner = sqlite_shop[Role.OWNER]
    rice = catalogue(owner)
    first, second = paid_order(owner, rice), paid_order(owner, rice)
    window = make_window(qtbot, sqlite_shop[Role.SHIPPING], sqlite_db)
    page = window.show_page("batch")
    page.order.setText(first.order_no)
    page.order_entered()
    page.tracking.setText("SF1234567890123")
    page.ship()
    assert "Shipped, 2 piece(s)" in page.results.item(0, 5).text()
    page.order.setText(second.order_no)
    page.order_entered()
    page.tracking.setText("SF1234567890123")
    page.ship()
    assert "already used by order" in page.results.item(0, 5).text()
    assert SalesOrder.get_by_id(second.id).status == OrderStatus.PAID
    assert Product.get_by_id(rice).stock_qty == 48


def test_dispatch_queue_counts_overdue_on_the_navigation(qtbot, sqlite_db, sqlite_shop):
    import datetime as dt

    from shopmanager.core import timeutil

    owner = sqlite_shop[Role.OWNER]
    rice = catalogue(owner)
    yesterday = timeutil.now() - dt.timedelta(days=1)
    late = paid_order(owner, rice, paid_at=yesterday.replace(hour=10), ordered_at=yesterday.replace(hour=9))
    window = make_window(qtbot, owner, sqlite_db)
    qtbot.waitUntil(lambda: window.badge_count("dispatch") == 1)
    page = window.show_page("dispatch")
    assert page.model.rowCount() == 1 and page.model.index(0, 0).data() == late.order_no
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue in red
    shipping.ship_order(owner, late.id, shipping.list_carriers(owner)[0].id, "YT0000000000001")
    window.context.changed("order")
    assert window.badge_count("dispatch") == 0


def test_customer_phone_is_masked_for_the_warehouse_but_not_for_service(qtbot, sqlite_db, sqlite_shop):
    from shopmanager.services import customers

    customers.create_customer(sqlite_shop[Role.OWNER], {"name": "张伟", "phone": "13812345678", "channel": "taobao"})
    shown = {}
    for role in (Role.CUSTOMER_SERVICE, Role.OPERATIONS):
        window = make_window(qtbot, sqlite_shop[role], sqlite_db)
        page = window.show_page("customers")
        shown[role] = page.model.index(0, page.source.column_index("phone")).data()
    assert shown[Role.CUSTOMER_SERVICE] == "13812345678" and shown[Role.OPERATIONS] == "138****5678"
    assert Customer.select().count() == 1


def test_importing_a_taobao_file_from_the_orders_page(qtbot, sqlite_db, sqlite_shop, dialogs):
    from shopmanager.ui.pages.importing import OrdersImportDialog

    owner = sqlite_shop[Role.OWNER]
    catalogue(owner)
    products.create_product(owner, {"sku": "OIL-5", "name": "鲁花花生油 5L", "price_cents": "89.80"})
    window = make_window(qtbot, sqlite_shop[Role.CUSTOMER_SERVICE], sqlite_db)
    dialog = OrdersImportDialog(window, window.context)
    qtbot.addWidget(dialog)
    dialogs.answer(str(FIXTURES / "orders" / "taobao-orders-gbk.csv"))
    dialog.choose_file()
    wait_for_tasks(qtbot)
    assert dialog.saved.currentText() == "Taobao / Tmall order report (订单报表)"
    assert dialog.combos["order_no"].currentText() == "订单编号"
    dialog.check_button.click()
    wait_for_tasks(qtbot)
    assert dialog.problems_label.text().startswith("Problems (1)") and "手工挂面" in dialog.problems.item(0, 2).text()
    dialog.placeholders.setChecked(True)
    dialogs.answer(True)
    dialog.import_button.click()
    wait_for_tasks(qtbot)
    assert SalesOrder.select().count() == 5


def test_dashboard_chart_axis_ends_on_a_round_number():
    from shopmanager.ui.widgets.chart import nice_top

    assert [nice_top(v) for v in (32285, 999, 12, 0)] == [40000, 1000, 20, 4]


def _when_modal(act) -> None:
    """Do `act` to the modal dialog the next click opens (exec() blocks the test otherwise)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    tries = iter(range(300))  # gives up after ~3 s, so it can never reach a later test's dialog

    def later():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if next(tries, None) is not None:
                QTimer.singleShot(10, later)
            return
        act(dialog)

    QTimer.singleShot(0, later)


def test_order_form_ships_and_cancels_the_shipment_with_the_stock(qtbot, sqlite_db, sqlite_shop, dialogs):
    from PySide6.QtWidgets import QPushButton

    from shopmanager.ui.pages.orders import OrderDialog

    owner = sqlite_shop[Role.OWNER]
    rice = catalogue(owner)
    ref = paid_order(owner, rice, qty=3)
    window = make_window(qtbot, sqlite_shop[Role.SHIPPING], sqlite_db)
    form = OrderDialog(window, window.context, ref.id)
    qtbot.addWidget(form)

    def scan_label(dialog):
        dialog.tracking.setText("sf 1234 5678 901")
        dialog.accept()
        if dialog.isVisible():  # refused: close it, so the test fails instead of hanging in exec()
            dialog.reject()

    _when_modal(scan_label)
    form.w(QPushButton, "ship").click()
    assert SalesOrder.get_by_id(ref.id).status == OrderStatus.SHIPPED and Product.get_by_id(rice).stock_qty == 47
    shipments = form.w(QTableWidget, "shipments")
    assert shipments.rowCount() == 1 and "SF12345678901" in [shipments.item(0, c).text()
                                                              for c in range(shipments.columnCount())]
    cancel = form.w(QPushButton, "cancel_shipment")
    assert cancel.isEnabled()
    dialogs.answer(None)  # the clerk thinks again: nothing happens
    cancel.click()
    assert SalesOrder.get_by_id(ref.id).status == OrderStatus.SHIPPED
    dialogs.answer("面单贴错了")
    cancel.click()
    assert SalesOrder.get_by_id(ref.id).status == OrderStatus.PAID and Product.get_by_id(rice).stock_qty == 50
    assert "The stock comes back" in dialogs.texts("text")[-1]
    assert not cancel.isEnabled()


def test_owner_erases_a_customers_personal_data_after_giving_a_reason(qtbot, sqlite_db, sqlite_shop, dialogs):
    from PySide6.QtWidgets import QPushButton

    from shopmanager.services import customers
    from shopmanager.ui.pages.customers import CustomerDialog

    owner = sqlite_shop[Role.OWNER]
    customer_id = customers.create_customer(owner, {"name": "李娜", "phone": "13912345678", "channel": "jd"})
    window = make_window(qtbot, owner, sqlite_db)
    dialog = CustomerDialog(window, window.context, customer_id)
    qtbot.addWidget(dialog)
    erase = dialog.findChild(QPushButton, "erase")
    dialogs.answer(None)  # cancelled at the reason: nothing erased
    erase.click()
    assert Customer.get_by_id(customer_id).phone == "13912345678"
    dialogs.answer("顾客来电要求删除")
    erase.click()
    kept = Customer.get_by_id(customer_id)
    assert (kept.name, kept.phone) == ("", "") and kept.erased_at is not None
    assert "cannot be undone" in dialogs.texts("text")[-1]


def test_dashboard_cards_count_todays_orders_and_what_must_ship(qtbot, sqlite_db, sqlite_shop, monkeypatch):
    import datetime as dt

    from shopmanager.core import timeutil
    from shopmanager.ui.widgets.chart import BarChart

    now = dt.datetime.combine(dt.date.today(), dt.time(11, 0))  # before the 16:00 cut-off, whenever the test runs
    monkeypatch.setattr(timeutil, "now", lambda: now)
    owner = sqlite_shop[Role.OWNER]
    rice = catalogue(owner)
    paid_order(owner, rice, qty=1)
    paid_order(owner, rice, qty=2)
    orders.create_order(owner, orders.OrderInput(channel="offline", lines=[orders.LineInput(qty=1, product_id=rice)]))
    yesterday = now - dt.timedelta(days=1)
    paid_order(owner, rice, paid_at=yesterday.replace(hour=10), ordered_at=yesterday.replace(hour=9))
    window = make_window(qtbot, owner, sqlite_db)
    page = window.show_page("dashboard")
    shown = {key: card.value.text() for key, card in page.cards.items()}
    assert shown["orders_today"] == "3" and shown["pending"] == "1"
    assert shown["sales_today"] == "¥178.20"  # 3 × 59.40 paid today; the unpaid order is not a sale
    assert shown["to_ship"] == "3" and shown["overdue"] == "1"  # yesterday's late order counts in both
    assert isinstance(page.chart, BarChart)
