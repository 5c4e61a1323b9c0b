"""From raw cells to field values, with every problem reported by row, column and reason.

Rows and columns are named as the user sees them in their spreadsheet: the row number
Excel shows and the header they wrote ("Row 12, 售价: 'abc' is not an amount").
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Mapping as MappingABC, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.money import NotANumber, format_money, parse_decimal, to_cents
from shopmanager.core.text import clean_text, number_text
from shopmanager.excel.mapping import FieldSpec
from shopmanager.excel.reader import Sheet

EXCEL_EPOCH = dt.datetime(1899, 12, 30)
MAX_SERIAL = 2958466  # 9999-12-31
TRUE_WORDS = frozenset({"是", "y", "yes", "true", "1", "√", "✓", "✔", "有", "对", "t"})
FALSE_WORDS = frozenset({"否", "n", "no", "false", "0", "×", "✗", "✘", "x", "无", "错", "f"})
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_TIME = re.compile(r"(\d{1,2})\s*[:：时点]\s*(\d{1,2})(?:\s*(?:[:：]|分)\s*(\d{1,2})(?:\.(\d{1,6}))?\s*秒?|\s*分)?")
_SERIAL_TEXT = re.compile(r"\d{1,7}(\.\d+)?")
# A long number Excel showed (and then saved to CSV) in its short form: 2.04681E+18.
_SHORTENED = re.compile(r"[+-]?\d(\.\d+)?[eE]\+\d{1,3}")
EXACT_FLOAT = 2 ** 53  # below it a spreadsheet number holds every whole number exactly
# Dates before this are questioned: 1900-01-01 is what an empty date cell becomes in many
# exports, and no shop imports orders or products from before it (FieldSpec.earliest overrides).
EARLIEST_DATE = dt.date(1990, 1, 1)
DUPLICATE_MODES = ("merge", "conflict")


@dataclass(frozen=True)
class Problem:
    """One thing the user must fix: spreadsheet row (0: the whole file), their column
    header, the field key, and the reason (already translated)."""

    row: int
    column: str
    field: str
    message: str

    def text(self) -> str:
        if self.row and self.column:
            return tr("Excel", "Row {row}, {column}: {message}").format(row=self.row, column=self.column,
                                                                      message=self.message)
        if self.row:
            return tr("Excel", "Row {row}: {message}").format(row=self.row, message=self.message)
        return self.message

    def __str__(self) -> str:
        return self.text()


@dataclass
class ConvertResult:
    """`records`: (row number, field key → value) of the rows without problems."""

    records: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class _Bad(Exception):
    """A cell that cannot become the field's value; the message says why."""


def text_of(value: Any) -> str:
    """How a cell reads as text: 12345.0 → '12345' (never '1.2345E4'), dates as ISO."""
    if value is None:
        return ""
    kind = type(value)
    if kind is str:
        return value.strip()
    if kind is bool:
        return "TRUE" if value else "FALSE"
    if kind is float:
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        if not math.isfinite(value):
            return ""
        text = format(Decimal(repr(value)), "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    if kind is Decimal:
        return format(value, "f") if value.is_finite() else ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if not value.microsecond else "auto")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value).strip()


def _int(value: Any) -> int:
    if isinstance(value, bool):
        raise _Bad(tr("Excel", "'{value}' is not a whole number").format(value=text_of(value)))
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise _Bad(tr("Excel", "'{value}' is not a whole number").format(value=text_of(value)))
    text = number_text(text_of(value))
    try:
        return int(text)
    except ValueError:
        pass
    try:
        number = parse_decimal(text)
    except NotANumber as error:
        if error.reason == tr("Money", "not a number"):
            raise _Bad(tr("Excel", "'{value}' is not a whole number").format(value=_short(text_of(value)))) from None
        raise _Bad(tr("Excel", "'{value}' is not a whole number ({reason})").format(
            value=_short(text_of(value)), reason=error.reason)) from None
    if number == number.to_integral_value():
        return int(number)
    raise _Bad(tr("Excel", "'{value}' is not a whole number").format(value=text_of(value)))


def _from_serial(number: float, with_time: bool) -> dt.date | dt.datetime:
    moment = EXCEL_EPOCH + dt.timedelta(days=number)
    moment = (moment + dt.timedelta(microseconds=500_000)).replace(microsecond=0)  # to the nearest second
    return moment if with_time else moment.date()


def _dated(spec: FieldSpec, value: Any) -> dt.date | dt.datetime:
    """A date field's value, questioned when it is before the field's earliest plausible date."""
    moment = _date(number_text(value) if isinstance(value, str) else value, spec.kind == "datetime")
    earliest = spec.earliest or EARLIEST_DATE
    if (moment.date() if isinstance(moment, dt.datetime) else moment) < earliest:
        raise _Bad(tr("Excel", "{date} is before {earliest}: check the date (an empty date cell is often exported "
                               "as 1900-01-01)").format(date=text_of(moment), earliest=earliest.isoformat()))
    return moment


def _date(value: Any, with_time: bool) -> dt.date | dt.datetime:
    if isinstance(value, dt.datetime):
        return value if with_time else value.date()
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time()) if with_time else value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 19000101 <= value <= 99991231 and float(value).is_integer():  # 20240105 typed as a number
            return _date(str(int(value)), with_time)
        if 1 <= value < MAX_SERIAL:  # Excel serial days (1900 system) in a column declared as dates
            return _from_serial(float(value), with_time)
        raise _Bad(tr("Excel", "'{value}' is not a date").format(value=text_of(value)))
    text = " ".join(text_of(value).split())
    if _SERIAL_TEXT.fullmatch(text) and len(text.split(".")[0]) <= 5:  # a serial a CSV turned into text
        return _date(float(text), with_time)
    parsed = _parse_date_text(text)
    if parsed is None:
        raise _Bad(tr("Excel", "'{value}' is not a date (write it like 2024-01-05)").format(value=text))
    return parsed if with_time else parsed.date()


def _parse_date_text(text: str) -> dt.datetime | None:
    """2024-01-05, 2024/1/5, 2024.1.5, 2024年1月5日, 20240105, each optionally followed by a
    time (13:45, 13:45:00, 13时45分); also ISO 'T' between them."""
    match = _DATE.match(text) or _COMPACT_DATE.match(text)
    if not match:
        return None
    rest = text[match.end():].strip().lstrip("T").strip()
    try:
        day = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    if not rest:
        return dt.datetime.combine(day, dt.time())
    timed = _TIME.fullmatch(rest)
    if not timed:
        return None
    hour, minute = int(timed.group(1)), int(timed.group(2))
    second = int(timed.group(3) or 0)
    micro = int((timed.group(4) or "0").ljust(6, "0"))
    try:
        return dt.datetime.combine(day, dt.time(hour, minute, second, micro))
    except ValueError:
        return None


def clean_cell(text: str, multiline: bool = False) -> str:
    """A text cell as it is kept: a platform's ="…" or leading apostrophe unwrapped, control
    characters and bidi overrides removed (core.text.clean_text)."""
    if text[:1] in ("'", "="):
        text = number_text(text)
    return clean_text(text, multiline=multiline)


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:40] + "…"


def _amount_problem(value: Any):
    try:
        parse_decimal(number_text(value) if isinstance(value, str) else value)
        reason = ""
    except NotANumber as error:
        reason = error.reason if error.reason != tr("Money", "not a number") else ""
    if reason:
        raise _Bad(tr("Excel", "'{value}' is not an amount ({reason})").format(value=_short(text_of(value)),
                                                                             reason=reason))
    raise _Bad(tr("Excel", "'{value}' is not an amount").format(value=_short(text_of(value))))


def _whole_text(value: Any) -> None:
    """Refuse a long number (an order, tracking or phone number) that a spreadsheet program
    already cut: Excel keeps 15 significant digits (2046812345678901234 becomes
    2046812345678900000) and saves what it shows in CSV (2.04681E+18). Taken as text it
    would merge different orders under one number."""
    if type(value) is float:
        if abs(value) < 1e15 or not value.is_integer() or (abs(value) < EXACT_FLOAT and int(value) % 10):
            return
    elif type(value) is not str or not _SHORTENED.fullmatch(value.strip()):
        return
    raise _Bad(tr("Excel", "'{value}' is a long number a spreadsheet program cut short (Excel keeps only 15 digits): "
                           "export the file from the platform again and import it without saving it in Excel, or "
                           "format the column as text before you type or paste it").format(value=text_of(value)))


def convert_value(spec: FieldSpec, value: Any) -> Any:
    """The field's value from one cell; raises _Bad with the reason. Empty cells give ''
    for text fields and None for the others."""
    if value is None or (type(value) is str and not value.strip()):
        if spec.required:
            raise _Bad(tr("Excel", "required, but empty"))
        return "" if spec.kind == "text" else None
    kind = spec.kind
    if kind == "text":
        _whole_text(value)
        text = clean_cell(text_of(value), spec.multiline)
        if spec.max_length and len(text) > spec.max_length:
            raise _Bad(tr("Excel", "longer than {n} characters").format(n=spec.max_length))
        if not text and spec.required:
            raise _Bad(tr("Excel", "required, but empty"))
        return text
    if kind == "int":
        return _int(value)
    if kind == "money":
        if isinstance(value, (dt.date, dt.time, dt.timedelta, bool)):
            raise _Bad(tr("Excel", "'{value}' is not an amount").format(value=text_of(value)))
        try:
            return to_cents(number_text(value) if isinstance(value, str) else value, field=spec.key)
        except ValidationError:
            return _amount_problem(value)
    if kind == "decimal":
        if isinstance(value, (dt.date, dt.time, dt.timedelta, bool)):
            raise _Bad(tr("Excel", "'{value}' is not a number").format(value=text_of(value)))
        try:
            return parse_decimal(number_text(value) if isinstance(value, str) else value)
        except NotANumber as error:
            if error.reason == tr("Money", "not a number"):
                raise _Bad(tr("Excel", "'{value}' is not a number").format(value=_short(text_of(value)))) from None
            raise _Bad(tr("Excel", "'{value}' is not a number ({reason})").format(
                value=_short(text_of(value)), reason=error.reason)) from None
    if kind in ("date", "datetime"):
        return _dated(spec, value)
    if kind == "bool":
        word = text_of(value).casefold()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise _Bad(tr("Excel", "'{value}' is not yes/no (是/否)").format(value=text_of(value)))
    # choice: the code or its label, in any case
    text = text_of(value).casefold()
    choices = spec.choice_labels()
    for code, label in choices.items():
        if text in (str(code).casefold(), str(label).casefold()):
            return code
    raise _Bad(tr("Excel", "'{value}' is not one of: {choices}").format(
        value=text_of(value), choices=", ".join(str(label) for label in choices.values())))


def convert_rows(sheet: Sheet, mapping: MappingABC[str, int], fields: Sequence[FieldSpec]) -> ConvertResult:
    """Every mapped field of every row. A row with any problem is left out of `records`;
    a required field without a column is one problem for the whole file (row 0)."""
    result = ConvertResult()
    for spec in fields:
        if spec.required and spec.key not in mapping:
            result.problems.append(Problem(0, "", spec.key, tr(
                "Excel", "No column is mapped to the required field '{field}'.").format(field=spec.label())))
    if result.problems:
        return result
    plan = []
    for spec in fields:
        if spec.key not in mapping:
            continue
        index = mapping[spec.key]
        header = sheet.headers[index] if 0 <= index < len(sheet.headers) else ""
        floor: Any = spec.earliest or EARLIEST_DATE  # a date cell's fast path: no earlier than this
        if spec.kind == "datetime":
            floor = dt.datetime.combine(floor, dt.time())
        plan.append((spec.key, spec, index, header or tr("Excel", "column {n}").format(n=index + 1),
                     spec.kind, spec.max_length, spec.required, floor))
    problems = result.problems
    records = result.records
    for number, row in zip(sheet.row_numbers, sheet.rows):
        values: dict[str, Any] = {}
        good = True
        width = len(row)
        for key, spec, index, header, kind, max_length, required, floor in plan:
            raw = row[index] if 0 <= index < width else None
            # The common cells, without the general converter (same results, 3× faster):
            cell_type = type(raw)
            if cell_type is str and kind == "text":
                text = raw.strip()
                if text and (text[0] in "'=" or not text.isprintable()):
                    text = clean_cell(text, spec.multiline)
                if text and (not max_length or len(text) <= max_length) and "E+" not in text and "e+" not in text:
                    values[key] = text
                    continue
                if not text and not required:
                    values[key] = ""
                    continue
            elif cell_type is float:
                if kind == "money" and raw == round(raw, 2) and abs(raw) < 1e12:  # as core.money.to_cents
                    values[key] = round(raw * 100)
                    continue
                if kind == "int" and raw.is_integer():
                    values[key] = int(raw)
                    continue
            elif ((cell_type is dt.date and kind == "date") or (cell_type is dt.datetime and kind == "datetime")) \
                    and raw >= floor:
                values[key] = raw
                continue
            try:
                values[key] = convert_value(spec, raw)
            except _Bad as bad:
                problems.append(Problem(number, header, key, str(bad)))
                good = False
        if good:
            records.append((number, values))
    return result


def group_records(records: Iterable[tuple[int, dict[str, Any]]],
                  key_field: str) -> dict[Any, list[tuple[int, dict[str, Any]]]]:
    """key → the records sharing it (an order's lines, a repeated SKU), keys and records in
    file order."""
    groups: dict[Any, list[tuple[int, dict[str, Any]]]] = {}
    for number, values in records:
        groups.setdefault(values.get(key_field), []).append((number, values))
    return groups


def find_conflicts(records: Sequence[tuple[int, dict[str, Any]]], key_field: str, fields: Sequence[FieldSpec],
                   duplicates: str = "merge", headers: MappingABC[str, str] | None = None) -> list[Problem]:
    """Problems of rows that share a key (empty keys are not grouped).

    duplicates='merge': rows of one key are one thing (an order's lines, a product listed
    twice); every `group_consistent` field must be equal to the first row's, otherwise
    each later row that differs gets a problem. duplicates='conflict': a key may appear
    once; every later row is a problem. `headers` (field key → the user's header) names
    the columns as the user wrote them; fields' labels otherwise.
    """
    if duplicates not in DUPLICATE_MODES:
        raise ValueError(f"duplicates must be one of {DUPLICATE_MODES}, not {duplicates!r}")
    labels = {spec.key: (headers or {}).get(spec.key) or spec.label() for spec in fields}
    key_label = labels.get(key_field) or key_field
    money = {spec.key for spec in fields if spec.kind == "money"}

    def shown(name: str, value: Any) -> str:  # as the file has it: money in yuan, not the cents it is kept in
        return format_money(value) if name in money and isinstance(value, int) else text_of(value)

    consistent = [spec.key for spec in fields if spec.group_consistent and spec.key != key_field]
    problems: list[Problem] = []
    for key, group in group_records(records, key_field).items():
        if len(group) < 2 or key is None or key == "":
            continue
        first_row, first = group[0]
        for number, values in group[1:]:
            if duplicates == "conflict":
                problems.append(Problem(number, key_label, key_field, tr(
                    "Excel", "'{key}' appears again (first on row {first})").format(key=text_of(key), first=first_row)))
                continue
            for name in consistent:
                if name in first and name in values and first[name] != values[name]:
                    problems.append(Problem(number, labels[name], name, tr(
                        "Excel", "{key_label} '{key}' is also on row {first} with a different {column}: '{a}' vs '{b}'")
                        .format(key_label=key_label, key=text_of(key), first=first_row, column=labels[name],
                                a=shown(name, first[name]), b=shown(name, values[name]))))
    return problems
