"""A truly blind stocktake: while counting, the counter sees neither the book stock nor any
difference (no column, no count) until a supervisor reviews; the quantity goes back to 1 after
each scan; one search box, and Ctrl+F goes to it."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

from shopmanager.core.errors import PermissionDenied
from shopmanager.core.permissions import Role
from shopmanager.db.models import AuditLog, StocktakeLine
from shopmanager.services import stocktake
from shopmanager.ui.i18n import apply_language
from tests.ui.test_foundation_ui import make_window
from tests.ui.test_products_ui import add_product


def headers(page) -> list[str]:
    return [c.label() for c in page.sheet.source.columns]


def shown_text(page) -> str:
    """Everything the counter can read on the page."""
    cells = [page.sheet.model.index(r, c).data() for r in range(page.sheet.model.rowCount())
             for c in range(page.sheet.model.columnCount())]
    table = [page.sessions.item(r, c).text() for r in range(page.sessions.rowCount())
             for c in range(page.sessions.columnCount()) if not page.sessions.isColumnHidden(c)]
    table += [page.sessions.horizontalHeaderItem(c).text() for c in range(page.sessions.columnCount())
              if not page.sessions.isColumnHidden(c)]
    table += [b.text() for b in page.findChildren(QPushButton) if b.isVisibleTo(page)]
    filters = [page.sheet.show_filter.itemText(i) for i in range(page.sheet.show_filter.count())]
    return " | ".join([page.header.text(), page.last.text(), *headers(page), *map(str, cells), *table, *filters])


def test_the_counter_never_sees_book_stock_or_differences(qtbot, sqlite_db, sqlite_shop):
    owner, clerk = sqlite_shop[Role.OWNER], sqlite_shop[Role.WAREHOUSE]
    # book stock no clock or date on the page can show (a test at 15:17 found "17" in a time)
    add_product(owner, "A-1", "五常大米", qty=1737, barcode="6901234567890")
    add_product(owner, "B-2", "花生油", qty=5, barcode="6901234567891")
    session = stocktake.start(clerk, "十一月盘点", blind=True)
    apply_language("zh_CN")
    window = make_window(qtbot, clerk, sqlite_db)
    page = window.show_page("stocktake")
    page.show_session(session)
    assert "账面库存" not in headers(page) and "差异" not in " ".join(headers(page))
    page.qty.setValue(12)
    page.code.setText("6901234567890")
    page.enter_count()
    assert page.qty.value() == 1  # the next scan counts one, not twelve again
    page.code.setText("6901234567891")
    page.enter_count()
    text = shown_text(page)
    assert "差异" not in text and "1737" not in text and "-1725" not in text and "-4" not in text
    assert "盲盘" in page.header.text()
    assert StocktakeLine.get(StocktakeLine.counted_qty == 12).book_qty_at_count == 1737
    assert not page.findChild(QPushButton, "review").isVisibleTo(page)
    assert not page.findChild(QPushButton, "print_variance").isEnabled()
    with pytest.raises(PermissionDenied):
        stocktake.variances(clerk, session)


def test_a_supervisor_reviews_then_posts(qtbot, sqlite_db, sqlite_shop, dialogs):
    owner, clerk, supervisor = sqlite_shop[Role.OWNER], sqlite_shop[Role.WAREHOUSE], sqlite_shop[Role.SUPERVISOR]
    product = add_product(owner, "A-1", "五常大米", qty=17, barcode="6901234567890")
    session = stocktake.start(clerk, "十一月盘点", blind=True)
    stocktake.enter_count(clerk, session, "A-1", 15)
    window = make_window(qtbot, supervisor, sqlite_db)
    page = window.show_page("stocktake")
    page.show_session(session)
    assert "Book stock" not in headers(page)  # blind for the supervisor too, until reviewing
    review = page.findChild(QPushButton, "review")
    assert review.isVisibleTo(page)
    review.click()
    assert "Book stock" in headers(page) and "Difference" in headers(page)
    row = [page.sheet.model.index(0, c).data() for c in range(page.sheet.model.columnCount())]
    assert "17" in row and "15" in row and "-2" in row and "1 differences" in page.header.text()
    assert AuditLog.select().where(AuditLog.action == "review").count() == 1
    dialogs.answer(True)
    page.findChild(QPushButton, "post").click()
    assert "1 differences posted" in dialogs.last
    from shopmanager.db.models import Product

    assert Product.get_by_id(product).stock_qty == 15


def test_one_search_box_and_ctrl_f(qtbot, sqlite_db, sqlite_shop):
    owner = sqlite_shop[Role.OWNER]
    add_product(owner, "A-1", "五常大米", qty=3)
    add_product(owner, "B-2", "花生油", qty=3)
    session = stocktake.start(owner, "抽盘")
    window = make_window(qtbot, owner, sqlite_db)
    page = window.show_page("stocktake")
    page.show_session(session)
    assert not page.sheet.search.isVisibleTo(page)
    page.code.setText("花生")
    page._search()
    assert page.sheet.model.rowCount() == 1
    page.sheet.view.setFocus()
    find = [s for s in page.sheet.findChildren(QShortcut) if s.key() == QKeySequence(QKeySequence.StandardKey.Find)]
    assert len(find) == 1  # one Ctrl+F on the page (two would cancel each other)
    find[0].activated.emit()
    assert page.focusWidget() is page.code
