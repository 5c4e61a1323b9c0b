"""The alerts page: expired batches in their own tab, booked as damage from there."""
from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from shopmanager.core.permissions import Role
from shopmanager.db.models import Product
from shopmanager.ui.i18n import apply_language
from tests.ui.test_foundation_ui import make_window
from tests.unit.services.test_expired_alerts import milk


def test_expired_tab_books_the_batches_as_damage(qtbot, sqlite_db, sqlite_shop, dialogs):
    owner = sqlite_shop[Role.OWNER]
    product = milk(owner)
    apply_language("zh_CN")
    window = make_window(qtbot, sqlite_shop[Role.WAREHOUSE], sqlite_db)
    page = window.show_page("alerts")
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert "已过期 (1)" in titles and "临期 (1)" in titles
    expired = page.tables[1]
    assert expired.model.rowCount() == 1 and expired.model.index(0, 4).data() == "15"
    dialogs.answer(True)
    expired.findChild(QPushButton, "write_off").click()
    assert "报损" in dialogs.texts("confirm")[-1]
    assert "12" in dialogs.last and Product.get_by_id(product).stock_qty == 25
    qtbot.waitUntil(lambda: page.tabs.tabText(1) == "已过期 (0)")
    assert "临期 (1)" in [page.tabs.tabText(i) for i in range(page.tabs.count())]
