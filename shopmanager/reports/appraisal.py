"""The appraisal form (绩效考核表) in the one report style: built from plain data, so the monthly
report of two hundred employees stays close to what bare reportlab costs — numbers go into
the table as plain strings in the CJK font; only the texts that may wrap (indicator names,
comments) are Paragraphs."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table, TableStyle

from shopmanager.reports.blocks import A4_BODY_WIDTH, _escape, key_value_table, signature_block, spacer
from shopmanager.reports.style import FONT_NAME, GRID, HEADER_FILL, INK, STYLES, TOTALS

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


def lines_table(data: FormData) -> Table:
    cell, small = STYLES["cell"], STYLES["cell_small"]
    rows: list[list] = [list(data.line_headers)]
    for line in data.lines:
        rows.append([Paragraph(_escape(line.group), cell), Paragraph(_escape(line.indicator), cell),
                     Paragraph(_escape(line.target), small), Paragraph(_escape(line.actual), small), line.score,
                     line.weight, line.weighted])
    rows.append(list(data.total_row))
    table = Table(rows, colWidths=_widths(LINE_WIDTHS_MM), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(GRID + TOTALS + _group_spans(data.lines) + [
        ("ALIGN", (4, 1), (-1, -1), "RIGHT"), ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("VALIGN", (0, 1), (0, -1), "MIDDLE"), ("SPAN", (0, -1), (3, -1)),
    ]))
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
    rows = [[label, Paragraph(_escape(text or "").replace("\n", "<br/>"), body)] for label, text in data.comments]
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

    story = [section(data.title), key_value_table(data.header, columns=3), spacer(2), lines_table(data)]
    story += [note(text) for text in data.notes]
    story += [spacer(2), sources_table(data), spacer(2), result_table(data)]
    if data.status:
        story.append(note(data.status))
    story += [spacer(2), comments_table(data), signature_block(data.signatures)]
    return story
