"""Same-day dispatch 当天件当天发: the "to ship today" queue, its overdue orders, and the
counts on the navigation badge.

The rule (core/orders.ship_by_day, cut-off = setting "shipping.cutoff", default 16:00):
an order paid before the cut-off of day D must ship on D; paid at or after the
cut-off, on D + 1. It is overdue once that day is over without a shipment. On day T:

- to ship today: status paid (待发货), paid before T's cut-off — includes the overdue;
- overdue:       status paid, paid before the cut-off of T − 1;
- ship tomorrow: status paid, paid at or after T's cut-off.

Each is one range of the (status, paid_at) index, so the counts stay fast at a
million orders.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

import peewee

from shopmanager.core import timeutil
from shopmanager.core.i18n import tr
from shopmanager.core.orders import OrderStatus, channel_label, overdue_limit, ship_by_day, today_limit
from shopmanager.core.permissions import Perm
from shopmanager.db.models import OrderLine, SalesOrder
from shopmanager.services import settings
from shopmanager.services.context import Actor, require
from shopmanager.services.customers import shown_address, shown_name, shown_phone
from shopmanager.services.listing import Column, ListRequest, ListSource, Page

BUCKETS = ("today", "overdue", "tomorrow", "all")


def cutoff() -> dt.time:
    return timeutil.parse_hhmm(settings.get("shipping.cutoff"))


def bucket_condition(bucket: str, now: dt.datetime | None = None, cut: dt.time | None = None) -> peewee.Expression:
    """The paid, unshipped orders of one bucket of the queue (see the module's docstring)."""
    now = now or timeutil.now()
    cut = cut or cutoff()
    condition = SalesOrder.status == OrderStatus.PAID
    if bucket == "today":
        return condition & (SalesOrder.paid_at < today_limit(now, cut))
    if bucket == "overdue":
        return condition & (SalesOrder.paid_at < overdue_limit(now, cut))
    if bucket == "tomorrow":
        return condition & (SalesOrder.paid_at >= today_limit(now, cut))
    return condition


def dispatch_counts(actor: Actor | None = None) -> tuple[int, int]:
    """(to ship today — overdue included, overdue) for the navigation badge.

    With an actor, refused unless the role may view orders; without, for the program itself."""
    if actor is not None:
        require(actor, Perm.ORDERS_VIEW, entity="order")
    now, cut = timeutil.now(), cutoff()
    today = SalesOrder.select().where(bucket_condition("today", now, cut)).count()
    overdue = SalesOrder.select().where(bucket_condition("overdue", now, cut)).count()
    return today, overdue


class DispatchSource(ListSource):
    """The packing list: paid orders waiting for shipment, oldest payment first.

    filters: "bucket" = today (default) | overdue | tomorrow | all; "channel".
    Each row ends with an overdue flag (not a column): row_style() paints those red."""

    model = SalesOrder
    view_perm = Perm.ORDERS_VIEW
    default_sort = "paid_at"
    columns = [
        Column("order_no", lambda: tr("Orders", "Order number"), width=130),
        Column("platform_order_no", lambda: tr("Orders", "Platform number"), width=150),
        Column("channel", lambda: tr("Orders", "Channel"), width=60),
        Column("paid_at", lambda: tr("Orders", "Paid at"), "datetime", sort=SalesOrder.paid_at, width=130),
        Column("ship_by", lambda: tr("Dispatch", "Ship by"), "date", width=90),
        Column("receiver", lambda: tr("Orders", "Receiver"), width=80),
        Column("phone", lambda: tr("Orders", "Phone"), width=110),
        Column("address", lambda: tr("Orders", "Address"), width=260),
        Column("confirmed", lambda: tr("Dispatch", "Address confirmed"), "bool", width=70),
        Column("items", lambda: tr("Dispatch", "Items"), width=260),
        Column("message", lambda: tr("Orders", "Buyer's message"), width=200),
    ]

    def __init__(self, actor: Actor):
        super().__init__(actor)
        self._now = timeutil.now()
        self._cutoff = cutoff()

    def base_query(self, request: ListRequest) -> peewee.ModelSelect:
        query = SalesOrder.select(SalesOrder.order_no, SalesOrder.platform_order_no, SalesOrder.channel,
                                  SalesOrder.paid_at, SalesOrder.receiver_name, SalesOrder.receiver_phone,
                                  SalesOrder.receiver_address, SalesOrder.address_confirmed,
                                  SalesOrder.buyer_message)
        return self._filter(query, request)

    def count_query(self, request: ListRequest) -> peewee.ModelSelect:
        return self._filter(SalesOrder.select(SalesOrder.id), request)

    def _filter(self, query: peewee.ModelSelect, request: ListRequest) -> peewee.ModelSelect:
        bucket = request.filters.get("bucket") or "today"
        query = query.where(bucket_condition(bucket if bucket in BUCKETS else "today", self._now, self._cutoff))
        if request.filters.get("channel"):
            query = query.where(SalesOrder.channel == request.filters["channel"])
        return query

    def page(self, request: ListRequest, cursor: tuple | None = None, limit: int = 200) -> Page:
        page = super().page(request, cursor, limit)
        if not page.ids:
            return page
        items: dict[int, list[str]] = {}
        for order_id, sku, title, qty in (OrderLine.select(OrderLine.order, OrderLine.sku, OrderLine.title,
                                                           OrderLine.qty)
                                          .where(OrderLine.order.in_(page.ids))
                                          .order_by(OrderLine.order, OrderLine.line_no).tuples()):
            items.setdefault(order_id, []).append(f"{title or sku} ×{qty}")
        index = self.column_index("items")
        page.rows = [row[:index] + ("; ".join(items.get(order_id, [])),) + row[index + 1:]
                     for order_id, row in zip(page.ids, page.rows)]
        return page

    def to_row(self, r: dict[str, Any]) -> tuple:
        due = ship_by_day(r["paid_at"], self._cutoff)
        overdue = due < self._now.date()
        return (r["order_no"], r["platform_order_no"], channel_label(r["channel"]), r["paid_at"], due,
                shown_name(self.actor, r["receiver_name"]), shown_phone(self.actor, r["receiver_phone"]),
                shown_address(self.actor, r["receiver_address"]), r["address_confirmed"], "", r["buyer_message"],
                overdue)

    def row_style(self, row: tuple) -> dict[str, str] | None:
        return {"foreground": "#c62828"} if row[-1] else None

