"""The roster module as users drive it: the owner builds next week's roster in the grid, a clerk
clocks in late and sees it, leave is asked for and approved, the handover book, a punch file
imported through the import dialog, a third complaint fine — in English and Chinese."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from shopmanager.core.permissions import Role
from shopmanager.db.models import LeaveRequest, Punch, RosterEntry
from shopmanager.services import fund, handover, leave, roster, staff
from shopmanager.ui.i18n import apply_language
from tests.ui.conftest import wait_for_tasks
from tests.ui.test_foundation_ui import make_window
from tests.unit.services.roster_helpers import MON, at, freeze, shift_id

FILES = Path(__file__).parents[1] / "fixtures" / "attendance"


def _week_with_two_clerks(shop):
    owner = shop[Role.OWNER]
    for offset in range(5):
        roster.assign_shift(owner, shop[Role.CUSTOMER_SERVICE].staff_id, MON + dt.timedelta(days=offset),
                            shift_id("白班"))
        roster.assign_shift(owner, shop[Role.SALES].staff_id, MON + dt.timedelta(days=offset), shift_id("晚班"))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_owner_builds_next_weeks_roster_in_the_grid(qtbot, sqlite_db, sqlite_shop, dialogs, language):
    apply_language(language)
    freeze(at(MON + dt.timedelta(days=3), "10:00"))
    _week_with_two_clerks(sqlite_shop)
    window = make_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    page = window.show_page("roster")
    clerk = sqlite_shop[Role.CUSTOMER_SERVICE].staff_id
    page.picker.next.click()
    assert page.picker.monday == MON + dt.timedelta(days=7)
    assert not any(page.week.cells.values())
    dialogs.answer(True)
    page.buttons["copy"].click()
    assert RosterEntry.select().where(RosterEntry.day >= MON + dt.timedelta(days=7)).count() == 10
    assert ("10" in dialogs.last) and page.week.cells
    # Friday off for the clerk: select the cell, press R
    friday = MON + dt.timedelta(days=11)
    page.select_cell(clerk, friday)
    qtbot.keyClick(page.grid, Qt.Key.Key_R)
    row = [p.staff_id for p in page.week.people].index(clerk)
    rest_text = "休息" if language == "zh_CN" else "Rest"
    assert page.grid.item(row, 4).text() == rest_text
    # the night shift on top of the day shift overlaps: refused with the reason, nothing changes
    before = RosterEntry.select().count()
    page.select_cell(clerk, MON + dt.timedelta(days=7))
    qtbot.keyClick(page.grid, Qt.Key.Key_2)
    assert RosterEntry.select().count() == before
    assert "白班" in dialogs.texts("error")[-1]
    # approved leave on a rostered day is flagged in red, with the reason as the tooltip
    tuesday = MON + dt.timedelta(days=8)
    request = leave.request_leave(sqlite_shop[Role.CUSTOMER_SERVICE], kind="sick", start_at=at(tuesday, "00:00"),
                                  end_at=at(tuesday + dt.timedelta(days=1), "00:00"), reason="看病")
    leave.decide(sqlite_shop[Role.SUPERVISOR], request, approve=True)
    page.reload()
    cell = page.grid.item(row, 1)
    assert cell.text().startswith("⚠") and cell.foreground().color().name() == "#c62828"
    assert ("病假" if language == "zh_CN" else "Sick leave") in cell.toolTip()
    assert page.conflicts.isVisible()
    window.close()


def test_a_clerk_without_rights_only_reads_the_roster(qtbot, sqlite_db, sqlite_shop, dialogs):
    _week_with_two_clerks(sqlite_shop)
    window = make_window(qtbot, sqlite_shop[Role.CUSTOMER_SERVICE], sqlite_db)
    page = window.show_page("roster")
    page.picker.set_week(MON)
    assert "copy" not in page.buttons and not page.shift_box.isVisible()
    page.select_cell(sqlite_shop[Role.CUSTOMER_SERVICE].staff_id, MON)
    qtbot.keyClick(page.grid, Qt.Key.Key_R)
    assert RosterEntry.select().where(RosterEntry.kind == "rest").count() == 0
    window.close()


@pytest.mark.parametrize("language, late_text", [("en", "Late 12 min"), ("zh_CN", "迟到 12 分钟")])
def test_a_clerk_clocks_in_late_and_sees_it(qtbot, sqlite_db, sqlite_shop, dialogs, language, late_text):
    apply_language(language)
    clerk = sqlite_shop[Role.CUSTOMER_SERVICE]
    roster.assign_shift(sqlite_shop[Role.OWNER], clerk.staff_id, MON, shift_id("白班"))
    freeze(at(MON, "09:12"))
    window = make_window(qtbot, clerk, sqlite_db)
    page = window.show_page("attendance")
    tab = page.my_day
    assert "09:00–18:00" in tab.shift_label.text()
    assert tab.clock_in.isEnabled() and not tab.clock_out.isEnabled()
    tab.clock_in.click()
    assert late_text in tab.status.text() and Punch.select().count() == 1
    assert not tab.clock_in.isEnabled() and tab.clock_out.isEnabled()
    assert late_text in tab.table.item(0, 4).text()
    freeze(at(MON, "18:01"))
    tab.clock_out.click()
    assert Punch.select().count() == 2 and tab.clock_in.isEnabled()
    window.close()


def test_leave_is_asked_for_and_approved(qtbot, sqlite_db, sqlite_shop, dialogs):
    from shopmanager.ui.pages.attendance import LeaveDialog

    freeze(at(MON, "10:00"))
    clerk, supervisor = sqlite_shop[Role.CUSTOMER_SERVICE], sqlite_shop[Role.SUPERVISOR]
    dialog = LeaveDialog(None, clerk)
    qtbot.addWidget(dialog)
    dialog.reason.setText("回老家")
    dialog.end.setDateTime(dialog.start.dateTime().addSecs(-3600))
    dialog.accept()
    assert "before it starts" in dialog.message.text() and LeaveRequest.select().count() == 0
    dialog.end.setDateTime(dialog.start.dateTime().addDays(2))
    dialog.accept()
    assert LeaveRequest.get().status == "pending"
    window = make_window(qtbot, supervisor, sqlite_db)
    window.refresh_badges()
    assert window.badge_count("attendance") == 1
    page = window.show_page("attendance")
    page.tabs.setCurrentWidget(page.leave_tab)
    tab = page.leave_tab
    assert tab.scope.currentData() == "pending" and tab.table.rowCount() == 1
    tab.table.selectRow(0)
    tab.findChild(type(page.my_day.clock_in), "approve").click()
    assert LeaveRequest.get().status == "approved" and window.badge_count("attendance") == 0
    window.close()


def test_the_day_shift_hands_over_and_the_night_shift_ticks_it_off(qtbot, sqlite_db, sqlite_shop, dialogs):
    day_clerk, night_clerk = sqlite_shop[Role.CUSTOMER_SERVICE], sqlite_shop[Role.SALES]
    _week_with_two_clerks(sqlite_shop)
    freeze(at(MON, "17:45"))
    window = make_window(qtbot, day_clerk, sqlite_db)
    page = window.show_page("attendance")
    page.tabs.setCurrentWidget(page.handover_tab)
    page.handover_tab.text.setPlainText("SO-1024 顾客要求改地址,已改,请晚班确认物流")
    page.handover_tab.findChild(type(page.my_day.clock_in), "write").click()
    assert page.handover_tab.table.rowCount() == 1 and page.handover_tab.text.toPlainText() == ""
    window.close()
    freeze(at(MON, "19:00"))
    night = make_window(qtbot, night_clerk, sqlite_db)
    night.refresh_badges()
    assert night.badge_count("attendance") == 1
    home = night.show_page("dashboard")
    assert home.notice.isVisible() and "1 handover item(s) for your shift" in home.notice.text()
    home._open_handover()
    assert night.current_page().tabs.currentWidget() is night.current_page().handover_tab
    page = night.show_page("attendance")
    page.tabs.setCurrentWidget(page.my_day)
    assert page.my_day.handover_label.isVisible() and "SO-1024" in page.my_day.handover_label.text()
    page.tabs.setCurrentWidget(page.handover_tab)
    page.handover_tab.table.selectRow(0)
    dialogs.answer("已确认")
    page.handover_tab.findChild(type(page.my_day.clock_in), "tick").click()
    assert handover.open_for(night_clerk) == [] and night.badge_count("attendance") == 0
    night.close()


def test_a_punch_file_imports_through_the_import_dialog(qtbot, sqlite_db, sqlite_shop, dialogs):
    from shopmanager.ui.pages.attendance import attendance_target
    from shopmanager.ui.pages.importing import ImportDialog

    owner = sqlite_shop[Role.OWNER]
    freeze(dt.datetime(2026, 3, 20, 10, 0))
    for name, number in (("李娜", "0002"), ("张敏", "0003"), ("刘洋", "0004")):
        staff.create_staff(owner, name=name, role=Role.CUSTOMER_SERVICE, staff_no=number)
    window = make_window(qtbot, sqlite_shop[Role.SUPERVISOR], sqlite_db)
    dialog = ImportDialog(window, window.context, attendance_target())
    qtbot.addWidget(dialog)
    dialogs.answer(str(FILES / "wecom-daily.xlsx"))
    dialog.choose_file()
    wait_for_tasks(qtbot)
    assert dialog.combos["in_time"].currentText() == "上班打卡" and dialog.combos["name"].currentText() == "姓名"
    dialogs.answer(True)
    dialog.import_button.click()
    wait_for_tasks(qtbot)
    assert Punch.select().count() == 7 and "Imported: 7 new" in dialogs.last


def test_the_third_complaint_forfeits_the_wage_and_the_fund_shows_it(qtbot, sqlite_db, sqlite_shop, dialogs):
    from shopmanager.ui.pages.fund import RewardFineDialog

    owner = sqlite_shop[Role.OWNER]
    clerk = sqlite_shop[Role.CUSTOMER_SERVICE].staff_id
    staff.update_staff(owner, clerk, name="张敏", role=Role.CUSTOMER_SERVICE, base_wage_cents=400000)
    freeze(dt.datetime(2026, 4, 20, 10, 0))
    for day in (3, 9):
        fund.record_complaint_fine(owner, clerk, dt.date(2026, 4, day), f"TS-{day}")
    dialog = RewardFineDialog(None, owner, complaint=True)
    qtbot.addWidget(dialog)
    dialog.person.setCurrentIndex(dialog.person.findData(clerk))
    assert "no. 3" in dialog.amount_label.text() and "forfeited (¥3,850.00 more)" in dialog.amount_label.text()
    dialog.reason.setText("顾客投诉客服辱骂")
    dialog.accept()
    window = make_window(qtbot, owner, sqlite_db)
    page = window.show_page("fund")
    assert page.cards["income"].value.text() == "¥4,000.00"
    assert page.cards["closing"].value.text() == "¥4,000.00"
    assert page.ledger.rowCount() == 3 and page.ledger.item(2, 6).text() == "4,000.00"
    reader = make_window(qtbot, sqlite_shop[Role.WAREHOUSE], sqlite_db)
    their = reader.show_page("fund")
    assert their.cards["closing"].value.text() == "¥4,000.00"
    assert all(their.ledger.item(r, 3).text() == "" for r in range(3))  # who was fined: the owner's to know
    window.close()
    reader.close()


def test_the_supervisor_writes_the_weekly_minutes_and_a_clerk_reads_them(qtbot, sqlite_db, sqlite_shop, dialogs):
    from PySide6.QtWidgets import QTableWidgetItem

    from shopmanager.services import meetings
    from shopmanager.ui.pages.meetings import MeetingDialog

    supervisor, clerk = sqlite_shop[Role.SUPERVISOR], sqlite_shop[Role.CUSTOMER_SERVICE]
    freeze(at(MON, "19:00"))
    dialog = MeetingDialog(None, supervisor, meetings.new_meeting(supervisor, at(MON, "18:00")))
    qtbot.addWidget(dialog)
    assert dialog.members.rowCount() == 2 and dialog.chair.currentData() == supervisor.staff_id
    dialog.members.setItem(1, 2, QTableWidgetItem("接待 300 位顾客"))
    dialog.members.setItem(1, 3, QTableWidgetItem("回复更快"))
    dialog.findChild(type(dialog.buttons.buttons()[0]), "add_decision").click()
    dialog.accept()
    assert "write what was decided" in dialog.message.text()
    dialog.decisions.setItem(0, 0, QTableWidgetItem("整理常见问题话术"))
    dialog.accept()
    [row] = meetings.list_meetings(clerk)
    record = meetings.get_meeting(clerk, row.id)
    assert record.decisions[0].text == "整理常见问题话术" and "回复更快" in [m.improve for m in record.members]
    reader = MeetingDialog(None, clerk, record)
    qtbot.addWidget(reader)
    assert not reader.body.isEnabled() and [b.text() for b in reader.buttons.buttons()] == ["Close"]


def test_the_roster_and_the_months_attendance_export_to_excel(qtbot, sqlite_db, sqlite_shop, dialogs, tmp_path):
    from shopmanager.excel import read_sheet

    _week_with_two_clerks(sqlite_shop)
    freeze(at(MON + dt.timedelta(days=10), "10:00"))
    window = make_window(qtbot, sqlite_shop[Role.SUPERVISOR], sqlite_db)
    page = window.show_page("roster")
    page.picker.set_week(MON)
    target = tmp_path / "roster"
    dialogs.answer(str(target))
    page.buttons["export"].click()
    wait_for_tasks(qtbot)
    sheet = read_sheet(tmp_path / "roster.xlsx")
    assert "白班 09:00–18:00" in sheet.rows[[r[1] for r in sheet.rows].index("customer_service-staff")]
    assert "rows exported to" in dialogs.last
    attendance = window.show_page("attendance")
    attendance.team.month.set_month(MON.year, MON.month)
    dialogs.answer("Every shift with its punches", str(tmp_path / "detail.xlsx"))
    attendance.team.findChild(type(attendance.my_day.clock_in), "export").click()
    wait_for_tasks(qtbot)
    assert len(read_sheet(tmp_path / "detail.xlsx").rows) == 10
    window.close()
