"""Expired batches are their own group 已过期 (not 临期 with negative days) and are booked as damage 报损."""
from __future__ import annotations

import datetime as dt

import pytest

from shopmanager.core import timeutil
from shopmanager.core.errors import PermissionDenied, ValidationError
from shopmanager.core.inventory import MovementKind
from shopmanager.core.permissions import Role
from shopmanager.db.models import Product, StockBatch, StockMovement
from shopmanager.services import alerts, products, stock
from shopmanager.services.check import stock_consistency
from shopmanager.services.listing import ListRequest


def milk(owner) -> int:
    product = products.create_product(owner, {"sku": "MILK", "name": "纯牛奶 250ml", "price_cents": "5",
                                              "cost_cents": "3", "shelf_life_days": "30"})
    today = timeutil.today()
    stock.receive_goods(owner, [stock.ReceiptLine(product, 12, today - dt.timedelta(days=45))])  # expired 15 days ago
    stock.receive_goods(owner, [stock.ReceiptLine(product, 20, today - dt.timedelta(days=10))])  # expires in 20 days
    stock.receive_goods(owner, [stock.ReceiptLine(product, 5)])  # no date
    return product


def test_expired_and_expiring_are_apart(shop):
    owner = shop[Role.OWNER]
    milk(owner)
    counts = alerts.alert_counts(owner)
    assert (counts.expired, counts.expiring) == (1, 1) and counts.total >= 2
    expired = list(alerts.ExpiredSource(owner).iter_rows(ListRequest()))
    expiring = list(alerts.ExpirySource(owner).iter_rows(ListRequest()))
    assert [(r[0], r[4], r[5]) for r in expired] == [("MILK", 15, 12)]  # days expired, pieces
    assert [(r[0], r[4], r[5]) for r in expiring] == [("MILK", 20, 20)]  # days left
    assert all(r[4] >= 0 for r in expiring)


def test_expired_batches_are_booked_as_damage_from_their_own_batch(shop):
    owner, clerk = shop[Role.OWNER], shop[Role.WAREHOUSE]
    product = milk(owner)
    batch = StockBatch.get(StockBatch.qty_remaining == 12)
    done = alerts.write_off_expired(clerk, [batch.id])
    assert (done.batches, done.pieces, done.value_cents) == (1, 12, None)
    assert Product.get_by_id(product).stock_qty == 25
    assert StockBatch.get_by_id(batch.id).qty_remaining == 0
    assert StockBatch.get(StockBatch.qty_received == 20).qty_remaining == 20  # not FIFO: the fresh batch is untouched
    movement = StockMovement.get(StockMovement.kind == MovementKind.DAMAGE)
    assert movement.qty == -12 and movement.batch_id == batch.id and "Expired" in movement.reason
    assert alerts.alert_counts(owner).expired == 0
    assert [f.ok for f in stock_consistency()] == [True]
    with pytest.raises(ValidationError, match="None of these batches"):
        alerts.write_off_expired(clerk, [batch.id])
    with pytest.raises(PermissionDenied):
        alerts.write_off_expired(shop[Role.CUSTOMER_SERVICE], [batch.id])
