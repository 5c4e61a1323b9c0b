"""What the window says when the database cannot be used: the file is missing (a network
drive not connected) — look for it, try again, or make a new shop only when asked; or the
file is damaged — restore the last good backup (with the owner's password, checked against
the backup: the damaged database cannot say who the owner is)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from shopmanager.core.errors import DatabaseDamaged, DatabaseMissing, ShopError
from shopmanager.core.i18n import tr
from shopmanager.services import backup, restore
from shopmanager.ui import messages


def ask_missing(parent: QWidget | None, problem: DatabaseMissing) -> tuple[str, str | None]:
    """("retry" | "find" | "create" | "quit", the file found)."""
    text = tr("Database", "There is no shop database at\n{path}\n\nIf it lives on a network drive or a USB disk, "
                          "connect it and try again. ShopManager makes a new, empty shop only if you ask for it.").format(
        path=problem.path)
    choice = messages.ask_buttons(parent, text, [
        ("retry", tr("Database", "Try again")), ("find", tr("Database", "Find the file…")),
        ("create", tr("Database", "Create a new shop here")), ("quit", tr("Database", "Quit"))],
        title=tr("Database", "The database is missing"))
    if choice == "find":
        folder = str(problem.path.parent if problem.path and problem.path.parent.exists() else Path.home())
        found = messages.choose_open_file(parent, tr("Database", "Find the shop's database"),
                                          tr("Database", "ShopManager database (*.sqlite3 *.db);;All files (*)"), folder)
        return ("find", found) if found else ("retry", None)
    if choice == "create" and not messages.confirm(
            parent, tr("Database", "Create a new, empty shop at\n{path}?\n\nDo this only for a new shop: if the shop's "
                                   "data is on a drive that is not connected, connect it instead.").format(
                path=problem.path), title=tr("Database", "Create a new shop"),
            yes_text=tr("Database", "Create a new shop"), destructive=True):
        return "retry", None
    return choice or "quit", None


class DamagedDatabaseDialog(QDialog):
    """Restore the last good backup (named with its time) over a damaged database file."""

    def __init__(self, parent: QWidget | None, problem: DatabaseDamaged):
        super().__init__(parent)
        self.setWindowTitle(tr("Database", "The database is damaged"))
        self.setObjectName("damaged_database")
        self.problem = problem
        self.path = Path(problem.path)
        self.result_value = None  # (CheckedBackup, aside path, username) once restored
        try:
            self.backups = restore.backups_for(self.path)
        except OSError:
            self.backups = []
        self.chosen: Path | None = self.backups[0].path if self.backups else None

        heading = QLabel(tr("Database", "The database is damaged"), self)
        heading.setStyleSheet("font-size: 13pt; font-weight: bold; color: #c62828;")
        intro = QLabel(tr("Database", "ShopManager cannot use the database\n{path}\nbecause it is damaged ({reason}). "
                                      "It was not changed.").format(path=self.path, reason=problem.reason), self)
        intro.setWordWrap(True)
        self.backup_label = QLabel(self)
        self.backup_label.setObjectName("backup")
        self.backup_label.setWordWrap(True)
        self.backup_label.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_label.setStyleSheet("background: #fffde7; border: 1px solid #e0d890; border-radius: 4px; "
                                        "padding: 8px;")
        self.username = QLineEdit(self)
        self.username.setObjectName("username")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(tr("Database", "Owner's user name"), self.username)
        form.addRow(tr("Database", "Password"), self.password)
        self.message = QLabel(self)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()

        buttons = QDialogButtonBox(self)
        self.restore_button = buttons.addButton(tr("Database", "Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restore")
        self.restore_button.setDefault(True)
        self.choose_button = QPushButton(tr("Database", "Choose another backup…"), self)
        self.choose_button.setObjectName("choose")
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        quit_button = buttons.addButton(tr("Database", "Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quit")
        self.restore_button.clicked.connect(self.restore)
        self.choose_button.clicked.connect(self.choose)
        quit_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.backup_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self._describe()
        self.username.setFocus()

    def _describe(self) -> None:
        info = next((b for b in self.backups if b.path == self.chosen), None)
        if self.chosen is None:
            self.backup_label.setText(tr("Database", "No backup of this shop was found beside it. Choose a backup "
                                                     "file (from the backup disk, USB drive or NAS)."))
            self.restore_button.setEnabled(False)
            return
        self.restore_button.setEnabled(True)
        if info is not None:
            when = info.created_at.strftime("%Y-%m-%d %H:%M")
            text = tr("Database", "Restore the last good backup, made {when} ({age}): {rows} rows, in\n{path}").format(
                when=when, age=backup.age_text(info.created_at), rows=f"{info.total_rows:,}", path=info.path)
            self.restore_button.setText(tr("Database", "Restore the backup of {when}").format(when=when))
        else:
            text = tr("Database", "Restore the backup\n{path}").format(path=self.chosen)
            self.restore_button.setText(tr("Database", "Restore this backup"))
        text += "\n\n" + tr("Database", "The damaged file is moved aside, not deleted. What was entered after the "
                                        "backup must be entered again. Only the owner may do this.")
        self.backup_label.setText(text)

    def choose(self) -> None:
        folder = str(self.chosen.parent if self.chosen else self.path.parent)
        found = messages.choose_open_file(self, tr("Backup", "Choose a backup"),
                                          tr("Backup", "ShopManager backups (*.sqlite3 *.dump);;All files (*)"), folder)
        if found:
            self.chosen = Path(found)
            self._describe()

    def restore(self) -> None:
        if self.chosen is None:
            return
        from shopmanager.ui.tasks import runner

        username, password = self.username.text().strip(), self.password.text()
        self.restore_button.setEnabled(False)

        def done(result) -> None:
            checked, aside = result
            self.result_value = (checked, aside, username)
            self.accept()

        def failed(error: BaseException) -> None:
            self.restore_button.setEnabled(True)
            self.password.clear()
            if isinstance(error, ShopError):
                self.message.setText(str(error))
                self.message.show()
            else:
                from shopmanager.ui.tasks import show_error

                show_error(self, error)

        chosen = self.chosen
        runner().run(lambda progress: restore.restore_damaged(self.path, chosen, username, password, progress),
                     parent=self, title=tr("Backup", "Restoring…"), on_success=done, on_error=failed,
                     cancellable=False)
