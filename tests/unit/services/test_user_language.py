"""Each user's own language: kept with the account (any PC), applied at login."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from shopmanager.core.errors import ValidationError
from shopmanager.core.permissions import Role
from shopmanager.db.models import AuditLog, User
from shopmanager.services import auth, users

FIXTURES = Path(__file__).parents[2] / "fixtures"


def test_a_clerk_chooses_english_while_the_shop_stays_chinese(shop):
    clerk = shop[Role.CUSTOMER_SERVICE]
    assert clerk.language == ""  # the shop's language until chosen
    chosen = users.set_own_language(clerk, "en")
    assert chosen.language == "en"
    assert auth.login("customer_service", "demo-pass-1").language == "en"
    assert auth.login("owner", "demo-pass-1").language == ""  # the others keep the shop's
    entry = AuditLog.select().where(AuditLog.action == "update", AuditLog.entity == "user").get()
    assert entry.username == "customer_service" and "en" in entry.changes
    users.set_own_language(chosen, "")
    assert auth.login("customer_service", "demo-pass-1").language == ""


def test_an_unknown_language_is_refused_and_nothing_changes(shop):
    clerk = shop[Role.SHIPPING]
    with pytest.raises(ValidationError, match="Unknown language 'fr'"):
        users.set_own_language(clerk, "fr")
    assert User.get(User.username == "shipping").language == ""


def test_a_first_release_shop_gets_the_language_column_empty_for_everyone(tmp_path):
    from shopmanager.db.bootstrap import open_and_migrate
    from shopmanager.db.database import sqlite_url

    path = tmp_path / "v3.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v3.sqlite3", path)
    open_and_migrate(sqlite_url(path))
    assert User.select().count() > 1
    assert {user.language for user in User.select()} == {""}


def test_choosing_a_language_runs_again_after_a_transient_clash(db, shop):
    from shopmanager.services import context
    from tests.unit.services.test_write_retry import first_write_fails

    retries = context.transient_retries
    with first_write_fails(db.kind) as raised:
        users.set_own_language(shop[Role.SALES], "en")
    assert len(raised) == 1 and context.transient_retries == retries + 1
    assert User.get(User.username == "sales").language == "en"
    assert AuditLog.select().where(AuditLog.action == "update", AuditLog.username == "sales").count() == 1
