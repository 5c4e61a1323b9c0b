"""Helpers of the roster module's service tests: the clock, shifts by name, a staff member
per role (from the `shop` fixture)."""
from __future__ import annotations

import datetime as dt

from shopmanager.core import timeutil
from shopmanager.core.permissions import Role
from shopmanager.db.models import Punch, ShiftTemplate, Staff

MON = dt.date(2026, 3, 9)  # a Monday


def freeze(moment: dt.datetime) -> None:
    timeutil.set_clock_offset(dt.timedelta(0))
    timeutil.set_clock_offset(moment - timeutil.now())


def shift_id(name: str) -> int:
    return ShiftTemplate.get(ShiftTemplate.name == name).id


def staff_of(shop, role: Role) -> int:
    return shop[role].staff_id


def punch(staff_id: int, moment: dt.datetime, kind: str = "") -> None:
    Punch.create(staff=staff_id, at=moment, kind=kind, source="import", created_at=moment)


def at(day: dt.date, hhmm: str) -> dt.datetime:
    hours, minutes = (int(x) for x in hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(hours, minutes))


def name_of(staff_id: int) -> str:
    return Staff.get_by_id(staff_id).name
