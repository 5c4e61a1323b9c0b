"""Shared set-up of the after-sales tests: orders delivered some days ago, cases on them."""
from __future__ import annotations

import datetime as dt
import itertools

from shopmanager.core import timeutil
from shopmanager.core.permissions import Role
from shopmanager.db.models import OrderLine
from shopmanager.services import aftersales, orders, shipping
from shopmanager.services.orders import LineInput
from tests.unit.services.test_orders import make_product, paid_order

_labels = itertools.count(1)


def carrier(actor, code: str = "SF") -> int:
    return next(c.id for c in shipping.list_carriers(actor) if c.code == code)


def at_days_ago(days: float) -> None:
    timeutil.set_clock_offset(-dt.timedelta(days=days))


def delivered_order(shop, *lines: LineInput, delivered_days_ago: int = 2, freight: int = 0,
                    deliver: bool = True, **values):
    """A paid order shipped and signed for `delivered_days_ago` days ago (the clock is put back
    for it, then restored)."""
    service, clerk = shop[Role.CUSTOMER_SERVICE], shop[Role.SHIPPING]
    try:
        at_days_ago(delivered_days_ago + 2)
        ref = paid_order(service, *lines, freight_cents=freight, **values)
        shipping.ship_order(clerk, ref.id, carrier(clerk), f"SF{next(_labels):010d}")
        if deliver:
            at_days_ago(delivered_days_ago)
            orders.change_status(service, ref.id, "delivered")
    finally:
        timeutil.set_clock_offset(dt.timedelta(0))
    return ref


def order_lines(order_id: int) -> list[OrderLine]:
    return list(OrderLine.select().where(OrderLine.order == order_id).order_by(OrderLine.line_no))


def case_on(actor, order_id: int, case_type: str = "return_refund", reason: str = "quality", qty: int | None = None,
            **values) -> aftersales.CaseRef:
    """A case on every line of the order (or `qty` pieces of its first line)."""
    lines = order_lines(order_id)
    if qty is not None:
        chosen = [aftersales.CaseLineInput(lines[0].id, qty)]
    else:
        chosen = [aftersales.CaseLineInput(line.id, line.qty) for line in lines]
    values.setdefault("description", "买家说有问题")
    return aftersales.create_case(actor, aftersales.CaseInput(case_type=case_type, order_id=order_id, lines=chosen,
                                                              reason=reason, **values))


__all__ = ["at_days_ago", "carrier", "case_on", "delivered_order", "make_product", "order_lines"]
