"""Customers: the archive, masking per role (lists, detail, audit), revisit plans, and the
customer's personal data exported and erased on request."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, PermissionDenied, ValidationError
from shopmanager.core.orders import OrderStatus
from shopmanager.core.permissions import MATRIX, Perm, Role
from shopmanager.db.models import AuditLog, Customer, CustomerAddress, RevisitPlan, SalesOrder
from shopmanager.services import customers, orders, shipping
from shopmanager.services.customers import AddressInput
from shopmanager.services.listing import ListRequest
from shopmanager.services.orders import LineInput
from tests.unit.services.test_orders import draft, paid_order

HOME = "上海市浦东新区世纪大道 100 号 3 栋 1201 室"


def new_customer(actor, **values) -> int:
    base = {"name": "王芳", "nickname": "tb_小鱼儿2019", "channel": "taobao", "phone": "13912345678",
            "wechat": "wangfang88", "tier": "gold", "birthday": "1990-05-20", "notes": "对坚果过敏"}
    return customers.create_customer(actor, {**base, **values}, [AddressInput("王芳", "13912345678", HOME)])


def audit_text() -> str:
    return " ".join(f"{r.summary} {r.changes}" for r in AuditLog.select())


def test_the_archive_keeps_contact_tier_birthday_notes_and_addresses(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    customer_id = new_customer(service)
    detail = customers.get_customer(service, customer_id)
    assert (detail.name, detail.phone, detail.wechat, detail.tier_label) == ("王芳", "13912345678", "wangfang88", "Gold")
    assert detail.birthday == dt.date(1990, 5, 20) and detail.notes == "对坚果过敏"
    assert [(a.receiver, a.address, a.is_default) for a in detail.addresses] == [("王芳", HOME, True)]
    assert not detail.masked


def test_roles_without_personal_data_rights_see_it_masked_everywhere(shop):
    customer_id = new_customer(shop[Role.CUSTOMER_SERVICE])
    seen = customers.get_customer(shop[Role.OPERATIONS], customer_id)
    assert (seen.name, seen.phone, seen.wechat, seen.notes) == ("王*", "139****5678", "w*********", "")
    assert seen.addresses[0].address == "上海市浦东新****" and seen.addresses[0].phone == "139****5678"
    assert seen.masked and seen.nickname == "tb_小鱼儿2019"
    row = customers.CustomerSource(shop[Role.OPERATIONS]).page(ListRequest()).rows[0]
    assert row[0] == "王*" and row[3] == "139****5678"
    row = customers.CustomerSource(shop[Role.SALES]).page(ListRequest()).rows[0]
    assert row[0] == "王芳" and row[3] == "13912345678"


def test_the_audit_log_never_keeps_full_personal_data(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    customer_id = new_customer(service)
    customers.update_customer(service, customer_id, {"phone": "13700001111", "notes": "改为工作日收货"}, row_version=1,
                              addresses=[AddressInput("王芳", "13700001111", "北京市朝阳区建国路 88 号")])
    text = audit_text()
    for secret in ("13912345678", "13700001111", "王芳", "wangfang88", "1990-05-20", "对坚果过敏", "世纪大道", "建国路"):
        assert secret not in text, secret
    changes = json.loads(AuditLog.select().where(AuditLog.action == "update").get().changes)
    assert changes["phone"] == ["139****5678", "137****1111"] and changes["notes"] == ["***", "***"]


def test_a_stale_customer_form_is_refused(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    customer_id = new_customer(service)
    customers.update_customer(service, customer_id, {"tier": "vip"}, row_version=1)
    with pytest.raises(Conflict, match="Someone else changed this customer"):
        customers.update_customer(service, customer_id, {"tier": "silver"}, row_version=1)
    assert Customer.get_by_id(customer_id).tier == "vip"


def test_masked_values_never_overwrite_the_real_ones(shop, monkeypatch):
    """Should the owner let a role edit customers without seeing their data, its saves keep the data."""
    monkeypatch.setitem(MATRIX, Role.OPERATIONS, MATRIX[Role.OPERATIONS] | {Perm.CUSTOMERS_EDIT})
    customer_id = new_customer(shop[Role.CUSTOMER_SERVICE])
    shown = customers.get_customer(shop[Role.OPERATIONS], customer_id)
    customers.update_customer(shop[Role.OPERATIONS], customer_id, {"name": shown.name, "phone": shown.phone,
                                                                   "tier": "vip"}, row_version=shown.row_version,
                              addresses=shown.addresses)
    row = Customer.get_by_id(customer_id)
    assert (row.name, row.phone, row.tier) == ("王芳", "13912345678", "vip")
    assert CustomerAddress.get(CustomerAddress.customer == customer_id).address == HOME


@pytest.mark.parametrize("values, message", [
    ({"phone": "abc"}, "Phone: 'abc' is not a phone number"),
    ({"birthday": "1990-13-01"}, "Birthday: enter a date"),
    ({"birthday": "2999-01-01"}, "Birthday: not a possible date"),
    ({"tier": "diamond"}, "Tier: 'diamond' is not one of the choices"),
    ({"name": "", "nickname": "", "phone": ""}, "enter a name, a buyer id or a phone number"),
])
def test_bad_customer_values_name_the_field(shop, values, message):
    with pytest.raises(ValidationError, match=message):
        customers.create_customer(shop[Role.SALES], {"name": "张伟", **values})
    assert Customer.select().count() == 0


def test_the_customer_list_searches_name_buyer_id_phone_and_its_last_four_digits(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    new_customer(service)
    new_customer(service, name="李强", nickname="jd_8848", channel="jd", phone="18655556666")
    source = customers.CustomerSource(service)

    def names(text):
        return sorted(row[0] for row in source.page(ListRequest(search=text)).rows)

    assert names("王") == ["王芳"] and names("小鱼儿") == ["王芳"] and names("18655556666") == ["李强"]
    assert names("6666") == ["李强"] and names("jd_") == ["李强"] and names("赵") == []
    assert source.count(ListRequest(filters={"tier": "gold"})) == 2


def test_purchase_history_lists_the_customers_orders_newest_first(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    customer_id = new_customer(service)
    first = paid_order(service, LineInput(1, 2000, title="A"), customer_id=customer_id,
                       paid_at=timeutil.now() - dt.timedelta(days=3))
    second = paid_order(service, LineInput(1, 3000, title="B"), customer_id=customer_id)
    detail = customers.get_customer(service, customer_id)
    assert [o.order_no for o in detail.orders] == [second.order_no, first.order_no]
    assert (detail.order_count, detail.total_spent_cents) == (2, 5000)
    assert customers.find_customer(service, phone="13912345678") == customer_id
    assert customers.find_customer(service, channel="taobao", nickname="tb_小鱼儿2019") == customer_id
    assert customers.find_customer(service, phone="10000000000") is None


# -- revisit plans ------------------------------------------------------------------------------------

def test_revisits_are_due_then_overdue_until_marked_done(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    customer_id = new_customer(service)
    today = timeutil.today()
    call = customers.create_revisit(service, customer_id, today, "新品推荐回访")
    customers.create_revisit(service, customer_id, today + dt.timedelta(days=7), "复购提醒")
    assert customers.revisit_counts(service) == (1, 0)
    source = customers.RevisitSource(service)
    rows = source.page(ListRequest()).rows
    assert [(r[5], r[7]) for r in rows] == [("新品推荐回访", "Due today")] and source.row_style(rows[0]) is None

    timeutil.set_clock_offset(dt.timedelta(days=1))
    assert customers.revisit_counts(service) == (0, 1)
    source = customers.RevisitSource(service)
    row = source.page(ListRequest(filters={"state": "overdue"})).rows[0]
    assert row[7] == "Overdue" and source.row_style(row) == {"foreground": "#c62828"}
    assert row[6] == "customer_service"  # assigned to whoever planned it

    with pytest.raises(ValidationError, match="Result"):
        customers.complete_revisit(service, call, "")
    customers.complete_revisit(service, call, "客户满意，已发优惠券")
    assert customers.revisit_counts(service) == (0, 0)
    with pytest.raises(Conflict, match="already marked done"):
        customers.complete_revisit(service, call, "again")
    done = customers.RevisitSource(service).page(ListRequest(filters={"state": "done"})).rows
    assert [(r[7], r[9]) for r in done] == [("Done", "客户满意，已发优惠券")]
    assert RevisitPlan.get_by_id(call).done_by_id == service.user_id


def test_birthdays_of_the_coming_week(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    today = timeutil.today()
    soon = new_customer(service, name="生日近", birthday=(today + dt.timedelta(days=3)).replace(year=1991))
    new_customer(service, name="生日远", birthday=(today + dt.timedelta(days=40)).replace(year=1991))
    new_customer(service, name="今天", birthday=today.replace(year=1985))
    found = customers.upcoming_birthdays(service, days=7)
    assert [name for _id, name, _b, _t in found] == ["今天", "生日近"] and found[1][0] == soon


# -- personal data on request -------------------------------------------------------------------------

def test_the_owner_exports_everything_held_about_a_customer(shop):
    owner, service = shop[Role.OWNER], shop[Role.CUSTOMER_SERVICE]
    customer_id = new_customer(service)
    ref = paid_order(service, LineInput(2, 1500, title="茶叶"), customer_id=customer_id, receiver_name="王芳")
    data = customers.export_personal_data(owner, customer_id)
    assert data["customer"]["phone"] == "13912345678" and data["customer"]["birthday"] == dt.date(1990, 5, 20)
    assert data["addresses"][0]["address"] == HOME
    assert [(o["order_no"], o["receiver_name"], o["lines"][0]["qty"]) for o in data["orders"]] == [
        (ref.order_no, "王芳", 2)]
    assert AuditLog.select().where(AuditLog.action == "export", AuditLog.entity == "customer").count() == 1
    with pytest.raises(PermissionDenied):
        customers.export_personal_data(shop[Role.SUPERVISOR], customer_id)


def test_erasing_blanks_the_person_and_keeps_the_books(shop):
    owner, service = shop[Role.OWNER], shop[Role.CUSTOMER_SERVICE]
    customer_id = new_customer(service)
    ref = paid_order(service, LineInput(1, 8800, title="礼盒"), customer_id=customer_id, receiver_name="王芳",
                     receiver_phone="13912345678", buyer_message="请打 13912345678")
    with pytest.raises(Conflict, match=f"still has orders on the way \\({ref.order_no}\\)"):
        customers.erase_customer(owner, customer_id, "客户电话要求删除")
    shipping.ship_order(shop[Role.SHIPPING], ref.id, shipping.list_carriers(owner)[0].id, "SF8000000000001")
    orders.change_status(service, ref.id, OrderStatus.DELIVERED)
    with pytest.raises(ValidationError, match="Reason"):
        customers.erase_customer(owner, customer_id, "")
    result = customers.erase_customer(owner, customer_id, "客户电话要求删除")
    assert (result.orders_blanked, result.addresses_removed) == (1, 1)

    row = Customer.get_by_id(customer_id)
    assert (row.name, row.nickname, row.phone, row.wechat, row.birthday, row.notes) == ("", "", "", "", None, "")
    assert row.erased_at is not None and row.total_spent_cents == 8800
    order = SalesOrder.get_by_id(ref.id)
    assert (order.receiver_name, order.receiver_phone, order.receiver_address, order.buyer_message) == ("", "", "", "")
    assert order.total_cents == 8800 and order.paid_cents == 8800
    assert CustomerAddress.select().count() == 0
    assert customers.CustomerSource(owner).page(ListRequest()).rows[0][0] == "(erased)"
    assert customers.CustomerSource(owner).page(ListRequest(search="13912345678")).rows == []
    assert "13912345678" not in audit_text() and "王芳" not in audit_text()
    with pytest.raises(Conflict, match="already erased"):
        customers.erase_customer(owner, customer_id, "again")
    with pytest.raises(Conflict, match="was erased"):
        customers.update_customer(service, customer_id, {"name": "王芳"}, row_version=row.row_version)
    with pytest.raises(Conflict, match="was erased"):
        orders.create_order(service, draft(customer_id=customer_id))


@pytest.mark.parametrize("role", [r for r in Role if r != Role.OWNER])
def test_only_the_owner_erases(shop, role):
    customer_id = new_customer(shop[Role.CUSTOMER_SERVICE])
    with pytest.raises(PermissionDenied):
        customers.erase_customer(shop[role], customer_id, "要求删除")
    assert Customer.get_by_id(customer_id).erased_at is None
