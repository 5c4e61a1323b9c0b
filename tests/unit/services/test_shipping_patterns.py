"""Batch shipping's services: the order shown before the label, refused at once when it may not
ship; carriers recognised from their number patterns, which the shop edits."""
from __future__ import annotations

import pytest

from shopmanager.core.errors import Conflict, ValidationError
from shopmanager.core.permissions import Role
from shopmanager.db.models import AuditLog, CarrierPattern
from shopmanager.services import orders, shipping
from shopmanager.services.audit import readable
from shopmanager.services.orders import LineInput
from tests.unit.services.test_orders import make_product, paid_order
from tests.unit.services.test_shipping import carrier_id


def test_the_scanned_order_shows_what_goes_in_and_a_wrong_one_is_refused_at_once(shop):
    clerk, service = shop[Role.SHIPPING], shop[Role.CUSTOMER_SERVICE]
    rice, tea = make_product("RICE", qty=10), make_product("TEA", qty=10)
    ref = paid_order(service, LineInput(2, product_id=rice), LineInput(1, product_id=tea), buyer_message="多放冰袋")
    preview = shipping.preview_shipment(clerk, ref.order_no)
    assert preview.items == [("商品 RICE", 2), ("商品 TEA", 1)] and preview.pieces == 3
    assert preview.buyer_message == "多放冰袋" and preview.receiver
    unpaid = orders.create_order(service, orders.OrderInput(channel="taobao", lines=[LineInput(1, product_id=rice)]))
    with pytest.raises(Conflict, match="not paid yet"):
        shipping.preview_shipment(clerk, unpaid.order_no)
    cancelled = paid_order(service, LineInput(1, product_id=rice))
    orders.change_status(service, cancelled.id, "cancelled", reason="买家不要了")
    with pytest.raises(Conflict, match="Cancelled: do not ship it"):
        shipping.preview_shipment(clerk, cancelled.order_no)
    shipping.ship_order(clerk, ref.id, carrier_id(clerk), "SF1234567890123")
    with pytest.raises(Conflict, match="already shipped: 顺丰速运 SF1234567890123"):
        shipping.preview_shipment(clerk, ref.order_no)


def test_carriers_are_recognised_from_the_default_patterns(shop):
    clerk = shop[Role.SHIPPING]
    assert shipping.recognise_carrier(clerk, "SF1234567890123").name == "顺丰速运"
    assert shipping.recognise_carrier(clerk, "jt0001234567890").name == "极兔速递"
    assert shipping.recognise_carrier(clerk, "75123456789012").name == "中通快递"
    assert shipping.recognise_carrier(clerk, "ABC123456") is None
    assert shipping.carrier_fits(clerk, "SF1234567890123", carrier_id(clerk, "SF")) is True
    assert shipping.carrier_fits(clerk, "SF1234567890123", carrier_id(clerk, "ZTO")) is False
    assert shipping.carrier_fits(clerk, "ABC123456", carrier_id(clerk, "ZTO")) is None


def test_the_shop_edits_the_patterns_and_the_change_is_audited_in_words(shop):
    clerk = shop[Role.SHIPPING]
    dbl = carrier_id(clerk, "DBL")
    assert shipping.set_carrier_patterns(clerk, dbl, ["dpk#{12}", "DPK#{12}", "55#{8}"]) == ["DPK#{12}", "55#{8}"]
    assert shipping.recognise_carrier(clerk, "5512345678").name == "德邦快递"
    with pytest.raises(ValidationError, match="Number pattern '德邦'"):
        shipping.set_carrier_patterns(clerk, dbl, ["德邦"])
    assert [p.pattern for p in CarrierPattern.select().where(CarrierPattern.carrier == dbl)] == ["DPK#{12}", "55#{8}"]
    entry = readable(list(AuditLog.select().where(AuditLog.entity == "carrier").order_by(AuditLog.id.desc())
                          .limit(1).dicts()))[0]
    assert entry.record == "德邦快递" and entry.changes.startswith("Tracking number patterns: DPK#{12} DBL* → ")
    new = shipping.add_carrier(shop[Role.OWNER], "跨越速运", "KY", ["KY#{10}"])
    assert next(c for c in shipping.list_carriers(clerk) if c.id == new).patterns == ("KY#{10}",)
    express = shipping.add_carrier(shop[Role.OWNER], "顺丰特快", "SF")  # its code's default patterns
    assert next(c for c in shipping.list_carriers(clerk) if c.id == express).patterns == ("SF#{12-15}",)
