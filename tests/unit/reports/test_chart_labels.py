"""Chart axes a shop owner reads at a glance: 万 without a useless ".0" in Chinese, thousands
in English (an English reader does not count in 万)."""
from __future__ import annotations

from shopmanager.core.i18n import set_language
from shopmanager.reports.blocks import _value_label


def test_large_money_axes_read_in_wan_in_chinese_and_in_thousands_in_english():
    top = 10_000_000  # ¥100,000.00: the axis is in large units
    try:
        set_language("zh_CN")
        assert [_value_label(v, True, top) for v in (0, 2_500_000, 5_000_000, 10_000_000, 820_000)] == [
            "0", "2.5万", "5万", "10万", "0.8万"]
        set_language("en")
        assert [_value_label(v, True, top) for v in (0, 2_500_000, 10_000_000)] == ["0", "25k", "100k"]
        assert _value_label(4_000_000, True) == "40,000"  # below ¥100,000: plain yuan
    finally:
        set_language("en")


def test_a_money_chart_of_nothing_but_zeros_reads_0_1_2_3_4_yuan():
    from shopmanager.reports.blocks import bar_chart

    drawing = bar_chart(["质量问题", "人为损坏"], [0, 0], title="各原因退款金额（元）", money=True)
    chart = drawing.contents[1]
    labels = [chart.valueAxis.labelTextFormat(v) for v in (0, 100, 200, 300, 400)]
    assert chart.valueAxis.valueMax == 400 and labels == ["0", "1", "2", "3", "4"]


def test_a_section_title_goes_to_the_next_page_rather_than_stay_alone_at_the_foot(tmp_path):
    import subprocess

    from shopmanager.reports import ReportMeta, build_pdf, section, spacer

    story = [spacer(228), section("退货率最高的商品"), spacer(10)]  # the title would land ~15 mm above the foot
    path = tmp_path / "r.pdf"
    build_pdf(path, ReportMeta(title="售后汇总", shop_name="小象优选"), story)
    pages = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                           text=True).stdout.split("\f")
    assert "退货率最高的商品" not in pages[0] and "退货率最高的商品" in pages[1]


def test_head_count_charts_end_a_whole_step_above_the_tallest_bar():
    from shopmanager.services.appraisal_reports import _count_chart

    for values, top in (([2, 4, 2, 0], 5), ([0, 0, 0, 0], 1), ([3, 17, 9, 1], 18)):
        chart = _count_chart(["优秀", "良好", "一般", "较差"], values, "各等级人数").contents[-1]
        assert chart.valueAxis.valueMax == top > max(values)


def test_english_headers_break_between_words_and_chinese_names_still_wrap(tmp_path):
    import subprocess

    from shopmanager.reports import ReportColumn, ReportMeta, build_pdf, data_table

    columns = [ReportColumn("Staff no.", 18), ReportColumn("Days worked", 14, "right", "int"),
               ReportColumn("Name", 20)]
    rows = [("0002", 20, "膳魔师保温杯经典款二十八厘米超长名字")]
    text = {}
    try:
        for language in ("en", "zh_CN"):
            set_language(language)
            path = tmp_path / f"{language}.pdf"
            build_pdf(path, ReportMeta(title="Attendance", shop_name="小象优选"), [data_table(columns, rows)])
            text[language] = subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True, capture_output=True,
                                            text=True).stdout
    finally:
        set_language("en")
    assert "worke\n" not in text["en"] and "Days" in text["en"] and "worked" in text["en"]
    assert "膳魔师" in text["en"] and "超长名字" in text["en"].replace("\n", "")
    assert "膳魔师" in text["zh_CN"]
