"""Imports tried with files written from the platforms' layouts by the import review (not by the
importers' authors): tests/fixtures/review (make_fixtures.py says what each file carries)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from shopmanager.core.permissions import Role
from shopmanager.db.models import AfterSalesCase, OrderLine, Punch, Refund, SalesOrder, WaitingItem
from shopmanager.services import aftersales_import, order_import, product_import, punch_import, staff
from tests.unit.services.roster_helpers import freeze

FILES = Path(__file__).resolve().parents[2] / "fixtures" / "review"


def _orders(actor, name: str, *, dry_run: bool = False, **options):
    path = FILES / name
    sheet = order_import.read(path)
    return order_import.run_import(actor, path, order_import.guess(sheet), sheet=sheet, dry_run=dry_run, **options)


@pytest.fixture
def catalogue(shop):
    path = FILES / "products-gbk.csv"
    report = product_import.run_import(shop[Role.OWNER], path, product_import.guess(product_import.read(path)))
    assert report.ok and report.created == 5
    return shop


def _seen() -> dict[str, tuple]:
    """platform number → (goods, freight, total, paid, [(sku, qty, line total)]) as the shop sees it."""
    seen = {}
    for order in SalesOrder.select().order_by(SalesOrder.platform_order_no):
        lines = [(line.sku, line.qty, line.line_total_cents) for line in
                 OrderLine.select().where(OrderLine.order == order.id).order_by(OrderLine.line_no)]
        seen[order.platform_order_no] = (order.goods_cents, order.freight_cents, order.total_cents, order.paid_cents,
                                         lines)
    return seen


@pytest.mark.parametrize("first,second", [("taobao-orders-gbk.csv", "taobao-items-utf8bom.csv"),
                                          ("taobao-items-utf8bom.csv", "taobao-orders-gbk.csv")])
def test_taobao_order_and_item_reports_in_either_order_match_the_files_to_the_cent(catalogue, first, second):
    clerk = catalogue[Role.CUSTOMER_SERVICE]
    for name in (first, second):
        check = _orders(clerk, name, dry_run=True)
        report = _orders(clerk, name)
        assert report.ok and (report.created, report.updated) == (check.created, check.updated)
    seen = _seen()
    assert seen["2046812345678901234"] == (10970, 0, 10970, 10470, [("TS-RED-M", 2, 7313), ("TS-BLU-L", 1, 3657)])
    assert seen["2046812345678901235"] == (9999, 800, 10799, 10799, [("TEA-100", 3, 9999)])
    assert seen["2046812345678901238"][:4] == (16665, 0, 16665, 16000)
    assert sum(v[3] for v in seen.values()) == 10470 + 10799 + 16000  # 买家实际支付金额 of the paid orders
    assert WaitingItem.select().count() == 0
    for name in (first, second):  # again: nothing changes
        again = _orders(clerk, name)
        assert (again.created, again.updated, again.unchanged) == (0, 0, 5)
    assert _seen() == seen


@pytest.mark.parametrize("name", ["taobao-items-excel-resaved.csv", "taobao-items-libreoffice.xlsx"])
def test_order_numbers_a_spreadsheet_cut_to_15_digits_are_refused_not_merged(catalogue, name):
    clerk = catalogue[Role.CUSTOMER_SERVICE]
    assert _orders(clerk, "taobao-orders-gbk.csv").ok
    report = _orders(clerk, name)
    assert not report.ok and {p.row for p in report.problems} == set(range(2, 10))
    assert {p.column for p in report.problems} == {"订单编号"}
    assert "15 digits" in report.problems[0].message
    assert WaitingItem.select().count() == 0 and OrderLine.select().where(OrderLine.sku != "").count() == 0


def test_a_title_line_of_two_cells_above_the_header(catalogue):
    report = _orders(catalogue[Role.CUSTOMER_SERVICE], "pdd-orders-title-gbk.csv")
    assert report.ok, [p.text() for p in report.problems]
    assert _seen() == {"PDD-0001": (4000, 0, 4000, 4000, [("TS-BLU-L", 3, 4000)]),
                       "PDD-0002": (6666, 500, 7166, 7166, [("TEA-100", 2, 6666)])}


@pytest.mark.parametrize("name", ["dingtalk-daily-merged.xlsx", "dingtalk-daily-merged.xls"])
def test_dingtalk_daily_statistics_with_a_header_in_two_merged_rows(shop, name):
    owner = shop[Role.OWNER]
    freeze(dt.datetime(2026, 11, 10, 10, 0))
    people = {n: staff.create_staff(owner, name=n, role=Role.CUSTOMER_SERVICE, staff_no=no).id
              for n, no in (("李娜", "0004"), ("刘洋", "0105"))}
    path = FILES / name
    sheet = punch_import.read(path)
    mapping = punch_import.guess(sheet)
    assert {key: sheet.headers[i] for key, i in mapping.items()} == {
        "staff_no": "工号", "name": "姓名", "date": "日期", "in_time": "上班1 打卡时间", "out_time": "下班1 打卡时间"}
    report = punch_import.run_import(owner, path, mapping, sheet=sheet)
    assert report.ok and report.created == 3, [p.text() for p in report.problems]
    day = dt.date(2026, 11, 5)
    assert [(p.at, p.kind) for p in Punch.select().where(Punch.staff == people["李娜"]).order_by(Punch.at)] == [
        (dt.datetime.combine(day, dt.time(9, 1)), "in"), (dt.datetime.combine(day, dt.time(18, 5)), "out")]


def _refunds(actor, name: str, *, dry_run: bool = False):
    path = FILES / name
    sheet = aftersales_import.read(path)
    return aftersales_import.run_import(actor, path, aftersales_import.guess(sheet), sheet=sheet, dry_run=dry_run)


@pytest.fixture
def taobao_orders(catalogue):
    clerk = catalogue[Role.CUSTOMER_SERVICE]
    freeze(dt.datetime(2026, 11, 8, 10, 0))
    assert _orders(clerk, "taobao-orders-gbk.csv").ok and _orders(clerk, "taobao-items-utf8bom.csv").ok
    return catalogue


def test_platform_refunds_of_every_item_of_a_coupon_order_add_up_to_its_payment(taobao_orders):
    report = _refunds(taobao_orders[Role.CUSTOMER_SERVICE], "taobao-refunds-items-gbk.csv")
    assert report.ok, [p.text() for p in report.problems]
    assert sorted(r.amount_cents for r in Refund.select()) == [3490, 6980]  # 104.70 paid, 104.70 refunded


def test_two_refunds_of_one_order_in_one_file_that_exceed_its_payment(taobao_orders):
    clerk = taobao_orders[Role.CUSTOMER_SERVICE]
    check = _refunds(clerk, "taobao-refunds-same-order-gbk.csv", dry_run=True)
    assert [(p.row, p.column) for p in check.problems] == [(3, "买家退款金额")]
    assert "the rows above refund ¥60.00" in check.problems[0].message
    report = _refunds(clerk, "taobao-refunds-same-order-gbk.csv")
    assert [p.text() for p in report.problems] == [p.text() for p in check.problems]
    assert AfterSalesCase.select().count() == 0 and Refund.select().count() == 0


def test_a_disk_that_fills_up_after_the_first_part_says_what_was_written(sqlite_shop, monkeypatch, tmp_path):
    import peewee

    from shopmanager.core.errors import DiskFull
    from shopmanager.db.models import Product

    monkeypatch.setattr(product_import, "PART_SIZE", 10)
    written = product_import._write

    def write(actor, plan, report):
        if report.parts_written == 1:
            raise peewee.OperationalError("database or disk is full")
        written(actor, plan, report)

    monkeypatch.setattr(product_import, "_write", write)
    path = tmp_path / "products.csv"
    path.write_text("货号,商品名称\n" + "".join(f"P{i:03d},商品{i}\n" for i in range(25)), encoding="utf-8")
    with pytest.raises(DiskFull) as error:
        product_import.run_import(sqlite_shop[Role.OWNER], path, product_import.guess(product_import.read(path)))
    assert "the first 1 were written and stay" in str(error.value) and "Nothing was saved" not in str(error.value)
    assert Product.select().where(Product.sku.startswith("P")).count() == 10


def test_an_item_report_without_merchant_codes_finds_the_one_product_of_a_title(catalogue):
    clerk = catalogue[Role.CUSTOMER_SERVICE]
    assert _orders(clerk, "taobao-orders-gbk.csv").ok
    report = _orders(clerk, "taobao-items-no-codes-utf8bom.csv")
    # the tea: one product of that title (its 商品属性 is not part of the name); the shirt: three share it
    assert [(p.row, p.column) for p in report.problems] == [(3, "标题")]
    assert "3 products are named '纯棉T恤 夏季新款'" in report.problems[0].message


def test_masked_phone_numbers_are_kept_as_given_and_recognise_no_one(catalogue):
    from shopmanager.db.models import Customer

    report = _orders(catalogue[Role.CUSTOMER_SERVICE], "douyin-orders-masked.csv")
    assert report.ok, [p.text() for p in report.problems]
    orders = {o.platform_order_no: o for o in SalesOrder.select()}
    assert [orders[n].receiver_phone for n in sorted(orders)] == ["138****5678", "138****5678", "13800001111-1234"]
    first, second = (orders[n].customer_id for n in ("6929481234567890123", "6929481234567890125"))
    assert first != second  # two buyers behind one mask: two customers, never merged
    assert Customer.select().where(Customer.phone == "138****5678").count() == 2
    # the order form takes the masked number as the platform gave it, and finds no one by it
    from shopmanager.services.orders import LineInput
    from tests.unit.services.test_orders import paid_order

    tea = OrderLine.get(OrderLine.sku == "TEA-100").product_id
    ref = paid_order(catalogue[Role.CUSTOMER_SERVICE], LineInput(1, product_id=tea), receiver_name="李*",
                     receiver_phone="138****5678", receiver_address="上海市****")
    assert SalesOrder.get_by_id(ref.id).customer_id not in (first, second)


def test_a_staff_name_loses_terminal_escapes_and_bidi_overrides(shop):
    from shopmanager.db.models import Staff

    made = staff.create_staff(shop[Role.OWNER], name="赵\x1b[31m六\u202e", role=Role.CUSTOMER_SERVICE,
                              phone="\u202e138 0000 1111", staff_no="0777")
    row = Staff.get_by_id(made.id)
    assert (row.name, row.phone) == ("赵[31m六", "138 0000 1111")
