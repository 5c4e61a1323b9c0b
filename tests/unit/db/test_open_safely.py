"""Issue 13 points 3, 5 and 7: the wrong file is never changed, a damaged one is recognised,
`shopmanager check` only reads, and a full disk is a plain message naming the disk."""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from shopmanager.core.errors import DatabaseDamaged, DatabaseMissing, DatabaseProblem, DiskFull, ShopError
from shopmanager.db.bootstrap import open_and_migrate
from shopmanager.db.database import close_database, database_proxy, open_database, sqlite_url
from shopmanager.services import auth

FIXTURES = Path(__file__).parents[2] / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name and p.name.startswith(path.name))


def test_a_zero_byte_file_is_refused_and_stays_zero_bytes(tmp_path):
    path = tmp_path / "shop.sqlite3"
    path.touch()
    for create in (False, True):
        with pytest.raises(DatabaseProblem, match="empty file"):
            open_and_migrate(sqlite_url(path), create=create)
    assert path.stat().st_size == 0 and side_files(path) == []


def test_another_programs_database_is_not_switched_to_wal(tmp_path):
    path = tmp_path / "invoices.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoice (total) VALUES (12.5)")
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseProblem, match="not made by ShopManager.*left untouched"):
        open_and_migrate(sqlite_url(path))
    assert digest(path) == before
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_a_newer_shop_database_is_refused_before_anything_touches_it(tmp_path, sqlite_template):
    from shopmanager.db import migrations

    path = tmp_path / "newer.sqlite3"
    shutil.copyfile(sqlite_template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=delete")
        conn.execute("INSERT INTO schema_version VALUES (?, '2030-01-01 00:00:00', '9.0')",
                     (migrations.CURRENT_VERSION + 3,))
    conn.close()
    before = digest(path)
    with pytest.raises(DatabaseProblem, match="newer ShopManager"):
        open_and_migrate(sqlite_url(path))
    assert digest(path) == before and side_files(path) == []


def test_a_missing_database_is_reported_and_no_folder_is_made(tmp_path):
    path = tmp_path / "share" / "shop" / "shop.sqlite3"
    with pytest.raises(DatabaseMissing) as error:
        open_and_migrate(sqlite_url(path))
    assert error.value.path == path and "network drive" in str(error.value)
    assert not (tmp_path / "share").exists()


def test_damage_inside_the_data_is_found_by_the_quick_check_at_opening(tmp_path, sqlite_template):
    path = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=delete")
        conn.execute("CREATE TABLE filler (x)")
        conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,)] * 2000)
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    last = len(data) // page - 2  # a data page of the filler table, far from the schema
    data[last * page + 8: last * page + 400] = os.urandom(392)
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseDamaged) as error:
        open_and_migrate(sqlite_url(path))
    assert error.value.path == path
    assert path.read_bytes() == bytes(data)


# -- shopmanager check ------------------------------------------------------------------------------

def test_check_reports_an_old_schema_and_changes_nothing(tmp_path, capsys):
    from shopmanager.cli import main

    path = tmp_path / "v1.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite3", path)
    before = digest(path)
    assert main(["--db", sqlite_url(path), "--lang", "en", "check"]) == 0
    out = capsys.readouterr().out
    assert "[OLD] Schema version: 1, older than this program's" in out
    assert "[OK ] Integrity: ok" in out and "[OK ] Audit log is append-only: ok" in out
    close_database()
    assert digest(path) == before and side_files(path) == []


def test_check_finds_a_missing_audit_log_trigger(tmp_path, sqlite_template, capsys):
    from shopmanager.cli import main

    path = tmp_path / "shop.sqlite3"
    shutil.copyfile(sqlite_template, path)
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.close()
    assert main(["--db", sqlite_url(path), "--lang", "en", "check"]) == 1
    assert "[BAD] Audit log is append-only: no trigger refuses DELETE" in capsys.readouterr().out


def test_audit_log_protection_is_checked_on_postgresql_too(db):
    from shopmanager.services.check import audit_log_protection

    assert audit_log_protection().ok
    if db.kind == "postgres":
        database_proxy.execute_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
    else:
        database_proxy.execute_sql("DROP TRIGGER audit_log_no_update")
    finding = audit_log_protection()
    assert not finding.ok and "UPDATE" in finding.detail


def _mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True).returncode == 0


def _umount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_check_works_on_a_read_only_disk(tmp_path, sqlite_template, capsys):
    from shopmanager.cli import main

    mount = tmp_path / "cdrom"
    if not _mount_tmpfs(mount, "8m"):
        pytest.skip("needs root to mount a small file system")
    try:
        shutil.copyfile(sqlite_template, mount / "shop.sqlite3")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        assert main(["--db", sqlite_url(mount / "shop.sqlite3"), "--lang", "en", "check"]) == 0
        assert "[OK ] Integrity: ok" in capsys.readouterr().out
        close_database()
    finally:
        _umount(mount)


# -- a full disk ------------------------------------------------------------------------------------

def _shop_on(path: Path):
    open_and_migrate(sqlite_url(path), create=True)
    return auth.initialize_shop(shop_name="小店", owner_username="boss", owner_password="Good-pass-88",
                                owner_name="王", language="en")


def _fill(owner) -> ShopError:
    from shopmanager.services import products

    with pytest.raises(ShopError) as error:
        for i in range(5000):
            products.create_product(owner, {"sku": f"S{i}", "name": "长名字" * 60, "notes": "备注" * 900})
    return error.value


def test_a_full_database_is_a_plain_message_naming_the_disk(tmp_path):
    owner = _shop_on(tmp_path / "shop.sqlite3")
    pages = database_proxy.execute_sql("PRAGMA page_count").fetchone()[0]
    database_proxy.execute_sql(f"PRAGMA max_page_count = {pages + 3}")
    error = _fill(owner)
    assert isinstance(error, DiskFull)
    assert "is full" in str(error) and str(tmp_path / "shop.sqlite3") in str(error)
    from shopmanager.db.models import Product

    assert Product.select().count() >= 0  # the connection still works afterwards


def test_a_really_full_disk_is_a_plain_message_not_cannot_rollback(tmp_path):
    mount = tmp_path / "tiny"
    # an empty shop of every module (about 700 KB with the after-sales tables, and its WAL) and a little more
    if not _mount_tmpfs(mount, "2m"):
        pytest.skip("needs root to mount a small file system")
    try:
        owner = _shop_on(mount / "shop.sqlite3")
        error = _fill(owner)
        assert isinstance(error, DiskFull), repr(error)
        assert f"The disk {mount} is full" in str(error)
        assert "cannot rollback" not in str(error)
    finally:
        close_database()
        _umount(mount)


def test_a_windows_path_written_as_sqlite_url_keeps_its_drive():
    from shopmanager.db.database import parse_url

    assert str(parse_url("sqlite:///C:/商店/shop.sqlite3").path) == "C:/商店/shop.sqlite3"
    assert str(parse_url("sqlite:///d:\\shop.sqlite3").path) == "d:\\shop.sqlite3"
    assert parse_url("sqlite:///srv/shop.sqlite3").path == Path("/srv/shop.sqlite3")
