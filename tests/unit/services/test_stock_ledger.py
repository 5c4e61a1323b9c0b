import datetime as dt

import pytest

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, PermissionDenied, ValidationError
from shopmanager.core.inventory import MovementKind
from shopmanager.core.permissions import Role
from shopmanager.db.models import Product, StockBatch, StockMovement
from shopmanager.services import stock
from shopmanager.services.check import stock_consistency
from shopmanager.services.context import transaction
from shopmanager.services.listing import ListRequest


def make_product(sku="SKU-1", shelf_life=None, **extra) -> int:
    now = timeutil.now()
    return Product.create(sku=sku, name=f"商品 {sku}", created_at=now, updated_at=now,
                          shelf_life_days=shelf_life, **extra).id


def test_receipt_moves_stock_and_keeps_the_ledger_equal_to_the_cache(shop):
    warehouse = shop[Role.WAREHOUSE]
    a, b = make_product("A", shelf_life=180), make_product("B")
    receipt = stock.receive_goods(warehouse, [
        stock.ReceiptLine(a, 30, timeutil.today() - dt.timedelta(days=10)), stock.ReceiptLine(b, 5)],
        note="到货")
    assert Product.get_by_id(a).stock_qty == 30 and Product.get_by_id(b).stock_qty == 5
    batch = StockBatch.get(StockBatch.product == a)
    assert batch.expiry_date == timeutil.today() + dt.timedelta(days=170)
    assert StockMovement.select().where(StockMovement.ref_type == "receipt", StockMovement.ref_id == receipt).count() == 2
    stock.record_movement(warehouse, a, MovementKind.DAMAGE, 4, "包装破损")
    assert Product.get_by_id(a).stock_qty == 26
    assert StockBatch.get(StockBatch.product == a).qty_remaining == 26  # FIFO out of the batch
    assert [f.ok for f in stock_consistency()] == [True]


def test_stock_cannot_go_below_zero_by_hand_and_nothing_is_half_written(shop):
    warehouse = shop[Role.WAREHOUSE]
    a = make_product("A")
    stock.receive_goods(warehouse, [stock.ReceiptLine(a, 3)])
    with pytest.raises(Conflict, match="Not enough stock of A: 3 in stock, 5 needed"):
        stock.record_movement(warehouse, a, MovementKind.SUPPLIER_RETURN, 5, "退回")
    assert Product.get_by_id(a).stock_qty == 3
    assert StockMovement.select().count() == 1


def test_bad_receipt_lines_name_the_line(shop):
    a = make_product("A")
    with pytest.raises(ValidationError, match="Line 2"):
        stock.receive_goods(shop[Role.WAREHOUSE], [stock.ReceiptLine(a, 1), stock.ReceiptLine(a, 0)])
    with pytest.raises(ValidationError, match="Reason"):
        stock.record_movement(shop[Role.WAREHOUSE], a, MovementKind.ADJUSTMENT, 1, " ")


def test_roles_without_stock_rights_are_refused(shop):
    a = make_product("A")
    with pytest.raises(PermissionDenied):
        stock.receive_goods(shop[Role.CUSTOMER_SERVICE], [stock.ReceiptLine(a, 1)])


def test_movement_history_lists_newest_first(shop):
    warehouse = shop[Role.WAREHOUSE]
    a = make_product("A")
    stock.receive_goods(warehouse, [stock.ReceiptLine(a, 10)])
    stock.record_movement(warehouse, a, MovementKind.ADJUSTMENT, -2, "盘亏")
    source = stock.MovementSource(warehouse)
    page = source.page(ListRequest(filters={"product_id": a}))
    assert [row[4] for row in page.rows] == [-2, 10]
    assert [row[5] for row in page.rows] == [8, 10]


def test_concurrent_style_moves_are_exact(shop):
    a = make_product("A")
    with transaction():
        for _ in range(50):
            stock.move(a, MovementKind.INBOUND, 2, user_id=None)
        for _ in range(30):
            stock.move(a, MovementKind.SALE, -3, user_id=None)
    assert Product.get_by_id(a).stock_qty == 10
    assert StockMovement.select().order_by(StockMovement.id.desc()).first().balance_after == 10
