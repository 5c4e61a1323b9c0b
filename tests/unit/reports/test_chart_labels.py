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
