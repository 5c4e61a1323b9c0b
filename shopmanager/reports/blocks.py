"""The building blocks every report composes: tables, forms, charts, signatures."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from shopmanager.core.formatting import format_value, nice_top
from shopmanager.core.i18n import current_language
from shopmanager.reports.style import (
    ACCENT, FONT_NAME, FORM, GRID, HEADER_FILL, INK, RULE, SIGNATURE, STYLES, TOTALS, ZEBRA_FILL,
)

A4_BODY_WIDTH = 210 * mm - 28 * mm


@dataclass(frozen=True)
class ReportColumn:
    header: str
    width_mm: float | None = None
    align: str = "left"  # left | right | center
    kind: str = "text"  # text | int | money (cents) | date | datetime | percent


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_format = format_value  # the one formatting of values, shared with the screens


def paragraph(text: str, style: str = "body") -> Paragraph:
    return Paragraph(_escape(text).replace("\n", "<br/>"), STYLES[style])


class _Heading(Paragraph):
    """A section title that never stays alone at the foot of a page: with less than
    `room_after` below it, it goes to the next page with what it introduces."""

    room_after = 25 * mm

    def wrap(self, availWidth, availHeight):  # noqa: N803 - reportlab API
        width, height = super().wrap(availWidth, availHeight)
        self._orphan = availHeight < height + self.room_after
        return width, (availHeight + 1 if self._orphan else height)

    def split(self, availWidth, availHeight):  # noqa: N803
        if getattr(self, "_orphan", False):
            return []  # not here: on the next page
        return super().split(availWidth, availHeight)


def section(title: str) -> Paragraph:
    return _Heading(_escape(title), STYLES["heading"])


def note(text: str) -> Paragraph:
    return paragraph(text, "small")


def spacer(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)


def page_break() -> PageBreak:
    return PageBreak()


def _widths(columns: Sequence[ReportColumn], total: float) -> list[float]:
    fixed = sum(c.width_mm * mm for c in columns if c.width_mm)
    free = [c for c in columns if not c.width_mm]
    share = max(12 * mm, (total - fixed) / len(free)) if free else 0
    widths = [c.width_mm * mm if c.width_mm else share for c in columns]
    scale = min(1.0, total / sum(widths)) if sum(widths) else 1.0
    return [w * scale for w in widths]


def data_table(columns: Sequence[ReportColumn], rows: Sequence[Sequence[Any]], *, totals: Sequence[Any] | None = None,
               width: float = A4_BODY_WIDTH) -> Table:
    """A long table that splits across pages with its header repeated; text wraps (Chinese too)."""
    cell_style = {"left": STYLES["cell"], "right": STYLES["cell_right"], "center": STYLES["cell_center"]}
    header = [Paragraph(_escape(c.header), STYLES["cell_head"]) for c in columns]
    body = [[Paragraph(_escape(_format(c.kind, value)), cell_style[c.align]) for c, value in zip(columns, row)]
            for row in rows]
    data = [header] + body
    if totals is not None:
        data.append([Paragraph(_escape(_format(c.kind, value)), cell_style[c.align])
                     for c, value in zip(columns, totals)])
    table = Table(data, colWidths=_widths(columns, width), repeatRows=1, hAlign="LEFT")
    commands = list(GRID)
    for index in range(1, len(body) + 1, 2):
        commands.append(("BACKGROUND", (0, index), (-1, index), ZEBRA_FILL))
    if totals is not None:
        commands.extend(TOTALS)
    table.setStyle(TableStyle(commands))
    return table


def key_value_table(pairs: Sequence[tuple[str, Any]], *, columns: int = 2, width: float = A4_BODY_WIDTH) -> Table:
    """Label/value pairs of one record, `columns` pairs per line."""
    cells = []
    for label, value in pairs:
        cells.extend([Paragraph(_escape(label), STYLES["small"]), Paragraph(_escape(_format("date", value)
                                                                                     if isinstance(value, (dt.date,))
                                                                                     else str(value or "")),
                                                                             STYLES["body"])])
    per_line = columns * 2
    while len(cells) % per_line:
        cells.append("")
    data = [cells[i:i + per_line] for i in range(0, len(cells), per_line)]
    label_width = 24 * mm
    value_width = (width - columns * label_width) / columns
    table = Table(data, colWidths=[label_width, value_width] * columns, hAlign="LEFT")
    commands = list(FORM)
    for column in range(0, per_line, 2):
        commands.append(("BACKGROUND", (column, 0), (column, -1), HEADER_FILL))
    table.setStyle(TableStyle(commands))
    return table


def signature_block(labels: Sequence[str], *, width: float = A4_BODY_WIDTH) -> KeepTogether:
    """'签字 ______  日期 ______' for each person who signs."""
    from shopmanager.core.i18n import tr

    data = [[tr("Reports", "{label}: ________________").format(label=label), tr("Reports", "Date: __________")]
            for label in labels]
    table = Table(data, colWidths=[width * 0.6, width * 0.4], hAlign="LEFT")
    table.setStyle(TableStyle(SIGNATURE))
    return KeepTogether([spacer(6), table])


def summary_cards(items: Sequence[tuple[str, str]], *, width: float = A4_BODY_WIDTH) -> Table:
    """A row of big numbers: (label, value)."""
    values = [Paragraph(_escape(value), STYLES["card_value"]) for _label, value in items]
    labels = [Paragraph(_escape(label), STYLES["card_label"]) for label, _value in items]
    table = Table([values, labels], colWidths=[width / len(items)] * len(items), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, INK), ("INNERGRID", (0, 0), (-1, -1), 0.25, RULE),
        ("LINEBELOW", (0, 0), (-1, 0), 0, colors.white), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
    ]))
    return table


def _axis_labels(labels: Sequence[str], limit: int) -> list[str]:
    """Every label when few, otherwise every n-th so they stay readable."""
    if len(labels) <= limit:
        return list(labels)
    step = -(-len(labels) // limit)
    return [label if i % step == 0 else "" for i, label in enumerate(labels)]


def _value_label(value: float, money: bool, scale: float | None = None) -> str:
    """Yuan from cents; when the value (or the whole axis, `scale`) reaches 100,000, in 万 in
    Chinese ("8.2万", "10万") and in thousands in English ("82k") — never "10.0万" or "0.0万"."""
    if money:
        yuan = value / 100
        large = abs((scale if scale is not None else value) / 100) >= 100000
        if not large:
            return f"{yuan:,.0f}"
        if not yuan:
            return "0"
        if current_language() == "zh_CN":
            return f"{yuan / 10000:,.1f}".removesuffix(".0") + "万"
        return f"{yuan / 1000:,.0f}k"
    return f"{value:,.0f}"


def _chart_frame(title: str, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 12, title, fontName=FONT_NAME, fontSize=10, fillColor=ACCENT))
    return drawing


def _axes(chart, labels: Sequence[str], money: bool) -> None:
    """Both axes in the CJK font; many category labels thinned out and slanted."""
    chart.categoryAxis.categoryNames = _axis_labels(list(labels) or [""], 16)
    chart.categoryAxis.labels.fontName = FONT_NAME
    chart.categoryAxis.labels.fontSize = 7
    if len(labels) > 8:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = FONT_NAME
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = lambda v: _value_label(v, money)


def bar_chart(labels: Sequence[str], values: Sequence[float], *, title: str, money: bool = False,
              width: float = A4_BODY_WIDTH, height: float = 62 * mm, previous: Sequence[float] | None = None,
              names: Sequence[str] = (), value_labels: bool = True) -> Drawing:
    """Bars for a few categories (channels, staff, months) or many days (labels thinned out).

    The axis ends on a round number above the tallest bar, so its value label fits; with
    `previous` (the same categories one period earlier) each category shows that bar,
    lighter, beside this one, and `names` gives the legend (previous, this)."""
    drawing = _chart_frame(title, width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 42, 28
    chart.width, chart.height = width - 56, height - 50
    current = [float(v) for v in values] or [0.0]
    series = ([[float(v) for v in previous] or [0.0]] if previous is not None else []) + [current]
    chart.data = series
    shades = [colors.HexColor("#cfd8dc"), colors.HexColor("#546e7a")] if previous is not None else [
        colors.HexColor("#78909c")]
    for index, shade in enumerate(shades):
        chart.bars[index].fillColor = shade
        chart.bars[index].strokeColor = None
    if previous is not None:
        chart.groupSpacing = 3
        chart.barSpacing = 0.5
    _axes(chart, labels, money)
    tallest = max(max(row) for row in series)
    chart.valueAxis.valueMax = nice_top(tallest * 1.12) if tallest > 0 else (400 if money else 4)  # ¥4, not 4 cents
    chart.valueAxis.valueStep = chart.valueAxis.valueMax / 4
    chart.valueAxis.labelTextFormat = lambda v, top=chart.valueAxis.valueMax: _value_label(v, money, top)
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.valueAxis.visibleGrid = True
    if value_labels:
        many = len(current) > 16
        top = chart.valueAxis.valueMax
        label = (lambda v: _value_label(v, money, top) if v else "")
        chart.barLabelFormat = ([None] * (len(series) - 1)) + [label]
        chart.barLabels.fontName = FONT_NAME
        chart.barLabels.fontSize = 5.5 if many else 7
        chart.barLabels.fillColor = INK
        chart.barLabels.nudge = 2 if many else 6
        if many:
            chart.barLabels.angle = 90
            chart.barLabels.boxAnchor = "w"
    drawing.add(chart)
    for index, name in enumerate(names[:len(series)]):
        x = width - 150 + index * 75
        drawing.add(Rect(x, height - 12, 8, 7, fillColor=shades[index], strokeColor=None))
        drawing.add(String(x + 11, height - 12, name, fontName=FONT_NAME, fontSize=8, fillColor=INK))
    return drawing


def line_chart(labels: Sequence[str], series: Sequence[Sequence[float]], *, title: str, names: Sequence[str] = (),
               money: bool = False, width: float = A4_BODY_WIDTH, height: float = 62 * mm) -> Drawing:
    """A trend over days or months; several series share the axis."""
    drawing = _chart_frame(title, width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 42, 28
    chart.width, chart.height = width - 56, height - 50
    chart.data = [[float(v) for v in values] or [0] for values in series]
    palette = [colors.HexColor("#37474f"), colors.HexColor("#9e9e9e"), colors.HexColor("#795548")]
    for index in range(len(chart.data)):
        chart.lines[index].strokeColor = palette[index % len(palette)]
        chart.lines[index].strokeWidth = 1.5
    _axes(chart, labels, money)
    drawing.add(chart)
    for index, name in enumerate(names):
        drawing.add(String(width - 120 + index * 60, height - 12, f"— {name}", fontName=FONT_NAME, fontSize=8,
                           fillColor=palette[index % len(palette)]))
    return drawing


