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


def test_packing_slips_have_a_picking_list_and_the_slips_several_to_a_page(shop, tmp_path):
    owner = shop[Role.OWNER]
    rice = products.create_product(owner, {"sku": "RICE-5", "name": "五常大米 5kg", "price_cents": "59.40"})
    stock.receive_goods(owner, [stock.ReceiptLine(rice, 20)])
    refs = [order(owner, rice, n, seller_note="内部：老客户，送小样", address_confirmed=True) for n in (2, 3, 1, 1)]
    pdf = order_reports.packing_slips_pdf(shop[Role.SHIPPING], [r.id for r in refs])
    report = text(pdf, tmp_path)
    pages = report.split("\f")[:-1]
    assert "Picking list: 4 orders, 7 pieces" in pages[0]
    assert len(pages) == 3  # the picking list, then three slips to a page
    assert all(r.order_no in report for r in refs) and report.count("Packing slip") == 4
    assert "请用纸箱包装" in report and "13812345678" in report and "□" in report
    assert "59.40" not in report and "Address confirmed" not in report and "老客户" not in report  # nothing internal
    masked = text(order_reports.packing_slips_pdf(shop[Role.OPERATIONS], [refs[0].id]), tmp_path)
    assert "138****5678" in masked and "13812345678" not in masked
    with pytest.raises(ValidationError):
        order_reports.packing_slips_pdf(owner, [])


def test_label_size_slips_with_prices_and_a_barcode_that_scans(shop, tmp_path):
    owner = shop[Role.OWNER]
    rice = products.create_product(owner, {"sku": "RICE-5", "name": "五常大米 5kg", "price_cents": "59.40"})
    stock.receive_goods(owner, [stock.ReceiptLine(rice, 20)])
    ref = order(owner, rice, 2)
    pdf = order_reports.packing_slips_pdf(owner, [ref.id], layout="label", prices=True)
    path = tmp_path / "label.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert "283.465 x 425.197 pts" in info  # 100 × 150 mm
    report = text(pdf, tmp_path)
    assert "59.40" in report and "118.80" in report and "Picking list" not in report
    if shutil.which("zbarimg"):
        subprocess.run(["pdftoppm", "-png", "-r", "300", str(path), str(tmp_path / "label")], check=True)
        scanned = subprocess.run(["zbarimg", "-q", str(tmp_path / "label-1.png")], capture_output=True, text=True)
        assert f"CODE-128:{ref.order_no}" in scanned.stdout


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
