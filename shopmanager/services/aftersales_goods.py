"""Goods of after-sales cases: returned parcels received and inspected (good pieces back to
the sellable stock, failed ones to the defective stock 次品), replacement parcels of
exchanges shipped with their own carrier and tracking number (the stock leaves with
them), repaired items sent back, and the defective stock itself.

Every change of stock is a movement in the one ledger (stock_movement): sellable goods
through services/stock.move, defective goods through move_defective() with the kinds of
core.inventory.DEFECTIVE_KINDS, which never touch the sellable stock — so `shopmanager
check` proves both (services/check.py).
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import peewee

from shopmanager.core import timeutil
from shopmanager.core.aftersales import (
    GOODS_BACK, REFUSED_METHODS, Action, CaseState, CaseType, ReturnMethod, return_method_label, state_label,
    type_label,
)
from shopmanager.core.errors import Conflict, NotFound, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.inventory import MovementKind
from shopmanager.core.orders import choice, clean_tracking_no
from shopmanager.core.permissions import Perm
from shopmanager.db.models import (
    AfterSalesCase, CaseLine, CaseShipment, Carrier, DefectiveStock, Product, Shipment, StockMovement,
)
from shopmanager.services import stock
from shopmanager.services.aftersales import add_event, get_case_row, save_case
from shopmanager.services.context import Actor, audit, require, write_retrying
from shopmanager.services.customers import clean_text
from shopmanager.services.listing import Column, ListRequest, ListSource

MAX_PIECES = 100_000


# -- the defective stock 次品 ---------------------------------------------------------------------------

def move_defective(product_id: int, qty: int, *, user_id: int | None, reason: str, ref_type: str = "",
                   ref_id: int | None = None, at: dt.datetime | None = None) -> StockMovement:
    """One movement of defective goods (+ in, − out) and the product's defective figure with
    it; never below zero. Call inside a transaction."""
    if qty == 0:
        raise ValidationError(tr("Stock", "Quantity: must not be 0."), field="qty")
    moment = at or timeutil.now()
    rows = list(DefectiveStock.update(qty=DefectiveStock.qty + qty, updated_at=moment)
                .where(DefectiveStock.product == product_id).returning(DefectiveStock.qty).execute())
    if rows:
        balance = rows[0].qty
    else:
        if not Product.select().where(Product.id == product_id).exists():
            raise NotFound(tr("Stock", "That product no longer exists."))
        DefectiveStock.create(product=product_id, qty=qty, updated_at=moment)
        balance = qty
    if balance < 0:
        sku = Product.select(Product.sku).where(Product.id == product_id).scalar()
        raise Conflict(tr("AfterSales", "Not enough defective stock of {sku}: {have} there, {want} asked.").format(
            sku=sku, have=balance - qty, want=-qty), field="qty")
    kind = MovementKind.DEFECTIVE_IN if qty > 0 else MovementKind.DEFECTIVE_OUT
    return StockMovement.create(product=product_id, kind=kind, qty=qty, balance_after=balance, reason=reason,
                                ref_type=ref_type, ref_id=ref_id, user=user_id, at=moment)


def defective_qty(product_id: int) -> int:
    return DefectiveStock.select(DefectiveStock.qty).where(DefectiveStock.product == product_id).scalar() or 0


def defective_total() -> tuple[int, int]:
    """(products with defective goods, pieces) — the defective stock's own figure."""
    count, pieces = (DefectiveStock.select(peewee.fn.COUNT(DefectiveStock.id),
                                           peewee.fn.COALESCE(peewee.fn.SUM(DefectiveStock.qty), 0))
                     .where(DefectiveStock.qty > 0).tuples().first())
    return int(count), int(pieces)


DISPOSALS = ("scrap", "supplier")


def disposal_label(how: str) -> str:
    return {"scrap": tr("AfterSales", "Scrapped"), "supplier": tr("AfterSales", "Returned to the supplier")}.get(how, how)


def dispose_defective(actor: Actor, product_id: int, qty: int, how: str, reason: str) -> int:
    """Defective goods leave: scrapped 报废 or sent back to the supplier 退供应商."""
    require(actor, Perm.STOCK_MOVE, entity="stock", entity_id=product_id)
    if how not in DISPOSALS:
        raise ValidationError(tr("AfterSales", "Choose whether the goods are scrapped or returned to the supplier."),
                              field="how")
    reason = clean_text(reason, field="reason", label=tr("Stock", "Reason"), max_length=200, required=True)
    if not isinstance(qty, int) or isinstance(qty, bool) or not 0 < qty <= MAX_PIECES:
        raise ValidationError(tr("Stock", "Quantity: must be more than 0."), field="qty")

    def work() -> int:
        movement = move_defective(product_id, -qty, user_id=actor.user_id, reason=f"{disposal_label(how)}: {reason}",
                                  ref_type="manual")
        audit(actor, "stock", "product", product_id, summary=tr("AfterSales", "defective goods {how} −{qty}: {reason}")
              .format(how=disposal_label(how), qty=qty, reason=reason),
              changes={"defective_qty": [movement.balance_after + qty, movement.balance_after]})
        return movement.id

    return write_retrying(work)


class DefectiveSource(ListSource):
    """次品库存: products with defective goods, most first."""

    model = DefectiveStock
    view_perm = Perm.PRODUCTS_VIEW
    default_sort = "qty"
    default_descending = True
    columns = [
        Column("sku", lambda: tr("Products", "SKU"), width=120),
        Column("name", lambda: tr("Products", "Name"), width=260),
        Column("qty", lambda: tr("AfterSales", "Defective"), "int", sort=DefectiveStock.qty, width=80),
        Column("stock", lambda: tr("AfterSales", "Sellable stock"), "int", width=90),
        Column("updated_at", lambda: tr("AfterSales", "Last change"), "datetime", sort=DefectiveStock.updated_at,
               width=130),
    ]

    def base_query(self, request: ListRequest) -> peewee.ModelSelect:
        query = (DefectiveStock.select(Product.sku, Product.name, DefectiveStock.qty, Product.stock_qty,
                                       DefectiveStock.updated_at, DefectiveStock.product)
                 .join(Product, on=(DefectiveStock.product == Product.id)))
        if not request.filters.get("include_empty"):
            query = query.where(DefectiveStock.qty > 0)
        text = request.search.strip()
        if text:
            query = query.where((Product.sku == text) | (Product.barcode == text) | Product.name.contains(text))
        return query

    def to_row(self, r: dict[str, Any]) -> tuple:
        return (r["sku"], r["name"], r["qty"], r["stock_qty"], r["updated_at"], r["product"])


# -- receiving returned goods ---------------------------------------------------------------------------

@dataclass
class ReceiveLine:
    case_line_id: int
    good: int = 0  # passed inspection: back to the sellable stock
    defective: int = 0  # failed inspection: to the defective stock


def _pieces(value: Any, label: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_PIECES:
        raise ValidationError(tr("AfterSales", "{field}: a whole number from 0.").format(field=label), field="qty")
    return value


def receive_goods(actor: Actor, case_id: int, lines: list[ReceiveLine], *,
                  arrived_by: str = ReturnMethod.EXPRESS, note: str = "") -> None:
    """The buyer's parcel arrived and was inspected: per line, how many pieces are good (back
    to the sellable stock) and how many failed (to the defective stock 次品). A repair's goods
    are only received (they go back to the buyer). 到付 and 平邮 parcels are refused unless a
    supervisor overrode the policy for this case."""
    require(actor, Perm.AFTERSALES_GOODS, entity="aftersales", entity_id=case_id)
    arrived_by = choice(ReturnMethod, arrived_by, tr("AfterSales", "Return parcel"), "return_method")
    note = clean_text(note, field="note", label=tr("AfterSales", "Note"), max_length=1000)
    if not lines:
        raise ValidationError(tr("AfterSales", "Enter what came back."), field="lines")

    def work() -> None:
        case = get_case_row(case_id, lock=True)
        if case.case_type not in GOODS_BACK:
            raise Conflict(tr("AfterSales", "A {type} case has no goods coming back.").format(
                type=type_label(case.case_type)), field="case_type")
        if case.state in (CaseState.REFUSED, CaseState.CLOSED):
            raise Conflict(tr("AfterSales", "Case {case_no} is {state}: refuse the parcel (拒签).").format(
                case_no=case.case_no, state=state_label(case.state)), field="state")
        if arrived_by in REFUSED_METHODS and case.override_at is None:
            raise Conflict(tr("AfterSales", "{method} parcels are refused (拒签): returns come by express only. A "
                                            "supervisor may override the policy for this case.").format(
                method=return_method_label(arrived_by)), field="return_method")
        own = {line.id: line for line in CaseLine.select().where(CaseLine.case == case_id)}
        now = timeutil.now()
        total_good = total_bad = 0
        moved: list[str] = []
        for number, item in enumerate(lines, start=1):
            line = own.get(item.case_line_id)
            if line is None:
                raise ValidationError(tr("AfterSales", "Item {n}: not an item of case {case_no}.").format(
                    n=number, case_no=case.case_no), field="lines", row=number)
            good = _pieces(item.good, tr("AfterSales", "Good"))
            bad = _pieces(item.defective, tr("AfterSales", "Defective"))
            if good + bad == 0:
                continue
            already = line.qty_good + line.qty_defective
            if already + good + bad > line.qty:
                raise ValidationError(tr(
                    "AfterSales", "Item {n} ({sku}): {qty} pieces received, but the case is about {total} and {done} "
                    "came back already.").format(n=number, sku=line.sku or line.title, qty=good + bad, total=line.qty,
                                                 done=already), field="qty", row=number)
            CaseLine.update(qty_good=CaseLine.qty_good + good, qty_defective=CaseLine.qty_defective + bad).where(
                CaseLine.id == line.id).execute()
            total_good, total_bad = total_good + good, total_bad + bad
            moved.append(f"{line.sku or line.title}: {good}+{bad}")
            if case.case_type == CaseType.REPAIR or line.product_id is None:
                continue
            reason = f"{case.case_no} {line.sku}".strip()
            if good:
                stock.move(line.product_id, MovementKind.RETURN, good, user_id=actor.user_id, reason=reason,
                           ref_type="aftersales", ref_id=case.id, at=now)
            if bad:
                move_defective(line.product_id, bad, user_id=actor.user_id, reason=reason, ref_type="aftersales",
                               ref_id=case.id, at=now)
        if total_good + total_bad == 0:
            raise ValidationError(tr("AfterSales", "Enter what came back."), field="lines")
        values: dict[str, Any] = {"goods_received_at": case.goods_received_at or now}
        if case.state in (CaseState.OPEN, CaseState.WAITING_GOODS, CaseState.WAITING_BUYER):
            values["state"] = CaseState.IN_PROGRESS
        save_case(case, values)
        add_event(actor, case_id, Action.GOODS_RECEIVED, note, {"by": arrived_by, "pieces": total_good + total_bad},
                  at=now)
        if case.case_type != CaseType.REPAIR:
            add_event(actor, case_id, Action.INSPECTED, tr("AfterSales", "{good} good (back in stock), {bad} defective "
                                                                         "(次品)").format(good=total_good,
                                                                                        bad=total_bad),
                      {"good": total_good, "defective": total_bad}, at=now)
        audit(actor, "receive", "aftersales", case_id, summary=tr(
            "AfterSales", "{case_no}: goods received, {good} good, {bad} defective").format(
                case_no=case.case_no, good=total_good, bad=total_bad),
              changes={"received": ["", "; ".join(moved)], **({"state": [case.state, values["state"]]}
                                                             if "state" in values else {})})

    write_retrying(work)


# -- replacement parcels -------------------------------------------------------------------------------

@dataclass
class ReplacementLine:
    product_id: int
    qty: int


def _tracking_clash(tracking_no: str) -> str | None:
    from shopmanager.services.shipping import _tracking_clash as clash

    return clash(tracking_no)


def ship_replacement(actor: Actor, case_id: int, carrier_id: int, tracking_no: str,
                     lines: list[ReplacementLine] | None = None) -> int:
    """An exchange's replacement (换货) leaves with its own carrier and tracking number — a
    number no other parcel of the shop uses — and its goods leave the stock; a repair's item
    goes back to the buyer (no stock moves). `lines` default to the case's items (an
    exchange of size names the other product). Returns the shipment id."""
    require(actor, Perm.AFTERSALES_GOODS, entity="aftersales", entity_id=case_id)
    tracking = clean_tracking_no(tracking_no)

    def work() -> int:
        case = get_case_row(case_id, lock=True)
        if case.case_type not in (CaseType.EXCHANGE, CaseType.REPAIR):
            raise Conflict(tr("AfterSales", "Only an exchange or a repair sends a parcel to the buyer."),
                           field="case_type")
        if case.state in (CaseState.REFUSED, CaseState.CLOSED):
            raise Conflict(tr("AfterSales", "Case {case_no} is {state}: nothing is sent.").format(
                case_no=case.case_no, state=state_label(case.state)), field="state")
        active = (CaseShipment.select(Shipment.tracking_no).join(Shipment)
                  .where(CaseShipment.case == case_id, Shipment.cancelled_at.is_null()).scalar())
        if active:
            raise Conflict(tr("AfterSales", "Case {case_no} already has a parcel on its way: {tracking_no}. Cancel it "
                                            "first if it did not go.").format(case_no=case.case_no,
                                                                              tracking_no=active), field="tracking_no")
        carrier = Carrier.select(Carrier.id, Carrier.name, Carrier.active).where(Carrier.id == carrier_id).first()
        if carrier is None or not carrier.active:
            raise NotFound(tr("Shipping", "That carrier no longer exists."), field="carrier")
        clash = _tracking_clash(tracking)
        if clash:
            raise Conflict(tr("Shipping", "Tracking number {tracking_no} is already used by order {order_no}.").format(
                tracking_no=tracking, order_no=clash), field="tracking_no")
        items = _replacement_items(case, lines)
        now = timeutil.now()
        shipment = Shipment.create(order=case.order_id, kind="exchange", carrier=carrier.id, carrier_name=carrier.name,
                                   tracking_no=tracking, shipped_at=now, shipped_by=actor.user_id)
        CaseShipment.create(case=case_id, shipment=shipment.id, items=json.dumps(items, ensure_ascii=False))
        if case.case_type == CaseType.EXCHANGE:
            totals: dict[int, int] = {}
            for product_id, _sku, _name, qty in items:
                totals[product_id] = totals.get(product_id, 0) + qty
            for product_id in sorted(totals):  # one lock order for every PC
                try:
                    stock.move(product_id, MovementKind.EXCHANGE, -totals[product_id], user_id=actor.user_id,
                               reason=case.case_no, ref_type="shipment", ref_id=shipment.id, at=now)
                except (Conflict, NotFound) as error:
                    raise Conflict(tr("AfterSales", "Case {case_no}: {problem}").format(
                        case_no=case.case_no, problem=error), field="stock") from None
        values: dict[str, Any] = {}
        if case.state in (CaseState.OPEN, CaseState.WAITING_GOODS, CaseState.WAITING_BUYER):
            values["state"] = CaseState.IN_PROGRESS
        save_case(case, values)
        text = f"{carrier.name} {tracking}: " + ", ".join(f"{sku or name} ×{qty}" for _p, sku, name, qty in items)
        add_event(actor, case_id, Action.REPLACEMENT_SHIPPED, text, {"shipment": shipment.id}, at=now)
        audit(actor, "ship", "aftersales", case_id, summary=f"{case.case_no}: {text}",
              changes={"tracking_no": ["", tracking]})
        return shipment.id

    try:
        return write_retrying(work)
    except peewee.IntegrityError:
        clash = _tracking_clash(tracking)  # another PC used the number between our check and our insert
        if clash is None:
            raise
        raise Conflict(tr("Shipping", "Tracking number {tracking_no} is already used by order {order_no}.").format(
            tracking_no=tracking, order_no=clash), field="tracking_no") from None


def _replacement_items(case: AfterSalesCase, lines: list[ReplacementLine] | None) -> list[list[Any]]:
    if lines is None:
        rows = [(line.product_id, line.qty) for line in CaseLine.select().where(CaseLine.case == case.id)
                .order_by(CaseLine.id) if line.product_id is not None]
    else:
        rows = []
        for number, item in enumerate(lines, start=1):
            if isinstance(item.qty, bool) or not isinstance(item.qty, int) or not 0 < item.qty <= MAX_PIECES:
                raise ValidationError(tr("AfterSales", "Item {n}: the quantity must be at least 1.").format(n=number),
                                      field="qty", row=number)
            rows.append((item.product_id, item.qty))
    if not rows:
        raise ValidationError(tr("AfterSales", "Choose what the parcel holds."), field="lines")
    products = {p.id: p for p in Product.select(Product.id, Product.sku, Product.name)
                .where(Product.id.in_([product_id for product_id, _qty in rows]))}
    items = []
    for number, (product_id, qty) in enumerate(rows, start=1):
        product = products.get(product_id)
        if product is None:
            raise NotFound(tr("AfterSales", "Item {n}: that product no longer exists.").format(n=number),
                           field="lines", row=number)
        items.append([product.id, product.sku, product.name, qty])
    return items


def cancel_replacement(actor: Actor, case_id: int, reason: str) -> None:
    """The replacement parcel did not go (or the label was wrong): its goods come back to the
    stock and its tracking number is free again."""
    require(actor, Perm.AFTERSALES_GOODS, entity="aftersales", entity_id=case_id)
    reason = clean_text(reason, field="reason", label=tr("Shipping", "Reason"), max_length=200, required=True)

    def work() -> None:
        case = get_case_row(case_id, lock=True)
        link = (CaseShipment.select(CaseShipment, Shipment).join(Shipment)
                .where(CaseShipment.case == case_id, Shipment.cancelled_at.is_null()).first())
        if link is None:
            raise Conflict(tr("AfterSales", "Case {case_no} has no parcel on its way.").format(case_no=case.case_no))
        shipment = link.shipment
        now = timeutil.now()
        Shipment.update(cancelled_at=now, cancelled_by=actor.user_id, cancel_reason=reason).where(
            Shipment.id == shipment.id).execute()
        back: dict[int, int] = {}
        for product_id, qty in (StockMovement.select(StockMovement.product, StockMovement.qty).where(
                StockMovement.ref_type == "shipment", StockMovement.ref_id == shipment.id,
                StockMovement.kind == MovementKind.EXCHANGE).tuples()):
            back[product_id] = back.get(product_id, 0) - qty
        for product_id in sorted(back):
            if back[product_id]:
                stock.move(product_id, MovementKind.EXCHANGE, back[product_id], user_id=actor.user_id,
                           reason=f"{case.case_no}: {reason}", ref_type="shipment", ref_id=shipment.id, at=now)
        add_event(actor, case_id, Action.REPLACEMENT_CANCELLED, f"{shipment.tracking_no}: {reason}",
                  {"shipment": shipment.id}, at=now)
        audit(actor, "cancel", "aftersales", case_id, summary=tr(
            "AfterSales", "{case_no}: parcel {tracking_no} cancelled ({reason})").format(
                case_no=case.case_no, tracking_no=shipment.tracking_no, reason=reason),
              changes={"tracking_no": [shipment.tracking_no, ""]})

    write_retrying(work)


# -- a return that is here already -----------------------------------------------------------------------

def register_return(actor: Actor, draft, *, defective: dict[int, int] | None = None, refund=None,
                    method: str = "platform", note: str = ""):
    """A return whose goods are at the shop already (the buyer brought them, or the parcel came
    before anyone registered it): the case, the inspection with its stock movements and the
    refund in one step and one transaction. `defective`: order line id → pieces that failed
    inspection (the rest are good). A return the policy refuses is not taken in: register it,
    and a supervisor may override it first."""
    from shopmanager.services import aftersales
    from shopmanager.services.aftersales_refunds import record_refund

    require(actor, Perm.AFTERSALES_EDIT, entity="aftersales")
    require(actor, Perm.AFTERSALES_GOODS, entity="aftersales")
    if draft.case_type not in (CaseType.RETURN_REFUND, CaseType.EXCHANGE):
        raise ValidationError(tr("AfterSales", "Only returns and exchanges bring goods back."), field="case_type")
    bad = defective or {}

    def work():
        ref = aftersales.create_case(actor, draft)
        if ref.state == CaseState.REFUSED:
            raise Conflict(tr("AfterSales", "The policy refuses this return: {why} Register it first; a supervisor "
                                            "may override it.").format(why=" ".join(ref.policy.refusals)),
                           field="reason")
        lines = [ReceiveLine(line.id, line.qty - min(line.qty, bad.get(line.order_line_id, 0)),
                             min(line.qty, bad.get(line.order_line_id, 0)))
                 for line in CaseLine.select().where(CaseLine.case == ref.id).order_by(CaseLine.id)]
        receive_goods(actor, ref.id, lines, arrived_by=draft.return_method or ReturnMethod.EXPRESS, note=note)
        if refund not in (None, "", 0):
            record_refund(actor, ref.id, refund, method, note=note)
        return ref

    return write_retrying(work)
