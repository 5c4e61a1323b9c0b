"""Dialogs built from a forms/*.ui form: OK/Cancel, inline error, focus on the bad field.

A subclass loads its form, fills it, and implements save(); save() calls a service
and raises ShopError on bad input — the message appears in the form's `message`
label, the named field gets focus, and the dialog stays open with nothing saved.

A dialog that could be larger than a 1366×768 screen derives from `Dialog`: it opens no
larger than the screen's work area. A FormDialog (a Dialog) scrolls its form when the
screen is shorter than it; a code-built dialog that could be tall puts its body in
`ui.screen.FitScrollArea`. tests/ui/test_fits_screen.py measures them all.
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.ui import screen
from shopmanager.ui.forms import child, load_form
from shopmanager.ui.validation import FieldMarker, mark_required


def ok_cancel_buttons(dialog: QDialog, ok_text: str | None = None) -> QDialogButtonBox:
    """The OK/Cancel row every dialog ends with: OK (renamed to what it does) calls accept()."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    if ok_text:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class Dialog(QDialog):
    """A QDialog that fits the screen it opens on (size it with resize() as usual)."""

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt API (exec() and show() come here)
        if visible and not self.isVisible():
            screen.fit_to_screen(self)
        super().setVisible(visible)


class FormDialog(Dialog):
    form_name = ""
    field_widgets: dict[str, str] = {}  # service field name → widget object name

    def __init__(self, parent: QWidget | None, title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = load_form(self.form_name, self)
        self.buttons = ok_cancel_buttons(self, tr("Dialogs", "Save"))
        self.scroll = screen.FitScrollArea(self.form, self)  # a message shown grows the dialog
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self.message = self.form.findChild(QLabel, "message")
        if self.message is not None:
            self.message.hide()
        self.marker = FieldMarker(lambda: self.message, self._field_widget)

    def w(self, kind, name):
        return child(self.form, kind, name)

    def save(self) -> None:
        raise NotImplementedError

    def _field_widget(self, field: str) -> QWidget | None:
        name = self.field_widgets.get(field, field)
        return self.form.findChild(QWidget, name) if name else None

    def show_problem(self, error: ShopError) -> None:
        """Every problem of the error at once: bad fields framed, all messages listed."""
        self.marker.show(error)

    def mark_required(self, *fields: str) -> None:
        """An asterisk on the labels of these fields (the form's '<widget>_label' labels)."""
        for key in fields:
            widget = self._field_widget(key)
            label = self.form.findChild(QLabel, f"{widget.objectName()}_label") if widget is not None else None
            if label is not None:
                mark_required(label)

    def accept(self) -> None:
        self.marker.clear()
        try:
            self.save()
        except ShopError as error:
            self.show_problem(error)
            return
        super().accept()

    def reload_form(self) -> None:
        """Load the form again (after the language changed); the caller fills it again."""
        old = self.scroll.takeWidget()
        self.form = load_form(self.form_name, self)
        self.scroll.setWidget(self.form)
        old.deleteLater()
        self.message = self.form.findChild(QLabel, "message")
        if self.message is not None:
            self.message.hide()
