"""售后登记: the after-sales page (a lazy table like the orders page, filtered by type, state,
holder and overdue, searched by case, order or platform number and phone), the defective
stock 次品 page, the refund-file import, the summary report, and the "new case" entry points
of the order form and the customer record."""
from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QPushButton, QTableWidget, QVBoxLayout, QWidget,
)

from shopmanager.core import timeutil
from shopmanager.core.aftersales import CaseState, CaseType, state_label, type_label
from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm
from shopmanager.services import aftersales_detail, staff
from shopmanager.services.aftersales_goods import DefectiveSource
from shopmanager.services.aftersales_list import AfterSalesSource
from shopmanager.ui import messages
from shopmanager.ui.format import display
from shopmanager.ui.pages.aftersales_case import CaseDialog, HandOverDialog, NewCaseDialog
from shopmanager.ui.pages.importing import ImportDialog, ImportTarget
from shopmanager.ui.pages.products import fill_table
from shopmanager.ui.widgets.table_page import TablePage


def open_case(parent: QWidget, context, case_id: int) -> bool:
    """Show one case; True if anything was changed in it."""
    dialog = CaseDialog(parent, context, case_id)
    dialog.exec()
    if dialog.changed:
        context.changed("aftersales")
    return dialog.changed


def new_case(parent: QWidget, context, *, order_id: int | None = None, customer_id: int | None = None,
             case_type: str = CaseType.RETURN_REFUND) -> int | None:
    """Register a case (from the page, an order or a customer) and open it; its id, or None."""
    dialog = NewCaseDialog(parent, context, order_id=order_id, customer_id=customer_id, case_type=case_type)
    if not dialog.exec() or dialog.case_ref is None:
        return None
    context.changed("aftersales")
    open_case(parent, context, dialog.case_ref.id)
    return dialog.case_ref.id


def summary_report(parent: QWidget, actor) -> None:
    """售后汇总 of the last N days (a setting, 14: the fortnightly review), or a typed period."""
    from shopmanager.services import settings
    from shopmanager.services.aftersales_report import aftersales_summary_pdf, parse_period
    from shopmanager.ui.printing import show_report

    end = timeutil.today()
    start = end - dt.timedelta(days=int(settings.get("aftersales.summary_days")) - 1)
    text = messages.ask_text(parent, tr("AfterSales", "After-sales summary"),
                             tr("AfterSales", "Period (first day, last day):"), f"{start:%Y-%m-%d} {end:%Y-%m-%d}")
    if not text:
        return
    parts = text.replace(",", " ").replace("–", " ").replace("~", " ").split()
    try:
        first, last = parse_period(parts[0] if parts else None, parts[1] if len(parts) > 1 else None)
    except ShopError as error:
        messages.error(parent, str(error))
        return
    show_report(parent, tr("AfterSales", "After-sales summary"),
                lambda progress: aftersales_summary_pdf(actor, first, last, progress),
                f"aftersales-{first:%Y%m%d}-{last:%Y%m%d}.pdf")


class AfterSalesPage(TablePage):
    table_key = "aftersales"

    def make_source(self):
        return AfterSalesSource(self.actor)

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.search.setPlaceholderText(tr("AfterSales", "Case / order / platform no., phone  (Ctrl+F)"))
        self.search.setMinimumWidth(230)
        self.kind = QComboBox(self)
        self.kind.setObjectName("type_filter")
        self.kind.addItem(tr("AfterSales", "All types"), None)
        for kind in CaseType:
            self.kind.addItem(type_label(kind), kind.value)
        self.state_filter = QComboBox(self)
        self.state_filter.setObjectName("state_filter")
        self.state_filter.addItem(tr("AfterSales", "All states"), None)
        self.state_filter.addItem(tr("AfterSales", "All open"), "open")
        self.state_filter.addItem(tr("AfterSales", "All done"), "done")
        for state in CaseState:
            self.state_filter.addItem(state_label(state), state.value)
        self.holder = QComboBox(self)
        self.holder.setObjectName("holder_filter")
        self.holder.addItem(tr("AfterSales", "Everybody's"), None)
        self.holder.addItem(tr("AfterSales", "Mine"), "mine")
        for person in staff.list_staff(self.actor, include_left=False):
            self.holder.addItem(person.name, person.id)
        self.overdue = QCheckBox(tr("AfterSales", "Overdue only"), self)
        self.overdue.setObjectName("overdue_filter")
        for widget, tip in ((self.kind, tr("AfterSales", "Type")), (self.state_filter, tr("AfterSales", "State")),
                            (self.holder, tr("AfterSales", "Held by")), (self.overdue, "")):
            self.add_filter(widget, tip)
        self.kind.currentIndexChanged.connect(lambda: self.set_filter("case_type", self.kind.currentData()))
        self.state_filter.currentIndexChanged.connect(lambda: self.set_filter("state", self.state_filter.currentData()))
        self.holder.currentIndexChanged.connect(self._holder_changed)
        self.overdue.toggled.connect(lambda on: self.set_filter("overdue", on))
        if self.actor.can(Perm.AFTERSALES_EDIT):
            self.add_button("new", tr("AfterSales", "New case…"), self.new_case)
            QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_case)
        self.add_button("open", tr("AfterSales", "Open"), lambda: self.open_row(self.view.currentIndex().row()))
        if self.actor.can(Perm.AFTERSALES_IMPORT):
            self.add_button("import", tr("AfterSales", "Import platform refunds…"), self.import_refunds)
        if self.actor.can(Perm.AFTERSALES_REPORT):
            self.add_button("report", tr("AfterSales", "Summary report…"), lambda: summary_report(self, self.actor))
        if self.actor.can(Perm.AFTERSALES_ASSIGN):
            self.add_button("handover", tr("AfterSales", "Hand over cases…"), self.hand_over)
        if not self.actor.can(Perm.AFTERSALES_ASSIGN) and self.actor.can(Perm.AFTERSALES_EDIT):
            self.holder.setCurrentIndex(1)  # customer service starts on their own cases
        elif not self.actor.can(Perm.AFTERSALES_EDIT):
            self.state_filter.setCurrentIndex(1)  # the shipping clerk: the open cases (goods to receive, to send)
        self.context.data_changed.connect(self._data_changed)

    def _holder_changed(self) -> None:
        value = self.holder.currentData()
        self.request.filters.pop("mine", None)
        self.request.filters.pop("holder_id", None)
        if value == "mine":
            self.request.filters["mine"] = True
        elif value:
            self.request.filters["holder_id"] = value
        self.reload()

    def _data_changed(self, entity: str) -> None:
        if entity in ("aftersales", "order") and self.isVisible():
            self.refresh()

    def export_title(self) -> str:
        return tr("AfterSales", "After-sales")

    def empty_message(self) -> str:
        return tr("AfterSales", "No after-sales cases yet. Register one with “New case…”, from an order's "
                                "After-sales tab, or import the platform's refund file.")

    def activated(self) -> None:
        self.source = self.make_source()  # "now" moves on: the overdue flag is recomputed
        self.model.source = self.source
        self.refresh()

    def search_entered(self, text: str) -> bool:
        """A scanned case number opens the case."""
        case_id = aftersales_detail.find_case(self.actor, text)
        if case_id is None:
            return False
        self.open_case(case_id)
        return True

    def open_row(self, row: int) -> None:
        case_id = self.model.id_at(row)
        if case_id is not None:
            self.open_case(case_id)

    def open_case(self, case_id: int) -> None:
        if open_case(self, self.context, case_id):
            self.refresh()

    def new_case(self) -> None:
        if new_case(self, self.context) is not None:
            self.refresh()

    def import_refunds(self) -> None:
        if AfterSalesImportDialog(self, self.context).exec():
            self.context.changed("aftersales")
            self.reload()

    def hand_over(self) -> None:
        dialog = HandOverDialog(self, self.actor)
        if dialog.exec():
            messages.info(self, tr("AfterSales", "{n} open cases handed over.").format(n=dialog.moved))
            self.context.changed("aftersales")
            self.refresh()


class DefectivePage(TablePage):
    """次品库存: goods that failed inspection, apart from the sellable stock; scrapped or sent back."""

    table_key = "defective"

    def make_source(self):
        return DefectiveSource(self.actor)

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.search.setPlaceholderText(tr("AfterSales", "SKU, barcode or name  (Ctrl+F)"))
        if self.actor.can(Perm.STOCK_MOVE):
            for name, text, how in (("scrap", tr("AfterSales", "Scrap…"), "scrap"),
                                    ("supplier", tr("AfterSales", "Return to supplier…"), "supplier")):
                self.add_button(name, text, lambda _checked=False, h=how: self.dispose(h))

    def export_title(self) -> str:
        return tr("AfterSales", "Defective stock")

    def empty_message(self) -> str:
        return tr("AfterSales", "No defective goods. Returned goods that fail inspection come here (After-sales → "
                                "Receive goods).")

    def activated(self) -> None:
        self.refresh()

    def dispose(self, how: str) -> None:
        from shopmanager.services.aftersales_goods import disposal_label, dispose_defective

        row = self.view.currentIndex().row()
        if row < 0 or row >= len(self.model.rows):
            messages.info(self, tr("AfterSales", "Select a product first."))
            return
        sku, name, qty, product_id = self.model.rows[row][0], self.model.rows[row][1], self.model.rows[row][2], \
            self.model.rows[row][-1]
        count = messages.ask_text(self, disposal_label(how), tr("AfterSales", "{sku} {name}: how many of the {n} "
                                                                              "defective pieces?").format(
            sku=sku, name=name, n=qty), str(qty))
        if not count:
            return
        reason = messages.ask_text(self, disposal_label(how), tr("AfterSales", "Reason:"))
        if not reason:
            return
        try:
            dispose_defective(self.actor, product_id, int(count) if count.strip().isdigit() else -1, how, reason)
        except ShopError as error:
            messages.error(self, str(error))
            return
        self.context.changed("stock")
        self.refresh()


# -- platform refund files ---------------------------------------------------------------------------------

def aftersales_target() -> ImportTarget:
    from shopmanager.services import aftersales_import

    def presets() -> dict[str, dict[str, str]]:
        return {aftersales_import.preset_label(name): by_header
                for name, (_c, by_header) in aftersales_import.PRESETS.items()}

    return ImportTarget("aftersales", lambda: tr("AfterSales", "Import platform refunds"), aftersales_import.fields,
                        aftersales_import.run_import, None, presets)


class AfterSalesImportDialog(ImportDialog):
    """The one import dialog for refund / after-sales exports: which channel, guessed from the layout."""

    def __init__(self, parent: QWidget | None, context):
        super().__init__(parent, context, aftersales_target())
        from shopmanager.core.orders import Channel, channel_label

        self.channel = QComboBox(self)
        self.channel.setObjectName("channel")
        self.channel.addItem(tr("Import", "Channel: from the file's layout"), None)
        for channel in Channel:
            self.channel.addItem(channel_label(channel), channel.value)
        bar = QHBoxLayout()
        bar.addWidget(self.channel)
        bar.addStretch(1)
        self.layout().insertLayout(1, bar)

    def _guess(self) -> dict[str, int]:
        from shopmanager.services import aftersales_import

        preset = aftersales_import.detect_preset(self.sheet.headers)
        if preset:
            self.saved.setCurrentIndex(max(0, self.saved.findText(aftersales_import.preset_label(preset))))
        return aftersales_import.guess(self.sheet, preset)

    def run_options(self) -> dict:
        return {"channel": self.channel.currentData()}


# -- entry points from the order form and the customer record -----------------------------------------------

class CaseList(QWidget):
    """An order's or a customer's cases (the customer's service history), with "new case"."""

    def __init__(self, parent: QWidget, context, *, order_id: int | None = None, customer_id: int | None = None):
        super().__init__(parent)
        self.context, self.order_id, self.customer_id = context, order_id, customer_id
        self.table = QTableWidget(self)
        self.table.setObjectName("cases")
        self.table.doubleClicked.connect(lambda index: self.open(index.row()))
        self.ids: list[int] = []
        self.new_button = QPushButton(tr("AfterSales", "New after-sales case…"), self)
        self.new_button.setObjectName("new_case")
        self.new_button.clicked.connect(self.new)
        self.new_button.setVisible(context.actor.can(Perm.AFTERSALES_EDIT))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.load()

    def load(self) -> None:
        from shopmanager.services.aftersales_list import AfterSalesSource as Source
        from shopmanager.services.listing import ListRequest

        if self.order_id is not None:
            cases = aftersales_detail.cases_of_order(self.context.actor, self.order_id)
            rows = [[no, kind, state, display("datetime", received)] for _id, no, kind, state, received in cases]
            self.ids = [case[0] for case in cases]
            headers = [tr("AfterSales", "Case number"), tr("AfterSales", "Type"), tr("AfterSales", "State"),
                       tr("AfterSales", "Received")]
        else:
            source = Source(self.context.actor)
            page = source.page(ListRequest(filters={"customer_id": self.customer_id or -1}), limit=200)
            self.ids = page.ids
            keep = [source.column_index(k) for k in ("case_no", "type", "state", "order_no", "item", "reason",
                                                     "received_at", "refund")]
            rows = [[display(source.columns[i].kind, row[i]) for i in keep] for row in page.rows]
            headers = [source.columns[i].label() for i in keep]
        fill_table(self.table, headers, rows)

    def open(self, row: int) -> None:
        if 0 <= row < len(self.ids) and open_case(self, self.context, self.ids[row]):
            self.load()

    def new(self) -> None:
        kind = CaseType.RETURN_REFUND if self.order_id else CaseType.COMPLAINT
        if new_case(self, self.context, order_id=self.order_id, customer_id=self.customer_id,
                    case_type=kind) is not None:
            self.load()
