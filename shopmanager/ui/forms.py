"""Loading the Qt Designer forms of forms/*.ui at run time (QUiLoader).

One way for every form: `load_form("login", parent)` returns the built widget; its
child widgets are reached with `child(form, QLineEdit, "username")`. QUiLoader asks
the installed translators, so forms appear in the current language.
"""
from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from shopmanager.core.paths import forms_dir

W = TypeVar("W", bound=QWidget)
_loader: QUiLoader | None = None


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    global _loader
    if _loader is None:
        _loader = QUiLoader()
    path = forms_dir() / f"{name}.ui"
    handle = QFile(str(path))
    if not handle.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(path)
    try:
        widget = _loader.load(handle, parent)
    finally:
        handle.close()
    if widget is None:
        raise RuntimeError(f"cannot load form {path}: {_loader.errorString()}")
    return widget


def child(form: QWidget, kind: type[W], name: str) -> W:
    widget = form.findChild(kind, name)
    if widget is None:
        raise LookupError(f"form {form.objectName()} has no {kind.__name__} named {name}")
    return widget
