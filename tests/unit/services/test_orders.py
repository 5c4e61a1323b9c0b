"""Orders: numbers, totals computed by the service, editing with the optimistic lock, the state
machine with its messages, the order list (search, filters, masking), dashboard and sales data."""
from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from shopmanager.core import timeutil
from shopmanager.core.errors import Conflict, NotFound, ValidationError
from shopmanager.core.orders import TRANSITIONS, OrderStatus, status_label
from shopmanager.core.permissions import Role
from shopmanager.db.models import AuditLog, Customer, OrderLine, Product, SalesOrder, StockMovement
from shopmanager.services import customers, dashboard, orders, sales, shipping, stock
from shopmanager.services.listing import ListRequest
from shopmanager.services.orders import LineInput, OrderInput


def make_product(sku: str = "A-1", price: int = 1250, qty: int = 0, cost: int = 0) -> int:
    now = timeutil.now()
    product_id = Product.create(sku=sku, name=f"商品 {sku}", price_cents=price, cost_cents=cost, status="listed",
                                created_at=now, updated_at=now).id
    if qty:
        from shopmanager.services.context import SYSTEM

        stock.receive_goods(SYSTEM, [stock.ReceiptLine(product_id, qty)])
    return product_id


def draft(*lines: LineInput, **values) -> OrderInput:
    values.setdefault("channel", "taobao")
    values.setdefault("receiver_name", "张伟")
    values.setdefault("receiver_phone", "13812345678")
    values.setdefault("receiver_address", "浙江省杭州市西湖区文三路 100 号")
    return OrderInput(lines=list(lines) or [LineInput(1, 1000, title="礼盒")], **values)


def paid_order(actor, *lines: LineInput, paid_at: dt.datetime | None = None, **values) -> orders.OrderRef:
    """An order created paid (as platform orders arrive)."""
    moment = paid_at or timeutil.now()
    values.setdefault("ordered_at", moment - dt.timedelta(minutes=5))
    return orders.create_order(actor, draft(*lines, paid_at=moment, **values))


def order_status(order_id: int) -> str:
    return SalesOrder.get_by_id(order_id).status


def last_audit(entity_id: int) -> AuditLog:
    return (AuditLog.select().where(AuditLog.entity == "order", AuditLog.entity_id == str(entity_id))
            .order_by(AuditLog.id.desc()).first())


# -- creating -------------------------------------------------------------------------------------

def test_new_order_gets_the_days_next_number_and_totals_computed_by_the_service(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    rice = make_product("RICE", price=5990)
    first = orders.create_order(service, draft(
        LineInput(2, product_id=rice, discount_cents="5"),  # 2 × 59.90 − 5.00 = 114.80
        LineInput(1, "9.9", title="试吃装"),
        freight_cents="8", discount_cents=1000))
    second = orders.create_order(service, draft())
    today = timeutil.today()
    assert first.order_no == f"SO{today:%Y%m%d}-0001" and second.order_no == f"SO{today:%Y%m%d}-0002"
    order = SalesOrder.get_by_id(first.id)
    assert (order.goods_cents, order.freight_cents, order.discount_cents, order.total_cents) == (12470, 800, 1000, 12270)
    assert order.status == OrderStatus.PENDING and order.paid_cents == 0
    assert order.staff_id == service.staff_id  # who took it: the acting user's staff by default
    lines = list(OrderLine.select().where(OrderLine.order == first.id).order_by(OrderLine.line_no))
    assert [(line.sku, line.title, line.qty, line.unit_price_cents, line.line_total_cents) for line in lines] == [
        ("RICE", "商品 RICE", 2, 5990, 11480), ("", "试吃装", 1, 990, 990)]


def test_numbers_continue_after_the_last_one_of_the_day_and_start_again_tomorrow(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    orders.create_order(service, draft())
    timeutil.set_clock_offset(dt.timedelta(days=1))
    tomorrow = timeutil.today()
    assert orders.create_order(service, draft()).order_no == f"SO{tomorrow:%Y%m%d}-0001"
    assert orders.create_order(service, draft()).order_no == f"SO{tomorrow:%Y%m%d}-0002"


@pytest.mark.parametrize("change, field, message", [
    ({"lines": []}, "lines", "at least one line"),
    ({"lines": [LineInput(0, 100, title="x")]}, "qty", "Line 1: Quantity"),
    ({"lines": [LineInput(1, 100, title="x"), LineInput(2, 100, title="")]}, "title", "Line 2: Item: required"),
    ({"lines": [LineInput(1, 100, title="x", discount_cents=101)]}, "discount_cents", "Line 1: Discount: more than"),
    ({"lines": [LineInput(1, "abc", title="x")]}, "unit_price_cents", "Line 1: Unit price"),
    ({"discount_cents": "20"}, "discount_cents", "Order discount: more than the goods"),
    ({"channel": "ebay"}, "channel", "Channel: 'ebay' is not one of the choices"),
    ({"receiver_phone": "call me"}, "receiver_phone", "Receiver's phone: 'call me' is not a phone number"),
    ({"payment_method": "bitcoin"}, "payment_method", "Payment method"),
    ({"freight_cents": -1}, "freight_cents", "Freight: must be between"),
])
def test_bad_input_is_refused_naming_the_field(shop, change, field, message):
    values = {"lines": [LineInput(1, 1000, title="礼盒")], **change}
    lines = values.pop("lines")
    with pytest.raises(ValidationError, match=message) as caught:
        orders.create_order(shop[Role.CUSTOMER_SERVICE], draft(*lines, **values) if lines else
                            OrderInput(channel="taobao", lines=[], **values))
    assert caught.value.field == field
    assert SalesOrder.select().count() == 0


def test_platform_number_is_unique_per_channel(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    first = orders.create_order(service, draft(platform_order_no="3301234567890"))
    with pytest.raises(Conflict, match=f"Taobao order number 3301234567890 is already entered as order "
                                       f"{first.order_no}"):
        orders.create_order(service, draft(platform_order_no="3301234567890"))
    orders.create_order(service, draft(platform_order_no="3301234567890", channel="jd"))  # another platform: fine


def test_bank_transfer_needs_the_transfer_record(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    ref = orders.create_order(service, draft())
    with pytest.raises(ValidationError, match="Transfer record"):
        orders.record_payment(service, ref.id, payment_method="bank_transfer")
    orders.record_payment(service, ref.id, payment_method="bank_transfer",
                          transfer_record="工商银行 尾号1234 张伟 ¥10.00")
    order = SalesOrder.get_by_id(ref.id)
    assert order.status == OrderStatus.PAID and order.paid_cents == 1000 and order.paid_at is not None


# -- editing --------------------------------------------------------------------------------------

def test_update_recomputes_and_refuses_a_stale_form(shop):
    service, supervisor = shop[Role.CUSTOMER_SERVICE], shop[Role.SUPERVISOR]
    ref = orders.create_order(service, draft(LineInput(1, 1000, title="礼盒")))
    opened = orders.get_order(service, ref.id)
    orders.update_order(supervisor, ref.id, draft(LineInput(3, 1000, title="礼盒"), freight_cents=500),
                        row_version=opened.row_version)
    assert SalesOrder.get_by_id(ref.id).total_cents == 3500
    with pytest.raises(Conflict, match="Someone else changed order .* after you opened it"):
        orders.update_order(service, ref.id, draft(LineInput(1, 1, title="x")), row_version=opened.row_version)
    assert SalesOrder.get_by_id(ref.id).total_cents == 3500
    assert OrderLine.get(OrderLine.order == ref.id).qty == 3
    changes = json.loads(last_audit(ref.id).changes)
    assert changes["total_cents"] == [1000, 3500] and changes["lines"] == ["礼盒 ×1 @¥10.00", "礼盒 ×3 @¥10.00"]


def test_only_pending_or_paid_orders_can_be_edited(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    product = make_product(qty=5)
    ref = paid_order(service, LineInput(1, product_id=product))
    shipping.ship_order(shop[Role.SHIPPING], ref.id, shipping.list_carriers(service)[0].id, "SF100200300")
    version = SalesOrder.get_by_id(ref.id).row_version
    with pytest.raises(Conflict, match="is 'Shipped': it can no longer be changed"):
        orders.update_order(service, ref.id, draft(), row_version=version)


# -- the state machine ---------------------------------------------------------------------------

def _order_in(shop, status: OrderStatus) -> int:
    """An order brought to `status` the way the shop does it."""
    service = shop[Role.CUSTOMER_SERVICE]
    if status == OrderStatus.PENDING:
        return orders.create_order(service, draft()).id
    ref = paid_order(service)
    if status == OrderStatus.PAID:
        return ref.id
    if status in (OrderStatus.CANCELLED, OrderStatus.CLOSED):
        orders.change_status(service, ref.id, status, reason="买家申请退款")
        return ref.id
    shipping.ship_order(shop[Role.SHIPPING], ref.id, shipping.list_carriers(service)[0].id,
                        f"YT{ref.id:010d}")
    if status in (OrderStatus.DELIVERED, OrderStatus.COMPLETED):
        orders.change_status(service, ref.id, OrderStatus.DELIVERED)
    if status == OrderStatus.COMPLETED:
        orders.change_status(service, ref.id, OrderStatus.COMPLETED)
    return ref.id


ILLEGAL = [(a, b) for a in OrderStatus for b in OrderStatus if b not in TRANSITIONS[a]]


@pytest.mark.parametrize("current, target", ILLEGAL, ids=[f"{a}->{b}" for a, b in ILLEGAL])
def test_every_illegal_transition_is_refused_naming_both_states(shop, current, target):
    order_id = _order_in(shop, current)
    assert order_status(order_id) == current
    before = AuditLog.select().where(AuditLog.entity == "order").count()
    with pytest.raises(Conflict) as caught:
        if target == OrderStatus.SHIPPED:
            shipping.ship_order(shop[Role.SHIPPING], order_id, shipping.list_carriers(shop[Role.OWNER])[0].id,
                                "ZT9988776655")
        else:
            orders.change_status(shop[Role.SUPERVISOR], order_id, target, reason="测试")
    message = str(caught.value)
    if target == OrderStatus.SHIPPED and current in (OrderStatus.SHIPPED, OrderStatus.DELIVERED,
                                                     OrderStatus.COMPLETED):
        assert "has already shipped" in message
    elif target == OrderStatus.SHIPPED:  # the scanner's words: the state, and not to ship it
        assert "not paid yet" in message if current == OrderStatus.PENDING else status_label(current) in message
        assert "do not ship it" in message
    else:
        assert f"cannot go from '{status_label(current)}' to '{status_label(target)}'" in message
    assert order_status(order_id) == current
    assert AuditLog.select().where(AuditLog.entity == "order").count() == before


def test_cancelling_a_shipped_order_points_to_after_sales(shop):
    order_id = _order_in(shop, OrderStatus.SHIPPED)
    with pytest.raises(Conflict, match="register an after-sales case"):
        orders.change_status(shop[Role.SUPERVISOR], order_id, OrderStatus.CANCELLED, reason="买家拒收")


def test_shipping_and_unshipping_are_not_plain_status_changes(shop):
    paid, shipped = _order_in(shop, OrderStatus.PAID), _order_in(shop, OrderStatus.SHIPPED)
    with pytest.raises(Conflict, match="with a carrier and a tracking number"):
        orders.change_status(shop[Role.SUPERVISOR], paid, OrderStatus.SHIPPED)
    with pytest.raises(Conflict, match="cancel its shipment"):
        orders.change_status(shop[Role.SUPERVISOR], shipped, OrderStatus.PAID)
    assert (order_status(paid), order_status(shipped)) == (OrderStatus.PAID, OrderStatus.SHIPPED)


def test_the_whole_life_of_an_order_is_audited(shop):
    order_id = _order_in(shop, OrderStatus.COMPLETED)
    order = SalesOrder.get_by_id(order_id)
    assert order.paid_at and order.shipped_at and order.delivered_at and order.completed_at
    history = orders.get_order(shop[Role.OWNER], order_id).history
    assert [h["action"] for h in history] == ["Status", "Status", "Shipped", "Created"]
    statuses = [json.loads(r.changes)["status"] for r in AuditLog.select().where(
        AuditLog.entity == "order", AuditLog.entity_id == str(order_id)).order_by(AuditLog.id)]
    assert statuses == [[None, "paid"], ["paid", "shipped"], ["shipped", "delivered"], ["delivered", "completed"]]


def test_cancel_needs_a_reason_and_an_unshipped_order_holds_no_stock(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    product = make_product(qty=10)
    ref = paid_order(service, LineInput(4, product_id=product))
    assert Product.get_by_id(product).stock_qty == 10  # paid is not shipped: nothing left the shelf
    with pytest.raises(ValidationError, match="Reason"):
        orders.change_status(service, ref.id, OrderStatus.CANCELLED)
    orders.change_status(service, ref.id, OrderStatus.CANCELLED, reason="买家拍错了")
    assert order_status(ref.id) == OrderStatus.CANCELLED and SalesOrder.get_by_id(ref.id).closed_at is not None
    assert Product.get_by_id(product).stock_qty == 10
    assert StockMovement.select().where(StockMovement.ref_type == "shipment").count() == 0


def test_buttons_offer_only_what_change_status_accepts(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    assert orders.next_statuses(service, OrderStatus.PENDING) == ["paid", "cancelled", "closed"]
    assert orders.next_statuses(service, OrderStatus.PAID) == ["cancelled", "closed"]
    assert orders.next_statuses(service, OrderStatus.SHIPPED) == ["delivered"]
    assert orders.next_statuses(service, OrderStatus.COMPLETED) == []
    assert orders.next_statuses(shop[Role.SHIPPING], OrderStatus.PENDING) == []


def test_customer_totals_follow_payments_and_cancellations(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    customer = customers.create_customer(service, {"name": "王芳", "phone": "13900001111"})
    first = orders.create_order(service, draft(LineInput(1, 3000, title="A"), customer_id=customer))
    assert Customer.get_by_id(customer).order_count == 0  # not paid: not a purchase yet
    orders.record_payment(service, first.id)
    paid_order(service, LineInput(1, 2000, title="B"), customer_id=customer)
    row = Customer.get_by_id(customer)
    assert (row.order_count, row.total_spent_cents) == (2, 5000)
    orders.change_status(service, first.id, OrderStatus.CLOSED, reason="退款")
    row = Customer.get_by_id(customer)
    assert (row.order_count, row.total_spent_cents) == (1, 2000)


# -- reading and the order list ---------------------------------------------------------------------

def test_detail_and_list_mask_personal_data_for_roles_without_it(shop):
    ref = paid_order(shop[Role.CUSTOMER_SERVICE], transfer_record="招商银行 张伟 转账")
    full = orders.get_order(shop[Role.CUSTOMER_SERVICE], ref.id)
    masked = orders.get_order(shop[Role.OPERATIONS], ref.id)
    assert (full.receiver_name, full.receiver_phone) == ("张伟", "13812345678")
    assert (masked.receiver_name, masked.receiver_phone) == ("张*", "138****5678")
    assert masked.receiver_address == "浙江省杭州市****" and "张伟" not in masked.transfer_record
    assert masked.masked and not full.masked
    rows = orders.OrderSource(shop[Role.OPERATIONS]).page(ListRequest()).rows
    assert rows[0][4:6] == ("张*", "138****5678")
    rows = orders.OrderSource(shop[Role.SUPERVISOR]).page(ListRequest()).rows
    assert rows[0][4:6] == ("张伟", "13812345678")


def test_audit_records_keep_personal_data_masked(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    ref = orders.create_order(service, draft())
    orders.update_order(service, ref.id, draft(receiver_phone="13700002222", receiver_address="北京市朝阳区建国路 8 号"),
                        row_version=1)
    text = " ".join(r.changes + r.summary for r in AuditLog.select())
    assert "13812345678" not in text and "13700002222" not in text and "建国路" not in text and "张伟" not in text
    changes = json.loads(last_audit(ref.id).changes)
    assert changes["receiver_phone"] == ["138****5678", "137****2222"]


def test_search_finds_orders_by_number_platform_number_phone_tracking_and_name(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    product = make_product(qty=10)
    a = paid_order(service, LineInput(1, product_id=product), platform_order_no="4401", receiver_name="李娜",
                   receiver_phone="13911112222")
    b = paid_order(service, platform_order_no="4402", receiver_name="王强", receiver_phone="13933334444")
    shipping.ship_order(shop[Role.SHIPPING], a.id, shipping.list_carriers(service)[0].id, "SF1300000000001")
    source = orders.OrderSource(service)

    def found(text):
        return [row[0] for row in source.page(ListRequest(search=text)).rows]

    assert found(b.order_no.lower()) == [b.order_no]
    assert found("4401") == [a.order_no]
    assert found("13933334444") == [b.order_no]
    assert found("sf1300000000001") == [a.order_no]
    assert found("李") == [a.order_no]
    assert found("nothing-like-this") == []
    assert source.count_is_slow(ListRequest(search="李")) and not source.count_is_slow(ListRequest(search="4401"))


def test_filters_and_keyset_paging_walk_every_order_once(shop):
    service, sales_rep = shop[Role.CUSTOMER_SERVICE], shop[Role.SALES]
    refs = [orders.create_order(service if i % 2 else sales_rep, draft(channel="jd" if i % 3 == 0 else "pdd"))
            for i in range(7)]
    source = orders.OrderSource(service)
    seen, cursor = [], None
    while True:
        page = source.page(ListRequest(), cursor, limit=3)
        seen += page.ids
        if page.cursor is None:
            break
        cursor = page.cursor
    assert sorted(seen) == sorted(r.id for r in refs) and len(seen) == 7
    assert source.count(ListRequest(filters={"channel": "jd"})) == 3
    assert source.count(ListRequest(filters={"staff_id": sales_rep.staff_id})) == 4
    assert source.count(ListRequest(filters={"status": [OrderStatus.PENDING]})) == 7
    assert source.count(ListRequest(filters={"date_from": timeutil.today() + dt.timedelta(days=1)})) == 0
    lines = orders.OrderLineSource(service).page(ListRequest(filters={"channel": "jd"}))
    assert len(lines.rows) == 3 and lines.rows[0][7] == "礼盒"


def test_find_order_by_either_number(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    ref = orders.create_order(service, draft(platform_order_no="778899"))
    assert orders.find_order(service, ref.order_no) == ref.id
    assert orders.find_order(service, " 778899 ") == ref.id
    with pytest.raises(NotFound, match="no order with the number 000"):
        orders.find_order(service, "000")
    orders.create_order(service, draft(platform_order_no="778899", channel="pdd"))
    with pytest.raises(Conflict, match="belongs to several orders"):
        orders.find_order(service, "778899")


# -- dashboard and the monthly sales report ----------------------------------------------------------

def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def test_dashboard_counts_today_and_draws_thirty_days(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    timeutil.set_clock_offset(_at(timeutil.today(), 20) - timeutil.now())  # today 20:00
    today = timeutil.today()
    paid_order(service, LineInput(1, 5000, title="A"), paid_at=_at(today, 9))
    paid_order(service, LineInput(1, 3000, title="B"), paid_at=_at(today - dt.timedelta(days=3), 10))
    cancelled = paid_order(service, LineInput(1, 9900, title="C"), paid_at=_at(today, 10))
    orders.change_status(service, cancelled.id, OrderStatus.CANCELLED, reason="退款")
    orders.create_order(service, draft())  # pending: placed today, not sold
    board = dashboard.dashboard(shop[Role.SHIPPING])
    assert (board.orders_today, board.sold_today, board.sales_today_cents, board.pending_payment) == (3, 1, 5000, 1)
    assert (board.to_ship_today, board.overdue) == (2, 1)  # the one paid 3 days ago is overdue
    assert len(board.series) == 30 and board.series[-1].day == today
    assert [(d.orders, d.amount_cents) for d in board.series if d.orders] == [(1, 3000), (1, 5000)]


def test_monthly_sales_report_by_channel_product_staff_and_day(shop):
    owner, service, sales_rep = shop[Role.OWNER], shop[Role.CUSTOMER_SERVICE], shop[Role.SALES]
    tea = make_product("TEA", price=10000, cost=4000, qty=50)
    timeutil.set_clock_offset(dt.datetime(2026, 3, 20, 12, 0) - timeutil.now())
    paid_order(service, LineInput(2, product_id=tea), paid_at=dt.datetime(2026, 3, 2, 10), freight_cents=1000)
    paid_order(sales_rep, LineInput(1, product_id=tea), LineInput(1, 500, title="贺卡"),
               paid_at=dt.datetime(2026, 3, 5, 15), channel="wechat")
    paid_order(service, LineInput(9, product_id=tea), paid_at=dt.datetime(2026, 2, 27, 9))  # February
    report = sales.monthly_sales(owner, 2026, 3)
    t = report.totals
    assert (t.orders, t.amount_cents, t.freight_cents, t.average_order_cents) == (2, 31500, 1000, 15750)
    assert (t.cost_cents, t.profit_cents) == (12000, 31500 - 1000 - 12000)
    assert [(c.channel, c.orders, c.amount_cents) for c in report.by_channel[:2]] == [
        ("taobao", 1, 21000), ("wechat", 1, 10500)]
    assert [(p.sku or p.title, p.qty, p.amount_cents, p.profit_cents) for p in report.by_product] == [
        ("TEA", 3, 30000, 18000), ("贺卡", 1, 500, 500)]
    assert [(s.name, s.orders, s.amount_cents) for s in report.by_staff] == [
        ("customer_service-staff", 1, 21000), ("sales-staff", 1, 10500)]
    assert len(report.daily) == 31 and report.daily[1].amount_cents == 21000 and report.daily[4].orders == 1
    hidden = sales.monthly_sales(shop[Role.OPERATIONS], 2026, 3)
    assert hidden.totals.profit_cents is None and hidden.totals.cost_cents is None and not hidden.shows_profit
    assert all(p.profit_cents is None for p in hidden.by_product)


def test_order_numbers_look_like_the_shops(shop):
    ref = orders.create_order(shop[Role.SALES], draft(channel="offline"))
    assert re.fullmatch(r"SO\d{8}-\d{4}", ref.order_no)
