"""The one task runner for long work (import, export, PDF, demo data, backups).

The work runs on one background database thread (so two long jobs never fight over
the database); the GUI stays responsive. A progress dialog appears only if the work
takes longer than SHOW_AFTER_MS, with a Cancel button that asks the work to stop at
its next progress step (core.progress raises Cancelled there, which rolls the
transaction back). The result or the error comes back on the GUI thread by signal;
widgets are only touched there.
"""
from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from shopmanager.core.errors import Cancelled, ShopError
from shopmanager.core.i18n import tr
from shopmanager.core.progress import Progress
from shopmanager.db.database import close_database
from shopmanager.ui import messages

SHOW_AFTER_MS = 500
log = logging.getLogger(__name__)


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, progress: Progress):
        super().__init__()
        self.setAutoDelete(True)
        self._work, self._signals, self._progress = work, signals, progress

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as error:  # noqa: BLE001 - everything must reach the GUI thread
            self._signals.failed.emit(error, traceback.format_exc())
        else:
            self._signals.succeeded.emit(result)
        finally:
            close_database()  # this thread's own connection


class Task(QObject):
    """One running job; `finished` fires on the GUI thread after the callbacks ran."""

    finished = Signal()

    def __init__(self, runner: TaskRunner, parent: QWidget | None, title: str, cancellable: bool,
                 on_success: Callable[[Any], None] | None, on_error: Callable[[BaseException], None] | None):
        super().__init__(runner)
        self.progress = Progress(self._report)
        self.signals = _Signals()
        self.signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.signals.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)
        self._runner, self._parent, self._title = runner, parent, title
        self._on_success_cb, self._on_error_cb = on_success, on_error
        self._cancellable = cancellable
        self.dialog: QProgressDialog | None = None
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show_dialog)
        self._timer.start(SHOW_AFTER_MS)

    def _report(self, done: int, total: int, text: str) -> None:  # worker thread
        self.signals.progressed.emit(done, total, text)

    def _show_dialog(self) -> None:
        if self.done:
            return
        dialog = QProgressDialog(self._title, tr("Tasks", "Cancel") if self._cancellable else "", 0, 0, self._parent)
        dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        self.dialog = dialog
        self._on_progress(self.progress.done, self.progress.total, self.progress.text)
        dialog.show()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)  # a modal dialog's setValue runs the event loop:
        if text and self.dialog is dialog:  # the task may have finished (and closed the dialog) meanwhile
            dialog.setLabelText(text)

    def cancel(self) -> None:
        self.progress.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(tr("Tasks", "Stopping…"))

    def _finish(self) -> None:
        self.done = True
        self._timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    @Slot(object)
    def _on_success(self, result: Any) -> None:
        self._finish()
        self.result = result
        try:
            if self._on_success_cb:
                self._on_success_cb(result)
        finally:
            self._runner._forget(self)
            self.finished.emit()

    @Slot(object, str)
    def _on_failure(self, error: BaseException, trace: str) -> None:
        self._finish()
        self.error = error
        try:
            if self._on_error_cb is not None:
                self._on_error_cb(error)
            else:
                show_error(self._parent, error, trace)
        finally:
            self._runner._forget(self)
            self.finished.emit()


def show_error(parent: QWidget | None, error: BaseException, trace: str = "") -> None:
    """A ShopError is the user's business and is shown as it is; anything else is a bug: logged."""
    from shopmanager.db.database import explain_error

    known = None if isinstance(error, ShopError) else explain_error(error)  # full disk, damaged, busy …
    if isinstance(error, Cancelled):
        messages.info(parent, str(error))
    elif isinstance(error, ShopError):
        messages.error(parent, str(error))
    elif known is not None:
        log.warning("Explained error in a task: %s\n%s", error, trace)
        messages.error(parent, str(known))
    else:
        log.error("Unexpected error in a task: %s\n%s", error, trace)
        from shopmanager.logs import setup_logging

        messages.error(parent, tr("Tasks", "An unexpected error stopped the work; nothing was saved. "
                                  "Details are in the log file {path}.").format(path=setup_logging()),
                       details=trace)


class TaskRunner(QObject):
    """Owns the background database thread. One per application."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)
        self._tasks: list[Task] = []

    def run(self, work: Callable[[Progress], Any], *, parent: QWidget | None, title: str,
            on_success: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, cancellable: bool = True) -> Task:
        task = Task(self, parent, title, cancellable, on_success, on_error)
        self._tasks.append(task)
        self.pool.start(_Job(work, task.signals, task.progress))
        return task

    def _forget(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        task.deleteLater()

    def busy(self) -> bool:
        return bool(self._tasks)

    def shutdown(self) -> None:
        """Ask running work to stop and wait for the thread: no 'QThread destroyed while running'."""
        for task in list(self._tasks):
            task.progress.cancel()
        self.pool.waitForDone()


_runner: TaskRunner | None = None


def runner() -> TaskRunner:
    global _runner
    if _runner is None:
        from PySide6.QtWidgets import QApplication

        _runner = TaskRunner(QApplication.instance())
    return _runner


def reset_runner() -> None:
    """Tests: stop the background thread between tests."""
    global _runner
    if _runner is not None:
        _runner.shutdown()
        _runner.deleteLater()
        _runner = None
