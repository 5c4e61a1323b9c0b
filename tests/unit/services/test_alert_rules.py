"""Low stock, expiring (expired apart) and slow movers: one rule each, so the badge's counts, the alerts
page, the printed report's lists and the product list's filters and red rows all agree —
on the edge cases too, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt

from shopmanager.core import timeutil
from shopmanager.core.permissions import Role
from shopmanager.db.models import Product, StockBatch
from shopmanager.services import alerts, products, settings
from shopmanager.services.listing import ListRequest

# sku: (status, stock, own threshold, days since the last sale (None: never), days since created)
CATALOGUE = {
    "LOW-DEFAULT": ("listed", 9, None, 1, 400),       # 9 < default 10
    "AT-DEFAULT": ("listed", 10, None, 1, 400),       # 10 is not below 10
    "LOW-OWN": ("listed", 19, 20, 1, 400),
    "AT-OWN": ("listed", 20, 20, 1, 400),
    "OWN-ZERO": ("listed", 0, 0, None, 1),            # own threshold 0: never low
    "OWN-BELOW-DEFAULT": ("listed", 5, 3, 1, 400),    # below the default but not its own 3
    "EMPTY": ("listed", 0, None, None, 1),            # low, not slow (nothing in stock)
    "DRAFT-LOW": ("draft", 1, None, None, 400),       # not listed: no alert at all
    "DELISTED": ("delisted", 1, 5, 400, 400),
    "SLOW-SOLD": ("listed", 50, None, 61, 400),       # last sale 61 days ago > 60
    "SOLD-AT-LIMIT": ("listed", 50, None, 59, 400),
    "SLOW-NEVER": ("listed", 50, None, None, 90),      # never sold, created 90 days ago
    "NEW-NEVER": ("listed", 50, None, None, 10),
}
LOW = {"LOW-DEFAULT", "LOW-OWN", "EMPTY"}
SLOW = {"SLOW-SOLD", "SLOW-NEVER"}
EXPIRING = {"LOW-OWN"}  # a batch expiring in 30 days (临期)
EXPIRED = {"SLOW-SOLD"}  # a batch expired yesterday (已过期), listed apart; the product filter shows both


def _catalogue() -> dict[str, int]:
    now = timeutil.now()
    ids = {}
    for sku, (status, qty, own, sold_days, created_days) in CATALOGUE.items():
        ids[sku] = Product.create(
            sku=sku, name=f"商品 {sku}", price_cents=990, cost_cents=500, status=status, stock_qty=qty,
            low_stock_threshold=own, created_at=now - dt.timedelta(days=created_days), updated_at=now,
            last_sale_at=None if sold_days is None else now - dt.timedelta(days=sold_days)).id
    today = timeutil.today()
    batches = [("LOW-OWN", today + dt.timedelta(days=30), 5), ("SLOW-SOLD", today - dt.timedelta(days=1), 2),
               ("AT-OWN", today + dt.timedelta(days=31), 5), ("AT-DEFAULT", today - dt.timedelta(days=3), 0)]
    for sku, expiry, remaining in batches:
        StockBatch.create(product=ids[sku], production_date=today - dt.timedelta(days=300), expiry_date=expiry,
                          received_at=now, qty_received=5, qty_remaining=remaining)
    return ids


def _skus(source, request: ListRequest | None = None, column: int = 0) -> set[str]:
    return {row[column] for row in source.iter_rows(request or ListRequest())}


def test_every_place_that_shows_an_alert_applies_the_same_rule(db, shop):
    owner = shop[Role.OWNER]
    _catalogue()
    product_list = products.ProductSource(owner)

    assert alerts.alert_counts(owner) == alerts.AlertCounts(len(LOW), len(EXPIRING), len(SLOW), len(EXPIRED))
    assert _skus(alerts.LowStockSource(owner)) == LOW
    assert _skus(alerts.SlowSource(owner)) == SLOW
    assert _skus(alerts.ExpirySource(owner)) == EXPIRING
    assert _skus(alerts.ExpiredSource(owner)) == EXPIRED
    for alert, expected in (("low", LOW), ("slow", SLOW), ("expiry", EXPIRING | EXPIRED)):
        request = ListRequest(filters={"alert": alert})
        assert _skus(product_list, request, column=1) == expected, alert
        assert product_list.count(request) == len(expected)
    red = {row[1] for row in product_list.iter_rows(ListRequest()) if product_list.row_style(row)}
    assert red == LOW

    thresholds = {row[0]: row[4] for row in alerts.LowStockSource(owner).iter_rows(ListRequest())}
    assert thresholds == {"LOW-DEFAULT": 10, "LOW-OWN": 20, "EMPTY": 10}


def test_changing_the_shops_settings_moves_every_place_together(db, shop):
    owner = shop[Role.OWNER]
    _catalogue()
    settings.update(owner, {"inventory.low_stock_threshold": 6, "inventory.slow_days": 89,
                            "inventory.expiry_days": 31})
    low = {"LOW-OWN", "EMPTY"}  # 9 is no longer below 6
    slow = {"SLOW-NEVER"}
    expiring = EXPIRING | {"AT-OWN"}
    assert alerts.alert_counts(owner) == alerts.AlertCounts(len(low), len(expiring), len(slow), len(EXPIRED))
    assert _skus(alerts.LowStockSource(owner)) == low
    assert _skus(alerts.SlowSource(owner)) == slow
    product_list = products.ProductSource(owner)
    assert _skus(product_list, ListRequest(filters={"alert": "low"}), column=1) == low
    assert _skus(product_list, ListRequest(filters={"alert": "expiry"}), column=1) == expiring | EXPIRED
    assert {row[1] for row in product_list.iter_rows(ListRequest()) if product_list.row_style(row)} == low
