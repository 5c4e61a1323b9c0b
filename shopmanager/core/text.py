"""Text as people typed it and platforms exported it, made safe to keep and to show.

One cleaning rule for every name, receiver, address and message, whether it comes
from a form, an import or the command line:

- control characters (ESC, BEL, NUL, the C1 block …) are removed: in a terminal an
  ESC sequence can rewrite the screen, in a table it is an invisible box;
- the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the
  other invisible format marks that reorder or hide text (U+200E/U+200F, U+061C) are
  removed: "‮gnp.exe" must not read as "exe.png";
- line breaks stay in multi-line text (messages, notes) as "\\n"; single-line text gets
  a space instead; tabs become spaces;
- the joiners emoji and Indic scripts need (U+200C, U+200D) stay.

`number_text` unwraps the two ways platforms keep long numbers whole in Excel:
`="3051000000000001"` and a leading apostrophe `'13800000000`.
"""
from __future__ import annotations

import re
import unicodedata

# C0 (except tab and line breaks, handled below), DEL, C1.
_CONTROL = "".join(chr(c) for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)])
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f"
_INVISIBLE = "\ufeff\u00ad\u180e\u2028\u2029\ufff9\ufffa\ufffb"  # BOM, soft hyphen, separators, annotation marks
_REMOVE = {ord(ch): None for ch in _CONTROL + _BIDI + _INVISIBLE}
_UNSAFE = re.compile(f"[{re.escape(_CONTROL + _BIDI + _INVISIBLE)}]")
_BREAKS = re.compile(r"\r\n|\r|\n")


def clean_text(value: object, *, multiline: bool = False) -> str:
    """`value` as text without control characters or bidi overrides, stripped.

    Multi-line text keeps its line breaks (as \\n, trailing spaces of each line removed);
    single-line text has them replaced by a space."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    if text.isascii() and text.isprintable():
        return text.strip()  # the common case, without the work below
    text = text.replace("\t", " ")
    if multiline:
        text = "\n".join(line.rstrip() for line in _BREAKS.split(text))
    else:
        text = _BREAKS.sub(" ", text).replace("\u2028", " ").replace("\u2029", " ")
    return text.translate(_REMOVE).strip()


def has_unsafe(text: str) -> bool:
    """True when `text` holds a character clean_text would remove (or a line break)."""
    return bool(_UNSAFE.search(text))


def printable(text: object) -> str:
    """What the command line may print: control and bidi characters shown as \\x1b / \\u202e,
    line breaks and tabs kept (a message may span lines)."""
    text = "" if text is None else str(text)
    if text.isascii() and text.isprintable():
        return text
    return _UNSAFE.sub(lambda m: _escape(m.group()), text)


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def number_text(text: str) -> str:
    """A number a platform kept whole for Excel: ="3051000000000001" → 3051000000000001,
    '13800000000 → 13800000000 (a single leading apostrophe, as Excel's text prefix)."""
    stripped = text.strip()
    if stripped.startswith('="') and stripped.endswith('"') and len(stripped) >= 3:
        return stripped[2:-1].replace('""', '"').strip()
    if stripped[:1] == "'" and len(stripped) > 1:
        return stripped[1:].strip()
    return stripped


def normal_width(text: str) -> str:
    """Full-width digits, letters and punctuation (１２３，ＡＢ) as ASCII (NFKC)."""
    return unicodedata.normalize("NFKC", text)
