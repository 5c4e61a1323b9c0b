"""Customers (客户档案): contact, addresses, tier 分档, birthday, notes, purchase history,
revisit plans 回访计划, and the customer's personal data on request (export, erasure).

Personal data — names, phone numbers, WeChat ids, addresses — is masked (138****5678)
for roles without customers.pii, in every list, detail and export, and *always* in
the audit log: the log is append-only and outlives an erasure, so it never holds the
full values (domain.md "Customers"; seed 002 §7).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import peewee

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, NotFound, ProblemCollector, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.masking import mask_address, mask_name, mask_phone
from shopmanager.core.orders import SOLD, Channel, CustomerTier, OrderStatus, channel_label, choice, tier_label
from shopmanager.core.permissions import Perm
from shopmanager.core.text import clean_text as core_clean_text
from shopmanager.db.database import is_postgres
from shopmanager.db.models import Customer, CustomerAddress, OrderLine, RevisitPlan, SalesOrder, Shipment, User
from shopmanager.services.context import Actor, audit, diff, require, write_retrying
from shopmanager.services.listing import Column, ListRequest, ListSource

# -- personal data: masking ------------------------------------------------------------------------

_PHONE = re.compile(r"^[0-9+\-() *]+$")  # '*': a number a platform exported masked (138****5678)


def masked_phone(phone: str) -> bool:
    """A number a platform exported masked (138****5678): kept as given, never used to recognise
    a customer (many buyers share 138****5678)."""
    return "*" in phone


def sees_pii(actor: Actor) -> bool:
    return actor.can(Perm.CUSTOMERS_PII)


def phone_search(actor: Actor, field: peewee.Field, text: str) -> peewee.Expression | None:
    """How a search text finds phone numbers without telling more than the actor may see.

    With customers.pii: the whole number. Without it (phones shown as 138****5678) a whole
    number would confirm the hidden digits in at most 10,000 tries, so only the last four
    digits — which the mask shows — are searched, and only on numbers long enough for the
    mask to show four (a short number shows two)."""
    text = text.strip()
    if sees_pii(actor):
        return field == text
    if text.isdigit() and len(text) == 4:
        digits = peewee.fn.REPLACE(peewee.fn.REPLACE(peewee.fn.REPLACE(field, "-", ""), " ", ""), "+", "")
        return (field ** f"%{text}") & (peewee.fn.LENGTH(digits) >= 11)
    return None


def shown_name(actor: Actor, name: str) -> str:
    return name if sees_pii(actor) else mask_name(name)


def shown_phone(actor: Actor, phone: str) -> str:
    return phone if sees_pii(actor) else mask_phone(phone)


def shown_address(actor: Actor, address: str) -> str:
    return address if sees_pii(actor) else mask_address(address)


def _secret(value: Any) -> str:
    return "***" if value not in (None, "") else ""


# How each personal field is written into the audit log, whoever acts.
AUDIT_MASKS = {
    "name": mask_name, "receiver_name": mask_name, "receiver": mask_name, "wechat": mask_name,
    "phone": mask_phone, "receiver_phone": mask_phone,
    "address": mask_address, "receiver_address": mask_address, "addresses": lambda v: v,
    "birthday": _secret, "notes": _secret, "buyer_message": _secret, "nickname": mask_name,
}


def audit_changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[Any]]:
    """{field: [old, new]} of what changed, personal fields masked (a change still shows)."""
    changes = {key: pair for key, pair in diff(old, new).items()
               if not (pair[0] in (None, "", False, 0) and pair[1] in (None, "", False, 0))}
    for key, (before, after) in changes.items():
        mask = AUDIT_MASKS.get(key)
        if mask is not None:
            changes[key] = [mask(before or ""), mask(after or "")]
    return changes


def clean_phone(value: str | None, *, field: str, label: str) -> str:
    text = (value or "").strip()
    if not text:
        return ""
    digits = sum(ch.isdigit() for ch in text)
    if len(text) > 30 or not _PHONE.match(text) or not 5 <= digits <= 20:
        raise ValidationError(tr("Customers", "{field}: '{value}' is not a phone number.").format(
            field=label, value=text), field=field)
    return text


def clean_text(value: Any, *, field: str, label: str, max_length: int, required: bool = False,
               multiline: bool = True) -> str:
    """Stripped text without control characters or bidi overrides (core.text), within
    `max_length`; line breaks kept unless `multiline` is False."""
    text = core_clean_text(value, multiline=multiline)
    if len(text) > max_length:
        raise ValidationError(tr("Customers", "{field}: at most {n} characters.").format(field=label, n=max_length),
                              field=field)
    if required and not text:
        raise ValidationError(tr("Customers", "{field}: required.").format(field=label), field=field)
    return text


# -- the customer record ---------------------------------------------------------------------------

@dataclass
class AddressInput:
    receiver: str
    phone: str
    address: str
    is_default: bool = False


def _label(key: str) -> str:
    return {
        "name": tr("Customers", "Name"), "nickname": tr("Customers", "Buyer id"),
        "channel": tr("Customers", "Channel"), "phone": tr("Customers", "Phone"),
        "wechat": tr("Customers", "WeChat"), "tier": tr("Customers", "Tier"),
        "birthday": tr("Customers", "Birthday"), "notes": tr("Customers", "Notes"),
        "receiver": tr("Customers", "Receiver"), "address": tr("Customers", "Address"),
    }[key]


PII_KEYS = ("name", "phone", "wechat", "birthday", "notes")
FIELD_KEYS = ("name", "nickname", "channel", "phone", "wechat", "tier", "birthday", "notes")


def clean_customer(values: dict[str, Any]) -> dict[str, Any]:
    """Check and normalise customer values (only the keys given); every bad field at once
    (core.errors.FieldErrors, or the one ValidationError naming its field)."""
    found = ProblemCollector()
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        cleaned.update(found.check(lambda key=key, value=value: _clean_customer_field(key, value), {}))
    found.raise_any()
    return cleaned


_TEXT_LIMITS = {"name": 60, "nickname": 80, "wechat": 60, "notes": 2000}


def _clean_customer_field(key: str, value: Any) -> dict[str, Any]:
    """{key: clean value} of one field ({} for keys that are not customer fields)."""
    if key in _TEXT_LIMITS:
        return {key: clean_text(value, field=key, label=_label(key), max_length=_TEXT_LIMITS[key])}
    if key == "phone":
        return {key: clean_phone(value, field=key, label=_label(key))}
    if key == "channel":
        return {key: choice(Channel, value, _label(key), key, blank=True)}
    if key == "tier":
        return {key: choice(CustomerTier, value or CustomerTier.NORMAL, _label(key), key)}
    if key != "birthday":
        return {}
    if value in (None, ""):
        return {key: None}
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        try:
            value = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValidationError(tr("Customers", "Birthday: enter a date like 1990-05-20."), field=key) from None
    if value > timeutil.today() or value.year < 1900:
        raise ValidationError(tr("Customers", "Birthday: not a possible date of birth."), field=key)
    return {key: value}


def clean_addresses(addresses: list[AddressInput]) -> list[AddressInput]:
    cleaned = []
    for number, item in enumerate(addresses, start=1):
        try:
            address = AddressInput(
                receiver=clean_text(item.receiver, field="receiver", label=_label("receiver"), max_length=60),
                phone=clean_phone(item.phone, field="phone", label=_label("phone")),
                address=clean_text(item.address, field="address", label=_label("address"), max_length=300,
                                   required=True),
                is_default=bool(item.is_default))
        except ValidationError as error:
            raise ValidationError(tr("Customers", "Address {n}: {problem}").format(n=number, problem=error),
                                  field=error.field, row=number) from None
        cleaned.append(address)
    if cleaned and not any(a.is_default for a in cleaned):
        cleaned[0].is_default = True
    seen_default = False
    for address in cleaned:  # exactly one default
        address.is_default = address.is_default and not seen_default
        seen_default = seen_default or address.is_default
    return cleaned


def _address_text(addresses: list[AddressInput] | list[CustomerAddress]) -> str:
    """One masked line per address, for the audit log."""
    return "; ".join(f"{mask_name(a.receiver)} {mask_phone(a.phone)} {mask_address(a.address)}".strip()
                     for a in addresses)


def _get(customer_id: int) -> Customer:
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound(tr("Customers", "That customer no longer exists."))
    return customer


def _not_erased(customer: Customer) -> None:
    if customer.erased_at is not None:
        raise Conflict(tr("Customers", "This customer's personal data was erased on {date}; the record cannot be "
                                       "changed. Create a new customer if the buyer comes back.").format(
            date=f"{customer.erased_at:%Y-%m-%d}"))


def create_customer(actor: Actor, values: dict[str, Any], addresses: list[AddressInput] | None = None) -> int:
    require(actor, Perm.CUSTOMERS_EDIT, entity="customer")
    if not sees_pii(actor):
        values = {k: v for k, v in values.items() if k not in PII_KEYS}
    cleaned = clean_customer({"tier": CustomerTier.NORMAL, **{k: v for k, v in values.items() if k in FIELD_KEYS}})
    if not (cleaned.get("name") or cleaned.get("nickname") or cleaned.get("phone")):
        raise ValidationError(tr("Customers", "Name: enter a name, a buyer id or a phone number."), field="name")
    rows = clean_addresses(addresses or []) if sees_pii(actor) else []

    def work() -> int:
        now = timeutil.now()
        customer = Customer.create(**cleaned, created_at=now, updated_at=now)
        for row in rows:
            CustomerAddress.create(customer=customer.id, **row.__dict__)
        new = dict(cleaned, addresses=_address_text(rows))
        audit(actor, "create", "customer", customer.id, summary=mask_name(cleaned.get("name", "")) or
              cleaned.get("nickname", ""), changes=audit_changes({}, new))
        return customer.id

    return write_retrying(work)


def update_customer(actor: Actor, customer_id: int, values: dict[str, Any], *, row_version: int,
                    addresses: list[AddressInput] | None = None) -> None:
    """Save the form (only the keys given; `addresses` given replaces them all).

    Refused when someone else saved the customer after it was opened. An actor who
    sees masked data cannot overwrite the real values with the masked ones: personal
    fields are ignored for them.
    """
    require(actor, Perm.CUSTOMERS_EDIT, entity="customer", entity_id=customer_id)
    keys = FIELD_KEYS if sees_pii(actor) else tuple(k for k in FIELD_KEYS if k not in PII_KEYS)
    cleaned = clean_customer({k: v for k, v in values.items() if k in keys})
    if not sees_pii(actor):
        addresses = None
    rows = clean_addresses(addresses) if addresses is not None else None

    def work() -> None:
        customer = _get(customer_id)
        _not_erased(customer)
        before = {k: getattr(customer, k) for k in FIELD_KEYS}
        changed = Customer.update(**cleaned, updated_at=timeutil.now(), row_version=Customer.row_version + 1).where(
            Customer.id == customer_id, Customer.row_version == row_version).execute()
        if not changed:
            raise Conflict(tr("Customers", "Someone else changed this customer after you opened it. "
                                           "Close it, open it again and redo your change."))
        old, new = dict(before), {**before, **cleaned}
        if rows is not None:
            existing = list(CustomerAddress.select().where(CustomerAddress.customer == customer_id)
                            .order_by(CustomerAddress.id))
            old["addresses"], new["addresses"] = _address_text(existing), _address_text(rows)
            CustomerAddress.delete().where(CustomerAddress.customer == customer_id).execute()
            for row in rows:
                CustomerAddress.create(customer=customer_id, **row.__dict__)
        audit(actor, "update", "customer", customer_id, summary=mask_name(new["name"]) or new["nickname"],
              changes=audit_changes(old, new))

    write_retrying(work)


def find_customer(actor: Actor, *, phone: str = "", channel: str = "", nickname: str = "") -> int | None:
    """The customer with this phone number, or this buyer id on this channel (for the order form)."""
    require(actor, Perm.CUSTOMERS_VIEW, entity="customer")
    alive = Customer.erased_at.is_null()
    if phone.strip() and sees_pii(actor):  # a masked role must not confirm a number by lookup
        row = Customer.select(Customer.id).where(Customer.phone == phone.strip(), alive).order_by(
            Customer.id.desc()).first()
        if row:
            return row.id
    if nickname.strip():
        query = Customer.select(Customer.id).where(Customer.nickname == nickname.strip(), alive)
        if channel:
            query = query.where(Customer.channel == channel)
        row = query.order_by(Customer.id.desc()).first()
        if row:
            return row.id
    return None


@dataclass(frozen=True)
class CustomerBrief:
    """A customer as the order form names it: name (masked per role), orders so far."""

    id: int
    name: str
    order_count: int
    total_spent_cents: int


def customer_brief(actor: Actor, *, customer_id: int | None = None, phone: str = "") -> CustomerBrief | None:
    """The customer with this id, or the newest one with this phone number (not erased)."""
    require(actor, Perm.CUSTOMERS_VIEW, entity="customer")
    query = Customer.select(Customer.id, Customer.name, Customer.nickname, Customer.order_count,
                            Customer.total_spent_cents).where(Customer.erased_at.is_null())
    if customer_id is not None:
        query = query.where(Customer.id == customer_id)
    elif phone.strip():
        query = query.where(Customer.phone == phone.strip())
    else:
        return None
    row = query.order_by(Customer.id.desc()).first()
    if row is None:
        return None
    return CustomerBrief(row.id, shown_name(actor, row.name) or row.nickname, row.order_count, row.total_spent_cents)


@dataclass
class OrderSummary:
    id: int
    order_no: str
    channel: str
    status: str
    ordered_at: dt.datetime
    total_cents: int


@dataclass
class RevisitInfo:
    id: int
    due_date: dt.date
    purpose: str
    assigned_to: str
    done_at: dt.datetime | None
    done_by: str
    result: str
    overdue: bool


@dataclass
class CustomerDetail:
    id: int
    name: str
    nickname: str
    channel: str
    phone: str
    wechat: str
    tier: str
    tier_label: str
    birthday: dt.date | None
    notes: str
    order_count: int
    total_spent_cents: int
    first_order_at: dt.datetime | None
    last_order_at: dt.datetime | None
    erased_at: dt.datetime | None
    created_at: dt.datetime
    row_version: int
    masked: bool  # True: personal data shown masked; the form must not offer to edit it
    addresses: list[AddressInput] = field(default_factory=list)
    orders: list[OrderSummary] = field(default_factory=list)  # newest first (purchase history)
    revisits: list[RevisitInfo] = field(default_factory=list)


def _revisit_info(row: dict[str, Any], today: dt.date) -> RevisitInfo:
    return RevisitInfo(row["id"], row["due_date"], row["purpose"], row.get("assigned") or "", row["done_at"],
                       row.get("doer") or "", row["result"], row["done_at"] is None and row["due_date"] < today)


def _revisit_rows(customer_id: int) -> list[dict[str, Any]]:
    assigned, doer = User.alias(), User.alias()
    return list(RevisitPlan.select(RevisitPlan.id, RevisitPlan.due_date, RevisitPlan.purpose, RevisitPlan.done_at,
                                   RevisitPlan.result, assigned.username.alias("assigned"),
                                   doer.username.alias("doer"))
                .join(assigned, peewee.JOIN.LEFT_OUTER, on=(RevisitPlan.assigned_to == assigned.id))
                .switch(RevisitPlan).join(doer, peewee.JOIN.LEFT_OUTER, on=(RevisitPlan.done_by == doer.id))
                .where(RevisitPlan.customer == customer_id).order_by(RevisitPlan.due_date.desc()).dicts())


def get_customer(actor: Actor, customer_id: int, *, order_limit: int = 50) -> CustomerDetail:
    """The archive of one customer, masked for roles without customers.pii; the last
    `order_limit` orders (the order list filtered by customer_id pages through all)."""
    require(actor, Perm.CUSTOMERS_VIEW, entity="customer", entity_id=customer_id)
    c = _get(customer_id)
    addresses = [AddressInput(shown_name(actor, a.receiver), shown_phone(actor, a.phone),
                              shown_address(actor, a.address), a.is_default)
                 for a in CustomerAddress.select().where(CustomerAddress.customer == customer_id)
                 .order_by(CustomerAddress.is_default.desc(), CustomerAddress.id)]
    orders = [OrderSummary(*row) for row in SalesOrder.select(
        SalesOrder.id, SalesOrder.order_no, SalesOrder.channel, SalesOrder.status, SalesOrder.ordered_at,
        SalesOrder.total_cents).where(SalesOrder.customer == customer_id)
        .order_by(SalesOrder.ordered_at.desc()).limit(order_limit).tuples()]
    today = timeutil.today()
    pii = sees_pii(actor)
    return CustomerDetail(
        c.id, shown_name(actor, c.name), c.nickname, c.channel, shown_phone(actor, c.phone),
        c.wechat if pii else mask_name(c.wechat), c.tier, tier_label(c.tier), c.birthday,
        c.notes if pii else "", c.order_count, c.total_spent_cents, c.first_order_at, c.last_order_at, c.erased_at,
        c.created_at, c.row_version, not pii, addresses, orders,
        [_revisit_info(r, today) for r in _revisit_rows(customer_id)])


def refresh_stats(customer_ids: set[int | None] | list[int | None]) -> None:
    """Order count, total spent, first and last order of customers, from their sold orders
    (paid and not cancelled/closed). Call inside the transaction that changed the orders."""
    for customer_id in {c for c in customer_ids if c is not None}:
        count, spent, first, last = (SalesOrder.select(
            peewee.fn.COUNT(SalesOrder.id), peewee.fn.COALESCE(peewee.fn.SUM(SalesOrder.total_cents), 0),
            peewee.fn.MIN(SalesOrder.ordered_at), peewee.fn.MAX(SalesOrder.ordered_at))
            .where(SalesOrder.customer == customer_id, SalesOrder.status.in_(list(SOLD))).tuples().first())
        if isinstance(first, str):  # SQLite returns MIN/MAX of a datetime column as text
            first, last = dt.datetime.fromisoformat(first), dt.datetime.fromisoformat(last)
        Customer.update(order_count=count, total_spent_cents=int(spent), first_order_at=first,
                        last_order_at=last).where(Customer.id == customer_id).execute()


def upcoming_birthdays(actor: Actor, days: int = 7) -> list[tuple[int, str, dt.date, str]]:
    """(customer id, name, birthday, tier) of customers whose birthday falls in the next `days` days
    (greetings, seed 002 客户关怀), soonest first."""
    require(actor, Perm.CUSTOMERS_VIEW, entity="customer")
    today = timeutil.today()
    wanted = {(today + dt.timedelta(days=n)).strftime("%m-%d"): n for n in range(days + 1)}
    month_day = (peewee.fn.to_char(Customer.birthday, "MM-DD") if is_postgres()
                 else peewee.fn.strftime("%m-%d", Customer.birthday))
    rows = (Customer.select(Customer.id, Customer.name, Customer.birthday, Customer.tier)
            .where(Customer.birthday.is_null(False), Customer.erased_at.is_null(), month_day.in_(list(wanted)))
            .tuples())
    found = [(cid, shown_name(actor, name), birthday, tier) for cid, name, birthday, tier in rows]
    return sorted(found, key=lambda r: (wanted[r[2].strftime("%m-%d")], r[0]))


# -- revisit plans (回访计划) -----------------------------------------------------------------------

def create_revisit(actor: Actor, customer_id: int, due_date: dt.date, purpose: str, *,
                   assigned_to: int | None = None) -> int:
    """Plan to call the customer back on `due_date` (assigned to the actor unless said otherwise)."""
    require(actor, Perm.CUSTOMERS_EDIT, entity="revisit")
    purpose = clean_text(purpose, field="purpose", label=tr("Customers", "Purpose"), max_length=200, required=True)
    if not isinstance(due_date, dt.date):
        raise ValidationError(tr("Customers", "Due date: enter a date."), field="due_date")

    def work() -> int:
        customer = _get(customer_id)
        _not_erased(customer)
        user = assigned_to if assigned_to is not None else actor.user_id
        if user is not None and not User.select().where(User.id == user, User.active == True).exists():  # noqa: E712
            raise NotFound(tr("Customers", "That user account does not exist or is disabled."), field="assigned_to")
        plan = RevisitPlan.create(customer=customer_id, due_date=due_date, purpose=purpose, assigned_to=user)
        audit(actor, "create", "revisit", plan.id, summary=purpose,
              new={"customer": customer_id, "due_date": due_date, "assigned_to": user})
        return plan.id

    return write_retrying(work)


def complete_revisit(actor: Actor, revisit_id: int, result: str) -> None:
    """Mark the revisit done with what came of it."""
    require(actor, Perm.CUSTOMERS_EDIT, entity="revisit", entity_id=revisit_id)
    result = clean_text(result, field="result", label=tr("Customers", "Result"), max_length=2000, required=True)

    def work() -> None:
        plan = RevisitPlan.get_or_none(RevisitPlan.id == revisit_id)
        if plan is None:
            raise NotFound(tr("Customers", "That revisit plan no longer exists."))
        if plan.done_at is not None:
            raise Conflict(tr("Customers", "This revisit was already marked done on {date}.").format(
                date=f"{plan.done_at:%Y-%m-%d %H:%M}"))
        RevisitPlan.update(done_at=timeutil.now(), done_by=actor.user_id, result=result).where(
            RevisitPlan.id == revisit_id).execute()
        audit(actor, "update", "revisit", revisit_id, summary=plan.purpose, changes={"done": [False, True]})

    write_retrying(work)


def revisit_counts(actor: Actor) -> tuple[int, int]:
    """(due today, overdue) open revisit plans, for the navigation badge."""
    require(actor, Perm.CUSTOMERS_VIEW, entity="revisit")
    today = timeutil.today()
    open_ = RevisitPlan.done_at.is_null()
    due = RevisitPlan.select().where(open_, RevisitPlan.due_date == today).count()
    overdue = RevisitPlan.select().where(open_, RevisitPlan.due_date < today).count()
    return due, overdue


# -- personal data on request: export and erasure ------------------------------------------------

def export_personal_data(actor: Actor, customer_id: int) -> dict[str, Any]:
    """Everything the shop holds about one customer, unmasked, as plain data (the UI/CLI writes it)."""
    require(actor, Perm.CUSTOMERS_ERASE, entity="customer", entity_id=customer_id)
    c = _get(customer_id)
    data: dict[str, Any] = {
        "customer": {"id": c.id, "name": c.name, "nickname": c.nickname, "channel": c.channel, "phone": c.phone,
                     "wechat": c.wechat, "tier": c.tier, "birthday": c.birthday, "notes": c.notes,
                     "created_at": c.created_at, "erased_at": c.erased_at},
        "addresses": [{"receiver": a.receiver, "phone": a.phone, "address": a.address, "is_default": a.is_default}
                      for a in CustomerAddress.select().where(CustomerAddress.customer == customer_id)
                      .order_by(CustomerAddress.id)],
        "orders": [],
        "revisits": [{"due_date": r["due_date"], "purpose": r["purpose"], "done_at": r["done_at"],
                      "result": r["result"]} for r in _revisit_rows(customer_id)],
    }
    orders = list(SalesOrder.select().where(SalesOrder.customer == customer_id).order_by(SalesOrder.ordered_at))
    lines: dict[int, list[dict[str, Any]]] = {}
    for line in OrderLine.select().where(OrderLine.order.in_([o.id for o in orders])).order_by(OrderLine.line_no):
        lines.setdefault(line.order_id, []).append({"sku": line.sku, "title": line.title, "qty": line.qty,
                                                    "unit_price_cents": line.unit_price_cents,
                                                    "line_total_cents": line.line_total_cents})
    tracking: dict[int, list[str]] = {}
    for shipment in Shipment.select(Shipment.order, Shipment.carrier_name, Shipment.tracking_no).where(
            Shipment.order.in_([o.id for o in orders]), Shipment.cancelled_at.is_null()):
        tracking.setdefault(shipment.order_id, []).append(f"{shipment.carrier_name} {shipment.tracking_no}")
    for o in orders:
        data["orders"].append({
            "order_no": o.order_no, "platform_order_no": o.platform_order_no, "channel": o.channel,
            "status": o.status, "ordered_at": o.ordered_at, "total_cents": o.total_cents, "paid_cents": o.paid_cents,
            "receiver_name": o.receiver_name, "receiver_phone": o.receiver_phone,
            "receiver_address": o.receiver_address, "buyer_message": o.buyer_message,
            "lines": lines.get(o.id, []), "shipments": tracking.get(o.id, [])})
    summary = tr("Customers", "personal data exported on request")
    write_retrying(lambda: audit(actor, "export", "customer", customer_id, summary=summary))
    return data


@dataclass(frozen=True)
class EraseResult:
    customer_id: int
    orders_blanked: int
    addresses_removed: int


def erase_customer(actor: Actor, customer_id: int, reason: str) -> EraseResult:
    """Erase a customer's personal data on request; the orders stay (amounts for the books).

    Blanks name, buyer id, phone, WeChat, birthday and notes, removes the addresses, and
    blanks receiver name/phone/address and the buyer's message on the customer's orders.
    Refused while an order still has to reach the buyer (pending, paid or shipped).
    """
    require(actor, Perm.CUSTOMERS_ERASE, entity="customer", entity_id=customer_id)
    reason = clean_text(reason, field="reason", label=tr("Customers", "Reason"), max_length=200, required=True)

    def work() -> EraseResult:
        customer = _get(customer_id)
        if customer.erased_at is not None:
            raise Conflict(tr("Customers", "This customer's personal data was already erased on {date}.").format(
                date=f"{customer.erased_at:%Y-%m-%d}"))
        open_orders = [row.order_no for row in SalesOrder.select(SalesOrder.order_no).where(
            SalesOrder.customer == customer_id,
            SalesOrder.status.in_([OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.SHIPPED])).limit(5)]
        if open_orders:
            raise Conflict(tr("Customers", "The customer still has orders on the way ({orders}): finish or cancel "
                                           "them before erasing the personal data.").format(
                orders=", ".join(open_orders)))
        now = timeutil.now()
        Customer.update(name="", nickname="", phone="", wechat="", birthday=None, notes="", erased_at=now,
                        updated_at=now, row_version=Customer.row_version + 1).where(
            Customer.id == customer_id).execute()
        addresses = CustomerAddress.delete().where(CustomerAddress.customer == customer_id).execute()
        orders = SalesOrder.update(receiver_name="", receiver_phone="", receiver_address="", buyer_message="",
                                   updated_at=now, row_version=SalesOrder.row_version + 1).where(
            SalesOrder.customer == customer_id).execute()
        audit(actor, "erase", "customer", customer_id, summary=tr(
            "Customers", "personal data erased ({reason}); {orders} orders blanked, {addresses} addresses removed")
            .format(reason=reason, orders=orders, addresses=addresses))
        return EraseResult(customer_id, orders, addresses)

    return write_retrying(work)


# -- lists -----------------------------------------------------------------------------------------

def _erased_label() -> str:
    return tr("Customers", "(erased)")


class CustomerSource(ListSource):
    """客户档案 list; personal data masked per role. Search: name or buyer id containing the text,
    the exact phone number, or its last four digits."""

    model = Customer
    view_perm = Perm.CUSTOMERS_VIEW
    default_sort = "id"
    default_descending = True
    count_cap_when_searching = 10_000
    columns = [
        Column("name", lambda: tr("Customers", "Name"), sort=Customer.name, width=90),
        Column("nickname", lambda: tr("Customers", "Buyer id"), width=140),
        Column("channel", lambda: tr("Customers", "Channel"), width=70),
        Column("phone", lambda: tr("Customers", "Phone"), width=110),
        Column("tier", lambda: tr("Customers", "Tier"), "status", width=60),
        Column("orders", lambda: tr("Customers", "Orders"), "int", width=60),
        Column("spent", lambda: tr("Customers", "Total spent"), "money", sort=Customer.total_spent_cents, width=90),
        Column("last_order_at", lambda: tr("Customers", "Last order"), "datetime", width=130),
        Column("birthday", lambda: tr("Customers", "Birthday"), "date", width=90),
        Column("created_at", lambda: tr("Customers", "Created"), "datetime", sort=Customer.id, width=130),
    ]

    def base_query(self, request: ListRequest) -> peewee.ModelSelect:
        query = Customer.select(Customer.name, Customer.nickname, Customer.channel, Customer.phone, Customer.tier,
                                Customer.order_count, Customer.total_spent_cents, Customer.last_order_at,
                                Customer.birthday, Customer.created_at, Customer.erased_at)
        f = request.filters
        if f.get("tier"):
            query = query.where(Customer.tier == f["tier"])
        if f.get("channel"):
            query = query.where(Customer.channel == f["channel"])
        if not f.get("include_erased", True):
            query = query.where(Customer.erased_at.is_null())
        text = request.search.strip()
        if text:
            condition = Customer.name.contains(text) | Customer.nickname.contains(text)
            if sees_pii(self.actor) and text.isdigit() and len(text) == 4:
                condition |= Customer.phone ** f"%{text}"
            by_phone = phone_search(self.actor, Customer.phone, text)
            if by_phone is not None:
                condition |= by_phone
            query = query.where(condition)
        return query

    def count_is_slow(self, request: ListRequest) -> bool:
        return bool(request.search.strip())

    def to_row(self, r: dict[str, Any]) -> tuple:
        name = _erased_label() if r["erased_at"] else shown_name(self.actor, r["name"])
        return (name, r["nickname"], channel_label(r["channel"]) if r["channel"] else "",
                shown_phone(self.actor, r["phone"]), tier_label(r["tier"]), r["order_count"],
                r["total_spent_cents"], r["last_order_at"], r["birthday"], r["created_at"])


class RevisitSource(ListSource):
    """回访计划: filter "state" = due (open, due today or earlier; the default) | overdue | open |
    done | all; "assigned_to" = user id; "customer_id". Overdue rows are shown in red."""

    model = RevisitPlan
    view_perm = Perm.CUSTOMERS_VIEW
    default_sort = "due_date"
    columns = [
        Column("due_date", lambda: tr("Customers", "Due"), "date", sort=RevisitPlan.due_date, width=90),
        Column("customer", lambda: tr("Customers", "Customer"), width=90),
        Column("nickname", lambda: tr("Customers", "Buyer id"), width=120),
        Column("phone", lambda: tr("Customers", "Phone"), width=110),
        Column("tier", lambda: tr("Customers", "Tier"), "status", width=60),
        Column("purpose", lambda: tr("Customers", "Purpose"), width=200),
        Column("assigned_to", lambda: tr("Customers", "Assigned to"), width=80),
        Column("state", lambda: tr("Customers", "State"), "status", width=70),
        Column("done_at", lambda: tr("Customers", "Done"), "datetime", width=130),
        Column("result", lambda: tr("Customers", "Result"), width=200),
    ]

    def __init__(self, actor: Actor):
        super().__init__(actor)
        self._today = timeutil.today()

    def base_query(self, request: ListRequest) -> peewee.ModelSelect:
        assigned = User.alias()
        query = (RevisitPlan.select(RevisitPlan.due_date, Customer.name, Customer.nickname, Customer.phone,
                                    Customer.tier, RevisitPlan.purpose, assigned.username.alias("assigned"),
                                    RevisitPlan.done_at, RevisitPlan.result, Customer.erased_at)
                 .join(Customer).switch(RevisitPlan)
                 .join(assigned, peewee.JOIN.LEFT_OUTER, on=(RevisitPlan.assigned_to == assigned.id)))
        return self._filter(query, request)

    def count_query(self, request: ListRequest) -> peewee.ModelSelect:
        return self._filter(RevisitPlan.select(RevisitPlan.id), request)

    def _filter(self, query: peewee.ModelSelect, request: ListRequest) -> peewee.ModelSelect:
        f = request.filters
        state = f.get("state", "due")
        open_ = RevisitPlan.done_at.is_null()
        if state == "due":
            query = query.where(open_, RevisitPlan.due_date <= self._today)
        elif state == "overdue":
            query = query.where(open_, RevisitPlan.due_date < self._today)
        elif state == "open":
            query = query.where(open_)
        elif state == "done":
            query = query.where(RevisitPlan.done_at.is_null(False))
        if f.get("assigned_to"):
            query = query.where(RevisitPlan.assigned_to == f["assigned_to"])
        if f.get("customer_id"):
            query = query.where(RevisitPlan.customer == f["customer_id"])
        return query

    def to_row(self, r: dict[str, Any]) -> tuple:
        overdue = r["done_at"] is None and r["due_date"] < self._today
        if r["done_at"] is not None:
            state = tr("Customers", "Done")
        elif overdue:
            state = tr("Customers", "Overdue")
        elif r["due_date"] == self._today:
            state = tr("Customers", "Due today")
        else:
            state = tr("Customers", "Planned")
        name = _erased_label() if r["erased_at"] else shown_name(self.actor, r["name"])
        return (r["due_date"], name, r["nickname"], shown_phone(self.actor, r["phone"]), tier_label(r["tier"]),
                r["purpose"], r["assigned"] or "", state, r["done_at"], r["result"], overdue)

    def row_style(self, row: tuple) -> dict[str, str] | None:
        return {"foreground": "#c62828"} if row[-1] else None

