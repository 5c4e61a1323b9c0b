"""The after-sales policy table (domain.md, seed 001 售后制度 / 退货 / 换货) row by row, the
7-day window at its edges, the return parcel rule, and the state table."""
from __future__ import annotations

import datetime as dt

import pytest

from shopmanager.core.aftersales import (
    DONE_STATES, OPEN_STATES, TRANSITIONS, CaseState, CaseType, Eligibility, FreightPayer, PolicyInput, Reason,
    RefundKind, ReturnMethod, can_change, evaluate_policy, format_case_no, is_overdue, response_minutes, share,
    transition_error,
)

DELIVERED = dt.date(2026, 11, 2)


def policy(case_type=CaseType.RETURN_REFUND, reason=Reason.QUALITY, day=3, **extra):
    extra.setdefault("signed_on", DELIVERED)
    return evaluate_policy(PolicyInput(case_type=case_type, reason=reason,
                                       received_on=DELIVERED + dt.timedelta(days=day), **extra))


# reason → (eligibility, freight payer, refund kind) for a return-refund within the window
TABLE = [
    (Reason.QUALITY, Eligibility.YES, FreightPayer.SHOP_BOTH, RefundKind.FULL),
    (Reason.BUYER_DAMAGE, Eligibility.SUPERVISOR, FreightPayer.DECIDE, RefundKind.DECIDE),
    (Reason.NOT_AS_DESCRIBED, Eligibility.YES, FreightPayer.SHOP_BOTH, RefundKind.FULL_OR_EXCHANGE),
    (Reason.COLOUR, Eligibility.WINDOW, FreightPayer.BUYER, RefundKind.GOODS_ONLY),
    (Reason.NO_REASON, Eligibility.WINDOW, FreightPayer.BUYER_BOTH, RefundKind.GOODS_ONLY),
]


@pytest.mark.parametrize("reason,eligibility,freight,refund", TABLE)
def test_each_row_of_the_policy_table(reason, eligibility, freight, refund):
    result = policy(reason=reason)
    assert (result.eligibility, result.freight, result.refund) == (eligibility, freight, refund)
    assert result.escalate == (reason == Reason.BUYER_DAMAGE)
    assert result.allowed == (reason != Reason.BUYER_DAMAGE)
    assert result.refusals == ()


def test_change_of_size_colour_or_style_is_an_exchange_paid_by_the_buyer_both_ways():
    result = policy(CaseType.EXCHANGE, Reason.CHANGE)
    assert (result.allowed, result.freight, result.refund) == (True, FreightPayer.BUYER_BOTH, RefundKind.EXCHANGE)
    refused = policy(CaseType.RETURN_REFUND, Reason.CHANGE)
    assert not refused.allowed and "exchange" in refused.refusals[0]


def test_not_as_described_is_exchanged_at_the_shops_cost():
    result = policy(CaseType.EXCHANGE, Reason.NOT_AS_DESCRIBED, day=20)
    assert (result.allowed, result.freight, result.refund) == (True, FreightPayer.SHOP_BOTH, RefundKind.EXCHANGE)


@pytest.mark.parametrize("reason", [Reason.NO_REASON, Reason.COLOUR])
@pytest.mark.parametrize("day,allowed", [(0, True), (7, True), (8, False), (9, False), (30, False)])
def test_the_seven_day_window_counts_from_the_sign_for_day(reason, day, allowed):
    result = policy(reason=reason, day=day)
    assert result.allowed == allowed
    assert result.days_since_delivery == day and result.counted_from == "delivery"
    if not allowed:
        assert f"this is day {day}" in result.refusals[0]


def test_the_window_is_a_setting_and_quality_problems_have_none():
    assert policy(reason=Reason.NO_REASON, day=9, window_days=10).allowed
    assert not policy(reason=Reason.NO_REASON, day=11, window_days=10).allowed
    assert policy(reason=Reason.QUALITY, day=60).allowed


def test_without_a_sign_for_date_the_window_counts_from_shipping_and_says_so():
    result = evaluate_policy(PolicyInput(CaseType.RETURN_REFUND, Reason.NO_REASON, received_on=dt.date(2026, 11, 12),
                                         signed_on=None, shipped_on=dt.date(2026, 11, 1)))
    assert result.counted_from == "shipment" and result.days_since_delivery == 11 and not result.allowed
    assert "sign-for date is not known" in result.notes[0]


@pytest.mark.parametrize("method", [ReturnMethod.FREIGHT_COLLECT, ReturnMethod.SURFACE_MAIL])
@pytest.mark.parametrize("case_type", [CaseType.RETURN_REFUND, CaseType.EXCHANGE, CaseType.REPAIR])
def test_freight_collect_and_surface_mail_parcels_are_refused(method, case_type):
    result = policy(case_type, Reason.QUALITY, return_method=method)
    assert not result.allowed and "express only" in result.refusals[-1]


def test_refund_only_and_complaints():
    assert policy(CaseType.REFUND_ONLY, Reason.NOT_RECEIVED, return_method=ReturnMethod.SURFACE_MAIL).allowed
    assert not policy(CaseType.REFUND_ONLY, Reason.NO_REASON).allowed  # the goods must come back first
    complaint = policy(CaseType.COMPLAINT, Reason.OTHER)
    assert not complaint.applies and complaint.allowed
    assert "does not apply" in complaint.summary()


def test_the_summary_names_the_verdict_the_freight_and_the_day():
    text = policy(reason=Reason.NO_REASON, day=9).summary()
    assert text.startswith("Refused: 7 days, no reason: only within 7 days of delivery; this is day 9.")
    assert "Buyer, both ways" in text and "Day 9 after delivery" in text


def test_state_table():
    assert all(state in TRANSITIONS for state in CaseState)
    assert OPEN_STATES | DONE_STATES == set(CaseState)
    assert can_change(CaseState.OPEN, CaseState.IN_PROGRESS) and can_change(CaseState.WAITING_GOODS, CaseState.RESOLVED)
    assert can_change(CaseState.RESOLVED, CaseState.IN_PROGRESS)  # reopened
    assert not can_change(CaseState.CLOSED, CaseState.OPEN) and not can_change(CaseState.OPEN, CaseState.OPEN)
    assert "supervisor's override" in transition_error(CaseState.REFUSED, CaseState.IN_PROGRESS)
    assert transition_error(CaseState.OPEN, CaseState.RESOLVED) is None


def test_numbers_minutes_overdue_and_rates():
    assert format_case_no(dt.date(2026, 11, 24), 7) == "AS20261124-0007"
    received = dt.datetime(2026, 11, 24, 9, 0)
    assert response_minutes(received, dt.datetime(2026, 11, 25, 10, 30)) == 25 * 60 + 30
    now = dt.datetime(2026, 11, 25, 9, 1)
    assert is_overdue(CaseState.OPEN, received, None, now, 24)
    assert not is_overdue(CaseState.OPEN, received, received, now, 24)
    assert not is_overdue(CaseState.RESOLVED, received, None, now, 24)
    assert str(share(2, 3)) == "0.6667" and share(1, 0) is None
