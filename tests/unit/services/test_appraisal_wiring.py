"""The after-sales and attendance indicators through their modules' figures, and the grades'
rewards and fines through the growth fund, against hand-computed figures on SQLite and
PostgreSQL."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from shopmanager.core import timeutil
from shopmanager.core.appraisal import Template, TemplateItem
from shopmanager.core.permissions import Role
from shopmanager.db.models import Appraisal, AppraisalPeriod, Customer, OrderLine, Product, SalesOrder, Staff
from shopmanager.services import appraisal, appraisal_scoring, appraisal_templates, settings
from shopmanager.services.appraisal_results import load_results
from shopmanager.services.context import transaction
from tests.unit.services import appraisal_data

D = Decimal


def _at(day: dt.date, hhmm: str) -> dt.datetime:
    hours, minutes = (int(x) for x in hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(hours, minutes))


def _everyone_worked() -> None:
    Staff.update(hire_date=dt.date(2025, 1, 1)).execute()


def _line(staff_id: int, month: str, indicator: str):
    period = AppraisalPeriod.get(AppraisalPeriod.month == month)
    result = load_results(period, staff_ids=[staff_id])[0]
    return result, next(line for line in result.lines if line.indicator == indicator)


def _template(owner, role: str, items: list[TemplateItem]) -> None:
    appraisal_templates.save_template(owner, Template(role, items, {"self": 10, "supervisor": 60, "peer": 30,
                                                                    "customer": 0}))


# -- after-sales: complaint rates, negative reviews, return rate --------------------------------

def _delivered_order(staff_id: int, customer_id: int, product_id: int, paid: dt.datetime) -> int:
    order = SalesOrder.create(order_no=f"W{paid:%m%d%H%M}", channel="taobao", customer=customer_id,
                              status="delivered", ordered_at=paid - dt.timedelta(minutes=5), paid_at=paid,
                              shipped_at=paid + dt.timedelta(hours=3), delivered_at=paid + dt.timedelta(days=1),
                              goods_cents=10000, total_cents=10000, paid_cents=10000, staff=staff_id,
                              created_at=paid, updated_at=paid)
    OrderLine.create(order=order, line_no=1, product=product_id, sku="P-W", title="商品", qty=1,
                     unit_price_cents=10000, line_total_cents=10000)
    return order.id


def test_after_sales_indicators_from_the_register(shop):
    from shopmanager.core.aftersales import CaseState, CaseType
    from shopmanager.services import aftersales

    _everyone_worked()
    owner, clerk = shop[Role.OWNER], shop[Role.CUSTOMER_SERVICE]
    wang = clerk.staff_id
    appraisal_data.set_today(dt.datetime(2026, 11, 25, 12, 0))
    now = timeutil.now()
    with transaction():
        buyer = Customer.create(name="赵六", created_at=now, updated_at=now).id
        product = Product.create(sku="P-W", name="商品", price_cents=10000, created_at=now, updated_at=now).id
    # Four orders taken by the clerk in November; the buyer sends the first one back.
    orders = [_delivered_order(wang, buyer, product, dt.datetime(2026, 11, day, 10)) for day in (18, 19, 20, 21)]
    first_line = OrderLine.get(OrderLine.order == orders[0]).id
    aftersales.create_case(clerk, aftersales.CaseInput(
        CaseType.RETURN_REFUND, orders[0], lines=[aftersales.CaseLineInput(first_line, 1)], reason="quality",
        description="破损", received_at=_at(dt.date(2026, 11, 22), "09:00")))
    # Two complaints she handles: one answered after an hour and resolved, one answered after 48 hours.
    quick = aftersales.create_case(clerk, aftersales.CaseInput(
        CaseType.COMPLAINT, None, customer_id=buyer, category="attitude", description="回复慢",
        received_at=now - dt.timedelta(hours=1), holder_id=wang))
    slow = aftersales.create_case(clerk, aftersales.CaseInput(
        CaseType.COMPLAINT, None, customer_id=buyer, category="attitude", description="没人理",
        received_at=now - dt.timedelta(hours=48), holder_id=wang))
    for case in (quick, slow):
        aftersales.record_contact(clerk, case.id, "phone", "已致歉")
    aftersales.change_state(clerk, quick.id, CaseState.RESOLVED)
    # A negative review against her.
    aftersales.create_case(clerk, aftersales.CaseInput(
        CaseType.NEGATIVE_REVIEW, orders[1], rating=1, review_text="态度差", against_staff_id=wang,
        received_at=_at(dt.date(2026, 11, 24), "10:00")))
    _template(owner, Role.CUSTOMER_SERVICE, [
        TemplateItem("service.complaint_timeliness", 25, rule="bands", bands="≥95:100; ≥50:60; *:0"),
        TemplateItem("service.complaint_resolution", 25, rule="bands", bands="≥95:100; ≥50:70; *:0"),
        TemplateItem("service.negative_reviews", 25, rule="bands", bands="≤0:100; ≤1:80; *:0"),
        TemplateItem("service.return_rate", 25, rule="bands", bands="≤10:100; ≤30:50; *:0"),
    ])
    _template(owner, Role.SUPERVISOR, [
        TemplateItem("shop.complaint_resolution", 100, rule="bands", bands="≥95:100; ≥50:70; *:0")])
    newcomer = Staff.create(name="新客服", role=Role.CUSTOMER_SERVICE, created_at=now, hire_date=dt.date(2025, 1, 1)).id
    appraisal.open_month(owner, "2026-11")
    result, timeliness = _line(wang, "2026-11", "service.complaint_timeliness")
    assert (timeliness.actual, timeliness.score, timeliness.counted) == (D("50.0"), D(60), True)
    assert "1 of 2" in timeliness.actual_text
    resolution = next(line for line in result.lines if line.indicator == "service.complaint_resolution")
    assert (resolution.actual, resolution.score) == (D("50.0"), D(70))
    reviews = next(line for line in result.lines if line.indicator == "service.negative_reviews")
    assert (reviews.actual, reviews.score) == (D(1), D(80))
    returns = next(line for line in result.lines if line.indicator == "service.return_rate")
    assert (returns.actual, returns.score) == (D("25.0"), D(50))
    assert result.total == D("65.00")  # (60 + 70 + 80 + 50) / 4
    shop_line = _line(shop[Role.SUPERVISOR].staff_id, "2026-11", "shop.complaint_resolution")[1]
    assert shop_line.actual == D("50.0")
    # Someone with no complaints: full marks for the rates (nothing late, nothing unresolved).
    untouched = _line(newcomer, "2026-11", "service.complaint_timeliness")[1]
    assert (untouched.actual, untouched.score) == (None, D(100))
    # What the figures count: the cases.
    detail = appraisal_scoring.figure_detail(owner, result.appraisal_id, timeliness.line_id)
    assert detail.total == 2 and {row[0] for row in detail.rows} == {quick.case_no, slow.case_no}
    assert appraisal_scoring.figure_detail(owner, result.appraisal_id, reviews.line_id).total == 1
    assert appraisal_scoring.figure_detail(owner, result.appraisal_id, returns.line_id).total == 1


# -- roster: late / early / absent, leave, fines ----------------------------------------------

def test_discipline_indicators_from_the_roster(shop):
    from shopmanager.db.models import Punch, ShiftTemplate
    from shopmanager.services import fund, leave, roster

    _everyone_worked()
    owner, supervisor, clerk = shop[Role.OWNER], shop[Role.SUPERVISOR], shop[Role.CUSTOMER_SERVICE]
    staff_id = clerk.staff_id
    monday = dt.date(2026, 3, 9)
    days = [monday + dt.timedelta(days=n) for n in range(5)]
    appraisal_data.set_today(_at(monday - dt.timedelta(days=7), "10:00"))
    day_shift = ShiftTemplate.get(ShiftTemplate.name == "白班").id
    for day in days:
        roster.assign_shift(owner, staff_id, day, day_shift)
    request = leave.request_leave(clerk, kind="personal", start_at=_at(days[3], "00:00"), end_at=_at(days[4], "00:00"),
                                  reason="家里有事")
    leave.decide(supervisor, request, approve=True)
    with transaction():
        for moment in (_at(days[0], "09:20"), _at(days[0], "17:50"),  # Monday late 20 min, early 10 min
                       _at(days[1], "08:55"),  # Tuesday: no clock-out
                       _at(days[4], "08:59"), _at(days[4], "18:00")):  # Wednesday absent, Thursday leave
            Punch.create(staff=staff_id, at=moment, kind="", source="import", created_at=moment)
    appraisal_data.set_today(_at(dt.date(2026, 4, 3), "10:00"))
    fund.record_reward_or_fine(owner, staff_id, kind="fine", category="discipline", amount_cents=5000,
                               on=dt.date(2026, 3, 20), reason="上班玩手机")
    fund.record_reward_or_fine(owner, staff_id, kind="fine", category="appraisal", amount_cents=3000,
                               on=dt.date(2026, 3, 6), reason="2026-02 考核较差", source="appraisal:1")  # last month's grade
    _template(owner, Role.CUSTOMER_SERVICE, [
        TemplateItem("discipline.late", 20, rule="bands", bands="≤0:100; ≤2:80; *:0"),
        TemplateItem("discipline.early", 20, rule="bands", bands="≤0:100; *:50"),
        TemplateItem("discipline.absent", 20, rule="bands", bands="≤0:100; ≤1:50; *:0"),
        TemplateItem("discipline.leave", 20, rule="bands", bands="≤1:100; *:80"),
        TemplateItem("discipline.fines", 20, rule="bands", bands="≤0:100; ≤1:70; *:0"),
    ])
    appraisal.open_month(owner, "2026-03")
    result, late = _line(staff_id, "2026-03", "discipline.late")
    figures = {line.indicator: (line.actual, line.score) for line in result.lines}
    assert figures == {"discipline.late": (D(1), D(80)), "discipline.early": (D(1), D(50)),
                       "discipline.absent": (D(1), D(50)), "discipline.leave": (D(1), D(100)),
                       "discipline.fines": (D(1), D(70))}
    assert result.total == D("70.00")  # (80 + 50 + 50 + 100 + 70) / 5
    assert "20 min late" in late.actual_text
    detail = appraisal_scoring.figure_detail(owner, result.appraisal_id, late.line_id)
    assert [row[0] for row in detail.rows] == [days[0]]
    absent = next(line for line in result.lines if line.indicator == "discipline.absent")
    assert [row[0] for row in appraisal_scoring.figure_detail(owner, result.appraisal_id, absent.line_id).rows] \
        == [days[2]]
    fines = next(line for line in result.lines if line.indicator == "discipline.fines")
    own_view = appraisal_scoring.figure_detail(clerk, result.appraisal_id, fines.line_id)
    assert own_view.total == 1 and own_view.rows[0][-1] == 5000  # her own fine, with its amount


# -- the growth fund: a grade's reward or fine ----------------------------------------------------

def test_grades_feed_the_growth_fund(shop, demo_hash):
    from shopmanager.db.models import RewardFine

    data = appraisal_data.build(shop, demo_hash)
    _everyone_worked()
    owner = shop[Role.OWNER]
    settings.update(owner, {"appraisal.reward_excellent": 200, "appraisal.fine_poor": 30})
    for role in (Role.SALES, Role.CUSTOMER_SERVICE):
        _template(owner, role, [TemplateItem("direct.execution", 100, sources=("supervisor",))])
    appraisal.open_month(owner, "2026-10")
    anna = Appraisal.get(Appraisal.staff == data.anna_id)
    wang = Appraisal.get(Appraisal.staff == data.wang_id)
    line_of = {row.id: row.lines[0].id for row in (anna, wang)}
    appraisal_scoring.save_scores(owner, anna.id, "supervisor", {line_of[anna.id]: 95})
    appraisal_scoring.save_scores(owner, wang.id, "supervisor", {line_of[wang.id]: 50})
    excellent = appraisal.sign_off(owner, anna.id)
    poor = appraisal.sign_off(owner, wang.id)
    assert excellent.grade == "excellent" and poor.grade == "poor"
    entries = {r.staff_id: (r.kind, r.category, r.amount_cents) for r in RewardFine.select()}
    assert entries == {data.anna_id: ("reward", "appraisal", 20000), data.wang_id: ("fine", "appraisal", 3000)}
    # Reopened and signed again: the fund is not charged twice.
    appraisal.reopen(owner, "2026-10", "复核", staff_id=data.wang_id)
    appraisal.sign_off(owner, wang.id)
    assert RewardFine.select().count() == 2


def test_the_shop_figures_an_operations_clerk_opens_mask_the_buyers_names(shop, demo_hash):
    """Operations is appraised on the shop's sales (shop.target_completion): opening the figure
    lists the month's orders — with the buyers' names masked, as everywhere for a role without
    customers.pii."""
    appraisal_data.build(shop, demo_hash)
    _everyone_worked()
    owner, operations = shop[Role.OWNER], shop[Role.OPERATIONS]
    appraisal.open_month(owner, "2026-10")
    result, target = _line(operations.staff_id, "2026-10", "shop.target_completion")
    shown = appraisal_scoring.figure_detail(operations, result.appraisal_id, target.line_id)
    names = {row[2] for row in shown.rows}
    assert names and "甲" not in names and all("*" in name for name in names if name)
    assert "甲" in {row[2] for row in appraisal_scoring.figure_detail(owner, result.appraisal_id, target.line_id).rows}
