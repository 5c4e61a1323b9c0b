"""Every report in one catalog: built for a period by the page and the command line, by permission;
the sales charts' axis above the tallest bar."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from shopmanager.cli import main
from shopmanager.core import timeutil
from shopmanager.core.errors import NotFound, PermissionDenied
from shopmanager.core.periods import month_period, today_period, week_period, year_period
from shopmanager.core.permissions import Role
from shopmanager.services import report_catalog
from shopmanager.services.orders import LineInput
from tests.unit.services.test_orders import make_product, paid_order

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_each_role_sees_the_reports_it_may_open(shop):
    owner_ids = [r.id for r in report_catalog.reports_for(shop[Role.OWNER])]
    assert owner_ids == ["sales", "stock", "inventory", "aftersales", "appraisal", "appraisal-annual", "attendance",
                         "roster", "fund"]
    assert [r.id for r in report_catalog.reports_for(shop[Role.WAREHOUSE])] == ["stock", "inventory", "roster", "fund"]
    with pytest.raises(PermissionDenied):
        report_catalog.build_pdf(shop[Role.WAREHOUSE], "sales", month_period(2026, 11))
    with pytest.raises(NotFound):
        report_catalog.report("nothing")


def test_every_report_builds_for_its_period(shop, tmp_path):
    owner = shop[Role.OWNER]
    paid_order(owner, LineInput(2, product_id=make_product("RICE", qty=5)))
    today = timeutil.today()
    from shopmanager.services import appraisal

    appraisal.open_month(owner, f"{today:%Y-%m}")  # the appraisal report prints an opened month
    for entry in report_catalog.reports_for(owner):
        period = {"none": today_period(today), "week": week_period(*today.isocalendar()[:2]),
                  "year": year_period(today.year)}.get(entry.period, month_period(today.year, today.month))
        path = tmp_path / entry.file_name(period)
        if entry.id == "appraisal-annual":  # averages signed-off months only: none yet in a new shop
            with pytest.raises(NotFound, match=f"No appraisal of {today.year} has been signed off yet"):
                report_catalog.build_pdf(owner, entry.id, period)
            continue
        path.write_bytes(report_catalog.build_pdf(owner, entry.id, period))
        assert entry.title() in pdf_text(path) or entry.id == "sales"
    target = tmp_path / "stock.xlsx"
    assert report_catalog.build_excel(owner, "stock", month_period(today.year, today.month), target) == 1


def test_the_command_line_takes_a_month_as_people_write_it(sqlite_db, sqlite_shop, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "demo-pass-1")
    owner = sqlite_shop[Role.OWNER]
    paid_order(owner, LineInput(2, product_id=make_product("RICE", qty=5)))
    month = timeutil.today().month
    out = tmp_path / "stock.pdf"
    assert main(["--db", sqlite_db.url, "--lang", "zh_CN", "--user", "owner", "report", "stock", "--month",
                 f"{month}月", "-o", str(out)]) == 0
    text = pdf_text(out)
    assert "月末进销存报表" in text and f"{timeutil.today().year}年{month}月" in text
    assert main(["--db", sqlite_db.url, "--lang", "en", "--user", "owner", "report", "sales", "--month",
                 f"{timeutil.today():%Y}年{month}月", "-o", str(tmp_path / "sales.pdf")]) == 0
    assert main(["--db", sqlite_db.url, "--lang", "en", "--user", "owner", "report", "stock", "-o",
                 str(tmp_path / "x.pdf")]) == 2
    assert "Name the period: --month 2026-11" in capsys.readouterr().err
    assert main(["--db", sqlite_db.url, "--lang", "en", "--user", "warehouse", "report", "stock", "--month", "上月",
                 "-o", str(tmp_path / "s.xlsx")]) == 0
    capsys.readouterr()
    for what, period in (("fund", ["--month", "上月"]), ("aftersales", [])):  # reports without a workbook
        target = tmp_path / f"{what}.xlsx"
        assert main(["--db", sqlite_db.url, "--lang", "en", "--user", "owner", "report", what, *period,
                     "-o", str(target)]) == 2
        assert "This report has no Excel version." in capsys.readouterr().err and not target.exists()


def test_bar_charts_end_their_axis_above_the_tallest_bar_and_label_the_bars():
    from reportlab.graphics.charts.barcharts import VerticalBarChart

    from shopmanager.reports import bar_chart

    drawing = bar_chart(["淘宝", "京东"], [100000, 250000], previous=[90000, 80000], names=("10月", "11月"),
                        title="按渠道", money=True)
    chart = next(item for item in drawing.contents if isinstance(item, VerticalBarChart))
    assert 250000 * 1.1 <= chart.valueAxis.valueMax <= 500000  # room above the tallest bar for its label
    assert chart.valueAxis.valueMax % chart.valueAxis.valueStep == 0 and chart.valueAxis.valueStep == 100000
    assert chart.data == [[90000.0, 80000.0], [100000.0, 250000.0]]  # the previous month beside this one
    assert chart.barLabelFormat[0] is None and chart.barLabelFormat[1](250000) == "2,500"
    assert any(getattr(item, "text", "") == "11月" for item in drawing.contents)  # the legend
