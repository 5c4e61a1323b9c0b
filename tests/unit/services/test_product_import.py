"""Importing products: all or nothing, conflicts named, re-import updates, dry run exact."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from shopmanager.core.errors import PermissionDenied, ValidationError
from shopmanager.core.permissions import Role
from shopmanager.db.models import AuditLog, Category, Product, StockMovement
from shopmanager.services import product_import
from shopmanager.services.check import stock_consistency

FIXTURES = Path(__file__).parents[2] / "fixtures" / "excel"
HEADER = "货号,商品名称,条码,类目,售价,成本,保质期(天),期初库存\n"


def write_csv(tmp_path, body: str, name: str = "products.csv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def run(actor, path, dry_run=False):
    sheet = product_import.read(path)
    return product_import.run_import(actor, path, product_import.guess(sheet), dry_run=dry_run)


def test_sample_file_imports_with_zeros_and_formula_text(shop):
    path = FIXTURES / "products-sample.xls"
    report = run(shop[Role.OWNER], path)
    assert report.ok and report.created == 40 and report.committed
    first = Product.get(Product.sku == "BAR-0000000")
    assert first.name == "=1+1" and first.barcode == "0000000000000" and first.price_cents == 6479
    assert first.cost_cents == 409 and first.shelf_life_days == 365 and first.category.name == "食品"
    assert AuditLog.select().where(AuditLog.entity == "product", AuditLog.action == "create").count() == 40


def test_dry_run_reports_exact_counts_and_writes_nothing(shop, tmp_path):
    path = write_csv(tmp_path, "A1,大米,690001,粮油,59.9,30,365,100\nA2,花生油,690002,粮油,89,50,540,20\n")
    report = run(shop[Role.OWNER], path, dry_run=True)
    assert (report.created, report.updated, report.committed) == (2, 0, False)
    assert Product.select().count() == 0 and Category.select().count() == 0
    assert StockMovement.select().count() == 0


def test_one_bad_row_means_nothing_is_imported_and_every_problem_is_named(shop, tmp_path):
    path = write_csv(tmp_path, "A1,大米,690001,粮油,59.9,30,365,100\nA2,,690002,粮油,abc,50,540,20\n"
                               "A3,盐,690003,调料,2,1,-,5\nA1,小米,690009,粮油,59.9,30,365,100\n")
    report = run(shop[Role.OWNER], path)
    assert not report.ok and not report.committed
    assert [(p.row, p.column) for p in report.problems] == [(3, "商品名称"), (3, "售价"), (4, "保质期(天)"),
                                                            (5, "商品名称"), (5, "条码")]
    assert "also on row 2" in report.problems[-1].message
    assert Product.select().count() == 0


def test_reimport_updates_by_sku_and_keeps_stock_honest(shop, tmp_path):
    owner = shop[Role.OWNER]
    run(owner, write_csv(tmp_path, "A1,大米,690001,粮油,59.9,30,365,100\n"))
    report = run(owner, write_csv(tmp_path, "A1,五常大米,690001,粮油,62,30,365,999\nA2,盐,690002,调料,2,1,720,\n",
                                  name="again.csv"))
    assert (report.created, report.updated) == (1, 1)
    product = Product.get(Product.sku == "A1")
    assert product.name == "五常大米" and product.price_cents == 6200
    assert product.stock_qty == 100  # opening stock only for new products: stock moves by movements
    assert [f.ok for f in stock_consistency()] == [True]
    update = AuditLog.select().where(AuditLog.action == "update", AuditLog.entity_id == str(product.id)).first()
    assert '"name": ["大米", "五常大米"]' in update.changes


def test_barcode_of_another_product_is_refused(shop, tmp_path):
    owner = shop[Role.OWNER]
    run(owner, write_csv(tmp_path, "A1,大米,690001,粮油,59.9,30,365,\n"))
    report = run(owner, write_csv(tmp_path, "B9,别的,690001,粮油,1,1,1,\n", name="b.csv"))
    assert not report.ok and "belongs to the product A1" in report.problems[0].message
    assert Product.select().count() == 1


def test_cost_column_is_the_owners(shop, tmp_path):
    path = write_csv(tmp_path, "A1,大米,690001,粮油,59.9,30,365,\n")
    with pytest.raises(ValidationError, match="Only the owner may import costs"):
        run(shop[Role.OPERATIONS], path)
    with pytest.raises(PermissionDenied):
        run(shop[Role.WAREHOUSE], path)


def test_a_role_without_price_rights_cannot_import_prices(shop, tmp_path, monkeypatch):
    """The designer's rule (prices.edit) holds for imports too, should a role import without it."""
    from shopmanager.core import permissions
    from shopmanager.core.permissions import Perm

    monkeypatch.setitem(permissions.MATRIX, Role.OPERATIONS,
                        permissions.MATRIX[Role.OPERATIONS] - {Perm.PRICES_EDIT})
    path = write_csv(tmp_path, "A1,大米,690001,粮油,59.9,,365,\n")
    sheet = product_import.read(path)
    mapping = {k: v for k, v in product_import.guess(sheet).items() if k != "cost_cents"}
    with pytest.raises(ValidationError, match="may not change sale prices: leave the column '售价'"):
        product_import.run_import(shop[Role.OPERATIONS], path, mapping)
    assert Product.select().count() == 0
    without_price = {k: v for k, v in mapping.items() if k != "price_cents"}
    assert product_import.run_import(shop[Role.OPERATIONS], path, without_price).created == 1


def test_saved_mapping_is_reused_and_reports_missing_columns(shop, tmp_path):
    owner = shop[Role.OWNER]
    path = write_csv(tmp_path, "A1,大米,690001,粮油,59.9,30,365,\n")
    sheet = product_import.read(path)
    product_import.save_mapping(owner, "供应商A", sheet.headers, product_import.guess(sheet))
    saved = product_import.saved_mappings()["供应商A"]
    mapping, missing = product_import.apply_saved(["货号", "商品名称", "售价"], saved)
    assert mapping == {"sku": 0, "name": 1, "price_cents": 2}
    assert "条码" in missing


IMPORTS = Path(__file__).parents[2] / "fixtures" / "imports"


def test_cost_and_price_changes_are_audited_old_to_new_like_the_product_form(shop, tmp_path):
    owner = shop[Role.OWNER]
    run(owner, write_csv(tmp_path, "A1,大米,690001,粮油,59.9,30,365,\n"))
    run(owner, write_csv(tmp_path, "A1,大米,690001,粮油,62,31.5,365,\n", name="again.csv"))
    product = Product.get(Product.sku == "A1")
    rows = {row.summary.split(" (")[0]: json.loads(row.changes) for row in AuditLog.select().where(
        AuditLog.action == "update", AuditLog.entity == "product", AuditLog.entity_id == str(product.id))}
    assert rows["cost changed"] == {"cost_cents": [3000, 3150]}
    assert [changes for summary, changes in rows.items() if summary != "cost changed"] == [
        {"price_cents": [5990, 6200]}]


def test_a_big5_supplier_list_imports_with_its_traditional_headers(shop):
    report = run(shop[Role.OWNER], IMPORTS / "supplier-products-big5.csv")
    assert report.ok and report.created == 3, [p.text() for p in report.problems]
    tea = Product.get(Product.sku == "HK-001")
    assert (tea.name, tea.price_cents, tea.cost_cents, tea.category.name) == ("維他檸檬茶 250ml", 450, 280, "飲料")


def test_decimal_commas_are_named_by_row_and_column_and_nothing_is_imported(shop):
    report = run(shop[Role.OWNER], IMPORTS / "products-comma-decimal.csv")
    assert [(p.row, p.column) for p in report.problems] == [(2, "售价"), (3, "售价")]
    assert Product.select().count() == 0
