"""The after-sales register as the shop uses it: the page, registering a case with the policy
shown first, the case form and its actions, and the entry points on orders and customers;
in English and Chinese."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget

from shopmanager.core import timeutil
from shopmanager.core.aftersales import CaseState, CaseType
from shopmanager.core.permissions import Role
from shopmanager.db.models import AfterSalesCase, Product, Refund, Shipment
from shopmanager.services import aftersales
from shopmanager.services.orders import LineInput
from tests.ui.conftest import wait_for_tasks
from tests.ui.test_foundation_ui import make_window
from tests.unit.services.aftersales_helpers import case_on, delivered_order, make_product

FIXTURES = Path(__file__).parents[1] / "fixtures"


def late_return_order(shop):
    rice = make_product("RICE", price=5940, qty=20)
    return rice, delivered_order(shop, LineInput(1, product_id=rice), delivered_days_ago=9)


def test_a_no_reason_return_on_day_9_is_refused_then_overridden(qtbot, sqlite_db, sqlite_shop, dialogs):
    from shopmanager.ui.pages.aftersales_case import CaseDialog, NewCaseDialog

    _rice, order = late_return_order(sqlite_shop)
    window = make_window(qtbot, sqlite_shop[Role.CUSTOMER_SERVICE], sqlite_db)
    dialog = NewCaseDialog(window, window.context)
    qtbot.addWidget(dialog)
    dialog.order_edit.setText(order.order_no)
    dialog.find_order()
    assert order.order_no in dialog.order_info.text() and dialog.qty[0][1].value() == 1
    dialog.reason.setCurrentIndex(dialog.reason.findData("no_reason"))
    assert "only within 7 days of delivery; this is day 9" in dialog.policy.text()
    assert "ffebee" in dialog.policy.styleSheet() and not dialog.override.isVisible()  # red; not a supervisor
    dialog.description.setPlainText("不想要了")
    dialogs.answer(False)
    dialog.accept()
    assert AfterSalesCase.select().count() == 0 and "refuses this case" in dialogs.last
    dialogs.answer(True)
    dialog.accept()
    case = AfterSalesCase.get()
    assert dialog.case_ref.state == CaseState.REFUSED and case.state == CaseState.REFUSED

    boss = make_window(qtbot, sqlite_shop[Role.SUPERVISOR], sqlite_db)
    form = CaseDialog(boss, boss.context, case.id)
    qtbot.addWidget(form)
    assert "Refused" in form.state.text() and "override" in [name for name, _t, _s in form.more_actions()]
    dialogs.answer("老客户，物流延误，同意退货")
    form.override()
    assert AfterSalesCase.get_by_id(case.id).state == CaseState.IN_PROGRESS
    assert form.policy.text().startswith("Overridden by supervisor-staff") and "this is day 9" in form.policy.text()
    timeline = [form.timeline.item(row, 2).text() for row in range(form.timeline.rowCount())]
    assert timeline == ["Registered", "Refused by the policy", "Supervisor override"]


def test_registering_a_case_in_chinese(qtbot, sqlite_db, sqlite_shop, dialogs):
    from shopmanager.ui.i18n import apply_language
    from shopmanager.ui.pages.aftersales_case import NewCaseDialog

    apply_language("zh_CN")
    _rice, order = late_return_order(sqlite_shop)
    window = make_window(qtbot, sqlite_shop[Role.SUPERVISOR], sqlite_db)
    dialog = NewCaseDialog(window, window.context, order_id=order.id)
    qtbot.addWidget(dialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("no_reason"))
    assert "七天无理由：仅限签收后 7 天内；现在是第 9 天" in dialog.policy.text()
    assert dialog.kind.currentText() == "退货退款" and not dialog.override.isHidden()
    dialog.override.setText("店长同意")
    dialog.accept()
    assert AfterSalesCase.get().state == CaseState.OPEN and AfterSalesCase.get().override_reason == "店长同意"
    dialog = NewCaseDialog(window, window.context, order_id=order.id)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("complaint"))
    assert dialog.lines.isHidden() and not dialog.category.isHidden()
    dialog.accept()
    assert dialog.message.text() == "投诉类别：请选择。" and AfterSalesCase.select().count() == 1


def test_a_quality_exchange_with_its_replacement_parcel(qtbot, sqlite_db, sqlite_shop, dialogs):
    from shopmanager.ui.pages.aftersales_case import CaseDialog, ReceiveGoodsDialog, ShipParcelDialog

    shop = sqlite_shop
    small, large = make_product("TEE-S", qty=5), make_product("TEE-L", qty=5)
    order = delivered_order(shop, LineInput(1, product_id=small))
    used = Shipment.get(Shipment.order == order.id).tracking_no
    ref = case_on(shop[Role.CUSTOMER_SERVICE], order.id, "exchange", "quality")
    window = make_window(qtbot, shop[Role.SHIPPING], sqlite_db)
    form = CaseDialog(window, window.context, ref.id)
    qtbot.addWidget(form)
    assert not form.buttons["receive"].isHidden() and form.buttons["receive"].isEnabled()
    assert "contact" not in form.buttons  # the shipping clerk does not handle the buyer
    receive = ReceiveGoodsDialog(form, form.actor, form.detail)
    qtbot.addWidget(receive)
    receive.spins[0][1].setValue(0)
    receive.spins[0][2].setValue(1)
    receive.accept()
    assert aftersales.get_case_row(ref.id).goods_received_at is not None
    form.load()
    ship = ShipParcelDialog(form, form.actor, form.detail)
    qtbot.addWidget(ship)
    ship.code.setText("TEE-L")
    ship.swap_item()
    assert ship.table.item(0, 0).text() == "TEE-L"
    ship.tracking.setText(used)
    ship.accept()
    assert "is already used by order" in ship.message.text() and Product.get_by_id(large).stock_qty == 5
    ship.tracking.setText("YT7000000000001")
    ship.accept()
    form.load()
    assert form.parcels.rowCount() == 1 and form.parcels.item(0, 1).text() == "YT7000000000001"
    assert Product.get_by_id(large).stock_qty == 4 and not form.buttons["ship"].isEnabled()
    items = [form.items.item(0, c).text() for c in range(6)]
    assert items[0] == "TEE-S" and items[4:] == ["0", "1"]


def test_refunds_from_the_case_form_never_pass_what_was_paid(qtbot, sqlite_db, sqlite_shop, dialogs):
    from shopmanager.ui.pages.aftersales_case import CaseDialog, RefundDialog

    rice = make_product("RICE", price=5940, qty=20)
    order = delivered_order(sqlite_shop, LineInput(1, product_id=rice))
    ref = case_on(sqlite_shop[Role.CUSTOMER_SERVICE], order.id)
    window = make_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    form = CaseDialog(window, window.context, ref.id)
    qtbot.addWidget(form)
    refund = RefundDialog(form, form.actor, form.detail)
    qtbot.addWidget(refund)
    assert refund.amount.placeholderText() == "59.40"
    refund.amount.setText("60")
    refund.accept()
    assert "more than can be refunded" in refund.message.text() and Refund.select().count() == 0
    refund.amount.setText("")
    refund.accept()
    form.load()
    assert form.refunds.rowCount() == 1 and form.refunds.item(0, 1).text() == "59.40"
    assert "Effect on profit: ¥-59.40" in form.refund_info.text() and not form.buttons["refund"].isEnabled()


def test_a_late_answered_complaint_and_a_revised_review(qtbot, sqlite_db, sqlite_shop, dialogs):
    from shopmanager.services.aftersales_stats import complaint_figures
    from shopmanager.ui.pages.aftersales_case import CaseDialog

    shop = sqlite_shop
    rice = make_product("RICE", qty=20)
    order = delivered_order(shop, LineInput(1, product_id=rice))
    complaint = aftersales.create_case(shop[Role.CUSTOMER_SERVICE], aftersales.CaseInput(
        CaseType.COMPLAINT, order.id, category="attitude", against_staff_id=shop[Role.SALES].staff_id,
        description="态度差", received_at=timeutil.now() - dt.timedelta(hours=30)))
    review = aftersales.create_case(shop[Role.CUSTOMER_SERVICE], aftersales.CaseInput(
        CaseType.NEGATIVE_REVIEW, order.id, rating=2, review_text="米有虫", reason="quality"))
    window = make_window(qtbot, shop[Role.CUSTOMER_SERVICE], sqlite_db)
    form = CaseDialog(window, window.context, complaint.id)
    qtbot.addWidget(form)
    assert "overdue" in form.state.text() and "receive" not in form.buttons
    dialogs.answer("Phone", "致歉，说明情况")
    form.contact()
    assert "overdue" not in form.state.text()
    today = timeutil.today()
    figures = complaint_figures(today - dt.timedelta(days=2), today)[None]
    assert (figures.complaints, figures.answered_in_time) == (1, 0)
    form = CaseDialog(window, window.context, review.id)
    qtbot.addWidget(form)
    dialogs.answer("Phone", "电话沟通，原因是仓库受潮")
    form.contact()
    dialogs.answer("Revised by the buyer", "已追评")
    form.review_outcome()
    case = AfterSalesCase.get_by_id(review.id)
    assert case.outcome == "revised" and case.state == CaseState.RESOLVED and case.phone_contacted_at
    assert "Revised by the buyer" in form.info["extra"].text()


def test_the_page_lists_searches_and_badges_the_open_cases(qtbot, sqlite_db, sqlite_shop, dialogs):
    shop = sqlite_shop
    rice = make_product("RICE", qty=20)
    first = delivered_order(shop, LineInput(1, product_id=rice), platform_order_no="3051000000000009")
    second = delivered_order(shop, LineInput(1, product_id=rice))
    late = case_on(shop[Role.CUSTOMER_SERVICE], first.id)
    case_on(shop[Role.CUSTOMER_SERVICE], second.id, "exchange", "quality")
    AfterSalesCase.update(received_at=timeutil.now() - dt.timedelta(hours=30)).where(
        AfterSalesCase.id == late.id).execute()
    window = make_window(qtbot, shop[Role.CUSTOMER_SERVICE], sqlite_db)
    qtbot.waitUntil(lambda: window.badge_count("aftersales") == 2)
    page = window.show_page("aftersales")
    assert page.holder.currentData() == "mine" and page.model.rowCount() == 2
    page.search.setText("3051000000000009")
    page.apply_search()
    assert page.model.rowCount() == 1 and page.model.index(0, 0).data() == late.case_no
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # overdue in red
    page.search.setText("")
    page.apply_search()
    page.kind.setCurrentIndex(page.kind.findData("exchange"))
    assert page.model.rowCount() == 1
    page.kind.setCurrentIndex(0)
    page.overdue.setChecked(True)
    assert page.model.rowCount() == 1
    aftersales.record_contact(shop[Role.CUSTOMER_SERVICE], late.id, "chat", "已回复")
    window.context.changed("aftersales")
    assert page.model.rowCount() == 0
    dashboard = window.show_page("dashboard")
    assert dashboard.cards["cases_open"].value.text() == "2" and dashboard.cards["cases_overdue"].value.text() == "0"


def test_orders_and_customers_show_their_cases(qtbot, sqlite_db, sqlite_shop, dialogs):
    from shopmanager.ui.pages.customers import CustomerDialog
    from shopmanager.ui.pages.orders import OrderDialog

    shop = sqlite_shop
    rice = make_product("RICE", qty=20)
    from shopmanager.services import customers

    buyer = customers.create_customer(shop[Role.OWNER], {"name": "张伟", "phone": "13812345678"})
    order = delivered_order(shop, LineInput(1, product_id=rice), customer_id=buyer)
    ref = case_on(shop[Role.CUSTOMER_SERVICE], order.id)
    window = make_window(qtbot, shop[Role.CUSTOMER_SERVICE], sqlite_db)
    form = OrderDialog(window, window.context, order.id)
    qtbot.addWidget(form)
    tabs = form.w(QTabWidget, "tabs")
    assert tabs.tabText(tabs.count() - 1) == "After-sales" and form.cases.table.item(0, 0).text() == ref.case_no
    record = CustomerDialog(window, window.context, buyer)
    qtbot.addWidget(record)
    assert record.cases.table.rowCount() == 1 and record.cases.table.item(0, 0).text() == ref.case_no
    assert not record.cases.new_button.isHidden()


def test_importing_a_taobao_refund_file_from_the_page(qtbot, sqlite_db, sqlite_shop, dialogs):
    from shopmanager.ui.pages.aftersales import AfterSalesImportDialog
    from tests.unit.services.test_aftersales_import import platform_order

    rice = make_product("RICE-5", price=5940, qty=50)
    oil = make_product("OIL-5", price=8980, qty=50)
    day = dict(paid_on=dt.date(2026, 11, 8), delivered_on=dt.date(2026, 11, 10))
    platform_order(sqlite_shop, "taobao", "3051000000000001", [LineInput(2, product_id=rice)], **day)
    platform_order(sqlite_shop, "taobao", "3051000000000002", [LineInput(1, product_id=oil)], **day)
    window = make_window(qtbot, sqlite_shop[Role.CUSTOMER_SERVICE], sqlite_db)
    dialog = AfterSalesImportDialog(window, window.context)
    qtbot.addWidget(dialog)
    dialogs.answer(str(FIXTURES / "aftersales" / "taobao-refunds-gbk.csv"))
    dialog.choose_file()
    wait_for_tasks(qtbot)
    assert dialog.saved.currentText() == "Taobao / Tmall refund export"
    assert dialog.combos["refund_no"].currentText() == "退款编号"
    dialog.check_button.click()
    wait_for_tasks(qtbot)
    assert dialog.problems.rowCount() == 1 and "3051000000000003" in dialog.problems.item(0, 2).text()
    assert AfterSalesCase.select().count() == 0


def test_the_defective_stock_page_scraps_goods(qtbot, sqlite_db, sqlite_shop, dialogs):
    from shopmanager.services import aftersales_goods

    shop = sqlite_shop
    rice = make_product("RICE", qty=20)
    order = delivered_order(shop, LineInput(2, product_id=rice))
    ref = case_on(shop[Role.CUSTOMER_SERVICE], order.id)
    line = aftersales_goods.CaseLine.get(aftersales_goods.CaseLine.case == ref.id)
    aftersales_goods.receive_goods(shop[Role.SHIPPING], ref.id, [aftersales_goods.ReceiveLine(line.id, defective=2)])
    window = make_window(qtbot, shop[Role.WAREHOUSE], sqlite_db)
    page = window.show_page("defective")
    assert page.model.rowCount() == 1 and page.model.index(0, 2).data() == "2"
    page.view.selectRow(0)
    dialogs.answer("2", "霉变")
    page.dispose("scrap")
    assert aftersales_goods.defective_qty(rice) == 0 and page.model.rowCount() == 0
    assert isinstance(page.count_label, QLabel)


def test_the_summary_report_opens_in_the_print_preview(qtbot, sqlite_db, sqlite_shop, dialogs):
    from PySide6.QtWidgets import QPushButton

    rice = make_product("RICE", qty=20)
    case_on(sqlite_shop[Role.CUSTOMER_SERVICE], delivered_order(sqlite_shop, LineInput(1, product_id=rice)).id)
    window = make_window(qtbot, sqlite_shop[Role.SUPERVISOR], sqlite_db)
    page = window.show_page("aftersales")
    today = timeutil.today()
    dialogs.answer(f"{today - dt.timedelta(days=13):%Y-%m-%d} {today:%Y-%m-%d}")
    pages = []
    _close_preview_when_shown(lambda preview: (pages.append(len(preview.page_labels)), preview.reject()))
    page.findChild(QPushButton, "report").click()
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: bool(pages), timeout=5000)
    assert pages[0] >= 2
    dialogs.answer("2026-11-30 2026-11-01")
    page.findChild(QPushButton, "report").click()
    assert dialogs.last == "The period ends before it starts."


def _close_preview_when_shown(act, patience_s: float = 30) -> None:
    """Act on the print preview once the report task opens it (modally); gives up after `patience_s`."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from shopmanager.ui.printing import PdfPreviewDialog

    tries = iter(range(int(patience_s * 100)))

    def later():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PdfPreviewDialog):
            if next(tries, None) is not None:
                QTimer.singleShot(10, later)
            return
        act(dialog)

    QTimer.singleShot(0, later)
