"""库存预警的规则: low stock, expiring batches and slow movers, each written once as SQL.

The alerts (counts for the navigation badge, the alerts page, the printed report), the
product list's alert filters and its red rows all ask here. Each rule is also given as
disjoint parts, each an index range scan, so counting a million products stays fast:
count the parts and add them up.

- Low stock: a listed product below its own threshold, or below the shop's default
  (setting inventory.low_stock_threshold) when it has none.
- Expiring: a batch still in stock whose expiry date is within N days
  (inventory.expiry_days) or past; the alerts list the expired ones (已过期) apart from those
  expiring soon (临期).
- Slow mover (滞销): a listed product in stock with no sale for N days
  (inventory.slow_days); a product never sold counts from its creation.
"""
from __future__ import annotations

import datetime as dt
import functools
import operator

import peewee

from shopmanager.core import timeutil
from shopmanager.core.inventory import ProductStatus
from shopmanager.db.models import Product, StockBatch
from shopmanager.services import settings


def _any(parts: list[peewee.Expression]) -> peewee.Expression:
    return functools.reduce(operator.or_, parts)


def low_stock_default() -> int:
    return settings.get("inventory.low_stock_threshold")


def low_stock_parts(default: int | None = None) -> list[peewee.Expression]:
    """Low stock as two disjoint conditions: without a threshold of its own (below the
    shop's default), and with one (below it)."""
    default = low_stock_default() if default is None else default
    listed = Product.status == ProductStatus.LISTED
    return [listed & Product.low_stock_threshold.is_null() & (Product.stock_qty < default),
            listed & Product.low_stock_threshold.is_null(False) & (Product.stock_qty < Product.low_stock_threshold)]


def low_stock_condition(default: int | None = None) -> peewee.Expression:
    """Listed and below its own threshold, or below the shop's default when it has none."""
    return _any(low_stock_parts(default))


def low_stock_flag(default: int | None = None) -> peewee.Expression:
    """The rule as a selectable true/false column (the product list colours its rows by it)."""
    return peewee.Case(None, [(low_stock_condition(default), True)], False)


def threshold_of(default: int | None = None) -> peewee.Expression:
    """The threshold that applies to a product: its own, or the shop's default."""
    return peewee.fn.COALESCE(Product.low_stock_threshold, low_stock_default() if default is None else default)


def expiry_limit(days: int | None = None) -> dt.date:
    """Batches expiring on or before this day are reported."""
    days = settings.get("inventory.expiry_days") if days is None else days
    return timeutil.today() + dt.timedelta(days=days)


def expiring_condition(days: int | None = None) -> peewee.Expression:
    """A batch still in stock that expires within N days or has expired."""
    return (StockBatch.qty_remaining > 0) & (StockBatch.expiry_date <= expiry_limit(days))


def expiring_soon_condition(days: int | None = None) -> peewee.Expression:
    """临期: in stock, expiring within N days, not expired yet (the alerts list them apart from the expired)."""
    return expiring_condition(days) & (StockBatch.expiry_date >= timeutil.today())


def expired_condition() -> peewee.Expression:
    """已过期: in stock past its expiry date (to be booked as damage)."""
    return (StockBatch.qty_remaining > 0) & (StockBatch.expiry_date < timeutil.today())


def expiring_product_ids(days: int | None = None) -> peewee.ModelSelect:
    return StockBatch.select(StockBatch.product).where(expiring_condition(days)).distinct()


def slow_parts(days: int | None = None) -> list[peewee.Expression]:
    """Slow movers as two disjoint conditions: sold long ago, and never sold since created long ago."""
    days = settings.get("inventory.slow_days") if days is None else days
    since = timeutil.now() - dt.timedelta(days=days)
    listed = (Product.status == ProductStatus.LISTED) & (Product.stock_qty > 0)
    return [listed & (Product.last_sale_at < since),
            listed & Product.last_sale_at.is_null() & (Product.created_at < since)]


def slow_condition(days: int | None = None) -> peewee.Expression:
    """Listed, in stock, and no sale for N days (a product never sold counts from its creation)."""
    return _any(slow_parts(days))


def count_parts(parts: list[peewee.Expression]) -> int:
    """How many products meet any of the disjoint `parts`: one index range scan each."""
    return sum(Product.select().where(part).count() for part in parts)
