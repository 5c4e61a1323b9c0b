"""The bi-weekly after-sales summary 售后汇总: its figures, and its Chinese text extracted from
the PDF with pdftotext; the return figures other modules call."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from shopmanager.core import i18n, timeutil
from shopmanager.core.aftersales import CaseState, CaseType
from shopmanager.core.errors import PermissionDenied, ValidationError
from shopmanager.core.permissions import Role
from shopmanager.services import aftersales, aftersales_goods, aftersales_refunds
from shopmanager.services.aftersales_report import aftersales_summary_pdf, parse_period, summary_figures
from shopmanager.services.aftersales_stats import return_figures
from shopmanager.services.orders import LineInput
from tests.unit.services.aftersales_helpers import case_on, delivered_order, make_product

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def fortnight(shop):
    service, clerk = shop[Role.CUSTOMER_SERVICE], shop[Role.SHIPPING]
    rice, tea = make_product("RICE", price=5000, qty=40), make_product("TEA", price=12000, qty=40)
    first = delivered_order(shop, LineInput(2, product_id=rice), staff_id=shop[Role.SALES].staff_id)
    second = delivered_order(shop, LineInput(1, product_id=tea))
    delivered_order(shop, LineInput(5, product_id=rice))
    back = case_on(service, first.id, reason="quality", qty=1)
    line = aftersales_goods.CaseLine.get(aftersales_goods.CaseLine.case == back.id)
    aftersales_goods.receive_goods(clerk, back.id, [aftersales_goods.ReceiveLine(line.id, defective=1)])
    aftersales_refunds.record_refund(service, back.id, 5000)
    case_on(service, second.id, "exchange", "change")
    complaint = aftersales.create_case(service, aftersales.CaseInput(
        CaseType.COMPLAINT, second.id, category="attitude", description="态度差",
        received_at=timeutil.now() - dt.timedelta(hours=30)))
    aftersales.record_contact(service, complaint.id, "phone", "致歉")
    aftersales.change_state(service, complaint.id, CaseState.RESOLVED)
    return rice, tea, first


def test_the_summary_adds_up_by_type_reason_product_and_staff(shop, fortnight):
    rice, tea, first = fortnight
    today = timeutil.today()
    s = summary_figures(shop[Role.SUPERVISOR], today - dt.timedelta(days=13), today)
    assert (s.cases, s.refund_cents, s.complaints) == (3, 5000, 1)
    assert str(s.timeliness_rate) == "0.0000" and str(s.resolution_rate) == "1.0000"
    assert {g.key: (g.cases, g.refund_cents) for g in s.by_type} == {
        "return_refund": (1, 5000), "exchange": (1, 0), "complaint": (1, 0)}
    assert [(p.sku, p.cases, p.pieces, p.refund_cents, p.sold) for p in s.by_product] == [
        ("RICE", 1, 1, 5000, 7), ("TEA", 1, 1, 0, 1)]
    assert [(p.sku, str(p.return_rate)) for p in s.worst] == [("RICE", "0.1429"), ("TEA", "1.0000")]  # 1 shipped: last
    staff = {line.name: (line.cases, line.complaints, line.refund_cents) for line in s.by_staff}
    assert staff == {"customer_service-staff": (3, 1, 5000)}
    assert s.profit_effect_cents is None
    assert summary_figures(shop[Role.OWNER], today, today).profit_effect_cents == -5000
    with pytest.raises(PermissionDenied):
        summary_figures(shop[Role.CUSTOMER_SERVICE], today, today)


def test_return_figures_count_orders_taken_by_each_staff_member(shop, fortnight):
    today = timeutil.today()
    figures = return_figures(today - dt.timedelta(days=10), today)
    sales, service = shop[Role.SALES].staff_id, shop[Role.CUSTOMER_SERVICE].staff_id
    assert (figures[sales].orders, figures[sales].orders_with_return, figures[sales].refund_cents) == (1, 1, 5000)
    assert str(figures[sales].return_rate) == "1.0000"
    assert (figures[service].orders, figures[service].orders_with_return) == (2, 1)
    assert (figures[None].orders, figures[None].orders_with_return, str(figures[None].return_rate)) == (3, 2, "0.6667")


def test_the_period_is_read_from_the_command_line(db):
    assert parse_period("2026-11-01", "2026-11-14") == (dt.date(2026, 11, 1), dt.date(2026, 11, 14))
    start, end = parse_period(None, None)
    assert end == timeutil.today() and (end - start).days == 13
    with pytest.raises(ValidationError, match="ends before it starts"):
        parse_period("2026-11-14", "2026-11-01")
    with pytest.raises(ValidationError, match="like 2026-11-01"):
        parse_period("14.11.2026", None)


@needs_poppler
def test_the_pdf_speaks_chinese(shop, fortnight, tmp_path):
    i18n.set_language("zh_CN")
    today = timeutil.today()
    text = pdf_text(aftersales_summary_pdf(shop[Role.SUPERVISOR], today - dt.timedelta(days=13), today), tmp_path)
    for words in ("售后汇总", "按类型", "按原因", "按员工", "退货退款", "换货", "投诉", "质量问题", "投诉处理及时率",
                  "退货率", "RICE", "50.00", "主管审阅"):
        assert words in text, words
    assert "\ufffd" not in text


@needs_poppler
def test_an_empty_fortnight_still_prints(shop, tmp_path):
    today = timeutil.today()
    text = pdf_text(aftersales_summary_pdf(shop[Role.OWNER], today, today), tmp_path)
    assert "No after-sales cases were received in this period." in text


def test_the_month_end_stock_statement_leaves_the_defective_stock_out(shop):
    from shopmanager.core.periods import month_period
    from shopmanager.db.models import Product
    from shopmanager.services.stock_reports import stock_statement

    rice = make_product("RICE", price=5000, qty=20)
    order = delivered_order(shop, LineInput(3, product_id=rice))
    back = case_on(shop[Role.CUSTOMER_SERVICE], order.id, reason="quality")
    line = aftersales_goods.CaseLine.get(aftersales_goods.CaseLine.case == back.id)
    aftersales_goods.receive_goods(shop[Role.SHIPPING], back.id, [aftersales_goods.ReceiveLine(line.id, 1, 2)])
    today = timeutil.today()
    statement = stock_statement(shop[Role.OWNER], month_period(today.year, today.month))
    closing = {x.sku: x.closing for x in statement.lines}
    assert closing["RICE"] == Product.get_by_id(rice).stock_qty == 18  # 20 − 3 sold + 1 good back; 2 defective apart


def test_a_cancelled_replacement_parcel_is_not_goods_in_on_the_stock_statement(shop):
    """A replacement parcel that did not go gives its goods back: the statement's "out" is
    net of it (like a cancelled order shipment), and nothing came in."""
    from shopmanager.core.periods import month_period
    from shopmanager.db.models import Product, StockBatch
    from shopmanager.services import stock
    from shopmanager.services.context import SYSTEM
    from shopmanager.services.stock_reports import stock_statement
    from tests.unit.services.aftersales_helpers import carrier

    rice = make_product("RICE", price=5000)
    Product.update(shelf_life_days=365).where(Product.id == rice).execute()
    stock.receive_goods(SYSTEM, [stock.ReceiptLine(rice, 20, production_date=timeutil.today())])
    order = delivered_order(shop, LineInput(2, product_id=rice))
    swap = case_on(shop[Role.CUSTOMER_SERVICE], order.id, "exchange", "quality", qty=1)
    clerk = shop[Role.SHIPPING]
    aftersales_goods.ship_replacement(clerk, swap.id, carrier(shop[Role.OWNER]), "SF1000000000001")
    aftersales_goods.cancel_replacement(clerk, swap.id, "面单打错")
    aftersales_goods.ship_replacement(clerk, swap.id, carrier(shop[Role.OWNER]), "SF1000000000002")
    today = timeutil.today()
    line = next(x for x in stock_statement(shop[Role.OWNER], month_period(today.year, today.month)).lines
                if x.sku == "RICE")
    assert (line.inbound, line.outbound) == (20, 3)  # opening stock in; 2 sold + 1 replacement out
    assert line.closing == Product.get_by_id(rice).stock_qty == 17
    # the expiry alert counts the pieces given back again, as after a cancelled order shipment
    assert sum(b.qty_remaining for b in StockBatch.select().where(StockBatch.product == rice)) == 17
