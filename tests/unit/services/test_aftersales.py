"""After-sales cases at the service level (SQLite and PostgreSQL): the policy on every row,
refusal and the supervisor's override, every state change, escalation and hand-over,
complaints and negative reviews, masking, the list, and bad input changing nothing."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from shopmanager.core import timeutil
from shopmanager.core.aftersales import TRANSITIONS, Action, CaseState, CaseType, Reason, ReturnMethod
from shopmanager.core.errors import Conflict, PermissionDenied, ValidationError
from shopmanager.core.inventory import MovementKind
from shopmanager.core.permissions import MATRIX, Perm, Role
from shopmanager.db.models import AfterSalesCase, AuditLog, CaseEvent, CaseLine, Staff
from shopmanager.services import aftersales, aftersales_detail, orders, stock
from shopmanager.services.aftersales_list import AfterSalesSource
from shopmanager.services.aftersales_stats import case_counts
from shopmanager.services.listing import ListRequest
from shopmanager.services.orders import LineInput
from tests.unit.services.aftersales_helpers import at_days_ago, case_on, delivered_order, make_product, order_lines
from tests.unit.services.test_orders import paid_order


def events(case_id: int) -> list[str]:
    return [e.action for e in CaseEvent.select().where(CaseEvent.case == case_id).order_by(CaseEvent.id)]


def nothing_written() -> bool:
    return AfterSalesCase.select().count() == 0 and CaseLine.select().count() == 0


@pytest.fixture
def rice_order(shop):
    rice = make_product("RICE", price=5940, qty=20)
    return rice, delivered_order(shop, LineInput(2, product_id=rice), delivered_days_ago=3)


# -- the policy on each row ---------------------------------------------------------------------------

@pytest.mark.parametrize("case_type,reason,state,escalated", [
    (CaseType.RETURN_REFUND, Reason.QUALITY, CaseState.OPEN, False),
    (CaseType.RETURN_REFUND, Reason.NOT_AS_DESCRIBED, CaseState.OPEN, False),
    (CaseType.RETURN_REFUND, Reason.COLOUR, CaseState.OPEN, False),
    (CaseType.RETURN_REFUND, Reason.NO_REASON, CaseState.OPEN, False),
    (CaseType.EXCHANGE, Reason.CHANGE, CaseState.OPEN, False),
    (CaseType.RETURN_REFUND, Reason.BUYER_DAMAGE, CaseState.OPEN, True),
    (CaseType.RETURN_REFUND, Reason.CHANGE, CaseState.REFUSED, False),
])
def test_each_policy_row_decides_how_the_case_starts(shop, rice_order, case_type, reason, state, escalated):
    _rice, order = rice_order
    ref = case_on(shop[Role.CUSTOMER_SERVICE], order.id, case_type, reason)
    case = AfterSalesCase.get_by_id(ref.id)
    assert case.state == state and ref.case_no.startswith("AS")
    assert case.policy_text == ref.policy.summary() and case.freight_payer == ref.policy.freight
    supervisor = Staff.get(Staff.role == Role.SUPERVISOR)
    if escalated:
        assert case.holder_id == supervisor.id and case.clerk_id == shop[Role.CUSTOMER_SERVICE].staff_id
        assert Action.ESCALATED in events(case.id)
    else:
        assert case.holder_id == shop[Role.CUSTOMER_SERVICE].staff_id and case.escalated_at is None
    assert (Action.POLICY_REFUSED in events(case.id)) == (state == CaseState.REFUSED)


def test_a_no_reason_return_on_day_9_is_refused_and_the_supervisor_overrides_it(shop):
    service, supervisor = shop[Role.CUSTOMER_SERVICE], shop[Role.SUPERVISOR]
    rice = make_product("RICE", price=5940, qty=20)
    order = delivered_order(shop, LineInput(1, product_id=rice), delivered_days_ago=9)
    preview = aftersales.policy_preview(service, aftersales.CaseInput(
        CaseType.RETURN_REFUND, order.id, reason=Reason.NO_REASON))
    assert not preview.allowed and preview.days_since_delivery == 9
    ref = case_on(service, order.id, reason=Reason.NO_REASON)
    assert ref.state == CaseState.REFUSED
    with pytest.raises(PermissionDenied):
        aftersales.override_policy(service, ref.id, "老客户")
    with pytest.raises(Conflict, match="override"):
        aftersales.change_state(service, ref.id, CaseState.IN_PROGRESS)
    with pytest.raises(ValidationError, match="Override reason"):
        aftersales.override_policy(supervisor, ref.id, "  ")
    aftersales.override_policy(supervisor, ref.id, "老客户，物流延误两天，同意退货")
    case = AfterSalesCase.get_by_id(ref.id)
    assert case.state == CaseState.IN_PROGRESS and case.override_by_id == supervisor.user_id
    assert case.override_reason == "老客户，物流延误两天，同意退货"
    assert events(ref.id)[-1] == Action.OVERRIDE
    record = AuditLog.get(AuditLog.entity == "aftersales", AuditLog.action == "override")
    assert "老客户" in record.summary and json.loads(record.changes)["state"] == ["refused", "in_progress"]
    with pytest.raises(Conflict, match="nothing to override"):
        aftersales.override_policy(supervisor, case_on(service, order.id, "refund_only", "not_received").id, "x")


def test_a_supervisor_may_register_an_out_of_policy_case_with_the_override_at_once(shop):
    rice = make_product("RICE", qty=20)
    order = delivered_order(shop, LineInput(1, product_id=rice), delivered_days_ago=12)
    ref = case_on(shop[Role.SUPERVISOR], order.id, reason=Reason.NO_REASON, override_reason="店长同意")
    assert ref.state == CaseState.OPEN and events(ref.id) == [Action.CREATED, Action.OVERRIDE]
    with pytest.raises(PermissionDenied):
        case_on(shop[Role.CUSTOMER_SERVICE], order.id, reason=Reason.NO_REASON, override_reason="我同意")


def test_freight_collect_returns_are_refused(shop, rice_order):
    _rice, order = rice_order
    ref = case_on(shop[Role.CUSTOMER_SERVICE], order.id, reason=Reason.QUALITY,
                  return_method=ReturnMethod.FREIGHT_COLLECT)
    assert ref.state == CaseState.REFUSED and "express only" in ref.policy.refusals[0]


# -- bad input changes nothing --------------------------------------------------------------------------

def test_a_return_needs_a_shipped_order(shop):
    rice = make_product("RICE", qty=20)
    order = paid_order(shop[Role.CUSTOMER_SERVICE], LineInput(1, product_id=rice))
    with pytest.raises(Conflict, match=r"is 'Paid, to ship': a Return and refund case needs an order that has "
                                       r"shipped. Cancel the order instead"):
        case_on(shop[Role.CUSTOMER_SERVICE], order.id)
    assert nothing_written()
    assert case_on(shop[Role.CUSTOMER_SERVICE], order.id, "refund_only", "not_received", qty=1).state == "open"


def test_returning_more_than_was_shipped_is_refused_naming_the_item(shop, rice_order):
    _rice, order = rice_order
    line = order_lines(order.id)[0]
    service = shop[Role.CUSTOMER_SERVICE]
    with pytest.raises(ValidationError, match=r"Item 1 \(RICE\): 3 pieces asked, but only 2 were shipped\.") as error:
        case_on(service, order.id, qty=3)
    assert error.value.field == "qty" and nothing_written()
    case_on(service, order.id, qty=1)
    with pytest.raises(ValidationError, match="only 2 were shipped and 1 are already in other cases"):
        case_on(service, order.id, "exchange", "change", qty=2)
    assert AfterSalesCase.select().count() == 1
    with pytest.raises(ValidationError, match="at least 1"):
        aftersales.create_case(service, aftersales.CaseInput("return_refund", order.id,
                                                             [aftersales.CaseLineInput(line.id, 0)], "quality"))
    with pytest.raises(ValidationError, match="Order: a Return and refund case needs"):
        aftersales.create_case(service, aftersales.CaseInput("return_refund", None, [], "quality"))
    with pytest.raises(ValidationError, match="in the future"):
        case_on(service, order.id, qty=1, received_at=timeutil.now() + dt.timedelta(days=1))


def test_only_those_allowed_register_cases(shop, rice_order):
    _rice, order = rice_order
    for role in (Role.SHIPPING, Role.WAREHOUSE, Role.OPERATIONS, Role.DESIGNER):
        with pytest.raises(PermissionDenied):
            case_on(shop[role], order.id, qty=1)
    assert case_on(shop[Role.SALES], order.id, qty=1).state == CaseState.OPEN


# -- states --------------------------------------------------------------------------------------------

PAIRS = [(a, b) for a in CaseState for b in CaseState if a != b]


@pytest.mark.parametrize("current,target", PAIRS)
def test_every_state_change_is_allowed_or_refused_by_the_table(shop, rice_order, current, target):
    _rice, order = rice_order
    supervisor = shop[Role.SUPERVISOR]
    ref = case_on(supervisor, order.id, qty=1)
    AfterSalesCase.update(state=current).where(AfterSalesCase.id == ref.id).execute()
    note = "买家撤销" if target == CaseState.REFUSED else ""
    if target in TRANSITIONS[current]:
        assert aftersales.change_state(supervisor, ref.id, target, note=note) == target
        case = AfterSalesCase.get_by_id(ref.id)
        assert case.state == target and case.first_response_at is not None
        assert (case.resolved_at is not None) == (target == CaseState.RESOLVED or (
            target == CaseState.CLOSED and current != CaseState.REFUSED))
        assert (case.closed_at is not None) == (target == CaseState.CLOSED)
    else:
        with pytest.raises(Conflict, match="cannot go from"):
            aftersales.change_state(supervisor, ref.id, target, note=note)
        assert AfterSalesCase.get_by_id(ref.id).state == current


def test_refusing_needs_a_reason_and_a_reopened_case_is_no_longer_resolved(shop, rice_order):
    _rice, order = rice_order
    service = shop[Role.CUSTOMER_SERVICE]
    ref = case_on(service, order.id, qty=1)
    with pytest.raises(ValidationError, match="say why"):
        aftersales.change_state(service, ref.id, CaseState.REFUSED)
    aftersales.change_state(service, ref.id, CaseState.RESOLVED, result="已退款")
    assert AfterSalesCase.get_by_id(ref.id).resolved_at is not None
    aftersales.change_state(service, ref.id, CaseState.IN_PROGRESS)
    assert AfterSalesCase.get_by_id(ref.id).resolved_at is None
    with pytest.raises(Conflict, match="changed case"):
        aftersales.change_state(service, ref.id, CaseState.WAITING_BUYER, row_version=1)


# -- escalation and hand-over -----------------------------------------------------------------------

def test_an_escalated_case_is_held_by_the_supervisor_and_decided_by_them(shop, rice_order):
    _rice, order = rice_order
    service, supervisor = shop[Role.CUSTOMER_SERVICE], shop[Role.SUPERVISOR]
    ref = case_on(service, order.id, qty=1)
    aftersales.escalate(service, ref.id, "买家要求赔偿，协商不成")
    case = AfterSalesCase.get_by_id(ref.id)
    assert case.holder_id == supervisor.staff_id and case.clerk_id == service.staff_id and case.escalated_at
    assert CaseState.RESOLVED not in aftersales.next_states(service, case)
    with pytest.raises(PermissionDenied, match="escalated"):
        aftersales.change_state(service, ref.id, CaseState.RESOLVED)
    aftersales.record_contact(service, ref.id, "chat", "已告知主管处理中")  # the clerk still works on it
    aftersales.change_state(supervisor, ref.id, CaseState.RESOLVED, result="补偿 10 元")
    with pytest.raises(Conflict, match="already with the supervisor"):
        aftersales.escalate(service, case_on(service, order.id, qty=1, reason="buyer_damage").id, "再次")
    listed = AfterSalesSource(service)
    mine = listed.page(ListRequest(filters={"mine": True})).rows
    assert {row[0] for row in mine} >= {case.case_no}


def test_hand_over_moves_every_open_case_of_a_leaving_clerk(shop, rice_order):
    _rice, order = rice_order
    service, owner = shop[Role.CUSTOMER_SERVICE], shop[Role.OWNER]
    sales_staff = shop[Role.SALES].staff_id
    first, second, done = (case_on(service, order.id, "refund_only", "not_received", qty=1) for _ in range(3))
    aftersales.change_state(service, done.id, CaseState.RESOLVED)
    assert aftersales.open_cases_of(service.staff_id) == 2
    with pytest.raises(PermissionDenied):
        aftersales.hand_over_open_cases(service, service.staff_id, sales_staff)
    assert aftersales.hand_over_open_cases(owner, service.staff_id, sales_staff, note="张敏离职") == 2
    assert aftersales.open_cases_of(service.staff_id) == 0 and aftersales.open_cases_of(sales_staff) == 2
    assert AfterSalesCase.get_by_id(done.id).holder_id == service.staff_id
    assert events(first.id)[-1] == Action.HANDED_OVER and events(second.id)[-1] == Action.HANDED_OVER
    assert AuditLog.select().where(AuditLog.action == "handover").count() == 2


# -- complaints and reviews ------------------------------------------------------------------------------

def test_a_complaint_against_a_staff_member_answered_late_counts_against_timeliness(shop):
    from shopmanager.services.aftersales_stats import complaint_figures, upheld_complaints

    service, supervisor = shop[Role.CUSTOMER_SERVICE], shop[Role.SUPERVISOR]
    sales_staff = shop[Role.SALES].staff_id
    late = aftersales.create_case(service, aftersales.CaseInput(
        CaseType.COMPLAINT, category="attitude", against_staff_id=sales_staff, description="客服态度差",
        received_at=timeutil.now() - dt.timedelta(hours=30)))
    on_time = aftersales.create_case(service, aftersales.CaseInput(
        CaseType.COMPLAINT, category="slow_reply", description="回复慢", received_at=timeutil.now() - dt.timedelta(hours=2)))
    aftersales.record_contact(service, late.id, "phone", "致歉并解释")
    aftersales.record_contact(service, on_time.id, "chat", "已回复")
    assert AfterSalesCase.get_by_id(late.id).response_minutes >= 30 * 60
    aftersales.change_state(service, on_time.id, CaseState.RESOLVED)
    today = timeutil.today()
    figures = complaint_figures(today - dt.timedelta(days=2), today)
    shop_figures, mine = figures[None], figures[service.staff_id]
    assert (shop_figures.complaints, shop_figures.answered_in_time, shop_figures.resolved) == (2, 1, 1)
    assert str(shop_figures.timeliness_rate) == "0.5000" and str(mine.resolution_rate) == "0.5000"
    assert complaint_figures(today, today, staff_ids=[sales_staff])[sales_staff].complaints == 0
    with pytest.raises(PermissionDenied):
        aftersales.decide_complaint(service, late.id, True, "属实")
    aftersales.decide_complaint(supervisor, late.id, True, "录音证实态度问题")
    upheld = upheld_complaints(today - dt.timedelta(days=2), today)
    assert [(u.case_no, u.staff_id) for u in upheld] == [(late.case_no, sales_staff)]
    with pytest.raises(Conflict, match="Only a complaint against"):
        aftersales.decide_complaint(supervisor, on_time.id, True, "x")
    with pytest.raises(ValidationError, match="Complaint category"):
        aftersales.create_case(service, aftersales.CaseInput(CaseType.COMPLAINT, description="?"))


def test_a_negative_review_is_followed_by_phone_and_revised(shop, rice_order):
    from shopmanager.services.aftersales_stats import complaint_figures, negative_reviews_against

    _rice, order = rice_order
    service = shop[Role.CUSTOMER_SERVICE]
    ref = aftersales.create_case(service, aftersales.CaseInput(
        CaseType.NEGATIVE_REVIEW, order.id, reason="quality", rating=2, review_text="米有虫，差评",
        against_staff_id=shop[Role.SHIPPING].staff_id))
    with pytest.raises(ValidationError, match="Rating"):
        aftersales.create_case(service, aftersales.CaseInput(CaseType.NEGATIVE_REVIEW, order.id, review_text="差"))
    aftersales.record_contact(service, ref.id, "phone", "电话致歉，原因：仓库存放受潮，补发一袋")
    aftersales.update_details(service, ref.id, {"cause": "仓库受潮"}, row_version=AfterSalesCase.get_by_id(ref.id).row_version)
    aftersales.record_review_outcome(service, ref.id, "revised", "买家已追评改为好评")
    case = AfterSalesCase.get_by_id(ref.id)
    assert case.phone_contacted_at is not None and case.outcome == "revised" and case.state == CaseState.RESOLVED
    assert case.cause == "仓库受潮"
    today = timeutil.today()
    assert negative_reviews_against(today, today) == {shop[Role.SHIPPING].staff_id: 1}
    assert complaint_figures(today, today)[None].negative_reviews == 1


# -- reading, the list, counts, masking ----------------------------------------------------------------

def test_the_list_finds_a_case_by_case_order_platform_number_and_phone(shop):
    service = shop[Role.CUSTOMER_SERVICE]
    rice = make_product("RICE", qty=20)
    order = delivered_order(shop, LineInput(1, product_id=rice), platform_order_no="3051999", receiver_phone="13911112222")
    other = delivered_order(shop, LineInput(1, product_id=rice), receiver_phone="13700000000")
    ref = case_on(service, order.id)
    case_on(service, other.id, "exchange", "change")
    source = AfterSalesSource(service)
    AfterSalesCase.update(platform_refund_no="RF2026113000017").where(AfterSalesCase.id == ref.id).execute()
    for text in (ref.case_no, ref.case_no.lower(), order.order_no, "3051999", "13911112222", "RF2026113000017"):
        page = source.page(ListRequest(search=text))
        assert [row[0] for row in page.rows] == [ref.case_no], text
    AfterSalesCase.update(channel="").where(AfterSalesCase.id == ref.id).execute()  # a case typed without a channel
    assert [row[0] for row in source.page(ListRequest(search="RF2026113000017")).rows] == [ref.case_no]
    assert source.count(ListRequest(filters={"case_type": "exchange"})) == 1
    assert source.count(ListRequest(filters={"state": "open"})) == 2
    assert source.count(ListRequest(filters={"overdue": True})) == 0
    assert case_counts(service) == (2, 0)
    AfterSalesCase.update(received_at=timeutil.now() - dt.timedelta(hours=25)).where(
        AfterSalesCase.id == ref.id).execute()
    assert case_counts(service) == (2, 1) and case_counts(shop[Role.OWNER]) == (2, 1)
    assert case_counts(shop[Role.SALES]) == (0, 0)  # holds none
    assert case_counts(shop[Role.SHIPPING]) == (2, 1)  # goods cases
    row = source.page(ListRequest(filters={"overdue": True})).rows[0]
    assert row[-1] is True and source.row_style(row) == {"foreground": "#c62828"}


def test_personal_data_is_masked_for_roles_without_it(shop, rice_order, monkeypatch):
    _rice, order = rice_order
    ref = case_on(shop[Role.CUSTOMER_SERVICE], order.id, qty=1)
    monkeypatch.setitem(MATRIX, Role.OPERATIONS, MATRIX[Role.OPERATIONS] | {Perm.AFTERSALES_VIEW})
    detail = aftersales_detail.get_case(shop[Role.OPERATIONS], ref.id)
    assert detail.receiver_phone == "138****5678" and detail.masked and detail.customer_name == "张*"
    assert detail.profit_effect_cents is None
    masked = AfterSalesSource(shop[Role.OPERATIONS])
    row = masked.page(ListRequest()).rows[0]
    assert row[7] == "138****5678"
    assert masked.count(ListRequest(search="13812345678")) == 0  # the hidden digits are not confirmed
    assert masked.count(ListRequest(search="5678")) == 1  # the four the mask shows are searched
    full = aftersales_detail.get_case(shop[Role.OWNER], ref.id)
    assert full.receiver_phone == "13812345678" and full.profit_effect_cents == 0


def test_the_case_detail_tells_the_whole_story(shop, rice_order):
    _rice, order = rice_order
    service = shop[Role.CUSTOMER_SERVICE]
    ref = case_on(service, order.id, reason="no_reason", qty=1)
    aftersales.record_contact(service, ref.id, "chat", "请寄回，运费自理")
    aftersales.change_state(service, ref.id, CaseState.WAITING_GOODS)
    detail = aftersales_detail.get_case(service, ref.id)
    assert [e.action for e in detail.events] == [Action.CREATED, Action.CONTACTED, Action.STATE]
    assert detail.events[1].detail == {"method": "chat"} and detail.events[1].who == "customer_service-staff"
    assert detail.lines[0].sku == "RICE" and detail.lines[0].qty == 1 and detail.lines[0].unit_paid_cents == 5940
    assert detail.refundable_cents == 5940 and detail.freight_label == "Buyer, both ways"
    assert detail.signed_on == (timeutil.today() - dt.timedelta(days=3))
    assert [c[1] for c in aftersales_detail.cases_of_order(service, order.id)] == [ref.case_no]
    form = aftersales_detail.order_for_case(service, order.id)
    assert form.lines[0][3:5] == (2, 1)  # 2 bought, 1 left to claim


def test_customer_returns_are_no_longer_typed_as_stock_movements(shop):
    rice = make_product("RICE", qty=5)
    with pytest.raises(ValidationError, match="after-sales case"):
        stock.record_movement(shop[Role.WAREHOUSE], rice, MovementKind.RETURN, 1, "退货")


def test_a_shipped_order_points_to_after_sales_and_a_case_can_be_made_there(shop, rice_order):
    _rice, order = rice_order
    with pytest.raises(Conflict, match="register an after-sales case instead"):
        orders.change_status(shop[Role.CUSTOMER_SERVICE], order.id, "cancelled", reason="买家要退")
    assert case_on(shop[Role.CUSTOMER_SERVICE], order.id, qty=1).state == CaseState.OPEN


def test_received_before_delivery_counts_from_the_typed_sign_for_day(shop):
    rice = make_product("RICE", qty=20)
    order = delivered_order(shop, LineInput(1, product_id=rice), deliver=False)
    at_days_ago(0)
    ref = case_on(shop[Role.CUSTOMER_SERVICE], order.id, reason="no_reason",
                  signed_on=timeutil.today() - dt.timedelta(days=10))
    assert ref.state == CaseState.REFUSED and ref.policy.days_since_delivery == 10
