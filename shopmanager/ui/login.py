"""Login, first-run setup and password change dialogs."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from shopmanager.core.errors import LoginFailed, ValidationError
from shopmanager.core.i18n import SUPPORTED_LANGUAGES, current_language, tr
from shopmanager.core.permissions import role_label
from shopmanager.services import auth, settings
from shopmanager.services.context import Actor
from shopmanager.ui.dialogs import FormDialog
from shopmanager.ui.state import UiState


class LoginDialog(FormDialog):
    form_name = "login"

    def __init__(self, parent: QWidget | None, database_display: str):
        super().__init__(parent, tr("Login", "Log in — ShopManager"))
        self.actor: Actor | None = None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Login", "Log in"))
        self.w(QLabel, "shop_name").setText(settings.get("shop.name") or "ShopManager")
        self.w(QLabel, "database").setText(tr("Login", "Database: {db}").format(db=database_display))
        hint = self.w(QLabel, "demo_hint")
        if settings.get("shop.is_demo"):
            self._show_demo_accounts(hint)
        else:
            hint.hide()
        self.state = UiState()
        username = self.w(QLineEdit, "username")
        username.setText(self.state.last_username())
        (self.w(QLineEdit, "password") if username.text() else username).setFocus()
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._wait = 0

    def _show_demo_accounts(self, hint: QLabel) -> None:
        """The demo accounts in three columns; clicking one fills in its name and password."""
        from shopmanager.services.demo import DEMO_PASSWORD, demo_accounts

        cells = [f"<td><a href=\"{escape(name)}\">{escape(name)}</a> {escape(role_label(role))}&nbsp;&nbsp;</td>"
                 for name, role in demo_accounts()]
        rows = "".join(f"<tr>{''.join(cells[i:i + 3])}</tr>" for i in range(0, len(cells), 3))
        intro = tr("Login", "Demo shop — every account has the password \"{password}\". Click one to fill it in:")
        hint.setTextFormat(Qt.TextFormat.RichText)
        hint.setText(f"{escape(intro.format(password=DEMO_PASSWORD))}<table>{rows}</table>")
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        hint.linkActivated.connect(lambda name: self.use_demo_account(name, DEMO_PASSWORD))

    def use_demo_account(self, username: str, password: str) -> None:
        self.w(QLineEdit, "username").setText(username)
        self.w(QLineEdit, "password").setText(password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus()

    def save(self) -> None:
        username = self.w(QLineEdit, "username").text()
        password = self.w(QLineEdit, "password").text()
        try:
            self.actor = auth.login(username, password)
        except LoginFailed as error:
            self.w(QLineEdit, "password").clear()
            if error.retry_after:
                self._wait = int(error.retry_after) + 1
                self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
                self._countdown.start()
            raise
        self.state.set_last_username(self.actor.username)

    def _tick(self) -> None:
        self._wait -= 1
        if self._wait <= 0:
            self._countdown.stop()
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
            self.message.setText(tr("Login", "You may try again."))
        else:
            self.message.setText(tr("Login", "Too many wrong passwords. Try again in {seconds} seconds.").format(
                seconds=self._wait))


class ChangePasswordDialog(FormDialog):
    form_name = "change_password"
    field_widgets = {"old_password": "old_password", "password": "new_password"}

    def __init__(self, parent: QWidget | None, actor: Actor, reason: str = ""):
        super().__init__(parent, tr("Login", "Change password"))
        self.actor = actor
        label = self.w(QLabel, "reason")
        label.setText(reason)
        label.setVisible(bool(reason))

    def save(self) -> None:
        new = self.w(QLineEdit, "new_password").text()
        if new != self.w(QLineEdit, "repeat_password").text():
            raise ValidationError(tr("Login", "The two new passwords differ."), field="repeat_password")
        auth.change_password(self.actor, self.w(QLineEdit, "old_password").text(), new)


class FirstRunDialog(FormDialog):
    """The first-run wizard: language, shop name, owner account — one step, all required."""

    form_name = "first_run"
    field_widgets = {"username": "username", "password": "password", "shop.name": "shop_name",
                     "owner_name": "owner_name"}

    def __init__(self, parent: QWidget | None, on_language=None):
        super().__init__(parent, tr("Login", "Set up your shop"))
        self.actor: Actor | None = None
        self._on_language = on_language
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Login", "Create shop"))
        self._fill_languages()

    def _fill_languages(self, selected: str | None = None) -> None:
        combo = self.w(QComboBox, "language")
        combo.blockSignals(True)
        combo.clear()
        for code, name in SUPPORTED_LANGUAGES.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(selected or current_language())))
        combo.blockSignals(False)
        combo.currentIndexChanged.connect(self._language_changed)

    def _language_changed(self) -> None:
        """Switch language at once: reload the form in the new language, keeping what was typed."""
        language = self.w(QComboBox, "language").currentData()
        values = {name: self.w(QLineEdit, name).text()
                  for name in ("shop_name", "owner_name", "username", "password", "repeat_password")}
        if self._on_language:
            self._on_language(language)
        self.reload_form()
        for name, text in values.items():
            self.w(QLineEdit, name).setText(text)
        self._fill_languages(language)
        self.setWindowTitle(tr("Login", "Set up your shop"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Login", "Create shop"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Messages", "Cancel"))

    def save(self) -> None:
        password = self.w(QLineEdit, "password").text()
        if password != self.w(QLineEdit, "repeat_password").text():
            raise ValidationError(tr("Login", "The two passwords differ."), field="repeat_password")
        self.actor = auth.initialize_shop(
            shop_name=self.w(QLineEdit, "shop_name").text(), owner_username=self.w(QLineEdit, "username").text(),
            owner_password=password, owner_name=self.w(QLineEdit, "owner_name").text(),
            language=self.w(QComboBox, "language").currentData())
