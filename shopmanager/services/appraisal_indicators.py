"""The appraisal's computed indicators: a registry of figure sources.

Each source reads one module's figures: sales (services/sales_stats.py), after-sales
(services/aftersales_stats.py) and attendance (services/attendance_stats.py). A source
computes the figures of many people for a month in a few SQL aggregates, and opens one
figure to show what it counts (the orders, cases, days).

Values are Decimals in the indicator's unit (core.appraisal.CATALOG): money in yuan,
rates in percent (0–100), counts, days.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from shopmanager.core.appraisal import CATALOG, HUNDRED, Month
from shopmanager.core.fund import Category
from shopmanager.core.i18n import tr
from shopmanager.core.money import format_money

PERCENT = Decimal("0.1")
APPRAISAL_CATEGORY = Category.APPRAISAL.value  # a grade's reward or fine (services/appraisal._record_in_fund)
FULL = Decimal(100)


@dataclass(frozen=True)
class Figure:
    value: Decimal | None  # in the indicator's unit; None: nothing to measure
    text: str = ""  # what it is made of ("3 of 4 complaints")
    none_score: Decimal | None = None  # what a missing value scores (no complaints: full)


@dataclass
class DetailTable:
    """What a figure counts: the orders, cases or days, as a table."""

    title: str
    columns: list[tuple[str, str]]  # (header, kind: text|int|money|datetime|date|percent|decimal)
    rows: list[tuple] = field(default_factory=list)
    total: int = 0  # rows in all (only the first sales_stats.DETAIL_LIMIT are listed)
    note: str = ""
    personal: tuple[int, ...] = ()  # columns of buyers' names: masked for who may not see them


# who needs what ({indicator key: staff ids}) → {staff id (None: whole shop): {indicator key: Figure}}
Needs = dict[str, set[int]]
Compute = Callable[[Month, Needs], dict[int | None, dict[str, Figure]]]
Detail = Callable[[str, Month, int | None, bool], DetailTable]


@dataclass(frozen=True)
class FigureSource:
    key: str
    label: Callable[[], str]
    compute: Compute
    detail: Detail

    def indicators(self) -> list[str]:
        return [key for key, definition in CATALOG.items() if definition.module == self.key]


REGISTRY: dict[str, FigureSource] = {}


def register(source: FigureSource) -> None:
    REGISTRY[source.key] = source


def source_of(key: str) -> FigureSource | None:
    definition = CATALOG.get(key)
    return REGISTRY.get(definition.module) if definition and definition.module else None


def compute_figures(month: Month, needs: dict[str, Iterable[int]]) -> dict[tuple[int, str], Figure]:
    """(staff id, indicator) → Figure for every computed indicator of the people whose
    template has it ({indicator key: staff ids}); each source works only for them."""
    wanted: Needs = {k: set(ids) for k, ids in needs.items() if k in CATALOG and not CATALOG[k].direct and ids}
    figures: dict[tuple[int, str], Figure] = {}
    for source in REGISTRY.values():
        mine = {k: ids for k, ids in wanted.items() if CATALOG[k].module == source.key}
        if not mine:
            continue
        computed = source.compute(month, mine)
        shop = computed.get(None, {})
        for key, staff_ids in mine.items():
            for staff_id in staff_ids:
                figure = shop.get(key) if key.startswith("shop.") else computed.get(staff_id, {}).get(key)
                if figure is not None:
                    figures[(staff_id, key)] = figure
    return figures


def _people(needs: Needs, keys: Iterable[str] | None = None) -> list[int]:
    """Everyone who needs one of `keys` (all keys when None), sorted."""
    return sorted({s for k, ids in needs.items() if keys is None or k in keys for s in ids})


def detail(key: str, month: Month, staff_id: int, *, show_money: bool) -> DetailTable:
    source = source_of(key)
    if source is None:
        return DetailTable(CATALOG[key].label() if key in CATALOG else key, [], note=tr(
            "Appraisal", "This indicator is scored by people; there is nothing to count."))
    return source.detail(key, month, None if key.startswith("shop.") else staff_id, show_money)


def percent(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole) * HUNDRED).quantize(PERCENT, rounding=ROUND_HALF_UP)


def rate_percent(rate: Decimal | None) -> Decimal | None:
    return None if rate is None else (Decimal(rate) * HUNDRED).quantize(PERCENT, rounding=ROUND_HALF_UP)


def yuan(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))


# -- sales (services/sales_stats.py) -----------------------------------------------------------------

def _growth(this: int, last: int) -> Figure:
    text = tr("Appraisal", "¥{this} against ¥{last}").format(this=format_money(this), last=format_money(last))
    if not last:
        return Figure(None, text + " — " + tr("Appraisal", "no sales last month"), FULL if this > 0 else Decimal(0))
    return Figure(percent(this - last, last), text)


_OWN_SALES = ("sales.amount", "sales.orders", "sales.aov", "sales.target_completion", "sales.growth", "sales.profit")


def _sales_compute(month: Month, needs: Needs) -> dict[int | None, dict[str, Figure]]:
    from shopmanager.services import sales_stats

    start, end = month.first_day, month.last_day
    previous = month.previous()
    sellers = _people(needs, _OWN_SALES)
    sales = sales_stats.staff_sales(start, end, sellers) if sellers else {}
    growing = _people(needs, ("sales.growth",))
    before = sales_stats.staff_sales(previous.first_day, previous.last_day, growing) if growing else {}
    profit_of = _people(needs, ("sales.profit",))
    costs = sales_stats.cost_of_goods(start, end, profit_of) if profit_of else {}
    finders = _people(needs, ("customers.new",))
    new = sales_stats.new_customers(start, end, finders) if finders else {}
    shippers = _people(needs, ("shipping.parcels",))
    parcels = sales_stats.parcels_shipped(start, end, staff_ids=shippers) if shippers else {}
    result: dict[int | None, dict[str, Figure]] = {}
    for staff_id in _people(needs):
        n, amount, freight = sales.get(staff_id, (0, 0, 0))
        average = (amount + n // 2) // n if n else 0
        values = {
            "sales.amount": Figure(yuan(amount), tr("Appraisal", "{n} orders").format(n=n)),
            "sales.orders": Figure(Decimal(n)),
            "sales.aov": Figure(yuan(average) if n else None, tr("Appraisal", "¥{amount} ÷ {n} orders").format(
                amount=format_money(amount), n=n), Decimal(0)),
            "sales.target_completion": Figure(yuan(amount), tr("Appraisal", "¥{amount}").format(
                amount=format_money(amount))),
            "sales.growth": _growth(amount, before.get(staff_id, (0, 0, 0))[1]),
            "sales.profit": Figure(yuan(amount - freight - costs.get(staff_id, 0))),
            "customers.new": Figure(Decimal(new.get(staff_id, 0))),
            "shipping.parcels": Figure(Decimal(parcels.get(staff_id, 0))),
        }
        result[staff_id] = values
    if "shop.target_completion" in needs or "shop.growth" in needs:
        _n, amount = sales_stats.shop_sales(start, end)
        result[None] = {"shop.target_completion": Figure(yuan(amount), tr("Appraisal", "¥{amount}").format(
            amount=format_money(amount)))}
        if "shop.growth" in needs:
            result[None]["shop.growth"] = _growth(amount, sales_stats.shop_sales(previous.first_day,
                                                                                 previous.last_day)[1])
    return result


def _orders_table(title: str, orders: list, total: int, show_money: bool) -> DetailTable:
    columns = [(tr("Appraisal", "Order number"), "text"), (tr("Appraisal", "Paid at"), "datetime"),
               (tr("Appraisal", "Customer"), "text"), (tr("Appraisal", "Order total"), "money"),
               (tr("Appraisal", "Freight"), "money")]
    rows = [(o.order_no, o.paid_at, o.customer, o.total_cents, o.freight_cents) for o in orders]
    note = ""
    if total > len(rows):
        note = tr("Appraisal", "The first {n} of {total} are listed.").format(n=len(rows), total=total)
    return DetailTable(title, columns, rows, total, note, personal=(2,))


def _sales_detail(key: str, month: Month, staff_id: int | None, show_money: bool) -> DetailTable:
    from shopmanager.services import sales_stats

    title = CATALOG[key].label()
    start, end = month.first_day, month.last_day
    if key == "customers.new":
        orders, total = sales_stats.first_purchases(start, end, staff_id)
        table = _orders_table(title, orders, total, show_money)
        table.note = " ".join(p for p in (tr("Appraisal", "Each order made its customer a new customer."),
                                          table.note) if p)
        return table
    if key == "shipping.parcels":
        parcels, total = sales_stats.shipped_parcels(start, end, staff_id)
        columns = [(tr("Appraisal", "Order number"), "text"), (tr("Appraisal", "Tracking number"), "text"),
                   (tr("Appraisal", "Carrier"), "text"), (tr("Appraisal", "Shipped at"), "datetime")]
        return DetailTable(title, columns, [(p.order_no, p.tracking_no, p.carrier, p.shipped_at) for p in parcels],
                           total)
    if key in ("sales.growth", "shop.growth"):
        previous = month.previous()
        rows = []
        for period in (previous, month):
            figures = sales_stats.sales_figures(period.first_day, period.last_day,
                                                staff_ids=None if staff_id is None else [staff_id])
            own = figures.get(staff_id, sales_stats.SalesFigures(0, 0, 0, 0, 0, None))
            rows.append((str(period), own.orders, own.amount_cents))
        return DetailTable(title, [(tr("Appraisal", "Month"), "text"), (tr("Appraisal", "Orders"), "int"),
                                   (tr("Appraisal", "Sales amount"), "money")], rows, len(rows))
    orders, total = sales_stats.sold_orders(start, end, staff_id)
    table = _orders_table(title, orders, total, show_money)
    if key == "sales.profit":
        table.note = " ".join(p for p in (CATALOG[key].explain(), table.note) if p)
    return table


register(FigureSource("sales", lambda: tr("Appraisal", "orders"), _sales_compute, _sales_detail))


# -- after-sales (services/aftersales_stats.py) ------------------------------------------------------

def _aftersales_compute(month: Month, needs: Needs) -> dict[int | None, dict[str, Figure]]:
    from shopmanager.services import aftersales_stats as stats

    start, end = month.first_day, month.last_day
    staff, keys = _people(needs), set(needs)
    complaints = stats.complaint_figures(start, end, staff_ids=staff) if keys & {
        "service.complaint_timeliness", "service.complaint_resolution", "shop.complaint_resolution"} else {}
    against = stats.negative_reviews_against(start, end) if "service.negative_reviews" in keys else {}
    returns = stats.return_figures(start, end, staff_ids=staff) if "service.return_rate" in keys else {}
    result: dict[int | None, dict[str, Figure]] = {}
    for staff_id in [None, *staff]:
        values: dict[str, Figure] = {}
        figures = complaints.get(staff_id)
        received = figures.complaints if figures else 0
        values["service.complaint_timeliness"] = Figure(
            rate_percent(figures.timeliness_rate) if figures else None,
            tr("Appraisal", "{n} of {total} complaints answered in time").format(
                n=figures.answered_in_time if figures else 0, total=received), FULL)
        values["service.complaint_resolution"] = Figure(
            rate_percent(figures.resolution_rate) if figures else None,
            tr("Appraisal", "{n} of {total} complaints resolved").format(
                n=figures.resolved if figures else 0, total=received), FULL)
        values["service.negative_reviews"] = Figure(Decimal(against.get(staff_id, 0)) if staff_id else None)
        own = returns.get(staff_id)
        values["service.return_rate"] = Figure(
            rate_percent(own.return_rate) if own else None,
            tr("Appraisal", "{n} of {total} orders with a return").format(
                n=own.orders_with_return if own else 0, total=own.orders if own else 0), FULL)
        if staff_id is None:
            values = {"shop.complaint_resolution": values["service.complaint_resolution"]}
        result[staff_id] = values
    return result


def _aftersales_detail(key: str, month: Month, staff_id: int | None, show_money: bool) -> DetailTable:
    """The cases behind an after-sales figure."""
    from shopmanager.core import aftersales as rules
    from shopmanager.db.models import AfterSalesCase as case, SalesOrder as order  # noqa: N813 - read as SQL
    from shopmanager.services import aftersales_stats as stats

    kinds, states = rules.CaseType, rules.CaseState
    type_label, state_label = rules.type_label, rules.state_label
    low = dt.datetime.combine(month.first_day, dt.time())
    high = dt.datetime.combine(month.last_day + dt.timedelta(days=1), dt.time())
    title = CATALOG[key].label()
    if key == "service.return_rate":
        from shopmanager.services.sales_stats import _sold

        query = (case.select(order.order_no, case.case_no, case.case_type, case.state, case.received_at,
                             case.refund_cents).join(order, on=(case.order == order.id))
                 .where(_sold(month.first_day, month.last_day, order), order.staff == staff_id,
                        case.case_type.in_(list(stats.RETURN_TYPES)), case.state != states.REFUSED)
                 .order_by(case.received_at, case.id))
        columns = [(tr("Appraisal", "Order number"), "text"), (tr("Appraisal", "Case"), "text"),
                   (tr("Appraisal", "Type"), "text"), (tr("Appraisal", "State"), "text"),
                   (tr("Appraisal", "Received"), "datetime")]
        found = list(query.tuples())
        rows = [(no, case_no, type_label(kind), state_label(state), received)
                + ((refund,) if show_money else ()) for no, case_no, kind, state, received, refund in found]
        if show_money:
            columns.append((tr("Appraisal", "Refunded"), "money"))
        return DetailTable(title, columns, rows, len(rows), tr("Appraisal", "Orders the person took, paid in the "
                                                                            "month, that came back."))
    if key == "service.negative_reviews":
        query = case.select(case.case_no, case.received_at, case.rating, case.state).where(
            case.case_type == kinds.NEGATIVE_REVIEW, case.against_staff == staff_id, case.received_at >= low,
            case.received_at < high).order_by(case.received_at, case.id)
        return DetailTable(title, [(tr("Appraisal", "Case"), "text"), (tr("Appraisal", "Received"), "datetime"),
                                   (tr("Appraisal", "Stars"), "text"), (tr("Appraisal", "State"), "text")],
                           [(no, received, "★" * int(rating or 0), state_label(state))
                            for no, received, rating, state in query.tuples()], query.count())
    query = case.select(case.case_no, case.received_at, case.response_minutes, case.resolved_at, case.state).where(
        case.case_type == kinds.COMPLAINT, case.received_at >= low, case.received_at < high)
    if staff_id is not None:
        query = query.where(stats.handler_expression() == staff_id)
    import shopmanager.services.settings as shop_settings

    hours = int(shop_settings.get("aftersales.complaint_hours"))
    yes, no = tr("Common", "Yes"), tr("Common", "No")
    rows = [(case_no, received, "" if minutes is None else f"{minutes // 60}:{minutes % 60:02d}",
             yes if minutes is not None and minutes <= hours * 60 else no, resolved, state_label(state))
            for case_no, received, minutes, resolved, state in query.order_by(case.received_at, case.id).tuples()]
    return DetailTable(title, [(tr("Appraisal", "Case"), "text"), (tr("Appraisal", "Received"), "datetime"),
                               (tr("Appraisal", "First answer after (h:mm)"), "text"),
                               (tr("Appraisal", "In time"), "text"), (tr("Appraisal", "Resolved"), "datetime"),
                               (tr("Appraisal", "State"), "text")], rows, len(rows),
                       tr("Appraisal", "Complaints received in the month that the person handled; in time: answered "
                                       "within {hours} hours.").format(hours=hours))


register(FigureSource("aftersales", lambda: tr("Appraisal", "after-sales"), _aftersales_compute, _aftersales_detail))


# -- attendance and fines (services/attendance_stats.py) -----------------------------------------------

def _attendance_compute(month: Month, needs: Needs) -> dict[int | None, dict[str, Figure]]:
    from shopmanager.services import attendance_stats as stats

    start, end = month.first_day, month.last_day
    staff, keys = _people(needs), set(needs)
    attendance = stats.attendance_figures(start, end, staff_ids=staff) if keys - {"discipline.fines"} else {}
    # A grade's own reward or fine (category "appraisal", dated when last month was signed off)
    # is not a fine for discipline: counting it would punish one poor month twice.
    fines = (stats.fines_and_rewards(start, end, staff_ids=staff, exclude_categories=(APPRAISAL_CATEGORY,))
             if "discipline.fines" in keys else {})
    result: dict[int | None, dict[str, Figure]] = {}
    for staff_id in staff:
        own = attendance.get(staff_id)
        fine = fines.get(staff_id)
        leave = sum((Decimal(v) for v in own.leave_days.values()), Decimal(0)) if own else Decimal(0)
        result[staff_id] = {
            "discipline.late": Figure(Decimal(own.late_count if own else 0), tr("Appraisal", "{n} min late").format(
                n=own.late_minutes if own else 0)),
            "discipline.early": Figure(Decimal(own.early_count if own else 0), tr("Appraisal", "{n} min early").format(
                n=own.early_minutes if own else 0)),
            "discipline.absent": Figure(Decimal(own.absent_days if own else 0)),
            "discipline.leave": Figure(leave),
            "discipline.fines": Figure(Decimal(fine.fine_count if fine else 0)),
        }
    return result


def _attendance_detail(key: str, month: Month, staff_id: int | None, show_money: bool) -> DetailTable:
    """The days (or fines) behind a discipline figure."""
    from shopmanager.db.models import RewardFine as fines  # noqa: N813 - read as SQL
    from shopmanager.services import attendance

    title = CATALOG[key].label()
    if key == "discipline.fines":
        query = fines.select(fines.day, fines.category, fines.reason, fines.amount_cents).where(
            fines.staff == staff_id, fines.kind == "fine", fines.day.between(month.first_day, month.last_day),
            fines.voided_at.is_null(), fines.category != APPRAISAL_CATEGORY).order_by(fines.day, fines.id)
        columns = [(tr("Appraisal", "Day"), "date"), (tr("Appraisal", "Reason"), "text")]
        rows = [(day, reason) + ((cents,) if show_money else ()) for day, _category, reason, cents in query.tuples()]
        if show_money:
            columns.append((tr("Appraisal", "Fines (¥)"), "money"))
        return DetailTable(title, columns, rows, len(rows))
    results = attendance.compute(month.first_day, month.last_day, [staff_id]).get(staff_id, [])
    chosen = {
        "discipline.late": lambda r: r.late_minutes > 0,
        "discipline.early": lambda r: r.early_minutes > 0,
        "discipline.absent": lambda r: r.absent,
        "discipline.leave": lambda r: bool(r.leave_kind),
    }[key]
    rows = [(r.shift.day, r.shift.name, r.in_at, r.out_at, r.late_minutes or "", r.early_minutes or "",
             r.leave_kind) for r in results if chosen(r)]
    return DetailTable(title, [(tr("Appraisal", "Day"), "date"), (tr("Appraisal", "Shift"), "text"),
                               (tr("Appraisal", "Clock-in"), "datetime"), (tr("Appraisal", "Clock-out"), "datetime"),
                               (tr("Appraisal", "Min late"), "text"), (tr("Appraisal", "Min early"), "text"),
                               (tr("Appraisal", "Leave"), "text")], rows, len(rows))


register(FigureSource("attendance", lambda: tr("Appraisal", "roster and attendance"), _attendance_compute,
                      _attendance_detail))
