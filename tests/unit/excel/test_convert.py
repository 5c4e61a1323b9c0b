"""Cells become typed values; every problem names the user's row, column and the reason."""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest

from shopmanager.core.money import to_cents
from shopmanager.excel import (
    FieldSpec, Problem, Sheet, convert_rows, convert_value, find_conflicts, group_records, guess_mapping, read_sheet,
)
from shopmanager.excel.convert import _Bad
from tests.unit.excel.common import PRODUCT_FIELDS


def _spec(kind: str, **options) -> FieldSpec:
    return FieldSpec("f", lambda: "F", kind=kind, **options)


def _bad(spec: FieldSpec, value) -> str:
    with pytest.raises(_Bad) as caught:
        convert_value(spec, value)
    return str(caught.value)


def test_problems_name_row_column_and_reason_as_the_user_sees_them(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("店铺商品\n货号,商品名称,售价,生产日期\nA1,大米,12.5,2024-01-05\nA2,,abc,2024/13/40\n"
                    "A3,油,9,45292\n", encoding="utf-8")
    sheet = read_sheet(path)
    result = convert_rows(sheet, guess_mapping(sheet.headers, PRODUCT_FIELDS), PRODUCT_FIELDS)
    assert [p.text() for p in result.problems] == [
        "Row 4, 商品名称: required, but empty",
        "Row 4, 售价: 'abc' is not an amount",
        "Row 4, 生产日期: '2024/13/40' is not a date (write it like 2024-01-05)"]
    assert [(p.row, p.column, p.field) for p in result.problems] == [(4, "商品名称", "name"), (4, "售价", "price"),
                                                                      (4, "生产日期", "made")]
    assert [row for row, _ in result.records] == [3, 5]  # the bad row is left out, the others kept
    assert result.records[1][1] == {"sku": "A3", "name": "油", "price": 900, "made": dt.date(2024, 1, 1)}


def test_a_required_field_without_a_column_is_one_problem_for_the_file():
    sheet = Sheet(["名称"], [["大米"]], [2])
    result = convert_rows(sheet, {"name": 0}, PRODUCT_FIELDS)
    assert result.records == []
    assert [(p.row, p.field, p.text()) for p in result.problems] == [
        (0, "sku", "No column is mapped to the required field 'SKU'.")]


@pytest.mark.parametrize("value, expected", [
    (12345.0, "12345"), (6901234567892.0, "6901234567892"), (1.5, "1.5"), (0.1 + 0.2, "0.30000000000000004"),
    (123456789012345.0, "123456789012345"), (1.2345e-7, "0.00000012345"), (42, "42"), ("  000123 ", "000123"),
    (True, "TRUE"), (dt.date(2024, 1, 5), "2024-01-05"), (dt.datetime(2024, 1, 5, 13, 45), "2024-01-05 13:45:00"),
])
def test_text_fields_read_numbers_as_written_never_in_e_notation(value, expected):
    assert convert_value(_spec("text"), value) == expected


def test_text_longer_than_allowed_is_a_problem():
    assert convert_value(_spec("text", max_length=3), "abc") == "abc"
    assert _bad(_spec("text", max_length=3), "abcd") == "longer than 3 characters"


@pytest.mark.parametrize("kind", ["text", "int", "money", "date", "bool"])
def test_required_and_empty_is_a_problem_and_optional_empty_is_nothing(kind):
    for empty in (None, "", "   "):
        assert _bad(_spec(kind, required=True), empty) == "required, but empty"
        assert convert_value(_spec(kind), empty) == ("" if kind == "text" else None)


@pytest.mark.parametrize("value, expected", [(12, 12), (12.0, 12), ("1,200", 1200), (" 7 ", 7), ("3.0", 3)])
def test_whole_numbers(value, expected):
    assert convert_value(_spec("int"), value) == expected


@pytest.mark.parametrize("value", [12.5, "abc", "1.5", True, "NaN"])
def test_not_whole_numbers(value):
    assert "is not a whole number" in _bad(_spec("int"), value)


@pytest.mark.parametrize("value, cents", [
    ("¥1,234.50", 123450), ("￥12", 1200), ("12.5元", 1250), (19.99, 1999), (7, 700), ("0.005", 1), (-3.5, -350),
    (12.345, 1235), (Decimal("2.10"), 210),
])
def test_money_becomes_integer_cents(value, cents):
    assert convert_value(_spec("money"), value) == cents


@pytest.mark.parametrize("value", ["abc", "12,3a", True, dt.date(2024, 1, 5), "inf"])
def test_not_amounts(value):
    assert "is not an amount" in _bad(_spec("money"), value)


def test_fast_paths_of_convert_rows_agree_with_the_general_converter():
    """convert_rows skips convert_value for common cells; the results must be the same."""
    rng = random.Random(3)
    floats = [round(rng.uniform(0, 1000), rng.choice([0, 1, 2, 3])) for _ in range(2000)] + [0.1 + 0.2, 1e15, -0.0]
    fields = [_spec("money"), FieldSpec("n", lambda: "N", kind="int"), FieldSpec("t", lambda: "T")]
    sheet = Sheet(["m", "n", "t"], [[v, v, v] for v in floats], list(range(2, len(floats) + 2)))
    result = convert_rows(sheet, {"f": 0, "n": 1, "t": 2}, fields)
    problems = {p.row for p in result.problems}
    records = dict(result.records)
    for number, value in zip(sheet.row_numbers, floats):
        if abs(value) >= 1e12:  # far too large an amount: a problem on both paths
            assert number in problems and "far too large" in _bad(_spec("money"), value)
            continue
        assert records.get(number, {}).get("f", to_cents(value)) == to_cents(value)
        if value.is_integer():
            assert records[number]["n"] == int(value) and records[number]["t"] == str(int(value))
        else:
            assert number in problems


def test_decimal_numbers():
    assert convert_value(_spec("decimal"), "1,234.5") == Decimal("1234.5")
    assert convert_value(_spec("decimal"), 0.1) == Decimal("0.1")
    for bad in ("abc", "NaN", "Infinity"):
        assert "is not a number" in _bad(_spec("decimal"), bad)


@pytest.mark.parametrize("value", [
    "2024-01-05", "2024/1/5", "2024.1.5", "2024年1月5日", "20240105", 20240105, "2024-01-05 13:45:00",
    "2024/1/5 9:30", "2024-01-05T13:45:00", 45296, 45296.75, "45296", dt.datetime(2024, 1, 5, 9, 30),
    dt.date(2024, 1, 5), " 2024 年 1 月 5 日 ",
])
def test_dates_in_the_spellings_shops_use(value):
    assert convert_value(_spec("date"), value) == dt.date(2024, 1, 5)


@pytest.mark.parametrize("value, expected", [
    ("2024-01-05 13:45:00", dt.datetime(2024, 1, 5, 13, 45)), ("2024/1/5 13:45", dt.datetime(2024, 1, 5, 13, 45)),
    ("2024年1月5日 13时45分", dt.datetime(2024, 1, 5, 13, 45)), ("2024-01-05", dt.datetime(2024, 1, 5)),
    (45296.5729166667, dt.datetime(2024, 1, 5, 13, 45)), (dt.date(2024, 1, 5), dt.datetime(2024, 1, 5)),
])
def test_datetimes(value, expected):
    assert convert_value(_spec("datetime"), value) == expected


@pytest.mark.parametrize("value", ["2024/13/40", "2024-02-30", "yesterday", "05/01/2024", -3, "2024-01-05 25:00"])
def test_not_dates(value):
    assert "is not a date" in _bad(_spec("datetime"), value)


@pytest.mark.parametrize("words, expected", [
    (["是", "Y", "yes", "TRUE", "1", 1.0, "√", True], True),
    (["否", "n", "No", "false", "0", 0, "×", False], False),
])
def test_yes_and_no(words, expected):
    for word in words:
        assert convert_value(_spec("bool"), word) is expected, word


def test_not_yes_or_no():
    assert "is not yes/no" in _bad(_spec("bool"), "maybe")


@pytest.mark.parametrize("choices", [{"on_sale": "在售", "draft": "草稿"}, lambda: {"on_sale": "在售", "draft": "草稿"}])
def test_choices_accept_codes_and_labels(choices):
    spec = _spec("choice", choices=choices)
    assert convert_value(spec, "在售") == "on_sale" and convert_value(spec, "DRAFT") == "draft"
    assert _bad(spec, "停售") == "'停售' is not one of: 在售, 草稿"


# -- conflicts inside one file --------------------------------------------------------------------------

RECORDS = [(3, {"sku": "BAR-1", "name": "大米", "price": 100}), (4, {"sku": "B", "name": "油", "price": 200}),
           (9, {"sku": "BAR-1", "name": "小米", "price": 100}), (11, {"sku": "B", "name": "油", "price": 200}),
           (12, {"sku": "BAR-1", "name": "大米", "price": 150})]


def test_rows_of_one_key_with_different_values_are_conflicts_on_each_later_row():
    problems = find_conflicts(RECORDS, "sku", PRODUCT_FIELDS, headers={"sku": "货号", "name": "商品名称", "price": "售价"})
    assert [(p.row, p.column, p.field) for p in problems] == [(9, "商品名称", "name"), (12, "售价", "price")]
    assert problems[0].message == "货号 'BAR-1' is also on row 3 with a different 商品名称: '大米' vs '小米'"
    # money as the file has it (yuan), not the cents it is kept in
    assert problems[1].message == "货号 'BAR-1' is also on row 3 with a different 售价: '1.00' vs '1.50'"


def test_identical_duplicates_merge_or_conflict_as_the_caller_chooses():
    same = [(2, {"sku": "A", "name": "大米"}), (5, {"sku": "A", "name": "大米"})]
    assert find_conflicts(same, "sku", PRODUCT_FIELDS, duplicates="merge") == []
    problems = find_conflicts(same, "sku", PRODUCT_FIELDS, duplicates="conflict")
    assert [(p.row, p.field) for p in problems] == [(5, "sku")] and "first on row 2" in problems[0].message
    with pytest.raises(ValueError):
        find_conflicts(same, "sku", PRODUCT_FIELDS, duplicates="ignore")


def test_fields_not_marked_consistent_may_differ_and_empty_keys_are_not_a_group():
    records = [(2, {"sku": "A", "cost": 1}), (3, {"sku": "A", "cost": 2}),
               (4, {"sku": "", "name": "x"}), (5, {"sku": "", "name": "y"})]
    assert find_conflicts(records, "sku", PRODUCT_FIELDS) == []


def test_groups_keep_file_order():
    groups = group_records(RECORDS, "sku")
    assert list(groups) == ["BAR-1", "B"]
    assert [row for row, _ in groups["BAR-1"]] == [3, 9, 12]


def test_problem_reads_as_text():
    assert str(Problem(12, "售价", "price", "'abc' is not an amount")) == "Row 12, 售价: 'abc' is not an amount"


@pytest.mark.parametrize("cell", [2.0468123456789e+18, 1.2345678901234e+15, 3.2e16, "2.04681E+18", " 3.20100E+15 "])
def test_a_long_number_a_spreadsheet_cut_to_15_digits_is_refused_in_a_text_column(cell):
    assert "15 digits" in _bad(_spec("text"), cell)
    sheet = Sheet(["订单编号"], [[cell]], [2])
    problems = convert_rows(sheet, {"f": 0}, [_spec("text")]).problems
    assert len(problems) == 1 and problems[0].text().startswith("Row 2, 订单编号: '")


@pytest.mark.parametrize("cell,kept", [(13812345678.0, "13812345678"), (6901234567892.0, "6901234567892"),
                                       (3201000000000101.0, "3201000000000101"), ("1E10", "1E10"), ("SKU-E+1", "SKU-E+1")])
def test_numbers_that_are_whole_and_codes_with_an_e_are_kept(cell, kept):
    assert convert_value(_spec("text"), cell) == kept
