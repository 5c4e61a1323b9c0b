"""The roster module with the real after-sales register: leaving hands the
person's open cases over in the same step, and upheld complaints become fines by the month's
escalation — the third one of a month forfeits the wage, and the fund shows the income."""
from __future__ import annotations

import datetime as dt

from shopmanager.core import timeutil
from shopmanager.core.permissions import Role
from shopmanager.db.models import AfterSalesCase
from shopmanager.services import aftersales, fund, leaving, staff
from shopmanager.services.aftersales import CaseType
from tests.unit.services.roster_helpers import freeze


def _complaint(service, against: int, received: dt.datetime, text: str) -> int:
    return aftersales.create_case(service, aftersales.CaseInput(
        CaseType.COMPLAINT, category="attitude", against_staff_id=against, description=text,
        received_at=received)).id


def test_upheld_complaints_become_fines_and_a_leaver_hands_the_cases_over(shop):
    owner, supervisor, service = shop[Role.OWNER], shop[Role.SUPERVISOR], shop[Role.CUSTOMER_SERVICE]
    clerk, successor = shop[Role.SALES].staff_id, shop[Role.OPERATIONS].staff_id
    staff.update_staff(owner, clerk, name="吴涛", role=Role.SALES, base_wage_cents=480000)
    freeze(dt.datetime(2026, 4, 20, 10, 0))
    now = timeutil.now()
    month_start = dt.datetime(2026, 4, 1, 10, 0)
    received = [month_start + dt.timedelta(hours=i) for i in (1, 2, 3)]
    cases = [_complaint(service, clerk, moment, f"投诉 {i}") for i, moment in enumerate(received, start=1)]
    for case_id in cases:
        aftersales.decide_complaint(supervisor, case_id, True, "属实")
    assert fund.unfined_complaints(owner, month_start.date(), now.date()) == 3
    sync = fund.fine_upheld_complaints(owner, month_start.date(), now.date())
    assert [amount for _name, _case, amount in sync.recorded] == [5000, 10000, 480000 - 15000]
    assert fund.fund_balance() == 480000
    assert fund.fine_upheld_complaints(owner, month_start.date(), now.date()).already == 3
    assert fund.unfined_complaints(owner, month_start.date(), now.date()) == 0

    held = aftersales.create_case(service, aftersales.CaseInput(
        CaseType.COMPLAINT, category="slow_reply", description="回复慢", received_at=now,
        holder_id=clerk)).id
    summary = leaving.leaving_summary(owner, clerk)
    assert summary.open_cases == aftersales.open_cases_of(clerk) >= 1
    result = leaving.leave_shop(owner, clerk, timeutil.today(), successor_id=successor)
    assert result.cases_moved == summary.open_cases
    assert AfterSalesCase.get_by_id(held).holder_id == successor and aftersales.open_cases_of(clerk) == 0
