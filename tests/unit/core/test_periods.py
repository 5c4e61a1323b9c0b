"""What people type for a report's month, week, year or days: one parser, table-driven."""
from __future__ import annotations

import datetime as dt

import pytest

from shopmanager.core import i18n
from shopmanager.core.errors import ValidationError
from shopmanager.core.periods import (
    month_period, parse_day, parse_month, parse_period, parse_week, parse_year, recent_months,
)

TODAY = dt.date(2027, 1, 15)


@pytest.mark.parametrize("text, expected", [
    ("2026-11", (2026, 11)), ("2026-1", (2026, 1)), ("2026/11", (2026, 11)), ("2026.11", (2026, 11)),
    ("202611", (2026, 11)), ("2026年11月", (2026, 11)), ("2026年11月份", (2026, 11)), ("2026年1月", (2026, 1)),
    (" 2026 年 11 月 ", (2026, 11)), ("２０２６年１１月", (2026, 11)), ("11月", (2026, 11)), ("11", (2026, 11)),
    ("1月", (2027, 1)), ("01月", (2027, 1)), ("12月份", (2026, 12)), ("上月", (2026, 12)), ("上个月", (2026, 12)),
    ("本月", (2027, 1)), ("this month", (2027, 1)), ("last month", (2026, 12)), ("Nov 2026", (2026, 11)),
    ("november", (2026, 11)), ("Jan", (2027, 1)),
])
def test_months_as_people_type_them(text, expected):
    period = parse_month(text, TODAY)
    assert (period.year, period.month) == expected and period.kind == "month"
    assert period.start.day == 1 and (period.end + dt.timedelta(days=1)).day == 1


@pytest.mark.parametrize("text", ["", "13月", "2026-13", "0", "October 20266", "11月31日", "abc", "2026-11-05"])
def test_not_a_month_says_how_to_write_one(text):
    with pytest.raises(ValidationError, match="11月, 2026年11月 or 2026-11") as caught:
        parse_month(text, TODAY)
    assert caught.value.field == "month"


def test_month_labels_follow_the_language():
    period = month_period(2026, 11)
    assert period.label() == "November 2026" and period.key() == "2026-11"
    i18n.set_language("zh_CN")
    try:
        assert period.label() == "2026年11月"
    finally:
        i18n.set_language("en")
    assert period.previous() == month_period(2026, 10) and month_period(2026, 1).previous() == month_period(2025, 12)
    assert period.bounds() == (dt.datetime(2026, 11, 1), dt.datetime(2026, 12, 1))


@pytest.mark.parametrize("text, start", [
    ("2026-W48", dt.date(2026, 11, 23)), ("2026w48", dt.date(2026, 11, 23)), ("2026年第48周", dt.date(2026, 11, 23)),
    ("第2周", dt.date(2027, 1, 11)), ("W2", dt.date(2027, 1, 11)), ("本周", dt.date(2027, 1, 11)),
    ("上周", dt.date(2027, 1, 4)),
])
def test_weeks(text, start):
    period = parse_week(text, TODAY)
    assert period.start == start and period.end == start + dt.timedelta(days=6)


@pytest.mark.parametrize("text, expected", [
    ("2026-11-03", dt.date(2026, 11, 3)), ("2026/11/3", dt.date(2026, 11, 3)), ("20261103", dt.date(2026, 11, 3)),
    ("2026年11月3日", dt.date(2026, 11, 3)), ("11月3日", dt.date(2027, 11, 3)), ("1.5", dt.date(2027, 1, 5)),
])
def test_days(text, expected):
    assert parse_day(text, TODAY) == expected


def test_years_and_the_command_line_options():
    assert parse_year("2026年", TODAY).start == dt.date(2026, 1, 1) and parse_year("去年", TODAY).year == 2026
    assert parse_period("month", month="11月", today=TODAY).month_text == "2026-11"
    period = parse_period("range", date_from="2026-11-01", date_to="2026-11-30", today=TODAY)
    assert (period.start, period.end) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    with pytest.raises(ValidationError, match="--month 2026-11"):
        parse_period("month", today=TODAY)
    with pytest.raises(ValidationError, match="before the first day"):
        parse_period("range", date_from="2026-12-01", date_to="2026-11-30", today=TODAY)
    months = recent_months(TODAY, 3)
    assert [m.month_text for m in months] == ["2027-01", "2026-12", "2026-11"]
