"""Inventory PDFs as the shop prints them."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from shopmanager.core.permissions import Role
from shopmanager.services import inventory_reports, stocktake
from tests.unit.services.test_products import listed

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_alerts_report_lists_low_stock(shop, tmp_path):
    owner = shop[Role.OWNER]
    listed(owner, "LOW-1", 2)
    listed(owner, "OK-1", 50)
    report = text(inventory_reports.inventory_alerts_pdf(owner), tmp_path)
    assert "Inventory alerts" in report and "LOW-1" in report and "OK-1" not in report.split("Expiring")[0]
    assert "Low stock (1)" in report and "Page 1 of" in report


def test_blind_count_sheet_hides_book_stock_and_variance_shows_differences(shop, tmp_path):
    owner, warehouse = shop[Role.OWNER], shop[Role.WAREHOUSE]
    listed(owner, "A", 17)
    session = stocktake.start(warehouse, "十一月盘点", blind=True)
    sheet = text(inventory_reports.count_sheet_pdf(warehouse, session), tmp_path)
    assert "十一月盘点" in sheet and "Book stock" not in sheet and " 17 " not in sheet
    stocktake.enter_count(warehouse, session, "A", 15)
    variance = text(inventory_reports.variance_pdf(owner, session), tmp_path)
    assert "-2" in variance and "Value (cost)" in variance
    staff_view = text(inventory_reports.variance_pdf(shop[Role.SUPERVISOR], session), tmp_path)
    assert "Value (cost)" not in staff_view
