"""Reading one sheet from xlsx/xlsm/xlsb, xls, ods (python-calamine: ~10× faster than
openpyxl) and CSV/TXT, the way shop staff and platforms actually send them.

What the file *is* is decided by its first bytes, not its name: platforms and colleagues
send xlsx files named .xls, tab-separated text named .xls, and spreadsheets named .csv.
Those are read as what they are; a file that is none of them (a text file named .xlsx,
a web page named .xls, a damaged download) gets a message naming the file.
"""
from __future__ import annotations

import codecs
import csv
import math
import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shopmanager.core.i18n import tr
from shopmanager.core.progress import Progress
from shopmanager.excel.mapping import is_error_column
from shopmanager.excel.safety import ImportRefused, check_zip_archive

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SNIFF_LINES = 20


@dataclass
class Sheet:
    """The header and data rows of one sheet, as the user's file has them.

    `rows` hold raw cell values (str, int, float, bool, date, datetime, time, timedelta,
    or ''/None for empty cells), one list per data row, as wide as `headers`.
    `row_numbers[i]` is the spreadsheet row number of `rows[i]` (1-based, as Excel
    shows it), so every message can point at the row the user sees.
    """

    headers: list[str]
    rows: list[list[Any]]
    row_numbers: list[int]
    sheet_name: str = ""
    source_format: str = ""  # xlsx | xls | ods | xlsb | csv
    header_row: int = 1
    extra: dict[str, Any] = field(default_factory=dict)


def read_sheet(path: Path | str, *, sheet: str | int | None = None, progress: Progress | None = None) -> Sheet:
    """The header row and data rows of one sheet (the first visible one unless `sheet` names
    or numbers another). Raises ImportRefused with a message for the user."""
    path = Path(path)
    suffix = path.suffix.lower()
    if path.is_dir():
        raise ImportRefused(tr("Excel", "{file} is a folder, not a file: choose the file in it.").format(file=path))
    if not path.is_file():
        raise ImportRefused(tr("Excel", "The file {file} does not exist.").format(file=path))
    if suffix not in SPREADSHEET_SUFFIXES | TEXT_SUFFIXES:
        raise ImportRefused(tr("Excel", "{file}: files ending in '{suffix}' cannot be imported. Use xlsx, xls, ods or "
                                        "csv.").format(file=path.name, suffix=suffix or "?"))
    try:
        with open(path, "rb") as handle:
            magic = handle.read(8)
    except OSError as error:
        raise ImportRefused(tr("Excel", "{file} cannot be opened: {reason}").format(
            file=path.name, reason=error.strerror or error)) from None
    if not magic:
        raise ImportRefused(tr("Excel", "{file} is empty.").format(file=path.name))
    if progress is not None:
        progress.update(0, 3, tr("Excel", "Reading {file}…").format(file=path.name))
    merged: list = []
    if magic.startswith(ZIP_MAGIC):
        check_zip_archive(path)
        name, grid, source, merged = _read_calamine(path, sheet, "zip")
    elif magic == OLE_MAGIC:
        name, grid, source, merged = _read_calamine(path, sheet, "ole")
    elif suffix in TEXT_SUFFIXES or suffix == ".xls":  # .xls: platforms export tab-separated text so named
        name, grid, source = path.stem, _read_text(path), "csv"
    else:
        raise ImportRefused(tr("Excel", "{file} is not a valid Excel/ODS file (damaged, or another kind of file "
                                        "with the wrong ending).").format(file=path.name))
    if progress is not None:
        progress.update(2, 3)
    result = _to_sheet(grid, name, source, path, merged)
    if progress is not None:
        progress.update(3, 3)
    return result


# -- spreadsheets ---------------------------------------------------------------------------------

def _read_calamine(path: Path, sheet: str | int | None, container: str) -> tuple[str, list[list[Any]], str, list]:
    """(sheet name, cells, format, merged ranges ((first row, first column), (last row, last column)), 0-based)."""
    from python_calamine import CalamineWorkbook

    suffix = path.suffix.lower()
    # calamine picks its parser by the file's ending; when the ending lies, let it look at the bytes.
    by_name = (container == "zip" and suffix in {".xlsx", ".xlsm", ".xlsb", ".ods"}) or \
              (container == "ole" and suffix == ".xls")
    try:
        if by_name:
            workbook = CalamineWorkbook.from_path(str(path))
        else:
            with open(path, "rb") as handle:
                workbook = CalamineWorkbook.from_filelike(handle)
    except Exception as error:  # noqa: BLE001 - any parser failure is the user's damaged file
        raise _unreadable(path, container, error) from None
    try:
        names = workbook.sheet_names
        index = _sheet_index(path, workbook, names, sheet)
        found = workbook.get_sheet_by_index(index)
        grid = found.to_python(skip_empty_area=False)
        merged = _merged_ranges(found)
    except ImportRefused:
        raise
    except Exception as error:  # noqa: BLE001
        raise _unreadable(path, container, error) from None
    source = {"zip": suffix.lstrip(".") if by_name else "xlsx", "ole": "xls"}[container]
    if container == "zip" and not by_name and names and _is_ods(path):
        source = "ods"
    return names[index], grid, source, merged


def _merged_ranges(sheet: Any) -> list:
    """The sheet's merged cells, relative to the grid (to_python starts at the sheet's first used cell)."""
    try:
        ranges = sheet.merged_cell_ranges or []
        top, left = sheet.start or (0, 0)
    except Exception:  # noqa: BLE001 - merged cells only refine the header; without them it is the plain row
        return []
    return [((r0 - top, c0 - left), (r1 - top, c1 - left)) for (r0, c0), (r1, c1) in ranges]


def _unreadable(path: Path, container: str, error: Exception) -> ImportRefused:
    if container == "ole" and "EncryptedPackage".encode("utf-16-le") in path.read_bytes():
        return ImportRefused(tr("Excel", "{file} is protected by a password: open it in Excel or WPS, remove the "
                                         "password and save it again.").format(file=path.name))
    return ImportRefused(tr("Excel", "{file} cannot be read (damaged, or not a spreadsheet): {reason}").format(
        file=path.name, reason=str(error).splitlines()[0][:200] if str(error) else type(error).__name__))


def _is_ods(path: Path) -> bool:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return "content.xml" in archive.namelist()


def _sheet_index(path: Path, workbook: Any, names: list[str], sheet: str | int | None) -> int:
    if not names:
        raise ImportRefused(tr("Excel", "{file} has no sheets.").format(file=path.name))
    if sheet is None:  # the first visible worksheet: exports sometimes start with a hidden one
        try:
            from python_calamine import SheetTypeEnum, SheetVisibleEnum

            for index, meta in enumerate(workbook.sheets_metadata):
                if meta.visible == SheetVisibleEnum.Visible and meta.typ == SheetTypeEnum.WorkSheet:
                    return index
        except Exception:  # noqa: BLE001 - metadata is a nicety; the first sheet is a fine answer
            pass
        return 0
    if isinstance(sheet, int) and not isinstance(sheet, bool):
        if 0 <= sheet < len(names):
            return sheet
    else:
        wanted = str(sheet).strip().casefold()
        for index, name in enumerate(names):
            if name.strip().casefold() == wanted:
                return index
    raise ImportRefused(tr("Excel", "{file} has no sheet '{sheet}'. Its sheets are: {names}.").format(
        file=path.name, sheet=sheet, names=", ".join(names)))


# -- text files -----------------------------------------------------------------------------------

def decode_text(data: bytes, name: str = "") -> str:
    """UTF-8 (with or without BOM) when it is valid, UTF-16 (Excel's "Unicode text", with a
    BOM or without), else GB18030 (a superset of GBK, what Chinese Excel saves CSV in) —
    or Big5, the traditional-Chinese encoding of Hong Kong and Taiwan, when the text reads
    as Big5 and not as GB. Anything else is refused with a message, never decoded into
    garbage: a Big5 file read as GB18030 gives plausible-looking nonsense."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\0" in data:
        return _with_nul(data, name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    return _chinese(data, name)


def _with_nul(data: bytes, name: str) -> str:
    """UTF-16 without a BOM has a zero byte in every ASCII character; anything else with a
    zero byte is damaged (or not text at all)."""
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if len(sample) >= 4 and max(even, odd) >= len(sample) // 4 and min(even, odd) <= len(sample) // 50:
        try:
            return data.decode("utf-16-le" if odd > even else "utf-16-be")
        except UnicodeDecodeError:
            pass
    position = data.index(b"\0")
    raise ImportRefused(tr("Excel", "{file}: line {line} contains a NUL character (a zero byte): the file is damaged, "
                                    "or it is not a text file. Open it in Excel or WPS and save it again as CSV, then "
                                    "import that file.").format(file=name or "?",
                                                               line=data.count(b"\n", 0, position) + 1))


_SCORE_SAMPLE = 256 * 1024


def _chinese(data: bytes, name: str) -> str:
    gb = _decoded(data, ("gb18030",))
    big5 = _decoded(data, ("cp950", "big5hkscs"))
    gb_score, count = _share(gb, "gb")
    big5_score, _ = _share(big5, "big5")
    if big5 is not None and big5_score >= 0.9 and big5_score - gb_score >= 0.2:
        return big5
    if gb is not None and (gb_score >= 0.7 or count < 10):
        return gb
    raise ImportRefused(tr("Excel", "{file} is not in an encoding this program can read with certainty (UTF-8, "
                                    "GBK/GB18030 or Big5); read as GBK it would be garbage. Open it in Excel or WPS "
                                    "and save it as \"CSV UTF-8\", then import that file.").format(file=name or "?"))


def _decoded(data: bytes, encodings: tuple[str, ...]) -> str | None:
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _share(text: str | None, kind: str) -> tuple[float, int]:
    """(share of the non-ASCII characters that are common in that script, how many there are)."""
    if text is None:
        return 0.0, 0
    common = _common_characters(kind)
    others = [ch for ch in text[:_SCORE_SAMPLE] if ch > "\x7f"]
    if not others:
        return 1.0, 0
    return sum(ch in common for ch in others) / len(others), len(others)


_COMMON: dict[str, frozenset[str]] = {}


def _common_characters(kind: str) -> frozenset[str]:
    """The characters ordinary Chinese text is made of: for GB text, GB2312's punctuation rows
    and its level-1 (most frequent) characters, plus Big5's frequent characters (GBK files
    may hold traditional Chinese too); for Big5 text, Big5's symbols and frequent characters.
    Text decoded with the wrong one falls into kana, rare characters and symbols instead."""
    if kind not in _COMMON:
        big5 = _table("cp950", range(0xA1, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])
        gb = _table("gb2312", [*range(0xA1, 0xA4), *range(0xB0, 0xD8)], range(0xA1, 0xFF))
        _COMMON["big5"], _COMMON["gb"] = big5, gb | big5
    return _COMMON[kind]


def _table(encoding: str, leads, trails) -> frozenset[str]:
    found = set()
    for lead in leads:
        for trail in trails:
            try:
                found.add(bytes((lead, trail)).decode(encoding))
            except UnicodeDecodeError:
                pass
    return frozenset(found)


def _read_text(path: Path) -> list[list[Any]]:
    data = path.read_bytes()
    try:
        text = decode_text(data, path.name)
    except ImportRefused:
        if path.suffix.lower() in TEXT_SUFFIXES:
            raise
        raise ImportRefused(tr("Excel", "{file} is not a valid Excel/ODS file (damaged, or another kind of file "
                                        "with the wrong ending).").format(file=path.name)) from None
    start = text.lstrip()[:200].lower()
    if start.startswith(("<!doctype html", "<html", "<table", "<?xml", "<meta")):
        raise ImportRefused(tr("Excel", "{file} is a web page saved with a spreadsheet ending: open it in Excel or "
                                        "WPS and save it as .xlsx, then import that file.").format(file=path.name))
    delimiter = _sniff_delimiter(text)
    try:
        return [[_unwrap(cell) for cell in row]
                for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error as error:
        raise ImportRefused(tr("Excel", "{file} cannot be read as CSV: {reason}").format(
            file=path.name, reason=error)) from None


def _sniff_delimiter(text: str) -> str:
    """Comma or tab: the one that splits the first lines into the most columns, consistently.
    (The first line alone is not enough: exports put a title line above the header.)"""
    sample = "\n".join(text.splitlines()[:_SNIFF_LINES])
    best, best_score = ",", (0, 0)
    for delimiter in (",", "\t"):
        try:
            widths = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter) if any(row)]
        except csv.Error:
            continue
        if not widths:
            continue
        common, times = Counter(widths).most_common(1)[0]
        score = (common, times) if common > 1 else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _unwrap(cell: str) -> str:
    """Platform exports write numbers as ="123456" so Excel keeps them as text."""
    if cell.startswith('="') and cell.endswith('"') and len(cell) >= 3:
        return cell[2:-1].replace('""', '"')
    if cell[:1] in (" ", "\t") and cell.strip().startswith('="'):
        return _unwrap(cell.strip())
    return cell


# -- the grid as a Sheet --------------------------------------------------------------------------

def _blank(value: Any) -> bool:
    return value is None or value == "" or (type(value) is str and not value.strip())


_HEADER_SCAN = 30  # the header is among the first rows


def _header_index(grid: list[list[Any]]) -> int | None:
    """The header row: the first with at least two non-empty cells and at least 60 % as many as the
    widest of the first rows — so a title line above it ('订单导出', '导出时间：2026-11-05' in two
    cells) is passed over."""
    counts = [sum(not _blank(v) for v in row) for row in grid[:_HEADER_SCAN]]
    need = max(2, math.ceil(max(counts, default=0) * 0.6))
    found = next((i for i, n in enumerate(counts) if n >= need), None)
    if found is None:
        found = next((i for i, row in enumerate(grid) if sum(not _blank(v) for v in row) >= 2), None)
    return found


def _two_level(grid: list[list[Any]], index: int, merged: list) -> list[Any] | None:
    """The headers of a header in two rows (DingTalk's 每日统计: '上班1' merged over '打卡时间 | 打卡结果',
    '姓名' merged down over both rows): each column named by its group and its sub-header
    ('上班1 打卡时间'); None when the header row has no merged cell reaching across or down."""
    if index + 1 >= len(grid):
        return None
    across = [(c0, c1) for (r0, c0), (r1, c1) in merged if r0 == r1 == index and c1 > c0]
    down = [c0 for (r0, c0), (r1, _c1) in merged if r0 == index and r1 == index + 1]
    if not across and not down:
        return None
    groups = list(grid[index])
    for c0, c1 in across:
        for column in range(c0 + 1, min(c1 + 1, len(groups))):
            groups[column] = groups[c0]
    below = grid[index + 1]
    headers = []
    for column, group in enumerate(groups):
        sub = below[column] if column < len(below) else None
        if _blank(sub):
            headers.append(group)
        else:
            headers.append(sub if _blank(group) else f"{_header(group)} {_header(sub)}")
    return headers


def _to_sheet(grid: list[list[Any]], name: str, source: str, path: Path, merged: list | None = None) -> Sheet:
    """Header = the first row with enough non-empty cells (a title line may be above); in two rows
    when it has merged group cells."""
    header_index = _header_index(grid)
    if header_index is None:
        raise ImportRefused(tr("Excel", "{file} has no header row (a row with at least two column names).").format(
            file=path.name))
    two_level = _two_level(grid, header_index, merged or [])
    raw_headers = two_level if two_level is not None else grid[header_index]
    if two_level is not None:
        header_index += 1
    width = max((i + 1 for i, v in enumerate(raw_headers) if not _blank(v)), default=0)
    headers = [_header(v) for v in raw_headers[:width]]
    # The error column of our own error file is dropped: the user re-imports that file whole.
    dropped = [i for i, h in enumerate(headers) if is_error_column(h)]
    keep = [i for i in range(width) if i not in dropped] if dropped else None
    if keep is not None:
        headers = [headers[i] for i in keep]
    rows: list[list[Any]] = []
    numbers: list[int] = []
    blank = _blank
    for number, row in enumerate(grid[header_index + 1:], start=header_index + 2):
        if len(row) != width:
            row = list(row[:width]) + [None] * (width - len(row))
        if keep is not None:
            row = [row[i] for i in keep]
        first = row[0] if row else None
        if blank(first) and all(blank(v) for v in row):
            continue
        rows.append(row)
        numbers.append(number)
    return Sheet(headers, rows, numbers, name, source, header_index + 1)


def _header(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, (dt.date, dt.time)):
        value = value.isoformat()
    return " ".join(str(value).split())
