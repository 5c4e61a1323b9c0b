"""The one Excel importer and exporter, reused by every module. No Qt, no database.

Import: read_sheet() → guess_mapping()/a saved mapping → convert_rows() → find_conflicts()
→ the service checks and commits. Export: export_xlsx(). Problems for the user carry the
spreadsheet row, the user's column header and the reason; write_error_file() gives the
rows back with an error column.
"""
from shopmanager.excel.convert import ConvertResult, Problem, convert_rows, convert_value, find_conflicts, group_records, text_of
from shopmanager.excel.mapping import ERROR_COLUMN, FieldSpec, guess_mapping, normalise
from shopmanager.excel.reader import Sheet, decode_text, read_sheet
from shopmanager.excel.safety import ImportRefused, check_zip_archive
from shopmanager.excel.writer import Column, export_xlsx, write_error_file, write_template

__all__ = [
    "Column", "ConvertResult", "ERROR_COLUMN", "FieldSpec", "ImportRefused", "Problem", "Sheet", "check_zip_archive",
    "convert_rows", "convert_value", "decode_text", "export_xlsx", "find_conflicts", "group_records", "guess_mapping",
    "normalise", "read_sheet", "text_of", "write_error_file", "write_template",
]
