"""Goods and money of after-sales cases (SQLite and PostgreSQL): returned goods inspected into
sellable or defective stock (both proven by `shopmanager check`), replacement parcels with
their own unique tracking number taking the stock out, and refunds never above what was paid."""
from __future__ import annotations

import pytest

from shopmanager.core import timeutil

from shopmanager.core.aftersales import CaseState, CaseType, ReturnMethod
from shopmanager.core.errors import Conflict, PermissionDenied, ValidationError
from shopmanager.core.inventory import MovementKind
from shopmanager.core.permissions import Role
from shopmanager.db.models import AfterSalesCase, CaseLine, Product, Refund, Shipment, StockMovement
from shopmanager.services import aftersales, aftersales_detail, aftersales_goods, aftersales_refunds, shipping
from shopmanager.services.aftersales_goods import ReceiveLine, ReplacementLine
from shopmanager.services.check import run_checks
from shopmanager.services.listing import ListRequest
from shopmanager.services.orders import LineInput
from tests.unit.services.aftersales_helpers import carrier, case_on, delivered_order, make_product, order_lines
from tests.unit.services.test_orders import paid_order


def stock_of(product_id: int) -> int:
    return Product.get_by_id(product_id).stock_qty


def all_checks_pass() -> bool:
    return all(finding.ok for finding in run_checks())


def line_of(case_id: int) -> CaseLine:
    return CaseLine.get(CaseLine.case == case_id)


# -- returned goods -------------------------------------------------------------------------------------

def test_good_pieces_go_back_to_stock_and_failed_ones_to_the_defective_stock(shop):
    clerk, service = shop[Role.SHIPPING], shop[Role.CUSTOMER_SERVICE]
    rice = make_product("RICE", price=5940, qty=20)
    order = delivered_order(shop, LineInput(3, product_id=rice))
    assert stock_of(rice) == 17
    ref = case_on(service, order.id, reason="quality")
    aftersales.change_state(service, ref.id, CaseState.WAITING_GOODS)
    with pytest.raises(PermissionDenied):
        aftersales_goods.receive_goods(service, ref.id, [ReceiveLine(line_of(ref.id).id, good=2, defective=1)])
    aftersales_goods.receive_goods(clerk, ref.id, [ReceiveLine(line_of(ref.id).id, good=2, defective=1)],
                                   note="一袋破损")
    assert stock_of(rice) == 19  # the defective piece is not sellable
    assert aftersales_goods.defective_qty(rice) == 1 and aftersales_goods.defective_total() == (1, 1)
    kinds = {m.kind: (m.qty, m.ref_type, m.ref_id) for m in StockMovement.select().where(
        StockMovement.ref_type == "aftersales")}
    assert kinds == {MovementKind.RETURN: (2, "aftersales", ref.id), MovementKind.DEFECTIVE_IN: (1, "aftersales", ref.id)}
    case = AfterSalesCase.get_by_id(ref.id)
    assert case.state == CaseState.IN_PROGRESS and case.goods_received_at is not None
    assert all_checks_pass()
    with pytest.raises(ValidationError, match=r"Item 1 \(RICE\): 1 pieces received, but the case is about 3 and 3 "
                                              r"came back already"):
        aftersales_goods.receive_goods(clerk, ref.id, [ReceiveLine(line_of(ref.id).id, good=1)])
    assert stock_of(rice) == 19
    rows = aftersales_goods.DefectiveSource(clerk).page(ListRequest()).rows
    assert [(r[0], r[2], r[3]) for r in rows] == [("RICE", 1, 19)]
    aftersales_goods.dispose_defective(shop[Role.WAREHOUSE], rice, 1, "scrap", "霉变报废")
    assert aftersales_goods.defective_qty(rice) == 0 and stock_of(rice) == 19 and all_checks_pass()
    with pytest.raises(Conflict, match="Not enough defective stock of RICE"):
        aftersales_goods.dispose_defective(shop[Role.WAREHOUSE], rice, 1, "supplier", "退厂")


def test_defective_stock_is_not_in_the_low_stock_alert(shop):
    from shopmanager.services.alerts import low_stock_count

    rice = make_product("RICE", qty=10)
    order = delivered_order(shop, LineInput(2, product_id=rice))
    ref = case_on(shop[Role.CUSTOMER_SERVICE], order.id)
    assert low_stock_count() == 1  # 8 < 10
    aftersales_goods.receive_goods(shop[Role.SHIPPING], ref.id, [ReceiveLine(line_of(ref.id).id, defective=2)])
    assert stock_of(rice) == 8 and low_stock_count() == 1 and aftersales_goods.defective_qty(rice) == 2


def test_freight_collect_parcels_are_refused_at_the_door_unless_overridden(shop):
    rice = make_product("RICE", qty=10)
    order = delivered_order(shop, LineInput(1, product_id=rice))
    ref = case_on(shop[Role.CUSTOMER_SERVICE], order.id)
    line = line_of(ref.id).id
    with pytest.raises(Conflict, match=r"Freight collect \(到付\) parcels are refused"):
        aftersales_goods.receive_goods(shop[Role.SHIPPING], ref.id, [ReceiveLine(line, good=1)],
                                       arrived_by=ReturnMethod.FREIGHT_COLLECT)
    assert stock_of(rice) == 9
    refused = case_on(shop[Role.CUSTOMER_SERVICE], delivered_order(shop, LineInput(1, product_id=rice)).id,
                      return_method=ReturnMethod.SURFACE_MAIL)
    aftersales.override_policy(shop[Role.SUPERVISOR], refused.id, "偏远地区只有平邮，同意签收")
    aftersales_goods.receive_goods(shop[Role.SHIPPING], refused.id, [ReceiveLine(line_of(refused.id).id, good=1)],
                                   arrived_by=ReturnMethod.SURFACE_MAIL)
    assert stock_of(rice) == 9


def test_complaints_and_refused_cases_take_no_goods(shop):
    rice = make_product("RICE", qty=10)
    order = delivered_order(shop, LineInput(1, product_id=rice), delivered_days_ago=20)
    refused = case_on(shop[Role.CUSTOMER_SERVICE], order.id, reason="no_reason")
    with pytest.raises(Conflict, match="refuse the parcel"):
        aftersales_goods.receive_goods(shop[Role.SHIPPING], refused.id, [ReceiveLine(line_of(refused.id).id, good=1)])
    complaint = aftersales.create_case(shop[Role.CUSTOMER_SERVICE], aftersales.CaseInput(
        CaseType.COMPLAINT, order.id, category="logistics"))
    with pytest.raises(Conflict, match="no goods coming back"):
        aftersales_goods.receive_goods(shop[Role.SHIPPING], complaint.id, [ReceiveLine(1, good=1)])


# -- replacements -------------------------------------------------------------------------------------------

def test_an_exchange_ships_a_replacement_with_its_own_unique_tracking_number(shop):
    clerk = shop[Role.SHIPPING]
    small, large = make_product("TEE-S", qty=5), make_product("TEE-L", qty=5)
    order = delivered_order(shop, LineInput(1, product_id=small))
    used = Shipment.get(Shipment.order == order.id).tracking_no
    ref = case_on(shop[Role.CUSTOMER_SERVICE], order.id, "exchange", "change")
    with pytest.raises(Conflict, match=f"Tracking number {used} is already used by order {order.order_no}"):
        aftersales_goods.ship_replacement(clerk, ref.id, carrier(clerk), used, [ReplacementLine(large, 1)])
    assert stock_of(large) == 5 and Shipment.select().where(Shipment.kind == "exchange").count() == 0
    shipment = aftersales_goods.ship_replacement(clerk, ref.id, carrier(clerk, "YTO"), "yt 8800 1122 33",
                                                 [ReplacementLine(large, 1)])
    parcel = Shipment.get_by_id(shipment)
    assert (parcel.kind, parcel.tracking_no, parcel.carrier_name, parcel.order_id) == (
        "exchange", "YT8800112233", "圆通速递", order.id)
    assert stock_of(large) == 4 and stock_of(small) == 4
    out = StockMovement.get(StockMovement.ref_type == "shipment", StockMovement.ref_id == shipment)
    assert (out.kind, out.qty, out.product_id) == (MovementKind.EXCHANGE, -1, large)
    with pytest.raises(Conflict, match="already has a parcel on its way"):
        aftersales_goods.ship_replacement(clerk, ref.id, carrier(clerk), "YT0000000001")
    paid = paid_order(shop[Role.CUSTOMER_SERVICE], LineInput(1, product_id=small))
    with pytest.raises(Conflict, match=f"already used by order {order.order_no} \\({ref.case_no}\\)"):
        shipping.ship_order(clerk, paid.id, carrier(clerk), "YT8800112233")  # an order cannot reuse it either
    with pytest.raises(Conflict, match="belongs to an after-sales case"):
        shipping.cancel_shipment(clerk, shipment, "wrong")
    detail = aftersales_detail.get_case(shop[Role.OWNER], ref.id)
    assert detail.active_replacement.items == [("TEE-L", "商品 TEE-L", 1)]
    aftersales_goods.cancel_replacement(clerk, ref.id, "面单打错")
    assert stock_of(large) == 5 and Shipment.get_by_id(shipment).cancelled_at is not None
    aftersales_goods.ship_replacement(clerk, ref.id, carrier(clerk), "YT8800112233", [ReplacementLine(large, 1)])
    assert stock_of(large) == 4 and all_checks_pass()


def test_a_replacement_needs_stock(shop):
    clerk = shop[Role.SHIPPING]
    rice = make_product("RICE", qty=1)
    order = delivered_order(shop, LineInput(1, product_id=rice))
    ref = case_on(shop[Role.CUSTOMER_SERVICE], order.id, "exchange", "quality")
    with pytest.raises(Conflict, match="Not enough stock of RICE"):
        aftersales_goods.ship_replacement(clerk, ref.id, carrier(clerk), "SF9999999999")
    assert Shipment.select().where(Shipment.tracking_no == "SF9999999999").count() == 0


def test_a_repair_goes_out_and_back_without_touching_the_stock(shop):
    clerk = shop[Role.SHIPPING]
    cup = make_product("CUP", qty=5)
    order = delivered_order(shop, LineInput(1, product_id=cup))
    ref = case_on(shop[Role.CUSTOMER_SERVICE], order.id, "repair", "quality")
    aftersales_goods.receive_goods(clerk, ref.id, [ReceiveLine(line_of(ref.id).id, good=1)])
    aftersales_goods.ship_replacement(clerk, ref.id, carrier(clerk), "SF5555555555")
    assert stock_of(cup) == 4 and all_checks_pass()


# -- refunds ---------------------------------------------------------------------------------------------------

def test_a_refund_above_what_was_paid_for_the_lines_is_refused_and_changes_nothing(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    rice, oil = make_product("RICE", price=5940, qty=10), make_product("OIL", price=8980, qty=10)
    order = delivered_order(shop, LineInput(2, product_id=rice), LineInput(1, product_id=oil), freight=800)
    ref = case_on(service, order.id, reason="no_reason", qty=1)  # one bag of rice, goods only
    with pytest.raises(ValidationError, match=r"Refund ¥59.41: more than can be refunded. The buyer paid ¥59.40 "
                                              r"for these items; ¥0.00 refunded on this case") as error:
        aftersales_refunds.record_refund(service, ref.id, "59.41")
    assert error.value.field == "amount"
    assert Refund.select().count() == 0 and AfterSalesCase.get_by_id(ref.id).refund_cents == 0
    result = aftersales_refunds.record_refund(service, ref.id, "59.40", "alipay", note="已转账")
    assert (result.case_total_cents, result.still_refundable_cents) == (5940, 0)
    with pytest.raises(ValidationError, match="at most ¥0.00 more"):
        aftersales_refunds.record_refund(service, ref.id, 1)
    rice_line, oil_line = (line.id for line in order_lines(order.id))
    full = aftersales.create_case(service, aftersales.CaseInput(  # the other bag and the oil, freight included
        CaseType.RETURN_REFUND, order.id, [aftersales.CaseLineInput(rice_line, 1), aftersales.CaseLineInput(oil_line, 1)],
        "quality"))
    detail = aftersales_detail.get_case(service, full.id)
    assert detail.refundable_cents == 5940 + 8980 + -(-800 * (5940 + 8980) // (2 * 5940 + 8980))  # shares round up
    with pytest.raises(ValidationError, match="Refund: enter an amount above 0"):
        aftersales_refunds.record_refund(service, full.id, 0)
    aftersales_refunds.record_refund(service, full.id, detail.refundable_cents)
    order_total = sum(r.amount_cents for r in Refund.select())
    assert order_total <= 2 * 5940 + 8980 + 800


def test_the_order_payment_caps_refunds_over_all_its_cases(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    rice = make_product("RICE", price=1000, qty=10)
    order = delivered_order(shop, LineInput(1, product_id=rice))
    complaint = aftersales.create_case(service, aftersales.CaseInput(CaseType.COMPLAINT, order.id, category="quality"))
    aftersales_refunds.record_refund(service, complaint.id, 600)  # goodwill
    refund = case_on(service, order.id, "refund_only", "not_received")
    with pytest.raises(ValidationError, match="at most ¥4.00 more"):
        aftersales_refunds.record_refund(service, refund.id, 500)
    aftersales_refunds.record_refund(service, refund.id, 400)
    no_order = aftersales.create_case(service, aftersales.CaseInput(CaseType.COMPLAINT, category="attitude"))
    with pytest.raises(Conflict, match="no order"):
        aftersales_refunds.record_refund(service, no_order.id, 100)


def test_an_exchange_is_not_refunded_without_the_supervisor(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    rice = make_product("RICE", price=1000, qty=10)
    order = delivered_order(shop, LineInput(1, product_id=rice))
    ref = case_on(service, order.id, "exchange", "change")
    with pytest.raises(Conflict, match="override"):
        aftersales_refunds.record_refund(service, ref.id, 100)
    refused = case_on(service, delivered_order(shop, LineInput(1, product_id=rice), delivered_days_ago=30).id,
                      reason="no_reason")
    with pytest.raises(Conflict, match="is Refused: no refund"):
        aftersales_refunds.record_refund(service, refused.id, 100)


def test_the_owner_sees_the_cases_effect_on_profit(shop):
    owner, service, clerk = shop[Role.OWNER], shop[Role.CUSTOMER_SERVICE], shop[Role.SHIPPING]
    now = timeutil.now()
    rice = Product.create(sku="RICE", name="大米", price_cents=5000, cost_cents=3000, status="listed",
                          created_at=now, updated_at=now).id
    from shopmanager.services import stock

    stock.receive_goods(owner, [stock.ReceiptLine(rice, 10)])
    order = delivered_order(shop, LineInput(2, product_id=rice))
    ref = case_on(service, order.id, reason="quality")
    aftersales_goods.receive_goods(clerk, ref.id, [ReceiveLine(line_of(ref.id).id, good=1, defective=1)])
    aftersales_refunds.record_refund(service, ref.id, 10000)
    assert aftersales_detail.get_case(owner, ref.id).profit_effect_cents == -10000 + 3000
    assert aftersales_detail.get_case(service, ref.id).profit_effect_cents is None


def test_a_return_already_at_the_shop_is_registered_received_and_refunded_in_one_step(shop):
    supervisor = shop[Role.SUPERVISOR]
    rice = make_product("RICE", price=5000, qty=10)
    order = delivered_order(shop, LineInput(2, product_id=rice))
    line = order_lines(order.id)[0]
    draft = aftersales.CaseInput(CaseType.RETURN_REFUND, order.id, [aftersales.CaseLineInput(line.id, 2)], "quality")
    with pytest.raises(PermissionDenied):
        aftersales_goods.register_return(shop[Role.CUSTOMER_SERVICE], draft, refund=100)
    with pytest.raises(ValidationError, match="more than can be refunded"):
        aftersales_goods.register_return(supervisor, draft, defective={line.id: 1}, refund=10001)
    assert AfterSalesCase.select().count() == 0 and stock_of(rice) == 8  # nothing of it stayed
    ref = aftersales_goods.register_return(supervisor, draft, defective={line.id: 1}, refund=10000)
    assert stock_of(rice) == 9 and aftersales_goods.defective_qty(rice) == 1
    assert AfterSalesCase.get_by_id(ref.id).refund_cents == 10000 and all_checks_pass()
    late = delivered_order(shop, LineInput(1, product_id=rice), delivered_days_ago=20)
    with pytest.raises(Conflict, match="policy refuses this return"):
        aftersales_goods.register_return(supervisor, aftersales.CaseInput(
            CaseType.RETURN_REFUND, late.id, [aftersales.CaseLineInput(order_lines(late.id)[0].id, 1)], "no_reason"))
    assert AfterSalesCase.select().count() == 1


def _retry_cases():
    """(name, prepare(shop) → the call, the audit action it writes) for every after-sales write."""
    def order_with_case(shop, kind="return_refund", reason="quality"):
        rice = make_product(f"R{kind[:3]}", price=5000, qty=20)
        order = delivered_order(shop, LineInput(1, product_id=rice))
        return rice, case_on(shop[Role.CUSTOMER_SERVICE], order.id, kind, reason)

    def create(shop):
        rice = make_product("RC", qty=5)
        order = delivered_order(shop, LineInput(1, product_id=rice))
        return lambda: case_on(shop[Role.CUSTOMER_SERVICE], order.id)

    def state(shop):
        ref = order_with_case(shop)[1]
        return lambda: aftersales.change_state(shop[Role.CUSTOMER_SERVICE], ref.id, CaseState.WAITING_GOODS)

    def override(shop):
        rice = make_product("RO", qty=5)
        ref = case_on(shop[Role.CUSTOMER_SERVICE], delivered_order(shop, LineInput(1, product_id=rice),
                                                                   delivered_days_ago=20).id, reason="no_reason")
        return lambda: aftersales.override_policy(shop[Role.SUPERVISOR], ref.id, "老客户")

    def receive(shop):
        ref = order_with_case(shop)[1]
        return lambda: aftersales_goods.receive_goods(shop[Role.SHIPPING], ref.id, [ReceiveLine(line_of(ref.id).id,
                                                                                                 defective=1)])

    def ship(shop):
        ref = order_with_case(shop, "exchange")[1]
        return lambda: aftersales_goods.ship_replacement(shop[Role.SHIPPING], ref.id, carrier(shop[Role.SHIPPING]),
                                                         "SF5500000000001")

    def refund(shop):
        ref = order_with_case(shop)[1]
        return lambda: aftersales_refunds.record_refund(shop[Role.CUSTOMER_SERVICE], ref.id, 100)

    def escalate(shop):
        ref = order_with_case(shop)[1]
        return lambda: aftersales.escalate(shop[Role.CUSTOMER_SERVICE], ref.id, "协商不成")

    def hand_over(shop):
        order_with_case(shop)
        return lambda: aftersales.hand_over_open_cases(shop[Role.OWNER], shop[Role.CUSTOMER_SERVICE].staff_id,
                                                       shop[Role.SALES].staff_id)

    return [("create", create, "create"), ("state", state, "status"), ("override", override, "override"),
            ("receive", receive, "receive"), ("ship", ship, "ship"), ("refund", refund, "refund"),
            ("escalate", escalate, "escalate"), ("hand over", hand_over, "handover")]


@pytest.mark.parametrize("prepare, action", [(p, a) for _n, p, a in _retry_cases()],
                         ids=[n for n, _p, _a in _retry_cases()])
def test_every_after_sales_write_runs_again_after_a_transient_clash(db, shop, prepare, action):
    import peewee

    from shopmanager.db.models import AuditLog
    from shopmanager.services import context
    from tests.unit.services.test_write_retry import first_write_fails

    call = prepare(shop)
    last = AuditLog.select(peewee.fn.MAX(AuditLog.id)).scalar() or 0
    retries = context.transient_retries
    with first_write_fails(db.kind) as raised:
        call()
    assert len(raised) == 1 and context.transient_retries == retries + 1
    added = [a for (a,) in AuditLog.select(AuditLog.action).where(AuditLog.id > last).tuples()]
    assert added.count(action) == 1, added
    assert all_checks_pass()
