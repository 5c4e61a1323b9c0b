"""进销存: the month-end stock statement against figures worked out by hand."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

from shopmanager.core import timeutil
from shopmanager.core.errors import PermissionDenied
from shopmanager.core.inventory import MovementKind
from shopmanager.core.periods import month_period
from shopmanager.core.permissions import Role
from shopmanager.services import shipping, stock, stock_reports
from shopmanager.services.context import SYSTEM, Actor
from shopmanager.services.orders import LineInput
from tests.unit.services.test_orders import make_product, paid_order
from tests.unit.services.test_shipping import carrier_id

NOVEMBER = month_period(2025, 11)


def on(day: dt.datetime) -> None:
    timeutil.set_clock_offset(dt.timedelta(0))
    timeutil.set_clock_offset(day - timeutil.now())


def ledger(shop):
    """A: 100 in October; in November +50 received, 20 shipped and cancelled, 10 shipped, 2 damaged,
    +3 adjusted; 40 received in December. B: 5 in October, nothing since. C: December only.
    D: 10 received and 10 shipped in November."""
    owner = shop[Role.OWNER]
    on(dt.datetime(2025, 10, 10, 9))
    a, b = make_product("A", cost=3000), make_product("B", cost=1000)
    c, d = make_product("C", cost=500), make_product("D", cost=200)
    stock.receive_goods(SYSTEM, [stock.ReceiptLine(a, 100), stock.ReceiptLine(b, 5)])
    on(dt.datetime(2025, 11, 3, 10))
    stock.receive_goods(SYSTEM, [stock.ReceiptLine(a, 50), stock.ReceiptLine(d, 10)])
    on(dt.datetime(2025, 11, 5, 10))
    first = paid_order(owner, LineInput(20, product_id=a))
    shipped = shipping.ship_order(owner, first.id, carrier_id(owner), "SF1000000000001")
    on(dt.datetime(2025, 11, 6, 10))
    shipping.cancel_shipment(owner, shipped.shipment_id, "wrong parcel")
    on(dt.datetime(2025, 11, 7, 10))
    second = paid_order(owner, LineInput(10, product_id=a), LineInput(10, product_id=d))
    shipping.ship_order(owner, second.id, carrier_id(owner), "SF1000000000002")
    on(dt.datetime(2025, 11, 20, 10))
    stock.record_movement(owner, a, MovementKind.DAMAGE, 2, "broken bag")
    on(dt.datetime(2025, 11, 30, 23, 59))
    stock.record_movement(owner, a, MovementKind.ADJUSTMENT, 3, "found behind the shelf")
    on(dt.datetime(2025, 12, 1, 0, 0))
    stock.receive_goods(SYSTEM, [stock.ReceiptLine(a, 40), stock.ReceiptLine(c, 7)])
    timeutil.set_clock_offset(dt.timedelta(0))
    return a, b, c, d


def test_statement_matches_the_hand_computed_figures(shop):
    a, b, c, d = ledger(shop)
    statement = stock_reports.stock_statement(shop[Role.OWNER], NOVEMBER)
    lines = {line.sku: (line.opening, line.inbound, line.outbound, line.closing) for line in statement.lines}
    assert lines == {"A": (100, 53, 12, 141), "B": (5, 0, 0, 5), "D": (0, 10, 10, 0)}
    assert statement.totals == (105, 63, 22, 146)
    assert statement.opening_value == 100 * 3000 + 5 * 1000
    assert statement.in_value == 53 * 3000 + 10 * 200 and statement.out_value == 12 * 3000 + 10 * 200
    assert statement.closing_value == 141 * 3000 + 5 * 1000
    october = stock_reports.stock_statement(shop[Role.OWNER], month_period(2025, 10))
    assert {x.sku: x.closing for x in october.lines} == {"A": 100, "B": 5}  # October's closing is November's opening
    december = stock_reports.stock_statement(shop[Role.OWNER], month_period(2025, 12))
    assert {x.sku: (x.opening, x.closing) for x in december.lines} == {"A": (141, 181), "B": (5, 5), "C": (0, 7)}


def test_warehouse_sees_quantities_only_and_a_role_without_products_is_refused(shop):
    ledger(shop)
    statement = stock_reports.stock_statement(shop[Role.WAREHOUSE], NOVEMBER)
    assert not statement.shows_value and statement.closing_value is None
    assert all(line.cost_cents is None for line in statement.lines)
    assert all(value is None for _label, _qty, value in statement.by_kind)
    with pytest.raises(PermissionDenied):
        stock_reports.stock_statement(Actor(None, "visitor", "no such role"), NOVEMBER)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")
def test_pdf_and_xlsx(shop, tmp_path):
    ledger(shop)
    pdf = stock_reports.stock_statement_pdf(shop[Role.OWNER], NOVEMBER)
    (tmp_path / "s.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "s.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Month-end stock statement" in text and "November 2025" in text
    assert "141" in text and "4,230.00" in text and "Closing value" in text
    warehouse = stock_reports.stock_statement_pdf(shop[Role.WAREHOUSE], NOVEMBER)
    (tmp_path / "w.pdf").write_bytes(warehouse)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "w.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Closing qty" in text and "value" not in text.lower().replace("values", "")
    target = tmp_path / "stock.xlsx"
    assert stock_reports.stock_statement_xlsx(shop[Role.OWNER], NOVEMBER, target) == 3
    from shopmanager.excel import read_sheet

    sheet = read_sheet(target)
    assert sheet.headers[:4] == ["SKU", "Name", "Opening qty", "Opening value"]
    assert [row[0] for row in sheet.rows] == ["A", "B", "D", "Total"]
