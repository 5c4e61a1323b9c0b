"""Entering an order from a chat: items picked by name as well as by SKU or barcode (a list
that follows the typing), and the buyer's "姓名 手机 地址" block pasted into the receiver."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from shopmanager.core.i18n import tr
from shopmanager.core.money import format_money
from shopmanager.core.receiver import ReceiverText, parse_receiver
from shopmanager.services import products
from shopmanager.ui.dialogs import ok_cancel_buttons

ID_ROLE = Qt.ItemDataRole.UserRole
MORE = -1
SEARCH_DELAY_MS = 250


class ProductPicker:
    """Attaches a list of matching products to a line edit: typing (2+ characters) shows name,
    spec, SKU, price and stock; choosing one calls `on_pick(product_id)`.
    "More…" at the end fetches the next page."""

    def __init__(self, edit: QLineEdit, actor, on_pick: Callable[[int], None]):
        self.edit, self.actor, self.on_pick = edit, actor, on_pick
        self.model = QStandardItemModel(edit)
        self.completer = QCompleter(self.model, edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(edit)
        self.completer.activated[QModelIndex].connect(self._chosen)
        self.timer = QTimer(edit)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        edit.textEdited.connect(lambda _text: self.timer.start())
        self.text = ""
        self.after: int | None = None
        self.ids: list[int] = []

    def search(self) -> None:
        text = self.edit.text().strip()
        self.text, self.after = text, None
        self.model.clear()
        self.ids = []
        if len(text) < 2:  # one character matches half the catalogue: wait for the second
            self.completer.popup().hide()
            return
        self._fetch()

    def _fetch(self) -> None:
        page = products.search_products(self.actor, self.text, after=self.after)
        more_row = self.model.rowCount() - 1
        if more_row >= 0 and self.model.item(more_row).data(ID_ROLE) == MORE:
            self.model.removeRow(more_row)
        for hit in page.hits:
            spec = f" {hit.spec}" if hit.spec and hit.spec not in hit.name else ""
            item = QStandardItem(tr("Orders", "{name}{spec}  ·  {sku}  ·  ¥{price}  ·  stock {stock}").format(
                name=hit.name, spec=spec, sku=hit.sku, price=format_money(hit.price_cents), stock=hit.stock_qty))
            item.setData(hit.id, ID_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
            self.ids.append(hit.id)
        if page.next_after is not None:
            more = QStandardItem(tr("Orders", "More…"))
            more.setData(MORE, ID_ROLE)
            self.model.appendRow(more)
        if page.cut_short:
            hint = QStandardItem(tr("Orders", "Type a third character to search every product."))
            hint.setEnabled(False)
            self.model.appendRow(hint)
        self.after = page.next_after
        if not page.hits and not page.cut_short and self.model.rowCount() == 0:
            empty = QStandardItem(tr("Orders", "No product matches '{text}'.").format(text=self.text))
            empty.setEnabled(False)
            self.model.appendRow(empty)
        self.completer.setCompletionPrefix("")
        self.completer.complete()

    def _chosen(self, index: QModelIndex) -> None:
        product_id = index.data(ID_ROLE)
        if product_id == MORE:
            QTimer.singleShot(0, self._fetch)
            return
        if product_id is not None:
            self.completer.popup().hide()
            QTimer.singleShot(0, lambda: self._pick(int(product_id)))

    def _pick(self, product_id: int) -> None:
        self.edit.clear()
        self.model.clear()
        self.ids = []
        self.on_pick(product_id)

    def only_hit(self) -> int | None:
        """The one product the current search found (Enter then adds it)."""
        return self.ids[0] if len(self.ids) == 1 and self.after is None else None


class PasteReceiverDialog(QDialog):
    """Paste what the buyer sent; the name, mobile and address found are shown as they will be filled."""

    def __init__(self, parent: QWidget | None, text: str = ""):
        super().__init__(parent)
        self.setWindowTitle(tr("Orders", "Paste the receiver from a chat"))
        self.result_text = ReceiverText()
        hint = QLabel(tr("Orders", "Paste the buyer's name, mobile number and address — in any order, with or "
                                   "without labels such as 收货人: / 电话: / 地址:."), self)
        hint.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("text")
        self.text.setPlaceholderText("收货人：张伟\n手机号码：138 1234 5678\n所在地区：浙江省杭州市西湖区\n详细地址：文三路100号")
        self.text.setMinimumHeight(110)
        self.name = QLabel(self)
        self.name.setObjectName("found_name")
        self.phone = QLabel(self)
        self.phone.setObjectName("found_phone")
        self.address = QLabel(self)
        self.address.setObjectName("found_address")
        self.address.setWordWrap(True)
        self.region = QLabel(self)
        self.region.setObjectName("found_region")
        self.region.setStyleSheet("color: #607d8b;")
        self.rest = QLabel(self)
        self.rest.setObjectName("found_rest")
        self.rest.setWordWrap(True)
        self.rest.setStyleSheet("color: #8d6e63;")
        found = QFormLayout()
        found.addRow(tr("Orders", "Receiver"), self.name)
        found.addRow(tr("Orders", "Mobile"), self.phone)
        found.addRow(tr("Orders", "Address"), self.address)
        found.addRow("", self.region)
        found.addRow(tr("Orders", "Not used"), self.rest)
        self.buttons = ok_cancel_buttons(self, tr("Orders", "Fill in"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        layout.addLayout(found)
        layout.addWidget(self.buttons)
        self.resize(520, 420)
        self.text.textChanged.connect(self._parse)
        self.text.setPlainText(text)
        self._parse()

    def _parse(self) -> None:
        found = self.result_text = parse_receiver(self.text.toPlainText())
        missing = tr("Orders", "(not found)")
        self.name.setText(found.name or missing)
        self.phone.setText(found.phone or missing)
        self.address.setText(found.address or missing)
        parts = [p for p in (found.province, found.city, found.district) if p]
        self.region.setText(" / ".join(parts) if parts else (
            tr("Orders", "No province or city recognised: check the address.") if found.address else ""))
        self.rest.setText(" ".join(found.rest))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(found.found_anything)


def clipboard_text() -> str:
    clipboard = QGuiApplication.clipboard()
    return clipboard.text() if clipboard is not None else ""

