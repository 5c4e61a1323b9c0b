"""Refunds of after-sales cases: amount, method, date, who — never more than the buyer paid
for the lines of the case, and never more than the order's payment over all its cases,
also when two PCs refund the same order at the same moment (the order row is locked:
FOR UPDATE on PostgreSQL, BEGIN IMMEDIATE on SQLite; tests/unit/services/
test_aftersales_concurrency.py).

What a case may refund: the buyer's payment shared out over the order's goods and freight
(pre-discount), for the case's pieces; the freight's share only when the policy gives a
full refund (the shop's fault) or a supervisor overrode it. A case without lines (a
complaint's goodwill compensation) may refund what is left of the order's payment.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from fractions import Fraction

import peewee

from shopmanager.core import timeutil
from shopmanager.core.aftersales import (
    POLICY_TYPES, Action, CaseState, RefundKind, RefundMethod, refund_method_label, state_label,
)
from shopmanager.core.errors import Conflict, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.money import format_money
from shopmanager.core.orders import choice
from shopmanager.core.permissions import Perm
from shopmanager.db.models import AfterSalesCase, CaseLine, OrderLine, Refund, SalesOrder
from shopmanager.services.aftersales import add_event, get_case_row, lock_order, mark_responded, save_case
from shopmanager.services.context import Actor, audit, require, write_retrying
from shopmanager.services.customers import clean_text
from shopmanager.services.orders import money

FREIGHT_KINDS = frozenset({RefundKind.FULL, RefundKind.FULL_OR_EXCHANGE, RefundKind.DECIDE})


def paid_share(order: SalesOrder, rows: list[tuple[int, int, int]], *, with_freight: bool) -> int:
    """What the buyer paid for some pieces of the order: `rows` of (pieces, the line's
    quantity, the line's total); the freight's share too when `with_freight` (cents, up: the
    platform gives the odd cent of a coupon shared over the items to one of them, so each
    item's share rounded down would refuse its full refund by a cent; the order's payment
    still caps the refunds of all its cases)."""
    base = order.goods_cents + order.freight_cents
    if base <= 0:
        return 0
    goods = sum((Fraction(total * qty, line_qty) for qty, line_qty, total in rows if line_qty), Fraction(0))
    value = goods
    if with_freight and order.goods_cents:
        value += Fraction(order.freight_cents) * goods / order.goods_cents
    return math.ceil(Fraction(order.paid_cents) * value / base)


def case_ceiling(case: AfterSalesCase, order: SalesOrder, *, with_freight: bool | None = None) -> int:
    """What the buyer paid for the pieces of this case (cents, rounded up); the whole
    payment for a case without lines. The freight's share when the policy gives a full
    refund or a supervisor overrode it (or when `with_freight` says so: platform refunds)."""
    rows = list(CaseLine.select(CaseLine.qty, OrderLine.qty, OrderLine.line_total_cents)
                .join(OrderLine, on=(CaseLine.order_line == OrderLine.id)).where(CaseLine.case == case.id).tuples())
    if not rows:
        return order.paid_cents
    if with_freight is None:
        with_freight = case.refund_kind in FREIGHT_KINDS or case.override_at is not None
    return paid_share(order, rows, with_freight=with_freight)


def refunded(case_id: int | None = None, order_id: int | None = None) -> int:
    query = Refund.select(peewee.fn.COALESCE(peewee.fn.SUM(Refund.amount_cents), 0))
    query = query.where(Refund.case == case_id) if case_id is not None else query.where(Refund.order == order_id)
    return int(query.scalar() or 0)


def refundable_cents(case: AfterSalesCase) -> int:
    """What may still be refunded on the case: its ceiling and the order's payment, less what was refunded."""
    order = SalesOrder.get_or_none(SalesOrder.id == case.order_id) if case.order_id else None
    if order is None:
        return 0
    return max(0, min(case_ceiling(case, order) - refunded(case_id=case.id),
                      order.paid_cents - refunded(order_id=order.id)))


@dataclass(frozen=True)
class RefundResult:
    refund_id: int
    case_total_cents: int
    still_refundable_cents: int


def _check_amount(case: AfterSalesCase, order: SalesOrder, amount: int, with_freight: bool | None) -> int:
    """What may still be refunded after `amount`; ValidationError when `amount` is too much."""
    ceiling = case_ceiling(case, order, with_freight=with_freight)
    case_done = refunded(case_id=case.id)
    order_done = refunded(order_id=order.id)
    left = min(ceiling - case_done, order.paid_cents - order_done)
    if amount > left:
        raise ValidationError(tr(
            "AfterSales", "Refund ¥{amount}: more than can be refunded. The buyer paid ¥{paid} for these items; "
            "¥{done} refunded on this case and ¥{order_done} on order {order_no}: at most ¥{left} more.").format(
                amount=format_money(amount), paid=format_money(ceiling), done=format_money(case_done),
                order_done=format_money(order_done), order_no=order.order_no, left=format_money(max(0, left))),
            field="amount")
    return left - amount


def add_refund(actor: Actor, case: AfterSalesCase, order: SalesOrder, amount: int, method: str,
               refunded_on: dt.date, note: str, *, with_freight: bool | None = None) -> RefundResult:
    """Write one refund after the checks (inside the transaction, the order locked)."""
    left = _check_amount(case, order, amount, with_freight)
    now = timeutil.now()
    refund = Refund.create(case=case.id, order=order.id, amount_cents=amount, method=method, refunded_on=refunded_on,
                           note=note, user=actor.user_id, created_at=now)
    values = {"refund_cents": AfterSalesCase.refund_cents + amount, **mark_responded(case, now)}
    save_case(case, values)
    text = tr("AfterSales", "¥{amount} {method}").format(amount=format_money(amount),
                                                         method=refund_method_label(method))
    add_event(actor, case.id, Action.REFUNDED, f"{text}. {note}".strip(". ") if note else text,
              {"amount_cents": amount, "method": method, "on": refunded_on.isoformat()}, at=now)
    audit(actor, "refund", "aftersales", case.id, summary=f"{case.case_no}: {text}",
          changes={"refund_cents": [case.refund_cents, case.refund_cents + amount]})
    return RefundResult(refund.id, case.refund_cents + amount, max(0, left))


def record_refund(actor: Actor, case_id: int, amount_cents, method: str = RefundMethod.PLATFORM, *,
                  refunded_on: dt.date | None = None, note: str = "") -> RefundResult:
    """Record money given back to the buyer on a case (an int is cents; text is yuan as typed)."""
    require(actor, Perm.AFTERSALES_EDIT, entity="aftersales", entity_id=case_id)
    label = tr("AfterSales", "Refund")
    amount = money(amount_cents, field="amount", label=label)
    if amount <= 0:
        raise ValidationError(tr("AfterSales", "Refund: enter an amount above 0."), field="amount")
    method = choice(RefundMethod, method, tr("AfterSales", "Refund method"), "method")
    note = clean_text(note, field="note", label=tr("AfterSales", "Note"), max_length=200)
    day = refunded_on or timeutil.today()
    if day > timeutil.today():
        raise ValidationError(tr("AfterSales", "Refund date: it is in the future."), field="refunded_on")

    def work() -> RefundResult:
        order_id = AfterSalesCase.select(AfterSalesCase.order).where(AfterSalesCase.id == case_id).scalar()
        if order_id is None and not AfterSalesCase.select().where(AfterSalesCase.id == case_id).exists():
            get_case_row(case_id)  # NotFound
        if order_id is None:
            raise Conflict(tr("AfterSales", "This case has no order: nothing was paid that could be refunded."),
                           field="amount")
        order = lock_order(order_id)  # the order first, then the case: one lock order on every PC
        case = get_case_row(case_id, lock=True)
        if case.state in (CaseState.REFUSED, CaseState.CLOSED):
            raise Conflict(tr("AfterSales", "Case {case_no} is {state}: no refund.").format(
                case_no=case.case_no, state=state_label(case.state)), field="state")
        if (case.case_type in POLICY_TYPES and case.refund_kind in (RefundKind.EXCHANGE, RefundKind.NONE)
                and case.override_at is None):
            raise Conflict(tr("AfterSales", "The policy settles case {case_no} without a refund; a supervisor's "
                                            "override is needed to refund it.").format(case_no=case.case_no),
                           field="amount")
        if day < order.ordered_at.date():
            raise ValidationError(tr("AfterSales", "Refund date: before the order was placed."), field="refunded_on")
        return add_refund(actor, case, order, amount, method, day, note)

    return write_retrying(work)

