"""Two PCs refund the same order at the same moment (like R3, through the services, in two
processes): the refunds never add up to more than the buyer paid, on SQLite and PostgreSQL,
and the cases' cached refund totals agree with the refunds."""
from __future__ import annotations

import multiprocessing
import traceback

import peewee

from shopmanager.core.permissions import Role
from shopmanager.db.models import AfterSalesCase, Refund
from shopmanager.services.check import run_checks
from shopmanager.services.orders import LineInput
from tests.unit.services.aftersales_helpers import case_on, delivered_order, make_product

ROUNDS = 40
AMOUNT = 700  # ¥7.00 a time against ¥100.00 paid: exactly 14 refunds fit


def refund_repeatedly(url: str, actor, worker: int, case_ids: list[int], results) -> None:
    try:
        from shopmanager.core.errors import ValidationError
        from shopmanager.db.database import open_database
        from shopmanager.services import aftersales_refunds

        open_database(url)
        done = refused = 0
        for number in range(ROUNDS):
            try:
                aftersales_refunds.record_refund(actor, case_ids[number % len(case_ids)], AMOUNT, "alipay",
                                                 note=f"PC{worker}-{number}")
                done += 1
            except ValidationError:
                refused += 1
        results.put(("ok", worker, (done, refused)))
    except BaseException:  # noqa: BLE001 - reported to the parent
        results.put(("error", worker, traceback.format_exc()))


def test_two_pcs_refunding_one_order_never_refund_more_than_was_paid(db, shop):
    owner = shop[Role.OWNER]
    rice, oil = make_product("RICE", price=5000, qty=50), make_product("OIL", price=5000, qty=50)
    order = delivered_order(shop, LineInput(1, product_id=rice), LineInput(1, product_id=oil))
    cases = [case_on(owner, order.id, "refund_only", "not_received").id,
             case_on(owner, order.id, "refund_only", "not_received").id]
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [context.Process(target=refund_repeatedly, args=(db.url, owner, n, cases, results)) for n in (1, 2)]
    for process in workers:
        process.start()
    reports = [results.get(timeout=240) for _ in workers]
    for process in workers:
        process.join(timeout=30)
    assert [text for kind, _w, text in reports if kind == "error"] == []
    succeeded = sum(outcome[0] for _kind, _w, outcome in reports)
    total = Refund.select(peewee.fn.SUM(Refund.amount_cents)).scalar()
    assert succeeded == 10000 // AMOUNT and total == succeeded * AMOUNT <= 10000
    cached = AfterSalesCase.select(peewee.fn.SUM(AfterSalesCase.refund_cents)).scalar()
    assert cached == total
    assert all(finding.ok for finding in run_checks())
