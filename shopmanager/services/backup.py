"""Backups of the shop's database (seed 000 网站安全维护: 备份与恢复): consistent copies
while the shop keeps working, each verified after writing, rotated, listed. Qt-free: the
window runs them through ui/tasks.py (scheduled, on closing, on demand), the CLI directly.

A backup folder holds, per backup:
  shop-20261130-214500.sqlite3   SQLite: the online backup API, inside one read transaction
                                 (a snapshot: other PCs keep writing meanwhile)
  shop-20261130-214500.dump      PostgreSQL: pg_dump -Fc on an exported snapshot (backup_pg.py)
  shop-20261130-214500.json      the manifest: when, rows of every table at that snapshot,
                                 SHA-256, status — written last: a copy without one is unfinished
  pictures/                      the product pictures (content-named files, each copied once)

A copy whose integrity check or row counts disagree with the snapshot is removed and never
replaces a good one; an empty or far smaller copy is kept as "suspect" but neither counts as
the last good backup nor makes rotation remove a good one (core/backups.py).
"""
from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import logging
import os
import shutil
import socket
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shopmanager import __version__
from shopmanager.core import timeutil
from shopmanager.core.backups import (
    KEEP_BEFORE_RESTORE, KEEP_SUSPECT, Policy, is_due, is_stale, looks_too_small, to_keep,
)
from shopmanager.core.errors import Cancelled, DatabaseProblem, ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.permissions import Perm
from shopmanager.core.progress import Progress
from shopmanager.db.database import (
    connect_read_only, current_database, explain_error, is_postgres, quick_check, sqlite_path,
)
from shopmanager.core.disk import disk_full, format_size, free_bytes
from shopmanager.services import settings
from shopmanager.services.context import Actor, audit, require, write_retrying
from shopmanager.services.restore_marker import marker_id

log = logging.getLogger(__name__)

MANIFEST_FORMAT = 1
SQLITE_SUFFIX = ".sqlite3"
PG_SUFFIX = ".dump"
STEP_PAGES = 1024  # pages copied per step of the backup API (4 MB): progress and cancel between steps
CLAIM_MINUTES = 30  # a scheduled backup started by one PC: the others leave it alone this long
RETRY_AFTER_PROBLEM = dt.timedelta(hours=1)
EXIT_BACKUP_GAP = dt.timedelta(minutes=30)  # closing the program soon after a good backup: none more


class BackupFailed(DatabaseProblem):
    """The copy could not be made or did not pass its check; earlier backups are untouched."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup in a folder, as its manifest describes it."""

    path: Path
    manifest: dict[str, Any]

    @property
    def created_at(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.manifest["created_at"])

    @property
    def status(self) -> str:  # good | suspect
        return self.manifest.get("status", "good")

    @property
    def trigger(self) -> str:  # scheduled | manual | on_exit | before_restore
        return self.manifest.get("trigger", "manual")

    @property
    def total_rows(self) -> int:
        return int(self.manifest.get("total_rows", 0))

    @property
    def size(self) -> int:
        return int(self.manifest.get("size", 0))

    @property
    def kind(self) -> str:
        return self.manifest.get("kind", "sqlite")

    @property
    def good(self) -> bool:
        return self.status == "good"


@dataclass
class BackupResult:
    info: BackupInfo
    removed: list[str] = field(default_factory=list)
    pictures_copied: int = 0
    warning: str = ""  # set for a suspect copy


def trigger_label(trigger: str) -> str:
    return {"scheduled": tr("Backup", "scheduled"), "manual": tr("Backup", "by hand"),
            "on_exit": tr("Backup", "on closing"), "before_restore": tr("Backup", "before a restore")}.get(
        trigger, trigger)


def status_label(status: str) -> str:
    return {"good": tr("Backup", "good"), "suspect": tr("Backup", "suspect")}.get(status, status)


# -- where ------------------------------------------------------------------------------------------

def default_folder() -> Path:
    """A `backups` folder beside the SQLite file (or in the data folder for PostgreSQL). Better
    than nothing; another disk, a USB drive or a NAS (set in Settings) survives a broken disk."""
    path = sqlite_path()
    if path is not None:
        return path.parent / "backups"
    from shopmanager.core.paths import data_dir

    return data_dir() / "backups"


def backup_folder() -> Path:
    chosen = settings.get("backup.folder")
    return Path(chosen) if chosen else default_folder()


def policy() -> Policy:
    return Policy(settings.get("backup.keep_daily"), settings.get("backup.keep_weekly"),
                  settings.get("backup.keep_monthly"))


def _prefix() -> str:
    path = sqlite_path()
    name = path.stem if path is not None else str(current_database().database)
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in name) or "shop"


def shop_id() -> str:
    """This shop's id, written into every manifest: rotation only ever touches the shop's own files."""
    value = settings.get("internal.shop_id")
    if value:
        return value

    def create() -> str:
        current = settings.get("internal.shop_id")
        if not current:
            current = uuid.uuid4().hex
            settings.store("internal.shop_id", current)
        return current

    return write_retrying(create)


def prepare_folder(folder: Path) -> Path:
    """The folder, made if only its last part is missing (or if it is the default one, in the
    program's own data folder); a clear message when it cannot be reached — a USB drive not
    plugged in must not make a folder on the system disk instead."""
    folder = Path(folder)
    if folder.exists():
        if not folder.is_dir():
            raise BackupFailed(tr("Backup", "{path} is a file, not a folder: choose another backup folder.").format(
                path=folder))
    elif folder.parent.is_dir() or folder == default_folder():
        try:
            folder.mkdir(parents=True)
        except OSError as error:
            raise BackupFailed(tr("Backup", "Cannot create the backup folder {path}: {reason}").format(
                path=folder, reason=error.strerror)) from None
    else:
        raise BackupFailed(tr("Backup", "The backup folder {path} cannot be reached. If it is on a USB drive or "
                                        "a network share, connect it and try again.").format(path=folder))
    if not os.access(folder, os.W_OK):
        raise BackupFailed(tr("Backup", "The backup folder {path} is read-only: choose one you may write to.").format(
            path=folder))
    return folder


# -- listing ----------------------------------------------------------------------------------------

def read_manifest(path: Path) -> dict[str, Any] | None:
    """The manifest beside a backup file, or None (no manifest: an unfinished or foreign copy)."""
    manifest_path = path.with_suffix(".json")
    try:
        data = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("program") != "ShopManager" or data.get("file") != path.name:
        return None
    return data


def list_backups(folder: Path | None = None, *, this_shop: bool = True) -> list[BackupInfo]:
    """The finished backups in `folder` (default: the configured one), newest first."""
    folder = Path(folder) if folder else backup_folder()
    if not folder.is_dir():
        return []
    wanted = shop_id() if this_shop else None
    found = []
    for manifest_path in folder.glob("*.json"):
        try:
            data = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(data, dict) or data.get("program") != "ShopManager" or "file" not in data:
            continue
        path = folder / data["file"]
        if not path.is_file() or (wanted and data.get("shop_id") != wanted):
            continue
        try:
            found.append(BackupInfo(path, data))
        except (KeyError, ValueError):
            continue
    return sorted(found, key=lambda info: info.created_at, reverse=True)


def last_good_backup(folder: Path | None = None) -> BackupInfo | None:
    return next((info for info in list_backups(folder) if info.good and info.trigger != "before_restore"), None)


# -- making one -------------------------------------------------------------------------------------

def make_backup(actor: Actor, *, folder: Path | None = None, trigger: str = "manual",
                progress: Progress | None = None) -> BackupResult:
    """Copy, verify, record; in the configured folder also rotate. BackupFailed (or DiskFull)
    with a plain message when it cannot be done — the earlier backups are never touched then."""
    require(actor, Perm.BACKUP_RUN, entity="backup")
    progress = progress or Progress()
    configured = folder is None
    target = Path(folder) if folder is not None else backup_folder()
    try:
        result = _make(target, trigger, progress, rotate=configured and trigger != "before_restore")
    except Cancelled:
        raise
    except ShopError as problem:
        _record_problem(actor, problem)
        raise
    except (OSError, sqlite3.Error) as error:
        problem = explain_error(error) or BackupFailed(tr("Backup", "The backup failed: {reason}").format(
            reason=error))
        _record_problem(actor, problem)
        raise problem from error
    _record_result(actor, result)
    return result


def _make(folder: Path, trigger: str, progress: Progress, *, rotate: bool) -> BackupResult:
    progress.update(0, 0, tr("Backup", "Preparing the backup…"))
    prepare_folder(folder)
    identity = shop_id()
    generation = marker_id()  # changes with each restore: rows are compared only with backups since the last one
    reference = _reference_rows(folder, identity, generation)
    stamp = timeutil.now()
    name = f"{_prefix()}-{stamp:%Y%m%d-%H%M%S}" + ("-before-restore" if trigger == "before_restore" else "")
    suffix = PG_SUFFIX if is_postgres() else SQLITE_SUFFIX
    for counter in range(2, 100):
        if not (folder / f"{name}{suffix}").exists():
            break
        name = f"{name.rsplit('~', 1)[0]}~{counter}"
    final = folder / f"{name}{suffix}"
    part = folder / f".{name}{suffix}.part"
    try:
        if is_postgres():
            from shopmanager.services import backup_pg

            rows, schema = backup_pg.dump(part, progress)
            progress.update(0, 0, tr("Backup", "Checking the copy…"))
            problems = backup_pg.verify_dump(part, rows)
        else:
            rows, schema = _copy_sqlite(part, progress)
            progress.update(0, 0, tr("Backup", "Checking the copy…"))
            problems = verify_sqlite_copy(part, rows).problems
        if problems:
            raise BackupFailed(tr("Backup", "The new backup did not pass its check ({problems}). It was removed; "
                                            "the earlier backups were kept.").format(problems="; ".join(problems[:3])))
        total = sum(rows.values())
        status, warning = "good", ""
        if looks_too_small(total, reference):
            status = "suspect"
            warning = tr("Backup", "The backup holds {rows} rows, far fewer than the last good one ({reference}). "
                                   "It was kept as suspect; the earlier good backups were not touched.").format(
                rows=total, reference=reference or 0)
        size = part.stat().st_size
        manifest = {
            "program": "ShopManager", "format": MANIFEST_FORMAT, "app_version": __version__,
            "file": final.name, "kind": "postgresql" if is_postgres() else "sqlite",
            "created_at": stamp.isoformat(sep=" "), "trigger": trigger, "status": status, "note": warning,
            "shop_id": identity, "restore_generation": generation, "shop_name": settings.get("shop.name"),
            "schema_version": schema, "rows": rows, "total_rows": total, "size": size,
            "sha256": file_sha256(part), "pc": socket.gethostname(),
        }
        os.replace(part, final)
        _write_json(final.with_suffix(".json"), manifest)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    info = BackupInfo(final, manifest)
    result = BackupResult(info, warning=warning)
    if settings.get("backup.pictures"):
        result.pictures_copied = copy_pictures(folder / "pictures", progress)
    if rotate and info.good:
        progress.update(0, 0, tr("Backup", "Removing old backups…"))
        result.removed = rotate_backups(folder)
    return result


def _reference_rows(folder: Path, identity: str, generation: str) -> int | None:
    """Rows of the newest good backup of this shop taken since the last restore."""
    if not folder.is_dir():
        return None
    for info in list_backups(folder):
        if info.good and info.manifest.get("shop_id") == identity and \
                info.manifest.get("restore_generation", "") == generation:
            return info.total_rows
    return None


def _table_rows(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows of every table (not the FTS index's virtual table: its shadow tables are counted)."""
    names = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]
    return {name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def _schema_of(rows: dict[str, int], conn: sqlite3.Connection) -> int | None:
    if "schema_version" not in rows:
        return None
    return int(conn.execute("SELECT max(version) FROM schema_version").fetchone()[0] or 0)


def _copy_sqlite(part: Path, progress: Progress) -> tuple[dict[str, int], int | None]:
    """The SQLite online backup API inside one read transaction: the copy and the row counts
    are of the same moment, however busy the other PCs are (WAL: they are not held up)."""
    source_path = sqlite_path()
    assert source_path is not None
    source = connect_read_only(source_path)
    try:
        source.isolation_level = None
        source.execute("BEGIN")
        rows = _table_rows(source)  # the snapshot starts with this first read
        schema = _schema_of(rows, source)
        page_size = source.execute("PRAGMA page_size").fetchone()[0]
        pages = source.execute("PRAGMA page_count").fetchone()[0]
        needed = page_size * pages
        free = free_bytes(part.parent)
        if free is not None and free < needed + 1024 * 1024:
            raise disk_full(part.parent, needed=needed)
        text = tr("Backup", "Copying the database…")

        def step(_status: int, remaining: int, total: int) -> None:
            progress.update(total - remaining, total, text)

        target = sqlite3.connect(str(part))
        try:
            source.backup(target, pages=STEP_PAGES, progress=step)
            target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        except sqlite3.OperationalError as error:
            if "full" in str(error):  # the backup's disk, not the database's
                raise disk_full(part.parent, needed=needed) from None
            raise
        finally:
            target.close()
        source.execute("ROLLBACK")
    finally:
        source.close()
    _fsync(part)
    return rows, schema


@dataclass
class CopyCheck:
    problems: list[str]
    rows: dict[str, int]
    schema_version: int | None


def verify_sqlite_copy(path: Path, expected: dict[str, int] | None, *, full: bool = True) -> CopyCheck:
    """Integrity check and row counts of a SQLite copy (against `expected`, when known)."""
    try:
        conn = connect_read_only(path, leave_no_trace=True)
    except sqlite3.DatabaseError as error:
        return CopyCheck([str(error)], {}, None)
    try:
        if full:
            result = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(5)")]
        else:
            result = quick_check(conn)
        if result != ["ok"]:
            return CopyCheck(result, {}, None)
        rows = _table_rows(conn)
        schema = _schema_of(rows, conn)
    except sqlite3.DatabaseError as error:
        return CopyCheck([str(error)], {}, None)
    finally:
        conn.close()
    problems = []
    if schema is None:
        problems.append(tr("Backup", "it is not a ShopManager database"))
    if expected is not None:
        for table in sorted(set(expected) | set(rows)):
            if expected.get(table) != rows.get(table):
                problems.append(tr("Backup", "{table}: {found} rows instead of {expected}").format(
                    table=table, found=rows.get(table, 0), expected=expected.get(table, 0)))
    return CopyCheck(problems, rows, schema)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _write_json(path: Path, data: dict[str, Any]) -> None:
    part = path.with_name(f".{path.name}.part")
    part.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    _fsync(part)
    os.replace(part, path)


def copy_pictures(target: Path, progress: Progress) -> int:
    """Copy the product pictures not yet in the backup's pictures folder (their names carry a
    hash of their content, so a name already there is the same picture)."""
    from shopmanager.services.products import pictures_folder

    source = pictures_folder()
    if not source.is_dir():
        return 0
    names = [p.name for p in source.iterdir() if p.is_file() and not p.name.endswith(".part")]
    if not names:
        return 0
    target.mkdir(exist_ok=True)
    have = {p.name for p in target.iterdir()}
    missing = [name for name in names if name not in have]
    text = tr("Backup", "Copying product pictures…")
    for done, name in enumerate(missing, start=1):
        part = target / f".{name}.part"
        try:
            shutil.copyfile(source / name, part)
        except OSError as error:
            part.unlink(missing_ok=True)
            if error.errno == errno.ENOSPC:
                raise disk_full(target) from None
            raise
        os.replace(part, target / name)
        progress.update(done, len(missing), text)
    return len(missing)


# -- rotation ---------------------------------------------------------------------------------------

def rotate_backups(folder: Path | None = None) -> list[str]:
    """Remove this shop's good backups the policy no longer keeps, the oldest suspect ones and old
    copies saved before restores. Never the newest good backup; never another shop's files."""
    folder = Path(folder) if folder else backup_folder()
    backups = list_backups(folder)
    regular = [b for b in backups if b.trigger != "before_restore"]
    good = [b for b in regular if b.good]
    keep = to_keep([b.created_at for b in good], policy())
    doomed = [b for b in good if b.created_at not in keep]
    doomed += [b for b in regular if not b.good][KEEP_SUSPECT:]
    doomed += [b for b in backups if b.trigger == "before_restore"][KEEP_BEFORE_RESTORE:]
    removed = []
    for info in doomed:
        try:
            info.path.with_suffix(".json").unlink()  # the manifest first: a file without one is not a backup
            info.path.unlink()
        except OSError as error:
            log.warning("Could not remove the old backup %s: %s", info.path, error)
            continue
        removed.append(info.path.name)
    return removed


# -- what happened ----------------------------------------------------------------------------------

def _record_result(actor: Actor, result: BackupResult) -> None:
    info = result.info
    summary = f"{info.path} ({status_label(info.status)}, {trigger_label(info.trigger)})"

    def record() -> None:
        if info.good:
            settings.store("backup.last_good", {
                "at": info.manifest["created_at"], "file": str(info.path), "rows": info.total_rows,
                "size": info.size, "kind": info.kind})
            settings.store("backup.last_problem", None)
        else:
            settings.store("backup.last_problem", {"at": timeutil.now().isoformat(sep=" "), "text": result.warning})
        audit(actor, "backup", "database", "", summary=summary)

    try:
        write_retrying(record)
    except ShopError as problem:  # the copy is safe on its own disk; the shop's database may be full
        log.warning("Backup %s made but not recorded: %s", info.path, problem)
    if info.good:
        remember_location(info)


def _record_problem(actor: Actor, problem: ShopError) -> None:
    log.warning("Backup failed: %s", problem)

    def record() -> None:
        settings.store("backup.last_problem", {"at": timeutil.now().isoformat(sep=" "), "text": str(problem)})
        audit(actor, "backup_failed", "database", "", summary=str(problem)[:500])

    try:
        write_retrying(record)
    except Exception as error:  # noqa: BLE001 - a failed backup must be reported even if this fails
        log.warning("Backup problem not recorded (%s): %s", error, problem)


def location_file() -> Path | None:
    """Beside the SQLite file: where its backups are, readable when the database itself is not."""
    path = sqlite_path()
    return path.with_name(path.name + ".backups.json") if path is not None else None


def remember_location(info: BackupInfo) -> None:
    target = location_file()
    if target is None:
        return
    try:
        _write_json(target, {"folder": str(info.path.parent), "last_good": str(info.path),
                             "at": info.manifest["created_at"], "shop_id": info.manifest.get("shop_id", "")})
    except OSError as error:
        log.warning("Could not note the backup folder beside the database: %s", error)


@dataclass(frozen=True)
class BackupStatus:
    last_good_at: dt.datetime | None
    last_good_file: str
    stale: bool  # no good backup, or older than two days
    problem: str  # the last failure or suspect copy since the last good backup
    problem_at: dt.datetime | None
    folder: Path


def backup_status() -> BackupStatus:
    """For the dashboard and Settings: when the last good backup was made, and what went wrong since."""
    good = settings.get("backup.last_good") or {}
    problem = settings.get("backup.last_problem") or {}
    at = dt.datetime.fromisoformat(good["at"]) if good.get("at") else None
    problem_at = dt.datetime.fromisoformat(problem["at"]) if problem.get("at") else None
    return BackupStatus(at, good.get("file", ""), is_stale(timeutil.now(), at), problem.get("text", ""),
                        problem_at, backup_folder())


def age_text(moment: dt.datetime | None, now: dt.datetime | None = None) -> str:
    if moment is None:
        return tr("Backup", "never")
    delta = (now or timeutil.now()) - moment
    if delta < dt.timedelta(hours=1):
        return tr("Backup", "{n} minutes ago").format(n=max(0, int(delta.total_seconds() // 60)))
    if delta < dt.timedelta(days=2):
        return tr("Backup", "{n} hours ago").format(n=int(delta.total_seconds() // 3600))
    return tr("Backup", "{n} days ago").format(n=delta.days)


# -- when -------------------------------------------------------------------------------------------

def scheduled_backup_due(now: dt.datetime | None = None) -> bool:
    """The daily backup's time has passed since the last good backup (and no failure in the last hour)."""
    now = now or timeutil.now()
    status = backup_status()
    at = timeutil.parse_hhmm(settings.get("backup.time"))
    if not is_due(now, at, status.last_good_at):
        return False
    return status.problem_at is None or now - status.problem_at >= RETRY_AFTER_PROBLEM


def claim_scheduled_backup(now: dt.datetime | None = None) -> bool:
    """One PC makes the scheduled backup: the first to claim it; the claim lapses after 30 minutes."""
    now = now or timeutil.now()
    me = socket.gethostname()

    def claim() -> bool:
        current = settings.get("backup.claim") or {}
        if current.get("at"):
            claimed_at = dt.datetime.fromisoformat(current["at"])
            if now - claimed_at < dt.timedelta(minutes=CLAIM_MINUTES) and current.get("pc") != me:
                return False
        settings.store("backup.claim", {"at": now.isoformat(sep=" "), "pc": me})
        return True

    return write_retrying(claim)


def exit_backup_wanted(now: dt.datetime | None = None) -> bool:
    """Closing the last window backs up, unless a good backup was made in the last half hour."""
    if not settings.get("backup.on_exit"):
        return False
    last = backup_status().last_good_at
    return last is None or (now or timeutil.now()) - last >= EXIT_BACKUP_GAP


def describe(info: BackupInfo) -> str:
    return tr("Backup", "{when} · {rows} rows · {size} · {trigger}").format(
        when=info.created_at.strftime("%Y-%m-%d %H:%M"), rows=f"{info.total_rows:,}", size=format_size(info.size),
        trigger=trigger_label(info.trigger))
