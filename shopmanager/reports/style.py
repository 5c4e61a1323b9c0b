"""Fonts, paragraph styles and the few named table styles shared by all reports.

Print-friendly: black text, light grey fills that stay readable on a black-and-white
printer, thin rules. The bundled WenQuanYi Micro Hei (TrueType, in a TTC) is embedded
as a subset in every PDF; reportlab cannot embed OTF/CFF fonts such as Noto CJK.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from shopmanager.core.i18n import current_language
from shopmanager.core.paths import font_file

FONT_NAME = "WQYMicroHei"
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9e9e9e")
HEADER_FILL = colors.HexColor("#e3e3e3")
ZEBRA_FILL = colors.HexColor("#f5f5f5")
TOTAL_FILL = colors.HexColor("#d6d6d6")
ACCENT = colors.HexColor("#37474f")

_registered = False


def register_fonts() -> str:
    """Register the CJK font once per process; bold/italic map to it too (the font has no bold face)."""
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont(FONT_NAME, str(font_file()), subfontIndex=0))
        pdfmetrics.registerFontFamily(FONT_NAME, normal=FONT_NAME, bold=FONT_NAME, italic=FONT_NAME,
                                      boldItalic=FONT_NAME)
        _registered = True
    return FONT_NAME


def word_wrap() -> str | None:
    """How paragraphs break lines in the report's language: Chinese anywhere between
    characters (with its punctuation rules), English at spaces — "Days worked", not
    "Days worke / d" (a long unbroken name is still split where it must be)."""
    return "CJK" if current_language() == "zh_CN" else None


def use_language_wrapping() -> None:
    """Called when a report is built: the shared styles wrap in the language of that report."""
    for style in STYLES.values():
        style.wordWrap = word_wrap()


def _style(name: str, size: float, *, leading: float | None = None, color=INK, align=TA_LEFT,
           space_before: float = 0, space_after: float = 0) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(name, fontName=FONT_NAME, fontSize=size, leading=leading or size * 1.35, textColor=color,
                          alignment=align, spaceBefore=space_before, spaceAfter=space_after, wordWrap=word_wrap())


STYLES = {
    "title": _style("title", 16, align=TA_CENTER, space_after=4),
    "subtitle": _style("subtitle", 10, color=MUTED, align=TA_CENTER, space_after=8),
    "heading": _style("heading", 12, color=ACCENT, space_before=10, space_after=4),
    "body": _style("body", 9.5),
    "small": _style("small", 8, color=MUTED),
    "cell": _style("cell", 8.5, leading=11),
    "cell_right": _style("cell_right", 8.5, leading=11, align=TA_RIGHT),
    "cell_center": _style("cell_center", 8.5, leading=11, align=TA_CENTER),
    "cell_head": _style("cell_head", 8.5, leading=11, align=TA_CENTER),
    "cell_small": _style("cell_small", 7.5, leading=9.5),
    "card_value": _style("card_value", 15, leading=19, align=TA_CENTER),
    "card_label": _style("card_label", 8.5, color=MUTED, align=TA_CENTER),
}

# Data tables: a filled header row repeated on every page, thin grid, zebra rows.
GRID = [
    ("FONT", (0, 0), (-1, -1), FONT_NAME, 8.5),
    ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
    ("GRID", (0, 0), (-1, -1), 0.25, RULE),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
]
# The last row of a data table holding totals.
TOTALS = [
    ("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL),
    ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
]
# Label/value pairs of one record (packing slip header, appraisal form).
FORM = [
    ("FONT", (0, 0), (-1, -1), FONT_NAME, 9),
    ("BOX", (0, 0), (-1, -1), 0.6, INK),
    ("INNERGRID", (0, 0), (-1, -1), 0.25, RULE),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("TOPPADDING", (0, 0), (-1, -1), 3),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]
# Signature lines at the foot of a form.
SIGNATURE = [
    ("FONT", (0, 0), (-1, -1), FONT_NAME, 9),
    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ("TOPPADDING", (0, 0), (-1, -1), 14),
]
