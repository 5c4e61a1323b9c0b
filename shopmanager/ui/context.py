"""What every page of the main window shares: who is logged in, the database, the task
runner, and a signal that tells pages (and badges) that some data changed."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from shopmanager.db.database import DatabaseUrl
from shopmanager.services.context import Actor


class AppContext(QObject):
    data_changed = Signal(str)  # entity: "product", "order", "user", ...
    language_changed = Signal(str)

    def __init__(self, actor: Actor, database: DatabaseUrl, parent: QObject | None = None):
        super().__init__(parent)
        self.actor = actor
        self.database = database

    @property
    def runner(self):
        """The one task runner (imported on first use: it is not needed to show the window)."""
        from shopmanager.ui.tasks import runner

        return runner()

    def changed(self, entity: str) -> None:
        self.data_changed.emit(entity)
