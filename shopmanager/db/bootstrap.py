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
    target = open_database(url, create=create)
    migrations.migrate(sqlite_path=target.path if target.kind == "sqlite" else None)
    return target
