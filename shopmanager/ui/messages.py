"""Every dialog that asks or tells the user something goes through here.

Tests install a responder (tests/ui/conftest.py) that records each message and gives
scripted answers, so no modal dialog can hang a test; the real program shows Qt
dialogs. Messages are plain sentences already translated by the caller.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from shopmanager.core.i18n import tr

Responder = Callable[[str, str, str, dict[str, Any]], Any]
_responder: Responder | None = None


def set_responder(responder: Responder | None) -> None:
    global _responder
    _responder = responder


def _title(title: str | None, kind: str) -> str:
    if title:
        return title
    return {
        "info": tr("Messages", "ShopManager"), "warning": tr("Messages", "Please check"),
        "error": tr("Messages", "Something went wrong"), "confirm": tr("Messages", "Please confirm"),
    }.get(kind, "ShopManager")


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setDetailedText(details)
    return box


def info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    if _responder:
        _responder("info", _title(title, "info"), text, {})
        return
    box = _box(parent, QMessageBox.Icon.Information, _title(title, "info"), text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def warning(parent: QWidget | None, text: str, title: str | None = None) -> None:
    if _responder:
        _responder("warning", _title(title, "warning"), text, {})
        return
    box = _box(parent, QMessageBox.Icon.Warning, _title(title, "warning"), text)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def error(parent: QWidget | None, text: str, title: str | None = None, details: str = "") -> None:
    if _responder:
        _responder("error", _title(title, "error"), text, {"details": details})
        return
    box = _box(parent, QMessageBox.Icon.Critical, _title(title, "error"), text, details)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()


def confirm(parent: QWidget | None, text: str, *, title: str | None = None, yes_text: str | None = None,
            destructive: bool = False) -> bool:
    """Yes/No; for destructive actions the safe answer (No) is the default button."""
    if _responder:
        return bool(_responder("confirm", _title(title, "confirm"), text, {"destructive": destructive}))
    box = _box(parent, QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
               _title(title, "confirm"), text)
    yes = box.addButton(yes_text or tr("Messages", "Yes"), QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(tr("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no if destructive else yes)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "", *, password: bool = False) -> str | None:
    if _responder:
        return _responder("text", title, label, {"text": text, "password": password})
    mode = QLineEdit.EchoMode.Password if password else QLineEdit.EchoMode.Normal
    value, ok = QInputDialog.getText(parent, title, label, mode, text)
    return value if ok else None


def ask_choice(parent: QWidget | None, title: str, label: str, choices: list[str], current: int = 0) -> str | None:
    if _responder:
        return _responder("choice", title, label, {"choices": choices, "current": current})
    value, ok = QInputDialog.getItem(parent, title, label, choices, current, False)
    return value if ok else None


def choose_open_file(parent: QWidget | None, title: str, filters: str, folder: str = "") -> str | None:
    if _responder:
        return _responder("open_file", title, filters, {"folder": folder})
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path or None


def choose_save_file(parent: QWidget | None, title: str, filters: str, suggested: str = "") -> str | None:
    if _responder:
        return _responder("save_file", title, filters, {"suggested": suggested})
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def choose_folder(parent: QWidget | None, title: str, folder: str = "") -> str | None:
    if _responder:
        return _responder("folder", title, "", {"folder": folder})
    path = QFileDialog.getExistingDirectory(parent, title, folder)
    return path or None


def ask_buttons(parent: QWidget | None, text: str, buttons: list[tuple[str, str]], *, title: str | None = None,
                default: str | None = None, details: str = "") -> str | None:
    """A question with its own answers: `buttons` are (key, label); returns the key clicked
    (None when the box was closed). The last button is the one Esc and the close box mean."""
    if _responder:
        return _responder("buttons", _title(title, "confirm"), text, {"buttons": buttons})
    box = _box(parent, QMessageBox.Icon.Warning, _title(title, "confirm"), text, details)
    made = {}
    for key, label in buttons:
        made[key] = box.addButton(label, QMessageBox.ButtonRole.ActionRole)
    if buttons:
        box.setEscapeButton(made[buttons[-1][0]])
        box.setDefaultButton(made[default or buttons[0][0]])
    box.exec()
    clicked = box.clickedButton()
    return next((key for key, button in made.items() if button is clicked), None)
