"""Issue 13 point 8: a masked role cannot confirm a phone number by searching it, the designer
cannot change prices, and the pause after wrong passwords is neither short nor lost."""
from __future__ import annotations

import datetime as dt

import pytest

from shopmanager.core import timeutil
from shopmanager.core.errors import LoginFailed, PermissionDenied
from shopmanager.core.permissions import Role
from shopmanager.db.models import AuditLog, Product, User
from shopmanager.services import auth, customers, orders, products
from shopmanager.services.listing import ListRequest
from tests.unit.services.test_customers import new_customer
from tests.unit.services.test_orders import make_product, paid_order
from shopmanager.services.orders import LineInput


def _found(source_class, actor, text: str) -> int:
    return len(source_class(actor).page(ListRequest(search=text)).rows)


def test_a_masked_role_cannot_confirm_a_phone_number_by_searching_it(shop):
    new_customer(shop[Role.CUSTOMER_SERVICE], phone="13912345678")
    product = make_product()
    paid_order(shop[Role.CUSTOMER_SERVICE], LineInput(1, product_id=product), receiver_phone="13912345678")
    masked, allowed = shop[Role.OPERATIONS], shop[Role.SUPERVISOR]
    # the whole number: found by a role that sees it, not by one that sees 139****5678
    assert _found(customers.CustomerSource, allowed, "13912345678") == 1
    assert _found(orders.OrderSource, allowed, "13912345678") == 1
    assert _found(orders.OrderLineSource, allowed, "13912345678") == 1
    assert _found(customers.CustomerSource, masked, "13912345678") == 0
    assert _found(orders.OrderSource, masked, "13912345678") == 0
    assert _found(orders.OrderLineSource, masked, "13912345678") == 0
    # a wrong guess of the hidden digits reads the same as the right one
    assert _found(customers.CustomerSource, masked, "13900005678") == 0
    # what the mask shows (the last four digits) still finds the customer
    assert _found(customers.CustomerSource, masked, "5678") == 1
    # the order form's look-up by phone does not answer a masked role either
    assert customers.find_customer(allowed, phone="13912345678") is not None
    assert customers.find_customer(masked, phone="13912345678") is None


def test_last_four_digits_do_not_reveal_a_short_number_shown_with_two(shop):
    new_customer(shop[Role.CUSTOMER_SERVICE], phone="87654321")  # shown ******21 to a masked role
    masked = shop[Role.OPERATIONS]
    assert customers.CustomerSource(masked).page(ListRequest()).rows[0][3] == "******21"
    assert _found(customers.CustomerSource, masked, "4321") == 0
    assert _found(customers.CustomerSource, shop[Role.SUPERVISOR], "4321") == 1


def test_the_designer_may_edit_a_product_but_not_its_price(shop):
    owner, designer = shop[Role.OWNER], shop[Role.DESIGNER]
    product_id = products.create_product(owner, {"sku": "P-1", "name": "坚果礼盒", "price_cents": "59.90"})
    version = Product.get_by_id(product_id).row_version
    # texts and the unchanged price: fine
    products.update_product(designer, product_id, {"name": "坚果礼盒（新包装）", "price_cents": "59.90"},
                            row_version=version)
    product = Product.get_by_id(product_id)
    assert product.name == "坚果礼盒（新包装）" and product.price_cents == 5990
    with pytest.raises(PermissionDenied) as error:
        products.update_product(designer, product_id, {"name": "坚果礼盒", "price_cents": "9.90"},
                                row_version=product.row_version)
    assert error.value.field == "price_cents"
    assert "price" in str(error.value).lower()
    product = Product.get_by_id(product_id)
    assert (product.name, product.price_cents) == ("坚果礼盒（新包装）", 5990)  # nothing of the form was saved
    denied = AuditLog.select().where(AuditLog.action == "denied", AuditLog.username == designer.username)
    assert [row.summary for row in denied] == ["prices.edit"]
    with pytest.raises(PermissionDenied):
        products.create_product(designer, {"sku": "P-2", "name": "新品", "price_cents": "19.90"})
    assert products.create_product(designer, {"sku": "P-3", "name": "新品（待定价）"})  # without a price: fine
    products.update_product(shop[Role.OPERATIONS], product_id, {"price_cents": "49.90"},
                            row_version=product.row_version)
    assert Product.get_by_id(product_id).price_cents == 4990


class FakeWall:
    """The wall clock at a chosen microsecond."""

    def __init__(self, start: dt.datetime):
        self.moment = start

    def __call__(self) -> dt.datetime:
        return self.moment


def _fail(username: str) -> LoginFailed:
    with pytest.raises(LoginFailed) as error:
        auth.login(username, "wrong password")
    return error.value


def test_the_pause_after_wrong_passwords_is_not_a_second_short(sqlite_shop, monkeypatch):
    wall = FakeWall(dt.datetime(2026, 11, 30, 10, 0, 0, 900_000))  # late in a second
    monkeypatch.setattr(timeutil, "_wall", wall)
    for _ in range(auth.FREE_ATTEMPTS - 1):
        _fail("customer_service")
    pause = _fail("customer_service").retry_after
    assert pause == 5
    wall.moment += dt.timedelta(seconds=pause - 0.05)  # 4.95 s later: still waiting
    with pytest.raises(LoginFailed, match="Try again in 1 seconds"):
        auth.login("customer_service", "demo-pass-1")
    wall.moment += dt.timedelta(seconds=0.1)
    assert auth.login("customer_service", "demo-pass-1").username == "customer_service"


def test_wrong_passwords_typed_on_two_pcs_at_once_both_count(shop, monkeypatch):
    """PC 2's wrong password lands while PC 1 is still checking its own: neither is lost."""
    real_verify = auth.verify_password
    state = {"nested": False}

    def verify(password, stored):
        result = real_verify(password, stored)
        if not state["nested"]:
            state["nested"] = True
            _fail("warehouse")  # the other PC, meanwhile
        return result

    monkeypatch.setattr(auth, "verify_password", verify)
    _fail("warehouse")
    assert User.get(User.username == "warehouse").failed_logins == 2


def test_the_pause_is_kept_by_the_database_for_every_pc(shop):
    for _ in range(auth.FREE_ATTEMPTS):
        _fail("sales")
    user = User.get(User.username == "sales")
    assert user.locked_until is not None and user.failed_logins == auth.FREE_ATTEMPTS
    # Another PC (another process: only the database is shared) is refused too.
    with pytest.raises(LoginFailed, match="Try again in"):
        auth.login("sales", "demo-pass-1")
    clock = auth.pause_clock()
    assert abs((user.locked_until - clock).total_seconds() - auth.pause_after(auth.FREE_ATTEMPTS)) < 3
