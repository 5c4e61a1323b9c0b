"""The roster module's writes follow the one retry policy: a transient clash (PostgreSQL
serialization failure, SQLite lock timeout) on the first write runs the transaction again,
leaving one record and one audit entry."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import peewee
import pytest

from shopmanager.core.permissions import Role
from shopmanager.db.models import AuditLog
from shopmanager.services import (
    attendance, context, fund, handover, leave, leaving, meetings, punch_import, roster, staff,
)
from tests.unit.services.roster_helpers import MON, at, freeze, shift_id
from tests.unit.services.test_write_retry import first_write_fails

FILES = Path(__file__).resolve().parents[2] / "fixtures" / "attendance"


def _import(shop):
    freeze(dt.datetime(2026, 3, 20, 10, 0))  # the file's punches are in the past
    for name, number in (("李娜", "0002"), ("张敏", "0003"), ("刘洋", "0004")):
        staff.create_staff(shop[Role.OWNER], name=name, role=Role.CUSTOMER_SERVICE, staff_no=number)
    path = FILES / "dingtalk-raw-gbk.csv"
    sheet = punch_import.read(path)
    return lambda: punch_import.run_import(shop[Role.SUPERVISOR], path, punch_import.guess(sheet), sheet=sheet)


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
    ("punch import", _import, "import"),
]


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
