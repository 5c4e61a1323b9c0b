"""After-sales register 售后登记: registering a case with the shop's policy computed
(core/aftersales.evaluate_policy), its states and timeline, escalation to a supervisor,
the supervisor's override, complaints and negative reviews, and the hand-over of a
leaving staff member's open cases.

Goods coming back and replacements going out: services/aftersales_goods.py; refunds:
services/aftersales_refunds.py; figures: services/aftersales_stats.py; the list:
services/aftersales_list.py. Every write checks the actor's permission, runs in one
`write_retrying` transaction, adds a timeline entry and an audit record.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

import peewee

from shopmanager.core import timeutil
from shopmanager.core.aftersales import (
    GOODS_BACK, NEEDS_SHIPPED, OPEN_STATES, ORDER_OPTIONAL, Action, CaseState, CaseType, ComplaintCategory,
    ContactMethod, PolicyInput, PolicyResult, Reason, ReturnMethod, ReviewOutcome, case_no_prefix, case_no_sequence,
    contact_label, evaluate_policy, format_case_no, outcome_label, response_minutes, state_label, transition_error,
    type_label,
)
from shopmanager.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.orders import OrderStatus, choice, status_label
from shopmanager.core.permissions import Perm, Role
from shopmanager.db.database import current_database, is_postgres
from shopmanager.db.models import AfterSalesCase, CaseEvent, CaseLine, Customer, OrderLine, SalesOrder, Staff
from shopmanager.services import settings
from shopmanager.services.context import Actor, audit, require, write_retrying
from shopmanager.services.customers import clean_text

CASE_NO_LOCK = 0x41_53_4E_4F  # PostgreSQL advisory lock: one case number at a time ("ASNO")
# Order states in which the goods have left the shop.
SHIPPED_STATES = frozenset({OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED})
PAID_STATES = SHIPPED_STATES | {OrderStatus.PAID}
# Cases whose lines hold the goods: a line cannot be returned or exchanged twice.
CLAIMING = (CaseType.RETURN_REFUND, CaseType.EXCHANGE)


# -- input ------------------------------------------------------------------------------------------

@dataclass
class CaseLineInput:
    order_line_id: int
    qty: int


@dataclass
class CaseInput:
    case_type: str
    order_id: int | None = None
    lines: list[CaseLineInput] = field(default_factory=list)
    reason: str = Reason.OTHER
    description: str = ""
    received_at: dt.datetime | None = None  # None: now
    signed_on: dt.date | None = None  # None: the order's delivery day
    return_method: str = ReturnMethod.EXPRESS
    holder_id: int | None = None  # None: the acting user's staff record
    customer_id: int | None = None  # complaints without an order
    category: str = ""  # complaints
    against_staff_id: int | None = None  # complaints and reviews: which staff member
    rating: int | None = None  # reviews: 1–5 stars
    review_text: str = ""
    cause: str = ""
    return_carrier: str = ""
    return_tracking_no: str = ""
    override_reason: str = ""  # a supervisor registering a case the policy refuses


@dataclass(frozen=True)
class CaseRef:
    id: int
    case_no: str
    state: str
    policy: PolicyResult


# -- small helpers shared by the after-sales services ------------------------------------------------

_C = AfterSalesCase
# What the write paths read of a case: without the long texts (selecting and building all of
# a case's fifty columns costs a millisecond a time).
WORKING_FIELDS = (
    _C.id, _C.case_no, _C.case_type, _C.state, _C.order, _C.customer, _C.channel, _C.reason, _C.received_at,
    _C.first_response_at, _C.resolved_at, _C.escalated_at, _C.holder, _C.clerk, _C.signed_on, _C.return_method,
    _C.policy_ok, _C.override_at, _C.override_reason, _C.refund_kind, _C.refund_cents, _C.category,
    _C.against_staff, _C.upheld, _C.outcome, _C.phone_contacted_at, _C.goods_received_at, _C.platform_status,
    _C.row_version,
)
_O = SalesOrder
ORDER_FIELDS = (_O.id, _O.order_no, _O.channel, _O.status, _O.customer, _O.ordered_at, _O.shipped_at, _O.delivered_at,
                _O.goods_cents, _O.freight_cents, _O.discount_cents, _O.total_cents, _O.paid_cents)


def _one(query, lock: bool, missing: str):
    """The row of `query`, locked until the transaction ends when asked (a row lock on
    PostgreSQL; SQLite holds the whole database from BEGIN IMMEDIATE); NotFound otherwise."""
    row = (query.for_update() if lock and is_postgres() else query).first()
    if row is None:
        raise NotFound(missing)
    return row


def get_case_row(case_id: int, *, lock: bool = False, full: bool = False) -> AfterSalesCase:
    query = (AfterSalesCase.select() if full else AfterSalesCase.select(*WORKING_FIELDS)).where(
        AfterSalesCase.id == case_id)
    return _one(query, lock, tr("AfterSales", "That after-sales case no longer exists."))


def lock_order(order_id: int) -> SalesOrder:
    """The order, locked against other PCs until the transaction ends. Refunds and claims on
    its lines are counted after it."""
    return _one(SalesOrder.select(*ORDER_FIELDS).where(SalesOrder.id == order_id), True,
                tr("Orders", "That order no longer exists."))


def actor_name(actor: Actor) -> str:
    return (actor.display_name or actor.username)[:60]


def add_event(actor: Actor, case_id: int, action: str, note: str = "", detail: dict[str, Any] | None = None,
              at: dt.datetime | None = None) -> None:
    CaseEvent.create(case=case_id, at=at or timeutil.now(), user=actor.user_id, who=actor_name(actor), action=action,
                     note=note, detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else "")


def mark_responded(case: AfterSalesCase, at: dt.datetime | None = None) -> dict[str, Any]:
    """The first response to the buyer, if there was none yet: the values to store."""
    if case.first_response_at is not None:
        return {}
    moment = at or timeutil.now()
    moment = max(moment, case.received_at)
    return {"first_response_at": moment, "response_minutes": response_minutes(case.received_at, moment)}


def save_case(case: AfterSalesCase, values: dict[str, Any]) -> None:
    """Write `values` to the case if nobody changed it since it was read (compare-and-set)."""
    values = dict(values, updated_at=timeutil.now(), row_version=AfterSalesCase.row_version + 1)
    changed = AfterSalesCase.update(**values).where(AfterSalesCase.id == case.id,
                                                    AfterSalesCase.row_version == case.row_version).execute()
    if not changed:
        raise changed_meanwhile(case.case_no)


def changed_meanwhile(case_no: str) -> Conflict:
    return Conflict(tr("AfterSales", "Someone else changed case {case_no} just now. Look at it again and redo your "
                                     "change.").format(case_no=case_no))


def check_version(case: AfterSalesCase, row_version: int | None) -> None:
    if row_version is not None and case.row_version != row_version:
        raise changed_meanwhile(case.case_no)


def not_finished(case: AfterSalesCase) -> None:
    if case.state == CaseState.CLOSED:
        raise Conflict(tr("AfterSales", "Case {case_no} is closed.").format(case_no=case.case_no), field="state")


def _staff_exists(staff_id: int | None, field_name: str, *, active: bool = True) -> None:
    if staff_id is None:
        return
    query = Staff.select().where(Staff.id == staff_id)
    if active:
        query = query.where(Staff.status == "active")
    if not query.exists():
        raise NotFound(tr("AfterSales", "That staff member does not exist or has left."), field=field_name)


def supervisor_staff() -> int | None:
    """The staff member escalated cases go to: an active supervisor (the owner if there is none)."""
    for role in (Role.SUPERVISOR, Role.OWNER):
        row = (Staff.select(Staff.id).where(Staff.role == role, Staff.status == "active")
               .order_by(Staff.id).first())
        if row:
            return row.id
    return None


def _label(key: str) -> str:
    return {
        "case_type": tr("AfterSales", "Type"), "reason": tr("AfterSales", "Reason"),
        "description": tr("AfterSales", "What the buyer says"), "received_at": tr("AfterSales", "Received"),
        "return_method": tr("AfterSales", "Return parcel"), "category": tr("AfterSales", "Complaint category"),
        "rating": tr("AfterSales", "Rating"), "review_text": tr("AfterSales", "Review text"),
        "cause": tr("AfterSales", "Cause"), "return_carrier": tr("AfterSales", "Return carrier"),
        "return_tracking_no": tr("AfterSales", "Return tracking number"), "note": tr("AfterSales", "Note"),
        "override_reason": tr("AfterSales", "Override reason"), "result": tr("AfterSales", "Result"),
    }[key]


# -- the policy -------------------------------------------------------------------------------------

def _order_days(order: SalesOrder | None) -> tuple[dt.date | None, dt.date | None]:
    if order is None:
        return None, None
    return (order.delivered_at.date() if order.delivered_at else None,
            order.shipped_at.date() if order.shipped_at else None)


def compute_policy(case_type: str, reason: str, received_at: dt.datetime, order: SalesOrder | None,
                   signed_on: dt.date | None, return_method: str) -> PolicyResult:
    delivered, shipped = _order_days(order)
    return evaluate_policy(PolicyInput(
        case_type=case_type, reason=reason, received_on=received_at.date(), signed_on=signed_on or delivered,
        shipped_on=shipped, return_method=return_method, window_days=int(settings.get("aftersales.window_days"))))


def policy_preview(actor: Actor, draft: CaseInput) -> PolicyResult:
    """What the policy says of a case before it is saved (the case form shows it)."""
    require(actor, Perm.AFTERSALES_VIEW, entity="aftersales")
    order = SalesOrder.get_or_none(SalesOrder.id == draft.order_id) if draft.order_id else None
    received = draft.received_at or timeutil.now()
    return compute_policy(draft.case_type, draft.reason or Reason.OTHER, received, order, draft.signed_on,
                          draft.return_method or ReturnMethod.EXPRESS)


# -- registering a case ----------------------------------------------------------------------------

def _clean_input(draft: CaseInput) -> dict[str, Any]:
    now = timeutil.now()
    kind = choice(CaseType, draft.case_type, _label("case_type"), "case_type")
    values: dict[str, Any] = {
        "case_type": kind,
        "reason": choice(Reason, draft.reason or Reason.OTHER, _label("reason"), "reason"),
        "description": clean_text(draft.description, field="description", label=_label("description"),
                                  max_length=2000),
        "return_method": choice(ReturnMethod, draft.return_method or ReturnMethod.EXPRESS, _label("return_method"),
                                "return_method"),
        "category": choice(ComplaintCategory, draft.category, _label("category"), "category", blank=True),
        "review_text": clean_text(draft.review_text, field="review_text", label=_label("review_text"),
                                  max_length=2000),
        "cause": clean_text(draft.cause, field="cause", label=_label("cause"), max_length=1000),
        "return_carrier": clean_text(draft.return_carrier, field="return_carrier", label=_label("return_carrier"),
                                     max_length=40),
        "return_tracking_no": clean_text(draft.return_tracking_no, field="return_tracking_no",
                                         label=_label("return_tracking_no"), max_length=40).replace(" ", "").upper(),
    }
    received = (draft.received_at or now).replace(microsecond=0)
    if received > now + dt.timedelta(minutes=10):
        raise ValidationError(tr("AfterSales", "Received: it is in the future."), field="received_at")
    values["received_at"] = received
    if draft.signed_on is not None and draft.signed_on > received.date():
        raise ValidationError(tr("AfterSales", "Signed for: after the day the buyer asked."), field="signed_on")
    values["signed_on"] = draft.signed_on
    if kind == CaseType.COMPLAINT and not values["category"]:
        raise ValidationError(tr("AfterSales", "Complaint category: choose one."), field="category")
    if kind == CaseType.NEGATIVE_REVIEW:
        if draft.rating is None or not 1 <= int(draft.rating) <= 5:
            raise ValidationError(tr("AfterSales", "Rating: 1 to 5 stars."), field="rating")
        values["rating"] = int(draft.rating)
        if not values["review_text"]:
            raise ValidationError(tr("AfterSales", "Review text: copy what the buyer wrote."), field="review_text")
    if kind not in (CaseType.COMPLAINT, CaseType.NEGATIVE_REVIEW) and draft.against_staff_id is not None:
        raise ValidationError(tr("AfterSales", "Only complaints and reviews name a staff member."),
                              field="against_staff")
    values["against_staff"] = draft.against_staff_id
    if kind in (CaseType.COMPLAINT, CaseType.NEGATIVE_REVIEW):
        values["reason"] = values["reason"] if kind == CaseType.NEGATIVE_REVIEW else Reason.OTHER
    return values


def _check_order(kind: str, order: SalesOrder | None) -> None:
    if order is None:
        if kind not in ORDER_OPTIONAL:
            raise ValidationError(tr("AfterSales", "Order: a {type} case needs the order it is about.").format(
                type=type_label(kind)), field="order")
        return
    if kind in NEEDS_SHIPPED and order.status not in SHIPPED_STATES:
        raise Conflict(tr("AfterSales", "Order {order_no} is '{status}': a {type} case needs an order that has "
                                        "shipped.").format(order_no=order.order_no, status=status_label(order.status),
                                                           type=type_label(kind))
                       + (" " + tr("AfterSales", "Cancel the order instead, or register a refund only.")
                          if order.status == OrderStatus.PAID else ""), field="order")
    if kind == CaseType.REFUND_ONLY and order.status not in PAID_STATES:
        raise Conflict(tr("AfterSales", "Order {order_no} is '{status}': nothing was paid that could be "
                                        "refunded.").format(order_no=order.order_no,
                                                            status=status_label(order.status)), field="order")


def claimed_quantities(order_id: int, *, except_case: int | None = None) -> dict[int, int]:
    """order line id → pieces already taken back by returns and exchanges not refused."""
    query = (CaseLine.select(CaseLine.order_line, peewee.fn.SUM(CaseLine.qty))
             .join(AfterSalesCase, on=(CaseLine.case == AfterSalesCase.id))
             .where(AfterSalesCase.order == order_id, AfterSalesCase.case_type.in_(list(CLAIMING)),
                    AfterSalesCase.state != CaseState.REFUSED)
             .group_by(CaseLine.order_line))
    if except_case is not None:
        query = query.where(AfterSalesCase.id != except_case)
    return {line: int(qty) for line, qty in query.tuples() if line is not None}


def _prepare_lines(kind: str, order: SalesOrder | None, lines: list[CaseLineInput]) -> list[dict[str, Any]]:
    if order is None:
        if lines:
            raise ValidationError(tr("AfterSales", "Items: a case without an order has no items."), field="lines")
        return []
    if not lines and (kind in GOODS_BACK or kind == CaseType.REFUND_ONLY):
        raise ValidationError(tr("AfterSales", "Items: choose the items of the order the case is about, with their "
                                               "quantity."), field="lines")
    order_lines = {line.id: line for line in OrderLine.select().where(OrderLine.order == order.id)}
    claimed = claimed_quantities(order.id) if kind in CLAIMING else {}
    prepared, seen = [], set()
    for number, item in enumerate(lines, start=1):
        line = order_lines.get(item.order_line_id)
        if line is None:
            raise ValidationError(tr("AfterSales", "Item {n}: not a line of order {order_no}.").format(
                n=number, order_no=order.order_no), field="lines", row=number)
        if line.id in seen:
            raise ValidationError(tr("AfterSales", "Item {n}: {sku} is listed twice.").format(
                n=number, sku=line.sku or line.title), field="lines", row=number)
        seen.add(line.id)
        try:
            qty = int(item.qty)
        except (TypeError, ValueError):
            qty = 0
        left = line.qty - claimed.get(line.id, 0)
        if qty <= 0:
            raise ValidationError(tr("AfterSales", "Item {n} ({sku}): the quantity must be at least 1.").format(
                n=number, sku=line.sku or line.title), field="qty", row=number)
        if qty > left:
            message = tr("AfterSales", "Item {n} ({sku}): {qty} pieces asked, but only {shipped} were shipped").format(
                n=number, sku=line.sku or line.title, qty=qty, shipped=line.qty)
            if claimed.get(line.id):
                message += tr("AfterSales", " and {taken} are already in other cases").format(taken=claimed[line.id])
            raise ValidationError(message + ".", field="qty", row=number)
        prepared.append({"order_line": line.id, "product": line.product_id, "sku": line.sku, "title": line.title,
                         "qty": qty})
    return prepared


def _lock_numbers() -> None:
    if is_postgres():
        current_database().execute_sql("SELECT pg_advisory_xact_lock(%s)", (CASE_NO_LOCK,))


def next_case_no(now: dt.datetime) -> str:
    """AS + YYYYMMDD + - + the day's next 4-digit sequence (inside the transaction, after _lock_numbers)."""
    day = now.date()
    prefix = case_no_prefix(day)
    last = (AfterSalesCase.select(AfterSalesCase.case_no).where(AfterSalesCase.case_no.startswith(prefix))
            .order_by(AfterSalesCase.case_no.desc()).first())
    sequence = case_no_sequence(last.case_no) + 1 if last else 1
    return format_case_no(day, sequence)


def create_case(actor: Actor, draft: CaseInput) -> CaseRef:
    """Register a case. The policy is computed first: a case the policy refuses is registered
    as refused (a supervisor may override it later), unless a supervisor registers it with an
    override reason; a case the supervisor must decide goes straight to a supervisor."""
    require(actor, Perm.AFTERSALES_EDIT, entity="aftersales")
    values = _clean_input(draft)
    override = clean_text(draft.override_reason, field="override_reason", label=_label("override_reason"),
                          max_length=500)
    if override and not actor.can(Perm.AFTERSALES_OVERRIDE):
        require(actor, Perm.AFTERSALES_OVERRIDE, entity="aftersales")
    _staff_exists(draft.holder_id, "holder")
    _staff_exists(draft.against_staff_id, "against_staff", active=False)

    def work() -> CaseRef:
        order = lock_order(draft.order_id) if draft.order_id else None
        kind = values["case_type"]
        _check_order(kind, order)
        if order is not None and values["received_at"] < order.ordered_at:
            raise ValidationError(tr("AfterSales", "Received: before the order was placed."), field="received_at")
        lines = _prepare_lines(kind, order, draft.lines)
        customer_id = order.customer_id if order is not None else draft.customer_id
        if customer_id is not None and not Customer.select().where(Customer.id == customer_id).exists():
            raise NotFound(tr("AfterSales", "That customer no longer exists."), field="customer")
        policy = compute_policy(kind, values["reason"], values["received_at"], order, values["signed_on"],
                                values["return_method"])
        now = timeutil.now()
        holder = draft.holder_id if draft.holder_id is not None else actor.staff_id
        row = dict(values, order=order.id if order else None, customer=customer_id,
                   channel=order.channel if order else "", holder=holder, policy_ok=policy.allowed,
                   policy_text=policy.summary(), freight_payer=policy.freight, refund_kind=policy.refund,
                   signed_on=values["signed_on"] or (order.delivered_at.date() if order and order.delivered_at
                                                     else None),
                   created_by=actor.user_id, created_at=now, updated_at=now)
        state = CaseState.OPEN
        if not policy.allowed and override:
            row.update(override_by=actor.user_id, override_at=now, override_reason=override)
        elif policy.refusals:
            state = CaseState.REFUSED
        elif policy.escalate:
            supervisor = supervisor_staff()
            if supervisor is not None and supervisor != holder:
                row.update(clerk=holder, holder=supervisor, escalated_at=now)
        _lock_numbers()
        case_no = next_case_no(now)
        case = AfterSalesCase.create(case_no=case_no, state=state, **row)
        for line in lines:
            CaseLine.create(case=case.id, **line)
        add_event(actor, case.id, Action.CREATED, values["description"], {"policy": policy.summary()}, at=now)
        if state == CaseState.REFUSED:
            add_event(actor, case.id, Action.POLICY_REFUSED, "; ".join(policy.refusals), at=now)
        if row.get("override_at"):
            add_event(actor, case.id, Action.OVERRIDE, override, {"policy": policy.summary()}, at=now)
        if row.get("escalated_at"):
            add_event(actor, case.id, Action.ESCALATED, tr("AfterSales", "The policy leaves this to the supervisor."),
                      at=now)
        audit(actor, "create", "aftersales", case.id, summary=f"{case_no} {type_label(kind)}",
              new=_audit_view(row, lines, state))
        if row.get("override_at"):
            audit(actor, "override", "aftersales", case.id, summary=tr(
                "AfterSales", "{case_no}: policy overridden ({reason})").format(case_no=case_no, reason=override),
                changes={"policy_ok": [False, True], "override_reason": ["", override]})
        return CaseRef(case.id, case_no, state, policy)

    return write_retrying(work)


def _audit_view(row: dict[str, Any], lines: list[dict[str, Any]], state: str) -> dict[str, Any]:
    """What the audit log keeps of a new case (no personal data: the buyer's words stay on the case)."""
    view = {key: row.get(key) for key in ("case_type", "order", "reason", "received_at", "holder", "clerk",
                                          "return_method", "policy_ok", "freight_payer", "refund_kind", "category",
                                          "against_staff", "rating") if row.get(key) not in (None, "")}
    view["state"] = state
    if lines:
        view["lines"] = "; ".join(f"{line['sku'] or line['title']} ×{line['qty']}" for line in lines)
    return view


# -- working on a case ------------------------------------------------------------------------------

def _may_decide(actor: Actor, case: AfterSalesCase) -> None:
    """An escalated case is decided (resolved, refused, closed) by a supervisor."""
    if case.escalated_at is not None and not actor.can(Perm.AFTERSALES_OVERRIDE):
        raise PermissionDenied(tr("AfterSales", "Case {case_no} was escalated: the supervisor decides it.").format(
            case_no=case.case_no))


def next_states(actor: Actor, case: AfterSalesCase | None = None, state: str | None = None) -> list[str]:
    """The states change_state can take a case to, for this actor's buttons."""
    from shopmanager.core.aftersales import TRANSITIONS

    if not actor.can(Perm.AFTERSALES_EDIT):
        return []
    current = state or (case.state if case else "")
    try:
        targets = TRANSITIONS[CaseState(current)]
    except ValueError:
        return []
    escalated = case is not None and case.escalated_at is not None and not actor.can(Perm.AFTERSALES_OVERRIDE)
    return [t.value for t in CaseState if t in targets
            and not (escalated and t in (CaseState.RESOLVED, CaseState.REFUSED, CaseState.CLOSED))]


def change_state(actor: Actor, case_id: int, target: str, *, note: str = "", result: str = "",
                 row_version: int | None = None) -> str:
    """Move a case along core/aftersales.TRANSITIONS. Refusing needs a reason; resolving may
    say how it ended (`result`). The first change by staff is the first response."""
    require(actor, Perm.AFTERSALES_EDIT, entity="aftersales", entity_id=case_id)
    target = choice(CaseState, target, tr("AfterSales", "State"), "state")
    note = clean_text(note, field="note", label=_label("note"), max_length=1000)
    result = clean_text(result, field="result", label=_label("result"), max_length=1000)
    if target == CaseState.REFUSED and not note:
        raise ValidationError(tr("AfterSales", "Note: say why the case is refused."), field="note")

    def work() -> str:
        case = get_case_row(case_id, lock=True)
        check_version(case, row_version)
        error = transition_error(case.state, target)
        if error:
            raise Conflict(error, field="state")
        if target in (CaseState.RESOLVED, CaseState.REFUSED, CaseState.CLOSED):
            _may_decide(actor, case)
        now = timeutil.now()
        values: dict[str, Any] = {"state": target, **mark_responded(case, now)}
        if target == CaseState.RESOLVED or (target == CaseState.CLOSED and case.state != CaseState.REFUSED):
            values["resolved_at"] = case.resolved_at or now
        if target == CaseState.CLOSED:
            values["closed_at"] = now
        if target == CaseState.IN_PROGRESS and case.state == CaseState.RESOLVED:
            values["resolved_at"] = None  # reopened
        if result:
            values["result"] = result
        save_case(case, values)
        text = f"{state_label(case.state)} → {state_label(target)}"
        add_event(actor, case_id, Action.STATE, "; ".join(part for part in (note, result) if part),
                  {"from": case.state, "to": target}, at=now)
        audit(actor, "status", "aftersales", case_id, summary=f"{case.case_no}: {text}" + (f" ({note})" if note else ""),
              changes={"state": [case.state, target]})
        return target

    return write_retrying(work)


def record_contact(actor: Actor, case_id: int, method: str, note: str) -> None:
    """Contacted the buyer (phone, platform chat, WeChat, SMS): on the timeline; the first
    contact is the case's first response. A phone call on a negative review is recorded."""
    require(actor, Perm.AFTERSALES_EDIT, entity="aftersales", entity_id=case_id)
    method = choice(ContactMethod, method, tr("AfterSales", "How"), "method")
    note = clean_text(note, field="note", label=_label("note"), max_length=1000, required=True)

    def work() -> None:
        case = get_case_row(case_id, lock=True)
        not_finished(case)
        now = timeutil.now()
        values = mark_responded(case, now)
        if method == ContactMethod.PHONE and case.phone_contacted_at is None:
            values["phone_contacted_at"] = now
        if case.state == CaseState.OPEN:
            values["state"] = CaseState.IN_PROGRESS
        save_case(case, values)
        add_event(actor, case_id, Action.CONTACTED, note, {"method": method}, at=now)
        audit(actor, "update", "aftersales", case_id, summary=tr("AfterSales", "{case_no}: contacted the buyer by "
                                                                              "{method}").format(
            case_no=case.case_no, method=contact_label(method)),
              changes={"state": [case.state, values["state"]]} if "state" in values else None)

    write_retrying(work)


def add_note(actor: Actor, case_id: int, note: str) -> None:
    """An internal note on the timeline (not a response to the buyer). The shipping clerk
    may note what they see of the parcel too."""
    if not actor.can(Perm.AFTERSALES_GOODS):
        require(actor, Perm.AFTERSALES_EDIT, entity="aftersales", entity_id=case_id)
    note = clean_text(note, field="note", label=_label("note"), max_length=2000, required=True)

    def work() -> None:
        case = get_case_row(case_id)
        add_event(actor, case_id, Action.NOTE, note)
        audit(actor, "update", "aftersales", case_id, summary=tr("AfterSales", "{case_no}: note").format(
            case_no=case.case_no))

    write_retrying(work)


def update_details(actor: Actor, case_id: int, values: dict[str, Any], *, row_version: int) -> None:
    """Change what the buyer says, the return parcel (carrier, tracking number), and for
    complaints and reviews the category, the staff member, the cause, the rating and text."""
    require(actor, Perm.AFTERSALES_EDIT, entity="aftersales", entity_id=case_id)
    allowed = {"description", "return_carrier", "return_tracking_no", "category", "cause", "review_text", "rating",
               "against_staff", "result"}
    unknown = set(values) - allowed
    if unknown:
        raise ValidationError(tr("AfterSales", "These details cannot be changed here: {names}").format(
            names=", ".join(sorted(unknown))), field=sorted(unknown)[0])

    def work() -> None:
        case = get_case_row(case_id, lock=True, full=True)
        check_version(case, row_version)
        not_finished(case)
        draft = CaseInput(case_type=case.case_type, reason=case.reason,
                          description=values.get("description", case.description),
                          received_at=case.received_at, return_method=case.return_method,
                          category=values.get("category", case.category),
                          against_staff_id=values.get("against_staff", case.against_staff_id),
                          rating=values.get("rating", case.rating),
                          review_text=values.get("review_text", case.review_text), cause=values.get("cause", case.cause),
                          return_carrier=values.get("return_carrier", case.return_carrier),
                          return_tracking_no=values.get("return_tracking_no", case.return_tracking_no))
        cleaned = _clean_input(draft)
        _staff_exists(cleaned["against_staff"], "against_staff", active=False)
        new = {key: cleaned[key] for key in ("description", "return_carrier", "return_tracking_no", "category",
                                             "cause", "review_text", "against_staff")}
        if case.case_type == CaseType.NEGATIVE_REVIEW:
            new["rating"] = cleaned["rating"]
        if "result" in values:
            new["result"] = clean_text(values["result"], field="result", label=_label("result"), max_length=1000)
        old = {key: getattr(case, f"{key}_id" if key == "against_staff" else key) for key in new}
        changes = {key: [old[key], value] for key, value in new.items() if old[key] != value}
        if not changes:
            return
        save_case(case, new)
        add_event(actor, case_id, Action.NOTE, tr("AfterSales", "Details changed: {fields}").format(
            fields=", ".join(sorted(changes))))
        audit(actor, "update", "aftersales", case_id, summary=case.case_no,
              changes={k: v for k, v in changes.items() if k not in ("description", "review_text", "cause")}
              | {k: ["…", "…"] for k in changes if k in ("description", "review_text", "cause")})

    write_retrying(work)


# -- escalation, override, hand-over ---------------------------------------------------------------

def escalate(actor: Actor, case_id: int, note: str, *, to_staff_id: int | None = None) -> int:
    """Serious disputes go to the supervisor (客服 8, 中差评处理 3): the supervisor holds the
    case from now on; the clerk who had it still sees it and is still counted for it."""
    require(actor, Perm.AFTERSALES_EDIT, entity="aftersales", entity_id=case_id)
    note = clean_text(note, field="note", label=_label("note"), max_length=1000, required=True)
    _staff_exists(to_staff_id, "holder")

    def work() -> int:
        case = get_case_row(case_id, lock=True)
        not_finished(case)
        if case.state == CaseState.REFUSED:
            raise Conflict(tr("AfterSales", "Case {case_no} is refused; ask the supervisor to override it instead.")
                           .format(case_no=case.case_no), field="state")
        target = to_staff_id or supervisor_staff()
        if target is None:
            raise NotFound(tr("AfterSales", "There is no supervisor to escalate to: add one under Staff & accounts."),
                           field="holder")
        if case.escalated_at is not None and case.holder_id == target:
            raise Conflict(tr("AfterSales", "Case {case_no} is already with the supervisor.").format(
                case_no=case.case_no))
        now = timeutil.now()
        values = {"holder": target, "escalated_at": now, "clerk": case.clerk_id or case.holder_id}
        save_case(case, values)
        name = Staff.select(Staff.name).where(Staff.id == target).scalar() or ""
        add_event(actor, case_id, Action.ESCALATED, note, {"to": name}, at=now)
        audit(actor, "escalate", "aftersales", case_id, summary=tr("AfterSales", "{case_no}: escalated to {name}")
              .format(case_no=case.case_no, name=name), changes={"holder": [case.holder_id, target]})
        return target

    return write_retrying(work)


def override_policy(actor: Actor, case_id: int, reason: str) -> None:
    """A supervisor lets a case the policy refuses (or leaves to them) go ahead; the override
    and its reason are on the timeline and in the audit log."""
    require(actor, Perm.AFTERSALES_OVERRIDE, entity="aftersales", entity_id=case_id)
    reason = clean_text(reason, field="override_reason", label=_label("override_reason"), max_length=500,
                        required=True)

    def work() -> None:
        case = get_case_row(case_id, lock=True)
        not_finished(case)
        if case.policy_ok and case.state != CaseState.REFUSED:
            raise Conflict(tr("AfterSales", "Case {case_no} is within the policy: there is nothing to override.")
                           .format(case_no=case.case_no))
        now = timeutil.now()
        values: dict[str, Any] = {"override_by": actor.user_id, "override_at": now, "override_reason": reason}
        if case.state == CaseState.REFUSED:
            values["state"] = CaseState.IN_PROGRESS
            values.update(mark_responded(case, now))
        save_case(case, values)
        add_event(actor, case_id, Action.OVERRIDE, reason, {"from": case.state, "to": values.get("state", case.state)},
                  at=now)
        audit(actor, "override", "aftersales", case_id, summary=tr(
            "AfterSales", "{case_no}: policy overridden ({reason})").format(case_no=case.case_no, reason=reason),
            changes={"state": [case.state, values.get("state", case.state)],
                     "override_reason": [case.override_reason, reason]})

    write_retrying(work)


def reassign(actor: Actor, case_id: int, to_staff_id: int, note: str = "") -> None:
    """Give one case to another staff member (a supervisor's decision)."""
    require(actor, Perm.AFTERSALES_ASSIGN, entity="aftersales", entity_id=case_id)
    note = clean_text(note, field="note", label=_label("note"), max_length=500)
    _staff_exists(to_staff_id, "holder")

    def work() -> None:
        case = get_case_row(case_id, lock=True)
        not_finished(case)
        if case.holder_id == to_staff_id:
            return
        _move(actor, case, to_staff_id, note)

    write_retrying(work)


def _move(actor: Actor, case: AfterSalesCase, to_staff_id: int, note: str) -> None:
    names = dict(Staff.select(Staff.id, Staff.name).where(Staff.id.in_([to_staff_id, case.holder_id or 0])).tuples())
    save_case(case, {"holder": to_staff_id})
    text = tr("AfterSales", "{before} → {after}").format(before=names.get(case.holder_id, "—"),
                                                         after=names.get(to_staff_id, "—"))
    add_event(actor, case.id, Action.HANDED_OVER, f"{text}. {note}".strip(". ") if note else text,
              {"from": case.holder_id, "to": to_staff_id})
    audit(actor, "handover", "aftersales", case.id, summary=f"{case.case_no}: {text}",
          changes={"holder": [case.holder_id, to_staff_id]})


def open_cases_of(staff_id: int) -> int:
    """How many open cases the person holds (the 离职 hand-over asks before disabling)."""
    return AfterSalesCase.select().where(AfterSalesCase.holder == staff_id,
                                         AfterSalesCase.state.in_(list(OPEN_STATES))).count()


def hand_over_open_cases(actor: Actor, from_staff_id: int, to_staff_id: int, *, note: str = "") -> int:
    """When someone leaves (离职交接): every open case they hold goes to another staff
    member in one step, each with a timeline entry. Returns how many."""
    require(actor, Perm.AFTERSALES_ASSIGN, entity="aftersales")
    note = clean_text(note, field="note", label=_label("note"), max_length=500)
    if from_staff_id == to_staff_id:
        raise ValidationError(tr("AfterSales", "Hand over to someone else."), field="holder")
    _staff_exists(to_staff_id, "holder")

    def work() -> int:
        cases = list(AfterSalesCase.select().where(AfterSalesCase.holder == from_staff_id,
                                                   AfterSalesCase.state.in_(list(OPEN_STATES)))
                     .order_by(AfterSalesCase.id))
        for case in cases:
            _move(actor, case, to_staff_id, note or tr("AfterSales", "handed over"))
        return len(cases)

    return write_retrying(work)


# -- complaints and negative reviews ------------------------------------------------------------------

def decide_complaint(actor: Actor, case_id: int, upheld: bool, note: str) -> None:
    """The supervisor decides whether a complaint against a staff member was justified
    (upheld complaints are what the roster's fines count)."""
    require(actor, Perm.AFTERSALES_OVERRIDE, entity="aftersales", entity_id=case_id)
    note = clean_text(note, field="note", label=_label("note"), max_length=1000, required=True)

    def work() -> None:
        case = get_case_row(case_id, lock=True)
        if case.case_type != CaseType.COMPLAINT or case.against_staff_id is None:
            raise Conflict(tr("AfterSales", "Only a complaint against a staff member is upheld or dismissed."))
        if case.upheld == upheld:
            return
        now = timeutil.now()
        save_case(case, {"upheld": upheld, "upheld_at": now if upheld else None})
        verdict = tr("AfterSales", "upheld") if upheld else tr("AfterSales", "dismissed")
        add_event(actor, case_id, Action.UPHELD, f"{verdict}: {note}", {"upheld": upheld}, at=now)
        audit(actor, "update", "aftersales", case_id, summary=tr("AfterSales", "{case_no}: complaint {verdict}").format(
            case_no=case.case_no, verdict=verdict), changes={"upheld": [case.upheld, upheld]})

    write_retrying(work)


def record_review_outcome(actor: Actor, case_id: int, outcome: str, note: str = "") -> None:
    """How a negative review ended: revised by the buyer, removed, or kept. A revised or
    removed review resolves the case."""
    require(actor, Perm.AFTERSALES_EDIT, entity="aftersales", entity_id=case_id)
    outcome = choice(ReviewOutcome, outcome, tr("AfterSales", "Outcome"), "outcome")
    note = clean_text(note, field="note", label=_label("note"), max_length=1000)

    def work() -> None:
        case = get_case_row(case_id, lock=True)
        if case.case_type != CaseType.NEGATIVE_REVIEW:
            raise Conflict(tr("AfterSales", "Only a negative review has an outcome."))
        not_finished(case)
        if case.state == CaseState.REFUSED:
            raise Conflict(transition_error(case.state, CaseState.RESOLVED) or "", field="state")
        now = timeutil.now()
        values: dict[str, Any] = {"outcome": outcome, **mark_responded(case, now)}
        if outcome in (ReviewOutcome.REVISED, ReviewOutcome.REMOVED) and case.state in OPEN_STATES:
            values.update(state=CaseState.RESOLVED, resolved_at=now)
        save_case(case, values)
        add_event(actor, case_id, Action.REVIEW_OUTCOME, note, {"outcome": outcome}, at=now)
        audit(actor, "update", "aftersales", case_id, summary=f"{case.case_no}: {outcome_label(outcome)}",
              changes={"outcome": [case.outcome, outcome], **({"state": [case.state, values["state"]]}
                                                               if "state" in values else {})})

    write_retrying(work)
