"""Punch files 打卡记录 from attendance clocks and DingTalk / WeCom exports, through the one
import pipeline (services/import_pipeline.py): read → map → convert → check (reads only) →
short writes.

Layouts: one punch a row (工号 and/or 姓名, 日期, 打卡时间 — or one 日期时间 cell), or a row per
person and day with 上班打卡 / 下班打卡 columns; a cell may hold several times ('08:57 12:01
18:03') or DingTalk's '次日 01:10'. A person is found by staff number, else by name.
Every problem is reported by row (unknown staff, unreadable or future times) and then
nothing is written. Importing the same file again adds nothing: a person's punch at a
given second is stored once (a unique index), and the check counts those already there.
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
from shopmanager.db.bulk import bulk_insert, db_time
from shopmanager.db.database import is_postgres
from shopmanager.db.models import Punch, Staff
from shopmanager.services import import_pipeline
from shopmanager.services.context import Actor
from shopmanager.services.import_pipeline import ImportJob, ImportReport

TARGET = "attendance"
PART = 25_000  # punches written per short transaction
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
    return import_pipeline.read(path, progress)


def guess(sheet) -> dict[str, int]:
    from shopmanager.excel import guess_mapping

    return guess_mapping(sheet.headers, fields())


def _direction(text: str) -> str:
    word = (text or "").strip().casefold()
    if any(w in word for w in IN_WORDS):
        return "in"
    if any(w in word for w in OUT_WORDS):
        return "out"
    return ""


class _Cells:
    """The file's date and time cells parsed once each (a file repeats its dates and times)."""

    def __init__(self):
        self._times: dict[str, list | None] = {}
        self._days: dict[str, dt.date | None] = {}

    def day(self, cell):
        if cell not in self._days:
            self._days[cell] = punch_date(cell)
        return self._days[cell]

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


@dataclass
class PunchPlan:
    rows: list[tuple] = field(default_factory=list)  # (staff id, at, kind) of the punches not stored yet
    people: int = 0
    punches: int = 0

    def parts(self) -> list[PunchPlan]:
        return [PunchPlan(self.rows[i:i + PART], self.people, self.punches) for i in range(0, len(self.rows), PART)] \
            or [self]


class PunchJob(ImportJob):
    """Punches of known staff; those already stored are counted, not repeated."""

    name = TARGET
    entity = "attendance"
    permission = Perm.ATTENDANCE_MANAGE

    def __init__(self, actor: Actor, now: dt.datetime | None = None):
        self.actor = actor
        self.now = now

    def fields(self) -> list:
        return fields()

    def prepare(self, actor: Actor, sheet, mapping: dict[str, int], report: ImportReport) -> None:
        if "staff_no" not in mapping and "name" not in mapping:
            raise ValidationError(tr("Attendance", "Choose the column of the staff number (工号) or of the name "
                                                   "(姓名)."), field="mapping")
        if not ({"time", "in_time", "out_time"} & set(mapping)) and "date" not in mapping:
            raise ValidationError(tr("Attendance", "Choose the column of the punch time (打卡时间), or the clock-in "
                                                   "and clock-out columns (上班打卡 / 下班打卡)."), field="mapping")
        self.only_date = not ({"time", "in_time", "out_time"} & set(mapping))

    def check(self, records, report: ImportReport) -> PunchPlan:
        now = self.now or timeutil.now()
        numbers: dict[str, tuple[int, str]] = {}
        names: dict[str, list[int]] = {}
        for staff_id, number, name in Staff.select(Staff.id, Staff.staff_no, Staff.name).tuples():
            if number:
                numbers[number] = (staff_id, name)
            names.setdefault(name, []).append(staff_id)
        cells, directions, people = _Cells(), {}, {}
        punches: dict[tuple[int, dt.datetime], str] = {}
        for row, values in records:
            who = (values.get("staff_no") or "", values.get("name") or "")
            staff_id = people.get(who)
            if staff_id is None:
                staff_id = _who(row, values, numbers, names, report)
                if staff_id is not None:
                    people[who] = staff_id
            direction = ""
            if "direction" in values:
                text = values["direction"]
                direction = directions.get(text)
                if direction is None:
                    direction = directions[text] = _direction(text)
            if self.only_date:  # one 日期时间 column mapped as the date
                pairs = [("date", None, values.get("date"), "")]
            else:
                pairs = [(key, values.get("date"), values.get(key), kind) for key, kind in (
                    ("time", direction), ("in_time", "in"), ("out_time", "out")) if key in values]
            for key, day_cell, cell, kind in pairs:
                moments = cells.moments(day_cell, cell)
                if moments is None:
                    _unreadable(row, key, day_cell, cell, report, cells)
                    continue
                for moment in moments:
                    if moment > now:
                        report.problem(row, key, tr("Attendance", "{time} is in the future").format(
                            time=f"{moment:%Y-%m-%d %H:%M}"))
                    elif staff_id is not None:
                        punches.setdefault((staff_id, moment), kind)
        plan = PunchPlan(people=len(set(people.values())), punches=len(punches))
        if punches:
            moments = [at for _staff, at in punches]
            stored = set(Punch.select(Punch.staff, Punch.at).where(
                Punch.at.between(min(moments), max(moments)), Punch.staff.in_(list(set(people.values())))).tuples())
            plan.rows = [(staff_id, at, kind) for (staff_id, at), kind in punches.items()
                         if (staff_id, at) not in stored]
            report.unchanged = len(punches) - len(plan.rows)
        report.created = len(plan.rows)
        report.notes.append(tr("Attendance", "{people} people, {punches} punches in the file").format(
            people=plan.people, punches=plan.punches))
        return plan

    def batches(self, plan: PunchPlan) -> list[PunchPlan]:
        return plan.parts()

    def write(self, plan: PunchPlan, report: ImportReport) -> None:
        as_text = not is_postgres()
        created = db_time(timeutil.now())
        source = report.file[:120]
        bulk_insert(Punch, [Punch.staff, Punch.at, Punch.kind, Punch.source, Punch.source_ref, Punch.created_by,
                            Punch.created_at],
                    [(staff_id, at.isoformat(" ") if as_text else at, kind, "import", source, self.actor.user_id,
                      created) for staff_id, at, kind in plan.rows])

    def summary(self, report: ImportReport) -> str:
        return tr("Attendance", "{file}: {created} new punches, {unchanged} already stored").format(
            file=report.file, created=report.created, unchanged=report.unchanged)


def _unreadable(row: int, key: str, day_cell, cell, report: ImportReport, cells: _Cells) -> None:
    """The problem of a cell pair that gives no punch: a bad date, a bad time, or no date at all."""
    own_date = isinstance(cell, str) and punch_date(cell.strip()[:10]) is not None
    if day_cell not in (None, "") and not own_date and cells.day(day_cell) is None:
        report.problem(row, "date", tr("Attendance", "'{value}' is not a date").format(value=day_cell))
    elif punch_times(cell) and not own_date:
        report.problem(row, key, tr("Attendance", "'{value}' has no date: choose the date column (日期) too").format(
            value=cell))
    else:
        report.problem(row, key, tr("Attendance", "'{value}' is not a punch time (write it like 08:57)").format(
            value=cell))


def _who(row: int, values: dict, numbers, names, report: ImportReport) -> int | None:
    number = (values.get("staff_no") or "").strip().lstrip("'")
    name = (values.get("name") or "").strip()
    if number:
        found = numbers.get(number) or (numbers.get(number.lstrip("0").zfill(4)) if number.isdigit() else None)
        if found is None:
            report.problem(row, "staff_no", tr("Attendance", "no staff member has the number {no}{name}").format(
                no=number, name=f" ({name})" if name else ""))
            return None
        if name and name != found[1]:
            report.problem(row, "name", tr("Attendance", "staff number {no} is {owner}, not {name}").format(
                no=number, owner=found[1], name=name))
            return None
        return found[0]
    if name:
        ids = names.get(name, [])
        if len(ids) == 1:
            return ids[0]
        report.problem(row, "name", tr("Attendance", "no staff member is called {name}").format(name=name) if not ids
                       else tr("Attendance", "{n} staff members are called {name}: give the staff number (工号)")
                       .format(n=len(ids), name=name))
        return None
    report.problem(row, "staff_no" if "staff_no" in report.headers else "name",
                   tr("Attendance", "no staff number or name"))
    return None


def run_import(actor: Actor, path: Path, mapping: dict[str, int], *, dry_run: bool = False,
               progress: Progress | None = None, sheet=None) -> ImportReport:
    """Check every row; write all the punches (in short parts) or none; a dry run writes none."""
    return import_pipeline.run_import(actor, PunchJob(actor), path, mapping, dry_run=dry_run, progress=progress,
                                      sheet=sheet)
