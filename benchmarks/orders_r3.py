"""R3: two processes (two PCs) × 1000 sales of the same few products through the services —
take a paid order, ship it; every 20th parcel is cancelled and shipped again with another
label — on SQLite and on PostgreSQL. The stock must end exactly at start − shipped, equal
to the sum of its movements, with no "database is locked", deadlock or other error.

PostgreSQL: the throwaway server of the test suite (tests/pgserver.py; it runs with
fsync off, so its times are not a disk's), or SHOPMANAGER_BENCH_PG=postgresql://… of an
empty database you provide.
"""
from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
import uuid
from pathlib import Path

from benchmarks.common import Result

START_STOCK = 20_000


def _sell(url: str, actor, worker: int, rounds: int, products: list[int], carrier: int, results) -> None:
    try:
        from shopmanager.core import timeutil
        from shopmanager.db.database import open_database
        from shopmanager.services import context, orders, shipping

        open_database(url)
        rng = random.Random(worker)
        shipped: dict[int, int] = {}
        for number in range(rounds):
            lines = [orders.LineInput(rng.randint(1, 3), product_id=p)
                     for p in rng.sample(products, rng.randint(1, len(products)))]
            ref = orders.create_order(actor, orders.OrderInput(channel="taobao", lines=lines, paid_at=timeutil.now(),
                                                               platform_order_no=f"R3-{worker}-{number}"))
            result = shipping.ship_order(actor, ref.id, carrier, f"R3{worker}{number:08d}")
            if number % 20 == 0:
                shipping.cancel_shipment(actor, result.shipment_id, "面单作废")
                shipping.ship_order(actor, ref.id, carrier, f"R3{worker}{number:08d}B")
            for line in lines:
                shipped[line.product_id] = shipped.get(line.product_id, 0) + line.qty
        results.put(("ok", worker, (shipped, context.transient_retries)))
    except BaseException:  # noqa: BLE001 - reported to the parent
        results.put(("error", worker, traceback.format_exc()))


def _prepare(url: str) -> tuple[object, list[int], int]:
    from shopmanager.db.database import close_database, open_database
    from shopmanager.db.migrations import migrate
    from shopmanager.services import auth, products, shipping, stock

    open_database(url, create=True)
    migrate()
    owner = auth.initialize_shop(shop_name="R3", owner_username="owner", owner_password="Bench-pass-1",
                                 owner_name="店主", language="en")
    made = [products.create_product(owner, {"sku": f"HOT-{n}", "name": f"热卖 {n}", "price_cents": "9.9"})
            for n in range(3)]
    stock.receive_goods(owner, [stock.ReceiptLine(p, START_STOCK) for p in made])
    carrier = shipping.list_carriers(owner)[0].id
    close_database()
    return owner, made, carrier


def _check(url: str, made: list[int], shipped: dict[int, int]) -> tuple[bool, int, int]:
    from shopmanager.db.database import close_database, open_database
    from shopmanager.db.models import Product, SalesOrder
    from shopmanager.services.check import stock_consistency

    open_database(url)
    try:
        exact = all(Product.get_by_id(p).stock_qty == START_STOCK - shipped.get(p, 0) for p in made)
        exact = exact and all(f.ok for f in stock_consistency())
        return exact, SalesOrder.select().count(), sum(shipped.values())
    finally:
        close_database()


def _race(kind: str, url: str, rounds: int) -> Result:
    owner, made, carrier = _prepare(url)
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [context.Process(target=_sell, args=(url, owner, n, rounds, made, carrier, results)) for n in (1, 2)]
    start = time.perf_counter()
    for process in workers:
        process.start()
    reports = [results.get(timeout=1800) for _ in workers]
    elapsed = time.perf_counter() - start
    for process in workers:
        process.join(timeout=60)
    errors = [text.strip().splitlines()[-1] for kind_, _w, text in reports if kind_ == "error"]
    shipped: dict[int, int] = {}
    retries = 0
    for kind_, _worker, outcome in reports:
        if kind_ == "ok":
            quantities, retried = outcome
            retries += retried
            for product, qty in quantities.items():
                shipped[product] = shipped.get(product, 0) + qty
    exact, order_count, pieces = _check(url, made, shipped)
    note = (f"{order_count} orders, {pieces} pieces shipped; stock exact: {'yes' if exact else 'NO'}; "
            f"transactions retried: {retries}; errors: {len(errors)}{' — ' + errors[0] if errors else ''}")
    return Result(f"R3 {kind}: 2 processes × {rounds} sell+ship, same 3 products", elapsed, None,
                  "stock exact, no error", unit="s", note=note)


def run(rounds: int = 1000) -> list[Result]:
    work = Path(tempfile.mkdtemp(prefix="bench-r3-"))
    results = []
    try:
        results.append(_race("SQLite", f"sqlite://{work / 'r3.sqlite3'}", rounds))
        given = os.environ.get("SHOPMANAGER_BENCH_PG")
        if given:
            results.append(_race("PostgreSQL", given, rounds))
        else:
            sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
            from tests.pgserver import PostgresServer, find_bindir

            if find_bindir() is None:
                print("# R3 PostgreSQL skipped: no server binaries (make deb-test)", file=sys.stderr)
                return results
            server = PostgresServer()
            try:
                server.start()
                name = "r3_" + uuid.uuid4().hex[:8]
                server.admin(f'CREATE DATABASE "{name}"')
                results.append(_race("PostgreSQL", server.url(name), rounds))
            finally:
                server.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


if __name__ == "__main__":
    for result in run(int(sys.argv[1]) if len(sys.argv) > 1 else 1000):
        print(result.line(), flush=True)
