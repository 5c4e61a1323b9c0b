"""A small fixed shop for the appraisal tests, with every figure computed by hand.

The clock stands at 2026-11-03 10:00 (the first days of November: October is appraised).

Staff (besides the one account per role of the `shop` fixture):
    安娜 (sales rep, account "anna")      王明 (customer service, account "wang")

October sales (paid 2026-10-01 00:00 … 2026-10-31 23:59:59, not cancelled/closed):
    安娜: o1 ¥200.00 (freight ¥10, customer 甲 — first purchase), o2 ¥300.00 (customer 乙, who bought in
          August: not new), o3 ¥100.00 (甲 again: not new), o7 ¥50.00 (customer 丙, whose only earlier
          order, in September, was cancelled: new)
          → 4 orders, ¥650.00, 客单价 ¥162.50, new customers 2
          cost: o1 2 × P1 (¥40) + o2 3 × P2 (¥50) + o3 1 × P1 + o7 a line without product = ¥270.00
          → profit 650 − 10 − 270 = ¥370.00
          September: one order ¥100.00 → growth (650 − 100) / 100 = 550.0 %
          left out: o4 paid 2026-11-01 00:00, o5 cancelled, o6 unpaid
    王明: o8 ¥80.00 (customer 丁, new) → 1 order, ¥80.00, new 1; September nothing → growth: no figure
    nobody: o9 ¥20.00
    the shop: 6 orders, ¥750.00, new customers 3; September ¥100.00 → growth 650.0 %
Parcels in October by 王明's account: 3 shipped, 1 of them cancelled → 2 (one more in November).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from shopmanager.core import timeutil
from shopmanager.core.permissions import Role
from shopmanager.db.models import Customer, OrderLine, Product, SalesOrder, Shipment, Staff, User
from shopmanager.services.auth import actor_for
from shopmanager.services.context import transaction

TODAY = dt.datetime(2026, 11, 3, 10, 0)


def set_today(moment: dt.datetime = TODAY) -> None:
    timeutil.set_clock_offset(dt.timedelta(0))
    timeutil.set_clock_offset(moment - timeutil.now())


@dataclass
class SmallShop:
    actors: dict  # role → Actor (the `shop` fixture's accounts)
    anna: object  # Actor of the sales rep 安娜
    wang: object  # Actor of the customer service clerk 王明
    anna_id: int
    wang_id: int


def _staff(name: str, role: str, username: str, password_hash: str):
    now = timeutil.now()
    person = Staff.create(name=name, role=role, created_at=now, hire_date=dt.date(2025, 1, 1))
    user = User.create(username=username, password_hash=password_hash, role=role, staff=person, created_at=now,
                       password_changed_at=now)
    return person, user


_numbers = iter(range(1, 10_000))


def _order(staff, paid: dt.datetime | None, total: str, *, customer=None, freight: str = "0", status: str = "completed",
           ordered: dt.datetime | None = None, lines=()):
    cents = int(float(total) * 100)
    freight_cents = int(float(freight) * 100)
    ordered = ordered or (paid - dt.timedelta(minutes=5) if paid else dt.datetime(2026, 10, 10))
    number = next(_numbers)
    order = SalesOrder.create(order_no=f"T{number:05d}", channel="taobao", customer=customer, status=status,
                              ordered_at=ordered, paid_at=paid, goods_cents=cents - freight_cents,
                              freight_cents=freight_cents, total_cents=cents, paid_cents=cents if paid else 0,
                              staff=staff, created_at=ordered, updated_at=ordered)
    for n, (product, qty) in enumerate(lines, start=1):
        OrderLine.create(order=order, line_no=n, product=product, qty=qty, unit_price_cents=1000,
                         line_total_cents=1000 * qty, title="商品")
    return order


def build(actors: dict, password_hash: str) -> SmallShop:
    set_today()
    now = timeutil.now()
    with transaction():
        anna, anna_user = _staff("安娜", Role.SALES, "anna", password_hash)
        wang, wang_user = _staff("王明", Role.CUSTOMER_SERVICE, "wang", password_hash)
        customers = {name: Customer.create(name=name, created_at=now, updated_at=now) for name in "甲乙丙丁"}
        p1 = Product.create(sku="P1", name="商品一", cost_cents=4000, price_cents=10000, created_at=now, updated_at=now)
        p2 = Product.create(sku="P2", name="商品二", cost_cents=5000, price_cents=10000, created_at=now, updated_at=now)
        # Earlier months.
        _order(wang, dt.datetime(2026, 8, 20, 12), "60", customer=customers["乙"])
        _order(anna, dt.datetime(2026, 9, 10, 12), "100")
        _order(anna, dt.datetime(2026, 9, 12, 12), "70", customer=customers["丙"], status="cancelled")
        # October.
        o1 = _order(anna, dt.datetime(2026, 10, 1, 0, 0), "200", freight="10", customer=customers["甲"],
                    ordered=dt.datetime(2026, 9, 30, 23, 50), lines=[(p1, 2)])
        _order(anna, dt.datetime(2026, 10, 15, 9), "300", customer=customers["乙"], lines=[(p2, 3)])
        _order(anna, dt.datetime(2026, 10, 31, 23, 59, 59), "100", customer=customers["甲"], lines=[(p1, 1)])
        _order(anna, dt.datetime(2026, 11, 1, 0, 0), "999", customer=customers["甲"])
        _order(anna, dt.datetime(2026, 10, 20, 9), "888", customer=customers["甲"], status="cancelled")
        _order(anna, None, "777", status="pending", ordered=dt.datetime(2026, 10, 21, 9))
        _order(anna, dt.datetime(2026, 10, 22, 9), "50", customer=customers["丙"], lines=[(None, 1)])
        _order(wang, dt.datetime(2026, 10, 5, 9), "80", customer=customers["丁"])
        _order(None, dt.datetime(2026, 10, 6, 9), "20")
        for day, cancelled in ((3, False), (4, True), (8, False)):
            Shipment.create(order=o1, tracking_no=f"SF{day:010d}", shipped_at=dt.datetime(2026, 10, day, 15),
                            shipped_by=wang_user, cancelled_at=dt.datetime(2026, 10, day, 16) if cancelled else None)
        Shipment.create(order=o1, tracking_no="SF9999999999", shipped_at=dt.datetime(2026, 11, 2, 15),
                        shipped_by=wang_user)
    return SmallShop(actors, actor_for(anna_user), actor_for(wang_user), anna.id, wang.id)


def fill(owner, appraisal_id: int, value="80") -> None:
    """Score every direct line of an appraisal: the owner as supervisor, a customer score, one
    peer (the first colleague of the staff) for lines scored by peers only."""
    from shopmanager.db.models import Appraisal, AppraisalLine
    from shopmanager.services import appraisal_scoring

    row = Appraisal.get_by_id(appraisal_id)
    lines = list(AppraisalLine.select().where(AppraisalLine.appraisal == row, AppraisalLine.rule == "direct"))
    boss = {line.id: value for line in lines if "supervisor" in line.sources}
    if boss:
        appraisal_scoring.save_scores(owner, row.id, "supervisor", boss)
    for line in lines:
        if "customer" in line.sources:
            appraisal_scoring.add_customer_score(owner, row.id, line.id, value, "回访：满意")
        if line.sources == "peer":
            peers = [s for s in Staff.select().order_by(Staff.id)
                     if s.id != row.staff_id and s.role not in (Role.OWNER, Role.SUPERVISOR)]
            peer = actor_for(User.get(User.staff == peers[0].id))
            appraisal_scoring.save_scores(peer, row.id, "peer", {line.id: value})
