"""`shopmanager export stock` writes the stock list under its own title, `export low-stock`
the low-stock list under its: a file's title and its rows agree."""
from __future__ import annotations

import openpyxl
import pytest

from shopmanager.cli import main
from shopmanager.core.permissions import Role
from shopmanager.services import products, stock
from tests.unit.services.test_orders import make_product


def _catalogue() -> None:
    make_product("RICE", qty=50, cost=3000)
    make_product("OIL", qty=3, cost=4120)  # below the shop's default threshold of 10
    draft = make_product("NEW", qty=0)
    products.Product.update(status="draft").where(products.Product.id == draft).execute()


def _read(path):
    sheet = openpyxl.load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    return sheet.title, list(rows[0]), [dict(zip(rows[0], row)) for row in rows[1:]]


@pytest.mark.parametrize("language, titles", [("en", ("Stock list", "Low stock")), ("zh_CN", ("库存清单", "低库存"))])
def test_the_stock_export_is_the_stock_list_and_low_stock_its_own_file(sqlite_db, sqlite_shop, tmp_path,
                                                                       monkeypatch, language, titles):
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "demo-pass-1")
    _catalogue()

    def export(user: str, what: str):
        target = tmp_path / f"{user}-{what}.xlsx"
        assert main(["--db", sqlite_db.url, "--lang", language, "--user", user, "export", what, str(target)]) == 0
        return _read(target)

    title, header, rows = export("owner", "stock")
    assert title == titles[0]
    by_sku = {row[header[0]]: row for row in rows}
    assert sorted(by_sku) == ["NEW", "OIL", "RICE"]  # every product, the whole catalogue's stock
    stock_column, value_column = header[5], header[-1]
    assert [by_sku[s][stock_column] for s in ("RICE", "OIL", "NEW")] == [50, 3, 0]
    assert by_sku["OIL"][value_column] == 123.6 and by_sku["RICE"][value_column] == 1500

    title, header, rows = export("owner", "low-stock")
    assert title == titles[1]
    assert [row[header[0]] for row in rows] == ["OIL"]  # only what is below its threshold

    title, header, rows = export("warehouse", "stock")
    assert title == titles[0] and len(header) == 8  # no stock value (cost) for the warehouse


def test_the_stock_list_says_which_products_are_below_their_threshold(db, shop):
    _catalogue()
    source = stock.StockListSource(shop[Role.WAREHOUSE])
    rows = {row[0]: row for row in source.iter_rows(stock.ListRequest())}
    assert {sku: (row[5], row[6], row[7]) for sku, row in rows.items()} == {
        "RICE": (50, 10, False), "OIL": (3, 10, True), "NEW": (0, 10, False)}  # a draft is never low
