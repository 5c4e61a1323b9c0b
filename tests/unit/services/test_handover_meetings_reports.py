"""The handover book, weekly meetings, trainings, and the roster module's PDFs and xlsx files."""
from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from shopmanager.core.errors import PermissionDenied, ValidationError
from shopmanager.core.permissions import Role
from shopmanager.services import handover, meetings, roster, roster_reports, settings
from shopmanager.services.context import transaction
from tests.unit.services.roster_helpers import MON, at, freeze, punch, shift_id, staff_of


def test_the_day_shift_hands_over_and_the_night_shift_ticks_it_off(shop):
    owner = shop[Role.OWNER]
    day_clerk, night_clerk = shop[Role.CUSTOMER_SERVICE], shop[Role.SALES]
    roster.assign_shift(owner, day_clerk.staff_id, MON, shift_id("白班"))
    freeze(at(MON, "17:50"))
    item = handover.write_item(day_clerk, "订单 SO-1024 客户要求明天上午发顺丰,已备注")
    with pytest.raises(ValidationError):
        handover.write_item(day_clerk, "   ")
    [written] = handover.list_items(day_clerk)
    assert written.from_shift == "白班" and written.is_open
    assert handover.open_for(day_clerk) == []  # one's own items are for the next shift
    assert [i.id for i in handover.open_for(night_clerk)] == [item]
    with pytest.raises(PermissionDenied, match="next shift"):
        handover.tick_off(day_clerk, item)
    freeze(at(MON, "19:00"))
    handover.tick_off(night_clerk, item, "已联系顺丰")
    [done] = handover.list_items(night_clerk)
    assert not done.is_open and done.done_by == "sales-staff" and done.done_note == "已联系顺丰"
    assert handover.open_for(night_clerk) == []


def test_the_weekly_meeting_reminder_and_minutes(shop):
    supervisor, clerk = shop[Role.SUPERVISOR], shop[Role.CUSTOMER_SERVICE]
    freeze(at(MON, "10:00"))
    assert "18:00" in meetings.reminder(clerk)
    freeze(at(MON + dt.timedelta(days=1), "10:00"))
    assert meetings.reminder(clerk) == ""
    settings.update(shop[Role.OWNER], {"meeting.weekday": "1", "meeting.time": "17:30"})
    assert "17:30" in meetings.reminder(clerk)
    freeze(at(MON, "19:10"))
    record = meetings.new_meeting(supervisor, at(MON, "18:00"))
    assert record.chair_id == supervisor.staff_id
    assert {m.staff_id for m in record.members} == {supervisor.staff_id, clerk.staff_id}
    for member in record.members:
        member.last_week, member.improve = "接待 320 位顾客", "回复速度"
    record.decisions = [meetings.Decision("周三前整理常见问题话术", clerk.staff_id, MON + dt.timedelta(days=2))]
    with pytest.raises(PermissionDenied):
        meetings.save_meeting(clerk, record)
    meeting_id = meetings.save_meeting(supervisor, record)
    saved = meetings.get_meeting(clerk, meeting_id)
    assert saved.decisions[0].owner_name == "customer_service-staff" and saved.members[0].improve == "回复速度"
    [row] = meetings.list_meetings(clerk)
    assert (row.present, row.decisions, row.open_decisions) == (2, 1, 1)
    pdf = roster_reports.meeting_minutes_pdf(clerk, meeting_id)
    assert "周三前整理常见问题话术" in _text(pdf)


def test_training_records_with_scores(shop):
    supervisor = shop[Role.SUPERVISOR]
    clerk, sales = staff_of(shop, Role.CUSTOMER_SERVICE), staff_of(shop, Role.SALES)
    record = meetings.TrainingRecord(MON, "新品上架前的产品属性培训", "李娜",
                                     attendees=[meetings.Attendee(clerk, 92), meetings.Attendee(sales, 78)])
    with pytest.raises(ValidationError, match="0 to 100"):
        meetings.save_training(supervisor, meetings.TrainingRecord(MON, "x", attendees=[meetings.Attendee(clerk, 120)]))
    training_id = meetings.save_training(supervisor, record)
    [row] = meetings.list_trainings(shop[Role.SALES], staff_id=sales)
    assert (row.id, row.attendees, row.average_score) == (training_id, 2, 85)


def _text(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


def test_roster_attendance_and_fund_reports(shop, tmp_path):
    owner, supervisor = shop[Role.OWNER], shop[Role.SUPERVISOR]
    clerk = staff_of(shop, Role.CUSTOMER_SERVICE)
    for offset in range(5):
        roster.assign_shift(owner, clerk, MON + dt.timedelta(days=offset), shift_id("白班"))
    with transaction():
        punch(clerk, at(MON, "09:07"))
        punch(clerk, at(MON, "18:00"))
    freeze(at(MON + dt.timedelta(days=20), "10:00"))
    week = _text(roster_reports.roster_week_pdf(owner, "2026-W11"))
    assert "白班" in week and "09:00–18:00" in week and "2026-W11" in week
    month = _text(roster_reports.attendance_month_pdf(supervisor, "2026-03"))
    assert "Late 7 min" in month and "Absent" in month and "customer_service-staff" in month
    with pytest.raises(PermissionDenied):
        roster_reports.attendance_month_pdf(shop[Role.SALES], "2026-03")
    own = _text(roster_reports.attendance_month_pdf(shop[Role.CUSTOMER_SERVICE], "2026-03", staff_id=clerk))
    assert "Late 7 min" in own
    with pytest.raises(ValidationError, match="'2026-13' is not a month"):
        roster_reports.attendance_month_pdf(supervisor, "2026-13")
    assert "Late 7 min" in _text(roster_reports.attendance_month_pdf(supervisor, "2026年3月"))
    assert "Opening balance" in _text(roster_reports.fund_statement_pdf(shop[Role.WAREHOUSE], "2026-03"))
    path = tmp_path / "attendance.xlsx"
    assert roster_reports.attendance_month_xlsx(supervisor, "2026-03", path).rows == 2  # the person, the team
    from shopmanager.excel import read_sheet

    sheet = read_sheet(path)
    assert sheet.headers[:3] == ["Staff no.", "Name", "1"] and sheet.rows[0][1] == "customer_service-staff"
    assert sheet.rows[0][10] == "L7" and sheet.rows[0][11] == "X"  # the 9th: late 7 min; the 10th: absent
    detail = tmp_path / "detail.xlsx"
    assert roster_reports.attendance_detail_xlsx(supervisor, "2026-03", detail).rows == 5
    assert roster_reports.roster_week_xlsx(owner, MON, tmp_path / "roster.xlsx").rows >= 1
