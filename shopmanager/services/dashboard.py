"""The start page's figures: today's orders and sales, the dispatch queue, 30 days of sales.

A sale is an order paid in the period and not cancelled or closed since (core/orders.SOLD),
counted on its payment day; its amount is the order total (goods + freight − discount).
Sales by day read only the (paid_at, status, total_cents, paid_cents) index.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee

from shopmanager.core import timeutil
from shopmanager.core.orders import SOLD, OrderStatus
from shopmanager.core.permissions import Perm
from shopmanager.db.models import SalesOrder
from shopmanager.services.context import Actor, require
from shopmanager.services.dispatch import dispatch_counts


@dataclass(frozen=True)
class DayFigures:
    day: dt.date
    orders: int
    amount_cents: int


@dataclass
class Dashboard:
    orders_today: int  # orders placed today, whatever their state
    sold_today: int  # orders paid today (and not cancelled or closed)
    sales_today_cents: int
    pending_payment: int  # 待付款, all days
    to_ship_today: int  # 当天件当天发, overdue included
    overdue: int
    series: list[DayFigures] = field(default_factory=list)  # oldest first, every day present


def _as_date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def sales_by_day(start: dt.date, end: dt.date) -> list[DayFigures]:
    """Sales of every day in [start, end), zero days included."""
    low, high = dt.datetime.combine(start, dt.time()), dt.datetime.combine(end, dt.time())
    day = peewee.fn.DATE(SalesOrder.paid_at)
    rows = (SalesOrder.select(day.alias("day"), peewee.fn.COUNT(SalesOrder.id),
                              peewee.fn.COALESCE(peewee.fn.SUM(SalesOrder.total_cents), 0))
            .where(SalesOrder.paid_at >= low, SalesOrder.paid_at < high, SalesOrder.status.in_(list(SOLD)))
            .group_by(day).tuples())
    found = {_as_date(d): (int(n), int(amount)) for d, n, amount in rows}
    days = (end - start).days
    return [DayFigures(d, *found.get(d, (0, 0))) for d in (start + dt.timedelta(days=i) for i in range(days))]


def dashboard(actor: Actor, *, days: int = 30) -> Dashboard:
    require(actor, Perm.ORDERS_VIEW, entity="order")
    today = timeutil.today()
    start = dt.datetime.combine(today, dt.time())
    orders_today = SalesOrder.select().where(SalesOrder.ordered_at >= start).count()
    pending = SalesOrder.select().where(SalesOrder.status == OrderStatus.PENDING).count()
    to_ship, overdue = dispatch_counts()
    series = sales_by_day(today - dt.timedelta(days=days - 1), today + dt.timedelta(days=1))
    last = series[-1]
    return Dashboard(orders_today, last.orders, last.amount_cents, pending, to_ship, overdue, series)
