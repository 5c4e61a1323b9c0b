"""Role × action for customers, orders, shipping, dispatch, dashboard and sales: every service
refuses (and logs) the roles the permission table does not allow, and works for those it does."""
from __future__ import annotations

import datetime as dt

import pytest

from shopmanager.core import timeutil
from shopmanager.core.errors import PermissionDenied, ShopError
from shopmanager.core.permissions import MATRIX, Perm, Role
from shopmanager.db.models import AuditLog
from shopmanager.services import customers, dashboard, dispatch, orders, sales, shipping
from shopmanager.services.orders import LineInput
from tests.unit.services.test_orders import draft, paid_order


def _customer(owner) -> int:
    return customers.create_customer(owner, {"name": "权限", "phone": "13600000000"})


def _paid(owner) -> int:
    return paid_order(owner, LineInput(1, 100, title="x")).id


def _shipment(owner) -> int:
    order_id = _paid(owner)
    return shipping.ship_order(owner, order_id, shipping.list_carriers(owner)[0].id, f"SF77{order_id:09d}").shipment_id


_tracking = iter(range(10**6))


def _tn() -> str:
    return f"YT55{next(_tracking):08d}"


# action → (permission it needs, call(actor, owner))
ACTIONS = {
    "list customers": (Perm.CUSTOMERS_VIEW, lambda a, o: customers.CustomerSource(a)),
    "read a customer": (Perm.CUSTOMERS_VIEW, lambda a, o: customers.get_customer(a, _customer(o))),
    "find a customer": (Perm.CUSTOMERS_VIEW, lambda a, o: customers.find_customer(a, phone="13600000000")),
    "list revisits": (Perm.CUSTOMERS_VIEW, lambda a, o: customers.RevisitSource(a)),
    "count revisits": (Perm.CUSTOMERS_VIEW, lambda a, o: customers.revisit_counts(a)),
    "birthdays": (Perm.CUSTOMERS_VIEW, lambda a, o: customers.upcoming_birthdays(a)),
    "create a customer": (Perm.CUSTOMERS_EDIT, lambda a, o: customers.create_customer(a, {"name": "新客"})),
    "update a customer": (Perm.CUSTOMERS_EDIT, lambda a, o: customers.update_customer(
        a, _customer(o), {"tier": "vip"}, row_version=1)),
    "plan a revisit": (Perm.CUSTOMERS_EDIT, lambda a, o: customers.create_revisit(
        a, _customer(o), timeutil.today(), "回访")),
    "complete a revisit": (Perm.CUSTOMERS_EDIT, lambda a, o: customers.complete_revisit(
        a, customers.create_revisit(o, _customer(o), timeutil.today(), "回访"), "已回访")),
    "export personal data": (Perm.CUSTOMERS_ERASE, lambda a, o: customers.export_personal_data(a, _customer(o))),
    "erase personal data": (Perm.CUSTOMERS_ERASE, lambda a, o: customers.erase_customer(a, _customer(o), "要求")),
    "list orders": (Perm.ORDERS_VIEW, lambda a, o: orders.OrderSource(a)),
    "list order lines": (Perm.ORDERS_VIEW, lambda a, o: orders.OrderLineSource(a)),
    "read an order": (Perm.ORDERS_VIEW, lambda a, o: orders.get_order(a, _paid(o))),
    "find an order": (Perm.ORDERS_VIEW, lambda a, o: orders.find_order(a, orders.get_order(o, _paid(o)).order_no)),
    "dispatch queue": (Perm.ORDERS_VIEW, lambda a, o: dispatch.DispatchSource(a)),
    "dispatch counts": (Perm.ORDERS_VIEW, lambda a, o: dispatch.dispatch_counts(a)),
    "dashboard": (Perm.ORDERS_VIEW, lambda a, o: dashboard.dashboard(a)),
    "list carriers": (Perm.ORDERS_VIEW, lambda a, o: shipping.list_carriers(a)),
    "create an order": (Perm.ORDERS_EDIT, lambda a, o: orders.create_order(a, draft())),
    "update an order": (Perm.ORDERS_EDIT, lambda a, o: orders.update_order(
        a, orders.create_order(o, draft()).id, draft(), row_version=1)),
    "record a payment": (Perm.ORDERS_EDIT, lambda a, o: orders.record_payment(a, orders.create_order(o, draft()).id)),
    "cancel an order": (Perm.ORDERS_EDIT, lambda a, o: orders.change_status(a, _paid(o), "cancelled", reason="x")),
    "ship an order": (Perm.ORDERS_SHIP, lambda a, o: shipping.ship_order(
        a, _paid(o), shipping.list_carriers(o)[0].id, _tn())),
    "ship by number": (Perm.ORDERS_SHIP, lambda a, o: shipping.ship_by_order_number(
        a, orders.get_order(o, _paid(o)).order_no, shipping.list_carriers(o)[0].id, _tn())),
    "cancel a shipment": (Perm.ORDERS_SHIP, lambda a, o: shipping.cancel_shipment(a, _shipment(o), "错单")),
    "add a carrier": (Perm.ORDERS_SHIP, lambda a, o: shipping.add_carrier(a, f"快递{_tn()}")),
    "deactivate a carrier": (Perm.ORDERS_SHIP, lambda a, o: shipping.set_carrier_active(
        a, shipping.add_carrier(o, f"快递{_tn()}"), False)),
    "monthly sales": (Perm.SALES_REPORT, lambda a, o: sales.monthly_sales(a, 2026, 1)),
}


@pytest.mark.parametrize("role", list(Role))
def test_each_role_may_do_exactly_what_the_table_says(shop, role):
    owner, actor = shop[Role.OWNER], shop[role]
    timeutil.set_clock_offset(dt.timedelta(0))
    for name, (perm, call) in ACTIONS.items():
        denied_before = AuditLog.select().where(AuditLog.action == "denied").count()
        if perm in MATRIX[role]:
            try:
                call(actor, owner)
            except PermissionDenied as error:  # pragma: no cover - the failure message says which
                pytest.fail(f"{role} should be allowed to {name}: {error}")
            except ShopError:
                pass  # allowed, refused for another reason: not a permission matter
        else:
            with pytest.raises(PermissionDenied):
                call(actor, owner)
            assert AuditLog.select().where(AuditLog.action == "denied").count() == denied_before + 1, name


def test_a_disabled_account_is_refused_at_once(shop):
    from shopmanager.services import users

    users.set_active(shop[Role.OWNER], shop[Role.SHIPPING].user_id, False)
    order_id = _paid(shop[Role.OWNER])
    with pytest.raises(PermissionDenied, match="disabled"):
        shipping.ship_order(shop[Role.SHIPPING], order_id, 1, "SF1000000000099")
