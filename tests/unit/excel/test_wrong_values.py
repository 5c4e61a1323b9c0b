"""Wrong values in files are row problems naming row and column, never silently changed
(issue 13 points 5 and 6): decimal commas, far too large amounts, dates before any shop,
Big5 and other encodings, NUL bytes, numbers kept whole with an apostrophe."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from shopmanager.excel import FieldSpec, ImportRefused, convert_rows, guess_mapping, read_sheet

FIXTURES = Path(__file__).parents[2] / "fixtures" / "imports"
FIELDS = [FieldSpec("sku", lambda: "SKU", synonyms=["货号"]), FieldSpec("price", lambda: "Price", "money",
                                                                         synonyms=["售价"]),
          FieldSpec("qty", lambda: "Qty", "int", synonyms=["数量"]), FieldSpec("at", lambda: "At", "datetime",
                                                                            synonyms=["下单时间"]),
          FieldSpec("name", lambda: "Name", synonyms=["名称"])]


def convert(tmp_path, text: str, encoding: str = "utf-8"):
    path = tmp_path / "f.csv"
    path.write_bytes(text.encode(encoding))
    sheet = read_sheet(path)
    return convert_rows(sheet, guess_mapping(sheet.headers, FIELDS), FIELDS)


def test_a_decimal_comma_is_a_row_error_naming_row_and_column():
    sheet = read_sheet(FIXTURES / "products-comma-decimal.csv")
    result = convert_rows(sheet, guess_mapping(sheet.headers, FIELDS), FIELDS)
    assert [(p.row, p.column) for p in result.problems] == [(2, "售价"), (3, "售价")]
    assert "'12,5' is not an amount" in result.problems[0].text() and "decimal point" in result.problems[0].text()
    assert [values["price"] for _row, values in result.records] == [123450, 990]


def test_whole_numbers_with_a_bad_comma_and_huge_amounts_are_row_errors(tmp_path):
    result = convert(tmp_path, '货号,售价,数量\nA,"1e26",1\nB,"99999999999999999999999999",2\nC,5,"1,5"\nD,5,"1,500"\n')
    assert [(p.row, p.column) for p in result.problems] == [(2, "售价"), (3, "售价"), (4, "数量")]
    assert "far too large" in result.problems[0].message
    assert [values["qty"] for _row, values in result.records] == [1500]


def test_dates_before_any_shop_are_questioned(tmp_path):
    result = convert(tmp_path, "货号,下单时间\nA,1900-01-01 00:00:00\nB,2026-11-20 10:15:00\n")
    assert [(p.row, p.column) for p in result.problems] == [(2, "下单时间")]
    assert "1900-01-01 is before 1990-01-01" in result.problems[0].message
    assert result.records[0][1]["at"] == dt.datetime(2026, 11, 20, 10, 15)


def test_text_loses_control_characters_apostrophes_and_wrappers(tmp_path):
    result = convert(tmp_path, '货号,名称,数量\n\'0012,"王\x1b[1m小\u202e明\x07",\'3\n="0099",普通,="4"\n')
    assert [values for _row, values in result.records] == [{"sku": "0012", "name": "王[1m小明", "qty": 3},
                                                             {"sku": "0099", "name": "普通", "qty": 4}]


def test_a_big5_file_is_read_as_big5():
    sheet = read_sheet(FIXTURES / "supplier-products-big5.csv")
    assert sheet.headers[:3] == ["貨號", "商品名稱", "條碼"]
    assert sheet.rows[0][1] == "維他檸檬茶 250ml" and sheet.rows[2][8] == "香港興隆貿易"


@pytest.mark.parametrize("encoding, text", [
    ("shift_jis", "注文番号,お客様名,住所\n1,山田太郎,東京都新宿区西新宿2-8-1\n2,佐藤花子,大阪府大阪市北区梅田3-1\n"),
])
def test_other_encodings_are_refused_with_a_message_not_read_as_garbage(tmp_path, encoding, text):
    path = tmp_path / "orders.csv"
    path.write_bytes(text.encode(encoding))
    with pytest.raises(ImportRefused, match="CSV UTF-8"):
        read_sheet(path)


def test_a_nul_byte_in_a_csv_names_the_line(tmp_path):
    path = tmp_path / "broken.csv"
    path.write_bytes("货号,名称\nA1,大米\nA2,花\x00生油\n".encode("gbk"))
    with pytest.raises(ImportRefused) as error:
        read_sheet(path)
    assert "line 3" in str(error.value) and "NUL" in str(error.value)
    assert "not a valid Excel" not in str(error.value)


def test_utf16_without_a_bom_is_read(tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes("货号\t名称\nA1\t大米\n".encode("utf-16-le"))
    assert read_sheet(path).rows == [["A1", "大米"]]
