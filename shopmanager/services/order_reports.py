"""Order PDFs in the one report style: packing slips with a picking list, the monthly sales report."""
from __future__ import annotations

import re

from shopmanager.core import timeutil
from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.money import format_money
from shopmanager.core.permissions import Perm
from shopmanager.core.progress import Progress
from shopmanager.services import orders, sales, settings
from shopmanager.services.context import Actor, audit, require, write_retrying
from shopmanager.services.inventory_reports import _meta

MAX_SLIPS = 500


def packing_slips_pdf(actor: Actor, order_ids: list[int], progress: Progress | None = None) -> bytes:
    """拣货单 + 发货单: a picking list of all items, then one slip per order (receiver, items, notes)."""
    from shopmanager.reports import (
        ReportColumn, build_pdf_bytes, data_table, key_value_table, note, page_break, paragraph, section,
        signature_block,
    )

    require(actor, Perm.ORDERS_VIEW, entity="order")
    if not order_ids:
        raise ValidationError(tr("Orders", "Choose at least one order to print."))
    if len(order_ids) > MAX_SLIPS:
        raise ValidationError(tr("Orders", "At most {n} packing slips at a time.").format(n=MAX_SLIPS))
    progress = progress or Progress()
    details = []
    for index, order_id in enumerate(order_ids, start=1):
        details.append(orders.get_order(actor, order_id))
        if index % 20 == 0:
            progress.update(index, len(order_ids) * 2, tr("Orders", "Reading orders…"))
    picking: dict[tuple[str, str], int] = {}
    for detail in details:
        for line in detail.lines:
            picking[(line.sku, line.title)] = picking.get((line.sku, line.title), 0) + line.qty
    story = []
    if len(details) > 1:
        story.append(section(tr("Orders", "Picking list: {n} orders, {pieces} pieces").format(
            n=len(details), pieces=sum(picking.values()))))
        columns = [ReportColumn(tr("Products", "SKU"), 32), ReportColumn(tr("Orders", "Item")),
                   ReportColumn(tr("Orders", "Qty"), 18, "right", "int"), ReportColumn(tr("Orders", "Picked"), 18,
                                                                                        "center")]
        story.append(data_table(columns, [(sku, title, qty, "□") for (sku, title), qty in sorted(picking.items())]))
        story.append(page_break())
    shop_line = " ".join(part for part in (settings.get("shop.name"), settings.get("shop.phone")) if part)
    for index, detail in enumerate(details, start=1):
        if index > 1:
            story.append(page_break())
        story.append(section(tr("Orders", "Packing slip {order_no}").format(order_no=detail.order_no)))
        story.append(key_value_table([
            (tr("Orders", "Order number"), detail.order_no), (tr("Orders", "Platform number"), detail.platform_order_no),
            (tr("Orders", "Channel"), detail.channel_label), (tr("Orders", "Paid at"),
                                                             f"{detail.paid_at:%Y-%m-%d %H:%M}" if detail.paid_at else ""),
            (tr("Orders", "Receiver"), detail.receiver_name), (tr("Orders", "Phone"), detail.receiver_phone),
            (tr("Orders", "Address"), detail.receiver_address),
            (tr("Orders", "Address confirmed"), tr("Common", "Yes") if detail.address_confirmed else tr("Common", "No")),
        ]))
        if detail.buyer_message:
            story.append(paragraph(tr("Orders", "Buyer's message: {text}").format(text=detail.buyer_message), "heading"))
        columns = [ReportColumn(tr("Products", "SKU"), 32), ReportColumn(tr("Orders", "Item")),
                   ReportColumn(tr("Orders", "Qty"), 16, "right", "int"),
                   ReportColumn(tr("Orders", "Unit price"), 24, "right", "money"),
                   ReportColumn(tr("Orders", "Line total"), 26, "right", "money"),
                   ReportColumn(tr("Orders", "Packed"), 16, "center")]
        rows = [(line.sku, line.title, line.qty, line.unit_price_cents, line.line_total_cents, "□")
                for line in detail.lines]
        story.append(data_table(columns, rows, totals=(tr("Orders", "Total"), "", sum(line.qty for line in detail.lines),
                                                       "", detail.total_cents, "")))
        story.append(note(tr("Orders", "Goods ¥{goods} + freight ¥{freight} − discount ¥{discount} = ¥{total}; paid "
                                       "¥{paid}").format(goods=format_money(detail.goods_cents),
                                                         freight=format_money(detail.freight_cents),
                                                         discount=format_money(detail.discount_cents),
                                                         total=format_money(detail.total_cents),
                                                         paid=format_money(detail.paid_cents))))
        if detail.seller_note:
            story.append(note(tr("Orders", "Seller note: {text}").format(text=detail.seller_note)))
        story.append(note(tr("Orders", "Thank you for shopping with us! Questions about your parcel: {shop}").format(
            shop=shop_line)))
        story.append(signature_block([tr("Orders", "Packed by"), tr("Orders", "Checked by")]))
        progress.update(len(order_ids) + index, len(order_ids) * 2, tr("Orders", "Packing slips"))
    pdf = build_pdf_bytes(_meta(actor, tr("Orders", "Packing slips"), f"{timeutil.today():%Y-%m-%d}"), story)
    summary = tr("Orders", "{n} packing slips").format(n=len(details))
    write_retrying(lambda: audit(actor, "print", "order", "", summary=summary))
    return pdf


def parse_month(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text or "")
    if not match:
        raise ValidationError(tr("Reports", "Month: write it like 2026-10."), field="month")
    return int(match.group(1)), int(match.group(2))


def sales_report_pdf(actor: Actor, month: str, progress: Progress | None = None) -> bytes:
    """The month's sales: totals, by channel, by product, by staff member, with charts."""
    from shopmanager.reports import (
        ReportColumn, bar_chart, build_pdf_bytes, data_table, note, section, summary_cards,
    )

    year, number = parse_month(month)
    progress = progress or Progress()
    progress.update(0, 3, tr("Reports", "Adding up the month…"))
    report = sales.monthly_sales(actor, year, number)
    totals = report.totals
    cards = [(tr("Reports", "Orders"), f"{totals.orders:,}"), (tr("Reports", "Sales"), f"¥{format_money(totals.amount_cents)}"),
             (tr("Reports", "Average order value"), f"¥{format_money(totals.average_order_cents)}")]
    if report.shows_profit and totals.profit_cents is not None:
        cards.append((tr("Reports", "Gross profit"), f"¥{format_money(totals.profit_cents)}"))
    story = [summary_cards(cards),
             note(tr("Reports", "Paid orders of the month, cancelled and closed ones left out; amounts include "
                                "freight ¥{freight}.").format(freight=format_money(totals.freight_cents)))]
    story.append(bar_chart([f"{d.day.day}" for d in report.daily], [d.amount_cents for d in report.daily],
                           title=tr("Reports", "Sales by day (¥)"), money=True))
    progress.update(1, 3)
    story.append(section(tr("Reports", "By channel")))
    story.append(data_table(
        [ReportColumn(tr("Orders", "Channel")), ReportColumn(tr("Reports", "Orders"), 25, "right", "int"),
         ReportColumn(tr("Reports", "Sales"), 35, "right", "money"), ReportColumn(tr("Reports", "Share"), 25, "right",
                                                                                  "percent")],
        [(c.label, c.orders, c.amount_cents, c.share) for c in report.by_channel],
        totals=(tr("Orders", "Total"), totals.orders, totals.amount_cents, 1.0 if totals.amount_cents else 0)))
    story.append(bar_chart([c.label for c in report.by_channel], [c.amount_cents for c in report.by_channel],
                           title=tr("Reports", "Sales by channel (¥)"), money=True))
    story.append(section(tr("Reports", "By product (top {n})").format(n=sales.TOP_PRODUCTS)))
    product_columns = [ReportColumn(tr("Products", "SKU"), 28), ReportColumn(tr("Products", "Name")),
                       ReportColumn(tr("Orders", "Qty"), 18, "right", "int"),
                       ReportColumn(tr("Reports", "Sales"), 30, "right", "money")]
    if report.shows_profit:
        product_columns.append(ReportColumn(tr("Reports", "Gross profit"), 30, "right", "money"))
    story.append(data_table(product_columns, [
        (p.sku, p.title, p.qty, p.amount_cents) + ((p.profit_cents,) if report.shows_profit else ())
        for p in report.by_product]))
    progress.update(2, 3)
    story.append(section(tr("Reports", "By staff member")))
    story.append(data_table(
        [ReportColumn(tr("Reports", "Staff member")), ReportColumn(tr("Reports", "Orders"), 25, "right", "int"),
         ReportColumn(tr("Reports", "Sales"), 35, "right", "money"),
         ReportColumn(tr("Reports", "Average order value"), 35, "right", "money")],
        [(s.name, s.orders, s.amount_cents, s.average_order_cents) for s in report.by_staff]))
    pdf = build_pdf_bytes(_meta(actor, tr("Reports", "Sales report"), f"{year}-{number:02d}"), story)
    write_retrying(lambda: audit(actor, "print", "order", "", summary=tr("Reports", "Sales report {month}").format(
        month=f"{year}-{number:02d}")))
    progress.update(3, 3)
    return pdf
