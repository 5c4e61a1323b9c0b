"""盘点: start a count, enter counts by keyboard or scanner, review differences, post them."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSpinBox, QSplitter, QVBoxLayout, QWidget,
)

from shopmanager.core import timeutil
from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm
from shopmanager.services import products, stocktake
from shopmanager.ui import messages
from shopmanager.ui.dialogs import ok_cancel_buttons
from shopmanager.ui.format import display
from shopmanager.ui.pages.users import selected_id, set_rows, small_table
from shopmanager.ui.widgets.table_page import TablePage


class NewStocktakeDialog(QDialog):
    def __init__(self, parent, actor):
        super().__init__(parent)
        self.actor = actor
        self.stocktake_id: int | None = None
        self.setWindowTitle(tr("Stocktake", "New stocktake"))
        self.setMinimumWidth(380)
        self.name = QLineEdit(tr("Stocktake", "Stocktake {date}").format(date=f"{timeutil.today():%Y-%m-%d}"), self)
        self.name.setObjectName("name")
        self.category = QComboBox(self)
        self.category.setObjectName("category")
        self.category.addItem(tr("Stocktake", "All products"), None)
        for category_id, name in products.list_categories():
            self.category.addItem(name, category_id)
        self.blind = QCheckBox(tr("Stocktake", "Blind count: counters do not see the book stock"), self)
        self.blind.setObjectName("blind")
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(tr("Stocktake", "Name"), self.name)
        form.addRow(tr("Products", "Category"), self.category)
        form.addRow("", self.blind)
        buttons = ok_cancel_buttons(self, tr("Stocktake", "Start counting"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.stocktake_id = stocktake.start(self.actor, self.name.text(), category_id=self.category.currentData(),
                                                blind=self.blind.isChecked())
        except ShopError as error:
            self.message.setText(str(error))
            return
        super().accept()


class CountSheet(TablePage):
    """The lines of one count. Its search box is the page's scan box (one box, Ctrl+F): the sheet's own is hidden."""

    table_key = "stocktake_lines"

    def __init__(self, context, stocktake_id: int, parent=None, *, reveal: bool = False, find=None):
        self.stocktake_id, self.reveal, self.find = stocktake_id, reveal, find
        super().__init__(context, parent)
        self.search.hide()
        self.show_filter = QComboBox(self)
        self.show_filter.setObjectName("show_filter")
        choices = [(None, tr("Stocktake", "All lines")), ("uncounted", tr("Stocktake", "Not counted yet"))]
        if not self.source.blind:
            choices.append(("differences", tr("Stocktake", "Differences only")))
        for code, label in choices:
            self.show_filter.addItem(label, code)
        self.filters.addWidget(self.show_filter)
        self.show_filter.currentIndexChanged.connect(lambda: self.set_filter("show", self.show_filter.currentData()))

    def make_source(self):
        return stocktake.StocktakeLineSource(self.actor, self.stocktake_id, reveal=self.reveal)

    def focus_search(self) -> None:
        if self.find is not None:
            self.find()

    def search_for(self, text: str) -> None:
        self.request.search = text.strip()
        self.reload()

    def export_title(self) -> str:
        return tr("Stocktake", "Count sheet")

    def empty_message(self) -> str:
        return tr("Stocktake", "This stocktake has no products to count.")


class StocktakePage(QWidget):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.actor = context.actor
        self.current: int | None = None
        self.sessions = small_table([tr("Stocktake", "Name"), tr("Products", "Category"), tr("Stocktake", "Status"),
                                     tr("Stocktake", "Started"), tr("Stocktake", "By"), tr("Stocktake", "Counted"),
                                     tr("Stocktake", "Differences")], self)
        self.sessions.setObjectName("sessions")
        # Counters do not see how many differences a count has (blind counts); supervisors do.
        self.sessions.setColumnHidden(6, not self.actor.can(Perm.STOCKTAKE_POST))
        self.sessions.itemSelectionChanged.connect(self._session_selected)
        new = QPushButton(tr("Stocktake", "New stocktake…"), self)
        new.setObjectName("new_stocktake")
        new.clicked.connect(self.new_stocktake)
        top_bar = QHBoxLayout()
        top_bar.addWidget(new)
        top_bar.addStretch(1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(top_bar)
        top_layout.addWidget(self.sessions)

        self.detail = QWidget(self)
        self.detail_layout = QVBoxLayout(self.detail)
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel(self.detail)
        self.header.setObjectName("header")
        self.header.setStyleSheet("font-weight: bold;")
        self.code = QLineEdit(self.detail)
        self.code.setObjectName("code")
        self.code.setClearButtonEnabled(True)
        self.code.setPlaceholderText(tr("Stocktake", "Scan or type SKU / barcode and Enter to count; type a name to "
                                                     "find it  (Ctrl+F)"))
        self.code.textEdited.connect(lambda _text: self._search_timer.start())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self._search)
        self.qty = QSpinBox(self.detail)
        self.qty.setObjectName("qty")
        self.qty.setRange(0, 1_000_000)
        self.qty.setValue(1)
        self.qty.setToolTip(tr("Stocktake", "Goes back to 1 after each count, so a scanner's Enter never counts the "
                                            "previous quantity again."))
        self.per_scan = QCheckBox(tr("Stocktake", "Each scan adds 1"), self.detail)
        self.per_scan.setObjectName("per_scan")
        self.per_scan.toggled.connect(lambda on: self.qty.setEnabled(not on))
        self.code.returnPressed.connect(self.enter_count)
        self.last = QLabel(self.detail)
        self.last.setObjectName("last_count")
        entry = QHBoxLayout()
        entry.addWidget(self.code, 2)
        entry.addWidget(QLabel(tr("Stocktake", "Counted"), self.detail))
        entry.addWidget(self.qty)
        entry.addWidget(self.per_scan)
        entry.addWidget(self.last, 2)
        self.actions: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for name, text, slot in (("print_sheet", tr("Stocktake", "Print count sheet…"), self.print_sheet),
                                 ("review", tr("Stocktake", "Review differences"), self.toggle_review),
                                 ("print_variance", tr("Stocktake", "Print differences…"), self.print_variance),
                                 ("post", tr("Stocktake", "Post differences…"), self.post),
                                 ("cancel", tr("Stocktake", "Cancel stocktake"), self.cancel)):
            button = QPushButton(text, self.detail)
            button.setObjectName(name)
            button.clicked.connect(slot)
            bar.addWidget(button)
            self.actions[name] = button
        self.actions["review"].setCheckable(True)
        self.reviewing = False
        bar.addStretch(1)
        self.detail_layout.addWidget(self.header)
        self.detail_layout.addLayout(entry)
        self.detail_layout.addLayout(bar)
        self.sheet: CountSheet | None = None
        self.placeholder = QLabel(tr("Stocktake", "Select a stocktake above, or start a new one."), self.detail)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #777;")
        self.detail_layout.addWidget(self.placeholder, 1)
        self.detail.setEnabled(False)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setSizes([200, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    def reload(self) -> None:
        infos = stocktake.list_stocktakes(self.actor)
        set_rows(self.sessions, [
            (s.id, [s.name, s.category, stocktake.status_label(s.status), display("datetime", s.started_at),
                    s.started_by, f"{s.counted}/{s.lines}", "—" if s.differences is None else str(s.differences)])
            for s in infos])
        if self.current is not None:
            self.show_session(self.current)

    def activated(self) -> None:
        self.reload()

    def _session_selected(self) -> None:
        session_id = selected_id(self.sessions)
        if session_id is not None and session_id != self.current:
            self.show_session(session_id)

    def show_session(self, session_id: int) -> None:
        if session_id != self.current:
            self.reviewing = False
        self.current = session_id
        info = stocktake.get_stocktake(self.actor, session_id)
        is_open = info.status == "open"
        hidden = info.blind and is_open and not self.reviewing
        if hidden:  # a blind count: no difference, not even how many, until a supervisor reviews
            self.header.setText(tr("Stocktake", "{name} — {status} — counted {counted} of {lines} (blind count)")
                                .format(name=info.name, status=stocktake.status_label(info.status),
                                        counted=info.counted, lines=info.lines))
        else:
            self.header.setText(tr("Stocktake", "{name} — {status} — counted {counted} of {lines}, {diff} differences")
                                .format(name=info.name, status=stocktake.status_label(info.status),
                                        counted=info.counted, lines=info.lines, diff=info.differences or 0))
        self.code.setEnabled(is_open)
        self.qty.setEnabled(is_open and not self.per_scan.isChecked())
        supervisor = self.actor.can(Perm.STOCKTAKE_POST)
        self.actions["post"].setEnabled(is_open and supervisor)
        self.actions["post"].setVisible(supervisor)
        self.actions["cancel"].setEnabled(is_open)
        self.actions["review"].setVisible(info.blind and is_open and supervisor)
        self.actions["review"].setChecked(self.reviewing)
        self.actions["print_variance"].setEnabled(not hidden)
        self.actions["print_variance"].setVisible(not hidden or supervisor)
        if self.sheet is None or self.sheet.stocktake_id != session_id or self.sheet.reveal != self.reviewing:
            if self.sheet is not None:
                self.sheet.hide()
                self.sheet.deleteLater()
            self.placeholder.hide()
            self.sheet = CountSheet(self.context, session_id, self.detail, reveal=self.reviewing, find=self.find)
            self.sheet.search_for(self.code.text())
            self.detail_layout.addWidget(self.sheet, 1)
        else:
            self.sheet.refresh()
        self.detail.setEnabled(True)

    def find(self) -> None:
        """Ctrl+F: the one box that scans, counts and finds."""
        self.code.setFocus()
        self.code.selectAll()

    def _search(self) -> None:
        if self.sheet is not None:
            self.sheet.search_for(self.code.text())

    def toggle_review(self) -> None:
        """A supervisor opens (and closes) the book stock and the differences of a blind count; audited."""
        if self.current is None:
            return
        if not self.reviewing:
            try:
                stocktake.review(self.actor, self.current)
            except ShopError as error:
                messages.error(self, str(error))
                self.actions["review"].setChecked(False)
                return
        self.reviewing = not self.reviewing
        self.show_session(self.current)

    def new_stocktake(self) -> None:
        dialog = NewStocktakeDialog(self, self.actor)
        if dialog.exec():
            self.current = dialog.stocktake_id
            self.reload()
            self.code.setFocus()

    def enter_count(self) -> None:
        code = self.code.text().strip()
        if not code or self.current is None:
            return
        add = self.per_scan.isChecked()
        try:
            line = stocktake.enter_count(self.actor, self.current, code, 1 if add else self.qty.value(), add=add)
        except ShopError as error:
            QApplication.beep()
            self.last.setText(f"<span style='color:#b00020'>{error}</span>")
            self.code.selectAll()
            self.code.setFocus()
            return
        self.last.setText(tr("Stocktake", "{sku} {name}: {n} counted").format(
            sku=line["sku"], name=line["name"], n=line["counted"]))
        self.code.clear()
        self.qty.setValue(1)  # the next scan counts one unless a quantity is typed for it
        self.code.setFocus()
        self._search_timer.stop()
        self.reload()
        if self.sheet is not None:
            self.sheet.search_for("")

    def post(self) -> None:
        try:
            differences = stocktake.variances(self.actor, self.current)
        except ShopError as error:
            messages.error(self, str(error))
            return
        if not messages.confirm(self, tr("Stocktake", "Post {n} differences as stock adjustments? The stocktake "
                                         "is closed afterwards.").format(n=len(differences)),
                                yes_text=tr("Stocktake", "Post"), destructive=True):
            return
        try:
            posted = stocktake.post(self.actor, self.current)
        except ShopError as error:
            messages.error(self, str(error))
            return
        self.context.changed("stock")
        messages.info(self, tr("Stocktake", "{n} differences posted.").format(n=posted))
        self.reload()

    def cancel(self) -> None:
        if messages.confirm(self, tr("Stocktake", "Cancel this stocktake? The counts are kept for reference, "
                                     "stock is not changed."), destructive=True):
            try:
                stocktake.cancel(self.actor, self.current)
            except ShopError as error:
                messages.error(self, str(error))
            self.reload()

    def print_sheet(self) -> None:
        from shopmanager.services.inventory_reports import count_sheet_pdf
        from shopmanager.ui.printing import show_report

        actor, session = self.actor, self.current
        show_report(self, tr("Stocktake", "Count sheet"), lambda progress: count_sheet_pdf(actor, session, progress),
                    f"count-sheet-{session}.pdf")

    def print_variance(self) -> None:
        from shopmanager.services.inventory_reports import variance_pdf
        from shopmanager.ui.printing import show_report

        actor, session = self.actor, self.current
        show_report(self, tr("Stocktake", "Stocktake differences"),
                    lambda progress: variance_pdf(actor, session, progress), f"stocktake-differences-{session}.pdf")


