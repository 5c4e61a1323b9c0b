"""Hostile files are refused quickly, before any parser sees them."""
from __future__ import annotations

import shutil
import struct
import time
import zipfile
from pathlib import Path

import pytest

from shopmanager.excel import ImportRefused, check_zip_archive, read_sheet
from tests.unit.excel.common import FIXTURES

MB = 1024 * 1024


def _zip_bomb(path: Path, megabytes: int, *, zip64: bool = True) -> None:
    """A real bomb: one worksheet of `megabytes` MB of zeros, ~1000:1 compressed."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=zip64) as handle:
            chunk = b"\0" * MB
            for _ in range(megabytes):
                handle.write(chunk)


def _lie_about_sizes(path: Path, member: str, size: int) -> None:
    """Rewrite the declared unpacked size of `member` in its local header and the central directory."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(name)] == name:
                struct.pack_into("<I", data, start + offset, size)
            start += 4
    path.write_bytes(bytes(data))


def _refused_quickly(path: Path, match: str) -> None:
    start = time.perf_counter()
    with pytest.raises(ImportRefused, match=match):
        read_sheet(path)
    assert time.perf_counter() - start < 1.0


@pytest.fixture(scope="module")
def big_bomb(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bomb") / "bomb.xlsx"
    _zip_bomb(path, 600)
    return path


def test_zip_bomb_is_refused_quickly(big_bomb):
    assert big_bomb.stat().st_size < 2 * MB
    _refused_quickly(big_bomb, "bomb.xlsx would unpack to 600 MB")


def test_small_zip_bomb_is_refused_by_its_compression_ratio(tmp_path):
    path = tmp_path / "ratio.xlsx"
    _zip_bomb(path, 50)
    _refused_quickly(path, "compressed suspiciously well")


def test_zip_bomb_that_lies_about_its_size_is_refused_quickly(tmp_path):
    path = tmp_path / "liar.xlsx"
    _zip_bomb(path, 300, zip64=False)
    _lie_about_sizes(path, "xl/worksheets/sheet1.xml", 2000)
    assert zipfile.ZipFile(path).getinfo("xl/worksheets/sheet1.xml").file_size == 2000
    _refused_quickly(path, "compressed suspiciously well")


def test_zip_bomb_named_xls_or_csv_is_still_checked(tmp_path, big_bomb):
    for name in ("bomb.xls", "bomb.csv"):
        path = tmp_path / name
        shutil.copy(big_bomb, path)
        _refused_quickly(path, "would unpack")


def _xlsx_with_sheet_xml(path: Path, xml: str | bytes) -> None:
    shutil.copy(FIXTURES / "products-sample.xlsx", path)
    with zipfile.ZipFile(FIXTURES / "products-sample.xlsx") as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = xml.encode() if isinstance(xml, str) else xml
            target.writestr(item, data)


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">'
                  + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
                  + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                    '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')


def test_billion_laughs_is_refused_quickly(tmp_path):
    path = tmp_path / "laughs.xlsx"
    _xlsx_with_sheet_xml(path, BILLION_LAUGHS)
    assert path.stat().st_size < 20_000
    _refused_quickly(path, "possible XML bomb")


def test_external_entity_is_refused(tmp_path):
    path = tmp_path / "xxe.xlsx"
    _xlsx_with_sheet_xml(path, '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                               '<worksheet><sheetData/></worksheet>')
    _refused_quickly(path, "possible XML bomb")


def test_entity_declaration_in_utf16_is_refused(tmp_path):
    path = tmp_path / "utf16.xlsx"
    _xlsx_with_sheet_xml(path, BILLION_LAUGHS.replace('"1.0"?>', '"1.0" encoding="UTF-16"?>').encode("utf-16"))
    _refused_quickly(path, "possible XML bomb")


def test_declaration_hidden_behind_a_long_comment_is_refused(tmp_path):
    path = tmp_path / "late.xlsx"
    _xlsx_with_sheet_xml(path, '<?xml version="1.0"?><!--' + "x" * 100_000 + "-->" + BILLION_LAUGHS[21:])
    _refused_quickly(path, "possible XML bomb")


def test_bomb_inside_an_ods_is_refused(tmp_path):
    path = tmp_path / "laughs.ods"
    with zipfile.ZipFile(FIXTURES / "products-sample.ods") as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "content.xml":
                data = data.replace(b"?>", b"?>" + BILLION_LAUGHS[21:BILLION_LAUGHS.index("]>") + 2].encode(), 1)
            target.writestr(item, data)
    _refused_quickly(path, "possible XML bomb")


@pytest.mark.parametrize("name", ["products-sample.xlsx", "products-sample.ods", "export-with-formulas.xlsx"])
def test_real_files_pass(name):
    check_zip_archive(FIXTURES / name)


def test_openpyxl_parses_xml_with_defusedxml():
    """Wherever openpyxl still reads XML (tests, tools), entity tricks are defused."""
    import openpyxl

    assert openpyxl.DEFUSEDXML is True
