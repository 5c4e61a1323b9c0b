"""Platform order files: grouped into orders, customers and products matched, no duplicates."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from shopmanager.core.errors import ValidationError
from shopmanager.core.orders import OrderStatus
from shopmanager.core.permissions import Role
from shopmanager.db.models import Customer, OrderLine, Product, SalesOrder, Shipment, StockMovement
from shopmanager.services import order_import, products, stock
from shopmanager.services.check import stock_consistency

FIXTURE = Path(__file__).parents[2] / "fixtures" / "orders" / "taobao-orders-gbk.csv"


@pytest.fixture
def catalogue(shop):
    owner = shop[Role.OWNER]
    rice = products.create_product(owner, {"sku": "RICE-5", "name": "五常大米 家庭装 5kg", "price_cents": "59.40"})
    oil = products.create_product(owner, {"sku": "OIL-5", "name": "鲁花花生油 5L", "price_cents": "89.80"})
    stock.receive_goods(owner, [stock.ReceiptLine(rice, 100), stock.ReceiptLine(oil, 100)])
    return rice, oil


def run(actor, path=FIXTURE, **options):
    sheet = order_import.read(path)
    return order_import.run_import(actor, path, order_import.guess(sheet), sheet=sheet, **options)


def test_taobao_export_is_recognised_and_grouped_into_orders(shop, catalogue):
    rice, oil = catalogue
    sheet = order_import.read(FIXTURE)
    assert order_import.detect_preset(sheet.headers) == "taobao"
    report = run(shop[Role.CUSTOMER_SERVICE], create_missing_products=True)
    assert report.ok, [p.text() for p in report.problems]
    assert (report.created, report.counts["placeholders"], report.counts["customers"]) == (5, 1, 4)
    states = {o.platform_order_no: o.status for o in SalesOrder.select()}
    assert states == {"3051000000000001": OrderStatus.PAID, "3051000000000002": OrderStatus.SHIPPED,
                      "3051000000000003": OrderStatus.COMPLETED, "3051000000000004": OrderStatus.PENDING,
                      "3051000000000005": OrderStatus.CLOSED}
    big = SalesOrder.get(SalesOrder.platform_order_no == "3051000000000003")
    assert OrderLine.select().where(OrderLine.order == big.id).count() == 2
    assert big.channel == "taobao" and big.receiver_phone == "13700002222"
    assert Shipment.get(Shipment.order == big.id).tracking_no == "YT9876543210987"
    assert Product.get_by_id(oil).stock_qty == 99 and Product.get_by_id(rice).stock_qty == 99
    placeholder = Product.get(Product.is_placeholder == True)  # noqa: E712
    assert placeholder.name == "手工挂面 1kg 新品" and placeholder.stock_qty == -2
    assert Customer.select().where(Customer.nickname == "tb_小鱼儿2019").count() == 1  # two orders, one customer
    assert [f.ok for f in stock_consistency()] == [True]


def test_reimport_creates_no_duplicates_and_brings_status_forward(shop, catalogue, tmp_path):
    actor = shop[Role.CUSTOMER_SERVICE]
    run(actor, create_missing_products=True)
    again = run(actor, create_missing_products=True)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 5)
    moved = tmp_path / "later.csv"
    text = FIXTURE.read_bytes().decode("gbk")
    text = text.replace("买家已付款，等待卖家发货,请尽快发货", "卖家已发货，等待买家确认,请尽快发货")
    text = text.replace('2026-11-23 10:16:02,五常大米 家庭装 5kg,2,RICE-5,59.40,,,',
                        '2026-11-23 10:16:02,五常大米 家庭装 5kg,2,RICE-5,59.40,="ZTO555000111222",中通快递,')
    moved.write_bytes(text.encode("gbk"))
    report = run(actor, moved, create_missing_products=True)
    assert (report.created, report.updated) == (0, 1)
    order = SalesOrder.get(SalesOrder.platform_order_no == "3051000000000001")
    assert order.status == OrderStatus.SHIPPED
    assert SalesOrder.select().count() == 5 and Shipment.select().count() == 3
    sales = StockMovement.select().where(StockMovement.kind == "sale").count()
    assert sales == 4  # one per product per parcel: oil, rice + placeholder, then rice of the newly shipped order
    assert [f.ok for f in stock_consistency()] == [True]


def test_unknown_products_stop_the_import_unless_placeholders_are_allowed(shop, catalogue):
    report = run(shop[Role.CUSTOMER_SERVICE])
    assert not report.ok and not report.committed
    assert "手工挂面 1kg 新品" in report.problems[0].message
    assert SalesOrder.select().count() == 0 and Customer.select().count() == 0


def test_dry_run_counts_exactly_and_writes_nothing(shop, catalogue):
    report = run(shop[Role.CUSTOMER_SERVICE], dry_run=True, create_missing_products=True)
    assert report.ok and report.created == 5 and not report.committed
    assert SalesOrder.select().count() == 0 and Product.select().count() == 2


def test_lines_disagreeing_on_order_fields_are_named(shop, catalogue, tmp_path):
    path = tmp_path / "bad.csv"
    text = FIXTURE.read_bytes().decode("gbk").replace("老客户\r\n", "VIP\r\n", 1)
    path.write_bytes(text.encode("gbk"))
    report = run(shop[Role.CUSTOMER_SERVICE], path, create_missing_products=True)
    assert not report.ok and report.problems[0].column == "订单备注" and report.problems[0].row == 5


def test_generic_file_needs_a_channel(shop, catalogue, tmp_path):
    path = tmp_path / "own.csv"
    path.write_text("订单号,商品名称,数量,单价\nA-1,五常大米 家庭装 5kg,1,59.40\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="channel"):
        run(shop[Role.CUSTOMER_SERVICE], path)
    report = run(shop[Role.CUSTOMER_SERVICE], path, channel="wechat")
    assert report.created == 1 and SalesOrder.get().channel == "wechat"
    assert shutil.which("true") is not None
