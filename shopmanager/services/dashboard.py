"""The start page's figures: today's orders and sales, the dispatch queue, 30 days of sales.

A sale is an order paid in the period and not cancelled or closed since (core/orders.SOLD),
counted on its payment day; its amount is the order total (goods + freight − discount).
Sales read only the (paid_at, status, total_cents, paid_cents) index.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import peewee

from shopmanager.core import timeutil
from shopmanager.core.orders import ENDED, OrderStatus
from shopmanager.core.permissions import Perm
from shopmanager.db.models import Product, SalesOrder, User
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


def sold_between(start: dt.datetime, end: dt.datetime) -> peewee.Expression:
    """Orders paid in [start, end) and not cancelled or closed since (= core/orders.SOLD: an
    unpaid order has no payment time). Written with NOT IN so that the planner reads the
    covering (paid_at, status, total_cents, paid_cents) index rather than (status, paid_at)."""
    return (SalesOrder.paid_at >= start) & (SalesOrder.paid_at < end) & SalesOrder.status.not_in(list(ENDED))


def sales_by_day(start: dt.date, end: dt.date) -> list[DayFigures]:
    """Sales of every day in [start, end), zero days included: one index range per day
    (faster than grouping by DATE(paid_at), which sorts every row)."""
    figures = []
    for offset in range((end - start).days):
        day = start + dt.timedelta(days=offset)
        low = dt.datetime.combine(day, dt.time())
        count, amount = (SalesOrder.select(peewee.fn.COUNT(SalesOrder.id),
                                           peewee.fn.COALESCE(peewee.fn.SUM(SalesOrder.total_cents), 0))
                         .where(sold_between(low, low + dt.timedelta(days=1))).tuples().first())
        figures.append(DayFigures(day, int(count), int(amount)))
    return figures


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


@dataclass(frozen=True)
class FirstSteps:
    """What a new shop has done yet: the start page shows the next step until all are done."""

    has_products: bool
    has_orders: bool
    has_staff_accounts: bool  # an account besides the owner's

    @property
    def new_shop(self) -> bool:
        return not (self.has_products and self.has_orders)


def first_steps() -> FirstSteps:
    return FirstSteps(Product.select().exists(), SalesOrder.select().exists(), User.select().count() > 1)
