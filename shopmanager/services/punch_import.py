"""Punch files 打卡记录 from attendance clocks and DingTalk / WeCom exports, through the one
importer (excel/): read → map → convert → check (no writes) → one short write.

Layouts: one punch a row (工号 and/or 姓名, 日期, 打卡时间 — or one 日期时间 cell), or a row per
person and day with 上班打卡 / 下班打卡 columns; a cell may hold several times ('08:57 12:01
18:03') or DingTalk's '次日 01:10'. A person is found by staff number, else by name.
Every problem is reported by row (unknown staff, unreadable or future times) and then
nothing is written. Importing the same file again adds nothing: a person's punch at a
given second is stored once.

Shaped as the pipeline's ImportJob (TEAM.md "Import"): `fields()`, `check(records, ...)`
→ (plan, problems) reading only, `write(actor, plan, ...)` in one write_retrying.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from shopmanager.core import timeutil
from shopmanager.core.attendance import punch_date, punch_moments, punch_times
from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm
from shopmanager.core.progress import Progress
from shopmanager.db.bulk import bulk_insert, db_time, indexes_rebuilt_after
from shopmanager.db.database import is_postgres
from shopmanager.db.models import Punch, Staff
from shopmanager.services.context import Actor, audit, require, write_retrying

TARGET = "attendance"
CHUNK = 5000
IN_WORDS = ("上班", "签到", "in", "上午")
OUT_WORDS = ("下班", "签退", "out", "下午")


def fields() -> list:
    """The columns a punch file may have, with the names clocks, DingTalk and WeCom give them."""
    from shopmanager.excel import FieldSpec

    def spec(key, label, synonyms, max_length=200):
        return FieldSpec(key=key, label=label, kind="text", synonyms=synonyms, max_length=max_length)

    return [
        spec("staff_no", lambda: tr("Attendance", "Staff number"),
             ["工号", "员工工号", "考勤号码", "考勤号", "人员编号", "员工编号", "编号", "AC-No.", "No.", "employee no"], 40),
        spec("name", lambda: tr("Attendance", "Name"), ["姓名", "员工姓名", "人员姓名", "名字", "name"], 40),
        spec("date", lambda: tr("Attendance", "Date"), ["日期", "考勤日期", "打卡日期", "时间", "date"]),
        spec("time", lambda: tr("Attendance", "Punch time"),
             ["打卡时间", "刷卡时间", "签到时间", "日期时间", "打卡记录", "时间点", "time", "punch time"]),
        spec("in_time", lambda: tr("Attendance", "Clock-in"),
             ["上班打卡", "上班打卡时间", "上班1打卡时间", "上班时间", "签到", "最早打卡", "clock in"]),
        spec("out_time", lambda: tr("Attendance", "Clock-out"),
             ["下班打卡", "下班打卡时间", "下班1打卡时间", "下班时间", "签退", "最晚打卡", "clock out"]),
        spec("direction", lambda: tr("Attendance", "In or out"), ["打卡类型", "签到/签退", "状态", "state"], 40),
    ]


def read(path: Path, progress: Progress | None = None):
    from shopmanager.excel import read_sheet

    return read_sheet(path, progress=progress)


def guess(sheet) -> dict[str, int]:
    from shopmanager.excel import guess_mapping

    return guess_mapping(sheet.headers, fields())


@dataclass
class PunchPlan:
    punches: set[tuple[int, dt.datetime, str]] = field(default_factory=set)  # (staff id, at, kind)
    people: set[int] = field(default_factory=set)
    rows: int = 0


@dataclass
class ImportReport:
    file: str
    rows: int = 0
    created: int = 0
    updated: int = 0  # never: a punch is a fact; kept for the import dialog's counts
    unchanged: int = 0  # punches already stored (the file was imported before)
    problems: list = field(default_factory=list)  # excel.Problem
    dry_run: bool = False
    committed: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _direction(text: str) -> str:
    word = (text or "").strip().casefold()
    if any(w in word for w in IN_WORDS):
        return "in"
    if any(w in word for w in OUT_WORDS):
        return "out"
    return ""


def check(records, mapping: dict[str, int], headers: dict[str, str], *, now: dt.datetime | None = None) \
        -> tuple[PunchPlan, list]:
    """The punches of the converted rows and every problem by row; reads staff only."""
    from shopmanager.excel import Problem

    if "staff_no" not in mapping and "name" not in mapping:
        raise ValidationError(tr("Attendance", "Choose the column of the staff number (工号) or of the name (姓名)."),
                              field="mapping")
    if not ({"time", "in_time", "out_time"} & set(mapping)) and "date" not in mapping:
        raise ValidationError(tr("Attendance", "Choose the column of the punch time (打卡时间), or the clock-in and "
                                               "clock-out columns (上班打卡 / 下班打卡)."), field="mapping")
    now = now or timeutil.now()
    numbers: dict[str, tuple[int, str]] = {}
    names: dict[str, list[int]] = {}
    for staff_id, number, name in Staff.select(Staff.id, Staff.staff_no, Staff.name).tuples():
        if number:
            numbers[number] = (staff_id, name)
        names.setdefault(name, []).append(staff_id)
    plan, problems = PlanAndCache(), []
    only_date = not ({"time", "in_time", "out_time"} & set(mapping))
    directions: dict[str, str] = {}
    people: dict[tuple[str, str], int] = {}
    for row, values in records:
        plan.rows += 1
        who = (values.get("staff_no") or "", values.get("name") or "")
        staff_id = people.get(who)
        if staff_id is None:
            staff_id = _who(row, values, numbers, names, headers, problems)
            if staff_id is not None:
                people[who] = staff_id
        direction = ""
        if "direction" in values:
            text = values["direction"]
            direction = directions.get(text)
            if direction is None:
                direction = directions[text] = _direction(text)
        if only_date:  # one 日期时间 column mapped as the date
            cells = [("date", None, values.get("date"), "")]
        else:
            cells = [(key, values.get("date"), values.get(key), kind) for key, kind in (
                ("time", direction), ("in_time", "in"), ("out_time", "out")) if key in values]
        for key, day_cell, cell, kind in cells:
            moments = plan.moments(day_cell, cell)
            if moments is None:
                problems.append(_unreadable(row, key, day_cell, cell, headers, plan))
                continue
            for moment in moments:
                if moment > now:
                    problems.append(Problem(row, headers.get(key, key), key, tr(
                        "Attendance", "{time} is in the future").format(time=f"{moment:%Y-%m-%d %H:%M}")))
                elif staff_id is not None:
                    plan.punches.add((staff_id, moment, kind))
                    plan.people.add(staff_id)
    return plan.result(), problems


def _unreadable(row: int, key: str, day_cell, cell, headers: dict[str, str], plan: PlanAndCache):
    """The problem of a cell pair that gives no punch: a bad date, a bad time, or no date at all."""
    from shopmanager.excel import Problem

    own_date = isinstance(cell, str) and punch_date(cell.strip()[:10]) is not None
    if day_cell not in (None, "") and not own_date and plan.day(day_cell) is None:
        return Problem(row, headers.get("date", "date"), "date", tr("Attendance", "'{value}' is not a date").format(
            value=day_cell))
    if punch_times(cell) and not own_date:
        return Problem(row, headers.get(key, key), key, tr(
            "Attendance", "'{value}' has no date: choose the date column (日期) too").format(value=cell))
    return Problem(row, headers.get(key, key), key, tr(
        "Attendance", "'{value}' is not a punch time (write it like 08:57)").format(value=cell))


class PlanAndCache(PunchPlan):
    """The plan being built, with the parsed cells cached (a file repeats its dates and times)."""

    def __init__(self):
        super().__init__()
        self._times: dict[str, list | None] = {}
        self._days: dict[str, dt.date | None] = {}

    def moments(self, day_cell, time_cell):
        """punch_moments(day_cell, time_cell), from the cached days and times of plain text cells."""
        if time_cell.__class__ is str and day_cell.__class__ is str and day_cell:
            times = self._times.get(time_cell, False)
            if times is False:
                times = self._times[time_cell] = punch_times(time_cell)
            day = self.day(day_cell)
            if times is not None and day is not None:
                return [dt.datetime.combine(day + dt.timedelta(days=1) if next_day else day, moment)
                        for moment, next_day in times]
        return punch_moments(day_cell, time_cell)

    def day(self, cell):
        if cell not in self._days:
            self._days[cell] = punch_date(cell)
        return self._days[cell]

    def result(self) -> PunchPlan:
        return PunchPlan(self.punches, self.people, self.rows)


def _who(row: int, values: dict, numbers, names, headers, problems) -> int | None:
    from shopmanager.excel import Problem

    number = (values.get("staff_no") or "").strip().lstrip("'")
    name = (values.get("name") or "").strip()
    if number:
        found = numbers.get(number) or (numbers.get(number.lstrip("0").zfill(4)) if number.isdigit() else None)
        if found is None:
            problems.append(Problem(row, headers.get("staff_no", ""), "staff_no", tr(
                "Attendance", "no staff member has the number {no}{name}").format(
                no=number, name=f" ({name})" if name else "")))
            return None
        if name and name != found[1]:
            problems.append(Problem(row, headers.get("name", ""), "name", tr(
                "Attendance", "staff number {no} is {owner}, not {name}").format(no=number, owner=found[1], name=name)))
            return None
        return found[0]
    if name:
        ids = names.get(name, [])
        if len(ids) == 1:
            return ids[0]
        problems.append(Problem(row, headers.get("name", ""), "name", tr(
            "Attendance", "no staff member is called {name}").format(name=name) if not ids else tr(
            "Attendance", "{n} staff members are called {name}: give the staff number (工号)").format(
            n=len(ids), name=name)))
        return None
    problems.append(Problem(row, headers.get("staff_no") or headers.get("name", ""), "staff_no", tr(
        "Attendance", "no staff number or name")))
    return None


def write(actor: Actor, plan: PunchPlan, file_name: str, report: ImportReport,
          progress: Progress | None = None) -> None:
    """The new punches in one short transaction (those already stored are counted, not repeated)."""
    progress = progress or Progress()

    def work() -> None:
        report.created = report.unchanged = 0
        if not plan.punches:
            return
        moments = [p[1] for p in plan.punches]
        stored = set(Punch.select(Punch.staff, Punch.at).where(
            Punch.at.between(min(moments), max(moments)), Punch.staff.in_(list(plan.people))).tuples())
        new_rows, seen = [], set(stored)
        now = timeutil.now()
        created = db_time(now)
        as_text = not is_postgres()
        source = file_name[:120]
        for staff_id, moment, kind in plan.punches:
            key = (staff_id, moment)
            if key in seen:
                report.unchanged += 1 if key in stored else 0
                continue
            seen.add(key)
            new_rows.append((staff_id, moment.isoformat(" ") if as_text else moment, kind, "import", source,
                             actor.user_id, created))
        columns = [Punch.staff, Punch.at, Punch.kind, Punch.source, Punch.source_ref, Punch.created_by,
                   Punch.created_at]
        with indexes_rebuilt_after(Punch, len(new_rows)):
            for start in range(0, len(new_rows), CHUNK):
                bulk_insert(Punch, columns, new_rows[start:start + CHUNK])
                progress.update(60 + int(35 * (start + CHUNK) / max(1, len(new_rows))), 100,
                                tr("Import", "Writing punches…"))
        report.created = len(new_rows)
        audit(actor, "import", "attendance", "", summary=tr(
            "Attendance", "{file}: {created} new punches, {unchanged} already stored").format(
            file=file_name, created=report.created, unchanged=report.unchanged))

    write_retrying(work)


class _DryRun(Exception):
    pass


def run_import(actor: Actor, path: Path, mapping: dict[str, int], *, dry_run: bool = False,
               progress: Progress | None = None, sheet=None) -> ImportReport:
    """Check every row; write all the punches in one transaction, or none (a dry run writes none)."""
    from shopmanager.excel import convert_rows

    require(actor, Perm.ATTENDANCE_MANAGE, entity="attendance")
    progress = progress or Progress()
    path = Path(path)
    progress.update(0, 100, tr("Import", "Reading {file}…").format(file=path.name))
    sheet = sheet if sheet is not None else read(path, progress)
    report = ImportReport(file=path.name, rows=len(sheet.rows), dry_run=dry_run)
    headers = {key: sheet.headers[index] for key, index in mapping.items() if 0 <= index < len(sheet.headers)}
    converted = convert_rows(sheet, mapping, fields())
    report.problems.extend(converted.problems)
    progress.update(20, 100, tr("Import", "Checking rows…"))
    plan, problems = check(converted.records, mapping, headers)
    report.problems.extend(problems)
    if report.problems:
        position = {header: index for index, header in enumerate(sheet.headers)}
        report.problems.sort(key=lambda p: (p.row, position.get(p.column, -1)))
        return report
    progress.update(50, 100)
    if dry_run:
        try:
            with_rollback(actor, plan, path.name, report, progress)
        except _DryRun:
            pass
    else:
        write(actor, plan, path.name, report, progress)
        report.committed = True
    report.notes.append(tr("Attendance", "{people} people, {punches} punches in the file").format(
        people=len(plan.people), punches=len(plan.punches)))
    progress.update(100, 100, tr("Import", "Done"))
    return report


def with_rollback(actor: Actor, plan: PunchPlan, file_name: str, report: ImportReport, progress: Progress) -> None:
    """A dry run: the write's counts, then everything rolled back."""
    from shopmanager.services.context import transaction

    with transaction():
        write(actor, plan, file_name, report, progress)
        raise _DryRun()
