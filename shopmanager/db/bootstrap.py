"""Resolve which database to use, open it, and bring its schema up to date."""
from __future__ import annotations

import os

from shopmanager.db import migrations
from shopmanager.db.database import DatabaseUrl, open_database, sqlite_url
from shopmanager.core.paths import default_database_file


def resolve_url(explicit: str | None = None) -> str:
    """--db beats SHOPMANAGER_DB beats the file in the user data folder."""
    return explicit or os.environ.get("SHOPMANAGER_DB") or sqlite_url(default_database_file())


def open_and_migrate(url: str, *, create: bool = False) -> DatabaseUrl:
    target = open_database(url, create=create, max_version=migrations.CURRENT_VERSION)
    migrations.migrate(sqlite_path=target.path if target.kind == "sqlite" else None)
    return target


def may_create(explicit: str | None = None) -> bool:
    """A new shop is made without asking only in the default place (the first start on this PC);
    a database named by --db or SHOPMANAGER_DB that is not there is reported, not replaced by an
    empty shop (a network drive that is not connected)."""
    return not explicit and not os.environ.get("SHOPMANAGER_DB")
