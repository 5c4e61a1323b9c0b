"""Rules of the after-sales register 售后登记 (domain.md "After-sales register"; seed 001
售后制度 / 退货 / 换货 / 中差评处理, seed 002 四(一)3).

Qt-free and database-free: the six case types, their states and the one table of
allowed state changes, the reasons and the shop's policy table as data, and
`evaluate_policy()` — what the case form shows before a case is saved and what the
services enforce when it is saved.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from shopmanager.core.i18n import tr


class CaseType(StrEnum):
    RETURN_REFUND = "return_refund"  # 退货退款
    EXCHANGE = "exchange"  # 换货
    REFUND_ONLY = "refund_only"  # 仅退款
    REPAIR = "repair"  # 维修
    COMPLAINT = "complaint"  # 投诉
    NEGATIVE_REVIEW = "review"  # 中差评


def type_label(kind: str) -> str:
    return {
        CaseType.RETURN_REFUND: tr("AfterSales", "Return and refund"),
        CaseType.EXCHANGE: tr("AfterSales", "Exchange"),
        CaseType.REFUND_ONLY: tr("AfterSales", "Refund only"),
        CaseType.REPAIR: tr("AfterSales", "Repair"),
        CaseType.COMPLAINT: tr("AfterSales", "Complaint"),
        CaseType.NEGATIVE_REVIEW: tr("AfterSales", "Negative review"),
    }.get(kind, kind)


# Types whose goods come back to the shop (the return parcel rules apply).
GOODS_BACK = frozenset({CaseType.RETURN_REFUND, CaseType.EXCHANGE, CaseType.REPAIR})
# Types that only make sense once the order has left the shop.
NEEDS_SHIPPED = frozenset({CaseType.RETURN_REFUND, CaseType.EXCHANGE, CaseType.REPAIR, CaseType.NEGATIVE_REVIEW})
# Types that may carry a refund.
REFUNDABLE = frozenset({CaseType.RETURN_REFUND, CaseType.REFUND_ONLY, CaseType.EXCHANGE, CaseType.REPAIR,
                        CaseType.COMPLAINT, CaseType.NEGATIVE_REVIEW})
# Types the policy table governs (complaints and reviews are handled, not judged by it).
POLICY_TYPES = frozenset({CaseType.RETURN_REFUND, CaseType.EXCHANGE, CaseType.REFUND_ONLY, CaseType.REPAIR})
# Types that may be registered without an order (a complaint about a chat, a phone call).
ORDER_OPTIONAL = frozenset({CaseType.COMPLAINT})


class CaseState(StrEnum):
    OPEN = "open"  # 待处理
    IN_PROGRESS = "in_progress"  # 处理中
    WAITING_BUYER = "waiting_buyer"  # 等待买家
    WAITING_GOODS = "waiting_goods"  # 等待退货
    RESOLVED = "resolved"  # 已解决
    CLOSED = "closed"  # 已关闭
    REFUSED = "refused"  # 已拒绝


def state_label(state: str) -> str:
    return {
        CaseState.OPEN: tr("AfterSales", "Open"),
        CaseState.IN_PROGRESS: tr("AfterSales", "In progress"),
        CaseState.WAITING_BUYER: tr("AfterSales", "Waiting for the buyer"),
        CaseState.WAITING_GOODS: tr("AfterSales", "Waiting for the goods"),
        CaseState.RESOLVED: tr("AfterSales", "Resolved"),
        CaseState.CLOSED: tr("AfterSales", "Closed"),
        CaseState.REFUSED: tr("AfterSales", "Refused"),
    }.get(state, state)


_S = CaseState
_WORKING = frozenset({_S.IN_PROGRESS, _S.WAITING_BUYER, _S.WAITING_GOODS})
# Every allowed change of state. A refused case comes back to work only through a
# supervisor's override (services/aftersales.override_policy), which is recorded.
TRANSITIONS: dict[CaseState, frozenset[CaseState]] = {
    _S.OPEN: _WORKING | {_S.RESOLVED, _S.REFUSED},
    _S.IN_PROGRESS: (_WORKING - {_S.IN_PROGRESS}) | {_S.RESOLVED, _S.REFUSED},
    _S.WAITING_BUYER: (_WORKING - {_S.WAITING_BUYER}) | {_S.RESOLVED, _S.REFUSED, _S.CLOSED},
    _S.WAITING_GOODS: (_WORKING - {_S.WAITING_GOODS}) | {_S.RESOLVED, _S.REFUSED, _S.CLOSED},
    _S.RESOLVED: frozenset({_S.CLOSED, _S.IN_PROGRESS}),
    _S.REFUSED: frozenset({_S.CLOSED}),
    _S.CLOSED: frozenset(),
}
OPEN_STATES = frozenset({_S.OPEN, _S.IN_PROGRESS, _S.WAITING_BUYER, _S.WAITING_GOODS})
DONE_STATES = frozenset({_S.RESOLVED, _S.CLOSED, _S.REFUSED})


def can_change(current: str, target: str) -> bool:
    try:
        return CaseState(target) in TRANSITIONS[CaseState(current)]
    except ValueError:
        return False


def transition_error(current: str, target: str) -> str | None:
    """None when current → target is allowed; otherwise a message naming both states."""
    if can_change(current, target):
        return None
    message = tr("AfterSales", "The case cannot go from '{current}' to '{target}'.").format(
        current=state_label(current), target=state_label(target))
    if current == CaseState.REFUSED and target in OPEN_STATES | {CaseState.RESOLVED}:
        message += " " + tr("AfterSales", "Only a supervisor's override can take a refused case back.")
    return message


class Reason(StrEnum):
    QUALITY = "quality"  # 质量问题 (verified)
    BUYER_DAMAGE = "buyer_damage"  # 人为因素
    NOT_AS_DESCRIBED = "not_as_described"  # 货不对板
    COLOUR = "colour"  # 色差
    CHANGE = "change"  # 换码/换色/换款
    NO_REASON = "no_reason"  # 七天无理由
    NOT_RECEIVED = "not_received"  # 未收到货 / 少件 / 漏发
    OTHER = "other"  # 其他


def reason_label(reason: str) -> str:
    return {
        Reason.QUALITY: tr("AfterSales", "Quality problem"),
        Reason.BUYER_DAMAGE: tr("AfterSales", "Damage caused by the buyer"),
        Reason.NOT_AS_DESCRIBED: tr("AfterSales", "Not as described"),
        Reason.COLOUR: tr("AfterSales", "Colour difference"),
        Reason.CHANGE: tr("AfterSales", "Change of size, colour or style"),
        Reason.NO_REASON: tr("AfterSales", "7 days, no reason"),
        Reason.NOT_RECEIVED: tr("AfterSales", "Not received / items missing"),
        Reason.OTHER: tr("AfterSales", "Other"),
    }.get(reason, reason)


class Eligibility(StrEnum):
    YES = "yes"
    WINDOW = "window"  # yes, within the window after delivery
    SUPERVISOR = "supervisor"  # escalate: the supervisor decides
    NOT_APPLICABLE = "n/a"  # complaints, reviews


class FreightPayer(StrEnum):
    SHOP_BOTH = "shop_both"
    BUYER = "buyer"  # the buyer pays the return parcel
    BUYER_BOTH = "buyer_both"
    DECIDE = "decide"  # the supervisor decides
    NONE = "none"


def freight_label(payer: str) -> str:
    return {
        FreightPayer.SHOP_BOTH: tr("AfterSales", "Shop, both ways"),
        FreightPayer.BUYER: tr("AfterSales", "Buyer (return parcel)"),
        FreightPayer.BUYER_BOTH: tr("AfterSales", "Buyer, both ways"),
        FreightPayer.DECIDE: tr("AfterSales", "Supervisor decides"),
        FreightPayer.NONE: "—",
    }.get(payer, payer)


class RefundKind(StrEnum):
    FULL = "full"  # goods and the freight paid
    GOODS_ONLY = "goods_only"
    FULL_OR_EXCHANGE = "full_or_exchange"
    EXCHANGE = "exchange"  # no refund: the goods are exchanged
    DECIDE = "decide"  # the supervisor decides
    NONE = "none"


def refund_kind_label(kind: str) -> str:
    return {
        RefundKind.FULL: tr("AfterSales", "Full refund"),
        RefundKind.GOODS_ONLY: tr("AfterSales", "Goods only"),
        RefundKind.FULL_OR_EXCHANGE: tr("AfterSales", "Full refund or exchange"),
        RefundKind.EXCHANGE: tr("AfterSales", "Exchange"),
        RefundKind.DECIDE: tr("AfterSales", "Supervisor decides"),
        RefundKind.NONE: "—",
    }.get(kind, kind)


@dataclass(frozen=True)
class PolicyRow:
    eligibility: Eligibility
    freight: FreightPayer
    refund: RefundKind


# domain.md, the policy table (seed 001 售后制度 / 退货): reason → eligible, freight, refund.
POLICY: dict[Reason, PolicyRow] = {
    Reason.QUALITY: PolicyRow(Eligibility.YES, FreightPayer.SHOP_BOTH, RefundKind.FULL),
    Reason.BUYER_DAMAGE: PolicyRow(Eligibility.SUPERVISOR, FreightPayer.DECIDE, RefundKind.DECIDE),
    Reason.NOT_AS_DESCRIBED: PolicyRow(Eligibility.YES, FreightPayer.SHOP_BOTH, RefundKind.FULL_OR_EXCHANGE),
    Reason.COLOUR: PolicyRow(Eligibility.WINDOW, FreightPayer.BUYER, RefundKind.GOODS_ONLY),
    Reason.CHANGE: PolicyRow(Eligibility.WINDOW, FreightPayer.BUYER_BOTH, RefundKind.EXCHANGE),
    Reason.NO_REASON: PolicyRow(Eligibility.WINDOW, FreightPayer.BUYER_BOTH, RefundKind.GOODS_ONLY),
    # Not in the seed's table: a parcel that never arrived or came short is the shop's
    # (or its carrier's) fault — like a quality problem, without goods to send back.
    Reason.NOT_RECEIVED: PolicyRow(Eligibility.YES, FreightPayer.NONE, RefundKind.FULL),
    Reason.OTHER: PolicyRow(Eligibility.SUPERVISOR, FreightPayer.DECIDE, RefundKind.DECIDE),
}
# Reasons that make sense for each type (the form offers these).
REASONS_FOR: dict[CaseType, tuple[Reason, ...]] = {
    CaseType.RETURN_REFUND: (Reason.NO_REASON, Reason.QUALITY, Reason.NOT_AS_DESCRIBED, Reason.COLOUR,
                             Reason.BUYER_DAMAGE, Reason.OTHER),
    CaseType.EXCHANGE: (Reason.CHANGE, Reason.QUALITY, Reason.NOT_AS_DESCRIBED, Reason.COLOUR, Reason.NO_REASON,
                        Reason.BUYER_DAMAGE, Reason.OTHER),
    CaseType.REFUND_ONLY: (Reason.NOT_RECEIVED, Reason.QUALITY, Reason.NOT_AS_DESCRIBED, Reason.OTHER),
    CaseType.REPAIR: (Reason.QUALITY, Reason.BUYER_DAMAGE, Reason.OTHER),
    CaseType.COMPLAINT: (Reason.OTHER,),
    CaseType.NEGATIVE_REVIEW: (Reason.QUALITY, Reason.NOT_AS_DESCRIBED, Reason.COLOUR, Reason.NOT_RECEIVED,
                               Reason.OTHER),
}


class ReturnMethod(StrEnum):
    EXPRESS = "express"  # 快递 (sender pays)
    FREIGHT_COLLECT = "collect"  # 到付
    SURFACE_MAIL = "surface"  # 平邮


def return_method_label(method: str) -> str:
    return {
        ReturnMethod.EXPRESS: tr("AfterSales", "Express, prepaid"),
        ReturnMethod.FREIGHT_COLLECT: tr("AfterSales", "Freight collect (到付)"),
        ReturnMethod.SURFACE_MAIL: tr("AfterSales", "Surface mail (平邮)"),
    }.get(method, method)


REFUSED_METHODS = frozenset({ReturnMethod.FREIGHT_COLLECT, ReturnMethod.SURFACE_MAIL})


@dataclass(frozen=True)
class PolicyInput:
    case_type: str
    reason: str
    received_on: dt.date  # the day the buyer asked
    signed_on: dt.date | None = None  # the sign-for (delivery) day; None: not known
    shipped_on: dt.date | None = None  # the day the order left the shop
    return_method: str = ReturnMethod.EXPRESS
    window_days: int = 7


@dataclass(frozen=True)
class PolicyResult:
    """What the case form shows before saving. `refusals`: why the shop says no
    (each can be overridden by a supervisor); `escalate`: the supervisor decides."""

    applies: bool
    eligibility: str
    freight: str
    refund: str
    days_since_delivery: int | None
    window_days: int
    counted_from: str  # "delivery" | "shipment" | "" (not counted)
    refusals: tuple[str, ...] = field(default_factory=tuple)
    escalate: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def allowed(self) -> bool:
        """True when the case may go ahead without a supervisor's override."""
        return not self.refusals and not self.escalate

    def summary(self) -> str:
        """One paragraph in the current language (timeline, audit, import flags)."""
        if not self.applies:
            return tr("AfterSales", "The return policy does not apply to this type of case.")
        parts = []
        if self.refusals:
            parts.append(tr("AfterSales", "Refused: {why}").format(why="; ".join(self.refusals)))
        elif self.escalate:
            parts.append(tr("AfterSales", "The supervisor decides."))
        else:
            parts.append(tr("AfterSales", "Eligible."))
        parts.append(tr("AfterSales", "Return freight: {payer}. Refund: {refund}.").format(
            payer=freight_label(self.freight), refund=refund_kind_label(self.refund)))
        if self.days_since_delivery is not None:
            parts.append(tr("AfterSales", "Day {n} after {event} (window {w} days).").format(
                n=self.days_since_delivery, w=self.window_days,
                event=tr("AfterSales", "delivery") if self.counted_from == "delivery" else tr("AfterSales", "shipping")))
        parts.extend(self.notes)
        return " ".join(parts)


def evaluate_policy(given: PolicyInput) -> PolicyResult:
    """The policy table applied to one case (domain.md; seed 001 售后制度, 退货, 换货 4/6)."""
    try:
        kind = CaseType(given.case_type)
        reason = Reason(given.reason)
    except ValueError:
        return PolicyResult(False, Eligibility.NOT_APPLICABLE, FreightPayer.NONE, RefundKind.NONE, None,
                            given.window_days, "")
    if kind not in POLICY_TYPES:
        return PolicyResult(False, Eligibility.NOT_APPLICABLE, FreightPayer.NONE, RefundKind.NONE, None,
                            given.window_days, "")
    row = POLICY[reason]
    refusals: list[str] = []
    notes: list[str] = []
    start = given.signed_on or given.shipped_on
    counted_from = "delivery" if given.signed_on else ("shipment" if given.shipped_on else "")
    days = (given.received_on - start).days if start else None
    if days is not None and days < 0:
        days = 0
    if given.signed_on is None and given.shipped_on is not None:
        notes.append(tr("AfterSales", "The sign-for date is not known: counted from the shipping day. Enter the "
                                      "sign-for date from the tracking to count exactly."))
    if row.eligibility == Eligibility.WINDOW and days is not None and days > given.window_days:
        refusals.append(tr("AfterSales", "{reason}: only within {w} days of delivery; this is day {n}.").format(
            reason=reason_label(reason), w=given.window_days, n=days))
    refund = row.refund
    if kind in (CaseType.RETURN_REFUND, CaseType.REFUND_ONLY) and refund == RefundKind.EXCHANGE:
        refusals.append(tr("AfterSales", "{reason} is settled by an exchange, not a refund.").format(
            reason=reason_label(reason)))
    if kind == CaseType.REFUND_ONLY and reason in (Reason.NO_REASON, Reason.COLOUR):
        refusals.append(tr("AfterSales", "{reason}: the goods must come back first (return and refund).").format(
            reason=reason_label(reason)))
    if kind in GOODS_BACK and given.return_method in REFUSED_METHODS:
        refusals.append(tr("AfterSales", "Returns and exchanges travel by express only: {method} parcels are "
                                         "refused.").format(method=return_method_label(given.return_method)))
    if kind == CaseType.EXCHANGE and refund == RefundKind.FULL_OR_EXCHANGE:
        refund = RefundKind.EXCHANGE
    if kind == CaseType.EXCHANGE and refund in (RefundKind.FULL, RefundKind.GOODS_ONLY):
        refund = RefundKind.EXCHANGE
    if kind == CaseType.REPAIR and refund != RefundKind.DECIDE:
        refund = RefundKind.NONE
    return PolicyResult(True, row.eligibility, row.freight, refund, days, given.window_days, counted_from,
                        tuple(refusals), row.eligibility == Eligibility.SUPERVISOR, tuple(notes))


# -- complaints and negative reviews -------------------------------------------------------------

class ComplaintCategory(StrEnum):
    ATTITUDE = "attitude"  # 服务态度
    SLOW_REPLY = "slow_reply"  # 回复不及时
    SHIPPING_DELAY = "shipping_delay"  # 发货慢
    WRONG_ITEM = "wrong_item"  # 发错货 / 漏发
    QUALITY = "quality"  # 商品质量
    LOGISTICS = "logistics"  # 物流问题
    PRICE = "price"  # 价格 / 优惠
    OTHER = "other"


def complaint_label(category: str) -> str:
    return {
        ComplaintCategory.ATTITUDE: tr("AfterSales", "Service attitude"),
        ComplaintCategory.SLOW_REPLY: tr("AfterSales", "Slow reply"),
        ComplaintCategory.SHIPPING_DELAY: tr("AfterSales", "Late shipping"),
        ComplaintCategory.WRONG_ITEM: tr("AfterSales", "Wrong or missing item"),
        ComplaintCategory.QUALITY: tr("AfterSales", "Product quality"),
        ComplaintCategory.LOGISTICS: tr("AfterSales", "Delivery problem"),
        ComplaintCategory.PRICE: tr("AfterSales", "Price or promotion"),
        ComplaintCategory.OTHER: tr("AfterSales", "Other"),
    }.get(category, category)


class ReviewOutcome(StrEnum):
    PENDING = ""  # not settled yet
    REVISED = "revised"  # 已改评 / 追评
    REMOVED = "removed"  # 已删除
    KEPT = "kept"  # 未修改


def outcome_label(outcome: str) -> str:
    return {
        ReviewOutcome.PENDING: tr("AfterSales", "Not settled yet"),
        ReviewOutcome.REVISED: tr("AfterSales", "Revised by the buyer"),
        ReviewOutcome.REMOVED: tr("AfterSales", "Removed"),
        ReviewOutcome.KEPT: tr("AfterSales", "Kept as it was"),
    }.get(outcome, outcome)


class ContactMethod(StrEnum):
    PHONE = "phone"
    CHAT = "chat"  # 旺旺 / 京东咚咚 / 拼多多客服 …
    WECHAT = "wechat"
    SMS = "sms"


def contact_label(method: str) -> str:
    return {
        ContactMethod.PHONE: tr("AfterSales", "Phone"),
        ContactMethod.CHAT: tr("AfterSales", "Platform chat"),
        ContactMethod.WECHAT: tr("AfterSales", "WeChat"),
        ContactMethod.SMS: tr("AfterSales", "SMS"),
    }.get(method, method)


class RefundMethod(StrEnum):
    PLATFORM = "platform"  # through the platform (the original payment route)
    ALIPAY = "alipay"
    WECHAT_PAY = "wechat_pay"
    BANK_TRANSFER = "bank_transfer"
    CASH = "cash"


def refund_method_label(method: str) -> str:
    return {
        RefundMethod.PLATFORM: tr("AfterSales", "Through the platform"),
        RefundMethod.ALIPAY: tr("AfterSales", "Alipay"),
        RefundMethod.WECHAT_PAY: tr("AfterSales", "WeChat Pay"),
        RefundMethod.BANK_TRANSFER: tr("AfterSales", "Bank transfer"),
        RefundMethod.CASH: tr("AfterSales", "Cash"),
    }.get(method, method)


# -- the timeline ------------------------------------------------------------------------------------

class Action(StrEnum):
    CREATED = "created"
    IMPORTED = "imported"
    CONTACTED = "contacted"
    NOTE = "note"
    STATE = "state"
    POLICY_REFUSED = "policy_refused"
    OVERRIDE = "override"
    ESCALATED = "escalated"
    HANDED_OVER = "handed_over"
    GOODS_RECEIVED = "goods_received"
    INSPECTED = "inspected"
    REFUNDED = "refunded"
    REPLACEMENT_SHIPPED = "replacement_shipped"
    REPLACEMENT_CANCELLED = "replacement_cancelled"
    REVIEW_OUTCOME = "review_outcome"
    UPHELD = "upheld"
    FLAGGED = "flagged"


def action_label(action: str) -> str:
    return {
        Action.CREATED: tr("AfterSales", "Registered"),
        Action.IMPORTED: tr("AfterSales", "Imported from the platform"),
        Action.CONTACTED: tr("AfterSales", "Contacted the buyer"),
        Action.NOTE: tr("AfterSales", "Note"),
        Action.STATE: tr("AfterSales", "State changed"),
        Action.POLICY_REFUSED: tr("AfterSales", "Refused by the policy"),
        Action.OVERRIDE: tr("AfterSales", "Supervisor override"),
        Action.ESCALATED: tr("AfterSales", "Escalated"),
        Action.HANDED_OVER: tr("AfterSales", "Handed over"),
        Action.GOODS_RECEIVED: tr("AfterSales", "Goods received"),
        Action.INSPECTED: tr("AfterSales", "Inspected"),
        Action.REFUNDED: tr("AfterSales", "Refunded"),
        Action.REPLACEMENT_SHIPPED: tr("AfterSales", "Replacement shipped"),
        Action.REPLACEMENT_CANCELLED: tr("AfterSales", "Replacement shipment cancelled"),
        Action.REVIEW_OUTCOME: tr("AfterSales", "Review outcome"),
        Action.UPHELD: tr("AfterSales", "Complaint decided"),
        Action.FLAGGED: tr("AfterSales", "Outside the shop's policy"),
    }.get(action, action)


# -- numbers and time ------------------------------------------------------------------------------

CASE_NO_PREFIX = "AS"


def case_no_prefix(day: dt.date) -> str:
    """AS20261124- : the cases registered on one day share it."""
    return f"{CASE_NO_PREFIX}{day:%Y%m%d}-"


def format_case_no(day: dt.date, sequence: int) -> str:
    return f"{case_no_prefix(day)}{sequence:04d}"


def case_no_sequence(case_no: str) -> int:
    tail = case_no.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def response_minutes(received_at: dt.datetime, answered_at: dt.datetime) -> int:
    """Whole minutes from receiving a case to its first response (never negative)."""
    return max(0, int((answered_at - received_at).total_seconds() // 60))


def is_overdue(state: str, received_at: dt.datetime, first_response_at: dt.datetime | None, now: dt.datetime,
               hours: int) -> bool:
    """Open, never answered, and received more than `hours` ago."""
    return state in OPEN_STATES and first_response_at is None and received_at < now - dt.timedelta(hours=hours)


def share(part: int, whole: int):
    """part / whole as a Decimal fraction 0..1 (4 places), None when there is no whole."""
    from decimal import ROUND_HALF_UP, Decimal

    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
