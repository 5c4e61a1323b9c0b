"""The pages of the main window. Only pages of modules that exist are listed, and only
those the user's role may open (the services refuse anyway)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm


@dataclass(frozen=True)
class NavEntry:
    key: str
    title: Callable[[], str]
    color: str  # of the icon tile (ui/icons.py)
    perms: tuple[Perm, ...]  # any of these opens the page
    factory: Callable[..., QWidget]
    # A count shown on the navigation (alerts), or (count, urgent) — the urgent part drawn apart in red.
    badge: Callable[..., int | tuple[int, int]] | None = None
    badge_entities: tuple[str, ...] = ()  # data changes that refresh the badge
    icon: str = ""  # a drawing of ui/icons.DRAWINGS ("truck", "calendar" …); default: by key


def _dashboard_page(context):
    from shopmanager.ui.pages.dashboard import DashboardPage

    return DashboardPage(context)


def _orders_page(context):
    from shopmanager.ui.pages.orders import OrdersPage

    return OrdersPage(context)


def _dispatch_page(context):
    from shopmanager.ui.pages.orders import DispatchPage

    return DispatchPage(context)


def _dispatch_badge(actor) -> tuple[int, int]:
    """今日待发: what must ship today, and apart (in red) how many of them are overdue."""
    from shopmanager.services.dispatch import dispatch_counts

    return dispatch_counts(actor)


def _batch_page(context):
    from shopmanager.ui.pages.batch_shipping import BatchShippingPage

    return BatchShippingPage(context)


def _aftersales_page(context):
    from shopmanager.ui.pages.aftersales import AfterSalesPage

    return AfterSalesPage(context)


def _aftersales_badge(actor) -> int:
    from shopmanager.services.aftersales_stats import case_counts

    return case_counts(actor)[0]


def _defective_page(context):
    from shopmanager.ui.pages.aftersales import DefectivePage

    return DefectivePage(context)


def _customers_page(context):
    from shopmanager.ui.pages.customers import CustomersPage

    return CustomersPage(context)


def _revisits_page(context):
    from shopmanager.ui.pages.customers import RevisitsPage

    return RevisitsPage(context)


def _products_page(context):
    from shopmanager.ui.pages.products import ProductsPage

    return ProductsPage(context)


def _alerts_page(context):
    from shopmanager.ui.pages.alerts import AlertsPage

    return AlertsPage(context)


def _alert_badge(actor) -> int:
    from shopmanager.services.alerts import alert_counts

    return alert_counts(actor).total


def _movements_page(context):
    from shopmanager.ui.pages.products import MovementsPage

    return MovementsPage(context)


def _stocktake_page(context):
    from shopmanager.ui.pages.stocktake import StocktakePage

    return StocktakePage(context)


def _reports_page(context):
    from shopmanager.ui.pages.reports import ReportsPage

    return ReportsPage(context)


def _appraisal_page(context):
    from shopmanager.ui.pages.appraisal import AppraisalPage

    return AppraisalPage(context)


def _appraisal_badge(actor) -> int:
    from shopmanager.services.appraisal import todo_count

    return todo_count(actor)


def _users_page(context):
    from shopmanager.ui.pages.users import UsersPage

    return UsersPage(context)


def _audit_page(context):
    from shopmanager.ui.pages.audit import AuditPage

    return AuditPage(context)


def _settings_page(context):
    from shopmanager.ui.pages.settings import SettingsPage

    return SettingsPage(context)


# In the order shown. Module issues add their pages here.
ENTRIES: list[NavEntry] = [
    NavEntry("dashboard", lambda: tr("Navigation", "Home"), "#3949ab", (Perm.ORDERS_VIEW,), _dashboard_page),
    NavEntry("orders", lambda: tr("Navigation", "Orders"), "#1e88e5", (Perm.ORDERS_VIEW,), _orders_page),
    NavEntry("dispatch", lambda: tr("Navigation", "To ship today"), "#00897b", (Perm.ORDERS_VIEW,), _dispatch_page,
             badge=_dispatch_badge, badge_entities=("order", "settings")),
    NavEntry("batch", lambda: tr("Navigation", "Batch shipping"), "#00796b", (Perm.ORDERS_SHIP,), _batch_page),
    NavEntry("aftersales", lambda: tr("Navigation", "After-sales"), "#f4511e", (Perm.AFTERSALES_VIEW,),
             _aftersales_page, badge=_aftersales_badge, badge_entities=("aftersales", "order", "settings")),
    NavEntry("customers", lambda: tr("Navigation", "Customers"), "#8e24aa", (Perm.CUSTOMERS_VIEW,), _customers_page),
    NavEntry("revisits", lambda: tr("Navigation", "Revisit plan"), "#ab47bc", (Perm.CUSTOMERS_VIEW,), _revisits_page),
    NavEntry("products", lambda: tr("Navigation", "Products"), "#43a047", (Perm.PRODUCTS_VIEW,), _products_page),
    NavEntry("alerts", lambda: tr("Navigation", "Inventory alerts"), "#e53935", (Perm.PRODUCTS_VIEW,), _alerts_page,
             badge=_alert_badge, badge_entities=("product", "stock", "order", "settings")),
    NavEntry("movements", lambda: tr("Navigation", "Stock movements"), "#fb8c00", (Perm.PRODUCTS_VIEW,),
             _movements_page),
    NavEntry("defective", lambda: tr("Navigation", "Defective stock"), "#a1887f", (Perm.PRODUCTS_VIEW,),
             _defective_page),
    NavEntry("stocktake", lambda: tr("Navigation", "Stocktake"), "#6d4c41", (Perm.STOCKTAKE_COUNT,),
             _stocktake_page),
    NavEntry("reports", lambda: tr("Navigation", "Reports"), "#546e7a", (Perm.SALES_REPORT, Perm.PRODUCTS_VIEW),
             _reports_page),
    NavEntry("appraisal", lambda: tr("Navigation", "Appraisal"), "#c0ca33", (Perm.APPRAISAL_OWN, Perm.APPRAISAL_TEAM),
             _appraisal_page, badge=_appraisal_badge, badge_entities=("appraisal", "settings")),
    NavEntry("users", lambda: tr("Navigation", "Staff & accounts"), "#5c6bc0",
             (Perm.USERS_MANAGE, Perm.STAFF_VIEW), _users_page),
    NavEntry("audit", lambda: tr("Navigation", "Audit log"), "#607d8b", (Perm.AUDIT_VIEW,),
             _audit_page),
    NavEntry("settings", lambda: tr("Navigation", "Settings"), "#8d6e63", (Perm.SETTINGS_EDIT,),
             _settings_page),
]


def _roster_page(context):
    from shopmanager.ui.pages.roster import RosterPage

    return RosterPage(context)


def _attendance_page(context):
    from shopmanager.ui.pages.attendance import AttendancePage

    return AttendancePage(context)


def _attendance_badge(actor) -> int:
    """Leave waiting for the supervisor's decision + open handover items for the actor's shift."""
    from shopmanager.services.handover import open_for
    from shopmanager.services.leave import pending_count

    return pending_count(actor) + len(open_for(actor))


def _meetings_page(context):
    from shopmanager.ui.pages.meetings import MeetingsPage

    return MeetingsPage(context)


def _meeting_badge(actor) -> int:
    from shopmanager.services.meetings import meeting_due

    return int(meeting_due(actor))


def _fund_page(context):
    from shopmanager.ui.pages.fund import FundPage

    return FundPage(context)


# Staff roster and attendance (issue 10), before "Staff & accounts".
_at = next(i for i, e in enumerate(ENTRIES) if e.key == "users")
ENTRIES[_at:_at] = [
    NavEntry("roster", lambda: tr("Navigation", "Roster"), "#3f51b5", (Perm.ROSTER_VIEW,), _roster_page),
    NavEntry("attendance", lambda: tr("Navigation", "Attendance"), "#26a69a", (Perm.ROSTER_VIEW,), _attendance_page,
             badge=_attendance_badge, badge_entities=("leave", "handover", "attendance")),
    NavEntry("meetings", lambda: tr("Navigation", "Meetings & training"), "#7e57c2", (Perm.ROSTER_VIEW,),
             _meetings_page, badge=_meeting_badge, badge_entities=("meeting", "settings")),
    NavEntry("fund", lambda: tr("Navigation", "Growth fund"), "#f9a825", (Perm.FUND_VIEW,), _fund_page),
]


def entries_for(actor) -> list[NavEntry]:
    return [entry for entry in ENTRIES if any(actor.can(p) for p in entry.perms)]
