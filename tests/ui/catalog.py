"""Every page and dialog of the program, for the fits-the-screen test and the screenshots.

Pages need nothing here: every `ui.navigation.ENTRIES` page is opened for every role.
A dialog needs ONE line in DIALOGS: its name and a factory taking the demo `Shop`
(import inside the lambda, so a dialog of a module that is not merged yet costs nothing).
"""
from __future__ import annotations

import importlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QDialog

from shopmanager.core.permissions import Role

# Small, so that the test builds it in a second or two; big enough for every page to show rows.
DEMO_SIZES = dict(products=40, customers=60, orders=160)


@dataclass
class Shop:
    """The demo shop the factories work on: its accounts and a record of each kind."""

    url: str
    actors: dict[str, object] = field(default_factory=dict)  # Role value → Actor of its demo account
    ids: dict[str, int] = field(default_factory=dict)  # "order", "paid_order", "product", "customer" …
    _contexts: dict[str, object] = field(default_factory=dict)

    @property
    def owner(self):
        return self.actors[Role.OWNER.value]

    def context(self, role: str = Role.OWNER.value):
        """An AppContext (as the main window has) for the role's demo account."""
        if role not in self._contexts:
            from shopmanager.db.database import parse_url
            from shopmanager.ui.context import AppContext

            self._contexts[role] = AppContext(self.actors[role], parse_url(self.url))
        return self._contexts[role]


def _preview(shop: Shop):
    from shopmanager.services.inventory_reports import inventory_alerts_pdf
    from shopmanager.ui.printing import PdfPreviewDialog

    return PdfPreviewDialog(None, inventory_alerts_pdf(shop.owner), "Inventory alerts", "alerts.pdf")


def _login_after_wrong_password(shop: Shop):
    from PySide6.QtWidgets import QLineEdit

    from shopmanager.ui.login import LoginDialog

    login = LoginDialog(None, DATABASE)
    login.w(QLineEdit, "username").setText("service")
    login.w(QLineEdit, "password").setText("wrong")
    login.accept()
    return login


def _appraisal(shop: Shop, what: str):
    """The appraisal's dialogs on the demo's half-done month (the customer-service clerk's form)."""
    from shopmanager.db.models import Appraisal, AppraisalLine, AppraisalPeriod, Staff
    from shopmanager.services import appraisal_scoring, appraisal_templates
    from shopmanager.ui.pages import appraisal_dialogs, appraisal_templates as editor

    row = (Appraisal.select().join(AppraisalPeriod).switch(Appraisal).join(Staff, on=(Appraisal.staff == Staff.id))
           .where(AppraisalPeriod.status == "open", Staff.role == Role.CUSTOMER_SERVICE.value).first())
    if what == "form":
        return appraisal_dialogs.ScoringDialog(None, shop.context(), row.id, "supervisor")
    if what == "detail":
        line = AppraisalLine.get(AppraisalLine.appraisal == row, AppraisalLine.indicator == "sales.amount")
        return appraisal_dialogs.DetailDialog(None, appraisal_scoring.figure_detail(shop.owner, row.id, line.id))
    if what == "customer_score":
        lines = [line for line in appraisal_scoring.form(shop.owner, row.id).result.lines if line.indicator ==
                 "direct.satisfaction"]
        return appraisal_dialogs.CustomerScoreDialog(None, shop.owner, row.id, lines)
    member = next(m for m in appraisal_templates.list_members(shop.owner) if m.staff_id == row.staff_id)
    return editor.MemberDialog(None, shop.owner, member, [])


def dialog(target: str, *args) -> Callable[[Shop], QDialog]:
    """A factory: "module:Class" called with parent None and `args` (a function of the shop,
    like OWNER or CONTEXT, is called with it; anything else is passed as it is)."""

    def make(shop: Shop) -> QDialog:
        module, name = target.split(":")
        cls = getattr(importlib.import_module(module), name)
        return cls(None, *[arg(shop) if callable(arg) else arg for arg in args])

    return make


def OWNER(shop: Shop):  # noqa: N802 - reads as a constant in the table below
    return shop.owner


def CONTEXT(shop: Shop):  # noqa: N802
    return shop.context()


def record(kind: str) -> Callable[[Shop], int]:
    return lambda shop: shop.ids[kind]


def _aftersales(name: str) -> Callable[[Shop], QDialog]:
    """An after-sales dialog on an exchange case of the demo (one is made on the shipped order if
    the small demo has none)."""

    def make(shop: Shop) -> QDialog:
        from shopmanager.db.models import AfterSalesCase, OrderLine
        from shopmanager.services import aftersales, aftersales_detail
        from shopmanager.ui.pages import aftersales_case

        case = AfterSalesCase.select().where(AfterSalesCase.case_type == "exchange").first()
        if case is None:
            line = OrderLine.get(OrderLine.order == shop.ids["shipped_order"])
            case = AfterSalesCase.get_by_id(aftersales.create_case(shop.owner, aftersales.CaseInput(
                "exchange", shop.ids["shipped_order"], [aftersales.CaseLineInput(line.id, 1)], "quality")).id)
        cls = getattr(aftersales_case, name)
        if name == "NewCaseDialog":
            return cls(None, shop.context(), order_id=shop.ids["shipped_order"])
        if name == "CaseDialog":
            return cls(None, shop.context(), case.id)
        return cls(None, shop.owner, aftersales_detail.get_case(shop.owner, case.id))

    return make


DATABASE = "D:/小象优选/shop.sqlite3"


def REASON(_shop: Shop) -> str:  # noqa: N802 - the program's own words, in the language being shot
    from shopmanager.core.i18n import tr

    return tr("Main", "Please choose a new password before you start (a temporary or old password must be changed).")


def _roster(kind: str) -> Callable[[Shop], QDialog]:
    """The roster module's dialogs, on the demo shop's roster, meetings and staff."""

    def make(shop: Shop) -> QDialog:
        import datetime as dt

        from shopmanager.services import attendance, meetings, staff
        from shopmanager.ui.pages import attendance as pages, fund, leaving, meetings as meeting_pages

        supervisor, clerk = shop.actors[Role.SUPERVISOR.value], shop.actors[Role.CUSTOMER_SERVICE.value]
        if kind == "correction":
            today = dt.date.today()
            days = attendance.person_period(supervisor, clerk.staff_id, today - dt.timedelta(days=20), today)
            result = days.results[0]
            return pages.CorrectionDialog(None, supervisor, clerk.staff_id, "张敏", result)
        if kind == "meeting":
            return meeting_pages.MeetingDialog(None, supervisor, meetings.get_meeting(
                supervisor, meetings.list_meetings(supervisor)[0].id))
        if kind == "meeting_new":
            return meeting_pages.MeetingDialog(None, supervisor, meetings.new_meeting(supervisor))
        if kind == "training":
            return meeting_pages.TrainingDialog(None, supervisor, meetings.get_training(
                supervisor, meetings.list_trainings(supervisor)[0].id))
        if kind == "leaving":
            return leaving.LeavingDialog(None, shop.owner, staff.get_staff(shop.owner, clerk.staff_id))
        return {"leave": lambda: pages.LeaveDialog(None, clerk),
                "leave_for_someone": lambda: pages.LeaveDialog(None, supervisor, for_someone=True),
                "spending": lambda: fund.SpendingDialog(None, supervisor),
                "complaint_fine": lambda: fund.RewardFineDialog(None, shop.owner, complaint=True),
                "fine_or_reward": lambda: fund.RewardFineDialog(None, shop.owner)}[kind]()

    return make


def _punch_import(shop: Shop) -> QDialog:
    from shopmanager.ui.pages.attendance import attendance_target
    from shopmanager.ui.pages.importing import ImportDialog

    return ImportDialog(None, shop.context(Role.SUPERVISOR.value), attendance_target())


# name → factory(shop) → the dialog, not shown yet. ONE LINE PER DIALOG.
DIALOGS: dict[str, Callable[[Shop], QDialog]] = {
    "login": dialog("shopmanager.ui.login:LoginDialog", DATABASE),
    "login_wrong_password": _login_after_wrong_password,
    "first_run": dialog("shopmanager.ui.login:FirstRunDialog"),
    "change_password": dialog("shopmanager.ui.login:ChangePasswordDialog", OWNER, REASON),
    "user_account": dialog("shopmanager.ui.pages.users:UserDialog", OWNER),
    "staff_member": dialog("shopmanager.ui.pages.users:StaffDialog", OWNER),
    "supplier": dialog("shopmanager.ui.pages.lists:SupplierDialog", OWNER),
    "suppliers": dialog("shopmanager.ui.pages.lists:SuppliersDialog", OWNER),
    "categories": dialog("shopmanager.ui.pages.lists:CategoriesDialog", OWNER),
    "carriers": dialog("shopmanager.ui.pages.lists:CarriersDialog", OWNER),
    "order": dialog("shopmanager.ui.pages.orders:OrderDialog", CONTEXT, record("shipped_order")),
    "order_new": dialog("shopmanager.ui.pages.orders:OrderDialog", CONTEXT),
    "ship": dialog("shopmanager.ui.pages.orders:ShipDialog", OWNER, record("paid_order"), "SO20250101-0001"),
    "product": dialog("shopmanager.ui.pages.products:ProductDialog", CONTEXT, record("product")),
    "product_new": dialog("shopmanager.ui.pages.products:ProductDialog", CONTEXT),
    "receive_goods": dialog("shopmanager.ui.pages.products:ReceiveGoodsDialog", CONTEXT, record("product")),
    "stock_movement": dialog("shopmanager.ui.pages.products:StockMovementDialog", CONTEXT, record("product")),
    "customer": dialog("shopmanager.ui.pages.customers:CustomerDialog", CONTEXT, record("customer")),
    "customer_new": dialog("shopmanager.ui.pages.customers:CustomerDialog", CONTEXT),
    "new_stocktake": dialog("shopmanager.ui.pages.stocktake:NewStocktakeDialog", OWNER),
    "import_products": dialog("shopmanager.ui.pages.importing:ImportDialog", CONTEXT, "products"),
    "import_orders": dialog("shopmanager.ui.pages.importing:OrdersImportDialog", CONTEXT),
    "print_preview": _preview,
    "shift": dialog("shopmanager.ui.pages.roster:ShiftDialog", OWNER),
    "leave": _roster("leave"),
    "leave_for_someone": _roster("leave_for_someone"),
    "attendance_correction": _roster("correction"),
    "punch_import": _punch_import,
    "meeting_minutes": _roster("meeting"),
    "meeting_new": _roster("meeting_new"),
    "training": _roster("training"),
    "fund_spending": _roster("spending"),
    "complaint_fine": _roster("complaint_fine"),
    "fine_or_reward": _roster("fine_or_reward"),
    "leaving": _roster("leaving"),
    "aftersales_new": dialog("shopmanager.ui.pages.aftersales_case:NewCaseDialog", CONTEXT),
    "aftersales_new_for_order": _aftersales("NewCaseDialog"),
    "aftersales_case": _aftersales("CaseDialog"),
    "aftersales_receive": _aftersales("ReceiveGoodsDialog"),
    "aftersales_ship": _aftersales("ShipParcelDialog"),
    "aftersales_refund": _aftersales("RefundDialog"),
    "aftersales_handover": dialog("shopmanager.ui.pages.aftersales_case:HandOverDialog", OWNER),
    "import_refunds": dialog("shopmanager.ui.pages.aftersales:AfterSalesImportDialog", CONTEXT),
    "appraisal_form": lambda shop: _appraisal(shop, "form"),
    "appraisal_detail": lambda shop: _appraisal(shop, "detail"),
    "appraisal_customer_score": lambda shop: _appraisal(shop, "customer_score"),
    "appraisal_member": lambda shop: _appraisal(shop, "member"),
}


def demo_roles() -> list[str]:
    """One demo account per role (the Role values)."""
    return [role.value for role in Role]


def build_demo_file(path: Path) -> None:
    """A small demo shop in a SQLite file (closed again afterwards)."""
    from shopmanager.db.database import close_database, database_proxy, open_database, sqlite_url
    from shopmanager.db.migrations import migrate
    from shopmanager.services.demo import DemoSizes, create_demo_shop

    open_database(sqlite_url(path), create=True)
    migrate()
    create_demo_shop(DemoSizes(**DEMO_SIZES))
    database_proxy.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    database_proxy.initialize(None)


def open_demo_copy(template: Path, folder: Path) -> Shop:
    """Open a copy of the demo file; log every role's demo account in (no audit noise matters)."""
    from shopmanager.core.orders import OrderStatus
    from shopmanager.db.database import open_database, sqlite_url
    from shopmanager.db.models import Customer, Product, SalesOrder, User
    from shopmanager.services.auth import actor_for

    path = folder / "shop.sqlite3"
    shutil.copyfile(template, path)
    url = sqlite_url(path)
    open_database(url)
    shop = Shop(url)
    for role in demo_roles():
        user = User.select().where(User.role == role).order_by(User.id).first()
        shop.actors[role] = actor_for(user)
    shop.ids = {
        "shipped_order": SalesOrder.select().where(SalesOrder.status == OrderStatus.SHIPPED).first().id,
        "paid_order": SalesOrder.select().where(SalesOrder.status == OrderStatus.PAID).first().id,
        "product": Product.select().order_by(Product.id).first().id,
        "customer": Customer.select().order_by(Customer.id).first().id,
    }
    return shop


def make_window(shop: Shop, role: str):
    from shopmanager.ui.main_window import MainWindow

    return MainWindow(shop.context(role))
