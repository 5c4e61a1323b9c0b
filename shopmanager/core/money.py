"""Money as integer cents (分) in storage, Decimal at the edges, never float."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr

CENT = Decimal("0.01")


def to_cents(value: object, *, field: str = "") -> int:
    """Parse a user's amount (¥1,234.5 / 12 / Decimal) into cents, rounding half up."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        raise ValidationError(tr("Money", "{field}: not an amount").format(field=field), field=field)
    if isinstance(value, int):
        return value * 100
    if isinstance(value, float):
        if value == round(value, 2) and abs(value) < 1e12:  # whole cents, as spreadsheets hold prices
            return int(round(value * 100))
        value = repr(value)
    text = str(value).strip().replace(",", "").replace("¥", "").replace("￥", "").replace("元", "")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValidationError(
            tr("Money", "{field}: '{value}' is not an amount").format(field=field, value=value), field=field
        ) from None
    if not amount.is_finite():
        raise ValidationError(tr("Money", "{field}: not an amount").format(field=field), field=field)
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def to_decimal(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def format_money(cents: int | None, *, symbol: bool = False) -> str:
    """1234567 → '12,345.67' (with '¥' when asked)."""
    if cents is None:
        return ""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    text = f"{sign}{whole:,}.{frac:02d}"
    return f"¥{text}" if symbol else text
