"""How a value of a kind reads, on screen, in reports and anywhere else: one place."""
from __future__ import annotations

import datetime as dt
import math
from typing import Any

from shopmanager.core.i18n import tr
from shopmanager.core.money import format_money

NUMERIC_KINDS = {"int", "money", "decimal", "percent"}


def format_value(kind: str, value: Any) -> str:
    """kinds: text, int, money (cents), decimal, percent (0..1), date, datetime, bool."""
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
        if isinstance(value, dt.datetime):
            return value.strftime("%Y-%m-%d %H:%M")
    if kind in ("date", "datetime"):
        if isinstance(value, str):
            return value[:10]
        if isinstance(value, (dt.date, dt.datetime)):
            return value.strftime("%Y-%m-%d")
    if kind == "bool":
        return tr("Common", "Yes") if value else tr("Common", "No")
    return str(value)


def nice_top(value: float, steps: int = 4) -> float:
    """The smallest round axis maximum (1, 2, 2.5 or 5 × 10ⁿ per step) at or above `value`:
    charts on screen and in reports end their axis on it."""
    if value <= 0:
        return float(steps)
    raw = value / steps
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return step * steps
