"""The audit log (owner only): who changed what and when, filterable; read-only."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox

from shopmanager.core import timeutil
from shopmanager.core.i18n import tr
from shopmanager.services import audit
from shopmanager.ui.widgets.table_page import TablePage


def period_choices() -> list[tuple[str, str]]:
    return [("30", tr("Audit", "Last 30 days")), ("today", tr("Audit", "Today")), ("7", tr("Audit", "Last 7 days")),
            ("month", tr("Audit", "This month")), ("all", tr("Audit", "All time"))]


def period_start(choice: str) -> dt.date | None:
    today = timeutil.today()
    if choice == "today":
        return today
    if choice in ("7", "30"):
        return today - dt.timedelta(days=int(choice) - 1)
    if choice == "month":
        return today.replace(day=1)
    return None


class AuditPage(TablePage):
    table_key = "audit"

    def make_source(self):
        return audit.AuditSource(self.actor)

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.search.setPlaceholderText(tr("Audit", "Search summary and changes…  (Ctrl+F)"))
        self.user_filter = QComboBox(self)
        self.user_filter.setObjectName("user_filter")
        self.entity_filter = QComboBox(self)
        self.entity_filter.setObjectName("entity_filter")
        self.period = QComboBox(self)
        self.period.setObjectName("period")
        for code, label in period_choices():
            self.period.addItem(label, code)
        for widget in (self.user_filter, self.entity_filter, self.period):
            self.filters.addWidget(widget)
        self._fill_filters()
        self.user_filter.currentIndexChanged.connect(
            lambda: self.set_filter("username", self.user_filter.currentData()))
        self.entity_filter.currentIndexChanged.connect(
            lambda: self.set_filter("entity", self.entity_filter.currentData()))
        self.period.currentIndexChanged.connect(
            lambda: self.set_filter("date_from", period_start(self.period.currentData())))
        self.set_filter("date_from", period_start("30"))

    def _fill_filters(self) -> None:
        self.user_filter.addItem(tr("Audit", "All users"), None)
        for name in audit.known_usernames():
            self.user_filter.addItem(name, name)
        self.entity_filter.addItem(tr("Audit", "All records"), None)
        for entity in audit.known_entities():
            self.entity_filter.addItem(audit.entity_label(entity), entity)

    def activated(self) -> None:
        self.refresh()

    def export_title(self) -> str:
        return tr("Audit", "Audit log")
