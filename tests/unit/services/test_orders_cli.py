"""`shopmanager orders …` and `shopmanager customers …`: the same services, permissions and masking."""
from __future__ import annotations

import json

from shopmanager.cli import main
from shopmanager.core.permissions import Role
from shopmanager.db.models import Customer, SalesOrder
from shopmanager.services import customers
from shopmanager.services.orders import LineInput
from tests.unit.services.test_orders import paid_order


def run(db, user: str, *argv: str) -> int:
    return main(["--db", db.url, "--lang", "en", "--user", user, *argv])


def test_ship_a_file_of_scans_and_read_the_queue(sqlite_db, sqlite_shop, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "demo-pass-1")
    service = sqlite_shop[Role.CUSTOMER_SERVICE]
    first = paid_order(service, LineInput(1, 990, title="茶"))
    second = paid_order(service, LineInput(2, 990, title="米"), platform_order_no="6612345")
    assert run(sqlite_db, "shipping", "orders", "dispatch", "--list", "today") == 0
    out = capsys.readouterr().out
    assert "To ship today: 2 (overdue: 0); cut-off 16:00" in out and first.order_no in out
    scans = tmp_path / "scans.txt"
    scans.write_text(f"{first.order_no}\tSF1000000000001\n\n6612345, YT2000000000002\nSO19990101-0001 X1234567\n",
                     encoding="utf-8")
    assert run(sqlite_db, "shipping", "orders", "ship", "--file", str(scans), "--carrier", "sf") == 1
    captured = capsys.readouterr()
    assert f"{first.order_no} shipped: 顺丰速运 SF1000000000001, 1 pieces" in captured.out
    assert f"{second.order_no} shipped: 顺丰速运 YT2000000000002, 2 pieces" in captured.out
    assert "[4] SO19990101-0001: There is no order with the number SO19990101-0001." in captured.err
    assert "[3] warning: YT2000000000002 looks like 圆通速递" in captured.err
    assert SalesOrder.select().where(SalesOrder.status == "shipped").count() == 2
    assert run(sqlite_db, "customer_service", "orders", "ship", first.order_no, "SF1", "--carrier", "SF") == 2
    assert "Not allowed: Ship orders" in capsys.readouterr().err
    third = paid_order(service, LineInput(1, 990, title="油"))
    assert run(sqlite_db, "shipping", "orders", "ship", third.order_no, "JT0001234567890") == 0  # carrier recognised
    assert "shipped: 极兔速递 JT0001234567890" in capsys.readouterr().out


def test_show_masks_for_roles_without_personal_data(sqlite_db, sqlite_shop, monkeypatch, capsys):
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "demo-pass-1")
    ref = paid_order(sqlite_shop[Role.CUSTOMER_SERVICE], LineInput(1, 990, title="茶"))
    assert run(sqlite_db, "operations", "orders", "show", ref.order_no) == 0
    out = capsys.readouterr().out
    assert "138****5678" in out and "13812345678" not in out and "total 9.90" in out


def test_the_owner_exports_and_erases_a_customer(sqlite_db, sqlite_shop, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "demo-pass-1")
    customer_id = customers.create_customer(sqlite_shop[Role.SALES], {"name": "赵敏", "phone": "13566667777",
                                                                      "birthday": "1992-02-02"})
    target = tmp_path / "data.json"
    assert run(sqlite_db, "owner", "customers", "export-data", str(customer_id), str(target)) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["customer"]["phone"] == "13566667777" and data["customer"]["birthday"] == "1992-02-02"
    assert run(sqlite_db, "supervisor", "customers", "erase", str(customer_id), "--reason", "x") == 2
    assert run(sqlite_db, "owner", "customers", "erase", str(customer_id), "--reason", "客户要求") == 0
    assert "erased: 0 orders blanked, 0 addresses removed" in capsys.readouterr().out
    assert Customer.get_by_id(customer_id).phone == ""
