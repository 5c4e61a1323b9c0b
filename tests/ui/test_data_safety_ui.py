"""Backups, restore and the wrong or damaged database as a user meets them in the window
(English and Chinese where text matters)."""
from __future__ import annotations

import datetime as dt
import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QTableWidget

from shopmanager.core import timeutil
from shopmanager.core.permissions import Role
from shopmanager.db.database import close_database, sqlite_url
from shopmanager.db.models import Product
from shopmanager.services import backup, restore, restore_marker, settings
from shopmanager.ui.app import AppController
from shopmanager.ui.database_dialogs import DamagedDatabaseDialog
from shopmanager.ui.i18n import apply_language
from tests.ui.conftest import wait_for_tasks
from tests.ui.test_foundation_ui import make_window
from tests.unit.services.test_backup import folder  # noqa: F401 - the backup folder fixture


def settings_page(qtbot, sqlite_shop, sqlite_db):
    window = make_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    return window, window.show_page("settings")


def test_the_owner_sets_the_folder_backs_up_and_sees_the_backup_listed(qtbot, sqlite_db, sqlite_shop, folder,
                                                                      dialogs):
    window, page = settings_page(qtbot, sqlite_shop, sqlite_db)
    panel = page.backups
    assert "No good backup of this shop yet" in panel.status.text()
    panel.findChild(QLineEdit, "backup.folder").setText(str(folder))
    dialogs.answer(str(folder))
    panel.findChild(QPushButton, "choose_folder").click()
    panel.findChild(QPushButton, "backup_now").click()
    assert "Save the settings first" in dialogs.last
    page.save()
    assert settings.get("backup.folder") == str(folder)
    panel.findChild(QPushButton, "backup_now").click()
    wait_for_tasks(qtbot)
    assert "Backup written and checked" in dialogs.last and str(folder) in dialogs.last
    table = panel.findChild(QTableWidget, "backup_list")
    assert table.rowCount() == 1 and table.item(0, 3).text() == "by hand" and table.item(0, 4).text() == "good"
    assert "Last good backup:" in panel.status.text()
    window.close()


def test_restore_from_settings_asks_then_returns_to_the_login(qtbot, sqlite_db, sqlite_shop, folder, dialogs):
    settings.update(sqlite_shop[Role.OWNER], {"backup.folder": str(folder)})
    backup.make_backup(sqlite_shop[Role.OWNER])
    Product.create(sku="AFTER", name="备份之后的商品", created_at=timeutil.now(), updated_at=timeutil.now())
    window, page = settings_page(qtbot, sqlite_shop, sqlite_db)
    logged_out = []
    window.logout_requested.connect(lambda: logged_out.append(True))
    dialogs.answer(False)  # first: changes her mind
    page.backups.findChild(QPushButton, "restore_selected").click()
    wait_for_tasks(qtbot)
    assert "Restore the backup of" in dialogs.texts("confirm")[-1]
    assert Product.select().where(Product.sku == "AFTER").exists()
    dialogs.answer(True)
    page.backups.findChild(QPushButton, "restore_selected").click()
    wait_for_tasks(qtbot)
    qtbot.waitUntil(lambda: logged_out == [True])
    assert "was restored" in dialogs.texts("info")[-1] and "before-restore" in dialogs.texts("info")[-1]
    assert not Product.select().where(Product.sku == "AFTER").exists()
    window.close()


def test_another_shops_backup_is_named_before_it_replaces_this_shop(qtbot, sqlite_db, sqlite_shop, folder, dialogs):
    import sqlite3

    settings.update(sqlite_shop[Role.OWNER], {"backup.folder": str(folder)})
    mine = backup.make_backup(sqlite_shop[Role.OWNER]).info.path
    theirs = folder.parent / "branch.sqlite3"
    theirs.write_bytes(mine.read_bytes())
    conn = sqlite3.connect(theirs)
    with conn:
        conn.execute("UPDATE setting SET value = '\"another-shop\"' WHERE key = 'internal.shop_id'")
        conn.execute("UPDATE setting SET value = '\"分店\"' WHERE key = 'shop.name'")
    conn.close()
    window, page = settings_page(qtbot, sqlite_shop, sqlite_db)
    logged_out = []
    window.logout_requested.connect(lambda: logged_out.append(True))
    dialogs.answer(str(theirs), True)
    page.backups.findChild(QPushButton, "restore_file").click()
    wait_for_tasks(qtbot)
    assert "This is a backup of another shop: 分店" in dialogs.texts("confirm")[-1]
    qtbot.waitUntil(lambda: logged_out == [True])
    assert settings.get("shop.name") == "分店"
    window.close()


def test_a_supervisor_backs_up_from_the_menu_but_sees_no_restore(qtbot, sqlite_db, sqlite_shop, folder, dialogs):
    settings.update(sqlite_shop[Role.OWNER], {"backup.folder": str(folder)})
    window = make_window(qtbot, sqlite_shop[Role.SUPERVISOR], sqlite_db)
    assert "settings" not in [e.key for e in window.entries]
    window.backup_now()
    wait_for_tasks(qtbot)
    assert backup.list_backups(folder)[0].trigger == "manual"
    window.close()


def test_another_pc_is_told_of_a_restore_and_returns_to_the_login(qtbot, sqlite_db, sqlite_shop, folder, dialogs):
    info = backup.make_backup(sqlite_shop[Role.OWNER], folder=folder).info
    window = make_window(qtbot, sqlite_shop[Role.SALES], sqlite_db)
    logged_out = []
    window.logout_requested.connect(lambda: logged_out.append(True))
    window.safety.check_restore()
    assert logged_out == []
    restore.restore_backup(sqlite_shop[Role.OWNER], info.path)  # "on the owner's PC"
    window.safety.check_restore()
    qtbot.waitUntil(lambda: logged_out == [True])
    assert "owner-staff restored the database from the backup of" in dialogs.texts("warning")[-1]
    window.close()


def test_the_dashboard_warns_of_an_old_backup_and_backs_up_from_there(qtbot, sqlite_db, sqlite_shop, folder,
                                                                     dialogs):
    settings.update(sqlite_shop[Role.OWNER], {"backup.folder": str(folder)})
    backup.make_backup(sqlite_shop[Role.OWNER])
    timeutil.set_clock_offset(dt.timedelta(days=3))
    window = make_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    banner = window.show_page("dashboard").backup_banner
    assert "more than two days ago" in banner.label.text() and banner.button.isVisibleTo(banner)
    banner.button.click()
    wait_for_tasks(qtbot)
    assert "Last good backup:" in banner.label.text() and "(0 minutes ago)" in banner.label.text()
    assert not banner.button.isVisibleTo(banner)
    window.close()


def test_the_daily_backup_starts_when_due_and_closing_backs_up(qtbot, sqlite_db, sqlite_shop, folder, dialogs):
    settings.update(sqlite_shop[Role.OWNER], {"backup.folder": str(folder), "backup.time": "21:45"})
    timeutil.set_clock_offset(dt.datetime.combine(dt.date.today(), dt.time(21, 50)) - dt.datetime.now())
    window = make_window(qtbot, sqlite_shop[Role.SHIPPING], sqlite_db)
    window.safety.check_schedule()
    wait_for_tasks(qtbot)
    made = backup.list_backups(folder)
    assert [b.trigger for b in made] == ["scheduled"]
    window.safety.check_schedule()  # done for today
    wait_for_tasks(qtbot)
    assert len(backup.list_backups(folder)) == 1
    timeutil.set_clock_offset(timeutil.clock_offset() + dt.timedelta(hours=1))
    window.safety.exit_backup = True
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    # the same day: rotation keeps the day's newest good backup
    assert [b.trigger for b in backup.list_backups(folder)] == ["on_exit"]
    assert dialogs.shown == []  # quiet when all went well


def test_a_missing_database_is_reported_not_created(qtbot, tmp_path, dialogs):
    path = tmp_path / "share" / "shop.sqlite3"
    controller = AppController(QApplication.instance(), db_url=sqlite_url(path), language="en", user=None)
    dialogs.answer("retry", "quit")
    assert controller.start() is False
    assert "There is no shop database at" in dialogs.texts("buttons")[0] and str(path) in dialogs.texts("buttons")[0]
    assert len(dialogs.texts("buttons")) == 2 and not (tmp_path / "share").exists()


def test_a_missing_database_can_be_found_elsewhere(qtbot, tmp_path, dialogs, sqlite_db, sqlite_shop):
    from tests.e2e.test_program import answer_login

    close_database()
    moved = tmp_path / "moved" / "shop.sqlite3"
    moved.parent.mkdir()
    shutil.copyfile(sqlite_db.path, moved)
    controller = AppController(QApplication.instance(), db_url=sqlite_url(tmp_path / "gone.sqlite3"),
                               language="en", user=None)
    dialogs.answer("find", str(moved))
    answer_login("owner", "demo-pass-1")
    assert controller.start()
    assert str(moved) in controller.window.db_label.text()
    controller.window.close()


def _damage(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_database_offers_the_last_good_backup_and_restores_it(qtbot, sqlite_db, sqlite_shop, folder,
                                                                       dialogs):
    from tests.e2e.test_program import answer_login

    settings.update(sqlite_shop[Role.OWNER], {"backup.folder": str(folder)})
    info = backup.make_backup(sqlite_shop[Role.OWNER]).info
    close_database()
    _damage(sqlite_db.path)
    controller = AppController(QApplication.instance(), db_url=sqlite_db.url, language="en", user=None)
    seen: dict = {"step": 0, "problems": []}
    deadline = time.monotonic() + 60

    def drive():
        """Fill the dialog (it runs its own modal loop), step by step as it answers; never hang."""
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, DamagedDatabaseDialog) and w.isVisible()), None)
        try:
            if time.monotonic() > deadline:
                raise AssertionError("the dialog did not answer in time")
            if dialog is None or (seen["step"] == 1 and not dialog.message.isVisible()):
                QTimer.singleShot(20, drive)  # not shown yet / the restore still being refused
                return
            if seen["step"] == 0:
                seen["label"] = dialog.findChild(QLabel, "backup").text()
                dialog.username.setText("owner")
                dialog.password.setText("wrong")
                seen["step"] = 1
                dialog.restore_button.click()
                QTimer.singleShot(20, drive)
            elif seen["step"] == 1:
                seen["refused"] = dialog.message.text()
                dialog.password.setText("demo-pass-1")
                seen["step"] = 2
                answer_login("owner", "demo-pass-1")
                dialog.restore_button.click()
        except Exception as error:  # noqa: BLE001 - reported below, after the dialog is closed
            seen["problems"].append(error)
            if dialog is not None:
                dialog.reject()

    QTimer.singleShot(0, drive)
    started = controller.start()
    assert seen["problems"] == [] and started
    assert "Restore the last good backup, made" in seen["label"] and str(info.path) in seen["label"]
    assert "Only the shop owner may restore" in seen["refused"]
    assert "was restored" in dialogs.texts("info")[-1] and "damaged-" in dialogs.texts("info")[-1]
    assert restore_marker.restore_marker()["by"] == "owner"
    controller.window.close()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_screens_fit_1366x768(qtbot, sqlite_db, sqlite_shop, folder, dialogs, language, tmp_path):
    """The backup panel and the damaged-file dialog in both languages (screenshots for a look)."""
    apply_language(language)
    settings.update(sqlite_shop[Role.OWNER], {"backup.folder": str(folder)})
    backup.make_backup(sqlite_shop[Role.OWNER])
    window, page = settings_page(qtbot, sqlite_shop, sqlite_db)
    window.resize(1366, 728)
    page.backups.parentWidget().parentWidget().parentWidget().ensureWidgetVisible(page.backups)
    shots = Path("/tmp/b-shots") if Path("/tmp/b-shots").is_dir() else tmp_path
    window.grab().save(str(shots / f"settings-backups-{language}.png"))
    assert page.backups.width() <= 1366 - 200
    window.close()
    from shopmanager.core.errors import DatabaseDamaged

    dialog = DamagedDatabaseDialog(None, DatabaseDamaged("x", path=sqlite_db.path, reason="file is not a database"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.grab().save(str(shots / f"damaged-{language}.png"))
    assert dialog.sizeHint().width() <= 1366 and dialog.sizeHint().height() <= 728


def test_a_big_database_is_checked_in_the_background_and_damage_is_handed_on(qtbot, sqlite_db, sqlite_shop,
                                                                             monkeypatch, dialogs):
    import shopmanager.db.database as database

    monkeypatch.setattr(database, "QUICK_CHECK_MAX_BYTES", 0)  # "big": checked after the window shows
    window = make_window(qtbot, sqlite_shop[Role.OWNER], sqlite_db)
    found = []

    class Controller:
        def database_damaged(self, problem):
            found.append(problem)

    window.controller = Controller()
    root = database_proxy_checkpoint()
    data = bytearray(sqlite_db.path.read_bytes())
    data[(root - 1) * 4096: (root - 1) * 4096 + 16] = b"\xff" * 16  # the user table's page is wrecked
    sqlite_db.path.write_bytes(bytes(data))
    window.safety.check_in_background()
    qtbot.waitUntil(lambda: bool(found), timeout=10000)
    assert found[0].path == sqlite_db.path and "damaged" in str(found[0])
    window.close()


def database_proxy_checkpoint() -> int:
    """Everything written into the file itself; the root page of the user table."""
    from shopmanager.db.database import database_proxy

    database_proxy.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return database_proxy.execute_sql("SELECT rootpage FROM sqlite_master WHERE name = 'user'").fetchone()[0]


def test_the_window_tells_a_full_disk_and_a_bug_plainly(qtbot, sqlite_db, dialogs):
    import sqlite3
    import sys

    from shopmanager.ui.app import install_excepthook

    saved = sys.excepthook
    install_excepthook()
    try:
        error = sqlite3.OperationalError("database or disk is full")
        sys.excepthook(type(error), error, None)
        assert "is full" in dialogs.last and "free" in dialogs.last
        bug = ZeroDivisionError("a bug")
        sys.excepthook(type(bug), bug, None)
        assert "An unexpected error occurred" in dialogs.last and "shopmanager.log" in dialogs.last
        assert "Traceback" not in dialogs.last
    finally:
        sys.excepthook = saved


def test_saving_on_a_full_disk_says_which_disk_in_the_window(qtbot, tmp_path, sqlite_template, demo_hash, dialogs):
    from PySide6.QtWidgets import QLineEdit as LineEdit

    from shopmanager.db.database import open_database
    from tests.conftest import TestDatabase, seed_shop
    from tests.unit.db.test_open_safely import _mount_tmpfs, _umount

    mount = tmp_path / "small-disk"
    if not _mount_tmpfs(mount, "2m"):
        pytest.skip("needs root to mount a small file system")
    try:
        path = mount / "shop.sqlite3"
        shutil.copyfile(sqlite_template, path)
        open_database(sqlite_url(path))
        shop = seed_shop(demo_hash)
        window, page = settings_page(qtbot, shop, TestDatabase("sqlite", sqlite_url(path), path))
        filler = mount / "someone's video.mp4"
        try:  # the disk fills up with something else (closing the file may fail too: what it held is lost)
            with filler.open("wb") as handle:
                while True:
                    handle.write(b"\0" * 65536)
        except OSError:
            pass
        page.findChild(LineEdit, "shop.address").setText("浙江省杭州市余杭区文一西路 969 号" * 5)
        page.save()
        assert f"The disk {mount} is full" in dialogs.last and "cannot rollback" not in dialogs.last
        filler.unlink()
        page.save()
        assert dialogs.last == "Settings saved."
        window.close()
    finally:
        close_database()
        _umount(mount)
