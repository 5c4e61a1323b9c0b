"""Punch files from DingTalk (GBK csv), WeCom (xlsx saved by LibreOffice) and an attendance
clock, through the one importer: guessed columns, problems by row, nothing half-written,
importing twice adds nothing."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from shopmanager.core.errors import PermissionDenied, ValidationError
from shopmanager.core.permissions import Role
from shopmanager.db.models import AuditLog, Punch
from shopmanager.services import attendance, punch_import, roster, staff
from tests.unit.services.roster_helpers import at, freeze, shift_id

FILES = Path(__file__).resolve().parents[2] / "fixtures" / "attendance"
MON, TUE = dt.date(2026, 3, 9), dt.date(2026, 3, 10)


@pytest.fixture
def team(shop):
    owner = shop[Role.OWNER]
    freeze(dt.datetime(2026, 3, 20, 10, 0))
    people = {name: staff.create_staff(owner, name=name, role=Role.CUSTOMER_SERVICE, staff_no=number).id
              for name, number in (("李娜", "0002"), ("张敏", "0003"), ("刘洋", "0004"))}
    return shop, people


def _run(actor, name: str, *, dry_run: bool = False):
    path = FILES / name
    sheet = punch_import.read(path)
    return punch_import.run_import(actor, path, punch_import.guess(sheet), sheet=sheet, dry_run=dry_run)


def _punches(staff_id: int) -> list[tuple[dt.datetime, str]]:
    return [(p.at, p.kind) for p in Punch.select().where(Punch.staff == staff_id).order_by(Punch.at)]


def test_dingtalk_gbk_csv_one_punch_a_row(team):
    shop, people = team
    supervisor = shop[Role.SUPERVISOR]
    sheet = punch_import.read(FILES / "dingtalk-raw-gbk.csv")
    mapping = punch_import.guess(sheet)
    assert {key: sheet.headers[i] for key, i in mapping.items() if key != "direction"} == {
        "staff_no": "工号", "name": "姓名", "date": "日期", "time": "打卡时间"}
    check = _run(supervisor, "dingtalk-raw-gbk.csv", dry_run=True)
    assert check.ok and check.created == 7 and Punch.select().count() == 0
    report = _run(supervisor, "dingtalk-raw-gbk.csv")
    assert report.ok and report.committed and report.created == 7
    assert _punches(people["刘洋"]) == [(at(MON, "13:41"), ""), (at(TUE, "01:05"), "")]  # 次日 01:05
    assert _punches(people["张敏"])[0] == (at(MON, "08:57"), "")
    again = _run(supervisor, "dingtalk-raw-gbk.csv")
    assert again.created == 0 and again.unchanged == 7 and Punch.select().count() == 7
    assert AuditLog.select().where(AuditLog.action == "import", AuditLog.entity == "attendance").count() == 2


def test_wecom_xlsx_with_in_and_out_columns_and_the_computed_result(team):
    shop, people = team
    owner = shop[Role.OWNER]
    for day in (MON, TUE):
        roster.assign_shift(owner, people["张敏"], day, shift_id("白班"))
    roster.assign_shift(owner, people["刘洋"], MON, shift_id("晚班"))
    report = _run(shop[Role.SUPERVISOR], "wecom-daily.xlsx")
    assert report.ok, [p.text() for p in report.problems]
    assert report.created == 7  # 未打卡 is no punch
    assert _punches(people["张敏"]) == [(at(MON, "08:57"), "in"), (at(MON, "18:02"), "out"), (at(TUE, "09:03"), "in")]
    results = attendance.compute(MON, TUE)
    zhang = results[people["张敏"]]
    assert [(r.late_minutes, r.missing_out) for r in zhang] == [(0, False), (3, True)]
    assert results[people["刘洋"]][0].late_minutes == 11


def test_an_unknown_staff_number_is_reported_by_row_and_nothing_is_written(team):
    shop, _people = team
    report = _run(shop[Role.SUPERVISOR], "clock-utf8.csv")
    assert [p.text() for p in report.problems] == ["Row 5, 考勤号码: no staff member has the number 99 (王五)"]
    assert not report.committed and Punch.select().count() == 0


def test_punches_in_the_future_are_refused(team):
    shop, _people = team
    freeze(dt.datetime(2026, 3, 9, 12, 0))
    report = _run(shop[Role.SUPERVISOR], "dingtalk-raw-gbk.csv")
    assert report.problems and all("in the future" in p.message for p in report.problems)
    assert report.problems[0].row == 4 and report.problems[0].column == "打卡时间"
    assert Punch.select().count() == 0


def test_bad_cells_name_their_row_and_column(team, tmp_path):
    shop, _people = team
    path = tmp_path / "bad.csv"
    path.write_text("工号,姓名,日期,打卡时间\n0003,张敏,2026-03-09,迟到\n0003,李四,2026-03-09,09:00\n"
                    "0003,张敏,昨天,09:00\n,赵六,2026-03-09,09:00\n", encoding="utf-8")
    report = _run(shop[Role.SUPERVISOR], str(path))
    assert [p.text() for p in report.problems] == [
        "Row 2, 打卡时间: '迟到' is not a punch time (write it like 08:57)",
        "Row 3, 姓名: staff number 0003 is 张敏, not 李四",
        "Row 4, 日期: '昨天' is not a date",
        "Row 5, 姓名: no staff member is called 赵六",
    ]


def test_a_file_without_a_staff_column_is_refused_and_a_clerk_may_not_import(team):
    shop, _people = team
    path = FILES / "dingtalk-raw-gbk.csv"
    sheet = punch_import.read(path)
    mapping = {k: v for k, v in punch_import.guess(sheet).items() if k not in ("staff_no", "name")}
    with pytest.raises(ValidationError, match="工号"):
        punch_import.run_import(shop[Role.SUPERVISOR], path, mapping, sheet=sheet)
    with pytest.raises(PermissionDenied):
        punch_import.run_import(shop[Role.CUSTOMER_SERVICE], path, punch_import.guess(sheet), sheet=sheet)
