"""Packing slips 发货单 fit for the parcel: the order number as a Code 128 barcode to scan at the
packing table, the receiver, the items with a box to tick; prices only when the shop wants them.

Layouts (setting "shipping.slip_layout"): three or two slips on an A4 page, cut along the
dashed lines, or one slip per 100 × 150 mm thermal label. A slip longer than its place goes
on in the next one. The A4 layouts start with the picking list 拣货单 of all the orders.
"""
from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer,
    Table, TableStyle,
)

from shopmanager.core.money import format_money
from shopmanager.reports.blocks import ReportColumn, _escape, data_table, section
from shopmanager.reports.style import FONT_NAME, INK, MUTED, RULE, STYLES, register_fonts, use_language_wrapping, word_wrap

LAYOUTS = ("a4", "a4_2", "label")
LABEL_SIZE = (100 * mm, 150 * mm)


@dataclass(frozen=True)
class SlipLine:
    title: str
    sku: str
    qty: int
    unit_price_cents: int = 0
    line_total_cents: int = 0


@dataclass(frozen=True)
class Slip:
    order_no: str
    platform_order_no: str
    channel: str
    paid_at: str
    receiver: str
    phone: str
    address: str
    lines: Sequence[SlipLine]
    buyer_message: str = ""
    total_cents: int = 0
    freight_cents: int = 0


@dataclass(frozen=True)
class SlipTexts:
    """The words on a slip, already translated by the service."""

    title: str
    receiver: str
    phone: str
    address: str
    order: str
    platform: str
    paid: str
    item: str
    qty: str
    price: str
    amount: str
    packed: str
    pieces: str  # "{n} pieces"
    total: str  # "Total ¥{total} (freight ¥{freight})"
    message: str  # "Buyer's message: {text}"
    thanks: str
    picking_title: str  # "Picking list: {n} orders, {pieces} pieces"
    picked: str
    sku: str


@dataclass
class SlipDocument:
    shop_name: str
    layout: str
    prices: bool
    texts: SlipTexts
    slips: list[Slip] = field(default_factory=list)
    title: str = ""


def _style(name: str, size: float, **extra) -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle(name, **{"fontName": FONT_NAME, "fontSize": size, "leading": size * 1.3, "textColor": INK,
                                   "wordWrap": word_wrap(), **extra})


def _sizes(layout: str) -> dict[str, float]:
    small = layout == "label"
    return {"body": 8 if small else 9, "big": 11 if small else 12.5, "cell": 7.5 if small else 8.5,
            "bar": (11 if small else 12) * mm, "bar_width": 0.95 if small else 1.0}


def _slip_story(slip: Slip, document: SlipDocument, width: float) -> list:
    texts, size = document.texts, _sizes(document.layout)
    body, big = _style("slip_body", size["body"]), _style("slip_big", size["big"])
    small = _style("slip_small", size["body"] - 1, textColor=MUTED)
    right = _style("slip_right", size["body"] - 1, textColor=MUTED, alignment=TA_RIGHT)
    barcode = Code128(slip.order_no, barHeight=size["bar"], barWidth=size["bar_width"], humanReadable=False,
                      quiet=True)
    title = Paragraph(f"<b>{_escape(document.shop_name)}</b> · {_escape(texts.title)}", big)
    paid = Paragraph(_escape(f"{texts.paid} {slip.paid_at}  {slip.channel}"), small)
    label = document.layout == "label"
    number = Paragraph(_escape(slip.order_no), _style("slip_center", size["body"], alignment=TA_CENTER) if label
                       else right)
    if label:  # narrow: the barcode on a line of its own
        header = Table([[title], [barcode], [number], [paid]], colWidths=[width], hAlign="LEFT")
        header.setStyle(TableStyle([("ALIGN", (0, 1), (0, 2), "CENTER")]))
    else:
        header = Table([[title, barcode], [paid, number]], colWidths=[width - barcode.width - 2, barcode.width + 2],
                       hAlign="LEFT")
    header.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    receiver = Table([
        [Paragraph(_escape(texts.receiver), small), Paragraph(f"<b>{_escape(slip.receiver)}</b>  {_escape(slip.phone)}",
                                                             big)],
        [Paragraph(_escape(texts.address), small), Paragraph(_escape(slip.address), body)],
    ] + ([[Paragraph(_escape(texts.platform), small), Paragraph(_escape(slip.platform_order_no), body)]]
         if slip.platform_order_no else []), colWidths=[19 * mm, width - 19 * mm], hAlign="LEFT")
    receiver.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, INK), ("INNERGRID", (0, 0), (-1, -1), 0.25, RULE),
                                  ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    cell = _style("slip_cell", size["cell"])
    cell_right = _style("slip_cell_right", size["cell"], alignment=TA_RIGHT)
    head = [texts.item, texts.qty] + ([texts.price, texts.amount] if document.prices else []) + [texts.packed]
    rows = [[Paragraph(_escape(h), cell) for h in head]]
    for line in slip.lines:
        row = [Paragraph(_escape(line.title) + (f" <font color='#555555'>{_escape(line.sku)}</font>"
                                                if line.sku else ""), cell),
               Paragraph(f"<b>{line.qty}</b>", cell_right)]
        if document.prices:
            row += [Paragraph(format_money(line.unit_price_cents), cell_right),
                    Paragraph(format_money(line.line_total_cents), cell_right)]
        rows.append(row + [Paragraph("□", cell)])
    fixed = [11 * mm] + ([19 * mm, 20 * mm] if document.prices else []) + [15 * mm]  # "已装箱" on one line
    items = Table(rows, colWidths=[width - sum(fixed)] + fixed, repeatRows=1, hAlign="LEFT")
    items.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, RULE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e3e3")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    pieces = sum(line.qty for line in slip.lines)
    summary = texts.pieces.format(n=pieces)
    if document.prices:
        summary += "    " + texts.total.format(total=format_money(slip.total_cents),
                                               freight=format_money(slip.freight_cents))
    story = [header, Spacer(1, 1.5 * mm), receiver, Spacer(1, 1.5 * mm), items,
             Paragraph(f"<b>{_escape(summary)}</b>", body)]
    if slip.buyer_message:
        story.append(Paragraph(_escape(texts.message.format(text=slip.buyer_message)), body))
    story.append(Paragraph(_escape(texts.thanks), small))
    return story


def _picking_list(document: SlipDocument) -> list:
    picking: dict[tuple[str, str], int] = {}
    for slip in document.slips:
        for line in slip.lines:
            picking[(line.sku, line.title)] = picking.get((line.sku, line.title), 0) + line.qty
    texts = document.texts
    columns = [ReportColumn(texts.sku, 32), ReportColumn(texts.item), ReportColumn(texts.qty, 18, "right", "int"),
               ReportColumn(texts.picked, 18, "center")]
    return [Paragraph(_escape(document.shop_name), STYLES["small"]),
            section(texts.picking_title.format(n=len(document.slips), pieces=sum(picking.values()))),
            data_table(columns, [(sku, title, qty, "□") for (sku, title), qty in sorted(picking.items())],
                       width=A4[0] - 24 * mm)]


def _slot_frames(page: tuple[float, float], slots: int, margin: float) -> list[Frame]:
    width, height = page
    slot = (height - 2 * margin) / slots
    return [Frame(margin, height - margin - (i + 1) * slot, width - 2 * margin, slot, leftPadding=3 * mm,
                  rightPadding=3 * mm, topPadding=3 * mm, bottomPadding=2 * mm, id=f"slot{i}") for i in range(slots)]


def _cut_lines(slots: int, margin: float):
    def draw(canvas, _document) -> None:
        width, height = canvas._pagesize
        slot = (height - 2 * margin) / slots
        canvas.saveState()
        canvas.setStrokeColor(colors.HexColor("#9e9e9e"))
        canvas.setDash(3, 3)
        canvas.setLineWidth(0.5)
        for i in range(1, slots):
            y = height - margin - i * slot
            canvas.line(margin, y, width - margin, y)
            canvas.setFont(FONT_NAME, 7)
            canvas.setFillColor(colors.HexColor("#9e9e9e"))
            canvas.drawString(margin, y + 1, "✂")
        canvas.restoreState()

    return draw


def build_slips_pdf(document: SlipDocument) -> bytes:
    register_fonts()
    use_language_wrapping()
    buffer = io.BytesIO()
    label = document.layout == "label"
    page = LABEL_SIZE if label else A4
    margin = 3 * mm if label else 8 * mm
    slots = 1 if label else (2 if document.layout == "a4_2" else 3)
    doc = BaseDocTemplate(buffer, pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=margin,
                          bottomMargin=margin, title=document.title, author=document.shop_name,
                          creator="ShopManager", initialFontName=FONT_NAME)
    templates = [PageTemplate(id="slips", frames=_slot_frames(page, slots, margin), onPage=_cut_lines(slots, margin))]
    story: list = []
    if not label and len(document.slips) > 1:
        full = Frame(12 * mm, 12 * mm, A4[0] - 24 * mm, A4[1] - 24 * mm, id="full")
        templates.insert(0, PageTemplate(id="picking", frames=[full]))
        story += _picking_list(document) + [NextPageTemplate("slips"), PageBreak()]
    doc.addPageTemplates(templates)
    width = page[0] - 2 * margin - 6 * mm
    for index, slip in enumerate(document.slips):
        if index:
            story.append(FrameBreak())
        story.append(KeepTogether(_slip_story(slip, document, width)))  # longer than its place: goes on
    doc.build(story)
    return buffer.getvalue()

