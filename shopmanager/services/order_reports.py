"""Order PDFs in the one report style: packing slips with a picking list, the monthly sales report."""
from __future__ import annotations

from typing import TYPE_CHECKING

from shopmanager.core import periods, timeutil
from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.money import format_money
from shopmanager.core.permissions import Perm
from shopmanager.core.progress import Progress
from shopmanager.services import orders, sales, settings
from shopmanager.services.context import Actor, audit, require, write_retrying
from shopmanager.services.inventory_reports import _meta

if TYPE_CHECKING:
    from shopmanager.reports.slips import SlipTexts

MAX_SLIPS = 500


def _slip_texts() -> SlipTexts:
    from shopmanager.reports.slips import SlipTexts

    shop_phone = settings.get("shop.phone")
    thanks = tr("Orders", "Thank you for shopping with us! Questions about your parcel: {shop}").format(
        shop=" ".join(part for part in (settings.get("shop.name"), shop_phone) if part))
    return SlipTexts(
        title=tr("Orders", "Packing slip"), receiver=tr("Orders", "Receiver"), phone=tr("Orders", "Phone"),
        address=tr("Orders", "Address"), order=tr("Orders", "Order number"), platform=tr("Orders", "Platform number"),
        paid=tr("Orders", "Paid at"), item=tr("Orders", "Item"), qty=tr("Orders", "Qty"),
        price=tr("Orders", "Unit price"), amount=tr("Orders", "Line total"), packed=tr("Orders", "Packed"),
        pieces=tr("Orders", "{n} piece(s)"), total=tr("Orders", "Total ¥{total} (freight ¥{freight})"),
        message=tr("Orders", "Buyer's message: {text}"), thanks=thanks,
        picking_title=tr("Orders", "Picking list: {n} orders, {pieces} pieces"), picked=tr("Orders", "Picked"),
        sku=tr("Products", "SKU"))


def packing_slips_pdf(actor: Actor, order_ids: list[int], progress: Progress | None = None, *,
                      layout: str | None = None, prices: bool | None = None) -> bytes:
    """发货单 for the parcels (reports/slips.py): the order number as a Code 128 barcode, receiver and
    items with a box to tick; several to an A4 page after the picking list 拣货单, or one per 100 × 150 mm
    label (setting shipping.slip_layout); prices only when asked (setting shipping.slip_prices). No
    internal notes: the seller's note and the address check stay in the office."""
    from shopmanager.reports.slips import LAYOUTS, Slip, SlipDocument, SlipLine, build_slips_pdf

    require(actor, Perm.ORDERS_VIEW, entity="order")
    if not order_ids:
        raise ValidationError(tr("Orders", "Choose at least one order to print."))
    if len(order_ids) > MAX_SLIPS:
        raise ValidationError(tr("Orders", "At most {n} packing slips at a time.").format(n=MAX_SLIPS))
    layout = layout or settings.get("shipping.slip_layout")
    layout = layout if layout in LAYOUTS else "a4"
    prices = settings.get("shipping.slip_prices") if prices is None else prices
    progress = progress or Progress()
    document = SlipDocument(settings.get("shop.name"), layout, bool(prices), _slip_texts(),
                            title=tr("Orders", "Packing slips"))
    for index, order_id in enumerate(order_ids, start=1):
        d = orders.get_order(actor, order_id)
        document.slips.append(Slip(
            d.order_no, d.platform_order_no, d.channel_label, f"{d.paid_at:%Y-%m-%d %H:%M}" if d.paid_at else "",
            d.receiver_name, d.receiver_phone, d.receiver_address,
            [SlipLine(line.title, line.sku, line.qty, line.unit_price_cents, line.line_total_cents)
             for line in d.lines], d.buyer_message, d.total_cents, d.freight_cents))
        if index % 20 == 0:
            progress.update(index, len(order_ids) + 1, tr("Orders", "Reading orders…"))
    progress.check()
    pdf = build_slips_pdf(document)
    summary = tr("Orders", "{n} packing slips").format(n=len(document.slips))
    write_retrying(lambda: audit(actor, "print", "order", "", summary=summary))
    progress.update(len(order_ids) + 1, len(order_ids) + 1, tr("Orders", "Packing slips"))
    return pdf


def parse_month(text: str) -> tuple[int, int]:
    """(year, month) of what was typed: 2026-11, 11月, 2026年11月, 上月 … (core/periods.py)."""
    period = periods.parse_month(text, timeutil.today())
    return period.year, period.month


def _change(now: int, before: int) -> str:
    if not before:
        return ""
    return f"{(now - before) / before:+.0%}"


def sales_report_pdf(actor: Actor, month: str, progress: Progress | None = None) -> bytes:
    """The month's sales: totals, by channel, by product, by staff member, with charts beside
    the previous month's."""
    from shopmanager.reports import (
        ReportColumn, bar_chart, build_pdf_bytes, data_table, note, section, summary_cards,
    )

    year, number = parse_month(month)
    period = periods.month_period(year, number)
    before = period.previous()
    progress = progress or Progress()
    progress.update(0, 4, tr("Reports", "Adding up the month…"))
    report = sales.monthly_sales(actor, year, number)
    progress.update(1, 4)
    last = sales.monthly_sales(actor, before.year, before.month)
    totals, earlier = report.totals, last.totals
    names = (before.label(), period.label())
    versus = tr("Reports", "{label} ({change} vs. {month})")
    cards = [(versus.format(label=tr("Reports", "Orders"), change=_change(totals.orders, earlier.orders),
                            month=before.label()) if earlier.orders else tr("Reports", "Orders"), f"{totals.orders:,}"),
             (versus.format(label=tr("Reports", "Sales"), change=_change(totals.amount_cents, earlier.amount_cents),
                            month=before.label()) if earlier.amount_cents else tr("Reports", "Sales"),
              f"¥{format_money(totals.amount_cents)}"),
             (tr("Reports", "Average order value"), f"¥{format_money(totals.average_order_cents)}")]
    if report.shows_profit and totals.profit_cents is not None:
        cards.append((tr("Reports", "Gross profit"), f"¥{format_money(totals.profit_cents)}"))
    story = [summary_cards(cards),
             note(tr("Reports", "Paid orders of the month, cancelled and closed ones left out; amounts include "
                                "freight ¥{freight}. {previous}: {orders} orders, ¥{amount}.").format(
                 freight=format_money(totals.freight_cents), previous=before.label(), orders=f"{earlier.orders:,}",
                 amount=format_money(earlier.amount_cents)))]
    earlier_days = {d.day.day: d.amount_cents for d in last.daily}
    story.append(bar_chart([f"{d.day.day}" for d in report.daily], [d.amount_cents for d in report.daily],
                           previous=[earlier_days.get(d.day.day, 0) for d in report.daily], names=names,
                           title=tr("Reports", "Sales by day (¥)"), money=True))
    progress.update(2, 4)
    story.append(section(tr("Reports", "By channel")))
    earlier_channels = {c.channel: c for c in last.by_channel}
    story.append(data_table(
        [ReportColumn(tr("Orders", "Channel")), ReportColumn(tr("Reports", "Orders"), 22, "right", "int"),
         ReportColumn(tr("Reports", "Sales"), 32, "right", "money"),
         ReportColumn(tr("Reports", "Share"), 20, "right", "percent"),
         ReportColumn(tr("Reports", "Previous month"), 32, "right", "money"),
         ReportColumn(tr("Reports", "Change"), 20, "right")],
        [(c.label, c.orders, c.amount_cents, c.share, earlier_channels[c.channel].amount_cents,
          _change(c.amount_cents, earlier_channels[c.channel].amount_cents)) for c in report.by_channel],
        totals=(tr("Orders", "Total"), totals.orders, totals.amount_cents, 1.0 if totals.amount_cents else 0,
                earlier.amount_cents, _change(totals.amount_cents, earlier.amount_cents))))
    shown = [c for c in report.by_channel if c.amount_cents or earlier_channels[c.channel].amount_cents] or \
        report.by_channel
    story.append(bar_chart([c.label for c in shown], [c.amount_cents for c in shown],
                           previous=[earlier_channels[c.channel].amount_cents for c in shown], names=names,
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
    progress.update(3, 4)
    story.append(section(tr("Reports", "By staff member")))
    story.append(data_table(
        [ReportColumn(tr("Reports", "Staff member")), ReportColumn(tr("Reports", "Orders"), 25, "right", "int"),
         ReportColumn(tr("Reports", "Sales"), 35, "right", "money"),
         ReportColumn(tr("Reports", "Average order value"), 35, "right", "money")],
        [(s.name, s.orders, s.amount_cents, s.average_order_cents) for s in report.by_staff]))
    if report.by_staff:
        story.append(bar_chart([s.name for s in report.by_staff], [s.amount_cents for s in report.by_staff],
                               title=tr("Reports", "Sales by staff member (¥)"), money=True))
    pdf = build_pdf_bytes(_meta(actor, tr("Reports", "Sales report"), period.label()), story)
    write_retrying(lambda: audit(actor, "print", "order", "", summary=tr("Reports", "Sales report {month}").format(
        month=period.label())))
    progress.update(4, 4)
    return pdf
