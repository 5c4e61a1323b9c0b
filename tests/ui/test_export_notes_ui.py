"""Exporting a table tells the user what the file could not keep as it was."""
from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QPushButton

from shopmanager.core.permissions import Role
from shopmanager.services import products
from tests.ui.conftest import wait_for_tasks
from tests.ui.test_foundation_ui import make_window
from tests.ui.test_products_ui import add_product


@pytest.mark.parametrize("language, told", [
    ("en", "were cut to their first 32,767: column Name (B), row 2."),
    ("zh_CN", "已截断为前 32,767 个字符：“名称 (B)”列第 2 行。"),
])
def test_a_text_too_long_for_a_cell_is_cut_and_the_user_is_told_where(qtbot, sqlite_db, sqlite_shop, dialogs,
                                                                      tmp_path, monkeypatch, language, told):
    from shopmanager.ui.i18n import apply_language

    apply_language(language)
    owner = sqlite_shop[Role.OWNER]
    add_product(owner, "A-1", "五常大米", qty=5)
    original = products.ProductSource.to_row

    def long_name(self, record):  # a name from an old system, far longer than any form allows
        row = list(original(self, record))
        row[2] = "长" * 40_000
        return tuple(row)

    monkeypatch.setattr(products.ProductSource, "to_row", long_name)
    window = make_window(qtbot, owner, sqlite_db)
    page = window.show_page("products")
    target = tmp_path / "products.xlsx"
    dialogs.answer(str(target))
    page.findChild(QPushButton, "export").click()
    wait_for_tasks(qtbot)
    kind, text = dialogs.shown[-1]
    assert kind == "warning" and str(target) in text and told in text
    sheet = openpyxl.load_workbook(target).active
    assert sheet["B2"].value == "长" * 32_767
