"""Role × action at the service level: every action is refused (and logged) for the roles the
permission table does not allow, and works for those it does — hiding buttons is not enough."""
from __future__ import annotations

import datetime as dt

import pytest

from shopmanager.core import timeutil
from shopmanager.core.errors import PermissionDenied, ShopError
from shopmanager.core.inventory import MovementKind
from shopmanager.core.permissions import MATRIX, Perm, Role
from shopmanager.db.models import AuditLog, Product
from shopmanager.services import alerts, audit, products, settings, staff, stock, stocktake, users


def _product(owner) -> int:
    product_id = products.create_product(owner, {"sku": "M-1", "name": "矩阵商品", "price_cents": "10"})
    stock.receive_goods(owner, [stock.ReceiptLine(product_id, 50)])
    return product_id


# action name → (permission it needs, call(actor, owner, product_id))
ACTIONS = {
    "list users": (Perm.USERS_MANAGE, lambda a, o, p: users.list_users(a)),
    "create staff": (Perm.STAFF_MANAGE, lambda a, o, p: staff.create_staff(a, name="新人", role=Role.SALES)),
    "change settings": (Perm.SETTINGS_EDIT, lambda a, o, p: settings.update(a, {"inventory.expiry_days": 20})),
    "read audit log": (Perm.AUDIT_VIEW, lambda a, o, p: audit.AuditSource(a)),
    "view products": (Perm.PRODUCTS_VIEW, lambda a, o, p: products.get_product(a, p)),
    "alert counts": (Perm.PRODUCTS_VIEW, lambda a, o, p: alerts.alert_counts(a)),
    "create product": (Perm.PRODUCTS_EDIT, lambda a, o, p: products.create_product(
        a, {"sku": f"N-{a.username}", "name": "新品"})),
    "submit for review": (Perm.PRODUCTS_EDIT, lambda a, o, p: products.change_status(a, p, "submit")),
    "approve listing": (Perm.PRODUCTS_APPROVE, lambda a, o, p: (
        products.change_status(o, p, "submit"), products.change_status(a, p, "approve"))),
    "receive goods": (Perm.STOCK_MOVE, lambda a, o, p: stock.receive_goods(a, [stock.ReceiptLine(p, 1)])),
    "record damage": (Perm.STOCK_MOVE, lambda a, o, p: stock.record_movement(a, p, MovementKind.DAMAGE, 1, "破损")),
    "start stocktake": (Perm.STOCKTAKE_COUNT, lambda a, o, p: stocktake.start(a, "盘点")),
    "post stocktake": (Perm.STOCKTAKE_POST, lambda a, o, p: _post(a, o, p)),
}


def _post(actor, owner, product_id):
    session = stocktake.start(owner, "盘点")
    stocktake.enter_count(owner, session, product_id, 49)
    return stocktake.post(actor, session)


@pytest.mark.parametrize("role", list(Role))
def test_each_role_may_do_exactly_what_the_table_says(shop, role):
    owner = shop[Role.OWNER]
    actor = shop[role]
    for name, (perm, call) in ACTIONS.items():
        product_id = Product.get_or_none(Product.sku == "M-1")
        if product_id is not None:
            product_id.delete_instance(recursive=True)
        product_id = _product(owner)
        denied_before = AuditLog.select().where(AuditLog.action == "denied").count()
        if perm in MATRIX[role]:
            try:
                call(actor, owner, product_id)
            except PermissionDenied as error:  # pragma: no cover - the failure message says which
                pytest.fail(f"{role} should be allowed to {name}: {error}")
            except ShopError:
                pass  # allowed, refused for another reason: not a permission matter
        else:
            with pytest.raises(PermissionDenied):
                call(actor, owner, product_id)
            assert AuditLog.select().where(AuditLog.action == "denied").count() == denied_before + 1, name


def test_cost_is_hidden_from_everyone_but_the_owner(shop):
    owner = shop[Role.OWNER]
    product_id = products.create_product(owner, {"sku": "C-1", "name": "成本", "cost_cents": "5"})
    timeutil.set_clock_offset(dt.timedelta(0))
    for role, actor in shop.items():
        values = products.get_product(actor, product_id).values
        assert ("cost_cents" in values) == (role == Role.OWNER), role
