"""P8: importing 100,000 platform order lines ≤ 1 × openpyxl's read_only parse of the same file,
the first import (orders, customers, shipments, stock out) and the unchanged re-import both.

The file: a Taobao-style export with one row per order line (order number, buyer, receiver,
phone, times, status, tracking number, title, merchant code, price, quantity, line total),
about 1.6 lines an order, statuses as a shop sees them (most completed or shipped), into a
shop of 2,000 products; written by openpyxl, so the bare library parses its own output.
"""
from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import OUT, Result, openpyxl_parse
from benchmarks.excel_io import _fresh_shop

ROWS = 100_000
PRODUCTS = 2_000
HEADERS = ["订单编号", "买家会员名", "订单状态", "买家应付邮费", "买家实际支付金额", "收货人姓名", "联系手机", "收货地址",
           "订单创建时间", "订单付款时间", "物流单号", "物流公司", "买家留言", "宝贝标题", "商家编码", "价格", "购买数量",
           "商品总价"]
STATUSES = [("交易成功", 6), ("卖家已发货，等待买家确认", 2), ("买家已付款，等待卖家发货", 1), ("等待买家付款", 0.5),
            ("交易关闭", 0.5)]


def _make_xlsx(path: Path, rows: int) -> None:
    import openpyxl

    rng = random.Random(8)
    names, weights = zip(*STATUSES)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("订单")
    sheet.append(HEADERS)
    start = dt.datetime(2026, 1, 1, 8, 0)
    written, order = 0, 0
    while written < rows:
        order += 1
        status = rng.choices(names, weights)[0]
        ordered = start + dt.timedelta(minutes=order * 3)
        paid = "" if status == "等待买家付款" else ordered + dt.timedelta(minutes=1)
        tracking = f"YT{order:013d}" if status in ("交易成功", "卖家已发货，等待买家确认") else ""
        buyer = f"tb_买家{rng.randint(1, rows // 3)}"
        lines = []
        for _ in range(min(rng.choice([1, 1, 1, 2, 2, 3]), rows - written)):
            sku = rng.randint(1, PRODUCTS)
            qty = rng.choice([1, 1, 1, 2, 3])
            price = round(9.9 + sku % 97, 2)
            lines.append((f"测试商品{sku} 牛肉干 五香 200g", f"BX{sku:07d}", price, qty, round(price * qty * 0.95, 2)))
        total = round(sum(line[4] for line in lines), 2)
        for title, sku, price, qty, line_total in lines:
            sheet.append([f"3201{order:012d}", buyer, status, 0, total if paid else 0, "张伟", f"138{order % 10**8:08d}",
                          "浙江省 杭州市 西湖区 文三路100号", ordered, paid, tracking, "圆通速递" if tracking else "", "",
                          title, sku, price, qty, line_total])
            written += 1
    workbook.save(path)


def _products_csv(path: Path) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("货号,商品名称,售价,期初库存\n")
        for sku in range(1, PRODUCTS + 1):
            handle.write(f"BX{sku:07d},测试商品{sku} 牛肉干 五香 200g,{9.9 + sku % 97:.2f},1000\n")


def _timed(owner, source: Path):
    from shopmanager.services import order_import

    start = time.perf_counter()
    sheet = order_import.read(source)
    report = order_import.run_import(owner, source, order_import.guess(sheet), sheet=sheet, channel="taobao")
    seconds = time.perf_counter() - start
    assert report.ok, [p.text() for p in report.problems[:3]]
    return seconds, report


def run(rows: int = ROWS) -> list[Result]:
    OUT.mkdir(parents=True, exist_ok=True)
    source = OUT / f"orders-{rows}.xlsx"
    if not source.exists():
        _make_xlsx(source, rows)
    bare = min(openpyxl_parse(source) for _ in range(2))
    folder = Path(tempfile.mkdtemp(prefix="bench-orders-import-"))
    try:
        url = _fresh_shop(folder)
        from shopmanager.db.bootstrap import open_and_migrate
        from shopmanager.db.database import close_database
        from shopmanager.services import auth, product_import

        close_database()
        open_and_migrate(url)
        owner = auth.login("owner", "Bench-pass-1")
        products = folder / "products.csv"
        _products_csv(products)
        product_import.run_import(owner, products, product_import.guess(product_import.read(products)))
        first, report = _timed(owner, source)
        again, second = _timed(owner, source)
        assert second.created == 0 and second.updated == 0, (second.created, second.updated)
    finally:
        from shopmanager.db.database import close_database

        close_database()
        shutil.rmtree(folder, ignore_errors=True)
    note = f"bare: openpyxl read_only parse only; {report.created:,} orders, {report.parts_written} parts"
    return [
        Result(f"P8 import {rows:,} order lines from xlsx (first import)", first, bare, "≤ 1×", note=note),
        Result(f"P8 re-import the same {rows:,} order lines (unchanged)", again, bare, "≤ 1×",
               note="bare: openpyxl read_only parse only"),
    ]


if __name__ == "__main__":
    for result in run(int(sys.argv[1]) if len(sys.argv) > 1 else ROWS):
        print(result.line())
