"""`shopmanager aftersales list`, `import aftersales`, `export aftersales`, `report aftersales`:
the same services, permissions and masking as the window; a schema-3 shop upgraded to the
after-sales register."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from shopmanager.cli import main
from shopmanager.core import timeutil
from shopmanager.core.permissions import Role
from shopmanager.db.models import AfterSalesCase
from shopmanager.services.orders import LineInput
from tests.unit.services.aftersales_helpers import case_on, delivered_order, make_product
from tests.unit.services.test_aftersales_import import platform_order

FIXTURES = Path(__file__).parents[2] / "fixtures"


def run(db, user: str, *argv: str) -> int:
    return main(["--db", db.url, "--lang", "en", "--user", user, *argv])


def test_list_import_export_and_report(sqlite_db, sqlite_shop, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "demo-pass-1")
    rice = make_product("RICE-5", price=5940, qty=50)
    order = delivered_order(sqlite_shop, LineInput(1, product_id=rice))
    ref = case_on(sqlite_shop[Role.CUSTOMER_SERVICE], order.id)
    AfterSalesCase.update(received_at=timeutil.now() - dt.timedelta(hours=30)).where(
        AfterSalesCase.id == ref.id).execute()
    assert run(sqlite_db, "customer_service", "aftersales", "list", "--open") == 0
    out = capsys.readouterr().out
    assert f"! {ref.case_no}" in out and "1 cases listed; open: 1, overdue (no first response in time): 1" in out

    platform_order(sqlite_shop, "taobao", "3051000000000001", [LineInput(2, product_id=rice)],
                   paid_on=dt.date(2026, 11, 8), delivered_on=dt.date(2026, 11, 10))
    refunds = FIXTURES / "aftersales" / "taobao-refunds-gbk.csv"
    assert run(sqlite_db, "customer_service", "import", "aftersales", str(refunds), "--preset", "taobao",
               "--dry-run") == 1
    err = capsys.readouterr().err
    assert "Row 3, 订单编号: order 3051000000000002 is not in the program" in err and "nothing was imported" in err
    assert AfterSalesCase.select().count() == 1

    target = tmp_path / "售后.xlsx"
    assert run(sqlite_db, "owner", "export", "aftersales", str(target)) == 0
    assert "1 rows exported" in capsys.readouterr().out and target.stat().st_size > 0

    pdf = tmp_path / "售后汇总.pdf"
    today = timeutil.today()
    assert run(sqlite_db, "supervisor", "report", "aftersales", "--from", f"{today - dt.timedelta(days=13)}",
               "--to", f"{today}", "-o", str(pdf)) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert run(sqlite_db, "customer_service", "report", "aftersales", "-o", str(pdf)) == 2
    assert "Not allowed: After-sales summary report" in capsys.readouterr().err
    assert run(sqlite_db, "owner", "report", "aftersales", "--from", "2026-13-01", "-o", str(pdf)) == 2
    assert "from: there is no such day" in capsys.readouterr().err


def test_a_wave_one_shop_gets_the_register_with_its_data(tmp_path):
    from shopmanager.core.aftersales import CaseState
    from shopmanager.db import migrations
    from shopmanager.db.bootstrap import open_and_migrate
    from shopmanager.db.database import sqlite_url
    from shopmanager.db.models import SalesOrder, User
    from shopmanager.services import aftersales
    from shopmanager.services.auth import actor_for
    from shopmanager.services.check import run_checks

    path = tmp_path / "v3.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v3.sqlite3", path)
    open_and_migrate(sqlite_url(path))
    assert migrations.schema_version() == migrations.CURRENT_VERSION >= 6
    order = SalesOrder.select().where(SalesOrder.status.in_(["shipped", "delivered", "completed"])).first()
    owner = actor_for(User.get(User.role == "owner"))
    ref = aftersales.create_case(owner, aftersales.CaseInput("refund_only", order.id, [aftersales.CaseLineInput(
        order.lines[0].id, 1)], "not_received"))
    assert ref.state == CaseState.OPEN
    assert all(finding.ok for finding in run_checks())
