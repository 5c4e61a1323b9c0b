"""库存预警: low stock, expiring batches 临期, expired batches 已过期 (booked as damage 报损 from
here), slow movers — counted for the navigation badge, listed for the alerts page, printable.
The rules themselves are in alert_rules.py."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee

from shopmanager.core import timeutil
from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.inventory import MovementKind
from shopmanager.core.permissions import Perm
from shopmanager.db.models import Product, StockBatch
from shopmanager.services import stock
from shopmanager.services.alert_rules import (
    count_parts, expired_condition, expiring_soon_condition, expiry_limit, low_stock_condition, low_stock_parts,
    slow_condition, slow_parts,
)
from shopmanager.services.context import Actor, audit, require, write_retrying
from shopmanager.services.listing import Column, ListRequest, ListSource
from shopmanager.services.stock import StockListSource

__all__ = ["AlertCounts", "ExpiredSource", "ExpirySource", "LowStockSource", "SlowSource", "alert_counts",
           "expired_count", "expiring_count", "expiry_limit", "low_stock_count", "slow_count", "write_off_expired"]


@dataclass(frozen=True)
class AlertCounts:
    low: int
    expiring: int  # batches that expire within the setting's days, not yet expired (临期)
    slow: int
    expired: int = 0  # batches in stock past their expiry date (已过期)

    @property
    def total(self) -> int:
        return self.low + self.expiring + self.slow + self.expired


def low_stock_count() -> int:
    """Two index range scans (products with and without their own threshold)."""
    return count_parts(low_stock_parts())


def expiring_count() -> int:
    return StockBatch.select().where(expiring_soon_condition()).count()


def expired_count() -> int:
    return StockBatch.select().where(expired_condition()).count()


def slow_count() -> int:
    """Sold long ago + never sold since long ago: two index range scans."""
    return count_parts(slow_parts())


def alert_counts(actor: Actor) -> AlertCounts:
    require(actor, Perm.PRODUCTS_VIEW, entity="product")
    return AlertCounts(low_stock_count(), expiring_count(), slow_count(), expired_count())


class LowStockSource(StockListSource):
    """The stock list's products below their threshold, lowest stock first, with what is missing."""

    default_sort = "stock"
    columns = [*(c for c in StockListSource.columns if c.key in ("sku", "name", "category", "stock", "threshold")),
               Column("supplier_hint", lambda: tr("Alerts", "Missing to threshold"), "int", width=110)]

    def base_query(self, request: ListRequest) -> peewee.ModelSelect:
        return super().base_query(request).where(low_stock_condition(self._default))

    def to_row(self, r: dict[str, Any]) -> tuple:
        return (r["sku"], r["name"], r["category"] or "", r["stock_qty"], r["threshold"],
                r["threshold"] - r["stock_qty"])


class ExpirySource(ListSource):
    """临期: batches still in stock that expire within N days (not yet expired), soonest first."""

    model = StockBatch
    view_perm = Perm.PRODUCTS_VIEW
    default_sort = "expiry"
    columns = [
        Column("sku", lambda: tr("Products", "SKU"), width=120),
        Column("name", lambda: tr("Products", "Name"), width=240),
        Column("production_date", lambda: tr("Alerts", "Production date"), "date", width=95),
        Column("expiry", lambda: tr("Alerts", "Expiry date"), "date", sort=StockBatch.expiry_date, width=95),
        Column("days_left", lambda: tr("Alerts", "Days left"), "int", width=70),
        Column("qty", lambda: tr("Alerts", "Pieces in this batch"), "int", width=90),
    ]

    def condition(self) -> peewee.Expression:
        return expiring_soon_condition()

    def base_query(self, request: ListRequest) -> peewee.ModelSelect:
        return (StockBatch.select(Product.sku, Product.name, StockBatch.production_date, StockBatch.expiry_date,
                                  StockBatch.qty_remaining)
                .join(Product).where(self.condition()))

    def to_row(self, r: dict[str, Any]) -> tuple:
        expiry = r["expiry_date"]
        if isinstance(expiry, str):
            expiry = dt.date.fromisoformat(expiry)
        days = (expiry - timeutil.today()).days
        return (r["sku"], r["name"], r["production_date"], expiry, self.days(days), r["qty_remaining"])

    def days(self, days_left: int) -> int:
        return days_left


class ExpiredSource(ExpirySource):
    """已过期: batches in stock past their expiry date, the longest expired first: to book as damage (报损)."""

    columns = [c for c in ExpirySource.columns if c.key != "days_left"]
    columns.insert(4, Column("days_expired", lambda: tr("Alerts", "Days expired"), "int", width=80))

    def condition(self) -> peewee.Expression:
        return expired_condition()

    def days(self, days_left: int) -> int:
        return -days_left

    def row_style(self, row: tuple) -> dict[str, str] | None:
        return {"foreground": "#c62828"}


@dataclass(frozen=True)
class WrittenOff:
    batches: int
    pieces: int
    value_cents: int | None  # at cost, for the owner


def write_off_expired(actor: Actor, batch_ids: list[int], reason: str = "") -> WrittenOff:
    """报损: the remaining pieces of expired batches leave the stock as damage, each from its own
    batch (not the oldest first); one movement and one audit record per batch."""
    require(actor, Perm.STOCK_MOVE, entity="stock")
    if not batch_ids:
        raise ValidationError(tr("Alerts", "Choose the expired batches to book as damage."), field="batches")
    note = reason.strip() or tr("Alerts", "expired")

    def work() -> WrittenOff:
        pieces = value = count = 0
        batches = (StockBatch.select(StockBatch, Product.sku, Product.cost_cents).join(Product)
                   .where(StockBatch.id.in_(sorted(set(batch_ids))), expired_condition())
                   .order_by(StockBatch.product, StockBatch.id).objects())
        for batch in batches:
            qty = batch.qty_remaining
            StockBatch.update(qty_remaining=0).where(StockBatch.id == batch.id).execute()
            movement = stock.move(batch.product_id, MovementKind.DAMAGE, -qty, user_id=actor.user_id,
                                  reason=tr("Alerts", "Expired {date}: {note}").format(
                                      date=f"{batch.expiry_date:%Y-%m-%d}", note=note),
                                  ref_type="batch", ref_id=batch.id, batch=batch.id, allow_negative=True,
                                  take_fifo=False)
            audit(actor, "stock", "product", batch.product_id, summary=tr(
                "Alerts", "Damage −{n}: expired batch of {date} ({note})").format(
                    n=qty, date=f"{batch.expiry_date:%Y-%m-%d}", note=note),
                  changes={"stock_qty": [movement.balance_after + qty, movement.balance_after]})
            pieces, value, count = pieces + qty, value + qty * batch.cost_cents, count + 1
        if not count:
            raise ValidationError(tr("Alerts", "None of these batches is expired and in stock any more."),
                                  field="batches")
        return WrittenOff(count, pieces, value if actor.can(Perm.COST_VIEW) else None)

    return write_retrying(work)


class SlowSource(ListSource):
    """滞销: listed, in stock, no sale for N days; the stock value tied up is the owner's to see."""

    model = Product
    view_perm = Perm.PRODUCTS_VIEW
    default_sort = "stock"
    default_descending = True
    columns = [
        Column("sku", lambda: tr("Products", "SKU"), sort=Product.sku, width=120),
        Column("name", lambda: tr("Products", "Name"), sort=Product.name, width=260),
        Column("stock", lambda: tr("Products", "Stock"), "int", sort=Product.stock_qty, width=70),
        Column("last_sale", lambda: tr("Alerts", "Last sale"), "date", width=95),
        Column("idle_days", lambda: tr("Alerts", "Days without sale"), "int", width=100),
        Column("value", lambda: tr("Alerts", "Stock value (cost)"), "money", width=110, owner_only=True),
    ]

    def base_query(self, request: ListRequest) -> peewee.ModelSelect:
        return Product.select(Product.sku, Product.name, Product.stock_qty, Product.last_sale_at, Product.created_at,
                              Product.cost_cents).where(slow_condition())

    def to_row(self, r: dict[str, Any]) -> tuple:
        since = r["last_sale_at"] or r["created_at"]
        if isinstance(since, str):
            since = dt.datetime.fromisoformat(since)
        row = [r["sku"], r["name"], r["stock_qty"], r["last_sale_at"], (timeutil.now() - since).days,
               r["stock_qty"] * r["cost_cents"]]
        if not self.actor.can(Perm.COST_VIEW):
            row.pop()
        return tuple(row)
