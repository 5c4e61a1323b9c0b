"""Sales figures per staff member (SalesOrder.staff, "who took the order") for the appraisal
and anyone else who needs them: SQL aggregates (GROUP BY), the same on SQLite and PostgreSQL.

Definitions (the same as the sales report, services/sales.py):
- a sale is an order paid in the period and not cancelled or closed since (core/orders.SOLD);
- amount = Σ order totals (goods + freight − order discount); average order value 客单价 =
  amount ÷ orders, rounded half up to the cent;
- profit = amount − freight − cost of goods, the cost being today's product cost × quantity
  (lines without a product cost 0) — only callers allowed to see cost ask for it;
- a new customer of a staff member = a customer whose first purchase (the earliest order by
  order time that was paid and not cancelled or closed) is a sale of that person in the period;
- parcels shipped = shipments (order and exchange parcels) of the period by the person's
  accounts, cancelled ones left out.

`start`/`end` are dates, inclusive, in the shop's local time. No permission check here: the
caller checks (the appraisal shows profit to the owner only).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import peewee

from shopmanager.core.orders import ENDED
from shopmanager.db.models import Customer, OrderLine, Product, SalesOrder, Shipment, User

DETAIL_LIMIT = 1000


@dataclass(frozen=True)
class SalesFigures:
    orders: int
    amount_cents: int
    freight_cents: int
    average_order_cents: int  # 客单价
    new_customers: int
    profit_cents: int | None  # None unless asked for (include_profit)


def _bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(start, dt.time()), dt.datetime.combine(end + dt.timedelta(days=1), dt.time())


def _sold(start: dt.date, end: dt.date, order=SalesOrder) -> peewee.Expression:
    low, high = _bounds(start, end)
    return (order.paid_at >= low) & (order.paid_at < high) & order.status.not_in(list(ENDED))


def _average(amount: int, orders: int) -> int:
    return (amount + orders // 2) // orders if orders else 0


def _staff_filter(query, staff_ids: Iterable[int] | None, column=SalesOrder.staff):
    if staff_ids is None:
        return query
    ids = sorted(set(staff_ids))
    return query.where(column.in_(ids)) if ids else None


def _first_purchase(order=SalesOrder) -> peewee.Expression:
    """The order is its customer's first purchase: no earlier order of theirs was sold."""
    earlier = SalesOrder.alias("earlier")
    before = (earlier.ordered_at < order.ordered_at) | ((earlier.ordered_at == order.ordered_at)
                                                         & (earlier.id < order.id))
    return order.customer.is_null(False) & ~peewee.fn.EXISTS(
        earlier.select(peewee.SQL("1")).where(earlier.customer == order.customer, earlier.paid_at.is_null(False),
                                              earlier.status.not_in(list(ENDED)), before))


def staff_sales(start: dt.date, end: dt.date, staff_ids: Iterable[int]) -> dict[int, tuple[int, int, int]]:
    """staff id → (orders, amount, freight) of the sales they took (only those with sales are
    present): one range of the (staff, paid_at, status, total, freight) index per person."""
    query = _staff_filter(SalesOrder.select(SalesOrder.staff, peewee.fn.COUNT(SalesOrder.id),
                                            peewee.fn.SUM(SalesOrder.total_cents),
                                            peewee.fn.SUM(SalesOrder.freight_cents))
                          .where(_sold(start, end)).group_by(SalesOrder.staff), staff_ids)
    return {staff: (int(n), int(amount or 0), int(freight or 0))
            for staff, n, amount, freight in (query.tuples() if query is not None else [])}


def shop_sales(start: dt.date, end: dt.date) -> tuple[int, int]:
    """(orders, amount) of the whole shop's sales, whoever took them (the covering index of
    the sales by day: no order row read)."""
    count, amount = SalesOrder.select(
        peewee.fn.COUNT(SalesOrder.id), peewee.fn.COALESCE(peewee.fn.SUM(SalesOrder.total_cents), 0)).where(
        _sold(start, end)).tuples().first()
    return int(count), int(amount)


def new_customers(start: dt.date, end: dt.date, staff_ids: Iterable[int] | None) -> dict[int | None, int]:
    """staff id → customers whose first purchase is a sale of theirs in the period
    (staff_ids None: everyone, key None = orders taken by nobody)."""
    query = _staff_filter(SalesOrder.select(SalesOrder.staff, peewee.fn.COUNT(SalesOrder.id))
                          .where(_sold(start, end), _first_purchase()).group_by(SalesOrder.staff), staff_ids)
    return {staff: int(n) for staff, n in (query.tuples() if query is not None else [])}


def cost_of_goods(start: dt.date, end: dt.date, staff_ids: Iterable[int] | None) -> dict[int | None, int]:
    """staff id → cost of the goods of their sales (today's product cost × quantity)."""
    line_cost = OrderLine.qty * peewee.fn.COALESCE(Product.cost_cents, 0)
    query = _staff_filter(OrderLine.select(SalesOrder.staff, peewee.fn.SUM(line_cost))
                          .join(SalesOrder, on=(OrderLine.order == SalesOrder.id))
                          .switch(OrderLine).join(Product, peewee.JOIN.LEFT_OUTER, on=(OrderLine.product == Product.id))
                          .where(_sold(start, end)).group_by(SalesOrder.staff), staff_ids)
    return {staff: int(value or 0) for staff, value in (query.tuples() if query is not None else [])}


def sales_figures(start: dt.date, end: dt.date, *, staff_ids: Iterable[int] | None = None,
                  include_profit: bool = False) -> dict[int | None, SalesFigures]:
    """staff id → figures of the orders they took (only those with sales are present);
    key None = the whole shop (every sale, whoever took it). The pieces (staff_sales,
    shop_sales, new_customers, cost_of_goods) can be called alone when fewer figures will do."""
    wanted = None if staff_ids is None else sorted(set(staff_ids))
    if wanted is None:
        wanted = [s for (s,) in SalesOrder.select(SalesOrder.staff).where(_sold(start, end), SalesOrder.staff.is_null(
            False)).distinct().tuples()]
    per = staff_sales(start, end, wanted)
    new = new_customers(start, end, None)
    costs = cost_of_goods(start, end, None) if include_profit else {}
    result: dict[int | None, SalesFigures] = {}
    for staff, (n, amount, freight) in per.items():
        result[staff] = SalesFigures(n, amount, freight, _average(amount, n), new.get(staff, 0),
                                     amount - freight - costs.get(staff, 0) if include_profit else None)
    n, amount = shop_sales(start, end)
    freight = int(SalesOrder.select(peewee.fn.COALESCE(peewee.fn.SUM(SalesOrder.freight_cents), 0)).where(
        _sold(start, end)).scalar() or 0)
    result[None] = SalesFigures(n, amount, freight, _average(amount, n), sum(new.values()),
                                amount - freight - sum(costs.values()) if include_profit else None)
    return result


def parcels_shipped(start: dt.date, end: dt.date, *, staff_ids: Iterable[int] | None = None) -> dict[int, int]:
    """staff id → parcels their accounts shipped in the period (cancelled shipments left out)."""
    low, high = _bounds(start, end)
    accounts = User.select(User.id, User.staff).where(User.staff.is_null(False))
    if staff_ids is not None:
        accounts = accounts.where(User.staff.in_(sorted(set(staff_ids)) or [0]))
    owner_of = {user: staff for user, staff in accounts.tuples()}
    if not owner_of:
        return {}
    counts = (Shipment.select(Shipment.shipped_by, peewee.fn.COUNT(Shipment.id))
              .where(Shipment.shipped_by.in_(sorted(owner_of)), Shipment.shipped_at >= low, Shipment.shipped_at < high,
                     Shipment.cancelled_at.is_null()).group_by(Shipment.shipped_by))
    result: dict[int, int] = {}
    for user, count in counts.tuples():
        result[owner_of[user]] = result.get(owner_of[user], 0) + int(count)
    return result


# -- what a figure counts (the appraisal opens them) ---------------------------------------------

@dataclass(frozen=True)
class SoldOrder:
    order_id: int
    order_no: str
    paid_at: dt.datetime
    customer: str
    total_cents: int
    freight_cents: int


def _order_rows(query, limit: int) -> tuple[list[SoldOrder], int]:
    total = query.count()
    rows = (query.select(SalesOrder.id, SalesOrder.order_no, SalesOrder.paid_at, Customer.name, Customer.nickname,
                         SalesOrder.total_cents, SalesOrder.freight_cents)
            .join(Customer, peewee.JOIN.LEFT_OUTER, on=(SalesOrder.customer == Customer.id))
            .order_by(SalesOrder.paid_at, SalesOrder.id).limit(limit).tuples())
    return [SoldOrder(oid, no, paid, name or nick or "", int(total_cents), int(freight))
            for oid, no, paid, name, nick, total_cents, freight in rows], total


def sold_orders(start: dt.date, end: dt.date, staff_id: int | None, *,
                limit: int = DETAIL_LIMIT) -> tuple[list[SoldOrder], int]:
    """The sales a figure counts (staff None: the whole shop), oldest first, and how many in all."""
    query = SalesOrder.select().where(_sold(start, end))
    if staff_id is not None:
        query = query.where(SalesOrder.staff == staff_id)
    return _order_rows(query, limit)


def first_purchases(start: dt.date, end: dt.date, staff_id: int | None, *,
                    limit: int = DETAIL_LIMIT) -> tuple[list[SoldOrder], int]:
    """The orders that made their customer a new customer of the person."""
    query = SalesOrder.select().where(_sold(start, end), _first_purchase())
    if staff_id is not None:
        query = query.where(SalesOrder.staff == staff_id)
    return _order_rows(query, limit)


@dataclass(frozen=True)
class ShippedParcel:
    order_no: str
    tracking_no: str
    carrier: str
    shipped_at: dt.datetime
    kind: str


def shipped_parcels(start: dt.date, end: dt.date, staff_id: int, *,
                    limit: int = DETAIL_LIMIT) -> tuple[list[ShippedParcel], int]:
    low, high = _bounds(start, end)
    query = (Shipment.select(SalesOrder.order_no, Shipment.tracking_no, Shipment.carrier_name, Shipment.shipped_at,
                             Shipment.kind)
             .join(User, on=(Shipment.shipped_by == User.id))
             .switch(Shipment).join(SalesOrder, on=(Shipment.order == SalesOrder.id))
             .where(Shipment.shipped_at >= low, Shipment.shipped_at < high, Shipment.cancelled_at.is_null(),
                    User.staff == staff_id))
    total = query.count()
    rows = query.order_by(Shipment.shipped_at, Shipment.id).limit(limit).tuples()
    return [ShippedParcel(*row) for row in rows], total
