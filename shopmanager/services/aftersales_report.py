"""The bi-weekly after-sales summary 售后汇总 (seed 001 主管 4: "每两周整理和分析产品售后服务中反馈的
数据和信息"): cases and refunds by type, reason, product and staff member, the complaint
timeliness and resolution rates, the worst products by return rate, with charts — one PDF
in the one report style, for the print preview, the CLI and the Reports page.

Report function for the Reports page: `aftersales_summary_pdf(actor, start, end, progress=None) -> bytes`.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

import peewee

from shopmanager.core import timeutil
from shopmanager.core.aftersales import (
    OPEN_STATES, CaseType, complaint_label, reason_label, share, type_label,
)
from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr
from shopmanager.core.money import format_money
from shopmanager.core.orders import ENDED
from shopmanager.core.permissions import Perm
from shopmanager.core.progress import Progress
from shopmanager.db.models import AfterSalesCase, CaseLine, OrderLine, Product, SalesOrder, Staff
from shopmanager.services import settings
from shopmanager.services.aftersales_stats import (
    RETURN_TYPES, _bounds, complaint_figures, handler_expression, negative_reviews_against, return_figures,
)
from shopmanager.services.context import Actor, audit, require, transaction

MAX_DAYS = 366
MIN_SHIPPED = 5  # a product shipped fewer times in the period has no meaningful return rate


@dataclass(frozen=True)
class Group:
    key: str
    label: str
    cases: int
    open_cases: int
    refund_cents: int


@dataclass(frozen=True)
class ProductLine:
    product_id: int | None
    sku: str
    name: str
    cases: int
    pieces: int
    refund_cents: int
    sold: int  # pieces shipped in the period
    return_rate: Decimal | None  # pieces returned / pieces shipped


@dataclass(frozen=True)
class StaffLine:
    staff_id: int | None
    name: str
    cases: int
    complaints: int
    answered_in_time: int
    timeliness_rate: Decimal | None
    resolved: int
    resolution_rate: Decimal | None
    reviews_against: int
    refund_cents: int


@dataclass
class AfterSalesSummary:
    start: dt.date
    end: dt.date
    cases: int
    open_cases: int
    refund_cents: int
    complaints: int
    timeliness_rate: Decimal | None
    resolution_rate: Decimal | None
    return_rate: Decimal | None
    by_type: list[Group] = field(default_factory=list)
    by_reason: list[Group] = field(default_factory=list)
    by_category: list[Group] = field(default_factory=list)
    by_product: list[ProductLine] = field(default_factory=list)
    worst: list[ProductLine] = field(default_factory=list)
    by_staff: list[StaffLine] = field(default_factory=list)
    profit_effect_cents: int | None = None  # the owner only


def parse_period(date_from: str | None, date_to: str | None) -> tuple[dt.date, dt.date]:
    """YYYY-MM-DD to YYYY-MM-DD (either may be left out: the last N days of the setting)."""
    def day(text: str | None, name: str) -> dt.date | None:
        if not text:
            return None
        if not re.fullmatch(r"\s*\d{4}-\d{1,2}-\d{1,2}\s*", text):
            raise ValidationError(tr("Reports", "{name}: write the day like 2026-11-01.").format(name=name),
                                  field=name)
        try:
            return dt.date.fromisoformat("-".join(part.zfill(2) for part in text.strip().split("-")))
        except ValueError:
            raise ValidationError(tr("Reports", "{name}: there is no such day.").format(name=name),
                                  field=name) from None

    end = day(date_to, "to") or timeutil.today()
    start = day(date_from, "from") or end - dt.timedelta(days=int(settings.get("aftersales.summary_days")) - 1)
    check_period(start, end)
    return start, end


def check_period(start: dt.date, end: dt.date) -> None:
    if end < start:
        raise ValidationError(tr("Reports", "The period ends before it starts."), field="to")
    if (end - start).days >= MAX_DAYS:
        raise ValidationError(tr("Reports", "At most a year at a time."), field="from")


def _groups(column, labels, where) -> list[Group]:
    is_open = peewee.Case(None, [(AfterSalesCase.state.in_(list(OPEN_STATES)), 1)], 0)
    rows = (AfterSalesCase.select(column, peewee.fn.COUNT(AfterSalesCase.id), peewee.fn.SUM(is_open),
                                  peewee.fn.SUM(AfterSalesCase.refund_cents))
            .where(*where).group_by(column).order_by(peewee.fn.COUNT(AfterSalesCase.id).desc(), column).tuples())
    return [Group(key or "", labels(key) if key else "—", int(count), int(opened or 0), int(money or 0))
            for key, count, opened, money in rows]


def summary_figures(actor: Actor, start: dt.date, end: dt.date) -> AfterSalesSummary:
    require(actor, Perm.AFTERSALES_REPORT, entity="aftersales")
    check_period(start, end)
    low, high = _bounds(start, end)
    period = [AfterSalesCase.received_at >= low, AfterSalesCase.received_at < high]
    by_type = _groups(AfterSalesCase.case_type, type_label, period)
    by_reason = _groups(AfterSalesCase.reason, reason_label,
                        period + [AfterSalesCase.case_type.not_in([CaseType.COMPLAINT])])
    by_category = _groups(AfterSalesCase.category, complaint_label,
                          period + [AfterSalesCase.case_type == CaseType.COMPLAINT])
    complaints = complaint_figures(start, end)
    shop = complaints[None]
    returns = return_figures(start, end)[None]
    summary = AfterSalesSummary(start, end, sum(g.cases for g in by_type), sum(g.open_cases for g in by_type),
                                sum(g.refund_cents for g in by_type), shop.complaints, shop.timeliness_rate,
                                shop.resolution_rate, returns.return_rate, by_type, by_reason, by_category)
    summary.by_product, summary.worst = _products(period, low, high)
    summary.by_staff = _staff(period, complaints, negative_reviews_against(start, end))
    if actor.can(Perm.COST_VIEW):
        from shopmanager.services.aftersales_detail import profit_effect

        summary.profit_effect_cents = sum(profit_effect(case) for case in AfterSalesCase.select().where(*period))
    return summary


def _products(period, low: dt.datetime, high: dt.datetime) -> tuple[list[ProductLine], list[ProductLine]]:
    """Cases, pieces and refunds per product (a case's refund shared over its lines by value),
    and the return rate: pieces returned or exchanged / pieces shipped in the period."""
    rows = (CaseLine.select(CaseLine.case, CaseLine.product, CaseLine.sku, CaseLine.title, CaseLine.qty,
                            AfterSalesCase.refund_cents, AfterSalesCase.case_type, OrderLine.unit_price_cents)
            .join(AfterSalesCase, on=(CaseLine.case == AfterSalesCase.id))
            .switch(CaseLine).join(OrderLine, peewee.JOIN.LEFT_OUTER, on=(CaseLine.order_line == OrderLine.id))
            .where(*period).tuples())
    lines = list(rows)
    value_of_case: dict[int, int] = {}
    for case_id, _product, _sku, _title, qty, _refund, _type, price in lines:
        value_of_case[case_id] = value_of_case.get(case_id, 0) + qty * (price or 0)
    totals: dict[object, dict] = {}
    for case_id, product_id, sku, title, qty, refund, case_type, price in lines:
        key = product_id or sku or title
        entry = totals.setdefault(key, {"product": product_id, "sku": sku, "name": title, "cases": set(), "pieces": 0,
                                        "returned": 0, "refund": Decimal(0)})
        entry["cases"].add(case_id)
        entry["pieces"] += qty
        if case_type in RETURN_TYPES:
            entry["returned"] += qty
        weight = Decimal(qty * (price or 0)) / value_of_case[case_id] if value_of_case[case_id] else Decimal(0)
        entry["refund"] += Decimal(refund or 0) * weight
    ids = [e["product"] for e in totals.values() if e["product"]]
    sold = dict(OrderLine.select(OrderLine.product, peewee.fn.SUM(OrderLine.qty))
                .join(SalesOrder, on=(OrderLine.order == SalesOrder.id))
                .where(SalesOrder.shipped_at >= low, SalesOrder.shipped_at < high,
                       SalesOrder.status.not_in(list(ENDED)), OrderLine.product.in_(ids))
                .group_by(OrderLine.product).tuples()) if ids else {}
    names = dict(Product.select(Product.id, Product.name).where(Product.id.in_(ids)).tuples()) if ids else {}
    result = []
    for entry in totals.values():
        shipped = int(sold.get(entry["product"], 0) or 0)
        result.append(ProductLine(entry["product"], entry["sku"], names.get(entry["product"], entry["name"]),
                                  len(entry["cases"]), entry["pieces"], int(entry["refund"]), shipped,
                                  share(entry["returned"], shipped) if shipped else None))
    result.sort(key=lambda p: (-p.cases, -p.pieces, p.sku))
    limit = int(settings.get("aftersales.worst_products"))
    worst = sorted((p for p in result if p.return_rate is not None and p.return_rate > 0),
                   key=lambda p: (p.sold < MIN_SHIPPED, -p.return_rate, -p.pieces, p.sku))[:limit]
    return result, worst


def _staff(period, complaints, reviews_against: dict[int, int]) -> list[StaffLine]:
    who = handler_expression()
    rows = dict((staff_id, (int(count), int(money or 0))) for staff_id, count, money in (
        AfterSalesCase.select(who, peewee.fn.COUNT(AfterSalesCase.id), peewee.fn.SUM(AfterSalesCase.refund_cents))
        .where(*period).group_by(who).tuples()))
    ids = set(rows) | {k for k in complaints if k is not None} | set(reviews_against)
    names = dict(Staff.select(Staff.id, Staff.name).where(Staff.id.in_([i for i in ids if i is not None])).tuples())
    lines = []
    for staff_id in ids:
        cases, money = rows.get(staff_id, (0, 0))
        figures = complaints.get(staff_id)
        lines.append(StaffLine(
            staff_id, names.get(staff_id, tr("AfterSales", "(nobody)")), cases, figures.complaints if figures else 0,
            figures.answered_in_time if figures else 0, figures.timeliness_rate if figures else None,
            figures.resolved if figures else 0, figures.resolution_rate if figures else None,
            reviews_against.get(staff_id, 0) if staff_id is not None else 0, money))
    lines.sort(key=lambda s: (-s.cases, s.name))
    return lines


def _rate(value: Decimal | None) -> str:
    return "—" if value is None else f"{float(value):.1%}"


def aftersales_summary_pdf(actor: Actor, start: dt.date, end: dt.date, progress: Progress | None = None) -> bytes:
    """售后汇总 for [start, end] (inclusive): the supervisor's fortnightly review."""
    from shopmanager.reports import (
        ReportColumn, bar_chart, build_pdf_bytes, data_table, note, paragraph, section, signature_block,
        summary_cards,
    )
    from shopmanager.services.inventory_reports import _meta

    progress = progress or Progress()
    progress.update(0, 4, tr("Reports", "Adding up the cases…"))
    s = summary_figures(actor, start, end)
    period = f"{start:%Y-%m-%d} – {end:%Y-%m-%d}"
    cards = [(tr("AfterSales", "Cases"), f"{s.cases:,}"), (tr("AfterSales", "Still open"), f"{s.open_cases:,}"),
             (tr("AfterSales", "Refunded"), f"¥{format_money(s.refund_cents)}"),
             (tr("AfterSales", "Complaint timeliness"), _rate(s.timeliness_rate)),
             (tr("AfterSales", "Complaint resolution"), _rate(s.resolution_rate)),
             (tr("AfterSales", "Return rate"), _rate(s.return_rate))]
    story = [summary_cards(cards),
             note(tr("AfterSales", "Cases received in the period. Timeliness: complaints first answered within {h} "
                                   "hours (投诉处理及时率); resolution: complaints resolved (投诉解决率); return rate: "
                                   "orders paid in the period that came back (return or exchange).").format(
                 h=settings.get("aftersales.complaint_hours")))]
    if s.profit_effect_cents is not None:
        story.append(paragraph(tr("AfterSales", "Effect on profit (refunds, goods back in stock, replacements at "
                                                "cost): ¥{amount}").format(amount=format_money(s.profit_effect_cents))))
    if not s.cases:
        story.append(paragraph(tr("AfterSales", "No after-sales cases were received in this period.")))
    money_column = ReportColumn(tr("AfterSales", "Refunded"), 32, "right", "money")
    group_columns = [ReportColumn(tr("AfterSales", "Type")), ReportColumn(tr("AfterSales", "Cases"), 22, "right", "int"),
                     ReportColumn(tr("AfterSales", "Still open"), 22, "right", "int"), money_column]
    progress.update(1, 4)
    story.append(section(tr("AfterSales", "By type")))
    story.append(data_table(group_columns, [(g.label, g.cases, g.open_cases, g.refund_cents) for g in s.by_type],
                            totals=(tr("Orders", "Total"), s.cases, s.open_cases, s.refund_cents)))
    if s.by_type:
        story.append(bar_chart([g.label for g in s.by_type], [g.cases for g in s.by_type],
                               title=tr("AfterSales", "Cases by type")))
    story.append(section(tr("AfterSales", "By reason")))
    story.append(data_table([ReportColumn(tr("AfterSales", "Reason"))] + group_columns[1:],
                            [(g.label, g.cases, g.open_cases, g.refund_cents) for g in s.by_reason]))
    if s.by_reason:
        story.append(bar_chart([g.label for g in s.by_reason], [g.refund_cents for g in s.by_reason],
                               title=tr("AfterSales", "Refunds by reason (¥)"), money=True))
    if s.by_category:
        story.append(section(tr("AfterSales", "Complaints by category")))
        story.append(data_table([ReportColumn(tr("AfterSales", "Complaint category"))] + group_columns[1:],
                                [(g.label, g.cases, g.open_cases, g.refund_cents) for g in s.by_category]))
    progress.update(2, 4)
    story.append(section(tr("AfterSales", "Worst products (return rate)")))
    product_columns = [ReportColumn(tr("Products", "SKU"), 28), ReportColumn(tr("Products", "Name")),
                       ReportColumn(tr("AfterSales", "Shipped"), 18, "right", "int"),
                       ReportColumn(tr("AfterSales", "Pieces"), 18, "right", "int"),
                       ReportColumn(tr("AfterSales", "Return rate"), 22, "right", "percent"), money_column]
    story.append(data_table(product_columns, [(p.sku, p.name, p.sold, p.pieces, float(p.return_rate), p.refund_cents)
                                              for p in s.worst]))
    story.append(note(tr("AfterSales", "Pieces returned or exchanged in the period against pieces shipped in the "
                                       "period; the {n} worst, products shipped at least {m} times first.").format(
        n=settings.get("aftersales.worst_products"), m=MIN_SHIPPED)))
    story.append(section(tr("AfterSales", "By product")))
    story.append(data_table([ReportColumn(tr("Products", "SKU"), 28), ReportColumn(tr("Products", "Name")),
                             ReportColumn(tr("AfterSales", "Cases"), 18, "right", "int"),
                             ReportColumn(tr("AfterSales", "Pieces"), 18, "right", "int"), money_column],
                            [(p.sku, p.name, p.cases, p.pieces, p.refund_cents) for p in s.by_product[:100]]))
    progress.update(3, 4)
    story.append(section(tr("AfterSales", "By staff member")))
    story.append(data_table(
        [ReportColumn(tr("Reports", "Staff member")), ReportColumn(tr("AfterSales", "Cases"), 16, "right", "int"),
         ReportColumn(tr("AfterSales", "Complaints"), 18, "right", "int"),
         ReportColumn(tr("AfterSales", "In time"), 16, "right", "int"),
         ReportColumn(tr("AfterSales", "Timeliness"), 20, "right", "text"),
         ReportColumn(tr("AfterSales", "Resolved"), 16, "right", "int"),
         ReportColumn(tr("AfterSales", "Resolution"), 20, "right", "text"),
         ReportColumn(tr("AfterSales", "Negative reviews against"), 22, "right", "int"), money_column],
        [(line.name, line.cases, line.complaints, line.answered_in_time, _rate(line.timeliness_rate), line.resolved,
          _rate(line.resolution_rate), line.reviews_against, line.refund_cents) for line in s.by_staff]))
    story.append(note(tr("AfterSales", "A case counts for the staff member handling it (the clerk who had it, when "
                                       "it was escalated to the supervisor).")))
    story.append(signature_block([tr("AfterSales", "Reviewed by (supervisor)"), tr("AfterSales", "Owner")]))
    pdf = build_pdf_bytes(_meta(actor, tr("AfterSales", "After-sales summary"), period,
                                subtitle=tr("AfterSales", "The supervisor's fortnightly review")), story)
    with transaction():
        audit(actor, "print", "aftersales", "", summary=tr("AfterSales", "After-sales summary {period}").format(
            period=period))
    progress.update(4, 4)
    return pdf
