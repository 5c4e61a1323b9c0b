"""Figures of the roster module for other modules (the appraisal's discipline indicators).

Qt-free, no permission check (callers check), `start`/`end` inclusive dates of shop local
time, plain dataclasses. Attendance is computed from roster + punches by core/attendance.py
(the same rules as every screen and report); fines and rewards are one GROUP BY over the
register (voided ones left out).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import peewee

from shopmanager.db.models import RewardFine


@dataclass(frozen=True)
class AttendanceFigures:
    scheduled_days: int
    worked_days: int
    late_count: int
    late_minutes: int
    early_count: int
    early_minutes: int
    absent_days: int
    missing_punches: int
    leave_days: dict[str, Decimal] = field(default_factory=dict)  # leave type code → days


def attendance_figures(start: dt.date, end: dt.date, *, staff_ids=None) -> dict[int, AttendanceFigures]:
    """Per staff id with at least one rostered shift in the period (others are absent from the dict)."""
    from shopmanager.services.attendance import period_totals

    return {staff_id: AttendanceFigures(t.scheduled_days, t.worked_days, t.late_count, t.late_minutes, t.early_count,
                                        t.early_minutes, t.absent_days, t.missing_punches, dict(t.leave_days))
            for staff_id, t in period_totals(start, end, staff_ids).items()}


@dataclass(frozen=True)
class FineFigures:
    fine_count: int
    fines_cents: int
    reward_count: int
    rewards_cents: int


def fines_and_rewards(start: dt.date, end: dt.date, *, staff_ids=None,
                      exclude_categories: tuple[str, ...] = ()) -> dict[int, FineFigures]:
    """Per staff id with a fine or reward dated in the period (leaving out the given categories:
    the appraisal does not count the reward or fine of its own previous grade)."""
    query = (RewardFine.select(RewardFine.staff, RewardFine.kind, peewee.fn.COUNT(RewardFine.id),
                               peewee.fn.COALESCE(peewee.fn.SUM(RewardFine.amount_cents), 0))
             .where(RewardFine.day.between(start, end), RewardFine.voided_at.is_null())
             .group_by(RewardFine.staff, RewardFine.kind))
    if exclude_categories:
        query = query.where(RewardFine.category.not_in(list(exclude_categories)))
    if staff_ids is not None:
        query = query.where(RewardFine.staff.in_(list(staff_ids)))
    sums: dict[int, dict[str, tuple[int, int]]] = {}
    for staff_id, kind, count, cents in query.tuples():
        sums.setdefault(staff_id, {})[kind] = (int(count), int(cents))
    return {staff_id: FineFigures(*kinds.get("fine", (0, 0)), *kinds.get("reward", (0, 0)))
            for staff_id, kinds in sums.items()}
