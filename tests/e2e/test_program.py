"""The real program, end to end: CLI-made demo shop → start → login → every page → log out."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from shopmanager.cli import main as cli_main
from shopmanager.db.database import sqlite_url
from shopmanager.ui.app import AppController
from shopmanager.ui.login import LoginDialog


def make_demo(tmp_path) -> str:
    url = sqlite_url(tmp_path / "demo.sqlite3")
    assert cli_main(["--db", url, "demo", "--products", "60", "--customers", "40", "--orders", "120"]) == 0
    from shopmanager.db.database import close_database

    close_database()
    return url


def answer_login(username: str, password: str) -> None:
    """Fill the login dialog once it is shown (it runs its own modal loop)."""

    def fill():
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()),
                      None)
        if dialog is None:
            QTimer.singleShot(20, fill)
            return
        dialog.w(QLineEdit, "username").setText(username)
        dialog.w(QLineEdit, "password").setText(password)
        dialog.accept()

    QTimer.singleShot(0, fill)


def test_demo_shop_opens_in_the_real_main_window(qtbot, tmp_path, dialogs):
    url = make_demo(tmp_path)
    controller = AppController(QApplication.instance(), db_url=url, language="en", user=None)
    answer_login("owner", "demo")
    assert controller.start()
    window = controller.window
    try:
        assert window.isVisible()
        assert "小象优选旗舰店" in window.windowTitle()
        assert "王建国" in window.user_label.text()
        for entry in window.entries:
            page = window.show_page(entry.key)
            assert page is not None and window.current_page() is page
        # log out and in again as the shipping clerk: a different set of pages
        answer_login("shipping", "demo")
        window.logout()
        window = controller.window
        keys = [e.key for e in window.entries]
        assert "settings" not in keys and "audit" not in keys
        assert "陈强" in window.user_label.text()
    finally:
        if controller.window:
            controller.window.close()
    assert dialogs.texts("error") == []


def test_unreachable_database_is_a_message_not_a_crash(qtbot, dialogs):
    controller = AppController(QApplication.instance(), db_url="postgresql://shop@127.0.0.1:9/shop",
                               language="en", user=None)
    assert controller.start() is False
    assert "Cannot reach the PostgreSQL server" in dialogs.texts("error")[0]
