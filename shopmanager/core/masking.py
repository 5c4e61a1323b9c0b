"""Masking of customers' personal data for roles that do not need it (seed 002 §7)."""
from __future__ import annotations

import re

_DIGITS = re.compile(r"\d")


def mask_phone(phone: str | None) -> str:
    """13812345678 → 138****5678; short or odd numbers keep only their last two digits."""
    if not phone:
        return ""
    text = phone.strip()
    digits = _DIGITS.findall(text)
    if len(digits) >= 11:
        return f"{''.join(digits[:3])}****{''.join(digits[-4:])}"
    if len(digits) >= 4:
        return "*" * (len(text) - 2) + text[-2:]
    return "****"


def mask_name(name: str | None) -> str:
    """张三丰 → 张**; keeps the surname so staff can still greet the buyer."""
    if not name:
        return ""
    text = name.strip()
    return text[:1] + "*" * max(1, len(text) - 1)


def mask_address(address: str | None) -> str:
    """Keep the first few characters (province/city), hide the street and door number."""
    if not address:
        return ""
    text = address.strip()
    keep = min(6, max(2, len(text) // 3))
    return text[:keep] + "****"
