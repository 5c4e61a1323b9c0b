"""core/backups.py: when a backup is due, which ones rotation keeps, when a copy looks wrong."""
from __future__ import annotations

import datetime as dt

import pytest

from shopmanager.core.backups import Policy, is_due, is_stale, last_scheduled, looks_too_small, to_keep

AT = dt.time(21, 45)


def moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


@pytest.mark.parametrize("now, last_good, due", [
    ("2026-11-30 21:44", None, True),  # never backed up: at once
    ("2026-11-30 21:44", "2026-11-29 21:45", False),  # yesterday's is the newest due
    ("2026-11-30 21:45", "2026-11-29 21:45", True),  # today's time has come
    ("2026-11-30 22:30", "2026-11-30 21:46", False),
    ("2026-12-02 09:00", "2026-11-29 21:50", True),  # the PC was off: catch up in the morning
])
def test_due_after_the_daily_time_since_the_last_good_backup(now, last_good, due):
    assert is_due(moment(now), AT, moment(last_good) if last_good else None) is due


def test_the_last_scheduled_moment_is_today_or_yesterday():
    assert last_scheduled(moment("2026-11-30 08:00"), AT) == moment("2026-11-29 21:45")
    assert last_scheduled(moment("2026-11-30 23:00"), AT) == moment("2026-11-30 21:45")


def test_stale_after_two_days():
    assert is_stale(moment("2026-11-30 10:00"), None)
    assert not is_stale(moment("2026-11-30 10:00"), moment("2026-11-28 10:00"))
    assert is_stale(moment("2026-11-30 10:01"), moment("2026-11-28 10:00"))


def test_rotation_keeps_the_newest_of_each_day_week_and_month():
    daily = [moment("2026-01-01 21:45") + dt.timedelta(days=i) for i in range(120)]
    extra = [moment("2026-04-30 12:00")]  # two the same day: the later one counts for the day
    keep = to_keep(daily + extra, Policy(daily=7, weekly=4, monthly=12))
    last_days = {moment("2026-04-30 21:45") - dt.timedelta(days=i) for i in range(7)}
    assert last_days <= keep and moment("2026-04-30 12:00") not in keep
    sundays = {moment("2026-04-26 21:45"), moment("2026-04-19 21:45"), moment("2026-04-12 21:45")}
    assert sundays <= keep  # ends of the last weeks
    assert {moment("2026-01-31 21:45"), moment("2026-02-28 21:45"), moment("2026-03-31 21:45")} <= keep
    # 7 days (Apr 24–30, Sunday the 26th among them) + 2 more weeks + 3 more month ends
    assert len(keep) == 7 + 2 + 3
    assert moment("2026-01-15 21:45") not in keep


def test_rotation_never_drops_the_newest_good_backup_even_with_nothing_to_keep():
    only = [moment("2025-03-01 21:45")]
    assert to_keep(only, Policy(daily=1, weekly=0, monthly=0)) == set(only)
    assert to_keep([], Policy()) == set()


def test_gaps_do_not_shorten_what_is_kept():
    """A shop closed for the New Year keeps seven backup days, not seven calendar days."""
    backups = [moment("2026-01-20 21:45") - dt.timedelta(days=i) for i in range(3)]
    backups += [moment("2026-02-20 21:45") + dt.timedelta(days=i) for i in range(3)]
    assert to_keep(backups, Policy(daily=7, weekly=0, monthly=0)) == set(backups)


@pytest.mark.parametrize("rows, reference, suspect", [
    (0, None, True), (0, 10, True), (12, None, False), (50, 100, False),  # a new shop grows from little
    (90_000, 100_000, False), (40_000, 100_000, True), (150, 1000, True),
])
def test_an_empty_or_far_smaller_copy_is_suspect(rows, reference, suspect):
    assert looks_too_small(rows, reference) is suspect
