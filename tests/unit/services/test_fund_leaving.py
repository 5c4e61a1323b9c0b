"""Complaint fines across month boundaries, the growth fund's balance and statement, the
contract functions the appraisal calls, and leaving 离职 with its hand-over."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from shopmanager.core.errors import Conflict, PermissionDenied, ValidationError
from shopmanager.core.orders import OrderStatus
from shopmanager.core.permissions import Role
from shopmanager.db.models import FundEntry, HandoverItem, RewardFine, RosterEntry, SalesOrder, User
from shopmanager.services import attendance_stats, fund, handover, leaving, roster, staff
from shopmanager.services.context import transaction
from tests.unit.services.roster_helpers import freeze, shift_id, staff_of

WAGE = 400000  # ¥4,000.00


@pytest.fixture
def clerk(shop):
    owner = shop[Role.OWNER]
    staff_id = staff_of(shop, Role.CUSTOMER_SERVICE)
    staff.update_staff(owner, staff_id, name="张敏", role=Role.CUSTOMER_SERVICE, base_wage_cents=WAGE)
    freeze(dt.datetime(2026, 4, 10, 10, 0))
    return staff_id


def _fine(owner, staff_id, day, ref):
    return fund.record_complaint_fine(owner, staff_id, day, ref)[1]


def test_the_third_complaint_of_a_month_forfeits_the_wage_and_the_fund_gets_it(shop, clerk):
    owner = shop[Role.OWNER]
    steps = [_fine(owner, clerk, dt.date(2026, 3, d), f"TS-{d}") for d in (2, 15, 28)]
    assert [(s.nth, s.amount_cents, s.forfeits_wage) for s in steps] == [
        (1, 5000, False), (2, 10000, False), (3, WAGE - 15000, True)]
    assert _fine(owner, clerk, dt.date(2026, 3, 30), "TS-30").amount_cents == 0  # nothing more to take
    assert fund.fund_balance() == WAGE
    line = fund.statement(owner, 2026, 4).lines[2]
    assert line.people == "张敏" and "wage is forfeited" in line.description and line.balance_cents == WAGE
    figures = attendance_stats.fines_and_rewards(dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert figures[clerk] == attendance_stats.FineFigures(4, WAGE, 0, 0)


def test_the_count_starts_again_in_a_new_calendar_month(shop, clerk):
    owner = shop[Role.OWNER]
    assert _fine(owner, clerk, dt.date(2026, 3, 30), "a").amount_cents == 5000
    assert _fine(owner, clerk, dt.date(2026, 3, 31), "b").amount_cents == 10000
    assert _fine(owner, clerk, dt.date(2026, 4, 1), "c").amount_cents == 5000  # April: the 1st again
    # a late-upheld March complaint still counts in March: the 3rd there
    assert _fine(owner, clerk, dt.date(2026, 3, 12), "d").forfeits_wage


def test_without_a_wage_the_forfeit_is_refused_with_a_message(shop):
    owner = shop[Role.OWNER]
    sales = staff_of(shop, Role.SALES)
    freeze(dt.datetime(2026, 4, 10, 10, 0))
    for ref in ("1", "2"):
        _fine(owner, sales, dt.date(2026, 4, 1), ref)
    with pytest.raises(ValidationError, match="no base wage"):
        _fine(owner, sales, dt.date(2026, 4, 2), "3")
    assert RewardFine.select().count() == 2


def test_rewards_spending_balance_and_voiding(shop, clerk):
    owner, supervisor, sales = shop[Role.OWNER], shop[Role.SUPERVISOR], shop[Role.SALES]
    _fine(owner, clerk, dt.date(2026, 4, 1), "TS-1")
    fine_id = fund.record_reward_or_fine(owner, clerk, kind="fine", category="discipline", amount_cents=2000,
                                         on=dt.date(2026, 4, 2), reason="上班时间玩游戏")
    reward = fund.record_reward_or_fine(owner, clerk, kind="reward", category="champion", amount_cents=50000,
                                        on=dt.date(2026, 4, 3), reason="三月销售冠军", source="appraisal:2026-03:1")
    assert fund.record_reward_or_fine(owner, clerk, kind="reward", category="champion", amount_cents=50000,
                                      on=dt.date(2026, 4, 3), reason="again", source="appraisal:2026-03:1") == reward
    assert fund.fund_balance() == 7000  # the reward is paid by the shop, not the fund
    for kind, category in (("reward", "sales_champion"), ("reward", "complaint"), ("fine", "champion")):
        with pytest.raises(ValidationError) as error:  # a kind the shop does not have, or of the other sort
            fund.record_reward_or_fine(owner, clerk, kind=kind, category=category, amount_cents=100,
                                       on=dt.date(2026, 4, 3), reason="x")
        assert error.value.field == "category"
    assert fund.fund_balance() == 7000 and RewardFine.select().count() == 3
    with pytest.raises(Conflict, match="not enough"):
        fund.record_entry(supervisor, kind="spending", category="activity", amount_cents=8000,
                          day=dt.date(2026, 4, 5), description="团建聚餐", people="客服部全体")
    with pytest.raises(ValidationError, match="who"):
        fund.record_entry(supervisor, kind="spending", category="activity", amount_cents=100,
                          day=dt.date(2026, 4, 5), description="奶茶")
    fund.record_entry(supervisor, kind="spending", category="activity", amount_cents=6000, day=dt.date(2026, 4, 5),
                      description="下午茶", people="张敏、刘洋、李娜")
    assert fund.fund_balance() == 1000
    with pytest.raises(PermissionDenied):
        fund.record_reward_or_fine(supervisor, clerk, kind="fine", category="discipline", amount_cents=100,
                                   on=dt.date(2026, 4, 2), reason="x")
    with pytest.raises(PermissionDenied):
        fund.record_entry(sales, kind="spending", category="activity", amount_cents=100, day=dt.date(2026, 4, 5),
                          description="x", people="y")
    fund.void_reward_fine(owner, fine_id, "罚错了人")
    assert fund.fund_balance() == 5000 - 6000  # the voided fine's income left the fund
    statement = fund.statement(sales, 2026, 4)  # every staff member reads it
    assert (statement.opening_cents, statement.income_cents, statement.spending_cents, statement.closing_cents) == \
        (0, 5000, 6000, -1000)
    fine_lines = [line for line in statement.lines if line.category == "fines"]
    assert fine_lines and all(line.people == "" and line.description == "Fine" for line in fine_lines)
    assert [(line.kind, line.voided) for line in statement.lines] == [  # by day: the spending was on the 5th
        ("spending", False), ("income", False), ("income", True)]
    with pytest.raises(ValidationError, match="belongs to a fine"):
        fund.void_entry(owner, FundEntry.get(FundEntry.reward_fine == fine_id).id, "x")


def test_the_opening_balance_carries_over_months(shop, clerk):
    owner = shop[Role.OWNER]
    freeze(dt.datetime(2026, 3, 31, 23, 59))
    _fine(owner, clerk, dt.date(2026, 3, 31), "march")
    freeze(dt.datetime(2026, 4, 1, 0, 1))
    _fine(owner, clerk, dt.date(2026, 4, 1), "april")
    march, april = fund.statement(owner, 2026, 3), fund.statement(owner, 2026, 4)
    assert (march.opening_cents, march.closing_cents) == (0, 5000)
    assert (april.opening_cents, april.closing_cents) == (5000, 10000)


@dataclass(frozen=True)
class _Upheld:
    case_id: int
    case_no: str
    staff_id: int
    received_at: dt.datetime
    upheld_at: dt.datetime


def test_fines_from_the_after_sales_registers_upheld_complaints(shop, clerk, monkeypatch):
    owner = shop[Role.OWNER]
    cases = [_Upheld(7, "SH-7", clerk, dt.datetime(2026, 3, 20, 10), dt.datetime(2026, 3, 22, 9)),
             _Upheld(3, "SH-3", clerk, dt.datetime(2026, 3, 2, 10), dt.datetime(2026, 3, 3, 9))]
    monkeypatch.setattr(fund.aftersales_stats, "upheld_complaints", lambda start, end: list(cases))
    first = fund.fine_upheld_complaints(owner, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert first.recorded == [("张敏", "SH-3", 5000), ("张敏", "SH-7", 10000)]  # in the order received
    again = fund.fine_upheld_complaints(owner, dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert again.recorded == [] and again.already == 2 and fund.fund_balance() == 15000


def _order(staff_id: int, number: str, status: str) -> int:
    now = dt.datetime(2026, 4, 1, 10, 0)
    return SalesOrder.create(order_no=number, channel="taobao", status=status, ordered_at=now, staff=staff_id,
                             created_at=now, updated_at=now).id


def test_leaving_disables_the_account_at_once_and_hands_everything_over(shop, clerk, monkeypatch):
    owner, supervisor = shop[Role.OWNER], shop[Role.SUPERVISOR]
    leaver_actor = shop[Role.CUSTOMER_SERVICE]
    successor = staff_of(shop, Role.SALES)
    with transaction():
        open_ids = [_order(clerk, "D1", OrderStatus.PAID), _order(clerk, "D2", OrderStatus.SHIPPED)]
        done_id = _order(clerk, "D3", OrderStatus.COMPLETED)
    handover.write_item(leaver_actor, "客户王女士的换货明天回电")
    roster.assign_shift(owner, clerk, dt.date(2026, 4, 20), shift_id("白班"))
    calls = []
    monkeypatch.setattr(leaving.aftersales, "open_cases_of", lambda staff_id: 2)
    monkeypatch.setattr(leaving.aftersales, "hand_over_open_cases",
                        lambda actor, a, b, note="": calls.append((a, b, note)) or 2)
    summary = leaving.leaving_summary(owner, clerk, dt.date(2026, 4, 15))
    assert [o.order_no for o in summary.open_orders] == ["D1", "D2"]
    assert (summary.open_cases, summary.handover_items, summary.future_shifts, summary.accounts) == (
        2, ["客户王女士的换货明天回电"], 1, ["customer_service"])
    with pytest.raises(PermissionDenied):
        leaving.leave_shop(supervisor, clerk, dt.date(2026, 4, 15), successor_id=successor)
    result = leaving.leave_shop(owner, clerk, dt.date(2026, 4, 15), successor_id=successor)
    assert (result.accounts_disabled, result.orders_moved, result.cases_moved, result.handover_moved,
            result.shifts_removed) == (1, 2, 2, 1, 1)
    assert calls and calls[0][:2] == (clerk, successor)
    assert [SalesOrder.get_by_id(i).staff_id for i in open_ids] == [successor, successor]
    assert SalesOrder.get_by_id(done_id).staff_id == clerk  # a finished sale stays the leaver's
    item = HandoverItem.get()
    assert item.author_id == clerk  # who wrote it stays true; the matter waits for the next shift
    successor_actor = shop[Role.SALES]
    assert [i.text for i in handover.open_for(successor_actor)] == ["客户王女士的换货明天回电"]
    handover.tick_off(successor_actor, item.id, "已回电")  # the successor takes it over
    assert HandoverItem.get().done_staff_id == successor
    assert not User.get(User.username == "customer_service").active
    with pytest.raises(PermissionDenied, match="disabled"):
        handover.list_items(leaver_actor)  # the very next action of the leaver's open window is refused
    assert RosterEntry.select().count() == 0
    assert staff.get_staff(owner, clerk).status_text == "Left"
    with pytest.raises(ValidationError, match="already left"):
        leaving.leave_shop(owner, clerk, dt.date(2026, 4, 16))


def test_leaving_to_a_leaver_or_oneself_is_refused(shop, clerk):
    owner = shop[Role.OWNER]
    with pytest.raises(ValidationError, match="still employed"):
        leaving.leave_shop(owner, clerk, dt.date(2026, 4, 15), successor_id=clerk)
    assert staff.get_staff(owner, clerk).status == "active"
