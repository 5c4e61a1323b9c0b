"""Which carrier a tracking number 物流单号 belongs to, from its shape.

Each carrier has a few number patterns, written so that a shop owner can read and edit them:

    SF#{12-15}    "SF" then 12 to 15 digits          (顺丰)
    JT#{13}       "JT" then 13 digits                 (极兔)
    75#{12}       "75" then 12 digits: 14 digits     (中通)
    E@#{9}CN      "E", a letter, 9 digits, "CN"       (EMS international)
    JD*           "JD" then any letters and digits    (京东)

`#` is a digit, `@` a letter, `*` any letters and digits (at least one); `{n}` or `{n-m}` after
`#` or `@` repeats it; every other character stands for itself (case does not matter).

Numbers of digits only are shared by several express companies, so a number may match more
than one carrier: the most specific pattern wins (the longest fixed prefix, then the exact
length); a tie means "not sure" and nothing is guessed.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr

# Default patterns by carrier code (db/migrations.py DEFAULT_CARRIERS). The owner edits them
# in the carriers dialog; these are what a new shop starts with.
DEFAULT_PATTERNS: dict[str, tuple[str, ...]] = {
    "SF": ("SF#{12-15}",),
    "ZTO": ("73#{10}", "75#{10}", "75#{12}", "76#{10}", "78#{10}", "78#{12}", "ZTO*"),
    "YTO": ("YT#{13-16}", "D#{9}"),
    "STO": ("77#{10-11}", "88#{10}", "268#{9}", "368#{9}", "468#{9}", "568#{9}", "668#{9}", "768#{9}", "868#{9}",
            "968#{9}"),
    "YD": ("43#{11}", "46#{11}", "46#{13}", "31#{11}", "33#{11}", "19#{11}"),
    "JTSD": ("JT#{13}",),
    "EMS": ("E@#{9}CN", "L@#{9}CN", "1#{12}", "98#{11}"),
    "JD": ("JD*", "JDV@*"),
    "DBL": ("DPK#{12}", "DBL*"),
}

_TOKEN = re.compile(r"#(?:\{(\d+)(?:-(\d+))?\})?|@(?:\{(\d+)(?:-(\d+))?\})?|\*|[A-Za-z0-9\-]")


@dataclass(frozen=True)
class NumberPattern:
    text: str  # as the owner wrote it
    regex: re.Pattern
    prefix: int  # how many fixed characters it starts with
    exact: bool  # a fixed length (no * and no {n-m})


def _repeat(low: str | None, high: str | None) -> str:
    if low is None:
        return ""
    return f"{{{low}}}" if high is None else f"{{{low},{high}}}"


def compile_pattern(text: str) -> NumberPattern:
    """A pattern as written in the carriers dialog; ValidationError says what is wrong."""
    source = (text or "").strip().upper()
    if not source:
        raise ValidationError(tr("Shipping", "A number pattern is empty."), field="patterns")
    parts, prefix, fixed, exact, position = [], 0, True, True, 0
    for match in _TOKEN.finditer(source):
        if match.start() != position:
            break
        position = match.end()
        token = match.group(0)
        if token.startswith("#"):
            parts.append(r"\d" + _repeat(match.group(1), match.group(2)))
            fixed, exact = False, exact and match.group(2) is None
        elif token.startswith("@"):
            parts.append("[A-Z]" + _repeat(match.group(3), match.group(4)))
            fixed, exact = False, exact and match.group(4) is None
        elif token == "*":
            parts.append("[A-Z0-9]+")
            fixed, exact = False, False
        else:
            parts.append(re.escape(token))
            prefix += fixed
    if position != len(source) or not parts or prefix == len(source):
        raise ValidationError(tr("Shipping", "Number pattern '{pattern}': use letters and digits as they are, # for a "
                                             "digit, @ for a letter, * for the rest, and {{12}} or {{12-15}} to repeat "
                                             "(for example SF#{{12-15}}).").format(pattern=text), field="patterns")
    return NumberPattern(text.strip(), re.compile("".join(parts) + r"\Z"), prefix, exact)


def clean_patterns(lines: Iterable[str]) -> list[str]:
    """Patterns typed one a line (or separated by commas): checked, upper case, no repeats."""
    result: list[str] = []
    for line in lines:
        for item in re.split(r"[,，;；\s]+", line or ""):
            if item and item.upper() not in result:
                compile_pattern(item)
                result.append(item.upper())
    return result


def matching_carriers(number: str, table: Iterable[tuple[int, str]]) -> list[int]:
    """Carrier ids whose patterns fit `number` (already cleaned: upper case, no spaces), the
    most specific first; several carriers only when they are equally specific."""
    best: dict[int, tuple[int, int]] = {}
    for carrier_id, text in table:
        try:
            pattern = compile_pattern(text)
        except ValidationError:
            continue
        if pattern.regex.match(number):
            score = (pattern.prefix, int(pattern.exact))
            if score > best.get(carrier_id, (-1, -1)):
                best[carrier_id] = score
    if not best:
        return []
    top = max(best.values())
    return sorted(carrier_id for carrier_id, score in best.items() if score == top)


def recognise(number: str, table: Iterable[tuple[int, str]]) -> int | None:
    """The one carrier the number belongs to, or None (no pattern fits, or it is not sure)."""
    found = matching_carriers(number, table)
    return found[0] if len(found) == 1 else None
