"""Sales figures per staff member against the hand-computed figures of appraisal_data.py,
on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt

import pytest

from shopmanager.services import sales_stats
from tests.unit.services import appraisal_data

OCT = (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
SEP = (dt.date(2026, 9, 1), dt.date(2026, 9, 30))


@pytest.fixture
def small(shop, demo_hash):
    return appraisal_data.build(shop, demo_hash)


def test_sales_per_staff_member_of_october(small):
    figures = sales_stats.sales_figures(*OCT, include_profit=True)
    anna = figures[small.anna_id]
    assert (anna.orders, anna.amount_cents, anna.freight_cents, anna.average_order_cents) == (4, 65000, 1000, 16250)
    assert anna.new_customers == 2
    assert anna.profit_cents == 37000
    wang = figures[small.wang_id]
    assert (wang.orders, wang.amount_cents, wang.average_order_cents, wang.new_customers) == (1, 8000, 8000, 1)
    shop = figures[None]
    assert (shop.orders, shop.amount_cents, shop.new_customers) == (6, 75000, 3)


def test_profit_is_computed_only_when_asked(small):
    assert sales_stats.sales_figures(*OCT)[small.anna_id].profit_cents is None


def test_only_the_staff_asked_for(small):
    figures = sales_stats.sales_figures(*OCT, staff_ids=[small.wang_id])
    assert set(figures) == {small.wang_id, None}
    assert figures[None].amount_cents == 75000  # the whole shop all the same
    assert set(sales_stats.sales_figures(*OCT, staff_ids=[])) == {None}


def test_last_month_for_the_growth(small):
    figures = sales_stats.sales_figures(*SEP)
    assert figures[small.anna_id].amount_cents == 10000
    assert small.wang_id not in figures
    assert figures[None].amount_cents == 10000


def test_parcels_shipped_leave_cancelled_ones_out(small):
    assert sales_stats.parcels_shipped(*OCT) == {small.wang_id: 2}
    parcels, total = sales_stats.shipped_parcels(*OCT, small.wang_id)
    assert total == 2 and [p.tracking_no for p in parcels] == ["SF0000000003", "SF0000000008"]


def test_the_orders_behind_a_figure(small):
    orders, total = sales_stats.sold_orders(*OCT, small.anna_id)
    assert total == 4
    assert [o.total_cents for o in orders] == [20000, 30000, 5000, 10000]  # by payment time
    new, count = sales_stats.first_purchases(*OCT, small.anna_id)
    assert count == 2 and sorted(o.customer for o in new) == ["丙", "甲"]
    limited, total = sales_stats.sold_orders(*OCT, None, limit=2)
    assert len(limited) == 2 and total == 6
