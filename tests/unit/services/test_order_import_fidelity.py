"""Imported orders match the platform's files to the cent (issue 8, "Order import fidelity").

Fixtures: tests/fixtures/imports (make_fixtures.py) — Taobao's order report (GBK, no price
per item) and item report (UTF-8 with BOM), and a line export whose one listing title is
shared by three SKUs and whose line totals are not the rounded unit price × quantity.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from shopmanager.cli import main
from shopmanager.core.permissions import Role
from shopmanager.db.models import (
    AuditLog, OrderLine, PlatformCode, Product, ProvisionalLine, SalesOrder, Shipment, StockMovement, WaitingItem,
)
from shopmanager.services import order_import, products, stock
from shopmanager.services.check import stock_consistency

FIXTURES = Path(__file__).parents[2] / "fixtures" / "imports"
ORDER_REPORT = FIXTURES / "taobao-order-report-gbk.csv"
ITEM_REPORT = FIXTURES / "taobao-item-report-utf8bom.csv"
LINES = FIXTURES / "orders-lines-shared-title.xlsx"
SOCKS = "加厚保暖袜子 男女款"


def make_catalogue(shop) -> dict[str, int]:
    """Three SKUs of one listing (one title), tea and rice in stock; the large socks are out of stock."""
    owner = shop[Role.OWNER]
    ids = {}
    for sku, name, price in [("SOCK-M-BLK", SOCKS, "9.90"), ("SOCK-M-WHT", SOCKS, "9.90"),
                             ("SOCK-L-BLK", SOCKS, "9.90"), ("TEA-250", "西湖龙井 250g", "128.00"),
                             ("RICE-5", "五常大米 家庭装 5kg", "59.40")]:
        ids[sku] = products.create_product(owner, {"sku": sku, "name": name, "price_cents": price})
    stock.receive_goods(owner, [stock.ReceiptLine(ids[sku], 100) for sku in ("SOCK-M-BLK", "SOCK-M-WHT", "TEA-250",
                                                                             "RICE-5")])
    return ids


@pytest.fixture
def catalogue(shop):
    return make_catalogue(shop)


def run(actor, path, **options):
    sheet = order_import.read(path)
    return order_import.run_import(actor, path, order_import.guess(sheet), sheet=sheet, **options)


def lines_of(number: str) -> list[tuple]:
    order = SalesOrder.get(SalesOrder.platform_order_no == number)
    return [(line.sku, line.product_id, line.qty, line.unit_price_cents, line.discount_cents, line.line_total_cents)
            for line in OrderLine.select().where(OrderLine.order == order.id).order_by(OrderLine.line_no)]


def rounded(amount: str) -> int:
    return int((Decimal(amount) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


# -- 1. the SKU is authoritative -------------------------------------------------------------------------

def test_lines_of_one_title_go_to_their_own_sku(shop, catalogue):
    report = run(shop[Role.CUSTOMER_SERVICE], LINES)
    assert report.ok, [p.text() for p in report.problems]
    assert [line[:2] for line in lines_of("240101-0001")] == [("SOCK-M-BLK", catalogue["SOCK-M-BLK"]),
                                                              ("SOCK-M-WHT", catalogue["SOCK-M-WHT"])]
    assert lines_of("240101-0003")[0][:2] == ("SOCK-L-BLK", catalogue["SOCK-L-BLK"])


def test_a_title_is_used_only_without_a_code_and_only_for_exactly_one_product(shop, catalogue, tmp_path):
    path = tmp_path / "own.csv"
    path.write_text("订单号,商品名称,商家编码,数量,单价\n"
                    f"W-1,{SOCKS},A88231-黑-L,1,19.80\n"  # an unknown code: never the socks of the same title
                    f"W-2,{SOCKS},,1,9.90\n"  # no code, three products of that name: which one?
                    "W-3,西湖龙井 250g,,1,128.00\n", encoding="utf-8")  # no code, one product: that one
    report = run(shop[Role.CUSTOMER_SERVICE], path, channel="wechat")
    assert [(p.row, p.column) for p in report.problems] == [(2, "商家编码"), (3, "商品名称")]
    assert "unknown product 'A88231-黑-L'" in report.problems[0].message
    assert "3 products are named" in report.problems[1].message
    assert SalesOrder.select().count() == 0
    path.write_text("订单号,商品名称,商家编码,数量,单价\nW-3,西湖龙井 250g,,1,128.00\n", encoding="utf-8")
    assert run(shop[Role.CUSTOMER_SERVICE], path, channel="wechat").created == 1
    assert lines_of("W-3")[0][:2] == ("TEA-250", catalogue["TEA-250"])


# -- 2. money exactly as in the file ----------------------------------------------------------------------

def test_line_totals_are_the_files_and_the_rounding_is_in_the_discount(shop, catalogue):
    report = run(shop[Role.CUSTOMER_SERVICE], LINES)
    assert report.ok, [p.text() for p in report.problems]
    file_totals = ["10.00", "10.00", "128.01", "59.39", "10.00", "1.00"]
    imported = [line for number in ("240101-0001", "240101-0002", "240101-0003", "240101-0004")
                for line in lines_of(number)]
    assert [line[5] for line in imported] == [rounded(t) for t in file_totals]
    assert sum(o.goods_cents for o in SalesOrder.select()) == sum(rounded(t) for t in file_totals)
    for _sku, _product, qty, unit, discount, total in imported:
        assert unit * qty - discount == total and discount >= 0
    assert lines_of("240101-0001")[0][2:] == (3, 334, 2, 1000)  # 3.333 × 3 = 10.00, not 3.33 × 3 = 9.99
    assert lines_of("240101-0002")[1][2:] == (2, 2970, 1, 5939)  # a cent off the list price, in the discount
    third = SalesOrder.get(SalesOrder.platform_order_no == "240101-0003")
    assert (third.goods_cents, third.freight_cents, third.total_cents, third.paid_cents) == (1000, 500, 1500, 1500)


# -- 3. Taobao's two files, in either order ------------------------------------------------------------

def test_order_report_without_line_prices_takes_the_orders_money(shop, catalogue):
    report = run(shop[Role.CUSTOMER_SERVICE], ORDER_REPORT)
    assert report.ok, [p.text() for p in report.problems]
    assert report.created == 5 and "import the item report (宝贝报表)" in " ".join(report.notes)
    money = {o.platform_order_no: (o.goods_cents, o.freight_cents, o.total_cents, o.paid_cents)
             for o in SalesOrder.select()}
    assert money == {"3201000000000101": (2970, 0, 2970, 2970), "3201000000000102": (11800, 800, 12600, 12600),
                     "3201000000000103": (7920, 0, 7920, 7920), "3201000000000104": (990, 600, 1590, 0),
                     "3201000000000105": (5940, 0, 5940, 0)}
    assert ProvisionalLine.select().count() == 5
    assert Product.get_by_id(catalogue["TEA-250"]).stock_qty == 100  # which products left is not known yet


def final_state():
    orders = {}
    for order in SalesOrder.select().order_by(SalesOrder.platform_order_no):
        orders[order.platform_order_no] = (order.status, order.goods_cents, order.total_cents, order.paid_cents,
                                           lines_of(order.platform_order_no))
    stock_now = {p.sku: p.stock_qty for p in Product.select()}
    return orders, stock_now


@pytest.mark.parametrize("first, second", [(ORDER_REPORT, ITEM_REPORT), (ITEM_REPORT, ORDER_REPORT)])
def test_order_and_item_reports_join_in_either_order_and_again(shop, catalogue, first, second):
    actor = shop[Role.CUSTOMER_SERVICE]
    order_import.remember_code(actor, "taobao", "sku", "A88231-黑-L", catalogue["SOCK-L-BLK"])
    one = run(actor, first)
    two = run(actor, second)
    assert one.ok and two.ok, [p.text() for p in one.problems + two.problems]
    orders, stock_now = final_state()
    assert set(orders) == {f"32010000000001{n:02d}" for n in range(1, 6)}
    assert orders["3201000000000101"][4] == [("SOCK-M-BLK", catalogue["SOCK-M-BLK"], 2, 990, 0, 1980),
                                             ("SOCK-M-WHT", catalogue["SOCK-M-WHT"], 1, 990, 0, 990)]
    # the order report's goods amount (after a 10.00 coupon) is the truth: the coupon is the line's discount
    assert orders["3201000000000102"][1:4] == (11800, 12600, 12600)
    assert orders["3201000000000102"][4] == [("TEA-250", catalogue["TEA-250"], 1, 12800, 1000, 11800)]
    assert [line[0] for line in orders["3201000000000103"][4]] == ["RICE-5", "A88231-黑-L"]
    assert orders["3201000000000103"][4][1][1] == catalogue["SOCK-L-BLK"]
    assert stock_now == {"SOCK-M-BLK": 100, "SOCK-M-WHT": 100, "SOCK-L-BLK": -1, "TEA-250": 99, "RICE-5": 99}
    assert ProvisionalLine.select().count() == 0 and WaitingItem.select().count() == 0
    again = [run(actor, first), run(actor, second)]
    assert [(r.created, r.updated) for r in again] == [(0, 0), (0, 0)]
    assert final_state() == (orders, stock_now)
    assert Shipment.select().count() == 2 and StockMovement.select().where(StockMovement.kind == "sale").count() == 3
    assert [f.ok for f in stock_consistency()] == [True]


def test_items_waiting_for_their_orders_are_kept_and_replaced_not_doubled(shop, catalogue):
    actor = shop[Role.CUSTOMER_SERVICE]
    first = run(actor, ITEM_REPORT)
    assert first.created == 0 and first.counts["waiting_orders"] == 5 and WaitingItem.select().count() == 7
    assert "wait for the order report" in " ".join(first.notes)
    run(actor, ITEM_REPORT)
    assert WaitingItem.select().count() == 7 and SalesOrder.select().count() == 0


# -- 4. numbers written as text ----------------------------------------------------------------------------

def test_phone_numbers_with_a_leading_apostrophe_are_numbers(shop, catalogue):
    report = run(shop[Role.CUSTOMER_SERVICE], ORDER_REPORT)
    assert report.ok, [p.text() for p in report.problems]
    order = SalesOrder.get(SalesOrder.platform_order_no == "3201000000000101")
    assert order.receiver_phone == "13812345678"
    assert run(shop[Role.CUSTOMER_SERVICE], LINES).ok
    assert SalesOrder.get(SalesOrder.platform_order_no == "240101-0001").receiver_phone == "13511112222"


def test_control_characters_and_bidi_overrides_are_removed_from_names_and_messages(shop, catalogue):
    run(shop[Role.CUSTOMER_SERVICE], ORDER_REPORT)
    assert SalesOrder.get(SalesOrder.platform_order_no == "3201000000000101").buyer_message == "请尽快发货[31m 谢谢"
    run(shop[Role.CUSTOMER_SERVICE], LINES)
    assert SalesOrder.get(SalesOrder.platform_order_no == "240101-0002").receiver_name == "周敏"


# -- 5. platform codes → our SKUs ---------------------------------------------------------------------------

def test_an_unknown_code_is_mapped_once_and_remembered_for_the_channel(shop, catalogue):
    actor = shop[Role.CUSTOMER_SERVICE]
    run(actor, ORDER_REPORT)
    report = run(actor, ITEM_REPORT)
    assert not report.ok and [p.row for p in report.problems] == [6]
    unknown = report.details["unknown"]
    assert [(i["kind"], i["code"], i["rows"]) for i in unknown] == [("sku", "A88231-黑-L", [6])]
    assert order_import.find_product("SOCK-L-BLK")[0][0] == catalogue["SOCK-L-BLK"]
    assert order_import.remember_code(actor, "taobao", "sku", "A88231-黑-L", catalogue["SOCK-L-BLK"]) == "SOCK-L-BLK"
    assert run(actor, ITEM_REPORT).ok
    assert lines_of("3201000000000103")[1][:2] == ("A88231-黑-L", catalogue["SOCK-L-BLK"])
    assert PlatformCode.select().count() == 1
    assert AuditLog.select().where(AuditLog.entity == "platform_code").count() == 1
    # another channel has its own codes; a placeholder is the last resort there
    tmall = run(actor, ITEM_REPORT, channel="tmall", create_missing_products=True)
    assert tmall.ok and tmall.counts["waiting_orders"] == 5 and tmall.details["unknown"][0]["waiting"]
    assert Product.select().where(Product.is_placeholder == True).count() == 0  # noqa: E712


def test_placeholders_only_when_allowed_and_shipped_rows_below_zero_are_warned(shop, catalogue, tmp_path):
    actor = shop[Role.CUSTOMER_SERVICE]
    path = tmp_path / "shipped.csv"
    path.write_text("订单编号,买家会员名,订单状态,宝贝标题,商家编码,购买数量,价格,物流单号,物流公司,买家实际支付金额\n"
                    f"T-1,tb_a,卖家已发货，等待买家确认,{SOCKS},SOCK-L-BLK,2,9.90,SF1000000000001,顺丰速运,19.80\n"
                    f"T-2,tb_b,卖家已发货，等待买家确认,{SOCKS},SOCK-M-BLK,1,9.90,SF1000000000002,顺丰速运,9.90\n"
                    "T-3,tb_c,卖家已发货，等待买家确认,新款围巾,SCARF-9,1,39.00,SF1000000000003,顺丰速运,39.00\n",
                    encoding="utf-8")
    refused = run(actor, path, channel="taobao", dry_run=True)
    assert [p.row for p in refused.problems] == [4]
    checked = run(actor, path, channel="taobao", dry_run=True, create_missing_products=True)
    assert checked.ok and checked.counts["placeholders"] == 1
    assert [(w.row, w.column) for w in checked.warnings] == [(2, "购买数量"), (4, "购买数量")]
    assert "SOCK-L-BLK goes to -2" in checked.warnings[0].message and checked.details["red_rows"] == [2, 4]
    assert SalesOrder.select().count() == 0  # a dry run writes nothing
    report = run(actor, path, channel="taobao", create_missing_products=True)
    assert report.ok and report.created == 3
    assert Product.get(Product.sku == "SCARF-9").is_placeholder and Product.get_by_id(catalogue["SOCK-L-BLK"]).stock_qty == -2


# -- 6. the CLI takes a channel -------------------------------------------------------------------------------

def test_cli_imports_a_file_of_no_preset_with_a_channel(sqlite_db, sqlite_shop, tmp_path, monkeypatch, capsys):
    db = sqlite_db
    make_catalogue(sqlite_shop)
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "demo-pass-1")
    path = tmp_path / "wechat.csv"
    path.write_text("订单号,商品名称,商家编码,数量,单价,买家留言\nWX-1,西湖龙井 250g,TEA-250,1,128.00,\x1b[2J快点\n",
                    encoding="utf-8")
    argv = ["--db", db.url, "--lang", "en", "--user", "customer_service", "import", "orders", str(path)]
    assert main(argv) == 2 and "Choose the channel" in capsys.readouterr().err
    assert main([*argv, "--channel", "wechat"]) == 0
    assert "Imported: 1 new" in capsys.readouterr().out
    assert SalesOrder.get().channel == "wechat" and SalesOrder.get().buyer_message == "[2J快点"


def test_the_cli_never_prints_control_characters_raw(sqlite_db, sqlite_shop, monkeypatch, capsys):
    db = sqlite_db
    make_catalogue(sqlite_shop)
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "demo-pass-1")
    run(sqlite_shop[Role.CUSTOMER_SERVICE], LINES)
    # a receiver written before this release, straight into the table
    SalesOrder.update(receiver_name="周\x1b[2J\u202e敏\x07").where(SalesOrder.platform_order_no == "240101-0002").execute()
    assert main(["--db", db.url, "--lang", "en", "--user", "owner", "orders", "show", "240101-0002"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    assert "周\\x1b[2J\\u202e敏\\x07" in out
