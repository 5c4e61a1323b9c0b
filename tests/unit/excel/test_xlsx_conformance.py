"""The xlsx files we write are ones Excel and WPS open without a repair prompt, and every
value reads back as written — checked with three independent readers (openpyxl,
python-calamine, LibreOffice: one run of it, for the whole table of nasty values) and
against the zip format itself."""
from __future__ import annotations

import csv
import datetime as dt
import math
import os
import shutil
import struct
import subprocess
import time
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
import python_calamine
from openpyxl.utils.escape import unescape

from shopmanager.core.errors import ShopError
from shopmanager.excel import Column, Problem, export_xlsx, read_sheet, write_error_file, write_template
from shopmanager.excel._xlsx import MAX_TEXT, XlsxBook, sheet_name, utf16_length
from tests.unit.excel.common import FIXTURES, PRODUCT_FIELDS
from tests.unit.excel.test_writer import INJECTED

OFFICE = shutil.which("soffice") or shutil.which("libreoffice")
CST = dt.timezone(dt.timedelta(hours=8))
ZIP64_EXTRA = 0x0001


# -- the zip container ----------------------------------------------------------------------------

def _extra_ids(extra: bytes) -> list[int]:
    ids, offset = [], 0
    while offset + 4 <= len(extra):
        kind, length = struct.unpack("<HH", extra[offset:offset + 4])
        ids.append(kind)
        offset += 4 + length
    return ids


def zip_header_mismatches(path: Path) -> list[str]:
    """Every member's local header against its central-directory entry: version needed,
    flags, method, CRC, sizes and zip64 extra fields must agree (Excel's repair prompt)."""
    problems = []
    with zipfile.ZipFile(path) as archive, open(path, "rb") as handle:
        for info in archive.infolist():
            handle.seek(info.header_offset)
            (signature, version, flags, method, _time, _date, crc, packed, size, name_length,
             extra_length) = struct.unpack("<IHHHHHIIIHH", handle.read(30))
            name = handle.read(name_length).decode("utf-8" if flags & 0x800 else "cp437")
            local_extra = _extra_ids(handle.read(extra_length))
            if ZIP64_EXTRA in local_extra:  # the sizes live in the zip64 field
                packed = size = None
            local = (signature, name, version, flags, method, crc, packed, size, ZIP64_EXTRA in local_extra)
            central_zip64 = ZIP64_EXTRA in _extra_ids(info.extra)
            central = (0x04034B50, info.filename, info.extract_version, info.flag_bits, info.compress_type, info.CRC,
                       None if central_zip64 else info.compress_size, None if central_zip64 else info.file_size,
                       central_zip64)
            if local != central:
                problems.append(f"{info.filename}: local {local} != central {central}")
    return problems


def test_every_member_header_agrees_with_the_central_directory(tmp_path):
    export = export_xlsx(tmp_path / "export.xlsx", [Column("名称"), Column("数量", "int")],
                         [(f"商品{i}", i) for i in range(2000)])
    sheet = read_sheet(FIXTURES / "products-sample.xls")
    errors = write_error_file(tmp_path / "errors.xlsx", sheet, [Problem(3, "售价", "price", "bad")])
    template = write_template(tmp_path / "template.xlsx", PRODUCT_FIELDS)
    for written in (export, errors, template):
        assert zip_header_mismatches(written.path) == []
        with zipfile.ZipFile(written.path) as archive:
            assert archive.testzip() is None


def test_a_sheet_too_large_for_a_plain_zip_member_is_refused(tmp_path, monkeypatch):
    from shopmanager.excel import _xlsx

    monkeypatch.setattr(_xlsx, "MAX_MEMBER_BYTES", 50_000)  # in place of 4 GiB
    target = tmp_path / "huge.xlsx"
    with pytest.raises(ShopError, match="4 GB"):
        export_xlsx(target, [Column("名称")], ([f"商品{i:06d}"] for i in range(5000)))
    assert list(tmp_path.iterdir()) == []


# -- numbers --------------------------------------------------------------------------------------

def test_exact_numbers_excel_would_round_are_written_as_text(tmp_path):
    path = tmp_path / "numbers.xlsx"
    rows = [(1234567890123456789, 1234567890123456789, Decimal("98765432109876543.21")),  # 19-digit order number
            (10 ** 18, 123456789012345, Decimal("0.1")),  # 1 significant digit / 15 digits: numbers
            (-9007199254740993, 12345678901234567, Decimal("1E+20"))]
    export_xlsx(path, [Column("单号", "int"), Column("金额", "money"), Column("数值", "decimal")], rows)
    sheet = openpyxl.load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert values[0] == ["1234567890123456789", "12345678901234567.89", "98765432109876543.21"]
    assert values[1] == [10 ** 18, 1234567890123.45, 0.1]
    assert values[2] == ["-9007199254740993", 123456789012345.67, 1e20]
    assert [row[0] for row in read_sheet(path).rows] == ["1234567890123456789", 1e18, "-9007199254740993"]


@pytest.mark.parametrize("bad", [Decimal("1E+400"), Decimal("-1E+400"), Decimal("1E-400"), Decimal("NaN"),
                                 float("inf"), float("nan"), 10 ** 400])
def test_a_number_excel_cannot_hold_refuses_the_file_naming_column_and_row(tmp_path, bad):
    target = tmp_path / "keep.xlsx"
    target.write_bytes(b"the good old file")
    rows = [("大米", Decimal("2.5")), ("小米", Decimal("3")), ("黑米", bad)]
    with pytest.raises(ShopError) as refused:
        export_xlsx(target, [Column("名称"), Column("重量", "decimal")], rows)
    assert "Column 重量 (B), row 4" in str(refused.value)
    assert target.read_bytes() == b"the good old file" and len(list(tmp_path.iterdir())) == 1


# -- text -----------------------------------------------------------------------------------------

def test_text_longer_than_a_cell_is_cut_the_same_way_on_every_path_and_the_user_is_told(tmp_path):
    plain = "长" * 40_000  # takes the export's fast path
    escaped = "a&b" * 12_000  # takes the escaping path
    astral = "x" * (MAX_TEXT - 1) + "😀😀"  # the cut must not split the emoji's surrogate pair
    written = export_xlsx(tmp_path / "long.xlsx", [Column("名称"), Column("描述")],
                          [("大米", plain), ("油", escaped), ("盐", astral), ("糖", "短")])
    cells = [row[1] for row in read_sheet(written.path).rows]
    assert cells[0] == plain[:MAX_TEXT] and cells[1] == escaped[:MAX_TEXT]
    assert cells[2] == "x" * (MAX_TEXT - 1) and cells[3] == "短"
    assert all(utf16_length(text) <= MAX_TEXT for text in cells)
    assert written.rows == 4
    assert written.notes == ("Texts longer than the 32,767 characters an Excel cell holds were cut to their first "
                             "32,767: column 描述 (B), row 2, 3, 4.",)

    source = tmp_path / "import.csv"  # a CSV cell can be longer than any xlsx cell
    source.write_text("货号,描述\nA1,短\nA2," + "长" * 40_000 + "\n", encoding="utf-8")
    errors = write_error_file(tmp_path / "errors.xlsx", read_sheet(source), [Problem(2, "货号", "sku", "x")])
    assert [row[1] for row in read_sheet(errors.path).rows] == ["短", "长" * MAX_TEXT]
    assert errors.notes == ("Texts longer than the 32,767 characters an Excel cell holds were cut to their first "
                            "32,767: column 描述 (B), row 3.",)
    many = export_xlsx(tmp_path / "many.xlsx", [Column("描述"), Column("备注")], [("长" * 40_000, "x")] * 12
                       + [("短", "长" * 40_000)])
    assert many.notes[0].endswith(": column 描述 (A), row 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 2 more; "
                                  "column 备注 (B), row 14.")


# -- time -----------------------------------------------------------------------------------------

@pytest.fixture
def pc_zone(monkeypatch):
    """Set the PC's time zone for the test (POSIX TZ)."""
    def set_zone(zone: str) -> None:
        monkeypatch.setenv("TZ", zone)
        time.tzset()

    yield set_zone
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("zone", ["UTC", "America/New_York", "Asia/Shanghai"])
def test_an_aware_datetime_is_written_in_the_shops_time_whatever_the_pcs_zone(tmp_path, pc_zone, zone):
    pc_zone(zone)
    path = tmp_path / "times.xlsx"
    paid = dt.datetime(2026, 5, 20, 13, 14, tzinfo=CST)
    export_xlsx(path, [Column("付款时间", "datetime"), Column("时间")],
                [(paid, paid.astimezone(dt.timezone.utc)), (dt.datetime(2026, 5, 20, 13, 14), None)])
    sheet = openpyxl.load_workbook(path).active
    assert [sheet["A2"].value, sheet["B2"].value, sheet["A3"].value] == [dt.datetime(2026, 5, 20, 13, 14)] * 3


# -- sheet names ----------------------------------------------------------------------------------

@pytest.mark.parametrize("title, expected", [
    ("\x01\x02\x1f", "Sheet1"),  # only control characters
    ("  \x00 ", "Sheet1"),
    ("History", "History_1"),  # reserved by Excel
    ("history", "history_1"),
    ("Histories", "Histories"),
    ("a[b]c:d*e?f/g\\h", "a_b_c_d_e_f_g_h"),
    ("'quoted'", "quoted"),
    ("商品" * 20, "商品" * 15 + "商"),  # 31 characters
    ("😀" * 20, "😀" * 15),  # 31 UTF-16 units: 15 emoji, the 16th would not fit whole
    ("订单\t明细\n", "订单明细"),
])
def test_sheet_names_are_ones_excel_accepts(title, expected):
    assert sheet_name(title) == expected
    assert utf16_length(sheet_name(title)) <= 31


def test_sheet_names_in_one_book_differ(tmp_path):
    book = XlsxBook(tmp_path / "two.xlsx", sheets=3)
    for title in ("数据", "数据", "\x07"):
        book.sheet(title).close()
    book.close()
    workbook = openpyxl.load_workbook(tmp_path / "two.xlsx")
    assert workbook.sheetnames == ["数据", "数据 (2)", "Sheet3"]
    written = export_xlsx(tmp_path / "ctl.xlsx", [Column("a")], [("x",)], sheet_title="\x01\x02")
    assert openpyxl.load_workbook(written.path).sheetnames == ["Sheet1"]


# -- error file -----------------------------------------------------------------------------------

def test_error_file_freezes_and_filters_the_header_row_below_a_title(tmp_path):
    source = tmp_path / "titled.csv"
    source.write_text("店铺商品导出 2026-11\n货号,名称\nA1,大米\nA2,油\n", encoding="utf-8")
    sheet = read_sheet(source)
    assert sheet.header_row == 2
    out = openpyxl.load_workbook(write_error_file(tmp_path / "e.xlsx", sheet, [Problem(4, "名称", "name", "x")])).active
    assert out.freeze_panes == "A3"
    assert out.auto_filter.ref == "A2:C4"
    assert out["A2"].value == "货号" and out["C4"].value == "名称: x"


# -- three readers --------------------------------------------------------------------------------

NASTY = [  # (what is written, what a faithful reader reads)
    ("=1+1", "=1+1"), ("=HYPERLINK(\"http://x\",\"点我\")", "=HYPERLINK(\"http://x\",\"点我\")"),
    ("+86 138 0000 0000", "+86 138 0000 0000"), ("-5", "-5"), ("@SUM(A1)", "@SUM(A1)"),
    ("000123", "000123"), ("0013800000000", "0013800000000"),
    (1234567890123456789, "1234567890123456789"), (12345678901234567, "12345678901234567"),
    (-99999999999999999, "-99999999999999999"), (123456789012345, 123456789012345),
    ("五常大米 家庭装", "五常大米 家庭装"), ("繁體中文／全角：１２３", "繁體中文／全角：１２３"),
    ("😀 𠀀 🇨🇳 👨‍👩‍👧", "😀 𠀀 🇨🇳 👨‍👩‍👧"),
    ("a\x01b\x1fc\x7f", "a\x01b\x1fc\x7f"), ("_x0041_ stays", "_x0041_ stays"),
    ("行一\r\n行二", "行一\r\n行二"), ("line1\nline2", "line1\nline2"), ("\ttab  ", "\ttab  "),
    ("<r><t>ok</t></r> & <b>", "<r><t>ok</t></r> & <b>"), (INJECTED, INJECTED), ("1.2345E4", "1.2345E4"),
    ("长" * 40_000, "长" * MAX_TEXT),
    (dt.date(1850, 1, 1), "1850-01-01"), (dt.datetime(1899, 12, 31, 10, 0), "1899-12-31 10:00:00"),
    (dt.date(1900, 3, 1), dt.date(1900, 3, 1)), (dt.datetime(2026, 5, 20, 13, 14, 15), dt.datetime(2026, 5, 20, 13, 14, 15)),
    (dt.datetime(2026, 5, 20, 13, 14, tzinfo=CST), dt.datetime(2026, 5, 20, 13, 14)),
    (dt.datetime(2026, 5, 20, 5, 14, tzinfo=dt.timezone.utc), dt.datetime(2026, 5, 20, 13, 14)),
    (Decimal("1E+300"), 1e300), (Decimal("-1.5E-300"), -1.5e-300), (Decimal("0.000001"), 1e-6),
    (Decimal("12345678901234567890.5"), "12345678901234567890.5"), (Decimal("59.90"), 59.9),
    (0.1 + 0.2, 0.1 + 0.2), (-0.0, 0), (True, True), (False, False), (None, None),
]


def _libreoffice_csv(path: Path, folder: Path) -> list[list[str]]:
    utf8 = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false"
    subprocess.run([OFFICE, f"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", utf8,
                    "--outdir", str(folder), str(path)], check=True, capture_output=True, timeout=180)
    with open(folder / f"{path.stem}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _as_libreoffice_shows(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M:%S}"
    if isinstance(value, dt.date):
        return f"{value:%Y-%m-%d}"
    return value.replace("\r\n", "\n") if isinstance(value, str) else value  # its CSV writes a cell's CRLF as LF


@pytest.mark.skipif(OFFICE is None, reason="LibreOffice is not installed")
def test_nasty_values_read_back_the_same_in_openpyxl_calamine_and_libreoffice(tmp_path):
    path = tmp_path / "nasty.xlsx"
    written = export_xlsx(path, [Column("No.", "int"), Column("值")], [(i, value) for i, (value, _) in enumerate(NASTY)],
                          sheet_title="Nasty")
    long_row = NASTY.index(("长" * 40_000, "长" * MAX_TEXT)) + 2
    assert len(written.notes) == 1 and written.notes[0].endswith(f": column 值 (B), row {long_row}.")
    assert zip_header_mismatches(path) == []
    expected = [want for _, want in NASTY]

    # openpyxl does not decode Excel's _xHHHH_ escape of control characters: openpyxl's own unescape does
    by_openpyxl = [unescape(v) if isinstance(v, str) else v
                   for (_, v) in openpyxl.load_workbook(path).active.iter_rows(min_row=2, values_only=True)]
    calamine_rows = python_calamine.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()
    by_calamine = [row[1] if row[1] != "" else None for row in calamine_rows[1:]]
    office_rows = _libreoffice_csv(path, tmp_path)
    by_office = [row[1] for row in office_rows[1:]]

    assert len(by_openpyxl) == len(by_calamine) == len(by_office) == len(expected)
    for index, want in enumerate(expected):
        written_value = NASTY[index][0]
        label = f"row {index + 2}: {str(written_value)[:40]!r}"
        assert _same(by_openpyxl[index], want), ("openpyxl", label, by_openpyxl[index])
        assert _same(by_calamine[index], want), ("calamine", label, by_calamine[index])
        office_want = _as_libreoffice_shows(want)
        if isinstance(office_want, (int, float)):
            assert math.isclose(float(by_office[index]), office_want, rel_tol=1e-15), ("LibreOffice", label)
        else:
            assert by_office[index] == office_want, ("LibreOffice", label, by_office[index][:80])


def _same(got, want) -> bool:
    if isinstance(want, bool) or isinstance(got, bool):
        return got is want
    if type(want) is dt.date and isinstance(got, dt.datetime):  # a date cell, read as a datetime at midnight
        return got == dt.datetime.combine(want, dt.time())
    if isinstance(want, (int, float)) and not isinstance(want, bool):
        return isinstance(got, (int, float)) and got == want
    return type(got) is type(want) and got == want


def test_the_file_reads_in_every_zone_of_the_pc_the_same(tmp_path, pc_zone):
    """Reading back never depends on the PC: the same bytes whatever its zone."""
    rows = [(dt.datetime(2026, 5, 20, 13, 14, tzinfo=CST),)]
    pc_zone("UTC")
    first = export_xlsx(tmp_path / "utc.xlsx", [Column("t", "datetime")], rows)
    pc_zone("America/Los_Angeles")
    second = export_xlsx(tmp_path / "la.xlsx", [Column("t", "datetime")], rows)
    with zipfile.ZipFile(first.path) as a, zipfile.ZipFile(second.path) as b:
        assert a.read("xl/worksheets/sheet1.xml") == b.read("xl/worksheets/sheet1.xml")
    assert os.fspath(first) == str(tmp_path / "utc.xlsx")
