"""What keeps a running main window's data safe, without the user asking:

- a restore made on another PC (or this one) is noticed within seconds: the window says who
  restored which backup and returns to the login, so no page shows or saves stale data;
- the daily backup starts once its time has passed (one PC claims it; the others leave it);
- closing the program makes a backup (unless one was made in the last half hour), waiting for it;
- a database too big to be checked at opening is checked page by page in the background.
"""
from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from shopmanager.core.i18n import tr
from shopmanager.services import restore_marker  # not services.restore: the backup code loads when needed
from shopmanager.ui import messages

log = logging.getLogger(__name__)

RESTORE_POLL_MS = 5_000
SCHEDULE_POLL_MS = 60_000


class SafetyWatch(QObject):
    damage_found = Signal(str)  # from the background check's thread

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.exit_backup = False  # set by the application (not in tests that build a bare window)
        self._exit_state = ""  # "" | running | done
        try:
            self.restore_id = restore_marker.marker_id()
        except Exception:  # noqa: BLE001 - a watch that cannot read starts with nothing known
            self.restore_id = ""
        self.restore_timer = QTimer(self)
        self.restore_timer.setInterval(RESTORE_POLL_MS)
        self.restore_timer.timeout.connect(self.check_restore)
        self.restore_timer.start()
        self.schedule_timer = QTimer(self)
        self.schedule_timer.setInterval(SCHEDULE_POLL_MS)
        self.schedule_timer.timeout.connect(self.check_schedule)
        self.schedule_timer.start()
        self.damage_found.connect(self._damaged)

    # -- a restore ------------------------------------------------------------------------------------
    def check_restore(self) -> None:
        try:
            marker = restore_marker.restored_since(self.restore_id)
        except Exception as error:  # noqa: BLE001 - the database away for a moment: look again later
            log.warning("Could not look for a restore: %s", error)
            return
        if marker:
            self.restored(marker)

    def restored(self, marker: dict, *, announce: bool = True) -> None:
        """Stop, say so (unless this window made the restore and said it already), back to the login."""
        self.restore_timer.stop()
        self.schedule_timer.stop()
        self.restore_id = marker.get("id", "")
        if announce:
            messages.warning(self.window, tr(
                "Backup", "{by} restored the database from the backup of {when} (at {at}).\n\nShopManager returns "
                          "to the login so that every page shows the restored data. What was typed but not saved "
                          "here is lost.").format(by=marker.get("by_name") or marker.get("by", "?"), when=marker.get("backup_at", "?")[:16],
                                                  at=marker.get("at", "?")[11:16]),
                title=tr("Backup", "The database was restored"))
        self.exit_backup = False
        QTimer.singleShot(0, self.window.logout_requested.emit)

    # -- the daily backup --------------------------------------------------------------------------------
    def check_schedule(self) -> None:
        if self.context.runner.busy():
            return
        try:
            from shopmanager.services import backup  # loaded after the first paint (cold start)

            due = backup.scheduled_backup_due() and backup.claim_scheduled_backup()
        except Exception as error:  # noqa: BLE001 - try again at the next tick
            log.warning("Could not look whether a backup is due: %s", error)
            return
        if due:
            from shopmanager.ui.pages.backups import run_backup

            run_backup(self.window, self.context, trigger="scheduled", quiet=True)

    # -- closing -----------------------------------------------------------------------------------------
    def closing_backup_running(self) -> bool:
        return self._exit_state == "running"

    def let_close(self, event) -> bool:
        """False while the closing backup runs (the window closes itself when it is done)."""
        if not self.exit_backup or self._exit_state == "done":
            return True
        if self._exit_state == "running":
            event.ignore()
            return False
        try:
            from shopmanager.services import backup

            wanted = backup.exit_backup_wanted()
        except Exception as error:  # noqa: BLE001 - closing must not be blocked by a failed look-up
            log.warning("Could not look whether to back up on closing: %s", error)
            wanted = False
        if not wanted:
            return True
        self._exit_state = "running"
        event.ignore()
        from shopmanager.ui.pages.backups import run_backup

        run_backup(self.window, self.context, trigger="on_exit", quiet=True, on_done=self._exit_done)
        return False

    def _exit_done(self, _ok: bool) -> None:
        self._exit_state = "done"
        QTimer.singleShot(0, self.window.close)

    def stop(self) -> None:
        self.restore_timer.stop()
        self.schedule_timer.stop()

    # -- a big file, checked in the background ----------------------------------------------------------------
    def check_in_background(self) -> None:
        from shopmanager.db.database import QUICK_CHECK_MAX_BYTES, connect_read_only, quick_check, sqlite_path

        path = sqlite_path()
        try:
            if path is None or path.stat().st_size <= QUICK_CHECK_MAX_BYTES:
                return  # checked when it was opened
        except OSError:
            return

        def work() -> None:
            try:
                conn = connect_read_only(path)
                try:
                    problems = quick_check(conn)
                finally:
                    conn.close()
            except Exception as error:  # noqa: BLE001 - what the check could not read is damage too
                problems = [str(error)]
            if problems != ["ok"]:
                self.damage_found.emit("; ".join(problems[:3]))

        threading.Thread(target=work, name="quick-check", daemon=True).start()

    def _damaged(self, reason: str) -> None:
        from shopmanager.db.database import damaged_problem, sqlite_path

        problem = damaged_problem(sqlite_path(), reason)
        controller = getattr(self.window, "controller", None)
        if controller is not None:
            controller.database_damaged(problem)
        else:
            messages.error(self.window, str(problem))
