"""Time in ShopManager: local, naive datetimes everywhere.

A shop lives in one time zone and its rules are local ("paid before 16:00 ships the
same day"), so the database stores the shop's local wall-clock time without zone,
on SQLite and PostgreSQL alike (db/ documents this too). `now()` is the one clock,
so tests can move it.
"""
from __future__ import annotations

import datetime as dt

_offset = dt.timedelta(0)
# The shop's zone: China Standard Time, UTC+8 all year (no daylight saving since 1991).
# An aware datetime that comes in (a platform's API, a file with an offset) is turned
# into this wall-clock time, whatever zone the PC is set to.
SHOP_ZONE = dt.timezone(dt.timedelta(hours=8), "CST")


def _wall() -> dt.datetime:
    return dt.datetime.now()


def now() -> dt.datetime:
    return (_wall() + _offset).replace(microsecond=0)


def precise_now() -> dt.datetime:
    """now() with its microseconds: for waits that must not end a fraction of a second early."""
    return _wall() + _offset


def shop_time(value: dt.datetime) -> dt.datetime:
    """The shop's naive local time of `value`: an aware datetime is converted to SHOP_ZONE
    explicitly (never to the PC's zone); a naive one is already shop time."""
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=None)
    return value.astimezone(SHOP_ZONE).replace(tzinfo=None)


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
