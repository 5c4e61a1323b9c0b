"""Wrong values caught where they enter (issue 13 point 6): amounts with a comma that is not a
thousands separator, amounts far too large, control characters and bidi overrides."""
from __future__ import annotations

from decimal import Decimal

import pytest

from shopmanager.core.errors import ValidationError
from shopmanager.core.money import line_amounts, parse_decimal, spread, to_cents
from shopmanager.core.text import clean_text, number_text, printable


@pytest.mark.parametrize("text, cents", [("1,234.50", 123450), ("12,345,678", 1234567800), ("¥1,234", 123400),
                                         ("１２.５", 1250), ("12.5", 1250), ("-1,000.01", -100001)])
def test_a_comma_between_groups_of_three_digits_is_a_thousands_separator(text, cents):
    assert to_cents(text) == cents


@pytest.mark.parametrize("text", ["12,5", "1,23", "12,34,567", "1.234,50", "1,2345", ",5", "12，5"])
def test_any_other_comma_is_refused_not_guessed(text):
    with pytest.raises(ValidationError) as error:
        to_cents(text, field="售价")
    assert "售价" in str(error.value) and "comma" in str(error.value)


@pytest.mark.parametrize("value", ["1e26", 1e26, "100000000000000000000000000", Decimal("1E+400"), 10 ** 30])
def test_amounts_far_too_large_are_a_clear_error_not_invalid_operation(value):
    with pytest.raises(ValidationError, match="far too large"):
        to_cents(value, field="价格")


def test_parse_decimal_refuses_what_is_not_a_number():
    for bad in ("abc", "NaN", "inf", "1.2.3", "--1", ""):
        with pytest.raises(ValueError):
            parse_decimal(bad)


@pytest.mark.parametrize("qty, unit, total, expected", [
    (3, "3.333", "10.00", (334, 2, 1000)),  # the file's total; the unit price rounded up, the cents in the discount
    (3, "3.33", "9.99", (333, 0, 999)),
    (2, "29.70", "59.39", (2970, 1, 5939)),
    (1, "128.005", "128.01", (12801, 0, 12801)),
    (7, None, "10.00", (143, 1, 1000)),
    (3, "3.333", None, (334, 2, 1000)),  # no total: unit × qty rounded once (9.999 → 10.00)
    (2, None, None, None),
])
def test_line_amounts_keep_the_files_line_total(qty, unit, total, expected):
    result = line_amounts(qty, Decimal(unit) if unit else None, Decimal(total) if total else None)
    assert result == expected
    if result:
        assert result[0] * qty - result[1] == result[2]


def test_spread_shares_out_exactly():
    assert spread(1000, [12800]) == [1000]
    assert spread(10, [300, 300, 400]) == [3, 3, 4]
    assert sum(spread(7, [1, 1, 1])) == 7


@pytest.mark.parametrize("raw, kept", [
    ("张\x1b[31m伟\x07", "张[31m伟"), ("李\u202e娜", "李娜"), ("\u2066abc\u2069", "abc"), ("a\x00b", "ab"),
    ("  普通名字  ", "普通名字"), ("第一行\r\n第二行", "第一行 第二行"), ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"),
])
def test_clean_text_removes_control_and_bidi_characters(raw, kept):
    assert clean_text(raw) == kept


def test_multiline_text_keeps_its_line_breaks():
    assert clean_text("请尽快发货\r\n谢谢\x07 ", multiline=True) == "请尽快发货\n谢谢"


def test_numbers_kept_whole_for_excel_are_unwrapped():
    assert number_text('="3201000000000101"') == "3201000000000101"
    assert number_text("'13812345678") == "13812345678"
    assert number_text("'") == "'" and number_text("abc") == "abc"


def test_printable_shows_escapes_instead_of_acting_on_the_terminal():
    assert printable("\x1b[2J张\u202e伟\n") == "\\x1b[2J张\\u202e伟\n"
    assert printable("plain text") == "plain text"
