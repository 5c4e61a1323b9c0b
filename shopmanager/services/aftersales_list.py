"""The after-sales page's list (and its Excel export): cases page by page in SQL, filtered by
type, state, holder, overdue; searched by case number, order or platform number, refund
number or the buyer's phone — each an index lookup. Personal data masked per role;
overdue cases (no first response in time) in red."""
from __future__ import annotations

import datetime as dt
from typing import Any

import peewee

from shopmanager.core import timeutil
from shopmanager.core.aftersales import (
    OPEN_STATES, CaseState, is_overdue, reason_label, state_label, type_label,
)
from shopmanager.core.i18n import tr
from shopmanager.core.orders import Channel, channel_label
from shopmanager.core.permissions import Perm
from shopmanager.db.models import AfterSalesCase, CaseLine, Customer, SalesOrder, Staff
from shopmanager.services import settings
from shopmanager.services.aftersales_stats import overdue_limit
from shopmanager.services.customers import phone_search, shown_name, shown_phone
from shopmanager.services.listing import Column, ListRequest, ListSource


def _is_code(text: str) -> bool:
    return all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in text)


def case_search(text: str, actor=None) -> peewee.Expression:
    """Exact case number, order number (shop's or platform's), refund number or phone (the
    phone only as far as the actor may see it: customers.phone_search).

    Each way is its own indexed look-up joined by UNION: written as one OR over the cases,
    SQLite read all of them (0.1 s at 200,000 cases)."""
    text = text.strip().replace(" ", "")
    code = text.upper()
    order_match = (SalesOrder.order_no == code) | (SalesOrder.platform_order_no == text)
    by_phone = phone_search(actor, SalesOrder.receiver_phone, text) if actor is not None else None
    if by_phone is not None:
        order_match |= by_phone
    case = AfterSalesCase.select(AfterSalesCase.id)
    found = (case.where(AfterSalesCase.case_no == code)
             | case.where(AfterSalesCase.order.in_(SalesOrder.select(SalesOrder.id).where(order_match)))
             # the refund number's index is (channel, number) for numbers that are not empty
             | case.where(AfterSalesCase.channel.in_([c.value for c in Channel] + [""]),
                          AfterSalesCase.platform_refund_no == text, AfterSalesCase.platform_refund_no != ""))
    customer_phone = phone_search(actor, Customer.phone, text) if actor is not None else None
    if customer_phone is not None:
        found = found | case.where(AfterSalesCase.customer.in_(Customer.select(Customer.id).where(customer_phone)))
    condition = AfterSalesCase.id.in_(found)
    if not _is_code(text):
        condition |= AfterSalesCase.description.contains(text)
    return condition


def case_filters(query: peewee.ModelSelect, request: ListRequest, actor=None) -> peewee.ModelSelect:
    """type, state ("open" = every open state, "done", or one state), holder_id, mine, overdue,
    date_from/date_to (received, inclusive), customer_id, order_id, against_staff_id."""
    f = request.filters
    if f.get("case_type"):
        query = query.where(AfterSalesCase.case_type == f["case_type"])
    state = f.get("state")
    if state == "open":
        query = query.where(AfterSalesCase.state.in_(list(OPEN_STATES)))
    elif state == "done":
        query = query.where(AfterSalesCase.state.not_in(list(OPEN_STATES)))
    elif state:
        query = query.where(AfterSalesCase.state == state)
    if f.get("holder_id"):
        query = query.where(AfterSalesCase.holder == f["holder_id"])
    if f.get("mine"):
        staff_id = actor.staff_id if actor is not None and actor.staff_id is not None else -1
        query = query.where((AfterSalesCase.holder == staff_id) | (AfterSalesCase.clerk == staff_id))
    if f.get("overdue"):
        query = query.where(AfterSalesCase.state.in_(list(OPEN_STATES)), AfterSalesCase.first_response_at.is_null(),
                            AfterSalesCase.received_at < overdue_limit())
    if f.get("date_from"):
        query = query.where(AfterSalesCase.received_at >= dt.datetime.combine(f["date_from"], dt.time()))
    if f.get("date_to"):
        query = query.where(AfterSalesCase.received_at < dt.datetime.combine(f["date_to"] + dt.timedelta(days=1),
                                                                             dt.time()))
    if f.get("customer_id"):
        query = query.where(AfterSalesCase.customer == f["customer_id"])
    if f.get("order_id"):
        query = query.where(AfterSalesCase.order == f["order_id"])
    if f.get("against_staff_id"):
        query = query.where(AfterSalesCase.against_staff == f["against_staff_id"])
    if request.search.strip():
        query = query.where(case_search(request.search, actor))
    return query


class AfterSalesSource(ListSource):
    model = AfterSalesCase
    view_perm = Perm.AFTERSALES_VIEW
    default_sort = "received_at"
    default_descending = True
    search_sort_newest = True
    count_cap_when_searching = 10_000
    columns = [
        Column("case_no", lambda: tr("AfterSales", "Case number"), sort=AfterSalesCase.case_no, width=128),
        Column("type", lambda: tr("AfterSales", "Type"), "status", width=70),
        Column("state", lambda: tr("AfterSales", "State"), "status", width=70),
        Column("order_no", lambda: tr("Orders", "Order number"), width=120),
        Column("platform_order_no", lambda: tr("Orders", "Platform number"), width=100),
        Column("channel", lambda: tr("Orders", "Channel"), width=48),
        Column("customer", lambda: tr("Orders", "Customer / receiver"), width=60),
        Column("phone", lambda: tr("Orders", "Phone"), width=96),
        Column("item", lambda: tr("AfterSales", "Item"), width=130),
        Column("reason", lambda: tr("AfterSales", "Reason / category"), width=86),
        Column("holder", lambda: tr("AfterSales", "Held by"), width=52),
        Column("received_at", lambda: tr("AfterSales", "Received"), "datetime", sort=AfterSalesCase.received_at,
               width=108),
        Column("refund", lambda: tr("AfterSales", "Refunded"), "money", sort=AfterSalesCase.refund_cents, width=64),
        Column("overdue", lambda: tr("AfterSales", "Overdue"), "bool", width=40),
    ]

    def __init__(self, actor):
        super().__init__(actor)
        self._now = timeutil.now()
        self._hours = int(settings.get("aftersales.response_hours"))

    def base_query(self, request: ListRequest) -> peewee.ModelSelect:
        first_item = (CaseLine.select(CaseLine.title).where(CaseLine.case == AfterSalesCase.id)
                      .order_by(CaseLine.id).limit(1))
        items = CaseLine.select(peewee.fn.COUNT(CaseLine.id)).where(CaseLine.case == AfterSalesCase.id)
        query = (AfterSalesCase.select(
            AfterSalesCase.case_no, AfterSalesCase.case_type, AfterSalesCase.state, SalesOrder.order_no,
            SalesOrder.platform_order_no, AfterSalesCase.channel, SalesOrder.receiver_name,
            SalesOrder.receiver_phone, Customer.name.alias("customer_name"), Customer.phone.alias("customer_phone"),
            first_item.alias("item"), items.alias("items"), AfterSalesCase.reason, AfterSalesCase.category,
            Staff.name.alias("holder_name"), AfterSalesCase.received_at, AfterSalesCase.refund_cents,
            AfterSalesCase.first_response_at, AfterSalesCase.out_of_policy)
            .join(SalesOrder, peewee.JOIN.LEFT_OUTER, on=(AfterSalesCase.order == SalesOrder.id))
            .switch(AfterSalesCase).join(Customer, peewee.JOIN.LEFT_OUTER, on=(AfterSalesCase.customer == Customer.id))
            .switch(AfterSalesCase).join(Staff, peewee.JOIN.LEFT_OUTER, on=(AfterSalesCase.holder == Staff.id)))
        return case_filters(query, request, self.actor)

    def count_query(self, request: ListRequest) -> peewee.ModelSelect:
        return case_filters(AfterSalesCase.select(AfterSalesCase.id), request, self.actor)

    def count_is_slow(self, request: ListRequest) -> bool:
        text = request.search.strip()
        return bool(text) and not _is_code(text.replace(" ", ""))

    def to_row(self, r: dict[str, Any]) -> tuple:
        from shopmanager.core.aftersales import complaint_label

        name = r["receiver_name"] or r["customer_name"] or ""
        phone = r["receiver_phone"] or r["customer_phone"] or ""
        item = r["item"] or ""
        if r["items"] and r["items"] > 1:
            item = tr("AfterSales", "{item} and {n} more").format(item=item, n=r["items"] - 1)
        reason = complaint_label(r["category"]) if r["category"] else reason_label(r["reason"])
        if r["out_of_policy"]:
            reason += " ⚠"
        overdue = is_overdue(r["state"], r["received_at"], r["first_response_at"], self._now, self._hours)
        return (r["case_no"], type_label(r["case_type"]), state_label(r["state"]), r["order_no"] or "",
                r["platform_order_no"] or "", channel_label(r["channel"]) if r["channel"] else "",
                shown_name(self.actor, name), shown_phone(self.actor, phone), item, reason, r["holder_name"] or "",
                r["received_at"], r["refund_cents"], overdue)

    def row_style(self, row: tuple) -> dict[str, str] | None:
        if row[-1]:
            return {"foreground": "#c62828"}
        if row[2] in (state_label(CaseState.CLOSED), state_label(CaseState.REFUSED)):
            return {"foreground": "#78909c"}
        return None
