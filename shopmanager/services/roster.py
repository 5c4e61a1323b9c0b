"""Shift templates and the weekly roster 排班表 (people × days): assign shifts and rest days,
copy last week, see approved leave and conflicts. The rules are in core/roster.py."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import peewee

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, NotFound, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm
from shopmanager.core.roster import (
    LeavePeriod, PlannedShift, RosterConflict, ShiftTimes, clock_text, overlap_message, overlaps, roster_conflicts,
    week_start,
)
from shopmanager.db.models import LeaveRequest, RosterEntry, ShiftTemplate, Staff
from shopmanager.services.context import Actor, audit, require, write_retrying

_COLOR_CHARS = set("0123456789abcdefABCDEF")


@dataclass(frozen=True)
class ShiftInfo:
    id: int
    name: str
    start_time: str
    end_time: str
    color: str
    active: bool
    sort_order: int

    @property
    def times(self) -> ShiftTimes:
        return ShiftTimes.parse(self.start_time, self.end_time)

    def label(self) -> str:
        return f"{self.name} {self.times.label()}"


def _shift_info(row: ShiftTemplate) -> ShiftInfo:
    return ShiftInfo(row.id, row.name, row.start_time, row.end_time, row.color, row.active, row.sort_order)


def list_shifts(actor: Actor, *, include_inactive: bool = False) -> list[ShiftInfo]:
    require(actor, Perm.ROSTER_VIEW, entity="shift")
    query = ShiftTemplate.select().order_by(ShiftTemplate.sort_order, ShiftTemplate.id)
    if not include_inactive:
        query = query.where(ShiftTemplate.active == True)  # noqa: E712
    return [_shift_info(s) for s in query]


def save_shift(actor: Actor, shift_id: int | None, *, name: str, start_time: str, end_time: str,
               color: str = "#e0e0e0", active: bool = True) -> ShiftInfo:
    """Create or change a shift template. Weeks already rostered keep the times they were given."""
    require(actor, Perm.ROSTER_EDIT, entity="shift", entity_id=shift_id or "")
    name = (name or "").strip()
    if not name or len(name) > 20:
        raise ValidationError(tr("Roster", "Shift name: 1 to 20 characters."), field="name")
    times = ShiftTimes.parse(start_time, end_time)
    color = (color or "").strip()
    if not (len(color) == 7 and color[0] == "#" and set(color[1:]) <= _COLOR_CHARS):
        color = "#e0e0e0"
    values = {"name": name, "start_time": clock_text(times.start), "end_time": clock_text(times.end),
              "color": color, "active": bool(active)}

    def work() -> ShiftInfo:
        clash = ShiftTemplate.select().where(ShiftTemplate.name == name)
        if shift_id is not None:
            clash = clash.where(ShiftTemplate.id != shift_id)
        if clash.exists():
            raise Conflict(tr("Roster", "A shift named '{name}' exists already.").format(name=name), field="name")
        now = timeutil.now()
        if shift_id is None:
            order = (ShiftTemplate.select(ShiftTemplate.sort_order).order_by(ShiftTemplate.sort_order.desc())
                     .scalar() or 0) + 1
            row = ShiftTemplate.create(**values, sort_order=order, created_at=now, updated_at=now)
            audit(actor, "create", "shift", row.id, new=values, summary=name)
            return _shift_info(row)
        row = ShiftTemplate.get_or_none(ShiftTemplate.id == shift_id)
        if row is None:
            raise NotFound(tr("Roster", "That shift no longer exists."))
        old = {key: getattr(row, key) for key in values}
        ShiftTemplate.update(**values, updated_at=now).where(ShiftTemplate.id == shift_id).execute()
        audit(actor, "update", "shift", shift_id, old=old, new=values, summary=name)
        return _shift_info(ShiftTemplate.get_by_id(shift_id))

    return write_retrying(work)


# -- the week -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class CellItem:
    entry_id: int
    kind: str  # shift | rest
    name: str
    start_time: str
    end_time: str
    color: str

    def text(self) -> str:
        if self.kind == "rest":
            return tr("Roster", "Rest")
        return f"{self.name} {self.start_time}–{self.end_time}"


@dataclass(frozen=True)
class RosterPerson:
    staff_id: int
    staff_no: str
    name: str
    role: str
    status: str
    left_date: dt.date | None


@dataclass
class RosterWeek:
    monday: dt.date
    people: list[RosterPerson]
    cells: dict[tuple[int, dt.date], list[CellItem]] = field(default_factory=dict)
    leave: dict[tuple[int, dt.date], list[str]] = field(default_factory=dict)  # approved leave kinds
    pending_leave: dict[tuple[int, dt.date], list[str]] = field(default_factory=dict)
    conflicts: list[RosterConflict] = field(default_factory=list)

    @property
    def days(self) -> list[dt.date]:
        return [self.monday + dt.timedelta(days=i) for i in range(7)]

    def conflicts_of(self, staff_id: int, day: dt.date) -> list[RosterConflict]:
        return [c for c in self.conflicts if c.staff_id == staff_id and c.day == day]


def planned(entry: RosterEntry) -> PlannedShift:
    start, end = ShiftTimes.parse(entry.start_time, entry.end_time).window(entry.day)
    return PlannedShift(entry.staff_id, entry.day, start, end, entry.name, entry.id)


def approved_leave(start: dt.datetime, end: dt.datetime, staff_ids=None, *, status: str = "approved") \
        -> list[LeavePeriod]:
    query = LeaveRequest.select(LeaveRequest.staff, LeaveRequest.kind, LeaveRequest.start_at, LeaveRequest.end_at) \
        .where(LeaveRequest.status == status, LeaveRequest.start_at < end, LeaveRequest.end_at > start)
    if staff_ids is not None:
        query = query.where(LeaveRequest.staff.in_(list(staff_ids)))
    return [LeavePeriod(s, k, a, b) for s, k, a, b in query.tuples()]


def _days_covered(leave: LeavePeriod, days: list[dt.date]) -> list[dt.date]:
    return [d for d in days if overlaps(leave.start, leave.end, dt.datetime.combine(d, dt.time()),
                                        dt.datetime.combine(d + dt.timedelta(days=1), dt.time()))]


def roster_week(actor: Actor, monday: dt.date) -> RosterWeek:
    """The week starting on `monday` (any day of the week may be given)."""
    require(actor, Perm.ROSTER_VIEW, entity="roster")
    monday = week_start(monday)
    sunday = monday + dt.timedelta(days=6)
    entries = list(RosterEntry.select(RosterEntry, ShiftTemplate.color).join(
        ShiftTemplate, on=(RosterEntry.shift == ShiftTemplate.id), join_type=peewee.JOIN.LEFT_OUTER)
        .where(RosterEntry.day.between(monday - dt.timedelta(days=1), sunday + dt.timedelta(days=1)))
        .order_by(RosterEntry.day, RosterEntry.start_time, RosterEntry.id).objects())
    rostered = {e.staff_id for e in entries if monday <= e.day <= sunday}
    people = [RosterPerson(s.id, s.staff_no, s.name, s.role, s.status, s.left_date) for s in
              Staff.select().order_by(Staff.staff_no, Staff.name)
              if s.status == "active" or s.id in rostered or (s.left_date is not None and s.left_date >= monday)]
    week = RosterWeek(monday, people)
    for entry in entries:
        if monday <= entry.day <= sunday:
            week.cells.setdefault((entry.staff_id, entry.day), []).append(CellItem(
                entry.id, entry.kind, entry.name, entry.start_time, entry.end_time,
                getattr(entry, "color", None) or "#e0e0e0"))
    start = dt.datetime.combine(monday - dt.timedelta(days=1), dt.time())
    end = dt.datetime.combine(sunday + dt.timedelta(days=2), dt.time())
    leaves = approved_leave(start, end)
    for leave in leaves:
        for day in _days_covered(leave, week.days):
            week.leave.setdefault((leave.staff_id, day), []).append(leave.kind)
    for leave in approved_leave(start, end, status="pending"):
        for day in _days_covered(leave, week.days):
            week.pending_leave.setdefault((leave.staff_id, day), []).append(leave.kind)
    last_days = {p.staff_id: p.left_date for p in people if p.status == "left" and p.left_date}
    shifts = [planned(e) for e in entries if e.kind == "shift"]
    week.conflicts = [c for c in roster_conflicts(shifts, leaves, last_days) if monday <= c.day <= sunday]
    return week


def _check_person(staff_id: int, day: dt.date) -> Staff:
    person = Staff.get_or_none(Staff.id == staff_id)
    if person is None:
        raise NotFound(tr("Users", "That staff member no longer exists."))
    if person.status == "left" and (person.left_date is None or day > person.left_date):
        raise ValidationError(tr("Roster", "{name} has left the shop (last working day {day}): no shifts after it.")
                              .format(name=person.name, day=f"{person.left_date or day:%Y-%m-%d}"), field="staff")
    return person


def assign_shift(actor: Actor, staff_id: int, day: dt.date, shift_id: int) -> int:
    """Put a shift in a person's day (a rest day there gives way). A shift overlapping another
    of the person's shifts (overnight ones of the day before included) is refused."""
    require(actor, Perm.ROSTER_EDIT, entity="roster")

    def work() -> int:
        person = _check_person(staff_id, day)
        template = ShiftTemplate.get_or_none(ShiftTemplate.id == shift_id)
        if template is None:
            raise NotFound(tr("Roster", "That shift no longer exists."))
        times = ShiftTimes.parse(template.start_time, template.end_time)
        start, end = times.window(day)
        new = PlannedShift(staff_id, day, start, end, template.name)
        nearby = RosterEntry.select().where(RosterEntry.staff == staff_id, RosterEntry.kind == "shift",
                                            RosterEntry.day.between(day - dt.timedelta(days=1),
                                                                    day + dt.timedelta(days=1)))
        for entry in nearby:
            other = planned(entry)
            if overlaps(new.start, new.end, other.start, other.end):
                raise ValidationError(tr("Roster", "{person}: {message} Remove that shift first.").format(
                    person=person.name, message=overlap_message(new, other)), field="shift")
        removed = RosterEntry.delete().where(RosterEntry.staff == staff_id, RosterEntry.day == day,
                                             RosterEntry.kind == "rest").execute()
        row = RosterEntry.create(staff=staff_id, day=day, kind="shift", shift=template.id, name=template.name,
                                 start_time=template.start_time, end_time=template.end_time,
                                 created_by=actor.user_id, created_at=timeutil.now())
        audit(actor, "create", "roster", row.id, new={"staff": staff_id, "day": day, "shift": template.name,
                                                       "start_time": template.start_time,
                                                       "end_time": template.end_time},
              summary=f"{person.name} {day:%Y-%m-%d} {template.name}" + (" (−休)" if removed else ""))
        return row.id

    return write_retrying(work)


def set_rest(actor: Actor, staff_id: int, day: dt.date) -> None:
    """A rest day 休息: the day's shifts are removed."""
    require(actor, Perm.ROSTER_EDIT, entity="roster")

    def work() -> None:
        person = _check_person(staff_id, day)
        removed = [e.name for e in RosterEntry.select().where(RosterEntry.staff == staff_id, RosterEntry.day == day)]
        RosterEntry.delete().where(RosterEntry.staff == staff_id, RosterEntry.day == day).execute()
        row = RosterEntry.create(staff=staff_id, day=day, kind="rest", created_by=actor.user_id,
                                 created_at=timeutil.now())
        audit(actor, "update", "roster", row.id, old={"shifts": ", ".join(n for n in removed if n)},
              new={"staff": staff_id, "day": day, "kind": "rest"}, summary=f"{person.name} {day:%Y-%m-%d}")

    write_retrying(work)


def clear_day(actor: Actor, staff_id: int, day: dt.date, entry_id: int | None = None) -> int:
    """Remove one entry (or all of the day's): returns how many."""
    require(actor, Perm.ROSTER_EDIT, entity="roster")

    def work() -> int:
        query = RosterEntry.select().where(RosterEntry.staff == staff_id, RosterEntry.day == day)
        if entry_id is not None:
            query = query.where(RosterEntry.id == entry_id)
        rows = list(query)
        for row in rows:
            row.delete_instance()
            audit(actor, "delete", "roster", row.id, old={"staff": staff_id, "day": day, "kind": row.kind,
                                                          "shift": row.name}, summary=f"{day:%Y-%m-%d}")
        return len(rows)

    return write_retrying(work)


@dataclass
class CopyResult:
    copied: int = 0
    replaced: int = 0
    skipped: list[str] = field(default_factory=list)  # people who left before that day


def copy_week(actor: Actor, source_monday: dt.date, target_monday: dt.date, *, replace: bool = False) -> CopyResult:
    """Copy a week's roster (shifts with the times they had, rest days) onto another week.
    A target week that has entries is refused unless `replace`, which clears it first."""
    require(actor, Perm.ROSTER_EDIT, entity="roster")
    source_monday, target_monday = week_start(source_monday), week_start(target_monday)
    if source_monday == target_monday:
        raise ValidationError(tr("Roster", "Choose another week to copy from."), field="week")
    offset = target_monday - source_monday

    def work() -> CopyResult:
        result = CopyResult()
        target_days = (target_monday, target_monday + dt.timedelta(days=6))
        existing = RosterEntry.select().where(RosterEntry.day.between(*target_days)).count()
        if existing and not replace:
            raise Conflict(tr("Roster", "The week of {day} has {n} roster entries already.").format(
                day=f"{target_monday:%Y-%m-%d}", n=existing))
        result.replaced = RosterEntry.delete().where(RosterEntry.day.between(*target_days)).execute()
        staff = {s.id: s for s in Staff.select()}
        now = timeutil.now()
        rows = []
        for entry in RosterEntry.select().where(
                RosterEntry.day.between(source_monday, source_monday + dt.timedelta(days=6))):
            day = entry.day + offset
            person = staff[entry.staff_id]
            if person.status == "left" and (person.left_date is None or day > person.left_date):
                if person.name not in result.skipped:
                    result.skipped.append(person.name)
                continue
            rows.append({"staff": entry.staff_id, "day": day, "kind": entry.kind, "shift": entry.shift_id,
                         "name": entry.name, "start_time": entry.start_time, "end_time": entry.end_time,
                         "created_by": actor.user_id, "created_at": now})
        if rows:
            RosterEntry.insert_many(rows).execute()
        result.copied = len(rows)
        audit(actor, "create", "roster", "", summary=tr("Roster", "copied the week of {source} to the week of {target}: "
                                                                   "{n} entries").format(
            source=f"{source_monday:%Y-%m-%d}", target=f"{target_monday:%Y-%m-%d}", n=len(rows)))
        return result

    return write_retrying(work)


def _day(value) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def _moment(value) -> dt.datetime:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) else value


def raw_rows(query, converters) -> list[tuple]:
    """A query's rows straight from the driver, each column through its converter (or as is
    for None): 10× faster than peewee's row objects for the tens of thousands of punches
    a month's attendance reads. SQLite gives dates as text, PostgreSQL as date objects."""
    from shopmanager.db.database import current_database

    sql, params = query.sql()
    rows = current_database().execute_sql(sql, params).fetchall()
    if not any(converters):
        return rows
    return [tuple(c(v) if c is not None and v is not None else v for c, v in zip(converters, row)) for row in rows]


def shifts_between(start: dt.date, end: dt.date, staff_ids=None) -> dict[int, list[PlannedShift]]:
    """Rostered shifts starting on days start..end (inclusive), by person (no permission check: figures)."""
    query = RosterEntry.select(RosterEntry.id, RosterEntry.staff, RosterEntry.day, RosterEntry.name,
                               RosterEntry.start_time, RosterEntry.end_time).where(
        RosterEntry.kind == "shift", RosterEntry.day.between(start, end))
    if staff_ids is not None:
        query = query.where(RosterEntry.staff.in_(list(staff_ids)))
    found: dict[int, list[PlannedShift]] = defaultdict(list)
    times: dict[tuple[str, str], ShiftTimes] = {}
    for entry_id, staff_id, day, name, start_time, end_time in raw_rows(query, (None, None, _day, None, None, None)):
        key = (start_time, end_time)
        if key not in times:
            times[key] = ShiftTimes.parse(start_time, end_time)
        low, high = times[key].window(day)
        found[staff_id].append(PlannedShift(staff_id, day, low, high, name, entry_id))
    return found


def my_shifts(actor: Actor, days: int = 7) -> list[PlannedShift]:
    """The actor's own shifts from today on (the 'My day' page)."""
    require(actor, Perm.ROSTER_VIEW, entity="roster")
    if actor.staff_id is None:
        return []
    today = timeutil.today()
    return sorted(shifts_between(today, today + dt.timedelta(days=days - 1), [actor.staff_id]).get(actor.staff_id, []),
                  key=lambda s: s.start)
