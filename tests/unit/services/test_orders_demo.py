"""The demo's customers and year of orders: consistent books (stock = Σ movements, customer
totals = their orders), a dispatch queue with overdue orders, and a database the services
keep working on afterwards."""
from __future__ import annotations

import re

import peewee

from shopmanager.core.orders import OrderStatus
from shopmanager.db.models import (
    Customer, OrderLine, Product, RevisitPlan, SalesOrder, Shipment, StockMovement, User,
)
from shopmanager.services import auth, customers, demo, dispatch, orders, shipping
from shopmanager.services.check import stock_consistency
from shopmanager.services.demo_orders import create_demo_orders


def _owner():
    return auth.actor_for(User.get(User.username == "owner"))


def test_a_demo_year_of_orders_keeps_the_books_consistent(db):
    demo.create_demo_shop(demo.DemoSizes(products=60, customers=0, orders=0))
    create_demo_orders(demo.DemoSizes(customers=400, orders=4000))
    assert [f.ok for f in stock_consistency()] == [True]
    counts = dict(SalesOrder.select(SalesOrder.status, peewee.fn.COUNT(SalesOrder.id))
                  .group_by(SalesOrder.status).tuples())
    assert sum(counts.values()) == 4000
    assert counts[OrderStatus.COMPLETED] > 0.7 * 4000
    assert counts.get(OrderStatus.CANCELLED, 0) and counts.get(OrderStatus.CLOSED, 0)
    assert len(set(SalesOrder.select(SalesOrder.channel).distinct().tuples())) == 7
    to_ship, overdue = dispatch.dispatch_counts()
    assert to_ship >= overdue >= 3
    assert all(re.fullmatch(r"SO\d{8}-\d{4}", no) for (no,) in SalesOrder.select(SalesOrder.order_no).tuples())
    shipped = SalesOrder.select().where(SalesOrder.shipped_at.is_null(False)).count()
    assert Shipment.select().count() == shipped
    assert Shipment.select(peewee.fn.COUNT(Shipment.tracking_no.distinct())).scalar() == shipped
    sold_pieces = -(StockMovement.select(peewee.fn.SUM(StockMovement.qty))
                    .where(StockMovement.kind == "sale").scalar() or 0)
    line_pieces = (OrderLine.select(peewee.fn.SUM(OrderLine.qty)).join(SalesOrder)
                   .where(SalesOrder.shipped_at.is_null(False), OrderLine.product.is_null(False)).scalar())
    assert sold_pieces == line_pieces
    assert Product.select().where(Product.stock_qty < 0).count() == 0
    assert RevisitPlan.select().where(RevisitPlan.done_at.is_null()).count() >= 5

    # The cached customer totals are what the services would compute.
    sample = [c.id for c in Customer.select(Customer.id).where(Customer.order_count > 0).limit(20)]
    before = {c.id: (c.order_count, c.total_spent_cents) for c in Customer.select().where(Customer.id.in_(sample))}
    customers.refresh_stats(sample)
    after = {c.id: (c.order_count, c.total_spent_cents) for c in Customer.select().where(Customer.id.in_(sample))}
    assert before == after

    # The services carry on from the demo: new numbers, new ids, shipping the queue.
    owner = _owner()
    ref = orders.create_order(owner, orders.OrderInput(channel="taobao", lines=[orders.LineInput(1, 100, title="x")]))
    same_day = SalesOrder.select().where(SalesOrder.order_no.startswith(ref.order_no[:11])).count()
    assert int(ref.order_no[-4:]) == same_day  # the day's next number after the demo's
    queued = dispatch.DispatchSource(owner).page(dispatch.ListRequest()).ids[0]
    result = shipping.ship_order(owner, queued, shipping.list_carriers(owner)[0].id, "SF0000000000999")
    assert result.order_id == queued and dispatch.dispatch_counts()[0] == to_ship - 1
    assert customers.create_customer(owner, {"name": "新客户"}) > 400


def test_without_products_the_demo_orders_have_titles_only(db):
    from shopmanager.services import auth as auth_service

    auth_service.initialize_shop(shop_name="空店", owner_username="owner", owner_password="Shop-pass-1",
                                 owner_name="店主", language="en")
    create_demo_orders(demo.DemoSizes(customers=50, orders=300))
    assert OrderLine.select().where(OrderLine.product.is_null(False)).count() == 0
    assert OrderLine.select().where(OrderLine.title == "").count() == 0
    assert StockMovement.select().count() == 0
    assert SalesOrder.select().count() == 300
