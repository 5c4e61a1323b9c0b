"""Rules of orders, shipping and customers (domain.md "Orders and shipping", "Customers").

Qt-free and database-free: the states and the one table of allowed status changes,
channels, payment methods, customer tiers, and the same-day dispatch rule
(当天件当天发) as plain date arithmetic, so services, reports and tests share them.
"""
from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum

from shopmanager.core.errors import ValidationError
from shopmanager.core.i18n import tr


class OrderStatus(StrEnum):
    PENDING = "pending"  # 待付款
    PAID = "paid"  # 待发货
    SHIPPED = "shipped"  # 已发货
    DELIVERED = "delivered"  # 已签收
    COMPLETED = "completed"  # 已完成
    CANCELLED = "cancelled"  # 已取消 (by the buyer or the shop)
    CLOSED = "closed"  # 已关闭 (by the platform: unpaid in time, refunded before shipping)


def status_label(status: str) -> str:
    return {
        OrderStatus.PENDING: tr("Orders", "Pending payment"),
        OrderStatus.PAID: tr("Orders", "Paid, to ship"),
        OrderStatus.SHIPPED: tr("Orders", "Shipped"),
        OrderStatus.DELIVERED: tr("Orders", "Delivered"),
        OrderStatus.COMPLETED: tr("Orders", "Completed"),
        OrderStatus.CANCELLED: tr("Orders", "Cancelled"),
        OrderStatus.CLOSED: tr("Orders", "Closed"),
    }.get(status, status)


# Every allowed change of state (domain.md: cancelled/closed only before shipping).
# paid → shipped happens only by shipping (a carrier and tracking number), and
# shipped → paid only by cancelling that shipment; services/shipping.py does both.
TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.PENDING: frozenset({OrderStatus.PAID, OrderStatus.CANCELLED, OrderStatus.CLOSED}),
    OrderStatus.PAID: frozenset({OrderStatus.SHIPPED, OrderStatus.CANCELLED, OrderStatus.CLOSED}),
    OrderStatus.SHIPPED: frozenset({OrderStatus.DELIVERED, OrderStatus.PAID}),
    OrderStatus.DELIVERED: frozenset({OrderStatus.COMPLETED}),
    OrderStatus.COMPLETED: frozenset(),
    OrderStatus.CANCELLED: frozenset(),
    OrderStatus.CLOSED: frozenset(),
}
# Statuses whose order may still be edited (lines, amounts, receiver).
EDITABLE = frozenset({OrderStatus.PENDING, OrderStatus.PAID})
# The order was paid and not undone: counts as a sale (reports, customer totals).
SOLD = frozenset({OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED})
ENDED = frozenset({OrderStatus.CANCELLED, OrderStatus.CLOSED})


def can_change(current: str, target: str) -> bool:
    try:
        return OrderStatus(target) in TRANSITIONS[OrderStatus(current)]
    except ValueError:
        return False


def transition_error(current: str, target: str) -> str | None:
    """None when current → target is allowed; otherwise the message naming both states."""
    if can_change(current, target):
        return None
    message = tr("Orders", "The order cannot go from '{current}' to '{target}'.").format(
        current=status_label(current), target=status_label(target))
    if target in ENDED and current in (OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.COMPLETED):
        message += " " + tr("Orders", "It has shipped: register an after-sales case instead.")
    elif current in ENDED:
        message += " " + tr("Orders", "A cancelled or closed order stays as it is; enter a new order.")
    return message


class Channel(StrEnum):
    TAOBAO = "taobao"
    TMALL = "tmall"
    JD = "jd"
    PDD = "pdd"
    DOUYIN = "douyin"
    WECHAT = "wechat"
    OFFLINE = "offline"


def channel_label(channel: str) -> str:
    return {
        Channel.TAOBAO: tr("Orders", "Taobao"), Channel.TMALL: tr("Orders", "Tmall"), Channel.JD: tr("Orders", "JD"),
        Channel.PDD: tr("Orders", "Pinduoduo"), Channel.DOUYIN: tr("Orders", "Douyin"),
        Channel.WECHAT: tr("Orders", "WeChat"), Channel.OFFLINE: tr("Orders", "Offline"),
    }.get(channel, channel)


class PaymentMethod(StrEnum):
    PLATFORM = "platform"  # paid through the platform (Alipay on Taobao, JD Pay, …)
    ALIPAY = "alipay"
    WECHAT_PAY = "wechat_pay"
    BANK_TRANSFER = "bank_transfer"  # 汇款: record it in the transfer record
    CASH = "cash"
    OTHER = "other"


def payment_label(method: str) -> str:
    return {
        PaymentMethod.PLATFORM: tr("Orders", "Platform payment"), PaymentMethod.ALIPAY: tr("Orders", "Alipay"),
        PaymentMethod.WECHAT_PAY: tr("Orders", "WeChat Pay"),
        PaymentMethod.BANK_TRANSFER: tr("Orders", "Bank transfer"), PaymentMethod.CASH: tr("Orders", "Cash"),
        PaymentMethod.OTHER: tr("Orders", "Other"),
    }.get(method, method)


class CustomerTier(StrEnum):
    NORMAL = "normal"  # 普通
    SILVER = "silver"  # 银卡
    GOLD = "gold"  # 金卡
    VIP = "vip"  # VIP


def tier_label(tier: str) -> str:
    return {
        CustomerTier.NORMAL: tr("Customers", "Normal"), CustomerTier.SILVER: tr("Customers", "Silver"),
        CustomerTier.GOLD: tr("Customers", "Gold"), CustomerTier.VIP: tr("Customers", "VIP"),
    }.get(tier, tier)


def choice(enum: type[StrEnum], value: str, label: str, field: str, *, blank: bool = False) -> str:
    """The enum value of `value`, or ValidationError naming the field."""
    text = (value or "").strip()
    if blank and not text:
        return ""
    try:
        return enum(text).value
    except ValueError:
        raise ValidationError(tr("Orders", "{field}: '{value}' is not one of the choices.").format(
            field=label, value=text), field=field) from None


# -- numbers ------------------------------------------------------------------------------------

ORDER_NO_PREFIX = "SO"


def order_no_prefix(day: dt.date) -> str:
    """SO20250607- : the shop's own order numbers of one day share it."""
    return f"{ORDER_NO_PREFIX}{day:%Y%m%d}-"


def format_order_no(day: dt.date, sequence: int) -> str:
    return f"{order_no_prefix(day)}{sequence:04d}"


def order_no_sequence(order_no: str) -> int:
    tail = order_no.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0


_TRACKING = re.compile(r"^[A-Z0-9-]{6,40}$")


def clean_tracking_no(text: str) -> str:
    """What a scanner or a clerk typed → the stored form (upper case, no spaces)."""
    value = re.sub(r"\s+", "", text or "").upper()
    if not value:
        raise ValidationError(tr("Shipping", "Tracking number: required."), field="tracking_no")
    if not _TRACKING.match(value):
        raise ValidationError(tr("Shipping", "Tracking number '{value}': use 6 to 40 letters and digits.").format(
            value=value), field="tracking_no")
    return value


# -- same-day dispatch (当天件当天发) -------------------------------------------------------------

def ship_by_day(paid_at: dt.datetime, cutoff: dt.time) -> dt.date:
    """The day an order must ship: the day it was paid when paid before the cut-off, else the next day.

    The rule: an order paid before the cut-off of day D (default 16:00) must ship on D;
    paid at or after the cut-off it must ship on D + 1. It is *overdue* once its ship-by
    day is over without a shipment, i.e. from 00:00 of the following day. So on day T:

    - to ship today = paid, not shipped, paid before T's cut-off (this includes the overdue);
    - overdue       = paid, not shipped, paid before the cut-off of T − 1;
    - ship tomorrow = paid, not shipped, paid at or after T's cut-off.
    Weekends and holidays are ordinary days (the rule says nothing of them).
    """
    day = paid_at.date()
    return day if paid_at.time() < cutoff else day + dt.timedelta(days=1)


def today_limit(now: dt.datetime, cutoff: dt.time) -> dt.datetime:
    """Orders paid before this moment must ship today (or were due earlier)."""
    return dt.datetime.combine(now.date(), cutoff)


def overdue_limit(now: dt.datetime, cutoff: dt.time) -> dt.datetime:
    """Orders paid before this moment should have shipped on an earlier day."""
    return dt.datetime.combine(now.date() - dt.timedelta(days=1), cutoff)


def is_overdue(paid_at: dt.datetime | None, now: dt.datetime, cutoff: dt.time) -> bool:
    return paid_at is not None and ship_by_day(paid_at, cutoff) < now.date()
