"""The short lists the big pages rely on: categories, suppliers, carriers."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget,
)

from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.services import products, shipping
from shopmanager.ui import messages
from shopmanager.ui.dialogs import FormDialog, ok_cancel_buttons
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


class CarrierPatternsDialog(QDialog):
    """A carrier's tracking-number shapes, one a line, with a box to try a number against every carrier."""

    def __init__(self, parent: QWidget | None, actor, carrier):
        super().__init__(parent)
        self.actor, self.carrier = actor, carrier
        self.setWindowTitle(tr("Lists", "Number patterns — {name}").format(name=carrier.name))
        help_text = QLabel(tr("Lists", "One pattern a line. Letters and digits stand for themselves; # is a digit, "
                                       "@ a letter, * the rest of the number; {12} or {12-15} repeats the # or @ "
                                       "before it. Example: SF#{12-15} is SF and 12 to 15 digits."), self)
        help_text.setWordWrap(True)
        self.patterns = QPlainTextEdit("\n".join(carrier.patterns), self)
        self.patterns.setObjectName("patterns")
        self.sample = QLineEdit(self)
        self.sample.setObjectName("sample")
        self.sample.setPlaceholderText(tr("Lists", "Try a tracking number…"))
        self.verdict = QLabel(self)
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.sample.textChanged.connect(self.try_sample)
        self.patterns.textChanged.connect(self.try_sample)
        buttons = ok_cancel_buttons(self, tr("Dialogs", "Save"))
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addWidget(self.patterns, 1)
        layout.addWidget(self.sample)
        layout.addWidget(self.verdict)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(480, 380)

    def try_sample(self) -> None:
        from shopmanager.core.orders import clean_tracking_no
        from shopmanager.core.tracking import matching_carriers

        text = self.sample.text().strip()
        if not text:
            self.verdict.clear()
            return
        try:
            number = clean_tracking_no(text)
        except ShopError as error:
            self.verdict.setText(str(error))
            return
        others = [c for c in shipping.list_carriers(self.actor) if c.id != self.carrier.id]
        table = [(c.id, p) for c in others for p in c.patterns]
        table += [(self.carrier.id, p) for p in self.patterns.toPlainText().split()]
        names = {c.id: c.name for c in others} | {self.carrier.id: self.carrier.name}
        found = matching_carriers(number, table)
        self.verdict.setText(tr("Lists", "{number}: {names}").format(
            number=number, names="、".join(names[i] for i in found)) if found
            else tr("Lists", "{number}: no carrier's pattern fits.").format(number=number))

    def accept(self) -> None:
        try:
            shipping.set_carrier_patterns(self.actor, self.carrier.id, self.patterns.toPlainText().splitlines())
        except ShopError as error:
            self.message.setText(str(error))
            return
        super().accept()


class CarriersDialog(_ListDialog):
    def __init__(self, parent, actor):
        super().__init__(parent, tr("Lists", "Carriers"), [tr("Lists", "Carrier"), tr("Lists", "Code"),
                                                            tr("Lists", "In use"), tr("Lists", "Number patterns")],
                         [("add", tr("Lists", "New carrier…"), self.add),
                          ("patterns", tr("Lists", "Number patterns…"), self.edit_patterns),
                          ("toggle", tr("Lists", "Stop / resume using"), self.toggle)])
        self.actor = actor
        self.resize(760, 440)
        self.reload()

    def reload(self) -> None:
        self.rows = shipping.list_carriers(self.actor, include_inactive=True)
        set_rows(self.table, [(c.id, [c.name, c.code, tr("Common", "Yes") if c.active else tr("Common", "No"),
                                      "  ".join(c.patterns)]) for c in self.rows])

    def add(self) -> None:
        name = messages.ask_text(self, tr("Lists", "New carrier"), tr("Lists", "Name of the carrier (物流公司):"))
        if name:
            self.run(lambda: shipping.add_carrier(self.actor, name))
            row = next((r for r in range(self.table.rowCount()) if self.table.item(r, 0).text() == name.strip()),
                       None)
            if row is not None:
                self.table.selectRow(row)
                messages.info(self, tr("Lists", "{name} is added. To recognise its tracking numbers, give it its "
                                                "number patterns (Number patterns…).").format(name=name.strip()))

    def edit_patterns(self) -> None:
        carrier_id = selected_id(self.table)
        carrier = next((c for c in self.rows if c.id == carrier_id), None)
        if carrier is None:
            messages.info(self, tr("Lists", "Select a carrier first."))
            return
        self._patterns_of(carrier)

    def _patterns_of(self, carrier) -> None:
        if CarrierPatternsDialog(self, self.actor, carrier).exec():
            self.changed = True
            self.reload()

    def toggle(self) -> None:
        carrier_id = selected_id(self.table)
        carrier = next((c for c in self.rows if c.id == carrier_id), None)
        if carrier is not None:
            self.run(lambda: shipping.set_carrier_active(self.actor, carrier.id, not carrier.active))
