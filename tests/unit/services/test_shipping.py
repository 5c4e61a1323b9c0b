"""Shipping: stock out on ship and back on cancel, one tracking number per parcel, the
scan-and-ship batch mode, carriers, and index-only lookups (EXPLAIN on SQLite)."""
from __future__ import annotations

import datetime as dt

import pytest

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, NotFound, ValidationError
from shopmanager.core.inventory import MovementKind
from shopmanager.core.orders import OrderStatus
from shopmanager.core.permissions import Role
from shopmanager.db.database import current_database
from shopmanager.db.models import Product, SalesOrder, Shipment, StockMovement
from shopmanager.services import dispatch, orders, shipping
from shopmanager.services.check import stock_consistency
from shopmanager.services.listing import ListRequest
from shopmanager.services.orders import LineInput
from tests.unit.services.test_orders import make_product, paid_order


def carrier_id(actor, code: str = "SF") -> int:
    return next(c.id for c in shipping.list_carriers(actor) if c.code == code)


def stock_of(product_id: int) -> int:
    return Product.get_by_id(product_id).stock_qty


def test_shipping_takes_every_line_out_of_stock_and_records_who_and_when(shop):
    clerk = shop[Role.SHIPPING]
    rice, tea = make_product("RICE", qty=20), make_product("TEA", qty=5)
    ref = paid_order(shop[Role.CUSTOMER_SERVICE], LineInput(2, product_id=rice), LineInput(1, product_id=tea),
                     LineInput(3, product_id=rice), LineInput(1, 0, title="赠品贺卡"))
    result = shipping.ship_order(clerk, ref.id, carrier_id(clerk), " sf 1234 5678 901 ")
    assert (result.order_no, result.tracking_no, result.carrier, result.pieces) == (
        ref.order_no, "SF12345678901", "顺丰速运", 7)
    assert (stock_of(rice), stock_of(tea)) == (15, 4)
    out = {m.product_id: (m.kind, m.qty, m.ref_type, m.ref_id) for m in StockMovement.select().where(
        StockMovement.kind == MovementKind.SALE)}
    assert out == {rice: ("sale", -5, "shipment", result.shipment_id), tea: ("sale", -1, "shipment", result.shipment_id)}
    order, shipment = SalesOrder.get_by_id(ref.id), Shipment.get_by_id(result.shipment_id)
    assert order.status == OrderStatus.SHIPPED and order.shipped_at == result.shipped_at
    assert shipment.shipped_by_id == clerk.user_id and shipment.carrier_name == "顺丰速运"
    assert Product.get_by_id(rice).last_sale_at == result.shipped_at
    assert [f.ok for f in stock_consistency()] == [True]


def test_a_tracking_number_ships_one_parcel_only(shop):
    clerk, service = shop[Role.SHIPPING], shop[Role.CUSTOMER_SERVICE]
    rice = make_product(qty=10)
    first = paid_order(service, LineInput(1, product_id=rice))
    second = paid_order(service, LineInput(1, product_id=rice))
    shipping.ship_order(clerk, first.id, carrier_id(clerk, "ZTO"), "773100000001")
    with pytest.raises(Conflict, match=f"Tracking number 773100000001 is already used by order {first.order_no}"):
        shipping.ship_order(clerk, second.id, carrier_id(clerk, "ZTO"), "773100000001")
    assert SalesOrder.get_by_id(second.id).status == OrderStatus.PAID
    assert stock_of(rice) == 9 and Shipment.select().count() == 1


def test_the_unique_index_catches_two_pcs_scanning_the_same_label(shop, monkeypatch):
    """The check before the insert saw nothing (another PC was faster): the index refuses,
    and the clerk still reads which order has the number."""
    clerk, service = shop[Role.SHIPPING], shop[Role.CUSTOMER_SERVICE]
    rice = make_product(qty=10)
    first, second = paid_order(service, LineInput(1, product_id=rice)), paid_order(service, LineInput(1, product_id=rice))
    shipping.ship_order(clerk, first.id, carrier_id(clerk), "SF2000000000001")
    real = shipping._tracking_clash
    calls = []

    def blind_first_time(tracking_no):
        calls.append(tracking_no)
        return None if len(calls) == 1 else real(tracking_no)

    monkeypatch.setattr(shipping, "_tracking_clash", blind_first_time)
    with pytest.raises(Conflict, match=f"already used by order {first.order_no}"):
        shipping.ship_order(clerk, second.id, carrier_id(clerk), "SF2000000000001")
    assert len(calls) == 2
    assert SalesOrder.get_by_id(second.id).status == OrderStatus.PAID and stock_of(rice) == 9


def test_cancelling_a_shipment_brings_the_stock_back_and_frees_the_number(shop):
    clerk, service = shop[Role.SHIPPING], shop[Role.CUSTOMER_SERVICE]
    rice = make_product(qty=10)
    wrong = paid_order(service, LineInput(4, product_id=rice))
    right = paid_order(service, LineInput(1, product_id=rice))
    result = shipping.ship_order(clerk, wrong.id, carrier_id(clerk), "YT1234567890")
    assert stock_of(rice) == 6
    with pytest.raises(ValidationError, match="Reason"):
        shipping.cancel_shipment(clerk, result.shipment_id, "  ")
    shipping.cancel_shipment(clerk, result.shipment_id, "面单贴错了")
    order = SalesOrder.get_by_id(wrong.id)
    assert order.status == OrderStatus.PAID and order.shipped_at is None
    assert stock_of(rice) == 10
    back = StockMovement.get(StockMovement.kind == MovementKind.SALE_REVERSAL)
    assert (back.qty, back.ref_type, back.ref_id) == (4, "shipment", result.shipment_id)
    assert Shipment.get_by_id(result.shipment_id).cancel_reason == "面单贴错了"
    with pytest.raises(Conflict, match="already cancelled"):
        shipping.cancel_shipment(clerk, result.shipment_id, "again")
    shipping.ship_order(clerk, right.id, carrier_id(clerk), "YT1234567890")  # the label's real order
    assert stock_of(rice) == 9 and [f.ok for f in stock_consistency()] == [True]
    history = orders.get_order(service, wrong.id).history
    assert history[0]["action"] == "Cancelled" and "面单贴错了" in history[0]["summary"]


def test_a_cancelled_shipment_refills_the_dated_batches_it_emptied_and_forgets_its_sale(shop, monkeypatch):
    """Expiry alerts count the goods again, and the slow-mover clock goes back to the last
    parcel that really left."""
    from shopmanager.db.models import StockBatch
    from shopmanager.services import stock
    from shopmanager.services.context import SYSTEM

    clerk, service = shop[Role.SHIPPING], shop[Role.CUSTOMER_SERVICE]
    milk = make_product("MILK")
    clock = [dt.datetime(2026, 11, 1, 9, 0)]
    monkeypatch.setattr(timeutil, "now", lambda: clock[0])
    stock.receive_goods(SYSTEM, [stock.ReceiptLine(milk, 3, dt.date(2026, 10, 1))])
    clock[0] = dt.datetime(2026, 11, 2, 9, 0)
    stock.receive_goods(SYSTEM, [stock.ReceiptLine(milk, 5, dt.date(2026, 10, 20))])
    first = paid_order(service, LineInput(1, product_id=milk))
    clock[0] = dt.datetime(2026, 11, 3, 10, 0)
    shipping.ship_order(clerk, first.id, carrier_id(clerk), "SF4000000000001")
    wrong = paid_order(service, LineInput(4, product_id=milk))
    clock[0] = dt.datetime(2026, 11, 4, 10, 0)
    result = shipping.ship_order(clerk, wrong.id, carrier_id(clerk), "SF4000000000002")
    remaining = lambda: [b.qty_remaining for b in StockBatch.select().order_by(StockBatch.received_at)]  # noqa: E731
    assert remaining() == [0, 3] and Product.get_by_id(milk).last_sale_at == clock[0]
    shipping.cancel_shipment(clerk, result.shipment_id, "发错了")
    assert remaining() == [2, 5]  # as after the first parcel only
    assert Product.get_by_id(milk).last_sale_at == dt.datetime(2026, 11, 3, 10, 0)
    assert stock_of(milk) == 7 and [f.ok for f in stock_consistency()] == [True]


def test_a_delivered_order_cannot_lose_its_shipment(shop):
    clerk, service = shop[Role.SHIPPING], shop[Role.CUSTOMER_SERVICE]
    ref = paid_order(service)
    result = shipping.ship_order(clerk, ref.id, carrier_id(clerk), "SF3000000000001")
    orders.change_status(service, ref.id, OrderStatus.DELIVERED)
    with pytest.raises(Conflict, match="cannot go from 'Delivered' to 'Paid, to ship'"):
        shipping.cancel_shipment(clerk, result.shipment_id, "客户拒收")


def test_not_enough_stock_stops_the_shipment_and_writes_nothing(shop):
    clerk = shop[Role.SHIPPING]
    rice, tea = make_product("RICE", qty=5), make_product("TEA", qty=1)
    ref = paid_order(shop[Role.CUSTOMER_SERVICE], LineInput(2, product_id=rice), LineInput(3, product_id=tea))
    with pytest.raises(Conflict, match=f"Order {ref.order_no}: Not enough stock of TEA: 1 in stock, 3 needed"):
        shipping.ship_order(clerk, ref.id, carrier_id(clerk), "SF4000000000001")
    assert (stock_of(rice), stock_of(tea)) == (5, 1)
    assert SalesOrder.get_by_id(ref.id).status == OrderStatus.PAID
    assert Shipment.select().count() == 0 and StockMovement.select().where(StockMovement.kind == "sale").count() == 0


def test_batch_mode_finds_the_order_by_either_number(shop):
    clerk, service = shop[Role.SHIPPING], shop[Role.CUSTOMER_SERVICE]
    by_shop = paid_order(service)
    by_platform = paid_order(service, platform_order_no="2024061812345678")
    a = shipping.ship_by_order_number(clerk, by_shop.order_no.lower(), carrier_id(clerk), "SF5000000000001")
    b = shipping.ship_by_order_number(clerk, "2024061812345678", carrier_id(clerk), "SF5000000000002")
    assert (a.order_id, b.order_id) == (by_shop.id, by_platform.id)
    assert b.receiver == "张伟" and not b.address_confirmed
    with pytest.raises(Conflict, match=f"Order {by_shop.order_no} has already shipped: 顺丰速运 SF5000000000001"):
        shipping.ship_by_order_number(clerk, by_shop.order_no, carrier_id(clerk), "SF5000000000003")
    with pytest.raises(NotFound, match="no order with the number SO19990101-0001"):
        shipping.ship_by_order_number(clerk, "SO19990101-0001", carrier_id(clerk), "SF5000000000004")


def test_pending_orders_cannot_ship(shop):
    ref = orders.create_order(shop[Role.CUSTOMER_SERVICE], orders.OrderInput(
        channel="pdd", lines=[LineInput(1, 100, title="x")]))
    with pytest.raises(Conflict, match="is not paid yet: do not ship it"):
        shipping.ship_order(shop[Role.SHIPPING], ref.id, carrier_id(shop[Role.SHIPPING]), "SF6000000000001")


@pytest.mark.parametrize("typed", ["", "SF 12", "SF#123456789", "顺丰123456789"])
def test_tracking_numbers_are_checked(shop, typed):
    ref = paid_order(shop[Role.CUSTOMER_SERVICE])
    with pytest.raises(ValidationError, match="Tracking number") as caught:
        shipping.ship_order(shop[Role.SHIPPING], ref.id, carrier_id(shop[Role.SHIPPING]), typed)
    assert caught.value.field == "tracking_no"


def test_carriers_can_be_added_and_deactivated(shop):
    clerk = shop[Role.SHIPPING]
    assert [c.name for c in shipping.list_carriers(clerk)][:2] == ["顺丰速运", "中通快递"]
    new = shipping.add_carrier(clerk, "丹鸟", "dn")
    with pytest.raises(Conflict, match="already a carrier '丹鸟'"):
        shipping.add_carrier(clerk, " 丹鸟 ")
    shipping.set_carrier_active(clerk, new, False)
    assert "丹鸟" not in [c.name for c in shipping.list_carriers(clerk)]
    assert "丹鸟" in [c.name for c in shipping.list_carriers(clerk, include_inactive=True)]
    ref = paid_order(shop[Role.CUSTOMER_SERVICE])
    with pytest.raises(ValidationError, match="丹鸟 is no longer used"):
        shipping.ship_order(clerk, ref.id, new, "DN1234567890")


# -- no full scans: the queries of shipping, the queue and the search use indexes ---------------------

BIG_TABLES = ("sales_order", "order_line", "shipment", "stock_movement", "product", "customer", "audit_log",
              "stock_batch")


def _record_queries(monkeypatch) -> list[tuple[str, tuple]]:
    database = current_database()
    seen: list[tuple[str, tuple]] = []
    original = database.execute_sql

    def recording(sql, params=None, *args, **kwargs):
        seen.append((sql, tuple(params or ())))
        return original(sql, params, *args, **kwargs)

    monkeypatch.setattr(database, "execute_sql", recording)
    return seen


def _full_scans(queries: list[tuple[str, tuple]]) -> list[str]:
    cursor = current_database().connection().cursor()
    bad = []
    for sql, params in queries:
        if not sql.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE", "INSERT")):
            continue
        for row in cursor.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall():
            detail = row[-1]
            words = detail.split()
            if len(words) >= 2 and words[0] == "SCAN" and words[1] in BIG_TABLES:
                bad.append(f"{detail}  ←  {sql}")
    return bad


def test_shipping_and_the_queue_read_only_through_indexes(sqlite_shop, monkeypatch):
    shop = sqlite_shop
    clerk = shop[Role.SHIPPING]
    rice = make_product(qty=50)
    for n in range(3):
        paid_order(shop[Role.CUSTOMER_SERVICE], LineInput(1, product_id=rice), platform_order_no=f"88{n}")
    queries = _record_queries(monkeypatch)
    shipping.ship_by_order_number(clerk, "880", carrier_id(clerk), "SF7000000000001")
    ref = orders.lookup_order_id("881")
    shipping.ship_by_order_number(clerk, SalesOrder.get_by_id(ref).order_no, carrier_id(clerk), "SF7000000000002")
    dispatch.dispatch_counts(clerk)
    dispatch.DispatchSource(clerk).page(ListRequest())
    source = orders.OrderSource(clerk)
    for text in ("SF7000000000001", "13812345678", "882"):
        source.page(ListRequest(search=text))
    source.page(ListRequest(filters={"status": "paid"}))
    timeutil.set_clock_offset(dt.timedelta(0))
    assert len(queries) > 20
    assert _full_scans(queries) == []
