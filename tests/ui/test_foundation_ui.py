"""The foundation screens as a user meets them: first run, login, navigation, accounts, settings."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget

from shopmanager.core.permissions import Role
from shopmanager.db.models import AuditLog, User
from shopmanager.services import auth, settings
from shopmanager.ui.context import AppContext
from shopmanager.ui.forms import child
from shopmanager.ui.login import ChangePasswordDialog, FirstRunDialog, LoginDialog
from shopmanager.ui.main_window import MainWindow


def make_window(qtbot, actor, db) -> MainWindow:
    from shopmanager.db.database import parse_url

    window = MainWindow(AppContext(actor, parse_url(db.url)))
    qtbot.addWidget(window)
    window.show()
    return window


def test_first_run_wizard_creates_the_shop_and_switches_language(qtbot, sqlite_db):
    languages = []
    dialog = FirstRunDialog(None, on_language=lambda lang: languages.append(lang))
    qtbot.addWidget(dialog)
    dialog.w(QLineEdit, "shop_name").setText("小象优选")
    combo = dialog.w(QComboBox, "language")
    combo.setCurrentIndex(combo.findData("zh_CN"))
    assert languages == ["zh_CN"]
    assert dialog.w(QLineEdit, "shop_name").text() == "小象优选"  # kept across the reload
    dialog.w(QLineEdit, "owner_name").setText("王建国")
    dialog.w(QLineEdit, "username").setText("boss")
    dialog.w(QLineEdit, "password").setText("Shop-pass-2026")
    dialog.w(QLineEdit, "repeat_password").setText("Shop-pass-2027")
    dialog.accept()
    assert dialog.isVisible() is False or dialog.result() == 0
    assert "differ" in dialog.message.text() and not auth.is_initialized()
    dialog.w(QLineEdit, "repeat_password").setText("Shop-pass-2026")
    dialog.accept()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert dialog.actor.role == Role.OWNER
    assert settings.get("ui.language") == "zh_CN" and settings.get("shop.name") == "小象优选"


def test_first_run_names_the_bad_field(qtbot, sqlite_db):
    dialog = FirstRunDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.w(QLineEdit, "shop_name").setText("店")
    dialog.w(QLineEdit, "owner_name").setText("王")
    dialog.w(QLineEdit, "username").setText("boss")
    dialog.w(QLineEdit, "password").setText("123")
    dialog.w(QLineEdit, "repeat_password").setText("123")
    dialog.accept()
    assert "at least 8 characters" in dialog.message.text()
    assert dialog.focusWidget() is dialog.w(QLineEdit, "password")
    assert User.select().count() == 0


def test_login_dialog_logs_in_and_counts_down_after_failures(qtbot, sqlite_shop):
    settings.store("shop.is_demo", True)
    dialog = LoginDialog(None, "/tmp/shop.sqlite3")
    qtbot.addWidget(dialog)
    assert "every account has the password" in dialog.w(QLabel, "demo_hint").text()
    dialog.w(QLineEdit, "username").setText("customer_service")
    for _ in range(auth.FREE_ATTEMPTS):
        dialog.w(QLineEdit, "password").setText("wrong")
        dialog.accept()
    assert "Wait" in dialog.message.text()
    assert not dialog.buttons.buttons()[0].isEnabled() or not dialog.buttons.button(
        dialog.buttons.StandardButton.Ok).isEnabled()
    assert dialog.actor is None


def test_login_remembers_the_last_user(qtbot, sqlite_shop):
    first = LoginDialog(None, "x")
    qtbot.addWidget(first)
    first.w(QLineEdit, "username").setText("owner")
    first.w(QLineEdit, "password").setText("demo-pass-1")
    first.accept()
    assert first.actor.username == "owner"
    second = LoginDialog(None, "x")
    qtbot.addWidget(second)
    assert second.w(QLineEdit, "username").text() == "owner"


def test_navigation_shows_only_what_the_role_may_open(qtbot, sqlite_db, sqlite_shop):
    owner_window = make_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    owner_keys = [e.key for e in owner_window.entries]
    assert {"users", "audit", "settings"} <= set(owner_keys)
    supervisor_window = make_window(qtbot, sqlite_shop[Role.SUPERVISOR], sqlite_db)
    keys = [e.key for e in supervisor_window.entries]
    assert "audit" not in keys and "settings" not in keys and "users" in keys
    assert "Supervisor" in supervisor_window.user_label.text()
    assert sqlite_db.url.split("://")[1] in supervisor_window.db_label.text()


def test_owner_creates_an_account_from_the_users_page(qtbot, sqlite_db, sqlite_shop, dialogs):
    from shopmanager.ui.pages.users import UserDialog

    window = make_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    page = window.show_page("users")
    accounts = page.findChild(QTableWidget, "accounts")
    before = accounts.rowCount()
    dialog = UserDialog(page, sqlite_shop[Role.OWNER])
    qtbot.addWidget(dialog)
    dialog.w(QLineEdit, "username").setText("xiaomei")
    dialog.w(QLineEdit, "password").setText("Temp-pass-22")
    role = dialog.w(QComboBox, "role")
    role.setCurrentIndex(role.findData(Role.SHIPPING))
    dialog.accept()
    assert dialog.result() == UserDialog.DialogCode.Accepted
    page.reload()
    assert accounts.rowCount() == before + 1
    names = [accounts.item(r, 0).text() for r in range(accounts.rowCount())]
    assert "xiaomei" in names
    # disable it: the page asks first (destructive), then the account can no longer log in
    row = names.index("xiaomei")
    accounts.selectRow(row)
    dialogs.answer(True)
    page.findChild(QPushButton, "toggle_active").click()
    assert "Disable the account xiaomei" in dialogs.texts("confirm")[-1]
    assert not User.get(User.username == "xiaomei").active


def test_permission_table_is_visible_to_the_owner(qtbot, sqlite_db, sqlite_shop):
    window = make_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    page = window.show_page("users")
    table = page.findChild(QTableWidget, "permissions")
    assert table.rowCount() > 10
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert "Shipping clerk" in headers
    ship_row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Ship orders")
    assert table.item(ship_row, headers.index("Shipping clerk")).text() == "✓"
    assert table.item(ship_row, headers.index("Warehouse")).text() == ""


def test_settings_page_saves_to_the_database_and_refuses_nothing_silently(qtbot, sqlite_db, sqlite_shop, dialogs):
    window = make_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    page = window.show_page("settings")
    threshold = page.findChild(QSpinBox, "inventory.low_stock_threshold")
    assert threshold.value() == 10
    threshold.setValue(6)
    page.findChild(QLineEdit, "shop.name").setText("")
    page.findChild(QPushButton, "save").click()
    assert "Shop name" in dialogs.texts("error")[-1]
    assert settings.get("inventory.low_stock_threshold") == 10  # nothing half-saved
    page.findChild(QLineEdit, "shop.name").setText("新店名")
    page.findChild(QPushButton, "save").click()
    assert dialogs.last == "Settings saved."
    assert settings.get("inventory.low_stock_threshold") == 6 and settings.get("shop.name") == "新店名"


def test_audit_page_lists_changes_with_filters(qtbot, sqlite_db, sqlite_shop):
    from shopmanager.services import users

    owner = sqlite_shop[Role.OWNER]
    users.create_user(owner, username="audited", password="Audit-pass-1", role=Role.SALES)
    window = make_window(qtbot, owner, sqlite_db)
    page = window.show_page("audit")
    texts = [page.model.index(r, 5).data() for r in range(page.model.rowCount())]
    assert page.model.rowCount() >= 1
    changes = [page.model.index(r, 6).data() for r in range(page.model.rowCount())]
    assert any("audited" in c for c in changes)
    entity = page.entity_filter
    entity.setCurrentIndex(entity.findData("user"))
    records = {page.model.index(r, 3).data() for r in range(page.model.rowCount())}
    assert records == {"User account"}
    page.search.setText("no-such-change")
    page.apply_search()
    assert page.model.rowCount() == 0 and page.count_label.text() == "0 rows"
    assert len(texts) == AuditLog.select().count()


def test_language_switch_rebuilds_the_window_in_chinese(qtbot, sqlite_db, sqlite_shop):
    from shopmanager.ui.i18n import apply_language

    apply_language("zh_CN")
    window = make_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    titles = [window.nav.item(r).text() for r in range(window.nav.count())]
    assert "设置" in titles
    assert window.menuBar().actions()[0].text().startswith("文件")


def test_change_password_dialog_checks_repeat_and_strength(qtbot, sqlite_shop):
    actor = sqlite_shop[Role.SALES]
    dialog = ChangePasswordDialog(None, actor)
    qtbot.addWidget(dialog)
    dialog.w(QLineEdit, "old_password").setText("demo-pass-1")
    dialog.w(QLineEdit, "new_password").setText("New-pass-123")
    dialog.w(QLineEdit, "repeat_password").setText("New-pass-124")
    dialog.accept()
    assert "differ" in dialog.message.text()
    dialog.w(QLineEdit, "repeat_password").setText("New-pass-123")
    dialog.accept()
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    assert auth.login("sales", "New-pass-123").username == "sales"
    assert child(dialog.form, QLabel, "reason").isHidden()
    assert Qt and QTimer
