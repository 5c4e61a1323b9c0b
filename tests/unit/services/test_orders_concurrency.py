"""R3 in small: two processes (two PCs of the shop) sell and ship the same few products at
the same time through the services — no lost stock update, no "database is locked", no
deadlock, every order number different; on SQLite and on PostgreSQL."""
from __future__ import annotations

import multiprocessing
import random
import traceback

import peewee
import pytest

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict
from shopmanager.core.permissions import Role
from shopmanager.db.models import Carrier, Product, SalesOrder, Shipment, StockMovement
from shopmanager.services import context, orders
from shopmanager.services.check import stock_consistency
from tests.unit.services.test_orders import make_product

ROUNDS = 100


def sell_and_ship(url: str, actor, worker: int, rounds: int, products: list[int], carrier: int, results) -> None:
    """One PC: `rounds` times take a paid order for 1–3 of the products and ship it; every
    tenth parcel is cancelled and shipped again with another label."""
    try:
        from shopmanager.db.database import open_database
        from shopmanager.services import orders, shipping

        open_database(url)
        rng = random.Random(worker)
        shipped: dict[int, int] = {}
        for number in range(rounds):
            chosen = rng.sample(products, rng.randint(1, len(products)))
            lines = [orders.LineInput(rng.randint(1, 3), product_id=p) for p in chosen]
            ref = orders.create_order(actor, orders.OrderInput(
                channel="taobao", lines=lines, paid_at=timeutil.now(), platform_order_no=f"R3-{worker}-{number}"))
            result = shipping.ship_order(actor, ref.id, carrier, f"R3{worker}{number:07d}")
            if number % 10 == 0:
                shipping.cancel_shipment(actor, result.shipment_id, "面单作废")
                shipping.ship_order(actor, ref.id, carrier, f"R3{worker}{number:07d}B")
            for line in lines:
                shipped[line.product_id] = shipped.get(line.product_id, 0) + line.qty
        results.put(("ok", worker, shipped))
    except BaseException:  # noqa: BLE001 - reported to the parent, which fails the test
        results.put(("error", worker, traceback.format_exc()))


def test_two_pcs_selling_the_same_products_keep_stock_exact(db, shop):
    owner = shop[Role.OWNER]
    products = [make_product(f"HOT-{n}", price=990, qty=5000) for n in range(3)]
    from shopmanager.services import shipping

    carrier = shipping.list_carriers(owner)[0].id
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [context.Process(target=sell_and_ship, args=(db.url, owner, n, ROUNDS, products, carrier, results))
               for n in (1, 2)]
    for process in workers:
        process.start()
    reports = [results.get(timeout=240) for _ in workers]
    for process in workers:
        process.join(timeout=30)
    errors = [text for kind, _worker, text in reports if kind == "error"]
    assert errors == []
    shipped: dict[int, int] = {}
    for _kind, _worker, quantities in reports:
        for product, qty in quantities.items():
            shipped[product] = shipped.get(product, 0) + qty
    for product in products:
        assert Product.get_by_id(product).stock_qty == 5000 - shipped.get(product, 0)
    assert [f.ok for f in stock_consistency()] == [True]
    assert SalesOrder.select().count() == 2 * ROUNDS
    assert SalesOrder.select(peewee.fn.COUNT(SalesOrder.order_no.distinct())).scalar() == 2 * ROUNDS
    assert Shipment.select().where(Shipment.cancelled_at.is_null()).count() == 2 * ROUNDS
    reversed_ = StockMovement.select().where(StockMovement.kind == "sale_reversal").count()
    assert reversed_ >= 2 * (ROUNDS // 10)


class _SerializationFailure(Exception):
    sqlstate = "40001"  # what PostgreSQL reports when two transactions clash


def test_a_transient_clash_runs_the_transaction_again_from_the_start(db):
    attempts = []

    def work():
        attempts.append(len(attempts) + 1)
        Carrier.create(name=f"attempt-{len(attempts)}")
        if len(attempts) == 1:
            raise _SerializationFailure("could not serialize access due to concurrent update")
        return "shipped"

    assert context.write_retrying(work) == "shipped"
    assert attempts == [1, 2]
    assert [c.name for c in Carrier.select().where(Carrier.name.startswith("attempt-"))] == ["attempt-2"]

    refused = []

    def conflict():
        refused.append(1)
        raise Conflict("changed by someone else")

    with pytest.raises(Conflict):
        context.write_retrying(conflict)
    assert refused == [1]  # a user's conflict is not retried
