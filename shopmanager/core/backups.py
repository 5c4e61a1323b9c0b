"""The rules of backups, without files or a database: when one is due, which to keep, and
when a new one looks wrong (seed 000 网站安全维护: 备份与恢复策略).

- Due: the newest scheduled moment (today's backup time, or yesterday's before it) has
  passed since the last good backup — a PC that was off at the backup time catches up.
- Kept: the newest good backup of each of the last `daily` days that have one, of each of
  the last `weekly` ISO weeks and `monthly` months, and always the newest good backup.
  Only good backups count; a suspect one never takes a good one's place.
- Suspect: an empty database, or one with far fewer rows than the last good backup.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

STALE_AFTER = dt.timedelta(days=2)  # the dashboard warns when the last good backup is older
FAR_SMALLER = 0.5  # fewer than half the rows of the last good backup: suspect
FAR_SMALLER_FLOOR = 200  # …once the shop has that many rows (a new shop grows from almost nothing)
KEEP_SUSPECT = 3  # the newest suspect backups are kept for a look, older ones go
KEEP_BEFORE_RESTORE = 5  # copies saved aside before a restore


@dataclass(frozen=True)
class Policy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def last_scheduled(now: dt.datetime, at: dt.time) -> dt.datetime:
    """The newest moment at or before `now` when the daily backup was due."""
    today = dt.datetime.combine(now.date(), at)
    return today if today <= now else today - dt.timedelta(days=1)


def is_due(now: dt.datetime, at: dt.time, last_good: dt.datetime | None) -> bool:
    return last_good is None or last_good < last_scheduled(now, at)


def is_stale(now: dt.datetime, last_good: dt.datetime | None) -> bool:
    return last_good is None or now - last_good > STALE_AFTER


def _newest_per(moments: list[dt.datetime], key, count: int) -> set[dt.datetime]:
    newest: dict = {}
    for moment in moments:
        bucket = key(moment)
        if bucket not in newest or moment > newest[bucket]:
            newest[bucket] = moment
    return {newest[bucket] for bucket in sorted(newest, reverse=True)[:max(0, count)]}


def to_keep(good: Iterable[dt.datetime], policy: Policy) -> set[dt.datetime]:
    """The moments of the good backups the policy keeps (the others may be removed)."""
    moments = sorted(set(good))
    if not moments:
        return set()
    keep = {moments[-1]}
    keep |= _newest_per(moments, lambda m: m.date(), policy.daily)
    keep |= _newest_per(moments, lambda m: tuple(m.isocalendar())[:2], policy.weekly)
    keep |= _newest_per(moments, lambda m: (m.year, m.month), policy.monthly)
    return keep


def looks_too_small(total_rows: int, reference_rows: int | None) -> bool:
    """An empty database, or far fewer rows than the last good backup of the same shop."""
    if total_rows <= 0:
        return True
    if reference_rows is None or reference_rows < FAR_SMALLER_FLOOR:
        return False
    return total_rows < reference_rows * FAR_SMALLER
