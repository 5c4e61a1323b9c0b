"""The lateness / early-leave / absence / missing-punch rules, table-driven (core/attendance.py)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from shopmanager.core.attendance import (
    Correction, Mark, Punch, Shift, evaluate, punch_date, punch_moments, punch_times, totals,
)
from shopmanager.core.roster import LeavePeriod, ShiftTimes

D = dt.date(2026, 3, 9)  # a Monday
DAY = ShiftTimes.parse("09:00", "18:00")
NIGHT = ShiftTimes.parse("13:30", "21:30")
OVERNIGHT = ShiftTimes.parse("22:00", "06:00")
TO_MIDNIGHT = ShiftTimes.parse("16:00", "00:00")


def shift(times: ShiftTimes, day: dt.date = D, name: str = "") -> Shift:
    return Shift(day, *times.window(day), name)


def at(text: str, day: dt.date = D) -> dt.datetime:
    """'08:57' on day, '+1 05:50' the next day, '08:57:40' with seconds."""
    offset = 0
    if text.startswith("+1 "):
        offset, text = 1, text[3:]
    parts = [int(p) for p in text.split(":")]
    return dt.datetime.combine(day + dt.timedelta(days=offset), dt.time(*parts))


AFTER = dt.datetime(2026, 3, 11, 12, 0)  # every shift of D is over

# (case, shift times, punches "HH:MM[:SS]" with optional kind, grace,
#  expected late, early, absent, missing_in, missing_out, mark)
CASES = [
    ("on time", DAY, ["08:55", "18:02"], 0, 0, 0, False, False, False, Mark.NORMAL),
    ("late 12 min", DAY, ["09:12", "18:00"], 0, 12, 0, False, False, False, Mark.LATE),
    ("seconds do not make a minute", DAY, ["09:00:59", "18:00"], 0, 0, 0, False, False, False, Mark.NORMAL),
    ("exactly the grace period is on time", DAY, ["09:05", "18:00"], 5, 0, 0, False, False, False, Mark.NORMAL),
    ("past the grace period counts from the start", DAY, ["09:06", "18:00"], 5, 6, 0, False, False, False, Mark.LATE),
    ("early leave", DAY, ["08:59", "17:40"], 0, 0, 20, False, False, False, Mark.EARLY),
    ("late and early", DAY, ["09:30", "17:00"], 0, 30, 60, False, False, False, Mark.LATE_EARLY),
    ("no punches: absent", DAY, [], 0, 0, 0, True, False, False, Mark.ABSENT),
    ("only a clock-in: missing out", DAY, ["08:58"], 0, 0, 0, False, False, True, Mark.MISSING),
    ("only an evening punch: missing in", DAY, ["18:05"], 0, 0, 0, False, True, False, Mark.MISSING),
    ("a late lone punch is still the clock-in", DAY, ["10:10"], 0, 70, 0, False, False, True, Mark.LATE),
    ("clock punches in between are ignored", DAY, ["08:50", "12:01", "12:58", "18:30"], 0, 0, 0, False, False, False,
     Mark.NORMAL),
    ("night shift 13:30–21:30", NIGHT, ["13:31", "21:29"], 0, 1, 1, False, False, False, Mark.LATE_EARLY),
    ("overnight shift over midnight", OVERNIGHT, ["21:50", "+1 06:10"], 0, 0, 0, False, False, False, Mark.NORMAL),
    ("overnight shift: late after midnight", OVERNIGHT, ["+1 00:15", "+1 06:00"], 0, 135, 0, False, False, False,
     Mark.LATE),
    ("overnight shift: early at dawn", OVERNIGHT, ["21:59", "+1 05:30"], 0, 0, 30, False, False, False, Mark.EARLY),
    ("shift ending at midnight: out just after", TO_MIDNIGHT, ["15:58", "+1 00:01"], 0, 0, 0, False, False, False,
     Mark.NORMAL),
    ("shift ending at midnight: out at 23:59", TO_MIDNIGHT, ["15:58", "23:59"], 0, 0, 1, False, False, False,
     Mark.EARLY),
    ("punch directions from the clock button", DAY, [("09:02", "in"), ("09:03", "in")], 0, 2, 0, False, False, True,
     Mark.LATE),
    ("an 'out' alone is the clock-out", DAY, [("10:00", "out")], 0, 0, 480, False, True, False, Mark.EARLY),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_one_shift(case):
    _name, times, raw, grace, late, early, absent, missing_in, missing_out, mark = case
    punches = [Punch(at(p)) if isinstance(p, str) else Punch(at(p[0]), p[1]) for p in raw]
    [result] = evaluate([shift(times)], punches, grace_minutes=grace, now=AFTER)
    assert (result.late_minutes, result.early_minutes, result.absent, result.missing_in, result.missing_out) == \
        (late, early, absent, missing_in, missing_out)
    assert result.mark == mark


def test_punches_around_midnight_go_to_the_right_day():
    """Mon night shift to midnight, Tue day shift: the 00:01 punch closes Monday, 08:59 opens Tuesday."""
    tuesday = D + dt.timedelta(days=1)
    results = evaluate([shift(TO_MIDNIGHT), shift(DAY, tuesday)],
                       [Punch(at("16:00")), Punch(at("+1 00:01")), Punch(at("08:59", tuesday)),
                        Punch(at("18:00", tuesday))], now=AFTER + dt.timedelta(days=1))
    assert [(r.in_at, r.out_at) for r in results] == [(at("16:00"), at("+1 00:01")),
                                                      (at("08:59", tuesday), at("18:00", tuesday))]
    assert not any(r.late or r.early or r.missing_punches for r in results)


def test_two_close_shifts_share_punches_at_the_middle_of_the_gap():
    early = Shift(D, at("06:00"), at("10:00"))
    late = Shift(D, at("14:00"), at("18:00"))
    results = evaluate([late, early], [Punch(at("06:00")), Punch(at("10:05")), Punch(at("11:59")),
                                       Punch(at("13:50")), Punch(at("18:00"))], now=AFTER)
    assert [(r.in_at.time(), r.out_at.time()) for r in results] == [(dt.time(6), dt.time(11, 59)),
                                                                    (dt.time(13, 50), dt.time(18))]


def test_a_shift_not_over_yet_is_not_absent_and_lateness_shows_at_once():
    morning = dt.datetime.combine(D, dt.time(9, 20))
    [upcoming] = evaluate([shift(DAY)], [], now=dt.datetime.combine(D, dt.time(8)))
    [late_now] = evaluate([shift(DAY)], [Punch(at("09:17"))], now=morning)
    [still_open] = evaluate([shift(DAY)], [], now=dt.datetime.combine(D, dt.time(19)))
    assert upcoming.mark == Mark.UPCOMING and not upcoming.absent
    assert late_now.late_minutes == 17 and not late_now.missing_out and late_now.mark == Mark.LATE
    assert not still_open.absent and still_open.mark == Mark.OPEN


LEAVE_CASES = [
    # (case, leave from, leave to, punches, late, early, absent, leave days, mark)
    ("whole day of leave, no punches: not absent", "00:00", "+1 00:00", [], 0, 0, False, Decimal(1), Mark.LEAVE),
    ("morning leave: lateness counts from its end", "09:00", "13:00", ["13:10", "18:00"], 10, 0, False,
     Decimal("0.5"), Mark.LATE),
    ("morning leave, on time after it", "09:00", "13:00", ["12:55", "18:00"], 0, 0, False, Decimal("0.5"),
     Mark.LEAVE),
    ("afternoon leave: leaving at its start is not early", "14:00", "18:00", ["09:00", "14:00"], 0, 0, False,
     Decimal("0.5"), Mark.LEAVE),
    ("half-day leave and no punches for the rest: absent", "09:00", "13:00", [], 0, 0, True, Decimal("0.5"),
     Mark.ABSENT),
    ("most of the day on leave counts a whole day", "09:00", "16:00", ["16:00", "18:00"], 0, 0, False, Decimal(1),
     Mark.LEAVE),
]


@pytest.mark.parametrize("case", LEAVE_CASES, ids=[c[0] for c in LEAVE_CASES])
def test_approved_leave(case):
    _name, start, end, raw, late, early, absent, days, mark = case
    leave = LeavePeriod(1, "sick", at(start), at(end))
    [result] = evaluate([shift(DAY)], [Punch(at(p)) for p in raw], leaves=[leave], now=AFTER)
    assert (result.late_minutes, result.early_minutes, result.absent, result.leave_days) == (late, early, absent, days)
    assert result.leave_kind == "sick" and result.mark == mark


def test_corrections_fill_a_missing_punch_or_excuse_the_day():
    fixed = {D: Correction(out_at=at("18:00"), reason="忘记打卡")}
    [filled] = evaluate([shift(DAY)], [Punch(at("08:50"))], corrections=fixed, now=AFTER)
    [excused] = evaluate([shift(DAY)], [], corrections={D: Correction(excused=True, reason="外出")}, now=AFTER)
    assert filled.missing_punches == 0 and filled.mark == Mark.NORMAL
    assert not excused.absent and excused.worked and excused.mark == Mark.EXCUSED


def test_totals_count_days_once_and_leave_by_kind():
    tuesday, wednesday = D + dt.timedelta(days=1), D + dt.timedelta(days=2)
    results = evaluate(
        [shift(DAY), shift(NIGHT, tuesday), shift(DAY, wednesday)],
        [Punch(at("09:05")), Punch(at("18:00")), Punch(at("13:30", tuesday))],
        leaves=[LeavePeriod(1, "personal", dt.datetime.combine(wednesday, dt.time()),
                            dt.datetime.combine(wednesday + dt.timedelta(days=1), dt.time()))],
        now=AFTER + dt.timedelta(days=3))
    figures = totals(results)
    assert (figures.scheduled_days, figures.worked_days, figures.late_count, figures.late_minutes,
            figures.absent_days, figures.missing_punches) == (3, 2, 1, 5, 0, 1)
    assert figures.leave_days == {"personal": Decimal(1)}


@pytest.mark.parametrize("day", [dt.date(2026, 3, 8), dt.date(2026, 3, 29), dt.date(2026, 10, 25),
                                 dt.date(2026, 11, 1)])
def test_no_daylight_saving_an_overnight_shift_is_eight_hours_on_dst_dates_elsewhere(day):
    start, end = OVERNIGHT.window(day)
    assert end - start == dt.timedelta(hours=8) and OVERNIGHT.minutes == 480
    [result] = evaluate([shift(OVERNIGHT, day)], [Punch(at("22:00", day)), Punch(at("+1 06:00", day))],
                        now=dt.datetime.combine(day + dt.timedelta(days=2), dt.time()))
    assert result.mark == Mark.NORMAL


CELL_CASES = [
    (dt.datetime(2026, 5, 6, 8, 57, 3), None, [dt.datetime(2026, 5, 6, 8, 57, 3)]),
    ("2026-05-06", "08:57", [dt.datetime(2026, 5, 6, 8, 57)]),
    ("26-05-06 星期三", "08:57", [dt.datetime(2026, 5, 6, 8, 57)]),
    ("2026/5/6 周三", "8:57:03", [dt.datetime(2026, 5, 6, 8, 57, 3)]),
    ("2026年5月6日", "次日 01:10", [dt.datetime(2026, 5, 7, 1, 10)]),
    ("2026-05-06", "08:57 12:01\n18:03", [dt.datetime(2026, 5, 6, 8, 57), dt.datetime(2026, 5, 6, 12, 1),
                                          dt.datetime(2026, 5, 6, 18, 3)]),
    (dt.date(2026, 5, 6), dt.time(18, 30), [dt.datetime(2026, 5, 6, 18, 30)]),
    (46148.0, 0.375, [dt.datetime(2026, 5, 6, 9, 0)]),
    ("2026-05-06", "未打卡", []),
    ("2026-05-06", "", []),
    (None, "2026-05-06 09:01", [dt.datetime(2026, 5, 6, 9, 1)]),
    ("20260506", "09:01(正常)", [dt.datetime(2026, 5, 6, 9, 1)]),
    ("2026-05-06", "late", None),
    ("2026-05-06", "25:00", None),
    ("not a date", "09:00", None),
]


@pytest.mark.parametrize("day, time, expected", CELL_CASES)
def test_punch_cells_of_clocks_dingtalk_and_wecom(day, time, expected):
    if time is None:
        assert punch_moments(None, day) == expected
    else:
        assert punch_moments(day, time) == expected


def test_punch_cell_helpers():
    assert punch_date("24-12-31 星期二") == dt.date(2024, 12, 31)
    assert punch_date("2024-02-30") is None
    assert punch_times("--") == []
    assert punch_times("次日01:02") == [(dt.time(1, 2), True)]
