"""Exports, error files and templates as a user opens them: in Excel's place we read them
with openpyxl, LibreOffice and our own reader."""
from __future__ import annotations

import datetime as dt
import random
import tracemalloc
import zipfile
from decimal import Decimal
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest

from shopmanager.core import i18n
from shopmanager.core.errors import Cancelled, ShopError
from shopmanager.core.progress import Progress
from shopmanager.excel import (
    ERROR_COLUMN, Column, FieldSpec, Problem, convert_rows, export_xlsx, guess_mapping, read_sheet, write_error_file,
    write_template,
)
from tests.unit.excel.common import FIXTURES, PRODUCT_FIELDS

# Text a spreadsheet could take for a formula (CSV/formula injection), and XML that XlsxWriter
# used to write raw (its rich-string marker), which would have planted a live HYPERLINK formula.
INJECTED = '<r><t>ok</t></r></is></c><c r="B2"><f>HYPERLINK("http://evil.example","点我")</f></c><c><is><r><t>x</t></r>'
DANGEROUS = ["=1+1", "+86 138 0000 0000", "-5", "@SUM(A1)", "\tTAB", "\rCR", "=HYPERLINK(\"http://x\")", INJECTED,
             "a & b < c > d", "  spaces  ", "多行\n文本", "000123", "1.2345E4"]


def _export(path: Path, rows, **options) -> int:
    """The number of data rows written."""
    columns = [Column("商品名称"), Column("售价", "money"), Column("库存", "int"), Column("更新时间", "datetime"),
               Column("生产日期", "date"), Column("毛利率", "percent"), Column("重量", "decimal")]
    return export_xlsx(path, columns, rows, sheet_title="商品", **options).rows


def _row(text: str = "大米") -> tuple:
    return (text, 1999, 3, dt.datetime(2026, 11, 1, 9, 30, 15), dt.date(2026, 10, 1), 0.255, Decimal("2.5"))


def test_export_looks_like_a_finished_table(tmp_path):
    path = tmp_path / "products.xlsx"
    assert _export(path, [_row(), _row("五常大米 家庭装 5kg 真空包装")] + [_row()] * 3) == 5
    sheet = openpyxl.load_workbook(path).active
    assert sheet.title == "商品" and sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:G6"
    header = sheet["A1"]
    assert header.font.b and header.fill.fgColor.rgb.endswith("DDEBF7") and header.border.bottom.style == "thin"
    assert [c.value for c in sheet[2]] == ["大米", 19.99, 3, dt.datetime(2026, 11, 1, 9, 30, 15),
                                           dt.datetime(2026, 10, 1), 0.255, 2.5]
    assert [c.number_format for c in sheet[2]][1:] == ["#,##0.00", "#,##0", "yyyy-mm-dd hh:mm:ss", "yyyy-mm-dd",
                                                       "0.0%", "#,##0.00##"]
    widths = {col: sheet.column_dimensions[col].width for col in "ABCD"}
    assert widths["A"] >= 2 * len("五常大米家庭装真空包装")  # sized for the longest name, CJK counting double
    assert widths["C"] < widths["A"] and widths["D"] >= 19  # a full date and time fits


def test_formula_looking_text_stays_text_for_openpyxl_and_our_reader(tmp_path):
    path = tmp_path / "injection.xlsx"
    _export(path, [_row(text) for text in DANGEROUS])
    sheet = openpyxl.load_workbook(path).active
    cells = [sheet.cell(r, 1) for r in range(2, len(DANGEROUS) + 2)]
    assert [c.value for c in cells] == DANGEROUS
    assert {c.data_type for c in cells} == {"s"}
    assert sheet["B2"].value == 19.99  # the injected "B2" formula did not land anywhere
    assert [row[0] for row in read_sheet(path).rows] == DANGEROUS
    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_any_text_round_trips_and_the_file_stays_well_formed(tmp_path):
    rng = random.Random(1)
    pool = list("ab中文 &<>\"'=+-@\t\r\n_") + ["_x0041_", "_x000D_", "_x", "\x01", "\x0b", "\x1f", "<r>", "</r>",
                                                "</t></is></c>", "😀", "\u2028", "\x7f", "\x85", "\ud800"]
    texts = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 12))) for _ in range(1500)]
    path = tmp_path / "fuzz.xlsx"
    export_xlsx(path, [Column("文本"), Column("n", "int")], [(text, 1) for text in texts])
    with zipfile.ZipFile(path) as archive:
        assert archive.namelist()[0] == "[Content_Types].xml"  # where tools look to recognise an xlsx
        for name in archive.namelist():
            ElementTree.fromstring(archive.read(name))  # strict XML: raises on any stray character
    readable = [text.replace("\ud800", "_xD800_") for text in texts]  # a lone surrogate is no character
    assert [row[0] for row in read_sheet(path).rows] == readable
    sheet = openpyxl.load_workbook(path).active
    for index, text in enumerate(readable, start=2):  # openpyxl does not decode Excel's _xHHHH_ escapes
        if "_x" not in text and not any(ch in text for ch in "\x01\x0b\x1f"):
            assert sheet.cell(index, 1).value == text


def test_failed_export_keeps_the_old_file_and_leaves_nothing_else(tmp_path):
    path = tmp_path / "keep.xlsx"
    path.write_bytes(b"old good file")

    def broken_rows():
        yield _row()
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        _export(path, broken_rows())
    assert path.read_bytes() == b"old good file"
    assert [p.name for p in tmp_path.iterdir()] == ["keep.xlsx"]


def test_cancelled_export_writes_nothing_and_progress_is_reported(tmp_path):
    seen = []
    progress = Progress(lambda done, total, text: seen.append((done, total)))
    path = tmp_path / "all.xlsx"
    assert _export(path, (_row() for _ in range(12_000)), progress=progress, total=12_000) == 12_000
    assert seen[:2] == [(5000, 12_000), (10_000, 12_000)] and seen[-1] == (12_000, 12_000)

    def cancel_at(done, total, text):
        if done >= 5000:
            progress.cancel()

    progress = Progress(cancel_at)
    target = tmp_path / "cancelled.xlsx"
    with pytest.raises(Cancelled):
        _export(target, (_row() for _ in range(20_000)), progress=progress)
    assert not target.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["all.xlsx"]


def test_export_streams_rows_in_constant_memory(tmp_path):
    def rows(count):
        for i in range(count):
            yield (f"商品{i:06d} 五香牛肉干", i * 7, i, dt.datetime(2026, 1, 1), dt.date(2026, 1, 1), 0.1, Decimal(i))

    tracemalloc.start()
    try:
        _export(tmp_path / "small.xlsx", rows(3_000))
        small = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        _export(tmp_path / "big.xlsx", rows(15_000))
        big = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert big < small + 1024 * 1024  # 12k more rows cost no memory (holding them would take ~5 MB)
    assert read_sheet(tmp_path / "big.xlsx").row_numbers[-1] == 15_001


def test_export_into_a_missing_folder_or_past_the_sheet_limit_is_a_clear_error(tmp_path, monkeypatch):
    with pytest.raises(ShopError, match="does not exist"):
        _export(tmp_path / "nowhere" / "x.xlsx", [_row()])
    from shopmanager.excel import writer

    monkeypatch.setattr(writer, "MAX_ROWS", 11)
    with pytest.raises(ShopError, match="Too many rows for one Excel sheet"):
        _export(tmp_path / "big.xlsx", [_row()] * 11)
    assert not (tmp_path / "big.xlsx").exists()


# -- error file ---------------------------------------------------------------------------------------

def test_error_file_gives_back_every_row_with_its_problems(tmp_path):
    sheet = read_sheet(FIXTURES / "products-sample.xls")
    problems = [Problem(3, "售价", "price", "'abc' is not an amount"), Problem(3, "货号", "sku", "required, but empty"),
                Problem(41, "条码", "barcode", "longer than 3 characters")]
    target = write_error_file(tmp_path / "errors.xlsx", sheet, problems)
    workbook = openpyxl.load_workbook(target)
    out = workbook.active
    assert [c.value for c in out[1]] == sheet.headers + [ERROR_COLUMN]
    assert out.max_row == 41  # all 40 rows, at the row numbers of the user's file
    assert out["A2"].value == "=1+1" and out["A2"].data_type == "s" and out["C2"].value == "0000000000000"
    assert out["G2"].value == 64.79 and out["I2"].value == 365
    assert out["K3"].value == "售价: 'abc' is not an amount; 货号: required, but empty"
    assert out["K2"].value is None and out["K41"].value == "条码: longer than 3 characters"
    red = {c.fill.fgColor.rgb[-6:] for c in out[3]}
    assert red == {"FDE9E9"} and out["A2"].fill.fill_type is None  # the whole bad row, only bad rows


def test_error_file_reimports_whole_like_the_original(tmp_path):
    sheet = read_sheet(FIXTURES / "products-sample.ods")
    target = write_error_file(tmp_path / "errors.xlsx", sheet, [Problem(5, "售价", "price", "bad"),
                                                                  Problem(0, "", "sku", "No column for SKU")])
    again = read_sheet(target)
    assert again.headers == sheet.headers  # the error column is ours: dropped on import
    assert again.row_numbers == sheet.row_numbers
    fields = PRODUCT_FIELDS
    before = convert_rows(sheet, guess_mapping(sheet.headers, fields), fields).records
    after = convert_rows(again, guess_mapping(again.headers, fields), fields).records
    assert after == before
    # an error file of the error file still has one error column, with only the new problems
    second = read_sheet(write_error_file(tmp_path / "errors2.xlsx", again, [Problem(7, "货号", "sku", "new")]))
    workbook = openpyxl.load_workbook(tmp_path / "errors2.xlsx").active
    assert [c.value for c in workbook[1]].count(ERROR_COLUMN) == 1
    assert workbook["K5"].value is None and workbook["K7"].value == "货号: new"
    assert second.headers == sheet.headers


def test_error_file_keeps_row_numbers_below_a_title_line(tmp_path):
    path = tmp_path / "titled.csv"
    path.write_text("店铺商品导出\n货号,名称\nA1,大米\n\nA2,油\n", encoding="utf-8")
    sheet = read_sheet(path)
    out = openpyxl.load_workbook(write_error_file(tmp_path / "e.xlsx", sheet, [Problem(5, "名称", "name", "x")])).active
    assert out["A2"].value == "货号" and out["A5"].value == "A2" and out["C5"].value == "名称: x"


def test_error_file_keeps_dates_as_dates(tmp_path):
    sheet = read_sheet(FIXTURES / "export-with-formulas.xlsx")
    out = openpyxl.load_workbook(write_error_file(tmp_path / "e.xlsx", sheet, [])).active
    assert out["F3"].value == dt.datetime(2024, 1, 5) and out["F3"].number_format == "yyyy-mm-dd"
    assert out["I5"].value == dt.datetime(2024, 2, 29, 8, 0, 30)
    assert out["H3"].value == "000123" and out["B6"].value == "=1+1"


# -- template -----------------------------------------------------------------------------------------

TEMPLATE_FIELDS = PRODUCT_FIELDS + [
    FieldSpec("status", lambda: "Status", kind="choice", choices={"on_sale": "在售", "draft": "草稿"}),
    FieldSpec("fragile", lambda: "Fragile", kind="bool"),
]


def test_template_has_marked_headers_an_example_and_notes(tmp_path):
    target = write_template(tmp_path / "template.xlsx", TEMPLATE_FIELDS,
                            example_row={"sku": "SP0001", "name": "五常大米", "barcode": "06901234567892",
                                         "price": "59.90", "shelf_life": 365, "status": "on_sale", "fragile": False})
    workbook = openpyxl.load_workbook(target)
    data, notes = workbook.worksheets
    assert [c.value for c in data[1]] == ["Name *", "SKU *", "Barcode", "Category", "Price", "Cost", "Shelf life",
                                          "Production date", "Status", "Fragile"]
    assert data["A1"].font.color.rgb.endswith("9C0006") and data["C1"].font.color is None
    assert data["B2"].value == "SP0001" and data["C2"].value == "06901234567892" and data["E2"].value == 59.9
    assert data["I2"].value == "在售" and data["J2"].value == "no"
    assert data.column_dimensions["C"].number_format == "@"  # typed barcodes keep their leading zeros
    assert {str(v.sqref): v.formula1 for v in data.data_validations.dataValidation} == {
        "I2:I1048576": '"在售,草稿"', "J2:J1048576": '"yes,no"'}
    assert notes.title == "Notes" and [c.value for c in notes["A"]][1:len(TEMPLATE_FIELDS) + 1] == \
        [c.value for c in data[1]]
    notes_text = " ".join(str(c.value) for row in notes.iter_rows() for c in row if c.value)
    assert "amount in yuan" in notes_text and "在售 (on_sale)" in notes_text and "2024年1月5日" in notes_text


def test_template_reimports_with_every_column_recognised(tmp_path):
    target = write_template(tmp_path / "t.xlsx", TEMPLATE_FIELDS,
                            example_row={"sku": "SP0001", "name": "五常大米", "price": "59.90", "status": "on_sale"})
    sheet = read_sheet(target)
    mapping = guess_mapping(sheet.headers, TEMPLATE_FIELDS)
    assert mapping == {spec.key: index for index, spec in enumerate(TEMPLATE_FIELDS)}
    result = convert_rows(sheet, mapping, TEMPLATE_FIELDS)
    assert result.problems == []
    assert result.records[0][1]["price"] == 5990 and result.records[0][1]["status"] == "on_sale"


def test_template_speaks_the_current_language(tmp_path):
    labels = {"en": "Name", "zh_CN": "商品名称"}
    fields = [FieldSpec("name", lambda: labels[i18n.current_language()], required=True)]
    previous = i18n.current_language()
    try:
        i18n.set_language("zh_CN")
        target = write_template(tmp_path / "t.xlsx", fields)
    finally:
        i18n.set_language(previous)
    assert openpyxl.load_workbook(target).active["A1"].value == "商品名称 *"
