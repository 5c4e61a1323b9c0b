"""Attendance computed from the roster and the punches — never typed by hand.

For each rostered shift of a person, the punches near it are the shift's punches:
from PUNCH_BEFORE before its start to PUNCH_AFTER after its end, and when two shifts
of one person are close, the middle of the gap between them divides their punches.
The earliest punch is the clock-in, the latest the clock-out (a punch recorded as
"in" or "out" by the clock button or an in/out column counts only as that); a single
punch without a direction is the clock-in when it is nearer the start, else the
clock-out.

- late 迟到: clock-in after the start by more than the grace period (setting, default
  0 min); the late minutes count from the start. Minutes are whole minutes (seconds
  dropped: 09:00:59 is on time).
- early leave 早退: clock-out before the end; minutes until the end.
- absence 旷工: no punch at all for a shift that is over (its punch window has passed).
- missing punch 缺卡: a shift that is over with a clock-in but no clock-out, or the
  reverse; each missing punch counts once.
- approved leave 请假 covering the whole shift: not absent, nothing missing. Leave over
  the start moves the start to the leave's end (lateness counts from there); leave
  over the end moves the end to the leave's start.
- a supervisor's correction of a day (with a reason, audited) gives the clock-in
  and/or clock-out time to use, or excuses the day (business trip, system failure).

Everything is local wall-clock time without daylight saving, so a day is 24 hours.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from shopmanager.core.i18n import tr
from shopmanager.core.roster import LeavePeriod, leave_fraction, leave_short

PUNCH_BEFORE = dt.timedelta(hours=4)
PUNCH_AFTER = dt.timedelta(hours=6)


@dataclass(frozen=True)
class Shift:
    """One rostered shift of one person: [start, end)."""

    day: dt.date
    start: dt.datetime
    end: dt.datetime
    name: str = ""


@dataclass(frozen=True)
class Punch:
    at: dt.datetime
    kind: str = ""  # "in" | "out" | "" (a clock's punch, direction unknown)


@dataclass(frozen=True)
class Correction:
    """A supervisor's correction of one day: times to use, or the day excused."""

    in_at: dt.datetime | None = None
    out_at: dt.datetime | None = None
    excused: bool = False
    reason: str = ""


class DayState(StrEnum):
    UPCOMING = "upcoming"  # not started
    OPEN = "open"  # started, punches may still come
    CLOSED = "closed"  # its punch window has passed: absence and missing punches count


class Mark(StrEnum):
    """What the attendance grid shows for a shift."""

    NORMAL = "normal"
    LATE = "late"
    EARLY = "early"
    LATE_EARLY = "late_early"
    ABSENT = "absent"
    MISSING = "missing"
    LEAVE = "leave"
    EXCUSED = "excused"
    UPCOMING = "upcoming"
    OPEN = "open"


@dataclass(frozen=True)
class ShiftResult:
    shift: Shift
    in_at: dt.datetime | None
    out_at: dt.datetime | None
    late_minutes: int = 0
    early_minutes: int = 0
    absent: bool = False
    missing_in: bool = False
    missing_out: bool = False
    leave_kind: str = ""
    leave_days: Decimal = Decimal(0)
    excused: bool = False
    state: str = DayState.CLOSED

    @property
    def late(self) -> bool:
        return self.late_minutes > 0

    @property
    def early(self) -> bool:
        return self.early_minutes > 0

    @property
    def missing_punches(self) -> int:
        return int(self.missing_in) + int(self.missing_out)

    @property
    def worked(self) -> bool:
        """Came to work (a punch, or a correction) — leave for the whole shift is not work."""
        return not self.absent and (self.in_at is not None or self.out_at is not None or self.excused)

    @property
    def mark(self) -> str:
        if self.excused:
            return Mark.EXCUSED
        if self.leave_days == 1 and self.in_at is None and self.out_at is None:
            return Mark.LEAVE
        if self.absent:
            return Mark.ABSENT
        if self.state == DayState.UPCOMING:
            return Mark.UPCOMING
        if self.late and self.early:
            return Mark.LATE_EARLY
        if self.late:
            return Mark.LATE
        if self.early:
            return Mark.EARLY
        if self.missing_punches:
            return Mark.MISSING
        if self.state == DayState.OPEN:
            return Mark.OPEN
        if self.leave_kind:
            return Mark.LEAVE
        return Mark.NORMAL


def mark_label(result: ShiftResult) -> str:
    """A short text for a table cell: '正常', '迟到 12分', '旷工', '事假' …"""
    mark = result.mark
    if mark == Mark.LATE_EARLY:
        return tr("Attendance", "Late {late} min, left {early} min early").format(
            late=result.late_minutes, early=result.early_minutes)
    if mark == Mark.LATE:
        return tr("Attendance", "Late {n} min").format(n=result.late_minutes)
    if mark == Mark.EARLY:
        return tr("Attendance", "Left {n} min early").format(n=result.early_minutes)
    if mark == Mark.MISSING:
        which = (tr("Attendance", "no clock-in") if result.missing_in else tr("Attendance", "no clock-out"))
        return tr("Attendance", "Missing punch ({which})").format(which=which)
    if mark == Mark.LEAVE:
        from shopmanager.core.roster import leave_label

        return leave_label(result.leave_kind)
    return {
        Mark.NORMAL: tr("Attendance", "Normal"), Mark.ABSENT: tr("Attendance", "Absent"),
        Mark.EXCUSED: tr("Attendance", "Excused"), Mark.UPCOMING: tr("Attendance", "Not started"),
        Mark.OPEN: tr("Attendance", "At work"),
    }[mark]


def grid_mark(result: ShiftResult) -> str:
    """One or two characters for the month grid: √ 迟 早 旷 缺 假 …"""
    mark = result.mark
    return {
        Mark.NORMAL: "√", Mark.LATE: tr("Attendance", "L") + str(result.late_minutes),
        Mark.EARLY: tr("Attendance", "E") + str(result.early_minutes),
        Mark.LATE_EARLY: tr("Attendance", "L") + str(result.late_minutes) + tr("Attendance", "E")
        + str(result.early_minutes),
        Mark.ABSENT: tr("Attendance", "X"), Mark.MISSING: tr("Attendance", "M"),
        Mark.LEAVE: leave_short(result.leave_kind), Mark.EXCUSED: "√", Mark.UPCOMING: "", Mark.OPEN: "·",
    }[mark]


def _minutes(delta: dt.timedelta) -> int:
    return max(0, math.floor(delta.total_seconds() / 60))


def punch_windows(shifts: Sequence[Shift]) -> list[tuple[dt.datetime, dt.datetime]]:
    """[from, to) in which a punch belongs to each shift (shifts sorted by start)."""
    windows = [[s.start - PUNCH_BEFORE, s.end + PUNCH_AFTER] for s in shifts]
    for index in range(len(shifts) - 1):
        current, following = shifts[index], shifts[index + 1]
        if windows[index][1] > windows[index + 1][0]:
            middle = current.end + (max(following.start, current.end) - current.end) / 2
            windows[index][1] = middle
            windows[index + 1][0] = middle
    return [(low, high) for low, high in windows]


def _in_and_out(shift: Shift, punches: Sequence[Punch]) -> tuple[dt.datetime | None, dt.datetime | None]:
    if not punches:
        return None, None
    ins = [p.at for p in punches if p.kind != "out"]
    outs = [p.at for p in punches if p.kind != "in"]
    in_at = min(ins) if ins else None
    out_at = max(outs) if outs else None
    if in_at is not None and out_at is not None and out_at <= in_at:
        if len(punches) == 1:  # one punch, direction unknown: the nearer end of the shift decides
            if abs(in_at - shift.start) <= abs(shift.end - in_at):
                out_at = None
            else:
                in_at = None
        else:
            out_at = None  # an "out" before the "in": not a clock-out
    return in_at, out_at


def _leave_cover(shift: Shift, leaves: Sequence[LeavePeriod]) -> tuple[str, int, dt.datetime, dt.datetime]:
    """(leave kind, minutes covered, start and end the person still had to work)."""
    kind, covered = "", 0
    start, end = shift.start, shift.end
    for leave in leaves:
        low, high = max(leave.start, shift.start), min(leave.end, shift.end)
        if low >= high:
            continue
        kind = kind or leave.kind
        covered += _minutes(high - low)
        if leave.start <= start < leave.end:
            start = min(leave.end, shift.end)
        if leave.start < end <= leave.end:
            end = max(leave.start, shift.start)
    return kind, covered, start, end


def evaluate(shifts: Sequence[Shift], punches: Sequence[Punch], *, leaves: Sequence[LeavePeriod] = (),
             corrections: dict[dt.date, Correction] | None = None, grace_minutes: int = 0,
             now: dt.datetime | None = None) -> list[ShiftResult]:
    """The result of every shift of ONE person (shifts and punches in any order)."""
    shifts = sorted(shifts, key=lambda s: (s.start, s.end))
    punches = sorted(punches, key=lambda p: p.at)
    corrections = corrections or {}
    now = now or dt.datetime.max
    windows = punch_windows(shifts)
    results = []
    cursor = 0
    for shift, (low, high) in zip(shifts, windows):
        while cursor < len(punches) and punches[cursor].at < low:
            cursor += 1
        own = []
        position = cursor
        while position < len(punches) and punches[position].at < high:
            own.append(punches[position])
            position += 1
        cursor = position
        results.append(_one(shift, own, high, leaves, corrections.get(shift.day), grace_minutes, now))
    return results


def _one(shift: Shift, punches: Sequence[Punch], window_end: dt.datetime, leaves: Sequence[LeavePeriod],
         correction: Correction | None, grace: int, now: dt.datetime) -> ShiftResult:
    in_at, out_at = _in_and_out(shift, punches)
    if correction is not None:
        in_at = correction.in_at or in_at
        out_at = correction.out_at or out_at
    leave_kind, covered, start, end = _leave_cover(shift, leaves)
    days = leave_fraction(covered, _minutes(shift.end - shift.start))
    state = DayState.UPCOMING if now < shift.start else DayState.OPEN if now < window_end else DayState.CLOSED
    if correction is not None and correction.excused:
        return ShiftResult(shift, in_at, out_at, leave_kind=leave_kind, leave_days=days, excused=True, state=state)
    whole_leave = start >= end
    late = _minutes(in_at - start) if in_at is not None and not whole_leave else 0
    late = late if late > grace else 0
    early = _minutes(end - out_at) if out_at is not None and not whole_leave else 0
    if state != DayState.CLOSED or whole_leave:
        return ShiftResult(shift, in_at, out_at, late, early if state == DayState.CLOSED else 0,
                           leave_kind=leave_kind, leave_days=days, state=state)
    if in_at is None and out_at is None:
        return ShiftResult(shift, None, None, absent=True, leave_kind=leave_kind, leave_days=days, state=state)
    return ShiftResult(shift, in_at, out_at, late, early, missing_in=in_at is None, missing_out=out_at is None,
                       leave_kind=leave_kind, leave_days=days, state=state)


@dataclass
class Totals:
    """A person's figures over a period (the appraisal's AttendanceFigures are made from these)."""

    scheduled_days: int = 0
    worked_days: int = 0
    late_count: int = 0
    late_minutes: int = 0
    early_count: int = 0
    early_minutes: int = 0
    absent_days: int = 0
    missing_punches: int = 0
    leave_days: dict[str, Decimal] = field(default_factory=dict)


def totals(results: Sequence[ShiftResult]) -> Totals:
    """Days count once however many shifts they hold; late/early count per shift."""
    total = Totals()
    scheduled, worked, absent = set(), set(), set()
    for result in results:
        day = result.shift.day
        scheduled.add(day)
        if result.worked:
            worked.add(day)
        if result.absent:
            absent.add(day)
        if result.late:
            total.late_count += 1
            total.late_minutes += result.late_minutes
        if result.early:
            total.early_count += 1
            total.early_minutes += result.early_minutes
        total.missing_punches += result.missing_punches
        if result.leave_kind and result.leave_days:
            total.leave_days[result.leave_kind] = total.leave_days.get(result.leave_kind, Decimal(0)) + result.leave_days
    total.scheduled_days, total.worked_days, total.absent_days = len(scheduled), len(worked), len(absent)
    return total


# -- punch files: the cells attendance clocks, DingTalk and WeCom write ---------------------------

_DATE_TEXT = re.compile(r"(\d{2}|\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_TIME_TEXT = re.compile(r"(次日|次|\+1)?\s*(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_FRACTION = re.compile(r"0?\.\d+")


def punch_date(value) -> dt.date | None:
    """A punch file's date cell: a date, an Excel serial, '2026-05-06', '26-05-06 星期三',
    '2026/5/6 周三', '2026年5月6日', '20260506'. None when the cell holds no date."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 19000101 <= value <= 99991231 and float(value).is_integer():
            return punch_date(str(int(value)))
        if 1 <= value < 2958466:
            return _EXCEL_EPOCH + dt.timedelta(days=int(value))
        return None
    text = str(value or "").strip()
    if text.isdigit() and len(text) <= 5:  # an Excel serial that became text
        return punch_date(int(text))
    match = _DATE_TEXT.match(text) or _COMPACT.match(text)
    if not match:
        return None
    year = int(match.group(1))
    if year < 100:
        year += 2000
    try:
        return dt.date(year, int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def punch_times(value) -> list[tuple[dt.time, bool]] | None:
    """The times of a punch cell as (time, next day): '08:57', '8:57:03', '次日 01:10'
    (DingTalk's overnight punch), several in one cell ('08:57 12:01 18:03'), a time or an
    Excel day fraction. [] for an empty cell or '未打卡'/'缺卡'/'--'; None when the cell
    holds something that is not a time."""
    if value is None:
        return []
    if isinstance(value, dt.datetime):
        return [(value.time().replace(microsecond=0), False)]
    if isinstance(value, dt.time):
        return [(value.replace(microsecond=0), False)]
    if isinstance(value, dt.timedelta):
        seconds = int(value.total_seconds())
        return [(dt.time((seconds // 3600) % 24, (seconds // 60) % 60, seconds % 60), seconds >= 86400)]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 0 <= value < 1:
            seconds = round(value * 86400)
            return [(dt.time((seconds // 3600) % 24, (seconds // 60) % 60, seconds % 60), seconds >= 86400)]
        return None
    text = str(value).strip()
    if not text or text in ("-", "--", "—", "未打卡", "缺卡", "无", "休息", "/"):
        return []
    if _FRACTION.fullmatch(text):  # an Excel day fraction that became text
        return punch_times(float(text))
    found = []
    position = 0
    for match in _TIME_TEXT.finditer(text):
        if text[position:match.start()].strip(" \t\r\n,，;；、|"):
            between = text[position:match.start()].strip(" \t\r\n,，;；、|")
            if not re.fullmatch(r"(上班|下班|打卡|正常|迟到|早退|补卡|\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}|星期.|周.|\(.*?\)|（.*?）)*",
                                between):
                return None
        hour, minute, second = int(match.group(2)), int(match.group(3)), int(match.group(4) or 0)
        if hour > 23 or minute > 59 or second > 59:
            return None
        found.append((dt.time(hour, minute, second), bool(match.group(1))))
        position = match.end()
    rest = text[position:].strip(" \t\r\n,，;；、|")
    if not found or (rest and not re.fullmatch(r"(\(.*?\)|（.*?）|正常|迟到|早退|补卡|外勤|打卡)*", rest)):
        return None
    return found


def punch_moments(day_value, time_value) -> list[dt.datetime] | None:
    """Datetimes of a row's date and time cells; the time cell may also hold the date
    ('2026-05-06 08:57'). None when either cell cannot be read."""
    times_cell = time_value
    day = punch_date(day_value) if day_value not in (None, "") else None
    if isinstance(time_value, dt.datetime) and time_value.year > 1900:
        return [time_value.replace(microsecond=0)]
    if isinstance(time_value, str) and (_DATE_TEXT.match(time_value.strip()) or _COMPACT.fullmatch(
            time_value.strip()[:8])):
        own_day = punch_date(time_value)
        if own_day is None:
            return None
        day = own_day
        times_cell = _DATE_TEXT.sub("", time_value.strip(), count=1) if _DATE_TEXT.match(time_value.strip()) \
            else time_value.strip()[8:]
    times = punch_times(times_cell)
    if times is None:
        return None
    if not times:
        return []
    if day is None:
        return None
    return [dt.datetime.combine(day + dt.timedelta(days=1) if next_day else day, moment)
            for moment, next_day in times]
