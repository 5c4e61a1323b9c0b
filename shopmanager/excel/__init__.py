"""The one Excel importer and exporter, reused by every module. No Qt, no database.

It works on plain data: the services layer does the domain checks and the commit.

Import, step by step::

    sheet = read_sheet(path)                       # xlsx/xlsm/xlsb, xls, ods, csv/txt (UTF-8/GBK)
    columns = guess_mapping(sheet.headers, fields)   # or Mapping.from_json(saved).apply(sheet.headers)
    result = convert_rows(sheet, columns, fields)    # records + problems, by row and column
    problems = result.problems + find_conflicts(result.records, "sku", fields, headers=...)
    if problems:
        write_error_file(error_path, sheet, problems)  # the user's rows + an error column

- read_sheet(path, *, sheet=None, progress=None) -> Sheet
    Refuses zip/XML bombs and files that are not what they claim (ImportRefused, a
    ShopError naming the file). Sheet.headers, .rows (raw values), .row_numbers (the
    spreadsheet row of each data row), .sheet_name, .source_format, .header_row.
- FieldSpec(key, label, kind, required, synonyms, max_length, choices, group_consistent)
    kind: text | int | money (→ integer cents) | decimal | date | datetime | bool | choice.
- guess_mapping(headers, fields) -> {field key: column index}
- Mapping(by_header): .from_columns(headers, columns), .to_json(), Mapping.from_json(text),
    .apply(headers) -> (columns, headers missing from this file)
- convert_rows(sheet, columns, fields) -> ConvertResult(records=[(row, {key: value})],
    problems=[Problem(row, column header, field key, message)]); convert_value(spec, cell)
- group_records(records, key_field) -> {key: [(row, values), ...]} in file order
- find_conflicts(records, key_field, fields, duplicates="merge"|"conflict", headers=None)
    -> [Problem]

Export::

    export_xlsx(path, [Column("货号"), Column("售价", "money")], rows, sheet_title="商品", progress=p)

- export_xlsx(path, columns, rows, *, sheet_title, progress=None, total=None) -> WrittenFile
    Column(header, kind, width=None); kinds: text | int | money (integer cents) | decimal |
    date | datetime | percent. Streams any number of rows, styled header, frozen, filter.
- write_error_file(path, sheet, problems) -> WrittenFile
- write_template(path, fields, example_row=None) -> WrittenFile
    WrittenFile(path, rows, notes): `notes` tell the user what the file could not keep as
    it was (a text longer than an Excel cell holds, cut, by row and column); it can be
    opened like a path.

Every file is written atomically, and text is never written as a formula. A number no
Excel cell can hold (Decimal('1E+400'), inf, nan) is refused with a ShopError naming the
column and row; an exact number with more than 15 significant digits is written as text.

Helpers the services and UI also use: ImportRefused (the ShopError of read_sheet),
ConvertResult, ERROR_COLUMN and is_error_column(header) (the error files' column),
normalise(header) (how headers are compared), text_of(cell) (a cell as the user reads
it: 12345.0 → '12345'), decode_text(bytes) (UTF-8/UTF-16/GB18030), and
check_zip_archive(path) (the bomb check read_sheet runs on every zip-based file).
"""
from shopmanager.excel.convert import (
    ConvertResult, Problem, convert_rows, convert_value, find_conflicts, group_records, text_of,
)
from shopmanager.excel.mapping import ERROR_COLUMN, FieldSpec, Mapping, guess_mapping, is_error_column, normalise
from shopmanager.excel.reader import Sheet, decode_text, read_sheet
from shopmanager.excel.safety import ImportRefused, check_zip_archive
from shopmanager.excel.writer import Column, WrittenFile, export_xlsx, write_error_file, write_template

__all__ = [
    "Column", "ConvertResult", "ERROR_COLUMN", "FieldSpec", "ImportRefused", "Mapping", "Problem", "Sheet",
    "WrittenFile", "check_zip_archive", "convert_rows", "convert_value", "decode_text", "export_xlsx",
    "find_conflicts", "group_records", "guess_mapping", "is_error_column", "normalise", "read_sheet", "text_of",
    "write_error_file", "write_template",
]
