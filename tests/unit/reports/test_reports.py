"""The one PDF style: embedded CJK font, page numbers on every page, repeated headers, atomic files."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from shopmanager.core.errors import Cancelled
from shopmanager.core.progress import Progress
from shopmanager.reports import (
    ReportColumn, ReportMeta, bar_chart, build_pdf, build_pdf_bytes, data_table, key_value_table, line_chart, section,
    signature_block, summary_cards,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing: `make test` installs it")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def sample_story():
    columns = [ReportColumn("货号", 30), ReportColumn("商品名称"), ReportColumn("库存", 20, "right", "int"),
               ReportColumn("金额", 28, "right", "money")]
    rows = [(f"SP{i:05d}", f"五常大米 家庭装 第{i}号 长长长长长长长长长长长长长长长长长长长的名字", i, i * 1999)
            for i in range(300)]
    return [
        summary_cards([("订单数", "1,234"), ("销售额", "¥45,678.00")]),
        section("库存明细"),
        key_value_table([("店铺", "小象优选"), ("日期", dt.date(2026, 11, 24))]),
        data_table(columns, rows, totals=("合计", "", sum(r[2] for r in rows), sum(r[3] for r in rows))),
        bar_chart(["淘宝", "京东", "拼多多"], [120000, 80000, 3000], title="按渠道销售额", money=True),
        line_chart([f"11-{d:02d}" for d in range(1, 31)], [[d * 100 for d in range(30)]], title="30天趋势"),
        signature_block(["盘点人", "复核人"]),
    ]


META = ReportMeta(title="库存报表", shop_name="小象优选旗舰店", period="2026-11", printed_by="王建国",
                  printed_at=dt.datetime(2026, 11, 24, 9, 30))


def test_pdf_embeds_the_cjk_font_and_numbers_every_page(tmp_path):
    path = build_pdf(tmp_path / "r.pdf", META, sample_story())
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    assert "WenQuanYiMicroHei" in fonts
    for line in fonts.splitlines():
        if "WenQuanYi" in line:
            assert line.split()[-5] == "yes"  # embedded
    text = pdf_text(path)
    pages = text.split("\f")[:-1]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Printed by 王建国 at 2026-11-24 09:30" in page
        assert "小象优选旗舰店" in page
    assert "库存报表" in pages[0] and "五常大米" in text
    assert "货号" in pages[1] and "商品名称" in pages[1]  # header row repeated
    assert "896,551.50" in text and "44,850" in text  # the totals row (1999 × 44850 cents)


def test_a_failed_report_leaves_nothing_and_keeps_the_old_file(tmp_path):
    path = tmp_path / "keep.pdf"
    path.write_bytes(b"%PDF old")
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        build_pdf(path, META, sample_story(), progress=progress)
    with pytest.raises(AttributeError):  # a broken building block half-way through the story
        build_pdf(path, META, sample_story()[:3] + [object()])
    assert path.read_bytes() == b"%PDF old"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.pdf"]


def test_landscape_and_bytes(tmp_path):
    meta = ReportMeta(title="宽表", shop_name="店", landscape=True)
    data = build_pdf_bytes(meta, [section("节")])
    assert data.startswith(b"%PDF") and len(data) > 1000
