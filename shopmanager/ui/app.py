"""Starting the desktop program: database, language, first run or login, main window."""
from __future__ import annotations

import logging
import os
import sys
import traceback

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog

from shopmanager import APP_NAME, ORG_NAME
from shopmanager.core.errors import DatabaseDamaged, DatabaseMissing, DatabaseProblem, LoginFailed, ShopError
from shopmanager.core.i18n import system_language, tr
from shopmanager.db.database import DatabaseUrl
from shopmanager.logs import setup_logging
from shopmanager.core.paths import font_file
from shopmanager.ui import messages
from shopmanager.ui.i18n import apply_language

log = logging.getLogger(__name__)
_controller = None  # the running application's controller: the error hook hands it a damaged database


def register_font(app: QApplication) -> None:
    """The bundled CJK font backs every widget, so Chinese never shows as boxes."""
    font_id = QFontDatabase.addApplicationFont(str(font_file()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(app.font())
        font.setFamilies([app.font().family(), families[0]])
        app.setFont(font)


def install_excepthook() -> None:
    """An unexpected error: logged with its traceback, and told to the user in one dialog."""

    def hook(kind, value, trace):
        text = "".join(traceback.format_exception(kind, value, trace))
        log.error("Unhandled exception:\n%s", text)
        if not isinstance(value, ShopError):
            from shopmanager.db.database import explain_error

            value = explain_error(value) or value  # a full disk, a damaged or busy database: said plainly
        if isinstance(value, DatabaseDamaged) and _controller is not None:
            _controller.database_damaged(value)
            return
        if isinstance(value, ShopError):
            messages.error(None, str(value))
            return
        messages.error(None, tr("Main", "An unexpected error occurred. Your saved data is safe; the last "
                                "action may not have been completed. Details were written to {path}.").format(
                                    path=setup_logging()), details=text)

    sys.excepthook = hook


class AppController(QObject):
    """Runs the sequence: open database → first run or login → main window; and log out."""

    def __init__(self, app: QApplication, *, db_url: str | None, language: str | None, user: str | None,
                 database: DatabaseUrl | None = None, exit_backup: bool = False):
        super().__init__(app)
        global _controller
        _controller = self
        self.exit_backup = exit_backup  # back up when the last window closes (the real program, not tests)
        self.auto_user = user
        self.opened = database
        self.app = app
        self.db_url = db_url
        self.language_override = language
        self.database: DatabaseUrl | None = database
        self.window = None

    def open_database(self) -> bool:
        """Open (and upgrade) the database. A missing file is reported — look for it, try again, or
        create a new shop only when asked (or at the very first start, in the default place); a
        damaged one leads to restoring the last good backup."""
        from shopmanager.db.bootstrap import may_create, open_and_migrate, resolve_url
        from shopmanager.ui.database_dialogs import ask_missing

        url = resolve_url(self.db_url)
        create = may_create(self.db_url)
        while True:
            try:
                self.database = open_and_migrate(url, create=create)
                return True
            except DatabaseMissing as missing:
                choice, found = ask_missing(None, missing)
                if choice == "find" and found:
                    from shopmanager.db.database import sqlite_url

                    url = sqlite_url(found)
                elif choice == "create":
                    create = True
                elif choice != "retry":
                    return False
            except DatabaseDamaged as damaged:
                if not self.restore_damaged(damaged, url):
                    return False
                return True
            except DatabaseProblem as problem:
                messages.error(None, str(problem), title=tr("Main", "Cannot open the database"))
                return False

    def restore_damaged(self, problem: DatabaseDamaged, url: str) -> bool:
        """The damaged-file dialog; after a restore the database is opened and the restore recorded."""
        from shopmanager.db.bootstrap import open_and_migrate
        from shopmanager.db.database import close_database
        from shopmanager.services import restore
        from shopmanager.ui.database_dialogs import DamagedDatabaseDialog

        if problem.path is None:
            messages.error(None, str(problem), title=tr("Main", "Cannot open the database"))
            return False
        close_database()
        dialog = DamagedDatabaseDialog(None, problem)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_value is None:
            return False
        checked, aside, username = dialog.result_value
        try:
            self.database = open_and_migrate(url)
            restore.record_restore(username, checked)
        except ShopError as error:
            messages.error(None, str(error), title=tr("Main", "Cannot open the database"))
            return False
        messages.info(None, tr("Main", "The backup of {when} was restored. The damaged file was kept as\n{aside}")
                      .format(when=checked.created_at.strftime("%Y-%m-%d %H:%M"), aside=aside))
        return True

    def database_damaged(self, problem: DatabaseDamaged) -> None:
        """Damage met while working: stop, offer the restore, then the login again (or quit)."""
        from shopmanager.db.bootstrap import resolve_url

        if getattr(self, "_recovering", False):
            return
        self._recovering = True
        try:
            messages.error(self.window, str(problem), title=tr("Database", "The database is damaged"))
            old, self.window = self.window, None
            self.app.setQuitOnLastWindowClosed(False)
            if old is not None:
                old.safety.exit_backup = False
                old.close()
                old.deleteLater()
            url = resolve_url(self.db_url)
            if not self.restore_damaged(problem, url):
                self.app.quit()
                return
            actor = self.login()
            if actor is None or not self.show_main(actor):
                self.app.quit()
        finally:
            self._recovering = False
            self.app.setQuitOnLastWindowClosed(True)

    def shop_language(self) -> str:
        from shopmanager.services import settings

        return self.language_override or os.environ.get("SHOPMANAGER_LANG") or settings.get("ui.language")

    def language_for(self, actor) -> str:
        """The language a user works in: --lang, else their own choice, else the shop's."""
        return self.language_override or actor.language or self.shop_language()

    def start(self) -> bool:
        if self.opened is None and not self.open_database():
            return False
        from shopmanager.services import auth

        if auth.is_initialized():
            apply_language(self.shop_language())
            actor = self.login()
        else:
            actor = self.first_run()
        if actor is None:
            return False
        return self.show_main(actor)

    def first_run(self):
        from shopmanager.ui.login import FirstRunDialog

        dialog = FirstRunDialog(None, on_language=apply_language)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.actor

    def login(self):
        from shopmanager.services import auth

        password = os.environ.get("SHOPMANAGER_PASSWORD")
        if self.auto_user and password is not None:  # --user: a PC that logs one account in
            user, self.auto_user = self.auto_user, None
            try:
                return auth.login(user, password)
            except LoginFailed as error:
                messages.error(None, str(error))
        from shopmanager.ui.login import LoginDialog

        dialog = LoginDialog(None, self.database.display())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.actor

    def show_main(self, actor, page_key: str | None = None, *, check_password: bool = True) -> bool:
        from shopmanager.services import auth
        from shopmanager.ui.context import AppContext
        from shopmanager.ui.main_window import MainWindow

        apply_language(self.language_for(actor))
        if check_password and auth.password_change_due(actor):
            from shopmanager.ui.login import ChangePasswordDialog

            dialog = ChangePasswordDialog(None, actor, tr("Main", "Please choose a new password before you start "
                                                          "(a temporary or old password must be changed)."))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        context = AppContext(actor, self.database, self)
        context.language_changed.connect(self.switch_language)
        self.window = MainWindow(context)
        self.window.controller = self
        self.window.safety.exit_backup = self.exit_backup
        self.window.logout_requested.connect(self.logout)
        self.window.first_painted.connect(lambda: QTimer.singleShot(0, setup_logging))  # after the paint
        if page_key:
            self.window.show_page(page_key)
        self.window.show()
        exit_after = os.environ.get("SHOPMANAGER_EXIT_AFTER_SHOWN")  # the cold-start benchmark
        if exit_after in ("1", "page"):  # print when the window is painted (or its first page filled), quit
            signal = self.window.first_painted if exit_after == "1" else self.window.first_page_ready
            signal.connect(self._report_shown)
        return True

    def _report_shown(self) -> None:
        import time

        print(f"SHOWN {time.time():.6f}", flush=True)
        QTimer.singleShot(0, self.app.quit)

    def switch_language(self, language: str) -> None:
        """Rebuild the main window in the new language — the user's own if they chose one
        (context.actor), else the shop's (Settings) — on the same page, at the same place."""
        self.language_override = None  # chosen in the window: --lang no longer holds
        apply_language(language)
        self.app.setQuitOnLastWindowClosed(False)
        old = self.window
        old.remember_geometry()
        key = next((k for k, page in old.pages.items() if page is old.current_page()), None)
        self.show_main(old.context.actor, key, check_password=False)
        old.safety.exit_backup = False  # the program goes on: no closing backup
        old.close()
        old.deleteLater()
        self.app.setQuitOnLastWindowClosed(True)

    def logout(self) -> None:
        old = self.window
        self.window = None
        self.app.setQuitOnLastWindowClosed(False)  # the login dialog comes next
        try:
            old.safety.exit_backup = False  # the program goes on: no closing backup
            old.close()
            old.deleteLater()
            apply_language(self.shop_language())  # the login is in the shop's language
            actor = self.login()
            if actor is None or not self.show_main(actor):
                self.app.quit()
        finally:
            self.app.setQuitOnLastWindowClosed(True)


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setQuitOnLastWindowClosed(True)
    register_font(app)
    return app


def run_gui(db_url: str | None = None, language: str | None = None, user: str | None = None,
            database: DatabaseUrl | None = None) -> int:
    app = make_application()
    install_excepthook()
    # The log file opens once the main window is painted (see show_main), or a second after
    # the start while a login dialog waits; an error opens it at once.
    QTimer.singleShot(1000, setup_logging)
    apply_language(language or os.environ.get("SHOPMANAGER_LANG") or system_language())
    controller = AppController(app, db_url=db_url, language=language, user=user, database=database,
                               exit_backup=True)
    try:
        started = controller.start()
    except Exception as error:  # noqa: BLE001 - the last resort at start: a message, not a traceback
        sys.excepthook(type(error), error, error.__traceback__)
        return 1
    if not started:
        return 1
    code = app.exec()
    from shopmanager.ui.tasks import reset_runner

    reset_runner()
    return code
