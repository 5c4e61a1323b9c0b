"""Reading after-sales cases: one case with its lines, timeline, refunds and replacement
parcels (masked per role, the effect on profit for the owner only), an order's cases, and
what the new-case form needs of an order."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

import peewee

from shopmanager.core import timeutil
from shopmanager.core.aftersales import (
    OPEN_STATES, CaseType, action_label, freight_label, is_overdue, reason_label, refund_kind_label, state_label,
    type_label,
)
from shopmanager.core.errors import NotFound
from shopmanager.core.i18n import tr
from shopmanager.core.orders import channel_label, status_label
from shopmanager.core.permissions import Perm
from shopmanager.db.models import (
    AfterSalesCase, CaseEvent, CaseLine, CaseShipment, Customer, OrderLine, Product, Refund, SalesOrder, Shipment,
    Staff, StockMovement, User,
)
from shopmanager.services import settings
from shopmanager.services.aftersales import claimed_quantities, get_case_row
from shopmanager.services.context import Actor, require
from shopmanager.services.customers import shown_address, shown_name, shown_phone


# -- reading ----------------------------------------------------------------------------------------------

@dataclass
class CaseLineDetail:
    id: int
    order_line_id: int | None
    product_id: int | None
    sku: str
    title: str
    qty: int
    qty_good: int
    qty_defective: int
    unit_paid_cents: int  # what the buyer paid for one piece (order discount shared out)

    @property
    def qty_received(self) -> int:
        return self.qty_good + self.qty_defective


@dataclass
class EventDetail:
    at: dt.datetime
    who: str
    action: str
    action_label: str
    note: str
    detail: dict[str, Any]


@dataclass
class RefundDetail:
    id: int
    amount_cents: int
    method: str
    refunded_on: dt.date
    note: str
    username: str


@dataclass
class ReplacementDetail:
    shipment_id: int
    carrier: str
    tracking_no: str
    shipped_at: dt.datetime
    cancelled_at: dt.datetime | None
    items: list[tuple[str, str, int]]  # (sku, name, qty)


@dataclass
class CaseDetail:
    id: int
    case_no: str
    case_type: str
    type_label: str
    state: str
    state_label: str
    order_id: int | None
    order_no: str
    platform_order_no: str
    order_status: str
    channel: str
    channel_label: str
    customer_id: int | None
    customer_name: str
    receiver_phone: str
    receiver_address: str
    paid_cents: int
    reason: str
    reason_label: str
    description: str
    received_at: dt.datetime
    first_response_at: dt.datetime | None
    resolved_at: dt.datetime | None
    closed_at: dt.datetime | None
    overdue: bool
    holder_id: int | None
    holder_name: str
    clerk_id: int | None
    clerk_name: str
    escalated_at: dt.datetime | None
    signed_on: dt.date | None
    shipped_on: dt.date | None
    return_method: str
    policy_ok: bool
    policy_text: str
    freight_label: str
    refund_kind_label: str
    override_by: str
    override_at: dt.datetime | None
    override_reason: str
    out_of_policy: bool
    return_carrier: str
    return_tracking_no: str
    goods_received_at: dt.datetime | None
    refund_cents: int
    refundable_cents: int  # what may still be refunded on this case
    category: str
    against_staff_id: int | None
    against_staff_name: str
    upheld: bool | None
    rating: int | None
    review_text: str
    cause: str
    phone_contacted_at: dt.datetime | None
    outcome: str
    result: str
    platform_refund_no: str
    platform_status: str
    row_version: int
    masked: bool
    lines: list[CaseLineDetail] = field(default_factory=list)
    events: list[EventDetail] = field(default_factory=list)  # oldest first
    refunds: list[RefundDetail] = field(default_factory=list)
    replacements: list[ReplacementDetail] = field(default_factory=list)
    profit_effect_cents: int | None = None  # the owner only: refunds and goods' cost, signed

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES

    @property
    def active_replacement(self) -> ReplacementDetail | None:
        return next((r for r in self.replacements if r.cancelled_at is None), None)


def unit_paid(line: OrderLine, order: SalesOrder) -> int:
    """What one piece of the line cost the buyer, the order's discount and payment shared out (floor)."""
    if not line.qty or not order.total_cents:
        return 0
    return line.line_total_cents * order.paid_cents // (order.total_cents * line.qty)


def get_case(actor: Actor, case_id: int) -> CaseDetail:
    """One case with its lines, timeline, refunds and replacement shipments; personal data
    masked per role; the effect on profit for the owner only."""
    from shopmanager.services.aftersales_refunds import refundable_cents

    require(actor, Perm.AFTERSALES_VIEW, entity="aftersales", entity_id=case_id)
    c = get_case_row(case_id, full=True)
    order = SalesOrder.get_or_none(SalesOrder.id == c.order_id) if c.order_id else None
    customer = Customer.get_or_none(Customer.id == c.customer_id) if c.customer_id else None
    names = dict(Staff.select(Staff.id, Staff.name).where(
        Staff.id.in_([i for i in (c.holder_id, c.clerk_id, c.against_staff_id) if i])).tuples())
    order_lines = ({line.id: line for line in OrderLine.select().where(OrderLine.order == order.id)}
                   if order else {})
    lines = [CaseLineDetail(line.id, line.order_line_id, line.product_id, line.sku, line.title, line.qty, line.qty_good,
                            line.qty_defective,
                            unit_paid(order_lines[line.order_line_id], order)
                            if order and line.order_line_id in order_lines else 0)
             for line in CaseLine.select().where(CaseLine.case == case_id).order_by(CaseLine.id)]
    events = [EventDetail(e.at, e.who, e.action, action_label(e.action), e.note,
                          json.loads(e.detail) if e.detail else {})
              for e in CaseEvent.select().where(CaseEvent.case == case_id).order_by(CaseEvent.at, CaseEvent.id)]
    refunds = [RefundDetail(r["id"], r["amount_cents"], r["method"], r["refunded_on"], r["note"], r["username"] or "")
               for r in Refund.select(Refund.id, Refund.amount_cents, Refund.method, Refund.refunded_on, Refund.note,
                                      User.username)
               .join(User, peewee.JOIN.LEFT_OUTER, on=(Refund.user == User.id))
               .where(Refund.case == case_id).order_by(Refund.refunded_on, Refund.id).dicts()]
    replacements = _replacements(c)
    override_by = ""
    if c.override_by_id:
        row = (User.select(User.username, Staff.name).join(Staff, peewee.JOIN.LEFT_OUTER, on=(User.staff == Staff.id))
               .where(User.id == c.override_by_id).tuples().first())
        override_by = (row[1] or row[0]) if row else ""
    now = timeutil.now()
    pii_name = (order.receiver_name if order and order.receiver_name else (customer.name if customer else ""))
    detail = CaseDetail(
        c.id, c.case_no, c.case_type, type_label(c.case_type), c.state, state_label(c.state), c.order_id,
        order.order_no if order else "", order.platform_order_no if order else "", order.status if order else "",
        c.channel, channel_label(c.channel) if c.channel else "", c.customer_id,
        shown_name(actor, pii_name or (customer.nickname if customer else "")),
        shown_phone(actor, order.receiver_phone if order else (customer.phone if customer else "")),
        shown_address(actor, order.receiver_address if order else ""), order.paid_cents if order else 0, c.reason,
        reason_label(c.reason), c.description, c.received_at, c.first_response_at, c.resolved_at, c.closed_at,
        is_overdue(c.state, c.received_at, c.first_response_at, now, int(settings.get("aftersales.response_hours"))),
        c.holder_id, names.get(c.holder_id, ""), c.clerk_id, names.get(c.clerk_id, ""), c.escalated_at, c.signed_on,
        order.shipped_at.date() if order and order.shipped_at else None, c.return_method, c.policy_ok, _policy_text(c, order),
        freight_label(c.freight_payer), refund_kind_label(c.refund_kind), override_by or "", c.override_at,
        c.override_reason, c.out_of_policy, c.return_carrier, c.return_tracking_no, c.goods_received_at,
        c.refund_cents, refundable_cents(c) if order else 0, c.category, c.against_staff_id,
        names.get(c.against_staff_id, ""), c.upheld, c.rating, c.review_text, c.cause, c.phone_contacted_at,
        c.outcome, c.result, c.platform_refund_no, c.platform_status, c.row_version,
        not actor.can(Perm.CUSTOMERS_PII), lines, events, refunds, replacements)
    if actor.can(Perm.COST_VIEW):
        detail.profit_effect_cents = profit_effect(c)
    return detail


def _policy_text(case: AfterSalesCase, order: SalesOrder | None) -> str:
    """The policy's verdict in the reader's language, from what the case was registered with
    (the stored text keeps the words of the day it was saved, for the audit)."""
    from shopmanager.services.aftersales import compute_policy

    return compute_policy(case.case_type, case.reason, case.received_at, order, case.signed_on,
                          case.return_method).summary()


def _replacements(case: AfterSalesCase) -> list[ReplacementDetail]:
    found = []
    for link, shipment in ((link, link.shipment) for link in CaseShipment.select(CaseShipment, Shipment)
                           .join(Shipment).where(CaseShipment.case == case.id).order_by(Shipment.id)):
        items = [(sku, name, qty) for _product, sku, name, qty in (json.loads(link.items) if link.items else [])]
        found.append(ReplacementDetail(shipment.id, shipment.carrier_name, shipment.tracking_no, shipment.shipped_at,
                                       shipment.cancelled_at, items))
    return found


def profit_effect(case: AfterSalesCase) -> int:
    """What the case did to the shop's profit, in cents (negative: a loss): − refunds
    + the cost of good goods back in stock − the cost of replacements sent (not cancelled)."""
    back = (CaseLine.select(peewee.fn.COALESCE(peewee.fn.SUM(CaseLine.qty_good * Product.cost_cents), 0))
            .join(Product, on=(CaseLine.product == Product.id)).where(CaseLine.case == case.id).scalar())
    if case.case_type == CaseType.REPAIR:
        back = 0  # a repaired item goes back to the buyer, not into stock
    moved = (StockMovement.select(peewee.fn.COALESCE(peewee.fn.SUM(StockMovement.qty * Product.cost_cents), 0))
            .join(Product, on=(StockMovement.product == Product.id))
            .join(CaseShipment, on=(StockMovement.ref_id == CaseShipment.shipment))
            .where(StockMovement.ref_type == "shipment", StockMovement.kind == "exchange",
                   CaseShipment.case == case.id).scalar())
    return -case.refund_cents + int(back or 0) + int(moved or 0)  # replacements move out: negative


def find_case(actor: Actor, number: str) -> int | None:
    """The case with this number (a scanner in the page's search box), or None."""
    require(actor, Perm.AFTERSALES_VIEW, entity="aftersales")
    return (AfterSalesCase.select(AfterSalesCase.id).where(AfterSalesCase.case_no == (number or "").strip().upper())
            .scalar())


def cases_of_order(actor: Actor, order_id: int) -> list[tuple[int, str, str, str, dt.datetime]]:
    """(id, case number, type, state, received) of an order's cases, newest first (order form)."""
    require(actor, Perm.AFTERSALES_VIEW, entity="aftersales")
    return [(row.id, row.case_no, type_label(row.case_type), state_label(row.state), row.received_at)
            for row in AfterSalesCase.select(AfterSalesCase.id, AfterSalesCase.case_no, AfterSalesCase.case_type,
                                             AfterSalesCase.state, AfterSalesCase.received_at)
            .where(AfterSalesCase.order == order_id).order_by(AfterSalesCase.received_at.desc())]


@dataclass(frozen=True)
class OrderForCase:
    """What the new-case form needs of an order."""

    id: int
    order_no: str
    platform_order_no: str
    channel_label: str
    status: str
    status_label: str
    customer_id: int | None
    customer_name: str
    paid_cents: int
    shipped_on: dt.date | None
    delivered_on: dt.date | None
    lines: list[tuple[int, str, str, int, int, int]]  # (order line id, sku, title, qty, still claimable, unit paid)


def order_for_case(actor: Actor, order_id: int) -> OrderForCase:
    require(actor, Perm.AFTERSALES_VIEW, entity="aftersales")
    order = SalesOrder.get_or_none(SalesOrder.id == order_id)
    if order is None:
        raise NotFound(tr("Orders", "That order no longer exists."))
    claimed = claimed_quantities(order_id)
    name = order.receiver_name or (Customer.select(Customer.name).where(Customer.id == order.customer_id).scalar()
                                   if order.customer_id else "") or ""
    lines = [(line.id, line.sku, line.title, line.qty, line.qty - claimed.get(line.id, 0), unit_paid(line, order))
             for line in OrderLine.select().where(OrderLine.order == order_id).order_by(OrderLine.line_no)]
    return OrderForCase(order.id, order.order_no, order.platform_order_no, channel_label(order.channel), order.status,
                        status_label(order.status), order.customer_id, shown_name(actor, name), order.paid_cents,
                        order.shipped_at.date() if order.shipped_at else None,
                        order.delivered_at.date() if order.delivered_at else None, lines)
