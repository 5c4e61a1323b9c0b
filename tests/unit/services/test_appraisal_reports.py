"""The monthly appraisal report (each form on its own page, Chinese extractable, the ranking right),
what an employee may print, the Excel export of the month and the annual appraisal."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from decimal import ROUND_HALF_UP, Decimal

import pytest

from shopmanager.core.errors import NotFound, PermissionDenied
from shopmanager.core.permissions import Role
from shopmanager.db.models import Appraisal, AppraisalPeriod, AuditLog, Staff
from shopmanager.services import appraisal, appraisal_reports
from shopmanager.services.appraisal_results import load_results
from tests.unit.services import appraisal_data

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def _pages(pdf: bytes, tmp_path) -> list[str]:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return [page for page in text.split("\f") if page.strip()]


@pytest.fixture
def scored(shop, demo_hash):
    """October opened and scored: each employee's supervisor score differs, so the ranking is known."""
    data = appraisal_data.build(shop, demo_hash)
    Staff.update(hire_date=dt.date(2025, 1, 1)).execute()
    owner = shop[Role.OWNER]
    appraisal.open_month(owner, "2026-10")
    for index, row in enumerate(Appraisal.select().order_by(Appraisal.id)):
        appraisal_data.fill(owner, row.id, str(60 + index * 4))
    return data


def test_each_form_on_its_own_page_then_the_team_summary(scored, tmp_path):
    owner = scored.actors[Role.OWNER]
    pdf = appraisal_reports.monthly_appraisal_pdf(owner, "2026-10")
    pages = _pages(pdf, tmp_path)
    results = load_results(AppraisalPeriod.get())
    forms = [page for page in pages if "Appraisal form 2026-10" in page]
    assert len(forms) == len(results) == Appraisal.select().count()
    for page, result in zip(forms, results):
        assert page.count("Appraisal form 2026-10") == 1
        assert f"Appraisal form 2026-10 — {result.staff_name}" in page
        assert "Employee:" in page and "Supervisor:" in page and "Owner:" in page
        assert f"{result.total:.2f}" in page
    anna = next(page for page in forms if "— 安娜" in page)
    assert "¥370.00" in anna  # the owner's copy shows profit
    summary = "\n".join(pages[len(forms):])
    assert "Team summary 2026-10" in summary and "Grade distribution" in summary
    ranked = sorted(results, key=lambda r: (-r.total, r.staff_name))
    positions = [summary.index(f" {r.staff_name} ") for r in ranked]
    assert positions == sorted(positions)  # the ranking is in order of the totals
    assert AuditLog.select().where(AuditLog.action == "print", AuditLog.entity == "appraisal").count() == 1


def test_chinese_is_extractable(scored, tmp_path):
    from shopmanager.core import i18n

    i18n.set_language("zh_CN")
    pdf = appraisal_reports.monthly_appraisal_pdf(scored.actors[Role.OWNER], "2026-10")
    text = "\n".join(_pages(pdf, tmp_path))
    assert "绩效考核表" in text and "王明" in text and "团队汇总" in text
    assert "员工" in text and "店主" in text


def test_an_employee_prints_only_their_own_form(scored, tmp_path):
    pages = _pages(appraisal_reports.monthly_appraisal_pdf(scored.anna, "2026-10"), tmp_path)
    assert len(pages) == 1 and "— 安娜" in pages[0] and "王明" not in pages[0]
    assert "¥370.00" not in pages[0] and "(owner only)" in pages[0]
    assert "Team summary" not in pages[0]


def test_the_supervisor_prints_the_staff_without_profit(scored, tmp_path):
    pages = _pages(appraisal_reports.monthly_appraisal_pdf(scored.actors[Role.SUPERVISOR], "2026-10"), tmp_path)
    text = "\n".join(pages)
    assert "— 安娜" in text and "¥370.00" not in text and "Team summary" in text


def test_a_month_not_opened(scored):
    with pytest.raises(NotFound):
        appraisal_reports.monthly_appraisal_pdf(scored.actors[Role.OWNER], "2026-08")


def test_the_months_results_in_excel(scored, tmp_path):
    from shopmanager.excel import read_sheet

    path = tmp_path / "appraisal.xlsx"
    written = appraisal_reports.export_month_xlsx(scored.actors[Role.OWNER], "2026-10", path)
    sheet = read_sheet(path)
    assert written.rows == len(sheet.rows) == Appraisal.select().count() and written.notes == ()
    assert sheet.headers[:2] == ["Rank", "Name"]
    names = [row[1] for row in sheet.rows]
    totals = [Decimal(str(row[sheet.headers.index("Total score")])) for row in sheet.rows]
    assert totals == sorted(totals, reverse=True) and "安娜" in names
    with pytest.raises(PermissionDenied):
        appraisal_reports.annual_results(scored.anna, 2026)


def test_the_annual_appraisal(scored, tmp_path):
    owner = scored.actors[Role.OWNER]
    appraisal.open_month(owner, "2026-09")
    for row in Appraisal.select().join(AppraisalPeriod).where(AppraisalPeriod.month == "2026-09"):
        appraisal_data.fill(owner, row.id, "90")
    with pytest.raises(NotFound):  # nothing signed off yet: no annual result
        appraisal_reports.annual_results(owner, 2026)
    appraisal.sign_month(owner, "2026-09")
    appraisal.sign_month(owner, "2026-10")
    rows = appraisal_reports.annual_results(owner, 2026)
    october = {r.staff_id: r.total for r in load_results(AppraisalPeriod.get(AppraisalPeriod.month == "2026-10"))}
    september = {r.staff_id: r.total for r in load_results(AppraisalPeriod.get(AppraisalPeriod.month == "2026-09"))}
    for row in rows:
        assert row.months == {9: september[row.staff_id], 10: october[row.staff_id]}
        both = (september[row.staff_id] + october[row.staff_id]) / 2
        assert row.average == both.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert [r.rank for r in rows] == sorted(r.rank for r in rows) and rows[0].rank == 1
    pages = _pages(appraisal_reports.annual_appraisal_pdf(owner, "2026"), tmp_path)
    assert "Annual appraisal" in pages[0] and "安娜" in pages[0]
    with pytest.raises(NotFound):
        appraisal_reports.annual_appraisal_pdf(owner, 2025)
    assert re.search(r"M10", pages[0])
