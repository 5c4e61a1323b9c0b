"""Every report of the program in one list: the Reports page and `shopmanager report WHAT`
are built from it.

A report is one entry: its id (the command line's WHAT), title, the kind of period it
covers (month | week | range | year | none — "none" is a report of the present moment),
the permission that opens it, and the function that builds its PDF. Add yours with one
entry in REPORTS below; the function is named as "module:function" so nothing is imported
until the report is asked for, and its arguments are picked from the period:

    ReportDef("aftersales", lambda: tr("Reports", "After-sales summary"), "range", Perm.AFTERSALES_VIEW,
              call("shopmanager.services.aftersales_reports:summary_pdf", "start", "end"),
              group=group_service)

calls `summary_pdf(actor, period.start, period.end, progress=progress)`. Argument names:
period (the Period itself), start, end (dates, inclusive), month ('2026-11'), year,
month_number, week ('2026-W48'). A function taking (actor, period, progress) needs only
`call("module:function", "period")`.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shopmanager.core.errors import NotFound, ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.periods import KINDS, Period
from shopmanager.core.permissions import Perm
from shopmanager.core.progress import Progress
from shopmanager.services.context import Actor, require

Builder = Callable[[Actor, Period, Progress | None], bytes]


def group_sales() -> str:
    return tr("Reports", "Sales and orders")


def group_stock() -> str:
    return tr("Reports", "Stock")


def group_service() -> str:
    return tr("Reports", "After-sales and customers")


def group_staff() -> str:
    return tr("Reports", "Staff")


def _argument(period: Period, name: str) -> Any:
    values = {"period": period, "start": period.start, "end": period.end, "month": period.month_text,
              "year": period.year, "month_number": period.month, "week": period.key()}
    if name not in values:
        raise ValueError(f"unknown report argument {name!r}")
    return values[name]


def _resolve(path: str) -> Callable[..., Any]:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def call(path: str, *arguments: str) -> Builder:
    """A builder that imports `module:function` when used and calls it with the actor, the
    named parts of the period, and progress=…"""

    def build(actor: Actor, period: Period, progress: Progress | None = None) -> bytes:
        return _resolve(path)(actor, *(_argument(period, a) for a in arguments), progress=progress)

    build.path = path  # type: ignore[attr-defined]
    return build


ExcelBuilder = Callable[[Actor, Period, Path, Progress | None], int]


def call_excel(path: str, *arguments: str) -> ExcelBuilder:
    """Like call(), for a report that can also be saved as xlsx: function(actor, …, target, progress=…)."""

    def build(actor: Actor, period: Period, target: Path, progress: Progress | None = None) -> int:
        return _resolve(path)(actor, *(_argument(period, a) for a in arguments), target, progress=progress)

    return build


@dataclass(frozen=True)
class ReportDef:
    id: str
    title: Callable[[], str]
    period: str  # month | week | range | year | none
    permission: Perm
    build: Builder
    group: Callable[[], str] = group_sales
    description: Callable[[], str] = lambda: ""
    excel: ExcelBuilder | None = None  # the same figures as an xlsx workbook

    def file_name(self, period: Period, suffix: str = "pdf") -> str:
        return f"{self.id}-{period.key()}.{suffix}"


REPORTS: list[ReportDef] = [
    ReportDef("sales", lambda: tr("Reports", "Monthly sales report"), "month", Perm.SALES_REPORT,
              call("shopmanager.services.order_reports:sales_report_pdf", "month"), group_sales,
              lambda: tr("Reports", "Orders, sales and average order value; by day, channel, product and staff "
                                    "member, beside the previous month.")),
    ReportDef("stock", lambda: tr("Reports", "Month-end stock statement"), "month", Perm.PRODUCTS_VIEW,
              call("shopmanager.services.stock_reports:stock_statement_pdf", "period"), group_stock,
              lambda: tr("Reports", "Opening stock, goods in, goods out and closing stock of every product "
                                    "(values for the owner)."),
              excel=call_excel("shopmanager.services.stock_reports:stock_statement_xlsx", "period")),
    ReportDef("inventory", lambda: tr("Reports", "Inventory alerts"), "none", Perm.PRODUCTS_VIEW,
              call("shopmanager.services.inventory_reports:inventory_alerts_pdf"), group_stock,
              lambda: tr("Reports", "Low stock, expired and expiring batches and slow movers, as of now.")),
    ReportDef("aftersales", lambda: tr("Reports", "After-sales summary"), "range", Perm.AFTERSALES_REPORT,
              call("shopmanager.services.aftersales_report:aftersales_summary_pdf", "start", "end"), group_service,
              lambda: tr("Reports", "售后汇总, the supervisor's fortnightly review: cases and refunds by type, reason, "
                                    "product and staff member, the complaint rates, the products returned most.")),
    ReportDef("appraisal", lambda: tr("Appraisal", "Monthly appraisal"), "month", Perm.APPRAISAL_TEAM,
              call("shopmanager.services.appraisal_reports:monthly_appraisal_pdf", "month"), group_staff,
              lambda: tr("Reports", "One form per employee (indicators, scores of every source, total, grade, "
                                    "comments, signature lines), then the team's ranking.")),
    ReportDef("appraisal-annual", lambda: tr("Appraisal", "Annual appraisal"), "year", Perm.APPRAISAL_TEAM,
              call("shopmanager.services.appraisal_reports:annual_appraisal_pdf", "year"), group_staff,
              lambda: tr("Reports", "Each employee's signed-off months, average, grade and rank.")),
]
REPORTS += [  # issue 10: staff roster, attendance, the growth fund (services/roster_reports.py)
    ReportDef("attendance", lambda: tr("Reports", "Monthly attendance sheet"), "month", Perm.ATTENDANCE_MANAGE,
              call("shopmanager.services.roster_reports:attendance_month_pdf", "month"), group_staff,
              lambda: tr("Reports", "Days worked, late and early minutes, absences, missing punches and leave of "
                                    "everyone; the month day by day; each person's days for signing."),
              excel=call_excel("shopmanager.services.roster_reports:attendance_month_excel", "month")),
    ReportDef("roster", lambda: tr("Reports", "Weekly roster"), "week", Perm.ROSTER_VIEW,
              call("shopmanager.services.roster_reports:roster_week_pdf", "week"), group_staff,
              lambda: tr("Reports", "Everyone's shifts, rest days and approved leave of the week, with conflicts.")),
    ReportDef("fund", lambda: tr("Reports", "Growth fund statement"), "month", Perm.FUND_VIEW,
              call("shopmanager.services.roster_reports:fund_statement_pdf", "month"), group_staff,
              lambda: tr("Reports", "The department growth fund's income (fines) and spending of the month, with the "
                                    "running balance.")),
]

assert all(r.period in KINDS for r in REPORTS)


def reports_for(actor: Actor) -> list[ReportDef]:
    """The reports this actor may open, in the catalog's order."""
    return [r for r in REPORTS if actor.can(r.permission)]


def report(report_id: str) -> ReportDef:
    found = next((r for r in REPORTS if r.id == report_id), None)
    if found is None:
        raise NotFound(tr("Reports", "There is no report '{name}'.").format(name=report_id))
    return found


def build_pdf(actor: Actor, report_id: str, period: Period, progress: Progress | None = None) -> bytes:
    entry = report(report_id)
    require(actor, entry.permission, entity="report", entity_id=report_id)
    return entry.build(actor, period, progress)


def build_excel(actor: Actor, report_id: str, period: Period, target: Path, progress: Progress | None = None) -> int:
    entry = report(report_id)
    require(actor, entry.permission, entity="report", entity_id=report_id)
    if entry.excel is None:
        raise ValidationError(tr("Reports", "This report has no Excel version."))
    return entry.excel(actor, period, target, progress)
