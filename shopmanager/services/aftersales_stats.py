"""After-sales figures the roster (complaint fines) and the appraisal (indicators) build on:
complaint handling per staff member and for the shop, negative
reviews, upheld complaints (the roster's fines), return rates, and the open/overdue
counts of the navigation badge and the dashboard.

All SQL aggregates (GROUP BY), the same on SQLite and PostgreSQL. `start`/`end` are dates,
inclusive, in the shop's local time. No permission check in the figure functions (their
callers check); case_counts() takes the actor because what it counts depends on the role.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import peewee

from shopmanager.core import timeutil
from shopmanager.core.aftersales import OPEN_STATES, CaseState, CaseType, share
from shopmanager.core.permissions import Perm, Role
from shopmanager.db.models import AfterSalesCase, Refund, SalesOrder, Staff
from shopmanager.services import settings
from shopmanager.services.context import Actor, require

# The types whose goods come back for good: what the return rate counts.
RETURN_TYPES = (CaseType.RETURN_REFUND, CaseType.EXCHANGE)


def _bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return dt.datetime.combine(start, dt.time()), dt.datetime.combine(end + dt.timedelta(days=1), dt.time())


def handler_expression() -> peewee.Node:
    """Who a case's figures count for: the clerk who had it before escalation, else its holder."""
    return peewee.fn.COALESCE(AfterSalesCase.clerk, AfterSalesCase.holder)


@dataclass(frozen=True)
class ComplaintFigures:
    complaints: int  # complaint cases received in the period
    answered_in_time: int  # first response within the setting's hours (default 24)
    resolved: int  # complaints resolved/closed (not refused)
    timeliness_rate: Decimal | None  # answered_in_time / complaints, 0..1 (None: no complaints)
    resolution_rate: Decimal | None  # resolved / complaints, 0..1
    negative_reviews: int  # negative-review cases received in the period


def _complaint_figures(complaints: int, in_time: int, resolved: int, reviews: int) -> ComplaintFigures:
    return ComplaintFigures(complaints, in_time, resolved, share(in_time, complaints), share(resolved, complaints),
                            reviews)


def complaint_figures(start: dt.date, end: dt.date, *,
                      staff_ids: list[int] | None = None) -> dict[int | None, ComplaintFigures]:
    """Per staff id of the member handling the case (its holder; the original clerk if it was
    escalated); key None = the whole shop. With `staff_ids`, those staff members (zeros
    included) and the shop."""
    low, high = _bounds(start, end)
    minutes = int(settings.get("aftersales.complaint_hours")) * 60
    who = handler_expression()
    is_complaint = AfterSalesCase.case_type == CaseType.COMPLAINT
    count_if = lambda condition: peewee.fn.SUM(peewee.Case(None, [(condition, 1)], 0))  # noqa: E731
    rows = (AfterSalesCase.select(
        who.alias("who"), count_if(is_complaint),
        count_if(is_complaint & (AfterSalesCase.response_minutes <= minutes)),
        count_if(is_complaint & AfterSalesCase.resolved_at.is_null(False)),
        count_if(AfterSalesCase.case_type == CaseType.NEGATIVE_REVIEW))
        .where(AfterSalesCase.received_at >= low, AfterSalesCase.received_at < high,
               AfterSalesCase.case_type.in_([CaseType.COMPLAINT, CaseType.NEGATIVE_REVIEW]))
        .group_by(who).tuples())
    totals = [0, 0, 0, 0]
    per: dict[int | None, list[int]] = {}
    for staff_id, *numbers in rows:
        numbers = [int(n or 0) for n in numbers]
        totals = [a + b for a, b in zip(totals, numbers)]
        if staff_id is not None:
            per[staff_id] = numbers
    wanted = staff_ids if staff_ids is not None else list(per)
    result: dict[int | None, ComplaintFigures] = {
        staff_id: _complaint_figures(*per.get(staff_id, [0, 0, 0, 0])) for staff_id in wanted}
    result[None] = _complaint_figures(*totals)
    return result


def negative_reviews_against(start: dt.date, end: dt.date) -> dict[int, int]:
    """staff id → negative-review cases received in the period that name them (the case's
    "against staff member")."""
    low, high = _bounds(start, end)
    rows = (AfterSalesCase.select(AfterSalesCase.against_staff, peewee.fn.COUNT(AfterSalesCase.id))
            .where(AfterSalesCase.case_type == CaseType.NEGATIVE_REVIEW, AfterSalesCase.against_staff.is_null(False),
                   AfterSalesCase.received_at >= low, AfterSalesCase.received_at < high)
            .group_by(AfterSalesCase.against_staff).tuples())
    return {staff_id: int(count) for staff_id, count in rows}


@dataclass(frozen=True)
class UpheldComplaint:
    case_id: int
    case_no: str
    staff_id: int
    received_at: dt.datetime
    upheld_at: dt.datetime


def upheld_complaints(start: dt.date, end: dt.date) -> list[UpheldComplaint]:
    """Complaints AGAINST a staff member that were upheld, received in the period, ordered by
    received_at (the fines count them per calendar month of received_at)."""
    low, high = _bounds(start, end)
    query = (AfterSalesCase.select(AfterSalesCase.id, AfterSalesCase.case_no, AfterSalesCase.against_staff,
                                   AfterSalesCase.received_at, AfterSalesCase.upheld_at)
             .where(AfterSalesCase.case_type == CaseType.COMPLAINT, AfterSalesCase.against_staff.is_null(False),
                    AfterSalesCase.upheld == True,  # noqa: E712
                    AfterSalesCase.received_at >= low, AfterSalesCase.received_at < high)
             .order_by(AfterSalesCase.received_at, AfterSalesCase.id).tuples())
    return [UpheldComplaint(case_id, case_no, staff_id, received_at, upheld_at)
            for case_id, case_no, staff_id, received_at, upheld_at in query]


@dataclass(frozen=True)
class ReturnFigures:
    orders: int
    orders_with_return: int
    return_rate: Decimal | None
    refund_cents: int


def return_figures(start: dt.date, end: dt.date, *,
                   staff_ids: list[int] | None = None) -> dict[int | None, ReturnFigures]:
    """Over orders taken by the staff member (SalesOrder.staff), paid in the period (and not
    cancelled or closed since): how many came back (a return or an exchange not refused),
    and the refunds on them. Key None = the whole shop."""
    from shopmanager.services.dashboard import sold_between

    low, high = _bounds(start, end)
    # One pass over the period's orders on the (staff, paid_at, …) index — a range per staff
    # member and one for orders without — each order probing its cases and refunds by index
    # (the join from the cases side read every return case: 0.3–0.5 s on 1M orders).
    everyone = [staff_id for (staff_id,) in Staff.select(Staff.id).tuples()]
    came_back = peewee.fn.EXISTS(AfterSalesCase.select(AfterSalesCase.id).where(
        AfterSalesCase.order == SalesOrder.id, AfterSalesCase.case_type.in_(list(RETURN_TYPES)),
        AfterSalesCase.state != CaseState.REFUSED))
    refunded = Refund.select(peewee.fn.SUM(Refund.amount_cents)).where(Refund.order == SalesOrder.id)
    rows = (SalesOrder.select(SalesOrder.staff, peewee.fn.COUNT(SalesOrder.id),
                              peewee.fn.SUM(peewee.Case(None, [(came_back, 1)], 0)), peewee.fn.SUM(refunded))
            .where(sold_between(low, high), SalesOrder.staff.in_(everyone) | SalesOrder.staff.is_null())
            .group_by(SalesOrder.staff).tuples())
    orders, returned, refunds = {}, {}, {}
    for staff_id, count, back, money in rows:
        orders[staff_id], returned[staff_id], refunds[staff_id] = count, back or 0, money or 0

    def figures(count: int, back: int, money: int) -> ReturnFigures:
        return ReturnFigures(int(count), int(back), share(int(back), int(count)), int(money or 0))

    wanted = staff_ids if staff_ids is not None else [s for s in orders if s is not None]
    result: dict[int | None, ReturnFigures] = {
        staff_id: figures(orders.get(staff_id, 0), returned.get(staff_id, 0), refunds.get(staff_id, 0))
        for staff_id in wanted}
    result[None] = figures(sum(orders.values()), sum(returned.values()),
                           sum(int(v or 0) for v in refunds.values()))
    return result


def _visible(actor: Actor) -> peewee.Expression | None:
    """The open cases an actor's badge counts: all of them for the owner and the supervisor;
    the ones they hold or handed up for customer service and sales; the goods cases for the
    shipping clerk."""
    if actor.role in (Role.OWNER, Role.SUPERVISOR):
        return None
    if actor.can(Perm.AFTERSALES_EDIT):
        if actor.staff_id is None:
            return AfterSalesCase.id < 0
        return (AfterSalesCase.holder == actor.staff_id) | (AfterSalesCase.clerk == actor.staff_id)
    return AfterSalesCase.case_type.in_([CaseType.RETURN_REFUND, CaseType.EXCHANGE, CaseType.REPAIR])


def overdue_limit(now: dt.datetime | None = None) -> dt.datetime:
    """Open cases received before this moment without a first response are overdue."""
    return (now or timeutil.now()) - dt.timedelta(hours=int(settings.get("aftersales.response_hours")))


def case_counts(actor: Actor) -> tuple[int, int]:
    """(open cases, overdue cases) visible to the actor: the navigation badge and the dashboard."""
    require(actor, Perm.AFTERSALES_VIEW, entity="aftersales")
    condition = AfterSalesCase.state.in_(list(OPEN_STATES))
    visible = _visible(actor)
    if visible is not None:
        condition &= visible
    open_count = AfterSalesCase.select().where(condition).count()
    overdue = AfterSalesCase.select().where(condition, AfterSalesCase.first_response_at.is_null(),
                                            AfterSalesCase.received_at < overdue_limit()).count()
    return open_count, overdue
