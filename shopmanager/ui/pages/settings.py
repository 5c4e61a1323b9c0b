"""Settings: the shop profile and the business defaults of domain.md, stored in the
database so every PC of the shop uses the same thresholds and cut-off."""
from __future__ import annotations

from PySide6.QtCore import QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QScrollArea,
    QSpinBox, QTimeEdit, QVBoxLayout, QWidget,
)

from shopmanager.core.errors import ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm
from shopmanager.core.settings import DEFINITIONS, SettingDef
from shopmanager.services import settings
from shopmanager.ui import messages


class SettingsPage(QWidget):
    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.editors: dict[str, QWidget] = {}
        values = settings.get_all()
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        groups: dict[str, QFormLayout] = {}
        for definition in DEFINITIONS:
            if not definition.visible:
                continue
            group_name = definition.group()
            if group_name not in groups:
                box = QGroupBox(group_name, body)
                groups[group_name] = QFormLayout(box)
                body_layout.addWidget(box)
            editor = self._editor(definition, values[definition.key])
            editor.setObjectName(definition.key)
            if definition.kind in ("int", "time", "choice"):
                editor.setMaximumWidth(160)
            self.editors[definition.key] = editor
            groups[group_name].addRow(definition.label(), editor)
        if context.actor.can(Perm.BACKUP_RUN):
            from shopmanager.ui.pages.backups import BackupPanel

            self.backups = BackupPanel(context, values, body)
            body_layout.addWidget(self.backups)
            self.editors.update(self.backups.editors)  # saved with the other settings
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.save_button = QPushButton(tr("Settings", "Save settings"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        note = QLabel(tr("Settings", "These settings are shared by every PC of the shop."), self)
        note.setStyleSheet("color: #666;")
        bottom = QHBoxLayout()
        bottom.addWidget(note)
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    def _editor(self, definition: SettingDef, value) -> QWidget:
        if definition.kind == "int":
            spin = QSpinBox(self)
            spin.setRange(definition.minimum or 0, definition.maximum or 1_000_000)
            spin.setValue(int(value))
            return spin
        if definition.kind == "time":
            edit = QTimeEdit(self)
            edit.setDisplayFormat("HH:mm")
            edit.setTime(QTime.fromString(value, "HH:mm"))
            return edit
        if definition.kind == "choice":
            combo = QComboBox(self)
            for code, label in definition.choices().items():
                combo.addItem(label, code)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if definition.kind == "bool":
            box = QCheckBox(self)
            box.setChecked(bool(value))
            return box
        line = QLineEdit(str(value), self)
        if definition.maximum:
            line.setMaxLength(definition.maximum)
        return line

    def _value(self, editor: QWidget):
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QTimeEdit):
            return editor.time().toString("HH:mm")
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        return editor.text()

    def save(self) -> None:
        before = settings.get_all()
        values = {key: self._value(editor) for key, editor in self.editors.items()}
        changed = {key: value for key, value in values.items() if before.get(key) != value}
        if not changed:
            messages.info(self, tr("Settings", "Nothing changed."))
            return
        try:
            settings.update(self.context.actor, changed)
        except ShopError as error:
            messages.error(self, str(error))
            if error.field in self.editors:
                self.editors[error.field].setFocus()
            return
        self.context.changed("settings")
        messages.info(self, tr("Settings", "Settings saved."))
        if "ui.language" in changed:
            self.context.language_changed.emit(changed["ui.language"])
