"""当天件当天发: which paid orders must ship today, which are overdue, which ship tomorrow —
with the clock moved around the cut-off."""
from __future__ import annotations

import datetime as dt

import pytest

from shopmanager.core import timeutil
from shopmanager.core.orders import OrderStatus, is_overdue, ship_by_day
from shopmanager.core.permissions import Role
from shopmanager.services import dispatch, orders, settings, shipping
from shopmanager.services.listing import ListRequest
from shopmanager.services.orders import LineInput
from tests.unit.services.test_orders import draft, paid_order

CUT = dt.time(16, 0)


def freeze(moment: dt.datetime) -> None:
    timeutil.set_clock_offset(timeutil.dt.timedelta(0))
    timeutil.set_clock_offset(moment - timeutil.now())


@pytest.mark.parametrize("paid, ship_by", [
    (dt.datetime(2026, 6, 10, 15, 59), dt.date(2026, 6, 10)),
    (dt.datetime(2026, 6, 10, 16, 0), dt.date(2026, 6, 11)),
    (dt.datetime(2026, 6, 10, 0, 1), dt.date(2026, 6, 10)),
    (dt.datetime(2026, 6, 10, 23, 59), dt.date(2026, 6, 11)),
])
def test_the_ship_by_day_follows_the_cutoff(paid, ship_by):
    assert ship_by_day(paid, CUT) == ship_by
    assert not is_overdue(paid, dt.datetime.combine(ship_by, dt.time(23, 59)), CUT)  # the whole day to ship it
    assert is_overdue(paid, dt.datetime.combine(ship_by + dt.timedelta(days=1), dt.time(0, 0)), CUT)


@pytest.fixture
def queue(shop):
    """Orders paid around the cut-off, seen on 2026-06-10 at 17:00."""
    service, clerk = shop[Role.CUSTOMER_SERVICE], shop[Role.SHIPPING]
    freeze(dt.datetime(2026, 6, 10, 17, 0))
    made = {}
    for key, paid in [("a", dt.datetime(2026, 6, 8, 10, 0)), ("b", dt.datetime(2026, 6, 9, 15, 59)),
                      ("c", dt.datetime(2026, 6, 9, 16, 0)), ("d", dt.datetime(2026, 6, 10, 9, 0)),
                      ("e", dt.datetime(2026, 6, 10, 16, 30)), ("cancelled", dt.datetime(2026, 6, 9, 10, 0)),
                      ("shipped", dt.datetime(2026, 6, 8, 9, 0))]:
        made[key] = paid_order(service, LineInput(2, 1000, sku=f"SKU-{key}", title=key), paid_at=paid,
                               receiver_name=f"买家{key}")
    orders.change_status(service, made["cancelled"].id, OrderStatus.CANCELLED, reason="买家取消")
    shipping.ship_order(clerk, made["shipped"].id, shipping.list_carriers(clerk)[0].id, "SF9000000000001")
    orders.create_order(service, draft())  # pending payment: not in the queue
    return made


def _numbers(made, *keys):
    return [made[k].order_no for k in keys]


def test_after_the_cutoff(shop, queue):
    clerk = shop[Role.SHIPPING]
    assert dispatch.dispatch_counts(clerk) == (4, 2)
    source = dispatch.DispatchSource(clerk)
    page = source.page(ListRequest())
    assert [row[0] for row in page.rows] == _numbers(queue, "a", "b", "c", "d")  # oldest payment first
    assert [source.row_style(row) for row in page.rows] == [{"foreground": "#c62828"}] * 2 + [None] * 2
    assert [row[4] for row in page.rows] == [dt.date(2026, 6, 8), dt.date(2026, 6, 9), dt.date(2026, 6, 10),
                                            dt.date(2026, 6, 10)]
    assert page.rows[0][source.column_index("items")] == "a ×2"  # the item's name, not its SKU
    assert [r[0] for r in source.page(ListRequest(filters={"bucket": "overdue"})).rows] == _numbers(queue, "a", "b")
    assert [r[0] for r in source.page(ListRequest(filters={"bucket": "tomorrow"})).rows] == _numbers(queue, "e")
    assert source.count(ListRequest(filters={"bucket": "all"})) == 5


def test_the_next_morning_yesterdays_orders_are_overdue(shop, queue):
    freeze(dt.datetime(2026, 6, 11, 10, 0))
    assert dispatch.dispatch_counts() == (5, 4)
    source = dispatch.DispatchSource(shop[Role.SHIPPING])
    late = [source.row_style(row) is not None for row in source.page(ListRequest()).rows]
    assert late == [True, True, True, True, False]
    shipping.ship_by_order_number(shop[Role.SHIPPING], queue["a"].order_no, shipping.list_carriers(
        shop[Role.SHIPPING])[0].id, "SF9000000000002")
    assert dispatch.dispatch_counts() == (4, 3)


def test_an_earlier_cutoff_moves_orders_to_tomorrow_and_out_of_overdue(shop, queue):
    settings.update(shop[Role.OWNER], {"shipping.cutoff": "12:00"})
    freeze(dt.datetime(2026, 6, 10, 17, 0))
    assert dispatch.dispatch_counts() == (4, 1)  # b (paid 15:59 yesterday) was due today, not yesterday


def test_the_packing_list_masks_the_receiver_for_roles_without_personal_data(shop, queue):
    row = dispatch.DispatchSource(shop[Role.OPERATIONS]).page(ListRequest()).rows[0]
    assert row[5:7] == ("买**", "138****5678")
    row = dispatch.DispatchSource(shop[Role.SHIPPING]).page(ListRequest()).rows[0]
    assert row[5:7] == ("买家a", "13812345678")
