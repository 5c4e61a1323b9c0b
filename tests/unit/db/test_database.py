"""Opening databases: every failure is a clear message and nothing is overwritten."""
import os
import shutil
import sqlite3
from pathlib import Path

import peewee
import pytest

from shopmanager.core.errors import DatabaseProblem
from shopmanager.db import migrations
from shopmanager.db.bootstrap import open_and_migrate, resolve_url
from shopmanager.db.database import database_proxy, open_database, parse_url, sqlite_url
from shopmanager.db.models import AuditLog, SchemaVersion, Setting, User
from shopmanager.services import auth

FIXTURES = Path(__file__).parents[2] / "fixtures"


def test_urls_of_both_kinds_are_understood():
    target = parse_url("postgresql://shop:pw@10.0.0.5:5433/shop")
    assert (target.kind, target.host, target.port, target.name, target.user) == (
        "postgresql", "10.0.0.5", 5433, "shop", "shop")
    assert "pw" not in target.display()
    assert parse_url("sqlite:///tmp/a.sqlite3").path == Path("/tmp/a.sqlite3")
    assert parse_url("/tmp/b.sqlite3").kind == "sqlite"
    with pytest.raises(DatabaseProblem):
        parse_url("mysql://x/y")


def test_default_database_lives_in_the_user_data_folder(tmp_path):
    assert resolve_url() == sqlite_url(tmp_path / "home" / "shop.sqlite3")


def test_sqlite_pragmas_protect_money_data(sqlite_db):
    assert database_proxy.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database_proxy.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database_proxy.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert database_proxy.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "shop.sqlite3"
    path.write_bytes(b"this is somebody's spreadsheet, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(DatabaseProblem, match="not a ShopManager database"):
        open_and_migrate(sqlite_url(path))
    assert path.read_bytes() == before


def test_a_corrupt_database_is_refused_and_left_alone(tmp_path, sqlite_template):
    path = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, path)
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the schema page, keep the header
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseProblem) as error:
        open_and_migrate(sqlite_url(path))
    assert str(path) in str(error.value)
    assert path.read_bytes() == bytes(data)


def test_read_only_database_is_explained(tmp_path, sqlite_template, monkeypatch):
    path = tmp_path / "ro" / "shop.sqlite3"
    path.parent.mkdir()
    shutil.copyfile(sqlite_template, path)
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    with pytest.raises(DatabaseProblem, match="read-only"):
        open_and_migrate(sqlite_url(path))


def test_missing_database_is_created_only_when_asked(tmp_path):
    path = tmp_path / "new" / "shop.sqlite3"
    with pytest.raises(DatabaseProblem, match="no database"):
        open_database(sqlite_url(path))
    assert not path.exists()
    open_and_migrate(sqlite_url(path), create=True)
    assert migrations.schema_version() == migrations.CURRENT_VERSION


def test_unreachable_postgresql_is_explained():
    with pytest.raises(DatabaseProblem, match="Cannot reach the PostgreSQL server at 127.0.0.1:9"):
        open_database("postgresql://shop@127.0.0.1:9/shop")


def test_database_from_a_newer_program_is_refused_untouched(db):
    SchemaVersion.create(version=migrations.CURRENT_VERSION + 5, applied_at="2030-01-01 00:00:00",
                         app_version="9.0")
    with pytest.raises(DatabaseProblem, match="newer ShopManager"):
        migrations.migrate()
    assert SchemaVersion.select().count() == len(migrations.MIGRATIONS) + 1


def test_older_schema_is_upgraded_with_its_data_and_a_backup(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite3", path)
    open_and_migrate(sqlite_url(path))
    assert migrations.schema_version() == migrations.CURRENT_VERSION
    assert json_value(Setting.get_by_id("shop.name").value) == "老店"
    assert auth.login("boss", "old-pass-1").username == "boss"
    backup = path.with_name(f"old.sqlite3.before-schema-{migrations.CURRENT_VERSION}.bak")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 1
    # the new tables work
    from shopmanager.db.models import Carrier, Product

    assert Product.select().count() == 0 and Carrier.select().count() > 0


def json_value(text):
    import json

    return json.loads(text)


def test_audit_log_cannot_be_edited_or_deleted(db):
    AuditLog.create(at="2026-01-01 10:00:00", username="x", action="create", entity="shop")
    with pytest.raises(peewee.DatabaseError):
        with database_proxy.atomic():
            AuditLog.update(summary="forged").execute()
    with pytest.raises(peewee.DatabaseError):
        with database_proxy.atomic():
            AuditLog.delete().execute()
    assert AuditLog.select().count() == 1


def test_a_database_of_another_program_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(DatabaseProblem, match="not made by ShopManager"):
        open_and_migrate(sqlite_url(path))
    with sqlite3.connect(path) as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["invoices"]
    assert User  # models importable without a database


def test_a_wave_one_shop_is_upgraded_with_its_orders_stock_and_staff(tmp_path):
    """schema_v3.sqlite3: a small demo shop written by the first release (schema 3)."""
    from shopmanager.db.models import SalesOrder, Staff
    from shopmanager.services.check import run_checks

    path = tmp_path / "v3.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v3.sqlite3", path)
    open_and_migrate(sqlite_url(path))
    assert migrations.schema_version() == migrations.CURRENT_VERSION
    assert SalesOrder.select().count() == 120
    assert Staff.select().count() == 9
    assert all(finding.ok for finding in run_checks()), [f for f in run_checks() if not f.ok]


def test_a_migration_missing_below_the_highest_version_is_applied(tmp_path):
    """A database made between releases may have version 10 but not 4: 4 is still applied."""
    from shopmanager.db.database import current_database

    open_database(sqlite_url(tmp_path / "gap.sqlite3"), create=True)
    skipped = migrations.MIGRATIONS[-2]
    for migration in migrations.MIGRATIONS:
        if migration is not skipped:
            with current_database().atomic():
                migration.apply(current_database())
                SchemaVersion.create(version=migration.version, applied_at="2026-11-01 00:00:00", app_version="0")
    assert migrations.schema_version() == migrations.CURRENT_VERSION
    assert migrations.pending() == [skipped]
    assert migrations.migrate() == [skipped.version]
    assert migrations.pending() == []
