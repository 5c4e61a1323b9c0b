"""Roles (岗位) and what each may do, from domain.md.

Services call `allowed()`/the services.context.require() helper; the UI only uses
it to hide what would be refused anyway. The owner can view this table in the app.
"""
from __future__ import annotations

from enum import StrEnum

from shopmanager.core.i18n import tr


class Role(StrEnum):
    OWNER = "owner"
    SUPERVISOR = "supervisor"
    CUSTOMER_SERVICE = "customer_service"
    SHIPPING = "shipping"
    WAREHOUSE = "warehouse"
    OPERATIONS = "operations"
    DESIGNER = "designer"
    SALES = "sales"


def role_label(role: str) -> str:
    labels = {
        Role.OWNER: tr("Roles", "Owner"),
        Role.SUPERVISOR: tr("Roles", "Supervisor"),
        Role.CUSTOMER_SERVICE: tr("Roles", "Customer service"),
        Role.SHIPPING: tr("Roles", "Shipping clerk"),
        Role.WAREHOUSE: tr("Roles", "Warehouse"),
        Role.OPERATIONS: tr("Roles", "Operations"),
        Role.DESIGNER: tr("Roles", "Photographer / designer"),
        Role.SALES: tr("Roles", "Sales rep"),
    }
    return labels.get(role, role)


class Perm(StrEnum):
    USERS_MANAGE = "users.manage"
    STAFF_VIEW = "staff.view"
    STAFF_MANAGE = "staff.manage"
    SETTINGS_EDIT = "settings.edit"
    AUDIT_VIEW = "audit.view"
    PRODUCTS_VIEW = "products.view"
    PRODUCTS_EDIT = "products.edit"
    PRODUCTS_APPROVE = "products.approve"
    PRODUCTS_IMPORT = "products.import"
    COST_VIEW = "cost.view"
    STOCK_MOVE = "stock.move"
    STOCKTAKE_COUNT = "stocktake.count"
    STOCKTAKE_POST = "stocktake.post"
    CUSTOMERS_VIEW = "customers.view"
    CUSTOMERS_EDIT = "customers.edit"
    CUSTOMERS_PII = "customers.pii"
    CUSTOMERS_ERASE = "customers.erase"
    ORDERS_VIEW = "orders.view"
    ORDERS_EDIT = "orders.edit"
    ORDERS_SHIP = "orders.ship"
    ORDERS_IMPORT = "orders.import"
    SALES_REPORT = "reports.sales"
    # staff roster, attendance, fines and the growth fund (issue 10)
    ROSTER_VIEW = "roster.view"
    ROSTER_EDIT = "roster.edit"
    ATTENDANCE_MANAGE = "attendance.manage"
    MEETINGS_EDIT = "meetings.edit"
    FUND_VIEW = "fund.view"
    FUND_SPEND = "fund.spend"
    FINES_MANAGE = "fines.manage"
    STAFF_WAGES = "staff.wages"
    AFTERSALES_VIEW = "aftersales.view"
    AFTERSALES_EDIT = "aftersales.edit"
    AFTERSALES_GOODS = "aftersales.goods"
    AFTERSALES_OVERRIDE = "aftersales.override"
    AFTERSALES_ASSIGN = "aftersales.assign"
    AFTERSALES_IMPORT = "aftersales.import"
    AFTERSALES_REPORT = "reports.aftersales"
    PRICES_EDIT = "prices.edit"
    BACKUP_RUN = "backup.run"
    BACKUP_RESTORE = "backup.restore"
    APPRAISAL_OWN = "appraisal.own"
    APPRAISAL_TEAM = "appraisal.team"
    APPRAISAL_MANAGE = "appraisal.manage"


def perm_label(perm: str) -> str:
    labels = {
        Perm.USERS_MANAGE: tr("Permissions", "Manage user accounts"),
        Perm.STAFF_VIEW: tr("Permissions", "View staff records"),
        Perm.STAFF_MANAGE: tr("Permissions", "Edit staff records"),
        Perm.SETTINGS_EDIT: tr("Permissions", "Change settings"),
        Perm.AUDIT_VIEW: tr("Permissions", "View the audit log"),
        Perm.PRODUCTS_VIEW: tr("Permissions", "View products and stock"),
        Perm.PRODUCTS_EDIT: tr("Permissions", "Edit products, submit for review"),
        Perm.PRODUCTS_APPROVE: tr("Permissions", "Approve listing, delist"),
        Perm.PRODUCTS_IMPORT: tr("Permissions", "Import products from Excel"),
        Perm.COST_VIEW: tr("Permissions", "See cost, profit and stock value"),
        Perm.STOCK_MOVE: tr("Permissions", "Record inbound goods, damage, returns to supplier"),
        Perm.STOCKTAKE_COUNT: tr("Permissions", "Start stocktakes and enter counts"),
        Perm.STOCKTAKE_POST: tr("Permissions", "Post stocktake differences"),
        Perm.CUSTOMERS_VIEW: tr("Permissions", "View customers"),
        Perm.CUSTOMERS_EDIT: tr("Permissions", "Edit customers and revisit plans"),
        Perm.CUSTOMERS_PII: tr("Permissions", "See full phone numbers and addresses"),
        Perm.CUSTOMERS_ERASE: tr("Permissions", "Export or erase a customer's personal data"),
        Perm.ORDERS_VIEW: tr("Permissions", "View orders"),
        Perm.ORDERS_EDIT: tr("Permissions", "Create and edit orders, record payments"),
        Perm.ORDERS_SHIP: tr("Permissions", "Ship orders"),
        Perm.ORDERS_IMPORT: tr("Permissions", "Import platform order files"),
        Perm.SALES_REPORT: tr("Permissions", "Sales reports"),
        Perm.ROSTER_VIEW: tr("Permissions", "See the roster; clock in and out; own attendance and leave; handover book"),
        Perm.ROSTER_EDIT: tr("Permissions", "Build the weekly roster and edit shifts"),
        Perm.ATTENDANCE_MANAGE: tr("Permissions", "Everyone's attendance: import punches, correct days, approve leave"),
        Perm.MEETINGS_EDIT: tr("Permissions", "Record weekly meetings and trainings"),
        Perm.FUND_VIEW: tr("Permissions", "Read the growth fund statement"),
        Perm.FUND_SPEND: tr("Permissions", "Record growth fund spending"),
        Perm.FINES_MANAGE: tr("Permissions", "Record fines and rewards of staff"),
        Perm.STAFF_WAGES: tr("Permissions", "See and set wages"),
        Perm.AFTERSALES_VIEW: tr("Permissions", "View after-sales cases"),
        Perm.AFTERSALES_EDIT: tr("Permissions", "Register and handle after-sales cases, record refunds"),
        Perm.AFTERSALES_GOODS: tr("Permissions", "Receive returned goods, ship replacements"),
        Perm.AFTERSALES_OVERRIDE: tr("Permissions", "Override the return policy, decide escalated cases"),
        Perm.AFTERSALES_ASSIGN: tr("Permissions", "Reassign after-sales cases, hand them over"),
        Perm.AFTERSALES_IMPORT: tr("Permissions", "Import platform refund files"),
        Perm.AFTERSALES_REPORT: tr("Permissions", "After-sales summary report"),
        Perm.PRICES_EDIT: tr("Permissions", "Set and change sale prices"),
        Perm.BACKUP_RUN: tr("Permissions", "Back up the database"),
        Perm.BACKUP_RESTORE: tr("Permissions", "Restore the database from a backup"),
        Perm.APPRAISAL_OWN: tr("Permissions", "Own appraisal: self-assessment, scoring colleagues, own result"),
        Perm.APPRAISAL_TEAM: tr("Permissions", "Appraise staff: supervisor and customer scores, month overview, "
                                               "appraisal report"),
        Perm.APPRAISAL_MANAGE: tr("Permissions", "Appraisal: open months, edit templates, sign off, reopen"),
    }
    return labels.get(perm, perm)


_ALL = frozenset(Perm)
_R = Role
_P = Perm

# Who may do what (domain.md "People and roles"). The owner may do everything.
MATRIX: dict[Role, frozenset[Perm]] = {
    _R.OWNER: _ALL,
    _R.SUPERVISOR: frozenset({
        _P.STAFF_VIEW, _P.PRODUCTS_VIEW, _P.PRODUCTS_EDIT, _P.PRODUCTS_APPROVE, _P.PRODUCTS_IMPORT,
        _P.STOCK_MOVE, _P.STOCKTAKE_COUNT, _P.STOCKTAKE_POST, _P.CUSTOMERS_VIEW, _P.CUSTOMERS_EDIT,
        _P.CUSTOMERS_PII, _P.ORDERS_VIEW, _P.ORDERS_EDIT, _P.ORDERS_SHIP, _P.ORDERS_IMPORT,
        _P.SALES_REPORT, _P.PRICES_EDIT, _P.BACKUP_RUN, _P.AFTERSALES_VIEW, _P.AFTERSALES_EDIT, _P.AFTERSALES_GOODS,
        _P.AFTERSALES_OVERRIDE, _P.AFTERSALES_ASSIGN, _P.AFTERSALES_IMPORT, _P.AFTERSALES_REPORT,
    }),
    _R.CUSTOMER_SERVICE: frozenset({
        _P.PRODUCTS_VIEW, _P.CUSTOMERS_VIEW, _P.CUSTOMERS_EDIT, _P.CUSTOMERS_PII,
        _P.ORDERS_VIEW, _P.ORDERS_EDIT, _P.ORDERS_IMPORT, _P.AFTERSALES_VIEW, _P.AFTERSALES_EDIT,
        _P.AFTERSALES_IMPORT,
    }),
    _R.SHIPPING: frozenset({
        _P.PRODUCTS_VIEW, _P.STOCK_MOVE, _P.CUSTOMERS_VIEW, _P.CUSTOMERS_PII, _P.ORDERS_VIEW,
        _P.ORDERS_SHIP, _P.AFTERSALES_VIEW, _P.AFTERSALES_GOODS,
    }),
    _R.WAREHOUSE: frozenset({
        _P.PRODUCTS_VIEW, _P.STOCK_MOVE, _P.STOCKTAKE_COUNT,
    }),
    _R.OPERATIONS: frozenset({
        _P.PRODUCTS_VIEW, _P.PRODUCTS_EDIT, _P.PRODUCTS_IMPORT, _P.ORDERS_VIEW, _P.CUSTOMERS_VIEW,
        _P.SALES_REPORT, _P.PRICES_EDIT,
    }),
    _R.DESIGNER: frozenset({  # pictures and descriptions: not prices (seed 001)
        _P.PRODUCTS_VIEW, _P.PRODUCTS_EDIT,
    }),
    _R.SALES: frozenset({
        _P.PRODUCTS_VIEW, _P.CUSTOMERS_VIEW, _P.CUSTOMERS_EDIT, _P.CUSTOMERS_PII,
        _P.ORDERS_VIEW, _P.ORDERS_EDIT, _P.AFTERSALES_VIEW, _P.AFTERSALES_EDIT,
    }),
}

# Staff roster and attendance (issue 10): everyone sees the roster, clocks in, asks for leave,
# writes the handover book and reads the growth fund; the supervisor runs the roster,
# attendance, leave approval, meetings and trainings, and spends from the fund. Fines,
# rewards and wages stay with the owner.
MATRIX = {role: perms | {_P.ROSTER_VIEW, _P.FUND_VIEW} for role, perms in MATRIX.items()}
MATRIX[_R.SUPERVISOR] = MATRIX[_R.SUPERVISOR] | {
    _P.ROSTER_EDIT, _P.ATTENDANCE_MANAGE, _P.MEETINGS_EDIT, _P.FUND_SPEND}
# Appraisal (domain.md): everyone appraises themselves and their colleagues and sees their own
# result; the supervisor appraises the staff; the owner edits templates and signs off.
for _role in MATRIX:
    if _role != _R.OWNER:
        MATRIX[_role] = MATRIX[_role] | {_P.APPRAISAL_OWN}
MATRIX[_R.SUPERVISOR] = MATRIX[_R.SUPERVISOR] | {_P.APPRAISAL_TEAM}


def allowed(role: str, perm: Perm) -> bool:
    try:
        return perm in MATRIX[Role(role)]
    except ValueError:
        return False
