"""The business settings of domain.md: keys, types, defaults, limits.

Values live in the database (services/settings.py) so every PC of the shop shares
them; the window's own preferences (geometry, column widths) live in QSettings.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import PurePosixPath, PureWindowsPath
from dataclasses import dataclass, field
from typing import Any

from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import SUPPORTED_LANGUAGES, tr


@dataclass(frozen=True)
class SettingDef:
    key: str
    kind: str  # "int" | "str" | "time" | "choice" | "bool" | "folder" | "json" (internal state)
    default: Any
    label: Callable[[], str]
    group: Callable[[], str]
    minimum: int | None = None
    maximum: int | None = None
    choices: Callable[[], dict[str, str]] = field(default=lambda: {})
    visible: bool = True

    def parse(self, value: Any) -> Any:
        """The stored form of `value`, or ValidationError naming the setting."""
        name = self.label()
        if self.kind == "int":
            try:
                number = int(str(value).strip())
            except ValueError:
                raise ValidationError(tr("Settings", "{name}: enter a whole number.").format(name=name),
                                      field=self.key) from None
            if self.minimum is not None and number < self.minimum or self.maximum is not None and number > self.maximum:
                raise ValidationError(
                    tr("Settings", "{name}: must be between {low} and {high}.").format(
                        name=name, low=self.minimum, high=self.maximum),
                    field=self.key)
            return number
        if self.kind == "time":
            text = str(value).strip()
            try:
                moment = dt.datetime.strptime(text, "%H:%M").time()
            except ValueError:
                raise ValidationError(tr("Settings", "{name}: enter a time like 16:00.").format(name=name),
                                      field=self.key) from None
            return moment.strftime("%H:%M")
        if self.kind == "choice":
            if value not in self.choices():
                raise ValidationError(tr("Settings", "{name}: not one of the choices.").format(name=name),
                                      field=self.key)
            return value
        if self.kind == "bool":
            return bool(value)
        if self.kind == "json":
            return value
        if self.kind == "folder":
            text = str(value or "").strip()
            if text and not (PurePosixPath(text).is_absolute() or PureWindowsPath(text).is_absolute()):
                raise ValidationError(tr("Settings", "{name}: enter a whole folder path, like D:\\Backups or "
                                                     "/media/usb/backups.").format(name=name), field=self.key)
            return text
        text = str(value or "").strip()
        if self.maximum is not None and len(text) > self.maximum:
            raise ValidationError(tr("Settings", "{name}: at most {n} characters.").format(name=name, n=self.maximum),
                                  field=self.key)
        if self.minimum and len(text) < self.minimum:
            raise ValidationError(tr("Settings", "{name}: must not be empty.").format(name=name), field=self.key)
        return text


def _shop() -> str:
    return tr("Settings", "Shop profile")


def _inventory() -> str:
    return tr("Settings", "Inventory alerts")


def _orders() -> str:
    return tr("Settings", "Orders and shipping")


def _aftersales() -> str:
    return tr("Settings", "After-sales")


def _security() -> str:
    return tr("Settings", "Security")


def _attendance() -> str:
    return tr("Settings", "Staff and attendance")


def _fund() -> str:
    return tr("Settings", "Fines and growth fund")


def _weekdays() -> dict[str, str]:
    names = [tr("Settings", "Monday"), tr("Settings", "Tuesday"), tr("Settings", "Wednesday"),
             tr("Settings", "Thursday"), tr("Settings", "Friday"), tr("Settings", "Saturday"), tr("Settings", "Sunday")]
    return {str(index): name for index, name in enumerate(names)}


def _backups() -> str:
    return tr("Settings", "Backups")


def _appraisal() -> str:
    return tr("Settings", "Appraisal")


DEFINITIONS: list[SettingDef] = [
    SettingDef("shop.name", "str", "", lambda: tr("Settings", "Shop name"), _shop, minimum=1, maximum=60),
    SettingDef("shop.phone", "str", "", lambda: tr("Settings", "Shop phone"), _shop, maximum=40),
    SettingDef("shop.address", "str", "", lambda: tr("Settings", "Return address"), _shop, maximum=200),
    SettingDef("ui.language", "choice", "zh_CN",
               lambda: tr("Settings", "Shop's language (each user may choose their own)"), _shop,
               choices=lambda: dict(SUPPORTED_LANGUAGES)),
    SettingDef("inventory.low_stock_threshold", "int", 10, lambda: tr("Settings", "Low-stock threshold (pieces)"),
               _inventory, minimum=0, maximum=100000),
    SettingDef("inventory.expiry_days", "int", 30, lambda: tr("Settings", "Warn of expiry within (days)"),
               _inventory, minimum=1, maximum=3650),
    SettingDef("inventory.slow_days", "int", 60, lambda: tr("Settings", "Slow mover: no sale for (days)"),
               _inventory, minimum=1, maximum=3650),
    SettingDef("shipping.cutoff", "time", "16:00", lambda: tr("Settings", "Same-day dispatch cut-off"), _orders),
    SettingDef("shipping.slip_layout", "choice", "a4", lambda: tr("Settings", "Packing slips"), _orders,
               choices=lambda: {"a4": tr("Settings", "A4 paper, 3 slips a page"),
                                "a4_2": tr("Settings", "A4 paper, 2 slips a page"),
                                "label": tr("Settings", "Thermal label 100 × 150 mm")}),
    SettingDef("shipping.slip_prices", "bool", False, lambda: tr("Settings", "Show prices on packing slips"), _orders),
    SettingDef("aftersales.window_days", "int", 7,
               lambda: tr("Settings", "Returns and exchanges: days after delivery (七天无理由)"), _aftersales,
               minimum=0, maximum=365),
    SettingDef("aftersales.response_hours", "int", 24,
               lambda: tr("Settings", "A case is overdue without a first response after (hours)"), _aftersales,
               minimum=1, maximum=720),
    SettingDef("aftersales.complaint_hours", "int", 24,
               lambda: tr("Settings", "Complaint answered in time within (hours)"), _aftersales,
               minimum=1, maximum=720),
    SettingDef("aftersales.summary_days", "int", 14,
               lambda: tr("Settings", "After-sales summary covers (days)"), _aftersales, minimum=1, maximum=366),
    SettingDef("aftersales.worst_products", "int", 10,
               lambda: tr("Settings", "After-sales summary: worst products listed"), _aftersales,
               minimum=1, maximum=100),
    SettingDef("security.password_days", "int", 90, lambda: tr("Settings", "Ask to change passwords after (days)"),
               _security, minimum=0, maximum=3650),
    SettingDef("appraisal.grade_excellent", "int", 90, lambda: tr("Settings", "Grade excellent (优秀) from total"),
               _appraisal, minimum=1, maximum=100),
    SettingDef("appraisal.grade_good", "int", 80, lambda: tr("Settings", "Grade good (良好) from total"),
               _appraisal, minimum=1, maximum=100),
    SettingDef("appraisal.grade_average", "int", 60, lambda: tr("Settings", "Grade average (一般) from total"),
               _appraisal, minimum=1, maximum=100),
    SettingDef("appraisal.self_from_day", "int", 25, lambda: tr("Settings", "Self-assessment opens on day (month end)"),
               _appraisal, minimum=1, maximum=28),
    SettingDef("appraisal.due_day", "int", 10, lambda: tr("Settings", "Appraisal due by day of the next month"),
               _appraisal, minimum=1, maximum=28),
    SettingDef("appraisal.reward_excellent", "int", 100,
               lambda: tr("Settings", "Reward for grade excellent (¥, 0 = none)"), _appraisal, minimum=0,
               maximum=100000),
    SettingDef("appraisal.fine_poor", "int", 50, lambda: tr("Settings", "Fine for grade poor (¥, 0 = none)"),
               _appraisal, minimum=0, maximum=100000),
    SettingDef("shop.is_demo", "bool", False, lambda: tr("Settings", "Demo shop"), _shop, visible=False),
    # Backups (services/backup.py): the settings page shows them in its own panel (ui/pages/backups.py).
    SettingDef("backup.folder", "folder", "", lambda: tr("Settings", "Backup folder"), _backups, maximum=400,
               visible=False),
    SettingDef("backup.time", "time", "21:45", lambda: tr("Settings", "Daily backup at"), _backups, visible=False),
    SettingDef("backup.on_exit", "bool", True, lambda: tr("Settings", "Also back up when the program is closed"),
               _backups, visible=False),
    SettingDef("backup.keep_daily", "int", 7, lambda: tr("Settings", "Keep daily backups (days)"), _backups,
               minimum=1, maximum=366, visible=False),
    SettingDef("backup.keep_weekly", "int", 4, lambda: tr("Settings", "Keep weekly backups (weeks)"), _backups,
               minimum=0, maximum=520, visible=False),
    SettingDef("backup.keep_monthly", "int", 12, lambda: tr("Settings", "Keep monthly backups (months)"), _backups,
               minimum=0, maximum=1200, visible=False),
    SettingDef("backup.pictures", "bool", True, lambda: tr("Settings", "Back up product pictures too"), _backups,
               visible=False),
    # What the backups did (written by the program, shown on the dashboard; not edited by hand).
    SettingDef("backup.last_good", "json", None, lambda: "backup.last_good", _backups, visible=False),
    SettingDef("backup.last_problem", "json", None, lambda: "backup.last_problem", _backups, visible=False),
    SettingDef("backup.claim", "json", None, lambda: "backup.claim", _backups, visible=False),
    SettingDef("internal.shop_id", "str", "", lambda: "internal.shop_id", _backups, visible=False),
    SettingDef("internal.restored", "json", None, lambda: "internal.restored", _backups, visible=False),
]
DEFINITIONS += [
    SettingDef("attendance.grace_minutes", "int", 0, lambda: tr("Settings", "Lateness grace period (minutes)"),
               _attendance, minimum=0, maximum=120),
    SettingDef("meeting.weekday", "choice", "0", lambda: tr("Settings", "Weekly meeting day"), _attendance,
               choices=_weekdays),
    SettingDef("meeting.time", "time", "18:00", lambda: tr("Settings", "Weekly meeting time"), _attendance),
    SettingDef("fines.complaint_first", "int", 50, lambda: tr("Settings", "1st complaint in a month: fine (¥)"),
               _fund, minimum=0, maximum=100000),
    SettingDef("fines.complaint_second", "int", 100, lambda: tr("Settings", "2nd complaint in a month: fine (¥)"),
               _fund, minimum=0, maximum=100000),
    SettingDef("fines.forfeit_from", "int", 3,
               lambda: tr("Settings", "From this complaint in a month on, the month's whole wage is forfeited"),
               _fund, minimum=2, maximum=10),
]

BACKUP_SETTINGS = ["backup.folder", "backup.time", "backup.on_exit", "backup.keep_daily", "backup.keep_weekly",
                   "backup.keep_monthly", "backup.pictures"]

BY_KEY: dict[str, SettingDef] = {d.key: d for d in DEFINITIONS}


def definition(key: str) -> SettingDef:
    try:
        return BY_KEY[key]
    except KeyError:
        raise ValidationError(tr("Settings", "Unknown setting '{key}'.").format(key=key), field=key) from None
