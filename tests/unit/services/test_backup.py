"""Issue 13 points 1, 2 and 9: backups taken while the shop works are consistent, verified,
rotated without ever losing the last good one; a restore gives back every table as it was at
the moment of the backup; a damaged or foreign file is refused."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from shopmanager.core import timeutil
from shopmanager.core.errors import DiskFull, LoginFailed, PermissionDenied
from shopmanager.core.permissions import Role
from shopmanager.db.database import current_database, database_proxy, open_database, sqlite_url
from shopmanager.db.models import AuditLog, Product
from shopmanager.services import backup, products, restore, restore_marker
from shopmanager.services import settings as shop_settings
from shopmanager.services.context import SYSTEM

ROOT = Path(__file__).parents[3]
INTERNAL_KEYS = {"backup.last_good", "backup.last_problem", "backup.claim", "internal.restored"}


def tables() -> list[str]:
    database = current_database()
    if database_proxy.obj.__class__.__name__.startswith("ShopSqlite"):
        sql = ("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
               "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    else:
        sql = ("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
               "AND table_type = 'BASE TABLE' ORDER BY table_name")
    return [row[0] for row in database.execute_sql(sql).fetchall()]


def contents() -> dict[str, list[tuple]]:
    database = current_database()
    result = {}
    for name in tables():
        cursor = database.execute_sql(f'SELECT * FROM "{name}"')
        width = len(cursor.description)
        rows = cursor.fetchall()
        result[name] = sorted((tuple(str(v) for v in row) for row in rows), key=lambda r: r[:width])
    return result


def _without_internal(rows: list[tuple]) -> list[tuple]:
    return [row for row in rows if row[0] not in INTERNAL_KEYS]


def some_shop_data(owner) -> None:
    for i in range(30):
        products.create_product(owner, {"sku": f"B-{i:03d}", "name": f"备份测试商品 {i}", "price_cents": f"{i}.90"})


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "usb" / "backups"
    path.parent.mkdir()
    return path


def test_a_backup_taken_while_another_process_writes_restores_every_table_as_it_was(db, shop, folder):
    owner = shop[Role.OWNER]
    some_shop_data(owner)
    backup.shop_id()
    before = contents()
    rows_total = 100_000
    writer = subprocess.Popen([sys.executable, "-m", "tests.unit.services.bulk_writer", db.url, str(rows_total)],
                              cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while AuditLog.select().where(AuditLog.username == "writer").count() < 5000:
            assert writer.poll() is None and time.monotonic() < deadline, "the writer stopped early"
            time.sleep(0.02)
        result = backup.make_backup(owner, folder=folder)
        still_writing = writer.poll() is None
    finally:
        assert writer.wait(timeout=300) == 0
    info = result.info
    assert info.good and info.path.parent == folder
    written = info.manifest["rows"]["audit_log"] - len(before["audit_log"])
    assert 5000 <= written and (written < rows_total or not still_writing)
    final = contents()
    assert len(final["audit_log"]) >= len(before["audit_log"]) + rows_total

    restored = restore.restore_backup(owner, info.path)
    assert restored.saved_aside is not None and restored.saved_aside.exists()
    after = contents()
    # Every table is as it was at the moment of the backup: the shop's data before the writer
    # started, and exactly the first rows the writer had committed by then.
    for name, rows in before.items():
        if name in ("audit_log", "setting"):
            continue
        assert after[name] == rows, name
    assert _without_internal(after["setting"]) == _without_internal(before["setting"])
    by_id = sorted(after["audit_log"], key=lambda row: int(row[0]))
    expected_ids = sorted((row for row in final["audit_log"]), key=lambda row: int(row[0]))
    assert by_id[:-1] == expected_ids[:info.manifest["rows"]["audit_log"]]
    assert by_id[-1][4] == "restore" and by_id[-1][3] == "owner"  # the restore's own record
    assert shop_settings.get("internal.restored")["by"] == "owner"


def test_a_backup_is_checked_against_its_source_and_a_bad_copy_replaces_nothing(sqlite_db, sqlite_shop, folder,
                                                                               monkeypatch):
    owner = sqlite_shop[Role.OWNER]
    good = backup.make_backup(owner, folder=folder).info
    real_verify = backup.verify_sqlite_copy

    def lying_copy(path, expected, **kwargs):
        return real_verify(path, {**expected, "product": expected["product"] + 1}, **kwargs)

    monkeypatch.setattr(backup, "verify_sqlite_copy", lying_copy)
    timeutil.set_clock_offset(dt.timedelta(days=1))
    with pytest.raises(backup.BackupFailed, match="did not pass its check.*product: 0 rows instead of 1"):
        backup.make_backup(owner, folder=folder)
    assert [b.path for b in backup.list_backups(folder)] == [good.path]
    assert sorted(p.name for p in folder.iterdir()) == sorted([good.path.name, good.path.with_suffix(".json").name])
    status = backup.backup_status()
    assert status.last_good_file == str(good.path) and "did not pass its check" in status.problem
    assert AuditLog.select().where(AuditLog.action == "backup_failed").count() == 1


def test_an_empty_or_far_smaller_copy_is_kept_as_suspect_and_never_rotates_out_a_good_one(
        sqlite_db, sqlite_shop, folder):
    owner = sqlite_shop[Role.OWNER]
    some_shop_data(owner)
    for i in range(300):
        Product.create(sku=f"X-{i}", name="x", created_at=timeutil.now(), updated_at=timeutil.now())
    shop_settings.update(owner, {"backup.keep_daily": 1, "backup.keep_weekly": 0, "backup.keep_monthly": 0})
    good = backup.make_backup(owner).info
    # Most products vanish (a bad import undone by hand, a wrong file …): the copy is suspect.
    Product.delete().where(Product.sku.startswith("X-")).execute()
    timeutil.set_clock_offset(dt.timedelta(days=3))
    result = backup.make_backup(owner)
    assert result.info.status == "suspect" and "far fewer" in result.warning
    assert good.path.exists() and result.info.path.exists()
    assert backup.backup_status().last_good_file == str(good.path)
    assert backup.last_good_backup() == good
    assert "far fewer" in backup.backup_status().problem


def test_rotation_keeps_dailies_weeklies_monthlies_and_only_this_shops_files(sqlite_db, sqlite_shop, folder):
    owner = sqlite_shop[Role.OWNER]
    shop_settings.update(owner, {"backup.folder": str(folder), "backup.keep_daily": 3, "backup.keep_weekly": 2,
                                 "backup.keep_monthly": 2})
    stranger = folder / "other-20200101-000000.sqlite3"
    folder.mkdir()
    shutil.copyfile(sqlite_db.path, stranger)
    stranger.with_suffix(".json").write_text(json.dumps({
        "program": "ShopManager", "file": stranger.name, "shop_id": "another shop", "status": "good",
        "created_at": "2020-01-01 00:00:00"}), encoding="utf-8")
    start = dt.datetime(2026, 1, 1, 21, 45)
    made = []
    for day in range(0, 70, 3):  # a backup every third day for ten weeks
        timeutil.set_clock_offset(start + dt.timedelta(days=day) - dt.datetime.now())
        made.append(backup.make_backup(owner, trigger="scheduled").info.created_at)
    kept = sorted(b.created_at for b in backup.list_backups(folder))
    from shopmanager.core.backups import Policy, to_keep

    assert set(kept) == to_keep(made, Policy(3, 2, 2))
    assert made[-1] in kept and len(kept) < len(made)
    assert stranger.exists() and stranger.with_suffix(".json").exists()


def test_a_corrupt_backup_is_refused_and_the_database_is_left_as_it_is(sqlite_db, sqlite_shop, folder):
    owner = sqlite_shop[Role.OWNER]
    some_shop_data(owner)
    info = backup.make_backup(owner, folder=folder).info
    Product.update(name="改过的名字").where(Product.sku == "B-001").execute()
    damaged = folder / "damaged.sqlite3"
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    manifest = json.loads(info.path.with_suffix(".json").read_text(encoding="utf-8"))
    damaged.with_suffix(".json").write_text(json.dumps({**manifest, "file": damaged.name}), encoding="utf-8")
    with pytest.raises(restore.BackupRefused, match="checksum differs.*Nothing was changed"):
        restore.restore_backup(owner, damaged)
    # without its manifest, the damage is found by SQLite's own check
    damaged.with_suffix(".json").unlink()
    wrecked = bytearray(info.path.read_bytes())
    wrecked[4096 * 3: 4096 * 3 + 200] = os.urandom(200)
    damaged.write_bytes(bytes(wrecked))
    with pytest.raises(restore.BackupRefused, match="did not pass its check"):
        restore.restore_backup(owner, damaged)
    spreadsheet = folder / "orders.sqlite3"
    spreadsheet.write_bytes(b"PK\x03\x04 not a database at all" * 50)
    with pytest.raises(restore.BackupRefused, match="not a ShopManager backup"):
        restore.restore_backup(owner, spreadsheet)
    assert Product.get(Product.sku == "B-001").name == "改过的名字"
    assert restore_marker.marker_id() == ""
    assert not any("before-restore" in p.name for p in folder.iterdir())


def test_only_the_owner_restores_and_only_the_owner_or_supervisor_backs_up(sqlite_db, sqlite_shop, folder):
    info = backup.make_backup(sqlite_shop[Role.SUPERVISOR], folder=folder).info
    with pytest.raises(PermissionDenied):
        backup.make_backup(sqlite_shop[Role.SALES], folder=folder)
    with pytest.raises(PermissionDenied):
        restore.restore_backup(sqlite_shop[Role.SUPERVISOR], info.path)


def test_a_backup_folder_that_cannot_be_reached_is_explained_and_not_made(sqlite_db, sqlite_shop, tmp_path):
    missing = tmp_path / "usb-not-plugged-in" / "backups"
    with pytest.raises(backup.BackupFailed, match="cannot be reached"):
        backup.make_backup(sqlite_shop[Role.OWNER], folder=missing)
    assert not (tmp_path / "usb-not-plugged-in").exists()


def test_a_full_backup_disk_is_named_and_leaves_nothing_half_written(sqlite_db, sqlite_shop, tmp_path):
    from tests.unit.db.test_open_safely import _mount_tmpfs, _umount

    mount = tmp_path / "small-usb"
    if not _mount_tmpfs(mount, "64k"):
        pytest.skip("needs root to mount a small file system")
    try:
        with pytest.raises(DiskFull) as error:
            backup.make_backup(sqlite_shop[Role.OWNER], folder=mount)
        assert str(mount) in str(error.value) and "free" in str(error.value)
        assert list(mount.iterdir()) == []
    finally:
        _umount(mount)


def test_the_daily_backup_is_due_after_its_time_and_one_pc_makes_it(sqlite_db, sqlite_shop, folder):
    owner = sqlite_shop[Role.OWNER]
    shop_settings.update(owner, {"backup.folder": str(folder), "backup.time": "21:45"})
    day = dt.date(2026, 11, 30)
    assert backup.scheduled_backup_due(dt.datetime.combine(day, dt.time(9, 0)))  # never backed up
    timeutil.set_clock_offset(dt.datetime.combine(day, dt.time(21, 50)) - dt.datetime.now())
    backup.make_backup(SYSTEM, trigger="scheduled")
    assert not backup.scheduled_backup_due(dt.datetime.combine(day, dt.time(23, 0)))
    assert not backup.scheduled_backup_due(dt.datetime.combine(day + dt.timedelta(days=1), dt.time(21, 44)))
    assert backup.scheduled_backup_due(dt.datetime.combine(day + dt.timedelta(days=1), dt.time(21, 46)))
    moment = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(21, 46))
    assert backup.claim_scheduled_backup(moment)
    shop_settings.store("backup.claim", {"at": moment.isoformat(sep=" "), "pc": "the packing PC"})
    assert not backup.claim_scheduled_backup(moment + dt.timedelta(minutes=5))
    assert backup.claim_scheduled_backup(moment + dt.timedelta(minutes=31))


def test_the_dashboard_status_warns_when_the_last_good_backup_is_old(sqlite_db, sqlite_shop, folder):
    assert backup.backup_status().stale and backup.backup_status().last_good_at is None
    backup.make_backup(sqlite_shop[Role.OWNER], folder=folder)
    assert not backup.backup_status().stale
    timeutil.set_clock_offset(dt.timedelta(days=2, hours=1))
    assert backup.backup_status().stale
    assert backup.age_text(backup.backup_status().last_good_at) == "2 days ago"


def test_pictures_are_backed_up_once_and_come_back_with_a_restore(sqlite_db, sqlite_shop, folder, tmp_path):
    owner = sqlite_shop[Role.OWNER]
    product_id = products.create_product(owner, {"sku": "PIC-1", "name": "有图的商品"})
    picture = tmp_path / "photo.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(500))
    name = products.set_picture(owner, product_id, picture)
    first = backup.make_backup(owner, folder=folder)
    assert first.pictures_copied == 1 and (folder / "pictures" / name).exists()
    assert backup.make_backup(owner, folder=folder).pictures_copied == 0
    (products.pictures_folder() / name).unlink()
    restore.restore_backup(owner, first.info.path)
    assert (products.pictures_folder() / name).read_bytes() == picture.read_bytes()


def test_other_pcs_learn_of_a_restore_from_the_marker(sqlite_db, sqlite_shop, folder):
    owner = sqlite_shop[Role.OWNER]
    info = backup.make_backup(owner, folder=folder).info
    started_with = restore_marker.marker_id()
    assert restore_marker.restored_since(started_with) is None
    restore.restore_backup(owner, info.path)
    # another PC: another connection to the same file
    other = sqlite3.connect(sqlite_db.path)
    value = json.loads(other.execute("SELECT value FROM setting WHERE key = 'internal.restored'").fetchone()[0])
    other.close()
    assert value["by"] == "owner" and value["id"] != started_with
    notice = restore_marker.restored_since(started_with)
    assert notice is not None and notice["backup_at"] == info.manifest["created_at"]


def test_a_damaged_database_is_replaced_by_a_backup_with_the_owners_password(sqlite_db, sqlite_shop, folder):
    owner = sqlite_shop[Role.OWNER]
    some_shop_data(owner)
    shop_settings.update(owner, {"backup.folder": str(folder)})
    info = backup.make_backup(owner).info
    path = sqlite_db.path
    from shopmanager.db.database import close_database

    close_database()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    from shopmanager.core.errors import DatabaseDamaged
    from shopmanager.db.bootstrap import open_and_migrate

    with pytest.raises(DatabaseDamaged):
        open_and_migrate(sqlite_url(path))
    assert [b.path for b in restore.backups_for(path)] == [info.path]
    with pytest.raises(LoginFailed):
        restore.restore_damaged(path, info.path, "owner", "wrong password")
    with pytest.raises(LoginFailed):
        restore.restore_damaged(path, info.path, "supervisor", "demo-pass-1")
    assert path.read_bytes() == bytes(data)
    checked, aside = restore.restore_damaged(path, info.path, "owner", "demo-pass-1")
    assert aside.read_bytes() == bytes(data)
    open_and_migrate(sqlite_url(path))
    restore.record_restore("owner", checked)
    assert Product.select().where(Product.sku.startswith("B-")).count() == 30


@pytest.mark.postgres
@pytest.mark.parametrize("db", ["postgres"], indirect=True)
def test_postgresql_without_its_tools_says_what_to_install(db, shop, folder, monkeypatch):
    from shopmanager.services import backup_pg

    monkeypatch.setattr(backup_pg, "_candidates", lambda name: [])
    with pytest.raises(backup_pg.ToolsMissing, match="pg_dump.*Command Line Tools"):
        backup.make_backup(shop[Role.OWNER], folder=folder)
    assert "pg_dump" in backup.backup_status().problem


def test_backup_and_restore_from_the_command_line(sqlite_db, sqlite_shop, folder, monkeypatch, capsys):
    from shopmanager.cli import main

    owner = sqlite_shop[Role.OWNER]
    some_shop_data(owner)
    shop_settings.update(owner, {"backup.folder": str(folder)})
    url = sqlite_db.url
    assert main(["--db", url, "--lang", "en", "backup"]) == 0
    out = capsys.readouterr().out
    assert "Backup written and checked" in out
    made = backup.list_backups(folder)[0]
    assert main(["--db", url, "--lang", "en", "backup", "--list"]) == 0
    assert made.path.name in capsys.readouterr().out
    Product.update(name="改坏了").execute()
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "demo-pass-1")
    assert main(["--db", url, "--lang", "en", "--user", "supervisor", "restore", str(made.path), "--yes"]) == 2
    assert "Not allowed" in capsys.readouterr().err
    assert main(["--db", url, "--lang", "en", "--user", "owner", "restore", str(made.path), "--yes"]) == 0
    assert "Restored the backup of" in capsys.readouterr().out
    assert Product.select().where(Product.name == "改坏了").count() == 0


def test_the_command_line_restores_over_a_damaged_database_with_the_owners_password(
        sqlite_db, sqlite_shop, folder, monkeypatch, capsys):
    from shopmanager.cli import main
    from shopmanager.db.database import close_database

    owner = sqlite_shop[Role.OWNER]
    some_shop_data(owner)
    info = backup.make_backup(owner, folder=folder).info
    close_database()
    data = bytearray(sqlite_db.path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    sqlite_db.path.write_bytes(bytes(data))
    url = sqlite_db.url
    assert main(["--db", url, "--lang", "en", "restore", str(info.path), "--yes"]) == 2
    assert "is damaged" in capsys.readouterr().err
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "wrong password")
    assert main(["--db", url, "--lang", "en", "--user", "owner", "restore", str(info.path), "--yes"]) == 2
    assert "Only the shop owner may restore" in capsys.readouterr().err
    assert sqlite_db.path.read_bytes() == bytes(data)
    monkeypatch.setenv("SHOPMANAGER_PASSWORD", "demo-pass-1")
    assert main(["--db", url, "--lang", "en", "--user", "owner", "restore", str(info.path), "--yes"]) == 0
    assert "The damaged file was moved to" in capsys.readouterr().out
    assert Product.select().where(Product.sku.startswith("B-")).count() == 30
    assert AuditLog.select().where(AuditLog.action == "restore").count() == 1


@pytest.mark.postgres
@pytest.mark.parametrize("db", ["postgres"], indirect=True)
def test_a_sqlite_backup_is_refused_by_a_postgresql_shop(db, shop, folder, tmp_path, sqlite_template):
    copy = tmp_path / "sqlite-shop.sqlite3"
    shutil.copyfile(sqlite_template, copy)
    with pytest.raises(restore.BackupRefused, match="sqlite backup and this shop uses postgresql"):
        restore.restore_backup(shop[Role.OWNER], copy)


@pytest.mark.postgres
@pytest.mark.parametrize("db", ["postgres"], indirect=True)
def test_check_opens_postgresql_read_only(db, shop, capsys):
    """(SQLite: tests/unit/db/test_open_safely.py)"""
    from shopmanager.cli import main

    assert main(["--db", db.url, "--lang", "en", "check"]) == 0
    out = capsys.readouterr().out
    assert "opened read-only" in out and "[OK ] Audit log is append-only: ok" in out
    import peewee

    with pytest.raises(peewee.DatabaseError, match="read-only"):
        database_proxy.execute_sql("INSERT INTO setting (key, value) VALUES ('x', '1')")
