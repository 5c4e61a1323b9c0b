"""Reading a sheet from xlsx, xls, ods (python-calamine: ~10× faster than openpyxl) and
CSV in UTF-8 or GBK/GB18030, the way shop staff actually send them."""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shopmanager.core.i18n import tr
from shopmanager.core.progress import Progress
from shopmanager.excel.safety import ImportRefused, check_zip_archive

ZIP_FORMATS = {".xlsx", ".xlsm", ".ods"}
CALAMINE_FORMATS = ZIP_FORMATS | {".xls", ".xlsb"}
TEXT_FORMATS = {".csv", ".txt", ".tsv"}
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WRAPPED = re.compile(r'^="(.*)"$', re.DOTALL)


@dataclass
class Sheet:
    headers: list[str]
    rows: list[list[Any]]  # raw values, one list per data row
    row_numbers: list[int]  # the spreadsheet row number of each data row (1-based)
    sheet_name: str = ""
    source_format: str = ""
    header_row: int = 1
    extra: dict[str, Any] = field(default_factory=dict)


def read_sheet(path: Path, *, sheet: str | int | None = None, progress: Progress | None = None) -> Sheet:
    """The header row and data rows of one sheet (the first, unless `sheet` names another)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise ImportRefused(tr("Excel", "The file {file} does not exist.").format(file=path))
    if progress:
        progress.update(0, 3, tr("Excel", "Reading {file}…").format(file=path.name))
    if suffix in TEXT_FORMATS:
        name, grid = path.stem, _read_csv(path)
    elif suffix in CALAMINE_FORMATS:
        if suffix in ZIP_FORMATS:
            check_zip_archive(path)
        elif suffix == ".xls" and path.read_bytes()[:8] != OLE_MAGIC:
            raise ImportRefused(tr("Excel", "{file} is not a real .xls file (damaged, or another kind of file).")
                                .format(file=path.name))
        name, grid = _read_calamine(path, sheet)
    else:
        raise ImportRefused(tr("Excel", "{file}: files ending in '{suffix}' cannot be imported. Use xlsx, xls, ods or "
                                        "csv.").format(file=path.name, suffix=suffix or "?"))
    if progress:
        progress.update(2, 3)
    return _to_sheet(grid, name, suffix.lstrip("."), path)


def _read_calamine(path: Path, sheet: str | int | None) -> tuple[str, list[list[Any]]]:
    from python_calamine import CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = workbook.sheet_names
        if isinstance(sheet, str):
            if sheet not in names:
                raise ImportRefused(tr("Excel", "{file} has no sheet named '{sheet}'.").format(file=path.name,
                                                                                            sheet=sheet))
            index = names.index(sheet)
        else:
            index = sheet or 0
        grid = workbook.get_sheet_by_index(index).to_python(skip_empty_area=False)
    except ImportRefused:
        raise
    except Exception as error:  # noqa: BLE001 - the parser's errors are the user's damaged file
        raise ImportRefused(tr("Excel", "{file} cannot be read: {reason}").format(file=path.name, reason=error)) from None
    return names[index], grid


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) when it is valid, else GB18030 (a superset of GBK)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("gb18030")
        except UnicodeDecodeError:
            raise ImportRefused(tr("Excel", "The text file is neither UTF-8 nor GBK: save it again as CSV (UTF-8).")) from None


def _read_csv(path: Path) -> list[list[Any]]:
    data = path.read_bytes()
    if data[:4] == b"PK\x03\x04" or data[:8] == OLE_MAGIC:
        raise ImportRefused(tr("Excel", "{file} is a spreadsheet saved with a .csv ending: rename it to .xlsx/.xls or "
                                        "save it as CSV.").format(file=path.name))
    text = decode_text(data)
    first = text.split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    rows = []
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        rows.append([_unwrap(cell) for cell in row])
    return rows


def _unwrap(cell: str) -> str:
    """Platform exports write numbers as ="123456" so Excel keeps them as text."""
    match = _WRAPPED.match(cell.strip())
    return match.group(1) if match else cell


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _to_sheet(grid: list[list[Any]], name: str, source: str, path: Path) -> Sheet:
    header_index = next((i for i, row in enumerate(grid) if sum(not _blank(v) for v in row) >= 2), None)
    if header_index is None:
        raise ImportRefused(tr("Excel", "{file} has no header row (a row with at least two column names).").format(
            file=path.name))
    raw_headers = grid[header_index]
    width = max((i + 1 for i, v in enumerate(raw_headers) if not _blank(v)), default=0)
    headers = [_header(v) for v in raw_headers[:width]]
    rows, numbers = [], []
    for offset, row in enumerate(grid[header_index + 1:], start=header_index + 2):
        values = list(row[:width]) + [None] * (width - len(row))
        if all(_blank(v) for v in values):
            continue
        rows.append(values)
        numbers.append(offset)
    return Sheet(headers, rows, numbers, name, source, header_index + 1)


def _header(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())
