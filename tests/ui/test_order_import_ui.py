"""The order import dialog with Taobao's two files: what the file is, unknown items mapped to
our products in the preview (remembered), shipped rows that take stock below zero in red."""
from __future__ import annotations

from pathlib import Path

import pytest

from shopmanager.core.permissions import Role
from shopmanager.db.models import PlatformCode, SalesOrder
from shopmanager.services import products, stock
from tests.ui.conftest import wait_for_tasks
from tests.ui.test_foundation_ui import make_window

IMPORTS = Path(__file__).parents[1] / "fixtures" / "imports"
SOCKS = "加厚保暖袜子 男女款"


@pytest.fixture
def socks_shop(sqlite_shop):
    owner = sqlite_shop[Role.OWNER]
    ids = {sku: products.create_product(owner, {"sku": sku, "name": name, "price_cents": "9.90"})
           for sku, name in [("SOCK-M-BLK", SOCKS), ("SOCK-M-WHT", SOCKS), ("SOCK-L-BLK", SOCKS),
                             ("TEA-250", "西湖龙井 250g"), ("RICE-5", "五常大米 家庭装 5kg")]}
    stock.receive_goods(owner, [stock.ReceiptLine(ids[s], 50) for s in ("SOCK-M-BLK", "SOCK-M-WHT", "TEA-250",
                                                                        "RICE-5")])
    return sqlite_shop


def load(qtbot, dialog, dialogs, path: Path) -> None:
    dialogs.answer(str(path))
    dialog.choose_file()
    wait_for_tasks(qtbot)


def test_both_taobao_files_unknown_code_mapped_in_the_preview_and_red_rows(qtbot, sqlite_db, socks_shop, dialogs):
    from shopmanager.ui.pages.importing import WARNING_BACKGROUND, OrdersImportDialog

    window = make_window(qtbot, socks_shop[Role.CUSTOMER_SERVICE], sqlite_db)
    dialog = OrdersImportDialog(window, window.context)
    qtbot.addWidget(dialog)
    load(qtbot, dialog, dialogs, IMPORTS / "taobao-order-report-gbk.csv")
    assert "item report (宝贝报表)" in dialog.layout_hint.text()
    assert dialog.combos["goods"].currentText() == "买家应付货款" and dialog.combos["paid"].currentText() == "买家实际支付金额"
    dialogs.answer(True)
    dialog.import_button.click()
    wait_for_tasks(qtbot)
    assert SalesOrder.select().count() == 5 and "Imported: 5 new" in dialogs.last

    dialog = OrdersImportDialog(window, window.context)
    qtbot.addWidget(dialog)
    load(qtbot, dialog, dialogs, IMPORTS / "taobao-item-report-utf8bom.csv")
    assert "joins the orders" in dialog.layout_hint.text() or "join the orders" in dialog.layout_hint.text()
    dialog.check_button.click()
    wait_for_tasks(qtbot)
    assert not dialog.unknown_box.isHidden() and dialog.unknown.rowCount() == 1
    assert dialog.unknown.item(0, 0).text().startswith("A88231-黑-L") and dialog.unknown.item(0, 1).text() == "6"
    assert dialog.problems.rowCount() == 1 and "nothing was imported" in dialog.summary.text()
    dialogs.answer("SOCK")  # part of a SKU: three socks match, the user picks the large black ones
    dialogs.answer("SOCK-L-BLK — " + SOCKS)
    dialog.unknown.selectRow(0)
    dialog.map_button.click()
    wait_for_tasks(qtbot)
    assert [kind for kind, _text in dialogs.shown[-2:]] == ["text", "choice"]
    assert PlatformCode.get().code == "A88231-黑-L" and dialog.unknown_box.isHidden()
    assert "Check passed" in dialog.summary.text()
    # order 103 shipped: its large socks (none in stock) go below zero — a red row, not a refusal
    assert "red:" in dialog.preview_label.text()
    row = [dialog.preview.verticalHeaderItem(r).text() for r in range(dialog.preview.rowCount())].index("6")
    assert dialog.preview.item(row, 0).background().color() == WARNING_BACKGROUND
    assert dialog.problems.rowCount() == 1 and "below zero" in dialog.problems.item(0, 2).text()
    dialogs.answer(True)
    dialog.import_button.click()
    wait_for_tasks(qtbot)
    assert "Imported: 0 new, 5 updated" in dialogs.last
