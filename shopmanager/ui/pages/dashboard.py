"""首页: today's orders and sales, what must ship, open alerts, 30 days of sales; in a new
shop, the first steps (add products, the first order, staff accounts) as buttons."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

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

    def set(self, text: str, count: int | None = None) -> None:
        """Show `text`; an alarm card turns red only while its `count` is not zero (a calm 0)."""
        self.value.setText(text)
        red = self.alarm and bool(count)
        self.value.setStyleSheet(f"font-size: 22pt; font-weight: bold; color: {'#c62828' if red else '#263238'};")
        self.value.setProperty("alarming", red)


class FirstSteps(QFrame):
    """A new shop's next steps, each with the buttons that do it; done steps are ticked."""

    def __init__(self, page: DashboardPage):
        super().__init__(page)
        self.setObjectName("first_steps")
        self.setStyleSheet("#first_steps { background: #f1f8e9; border: 1px solid #c5e1a5; border-radius: 6px; }")
        actor = page.context.actor
        title = QLabel(tr("Dashboard", "Welcome! Your shop is ready — the next steps:"), self)
        title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        self.steps: dict[str, tuple[QLabel, list[QPushButton]]] = {}
        specs = [
            ("products", tr("Dashboard", "1. Add your products — one by one, or import the list you keep in Excel."),
             [(Perm.PRODUCTS_EDIT, "new_product", tr("Dashboard", "New product"), "products", "new_product"),
              (Perm.PRODUCTS_IMPORT, "import_products", tr("Dashboard", "Import products from Excel…"), "products",
               "import_products")],
             tr("Dashboard", "1. Add your products — ask the owner or operations to add them.")),
            ("orders", tr("Dashboard", "2. Create the first order — typed in from a chat, or imported from the "
                                       "platform's order export."),
             [(Perm.ORDERS_EDIT, "new_order", tr("Dashboard", "New order"), "orders", "new_order"),
              (Perm.ORDERS_IMPORT, "import_orders", tr("Dashboard", "Import platform orders…"), "orders",
               "import_orders")],
             tr("Dashboard", "2. The first order — customer service enters or imports the orders.")),
        ]
        if actor.can(Perm.USERS_MANAGE):
            specs.append(("staff", tr("Dashboard", "3. Give each member of staff an account — each sees only "
                                                   "what their role needs."),
                          [(Perm.USERS_MANAGE, "open_users", tr("Dashboard", "Staff && accounts"), "users", "")], ""))
        for key, text, actions, fallback, in specs:
            row = QHBoxLayout()
            allowed = [a for a in actions if actor.can(a[0])]
            label = QLabel(text if allowed or not fallback else fallback, self)
            label.setObjectName(f"step_{key}")
            label.setWordWrap(True)
            row.addWidget(label, 1)
            buttons = []
            for _perm, name, button_text, page_key, method in allowed:
                button = QPushButton(button_text, self)
                button.setObjectName(name)
                button.clicked.connect(lambda _c=False, k=page_key, m=method: page.open_and_do(k, m))
                row.addWidget(button)
                buttons.append(button)
            layout.addLayout(row)
            self.steps[key] = (label, buttons)

    def show_done(self, done: dict[str, bool]) -> None:
        for key, (label, buttons) in self.steps.items():
            finished = done.get(key, False)
            label.setStyleSheet("color: #689f38;" if finished else "")
            label.setText(label.text().removesuffix("  ✓") + ("  ✓" if finished else ""))
            for button in buttons:
                button.setVisible(not finished)


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
        self.chart.empty_text = tr("Dashboard", "No paid orders in the last 30 days yet: each day's sales appear "
                                                "here as a bar.")
        self.first_steps = FirstSteps(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.first_steps)
        layout.addLayout(grid)
        layout.addWidget(self.chart, 1)
        layout.addStretch(0)  # keeps the cards at the top while the chart is hidden
        context.data_changed.connect(lambda _entity: self.refresh() if self.isVisible() else None)
        self.refresh()

    def _opener(self, key: str):
        return lambda: self.window().show_page(key)

    def open_and_do(self, page_key: str, method: str = "") -> None:
        """Open a page (of the main window) and start one of its actions (New product …)."""
        page = self.window().show_page(page_key)
        action = getattr(page, method, None) if method else None
        if callable(action):
            action()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        actor = self.context.actor
        figures = dashboard.dashboard(actor)
        steps = dashboard.first_steps()
        self.first_steps.setVisible(steps.new_shop)
        self.first_steps.show_done({"products": steps.has_products, "orders": steps.has_orders,
                                    "staff": steps.has_staff_accounts})
        self.chart.setVisible(not steps.new_shop)  # a new shop has no sales to draw: its steps instead
        self.cards["orders_today"].set(f"{figures.orders_today:,}", figures.orders_today)
        self.cards["sales_today"].set(f"¥{format_money(figures.sales_today_cents)}", figures.sales_today_cents)
        self.cards["to_ship"].set(f"{figures.to_ship_today:,}", figures.to_ship_today)
        self.cards["overdue"].set(f"{figures.overdue:,}", figures.overdue)
        self.cards["pending"].set(f"{figures.pending_payment:,}", figures.pending_payment)
        if "low" in self.cards:
            counts = alerts.alert_counts(actor)
            self.cards["low"].set(f"{counts.low:,}", counts.low)
            self.cards["expiring"].set(f"{counts.expiring:,}", counts.expiring)
            self.cards["slow"].set(f"{counts.slow:,}", counts.slow)
        self.chart.set_data([f"{d.day:%m-%d}" for d in figures.series], [d.amount_cents / 100 for d in figures.series],
                            title=tr("Dashboard", "Sales of the last 30 days (paid orders, ¥)"),
                            value_text=lambda v: f"{v / 10000:.1f}万" if v >= 100000 else f"{v:,.0f}")
