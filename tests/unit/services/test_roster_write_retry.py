"""The roster module's writes follow the one retry policy: a transient clash (PostgreSQL
serialization failure, SQLite lock timeout) on the first write runs the transaction again,
leaving one record and one audit entry."""
from __future__ import annotations

import datetime as dt

import peewee
import pytest

from shopmanager.core.permissions import Role
from shopmanager.db.models import AuditLog
from shopmanager.services import attendance, context, fund, handover, leave, leaving, meetings, roster
from tests.unit.services.roster_helpers import MON, at, freeze, shift_id
from tests.unit.services.test_write_retry import first_write_fails

CASES = [
    ("assign a shift", lambda s: lambda: roster.assign_shift(s[Role.OWNER], s[Role.SALES].staff_id, MON,
                                                             shift_id("白班")), "create"),
    ("copy a week", lambda s: (roster.assign_shift(s[Role.OWNER], s[Role.SALES].staff_id, MON, shift_id("白班")),
                               lambda: roster.copy_week(s[Role.OWNER], MON, MON + dt.timedelta(days=7)))[1], "create"),
    ("clock in", lambda s: lambda: attendance.clock(s[Role.CUSTOMER_SERVICE], "in"), "clock_in"),
    ("correct a day", lambda s: lambda: attendance.correct_day(s[Role.SUPERVISOR], s[Role.SALES].staff_id, MON,
                                                               excused=True, reason="外出"), "correct"),
    ("ask for leave", lambda s: lambda: leave.request_leave(
        s[Role.CUSTOMER_SERVICE], kind="annual", start_at=at(MON + dt.timedelta(days=9), "09:00"),
        end_at=at(MON + dt.timedelta(days=9), "18:00"), reason="旅游"), "create"),
    ("write the handover book", lambda s: lambda: handover.write_item(s[Role.CUSTOMER_SERVICE], "交接"), "create"),
    ("weekly minutes", lambda s: lambda: meetings.save_meeting(s[Role.SUPERVISOR], meetings.new_meeting(
        s[Role.SUPERVISOR], at(MON, "18:00"))), "create"),
    ("complaint fine", lambda s: lambda: fund.record_complaint_fine(s[Role.OWNER], s[Role.SALES].staff_id, MON,
                                                                    "TS-1"), "create"),
    ("leaving", lambda s: lambda: leaving.leave_shop(s[Role.OWNER], s[Role.SALES].staff_id, MON), "left"),
]
# The punch import retries through the import pipeline's own policy (services/import_pipeline.py, its tests).


@pytest.mark.parametrize("prepare, action", [(p, a) for _n, p, a in CASES], ids=[n for n, _p, _a in CASES])
def test_every_roster_write_runs_again_after_a_transient_clash(db, shop, prepare, action):
    freeze(at(MON, "09:30"))
    call = prepare(shop)
    last_audit = AuditLog.select(peewee.fn.MAX(AuditLog.id)).scalar() or 0
    retries = context.transient_retries
    with first_write_fails(db.kind) as raised:
        call()
    assert len(raised) == 1 and context.transient_retries == retries + 1
    added = [a for (a,) in AuditLog.select(AuditLog.action).where(AuditLog.id > last_audit).tuples()]
    assert added.count(action) == 1, added
