"""A compact grid for the roster and attendance reports (people × days), in the one report
style (fonts, rules and fills of reports/style.py): small type so a week, or a month of 31
days, fits a landscape page; an optional light fill per cell (a shift's colour)."""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from shopmanager.reports.blocks import _escape
from shopmanager.reports.style import FONT_NAME, GRID, INK, TOTALS, ZEBRA_FILL, register_fonts, word_wrap


def _style(size: float, align: int) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(f"grid{size}{align}", fontName=FONT_NAME, fontSize=size, leading=size * 1.25,
                          textColor=INK, alignment=align, wordWrap=word_wrap())


def grid_table(headers: Sequence[str], rows: Sequence[Sequence[str]], widths_mm: Sequence[float], *,
               font_size: float = 7.5, left_columns: int = 1, fills: dict[tuple[int, int], str] | None = None,
               totals: Sequence[str] | None = None, marks: dict[tuple[int, int], str] | None = None) -> Table:
    """Header repeated on each page; the first `left_columns` columns left-aligned, the rest
    centred; `fills` (row, column) → '#rrggbb' of body cells; `marks` (row, column) → a
    colour for the cell's text (conflicts in red)."""
    left, centre = _style(font_size, TA_LEFT), _style(font_size, TA_CENTER)
    head = _style(font_size, TA_CENTER)
    data = [[Paragraph(_escape(h), head) for h in headers]]
    marks = marks or {}
    for r, row in enumerate(rows):
        cells = []
        for c, value in enumerate(row):
            text = _escape(str(value or "")).replace("\n", "<br/>")
            if (r, c) in marks:
                text = f'<font color="{marks[(r, c)]}">{text}</font>'
            cells.append(Paragraph(text, left if c < left_columns else centre))
        data.append(cells)
    if totals is not None:
        data.append([Paragraph(_escape(str(v or "")), left if c < left_columns else centre)
                     for c, v in enumerate(totals)])
    table = Table(data, colWidths=[w * mm for w in widths_mm], repeatRows=1, hAlign="LEFT")
    commands = list(GRID)
    commands.append(("FONT", (0, 0), (-1, -1), FONT_NAME, font_size))
    commands.extend([("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                     ("LEFTPADDING", (0, 0), (-1, -1), 1.5), ("RIGHTPADDING", (0, 0), (-1, -1), 1.5)])
    for index in range(1, len(rows) + 1, 2):
        commands.append(("BACKGROUND", (0, index), (left_columns - 1, index), ZEBRA_FILL))
    for (r, c), colour in (fills or {}).items():
        commands.append(("BACKGROUND", (c, r + 1), (c, r + 1), colors.HexColor(colour)))
    if totals is not None:
        commands.extend(TOTALS)
    table.setStyle(TableStyle(commands))
    return table
