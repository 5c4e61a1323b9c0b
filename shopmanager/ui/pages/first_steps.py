"""A new shop's first steps on the start page — add products (or import them from Excel),
the first order (typed in or imported), staff accounts — each with the buttons that do it,
ticked as they are done; shown until the shop has products and orders."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm


class FirstSteps(QFrame):
    """A new shop's next steps, each with the buttons that do it; done steps are ticked."""

    def __init__(self, context, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("first_steps")
        self.setStyleSheet("#first_steps { background: #f1f8e9; border: 1px solid #c5e1a5; border-radius: 6px; }")
        actor = context.actor
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
                button.clicked.connect(lambda _c=False, k=page_key, m=method: self.open_and_do(k, m))
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

    def open_and_do(self, page_key: str, method: str = "") -> None:
        """Open a page of the main window and start one of its actions (New product …)."""
        page = self.window().show_page(page_key)
        action = getattr(page, method, None) if method else None
        if callable(action):
            action()
