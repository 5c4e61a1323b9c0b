"""库存预警: low stock, expiring batches, slow movers — counted for the navigation badge,
listed for the alerts page, printable. The rules themselves are in alert_rules.py."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import peewee

from shopmanager.core import timeutil
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm
from shopmanager.db.models import Product, StockBatch
from shopmanager.services.alert_rules import (
    count_parts, expiring_condition, expiry_limit, low_stock_condition, low_stock_parts, slow_condition, slow_parts,
)
from shopmanager.services.context import Actor, require
from shopmanager.services.listing import Column, ListRequest, ListSource
from shopmanager.services.stock import StockListSource

__all__ = ["AlertCounts", "ExpirySource", "LowStockSource", "SlowSource", "alert_counts", "expiring_count",
           "expiry_limit", "low_stock_count", "slow_count"]


@dataclass(frozen=True)
class AlertCounts:
    low: int
    expiring: int
    slow: int

    @property
    def total(self) -> int:
        return self.low + self.expiring + self.slow


def low_stock_count() -> int:
    """Two index range scans (products with and without their own threshold)."""
    return count_parts(low_stock_parts())


def expiring_count() -> int:
    return StockBatch.select().where(expiring_condition()).count()


def slow_count() -> int:
    """Sold long ago + never sold since long ago: two index range scans."""
    return count_parts(slow_parts())


def alert_counts(actor: Actor) -> AlertCounts:
    require(actor, Perm.PRODUCTS_VIEW, entity="product")
    return AlertCounts(low_stock_count(), expiring_count(), slow_count())


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
    """Batches still in stock that expire within N days or have expired, oldest first (FIFO)."""

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

    def base_query(self, request: ListRequest) -> peewee.ModelSelect:
        return (StockBatch.select(Product.sku, Product.name, StockBatch.production_date, StockBatch.expiry_date,
                                  StockBatch.qty_remaining)
                .join(Product).where(expiring_condition()))

    def to_row(self, r: dict[str, Any]) -> tuple:
        expiry = r["expiry_date"]
        if isinstance(expiry, str):
            expiry = dt.date.fromisoformat(expiry)
        days = (expiry - timeutil.today()).days
        return (r["sku"], r["name"], r["production_date"], expiry, days, r["qty_remaining"])

    def row_style(self, row: tuple) -> dict[str, str] | None:
        return {"foreground": "#c62828"} if row[4] < 0 else None


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
