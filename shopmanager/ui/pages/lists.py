"""The short lists the big pages rely on: categories, suppliers, carriers."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.services import products, shipping
from shopmanager.ui import messages
from shopmanager.ui.dialogs import FormDialog
from shopmanager.ui.pages.users import selected_id, set_rows, small_table


class SupplierDialog(FormDialog):
    form_name = "supplier"
    field_widgets = {"name": "name"}

    def __init__(self, parent, actor, supplier: dict | None = None):
        super().__init__(parent, tr("Lists", "Supplier"))
        self.actor, self.supplier = actor, supplier
        for key in ("name", "contact", "phone", "address", "notes"):
            self.w(QLineEdit, key).setText((supplier or {}).get(key, ""))

    def save(self) -> None:
        values = {key: self.w(QLineEdit, key).text() for key in ("name", "contact", "phone", "address", "notes")}
        products.save_supplier(self.actor, values, self.supplier["id"] if self.supplier else None)


class _ListDialog(QDialog):
    """A small table with buttons; subclasses fill rows and act."""

    def __init__(self, parent: QWidget | None, title: str, headers: list[str], actions: list[tuple[str, str, object]]):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.table = small_table(headers, self)
        self.table.setObjectName("list")
        bar = QHBoxLayout()
        for name, text, slot in actions:
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(640, 420)
        self.changed = False

    def run(self, action) -> None:
        try:
            action()
        except ShopError as error:
            messages.error(self, str(error))
            return
        self.changed = True
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError


class SuppliersDialog(_ListDialog):
    def __init__(self, parent, actor):
        super().__init__(parent, tr("Lists", "Suppliers"), [tr("Lists", "Name"), tr("Lists", "Contact person"),
                                                             tr("Lists", "Phone"), tr("Lists", "Address")],
                         [("add", tr("Lists", "New supplier…"), self.add), ("edit", tr("Lists", "Edit…"), self.edit)])
        self.actor = actor
        self.reload()

    def reload(self) -> None:
        self.rows = products.supplier_details()
        set_rows(self.table, [(s["id"], [s["name"], s["contact"], s["phone"], s["address"]]) for s in self.rows])

    def add(self) -> None:
        if SupplierDialog(self, self.actor).exec():
            self.changed = True
            self.reload()

    def edit(self) -> None:
        supplier_id = selected_id(self.table)
        supplier = next((s for s in self.rows if s["id"] == supplier_id), None)
        if supplier and SupplierDialog(self, self.actor, supplier).exec():
            self.changed = True
            self.reload()


class CategoriesDialog(_ListDialog):
    def __init__(self, parent, actor):
        super().__init__(parent, tr("Lists", "Categories"), [tr("Lists", "Category"), tr("Lists", "Products")],
                         [("add", tr("Lists", "New category…"), self.add), ("rename", tr("Lists", "Rename…"), self.rename),
                          ("delete", tr("Lists", "Delete"), self.delete)])
        self.actor = actor
        self.reload()

    def reload(self) -> None:
        self.rows = products.category_usage()
        set_rows(self.table, [(category_id, [name, str(count)]) for category_id, name, count in self.rows])

    def add(self) -> None:
        name = messages.ask_text(self, tr("Lists", "New category"), tr("Lists", "Name of the category:"))
        if name:
            self.run(lambda: products.save_category(self.actor, name))

    def rename(self) -> None:
        category_id = selected_id(self.table)
        current = next((name for cid, name, _count in self.rows if cid == category_id), None)
        if current is None:
            return
        name = messages.ask_text(self, tr("Lists", "Rename category"), tr("Lists", "New name:"), current)
        if name:
            self.run(lambda: products.save_category(self.actor, name, category_id))

    def delete(self) -> None:
        category_id = selected_id(self.table)
        if category_id is not None and messages.confirm(self, tr("Lists", "Delete this category?"), destructive=True):
            self.run(lambda: products.delete_category(self.actor, category_id))


class CarriersDialog(_ListDialog):
    def __init__(self, parent, actor):
        super().__init__(parent, tr("Lists", "Carriers"), [tr("Lists", "Carrier"), tr("Lists", "Code"),
                                                            tr("Lists", "In use")],
                         [("add", tr("Lists", "New carrier…"), self.add),
                          ("toggle", tr("Lists", "Stop / resume using"), self.toggle)])
        self.actor = actor
        self.reload()

    def reload(self) -> None:
        self.rows = shipping.list_carriers(self.actor, include_inactive=True)
        set_rows(self.table, [(c.id, [c.name, c.code, tr("Common", "Yes") if c.active else tr("Common", "No")])
                              for c in self.rows])

    def add(self) -> None:
        name = messages.ask_text(self, tr("Lists", "New carrier"), tr("Lists", "Name of the carrier (物流公司):"))
        if name:
            self.run(lambda: shipping.add_carrier(self.actor, name))

    def toggle(self) -> None:
        carrier_id = selected_id(self.table)
        carrier = next((c for c in self.rows if c.id == carrier_id), None)
        if carrier is not None:
            self.run(lambda: shipping.set_carrier_active(self.actor, carrier.id, not carrier.active))
