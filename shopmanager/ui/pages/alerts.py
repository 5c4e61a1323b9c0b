"""库存预警: low stock, expiring batches and slow movers at a glance, and printable."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from shopmanager.core import timeutil
from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.money import format_money
from shopmanager.core.permissions import Perm
from shopmanager.services import alerts, settings
from shopmanager.ui import messages
from shopmanager.ui.widgets.table_page import TablePage


class _AlertTable(TablePage):
    source_class = None
    title = ""

    def make_source(self):
        return self.source_class(self.actor)

    def export_title(self) -> str:
        return self.title

    def empty_message(self) -> str:
        return tr("Alerts", "Nothing to worry about here.")


class LowStockTable(_AlertTable):
    source_class = alerts.LowStockSource
    table_key = "alerts_low"

    @property
    def title(self) -> str:
        return tr("Alerts", "Low stock")


class ExpiryTable(_AlertTable):
    source_class = alerts.ExpirySource
    table_key = "alerts_expiry"

    @property
    def title(self) -> str:
        return tr("Alerts", "Expiring")


class ExpiredTable(_AlertTable):
    """已过期: batches past their date, with the action that books them as damage (报损)."""

    source_class = alerts.ExpiredSource
    table_key = "alerts_expired"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        if self.actor.can(Perm.STOCK_MOVE):
            button = QPushButton(tr("Alerts", "Book as damage (报损)…"), self)
            button.setObjectName("write_off")
            button.clicked.connect(self.write_off)
            self.buttons.addWidget(button)

    @property
    def title(self) -> str:
        return tr("Alerts", "Expired")

    def write_off(self) -> None:
        ids = self.selected_ids() or list(self.model.ids)
        if not ids:
            messages.info(self, tr("Alerts", "No expired batch is in stock."))
            return
        which = tr("Alerts", "the {n} selected batches").format(n=len(ids)) if self.selected_ids() else \
            tr("Alerts", "all {n} expired batches").format(n=len(ids))
        if not messages.confirm(self, tr("Alerts", "Book {which} as damage (报损)? Their remaining pieces leave the "
                                                   "stock; the movements are kept in the ledger.").format(which=which),
                                yes_text=tr("Alerts", "Book as damage"), destructive=True):
            return
        try:
            done = alerts.write_off_expired(self.actor, ids)
        except ShopError as error:
            messages.error(self, str(error))
            return
        text = tr("Alerts", "{pieces} pieces of {n} batches booked as damage.").format(pieces=done.pieces,
                                                                                      n=done.batches)
        if done.value_cents is not None:
            text += " " + tr("Alerts", "Value at cost: ¥{value}.").format(value=format_money(done.value_cents))
        self.context.changed("stock")
        messages.info(self, text)


class SlowTable(_AlertTable):
    source_class = alerts.SlowSource
    table_key = "alerts_slow"

    @property
    def title(self) -> str:
        return tr("Alerts", "Slow movers")


class AlertsPage(QWidget):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.tabs = QTabWidget(self)
        self.tables = [LowStockTable(context, self), ExpiredTable(context, self), ExpiryTable(context, self),
                       SlowTable(context, self)]
        for table in self.tables:
            table.search.hide()
            self.tabs.addTab(table, "")
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.print_button = QPushButton(tr("Alerts", "Print alerts…"), self)
        self.print_button.setObjectName("print")
        self.print_button.clicked.connect(self.print_report)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        context.data_changed.connect(lambda _entity: self.refresh() if self.isVisible() else None)
        self.refresh()

    def refresh(self) -> None:
        counts = alerts.alert_counts(self.context.actor)
        for index, (table, count) in enumerate(zip(self.tables, (counts.low, counts.expired, counts.expiring,
                                                                 counts.slow))):
            table.refresh()
            self.tabs.setTabText(index, f"{table.title} ({count})")
        self.summary.setText(tr(
            "Alerts", "Low stock: below {threshold} pieces (or the product's own threshold). Expired: past the "
            "expiry date, to book as damage. Expiring: within {days} days. Slow movers: no sale for {slow} days. "
            "Change these in Settings.").format(
                threshold=settings.get("inventory.low_stock_threshold"), days=settings.get("inventory.expiry_days"),
                slow=settings.get("inventory.slow_days")))

    def activated(self) -> None:
        self.refresh()

    def print_report(self) -> None:
        from shopmanager.services.inventory_reports import inventory_alerts_pdf
        from shopmanager.ui.printing import show_report

        actor = self.context.actor
        show_report(self, tr("Alerts", "Inventory alerts"), lambda progress: inventory_alerts_pdf(actor, progress),
                    f"inventory-alerts-{timeutil.today():%Y%m%d}.pdf")
