"""Rules of the roster (domain.md "Staff roster and attendance"), without a database.

Shifts are wall-clock times of the shop's one time zone (no daylight saving in China;
local naive datetimes everywhere, see core/timeutil.py). A shift that ends at or before
its start time ends the next day (an overnight shift, 22:00–06:00). A roster entry is a
shift of one person on one day, or a rest day. Conflicts of a week's roster: two shifts
of one person overlapping (overnight shifts included), a shift during approved leave,
and a shift after the person's last working day.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr

# The seed's shifts (001 网店人员管理 1): 白班 9:00-18:00, 晚班 13:30-21:30.
DEFAULT_SHIFTS = [("白班", "09:00", "18:00", "#bbdefb"), ("晚班", "13:30", "21:30", "#ffe0b2")]
_HHMM = re.compile(r"\s*(\d{1,2})\s*[:：]\s*(\d{2})\s*")


def parse_clock(text: str, *, field: str = "", label: str = "") -> dt.time:
    """'9:00' / '09:00' / '24:00' (= midnight) → a time; ValidationError naming the field (its
    translated `label`) otherwise."""
    match = _HHMM.fullmatch(str(text or ""))
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2))
        if hours == 24 and minutes == 0:
            return dt.time(0, 0)
        if hours < 24 and minutes < 60:
            return dt.time(hours, minutes)
    raise ValidationError(tr("Roster", "{field}: enter a time like 09:00.").format(field=label or tr("Roster", "Time")),
                          field=field or None)


def clock_text(moment: dt.time) -> str:
    return moment.strftime("%H:%M")


@dataclass(frozen=True)
class ShiftTimes:
    """A shift's start and end as wall-clock times; overnight when the end is not after the start."""

    start: dt.time
    end: dt.time

    @classmethod
    def parse(cls, start: str, end: str) -> ShiftTimes:
        times = cls(parse_clock(start, field="start_time", label=tr("Roster", "Starts (HH:MM)")),
                    parse_clock(end, field="end_time", label=tr("Roster", "Ends (HH:MM)")))
        if times.start == times.end:
            raise ValidationError(tr("Roster", "A shift cannot start and end at the same time."), field="end_time")
        return times

    @property
    def overnight(self) -> bool:
        return self.end <= self.start

    def window(self, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
        """[start, end) of the shift that starts on `day`."""
        start = dt.datetime.combine(day, self.start)
        end = dt.datetime.combine(day + dt.timedelta(days=1) if self.overnight else day, self.end)
        return start, end

    @property
    def minutes(self) -> int:
        start, end = self.window(dt.date(2000, 1, 3))
        return int((end - start).total_seconds() // 60)

    def label(self) -> str:
        text = f"{clock_text(self.start)}–{clock_text(self.end)}"
        return text + (tr("Roster", " (next day)") if self.overnight else "")


# -- weeks ----------------------------------------------------------------------------------------

_WEEK = re.compile(r"\s*(\d{4})\s*-?\s*[Ww]\s*(\d{1,2})\s*")


def week_start(day: dt.date) -> dt.date:
    """The Monday of `day`'s week (weeks run Monday to Sunday, as in China)."""
    return day - dt.timedelta(days=day.weekday())


def parse_week(text: str) -> dt.date:
    """'2026-W48' (ISO week) → that week's Monday."""
    match = _WEEK.fullmatch(text or "")
    if match:
        try:
            return dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        except ValueError:
            pass
    raise ValidationError(tr("Roster", "Week: write it like 2026-W48."), field="week")


def week_label(monday: dt.date) -> str:
    year, number, _ = monday.isocalendar()
    sunday = monday + dt.timedelta(days=6)
    return f"{year}-W{number:02d} ({monday:%m-%d} – {sunday:%m-%d})"


def weekday_label(day: dt.date | int) -> str:
    index = day if isinstance(day, int) else day.weekday()
    return [tr("Roster", "Mon"), tr("Roster", "Tue"), tr("Roster", "Wed"), tr("Roster", "Thu"), tr("Roster", "Fri"),
            tr("Roster", "Sat"), tr("Roster", "Sun")][index]


# -- leave ---------------------------------------------------------------------------------------

class LeaveKind(StrEnum):
    PERSONAL = "personal"  # 事假
    SICK = "sick"  # 病假
    ANNUAL = "annual"  # 年假
    COMPENSATORY = "comp"  # 调休
    MARRIAGE = "marriage"  # 婚假
    MATERNITY = "maternity"  # 产假 / 陪产假
    BEREAVEMENT = "bereave"  # 丧假
    OTHER = "other"  # 其他


def leave_label(kind: str) -> str:
    return {
        LeaveKind.PERSONAL: tr("Leave", "Personal leave"), LeaveKind.SICK: tr("Leave", "Sick leave"),
        LeaveKind.ANNUAL: tr("Leave", "Annual leave"), LeaveKind.COMPENSATORY: tr("Leave", "Time off in lieu"),
        LeaveKind.MARRIAGE: tr("Leave", "Marriage leave"), LeaveKind.MATERNITY: tr("Leave", "Maternity/paternity leave"),
        LeaveKind.BEREAVEMENT: tr("Leave", "Bereavement leave"), LeaveKind.OTHER: tr("Leave", "Other leave"),
    }.get(kind, kind)


def leave_short(kind: str) -> str:
    """One character for the attendance grid (事/病/年 …)."""
    return {
        LeaveKind.PERSONAL: tr("Leave", "P"), LeaveKind.SICK: tr("Leave", "S"), LeaveKind.ANNUAL: tr("Leave", "A"),
        LeaveKind.COMPENSATORY: tr("Leave", "C"), LeaveKind.MARRIAGE: tr("Leave", "M"),
        LeaveKind.MATERNITY: tr("Leave", "B"), LeaveKind.BEREAVEMENT: tr("Leave", "F"),
        LeaveKind.OTHER: tr("Leave", "O"),
    }.get(kind, "?")


class LeaveStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


def leave_status_label(status: str) -> str:
    return {LeaveStatus.PENDING: tr("Leave", "Waiting for approval"), LeaveStatus.APPROVED: tr("Leave", "Approved"),
            LeaveStatus.REJECTED: tr("Leave", "Rejected"), LeaveStatus.CANCELLED: tr("Leave", "Withdrawn")}.get(
        status, status)


@dataclass(frozen=True)
class LeavePeriod:
    """Approved leave of one person: [start, end)."""

    staff_id: int
    kind: str
    start: dt.datetime
    end: dt.datetime


def check_leave(kind: str, start: dt.datetime, end: dt.datetime, reason: str) -> tuple[str, str]:
    """(kind, reason) cleaned, or ValidationError naming the field."""
    try:
        kind = LeaveKind(kind).value
    except ValueError:
        raise ValidationError(tr("Leave", "Choose the kind of leave."), field="kind") from None
    if end <= start:
        raise ValidationError(tr("Leave", "The leave ends ({end}) before it starts ({start}).").format(
            end=f"{end:%Y-%m-%d %H:%M}", start=f"{start:%Y-%m-%d %H:%M}"), field="end_at")
    if end - start > dt.timedelta(days=190):
        raise ValidationError(tr("Leave", "A leave request covers at most 190 days."), field="end_at")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(tr("Leave", "Give a reason for the leave."), field="reason")
    return kind, reason[:500]


# -- the roster's conflicts ----------------------------------------------------------------------

@dataclass(frozen=True)
class PlannedShift:
    """One shift of one person as the roster holds it."""

    staff_id: int
    day: dt.date
    start: dt.datetime
    end: dt.datetime
    name: str = ""
    entry_id: int | None = None


class ConflictKind(StrEnum):
    OVERLAP = "overlap"
    ON_LEAVE = "leave"
    LEAVER = "leaver"


@dataclass(frozen=True)
class RosterConflict:
    staff_id: int
    day: dt.date
    kind: str
    message: str


def overlaps(a_start: dt.datetime, a_end: dt.datetime, b_start: dt.datetime, b_end: dt.datetime) -> bool:
    return a_start < b_end and b_start < a_end


def overlap_message(shift: PlannedShift, other: PlannedShift) -> str:
    return tr("Roster", "{name} {day} overlaps {other} {other_day} ({start}–{end}).").format(
        name=shift.name, day=f"{shift.day:%m-%d}", other=other.name, other_day=f"{other.day:%m-%d}",
        start=f"{other.start:%H:%M}", end=f"{other.end:%H:%M}")


def roster_conflicts(shifts: Iterable[PlannedShift], leaves: Iterable[LeavePeriod],
                     last_days: dict[int, dt.date]) -> list[RosterConflict]:
    """Every conflict of the given shifts (pass the shifts of the days around a week too, so
    an overnight shift of Sunday is seen against Monday's)."""
    by_staff: dict[int, list[PlannedShift]] = defaultdict(list)
    for shift in shifts:
        by_staff[shift.staff_id].append(shift)
    leave_by_staff: dict[int, list[LeavePeriod]] = defaultdict(list)
    for leave in leaves:
        leave_by_staff[leave.staff_id].append(leave)
    found: list[RosterConflict] = []
    for staff_id, own in by_staff.items():
        own.sort(key=lambda s: (s.start, s.end))
        for index, shift in enumerate(own):
            for other in own[index + 1:]:
                if other.start >= shift.end:
                    break
                for one, two in ((shift, other), (other, shift)):
                    found.append(RosterConflict(staff_id, one.day, ConflictKind.OVERLAP, overlap_message(one, two)))
            for leave in leave_by_staff.get(staff_id, ()):
                if overlaps(shift.start, shift.end, leave.start, leave.end):
                    found.append(RosterConflict(staff_id, shift.day, ConflictKind.ON_LEAVE, tr(
                        "Roster", "{name} {day} falls in approved {leave} ({start} – {end}).").format(
                        name=shift.name, day=f"{shift.day:%m-%d}", leave=leave_label(leave.kind),
                        start=f"{leave.start:%m-%d %H:%M}", end=f"{leave.end:%m-%d %H:%M}")))
            last = last_days.get(staff_id)
            if last is not None and shift.day > last:
                found.append(RosterConflict(staff_id, shift.day, ConflictKind.LEAVER, tr(
                    "Roster", "{name} {day}: this person left the shop (last working day {last}).").format(
                    name=shift.name, day=f"{shift.day:%m-%d}", last=f"{last:%Y-%m-%d}")))
    found.sort(key=lambda c: (c.day, c.staff_id, c.kind))
    return found


def leave_fraction(covered_minutes: int, shift_minutes: int) -> Decimal:
    """Days of leave a shift counts: a whole shift 1, up to half of it 0.5 (half days, rounded up)."""
    if covered_minutes <= 0 or shift_minutes <= 0:
        return Decimal(0)
    if covered_minutes * 2 <= shift_minutes:
        return Decimal("0.5")
    return Decimal(1)
