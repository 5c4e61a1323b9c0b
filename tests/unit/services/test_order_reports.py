"""Packing slips and the monthly sales report as they come out of the printer."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from shopmanager.core import timeutil
from shopmanager.core.errors import PermissionDenied, ValidationError
from shopmanager.core.permissions import Role
from shopmanager.services import order_reports, orders, products, stock

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def order(actor, product_id, qty, **extra):
    return orders.create_order(actor, orders.OrderInput(
        channel="taobao", lines=[orders.LineInput(qty=qty, product_id=product_id)], receiver_name="张伟",
        receiver_phone="13812345678", receiver_address="浙江省杭州市西湖区文三路100号", buyer_message="请用纸箱包装",
        paid_at=timeutil.now(), **extra))


def test_packing_slips_have_a_picking_list_and_one_page_per_order(shop, tmp_path):
    owner = shop[Role.OWNER]
    rice = products.create_product(owner, {"sku": "RICE-5", "name": "五常大米 5kg", "price_cents": "59.40"})
    stock.receive_goods(owner, [stock.ReceiptLine(rice, 10)])
    first, second = order(owner, rice, 2), order(owner, rice, 3)
    report = text(order_reports.packing_slips_pdf(shop[Role.SHIPPING], [first.id, second.id]), tmp_path)
    assert "Picking list: 2 orders, 5 pieces" in report
    assert f"Packing slip {first.order_no}" in report and f"Packing slip {second.order_no}" in report
    assert "请用纸箱包装" in report and "13812345678" in report and "□" in report
    masked = text(order_reports.packing_slips_pdf(shop[Role.OPERATIONS],
                                                  [first.id]), tmp_path)
    assert "138****5678" in masked and "13812345678" not in masked
    with pytest.raises(ValidationError):
        order_reports.packing_slips_pdf(owner, [])


def test_sales_report_adds_up_the_month_and_hides_profit_from_staff(shop, tmp_path):
    owner = shop[Role.OWNER]
    rice = products.create_product(owner, {"sku": "RICE-5", "name": "五常大米 5kg", "price_cents": "50",
                                           "cost_cents": "30"})
    stock.receive_goods(owner, [stock.ReceiptLine(rice, 10)])
    order(owner, rice, 2)
    month = f"{timeutil.today():%Y-%m}"
    report = text(order_reports.sales_report_pdf(owner, month), tmp_path)
    assert "Sales report" in report and "100.00" in report and "Gross profit" in report and "Taobao" in report
    staff_report = text(order_reports.sales_report_pdf(shop[Role.OPERATIONS], month), tmp_path)
    assert "Gross profit" not in staff_report
    with pytest.raises(PermissionDenied):
        order_reports.sales_report_pdf(shop[Role.SHIPPING], month)
    with pytest.raises(ValidationError, match="2026-11"):
        order_reports.sales_report_pdf(owner, "Octobre")
    assert "Sales report" in text(order_reports.sales_report_pdf(owner, "本月"), tmp_path)
    assert dt.date.today()
