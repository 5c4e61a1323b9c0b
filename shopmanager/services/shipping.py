"""Shipping (发货): carriers 物流公司, shipping an order with a tracking number 物流单号,
the fast scan-and-ship batch mode, and cancelling a shipment.

Stock leaves when an order ships (a SALE movement per product, through services/stock)
and comes back when the shipment is cancelled (SALE_REVERSAL); a cancelled order that
never shipped held no stock. A tracking number ships one parcel only: checked before
the insert, and a partial unique index catches two PCs scanning the same label at once.

Shipping one order is a handful of index lookups and writes in one transaction, so
it stays fast on a million orders (benchmarks/orders_ship.py).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, NotFound, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.inventory import MovementKind
from shopmanager.core.orders import OrderStatus, clean_tracking_no, status_label, transition_error
from shopmanager.core.permissions import Perm
from shopmanager.core.tracking import DEFAULT_PATTERNS, clean_patterns, matching_carriers, recognise
from shopmanager.db.models import (
    AfterSalesCase, Carrier, CarrierPattern, CaseShipment, OrderLine, Product, SalesOrder, Shipment, StockMovement,
)
from shopmanager.services import stock
from shopmanager.services.context import Actor, audit, require, write_retrying
from shopmanager.services.customers import clean_text, shown_name
from shopmanager.services.orders import lookup_order_id

# -- carriers ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CarrierInfo:
    id: int
    name: str
    code: str
    active: bool
    patterns: tuple[str, ...] = ()  # tracking-number shapes (core/tracking.py)


def _patterns_by_carrier() -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {}
    for carrier_id, pattern in (CarrierPattern.select(CarrierPattern.carrier, CarrierPattern.pattern)
                                .order_by(CarrierPattern.carrier, CarrierPattern.position).tuples()):
        found.setdefault(carrier_id, []).append(pattern)
    return {carrier_id: tuple(patterns) for carrier_id, patterns in found.items()}


def list_carriers(actor: Actor, *, include_inactive: bool = False) -> list[CarrierInfo]:
    require(actor, Perm.ORDERS_VIEW, entity="carrier")
    query = Carrier.select().order_by(Carrier.active.desc(), Carrier.sort_order, Carrier.name)
    if not include_inactive:
        query = query.where(Carrier.active == True)  # noqa: E712
    patterns = _patterns_by_carrier()
    return [CarrierInfo(c.id, c.name, c.code, c.active, patterns.get(c.id, ())) for c in query]


def _write_patterns(carrier_id: int, patterns: list[str]) -> None:
    CarrierPattern.delete().where(CarrierPattern.carrier == carrier_id).execute()
    if patterns:
        CarrierPattern.insert_many([{"carrier": carrier_id, "pattern": p, "position": i}
                                    for i, p in enumerate(patterns)]).execute()


def add_carrier(actor: Actor, name: str, code: str = "", patterns: list[str] | None = None) -> int:
    """A new carrier; without patterns, the default ones of its code (SF, ZTO, YTO …) if any."""
    require(actor, Perm.ORDERS_SHIP, entity="carrier")
    name = clean_text(name, field="name", label=tr("Shipping", "Carrier"), max_length=40, required=True)
    code = clean_text(code, field="code", label=tr("Shipping", "Code"), max_length=20).upper()
    shapes = clean_patterns(patterns) if patterns else list(DEFAULT_PATTERNS.get(code, ()))

    def work() -> int:
        clash = Carrier.get_or_none(Carrier.name == name)
        if clash:
            raise Conflict(tr("Shipping", "There is already a carrier '{name}'.").format(name=name), field="name")
        position = (Carrier.select(peewee.fn.MAX(Carrier.sort_order)).scalar() or 0) + 1
        carrier = Carrier.create(name=name, code=code, sort_order=position)
        _write_patterns(carrier.id, shapes)
        audit(actor, "create", "carrier", carrier.id, summary=name,
              new={"name": name, "code": code, "patterns": " ".join(shapes)})
        return carrier.id

    return write_retrying(work)


def set_carrier_patterns(actor: Actor, carrier_id: int, patterns: list[str]) -> list[str]:
    """Replace the carrier's tracking-number patterns (one a line in the carriers dialog)."""
    require(actor, Perm.ORDERS_SHIP, entity="carrier", entity_id=carrier_id)
    shapes = clean_patterns(patterns)

    def work() -> list[str]:
        carrier = Carrier.get_or_none(Carrier.id == carrier_id)
        if carrier is None:
            raise NotFound(tr("Shipping", "That carrier no longer exists."))
        before = _patterns_by_carrier().get(carrier_id, ())
        _write_patterns(carrier_id, shapes)
        audit(actor, "update", "carrier", carrier_id, summary=carrier.name,
              old={"patterns": " ".join(before)}, new={"patterns": " ".join(shapes)})
        return shapes

    return write_retrying(work)


def recognise_carrier(actor: Actor, tracking_no: str) -> CarrierInfo | None:
    """The carrier in use whose number pattern fits the tracking number, if exactly one does."""
    number = clean_tracking_no(tracking_no)
    carriers = {c.id: c for c in list_carriers(actor)}
    found = recognise(number, [(cid, p) for cid, c in carriers.items() for p in c.patterns])
    return carriers.get(found) if found is not None else None


def carrier_fits(actor: Actor, tracking_no: str, carrier_id: int) -> bool | None:
    """Whether the number has a shape of this carrier: True, False (it has another carrier's
    shape), or None (no carrier's pattern fits: nothing to say)."""
    number = clean_tracking_no(tracking_no)
    table = [(c.id, p) for c in list_carriers(actor) for p in c.patterns]
    fitting = matching_carriers(number, table)
    if not fitting:
        return None
    if carrier_id in fitting:
        return True
    own = [(cid, p) for cid, p in table if cid == carrier_id]
    return bool(matching_carriers(number, own))


def set_carrier_active(actor: Actor, carrier_id: int, active: bool) -> None:
    """Deactivate a carrier the shop no longer uses (its past shipments keep its name), or take it back."""
    require(actor, Perm.ORDERS_SHIP, entity="carrier", entity_id=carrier_id)

    def work() -> None:
        carrier = Carrier.get_or_none(Carrier.id == carrier_id)
        if carrier is None:
            raise NotFound(tr("Shipping", "That carrier no longer exists."))
        if carrier.active == active:
            return
        Carrier.update(active=active).where(Carrier.id == carrier_id).execute()
        audit(actor, "enable" if active else "disable", "carrier", carrier_id, summary=carrier.name,
              old={"active": carrier.active}, new={"active": active})

    write_retrying(work)


# -- shipping ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ShipResult:
    """What the batch shipping list shows for one parcel."""

    order_id: int
    order_no: str
    platform_order_no: str
    receiver: str  # masked per role
    carrier: str
    tracking_no: str
    shipment_id: int
    pieces: int
    address_confirmed: bool
    shipped_at: dt.datetime


def _tracking_clash(tracking_no: str) -> str | None:
    """The order number already shipped with this tracking number, if any — with the after-sales
    case's number when the parcel is an exchange's replacement ("SO… (AS…)"), so that the clerk
    looks where the number really is."""
    row = (Shipment.select(SalesOrder.order_no, AfterSalesCase.case_no)
           .join(SalesOrder, on=(Shipment.order == SalesOrder.id))
           .switch(Shipment).join(CaseShipment, peewee.JOIN.LEFT_OUTER, on=(CaseShipment.shipment == Shipment.id))
           .join(AfterSalesCase, peewee.JOIN.LEFT_OUTER, on=(CaseShipment.case == AfterSalesCase.id))
           .where(Shipment.tracking_no == tracking_no, Shipment.cancelled_at.is_null()).tuples().first())
    if row is None:
        return None
    order_no, case_no = row
    return f"{order_no} ({case_no})" if case_no else order_no


def _tracking_conflict(tracking_no: str, order_no: str) -> Conflict:
    return Conflict(tr("Shipping", "Tracking number {tracking_no} is already used by order {order_no}.").format(
        tracking_no=tracking_no, order_no=order_no), field="tracking_no")


def _refusal(order_id: int, order_no: str, status: str) -> Conflict | None:
    """Why an order cannot ship now (not paid, cancelled, already shipped), or None."""
    if status == OrderStatus.PAID:
        return None
    if status in (OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED):
        sent = (Shipment.select(Shipment.carrier_name, Shipment.tracking_no, Shipment.shipped_at)
                .where(Shipment.order == order_id, Shipment.cancelled_at.is_null())
                .order_by(Shipment.id.desc()).first())
        if sent is not None:
            return Conflict(tr("Shipping", "Order {order_no} has already shipped: {carrier} {tracking_no} at "
                                           "{time}.").format(order_no=order_no, carrier=sent.carrier_name,
                                                             tracking_no=sent.tracking_no,
                                                             time=f"{sent.shipped_at:%Y-%m-%d %H:%M}"),
                            field="status")
    if status == OrderStatus.PENDING:
        return Conflict(tr("Shipping", "Order {order_no} is not paid yet: do not ship it.").format(
            order_no=order_no), field="status")
    if status in (OrderStatus.CANCELLED, OrderStatus.CLOSED):
        return Conflict(tr("Shipping", "Order {order_no} is {status}: do not ship it.").format(
            order_no=order_no, status=status_label(status)), field="status")
    message = transition_error(status, OrderStatus.SHIPPED) or ""
    return Conflict(tr("Shipping", "Order {order_no}: {problem}").format(order_no=order_no, problem=message),
                    field="status")


@dataclass(frozen=True)
class ShipPreview:
    """What the packer sees after scanning the order, before the parcel label: who gets it and what goes in."""

    order_id: int
    order_no: str
    platform_order_no: str
    channel: str
    receiver: str  # masked per role
    phone: str
    address: str
    items: list[tuple[str, int]]  # (item, quantity), as the packer picks them
    pieces: int
    buyer_message: str
    address_confirmed: bool


def preview_shipment(actor: Actor, order_no_or_platform_no: str) -> ShipPreview:
    """The order a scanned number names, if it may ship now; Conflict at once (not paid,
    cancelled, already shipped) so the clerk puts the parcel aside before labelling it."""
    from shopmanager.core.orders import channel_label
    from shopmanager.services.customers import shown_address, shown_phone

    require(actor, Perm.ORDERS_SHIP, entity="order")
    order_id = lookup_order_id(order_no_or_platform_no)
    order = SalesOrder.get_by_id(order_id)
    refusal = _refusal(order.id, order.order_no, order.status)
    if refusal is not None:
        raise refusal
    items = [(title or sku, qty) for title, sku, qty in
             OrderLine.select(OrderLine.title, OrderLine.sku, OrderLine.qty).where(OrderLine.order == order_id)
             .order_by(OrderLine.line_no).tuples()]
    return ShipPreview(order.id, order.order_no, order.platform_order_no, channel_label(order.channel),
                       shown_name(actor, order.receiver_name), shown_phone(actor, order.receiver_phone),
                       shown_address(actor, order.receiver_address), items, sum(q for _t, q in items),
                       order.buyer_message, order.address_confirmed)


def _ship(actor: Actor, order_id: int, carrier_id: int, tracking_no: str, allow_negative: bool = False) -> ShipResult:
    """One order out of the door; inside write_retrying's transaction."""
    order = (SalesOrder.select(SalesOrder.id, SalesOrder.order_no, SalesOrder.platform_order_no, SalesOrder.status,
                               SalesOrder.receiver_name, SalesOrder.address_confirmed)
             .where(SalesOrder.id == order_id).first())
    if order is None:
        raise NotFound(tr("Orders", "That order no longer exists."))
    refusal = _refusal(order_id, order.order_no, order.status)
    if refusal is not None:
        raise refusal
    carrier = Carrier.select(Carrier.id, Carrier.name, Carrier.active).where(Carrier.id == carrier_id).first()
    if carrier is None:
        raise NotFound(tr("Shipping", "That carrier no longer exists."), field="carrier")
    if not carrier.active:
        raise ValidationError(tr("Shipping", "The carrier {name} is no longer used; choose another.").format(
            name=carrier.name), field="carrier")
    clash = _tracking_clash(tracking_no)
    if clash:
        raise _tracking_conflict(tracking_no, clash)
    now = timeutil.now()
    # Compare-and-set: of two PCs shipping the same order, only one changes it.
    changed = SalesOrder.update(status=OrderStatus.SHIPPED, shipped_at=now, updated_at=now,
                                row_version=SalesOrder.row_version + 1).where(
        SalesOrder.id == order_id, SalesOrder.status == OrderStatus.PAID).execute()
    if not changed:
        raise Conflict(tr("Shipping", "Order {order_no} was changed by someone else just now; look at it again.")
                       .format(order_no=order.order_no), field="status")
    shipment = Shipment.create(order=order_id, kind="order", carrier=carrier.id, carrier_name=carrier.name,
                               tracking_no=tracking_no, shipped_at=now, shipped_by=actor.user_id)
    quantities: dict[int, int] = {}
    pieces = 0
    for product_id, qty in (OrderLine.select(OrderLine.product, OrderLine.qty)
                            .where(OrderLine.order == order_id).tuples()):
        pieces += qty
        if product_id is not None:
            quantities[product_id] = quantities.get(product_id, 0) + qty
    for product_id in sorted(quantities):  # one lock order for every PC: no deadlocks
        try:
            stock.move(product_id, MovementKind.SALE, -quantities[product_id], user_id=actor.user_id,
                       reason=order.order_no, ref_type="shipment", ref_id=shipment.id, at=now,
                       allow_negative=allow_negative)
        except (Conflict, NotFound) as error:
            raise Conflict(tr("Shipping", "Order {order_no}: {problem} Record the goods received or correct the stock "
                                          "first.").format(order_no=order.order_no, problem=error),
                           field="stock") from None
    if quantities:
        Product.update(last_sale_at=now).where(Product.id.in_(sorted(quantities))).execute()
    audit(actor, "ship", "order", order_id, summary=f"{order.order_no}: {carrier.name} {tracking_no}",
          changes={"status": [OrderStatus.PAID.value, OrderStatus.SHIPPED.value], "tracking_no": ["", tracking_no]})
    return ShipResult(order_id, order.order_no, order.platform_order_no, shown_name(actor, order.receiver_name),
                      carrier.name, tracking_no, shipment.id, pieces, order.address_confirmed, now)


def _ship_safely(actor: Actor, order_id: int, carrier_id: int, tracking_no: str,
                 allow_negative: bool = False) -> ShipResult:
    try:
        return write_retrying(lambda: _ship(actor, order_id, carrier_id, tracking_no, allow_negative))
    except peewee.IntegrityError:
        # Another PC shipped a parcel with this number between our check and our insert.
        clash = _tracking_clash(tracking_no)
        if clash is None:
            raise
        raise _tracking_conflict(tracking_no, clash) from None


def ship_order(actor: Actor, order_id: int, carrier_id: int, tracking_no: str) -> ShipResult:
    """待发货 → 已发货: record carrier and tracking number, take the goods out of stock."""
    require(actor, Perm.ORDERS_SHIP, entity="order", entity_id=order_id)
    return _ship_safely(actor, order_id, carrier_id, clean_tracking_no(tracking_no))


def ship_by_order_number(actor: Actor, order_no_or_platform_no: str, carrier_id: int,
                         tracking_no: str) -> ShipResult:
    """Batch mode: scan the order (shop or platform number) and the parcel's label, ship it."""
    require(actor, Perm.ORDERS_SHIP, entity="order")
    tracking = clean_tracking_no(tracking_no)
    return _ship_safely(actor, lookup_order_id(order_no_or_platform_no), carrier_id, tracking)


def ship_imported(actor: Actor, order_id: int, carrier_id: int, tracking_no: str) -> ShipResult:
    """An order the platform reports as shipped (order import): the goods did leave, so the
    stock goes out even below zero — the negative stock then asks for the missing inbound."""
    require(actor, Perm.ORDERS_IMPORT, entity="order", entity_id=order_id)
    return _ship_safely(actor, order_id, carrier_id, clean_tracking_no(tracking_no), allow_negative=True)


def cancel_shipment(actor: Actor, shipment_id: int, reason: str) -> None:
    """The parcel did not go (or the number was wrong): the order is back to 待发货 and its
    stock comes back; the tracking number is free again."""
    require(actor, Perm.ORDERS_SHIP, entity="shipment", entity_id=shipment_id)
    reason = clean_text(reason, field="reason", label=tr("Shipping", "Reason"), max_length=200, required=True)

    def work() -> None:
        shipment = Shipment.get_or_none(Shipment.id == shipment_id)
        if shipment is None:
            raise NotFound(tr("Shipping", "That shipment no longer exists."))
        if shipment.cancelled_at is not None:
            raise Conflict(tr("Shipping", "Shipment {tracking_no} was already cancelled.").format(
                tracking_no=shipment.tracking_no))
        if shipment.kind != "order":
            raise Conflict(tr("Shipping", "Shipment {tracking_no} belongs to an after-sales case; cancel it there.")
                           .format(tracking_no=shipment.tracking_no))
        order = SalesOrder.select(SalesOrder.id, SalesOrder.order_no, SalesOrder.status).where(
            SalesOrder.id == shipment.order_id).first()
        if order.status != OrderStatus.SHIPPED:
            problem = transition_error(order.status, OrderStatus.PAID) or status_label(order.status)
            raise Conflict(tr("Shipping", "Order {order_no}: {problem}").format(order_no=order.order_no,
                                                                              problem=problem), field="status")
        now = timeutil.now()
        changed = SalesOrder.update(status=OrderStatus.PAID, shipped_at=None, updated_at=now,
                                    row_version=SalesOrder.row_version + 1).where(
            SalesOrder.id == order.id, SalesOrder.status == OrderStatus.SHIPPED).execute()
        if not changed:
            raise Conflict(tr("Shipping", "Order {order_no} was changed by someone else just now; look at it again.")
                           .format(order_no=order.order_no))
        Shipment.update(cancelled_at=now, cancelled_by=actor.user_id, cancel_reason=reason).where(
            Shipment.id == shipment_id).execute()
        out: dict[int, int] = {}
        for product_id, qty in (StockMovement.select(StockMovement.product, StockMovement.qty).where(
                StockMovement.ref_type == "shipment", StockMovement.ref_id == shipment_id,
                StockMovement.kind == MovementKind.SALE).tuples()):
            out[product_id] = out.get(product_id, 0) - qty
        for product_id in sorted(out):
            if out[product_id]:
                stock.move(product_id, MovementKind.SALE_REVERSAL, out[product_id], user_id=actor.user_id,
                           reason=f"{order.order_no}: {reason}", ref_type="shipment", ref_id=shipment_id, at=now)
            Product.update(last_sale_at=_last_sale(product_id)).where(Product.id == product_id).execute()
        audit(actor, "cancel", "order", order.id, summary=tr("Shipping", "{order_no}: shipment {tracking_no} "
                                                                         "cancelled ({reason})").format(
            order_no=order.order_no, tracking_no=shipment.tracking_no, reason=reason),
              changes={"status": [OrderStatus.SHIPPED.value, OrderStatus.PAID.value],
                       "tracking_no": [shipment.tracking_no, ""]})

    write_retrying(work)


def _last_sale(product_id: int) -> dt.datetime | None:
    """When the product last left in a parcel that was not cancelled (slow-mover alert)."""
    return (StockMovement.select(peewee.fn.MAX(StockMovement.at))
            .join(Shipment, on=(StockMovement.ref_id == Shipment.id))
            .where(StockMovement.product == product_id, StockMovement.kind == MovementKind.SALE,
                   StockMovement.ref_type == "shipment", Shipment.cancelled_at.is_null()).scalar())


def active_shipment_id(order_id: int) -> int | None:
    """The order's shipment that has not been cancelled (for the order page's "cancel shipment")."""
    row = (Shipment.select(Shipment.id).where(Shipment.order == order_id, Shipment.kind == "order",
                                              Shipment.cancelled_at.is_null()).order_by(Shipment.id.desc()).first())
    return row.id if row else None
