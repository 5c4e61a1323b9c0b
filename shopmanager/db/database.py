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

from shopmanager.core.errors import DatabaseDamaged, DatabaseMissing, DatabaseProblem
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
        rest = text[len("sqlite://"):]
        if len(rest) > 3 and rest[0] == "/" and rest[1].isascii() and rest[1].isalpha() and rest[2] == ":" \
                and rest[3] in "/\\":
            rest = rest[1:]  # sqlite:///C:/商店/shop.sqlite3 (as Windows users write it) is C:/商店/shop.sqlite3
        return DatabaseUrl("sqlite", path=Path(rest).expanduser())
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


def _check_sqlite_file(path: Path, *, create: bool, read_only: bool = False) -> None:
    folder = path.parent
    if path.exists():
        if path.is_dir():
            raise DatabaseProblem(tr("Database", "{path} is a folder, not a database file.").format(path=path))
        try:
            with path.open("rb") as handle:
                header = handle.read(16)
        except OSError as error:
            raise DatabaseProblem(tr("Database", "Cannot read {path}: {reason}").format(path=path, reason=error.strerror)) from None
        if not header and not _has_wal(path):
            raise DatabaseProblem(tr(
                "Database", "{path} is an empty file (0 bytes), not a shop database. It was left untouched; "
                "restore a backup or choose another file.").format(path=path))
        if header and header != SQLITE_HEADER:
            raise DatabaseProblem(tr(
                "Database", "{path} is not a ShopManager database, or it is damaged. "
                "It was left untouched; restore a backup or choose another file.").format(path=path))
        if not read_only and (not os.access(path, os.W_OK) or not os.access(folder, os.W_OK)):
            raise DatabaseProblem(tr(
                "Database", "The database {path} or its folder is read-only. "
                "Ask for write access to the folder, or copy the file somewhere writable.").format(path=path))
        return
    if not create:
        raise DatabaseMissing(tr(
            "Database", "There is no database at {path}. If it lives on a network drive or a USB disk, "
            "check that it is connected.").format(path=path), path=path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseProblem(tr("Database", "Cannot create the folder {path}: {reason}").format(
            path=folder, reason=error.strerror)) from None
    if not os.access(folder, os.W_OK):
        raise DatabaseProblem(tr("Database", "The folder {path} is read-only: the database cannot be created there.")
                              .format(path=folder))


def _has_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


# SQLite's quick check reads every page (~3–6 ms per MB): done when opening a file up to this
# size (≤ ~25 ms, a start stays fast); a bigger file is checked in the background once the
# main window shows (ui/safety.py), which leads to the same "restore the last good backup".
QUICK_CHECK_MAX_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class SqliteFacts:
    """What a read-only look at a SQLite file found, before anything is applied to it."""

    tables: frozenset[str]
    version: int | None  # 0: empty database; None: no schema_version table but other tables
    quick_checked: bool


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """file:///C:/商店/shop.sqlite3?mode=ro — percent-encoded, so any folder name works."""
    return Path(path).absolute().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")


def _path_from_uri(text: str) -> Path:
    if not text.startswith("file:"):
        return Path(text)
    from urllib.request import url2pathname

    return Path(url2pathname(urlparse(text.split("?")[0]).path))


def _side_files_exist(path: Path) -> bool:
    return any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-shm"))


def connect_read_only(path: Path, *, leave_no_trace: bool = False) -> sqlite3.Connection:
    """A plain connection that cannot change the file: no pragma, no switch to WAL.

    SQLite makes -wal/-shm files to read a WAL database; with `leave_no_trace` a file
    that has none (nobody has it open) is read as it lies, so none appear."""
    if leave_no_trace and not _side_files_exist(path):
        return sqlite3.connect(read_only_uri(path, immutable=True), uri=True)
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=30)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as error:
        if "unable to open" not in str(error):
            raise
    # A WAL file on a read-only disk or folder (no -shm can be made there): read it as it lies.
    return sqlite3.connect(read_only_uri(path, immutable=True), uri=True)


def quick_check(conn: sqlite3.Connection, *, limit: int = 5) -> list[str]:
    """SQLite's quick_check: ["ok"] or the first problems found."""
    return [str(row[0]) for row in conn.execute(f"PRAGMA quick_check({int(limit)})").fetchall()]


def inspect_sqlite(path: Path, *, check: bool = True, leave_no_trace: bool = False) -> SqliteFacts:
    """Look at a SQLite file read-only: its tables, schema version and (if small) a quick check.
    DatabaseDamaged when SQLite cannot read it."""
    try:
        conn = connect_read_only(path, leave_no_trace=leave_no_trace)
    except sqlite3.DatabaseError as error:
        raise damaged_problem(path, error) from None
    try:
        tables = frozenset(row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
        version: int | None = None
        if "schema_version" in tables:
            version = int(conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 0)
        elif not tables:
            version = 0
        checked = False
        if check and path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
            problems = quick_check(conn)
            if problems != ["ok"]:
                raise damaged_problem(path, "; ".join(problems[:3]))
            checked = True
        return SqliteFacts(tables, version, checked)
    except sqlite3.DatabaseError as error:
        raise damaged_problem(path, error) from None
    finally:
        conn.close()


def damaged_problem(path: Path, error: Exception | str) -> DatabaseDamaged:
    reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return DatabaseDamaged(tr(
        "Database", "{path} is damaged ({reason}). It was left untouched; restore a backup.").format(
            path=path, reason=reason), path=path, reason=reason)


def foreign_database_problem() -> DatabaseProblem:
    return DatabaseProblem(tr(
        "Database", "This database was not made by ShopManager (it has other tables). It was left untouched."))


def newer_schema_problem(found: int, known: int) -> DatabaseProblem:
    return DatabaseProblem(tr(
        "Database", "This database was written by a newer ShopManager (schema {found}; this program knows "
        "{known}). Install the newer version; the database was left untouched.").format(found=found, known=known))


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


class ShopSqliteDatabase(peewee.SqliteDatabase):
    """SQLite with errors a user can act on: a full disk says which disk (not "database or disk
    is full" followed by "cannot rollback - no transaction is active")."""

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except peewee.OperationalError as error:
            raise self._translated(error) from error

    def commit(self):
        try:
            return super().commit()
        except peewee.OperationalError as error:
            raise self._translated(error) from error

    def rollback(self):
        # SQLite rolls back by itself when a write fails for want of room; nothing is left to undo.
        try:
            return super().rollback()
        except peewee.OperationalError as error:
            if "no transaction is active" not in str(error):
                raise

    def _translated(self, error: Exception) -> Exception:
        text = str(error)
        path = sqlite_path(self) or Path(".")
        if "database or disk is full" in text:
            from shopmanager.core.disk import disk_full

            return disk_full(path)
        if "disk I/O error" in text:
            return DatabaseProblem(tr(
                "Database", "The disk holding {path} reported a read or write error. Nothing was saved. If the "
                "database is on a network drive or a USB disk, check that it is still connected.").format(path=path))
        return error


class ShopPostgresqlDatabase(peewee.PostgresqlDatabase):
    """PostgreSQL whose "no space left" says it is the server's disk."""

    def execute_sql(self, sql, params=None):
        try:
            return super().execute_sql(sql, params)
        except peewee.OperationalError as error:
            raise _pg_translated(self, error) from error

    def commit(self):
        try:
            return super().commit()
        except peewee.OperationalError as error:
            raise _pg_translated(self, error) from error


def _pg_translated(database: peewee.Database, error: Exception) -> Exception:
    cause = error.__cause__ or error.__context__
    if getattr(cause, "sqlstate", None) == "53100" or "No space left on device" in str(error):
        from shopmanager.core.errors import DiskFull

        return DiskFull(tr("Database", "The disk of the database server ({host}) is full. Nothing was saved. "
                                       "Free some space on the server and try again.").format(
            host=database.connect_params.get("host") or "localhost"))
    return error


def make_database(target: DatabaseUrl, *, read_only: bool = False) -> peewee.Database:
    if target.kind == "sqlite":
        if read_only:
            # Nothing that writes: no WAL switch, no journal, no -wal/-shm left behind by a file nobody has open.
            immutable = not _side_files_exist(target.path)
            return ShopSqliteDatabase(read_only_uri(target.path, immutable=immutable), uri=True, timeout=30,
                                      pragmas={"foreign_keys": 1, "busy_timeout": 30000})
        return ShopSqliteDatabase(
            str(target.path), pragmas=SQLITE_PRAGMAS, timeout=30,
            # Every transaction takes the write lock up front: a read-then-write of stock
            # cannot lose an update or fail half-way with "database is locked".
            lock_type="IMMEDIATE",
        )
    _enable_postgresql()
    options = {"options": "-c default_transaction_read_only=on"} if read_only else {}
    return ShopPostgresqlDatabase(
        target.name, user=target.user, password=target.password, host=target.host or "localhost",
        port=target.port or 5432, connect_timeout=5, application_name="shopmanager", **options,
    )


def open_database(url: str, *, create: bool = False, read_only: bool = False, max_version: int | None = None,
                  check: bool = True) -> DatabaseUrl:
    """Connect the proxy to `url`; DatabaseProblem with a clear message when that fails.

    A SQLite file is first looked at read-only: an empty file, another program's database,
    a newer ShopManager's (above `max_version`) or a damaged one is refused before any pragma
    touches it. `read_only` opens it so that nothing can be written (shopmanager check)."""
    target = parse_url(url)
    if target.kind == "sqlite":
        assert target.path is not None
        _check_sqlite_file(target.path, create=create, read_only=read_only)
        if target.path.exists():
            facts = inspect_sqlite(target.path, check=check, leave_no_trace=read_only)
            if facts.version is None:
                raise foreign_database_problem()
            if max_version is not None and facts.version > max_version:
                raise newer_schema_problem(facts.version, max_version)
    database = make_database(target, read_only=read_only)
    try:
        database.connect(reuse_if_open=True)
        if target.kind == "sqlite":
            database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (peewee.DatabaseError, sqlite3.DatabaseError, DatabaseProblem) as error:
        if not database.is_closed():
            database.close()
        if target.kind == "sqlite" and read_only and "unable to open" in str(error):
            database = ShopSqliteDatabase(read_only_uri(target.path, immutable=True), uri=True, timeout=30,
                                          pragmas={"foreign_keys": 1})
            database.connect()
        elif isinstance(error, DatabaseProblem):
            raise
        else:
            raise _explain(target, error) from None
    database_proxy.initialize(database)
    return target


def _explain(target: DatabaseUrl, error: Exception) -> DatabaseProblem:
    reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    if target.kind == "sqlite":
        if "not a database" in reason or "malformed" in reason:
            return damaged_problem(target.path, reason)
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


def sqlite_path(database: peewee.Database | None = None) -> Path | None:
    """The file of the open SQLite database (None on PostgreSQL)."""
    database = database or database_proxy.obj
    if not isinstance(database, peewee.SqliteDatabase):
        return None
    return _path_from_uri(database.database)


def is_postgres() -> bool:
    return isinstance(database_proxy.obj, peewee.PostgresqlDatabase)


def current_database() -> peewee.Database:
    if database_proxy.obj is None:
        raise DatabaseProblem(tr("Database", "No database is open."))
    return database_proxy.obj


def explain_error(error: BaseException) -> DatabaseProblem | None:
    """A plain message for what the disk or the database did (full, damaged, busy, a file that
    cannot be written); None when the error is a bug, to be logged with its traceback."""
    import errno

    from shopmanager.core.disk import disk_full

    if isinstance(error, DatabaseProblem):
        return error
    if isinstance(error, OSError):
        target = Path(error.filename) if error.filename else Path(".")
        if error.errno == errno.ENOSPC:
            return disk_full(target)
        if error.filename:
            return DatabaseProblem(tr("Database", "Cannot read or write {path}: {reason}").format(
                path=error.filename, reason=error.strerror or error))
        return None
    text = str(error)
    if not isinstance(error, (peewee.DatabaseError, sqlite3.DatabaseError)):
        return None
    path = sqlite_path() if database_proxy.obj is not None else None
    if "database or disk is full" in text:
        return disk_full(path or Path("."))
    if "malformed" in text or "file is not a database" in text:
        return damaged_problem(path or Path("?"), text)
    if "database is locked" in text:
        return DatabaseProblem(tr("Database", "The database stayed busy (another PC was saving) for too long. "
                                              "Nothing was changed; try again in a moment."))
    if "disk I/O error" in text:
        return DatabaseProblem(tr("Database", "The disk holding the database reported a read or write error. "
                                              "If it is on a network drive or a USB disk, check that it is connected."))
    return None


def separate_postgres_connection():
    """A second connection to the open PostgreSQL database, outside peewee, in autocommit
    mode: a backup takes its own snapshot there while the program keeps working."""
    import psycopg

    database = current_database()
    params = database.connect_params
    return psycopg.connect(dbname=database.database, host=params.get("host") or "localhost",
                           port=int(params.get("port") or 5432), user=params.get("user"),
                           password=params.get("password"), connect_timeout=10, autocommit=True)
