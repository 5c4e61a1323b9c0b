"""Who may do what in the roster module, at the service level (the MATRIX of core/permissions)."""
from __future__ import annotations

import datetime as dt

import pytest

from shopmanager.core.errors import PermissionDenied, ShopError
from shopmanager.core.permissions import MATRIX, Perm, Role
from shopmanager.services import attendance, fund, handover, leave, meetings, roster, staff
from tests.unit.services.roster_helpers import MON, at, freeze, shift_id

ACTIONS = {
    "see the roster": (Perm.ROSTER_VIEW, lambda a, o: roster.roster_week(a, MON)),
    "clock in": (Perm.ROSTER_VIEW, lambda a, o: attendance.clock(a, "in")),
    "write the handover book": (Perm.ROSTER_VIEW, lambda a, o: handover.write_item(a, "交接")),
    "ask for leave": (Perm.ROSTER_VIEW, lambda a, o: leave.request_leave(
        a, kind="annual", start_at=at(MON + dt.timedelta(days=20), "09:00"),
        end_at=at(MON + dt.timedelta(days=20), "18:00"), reason="x")),
    "read the fund statement": (Perm.FUND_VIEW, lambda a, o: fund.statement(a, 2026, 3)),
    "assign a shift": (Perm.ROSTER_EDIT, lambda a, o: roster.assign_shift(a, o.staff_id, MON, shift_id("白班"))),
    "correct a day": (Perm.ATTENDANCE_MANAGE, lambda a, o: attendance.correct_day(
        a, o.staff_id, MON, excused=True, reason="外出")),
    "see everyone's attendance": (Perm.ATTENDANCE_MANAGE, lambda a, o: attendance.person_period(
        a, o.staff_id, MON, MON)),
    "write meeting minutes": (Perm.MEETINGS_EDIT, lambda a, o: meetings.save_meeting(a, meetings.new_meeting(o))),
    "spend from the fund": (Perm.FUND_SPEND, lambda a, o: fund.record_entry(
        a, kind="spending", category="activity", amount_cents=100, day=MON, description="茶", people="全体")),
    "record a fine": (Perm.FINES_MANAGE, lambda a, o: fund.record_reward_or_fine(
        a, o.staff_id, kind="fine", category="discipline", amount_cents=100, on=MON, reason="x")),
    "set a wage": (Perm.STAFF_WAGES, lambda a, o: staff.update_staff(
        a, o.staff_id, name="店主", role=Role.OWNER, base_wage_cents=1)),
}


@pytest.mark.parametrize("role", list(Role))
def test_each_role_may_do_exactly_what_the_table_says(shop, role):
    owner, actor = shop[Role.OWNER], shop[role]
    freeze(at(MON, "09:00"))
    for name, (perm, call) in ACTIONS.items():
        if perm in MATRIX[role]:
            try:
                call(actor, owner)
            except PermissionDenied as error:  # pragma: no cover - the failure names the action
                pytest.fail(f"{role} should be allowed to {name}: {error}")
            except ShopError:
                pass  # allowed, refused for another reason
        else:
            with pytest.raises(PermissionDenied):
                call(actor, owner)
