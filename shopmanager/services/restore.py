"""Restoring the shop's database from a backup (the owner only): the backup is checked first,
the current database saved aside, the switch made in one step, and every PC told.

The switch: SQLite's backup API writes the backup INTO the live file in one write transaction
(other PCs that have the file open see the old database or the restored one, never a mix, and
keep working on the same file — a rename would leave them writing to a deleted one);
PostgreSQL: backup_pg.restore, one transaction.

How running programs notice: the restore writes `internal.restored` = {id, at, by, file,
backup_at} into the restored database. Every main window reads that row every few seconds
(ui/main_window.py); when its id is not the one the window started with, the window says who
restored which backup and returns to the login — every page is then rebuilt from the restored data.

A damaged SQLite file (the program cannot open it) is restored at start-up by
`restore_damaged`: the owner's password is checked against the backup's accounts, the
damaged file (and its -wal/-shm) is moved aside, and a fresh copy of the backup put in its place.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shopmanager.core import timeutil
from shopmanager.core.errors import DatabaseProblem, LoginFailed, ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.passwords import verify_password
from shopmanager.core.permissions import Perm, Role
from shopmanager.core.progress import Progress
from shopmanager.db import migrations
from shopmanager.db.database import SQLITE_HEADER, connect_read_only, is_postgres, sqlite_path
from shopmanager.db.models import AuditLog, User
from shopmanager.services import backup, settings
from shopmanager.services.context import Actor, require, write_retrying
from shopmanager.services.restore_marker import MARKER_KEY


class BackupRefused(DatabaseProblem):
    """The chosen file cannot be restored (damaged, not a backup, another kind, newer); nothing changed."""


@dataclass(frozen=True)
class CheckedBackup:
    path: Path
    kind: str  # sqlite | postgresql
    manifest: dict[str, Any] | None
    rows: dict[str, int]
    schema_version: int | None

    @property
    def created_at(self) -> dt.datetime:
        if self.manifest and self.manifest.get("created_at"):
            return dt.datetime.fromisoformat(self.manifest["created_at"])
        return dt.datetime.fromtimestamp(self.path.stat().st_mtime).replace(microsecond=0)


@dataclass(frozen=True)
class RestoreResult:
    backup: CheckedBackup
    saved_aside: Path | None  # the database as it was before the restore
    marker: dict[str, Any]


def _refused(path: Path, reason: str) -> BackupRefused:
    return BackupRefused(tr("Backup", "The backup {file} cannot be restored: {reason}. Nothing was changed.").format(
        file=path, reason=reason))


def check_backup(path: Path, progress: Progress | None = None) -> CheckedBackup:
    """Read the whole backup and compare it with its manifest; BackupRefused if anything is off."""
    path = Path(path)
    if progress is not None:
        progress.update(0, 0, tr("Backup", "Checking the backup…"))
    if not path.is_file():
        raise _refused(path, tr("Backup", "there is no such file"))
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as error:
        raise _refused(path, error.strerror or str(error)) from None
    manifest = backup.read_manifest(path)
    if manifest and manifest.get("sha256") and backup.file_sha256(path) != manifest["sha256"]:
        raise _refused(path, tr("Backup", "it changed after it was written (its checksum differs), so it is damaged"))
    expected = manifest.get("rows") if manifest else None
    if head == SQLITE_HEADER:
        result = backup.verify_sqlite_copy(path, expected)
        if result.problems:
            raise _refused(path, tr("Backup", "it did not pass its check ({problems})").format(
                problems="; ".join(result.problems[:3])))
        kind, rows, schema = "sqlite", result.rows, result.schema_version
    elif head.startswith(b"PGDMP"):
        from shopmanager.services import backup_pg

        problems = backup_pg.verify_dump(path, expected)
        if problems:
            raise _refused(path, tr("Backup", "it did not pass its check ({problems})").format(
                problems="; ".join(problems[:3])))
        kind, rows = "postgresql", dict(expected or {})
        schema = manifest.get("schema_version") if manifest else None
    else:
        raise _refused(path, tr("Backup", "it is not a ShopManager backup"))
    if schema is not None and schema > migrations.CURRENT_VERSION:
        raise _refused(path, tr("Backup", "it was made by a newer ShopManager (schema {found})").format(found=schema))
    return CheckedBackup(path, kind, manifest, rows, schema)


def other_shop(checked: CheckedBackup) -> str | None:
    """The name of the shop a backup is of, when that is not this shop (another shop's database,
    the demo's, a branch's); None when it is this shop's or cannot be told."""
    this = settings.get("internal.shop_id")
    theirs, name = (checked.manifest or {}).get("shop_id"), (checked.manifest or {}).get("shop_name")
    if not theirs and checked.kind == "sqlite":
        theirs, name = _identity_in(checked.path)
    if not this or not theirs or theirs == this:
        return None
    return name or theirs[:8]


def _identity_in(path: Path) -> tuple[str | None, str | None]:
    """(shop id, shop name) as a SQLite backup without its manifest holds them."""
    try:
        conn = connect_read_only(path, leave_no_trace=True)
        try:
            found = dict(conn.execute("SELECT key, value FROM setting WHERE key IN ('internal.shop_id', 'shop.name')"))
        finally:
            conn.close()
        return json.loads(found.get("internal.shop_id", "null")), json.loads(found.get("shop.name", "null"))
    except (sqlite3.DatabaseError, ValueError):
        return None, None


def restore_backup(actor: Actor, path: Path, progress: Progress | None = None, *,
                   checked: CheckedBackup | None = None, other_shop_ok: bool = False) -> RestoreResult:
    """Owner only. Check the backup (unless `checked` just now), save the current database aside,
    switch, tell the other PCs. Another shop's backup only when `other_shop_ok` (the owner
    confirmed that shop is to replace this one)."""
    require(actor, Perm.BACKUP_RESTORE, entity="backup")
    progress = progress or Progress()
    checked = checked if checked is not None and checked.path == Path(path) else check_backup(path, progress)
    current = "postgresql" if is_postgres() else "sqlite"
    if checked.kind != current:
        raise _refused(checked.path, tr("Backup", "it is a {kind} backup and this shop uses {current}").format(
            kind=checked.kind, current=current))
    foreign = other_shop(checked)
    if foreign and not other_shop_ok:
        raise _refused(checked.path, tr("Backup", "it is a backup of another shop ({shop}), not of this one; "
                                                  "restoring it would replace this shop's data with that shop's").format(
            shop=foreign))
    progress.update(0, 0, tr("Backup", "Saving the current database aside…"))
    aside = _save_aside(actor, progress)
    progress.check()  # the last moment to cancel: from here the restore goes through
    if checked.kind == "sqlite":
        progress.update(0, 0, tr("Backup", "Restoring the database…"))
        _switch_sqlite(checked.path)
    else:
        from shopmanager.services import backup_pg

        backup_pg.restore(checked.path, Progress())  # not cancellable: one transaction, all or nothing
    live = sqlite_path()
    migrations.migrate(sqlite_path=live)  # a backup from before an upgrade gets the newer tables
    marker = record_restore(actor.username, checked, actor_id=actor.user_id, display_name=actor.display_name)
    copy_pictures_back(checked.path.parent / "pictures")
    return RestoreResult(checked, aside, marker)


def _save_aside(actor: Actor, progress: Progress) -> Path | None:
    """A verified backup of the current database; in the default folder if the chosen one is gone.
    A damaged SQLite file (its copy fails its check) is kept as a plain copy of its files."""
    last_problem: ShopError | None = None
    for folder in (None, backup.default_folder()):
        try:
            return backup.make_backup(actor, folder=folder, trigger="before_restore", progress=progress).info.path
        except backup.BackupFailed as problem:
            last_problem = problem
            if "did not pass its check" in str(problem) and not is_postgres():
                return _keep_damaged_copy()
        except ShopError as problem:
            last_problem = problem
    raise DatabaseProblem(tr("Backup", "The current database could not be saved aside ({problem}), so nothing was "
                                       "restored.").format(problem=last_problem))


def _keep_damaged_copy() -> Path:
    live = sqlite_path()
    assert live is not None
    target = live.with_name(f"{live.name}.damaged-{timeutil.now():%Y%m%d-%H%M%S}")
    for suffix in ("", "-wal"):
        source = live.with_name(live.name + suffix)
        if source.exists():
            shutil.copyfile(source, target.with_name(target.name + suffix))
    return target


def _switch_sqlite(source_file: Path) -> None:
    live = sqlite_path()
    assert live is not None
    source = connect_read_only(source_file, leave_no_trace=True)
    target = sqlite3.connect(str(live), timeout=30)
    try:
        target.execute("PRAGMA busy_timeout = 30000")
        source.backup(target)  # all pages in one step: one write transaction on the live file
    except sqlite3.OperationalError as error:
        if "readonly" in str(error) or "page size" in str(error):
            raise DatabaseProblem(tr("Backup", "This backup has another page size than the database, which SQLite "
                                               "cannot restore while other PCs use the file. Close ShopManager on "
                                               "every PC and use: shopmanager restore FILE")) from None
        raise
    finally:
        target.close()
        source.close()


def record_restore(username: str, checked: CheckedBackup, *, actor_id: int | None = None,
                   display_name: str = "") -> dict[str, Any]:
    """Write the marker the other PCs watch, the audit record and the last good backup."""
    now = timeutil.now()
    marker = {"id": uuid.uuid4().hex, "at": now.isoformat(sep=" "), "by": username,
              "by_name": display_name or username, "file": str(checked.path),
              "backup_at": checked.created_at.isoformat(sep=" ")}
    good = backup.last_good_backup()

    def record() -> None:
        settings.store(MARKER_KEY, marker)
        if good is not None:
            settings.store("backup.last_good", {"at": good.manifest["created_at"], "file": str(good.path),
                                                "rows": good.total_rows, "size": good.size, "kind": good.kind})
        # The account may not exist in the restored database (made after the backup).
        user = actor_id if actor_id is not None and User.select().where(User.id == actor_id).exists() else None
        AuditLog.create(at=now, user=user, username=username[:40], action="restore", entity="database",
                        summary=tr("Backup", "restored the backup of {when}: {file}").format(
                            when=checked.created_at.strftime("%Y-%m-%d %H:%M"), file=checked.path))

    write_retrying(record)
    return marker


def copy_pictures_back(source: Path) -> int:
    """Pictures the restored products name but the pictures folder lacks come back from the backup."""
    from shopmanager.services.products import pictures_folder

    if not source.is_dir():
        return 0
    target = pictures_folder()
    target.mkdir(parents=True, exist_ok=True)
    copied = 0
    for picture in source.iterdir():
        if picture.is_file() and not picture.name.startswith(".") and not (target / picture.name).exists():
            shutil.copyfile(picture, target / f".{picture.name}.part")
            os.replace(target / f".{picture.name}.part", target / picture.name)
            copied += 1
    return copied


# -- a damaged database at start ------------------------------------------------------------------------

def backups_for(database_file: Path) -> list[backup.BackupInfo]:
    """The good SQLite backups of a database that cannot be opened: in the folder noted beside
    it by the last backup, and in the default `backups` folder beside it. Newest first."""
    database_file = Path(database_file)
    note = database_file.with_name(database_file.name + ".backups.json")
    folders, shop = [], ""
    try:
        data = json.loads(note.read_text(encoding="utf-8"))
        folders.append(Path(data["folder"]))
        shop = data.get("shop_id", "")
    except (OSError, ValueError, KeyError, TypeError):
        pass
    folders.append(database_file.parent / "backups")
    found: dict[Path, backup.BackupInfo] = {}
    for folder in folders:
        for info in backup.list_backups(folder, this_shop=False):
            if info.kind == "sqlite" and info.good and (not shop or info.manifest.get("shop_id") == shop):
                found.setdefault(info.path.resolve(), info)
    return sorted(found.values(), key=lambda info: info.created_at, reverse=True)


def check_owner(backup_file: Path, username: str, password: str) -> None:
    """The owner's account and password as the backup knows them (the damaged database cannot say)."""
    conn = connect_read_only(Path(backup_file), leave_no_trace=True)
    try:
        row = conn.execute('SELECT password_hash, role, active FROM "user" WHERE username = ?',
                           (username.strip(),)).fetchone()
    except sqlite3.DatabaseError:
        row = None
    finally:
        conn.close()
    if not row or row[1] != Role.OWNER or not row[2] or not verify_password(password, row[0]):
        raise LoginFailed(tr("Backup", "Only the shop owner may restore: enter the owner's user name and password "
                                       "(as they were when the backup was made)."))


def restore_damaged(database_file: Path, backup_file: Path, username: str, password: str,
                    progress: Progress | None = None) -> tuple[CheckedBackup, Path]:
    """Put a checked backup in place of a damaged SQLite file that cannot be opened. The damaged
    file and its -wal/-shm are moved aside (returned), never deleted. The caller then opens the
    database and calls record_restore."""
    database_file = Path(database_file)
    checked = check_backup(backup_file, progress)
    if checked.kind != "sqlite":
        raise _refused(checked.path, tr("Backup", "it is not a SQLite backup"))
    check_owner(checked.path, username, password)
    aside = database_file.with_name(f"{database_file.name}.damaged-{timeutil.now():%Y%m%d-%H%M%S}")
    part = database_file.with_name(database_file.name + ".restoring")
    part.unlink(missing_ok=True)
    source = connect_read_only(checked.path, leave_no_trace=True)
    target = sqlite3.connect(str(part))
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    for suffix in ("", "-wal", "-shm"):
        current = database_file.with_name(database_file.name + suffix)
        if current.exists():
            os.replace(current, aside.with_name(aside.name + suffix))
    os.replace(part, database_file)
    return checked, aside
