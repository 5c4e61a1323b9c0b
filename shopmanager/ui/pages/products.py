"""商品: the product list (a million rows), the product form, listing actions, stock entry."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QMenu, QPlainTextEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.inventory import MovementKind, ProductStatus, listing_action_label, movement_label, status_label
from shopmanager.core.money import format_money
from shopmanager.core.permissions import Perm
from shopmanager.services import products, stock
from shopmanager.services.audit import history
from shopmanager.services.listing import ListRequest
from shopmanager.ui import messages
from shopmanager.ui.dialogs import FormDialog, ok_cancel_buttons
from shopmanager.ui.format import display
from shopmanager.ui.state import UiState
from shopmanager.ui.widgets.table_page import TablePage

TEXT_FIELDS = ("ingredients", "usage", "return_policy", "notes")
COMBO_FIELDS = ("category", "supplier")


def fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()


def fill_history(table: QTableWidget, entries: list[dict]) -> None:
    """A record's history (services.audit.history), newest first; a long change reads whole in its tooltip."""
    fill_table(table, [tr("Audit", "Time"), tr("Audit", "User"), tr("Audit", "Action"), tr("Audit", "Summary"),
                       tr("Audit", "Old → new")],
               [[display("datetime", h["at"]), h["username"], h["action"], h["summary"], h["changes"]]
                for h in entries])
    for row in range(table.rowCount()):
        for column in (3, 4):
            item = table.item(row, column)
            if item is not None and item.text():
                item.setToolTip(item.text().replace("；", "\n").replace("; ", "\n"))


class ProductDialog(FormDialog):
    """Create or edit one product; the listing action and picture act at once (they are audited)."""

    form_name = "product"

    def __init__(self, parent, context, product_id: int | None = None):
        super().__init__(parent, tr("Products", "Edit product") if product_id else tr("Products", "New product"))
        self.context = context
        self.actor = context.actor
        self.product_id = product_id
        self.detail = None
        self.changed = False
        self.field_widgets = {f.key: f.key for f in products.FIELDS}
        for name, items in (("category", products.list_categories()), ("supplier", products.list_suppliers())):
            combo = self.w(QComboBox, name)
            combo.addItem("")
            combo.addItems([label for _id, label in items])
        can_cost = self.actor.can(Perm.COST_VIEW)
        self.w(QLineEdit, "cost_cents").setVisible(can_cost)
        self.w(QLabel, "cost_cents_label").setVisible(can_cost)
        if not self.actor.can(Perm.PRICES_EDIT):  # the designer edits pictures and texts, not prices
            price = self.w(QLineEdit, "price_cents")
            price.setReadOnly(True)
            price.setToolTip(tr("Products", "Your role may not change prices."))
        self.w(QPushButton, "choose_picture").clicked.connect(self.choose_picture)
        self.w(QPushButton, "remove_picture").clicked.connect(lambda: self.set_picture(None))
        self.w(QPushButton, "listing_action").clicked.connect(self.listing_menu)
        editable = self.actor.can(Perm.PRODUCTS_EDIT)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(editable)
        self.mark_required(*(f.key for f in products.FIELDS if f.required))
        if product_id:
            self.load()
        else:
            self.w(QLabel, "status").setText(status_label(ProductStatus.DRAFT))
            for name in ("listing_action", "choose_picture", "remove_picture"):
                self.w(QPushButton, name).setEnabled(False)
            self.w(QLabel, "picture").setText(tr("Products", "Save the product first, then add a picture."))
        self.resize(900, 600)

    def load(self) -> None:
        self.detail = detail = products.get_product(self.actor, self.product_id)
        for field in products.FIELDS:
            value = detail.values.get(field.key)
            if field.key == "cost_cents" and value is None:
                continue
            if field.kind == "money":
                self.w(QLineEdit, field.key).setText(format_money(value).replace(",", ""))
            elif field.key in TEXT_FIELDS:
                self.w(QPlainTextEdit, field.key).setPlainText(value or "")
            elif field.key in COMBO_FIELDS:
                self.w(QComboBox, field.key).setCurrentText(value or "")
            else:
                self.w(QLineEdit, field.key).setText("" if value is None else str(value))
        self.w(QLabel, "status").setText(status_label(detail.status))
        self.w(QLabel, "stock").setText(tr("Products", "Stock: {n}").format(n=detail.stock_qty))
        self.w(QPushButton, "listing_action").setEnabled(bool(products.available_actions(self.actor, detail.status)))
        self._show_picture(detail.picture_path)
        fill_table(self.w(QTableWidget, "batches"),
                   [tr("Alerts", "Production date"), tr("Alerts", "Expiry date"), tr("Alerts", "Pieces in this batch"),
                    tr("Products", "Received")],
                   [[display("date", b["production_date"]), display("date", b["expiry_date"]),
                     str(b["qty_remaining"]), display("datetime", b["received_at"])] for b in detail.batches])
        movements = stock.MovementSource(self.actor)
        page = movements.page(ListRequest(filters={"product_id": self.product_id}), None, 200)
        fill_table(self.w(QTableWidget, "movements"),
                   [c.label() for c in movements.columns if c.key not in ("sku", "name")],
                   [[display(c.kind, value) for c, value in zip(movements.columns, row) if c.key not in ("sku", "name")]
                    for row in page.rows])
        fill_history(self.w(QTableWidget, "history"), history("product", self.product_id, actor=self.actor))

    def _show_picture(self, path: Path | None) -> None:
        label = self.w(QLabel, "picture")
        pixmap = QPixmap(str(path)) if path else QPixmap()
        if pixmap.isNull():
            label.setPixmap(QPixmap())
            label.setText(tr("Products", "No picture"))
        else:
            label.setPixmap(pixmap.scaled(220, 220, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))

    def values(self) -> dict:
        values = {}
        for field in products.FIELDS:
            if field.key == "cost_cents" and not self.actor.can(Perm.COST_VIEW):
                continue
            if field.key in TEXT_FIELDS:
                values[field.key] = self.w(QPlainTextEdit, field.key).toPlainText()
            elif field.key in COMBO_FIELDS:
                values[field.key] = self.w(QComboBox, field.key).currentText()
            else:
                values[field.key] = self.w(QLineEdit, field.key).text()
        return values

    def save(self) -> None:
        if self.product_id:
            products.update_product(self.actor, self.product_id, self.values(), row_version=self.detail.row_version)
        else:
            self.product_id = products.create_product(self.actor, self.values())
        self.changed = True

    def choose_picture(self) -> None:
        state = UiState()
        path = messages.choose_open_file(self, tr("Products", "Choose a picture"),
                                         tr("Products", "Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"),
                                         state.last_folder())
        if path:
            state.set_last_folder(path)
            self.set_picture(Path(path))

    def set_picture(self, path: Path | None) -> None:
        try:
            products.set_picture(self.actor, self.product_id, path)
        except ShopError as error:
            self.show_problem(error)
            return
        self.changed = True
        self.load()

    def listing_menu(self) -> None:
        menu = QMenu(self)
        for action in products.available_actions(self.actor, self.detail.status):
            menu.addAction(listing_action_label(action), lambda a=action: self.change_status(a))
        menu.exec(self.w(QPushButton, "listing_action").mapToGlobal(
            self.w(QPushButton, "listing_action").rect().bottomLeft()))

    def change_status(self, action: str) -> None:
        comment = ""
        if action in ("reject", "delist"):
            comment = messages.ask_text(self, listing_action_label(action), tr("Products", "Reason (kept in the history):"))
            if comment is None:
                return
        try:
            products.change_status(self.actor, self.product_id, action, comment)
        except ShopError as error:
            self.show_problem(error)
            return
        self.changed = True
        self.load()


class ReceiveGoodsDialog(QDialog):
    """入库单: scan or type SKUs, quantities and (for food) the production date of each line."""

    def __init__(self, parent, context, first_product: int | None = None):
        super().__init__(parent)
        self.actor = context.actor
        self.setWindowTitle(tr("Stock", "Receive goods"))
        self.lines: list[stock.ReceiptLine] = []
        self.code = QLineEdit(self)
        self.code.setObjectName("code")
        self.code.setPlaceholderText(tr("Stock", "Scan or type SKU / barcode, then Enter"))
        self.qty = QSpinBox(self)
        self.qty.setObjectName("qty")
        self.qty.setRange(1, 1_000_000)
        self.production = QDateEdit(self)
        self.production.setObjectName("production_date")
        self.production.setCalendarPopup(True)
        self.production.setDisplayFormat("yyyy-MM-dd")
        self.production.setSpecialValueText(tr("Stock", "(no date)"))
        self.production.setMinimumDate(QDate(2000, 1, 1))
        self.production.setDate(self.production.minimumDate())
        add = QPushButton(tr("Stock", "Add line"), self)
        add.setObjectName("add_line")
        add.clicked.connect(self.add_line)
        self.code.returnPressed.connect(self.add_line)
        self.supplier = QComboBox(self)
        self.supplier.setObjectName("supplier")
        self.supplier.addItem(tr("Stock", "(no supplier)"), None)
        for supplier_id, name in products.list_suppliers():
            self.supplier.addItem(name, supplier_id)
        self.note = QLineEdit(self)
        self.note.setObjectName("note")
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("lines")
        self.table.setHorizontalHeaderLabels([tr("Products", "SKU"), tr("Products", "Name"), tr("Stock", "Quantity"),
                                              tr("Alerts", "Production date")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        remove = QPushButton(tr("Stock", "Remove line"), self)
        remove.clicked.connect(self.remove_line)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        buttons = ok_cancel_buttons(self, tr("Stock", "Post receipt"))
        entry = QHBoxLayout()
        entry.addWidget(self.code, 2)
        entry.addWidget(QLabel(tr("Stock", "Qty"), self))
        entry.addWidget(self.qty)
        entry.addWidget(QLabel(tr("Alerts", "Production date"), self))
        entry.addWidget(self.production)
        entry.addWidget(add)
        form = QFormLayout()
        form.addRow(tr("Products", "Supplier"), self.supplier)
        form.addRow(tr("Stock", "Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(entry)
        layout.addWidget(self.table, 1)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 480)
        if first_product:
            detail = products.get_product(self.actor, first_product)
            self.code.setText(detail.values["sku"])

    def add_line(self) -> None:
        code = self.code.text().strip()
        product_id = products.find_by_code(code)
        if product_id is None:
            self.message.setText(tr("Stock", "No product has the SKU or barcode '{code}'.").format(code=code))
            self.code.selectAll()
            return
        detail = products.get_product(self.actor, product_id)
        date = self.production.date()
        production = None if date == self.production.minimumDate() else date.toPython()
        self.lines.append(stock.ReceiptLine(product_id, self.qty.value(), production))
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((detail.values["sku"], detail.values["name"], str(self.qty.value()),
                                       display("date", production))):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.message.clear()
        self.code.clear()
        self.qty.setValue(1)
        self.code.setFocus()

    def remove_line(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self.lines[row]

    def accept(self) -> None:
        try:
            stock.receive_goods(self.actor, self.lines, supplier_id=self.supplier.currentData(), note=self.note.text())
        except ShopError as error:
            self.message.setText(str(error))
            return
        super().accept()


class StockMovementDialog(QDialog):
    """Damage, return to supplier or an adjustment, with the reason (customer returns are
    received on their after-sales case)."""

    def __init__(self, parent, context, product_id: int):
        super().__init__(parent)
        self.actor, self.product_id = context.actor, product_id
        detail = products.get_product(self.actor, product_id)
        self.setWindowTitle(tr("Stock", "Damage, return or adjustment — {sku}").format(sku=detail.values["sku"]))
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for kind in (MovementKind.DAMAGE, MovementKind.SUPPLIER_RETURN, MovementKind.ADJUSTMENT):
            self.kind.addItem(movement_label(kind), kind.value)
        self.qty = QSpinBox(self)
        self.qty.setObjectName("qty")
        self.qty.setRange(-1_000_000, 1_000_000)
        self.qty.setValue(1)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reason")
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        hint = QLabel(tr("Stock", "Current stock: {n}. Damage and returns to the supplier take stock out; "
                                  "an adjustment may be negative.").format(n=detail.stock_qty), self)
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("Stock", "What happened"), self.kind)
        form.addRow(tr("Stock", "Quantity"), self.qty)
        form.addRow(tr("Stock", "Reason"), self.reason)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{detail.values['sku']}  {detail.values['name']}", self))
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            stock.record_movement(self.actor, self.product_id, self.kind.currentData(), self.qty.value(),
                                  self.reason.text())
        except ShopError as error:
            self.message.setText(str(error))
            return
        super().accept()


class ProductsPage(TablePage):
    table_key = "products"

    def make_source(self):
        return products.ProductSource(self.actor)

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.search.setPlaceholderText(tr("Products", "Search name, SKU, barcode — or scan  (Ctrl+F)"))
        self.category = QComboBox(self)
        self.category.setObjectName("category_filter")
        self.status = QComboBox(self)
        self.status.setObjectName("status_filter")
        self.alert = QComboBox(self)
        self.alert.setObjectName("alert_filter")
        self.category.addItem(tr("Products", "All categories"), None)
        for category_id, name in products.list_categories():
            self.category.addItem(name, category_id)
        self.status.addItem(tr("Products", "All statuses"), None)
        for status in ProductStatus:
            self.status.addItem(status_label(status), status.value)
        for code, label in (("", tr("Products", "No alert filter")), ("low", tr("Alerts", "Low stock")),
                            ("expiry", tr("Alerts", "Expiring")), ("slow", tr("Alerts", "Slow movers")),
                            ("placeholder", tr("Products", "To complete (from order import)"))):
            self.alert.addItem(label, code or None)
        for widget in (self.category, self.status, self.alert):
            self.filters.addWidget(widget)
        self.category.currentIndexChanged.connect(lambda: self.set_filter("category_id", self.category.currentData()))
        self.status.currentIndexChanged.connect(lambda: self.set_filter("status", self.status.currentData()))
        self.alert.currentIndexChanged.connect(lambda: self.set_filter("alert", self.alert.currentData()))

        self.actions: dict[str, QPushButton] = {}
        if self.actor.can(Perm.PRODUCTS_EDIT):
            self._button("new", tr("Products", "New product"), self.new_product)
            QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_product)
        self._button("open", tr("Products", "Open"), lambda: self.open_row(self.view.currentIndex().row()))
        if self.actor.can(Perm.STOCK_MOVE):
            self._button("receive", tr("Stock", "Receive goods…"), self.receive_goods)
            self._button("movement", tr("Stock", "Damage / return / adjust…"), self.stock_movement)
            self.actions["movement"].setToolTip(tr("Stock", "Book damage, a return or a correction of the "
                                                            "selected product's stock"))
        if self.actor.can(Perm.PRODUCTS_IMPORT):
            self._button("import", tr("Products", "Import from Excel…"), self.import_products)
        if self.actor.can(Perm.PRODUCTS_EDIT):
            more = QPushButton(tr("Products", "Lists…"), self)
            more.setObjectName("lists")
            menu = QMenu(more)
            menu.addAction(tr("Products", "Categories…"), self.manage_categories)
            menu.addAction(tr("Products", "Suppliers…"), self.manage_suppliers)
            more.setMenu(menu)
            self.buttons.addWidget(more)

    def manage_categories(self) -> None:
        from shopmanager.ui.pages.lists import CategoriesDialog

        dialog = CategoriesDialog(self, self.actor)
        dialog.exec()
        if dialog.changed:
            self.category.clear()
            self.category.addItem(tr("Products", "All categories"), None)
            for category_id, name in products.list_categories():
                self.category.addItem(name, category_id)
            self.refresh()

    def manage_suppliers(self) -> None:
        from shopmanager.ui.pages.lists import SuppliersDialog

        SuppliersDialog(self, self.actor).exec()

    def _button(self, name: str, text: str, slot) -> None:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        self.actions[name] = button

    def export_title(self) -> str:
        return tr("Products", "Products")

    def empty_message(self) -> str:
        if not self.actor.can(Perm.PRODUCTS_EDIT):
            return tr("Products", "No products yet. The owner or operations add them.")
        return tr("Products", "No products yet. Add one with New product (Ctrl+N), or bring your whole list "
                              "from Excel with Import from Excel….")

    def activated(self) -> None:
        self.refresh()

    def search_entered(self, text: str) -> bool:
        """A barcode scanner types the code and Enter: open that product at once."""
        product_id = products.find_by_code(text)
        if product_id is None:
            return False
        self.open_product(product_id)
        return True

    def open_row(self, row: int) -> None:
        product_id = self.model.id_at(row)
        if product_id is not None:
            self.open_product(product_id)

    def open_product(self, product_id: int | None) -> None:
        dialog = ProductDialog(self, self.context, product_id)
        dialog.exec()
        if dialog.changed:
            self.context.changed("product")
            self.refresh()
            if dialog.product_id:
                self.select_id(dialog.product_id)

    def new_product(self) -> None:
        self.open_product(None)

    def receive_goods(self) -> None:
        if ReceiveGoodsDialog(self, self.context, self.selected_id()).exec():
            self.context.changed("stock")
            self.refresh()

    def stock_movement(self) -> None:
        product_id = self.selected_id()
        if product_id is None:
            messages.info(self, tr("Products", "Select a product first."))
            return
        if StockMovementDialog(self, self.context, product_id).exec():
            self.context.changed("stock")
            self.refresh()

    def import_products(self) -> None:
        from shopmanager.ui.pages.importing import ImportDialog

        if ImportDialog(self, self.context, "products").exec():
            self.context.changed("product")
            self.reload()


class MovementsPage(TablePage):
    """出入库记录: the whole stock ledger, newest first; filter by kind."""

    table_key = "movements"

    def make_source(self):
        return stock.MovementSource(self.actor)

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.search.setPlaceholderText(tr("Stock", "SKU or barcode  (Ctrl+F)"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("kind_filter")
        self.kind.addItem(tr("Stock", "All movements"), None)
        for kind in MovementKind:
            self.kind.addItem(movement_label(kind), kind.value)
        self.filters.addWidget(self.kind)
        self.kind.currentIndexChanged.connect(lambda: self.set_filter("kind", self.kind.currentData()))

    def activated(self) -> None:
        self.refresh()

    def export_title(self) -> str:
        return tr("Stock", "Stock movements")

    def empty_message(self) -> str:
        return tr("Stock", "No stock movements yet. Receiving goods, shipping orders, damage and stocktakes "
                           "are written here.")


