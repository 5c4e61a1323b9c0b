"""Time in ShopManager: local, naive datetimes everywhere.

A shop lives in one time zone and its rules are local ("paid before 16:00 ships the
same day"), so the database stores the shop's local wall-clock time without zone,
on SQLite and PostgreSQL alike (db/ documents this too). `now()` is the one clock,
so tests can move it.
"""
from __future__ import annotations

import datetime as dt

_offset = dt.timedelta(0)


def _wall() -> dt.datetime:
    return dt.datetime.now()


def now() -> dt.datetime:
    return (_wall() + _offset).replace(microsecond=0)


def precise_now() -> dt.datetime:
    """now() with its microseconds: for waits that must not end a fraction of a second early."""
    return _wall() + _offset


def today() -> dt.date:
    return now().date()


def clock_offset() -> dt.timedelta:
    return _offset


def set_clock_offset(offset: dt.timedelta) -> None:
    """Move the clock (tests and demo data only)."""
    global _offset
    _offset = offset


def parse_hhmm(text: str) -> dt.time:
    hours, minutes = text.strip().split(":")
    return dt.time(int(hours), int(minutes))


def month_bounds(year: int, month: int) -> tuple[dt.datetime, dt.datetime]:
    """[first moment of the month, first moment of the next month)."""
    start = dt.datetime(year, month, 1)
    end = dt.datetime(year + (month == 12), month % 12 + 1, 1)
    return start, end
