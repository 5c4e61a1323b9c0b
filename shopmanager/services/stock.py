"""The stock ledger: every change of stock is a movement; the product's cached quantity
moves with it in the same transaction (domain.md: "Stock is never edited directly")."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import peewee

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, NotFound, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.inventory import MovementKind, expiry_date, movement_label, status_label
from shopmanager.core.permissions import Perm
from shopmanager.db.models import Category, InboundReceipt, Product, StockBatch, StockMovement, Supplier, User
from shopmanager.services.alert_rules import low_stock_default, low_stock_flag, threshold_of
from shopmanager.services.context import Actor, audit, require, write_retrying
from shopmanager.services.listing import Column, ListRequest, ListSource


def move(product_id: int, kind: str, qty: int, *, user_id: int | None, reason: str = "", ref_type: str = "",
         ref_id: int | None = None, allow_negative: bool = False, batch: StockBatch | None = None,
         at: dt.datetime | None = None, take_fifo: bool = True) -> StockMovement:
    """Write one movement and move the cached stock by `qty`. Call inside a transaction.

    The UPDATE … RETURNING is atomic on both databases (SQLite holds the write lock
    from BEGIN IMMEDIATE, PostgreSQL a row lock), so two PCs shipping the same product
    at once cannot lose an update.
    """
    if qty == 0:
        raise ValidationError(tr("Stock", "Quantity: must not be 0."), field="qty")
    rows = list(Product.update(stock_qty=Product.stock_qty + qty).where(Product.id == product_id)
                .returning(Product.stock_qty, Product.sku).execute())
    if not rows:
        raise NotFound(tr("Stock", "That product no longer exists."))
    balance, sku = rows[0].stock_qty, rows[0].sku
    if balance < 0 and not allow_negative:
        raise Conflict(tr("Stock", "Not enough stock of {sku}: {have} in stock, {want} needed.").format(
            sku=sku, have=balance - qty, want=-qty), field="qty")
    if qty < 0 and take_fifo:  # take_fifo=False: the caller empties a batch of its choice (expired goods)
        _consume_batches(product_id, -qty)
    elif kind == MovementKind.SALE_REVERSAL or (kind == MovementKind.EXCHANGE and qty > 0):
        _refill_batches(product_id, qty)  # a cancelled parcel (an order's, or an exchange's replacement)
    return StockMovement.create(product=product_id, kind=kind, qty=qty, balance_after=balance, reason=reason,
                                ref_type=ref_type, ref_id=ref_id, batch=batch, user=user_id,
                                at=at or timeutil.now())


def _consume_batches(product_id: int, qty: int) -> None:
    """Take stock out of dated batches, oldest first (FIFO)."""
    batches = (StockBatch.select().where(StockBatch.product == product_id, StockBatch.qty_remaining > 0)
               .order_by(StockBatch.received_at, StockBatch.id))
    for batch in batches:
        if qty <= 0:
            break
        take = min(qty, batch.qty_remaining)
        StockBatch.update(qty_remaining=StockBatch.qty_remaining - take).where(StockBatch.id == batch.id).execute()
        qty -= take


def _refill_batches(product_id: int, qty: int) -> None:
    """A cancelled shipment puts its goods back where FIFO took them: the batch taken from
    last is refilled first, so the expiry alert counts them again."""
    batches = (StockBatch.select(StockBatch.id, StockBatch.qty_received, StockBatch.qty_remaining)
               .where(StockBatch.product == product_id, StockBatch.qty_remaining < StockBatch.qty_received)
               .order_by(StockBatch.received_at.desc(), StockBatch.id.desc()))
    for batch in batches:
        if qty <= 0:
            break
        put = min(qty, batch.qty_received - batch.qty_remaining)
        StockBatch.update(qty_remaining=StockBatch.qty_remaining + put).where(StockBatch.id == batch.id).execute()
        qty -= put


@dataclass(frozen=True)
class ReceiptLine:
    product_id: int
    qty: int
    production_date: dt.date | None = None


def receive_goods(actor: Actor, lines: Sequence[ReceiptLine], *, supplier_id: int | None = None,
                  note: str = "") -> int:
    """入库: one receipt of several lines; dated lines become batches for expiry alerts."""
    require(actor, Perm.STOCK_MOVE, entity="receipt")
    if not lines:
        raise ValidationError(tr("Stock", "Add at least one product to the receipt."), field="lines")
    for number, line in enumerate(lines, start=1):
        if line.qty <= 0:
            raise ValidationError(tr("Stock", "Line {n}: the quantity must be more than 0.").format(n=number),
                                  field="qty", row=number)
        if line.production_date and line.production_date > timeutil.today():
            raise ValidationError(tr("Stock", "Line {n}: the production date is in the future.").format(n=number),
                                  field="production_date", row=number)

    def work() -> int:
        if supplier_id is not None and not Supplier.select().where(Supplier.id == supplier_id).exists():
            raise NotFound(tr("Stock", "That supplier no longer exists."), field="supplier")
        now = timeutil.now()
        receipt = InboundReceipt.create(supplier=supplier_id, note=note.strip(), received_at=now, user=actor.user_id)
        for line in lines:
            product = Product.get_or_none(Product.id == line.product_id)
            if product is None:
                raise NotFound(tr("Stock", "That product no longer exists."))
            batch = None
            if line.production_date:
                batch = StockBatch.create(
                    product=product.id, production_date=line.production_date,
                    expiry_date=expiry_date(line.production_date, product.shelf_life_days), received_at=now,
                    qty_received=line.qty, qty_remaining=line.qty, receipt=receipt.id)
            move(product.id, MovementKind.INBOUND, line.qty, user_id=actor.user_id, reason=note.strip(),
                 ref_type="receipt", ref_id=receipt.id, batch=batch, at=now)
        audit(actor, "create", "receipt", receipt.id, summary=tr("Stock", "{n} line(s), {qty} pieces").format(
            n=len(lines), qty=sum(line.qty for line in lines)))
        return receipt.id

    return write_retrying(work)


def record_movement(actor: Actor, product_id: int, kind: str, qty: int, reason: str) -> int:
    """Damage, return to supplier or a manual adjustment (signed qty). A customer's return is
    received on its after-sales case (services/aftersales_goods.receive_goods)."""
    require(actor, Perm.STOCK_MOVE, entity="stock", entity_id=product_id)
    if kind == MovementKind.RETURN:
        raise ValidationError(tr("Stock", "A customer's return is received on its after-sales case (After-sales → "
                                          "Receive goods), so that the case, the refund and the inspection go with "
                                          "it."), field="kind")
    if not reason.strip():
        raise ValidationError(tr("Stock", "Reason: say why the stock changes."), field="reason")
    signs = {MovementKind.DAMAGE: -1, MovementKind.SUPPLIER_RETURN: -1}
    if kind in signs:
        if qty <= 0:
            raise ValidationError(tr("Stock", "Quantity: must be more than 0."), field="qty")
        qty *= signs[kind]
    elif kind != MovementKind.ADJUSTMENT:
        raise ValidationError(tr("Stock", "This kind of movement cannot be entered by hand."), field="kind")

    def work() -> int:
        movement = move(product_id, kind, qty, user_id=actor.user_id, reason=reason.strip(), ref_type="manual")
        audit(actor, "stock", "product", product_id, summary=f"{movement_label(kind)} {qty:+d}: {reason.strip()}",
              changes={"stock_qty": [movement.balance_after - qty, movement.balance_after]})
        return movement.id

    return write_retrying(work)


class MovementSource(ListSource):
    """出入库记录: the whole ledger or one product's history."""

    model = StockMovement
    view_perm = Perm.PRODUCTS_VIEW
    default_sort = "at"
    default_descending = True
    columns = [
        Column("at", lambda: tr("Stock", "Time"), "datetime", sort=StockMovement.at, width=140),
        Column("sku", lambda: tr("Products", "SKU"), width=110),
        Column("name", lambda: tr("Products", "Name"), width=220),
        Column("kind", lambda: tr("Stock", "Movement"), width=110),
        Column("qty", lambda: tr("Stock", "Quantity"), "int", width=70),
        Column("balance", lambda: tr("Stock", "Stock after"), "int", width=80),
        Column("reason", lambda: tr("Stock", "Reason / reference"), width=220),
        Column("user", lambda: tr("Stock", "By"), width=80),
    ]

    def base_query(self, request: ListRequest) -> peewee.ModelSelect:
        query = (StockMovement.select(StockMovement.at, Product.sku, Product.name, StockMovement.kind,
                                      StockMovement.qty, StockMovement.balance_after, StockMovement.reason,
                                      StockMovement.ref_type, StockMovement.ref_id, User.username)
                 .join(Product).switch(StockMovement).join(User, peewee.JOIN.LEFT_OUTER))
        f = request.filters
        if f.get("product_id"):
            query = query.where(StockMovement.product == f["product_id"])
        if f.get("kind"):
            query = query.where(StockMovement.kind == f["kind"])
        if f.get("date_from"):
            query = query.where(StockMovement.at >= dt.datetime.combine(f["date_from"], dt.time()))
        if request.search.strip():
            text = request.search.strip()
            query = query.where((Product.sku == text) | (Product.barcode == text))
        return query

    def to_rows(self, records: list[dict[str, Any]]) -> list[tuple]:
        """The reference names the linked record (order and tracking number, stocktake, receipt), never an id."""
        from shopmanager.services.audit import record_names

        linked: dict[str, dict[int, str]] = {}
        for ref_type in {r["ref_type"] for r in records if r["ref_type"] and r["ref_id"]}:
            linked[ref_type] = record_names(ref_type, [r["ref_id"] for r in records if r["ref_type"] == ref_type],
                                            self.actor)
        rows = []
        for r in records:
            reference = r["reason"]
            name = linked.get(r["ref_type"], {}).get(r["ref_id"]) if r["ref_id"] else None
            if name and name not in reference:
                reference = f"{reference} · {name}" if reference and not name.startswith(reference) else name
            rows.append((r["at"], r["sku"], r["name"], movement_label(r["kind"]), r["qty"], r["balance_after"],
                         reference, r["username"] or ""))
        return rows

    def to_row(self, r: dict[str, Any]) -> tuple:
        return self.to_rows([r])[0]


class StockListSource(ListSource):
    """库存清单: every product with the stock it has now, its threshold, whether it is below it,
    and (for the owner) the stock's value at cost — what `shopmanager export stock` writes."""

    model = Product
    view_perm = Perm.PRODUCTS_VIEW
    default_sort = "sku"
    columns = [
        Column("sku", lambda: tr("Products", "SKU"), sort=Product.sku, width=120),
        Column("name", lambda: tr("Products", "Name"), sort=Product.name, width=260),
        Column("category", lambda: tr("Products", "Category"), width=90),
        Column("spec", lambda: tr("Products", "Specification"), width=90),
        Column("status", lambda: tr("Products", "Status"), "status", width=80),
        Column("stock", lambda: tr("Products", "Stock"), "int", sort=Product.stock_qty, width=70),
        Column("threshold", lambda: tr("Alerts", "Threshold"), "int", width=70),
        Column("low", lambda: tr("Stock", "Below threshold"), "bool", width=80),
        Column("value", lambda: tr("Alerts", "Stock value (cost)"), "money", width=110, owner_only=True),
    ]

    def __init__(self, actor: Actor):
        super().__init__(actor)
        self._default = low_stock_default()

    def base_query(self, request: ListRequest) -> peewee.ModelSelect:
        query = (Product.select(Product.sku, Product.name, Category.name.alias("category"), Product.spec,
                                Product.status, Product.stock_qty, threshold_of(self._default).alias("threshold"),
                                low_stock_flag(self._default).alias("low"), Product.cost_cents)
                 .join(Category, peewee.JOIN.LEFT_OUTER))
        if request.filters.get("category_id"):
            query = query.where(Product.category == request.filters["category_id"])
        if request.search.strip():
            text = request.search.strip()
            query = query.where(Product.sku.contains(text) | Product.name.contains(text))
        return query

    def to_row(self, r: dict[str, Any]) -> tuple:
        row = [r["sku"], r["name"], r["category"] or "", r["spec"], status_label(r["status"]), r["stock_qty"],
               r["threshold"], bool(r["low"]), r["stock_qty"] * r["cost_cents"]]
        if not self.actor.can(Perm.COST_VIEW):
            row.pop()
        return tuple(row)
