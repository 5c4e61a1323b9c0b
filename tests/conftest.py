"""Fixtures shared by every suite.

- `db`: a fresh database per test, on SQLite (a real temp file) and — for tests
  that take the `db` fixture — on the throwaway PostgreSQL server too.
- `sqlite_db`: SQLite only (UI tests).
- `shop`: an initialised shop with one account per role; returns {role: Actor}.
"""
from __future__ import annotations

import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from shopmanager.core import i18n, timeutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@dataclass
class TestDatabase:
    kind: str
    url: str
    path: Path | None = None


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Each test: its own data folder, English messages, the real clock, no database open."""
    monkeypatch.setenv("SHOPMANAGER_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("SHOPMANAGER_DB", raising=False)
    monkeypatch.delenv("SHOPMANAGER_PASSWORD", raising=False)
    i18n.set_language("en")
    yield
    from shopmanager.db.database import close_database, database_proxy

    close_database()
    database_proxy.initialize(None)
    timeutil.set_clock_offset(timeutil.dt.timedelta(0))
    i18n.set_language("en")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory) -> Path:
    """A migrated, empty SQLite file, copied for each test (faster than migrating each time)."""
    from shopmanager.db.database import close_database, database_proxy, open_database, sqlite_url
    from shopmanager.db.migrations import migrate

    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(sqlite_url(path), create=True)
    migrate()
    database_proxy.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    database_proxy.initialize(None)
    return path


@pytest.fixture(scope="session")
def pg_server():
    if os.environ.get("SHOPMANAGER_SKIP_PG") == "1":
        pytest.skip("SHOPMANAGER_SKIP_PG=1: PostgreSQL tests skipped on request")
    from tests.pgserver import PostgresServer

    server = PostgresServer()
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server) -> str:
    from shopmanager.db.database import close_database, database_proxy, open_database
    from shopmanager.db.migrations import migrate

    pg_server.admin("CREATE DATABASE shop_template")
    open_database(pg_server.url("shop_template"))
    migrate()
    close_database()
    database_proxy.initialize(None)
    return "shop_template"


def _sqlite_db(tmp_path: Path, template: Path) -> TestDatabase:
    from shopmanager.db.database import open_database, sqlite_url

    path = tmp_path / "shop.sqlite3"
    shutil.copyfile(template, path)
    url = sqlite_url(path)
    open_database(url)
    return TestDatabase("sqlite", url, path)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request, tmp_path, sqlite_template):
    if request.param == "sqlite":
        yield _sqlite_db(tmp_path, sqlite_template)
        return
    server = request.getfixturevalue("pg_server")
    template = request.getfixturevalue("pg_template")
    name = "t_" + uuid.uuid4().hex[:12]
    server.admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    from shopmanager.db.database import close_database, open_database

    url = server.url(name)
    open_database(url)
    try:
        yield TestDatabase("postgres", url)
    finally:
        close_database()
        server.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def sqlite_db(tmp_path, sqlite_template) -> TestDatabase:
    return _sqlite_db(tmp_path, sqlite_template)


@pytest.fixture(scope="session")
def demo_hash() -> str:
    from shopmanager.core.passwords import hash_password

    return hash_password("demo-pass-1")


def seed_shop(demo_hash: str):
    """An owner and one account per role, password 'demo-pass-1' (inserted directly: fast)."""
    from shopmanager.core.permissions import Role
    from shopmanager.db.models import Staff, User
    from shopmanager.services import settings
    from shopmanager.services.auth import actor_for
    from shopmanager.services.context import transaction

    now = timeutil.now()
    actors = {}
    with transaction():
        settings.store("shop.name", "测试小店")
        for role in Role:
            staff = Staff.create(name=f"{role.value}-staff", role=role, created_at=now, hire_date=now.date())
            user = User.create(username=role.value, password_hash=demo_hash, role=role, staff=staff,
                               created_at=now, password_changed_at=now)
            actors[role] = actor_for(user)
    return actors


@pytest.fixture
def shop(db, demo_hash):
    return seed_shop(demo_hash)


@pytest.fixture
def sqlite_shop(sqlite_db, demo_hash):
    return seed_shop(demo_hash)
