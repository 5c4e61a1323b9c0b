"""The orders page at a million orders "as fast as the products page": first page, an
order-number search (a scanner) and a phone search, next to bare sqlite3 doing the same."""
from __future__ import annotations

import os
import sqlite3
import statistics
import time

from benchmarks.common import Result, best_of
from benchmarks.orders_ship import orders_database


def run(orders: int = 1_000_000) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path = orders_database(orders)
    raw = sqlite3.connect(path)
    number, phone = raw.execute("SELECT order_no, receiver_phone FROM sales_order WHERE receiver_phone <> '' "
                                "ORDER BY id DESC LIMIT 1").fetchone()
    bare_first = best_of(lambda: (raw.execute("SELECT count(*) FROM sales_order").fetchone(), raw.execute(
        "SELECT * FROM sales_order ORDER BY ordered_at DESC, id DESC LIMIT 200").fetchall()))
    bare_search = best_of(lambda: raw.execute("SELECT * FROM sales_order WHERE order_no = ?", (number,)).fetchall())

    from PySide6.QtWidgets import QApplication

    from shopmanager.db.bootstrap import open_and_migrate
    from shopmanager.db.models import User
    from shopmanager.services.auth import actor_for
    from shopmanager.ui.context import AppContext
    from shopmanager.ui.pages.orders import OrdersPage

    app = QApplication.instance() or QApplication([])
    database = open_and_migrate(f"sqlite://{path}")
    actor = actor_for(User.get(User.username == "owner"))
    start = time.perf_counter()
    page = OrdersPage(AppContext(actor, database))
    page.resize(1400, 800)
    page.show()
    app.processEvents()
    first = time.perf_counter() - start
    searches = {}
    for label, text in (("order number", number), ("phone", phone)):
        timings = []
        for _ in range(3):
            page.search.setText(text)
            begin = time.perf_counter()
            page.apply_search()
            app.processEvents()
            timings.append(time.perf_counter() - begin)
        searches[label] = statistics.median(timings)
    page.close()
    return [
        Result(f"Orders page first page ({orders:,} orders)", first, bare_first, "≤ 0.3 s (as products)"),
        Result("Orders page search by order number", searches["order number"], bare_search, "≤ 0.05 s"),
        Result("Orders page search by phone", searches["phone"], None, "≤ 0.05 s"),
    ]
