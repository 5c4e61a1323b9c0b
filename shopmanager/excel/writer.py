"""Writing xlsx files: table exports, error files, import templates.

All three go through the package's own streaming writer (_xlsx.py), which has no way to
write a formula: text such as '=1+1', '+86…', '-5', '@SUM(…)' is a text cell and reads
back as exactly that text in Excel, WPS, LibreOffice, openpyxl and our reader (formula
injection, CWE-1236). Files are written to a temporary name beside the target and moved
into place only when complete, so a failed or cancelled export leaves no half file and
never replaces a good one.

Each returns a WrittenFile: the path, the number of data rows, and `notes` for the user.
The same rules hold on every path (see _xlsx.py): a text longer than the 32,767
characters an Excel cell holds is cut there, and a note names its row and column; an
exact number with more than 15 significant digits before the point is written as text;
a number Excel cannot hold (Decimal('1E+400'), inf, nan) refuses the whole file with a
ShopError naming the column and row.
"""
from __future__ import annotations

import datetime as dt
import os
import unicodedata
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from itertools import chain, islice
from pathlib import Path
from typing import Any

from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.progress import Progress
from shopmanager.excel._xlsx import (
    _NEEDS_WORK, MAX_DIGITS, MAX_ROWS, MAX_TEXT, ListValidation, Look, SheetTooLarge, UnwritableNumber, XlsxBook,
    cell_xml, column_letter, split_ref,
)
from shopmanager.excel.convert import Problem, text_of
from shopmanager.excel.mapping import ERROR_COLUMN, FieldSpec, is_error_column
from shopmanager.excel.reader import Sheet

COLUMN_KINDS = ("text", "int", "money", "decimal", "date", "datetime", "percent")
NUMBER_FORMATS = {"text": "General", "int": "#,##0", "money": "#,##0.00", "decimal": "#,##0.00##",
                  "date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm:ss", "percent": "0.0%"}
TYPE_FORMATS = {dt.datetime: "yyyy-mm-dd hh:mm:ss", dt.date: "yyyy-mm-dd", dt.time: "hh:mm:ss",
                dt.timedelta: "[h]:mm:ss"}
HEADER_FILL = "DDEBF7"
ERROR_FILL = "FDE9E9"
ERROR_FONT = "9C0006"
HEADER = Look(bold=True, fill=HEADER_FILL, border=True, align="center", wrap=True)
MIN_WIDTH, MAX_WIDTH = 8, 60
SAMPLE_ROWS = 200  # rows looked at to size the columns
PROGRESS_EVERY = 5000
NOTES_SHOWN = 10  # rows of a column named one by one; the rest are counted
_SHORT_TEXT = MAX_TEXT // 2  # a str this long always fits in a cell (UTF-16 units ≤ 2 × characters)
_EXACT = 10 ** MAX_DIGITS  # an int below this is written as a number as it is


@dataclass(frozen=True)
class WrittenFile:
    """What a writer wrote: the file, its data rows, and notes for the user (texts cut to
    Excel's limit, by row and column). Usable wherever a path is (os.fspath)."""

    path: Path
    rows: int
    notes: tuple[str, ...] = ()

    def __fspath__(self) -> str:
        return str(self.path)


@dataclass(frozen=True)
class Column:
    """One exported column. `kind` sets the number format; money values are integer cents
    (written as yuan with '#,##0.00'), percent values fractions (0.15 → 15.0%)."""

    header: str
    kind: str = "text"  # text | int | money | decimal | date | datetime | percent
    width: float | None = None


def display_width(text: str) -> int:
    """Columns wide enough for Chinese: a CJK (wide or full-width) character takes two places."""
    return sum(2 if ord(ch) >= 0x1100 and unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


NOT_XLSX_SUFFIXES = frozenset({".csv", ".txt", ".tsv", ".xls", ".xlsb", ".ods", ".pdf", ".json", ".sqlite3", ".db"})

# -- atomic files ---------------------------------------------------------------------------------

@contextmanager
def _atomic(path: Path) -> Iterator[Path]:
    """A temporary file beside `path`, moved over it only when the body succeeds."""
    path = Path(path)
    if path.suffix.lower() in NOT_XLSX_SUFFIXES:  # an xlsx named .csv opens as garbage (or replaces the user's CSV)
        raise ShopError(tr("Excel", "{file}: this is written as an Excel workbook; give it a name ending in .xlsx.")
                        .format(file=path.name))
    if not path.parent.is_dir():
        raise ShopError(tr("Excel", "The folder {path} does not exist.").format(path=path.parent))
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))  # honours the umask
    except OSError as error:
        raise ShopError(tr("Excel", "Cannot write {path}: {reason}").format(
            path=path, reason=error.strerror or error)) from None
    try:
        yield temporary
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ShopError(tr("Excel", "Cannot write {path}: {reason}. If the file is open in Excel or WPS, close "
                                    "it and try again.").format(path=path, reason=error.strerror or error)) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextmanager
def _book(temporary: Path, sheets: int = 1) -> Iterator[XlsxBook]:
    book = XlsxBook(temporary, sheets=sheets)
    try:
        yield book
    except UnwritableNumber as error:
        sheet = book.current
        book.abort()
        raise ShopError(_unwritable_message(error, sheet.headers if sheet else [])) from None
    except SheetTooLarge:
        book.abort()
        raise ShopError(tr("Excel", "The sheet would be larger than the 4 GB an xlsx part can hold: filter the list "
                                    "and export it in parts.")) from None
    except BaseException:
        book.abort()
        raise
    book.close()


def _column_name(headers: Sequence[Any], index: int) -> str:
    header = headers[index] if index < len(headers) else None
    return f"{header} ({column_letter(index)})" if header not in (None, "") else column_letter(index)


def _unwritable_message(error: UnwritableNumber, headers: Sequence[Any]) -> str:
    index, row = split_ref(error.ref)
    return tr("Excel", "Column {column}, row {row}: the number {value} is beyond what Excel can hold; nothing was "
                       "written. Correct the value and export again.").format(
        column=_column_name(headers, index), row=row, value=error.value)


def _notes(book: XlsxBook) -> tuple[str, ...]:
    """A note naming the cells whose text was cut to Excel's limit, by column and row (the
    first few rows of each column, then how many more), or none."""
    rows_by_column: dict[tuple[int, int], list[int]] = {}
    for number, sheet in enumerate(book.writers):
        for ref in sheet.cut:
            index, row = split_ref(ref)
            rows_by_column.setdefault((number, index), []).append(row)
    if not rows_by_column:
        return ()
    parts = []
    for (number, index), rows in rows_by_column.items():
        shown = ", ".join(str(row) for row in rows[:NOTES_SHOWN])
        if len(rows) > NOTES_SHOWN:
            shown = tr("Excel", "{rows} and {n} more").format(rows=shown, n=len(rows) - NOTES_SHOWN)
        parts.append(tr("Excel", "column {column}, row {rows}").format(
            column=_column_name(book.writers[number].headers, index), rows=shown))
    return (tr("Excel", "Texts longer than the {n} characters an Excel cell holds were cut to their first {n}: "
                        "{cells}.").format(n=f"{MAX_TEXT:,}", cells="; ".join(parts)),)


def _too_many_rows() -> ShopError:
    return ShopError(tr("Excel", "Too many rows for one Excel sheet (at most {n}): filter the list and export it "
                                 "in parts.").format(n=f"{MAX_ROWS - 1:,}"))


# -- export ---------------------------------------------------------------------------------------

def export_xlsx(path: Path | str, columns: Sequence[Column], rows: Iterable[Sequence[Any]], *,
                sheet_title: str = "Sheet1", progress: Progress | None = None,
                total: int | None = None) -> WrittenFile:
    """Write a table as a styled xlsx: the file, the number of data rows and notes.

    `rows` is streamed (a generator of a million rows keeps memory flat). Header row bold
    on a fill with borders, frozen, with an autofilter; number formats by column kind;
    widths given or estimated from the header and the first rows. `progress.update()` is
    called every few thousand rows (`total` is shown if given); raising Cancelled there
    aborts the export and leaves the old file, if any, untouched.
    """
    for column in columns:
        if column.kind not in COLUMN_KINDS:
            raise ValueError(f"Column {column.header!r}: unknown kind {column.kind!r}")
    iterator = iter(rows)
    sample = [list(row) for row in islice(iterator, SAMPLE_ROWS)]
    count = 0
    with _atomic(Path(path)) as temporary, _book(temporary) as book:
        styles = book.styles
        looks = [Look(NUMBER_FORMATS[c.kind]) if c.kind != "text" else None for c in columns]
        widths = [c.width or _estimate_width(c.header, c.kind, (r[i] if i < len(r) else None for r in sample))
                  for i, c in enumerate(columns)]
        sheet = book.sheet(sheet_title, widths=widths, column_looks=looks)
        sheet.append([c.header for c in columns], [HEADER] * len(columns), height=20)
        letters = sheet.letters
        style_index = [styles.index(look) for look in looks]
        number_style = [f' s="{index}"' if index else "" for index in style_index]
        money = [c.kind == "money" for c in columns]
        date_style = {kind: styles.index(Look(fmt)) for kind, fmt in TYPE_FORMATS.items()}
        kind_style = [index if c.kind in ("date", "datetime") else 0 for c, index in zip(columns, style_index)]
        needs_work = _NEEDS_WORK.search
        cuts = sheet.cut
        append_raw = sheet.append_raw
        width = len(columns)
        limit = MAX_ROWS - 1
        for values in chain(sample, iterator):
            count += 1
            if count > limit:
                raise _too_many_rows()
            if len(values) > width:
                values = values[:width]
            r = str(count + 1)
            cells = []
            for i, v in enumerate(values):  # the hot loop: text and int cells inline, the rest below
                kind = type(v)
                if kind is str:
                    if not v:
                        continue
                    if needs_work(v) is None and len(v) <= _SHORT_TEXT:
                        cells.append(f'<c r="{letters[i]}{r}" t="inlineStr"><is><t>{v}</t></is></c>')
                    else:
                        cells.append(cell_xml(f"{letters[i]}{r}", v, 0, cuts))
                elif kind is int and -_EXACT < v < _EXACT:
                    if money[i]:
                        cells.append(f'<c r="{letters[i]}{r}"{number_style[i]}><v>{v / 100!r}</v></c>')
                    else:
                        cells.append(f'<c r="{letters[i]}{r}"{number_style[i]}><v>{v}</v></c>')
                elif v is not None:
                    cells.append(_other_cell(f"{letters[i]}{r}", v, money[i], style_index[i], kind_style[i],
                                             date_style, cuts))
            append_raw(f'<row r="{r}">{"".join(cells)}</row>')
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress.update(count, total or 0, tr("Excel", "Writing row {n}…").format(n=f"{count:,}"))
        if progress is not None:
            progress.update(count, total or count, tr("Excel", "Writing row {n}…").format(n=f"{count:,}"))
        sheet.close(autofilter=True)
    return WrittenFile(Path(path), count, _notes(book))


def _other_cell(ref: str, value: Any, money: bool, style: int, kind_style: int, date_style: dict[type, int],
                cuts: list[str]) -> str:
    """The rarer cells of an export: floats, Decimals, huge ints, dates and times, booleans, anything else."""
    if isinstance(value, (dt.date, dt.time, dt.timedelta)):
        style = kind_style or date_style[_date_type(value)]
    elif money and type(value) is int:
        value = Decimal(value).scaleb(-2)  # exact: cents beyond a float's precision stay exact
    elif money and isinstance(value, (float, Decimal)) and not isinstance(value, bool):
        value = value / 100
    return cell_xml(ref, value, style, cuts)


def _date_type(value: Any) -> type:
    for kind in TYPE_FORMATS:  # datetime before date: a datetime is also a date
        if isinstance(value, kind):
            return kind
    return dt.date


def _estimate_width(header: str, kind: str, values: Iterable[Any]) -> float:
    """From the header (+3 for the filter button) and the first rows, CJK counting double."""
    width = display_width(header) + 3
    fixed = {"date": 11, "datetime": 20, "percent": 8}.get(kind)
    for value in values:
        if value is None or value == "":
            continue
        if fixed:
            width = max(width, fixed)
            continue
        if kind == "money" and isinstance(value, int) and not isinstance(value, bool):
            text = f"{value / 100:,.2f}"
        elif kind in ("int", "decimal") and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            text = f"{value:,}"
        else:
            text = text_of(value)
        width = max(width, display_width(max(text.splitlines() or [""], key=len)) + 2)
    return float(min(MAX_WIDTH, max(MIN_WIDTH, width)))


# -- error file -----------------------------------------------------------------------------------

def write_error_file(path: Path | str, sheet: Sheet, problems: Sequence[Problem]) -> WrittenFile:
    """The user's own file back with an error column: fix the marked rows and import it whole.

    Every row is there with its original values (text stays text, leading zeros stay) at
    its original row number, so "row 12" in the list of problems is row 12 here too. Rows
    with problems are filled light red and their problems joined by "; " in the last
    column, "错误 / Errors", which the reader drops when the file is imported again.
    Problems of the whole file (row 0) go below the last row.
    """
    path = Path(path)
    by_row: dict[int, list[str]] = {}
    general: list[str] = []
    for problem in problems:
        if problem.row:
            text = f"{problem.column}: {problem.message}" if problem.column else problem.message
            by_row.setdefault(problem.row, []).append(text)
        else:
            general.append(problem.message)
    if sheet.row_numbers and sheet.row_numbers[-1] + 2 > MAX_ROWS:  # a CSV may be longer than a sheet
        raise _too_many_rows()
    keep = [i for i, header in enumerate(sheet.headers) if not is_error_column(header)]
    headers = [sheet.headers[i] for i in keep]
    error_index = len(headers)
    bad = Look(fill=ERROR_FILL)
    error_cell = Look(fill=ERROR_FILL, color=ERROR_FONT)
    sample = sheet.rows[:SAMPLE_ROWS]
    widths = [_estimate_width(h, "text", (r[i] if i < len(r) else None for r in sample)) for h, i in
              zip(headers, keep)] + [60.0]
    with _atomic(path) as temporary, _book(temporary) as book:
        out = book.sheet(sheet.sheet_name or "Sheet1", widths=widths, header_row=sheet.header_row)
        header_looks = [HEADER] * len(headers) + [Look(bold=True, fill="F4CCCC", border=True, color=ERROR_FONT,
                                                       align="center")]
        out.append(headers + [ERROR_COLUMN], header_looks, number=sheet.header_row, height=20)
        for number, values in zip(sheet.row_numbers, sheet.rows):
            errors = by_row.get(number)
            cells = [values[i] if i < len(values) else None for i in keep]
            looks = [_type_look(v, bad if errors else None) for v in cells]
            if errors:
                cells.append("; ".join(errors))
                looks.append(error_cell)
            out.append(cells, looks, row_look=bad if errors else None, number=number)
        if general:
            last = (sheet.row_numbers[-1] if sheet.row_numbers else sheet.header_row) + 2
            out.append([None] * error_index + ["; ".join(general)], [None] * error_index + [error_cell], number=last)
        out.close(autofilter=True)
    return WrittenFile(path, len(sheet.rows), _notes(book))


def _type_look(value: Any, base: Look | None) -> Look | None:
    """Dates keep a date format in the error file, on the row's fill if it has one."""
    for kind, fmt in TYPE_FORMATS.items():
        if isinstance(value, kind):
            return Look(fmt, fill=base.fill if base else None)
    return base


# -- template -------------------------------------------------------------------------------------

def _kind_notes() -> dict[str, str]:
    return {
        "text": tr("Excel", "text"),
        "int": tr("Excel", "whole number, like 12"),
        "money": tr("Excel", "amount in yuan, like 12.50 or ¥1,234.50"),
        "decimal": tr("Excel", "number, like 2.5"),
        "date": tr("Excel", "date, like 2024-01-05, 2024/1/5, 2024年1月5日 or 20240105"),
        "datetime": tr("Excel", "date and time, like 2024-01-05 14:30"),
        "bool": tr("Excel", "是/否, Y/N, yes/no, 1/0, √/×"),
        "choice": tr("Excel", "one of the listed values"),
    }


_TEMPLATE_FORMATS = {"text": "@", "int": "0", "money": "0.00", "decimal": "General", "date": "yyyy-mm-dd",
                     "datetime": "yyyy-mm-dd hh:mm", "bool": "@", "choice": "@"}


def _example_value(spec: FieldSpec, value: Any) -> Any:
    """The example as the user would type it: numbers as numbers, text as text."""
    if isinstance(value, str) and spec.kind in ("int", "money", "decimal"):
        try:
            number = Decimal(value.replace(",", "").replace("¥", "").replace("￥", "").strip())
        except InvalidOperation:
            return value
        return int(number) if spec.kind == "int" and number == number.to_integral_value() else number
    if spec.kind == "choice" and value in spec.choice_labels():
        return spec.choice_labels()[value]
    if spec.kind == "bool" and isinstance(value, bool):
        return tr("Excel", "yes") if value else tr("Excel", "no")
    return value


def write_template(path: Path | str, fields: Sequence[FieldSpec],
                   example_row: dict[str, Any] | None = None) -> WrittenFile:
    """An empty import file: one column per field, headed by its label in the current
    language (required ones marked '*' in red), an example row in grey to overwrite, and
    a second sheet describing each column. Its headers map back to the fields by themselves.

    `example_row` holds values as a user would type them (money in yuan, e.g. '59.90').
    """
    path = Path(path)
    kinds = _kind_notes()
    labels = [spec.label() + (" *" if spec.required else "") for spec in fields]
    widths = [float(min(MAX_WIDTH, max(12, display_width(label) + 4))) for label in labels]
    column_looks = [Look(_TEMPLATE_FORMATS[spec.kind]) for spec in fields]
    with _atomic(path) as temporary, _book(temporary, sheets=2) as book:
        data = book.sheet(tr("Excel", "Data"), widths=widths, column_looks=column_looks)
        required = Look(bold=True, fill=HEADER_FILL, border=True, align="center", color=ERROR_FONT, wrap=True)
        data.append(labels, [required if spec.required else HEADER for spec in fields], height=24)
        if example_row:
            values = [_example_value(spec, example_row.get(spec.key)) for spec in fields]
            data.append(values, [Look(_TEMPLATE_FORMATS[spec.kind], color="808080") for spec in fields])
        validations = []
        for index, spec in enumerate(fields):
            if spec.kind == "bool":
                validations.append(ListValidation(index, [tr("Excel", "yes"), tr("Excel", "no")]))
            elif spec.kind == "choice":
                validations.append(ListValidation(index, [str(label) for label in spec.choice_labels().values()]))
        data.close(validations=validations)

        notes = book.sheet(tr("Excel", "Notes"), widths=[24, 10, 44, 60], freeze_header=True)
        notes.append([tr("Excel", "Column"), tr("Excel", "Required"), tr("Excel", "What to write"),
                      tr("Excel", "Also recognised as")], [HEADER] * 4, height=20)
        wrap = Look(wrap=True)
        for spec, label in zip(fields, labels):
            what = kinds[spec.kind]
            if spec.kind == "text" and spec.max_length:
                what = tr("Excel", "text, at most {n} characters").format(n=spec.max_length)
            if spec.kind == "choice":
                what = tr("Excel", "one of: {choices}").format(
                    choices=", ".join(f"{label_} ({code})" for code, label_ in spec.choice_labels().items()))
            notes.append([label, tr("Excel", "yes") if spec.required else "", what, ", ".join(spec.synonyms)],
                         [None, None, wrap, wrap])
        notes.append([])
        notes.append([tr("Excel", "Columns marked * must be filled. Row 2 is an example: overwrite or delete it "
                                  "before importing. Columns may be in any order; extra columns are ignored.")])
        notes.close()
    return WrittenFile(path, 1 if example_row else 0, _notes(book))


__all__ = ["COLUMN_KINDS", "Column", "WrittenFile", "display_width", "export_xlsx", "write_error_file",
           "write_template"]
