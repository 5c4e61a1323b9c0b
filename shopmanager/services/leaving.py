"""离职交接: a staff member leaves. Their accounts are disabled at once; the owner sees what
they still hold — open orders, open after-sales cases, open handover items, future shifts,
pending leave — and hands it to a colleague in one step (domain.md "Data safety").

After-sales cases are counted and handed over by the after-sales module
(services/aftersales.py `open_cases_of` / `hand_over_open_cases`).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from shopmanager.core import timeutil
from shopmanager.core.errors import NotFound, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.orders import OrderStatus, status_label
from shopmanager.core.permissions import Perm, Role
from shopmanager.db.models import HandoverItem, LeaveRequest, RosterEntry, SalesOrder, Staff, User
from shopmanager.services import aftersales
from shopmanager.services.context import Actor, audit, require, write_retrying

OPEN_ORDER_STATUSES = (OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED)


@dataclass(frozen=True)
class OpenOrder:
    id: int
    order_no: str
    status: str
    ordered_at: dt.datetime
    total_cents: int

    @property
    def status_text(self) -> str:
        return status_label(self.status)


@dataclass
class LeavingSummary:
    staff_id: int
    name: str
    accounts: list[str]
    open_orders: list[OpenOrder]
    open_cases: int
    handover_items: list[str]
    future_shifts: int
    pending_leave: int


@dataclass
class LeavingResult:
    accounts_disabled: int = 0
    orders_moved: int = 0
    cases_moved: int = 0
    handover_moved: int = 0
    shifts_removed: int = 0
    leave_cancelled: int = 0
    notes: list[str] = field(default_factory=list)


def _person(staff_id: int) -> Staff:
    row = Staff.get_or_none(Staff.id == staff_id)
    if row is None:
        raise NotFound(tr("Users", "That staff member no longer exists."))
    return row


def leaving_summary(actor: Actor, staff_id: int, last_day: dt.date | None = None) -> LeavingSummary:
    """What the person still holds, for the owner to see before confirming."""
    require(actor, Perm.STAFF_MANAGE, entity="staff", entity_id=staff_id)
    person = _person(staff_id)
    last_day = last_day or timeutil.today()
    orders = [OpenOrder(o.id, o.order_no, o.status, o.ordered_at, o.total_cents) for o in (
        SalesOrder.select(SalesOrder.id, SalesOrder.order_no, SalesOrder.status, SalesOrder.ordered_at,
                          SalesOrder.total_cents)
        .where(SalesOrder.staff == staff_id, SalesOrder.status.in_(list(OPEN_ORDER_STATUSES)))
        .order_by(SalesOrder.ordered_at))]
    cases = aftersales.open_cases_of(staff_id)
    items = [i.text for i in HandoverItem.select(HandoverItem.text).where(
        HandoverItem.author == staff_id, HandoverItem.done_at.is_null()).order_by(HandoverItem.written_at)]
    shifts = RosterEntry.select().where(RosterEntry.staff == staff_id, RosterEntry.day > last_day,
                                        RosterEntry.kind == "shift").count()
    pending = LeaveRequest.select().where(LeaveRequest.staff == staff_id, LeaveRequest.status == "pending").count()
    accounts = [u.username for u in User.select(User.username).where(User.staff == staff_id, User.active == True)]  # noqa: E712
    return LeavingSummary(staff_id, person.name, accounts, orders, cases, items, shifts, pending)


def leave_shop(actor: Actor, staff_id: int, last_day: dt.date, *, successor_id: int | None = None,
               note: str = "") -> LeavingResult:
    """离职 in one step: status 离职 with the last working day, accounts disabled, shifts after
    the last day removed, pending leave withdrawn; with a successor, open orders, open
    handover items and (through the after-sales module) open cases go to them."""
    require(actor, Perm.STAFF_MANAGE, entity="staff", entity_id=staff_id)
    def work() -> LeavingResult:
        result = LeavingResult()
        person = _person(staff_id)
        successor = None
        if person.status == "left":
            raise ValidationError(tr("Staff", "{name} has already left the shop.").format(name=person.name))
        if successor_id is not None:
            successor = Staff.get_or_none(Staff.id == successor_id)
            if successor is None or successor.status != "active" or successor_id == staff_id:
                raise ValidationError(tr("Staff", "Hand over to a colleague who is still employed."),
                                      field="successor")
        others = User.select().where(User.role == Role.OWNER, User.active == True,  # noqa: E712
                                     (User.staff != staff_id) | User.staff.is_null()).count()
        if User.select().where(User.staff == staff_id, User.role == Role.OWNER).exists() and others == 0:
            raise ValidationError(tr("Users", "The shop needs at least one active owner account."))
        Staff.update(status="left", left_date=last_day).where(Staff.id == staff_id).execute()
        result.accounts_disabled = User.update(active=False).where(
            User.staff == staff_id, User.active == True).execute()  # noqa: E712
        result.shifts_removed = RosterEntry.delete().where(RosterEntry.staff == staff_id,
                                                           RosterEntry.day > last_day).execute()
        result.leave_cancelled = LeaveRequest.update(
            status="cancelled", decided_by=actor.user_id, decided_at=timeutil.now(),
            decision_note=tr("Staff", "withdrawn: left the shop")).where(
            LeaveRequest.staff == staff_id, LeaveRequest.status == "pending").execute()
        if successor_id is not None:
            _hand_over(actor, person, successor, result)
            result.cases_moved = aftersales.hand_over_open_cases(
                actor, staff_id, successor_id, note=tr("Staff", "{name} left the shop").format(name=person.name))
        audit(actor, "left", "staff", staff_id, old={"status": person.status, "left_date": person.left_date},
              new={"status": "left", "left_date": last_day, "successor": successor_id},
              summary=tr("Staff", "{name} left (last day {day}); {n} account(s) disabled; {orders} orders, {cases} "
                                  "cases, {items} handover items handed over. {note}").format(
                  name=person.name, day=f"{last_day:%Y-%m-%d}", n=result.accounts_disabled,
                  orders=result.orders_moved, cases=result.cases_moved, items=result.handover_moved,
                  note=note.strip()).strip())
        return result

    return write_retrying(work)


def _hand_over(actor: Actor, person: Staff, successor: Staff, result: LeavingResult) -> None:
    now = timeutil.now()
    orders = list(SalesOrder.select(SalesOrder.id, SalesOrder.order_no).where(
        SalesOrder.staff == person.id, SalesOrder.status.in_(list(OPEN_ORDER_STATUSES))))
    if orders:
        SalesOrder.update(staff=successor.id, updated_at=now, row_version=SalesOrder.row_version + 1).where(
            SalesOrder.id.in_([o.id for o in orders])).execute()
        for order in orders:
            audit(actor, "update", "order", order.id, old={"staff": person.id}, new={"staff": successor.id},
                  summary=tr("Staff", "handed over from {old} to {new} (left the shop)").format(
                      old=person.name, new=successor.name))
    result.orders_moved = len(orders)
    # The leaver's open handover items stay theirs (who wrote them is history) and stay open for
    # the next shift, the successor's included: on their list, theirs to tick off. Making the
    # successor their author would hide them from the successor and forbid them to tick them off.
    result.handover_moved = HandoverItem.select().where(
        HandoverItem.author == person.id, HandoverItem.done_at.is_null()).count()
