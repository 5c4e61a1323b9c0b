"""History and the audit log in the shop's words: labels, money, linked records by number or
name, statuses by their labels — no field names, cents or ids on screen."""
from __future__ import annotations

import json
import re

import pytest

from shopmanager.core import i18n
from shopmanager.core.permissions import Role
from shopmanager.db.models import AuditLog
from shopmanager.services import audit, customers, orders, shipping, stock
from shopmanager.services.audit import AuditField, format_changes, readable, register
from shopmanager.services.context import audit as write_audit
from shopmanager.services.context import transaction
from shopmanager.services.listing import ListRequest
from shopmanager.services.orders import LineInput
from tests.unit.services.test_orders import make_product, paid_order
from tests.unit.services.test_shipping import carrier_id

RAW = re.compile(r"_cents|\b(status|customer|freight|staff|tracking_no|lines):|\[\w+ #\d+\]")


def entries(**where):
    rows = list(AuditLog.select(AuditLog.at, AuditLog.username, AuditLog.action, AuditLog.entity,
                                AuditLog.entity_id, AuditLog.summary, AuditLog.changes)
                .where(*[getattr(AuditLog, k) == v for k, v in where.items()]).order_by(AuditLog.id).dicts())
    return readable(rows)


def test_order_history_names_fields_formats_money_and_names_the_customer(shop):
    owner = shop[Role.OWNER]
    rice = make_product("RICE", qty=10, price=5940)
    customer = customers.create_customer(owner, {"name": "张伟", "phone": "13812345678"})
    ref = paid_order(shop[Role.CUSTOMER_SERVICE], LineInput(2, product_id=rice))
    detail = orders.get_order(owner, ref.id)
    draft = orders.OrderInput(channel=detail.channel, lines=[LineInput(2, product_id=rice)], customer_id=customer,
                              freight_cents=800, receiver_name=detail.receiver_name,
                              receiver_phone=detail.receiver_phone, receiver_address=detail.receiver_address,
                              payment_method=detail.payment_method)
    orders.update_order(owner, ref.id, draft, row_version=detail.row_version)
    shipping.ship_order(shop[Role.SHIPPING], ref.id, carrier_id(owner), "SF1234567890123")
    history = orders.get_order(owner, ref.id).history
    shipped, changed = history[0], history[1]
    assert shipped["action"] == "Shipped"
    assert "Status: Paid, to ship → Shipped" in shipped["changes"]
    assert "Tracking number: — → SF1234567890123" in shipped["changes"]
    assert "Freight: ¥0.00 → ¥8.00" in changed["changes"] or "Freight: — → ¥8.00" in changed["changes"]
    assert "Customer: — → 张伟" in changed["changes"]
    for item in history:
        assert not RAW.search(item["changes"]), item["changes"]
        assert "freight_cents" not in item["changes"] and not re.search(r"→ \d+(;|$)", item["changes"])


def test_the_log_names_linked_records_and_masks_customers_for_staff_without_pii(shop):
    owner = shop[Role.OWNER]
    customer = customers.create_customer(owner, {"name": "王芳芳", "phone": "13912345678"})
    with transaction():
        write_audit(owner, "update", "order", "", changes={"customer": [None, customer]})
    text = format_changes(json.dumps({"customer": [None, customer]}), "order", shop[Role.OPERATIONS])
    assert text == "Customer: — → 王**"
    source = audit.AuditSource(owner)
    rows = list(source.iter_rows(ListRequest(filters={"entity": "customer"})))
    assert rows and rows[0][3] == "Customer" and rows[0][4] == "王芳芳"


def test_machine_summaries_read_as_words_in_chinese(shop):
    from shopmanager.core.errors import PermissionDenied
    from shopmanager.services import auth, stocktake

    with pytest.raises(PermissionDenied):
        stocktake.post(shop[Role.WAREHOUSE], 1)
    for _ in range(2):
        with pytest.raises(Exception):
            auth.login("shipping", "wrong password")
    i18n.set_language("zh_CN")
    try:
        refused = entries(action="denied")[0]
        assert (refused.action, refused.entity, refused.summary) == ("被拒绝", "盘点", "试图：过账盘点差异")
        failures = [e.summary for e in entries(action="login_failed")]
        assert failures == ["密码错误（连续第 1 次）", "密码错误（连续第 2 次）"]
    finally:
        i18n.set_language("en")


def test_stock_movements_name_the_shipment_not_its_id(shop):
    owner = shop[Role.OWNER]
    rice = make_product("RICE", qty=10)
    ref = paid_order(shop[Role.CUSTOMER_SERVICE], LineInput(2, product_id=rice))
    shipping.ship_order(owner, ref.id, carrier_id(owner), "SF1234567890123")
    rows = list(stock.MovementSource(owner).iter_rows(ListRequest(filters={"kind": "sale"})))
    assert rows and ref.order_no in rows[0][6] and "SF1234567890123" in rows[0][6]
    assert "#" not in rows[0][6] and "shipment" not in rows[0][6]


def test_other_modules_register_in_a_few_lines_and_unknown_fields_stay_readable(shop):
    register("roster_shift", lambda: "Shift", fields={
        "fine_cents": AuditField(lambda: "Fine", "money"),
        "kind": AuditField(lambda: "Kind", "choice", choices=lambda v: {"day": "Day shift"}.get(v, v))})
    text = format_changes(json.dumps({"fine_cents": [None, 5000], "kind": ["day", "day"]}), "roster_shift")
    assert text == "Fine: — → ¥50.00; Kind: Day shift → Day shift"
    unknown = format_changes(json.dumps({"bonus_cents": [100, 250], "is_late": [False, True]}), "mystery")
    assert unknown == "Bonus: ¥1.00 → ¥2.50; Is late: No → Yes"
    assert audit.entity_label("roster_shift") == "Shift" and audit.entity_label("mystery_thing") == "Mystery thing"


def test_the_staff_and_after_sales_records_read_in_the_shops_words(shop):
    """Rest days, the handover book, fines and their sources, voiding, appraisal templates and
    refusals on the after-sales list: labels and values in Chinese, no codes or ids."""
    import dataclasses
    import datetime as dt

    from shopmanager.core import timeutil
    from shopmanager.core.errors import PermissionDenied
    from shopmanager.services import aftersales_list, appraisal_templates, fund, handover, roster

    owner = shop[Role.OWNER]
    clerk, colleague = shop[Role.CUSTOMER_SERVICE], shop[Role.SALES]
    roster.set_rest(owner, clerk.staff_id, timeutil.today() + dt.timedelta(days=3))
    item = handover.write_item(clerk, "王女士的换货今晚回电", to_shift="晚班")
    handover.tick_off(colleague, item, "已回电")
    fine = fund.record_reward_or_fine(owner, clerk.staff_id, kind="fine", category="complaint", amount_cents=5000,
                                      on=timeutil.today(), reason="投诉", source="complaint:999")
    fund.void_reward_fine(owner, fine, "录错")
    template = appraisal_templates.load_template(Role.CUSTOMER_SERVICE)
    first = dataclasses.replace(template.items[0], target=template.items[0].target + 1000)
    appraisal_templates.save_template(owner, dataclasses.replace(template, items=[first, *template.items[1:]]))
    with pytest.raises(PermissionDenied):
        list(aftersales_list.AfterSalesSource(shop[Role.WAREHOUSE]).iter_rows(ListRequest()))
    i18n.set_language("zh_CN")
    try:
        rows = list(AuditLog.select(AuditLog.at, AuditLog.username, AuditLog.action, AuditLog.entity,
                                    AuditLog.entity_id, AuditLog.summary, AuditLog.changes).order_by(AuditLog.id).dicts())
        shown = {(e.entity, e.action): e for e in readable(rows)}
        rest = shown[("排班", "修改")].changes
        assert "类别：— → 休息" in rest and "rest" not in rest
        written, done = shown[("交接本", "新建")].changes, shown[("交接本", "已接手")].changes
        assert "接班班次：— → 晚班" in written and "交班班次" in written
        assert "处理情况：— → 已回电" in done and "可不填" not in done and "：：" not in done
        created, voided = shown[("奖惩", "新建")].changes, shown[("奖惩", "作废")].changes
        assert "来源：— → 售后单" in created and "complaint:" not in created and "Source" not in created
        assert "作废原因：— → 录错" in voided and "?" not in voided
        changed = shown[("考核模板", "修改")].changes
        assert "Sales amount 15% → 31000" in changed and "sales.amount" not in changed  # as written (English)
        assert shown[("售后单", "被拒绝")].summary == "试图：查看售后单"
        assert audit.entity_label("defective_stock") == "次品库存" and audit.entity_label("report") == "报表"
    finally:
        i18n.set_language("en")
