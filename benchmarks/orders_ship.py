"""P6: shipping one order on a SQLite database of a million orders.

The whole service — permission check, order by number (batch mode) or id, tracking
number check, state change, shipment, stock movements, last sale, audit record, commit
with synchronous=FULL — against bare peewee doing the same UPDATEs and INSERTs of the
same kind of order in its own transaction. Goal: p95 ≤ 20 ms over ≥ 200 shipments.

The demo database (1M orders, 200k customers, 2,000 products) is made once by the demo
shop (services/demo.py → demo_orders.py) and kept in benchmarks/out/; each run works on a copy.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import OUT, Result

BUILD = """
import sys
from shopmanager.core.progress import printing_progress
from shopmanager.db.database import open_database, sqlite_url
from shopmanager.db.migrations import migrate
from shopmanager.services import demo

open_database(sqlite_url(sys.argv[1]), create=True)
migrate()
demo.create_demo_shop(demo.DemoSizes(products=int(sys.argv[2]), customers=int(sys.argv[3]), orders=int(sys.argv[4])),
                      printing_progress(sys.stderr))
"""


def orders_database(orders: int = 1_000_000, customers: int = 200_000, products: int = 2_000) -> Path:
    """The cached demo database with `orders` orders (made in a few minutes the first time)."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"orders{orders}.sqlite3"
    done = Path(str(path) + ".done")  # made in place, marked when complete (see common.demo_database)
    if not done.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", BUILD, str(path), str(products), str(customers), str(orders)],
                       check=True)
        print(f"# demo database with {orders:,} orders made in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        done.write_text(str(orders))
    return path


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _paid_orders(owner, products: list[int], count: int) -> list[tuple[int, str]]:
    """Fresh paid orders of 1–3 products each (set-up, not timed)."""
    import random

    from shopmanager.core import timeutil
    from shopmanager.services import orders

    rng = random.Random(6)
    made = []
    for n in range(count):
        lines = [orders.LineInput(rng.randint(1, 2), product_id=p) for p in rng.sample(products, rng.randint(1, 3))]
        ref = orders.create_order(owner, orders.OrderInput(
            channel="taobao", lines=lines, paid_at=timeutil.now(), platform_order_no=f"P6-{os.getpid()}-{n}",
            receiver_name="张伟", receiver_phone="13812345678", receiver_address="浙江省杭州市西湖区文三路 1 号"))
        made.append((ref.id, ref.order_no))
    return made


def _bare_ship(order_id: int, carrier_id: int, carrier_name: str, tracking: str, user_id: int) -> None:
    """What shipping writes, in bare peewee: no checks, no reads but the lines."""
    import peewee

    from shopmanager.db.database import current_database
    from shopmanager.db.models import AuditLog, OrderLine, Product, SalesOrder, Shipment, StockMovement

    now = dt.datetime.now().replace(microsecond=0)
    with current_database().atomic():
        SalesOrder.update(status="shipped", shipped_at=now, updated_at=now,
                          row_version=SalesOrder.row_version + 1).where(SalesOrder.id == order_id).execute()
        shipment = Shipment.insert(order=order_id, kind="order", carrier=carrier_id, carrier_name=carrier_name,
                                   tracking_no=tracking, shipped_at=now, shipped_by=user_id).execute()
        lines = list(OrderLine.select(OrderLine.product, peewee.fn.SUM(OrderLine.qty)).where(
            OrderLine.order == order_id).group_by(OrderLine.product).order_by(OrderLine.product).tuples())
        for product_id, qty in lines:
            balance = Product.update(stock_qty=Product.stock_qty - qty).where(Product.id == product_id).returning(
                Product.stock_qty).execute()
            StockMovement.insert(product=product_id, kind="sale", qty=-qty, balance_after=list(balance)[0].stock_qty,
                                 ref_type="shipment", ref_id=shipment, user=user_id, at=now).execute()
        Product.update(last_sale_at=now).where(Product.id.in_([p for p, _q in lines])).execute()
        AuditLog.insert(at=now, user=user_id, username="shipping", action="ship", entity="order",
                        entity_id=str(order_id), summary=tracking).execute()


def run(orders: int = 1_000_000, shipments: int = 250) -> list[Result]:
    source = orders_database(orders)
    work = Path(tempfile.mkdtemp(prefix="bench-p6-"))
    try:
        copy = work / "shop.sqlite3"
        shutil.copyfile(source, copy)
        return _measure(copy, orders, shipments)
    finally:
        from shopmanager.db.database import close_database

        close_database()
        shutil.rmtree(work, ignore_errors=True)


def _measure(path: Path, orders_count: int, shipments: int) -> list[Result]:
    from shopmanager.db.bootstrap import open_and_migrate
    from shopmanager.db.database import sqlite_url
    from shopmanager.db.models import Product, SalesOrder, StockMovement
    from shopmanager.services import auth, shipping, stock
    from shopmanager.services.check import stock_consistency
    from shopmanager.services.context import transaction

    open_and_migrate(sqlite_url(path))
    owner = auth.login("owner", "demo")
    clerk = auth.login("shipping", "demo")
    total = SalesOrder.select().count()
    products = [p.id for p in Product.select(Product.id).where(Product.stock_qty > 0).order_by(
        Product.last_sale_at.desc()).limit(40)]
    with transaction():  # enough stock for the run, through the ledger
        for product_id in products:
            stock.move(product_id, "inbound", 5000, user_id=None, reason="P6", ref_type="bench")
    made = _paid_orders(owner, products, 2 * shipments)
    carriers = shipping.list_carriers(clerk)
    sf = next(c for c in carriers if c.code == "SF")
    ours, bare, by_number = [], [], []
    for n in range(shipments):
        (order_a, number_a), (order_b, _number_b) = made[2 * n], made[2 * n + 1]
        start = time.perf_counter()
        if n % 2:
            shipping.ship_by_order_number(clerk, number_a, sf.id, f"SF9{os.getpid() % 1000:03d}{n:09d}")
            by_number.append(time.perf_counter() - start)
        else:
            shipping.ship_order(clerk, order_a, sf.id, f"SF9{os.getpid() % 1000:03d}{n:09d}")
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        _bare_ship(order_b, sf.id, sf.name, f"YT9{os.getpid() % 1000:03d}{n:09d}", clerk.user_id)
        bare.append(time.perf_counter() - start)
    consistent = all(f.ok for f in stock_consistency())
    moved = StockMovement.select().where(StockMovement.ref_type == "shipment").count()
    p95, bare95 = _percentile(ours, 0.95) * 1000, _percentile(bare, 0.95) * 1000
    note = (f"{total:,} orders; median {statistics.median(ours) * 1000:.1f} ms vs bare "
            f"{statistics.median(bare) * 1000:.1f} ms; max {max(ours) * 1000:.1f} ms; stock = Σ movements: "
            f"{'yes' if consistent else 'NO'} ({moved:,} shipment movements)")
    return [
        Result(f"P6 ship one order, p95 of {shipments} ({total:,} orders)", p95, bare95, "≤ 20 ms", unit="ms",
               note=note),
        Result("P6 ship one order, median", statistics.median(ours) * 1000, statistics.median(bare) * 1000, "—",
               unit="ms"),
        Result("P6 batch mode (scan order no. + label), p95", _percentile(by_number, 0.95) * 1000, bare95,
               "≤ 20 ms", unit="ms"),
    ]


if __name__ == "__main__":
    for result in run(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000):
        print(result.line(), flush=True)
