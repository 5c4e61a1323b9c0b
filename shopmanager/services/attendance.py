"""Attendance 考勤: one-click clock in/out for oneself (the PC's time), the computed results
of roster + punches (core/attendance.py), and a supervisor's corrections with a reason."""
from __future__ import annotations

import datetime as dt
import socket
from collections import defaultdict
from dataclasses import dataclass, field

from shopmanager.core import timeutil
from shopmanager.core.attendance import Correction, Punch as PunchValue, Shift, ShiftResult, evaluate, totals, Totals
from shopmanager.core.errors import NotFound, PermissionDenied, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm
from shopmanager.db.models import AttendanceCorrection, Punch, Staff
from shopmanager.services import settings
from shopmanager.services.context import Actor, audit, require, write_retrying
from shopmanager.services.roster import approved_leave, raw_rows, shifts_between


def grace_minutes() -> int:
    return int(settings.get("attendance.grace_minutes"))


def compute(start: dt.date, end: dt.date, staff_ids=None, *, now: dt.datetime | None = None) \
        -> dict[int, list[ShiftResult]]:
    """The result of every rostered shift starting on start..end, by person (no permission check)."""
    now = now or timeutil.now()
    # The day before is evaluated too (and dropped), so its night shift keeps its own punches.
    shifts = shifts_between(start - dt.timedelta(days=1), end, staff_ids)
    if not any(p.day >= start for planned in shifts.values() for p in planned):
        return {}
    people = list(shifts)
    low = dt.datetime.combine(start, dt.time()) - dt.timedelta(hours=36)
    high = dt.datetime.combine(end + dt.timedelta(days=2), dt.time()) + dt.timedelta(hours=12)
    punches: dict[int, list[PunchValue]] = defaultdict(list)
    query = Punch.select(Punch.staff, Punch.at, Punch.kind).where(Punch.at >= low, Punch.at < high)
    if staff_ids is not None:
        query = query.where(Punch.staff.in_(people))
    parse = dt.datetime.fromisoformat
    for staff_id, at, kind in raw_rows(query.order_by(Punch.staff, Punch.at), (None, None, None)):
        punches[staff_id].append(PunchValue(parse(at) if at.__class__ is str else at, kind))
    leaves: dict[int, list] = defaultdict(list)
    for leave in approved_leave(low, high, people if staff_ids is not None else None):
        leaves[leave.staff_id].append(leave)
    corrections: dict[int, dict[dt.date, Correction]] = defaultdict(dict)
    fixes = AttendanceCorrection.select(AttendanceCorrection.staff, AttendanceCorrection.day, AttendanceCorrection.in_at,
                                        AttendanceCorrection.out_at, AttendanceCorrection.excused,
                                        AttendanceCorrection.reason).where(
        AttendanceCorrection.day.between(start - dt.timedelta(days=1), end))
    if staff_ids is not None:
        fixes = fixes.where(AttendanceCorrection.staff.in_(people))
    for staff_id, day, in_at, out_at, excused, reason in fixes.tuples():
        corrections[staff_id][day] = Correction(in_at, out_at, bool(excused), reason)
    grace = grace_minutes()
    results = {}
    for staff_id, planned in shifts.items():
        own = [Shift(p.day, p.start, p.end, p.name) for p in planned]
        evaluated = evaluate(own, punches.get(staff_id, ()), leaves=leaves.get(staff_id, ()),
                             corrections=corrections.get(staff_id), grace_minutes=grace, now=now)
        kept = [r for r in evaluated if r.shift.day >= start]
        if kept:
            results[staff_id] = kept
    return results


def period_totals(start: dt.date, end: dt.date, staff_ids=None) -> dict[int, Totals]:
    return {staff_id: totals(results) for staff_id, results in compute(start, end, staff_ids).items()}


def _can_see(actor: Actor, staff_id: int) -> None:
    if staff_id == actor.staff_id:
        require(actor, Perm.ROSTER_VIEW, entity="attendance")
    else:
        require(actor, Perm.ATTENDANCE_MANAGE, entity="attendance", entity_id=staff_id)


@dataclass
class PersonMonth:
    staff_id: int
    name: str
    staff_no: str
    results: list[ShiftResult]
    totals: Totals
    punches: dict[dt.date, list[dt.datetime]] = field(default_factory=dict)


def person_period(actor: Actor, staff_id: int, start: dt.date, end: dt.date) -> PersonMonth:
    """One person's shifts, results and raw punches of a period (oneself, or anyone for a supervisor)."""
    _can_see(actor, staff_id)
    person = Staff.get_or_none(Staff.id == staff_id)
    if person is None:
        raise NotFound(tr("Users", "That staff member no longer exists."))
    results = compute(start, end, [staff_id]).get(staff_id, [])
    punches: dict[dt.date, list[dt.datetime]] = defaultdict(list)
    for (at,) in Punch.select(Punch.at).where(
            Punch.staff == staff_id, Punch.at >= dt.datetime.combine(start, dt.time()),
            Punch.at < dt.datetime.combine(end + dt.timedelta(days=1), dt.time())).order_by(Punch.at).tuples():
        punches[at.date()].append(at)
    return PersonMonth(staff_id, person.name, person.staff_no, results, totals(results), dict(punches))


# -- clock in / out ------------------------------------------------------------------------------

@dataclass(frozen=True)
class MyDay:
    staff_id: int
    now: dt.datetime
    results: list[ShiftResult]  # today's shifts (and last night's if still open)
    punches: list[tuple[dt.datetime, str]]
    clocked_in: dt.datetime | None  # the open clock-in (no clock-out after it)

    @property
    def current(self) -> ShiftResult | None:
        """The shift to clock for: the one in progress, else the next one today, else the last."""
        for result in self.results:
            if result.shift.start - dt.timedelta(hours=4) <= self.now < result.shift.end + dt.timedelta(hours=6):
                return result
        return self.results[-1] if self.results else None


def _own_staff(actor: Actor) -> int:
    if actor.staff_id is None:
        raise ValidationError(tr("Attendance", "Your account is not linked to a staff record. Ask the owner to link "
                                               "it (Staff & accounts)."))
    return actor.staff_id


def my_day(actor: Actor) -> MyDay:
    require(actor, Perm.ROSTER_VIEW, entity="attendance")
    staff_id = _own_staff(actor)
    now = timeutil.now()
    today = now.date()
    results = [r for r in compute(today - dt.timedelta(days=1), today, [staff_id], now=now).get(staff_id, [])
               if r.shift.day == today or r.state != "closed"]
    since = dt.datetime.combine(today - dt.timedelta(days=1), dt.time(12))
    punches = [(at, kind) for at, kind in Punch.select(Punch.at, Punch.kind).where(
        Punch.staff == staff_id, Punch.at >= since).order_by(Punch.at).tuples()]
    return MyDay(staff_id, now, results, punches, _open_clock_in(punches, now))


def _open_clock_in(punches: list[tuple[dt.datetime, str]], now: dt.datetime) -> dt.datetime | None:
    """The last clock-in of the last 16 hours not followed by a clock-out."""
    open_in = None
    for at, kind in punches:
        if now - at > dt.timedelta(hours=16):
            continue
        if kind == "in":
            open_in = at
        elif kind == "out":
            open_in = None
    return open_in


@dataclass(frozen=True)
class ClockResult:
    at: dt.datetime
    kind: str
    result: ShiftResult | None  # the shift it counts for, after the punch
    rostered: bool


def clock(actor: Actor, kind: str) -> ClockResult:
    """Clock in or out now, for oneself. Clocking in twice, or out without clocking in, is refused."""
    if kind not in ("in", "out"):
        raise ValidationError("kind must be 'in' or 'out'")
    require(actor, Perm.ROSTER_VIEW, entity="attendance")
    staff_id = _own_staff(actor)
    person = Staff.get_or_none(Staff.id == staff_id)
    if person is None or person.status != "active":
        raise PermissionDenied(tr("Attendance", "Only employed staff clock in."))

    def work() -> dt.datetime:
        now = timeutil.now()
        since = now - dt.timedelta(hours=16)
        punches = [(at, k) for at, k in Punch.select(Punch.at, Punch.kind).where(
            Punch.staff == staff_id, Punch.at >= since).order_by(Punch.at).tuples()]
        open_in = _open_clock_in(punches, now)
        if kind == "in" and open_in is not None:
            raise ValidationError(tr("Attendance", "You clocked in at {time} already; clock out first.").format(
                time=f"{open_in:%H:%M}"))
        if kind == "out" and open_in is None:
            raise ValidationError(tr("Attendance", "You have not clocked in yet, so you cannot clock out. If you "
                                                   "forgot, ask your supervisor to correct the day."))
        if punches and punches[-1][0] >= now:
            raise ValidationError(tr("Attendance", "A punch at {time} exists already; wait a moment.").format(
                time=f"{punches[-1][0]:%H:%M:%S}"))
        Punch.create(staff=staff_id, at=now, kind=kind, source="clock", source_ref=socket.gethostname()[:120],
                     created_by=actor.user_id, created_at=now)
        audit(actor, "clock_" + kind, "attendance", staff_id, summary=f"{person.name} {now:%Y-%m-%d %H:%M:%S}")
        return now

    at = write_retrying(work)
    day = my_day(actor)
    counted = next((r for r in day.results if r.in_at == at or r.out_at == at), None)
    return ClockResult(at, kind, counted, bool(day.results))


# -- corrections -----------------------------------------------------------------------------------

def correct_day(actor: Actor, staff_id: int, day: dt.date, *, in_at: dt.datetime | None = None,
                out_at: dt.datetime | None = None, excused: bool = False, reason: str) -> None:
    """A supervisor's correction of one day (补卡 / excused), with a reason; audited."""
    require(actor, Perm.ATTENDANCE_MANAGE, entity="attendance", entity_id=staff_id)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(tr("Attendance", "Give the reason for the correction."), field="reason")
    if in_at is None and out_at is None and not excused:
        raise ValidationError(tr("Attendance", "Enter a clock-in or clock-out time, or excuse the day."),
                              field="in_at")
    if in_at is not None and out_at is not None and out_at <= in_at:
        raise ValidationError(tr("Attendance", "The clock-out ({out}) is before the clock-in ({in_}).").format(
            out=f"{out_at:%m-%d %H:%M}", in_=f"{in_at:%m-%d %H:%M}"), field="out_at")
    now = timeutil.now()
    for name, moment in (("in_at", in_at), ("out_at", out_at)):
        if moment is not None and moment > now:
            raise ValidationError(tr("Attendance", "{time} is in the future.").format(
                time=f"{moment:%Y-%m-%d %H:%M}"), field=name)
        if moment is not None and abs((moment.date() - day).days) > 1:
            raise ValidationError(tr("Attendance", "{time} is not on {day} (or the night after it).").format(
                time=f"{moment:%Y-%m-%d %H:%M}", day=f"{day:%Y-%m-%d}"), field=name)

    def work() -> None:
        if not Staff.select().where(Staff.id == staff_id).exists():
            raise NotFound(tr("Users", "That staff member no longer exists."))
        row = AttendanceCorrection.get_or_none(AttendanceCorrection.staff == staff_id, AttendanceCorrection.day == day)
        new = {"in_at": in_at, "out_at": out_at, "excused": excused, "reason": reason}
        if row is None:
            old = {}
            AttendanceCorrection.create(staff=staff_id, day=day, created_by=actor.user_id, created_at=now, **new)
        else:
            old = {"in_at": row.in_at, "out_at": row.out_at, "excused": row.excused, "reason": row.reason}
            AttendanceCorrection.update(**new, created_by=actor.user_id, created_at=now).where(
                AttendanceCorrection.id == row.id).execute()
        audit(actor, "correct", "attendance", staff_id, old=old, new=new, summary=f"{day:%Y-%m-%d}: {reason}")

    write_retrying(work)


def remove_correction(actor: Actor, staff_id: int, day: dt.date, reason: str) -> bool:
    require(actor, Perm.ATTENDANCE_MANAGE, entity="attendance", entity_id=staff_id)

    def work() -> bool:
        row = AttendanceCorrection.get_or_none(AttendanceCorrection.staff == staff_id, AttendanceCorrection.day == day)
        if row is None:
            return False
        row.delete_instance()
        audit(actor, "correct", "attendance", staff_id, old={"in_at": row.in_at, "out_at": row.out_at,
                                                             "excused": row.excused, "reason": row.reason},
              new={}, summary=f"{day:%Y-%m-%d}: {reason.strip()}")
        return True

    return write_retrying(work)


def correction_of(staff_id: int, day: dt.date) -> Correction | None:
    row = AttendanceCorrection.get_or_none(AttendanceCorrection.staff == staff_id, AttendanceCorrection.day == day)
    return Correction(row.in_at, row.out_at, row.excused, row.reason) if row else None
