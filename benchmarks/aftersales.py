"""After-sales at scale (issue 9 point 10), on a copy of the cached demo database of
1,000,000 orders (benchmarks/orders_ship.py) with 200,000 cases added in bulk:

- the after-sales page: first page ≤ 0.3 s, search by order number ≤ 50 ms (against bare
  sqlite3 doing the same SELECTs);
- registering a return with its refund and the goods back in stock (three services: the
  case, the inspection with its stock movement, the refund) p95 ≤ 20 ms (against bare peewee
  writing the same rows);
- a month's complaint and return rates for every staff member ≤ 50 ms (SQL aggregates).

    python -m benchmarks.aftersales [orders] [cases]      # small: python -m benchmarks.aftersales 20000 5000
"""
from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Result, best_of
from benchmarks.orders_ship import _percentile, orders_database

CHUNK = 20_000


def _bulk_cases(count: int, seed: int = 9) -> int:
    """`count` cases on delivered orders, spread over the orders' year, every type and state."""
    from shopmanager.core.aftersales import CaseState, CaseType, Reason, format_case_no
    from shopmanager.db.bulk import bulk_insert, db_time
    from shopmanager.db.models import AfterSalesCase, CaseLine, OrderLine, SalesOrder, Staff
    from shopmanager.services.context import transaction

    rng = random.Random(seed)
    orders = list(SalesOrder.select(SalesOrder.id, SalesOrder.delivered_at, SalesOrder.customer, SalesOrder.channel)
                  .where(SalesOrder.delivered_at.is_null(False)).tuples())
    chosen = rng.sample(orders, min(count, len(orders)))
    first_line = dict(OrderLine.select(OrderLine.order, OrderLine.id).where(OrderLine.line_no == 1).tuples())
    lines_of = {line_id: (product, sku, title, qty) for line_id, product, sku, title, qty in OrderLine.select(
        OrderLine.id, OrderLine.product, OrderLine.sku, OrderLine.title, OrderLine.qty)
        .where(OrderLine.line_no == 1).tuples()}
    holders = [s for (s,) in Staff.select(Staff.id).where(Staff.role.in_(["customer_service", "sales"])).tuples()]
    kinds = [CaseType.RETURN_REFUND] * 4 + [CaseType.EXCHANGE] * 2 + [CaseType.REFUND_ONLY] * 2 + [
        CaseType.COMPLAINT, CaseType.NEGATIVE_REVIEW, CaseType.REPAIR]
    states = [CaseState.CLOSED] * 5 + [CaseState.RESOLVED] * 3 + [CaseState.IN_PROGRESS, CaseState.OPEN,
                                                                 CaseState.REFUSED]
    per_day: dict[dt.date, int] = {}
    case_fields = [f for f in AfterSalesCase._meta.sorted_fields]
    template = {f.name: (f.default() if callable(f.default) else f.default) for f in case_fields}
    line_template = {f.name: (f.default() if callable(f.default) else f.default)
                     for f in CaseLine._meta.sorted_fields if f.name != "id"}
    line_fields = [f for f in CaseLine._meta.sorted_fields if f.name != "id"]
    rows, lines = [], []
    next_id = (AfterSalesCase.select(AfterSalesCase.id).order_by(AfterSalesCase.id.desc()).scalar() or 0) + 1
    for order_id, delivered, customer, channel in sorted(chosen, key=lambda o: o[1]):
        if isinstance(delivered, str):
            delivered = dt.datetime.fromisoformat(delivered)
        received = delivered + dt.timedelta(hours=rng.randint(2, 24 * 9))
        day = received.date()
        per_day[day] = per_day.get(day, 0) + 1
        kind, state = rng.choice(kinds), rng.choice(states)
        minutes = rng.randint(5, 60 * 40)
        answered = received + dt.timedelta(minutes=minutes)
        done = state in (CaseState.RESOLVED, CaseState.CLOSED)
        reason = Reason.OTHER if kind == CaseType.COMPLAINT else rng.choice(
            [Reason.QUALITY, Reason.NO_REASON, Reason.NOT_AS_DESCRIBED, Reason.CHANGE, Reason.NOT_RECEIVED])
        row = dict(template, id=next_id, case_no=format_case_no(day, 5000 + per_day[day]), case_type=kind, state=state,
                   order=order_id, customer=customer, channel=channel, reason=reason, received_at=db_time(received),
                   first_response_at=db_time(answered) if state != CaseState.OPEN else None,
                   response_minutes=minutes if state != CaseState.OPEN else None,
                   resolved_at=db_time(answered + dt.timedelta(hours=6)) if done else None,
                   holder=rng.choice(holders), category="attitude" if kind == CaseType.COMPLAINT else "",
                   created_at=db_time(received), updated_at=db_time(received))
        rows.append(tuple(row[f.name] for f in case_fields))
        line_id = first_line.get(order_id)
        if line_id and kind not in (CaseType.COMPLAINT, CaseType.NEGATIVE_REVIEW):
            product, sku, title, _qty = lines_of[line_id]
            line = dict(line_template, case=next_id, order_line=line_id, product=product, sku=sku, title=title, qty=1)
            lines.append(tuple(line[f.name] for f in line_fields))
        next_id += 1
    for start in range(0, len(rows), CHUNK):
        with transaction():
            bulk_insert(AfterSalesCase, case_fields, rows[start:start + CHUNK])
    for start in range(0, len(lines), CHUNK):
        with transaction():
            bulk_insert(CaseLine, line_fields, lines[start:start + CHUNK])
    return len(rows)


def _bare_register(order_id: int, line_id: int, product_id: int, user_id: int, number: int, steps: int = 3) -> None:
    """What registering a return, receiving it and refunding writes, in bare peewee: in three
    transactions (three people, three moments) or in one (a return at the shop already)."""
    if steps == 1:
        from shopmanager.db.database import current_database

        with current_database().atomic():
            _bare_register(order_id, line_id, product_id, user_id, number, steps=3)
        return
    from shopmanager.db.database import current_database
    from shopmanager.db.models import AfterSalesCase, AuditLog, CaseEvent, CaseLine, Product, Refund, StockMovement

    now = dt.datetime.now().replace(microsecond=0)
    database = current_database()
    with database.atomic():
        case = AfterSalesCase.insert(case_no=f"BARE-{os.getpid()}-{number}", case_type="return_refund", state="open",
                                     order=order_id, reason="quality", received_at=now, created_at=now,
                                     updated_at=now).execute()
        CaseLine.insert(case=case, order_line=line_id, product=product_id, qty=1).execute()
        CaseEvent.insert(case=case, at=now, action="created").execute()
        AuditLog.insert(at=now, user=user_id, username="bench", action="create", entity="aftersales",
                        entity_id=str(case)).execute()
    with database.atomic():
        CaseLine.update(qty_good=1).where(CaseLine.case == case).execute()
        balance = list(Product.update(stock_qty=Product.stock_qty + 1).where(Product.id == product_id)
                       .returning(Product.stock_qty).execute())[0].stock_qty
        StockMovement.insert(product=product_id, kind="return", qty=1, balance_after=balance, ref_type="aftersales",
                             ref_id=case, at=now).execute()
        AfterSalesCase.update(state="in_progress").where(AfterSalesCase.id == case).execute()
        CaseEvent.insert(case=case, at=now, action="goods_received").execute()
        AuditLog.insert(at=now, user=user_id, username="bench", action="receive", entity="aftersales",
                        entity_id=str(case)).execute()
    with database.atomic():
        Refund.insert(case=case, order=order_id, amount_cents=100, refunded_on=now.date(), created_at=now).execute()
        AfterSalesCase.update(refund_cents=100).where(AfterSalesCase.id == case).execute()
        CaseEvent.insert(case=case, at=now, action="refunded").execute()
        AuditLog.insert(at=now, user=user_id, username="bench", action="refund", entity="aftersales",
                        entity_id=str(case)).execute()


def run(orders: int = 1_000_000, cases: int = 200_000, registrations: int = 200) -> list[Result]:
    source = orders_database(orders)
    work = Path(tempfile.mkdtemp(prefix="bench-aftersales-"))
    try:
        copy = work / "shop.sqlite3"
        shutil.copyfile(source, copy)
        return _measure(copy, orders, cases, registrations)
    finally:
        from shopmanager.db.database import close_database

        close_database()
        shutil.rmtree(work, ignore_errors=True)


def _measure(path: Path, orders_count: int, cases: int, registrations: int) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from shopmanager.core import timeutil
    from shopmanager.db.bootstrap import open_and_migrate
    from shopmanager.db.database import sqlite_url
    from shopmanager.db.models import AfterSalesCase, OrderLine, SalesOrder, Staff
    from shopmanager.services import aftersales, aftersales_goods, aftersales_refunds, auth, stock
    from shopmanager.services.aftersales_stats import complaint_figures, return_figures
    from shopmanager.services.check import run_checks
    from shopmanager.services.context import transaction

    open_and_migrate(sqlite_url(path))
    start = time.perf_counter()
    made = _bulk_cases(cases)
    print(f"# {made:,} cases added in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    owner, service, clerk = auth.login("owner", "demo"), auth.login("service", "demo"), auth.login("shipping", "demo")
    supervisor = auth.login("supervisor", "demo")
    number = (SalesOrder.select(SalesOrder.order_no).join(AfterSalesCase, on=(AfterSalesCase.order == SalesOrder.id))
              .order_by(AfterSalesCase.id.desc()).scalar())

    raw = sqlite3.connect(path)
    bare_first = best_of(lambda: (raw.execute("SELECT count(*) FROM aftersales_case").fetchone(), raw.execute(
        "SELECT * FROM aftersales_case c LEFT JOIN sales_order o ON o.id = c.order_id "
        "ORDER BY c.received_at DESC, c.id DESC LIMIT 200").fetchall()))
    bare_search = best_of(lambda: raw.execute(
        "SELECT * FROM aftersales_case WHERE order_id IN (SELECT id FROM sales_order WHERE order_no = ?)",
        (number,)).fetchall())
    raw.close()

    from PySide6.QtWidgets import QApplication

    from shopmanager.db.database import parse_url
    from shopmanager.ui.context import AppContext
    from shopmanager.ui.pages.aftersales import AfterSalesPage

    app = QApplication.instance() or QApplication([])
    begin = time.perf_counter()
    page = AfterSalesPage(AppContext(owner, parse_url(sqlite_url(path))))
    page.resize(1140, 700)
    page.show()
    app.processEvents()
    first = time.perf_counter() - begin
    timings = []
    for _ in range(3):
        page.search.setText(number)
        begin = time.perf_counter()
        page.apply_search()
        app.processEvents()
        timings.append(time.perf_counter() - begin)
    found = page.model.rowCount()
    page.close()

    # registering a return with its refund and the goods back in stock
    delivered = list(SalesOrder.select(SalesOrder.id).where(SalesOrder.status.in_(["delivered", "completed"]),
                                                            SalesOrder.paid_cents > 0)
                     .order_by(SalesOrder.id.desc()).limit(8 * registrations).tuples())
    candidates = []
    for (order_id,) in delivered:
        line = OrderLine.select().where(OrderLine.order == order_id, OrderLine.product.is_null(False)).first()
        if line is not None and not AfterSalesCase.select().where(AfterSalesCase.order == order_id).exists():
            candidates.append((order_id, line.id, line.product_id))
        if len(candidates) >= 4 * registrations:
            break
    with transaction():
        for product_id in {c[2] for c in candidates}:
            stock.move(product_id, "inbound", 100, user_id=None, reason="bench", ref_type="bench")
    ours, bare, steps, bare_steps = [], [], [], []
    rounds = min(registrations, len(candidates) // 4)
    for n in range(rounds):
        (order_id, line_id, _), other = candidates[4 * n], candidates[4 * n + 1]
        begin = time.perf_counter()
        aftersales_goods.register_return(supervisor, aftersales.CaseInput(
            "return_refund", order_id, [aftersales.CaseLineInput(line_id, 1)], "quality", description="质量问题"),
            refund=100)
        ours.append(time.perf_counter() - begin)
        begin = time.perf_counter()
        _bare_register(other[0], other[1], other[2], service.user_id, 2 * n, steps=1)
        bare.append(time.perf_counter() - begin)
        (order_id, line_id, _), other = candidates[4 * n + 2], candidates[4 * n + 3]
        begin = time.perf_counter()
        ref = aftersales.create_case(service, aftersales.CaseInput(
            "return_refund", order_id, [aftersales.CaseLineInput(line_id, 1)], "quality", description="质量问题"))
        case_line = aftersales_goods.CaseLine.get(aftersales_goods.CaseLine.case == ref.id)
        aftersales_goods.receive_goods(clerk, ref.id, [aftersales_goods.ReceiveLine(case_line.id, good=1)])
        aftersales_refunds.record_refund(service, ref.id, 100, "platform")
        steps.append(time.perf_counter() - begin)
        begin = time.perf_counter()
        _bare_register(other[0], other[1], other[2], service.user_id, 2 * n + 1, steps=3)
        bare_steps.append(time.perf_counter() - begin)

    today = timeutil.today()
    month_start = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    month_end = today.replace(day=1) - dt.timedelta(days=1)
    staff_ids = [s for (s,) in Staff.select(Staff.id).tuples()]
    rates = best_of(lambda: complaint_figures(month_start, month_end, staff_ids=staff_ids))
    returns = best_of(lambda: return_figures(month_start, month_end, staff_ids=staff_ids))
    consistent = all(f.ok for f in run_checks())
    total_cases = AfterSalesCase.select().count()
    p95, bare95 = _percentile(ours, 0.95) * 1000, _percentile(bare, 0.95) * 1000
    return [
        Result(f"After-sales page first page ({total_cases:,} cases)", first, bare_first, "≤ 0.3 s"),
        Result("After-sales page search by order number", statistics.median(timings), bare_search, "≤ 0.05 s",
               note=f"{found} row(s)"),
        Result(f"Register a return + refund + stock, p95 of {len(ours)} ({orders_count:,} orders)", p95, bare95,
               "≤ 20 ms", unit="ms", note=f"one step (register_return); median {statistics.median(ours) * 1000:.1f}"
                                          f" ms; check: {'ok' if consistent else 'FAILED'}"),
        Result("  … the same in three steps (case, receive, refund), p95", _percentile(steps, 0.95) * 1000,
               _percentile(bare_steps, 0.95) * 1000, "—", unit="ms",
               note=f"three transactions; median {statistics.median(steps) * 1000:.1f} ms"),
        Result(f"A month's complaint rates, every staff member ({len(staff_ids)})", rates, None, "≤ 0.05 s"),
        Result("A month's return rates, every staff member", returns, None, "≤ 0.05 s"),
    ]


if __name__ == "__main__":
    size = [int(a) for a in sys.argv[1:3]]
    for result in run(*size):
        print(result.line(), flush=True)
