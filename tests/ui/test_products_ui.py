"""The products screens as a shop assistant uses them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox

from shopmanager.core.inventory import ProductStatus
from shopmanager.core.permissions import Role
from shopmanager.db.models import Product, StockMovement
from shopmanager.services import products, stock, stocktake
from tests.ui.test_foundation_ui import make_window


def add_product(actor, sku, name, qty=0, listed=True, **extra) -> int:
    product_id = products.create_product(actor, {"sku": sku, "name": name, "price_cents": "19.90", **extra})
    if listed:
        products.change_status(actor, product_id, "submit")
        products.change_status(actor, product_id, "approve")
    if qty:
        stock.receive_goods(actor, [stock.ReceiptLine(product_id, qty)])
    return product_id


def test_products_page_lists_searches_and_shows_the_alert_badge(qtbot, sqlite_db, sqlite_shop):
    owner = sqlite_shop[Role.OWNER]
    add_product(owner, "A-1", "五常大米 5kg", qty=50, barcode="6901234567890")
    add_product(owner, "B-2", "鲁花花生油 5L", qty=3)  # low stock
    window = make_window(qtbot, owner, sqlite_db)
    qtbot.waitUntil(lambda: window.badge_count("alerts") == 1)
    page = window.show_page("products")
    assert page.model.rowCount() == 2 and "2 rows" in page.count_label.text()
    page.search.setText("花生油")
    page.apply_search()
    assert page.model.rowCount() == 1
    assert page.model.index(0, 2).data() == "鲁花花生油 5L"
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # low stock shown in red
    page.alert.setCurrentIndex(page.alert.findData("low"))
    page.search.setText("")
    page.apply_search()
    assert [page.model.index(r, 1).data() for r in range(page.model.rowCount())] == ["B-2"]


def test_scanning_a_barcode_opens_the_product(qtbot, sqlite_db, sqlite_shop, monkeypatch):
    owner = sqlite_shop[Role.OWNER]
    product_id = add_product(owner, "A-1", "五常大米", barcode="6901234567890")
    window = make_window(qtbot, owner, sqlite_db)
    page = window.show_page("products")
    opened = []
    monkeypatch.setattr(page, "open_product", opened.append)
    page.search.setText("6901234567890")
    page._search_entered()
    assert opened == [product_id]


def test_sorting_is_done_by_the_database(qtbot, sqlite_db, sqlite_shop):
    owner = sqlite_shop[Role.OWNER]
    for sku, qty in (("A", 30), ("B", 10), ("C", 20)):
        add_product(owner, sku, f"商品{sku}", qty=qty)
    window = make_window(qtbot, owner, sqlite_db)
    page = window.show_page("products")
    stock_column = page.source.column_index("stock")
    page._header_clicked(stock_column)
    first = [page.model.index(r, stock_column).data() for r in range(3)]
    page._header_clicked(stock_column)
    second = [page.model.index(r, stock_column).data() for r in range(3)]
    assert first == ["30", "20", "10"] and second == ["10", "20", "30"]


def test_product_form_creates_validates_and_lists(qtbot, sqlite_db, sqlite_shop, dialogs):
    from shopmanager.ui.pages.products import ProductDialog

    window = make_window(qtbot, sqlite_shop[Role.OPERATIONS], sqlite_db)
    dialog = ProductDialog(window, window.context)
    qtbot.addWidget(dialog)
    assert not dialog.w(QLineEdit, "cost_cents").isVisibleTo(dialog)  # cost is the owner's
    dialog.w(QLineEdit, "name").setText("手工挂面")
    dialog.w(QLineEdit, "sku").setText("NOODLE-1")
    dialog.w(QLineEdit, "price_cents").setText("十块")
    dialog.accept()
    assert "Sale price" in dialog.message.text() and Product.select().count() == 0
    assert dialog.focusWidget() is dialog.w(QLineEdit, "price_cents")
    dialog.w(QLineEdit, "price_cents").setText("12.50")
    dialog.w(QComboBox, "category").setCurrentText("粮油米面")
    dialog.accept()
    assert dialog.result() == ProductDialog.DialogCode.Accepted
    product = Product.get(Product.sku == "NOODLE-1")
    assert product.price_cents == 1250 and product.category.name == "粮油米面"
    # reopen as the supervisor, approve through the listing menu
    supervisor_window = make_window(qtbot, sqlite_shop[Role.SUPERVISOR], sqlite_db)
    products.change_status(sqlite_shop[Role.OPERATIONS], product.id, "submit")
    again = ProductDialog(supervisor_window, supervisor_window.context, product.id)
    qtbot.addWidget(again)
    assert again.w(QLabel, "status").text() == "Pending review"
    again.change_status("approve")
    assert Product.get_by_id(product.id).status == ProductStatus.LISTED
    assert again.w(QLabel, "status").text() == "Listed" and again.changed


def test_receiving_goods_by_scanning(qtbot, sqlite_db, sqlite_shop):
    from shopmanager.ui.pages.products import ReceiveGoodsDialog

    owner = sqlite_shop[Role.OWNER]
    product_id = add_product(owner, "A-1", "五常大米", barcode="6901234567890")
    window = make_window(qtbot, sqlite_shop[Role.WAREHOUSE], sqlite_db)
    dialog = ReceiveGoodsDialog(window, window.context)
    qtbot.addWidget(dialog)
    dialog.code.setText("NOPE")
    dialog.add_line()
    assert "NOPE" in dialog.message.text()
    dialog.code.setText("6901234567890")
    dialog.qty.setValue(24)
    dialog.add_line()
    dialog.code.setText("A-1")
    dialog.qty.setValue(6)
    dialog.add_line()
    assert dialog.table.rowCount() == 2
    dialog.accept()
    assert Product.get_by_id(product_id).stock_qty == 30
    assert StockMovement.select().where(StockMovement.product == product_id).count() == 2


def test_stocktake_page_counts_by_scanner_and_posts(qtbot, sqlite_db, sqlite_shop, dialogs):
    owner = sqlite_shop[Role.OWNER]
    product_id = add_product(owner, "A-1", "五常大米", qty=10, barcode="6901234567890")
    window = make_window(qtbot, owner, sqlite_db)
    page = window.show_page("stocktake")
    session = stocktake.start(owner, "月底盘点")
    page.current = session
    page.reload()
    page.per_scan.setChecked(True)
    for _ in range(8):
        page.code.setText("6901234567890")
        page.enter_count()
    assert "8 counted" in page.last.text()
    dialogs.answer(True)
    page.findChild(QPushButton, "post").click()
    assert "1 differences posted" in dialogs.last
    assert Product.get_by_id(product_id).stock_qty == 8
    assert isinstance(page.qty, QSpinBox)


def test_suppliers_and_categories_are_managed_from_the_products_page(qtbot, sqlite_db, sqlite_shop, dialogs):
    from shopmanager.db.models import Category, Supplier
    from shopmanager.ui.pages.lists import CategoriesDialog, SupplierDialog, SuppliersDialog

    owner = sqlite_shop[Role.OWNER]
    window = make_window(qtbot, owner, sqlite_db)
    suppliers = SuppliersDialog(window, owner)
    qtbot.addWidget(suppliers)
    dialog = SupplierDialog(suppliers, owner)
    qtbot.addWidget(dialog)
    dialog.w(QLineEdit, "name").setText("五常米业")
    dialog.w(QLineEdit, "phone").setText("0451-88886666")
    dialog.accept()
    suppliers.reload()
    assert suppliers.table.rowCount() == 1 and Supplier.get().phone == "0451-88886666"
    categories = CategoriesDialog(window, owner)
    qtbot.addWidget(categories)
    dialogs.answer("粮油")
    categories.add()
    add_product(owner, "A-1", "大米", category="粮油")
    categories.reload()
    categories.table.selectRow(0)
    dialogs.answer(True)
    categories.delete()
    assert "move them first" in dialogs.texts("error")[-1] and Category.select().count() == 1


def test_carriers_can_be_added_and_retired(qtbot, sqlite_db, sqlite_shop, dialogs):
    from shopmanager.services import shipping
    from shopmanager.ui.pages.lists import CarriersDialog

    owner = sqlite_shop[Role.OWNER]
    dialog = CarriersDialog(None, owner)
    qtbot.addWidget(dialog)
    dialogs.answer("菜鸟速递")
    dialog.add()
    names = [c.name for c in shipping.list_carriers(owner)]
    assert "菜鸟速递" in names
    row = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())].index("菜鸟速递")
    dialog.table.selectRow(row)
    dialog.toggle()
    assert "菜鸟速递" not in [c.name for c in shipping.list_carriers(owner)]


def test_exporting_the_filtered_product_list_writes_what_the_role_may_see(qtbot, sqlite_db, sqlite_shop, dialogs,
                                                                          tmp_path):
    import openpyxl

    from tests.ui.conftest import wait_for_tasks

    owner = sqlite_shop[Role.OWNER]
    add_product(owner, "A-1", "五常大米 5kg", qty=50, cost_cents="41.20")
    add_product(owner, "007", "=HYPERLINK(\"http://x\")", qty=3, cost_cents="1.00")  # a name that looks like a formula
    files = {}
    for role in (Role.OWNER, Role.WAREHOUSE):
        window = make_window(qtbot, sqlite_shop[role], sqlite_db)
        page = window.show_page("products")
        page.search.setText("A-1" if role == Role.WAREHOUSE else "")
        page.apply_search()
        files[role] = tmp_path / f"{role.value}.xlsx"
        dialogs.answer(str(files[role]))
        page.findChild(QPushButton, "export").click()
        wait_for_tasks(qtbot)
        assert dialogs.last.endswith(f"exported to {files[role]}")

    book = openpyxl.load_workbook(files[Role.OWNER])
    sheet = book.active
    header = [c.value for c in sheet[1]]
    rows = {r[header.index("SKU")]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {"A-1", "007"}  # the SKU keeps its leading zeros
    assert rows["007"][header.index("Name")] == "=HYPERLINK(\"http://x\")"  # text, not a live formula
    assert sheet["B2"].data_type != "f" and all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    assert rows["A-1"][header.index("Cost")] == 41.2 and sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    assert sheet.cell(1, 1).font.bold

    staff = openpyxl.load_workbook(files[Role.WAREHOUSE]).active
    staff_header = [c.value for c in staff[1]]
    assert "Cost" not in staff_header  # cost is the owner's to see, in exports too
    assert [r[staff_header.index("SKU")] for r in staff.iter_rows(min_row=2, values_only=True)] == ["A-1"]
