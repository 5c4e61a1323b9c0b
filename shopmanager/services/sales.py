"""Monthly sales report data (销售报表) for the PDF of reports/ and the appraisal's sales figures.

Plain dataclasses, amounts in cents. A sale is an order paid in the month and not
cancelled or closed since (core/orders.SOLD); amount = order total (goods + freight −
order discount); average order value 客单价 = amount / orders.

Profit (only for roles that may see cost, Perm.COST_VIEW) = amount − freight − cost of
goods, the cost being today's product cost × quantity (the order keeps no cost of its
own); lines without a product count with cost 0. Per product, profit = line totals −
cost (order discounts are not spread over the lines).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee

from shopmanager.core import timeutil
from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.orders import Channel, channel_label
from shopmanager.core.permissions import Perm
from shopmanager.db.models import OrderLine, Product, SalesOrder, Staff
from shopmanager.services import settings
from shopmanager.services.context import Actor, require
from shopmanager.services.dashboard import DayFigures, sales_by_day, sold_between

TOP_PRODUCTS = 30


@dataclass(frozen=True)
class SalesTotals:
    orders: int
    amount_cents: int
    paid_cents: int
    freight_cents: int
    average_order_cents: int  # 客单价
    cost_cents: int | None  # None: the actor may not see cost
    profit_cents: int | None


@dataclass(frozen=True)
class ChannelSales:
    channel: str
    label: str
    orders: int
    amount_cents: int
    share: float  # of the month's amount, 0..1


@dataclass(frozen=True)
class ProductSales:
    product_id: int | None
    sku: str
    title: str
    qty: int
    amount_cents: int  # Σ line totals
    profit_cents: int | None


@dataclass(frozen=True)
class StaffSales:
    staff_id: int | None
    name: str
    orders: int
    amount_cents: int
    average_order_cents: int


@dataclass
class SalesReport:
    year: int
    month: int
    start: dt.datetime
    end: dt.datetime  # exclusive
    shop_name: str
    generated_at: dt.datetime
    shows_profit: bool
    totals: SalesTotals
    by_channel: list[ChannelSales] = field(default_factory=list)  # every channel, biggest first
    by_product: list[ProductSales] = field(default_factory=list)  # top 30 by amount
    by_staff: list[StaffSales] = field(default_factory=list)  # biggest first
    daily: list[DayFigures] = field(default_factory=list)  # every day of the month


def _average(amount: int, orders: int) -> int:
    return (amount + orders // 2) // orders if orders else 0


def monthly_sales(actor: Actor, year: int, month: int) -> SalesReport:
    require(actor, Perm.SALES_REPORT, entity="order")
    if not (1 <= month <= 12 and 2000 <= year <= 2100):
        raise ValidationError(tr("Reports", "Month: choose a month between 2000 and 2100."), field="month")
    start, end = timeutil.month_bounds(year, month)
    sold = sold_between(start, end)
    orders, amount, paid, freight = (SalesOrder.select(
        peewee.fn.COUNT(SalesOrder.id), peewee.fn.COALESCE(peewee.fn.SUM(SalesOrder.total_cents), 0),
        peewee.fn.COALESCE(peewee.fn.SUM(SalesOrder.paid_cents), 0),
        peewee.fn.COALESCE(peewee.fn.SUM(SalesOrder.freight_cents), 0)).where(sold).tuples().first())
    orders, amount, paid, freight = int(orders), int(amount), int(paid), int(freight)
    shows_profit = actor.can(Perm.COST_VIEW)
    line_cost = OrderLine.qty * peewee.fn.COALESCE(Product.cost_cents, 0)
    cost = profit = None
    if shows_profit:
        cost = int(OrderLine.select(peewee.fn.COALESCE(peewee.fn.SUM(line_cost), 0))
                   .join(SalesOrder, on=(OrderLine.order == SalesOrder.id))
                   .switch(OrderLine).join(Product, peewee.JOIN.LEFT_OUTER, on=(OrderLine.product == Product.id))
                   .where(sold).scalar() or 0)
        profit = amount - freight - cost
    totals = SalesTotals(orders, amount, paid, freight, _average(amount, orders), cost, profit)

    by_channel_rows = {channel: (int(n), int(a)) for channel, n, a in SalesOrder.select(
        SalesOrder.channel, peewee.fn.COUNT(SalesOrder.id), peewee.fn.SUM(SalesOrder.total_cents))
        .where(sold).group_by(SalesOrder.channel).tuples()}
    by_channel = sorted((ChannelSales(c.value, channel_label(c.value), *by_channel_rows.get(c.value, (0, 0)),
                                      by_channel_rows.get(c.value, (0, 0))[1] / amount if amount else 0.0)
                         for c in Channel), key=lambda r: (-r.amount_cents, r.channel))

    group_title = peewee.Case(None, [(OrderLine.product.is_null(), OrderLine.title)], "")
    product_rows = (OrderLine.select(OrderLine.product, peewee.fn.MAX(OrderLine.sku), peewee.fn.MAX(OrderLine.title),
                                     peewee.fn.SUM(OrderLine.qty), peewee.fn.SUM(OrderLine.line_total_cents),
                                     peewee.fn.SUM(line_cost))
                    .join(SalesOrder, on=(OrderLine.order == SalesOrder.id))
                    .switch(OrderLine).join(Product, peewee.JOIN.LEFT_OUTER, on=(OrderLine.product == Product.id))
                    .where(sold).group_by(OrderLine.product, group_title)
                    .order_by(peewee.fn.SUM(OrderLine.line_total_cents).desc()).limit(TOP_PRODUCTS).tuples())
    by_product = [ProductSales(pid, sku or "", title or "", int(qty), int(total),
                               int(total) - int(c or 0) if shows_profit else None)
                  for pid, sku, title, qty, total, c in product_rows]

    staff_rows = (SalesOrder.select(SalesOrder.staff, Staff.name, peewee.fn.COUNT(SalesOrder.id),
                                    peewee.fn.SUM(SalesOrder.total_cents))
                  .join(Staff, peewee.JOIN.LEFT_OUTER, on=(SalesOrder.staff == Staff.id))
                  .where(sold).group_by(SalesOrder.staff, Staff.name).tuples())
    by_staff = sorted((StaffSales(sid, name or tr("Reports", "(nobody)"), int(n), int(a), _average(int(a), int(n)))
                       for sid, name, n, a in staff_rows), key=lambda r: (-r.amount_cents, r.name))

    return SalesReport(year, month, start, end, settings.get("shop.name"), timeutil.now(), shows_profit, totals,
                       by_channel, by_product, by_staff, sales_by_day(start.date(), end.date()))
