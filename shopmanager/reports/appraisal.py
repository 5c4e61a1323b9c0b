"""The appraisal form (绩效考核表) in the one report style: built from plain data, so the monthly
report of two hundred employees stays close to what bare reportlab costs — numbers go into
the table as plain strings in the CJK font; only the texts that may wrap (indicator names,
comments) are Paragraphs."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from shopmanager.reports.blocks import A4_BODY_WIDTH, _escape, spacer
from shopmanager.reports.style import FONT_NAME, FORM, GRID, HEADER_FILL, INK, SIGNATURE, STYLES, TOTALS, ZEBRA_FILL

LANDSCAPE_BODY_WIDTH = 297 * mm - 28 * mm  # the annual appraisal's page, as A4_BODY_WIDTH is the form's
LINE_WIDTHS_MM = (30, 0, 34, 32, 13, 14, 17)  # group, indicator (the rest), target, actual, score, weight, weighted


@dataclass
class FormLine:
    group: str
    indicator: str
    target: str
    actual: str
    score: str
    weight: str
    weighted: str


@dataclass
class FormData:
    """One employee's form, every value already formatted for print."""

    title: str
    header: list[tuple[str, str]]  # label, value
    line_headers: tuple[str, ...]  # the seven column headers
    lines: list[FormLine]
    total_row: tuple[str, ...]  # the lines' totals row (seven cells)
    sources: list[tuple[str, ...]]  # rows: a label, then one cell per source (the first row: the sources)
    result: list[tuple[str, str]]  # (label, value): total, grade, rank
    comments: list[tuple[str, str]]  # (label, text)
    signatures: list[str]
    notes: list[str] = field(default_factory=list)  # under the indicators
    status: str = ""  # under the result: signed off or still waiting


def _widths(spec: Sequence[float], total: float = A4_BODY_WIDTH) -> list[float]:
    fixed = sum(w for w in spec if w) * mm
    free = total - fixed
    return [w * mm if w else free for w in spec]


def _group_spans(lines: list[FormLine]) -> list[tuple]:
    """One group label over its consecutive lines (a merged cell)."""
    commands = []
    start = 0
    for index in range(1, len(lines) + 1):
        if index == len(lines) or lines[index].group != lines[start].group:
            if index - start > 1:
                commands.append(("SPAN", (0, start + 1), (0, index)))
            start = index
    return commands


PADDING = 6  # left + right padding of a grid cell (points)


def fitting(text: str, width: float, style) -> str | Paragraph:
    """The text as a plain string when it fits the column on one line, else a wrapping Paragraph:
    two hundred forms are mostly short numbers and names, and a plain string costs a fraction."""
    if "\n" not in text and stringWidth(text, style.fontName, style.fontSize) <= width - PADDING:
        return text
    return Paragraph(_escape(text).replace("\n", "<br/>"), style)


def lines_table(data: FormData) -> Table:
    cell, small = STYLES["cell"], STYLES["cell_small"]
    widths = _widths(LINE_WIDTHS_MM)
    rows: list[list] = [list(data.line_headers)]
    for line in data.lines:
        rows.append([fitting(line.group, widths[0], cell), fitting(line.indicator, widths[1], cell),
                     fitting(line.target, widths[2], small), fitting(line.actual, widths[3], small), line.score,
                     line.weight, line.weighted])
    rows.append(list(data.total_row))
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(GRID + TOTALS + _group_spans(data.lines) + [
        ("ALIGN", (4, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 1), (0, -1), "MIDDLE"), ("SPAN", (0, -1), (3, -1)),
        ("FONTSIZE", (2, 1), (3, -2), small.fontSize),
    ]))
    return table


def header_table(data: FormData) -> Table:
    """Name, role, month … three label/value pairs a line (the labels on a grey fill)."""
    label_width = 24 * mm
    value_width = (A4_BODY_WIDTH - 3 * label_width) / 3
    body = STYLES["body"]
    cells = []
    for label, value in data.header:
        cells += [label, fitting(value, value_width, body)]
    while len(cells) % 6:
        cells.append("")
    rows = [cells[i:i + 6] for i in range(0, len(cells), 6)]
    table = Table(rows, colWidths=[label_width, value_width] * 3, hAlign="LEFT")
    table.setStyle(TableStyle(FORM + [("BACKGROUND", (c, 0), (c, -1), HEADER_FILL) for c in (0, 2, 4)] + [
        ("FONTSIZE", (0, 0), (-1, -1), 8), ("FONTSIZE", (1, 0), (1, -1), body.fontSize),
        ("FONTSIZE", (3, 0), (3, -1), body.fontSize), ("FONTSIZE", (5, 0), (5, -1), body.fontSize)]))
    return table


def signatures_table(data: FormData) -> Table:
    """'员工: ______  日期: ______' for each person who signs (the form fits its page by design)."""
    from shopmanager.core.i18n import tr

    rows = [[f"{label}: ________________", tr("Reports", "Date: __________")] for label in data.signatures]
    table = Table(rows, colWidths=[A4_BODY_WIDTH * 0.6, A4_BODY_WIDTH * 0.4], hAlign="LEFT")
    table.setStyle(TableStyle(SIGNATURE))
    return table


def plain_table(headers: Sequence[str], rows: Sequence[Sequence[str]], widths_mm: Sequence[float],
                right: Sequence[int] = ()) -> Table:
    """A long table of short texts (the ranking of two hundred people): plain strings, the grid
    and zebra of the house style, its header repeated on every page."""
    data = [list(headers)] + [list(row) for row in rows]
    table = Table(data, colWidths=_widths(widths_mm), repeatRows=1, hAlign="LEFT")
    commands = list(GRID) + [("ALIGN", (0, 0), (-1, 0), "CENTER")]
    commands += [("ALIGN", (c, 1), (c, -1), "RIGHT") for c in right]
    commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA_FILL) for r in range(2, len(data), 2)]
    table.setStyle(TableStyle(commands))
    return table


def sources_table(data: FormData) -> Table:
    rows = [list(row) for row in data.sources]
    first = 30 * mm
    widths = [first] + [(A4_BODY_WIDTH - first) / (len(rows[0]) - 1)] * (len(rows[0]) - 1)
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(GRID + [("ALIGN", (1, 0), (-1, -1), "CENTER"),
                                      ("BACKGROUND", (0, 1), (0, -1), HEADER_FILL)]))
    return table


def result_table(data: FormData) -> Table:
    cells = []
    for label, value in data.result:
        cells += [label, value]
    widths = [A4_BODY_WIDTH / len(cells)] * len(cells)
    table = Table([cells], colWidths=widths, hAlign="LEFT", rowHeights=[11 * mm])
    commands = [("FONT", (0, 0), (-1, -1), FONT_NAME, 10), ("BOX", (0, 0), (-1, -1), 0.8, INK),
                ("INNERGRID", (0, 0), (-1, -1), 0.25, INK), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 0), (-1, -1), "CENTER")]
    for column in range(0, len(cells), 2):
        commands.append(("BACKGROUND", (column, 0), (column, 0), HEADER_FILL))
        commands.append(("FONT", (column + 1, 0), (column + 1, 0), FONT_NAME, 14))
    table.setStyle(TableStyle(commands))
    return table


def comments_table(data: FormData) -> Table:
    body = STYLES["body"]
    rows = [[label, fitting(text or "", A4_BODY_WIDTH - 36 * mm, body)] for label, text in data.comments]
    table = Table(rows, colWidths=[36 * mm, A4_BODY_WIDTH - 36 * mm], hAlign="LEFT",
                  rowHeights=[None] * len(rows))
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT_NAME, 9), ("BOX", (0, 0), (-1, -1), 0.6, INK),
                               ("INNERGRID", (0, 0), (-1, -1), 0.25, INK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL), ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    return table


def form_story(data: FormData) -> list:
    """One employee's form; the caller puts a page break between forms."""
    from shopmanager.reports.blocks import note, section

    story = [section(data.title), header_table(data), spacer(2), lines_table(data)]
    story += [note(text) for text in data.notes]
    story += [spacer(2), sources_table(data), spacer(2), result_table(data)]
    if data.status:
        story.append(note(data.status))
    story += [spacer(2), comments_table(data), spacer(6), signatures_table(data)]
    return story
