"""The roster, clock-in/out, corrections and leave through the services, on SQLite and
PostgreSQL: what the owner, the supervisor and a clerk would see."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from shopmanager.core.errors import Conflict, PermissionDenied, ValidationError
from shopmanager.core.permissions import Role
from shopmanager.core.roster import ConflictKind
from shopmanager.db.models import AttendanceCorrection, AuditLog, LeaveRequest, Punch, RosterEntry, Staff
from shopmanager.services import attendance, attendance_stats, leave, roster, settings, staff
from shopmanager.services.context import transaction
from tests.unit.services.roster_helpers import MON, at, freeze, punch, shift_id, staff_of

TUE, WED = MON + dt.timedelta(days=1), MON + dt.timedelta(days=2)


def test_the_seed_shifts_exist_and_can_be_edited(shop):
    owner = shop[Role.OWNER]
    shifts = {s.name: (s.start_time, s.end_time) for s in roster.list_shifts(owner)}
    assert shifts == {"白班": ("09:00", "18:00"), "晚班": ("13:30", "21:30")}
    night = roster.save_shift(owner, None, name="夜班", start_time="22:00", end_time="6:00", color="#c5cae9")
    assert night.times.overnight and night.label() == "夜班 22:00–06:00 (next day)"
    with pytest.raises(Conflict):
        roster.save_shift(owner, None, name="白班", start_time="08:00", end_time="17:00")
    with pytest.raises(PermissionDenied):
        roster.save_shift(shop[Role.CUSTOMER_SERVICE], night.id, name="夜班", start_time="22:00", end_time="07:00")


def test_build_a_week_copy_it_and_see_its_conflicts(shop):
    owner, supervisor = shop[Role.OWNER], shop[Role.SUPERVISOR]
    clerk, other = staff_of(shop, Role.CUSTOMER_SERVICE), staff_of(shop, Role.SALES)
    freeze(at(MON - dt.timedelta(days=3), "10:00"))
    for day in (MON, TUE):
        roster.assign_shift(owner, clerk, day, shift_id("白班"))
    roster.assign_shift(owner, other, MON, shift_id("晚班"))
    roster.set_rest(supervisor, clerk, WED)
    week = roster.roster_week(owner, WED)
    assert [i.text() for i in week.cells[(clerk, MON)]] == ["白班 09:00–18:00"]
    assert [i.kind for i in week.cells[(clerk, WED)]] == ["rest"]
    assert week.conflicts == []
    # a rest day gives way to a shift
    roster.assign_shift(owner, clerk, WED, shift_id("晚班"))
    assert [i.name for i in roster.roster_week(owner, MON).cells[(clerk, WED)]] == ["晚班"]
    # copy to next week: the same cells a week later; a second copy must be confirmed
    result = roster.copy_week(owner, MON, MON + dt.timedelta(days=7))
    assert result.copied == 4
    with pytest.raises(Conflict, match="4 roster entries"):
        roster.copy_week(owner, MON, MON + dt.timedelta(days=7))
    assert roster.copy_week(owner, MON, MON + dt.timedelta(days=7), replace=True).replaced == 4
    nxt = roster.roster_week(owner, MON + dt.timedelta(days=7))
    assert [i.name for i in nxt.cells[(clerk, MON + dt.timedelta(days=8))]] == ["白班"]
    # leave approved after the roster was made: flagged on that day
    request = leave.request_leave(owner, staff_id=clerk, kind="sick", start_at=at(TUE, "00:00"),
                                  end_at=at(WED, "00:00"), reason="发烧")
    leave.decide(supervisor, request, approve=True)
    conflicts = roster.roster_week(owner, MON).conflicts
    assert [(c.staff_id, c.day, c.kind) for c in conflicts] == [(clerk, TUE, ConflictKind.ON_LEAVE)]


def test_overlapping_shifts_are_refused_and_nothing_changes(shop):
    owner = shop[Role.OWNER]
    clerk = staff_of(shop, Role.CUSTOMER_SERVICE)
    night = roster.save_shift(owner, None, name="夜班", start_time="22:00", end_time="06:00")
    early = roster.save_shift(owner, None, name="早班", start_time="05:00", end_time="12:00")
    roster.assign_shift(owner, clerk, MON, shift_id("白班"))
    before = RosterEntry.select().count()
    with pytest.raises(ValidationError, match="overlaps 白班"):
        roster.assign_shift(owner, clerk, MON, shift_id("晚班"))
    roster.assign_shift(owner, clerk, MON - dt.timedelta(days=1), night.id)  # Sunday night into Monday 06:00
    with pytest.raises(ValidationError, match="overlaps 夜班"):
        roster.assign_shift(owner, clerk, MON, early.id)
    assert RosterEntry.select().count() == before + 1


def test_a_leaver_gets_no_new_shifts_and_old_ones_are_flagged(shop):
    owner = shop[Role.OWNER]
    clerk = staff_of(shop, Role.SALES)
    roster.assign_shift(owner, clerk, TUE, shift_id("白班"))
    with transaction():  # left by an older program: the shift stayed on the roster
        Staff.update(status="left", left_date=MON).where(Staff.id == clerk).execute()
    assert [c.kind for c in roster.roster_week(owner, MON).conflicts] == [ConflictKind.LEAVER]
    with pytest.raises(ValidationError, match="left the shop"):
        roster.assign_shift(owner, clerk, WED, shift_id("白班"))


def _day_shift(shop, role=Role.CUSTOMER_SERVICE, day=MON, name="白班"):
    roster.assign_shift(shop[Role.OWNER], staff_of(shop, role), day, shift_id(name))


def test_a_clerk_clocks_in_late_and_sees_it(shop):
    clerk = shop[Role.CUSTOMER_SERVICE]
    _day_shift(shop)
    freeze(at(MON, "09:12"))
    result = attendance.clock(clerk, "in")
    assert result.rostered and result.result.late_minutes == 12
    with pytest.raises(ValidationError, match="clocked in at 09:12 already"):
        attendance.clock(clerk, "in")
    day = attendance.my_day(clerk)
    assert day.clocked_in == at(MON, "09:12") and day.current.late_minutes == 12
    freeze(at(MON, "18:03"))
    out = attendance.clock(clerk, "out")
    assert out.result.out_at == at(MON, "18:03") and out.result.late_minutes == 12 and not out.result.early
    assert AuditLog.select().where(AuditLog.action == "clock_in").count() == 1


def test_clocking_out_before_clocking_in_is_refused(shop):
    clerk = shop[Role.CUSTOMER_SERVICE]
    _day_shift(shop)
    freeze(at(MON, "09:00"))
    with pytest.raises(ValidationError, match="not clocked in"):
        attendance.clock(clerk, "out")
    assert Punch.select().count() == 0


def test_the_grace_period_setting(shop):
    owner, clerk = shop[Role.OWNER], shop[Role.CUSTOMER_SERVICE]
    _day_shift(shop)
    settings.update(owner, {"attendance.grace_minutes": 5})
    freeze(at(MON, "09:05"))
    assert attendance.clock(clerk, "in").result.late_minutes == 0


def test_absence_missing_punches_leave_and_the_figures_for_the_appraisal(shop):
    owner, supervisor = shop[Role.OWNER], shop[Role.SUPERVISOR]
    clerk = staff_of(shop, Role.CUSTOMER_SERVICE)
    freeze(at(MON - dt.timedelta(days=7), "10:00"))
    thu, fri = MON + dt.timedelta(days=3), MON + dt.timedelta(days=4)
    for day in (MON, TUE, WED, thu, fri):
        _day_shift(shop, day=day)
    leave_id = leave.request_leave(shop[Role.CUSTOMER_SERVICE], kind="personal", start_at=at(thu, "00:00"),
                                   end_at=at(fri, "00:00"), reason="家里有事")
    leave.decide(supervisor, leave_id, approve=True)
    with transaction():
        punch(clerk, at(MON, "09:20"))
        punch(clerk, at(MON, "17:50"))
        punch(clerk, at(TUE, "08:55"))  # no clock-out
        # Wednesday: nothing (absent); Thursday: approved leave; Friday: on time
        punch(clerk, at(fri, "08:59"))
        punch(clerk, at(fri, "18:00"))
    freeze(at(MON + dt.timedelta(days=7), "10:00"))
    figures = attendance_stats.attendance_figures(MON, MON + dt.timedelta(days=6), staff_ids=[clerk])[clerk]
    assert figures == attendance_stats.AttendanceFigures(
        scheduled_days=5, worked_days=3, late_count=1, late_minutes=20, early_count=1, early_minutes=10,
        absent_days=1, missing_punches=1, leave_days={"personal": Decimal(1)})
    assert attendance_stats.attendance_figures(MON, MON, staff_ids=[staff_of(shop, Role.SALES)]) == {}


def test_a_supervisor_corrects_a_day_with_a_reason(shop):
    supervisor = shop[Role.SUPERVISOR]
    clerk = staff_of(shop, Role.CUSTOMER_SERVICE)
    _day_shift(shop)
    with transaction():
        punch(clerk, at(MON, "08:58"))
    freeze(at(TUE, "12:00"))
    [before] = attendance.compute(MON, MON)[clerk]
    assert before.missing_out
    with pytest.raises(ValidationError, match="reason"):
        attendance.correct_day(supervisor, clerk, MON, out_at=at(MON, "18:00"), reason=" ")
    with pytest.raises(ValidationError, match="before the clock-in"):
        attendance.correct_day(supervisor, clerk, MON, in_at=at(MON, "09:00"), out_at=at(MON, "08:00"),
                               reason="补卡")
    with pytest.raises(ValidationError, match="future"):
        attendance.correct_day(supervisor, clerk, MON, out_at=at(TUE, "18:00"), reason="补卡")
    assert AttendanceCorrection.select().count() == 0
    with pytest.raises(PermissionDenied):
        attendance.correct_day(shop[Role.CUSTOMER_SERVICE], clerk, MON, out_at=at(MON, "18:00"), reason="补卡")
    attendance.correct_day(supervisor, clerk, MON, out_at=at(MON, "18:00"), reason="忘记打卡, 主管确认 18:00 下班")
    [after] = attendance.compute(MON, MON)[clerk]
    assert not after.missing_out and after.out_at == at(MON, "18:00")
    entry = AuditLog.select().where(AuditLog.action == "correct").get()
    assert "忘记打卡" in entry.summary and "out_at" in entry.changes


def test_only_a_supervisor_sees_someone_elses_days(shop):
    clerk = shop[Role.CUSTOMER_SERVICE]
    _day_shift(shop)
    assert attendance.person_period(clerk, clerk.staff_id, MON, MON).results
    with pytest.raises(PermissionDenied):
        attendance.person_period(clerk, staff_of(shop, Role.SALES), MON, MON)
    assert attendance.person_period(shop[Role.SUPERVISOR], clerk.staff_id, MON, MON).name


def test_leave_requests(shop):
    clerk, supervisor = shop[Role.CUSTOMER_SERVICE], shop[Role.SUPERVISOR]
    freeze(at(MON, "10:00"))
    with pytest.raises(ValidationError, match="before it starts"):
        leave.request_leave(clerk, kind="annual", start_at=at(WED, "09:00"), end_at=at(TUE, "18:00"), reason="旅游")
    with pytest.raises(ValidationError, match="in advance"):
        leave.request_leave(clerk, kind="annual", start_at=at(MON - dt.timedelta(days=2), "09:00"),
                            end_at=at(MON, "18:00"), reason="旅游")
    assert LeaveRequest.select().count() == 0
    request = leave.request_leave(clerk, kind="annual", start_at=at(WED, "00:00"), end_at=at(WED + dt.timedelta(days=2),
                                                                                               "00:00"), reason="旅游")
    with pytest.raises(Conflict, match="already"):
        leave.request_leave(clerk, kind="personal", start_at=at(WED, "13:00"), end_at=at(WED, "18:00"), reason="x")
    assert [r.status for r in leave.list_leave(clerk, staff_id=clerk.staff_id)] == ["pending"]
    assert leave.pending_count(supervisor) == 1 and leave.pending_count(clerk) == 0
    with pytest.raises(PermissionDenied):
        leave.decide(clerk, request, approve=True)
    leave.decide(supervisor, request, approve=True, note="同意")
    with pytest.raises(Conflict, match="decided already"):
        leave.decide(supervisor, request, approve=False)
    own = leave.request_leave(supervisor, kind="sick", start_at=at(TUE, "09:00"), end_at=at(TUE, "18:00"),
                              reason="看病")
    with pytest.raises(PermissionDenied, match="someone else"):
        leave.decide(supervisor, own, approve=True)
    leave.decide(shop[Role.OWNER], own, approve=True)
    leave.withdraw(clerk, request)  # approved, not started yet
    assert LeaveRequest.get_by_id(request).status == "cancelled"


def test_staff_numbers_and_wages(shop):
    owner, supervisor = shop[Role.OWNER], shop[Role.SUPERVISOR]
    first = staff.create_staff(owner, name="新人甲", role=Role.SALES, base_wage_cents=450000)
    assert first.staff_no and first.base_wage_cents == 450000
    with pytest.raises(Conflict, match="already belongs to 新人甲"):
        staff.create_staff(owner, name="新人乙", role=Role.SALES, staff_no=first.staff_no)
    with pytest.raises(ValidationError):
        staff.create_staff(owner, name="新人乙", role=Role.SALES, staff_no="工号 1")
    assert staff.get_staff(owner, first.id).base_wage_cents == 450000
    assert staff.get_staff(supervisor, first.id).base_wage_cents is None  # wages: the owner only
    with pytest.raises(PermissionDenied):
        staff.update_staff(supervisor, first.id, name="新人甲", role=Role.SALES, base_wage_cents=1)
    changed = staff.update_staff(owner, first.id, name="新人甲", role=Role.SALES, staff_no="S-77")
    assert changed.staff_no == "S-77" and changed.base_wage_cents == 450000
    assert [s.label() for s in staff.list_staff(shop[Role.WAREHOUSE]) if s.id == first.id] == ["S-77 新人甲"]
