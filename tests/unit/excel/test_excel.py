"""The one importer/exporter against files written by real spreadsheet programs."""
from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from shopmanager.core.i18n import tr
from shopmanager.excel import (
    ERROR_COLUMN, Column, FieldSpec, ImportRefused, convert_rows, export_xlsx, find_conflicts, guess_mapping,
    read_sheet, write_error_file, write_template,
)

FIXTURES = Path(__file__).parents[2] / "fixtures" / "excel"
FIELDS = [
    FieldSpec("name", lambda: "Name", required=True, synonyms=["商品名称", "品名"], group_consistent=True),
    FieldSpec("sku", lambda: "SKU", required=True, synonyms=["货号", "商家编码"]),
    FieldSpec("barcode", lambda: "Barcode", synonyms=["条码"]),
    FieldSpec("price", lambda: "Price", kind="money", synonyms=["售价"]),
    FieldSpec("shelf", lambda: "Shelf life", kind="int", synonyms=["保质期(天)"]),
    FieldSpec("made", lambda: "Production date", kind="date", synonyms=["生产日期"]),
]


@pytest.mark.parametrize("name", ["products-sample.xls", "products-sample.ods", "products-sample-gbk.csv"])
def test_real_files_read_the_same_with_zeros_and_formula_text_kept(name):
    sheet = read_sheet(FIXTURES / name)
    assert sheet.headers[:3] == ["商品名称", "货号", "条码"]
    assert len(sheet.rows) == 40 and sheet.row_numbers[0] == 2
    mapping = guess_mapping(sheet.headers, FIELDS)
    assert mapping == {"name": 0, "sku": 1, "barcode": 2, "price": 6, "shelf": 8}
    result = convert_rows(sheet, mapping, FIELDS)
    assert result.problems == []
    first = result.records[0][1]
    assert first["name"] == "=1+1"  # text that looks like a formula stays text
    assert first["barcode"] == "0000000000000"  # leading zeros kept
    assert first["price"] == 6479 and first["shelf"] == 365


def test_all_three_formats_agree():
    results = [convert_rows(s, guess_mapping(s.headers, FIELDS), FIELDS).records
               for s in (read_sheet(FIXTURES / n) for n in
                         ("products-sample.xls", "products-sample.ods", "products-sample-gbk.csv"))]
    assert results[0] == results[1] == results[2]


def test_problems_name_row_column_and_reason(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("货号,商品名称,售价,生产日期\nA1,大米,12.5,2024-01-05\nA2,,abc,2024/13/40\nA3,油,9,45292\n",
                    encoding="utf-8")
    sheet = read_sheet(path)
    result = convert_rows(sheet, guess_mapping(sheet.headers, FIELDS), FIELDS)
    texts = [p.text() for p in result.problems]
    assert texts == ["Row 3, 商品名称: required, but empty", "Row 3, 售价: 'abc' is not an amount",
                     "Row 3, 生产日期: '2024/13/40' is not a date (write it like 2024-01-05)"]
    assert result.records[1][1]["made"] == dt.date(2024, 1, 1)  # Excel serial 45292


def test_dates_in_many_spellings():
    from shopmanager.excel import convert_value

    spec = FieldSpec("d", lambda: "D", kind="date")
    for value in ("2024-01-05", "2024/1/5", "2024年1月5日", "20240105", 45296, dt.datetime(2024, 1, 5, 9, 30),
                  "2024-01-05 13:45:00"):
        assert convert_value(spec, value) == dt.date(2024, 1, 5), value


def test_same_key_with_different_values_is_a_conflict():
    records = [(2, {"sku": "A", "name": "大米"}), (3, {"sku": "B", "name": "油"}), (5, {"sku": "A", "name": "小米"}),
               (6, {"sku": "B", "name": "油"})]
    problems = find_conflicts(records, "sku", FIELDS, headers={"sku": "货号", "name": "商品名称"})
    assert [(p.row, p.column) for p in problems] == [(5, "商品名称")]
    assert "also on row 2" in problems[0].message and "'大米' vs '小米'" in problems[0].message


def test_gbk_and_utf8_bom_csv_and_wrapped_numbers(tmp_path):
    gbk = tmp_path / "taobao.csv"
    gbk.write_bytes('订单编号,买家会员名,联系手机\n="3051234567890123",小鱼儿,="13812345678"\n'.encode("gbk"))
    sheet = read_sheet(gbk)
    assert sheet.rows[0] == ["3051234567890123", "小鱼儿", "13812345678"]
    bom = tmp_path / "bom.csv"
    bom.write_bytes("\ufeff货号\t名称\n001\t面\n".encode("utf-8"))
    sheet = read_sheet(bom)
    assert sheet.headers == ["货号", "名称"] and sheet.rows == [["001", "面"]]


def test_title_line_above_the_header_is_skipped(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("店铺订单导出 2026-11-01\n货号,名称\nX1,大米\n", encoding="utf-8")
    sheet = read_sheet(path)
    assert sheet.headers == ["货号", "名称"] and sheet.row_numbers == [3]


def test_wrong_and_broken_files_get_a_clear_message(tmp_path):
    fake = tmp_path / "report.xlsx"
    fake.write_text("just text")
    with pytest.raises(ImportRefused, match="not a valid Excel"):
        read_sheet(fake)
    with pytest.raises(ImportRefused, match="cannot be imported"):
        read_sheet(tmp_path / "x.pdf") if (tmp_path / "x.pdf").write_text("%PDF") else None
    empty = tmp_path / "empty.csv"
    empty.write_text("only-one-cell\n")
    with pytest.raises(ImportRefused, match="no header row"):
        read_sheet(empty)


def _zip_bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as handle:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(600):
                handle.write(chunk)


def test_zip_bomb_is_refused_quickly(tmp_path):
    path = tmp_path / "bomb.xlsx"
    _zip_bomb(path)
    assert path.stat().st_size < 2 * 1024 * 1024
    start = time.perf_counter()
    with pytest.raises(ImportRefused, match="zip bomb"):
        read_sheet(path)
    assert time.perf_counter() - start < 1.0


def test_billion_laughs_is_refused_quickly(tmp_path):
    path = tmp_path / "laughs.xlsx"
    entities = "".join(f'<!ENTITY lol{i} "{"&lol%d;" % (i - 1) * 10}">' for i in range(1, 10))
    xml = f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">{entities}]><worksheet>&lol9;</worksheet>'
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", xml)
    start = time.perf_counter()
    with pytest.raises(ImportRefused, match="XML bomb"):
        read_sheet(path)
    assert time.perf_counter() - start < 1.0


DANGEROUS = ["=1+1", "+86 138", "-5", "@SUM(A1)", "\tTAB", "\rCR", "=HYPERLINK(\"http://x\")"]


def test_export_is_styled_and_never_writes_formulas(tmp_path):
    path = tmp_path / "out.xlsx"
    columns = [Column("名称"), Column("售价", "money"), Column("库存", "int"), Column("时间", "datetime")]
    rows = [(text, 1999, 3, dt.datetime(2026, 11, 1, 9, 30)) for text in DANGEROUS]
    assert export_xlsx(path, columns, rows, sheet_title="商品") == len(DANGEROUS)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet.title == "商品" and sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:D")
    assert sheet["A1"].font.b and sheet["B2"].number_format == "#,##0.00" and sheet["B2"].value == 19.99
    # openpyxl does not decode the standard _x000D_ escape of a carriage return; our reader does
    read_back = [sheet.cell(r, 1).value for r in range(2, len(DANGEROUS) + 2)]
    assert read_back == [t if "\r" not in t else t.replace("\r", "_x000D_") for t in DANGEROUS]
    assert all(sheet.cell(r, 1).data_type == "s" for r in range(2, len(DANGEROUS) + 2))
    assert sheet["D2"].value == dt.datetime(2026, 11, 1, 9, 30)
    assert [row[0] for row in read_sheet(path).rows] == DANGEROUS


@pytest.mark.skipif(shutil.which("soffice") is None and shutil.which("libreoffice") is None,
                    reason="LibreOffice missing: `make test` installs it")
def test_libreoffice_reads_formula_looking_text_as_text(tmp_path):
    path = tmp_path / "injection.xlsx"
    export_xlsx(path, [Column("text"), Column("n", "int")], [(text, 1) for text in DANGEROUS])
    office = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([office, f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "csv",
                    "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=180)
    with open(tmp_path / "injection.csv", encoding="utf-8", newline="") as handle:
        values = [row[0] for row in csv.reader(handle)][1:]
    assert values == DANGEROUS


def test_failed_export_leaves_no_file_and_keeps_the_old_one(tmp_path):
    path = tmp_path / "keep.xlsx"
    path.write_bytes(b"old good file")

    def broken_rows():
        yield ("a",)
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        export_xlsx(path, [Column("x")], broken_rows())
    assert path.read_bytes() == b"old good file"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.xlsx"]


def test_error_file_keeps_the_users_rows_and_adds_an_error_column(tmp_path):
    sheet = read_sheet(FIXTURES / "products-sample.xls")
    from shopmanager.excel import Problem

    target = tmp_path / "errors.xlsx"
    write_error_file(target, sheet, [Problem(3, "售价", "price", "'abc' is not an amount")])
    again = read_sheet(target)
    assert again.headers == sheet.headers + [ERROR_COLUMN]
    assert again.rows[0][0] == "=1+1" and again.rows[0][2] == "0000000000000"
    assert again.rows[1][-1] == "售价: 'abc' is not an amount" and again.rows[0][-1] in (None, "")
    assert ERROR_COLUMN not in [again.headers[i] for i in guess_mapping(again.headers, FIELDS).values()]


def test_template_has_the_fields_an_example_and_notes(tmp_path):
    target = tmp_path / "template.xlsx"
    write_template(target, FIELDS, example_row={"sku": "SP1", "name": "大米"})
    workbook = openpyxl.load_workbook(target)
    assert [c.value for c in workbook.worksheets[0][1]] == [f.label() for f in FIELDS]
    assert workbook.worksheets[0]["B2"].value == "SP1"
    assert workbook.worksheets[1].max_row == len(FIELDS) + 1
    assert tr("Excel", "Notes") == workbook.worksheets[1].title
