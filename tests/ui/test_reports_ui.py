"""The Reports page: every report of the role, a month picked from a list (last month first), the
PDF built for that period, Excel where the report has it; the order's history in the shop's words."""
from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTabWidget

from shopmanager.core import timeutil
from shopmanager.core.permissions import Role
from shopmanager.services import orders, shipping
from shopmanager.ui.i18n import apply_language
from tests.ui.conftest import wait_for_tasks
from tests.ui.test_foundation_ui import make_window
from tests.ui.test_orders_ui import catalogue, paid_order


def test_reports_page_lists_the_reports_and_builds_the_chosen_month(qtbot, sqlite_db, sqlite_shop, dialogs,
                                                                    monkeypatch, tmp_path):
    from shopmanager.ui import printing

    built = []
    monkeypatch.setattr(printing, "PdfPreviewDialog", lambda parent, pdf, title, name: built.append(
        (pdf, title, name)) or type("Shown", (), {"exec": lambda self: 0})())
    owner = sqlite_shop[Role.OWNER]
    paid_order(owner, catalogue(owner))
    apply_language("zh_CN")
    window = make_window(qtbot, owner, sqlite_db)
    page = window.show_page("reports")
    titles = [page.list.item(i).text().strip() for i in range(page.list.count())]
    assert titles == ["销售与订单", "月度销售报表", "库存", "月末进销存报表", "库存预警", "售后与客户", "售后汇总", "员工",
                      "月度绩效考核", "年度绩效考核", "月度考勤表", "每周排班表", "部门成长基金收支表"]
    today = timeutil.today()
    last = (today.replace(day=1) - __import__("datetime").timedelta(days=1))
    assert page.picker.month.currentText() == f"{last.year}年{last.month}月"  # month-end reports: last month
    page.select("stock")
    assert page.title.text() == "月末进销存报表" and page.excel.isVisibleTo(page)
    page.picker.choose_month(f"{today:%Y-%m}")
    page.open_preview()
    wait_for_tasks(qtbot)
    pdf, title, name = built[-1]
    assert pdf.startswith(b"%PDF") and title == f"月末进销存报表 · {today.year}年{today.month}月"
    assert name == f"stock-{today:%Y-%m}.pdf"
    target = tmp_path / "stock.xlsx"
    dialogs.answer(str(target))
    page.save_excel()
    wait_for_tasks(qtbot)
    assert target.exists() and str(target) in dialogs.last
    page.select("inventory")
    assert page.picker.currentWidget() is page.picker.now and not page.excel.isVisibleTo(page)


def test_the_orders_sales_button_opens_the_reports_page(qtbot, sqlite_db, sqlite_shop):
    window = make_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    orders_page = window.show_page("orders")
    orders_page.sales_report()
    assert window.current_page() is window.pages["reports"] and window.pages["reports"].current().id == "sales"


def test_the_order_history_reads_in_the_shops_words(qtbot, sqlite_db, sqlite_shop):
    from shopmanager.ui.pages.orders import OrderDialog

    owner = sqlite_shop[Role.OWNER]
    ref = paid_order(owner, catalogue(owner))
    detail = orders.get_order(owner, ref.id)
    orders.update_order(owner, ref.id, orders.OrderInput(
        channel="jd", lines=[orders.LineInput(2, product_id=detail.lines[0].product_id)], freight_cents=800,
        receiver_name=detail.receiver_name, receiver_phone=detail.receiver_phone,
        receiver_address=detail.receiver_address, payment_method=detail.payment_method),
        row_version=detail.row_version)
    shipping.ship_order(owner, ref.id, shipping.list_carriers(owner)[0].id, "SF1234567890123")
    apply_language("zh_CN")
    window = make_window(qtbot, owner, sqlite_db)
    dialog = OrderDialog(window, window.context, ref.id)
    qtbot.addWidget(dialog)
    dialog.w(QTabWidget, "tabs").setCurrentIndex(2)
    table = dialog.w(QTableWidget, "history")
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    text = " ".join(" ".join(row) for row in rows)
    assert "状态：待发货 → 已发货" in text and "运费：¥0.00 → ¥8.00" in text and "渠道：淘宝 → 京东" in text
    assert "发货" in rows[0][2]
    for raw in ("status", "freight_cents", "channel:", "paid →", "taobao", "[shipment"):
        assert raw not in text, raw


def test_in_january_the_year_picked_first_is_the_year_just_ended(qtbot):
    import datetime as dt

    from shopmanager.ui.pages.reports import PeriodPicker

    try:
        for moment, year in ((dt.datetime(2027, 1, 8, 10), 2026), (dt.datetime(2026, 11, 30, 10), 2026)):
            timeutil.set_clock_offset(dt.timedelta(0))
            timeutil.set_clock_offset(moment - timeutil.now())
            picker = PeriodPicker()
            qtbot.addWidget(picker)
            picker.show_kind("year")
            assert picker.period().start == dt.date(year, 1, 1)
    finally:
        timeutil.set_clock_offset(dt.timedelta(0))
