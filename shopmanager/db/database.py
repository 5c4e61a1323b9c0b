"""Opening the shop's database: SQLite file (default) or PostgreSQL (several PCs).

`open_database(url)` turns every way it can fail into a DatabaseProblem with a message
a shop owner can act on, and never creates or overwrites anything it was not asked to.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee  # loaded without psycopg by shopmanager/__init__.py; see _enable_postgresql()

from shopmanager.core.errors import DatabaseProblem
from shopmanager.core.i18n import tr

database_proxy = peewee.DatabaseProxy()

# Dates and times as text, the way peewee stores them (and without the adapters Python
# 3.12 deprecates), for values handed straight to the driver (db/bulk.py).
sqlite3.register_adapter(dt.datetime, lambda value: value.isoformat(" "))
sqlite3.register_adapter(dt.date, lambda value: value.isoformat())

SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",  # money data: a commit survives power loss
    "busy_timeout": 30000,
    "cache_size": -32000,
}


@dataclass(frozen=True)
class DatabaseUrl:
    kind: str  # "sqlite" | "postgresql"
    path: Path | None = None
    name: str = ""
    user: str | None = None
    password: str | None = None
    host: str | None = None
    port: int | None = None

    def display(self) -> str:
        """What the status bar shows: never the password."""
        if self.kind == "sqlite":
            return str(self.path)
        return f"postgresql://{self.user + '@' if self.user else ''}{self.host or 'localhost'}:{self.port or 5432}/{self.name}"


def parse_url(url: str) -> DatabaseUrl:
    """sqlite:///path, a bare file path, or postgresql://user:pw@host:port/name."""
    text = url.strip()
    if text.startswith("sqlite://"):
        return DatabaseUrl("sqlite", path=Path(text[len("sqlite://"):]).expanduser())
    if text.startswith(("postgresql://", "postgres://")):
        parts = urlparse(text)
        name = parts.path.lstrip("/")
        if not name:
            raise DatabaseProblem(tr("Database", "The PostgreSQL address needs a database name: {url}").format(url=text))
        return DatabaseUrl(
            "postgresql", name=unquote(name), user=unquote(parts.username) if parts.username else None,
            password=unquote(parts.password) if parts.password else None, host=parts.hostname, port=parts.port,
        )
    if "://" in text:
        raise DatabaseProblem(tr("Database", "Unknown kind of database address: {url}").format(url=text))
    return DatabaseUrl("sqlite", path=Path(text).expanduser())


def sqlite_url(path: Path | str) -> str:
    return f"sqlite://{Path(path).resolve()}"


def _check_sqlite_file(path: Path, *, create: bool) -> None:
    folder = path.parent
    if path.exists():
        if path.is_dir():
            raise DatabaseProblem(tr("Database", "{path} is a folder, not a database file.").format(path=path))
        try:
            with path.open("rb") as handle:
                header = handle.read(16)
        except OSError as error:
            raise DatabaseProblem(tr("Database", "Cannot read {path}: {reason}").format(path=path, reason=error.strerror)) from None
        if header and header != SQLITE_HEADER:
            raise DatabaseProblem(tr(
                "Database", "{path} is not a ShopManager database, or it is damaged. "
                "It was left untouched; restore a backup or choose another file.").format(path=path))
        if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK):
            raise DatabaseProblem(tr(
                "Database", "The database {path} or its folder is read-only. "
                "Ask for write access to the folder, or copy the file somewhere writable.").format(path=path))
        return
    if not create:
        raise DatabaseProblem(tr("Database", "There is no database at {path}.").format(path=path))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseProblem(tr("Database", "Cannot create the folder {path}: {reason}").format(
            path=folder, reason=error.strerror)) from None
    if not os.access(folder, os.W_OK):
        raise DatabaseProblem(tr("Database", "The folder {path} is read-only: the database cannot be created there.")
                              .format(path=folder))


def _enable_postgresql() -> None:
    """Give peewee the psycopg driver that was hidden from it at start-up."""
    if getattr(peewee, "psycopg", None) is not None:
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    peewee.psycopg, peewee.TransactionStatus, peewee.Json_pg3, peewee.Jsonb_pg3 = psycopg, TransactionStatus, Json, Jsonb
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle, adapter.txn_inerror, adapter.txn_unknown = (
        TransactionStatus.IDLE, TransactionStatus.INERROR, TransactionStatus.UNKNOWN)


def make_database(target: DatabaseUrl) -> peewee.Database:
    if target.kind == "sqlite":
        return peewee.SqliteDatabase(
            str(target.path), pragmas=SQLITE_PRAGMAS, timeout=30,
            # Every transaction takes the write lock up front: a read-then-write of stock
            # cannot lose an update or fail half-way with "database is locked".
            lock_type="IMMEDIATE",
        )
    _enable_postgresql()
    return peewee.PostgresqlDatabase(
        target.name, user=target.user, password=target.password, host=target.host or "localhost",
        port=target.port or 5432, connect_timeout=5, application_name="shopmanager",
    )


def open_database(url: str, *, create: bool = False) -> DatabaseUrl:
    """Connect the proxy to `url`; DatabaseProblem with a clear message when that fails."""
    target = parse_url(url)
    if target.kind == "sqlite":
        assert target.path is not None
        _check_sqlite_file(target.path, create=create)
    database = make_database(target)
    try:
        database.connect(reuse_if_open=True)
        if target.kind == "sqlite":
            database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (peewee.DatabaseError, sqlite3.DatabaseError) as error:
        if not database.is_closed():
            database.close()
        raise _explain(target, error) from None
    database_proxy.initialize(database)
    return target


def _explain(target: DatabaseUrl, error: Exception) -> DatabaseProblem:
    reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if target.kind == "sqlite":
        if "not a database" in reason or "malformed" in reason:
            return DatabaseProblem(tr(
                "Database", "{path} is damaged ({reason}). It was left untouched; restore a backup.").format(
                    path=target.path, reason=reason))
        if "readonly" in reason or "unable to open" in reason:
            return DatabaseProblem(tr("Database", "Cannot open {path} for writing ({reason}).").format(
                path=target.path, reason=reason))
        return DatabaseProblem(tr("Database", "Cannot open {path}: {reason}").format(path=target.path, reason=reason))
    if "does not exist" in reason and "database" in reason:
        return DatabaseProblem(tr(
            "Database", "The PostgreSQL server has no database '{name}'. Create it first "
            "(createdb {name}) or check the address.").format(name=target.name))
    if "password" in reason or "authentication" in reason:
        return DatabaseProblem(tr("Database", "PostgreSQL refused the user name or password for {url}.").format(
            url=target.display()))
    return DatabaseProblem(tr(
        "Database", "Cannot reach the PostgreSQL server at {host}:{port} ({reason}). "
        "Check that the server PC is on and the address is right.").format(
            host=target.host or "localhost", port=target.port or 5432, reason=reason))


def close_database() -> None:
    if database_proxy.obj is not None and not database_proxy.is_closed():
        database_proxy.close()


def is_sqlite() -> bool:
    return isinstance(database_proxy.obj, peewee.SqliteDatabase)


def is_postgres() -> bool:
    return isinstance(database_proxy.obj, peewee.PostgresqlDatabase)


def current_database() -> peewee.Database:
    if database_proxy.obj is None:
        raise DatabaseProblem(tr("Database", "No database is open."))
    return database_proxy.obj
