"""Reading what shops actually send: files written by LibreOffice/Excel, platform CSVs,
files with the wrong ending, and files that are not spreadsheets at all."""
from __future__ import annotations

import codecs
import datetime as dt
import shutil
import zipfile

import openpyxl
import pytest

from shopmanager.excel import ImportRefused, convert_rows, guess_mapping, read_sheet
from tests.unit.excel.common import FIXTURES, PRODUCT_FIELDS, SAMPLES

HEADERS = ["商品名称", "货号", "条码", "类目", "品牌", "规格", "售价", "成本", "保质期(天)", "产地"]


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_files_keep_leading_zeros_and_formula_looking_text(name):
    sheet = read_sheet(FIXTURES / name)
    assert sheet.headers == HEADERS
    assert len(sheet.rows) == 40 and sheet.row_numbers[:2] == [2, 3] and sheet.row_numbers[-1] == 41
    assert sheet.source_format == name.rsplit(".", 1)[1].replace("-gbk", "")
    result = convert_rows(sheet, guess_mapping(sheet.headers, PRODUCT_FIELDS), PRODUCT_FIELDS)
    assert result.problems == []
    row, first = result.records[0]
    assert row == 2
    assert first["name"] == "=1+1"  # text that looks like a formula stays text
    assert first["barcode"] == "0000000000000" and result.records[7][1]["barcode"] == "0000000000007"
    assert first["price"] == 6479 and first["cost"] == 409 and first["shelf_life"] == 365


def test_all_sample_formats_give_identical_records():
    records = []
    for name in SAMPLES:
        sheet = read_sheet(FIXTURES / name)
        records.append(convert_rows(sheet, guess_mapping(sheet.headers, PRODUCT_FIELDS), PRODUCT_FIELDS).records)
    assert len(records[0]) == 40
    assert all(other == records[0] for other in records[1:])


def test_workbook_with_hidden_sheet_title_line_formulas_and_dates():
    sheet = read_sheet(FIXTURES / "export-with-formulas.xlsx")
    assert sheet.sheet_name == "商品"  # the hidden first sheet is not the one the user sees
    assert sheet.header_row == 2 and sheet.row_numbers == [3, 5, 6]  # title above, empty row 4 skipped
    first, second, third = sheet.rows
    assert first[4] == 50 and second[1] == "花生油 5L"  # formulas read as their cached values
    assert third[1] == "=1+1" and third[7] == "0078"
    assert first[5] == dt.date(2024, 1, 5) and first[8] == dt.datetime(2024, 1, 5, 13, 45)


def test_plain_serial_numbers_in_a_date_column_become_dates():
    from shopmanager.excel import FieldSpec

    fields = [FieldSpec("sku", lambda: "SKU", synonyms=["货号"]),
              FieldSpec("listed", lambda: "Listed", kind="date", synonyms=["上架日期"]),
              FieldSpec("made", lambda: "Made", kind="date", synonyms=["生产日期"]),
              FieldSpec("at", lambda: "At", kind="datetime", synonyms=["上架时间"])]
    sheet = read_sheet(FIXTURES / "export-with-formulas.xlsx")
    result = convert_rows(sheet, guess_mapping(sheet.headers, fields), fields)
    assert result.problems == []
    assert [values["listed"] for _, values in result.records] == [dt.date(2024, 1, 5), dt.date(2024, 2, 29),
                                                                  dt.date(2023, 12, 31)]
    assert [values["listed"] for _, values in result.records] == [values["made"] for _, values in result.records]
    assert result.records[1][1]["at"] == dt.datetime(2024, 2, 29, 8, 0, 30)


def test_sheet_chosen_by_name_or_number_and_a_missing_one_is_named():
    path = FIXTURES / "export-with-formulas.xlsx"
    assert read_sheet(path, sheet="说明").headers == ["这是隐藏的说明页", "请勿导入"]
    assert read_sheet(path, sheet=1).sheet_name == "商品"
    with pytest.raises(ImportRefused, match="no sheet '价格'.*说明, 商品"):
        read_sheet(path, sheet="价格")


# -- CSV and text -------------------------------------------------------------------------------------

def test_gbk_csv_with_platform_wrapped_numbers(tmp_path):
    path = tmp_path / "taobao.csv"
    path.write_bytes('订单编号,买家会员名,联系手机,实付\n="3051234567890123",小鱼儿,="013812345678",="12.50"\n'
                     .encode("gbk"))
    sheet = read_sheet(path)
    assert sheet.headers == ["订单编号", "买家会员名", "联系手机", "实付"]
    assert sheet.rows == [["3051234567890123", "小鱼儿", "013812345678", "12.50"]]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_text_encodings_are_detected(tmp_path, encoding):
    path = tmp_path / "data.csv"
    path.write_bytes("货号,名称\n001,𠮷野家 牛丼\n".encode(encoding))  # 𠮷 is outside GBK: only GB18030 has it
    sheet = read_sheet(path)
    assert sheet.headers == ["货号", "名称"] and sheet.rows == [["001", "𠮷野家 牛丼"]]


def test_tab_separated_with_a_title_line_and_commas_in_values(tmp_path):
    path = tmp_path / "export.txt"
    path.write_text("店铺订单导出, 2026-11-01\n货号\t名称\t备注\nX1\t大米, 5kg\t\n\nX2\t油\t\"有, 逗号\"\n",
                    encoding="utf-8")
    sheet = read_sheet(path)
    assert sheet.headers == ["货号", "名称", "备注"]
    assert sheet.rows == [["X1", "大米, 5kg", ""], ["X2", "油", "有, 逗号"]]
    assert sheet.row_numbers == [3, 5] and sheet.header_row == 2


def test_comma_csv_with_a_title_line_and_short_rows(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("商品导出\n货号,名称,售价\nX1,大米\n", encoding="utf-8")
    sheet = read_sheet(path)
    assert sheet.headers == ["货号", "名称", "售价"] and sheet.rows == [["X1", "大米", None]]


def test_utf8_bom_is_not_part_of_the_first_header(tmp_path):
    path = tmp_path / "bom.csv"
    path.write_bytes(codecs.BOM_UTF8 + "货号,名称\nA,B\n".encode())
    assert read_sheet(path).headers == ["货号", "名称"]


def test_headers_are_stripped(tmp_path):
    path = tmp_path / "h.csv"
    path.write_text('" 货号 ","商品  名称 ",售价\t\n1,2,3\n', encoding="utf-8")
    assert read_sheet(path).headers == ["货号", "商品 名称", "售价"]


# -- files that are not what their name says -------------------------------------------------------

def test_xlsx_named_xls_and_text_named_xls_are_read_as_what_they_are(tmp_path):
    renamed = tmp_path / "products.xls"
    shutil.copy(FIXTURES / "products-sample.xlsx", renamed)
    assert read_sheet(renamed).rows[0][2] == "0000000000000"
    tsv = tmp_path / "orders.xls"  # platforms export tab-separated text named .xls
    tsv.write_bytes("订单号\t金额\n0012\t9.9\n".encode("gbk"))
    assert read_sheet(tsv).rows == [["0012", "9.9"]]
    old = tmp_path / "old.xlsx"
    shutil.copy(FIXTURES / "products-sample.xls", old)
    assert len(read_sheet(old).rows) == 40


def test_text_file_named_xlsx_is_refused_by_name(tmp_path):
    fake = tmp_path / "报表.xlsx"
    fake.write_text("just some text, not a spreadsheet")
    with pytest.raises(ImportRefused, match="报表.xlsx is not a valid Excel"):
        read_sheet(fake)


def test_damaged_xlsx_is_refused_by_name(tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes((FIXTURES / "products-sample.xlsx").read_bytes()[:3000])
    with pytest.raises(ImportRefused, match="broken.xlsx"):
        read_sheet(broken)


def test_zip_that_is_not_a_spreadsheet_is_refused_by_name(tmp_path):
    path = tmp_path / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(ImportRefused, match="photos.xlsx cannot be read"):
        read_sheet(path)


def test_password_protected_workbook_gets_advice(tmp_path):
    # Excel stores an encrypted xlsx as an OLE file with an "EncryptedPackage" stream.
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024) + "EncryptedPackage".encode("utf-16-le")
                       + bytes(2048))
    with pytest.raises(ImportRefused, match="locked.xlsx is protected by a password"):
        read_sheet(locked)


def test_web_page_named_xls_gets_advice(tmp_path):
    page = tmp_path / "订单.xls"
    page.write_text("<html><body><table><tr><td>订单号</td><td>金额</td></tr></table></body></html>",
                    encoding="utf-8")
    with pytest.raises(ImportRefused, match="web page.*save it as .xlsx"):
        read_sheet(page)


def test_garbage_xls_is_refused(tmp_path):
    garbage = tmp_path / "x.xls"
    garbage.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(ImportRefused, match="x.xls"):
        read_sheet(garbage)


@pytest.mark.parametrize("name, content, message", [
    ("notes.pdf", b"%PDF-1.4", "files ending in '.pdf' cannot be imported"),
    ("empty.csv", b"", "empty.csv is empty"),
    ("one.csv", "只有一列\n1\n".encode(), "no header row"),
])
def test_unusable_files_get_a_clear_message(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportRefused, match=message):
        read_sheet(path)


def test_missing_file(tmp_path):
    with pytest.raises(ImportRefused, match="does not exist"):
        read_sheet(tmp_path / "gone.xlsx")


def test_xlsx_written_by_openpyxl_keeps_numbers_and_text_apart(tmp_path):
    path = tmp_path / "o.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append([None])  # an empty first row: row numbers must still match Excel's
    sheet.append(["货号", "数量", "备注"])
    sheet.append(["000123", 5, None])
    sheet.append([None, None, "   "])  # looks empty: skipped
    sheet.append([123, 1.5, "x"])
    workbook.save(path)
    result = read_sheet(path)
    assert result.header_row == 2 and result.row_numbers == [3, 5]
    assert result.rows[0][0] == "000123" and result.rows[1][0] == 123
