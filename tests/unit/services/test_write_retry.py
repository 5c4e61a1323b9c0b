"""One retry policy for every write: a PostgreSQL serialization failure or deadlock (or an
SQLite lock wait that ran out) is run again by services.context.write_retrying instead of
reaching the user as an "unexpected error" — for receiving goods, stocktakes, manual stock
movements and every other write of wave 1. Proven with a real deadlock between two
connections on PostgreSQL, and by a transient error injected into the first write of each
service on SQLite and PostgreSQL."""
from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager

import peewee
import psycopg.errors
import pytest

from shopmanager.core import timeutil
from shopmanager.core.errors import LoginFailed, PermissionDenied
from shopmanager.core.permissions import Role
from shopmanager.db.database import current_database
from shopmanager.db.models import AuditLog, Product, StockMovement, User
from shopmanager.services import (
    auth, context, customers, products, settings, shipping, staff, stock, stocktake, users,
)
from tests.unit.services.test_orders import make_product


@contextmanager
def first_write_fails(kind: str):
    """The first INSERT/UPDATE/DELETE inside a transaction raises what the database raises
    when two PCs clash (PostgreSQL 40001) or a lock wait ran out (SQLite); then all is normal."""
    database = current_database()
    original = database.execute_sql
    raised = []

    def execute_sql(sql, params=None):
        if not raised and database.in_transaction() and sql.lstrip()[:6].upper() in ("INSERT", "UPDATE", "DELETE"):
            raised.append(sql)
            if kind == "postgres":
                raise psycopg.errors.SerializationFailure("could not serialize access due to concurrent update")
            raise sqlite3.OperationalError("database is locked")
        return original(sql, params)

    database.execute_sql = execute_sql
    try:
        yield raised
    finally:
        del database.execute_sql


def _product(sku: str = "RICE", qty: int = 20) -> int:
    return make_product(sku, qty=qty, cost=500)


# Every write service of wave 1: (name, prepare(shop) → the call to make, the audit action it writes)
def _cases() -> list[tuple[str, Callable, str]]:
    def owner(shop):
        return shop[Role.OWNER]

    def receive(shop):
        product = _product()
        return lambda: stock.receive_goods(owner(shop), [stock.ReceiptLine(product, 5)])

    def movement(shop):
        product = _product()
        return lambda: stock.record_movement(owner(shop), product, "damage", 2, "包装破损")

    def stocktake_start(shop):
        _product()
        return lambda: stocktake.start(owner(shop), "月度盘点")

    def stocktake_count(shop):
        product = _product()
        session = stocktake.start(owner(shop), "月度盘点")
        return lambda: stocktake.enter_count(owner(shop), session, product, 18)

    def stocktake_post(shop):
        product = _product()
        session = stocktake.start(owner(shop), "月度盘点")
        stocktake.enter_count(owner(shop), session, product, 18)
        return lambda: stocktake.post(owner(shop), session)

    def stocktake_cancel(shop):
        _product()
        session = stocktake.start(owner(shop), "月度盘点")
        return lambda: stocktake.cancel(owner(shop), session)

    def product_create(shop):
        return lambda: products.create_product(owner(shop), {"sku": "TEA-1", "name": "龙井", "price_cents": "59.90"})

    def product_update(shop):
        product = _product()
        version = Product.get_by_id(product).row_version
        return lambda: products.update_product(owner(shop), product, {"name": "五常大米"}, row_version=version)

    def product_status(shop):
        product = products.create_product(owner(shop), {"sku": "TEA-1", "name": "龙井", "price_cents": "59.90"})
        return lambda: products.change_status(owner(shop), product, "submit")

    def category_save(shop):
        return lambda: products.save_category(owner(shop), "茶叶")

    def category_delete(shop):
        category = products.save_category(owner(shop), "茶叶")
        return lambda: products.delete_category(owner(shop), category)

    def supplier_save(shop):
        return lambda: products.save_supplier(owner(shop), {"name": "杭州茶厂", "phone": "0571-88886666"})

    def customer_create(shop):
        return lambda: customers.create_customer(owner(shop), {"name": "赵敏", "phone": "13566667777"})

    def customer_update(shop):
        customer = customers.create_customer(owner(shop), {"name": "赵敏", "phone": "13566667777"})
        return lambda: customers.update_customer(owner(shop), customer, {"notes": "老客户"}, row_version=1)

    def revisit_create(shop):
        customer = customers.create_customer(owner(shop), {"name": "赵敏", "phone": "13566667777"})
        return lambda: customers.create_revisit(owner(shop), customer, timeutil.today(), "回访")

    def revisit_done(shop):
        customer = customers.create_customer(owner(shop), {"name": "赵敏", "phone": "13566667777"})
        plan = customers.create_revisit(owner(shop), customer, timeutil.today(), "回访")
        return lambda: customers.complete_revisit(owner(shop), plan, "满意")

    def customer_erase(shop):
        customer = customers.create_customer(owner(shop), {"name": "赵敏", "phone": "13566667777"})
        return lambda: customers.erase_customer(owner(shop), customer, "客户要求")

    def customer_data(shop):
        customer = customers.create_customer(owner(shop), {"name": "赵敏", "phone": "13566667777"})
        return lambda: customers.export_personal_data(owner(shop), customer)

    def user_create(shop):
        return lambda: users.create_user(owner(shop), username="xiaomei", password="Temp-pass-22", role=Role.SALES)

    def user_disable(shop):
        return lambda: users.set_active(owner(shop), shop[Role.SALES].user_id, False)

    def user_role(shop):
        return lambda: users.set_role(owner(shop), shop[Role.SALES].user_id, Role.SHIPPING)

    def user_link(shop):
        return lambda: users.link_staff(owner(shop), shop[Role.SALES].user_id, None)

    def user_reset(shop):
        return lambda: users.reset_password(owner(shop), shop[Role.SALES].user_id, "Temp-pass-2026")

    def own_password(shop):
        return lambda: auth.change_password(shop[Role.SALES], "demo-pass-1", "New-pass-2026")

    def log_in(shop):
        return lambda: auth.login("sales", "demo-pass-1")

    def failed_log_in(shop):
        def wrong():
            with pytest.raises(LoginFailed):
                auth.login("sales", "wrong")
        return wrong

    def staff_create(shop):
        return lambda: staff.create_staff(owner(shop), name="李娜", role=Role.SALES, phone="13900001111")

    def staff_update(shop):
        person = staff.create_staff(owner(shop), name="李娜", role=Role.SALES, phone="13900001111")
        return lambda: staff.update_staff(owner(shop), person.id, name="李娜", role=Role.SHIPPING)

    def staff_left(shop):
        person = staff.create_staff(owner(shop), name="李娜", role=Role.SALES, phone="13900001111")
        return lambda: staff.mark_left(owner(shop), person.id, timeutil.today())

    def shop_settings(shop):
        return lambda: settings.update(owner(shop), {"inventory.low_stock_threshold": 6})

    def carrier_add(shop):
        return lambda: shipping.add_carrier(owner(shop), "安能物流", "ANE")

    def carrier_off(shop):
        carrier = shipping.add_carrier(owner(shop), "安能物流", "ANE")
        return lambda: shipping.set_carrier_active(owner(shop), carrier, False)

    def denied(shop):
        def refused():
            with pytest.raises(PermissionDenied):
                settings.update(shop[Role.SALES], {"inventory.low_stock_threshold": 6})
        return refused

    return [
        ("receive goods", receive, "create"), ("manual movement", movement, "stock"),
        ("stocktake start", stocktake_start, "create"), ("stocktake count", stocktake_count, None),
        ("stocktake post", stocktake_post, "post"), ("stocktake cancel", stocktake_cancel, "cancel"),
        ("product create", product_create, "create"), ("product update", product_update, "update"),
        ("listing workflow", product_status, "status"), ("category save", category_save, "create"),
        ("category delete", category_delete, "delete"), ("supplier save", supplier_save, "create"),
        ("customer create", customer_create, "create"), ("customer update", customer_update, "update"),
        ("revisit create", revisit_create, "create"), ("revisit done", revisit_done, "update"),
        ("customer erase", customer_erase, "erase"), ("customer data export", customer_data, "export"),
        ("user create", user_create, "create"), ("user disable", user_disable, "disable"),
        ("user role", user_role, "update"), ("user staff link", user_link, "update"),
        ("password reset", user_reset, "password"), ("own password", own_password, "password"),
        ("login", log_in, "login"), ("failed login", failed_log_in, "login_failed"),
        ("staff create", staff_create, "create"), ("staff update", staff_update, "update"),
        ("staff left", staff_left, "left"), ("settings", shop_settings, "update"),
        ("carrier add", carrier_add, "create"), ("carrier off", carrier_off, "disable"),
        ("permission refused", denied, "denied"),
    ]


CASES = _cases()


@pytest.mark.parametrize("prepare, action", [(p, a) for _n, p, a in CASES], ids=[n for n, _p, _a in CASES])
def test_every_write_service_runs_again_after_a_transient_clash(db, shop, prepare, action):
    call = prepare(shop)
    last_audit = AuditLog.select(peewee.fn.MAX(AuditLog.id)).scalar() or 0
    retries = context.transient_retries
    with first_write_fails(db.kind) as raised:
        call()
    assert len(raised) == 1  # the clash happened, inside the service's transaction…
    assert context.transient_retries == retries + 1  # …and the service ran its transaction again
    if action is not None:  # the first attempt left nothing behind: one audit record, not two
        added = [a for (a,) in AuditLog.select(AuditLog.action).where(AuditLog.id > last_audit).tuples()]
        assert added.count(action) == 1, added


@pytest.mark.postgres
@pytest.mark.parametrize("db", ["postgres"], indirect=True)
def test_a_real_deadlock_between_two_pcs_receiving_goods_is_run_again(db, shop):
    """Another PC holds product 1 and then wants product 2, while this one receives product 2
    and then product 1: PostgreSQL breaks the deadlock by failing one of them (40P01)."""
    assert db.kind == "postgres"
    owner = shop[Role.OWNER]
    first, second = _product("P-1", qty=10), _product("P-2", qty=10)
    other_pc_locked = threading.Event()
    errors: list[BaseException] = []

    def other_pc() -> None:
        try:
            database = current_database()  # this thread's own connection
            with database.atomic():
                Product.update(stock_qty=Product.stock_qty + 100).where(Product.id == first).execute()
                other_pc_locked.set()
                deadline = time.monotonic() + 20
                while time.monotonic() < deadline:  # until this PC waits for product 1
                    waiting = database.execute_sql(
                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                        "AND datname = current_database()").fetchone()[0]
                    if waiting:
                        break
                    time.sleep(0.02)
                Product.update(stock_qty=Product.stock_qty + 100).where(Product.id == second).execute()
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            current_database().close()

    helper = threading.Thread(target=other_pc)
    helper.start()
    assert other_pc_locked.wait(10)
    retries = context.transient_retries
    receipt = stock.receive_goods(owner, [stock.ReceiptLine(second, 5), stock.ReceiptLine(first, 5)])
    helper.join(30)
    assert errors == [] and not helper.is_alive()
    assert context.transient_retries > retries  # this PC lost the deadlock and ran its receipt again
    assert [Product.get_by_id(p).stock_qty for p in (first, second)] == [115, 115]
    assert StockMovement.select().where(StockMovement.ref_type == "receipt", StockMovement.ref_id == receipt).count() == 2


def test_a_write_inside_another_transaction_is_left_to_the_outer_one(db):
    """Only the outermost transaction can be run again: nested, the work runs once and the error goes up."""
    attempts = []

    def inner():
        attempts.append(1)
        User.update(failed_logins=1).where(User.id == 0).execute()
        raise psycopg.errors.DeadlockDetected("deadlock detected")

    with pytest.raises(psycopg.errors.DeadlockDetected):
        with context.transaction():
            context.write_retrying(inner)
    assert attempts == [1]
