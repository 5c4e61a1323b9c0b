"""How values look in tables and forms: one place, so every screen agrees."""
from __future__ import annotations

import datetime as dt
from typing import Any

from shopmanager.core.i18n import tr
from shopmanager.core.money import format_money

NUMERIC_KINDS = {"int", "money", "decimal", "percent"}


def display(kind: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if kind == "money":
        return format_money(int(value))
    if kind == "int":
        return f"{int(value):,}"
    if kind == "percent":
        return f"{float(value):.1%}"
    if kind == "datetime":
        if isinstance(value, str):
            return value[:16]
        return value.strftime("%Y-%m-%d %H:%M")
    if kind == "date":
        if isinstance(value, str):
            return value[:10]
        return value.strftime("%Y-%m-%d") if isinstance(value, (dt.date, dt.datetime)) else str(value)
    if kind == "bool":
        return tr("Common", "Yes") if value else tr("Common", "No")
    return str(value)
