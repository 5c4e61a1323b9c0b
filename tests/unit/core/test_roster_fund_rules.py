"""Roster conflicts, shift times, weeks, leave checks and the complaint-fine escalation (pure rules)."""
from __future__ import annotations

import datetime as dt

import pytest

from shopmanager.core.errors import ValidationError
from shopmanager.core.fund import FineRule, next_complaint_fine, running_balance
from shopmanager.core.roster import (
    ConflictKind, LeavePeriod, PlannedShift, ShiftTimes, check_leave, parse_clock, parse_week, roster_conflicts,
    week_start,
)

MON = dt.date(2026, 3, 9)


def planned(staff: int, day: dt.date, start: str, end: str, name: str = "班") -> PlannedShift:
    return PlannedShift(staff, day, *ShiftTimes.parse(start, end).window(day), name)


def test_shift_times():
    assert ShiftTimes.parse("9:00", "18:00").minutes == 540
    night = ShiftTimes.parse("22:00", "06:00")
    assert night.overnight and night.window(MON)[1] == dt.datetime(2026, 3, 10, 6)
    assert ShiftTimes.parse("16:00", "24:00").window(MON)[1] == dt.datetime(2026, 3, 10)
    with pytest.raises(ValidationError, match="same time"):
        ShiftTimes.parse("09:00", "09:00")
    with pytest.raises(ValidationError, match="09:00"):
        parse_clock("9 o'clock", field="start_time")


def test_a_bad_shift_time_names_the_field_as_the_form_does_not_its_code_name():
    from shopmanager.core import i18n

    with pytest.raises(ValidationError) as error:
        ShiftTimes.parse("25:00", "18:00")
    assert error.value.field == "start_time" and str(error.value).startswith("Starts (HH:MM):")
    i18n.set_language("zh_CN")
    try:
        with pytest.raises(ValidationError) as error:
            ShiftTimes.parse("09:00", "18点")
        assert error.value.field == "end_time" and "end_time" not in str(error.value) and "结束" in str(error.value)
    finally:
        i18n.set_language("en")


def test_weeks_run_monday_to_sunday():
    assert week_start(dt.date(2026, 3, 15)) == MON
    assert parse_week("2026-W11") == MON
    with pytest.raises(ValidationError, match="2026-W48"):
        parse_week("next week")


CONFLICTS = [
    ("two overlapping shifts the same day", [planned(1, MON, "09:00", "18:00"), planned(1, MON, "13:30", "21:30")],
     [], {}, [(MON, ConflictKind.OVERLAP), (MON, ConflictKind.OVERLAP)]),
    ("back to back is fine", [planned(1, MON, "09:00", "13:30"), planned(1, MON, "13:30", "21:30")], [], {}, []),
    ("Sunday's overnight shift runs into Monday's morning",
     [planned(1, MON - dt.timedelta(days=1), "22:00", "06:00"), planned(1, MON, "05:00", "12:00")], [], {},
     [(MON - dt.timedelta(days=1), ConflictKind.OVERLAP), (MON, ConflictKind.OVERLAP)]),
    ("other people's shifts never conflict", [planned(1, MON, "09:00", "18:00"), planned(2, MON, "09:00", "18:00")],
     [], {}, []),
    ("a shift during approved leave", [planned(1, MON, "09:00", "18:00")],
     [LeavePeriod(1, "sick", dt.datetime(2026, 3, 9, 0), dt.datetime(2026, 3, 10, 0))], {},
     [(MON, ConflictKind.ON_LEAVE)]),
    ("leave of someone else", [planned(1, MON, "09:00", "18:00")],
     [LeavePeriod(2, "sick", dt.datetime(2026, 3, 9, 0), dt.datetime(2026, 3, 10, 0))], {}, []),
    ("a leaver's shift after the last day", [planned(1, MON, "09:00", "18:00"),
                                             planned(1, MON + dt.timedelta(days=1), "09:00", "18:00")],
     [], {1: MON}, [(MON + dt.timedelta(days=1), ConflictKind.LEAVER)]),
]


@pytest.mark.parametrize("case", CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_roster_conflicts(case):
    _name, shifts, leaves, last_days, expected = case
    found = roster_conflicts(shifts, leaves, last_days)
    assert sorted((c.day, c.kind) for c in found) == sorted(expected)
    assert all(c.message for c in found)


def test_leave_checks():
    start = dt.datetime(2026, 3, 9, 9)
    with pytest.raises(ValidationError, match="ends .* before it starts"):
        check_leave("sick", start, start - dt.timedelta(hours=1), "发烧")
    with pytest.raises(ValidationError) as error:
        check_leave("holiday", start, start + dt.timedelta(hours=1), "x")
    assert error.value.field == "kind"
    with pytest.raises(ValidationError, match="reason"):
        check_leave("sick", start, start + dt.timedelta(hours=1), "  ")
    assert check_leave("sick", start, start + dt.timedelta(hours=1), " 发烧 ") == ("sick", "发烧")


RULE = FineRule(first_cents=5000, second_cents=10000, forfeit_from=3)
WAGE = 400000

ESCALATION = [
    # (nth, already fined this month, wage, amount, forfeits, wage missing)
    (1, 0, WAGE, 5000, False, False),
    (2, 5000, WAGE, 10000, False, False),
    (3, 15000, WAGE, WAGE - 15000, True, False),  # the month's fines add up to the whole wage
    (4, WAGE, WAGE, 0, True, False),  # nothing more to take
    (3, 15000, 0, 0, True, True),  # no wage recorded: cannot be computed
    (3, 15000, 10000, 0, True, False),  # a wage below the fines already taken: nothing more
]


@pytest.mark.parametrize("nth, already, wage, amount, forfeits, missing", ESCALATION)
def test_complaint_fine_escalation(nth, already, wage, amount, forfeits, missing):
    step = next_complaint_fine(nth, already, wage, RULE)
    assert (step.amount_cents, step.forfeits_wage, step.wage_missing) == (amount, forfeits, missing)


def test_a_later_forfeit_setting_doubles_again_before_it():
    rule = FineRule(5000, 10000, forfeit_from=4)
    assert [next_complaint_fine(n, 0, WAGE, rule).amount_cents for n in (1, 2, 3)] == [5000, 10000, 20000]


def test_running_balance():
    assert running_balance([("income", 5000), ("income", 10000), ("spending", 12000)], 1000) == [6000, 16000, 4000]
