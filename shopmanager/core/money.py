"""Money as integer cents (分) in storage, Decimal at the edges, never float.

Rounding: half up (四舍五入) to the cent, once, where an amount enters the program.

What an amount may look like when typed or imported: "12", "12.5", "-2.50", "¥1,234.56",
"99.99元", "１２.５" (full width). A comma is a thousands separator only inside a
well-formed group ("1,234.50", "12,345,678"); anything else with a comma ("12,5" — a
European decimal comma — "1,23", "12,34,567") is refused rather than guessed, since
"12,5" read as 125.00 is a price ten times too high. Amounts beyond MAX_AMOUNT yuan
are refused with a message (not decimal.InvalidOperation).
"""
from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, InvalidOperation

from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr

CENT = Decimal("0.01")
MAX_AMOUNT = Decimal(10) ** 12  # a trillion yuan: above it an amount is a typing or file error
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")
_SYMBOLS = str.maketrans({"¥": None, "￥": None, "元": None, "\u00a0": None, " ": None, "\u3000": None,
                          "，": ",", "．": "."})


class NotANumber(ValueError):
    """Text that is not a number (`reason` says why, for the user)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def parse_decimal(value: object) -> Decimal:
    """A number as typed or exported: currency signs and spaces ignored, full-width digits
    read, commas only as thousands separators in well-formed groups. Raises NotANumber
    with the reason (comma, too large, not a number)."""
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, bool):
        raise NotANumber(tr("Money", "not a number"))
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise NotANumber(tr("Money", "not a number"))
        number = Decimal(repr(value))
    else:
        text = str(value).strip()
        if not text.isascii():
            text = unicodedata.normalize("NFKC", text)
        text = text.translate(_SYMBOLS)
        if "," in text:
            if not _GROUPED.fullmatch(text):
                raise NotANumber(tr("Money", "a comma is only allowed between groups of three digits (1,234.50); "
                                             "write a decimal point: 12.5"))
            text = text.replace(",", "")
        if not _NUMBER.fullmatch(text):
            raise NotANumber(tr("Money", "not a number"))
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise NotANumber(tr("Money", "not a number")) from None
    if not number.is_finite():
        raise NotANumber(tr("Money", "not a number"))
    if abs(number) >= MAX_AMOUNT:
        raise NotANumber(tr("Money", "far too large"))
    return number


def cents_of(amount: Decimal) -> int:
    """Yuan → cents, half up (四舍五入). `amount` must come from parse_decimal (bounded)."""
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def to_cents(value: object, *, field: str = "") -> int:
    """Parse a user's amount (¥1,234.5 / 12 / Decimal) into cents, rounding half up.
    ValidationError naming the field and the value when it is not an amount."""
    if value is None or value == "":
        return 0
    if isinstance(value, float) and value == round(value, 2) and abs(value) < 1e12:
        return int(round(value * 100))  # whole cents, as spreadsheets hold prices
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < MAX_AMOUNT:
        return value * 100
    try:
        amount = parse_decimal(value)
    except NotANumber as error:
        shown = str(value).strip()
        if len(shown) > 40:
            shown = shown[:40] + "…"
        raise ValidationError(tr("Money", "{field}: '{value}' is not an amount ({reason}).").format(
            field=field, value=shown, reason=error.reason).lstrip(": "), field=field) from None
    return cents_of(amount)


def line_amounts(qty: int, unit_price: Decimal | None, line_total: Decimal | None) -> tuple[int, int, int] | None:
    """(unit price, discount, line total) in cents of one order line imported from a file.

    The file's line total is the truth: it is kept, rounded half up to the cent, and the
    rounding of the unit price is carried in the line's discount (unit × qty − discount =
    line total, discount ≥ 0). Without a line total it is the file's unit price × qty,
    rounded once. None when the file gives neither. `qty` must be at least 1."""
    if line_total is not None:
        total = cents_of(line_total)
    elif unit_price is not None:
        total = cents_of(unit_price * qty)
    else:
        return None
    if unit_price is not None:
        unit = cents_of(unit_price)
    else:
        unit = int((Decimal(total) / qty).to_integral_value(rounding=ROUND_CEILING))
    if unit * qty < total:  # the unit price was rounded down below the total: the smallest that covers it
        unit = int((Decimal(total) / qty).to_integral_value(rounding=ROUND_CEILING))
    return unit, unit * qty - total, total


def spread(amount: int, weights: list[int]) -> list[int]:
    """`amount` cents shared out in proportion to `weights` (largest remainder): the parts
    add up to `amount` exactly and none exceeds its weight when amount ≤ sum(weights)."""
    total = sum(weights)
    if not weights:
        return []
    if total <= 0:
        return [amount] + [0] * (len(weights) - 1)
    shares = [amount * w // total for w in weights]
    rest = amount - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: (-(amount * weights[i] % total), i))
    for i in order[:rest]:
        shares[i] += 1
    return shares


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
