"""Orders (订单): the shop's own and the platform's numbers, channel, customer, lines,
freight, totals computed here (never taken from the input), payment and bank-transfer
record 汇款登记, buyer's message 买家备注, receiver and the "address confirmed" flag, and
the staff member who took the order; the states of core/orders.py; the order list,
which is the shop's sales ledger (人员管理 6).

Money given to these services: an int is cents, text or Decimal is yuan as typed
("12.50", "¥12.5") — the convention of services/products.py.
Shipping (stock out, tracking numbers) lives in services/shipping.py.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import peewee

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, NotFound, ProblemCollector, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.masking import mask_address
from shopmanager.core.money import format_money, to_cents
from shopmanager.core.orders import (
    EDITABLE, ENDED, SOLD, Channel, OrderStatus, PaymentMethod, channel_label, choice, format_order_no,
    order_no_prefix, order_no_sequence, payment_label, status_label, transition_error,
)
from shopmanager.core.permissions import Perm
from shopmanager.db.database import current_database, is_postgres
from shopmanager.db.models import Customer, OrderLine, Product, SalesOrder, Shipment, Staff, User
from shopmanager.services import audit as audit_log
from shopmanager.services.context import Actor, audit, require, write_retrying
from shopmanager.services.customers import (
    audit_changes, clean_phone, clean_text, masked_phone, phone_search, refresh_stats, sees_pii, shown_address,
    shown_name, shown_phone,
)
from shopmanager.services.listing import Column, ListRequest, ListSource

MAX_MONEY_CENTS = 100_000_000_00  # a hundred million yuan: anything above is a typing error
MAX_QTY = 100_000
ORDER_NO_LOCK = 0x53_4F_4E_4F  # PostgreSQL advisory lock: one order number at a time ("SONO")

Money = int | str | Decimal | None


# -- input -----------------------------------------------------------------------------------------

@dataclass
class LineInput:
    qty: int
    unit_price_cents: Money = None  # None: the product's sale price
    product_id: int | None = None
    title: str = ""  # default: the product's name
    sku: str = ""  # default: the product's SKU
    discount_cents: Money = 0  # off this line (qty × unit price − discount)


@dataclass
class OrderInput:
    channel: str
    lines: list[LineInput]
    platform_order_no: str = ""
    customer_id: int | None = None
    freight_cents: Money = 0
    discount_cents: Money = 0  # off the whole order
    paid_cents: Money = None  # None: the total once paid, 0 while pending
    payment_method: str = ""
    transfer_record: str = ""  # 汇款登记: bank, payer, time, amount
    buyer_message: str = ""  # 买家备注
    seller_note: str = ""
    receiver_name: str = ""
    receiver_phone: str = ""
    receiver_address: str = ""
    address_confirmed: bool = False
    staff_id: int | None = None  # who took the order; None: the acting user's staff record
    ordered_at: dt.datetime | None = None  # None: now (imports give the platform's time)
    paid_at: dt.datetime | None = None  # given on create: the order arrives paid (platform orders)
    # No customer chosen: find the one with the receiver's phone, or create one from the receiver.
    customer_from_receiver: bool = False


@dataclass(frozen=True)
class OrderRef:
    id: int
    order_no: str
    customer_id: int | None = None
    new_customer: bool = False  # created from the receiver on saving


def money(value: Money, *, field: str, label: str) -> int:
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        raise ValidationError(tr("Money", "{field}: not an amount").format(field=label), field=field)
    try:
        cents = value if isinstance(value, int) else to_cents(value, field=label)
    except ValidationError as error:
        raise ValidationError(str(error), field=field) from None
    if not 0 <= cents <= MAX_MONEY_CENTS:
        raise ValidationError(tr("Orders", "{field}: must be between 0 and 100,000,000.").format(field=label),
                              field=field)
    return cents


def _label(key: str) -> str:
    return {
        "channel": tr("Orders", "Channel"), "platform_order_no": tr("Orders", "Platform order number"),
        "freight_cents": tr("Orders", "Freight"), "discount_cents": tr("Orders", "Order discount"),
        "paid_cents": tr("Orders", "Paid amount"), "payment_method": tr("Orders", "Payment method"),
        "transfer_record": tr("Orders", "Transfer record"), "buyer_message": tr("Orders", "Buyer's message"),
        "seller_note": tr("Orders", "Seller's note"), "receiver_name": tr("Orders", "Receiver"),
        "receiver_phone": tr("Orders", "Receiver's phone"), "receiver_address": tr("Orders", "Receiver's address"),
        "qty": tr("Orders", "Quantity"), "unit_price_cents": tr("Orders", "Unit price"),
        "line_discount": tr("Orders", "Discount"), "title": tr("Orders", "Item"),
    }[key]


def clean_address(value: Any, *, field: str, label: str) -> str:
    """An address typed or pasted over several lines is stored as one line (labels print one)."""
    text = clean_text(value, field=field, label=label, max_length=300)
    return re.sub(r"\s*\n\s*", " ", text)


def _clean_order(draft: OrderInput) -> dict[str, Any]:
    """Order-level values checked and normalised (lines are checked with their products);
    every bad field is reported at once (core.errors.FieldErrors)."""
    now = timeutil.now()
    found = ProblemCollector()
    text = {"transfer_record": 500, "buyer_message": 1000, "seller_note": 1000, "receiver_name": 60}
    values: dict[str, Any] = {
        "channel": found.check(lambda: choice(Channel, draft.channel, _label("channel"), "channel"), ""),
        "platform_order_no": found.check(lambda: clean_text(
            draft.platform_order_no, field="platform_order_no", label=_label("platform_order_no"),
            max_length=64).replace(" ", ""), ""),
        "customer": draft.customer_id,
        "freight_cents": found.check(lambda: money(draft.freight_cents, field="freight_cents",
                                                   label=_label("freight_cents")), 0),
        "discount_cents": found.check(lambda: money(draft.discount_cents, field="discount_cents",
                                                    label=_label("discount_cents")), 0),
        "payment_method": found.check(lambda: choice(PaymentMethod, draft.payment_method, _label("payment_method"),
                                                     "payment_method", blank=True), ""),
        **{key: found.check(lambda key=key, limit=limit: clean_text(getattr(draft, key), field=key, label=_label(key),
                                                                    max_length=limit), "")
           for key, limit in text.items()},
        "receiver_phone": found.check(lambda: clean_phone(draft.receiver_phone, field="receiver_phone",
                                                          label=_label("receiver_phone")), ""),
        "receiver_address": found.check(lambda: clean_address(draft.receiver_address, field="receiver_address",
                                                              label=_label("receiver_address")), ""),
        "address_confirmed": bool(draft.address_confirmed),
        "staff": draft.staff_id,
    }
    ordered_at = draft.ordered_at or (min(now, draft.paid_at) if draft.paid_at else now)
    if ordered_at > now + dt.timedelta(minutes=10):
        found.add(ValidationError(tr("Orders", "Order time: it is in the future."), field="ordered_at"))
    values["ordered_at"] = ordered_at.replace(microsecond=0)
    if draft.paid_at is not None:
        if draft.paid_at < ordered_at or draft.paid_at > now + dt.timedelta(minutes=10):
            found.add(ValidationError(tr("Orders", "Payment time: between the order time and now."), field="paid_at"))
        values["paid_at"] = draft.paid_at.replace(microsecond=0)
    if draft.paid_cents is not None:
        values["paid_cents"] = found.check(lambda: money(draft.paid_cents, field="paid_cents",
                                                         label=_label("paid_cents")), 0)
    if not draft.lines:
        found.add(ValidationError(tr("Orders", "Add at least one line to the order."), field="lines"))
    if draft.paid_at is not None and values["payment_method"] == PaymentMethod.BANK_TRANSFER:
        found.check(lambda: _check_transfer(values["payment_method"], values["transfer_record"]))
    found.raise_any()
    return values


def _check_transfer(method: str, record: str) -> None:
    if method == PaymentMethod.BANK_TRANSFER and not record:
        raise ValidationError(tr("Orders", "Transfer record: enter the bank, payer, time and amount of the "
                                           "transfer (汇款登记)."), field="transfer_record")


def _quantity(value: Any) -> int:
    try:
        qty = int(str(value).strip()) if not isinstance(value, (bool, float)) else None
    except ValueError:
        qty = None
    if qty is None or not 0 < qty <= MAX_QTY:
        raise ValidationError(tr("Orders", "{field}: a whole number from 1 to 100000.").format(
            field=_label("qty")), field="qty")
    return qty


def _prepare_lines(lines: list[LineInput]) -> list[dict[str, Any]]:
    """Lines with their products' defaults and their totals; ValidationError names the line."""
    ids = {line.product_id for line in lines if line.product_id is not None}
    products = {p.id: p for p in Product.select(Product.id, Product.sku, Product.name, Product.price_cents)
                .where(Product.id.in_(list(ids)))} if ids else {}
    prepared = []
    for number, line in enumerate(lines, start=1):
        try:
            product = None
            if line.product_id is not None:
                product = products.get(line.product_id)
                if product is None:
                    raise NotFound(tr("Orders", "that product no longer exists."), field="product")
            qty = _quantity(line.qty)
            unit = (product.price_cents if product is not None and line.unit_price_cents in (None, "")
                    else money(line.unit_price_cents, field="unit_price_cents", label=_label("unit_price_cents")))
            discount = money(line.discount_cents, field="discount_cents", label=_label("line_discount"))
            if discount > unit * qty:
                raise ValidationError(tr("Orders", "{field}: more than the line's amount.").format(
                    field=_label("line_discount")), field="discount_cents")
            title = clean_text(line.title or (product.name if product else ""), field="title",
                               label=_label("title"), max_length=200, required=True)
            sku = clean_text(line.sku or (product.sku if product else ""), field="sku", label="SKU", max_length=64)
        except (ValidationError, NotFound) as error:
            raise type(error)(tr("Orders", "Line {n}: {problem}").format(n=number, problem=error),
                              field=error.field, row=number) from None
        prepared.append({"line_no": number, "product": line.product_id, "sku": sku, "title": title, "qty": qty,
                         "unit_price_cents": unit, "discount_cents": discount,
                         "line_total_cents": unit * qty - discount})
    return prepared


def _totals(values: dict[str, Any], lines: list[dict[str, Any]]) -> None:
    goods = sum(line["line_total_cents"] for line in lines)
    total = goods + values["freight_cents"] - values["discount_cents"]
    if total < 0:
        raise ValidationError(tr("Orders", "Order discount: more than the goods and the freight."),
                              field="discount_cents")
    if total > MAX_MONEY_CENTS:
        raise ValidationError(tr("Orders", "The order total is above 100,000,000."), field="lines")
    values["goods_cents"], values["total_cents"] = goods, total


def _check_refs(values: dict[str, Any], actor: Actor) -> None:
    customer_id = values.get("customer")
    if customer_id is not None:
        row = Customer.select(Customer.id, Customer.erased_at).where(Customer.id == customer_id).first()
        if row is None:
            raise NotFound(tr("Orders", "That customer no longer exists."), field="customer")
        if row.erased_at is not None:
            raise Conflict(tr("Orders", "This customer's personal data was erased; create a new customer for the "
                                        "order."), field="customer")
    if values.get("staff") is None:
        values["staff"] = actor.staff_id
    elif not Staff.select().where(Staff.id == values["staff"]).exists():
        raise NotFound(tr("Orders", "That staff member no longer exists."), field="staff")


def _customer_for_receiver(actor: Actor, values: dict[str, Any]) -> tuple[int | None, bool]:
    """(customer id, created): the customer with the receiver's phone, else a new customer made from
    the receiver (name, phone, channel, address) when the actor may create customers."""
    phone = values["receiver_phone"]
    if not phone or masked_phone(phone):  # 138****5678 names no one
        return None, False
    row = (Customer.select(Customer.id).where(Customer.phone == phone, Customer.erased_at.is_null())
           .order_by(Customer.id.desc()).first())
    if row is not None:
        return row.id, False
    if not actor.can(Perm.CUSTOMERS_EDIT):
        return None, False
    from shopmanager.services.customers import AddressInput, create_customer

    address = values["receiver_address"]
    customer_id = create_customer(actor, {"name": values["receiver_name"], "phone": phone,
                                          "channel": values["channel"]},
                                  [AddressInput(values["receiver_name"], phone, address, True)] if address else [])
    return customer_id, True


def _lock_numbers() -> None:
    """On PostgreSQL one order at a time takes a number (SQLite's write lock does it already)."""
    if is_postgres():
        current_database().execute_sql("SELECT pg_advisory_xact_lock(%s)", (ORDER_NO_LOCK,))


def next_order_no(now: dt.datetime) -> str:
    """SO + YYYYMMDD + - + the day's next 4-digit sequence (call inside the transaction, after _lock_numbers)."""
    day = now.date()
    start = dt.datetime.combine(day, dt.time())
    last = (SalesOrder.select(SalesOrder.order_no)
            .where(SalesOrder.created_at >= start, SalesOrder.created_at < start + dt.timedelta(days=1))
            .order_by(SalesOrder.created_at.desc(), SalesOrder.id.desc()).first())
    sequence = order_no_sequence(last.order_no) + 1 if last and last.order_no.startswith(order_no_prefix(day)) else 1
    while SalesOrder.select().where(SalesOrder.order_no == format_order_no(day, sequence)).exists():
        sequence += 1  # the clock was moved back, or numbers came in by hand
    return format_order_no(day, sequence)


def _check_platform_no(channel: str, number: str, own_id: int | None = None) -> None:
    if not number:
        return
    query = SalesOrder.select(SalesOrder.order_no).where(SalesOrder.channel == channel,
                                                         SalesOrder.platform_order_no == number)
    if own_id is not None:
        query = query.where(SalesOrder.id != own_id)
    clash = query.first()
    if clash:
        raise Conflict(tr("Orders", "{channel} order number {number} is already entered as order {order_no}.").format(
            channel=channel_label(channel), number=number, order_no=clash.order_no), field="platform_order_no")


def _audit_view(values: dict[str, Any], lines: list[dict[str, Any]]) -> dict[str, Any]:
    """What the audit log keeps of an order (personal fields are masked by audit_changes)."""
    view = {k: v for k, v in values.items() if k not in ("ordered_at", "updated_at", "created_at", "row_version")}
    view["lines"] = "; ".join(
        f"{line['title'] or line['sku']} ×{line['qty']} @¥{format_money(line['unit_price_cents'])}"
        + (f" −¥{format_money(line['discount_cents'])}" if line["discount_cents"] else "") for line in lines)
    return view


def _get(order_id: int) -> SalesOrder:
    order = SalesOrder.get_or_none(SalesOrder.id == order_id)
    if order is None:
        raise NotFound(tr("Orders", "That order no longer exists."))
    return order


def _changed_meanwhile(order_no: str) -> Conflict:
    return Conflict(tr("Orders", "Someone else changed order {order_no} after you opened it. Close it, open it "
                                 "again and redo your change.").format(order_no=order_no))


def create_order(actor: Actor, draft: OrderInput) -> OrderRef:
    """A new order, pending payment — or paid when `draft.paid_at` is given."""
    require(actor, Perm.ORDERS_EDIT, entity="order")
    values = _clean_order(draft)
    if not sees_pii(actor):  # cannot happen with the shipped role table; keep the rule anyway
        values.update(receiver_name="", receiver_phone="", receiver_address="")
    paid = "paid_at" in values
    values["status"] = OrderStatus.PAID if paid else OrderStatus.PENDING
    if paid:
        _check_transfer(values["payment_method"], values["transfer_record"])

    def work() -> OrderRef:
        created = False
        if values["customer"] is None and draft.customer_from_receiver:
            values["customer"], created = _customer_for_receiver(actor, values)
        _check_refs(values, actor)
        lines = _prepare_lines(draft.lines)
        _totals(values, lines)
        values.setdefault("paid_cents", values["total_cents"] if paid else 0)
        now = timeutil.now()
        _lock_numbers()
        _check_platform_no(values["channel"], values["platform_order_no"])
        order_no = next_order_no(now)
        order = SalesOrder.create(order_no=order_no, **values, created_by=actor.user_id, created_at=now,
                                  updated_at=now)
        OrderLine.insert_many([{**line, "order": order.id} for line in lines]).execute()
        if paid:
            refresh_stats([values["customer"]])
        audit(actor, "create", "order", order.id, summary=order_no,
              changes=audit_changes({}, _audit_view(values, lines)))
        return OrderRef(order.id, order_no, values["customer"], created)

    return write_retrying(work)


def update_order(actor: Actor, order_id: int, draft: OrderInput, *, row_version: int) -> OrderRef:
    """Save the order form while the order is pending or paid; refused when someone else
    saved it after it was opened. Payment time and status change through record_payment /
    change_status, not here."""
    require(actor, Perm.ORDERS_EDIT, entity="order", entity_id=order_id)
    values = _clean_order(draft)
    values.pop("paid_at", None)

    def work() -> OrderRef:
        order = _get(order_id)
        if order.row_version != row_version:
            raise _changed_meanwhile(order.order_no)
        if order.status not in EDITABLE:
            raise Conflict(tr("Orders", "Order {order_no} is '{status}': it can no longer be changed.").format(
                order_no=order.order_no, status=status_label(order.status)))
        if not sees_pii(actor):
            values.update(receiver_name=order.receiver_name, receiver_phone=order.receiver_phone,
                          receiver_address=order.receiver_address)
        _check_refs(values, actor)
        if values["staff"] is None:
            values["staff"] = order.staff_id
        lines = _prepare_lines(draft.lines)
        _totals(values, lines)
        if order.status == OrderStatus.PAID:
            values.setdefault("paid_cents", order.paid_cents)
            _check_transfer(values["payment_method"], values["transfer_record"])
        else:
            values["paid_cents"] = 0
        _lock_numbers()
        _check_platform_no(values["channel"], values["platform_order_no"], order.id)
        before_lines = [{"sku": line.sku, "title": line.title, "qty": line.qty,
                         "unit_price_cents": line.unit_price_cents, "discount_cents": line.discount_cents}
                        for line in OrderLine.select().where(OrderLine.order == order_id).order_by(OrderLine.line_no)]
        before = {key: getattr(order, f"{key}_id" if key in ("customer", "staff") else key) for key in values}
        changed = SalesOrder.update(**values, updated_at=timeutil.now(), row_version=SalesOrder.row_version + 1).where(
            SalesOrder.id == order_id, SalesOrder.row_version == row_version,
            SalesOrder.status == order.status).execute()
        if not changed:
            raise _changed_meanwhile(order.order_no)
        OrderLine.delete().where(OrderLine.order == order_id).execute()
        OrderLine.insert_many([{**line, "order": order_id} for line in lines]).execute()
        if order.status == OrderStatus.PAID:
            refresh_stats([order.customer_id, values["customer"]])
        audit(actor, "update", "order", order_id, summary=order.order_no,
              changes=audit_changes(_audit_view(before, before_lines), _audit_view(values, lines)))
        return OrderRef(order_id, order.order_no)

    return write_retrying(work)


def record_payment(actor: Actor, order_id: int, *, paid_cents: Money = None, payment_method: str = "",
                   transfer_record: str = "", paid_at: dt.datetime | None = None,
                   row_version: int | None = None) -> None:
    """待付款 → 待发货: the buyer paid (the whole total unless `paid_cents` says otherwise)."""
    require(actor, Perm.ORDERS_EDIT, entity="order", entity_id=order_id)
    method = choice(PaymentMethod, payment_method, _label("payment_method"), "payment_method", blank=True)
    record = clean_text(transfer_record, field="transfer_record", label=_label("transfer_record"), max_length=500)
    amount = None if paid_cents in (None, "") else money(paid_cents, field="paid_cents", label=_label("paid_cents"))

    def work() -> None:
        order = _get(order_id)
        if row_version is not None and order.row_version != row_version:
            raise _changed_meanwhile(order.order_no)
        error = transition_error(order.status, OrderStatus.PAID)
        if error or order.status != OrderStatus.PENDING:
            raise Conflict(error or tr("Orders", "Order {order_no} is already paid.").format(order_no=order.order_no),
                           field="status")
        now = timeutil.now()
        moment = (paid_at or now).replace(microsecond=0)
        if moment < order.ordered_at or moment > now + dt.timedelta(minutes=10):
            raise ValidationError(tr("Orders", "Payment time: between the order time and now."), field="paid_at")
        new_method = method or order.payment_method
        new_record = record or order.transfer_record
        _check_transfer(new_method, new_record)
        new = {"status": OrderStatus.PAID.value, "paid_at": moment,
               "paid_cents": order.total_cents if amount is None else amount, "payment_method": new_method,
               "transfer_record": new_record}
        changed = SalesOrder.update(**new, updated_at=now, row_version=SalesOrder.row_version + 1).where(
            SalesOrder.id == order_id, SalesOrder.status == OrderStatus.PENDING).execute()
        if not changed:
            raise _changed_meanwhile(order.order_no)
        refresh_stats([order.customer_id])
        audit(actor, "status", "order", order_id, summary=f"{order.order_no}: {status_label(OrderStatus.PAID)}",
              old={k: getattr(order, k) for k in new}, new=new)

    write_retrying(work)


def change_status(actor: Actor, order_id: int, target: str, *, reason: str = "",
                  row_version: int | None = None) -> str:
    """Move an order along core/orders.TRANSITIONS: paid (= record_payment with the whole total),
    delivered, completed, cancelled or closed (a reason is required for these two).
    Shipping and cancelling a shipment go through services/shipping.py."""
    require(actor, Perm.ORDERS_EDIT, entity="order", entity_id=order_id)
    target = choice(OrderStatus, target, tr("Orders", "Status"), "status")
    reason = clean_text(reason, field="reason", label=tr("Orders", "Reason"), max_length=200)
    if target == OrderStatus.PAID:
        current = SalesOrder.select(SalesOrder.status).where(SalesOrder.id == order_id).scalar()
        if current == OrderStatus.PENDING:
            record_payment(actor, order_id, row_version=row_version)
            return target

    def work() -> str:
        order = _get(order_id)
        if row_version is not None and order.row_version != row_version:
            raise _changed_meanwhile(order.order_no)
        error = transition_error(order.status, target)
        if error:
            raise Conflict(error, field="status")
        if target == OrderStatus.SHIPPED:
            raise Conflict(tr("Orders", "Ship order {order_no} with a carrier and a tracking number (Shipping).")
                           .format(order_no=order.order_no), field="status")
        if order.status == OrderStatus.SHIPPED and target == OrderStatus.PAID:
            raise Conflict(tr("Orders", "To take order {order_no} back from '{status}', cancel its shipment: the "
                                        "stock comes back with it.").format(
                order_no=order.order_no, status=status_label(order.status)), field="status")
        if target in ENDED and not reason:
            raise ValidationError(tr("Orders", "Reason: say why the order is cancelled or closed."), field="reason")
        now = timeutil.now()
        stamp = {OrderStatus.DELIVERED: "delivered_at", OrderStatus.COMPLETED: "completed_at",
                 OrderStatus.CANCELLED: "closed_at", OrderStatus.CLOSED: "closed_at"}[target]
        changed = SalesOrder.update(status=target, **{stamp: now}, updated_at=now,
                                    row_version=SalesOrder.row_version + 1).where(
            SalesOrder.id == order_id, SalesOrder.status == order.status).execute()
        if not changed:
            raise _changed_meanwhile(order.order_no)
        if target in ENDED and order.status in SOLD:
            refresh_stats([order.customer_id])
        summary = f"{order.order_no}: {status_label(order.status)} → {status_label(target)}"
        audit(actor, "status", "order", order_id, summary=f"{summary} ({reason})" if reason else summary,
              changes={"status": [order.status, target]})
        return target

    return write_retrying(work)


def next_statuses(actor: Actor, status: str) -> list[str]:
    """The states change_status can take an order in `status` to, for this actor's buttons."""
    if not actor.can(Perm.ORDERS_EDIT):
        return []
    from shopmanager.core.orders import TRANSITIONS

    try:
        targets = TRANSITIONS[OrderStatus(status)]
    except ValueError:
        return []
    return [t.value for t in OrderStatus if t in targets and t != OrderStatus.SHIPPED
            and not (status == OrderStatus.SHIPPED and t == OrderStatus.PAID)]


# -- reading -----------------------------------------------------------------------------------------

@dataclass
class LineDetail:
    line_no: int
    product_id: int | None
    sku: str
    title: str
    qty: int
    unit_price_cents: int
    discount_cents: int
    line_total_cents: int


@dataclass
class ShipmentDetail:
    id: int
    kind: str
    carrier: str
    tracking_no: str
    shipped_at: dt.datetime
    shipped_by: str
    cancelled_at: dt.datetime | None
    cancel_reason: str


@dataclass
class OrderDetail:
    id: int
    order_no: str
    platform_order_no: str
    channel: str
    channel_label: str
    status: str
    status_label: str
    customer_id: int | None
    customer_name: str
    ordered_at: dt.datetime
    paid_at: dt.datetime | None
    shipped_at: dt.datetime | None
    delivered_at: dt.datetime | None
    completed_at: dt.datetime | None
    closed_at: dt.datetime | None
    goods_cents: int
    discount_cents: int
    freight_cents: int
    total_cents: int
    paid_cents: int
    payment_method: str
    payment_label: str
    transfer_record: str
    buyer_message: str
    seller_note: str
    receiver_name: str
    receiver_phone: str
    receiver_address: str
    address_confirmed: bool
    staff_id: int | None
    staff_name: str
    row_version: int
    masked: bool  # personal data shown masked: the form must not offer to edit it
    editable: bool
    lines: list[LineDetail] = field(default_factory=list)
    shipments: list[ShipmentDetail] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)  # audit trail, newest first


def get_order(actor: Actor, order_id: int) -> OrderDetail:
    """One order with its lines, shipments and history; personal data masked per role."""
    require(actor, Perm.ORDERS_VIEW, entity="order", entity_id=order_id)
    o = _get(order_id)
    customer_name = Customer.select(Customer.name).where(Customer.id == o.customer_id).scalar() if o.customer_id else ""
    staff_name = Staff.select(Staff.name).where(Staff.id == o.staff_id).scalar() if o.staff_id else ""
    lines = [LineDetail(line.line_no, line.product_id, line.sku, line.title, line.qty, line.unit_price_cents,
                        line.discount_cents, line.line_total_cents)
             for line in OrderLine.select().where(OrderLine.order == order_id).order_by(OrderLine.line_no)]
    shipments = [ShipmentDetail(s["id"], s["kind"], s["carrier_name"], s["tracking_no"], s["shipped_at"],
                                s["username"] or "", s["cancelled_at"], s["cancel_reason"])
                 for s in Shipment.select(Shipment.id, Shipment.kind, Shipment.carrier_name, Shipment.tracking_no,
                                          Shipment.shipped_at, User.username, Shipment.cancelled_at,
                                          Shipment.cancel_reason)
                 .join(User, peewee.JOIN.LEFT_OUTER, on=(Shipment.shipped_by == User.id))
                 .where(Shipment.order == order_id).order_by(Shipment.shipped_at).dicts()]
    pii = sees_pii(actor)
    return OrderDetail(
        o.id, o.order_no, o.platform_order_no, o.channel, channel_label(o.channel), o.status, status_label(o.status),
        o.customer_id, shown_name(actor, customer_name or ""), o.ordered_at, o.paid_at, o.shipped_at, o.delivered_at,
        o.completed_at, o.closed_at, o.goods_cents, o.discount_cents, o.freight_cents, o.total_cents, o.paid_cents,
        o.payment_method, payment_label(o.payment_method) if o.payment_method else "",
        o.transfer_record if pii else mask_address(o.transfer_record), o.buyer_message, o.seller_note,
        shown_name(actor, o.receiver_name), shown_phone(actor, o.receiver_phone),
        shown_address(actor, o.receiver_address), o.address_confirmed, o.staff_id, staff_name or "", o.row_version,
        not pii, o.status in EDITABLE and actor.can(Perm.ORDERS_EDIT), lines, shipments,
        audit_log.history("order", order_id, actor=actor))


def lookup_order_id(number: str) -> int:
    """The order with this shop number (SO…) or platform number; NotFound / Conflict (several channels)."""
    text = (number or "").strip().replace(" ", "")
    if not text:
        raise ValidationError(tr("Orders", "Order number: required."), field="order_no")
    row = SalesOrder.select(SalesOrder.id).where(SalesOrder.order_no == text.upper()).first()
    if row:
        return row.id
    rows = list(SalesOrder.select(SalesOrder.id, SalesOrder.order_no).where(SalesOrder.platform_order_no == text)
                .limit(5))
    if not rows:
        raise NotFound(tr("Orders", "There is no order with the number {number}.").format(number=text),
                       field="order_no")
    if len(rows) > 1:
        raise Conflict(tr("Orders", "The platform number {number} belongs to several orders ({orders}); use the "
                                    "shop's order number.").format(
            number=text, orders=", ".join(r.order_no for r in rows)), field="order_no")
    return rows[0].id


def find_order(actor: Actor, number: str) -> int:
    """Order id by the shop's number or the platform's (scanner input)."""
    require(actor, Perm.ORDERS_VIEW, entity="order")
    return lookup_order_id(number)


# -- lists -------------------------------------------------------------------------------------------

def _is_code(text: str) -> bool:
    """Order numbers, phones and tracking numbers are ASCII letters, digits and dashes."""
    return all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in text)


def order_search(text: str, actor: Actor | None = None) -> peewee.Expression:
    """Exact shop number, platform number, receiver's phone or tracking number (each an index
    lookup); a text that is not a code also matches receiver names containing it (a scan).
    The phone is searched only as far as `actor` may see it (customers.phone_search); without
    an actor, not at all."""
    text = text.strip()
    code = text.replace(" ", "").upper()
    tracked = Shipment.select(Shipment.order).where(Shipment.tracking_no == code)
    condition = ((SalesOrder.order_no == code) | (SalesOrder.platform_order_no == text.replace(" ", ""))
                 | SalesOrder.id.in_(tracked))
    by_phone = phone_search(actor, SalesOrder.receiver_phone, text) if actor is not None else None
    if by_phone is not None:
        condition |= by_phone
    if not _is_code(text):
        condition |= SalesOrder.receiver_name.contains(text)
    return condition


def order_filters(query: peewee.ModelSelect, request: ListRequest,
                  actor: Actor | None = None) -> peewee.ModelSelect:
    """Filters shared by the order and order-line lists: status (one or a list), channel,
    date_from/date_to (order date, inclusive), staff_id, customer_id."""
    f = request.filters
    status = f.get("status")
    if status:
        query = query.where(SalesOrder.status.in_(list(status)) if isinstance(status, (list, tuple, set))
                            else SalesOrder.status == status)
    if f.get("channel"):
        query = query.where(SalesOrder.channel == f["channel"])
    if f.get("date_from"):
        query = query.where(SalesOrder.ordered_at >= dt.datetime.combine(f["date_from"], dt.time()))
    if f.get("date_to"):
        query = query.where(SalesOrder.ordered_at < dt.datetime.combine(f["date_to"] + dt.timedelta(days=1),
                                                                          dt.time()))
    if f.get("staff_id"):
        query = query.where(SalesOrder.staff == f["staff_id"])
    if f.get("customer_id"):
        query = query.where(SalesOrder.customer == f["customer_id"])
    if request.search.strip():
        query = query.where(order_search(request.search, actor))
    return query


class OrderSource(ListSource):
    """The order list (the sales ledger); receiver masked per role."""

    model = SalesOrder
    view_perm = Perm.ORDERS_VIEW
    default_sort = "ordered_at"
    default_descending = True
    search_sort_newest = True
    count_cap_when_searching = 10_000
    columns = [
        Column("order_no", lambda: tr("Orders", "Order number"), sort=SalesOrder.order_no, width=130),
        Column("platform_order_no", lambda: tr("Orders", "Platform number"), width=150),
        Column("channel", lambda: tr("Orders", "Channel"), width=60),
        Column("status", lambda: tr("Orders", "Status"), "status", width=80),
        Column("receiver", lambda: tr("Orders", "Customer / receiver"), width=90),
        Column("phone", lambda: tr("Orders", "Phone"), width=110),
        Column("total", lambda: tr("Orders", "Total"), "money", sort=SalesOrder.total_cents, width=80),
        Column("paid", lambda: tr("Orders", "Paid"), "money", width=80),
        Column("ordered_at", lambda: tr("Orders", "Ordered"), "datetime", sort=SalesOrder.ordered_at, width=130),
        Column("paid_at", lambda: tr("Orders", "Paid at"), "datetime", width=130),
        Column("staff", lambda: tr("Orders", "Taken by"), width=70),
    ]

    def base_query(self, request: ListRequest) -> peewee.ModelSelect:
        query = (SalesOrder.select(SalesOrder.order_no, SalesOrder.platform_order_no, SalesOrder.channel,
                                   SalesOrder.status, SalesOrder.receiver_name, Customer.name.alias("customer_name"),
                                   SalesOrder.receiver_phone, SalesOrder.total_cents, SalesOrder.paid_cents,
                                   SalesOrder.ordered_at, SalesOrder.paid_at, Staff.name.alias("staff_name"))
                 .join(Customer, peewee.JOIN.LEFT_OUTER, on=(SalesOrder.customer == Customer.id))
                 .switch(SalesOrder).join(Staff, peewee.JOIN.LEFT_OUTER, on=(SalesOrder.staff == Staff.id)))
        return order_filters(query, request, self.actor)

    def count_query(self, request: ListRequest) -> peewee.ModelSelect:
        return order_filters(SalesOrder.select(SalesOrder.id), request, self.actor)

    def count_is_slow(self, request: ListRequest) -> bool:
        text = request.search.strip()
        return bool(text) and not _is_code(text)

    def to_row(self, r: dict[str, Any]) -> tuple:
        who = r["receiver_name"] or r["customer_name"] or ""
        return (r["order_no"], r["platform_order_no"], channel_label(r["channel"]), status_label(r["status"]),
                shown_name(self.actor, who), shown_phone(self.actor, r["receiver_phone"]), r["total_cents"],
                r["paid_cents"], r["ordered_at"], r["paid_at"], r["staff_name"] or "")


class OrderLineSource(ListSource):
    """Order lines with their order's number, date and status (the Excel export of lines);
    the same filters and search as the order list.

    Without a sort asked for, lines come in order of their order: by order id over the
    whole ledger (the line index), by order time when a date, staff or customer filter
    narrows the orders (their indexes) — either way each page is an index range."""

    model = OrderLine
    view_perm = Perm.ORDERS_VIEW
    default_sort = "order_no"
    columns = [
        Column("order_no", lambda: tr("Orders", "Order number"), sort=OrderLine.order, width=130),
        Column("platform_order_no", lambda: tr("Orders", "Platform number"), width=150),
        Column("channel", lambda: tr("Orders", "Channel"), width=60),
        Column("status", lambda: tr("Orders", "Status"), "status", width=80),
        Column("ordered_at", lambda: tr("Orders", "Ordered"), "datetime", sort=SalesOrder.ordered_at, width=130),
        Column("line_no", lambda: tr("Orders", "Line"), "int", width=40),
        Column("sku", lambda: tr("Orders", "SKU"), width=110),
        Column("title", lambda: tr("Orders", "Item"), width=220),
        Column("qty", lambda: tr("Orders", "Quantity"), "int", width=60),
        Column("unit_price", lambda: tr("Orders", "Unit price"), "money", width=80),
        Column("discount", lambda: tr("Orders", "Discount"), "money", width=70),
        Column("line_total", lambda: tr("Orders", "Line total"), "money", width=80),
    ]

    def base_query(self, request: ListRequest) -> peewee.ModelSelect:
        query = (OrderLine.select(SalesOrder.order_no, SalesOrder.platform_order_no, SalesOrder.channel,
                                  SalesOrder.status, SalesOrder.ordered_at, OrderLine.line_no, OrderLine.sku,
                                  OrderLine.title, OrderLine.qty, OrderLine.unit_price_cents,
                                  OrderLine.discount_cents, OrderLine.line_total_cents)
                 .join(SalesOrder, on=(OrderLine.order == SalesOrder.id)))
        return order_filters(query, request, self.actor)

    def _sort(self, request: ListRequest) -> tuple[Any, bool]:
        narrowed = any(request.filters.get(k) for k in ("date_from", "date_to", "staff_id", "customer_id"))
        if request.sort_key is None and narrowed:
            return SalesOrder.ordered_at, bool(request.descending)
        return super()._sort(request)

    def to_row(self, r: dict[str, Any]) -> tuple:
        return (r["order_no"], r["platform_order_no"], channel_label(r["channel"]), status_label(r["status"]),
                r["ordered_at"], r["line_no"], r["sku"], r["title"], r["qty"], r["unit_price_cents"],
                r["discount_cents"], r["line_total_cents"])
