"""The window's own preferences on this PC (QSettings): geometry, column widths, folders.

Business settings are not here: they live in the database (services/settings.py).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QWidget

from shopmanager import APP_NAME, ORG_NAME


class UiState:
    def __init__(self, settings: QSettings | None = None):
        self._s = settings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)

    def restore_geometry(self, key: str, widget: QWidget) -> bool:
        value = self._s.value(f"geometry/{key}")
        return isinstance(value, QByteArray) and widget.restoreGeometry(value)

    def save_geometry(self, key: str, widget: QWidget) -> None:
        self._s.setValue(f"geometry/{key}", widget.saveGeometry())

    def restore_header(self, key: str, header: QHeaderView) -> bool:
        value = self._s.value(f"header/{key}")
        return isinstance(value, QByteArray) and header.restoreState(value)

    def save_header(self, key: str, header: QHeaderView) -> None:
        self._s.setValue(f"header/{key}", header.saveState())

    def last_folder(self) -> str:
        return str(self._s.value("paths/last_folder", str(Path.home())))

    def set_last_folder(self, path: str) -> None:
        folder = Path(path)
        self._s.setValue("paths/last_folder", str(folder if folder.is_dir() else folder.parent))

    def last_username(self) -> str:
        return str(self._s.value("login/last_username", ""))

    def set_last_username(self, name: str) -> None:
        self._s.setValue("login/last_username", name)

    def last_channel(self) -> str:
        """The channel of the last order entered on this PC (the next one usually comes from there too)."""
        return str(self._s.value("orders/last_channel", ""))

    def set_last_channel(self, channel: str) -> None:
        self._s.setValue("orders/last_channel", channel)

    def sync(self) -> None:
        self._s.sync()
