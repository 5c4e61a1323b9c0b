"""From raw cells to field values, with every problem reported by row, column and reason."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.money import to_cents
from shopmanager.excel.mapping import FieldSpec
from shopmanager.excel.reader import Sheet

EXCEL_EPOCH = dt.datetime(1899, 12, 30)
TRUE_WORDS = {"是", "y", "yes", "true", "1", "√", "✓", "有", "对"}
FALSE_WORDS = {"否", "n", "no", "false", "0", "×", "✗", "无", "错"}
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d", "%Y年%m月%d日")
DATETIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M",
                    "%Y-%m-%dT%H:%M:%S", "%Y年%m月%d日 %H:%M:%S", "%Y年%m月%d日 %H:%M")


@dataclass(frozen=True)
class Problem:
    row: int  # spreadsheet row number (0: the whole file)
    column: str  # the user's header
    field: str
    message: str

    def text(self) -> str:
        if self.row:
            return tr("Excel", "Row {row}, {column}: {message}").format(row=self.row, column=self.column,
                                                                      message=self.message)
        return self.message


@dataclass
class ConvertResult:
    records: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class _Bad(Exception):
    pass


def text_of(value: Any) -> str:
    """How a cell reads as text: 12345.0 → '12345', never '1.2345E4'."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:.15g}"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ") if value.time() != dt.time() else value.date().isoformat()
    return str(value).strip()


def _int(value: Any) -> int:
    if isinstance(value, bool):
        raise _Bad(tr("Excel", "'{value}' is not a whole number").format(value=value))
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise _Bad(tr("Excel", "'{value}' is not a whole number").format(value=text_of(value)))
    text = str(value).strip().replace(",", "")
    try:
        return int(text)
    except ValueError:
        try:
            number = Decimal(text)
        except InvalidOperation:
            number = None
        if number is not None and number == number.to_integral_value():
            return int(number)
        raise _Bad(tr("Excel", "'{value}' is not a whole number").format(value=text)) from None


def _date(value: Any, with_time: bool) -> dt.date | dt.datetime:
    if isinstance(value, dt.datetime):
        return value if with_time else value.date()
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time()) if with_time else value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel serial days (1900 system), up to 9999-12-31
            moment = EXCEL_EPOCH + dt.timedelta(days=float(value))
            moment = moment.replace(microsecond=0)
            return moment if with_time else moment.date()
        if 19000101 <= value <= 99991231:
            return _date(str(int(value)), with_time)
        raise _Bad(tr("Excel", "'{value}' is not a date").format(value=text_of(value)))
    text = re.sub(r"\s+", " ", str(value).strip())
    if re.fullmatch(r"\d{1,5}(\.\d+)?", text):  # a serial number that a CSV turned into text
        return _date(float(text), with_time)
    for pattern in (DATETIME_FORMATS if with_time else ()) + DATE_FORMATS:
        try:
            moment = dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
        return moment if with_time else moment.date()
    if not with_time:
        for pattern in DATETIME_FORMATS:
            try:
                return dt.datetime.strptime(text, pattern).date()
            except ValueError:
                continue
    raise _Bad(tr("Excel", "'{value}' is not a date (write it like 2024-01-05)").format(value=text))


def convert_value(spec: FieldSpec, value: Any) -> Any:
    """The field's value from one cell; raises _Bad with the reason."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if spec.required:
            raise _Bad(tr("Excel", "required, but empty"))
        return None if spec.kind != "text" else ""
    kind = spec.kind
    if kind == "text":
        text = text_of(value)
        if spec.max_length and len(text) > spec.max_length:
            raise _Bad(tr("Excel", "longer than {n} characters").format(n=spec.max_length))
        return text
    if kind == "int":
        return _int(value)
    if kind == "money":
        try:
            return to_cents(value.strip() if isinstance(value, str) else value)
        except ValidationError:
            raise _Bad(tr("Excel", "'{value}' is not an amount").format(value=text_of(value))) from None
    if kind == "decimal":
        try:
            return Decimal(text_of(value).replace(",", ""))
        except InvalidOperation:
            raise _Bad(tr("Excel", "'{value}' is not a number").format(value=text_of(value))) from None
    if kind in ("date", "datetime"):
        return _date(value, kind == "datetime")
    if kind == "bool":
        word = text_of(value).lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise _Bad(tr("Excel", "'{value}' is not yes/no (是/否)").format(value=text_of(value)))
    if kind == "choice":
        text = text_of(value)
        choices = spec.choices() if spec.choices else {}
        for code, label in choices.items():
            if text.lower() in (code.lower(), label.lower()):
                return code
        raise _Bad(tr("Excel", "'{value}' is not one of: {choices}").format(
            value=text, choices=", ".join(choices.values())))
    raise _Bad(f"unknown kind {kind}")


def convert_rows(sheet: Sheet, mapping: dict[str, int], fields: list[FieldSpec]) -> ConvertResult:
    """Every mapped field of every row; a required field without a column is one problem for the file."""
    result = ConvertResult()
    specs = [f for f in fields if f.key in mapping]
    for spec in fields:
        if spec.required and spec.key not in mapping:
            result.problems.append(Problem(0, "", spec.key, tr(
                "Excel", "No column is mapped to the required field '{field}'.").format(field=spec.label())))
    if any(p.row == 0 for p in result.problems):
        return result
    plan = [(spec.key, spec, mapping[spec.key], sheet.headers[mapping[spec.key]]
             if mapping[spec.key] < len(sheet.headers) else "",
             spec.kind == "text", spec.max_length, spec.required) for spec in specs]
    for number, row in zip(sheet.row_numbers, sheet.rows):
        values: dict[str, Any] = {}
        good = True
        width = len(row)
        for key, spec, index, header, is_text, max_length, required in plan:
            raw = row[index] if index < width else None
            if is_text and type(raw) is str:  # the common case, without the general converter
                text = raw.strip()
                if text and (not max_length or len(text) <= max_length):
                    values[key] = text
                    continue
                if not text and not required:
                    values[key] = ""
                    continue
            try:
                values[key] = convert_value(spec, raw)
            except _Bad as bad:
                result.problems.append(Problem(number, header, key, str(bad)))
                good = False
        if good:
            result.records.append((number, values))
    return result


def group_records(records: Iterable[tuple[int, dict[str, Any]]], key_field: str) -> dict[Any, list[tuple[int, dict]]]:
    """Records sharing a key (an order's lines, a repeated SKU), in file order."""
    groups: dict[Any, list[tuple[int, dict]]] = {}
    for number, values in records:
        groups.setdefault(values.get(key_field), []).append((number, values))
    return groups


def find_conflicts(records: list[tuple[int, dict[str, Any]]], key_field: str, fields: list[FieldSpec],
                   duplicates: str = "merge", headers: dict[str, str] | None = None) -> list[Problem]:
    """Rows of one key must agree on the `group_consistent` fields; with duplicates='conflict'
    a repeated key is a problem by itself."""
    labels = {f.key: (headers or {}).get(f.key) or f.label() for f in fields}
    consistent = [f.key for f in fields if f.group_consistent]
    problems = []
    for key, group in group_records(records, key_field).items():
        if len(group) < 2:
            continue
        first_row, first = group[0]
        for number, values in group[1:]:
            if duplicates == "conflict":
                problems.append(Problem(number, labels[key_field], key_field, tr(
                    "Excel", "'{key}' appears again (first on row {first})").format(key=key, first=first_row)))
                continue
            for name in consistent:
                if name in first and name in values and first[name] != values[name]:
                    problems.append(Problem(number, labels[name], name, tr(
                        "Excel", "{key_label} '{key}' is also on row {first} with a different {column}: '{a}' vs '{b}'")
                        .format(key_label=labels[key_field], key=key, first=first_row, column=labels[name],
                                a=text_of(first[name]), b=text_of(values[name]))))
    return problems
