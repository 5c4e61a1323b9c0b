"""首页: today's orders and sales, what must ship, open alerts, 30 days of sales; in a new
shop, the first steps (add products, the first order, staff accounts) as buttons."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from shopmanager.core.i18n import tr
from shopmanager.core.money import format_money
from shopmanager.core.permissions import Perm
from shopmanager.services import alerts, dashboard
from shopmanager.ui.widgets.chart import BarChart


class Card(QFrame):
    """A big number with its label; clicking opens the page behind it."""

    def __init__(self, label: str, parent: QWidget, on_click=None, alarm: bool = False):
        super().__init__(parent)
        self.alarm = alarm
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("Card { background: white; border: 1px solid #d0d7de; border-radius: 6px; }")
        self.value = QLabel(self)
        self.value.setObjectName("value")
        self.label = QLabel(label, self)
        self.label.setStyleSheet("color: #607d8b;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.label)
        if on_click is not None:
            button = QPushButton(tr("Dashboard", "Open"), self)
            button.setFlat(True)
            button.clicked.connect(on_click)
            layout.addWidget(button)

    def set(self, text: str) -> None:
        self.value.setText(text)
        red = self.alarm and any(c in "123456789" for c in text)  # an alarm, not a calm 0 (a new shop)
        self.value.setStyleSheet(f"font-size: 22pt; font-weight: bold; color: {'#c62828' if red else '#263238'};")
        self.value.setProperty("alarming", red)


class DashboardPage(QWidget):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        actor = context.actor
        self.cards: dict[str, Card] = {}
        grid = QGridLayout()
        specs = [("orders_today", tr("Dashboard", "Orders today"), "orders", False),
                 ("sales_today", tr("Dashboard", "Sales today (paid)"), "orders", False),
                 ("to_ship", tr("Dashboard", "To ship today"), "dispatch", False),
                 ("overdue", tr("Dashboard", "Overdue shipments"), "dispatch", True),
                 ("pending", tr("Dashboard", "Waiting for payment"), "orders", False)]
        if actor.can(Perm.AFTERSALES_VIEW):
            specs += [("cases_open", tr("Dashboard", "After-sales cases open"), "aftersales", False),
                      ("cases_overdue", tr("Dashboard", "After-sales overdue"), "aftersales", True)]
        if actor.can(Perm.PRODUCTS_VIEW):
            specs += [("low", tr("Dashboard", "Low stock"), "alerts", True),
                      ("expiring", tr("Dashboard", "Expiring"), "alerts", True),
                      ("slow", tr("Dashboard", "Slow movers"), "alerts", False)]
        for index, (key, label, page, alarm) in enumerate(specs):
            card = Card(label, self, self._opener(page), alarm)
            card.setObjectName(f"card_{key}")
            self.cards[key] = card
            grid.addWidget(card, index // 5, index % 5)
        self.chart = BarChart(self)
        self.chart.setObjectName("chart")
        self.notice = QLabel(self)  # the roster module: the weekly meeting on its day, the handover book's open items
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.linkActivated.connect(self._open_handover)
        self.notice.setStyleSheet("background: #ede7f6; border: 1px solid #b39ddb; padding: 6px;")
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        if actor.can(Perm.BACKUP_RUN):  # when the last good backup was made; red when old or failed
            from shopmanager.ui.pages.backups import BackupBanner

            self.backup_banner = BackupBanner(context, self)
            layout.addWidget(self.backup_banner)
        layout.addLayout(grid)
        layout.addWidget(self.chart, 1)
        context.data_changed.connect(lambda _entity: self.refresh() if self.isVisible() else None)
        self._add_first_steps(layout)
        self.refresh()

    def _add_first_steps(self, layout: QVBoxLayout) -> None:
        """A new shop's next steps on top; its empty chart says what it will show."""
        from shopmanager.ui.pages.first_steps import FirstSteps

        self.first_steps = FirstSteps(self.context, self)
        layout.insertWidget(0, self.first_steps)
        layout.addStretch(0)  # keeps the cards at the top while the chart is hidden
        self.chart.empty_text = tr("Dashboard", "No paid orders in the last 30 days yet: each day's sales appear "
                                                "here as a bar.")

    def _show_first_steps(self) -> None:
        steps = dashboard.first_steps()
        self.first_steps.setVisible(steps.new_shop)
        self.first_steps.show_done({"products": steps.has_products, "orders": steps.has_orders,
                                    "staff": steps.has_staff_accounts})
        self.chart.setVisible(not steps.new_shop)  # a new shop has no sales to draw: its steps instead

    def _roster_notice(self, actor) -> None:
        from html import escape

        from shopmanager.services.handover import open_for
        from shopmanager.services.meetings import reminder

        lines = [escape(reminder(actor))] if reminder(actor) else []
        items = open_for(actor)
        if items:
            lines.append(tr("Dashboard", "<b>{n} handover item(s) for your shift</b>: {first} <a href='handover'>Open "
                                         "the handover book</a>").format(n=len(items), first=escape(items[0].text[:60])))
        self.notice.setText("<br>".join(lines))
        self.notice.setVisible(bool(lines))

    def _open_handover(self, _link: str = "") -> None:
        page = self.window().show_page("attendance")
        if page is not None:
            page.tabs.setCurrentWidget(page.handover_tab)

    def _opener(self, key: str):
        return lambda: self.window().show_page(key)

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        actor = self.context.actor
        figures = dashboard.dashboard(actor)
        self._show_first_steps()
        self.cards["orders_today"].set(f"{figures.orders_today:,}")
        self.cards["sales_today"].set(f"¥{format_money(figures.sales_today_cents)}")
        self.cards["to_ship"].set(f"{figures.to_ship_today:,}")
        self.cards["overdue"].set(f"{figures.overdue:,}")
        self.cards["pending"].set(f"{figures.pending_payment:,}")
        if "cases_open" in self.cards:
            from shopmanager.services.aftersales_stats import case_counts

            open_cases, overdue = case_counts(actor)
            self.cards["cases_open"].set(f"{open_cases:,}")
            self.cards["cases_overdue"].set(f"{overdue:,}")
        if "low" in self.cards:
            counts = alerts.alert_counts(actor)
            self.cards["low"].set(f"{counts.low:,}")
            self.cards["expiring"].set(f"{counts.expiring + counts.expired:,}")  # expired ones included
            self.cards["slow"].set(f"{counts.slow:,}")
        if actor.can(Perm.ROSTER_VIEW):
            self._roster_notice(actor)
        self.chart.set_data([f"{d.day:%m-%d}" for d in figures.series], [d.amount_cents / 100 for d in figures.series],
                            title=tr("Dashboard", "Sales of the last 30 days (paid orders, ¥)"),
                            value_text=lambda v: f"{v / 10000:.1f}万" if v >= 100000 else f"{v:,.0f}")
