"""A small streaming xlsx writer: the one way this package writes spreadsheet files.

Why not openpyxl or XlsxWriter? openpyxl's write_only mode needs a WriteOnlyCell per
styled cell, which made a styled export ~2× slower than an unstyled one. XlsxWriter is
fast, but it writes any string shaped like ``<r>…</r>`` as raw XML (its marker for rich
text), so a product name from a supplier's file could inject a live formula into an
export or an error file; and it writes a carriage return as ``_x000D_``, which openpyxl
does not decode. Writing the XML ourselves costs ~300 lines and gives three guarantees
the rest of the package relies on:

- a Python ``str`` is always an inline *text* cell; this writer has no way to write a
  formula at all;
- every character round-trips: ``&#13;`` for CR, ``_x005F_`` before literal ``_xHHHH_``
  text, and characters XML 1.0 cannot carry written as Excel's ``_xHHHH_`` escape;
- rows are streamed into the zip member: memory stays flat for a million rows.

What Excel keeps, and what this writer does with everything else (one rule per case,
on every path):

- numbers: Excel holds 15 significant digits. An exact number (int, Decimal, money in
  cents) whose whole-number part has more would come back rounded (a 19-digit order
  number as 1.2345678901234568e+18): it is written as *text*, digit for digit. A value
  beyond a double's range (Decimal('1E+400'), 10**400, inf, nan) has no Excel value at
  all: UnwritableNumber names its cell, and the caller refuses the file;
- text: at most 32,767 characters (UTF-16 units, as Excel counts) in a cell; a longer
  text is cut there (never inside a surrogate pair) and the cell is recorded in the
  sheet's `cut` list, so the caller can tell the user which rows and columns;
- time: an aware datetime is written as the shop's wall-clock time (core.timeutil.
  shop_time), never the PC's zone; dates before March 1900 are written as ISO text;
- sheet names: sheet_name() makes any title one Excel accepts;
- the zip: no member is written with a zip64 local header (Excel answers a local header
  that says zip64 while the central directory does not with a repair prompt); a sheet
  over 4 GiB is refused (SheetTooLarge) instead.

Only what the package needs is here: several sheets written one after another, cell
formats (number format, bold, font colour, fill, border, alignment), column widths and
formats, a frozen header, an autofilter and list validations.
"""
from __future__ import annotations

import datetime as dt
import math
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from shopmanager.core.timeutil import shop_time

MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
MAX_TEXT = 32_767  # characters (UTF-16 units) Excel keeps in one cell
MAX_DIGITS = 15  # significant digits of an Excel number
MAX_SHEET_NAME = 31  # UTF-16 units
MAX_MEMBER_BYTES = zipfile.ZIP64_LIMIT  # a sheet part larger than this would need zip64
EXCEL_EPOCH = dt.datetime(1899, 12, 30)
_FIRST_SERIAL_DAY = dt.date(1900, 3, 1)  # before it Excel's 1900 leap-year bug shifts serials
_EPOCH_ORDINAL = EXCEL_EPOCH.toordinal()

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

# Anything that needs more than a plain copy: XML specials, CR and other control
# characters, Excel's own _xHHHH_ escape, and leading/trailing whitespace.
_NEEDS_WORK = re.compile(r"[&<>\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]|_x[0-9A-Fa-f]{4}_|^\s|\s$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_EXCEL_ESCAPE = re.compile(r"(_x[0-9A-Fa-f]{4}_)")


def column_letter(index: int) -> str:
    """0 → 'A', 27 → 'AB'."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class UnwritableNumber(ValueError):
    """A number no Excel cell can hold (beyond a double's range, inf, nan), at `ref`."""

    def __init__(self, ref: str, value: Any):
        super().__init__(f"{ref}: {value!r} has no Excel value")
        self.ref, self.value = ref, value


class SheetTooLarge(OverflowError):
    """A sheet's XML would pass 4 GiB, the most a zip member holds without zip64."""


_CELL_REF = re.compile(r"([A-Z]+)(\d+)")


def split_ref(ref: str) -> tuple[int, int]:
    """'B12' → (1, 12): the 0-based column index and the row number."""
    letters, row = _CELL_REF.fullmatch(ref).groups()  # type: ignore[union-attr]
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1, int(row)


def utf16_length(text: str) -> int:
    """How long Excel counts a text: characters beyond the BMP (emoji) count twice."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF) if not text.isascii() else len(text)


def fit_text(text: str, limit: int = MAX_TEXT) -> tuple[str, bool]:
    """(`text` cut to `limit` UTF-16 units without splitting a character, whether it was cut)."""
    if len(text) <= limit // 2 or utf16_length(text) <= limit:
        return text, False
    units = 0
    for index, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > limit:
            return text[:index], True
    return text, False


def escape_text(text: str) -> tuple[str, bool]:
    """(XML for a text cell, whether it needs xml:space="preserve")."""
    if not _NEEDS_WORK.search(text):
        return text, False
    preserve = text[:1].isspace() or text[-1:].isspace()
    text = _EXCEL_ESCAPE.sub(r"_x005F\1", text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    text = _CONTROL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)
    return text, preserve


def escape_attribute(text: str) -> str:
    text = _CONTROL.sub("", text)
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            .replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;"))


def serial(value: dt.date | dt.datetime | dt.time | dt.timedelta) -> float | None:
    """Excel's 1900-system serial number, or None when Excel cannot show the date."""
    if isinstance(value, dt.datetime):
        value = shop_time(value)  # spreadsheets have no time zones: the shop's wall-clock time
        if value.date() < _FIRST_SERIAL_DAY:
            return None
        seconds = value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
        return value.toordinal() - _EPOCH_ORDINAL + seconds / 86400
    if isinstance(value, dt.date):
        return None if value < _FIRST_SERIAL_DAY else value.toordinal() - _EPOCH_ORDINAL
    if isinstance(value, dt.time):
        return (value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6) / 86400
    if isinstance(value, dt.timedelta):
        return value.total_seconds() / 86400
    return None


def number_text(value: float) -> str | None:
    """The shortest text that reads back as the same float; None for inf/nan (no Excel value)."""
    if not math.isfinite(value):
        return None
    return repr(value).removesuffix(".0")


_EXACT_LIMIT = 10 ** MAX_DIGITS


def exact_number(value: int | Decimal) -> tuple[str, bool] | None:
    """How an exact number goes into a cell: (text, True) for a number cell's <v>;
    (digits, False) for a *text* cell when its whole-number part has more than 15
    significant digits (Excel would round them); None when no Excel number can hold it
    (beyond a double's range, a non-zero value that would read as 0, inf, nan)."""
    if type(value) is int and -_EXACT_LIMIT < value < _EXACT_LIMIT:
        return str(value), True
    if isinstance(value, Decimal):
        if not value.is_finite():
            return None
        plain = f"{value:f}"
    else:
        plain = str(value)
    try:
        as_float = float(value)
    except OverflowError:  # an int beyond a double's range
        return None
    if math.isinf(as_float) or (as_float == 0 and value != 0):
        return None
    if len(str(abs(int(value))).rstrip("0")) > MAX_DIGITS:
        return plain, False
    if isinstance(value, Decimal) and "E" in str(value):
        return str(value), True  # 1E+300, not three hundred zeros
    return plain, True


_RESERVED_SHEET_NAMES = {"history"}  # Excel keeps "History" for its change tracking
_SHEET_NAME_FORBIDDEN = str.maketrans({ch: "_" for ch in "[]:*?/\\"})
_NOT_IN_NAMES = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def sheet_name(title: Any, taken: Iterable[str] = (), *, fallback: str = "Sheet1") -> str:
    """A sheet name Excel accepts for `title`: no control characters, []:*?/\\ made '_',
    no apostrophe at either end, at most 31 UTF-16 units, not the reserved "History",
    not empty (`fallback`), and different from the names in `taken` (Excel compares
    them without regard to case)."""
    name = _NOT_IN_NAMES.sub("", str(title)).translate(_SHEET_NAME_FORBIDDEN).strip().strip("'").strip()
    name = fit_text(name, MAX_SHEET_NAME)[0].rstrip() or fallback
    if name.casefold() in _RESERVED_SHEET_NAMES:
        name = f"{name}_1"
    used = {t.casefold() for t in taken}
    base, number = name, 1
    while name.casefold() in used:
        number += 1
        suffix = f" ({number})"
        name = fit_text(base, MAX_SHEET_NAME - len(suffix))[0].rstrip() + suffix
    return name


@dataclass(frozen=True)
class Look:
    """How a cell looks; each distinct look becomes one entry of styles.xml."""

    num_format: str = "General"
    bold: bool = False
    color: str | None = None  # font colour, 'RRGGBB'
    fill: str | None = None  # background, 'RRGGBB'
    border: bool = False
    align: str | None = None  # 'center' | 'left' | 'right'
    wrap: bool = False


_BUILTIN_FORMATS = {"General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49}


class Styles:
    """The workbook's cell formats, deduplicated; `index(look)` is the cell's s= value."""

    def __init__(self) -> None:
        self._formats: dict[str, int] = {}
        self._fonts: list[tuple[bool, str | None]] = [(False, None)]
        self._fills: list[str | None] = [None, "gray125"]
        self._xfs: list[tuple[int, int, int, int, str | None, bool]] = [(0, 0, 0, 0, None, False)]
        self._by_look: dict[Look, int] = {Look(): 0}

    def index(self, look: Look | None) -> int:
        if look is None:
            return 0
        found = self._by_look.get(look)
        if found is not None:
            return found
        fmt = _BUILTIN_FORMATS.get(look.num_format)
        if fmt is None:
            fmt = self._formats.setdefault(look.num_format, 164 + len(self._formats))
        font = (look.bold, look.color)
        if font not in self._fonts:
            self._fonts.append(font)
        if look.fill not in self._fills:
            self._fills.append(look.fill)
        xf = (fmt, self._fonts.index(font), self._fills.index(look.fill), 1 if look.border else 0, look.align,
              look.wrap)
        self._xfs.append(xf)
        self._by_look[look] = len(self._xfs) - 1
        return len(self._xfs) - 1

    def xml(self) -> str:
        parts = [XML_HEAD, f'<styleSheet xmlns="{MAIN_NS}">']
        if self._formats:
            parts.append(f'<numFmts count="{len(self._formats)}">')
            parts += [f'<numFmt numFmtId="{i}" formatCode="{escape_attribute(code)}"/>'
                      for code, i in self._formats.items()]
            parts.append("</numFmts>")
        parts.append(f'<fonts count="{len(self._fonts)}">')
        for bold, color in self._fonts:
            parts.append("<font>" + ("<b/>" if bold else "") + '<sz val="11"/>'
                         + (f'<color rgb="FF{color}"/>' if color else "") + '<name val="Calibri"/><family val="2"/></font>')
        parts.append(f'</fonts><fills count="{len(self._fills)}">')
        for fill in self._fills:
            if fill is None:
                parts.append('<fill><patternFill patternType="none"/></fill>')
            elif fill == "gray125":
                parts.append('<fill><patternFill patternType="gray125"/></fill>')
            else:
                parts.append(f'<fill><patternFill patternType="solid"><fgColor rgb="FF{fill}"/>'
                             '<bgColor indexed="64"/></patternFill></fill>')
        thin = "".join(f'<{side} style="thin"><color rgb="FF9BA7B4"/></{side}>' for side in ("left", "right", "top", "bottom"))
        parts.append('</fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
                     f"<border>{thin}<diagonal/></border></borders>"
                     '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
                     f'<cellXfs count="{len(self._xfs)}">')
        for fmt, font, fill, border, align, wrap in self._xfs:
            attrs = f'numFmtId="{fmt}" fontId="{font}" fillId="{fill}" borderId="{border}" xfId="0"'
            attrs += ' applyNumberFormat="1"' if fmt else ""
            attrs += ' applyFont="1"' if font else ""
            attrs += ' applyFill="1"' if fill else ""
            attrs += ' applyBorder="1"' if border else ""
            if align or wrap:
                alignment = (f' horizontal="{align}"' if align else "") + ' vertical="center"' \
                            + (' wrapText="1"' if wrap else "")
                parts.append(f'<xf {attrs} applyAlignment="1"><alignment{alignment}/></xf>')
            else:
                parts.append(f"<xf {attrs}/>")
        parts.append('</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
                     '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium9" '
                     'defaultPivotStyle="PivotStyleLight16"/></styleSheet>')
        return "".join(parts)


@dataclass
class ListValidation:
    """A drop-down of allowed values on a column (data rows only)."""

    column: int
    values: list[str]
    prompt_title: str = ""
    prompt: str = ""


@dataclass
class _SheetInfo:
    name: str
    filter_ref: str | None = None


class SheetWriter:
    """Rows of one sheet, streamed in order into its zip member.

    `header_row` (1-based) is the row the caller writes its column headers on: the view
    is frozen below it and the autofilter starts there. `headers` holds what was written
    on it, `cut` the cells whose text was cut to Excel's limit (see fit_text)."""

    FLUSH_EVERY = 500

    def __init__(self, book: XlsxBook, info: _SheetInfo, handle: IO[bytes], *, widths: Sequence[float | None],
                 column_looks: Sequence[Look | None], freeze_header: bool, selected: bool, header_row: int = 1):
        self._book = book
        self._info = info
        self._handle = handle
        self._buffer: list[str] = []
        self._bytes = 0
        self.name = info.name
        self.header_row = header_row
        self.headers: list[Any] = []
        self.cut: list[str] = []
        self.rows_written = 0
        self.width = len(widths)
        self.letters = [column_letter(i) for i in range(max(self.width, 1))]
        cols = []
        for index, (width, look) in enumerate(zip(widths, column_looks)):
            style = book.styles.index(look)
            if width is None and not style:
                continue
            attrs = f'min="{index + 1}" max="{index + 1}"'
            attrs += f' width="{width:.2f}" customWidth="1"' if width is not None else ' width="9.14"'
            attrs += f' style="{style}"' if style else ""
            cols.append(f"<col {attrs}/>")
        view = ' tabSelected="1"' if selected else ""
        first = header_row + 1
        pane = (f'<pane ySplit="{header_row}" topLeftCell="A{first}" activePane="bottomLeft" state="frozen"/>'
                f'<selection pane="bottomLeft" activeCell="A{first}" sqref="A{first}"/>') if freeze_header else ""
        head = (f'{XML_HEAD}<worksheet xmlns="{MAIN_NS}" xmlns:r="{REL_NS}">'
                f'<sheetViews><sheetView workbookViewId="0"{view}>{pane}</sheetView></sheetViews>'
                '<sheetFormatPr defaultRowHeight="15"/>' + (f"<cols>{''.join(cols)}</cols>" if cols else "")
                + "<sheetData>")
        self._write(head)

    def _write(self, text: str) -> None:
        data = text.encode("utf-8")
        self._bytes += len(data)
        if self._bytes > MAX_MEMBER_BYTES:
            raise SheetTooLarge("the sheet would pass 4 GiB")
        self._handle.write(data)

    def append(self, values: Sequence[Any], looks: Sequence[Look | None] | None = None, *,
               row_look: Look | None = None, height: float | None = None, number: int | None = None) -> None:
        """One row of any values; `looks` per cell (None: the row's or the column's look).
        `number` (1-based) skips to a later row, leaving the rows between empty."""
        if number is None:
            number = self.rows_written + 1
        elif number <= self.rows_written:
            raise ValueError("rows must be written in order")
        if number > MAX_ROWS:
            raise OverflowError("more rows than a sheet can hold")
        if number == self.header_row:
            self.headers = list(values)
        styles = self._book.styles
        row_style = styles.index(row_look) if row_look is not None else 0
        cells = []
        for index, value in enumerate(values):
            look = looks[index] if looks is not None and index < len(looks) else None
            style = styles.index(look) if look is not None else row_style
            xml = cell_xml(f"{self.letters[index] if index < len(self.letters) else column_letter(index)}{number}",
                           value, style, self.cut)
            if xml:
                cells.append(xml)
            elif style:  # an empty cell that still shows its fill
                cells.append(f'<c r="{column_letter(index)}{number}" s="{style}"/>')
        if row_look is not None:
            for index in range(len(values), self.width):
                cells.append(f'<c r="{self.letters[index]}{number}" s="{row_style}"/>')
        attrs = f' ht="{height}" customHeight="1"' if height else ""
        self._buffer.append(f'<row r="{number}"{attrs}>{"".join(cells)}</row>')
        self.rows_written = number
        if len(self._buffer) >= self.FLUSH_EVERY:
            self.flush()

    def append_raw(self, row_xml: str) -> None:
        """A row already rendered by a caller's fast loop (see writer.export_xlsx)."""
        self._buffer.append(row_xml)
        self.rows_written += 1
        if len(self._buffer) >= self.FLUSH_EVERY:
            self.flush()

    def flush(self) -> None:
        if self._buffer:
            self._write("".join(self._buffer))
            self._buffer.clear()

    def close(self, *, autofilter: bool = False, validations: Iterable[ListValidation] = ()) -> None:
        self.flush()
        tail = ["</sheetData>"]
        if autofilter and self.width:
            last = max(self.rows_written, self.header_row + 1)
            self._info.filter_ref = f"A{self.header_row}:{self.letters[self.width - 1]}{last}"
            tail.append(f'<autoFilter ref="{self._info.filter_ref}"/>')
        rules = []
        for rule in validations:
            formula = ",".join(v.replace('"', '""') for v in rule.values)
            if not rule.values or len(formula) > 250 or any("," in v for v in rule.values):
                continue  # Excel's list literal is limited to 255 characters, without commas
            letter = column_letter(rule.column)
            prompt = ""
            if rule.prompt:
                prompt = (f' showInputMessage="1" promptTitle="{escape_attribute(rule.prompt_title[:32])}"'
                          f' prompt="{escape_attribute(rule.prompt[:250])}"')
            rules.append(f'<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1"'
                         f'{prompt} sqref="{letter}{self.header_row + 1}:{letter}{MAX_ROWS}"><formula1>"{escape_text(formula)[0]}"'
                         "</formula1></dataValidation>")
        if rules:
            tail.append(f'<dataValidations count="{len(rules)}">{"".join(rules)}</dataValidations>')
        tail.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
                    "</worksheet>")
        self._write("".join(tail))
        self._handle.close()
        self._book._current = None


def cell_xml(ref: str, value: Any, style: int, cuts: list[str] | None = None) -> str:
    """One <c> element for any Python value; '' for an empty cell. Text is never a formula.

    A text longer than Excel keeps is cut (its ref appended to `cuts`); an exact number
    Excel would round is written as text; a number Excel cannot hold raises UnwritableNumber."""
    s = f' s="{style}"' if style else ""
    kind = type(value)
    if value is None:
        return ""
    if kind is str:
        if not value:
            return ""
        value, cut = fit_text(value)
        if cut and cuts is not None:
            cuts.append(ref)
        text, preserve = escape_text(value)
        space = ' xml:space="preserve"' if preserve else ""
        return f'<c r="{ref}"{s} t="inlineStr"><is><t{space}>{text}</t></is></c>'
    if kind is bool:
        return f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>'
    if kind is int or isinstance(value, Decimal):
        exact = exact_number(value)
        if exact is None:
            raise UnwritableNumber(ref, value)
        text, is_number = exact
        return f'<c r="{ref}"{s}><v>{text}</v></c>' if is_number else cell_xml(ref, text, style)
    if kind is float:
        text = number_text(value)
        if text is None:
            raise UnwritableNumber(ref, value)
        return f'<c r="{ref}"{s}><v>{text}</v></c>'
    if isinstance(value, (dt.date, dt.time, dt.timedelta)):
        number = serial(value)
        if number is None:  # a date before March 1900: Excel cannot show it as a date
            if isinstance(value, dt.datetime):
                return cell_xml(ref, shop_time(value).isoformat(sep=" "), style)
            return cell_xml(ref, value.isoformat(), style)
        return f'<c r="{ref}"{s}><v>{number_text(float(number))}</v></c>'
    if isinstance(value, (int, float)):  # numpy and other number types
        return cell_xml(ref, float(value) if isinstance(value, float) else int(value), style, cuts)
    return cell_xml(ref, str(value), style, cuts)


class XlsxBook:
    """An xlsx package written to `path` (the caller's temporary file): sheets, then close()."""

    def __init__(self, path: Path, *, sheets: int = 1, compresslevel: int = 6):
        # The package's directory parts go first, as Excel writes them: tools that recognise
        # xlsx files by their first bytes (libmagic, upload checks) look for them there.
        # Level 6 is zlib's default: files as small as Excel's; level 1 would be ~20% faster, ~25% larger.
        self._zip = zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=compresslevel)
        self.styles = Styles()
        self._planned = sheets
        self._sheets: list[_SheetInfo] = []
        self.writers: list[SheetWriter] = []
        self._current: SheetWriter | None = None
        self._zip.writestr("[Content_Types].xml", _content_types(sheets))
        self._zip.writestr("_rels/.rels", f'{XML_HEAD}<Relationships xmlns="{PKG_REL_NS}">'
                                          f'<Relationship Id="rId1" Type="{REL_NS}/officeDocument" '
                                          'Target="xl/workbook.xml"/><Relationship Id="rId2" '
                                          f'Type="{REL_NS}/extended-properties" Target="docProps/app.xml"/>'
                                          "</Relationships>")

    def sheet(self, name: str, *, widths: Sequence[float | None] = (), column_looks: Sequence[Look | None] = (),
              freeze_header: bool = True, header_row: int = 1) -> SheetWriter:
        """The next sheet, named `name` made acceptable to Excel (see sheet_name)."""
        if self._current is not None:
            raise RuntimeError("close the previous sheet first")
        if len(self._sheets) >= self._planned:
            raise RuntimeError(f"the book was opened for {self._planned} sheet(s)")
        number = len(self._sheets) + 1
        info = _SheetInfo(sheet_name(name, [s.name for s in self._sheets], fallback=f"Sheet{number}"))
        self._sheets.append(info)
        # No zip64 header: the size is checked as rows are written (SheetTooLarge).
        handle = self._zip.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=False)
        looks = list(column_looks) + [None] * (len(widths) - len(column_looks))
        widths = list(widths) + [None] * (len(looks) - len(widths))
        self._current = SheetWriter(self, info, handle, widths=widths, column_looks=looks,
                                    freeze_header=freeze_header, selected=number == 1, header_row=header_row)
        self.writers.append(self._current)
        return self._current

    def close(self) -> None:
        if self._current is not None:
            self._current.close()
        if len(self._sheets) != self._planned:
            raise RuntimeError(f"the book was opened for {self._planned} sheet(s), {len(self._sheets)} written")
        count = len(self._sheets)
        sheets = "".join(f'<sheet name="{escape_attribute(s.name)}" sheetId="{i}" r:id="rId{i}"/>'
                         for i, s in enumerate(self._sheets, start=1))
        names = "".join(
            f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i}" hidden="1">'
            f"'{escape_text(s.name.replace(chr(39), chr(39) * 2))[0]}'!{_absolute(s.filter_ref)}</definedName>"
            for i, s in enumerate(self._sheets) if s.filter_ref)
        workbook = (f'{XML_HEAD}<workbook xmlns="{MAIN_NS}" xmlns:r="{REL_NS}"><bookViews><workbookView activeTab="0"/>'
                    f"</bookViews><sheets>{sheets}</sheets>"
                    + (f"<definedNames>{names}</definedNames>" if names else "") + "</workbook>")
        relations = "".join(
            f'<Relationship Id="rId{i}" Type="{REL_NS}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, count + 1))
        relations += f'<Relationship Id="rId{count + 1}" Type="{REL_NS}/styles" Target="styles.xml"/>'
        self._zip.writestr("xl/workbook.xml", workbook)
        self._zip.writestr("xl/_rels/workbook.xml.rels",
                           f'{XML_HEAD}<Relationships xmlns="{PKG_REL_NS}">{relations}</Relationships>')
        self._zip.writestr("xl/styles.xml", self.styles.xml())
        self._zip.writestr("docProps/app.xml", f'{XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/'
                                               'officeDocument/2006/extended-properties"><Application>ShopManager'
                                               "</Application></Properties>")
        self._zip.close()

    @property
    def current(self) -> SheetWriter | None:
        """The sheet being written, if any."""
        return self._current

    def abort(self) -> None:
        """Stop after a failure; the caller deletes the temporary file."""
        try:
            if self._current is not None:
                self._current._handle.close()
        finally:
            self._zip.close()


def _content_types(sheets: int) -> str:
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, sheets + 1))
    return (f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f"{overrides}"
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/docProps/app.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')


def _absolute(ref: str | None) -> str:
    start, _, end = (ref or "A1").partition(":")
    return ":".join(re.sub(r"([A-Z]+)(\d+)", r"$\1$\2", part) for part in (start, end) if part)
