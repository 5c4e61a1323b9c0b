"""The users page tells the truth about a password reset: refused means no "was reset"."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QTableWidget

from shopmanager.core.permissions import Role
from shopmanager.db.models import User
from tests.ui.test_foundation_ui import make_window


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_refused_password_reset_is_reported_as_refused_not_as_done(qtbot, sqlite_db, sqlite_shop, dialogs, language):
    from shopmanager.ui.i18n import apply_language

    apply_language(language)
    window = make_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    page = window.show_page("users")
    accounts = page.findChild(QTableWidget, "accounts")
    names = [accounts.item(r, 0).text() for r in range(accounts.rowCount())]
    accounts.selectRow(names.index("shipping"))
    before = User.get(User.username == "shipping").password_hash

    dialogs.answer("123")  # too weak: the service refuses it
    page.findChild(QPushButton, "reset_password").click()
    refused = {"en": "at least", "zh_CN": "至少"}[language]
    assert dialogs.shown[-1][0] == "error" and refused in dialogs.last
    assert not any(kind == "info" for kind, _text in dialogs.shown)
    assert User.get(User.username == "shipping").password_hash == before

    dialogs.answer("Temp-pass-2026")
    page.findChild(QPushButton, "reset_password").click()
    done = {"en": "The password of shipping was reset.", "zh_CN": "shipping"}[language]
    assert dialogs.shown[-1][0] == "info" and done in dialogs.last
    assert User.get(User.username == "shipping").password_hash != before
